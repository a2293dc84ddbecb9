"""A learned net under the act wordings: which acts a sentence the wordings missed states.

The wordings of acts.yaml are precise but never complete: a text about a new group writes its
acts in words no list foresaw. The net is a linear classifier per act code over the sentence's
content lemmas and verb-argument pairs, trained on the project's gold claims (`testimonies
train-recall`) and shipped as a data file. It only speaks where the wordings found nothing, and
only above a probability threshold stored with the model; the grammar then reads the roles off
the word that weighs most for the act, as if a wording had matched there.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from testimonies.errors import InputError
from testimonies.extract.triggers import TriggerMatch
from testimonies.extract.vocab import PatternToken, Trigger

MODEL_FILE = "act_classifier.json"
CONTENT_POS = ("VERB", "NOUN", "ADJ", "ADV")
# the verb's links that say what it does to whom: "took > prep > to", "kept > acomp > awake"
ARGUMENT_DEPS = ("dobj", "nsubjpass", "prep", "prt", "acomp", "xcomp")
ARGUMENT_HEADS = ("VERB", "AUX", "ADJ")


def lemma_feature(token: Token) -> str:
    return "l:" + token.lemma_.lower()


def argument_feature(token: Token) -> str:
    return f"d:{token.head.lemma_.lower()}>{token.dep_}>{token.lemma_.lower()}"


def sentence_features(sent: Span) -> set[str]:
    """The words that carry an act, and how the verbs take their arguments."""
    found = {lemma_feature(t) for t in sent if t.pos_ in CONTENT_POS and not t.is_stop}
    for token in sent:
        if token.dep_ in ARGUMENT_DEPS and token.head.pos_ in ARGUMENT_HEADS:
            found.add(argument_feature(token))
        if token.dep_ == "neg":
            found.add("neg")
        if token.dep_ == "auxpass":
            found.add("pass")
    return found


@dataclass(frozen=True)
class ActModel:
    """One act code's weights (log-odds per feature) and bias."""

    act: str
    bias: float
    weights: dict[str, float]

    def probability(self, features: set[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))

    def weight_at(self, token: Token) -> float:
        """How much the token, with the arguments it governs, speaks for the act."""
        own = self.weights.get(lemma_feature(token), 0.0)
        args = (c for c in token.children if c.dep_ in ARGUMENT_DEPS)
        return own + sum(self.weights.get(argument_feature(c), 0.0) for c in args)


@dataclass(frozen=True)
class ActClassifier:
    version: str
    threshold: float
    models: tuple[ActModel, ...]
    trained_on: tuple[str, ...] = ()

    def acts(self, sent: Span) -> list[tuple[str, Token]]:
        """The acts the sentence states by the model, each with the word that weighs most."""
        features = sentence_features(sent)
        found = []
        for model in self.models:
            if model.probability(features) < self.threshold:
                continue
            head = self._head(sent, model)
            if head is not None:
                found.append((model.act, head))
        return found

    @staticmethod
    def _head(sent: Span, model: ActModel) -> Token | None:
        content = [t for t in sent if t.pos_ in CONTENT_POS]
        weighed = [(model.weight_at(t), t) for t in content]
        best = max(weighed, key=lambda pair: pair[0], default=None)
        return best[1] if best is not None and best[0] > 0 else None

    def matches(self, sent: Span) -> list[TriggerMatch]:
        """The acts as if a one-word wording had matched at their heads."""
        return [_match_at(act, head) for act, head in self.acts(sent)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "threshold": self.threshold,
            "trained_on": list(self.trained_on),
            "acts": {m.act: {"bias": m.bias, "weights": m.weights} for m in self.models},
        }


def _match_at(act: str, head: Token) -> TriggerMatch:
    word = PatternToken(frozenset({head.lemma_.lower()}), head=True)
    # a claim only when the grammar finds whom the act befell: the net knows no roles
    trigger = Trigger(act, f"net:{head.lemma_.lower()}", (word,), needs_victim=True)
    return TriggerMatch(trigger, (head,))


def classifier_from_dict(data: dict[str, Any], source: str) -> ActClassifier:
    try:
        models = tuple(
            ActModel(act, float(m["bias"]), {str(k): float(v) for k, v in m["weights"].items()})
            for act, m in sorted(data["acts"].items())
        )
        return ActClassifier(
            version=str(data["version"]),
            threshold=float(data["threshold"]),
            models=models,
            trained_on=tuple(data.get("trained_on", ())),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(source, f"not an act classifier ({exc})") from exc


def write_classifier(classifier: ActClassifier, path: Path) -> None:
    """One feature a line, sorted, so a retrained model reads as a diff."""
    text = json.dumps(classifier.to_dict(), indent=1, sort_keys=True) + "\n"
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot write the act classifier ({exc})") from exc


def read_classifier(path: Path) -> ActClassifier:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read the act classifier ({exc})") from exc
    return classifier_from_dict(data, str(path))


@cache
def shipped_classifier() -> ActClassifier:
    """The classifier shipped with the project, trained on its gold set."""
    text = resources.files("testimonies.vocab").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return classifier_from_dict(json.loads(text), MODEL_FILE)
