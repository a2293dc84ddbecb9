"""A learned net under the act wordings: which acts a sentence the wordings missed states.

The wordings of acts.yaml are precise but never complete: a text about a new group writes its
acts in words no list foresaw. The net is a linear classifier per act code over the sentence's
content lemmas and verb-argument pairs, trained on the project's gold claims (`testimonies
train-recall`) and shipped as a data file. It only speaks where the wordings found nothing, and
only above a probability threshold stored with the model; the grammar then reads the roles off
the word that weighs most for the act, as if a wording had matched there.

A model trained with sentence vectors (`sentence_vectors.py`) weighs the sentence's meaning
beside its words, and may also veto: an act a wording found in a sentence the model gives less
than `veto` is dropped ("had a heart attack", "the debating club").
"""

from __future__ import annotations

import json
import math
from collections.abc import Set
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span, Token

from testimonies.errors import InputError
from testimonies.extract.sentence_vectors import DIMENSIONS
from testimonies.extract.triggers import TriggerMatch
from testimonies.extract.vocab import PatternToken, Trigger

MODEL_FILE = "act_classifier.json"
VETO_FILE = "act_veto.json"
CONTENT_POS = ("VERB", "NOUN", "ADJ", "ADV")
# the verb's links that say what it does to whom: "took > prep > to", "kept > acomp > awake"
ARGUMENT_DEPS = ("dobj", "nsubjpass", "prep", "prt", "acomp", "xcomp")
ARGUMENT_HEADS = ("VERB", "AUX", "ADJ")


def lemma_feature(token: Token) -> str:
    return lemma_feature_of(token.lemma_.lower())


def lemma_feature_of(lemma: str) -> str:
    return "l:" + lemma


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
    vector: tuple[float, ...] = ()  # weights of the sentence vector's dimensions, if trained so

    def word_logit(self, features: Set[str]) -> float:
        """The log-odds of the act by the sentence's words alone."""
        return self.bias + sum(self.weights.get(f, 0.0) for f in features)

    def probability(self, features: Set[str], vector: np.ndarray | None = None) -> float:
        z = self.word_logit(features)
        if self.vector and vector is not None:
            z += float(np.dot(self._vector_array, vector))
        return 1.0 / (1.0 + math.exp(-z))

    @cached_property
    def _vector_array(self) -> np.ndarray:
        return np.asarray(self.vector, dtype=np.float32)

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
    veto: float = 0.0  # an act a wording found is dropped below this probability (0: never)
    vector_scale: float = 0.0  # the sentence vector's length in training (0: no vectors)
    # an act its words alone give at least these log-odds is never vetoed, so that a sentence
    # whose acts are all so worded need not be encoded
    veto_gate: float = math.inf

    @property
    def uses_vectors(self) -> bool:
        return self.vector_scale > 0

    def acts(self, sent: Span, vector: np.ndarray | None = None) -> list[tuple[str, Token]]:
        """The acts the sentence states by the model, each with the word that weighs most."""
        features = sentence_features(sent)
        scaled = self._scaled(vector)
        found = []
        for model in self.models:
            if model.probability(features, scaled) < self.threshold:
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

    def matches(self, sent: Span, vector: np.ndarray | None = None) -> list[TriggerMatch]:
        """The acts as if a one-word wording had matched at their heads."""
        return [_match_at(act, head) for act, head in self.acts(sent, vector)]

    def vetoed(self, sent: Span, vector: np.ndarray | None) -> set[str]:
        """The act codes the model all but rules out for the sentence."""
        return self.ruled_out(sentence_features(sent), vector)

    def ruled_out(self, features: Set[str], vector: np.ndarray | None) -> set[str]:
        """The act codes the model gives less than its veto, for a sentence's words and
        vector."""
        if self.veto <= 0 or vector is None:
            return set()
        scaled = self._scaled(vector)
        return {
            m.act for m in self._doubtful(features) if m.probability(features, scaled) < self.veto
        }

    def knows(self, lemma: str) -> bool:
        """Whether the word weighs for or against any act: the gold used it."""
        return lemma_feature_of(lemma) in self._known

    @cached_property
    def _known(self) -> frozenset[str]:
        return frozenset(f for m in self.models for f in m.weights)

    def may_veto(self, features: Set[str], acts: Set[str]) -> bool:
        """Whether any of the acts is worded so weakly that the vector may veto it."""
        return self.veto > 0 and any(m.act in acts for m in self._doubtful(features))

    def _doubtful(self, features: Set[str]) -> list[ActModel]:
        return [m for m in self.models if m.word_logit(features) < self.veto_gate]

    def _scaled(self, vector: np.ndarray | None) -> np.ndarray | None:
        if vector is None or not self.uses_vectors:
            return None
        return vector * self.vector_scale

    def to_dict(self) -> dict[str, Any]:
        acts: dict[str, Any] = {}
        for m in self.models:
            acts[m.act] = {"bias": m.bias, "weights": m.weights}
            if m.vector:
                acts[m.act]["vector"] = list(m.vector)
        data: dict[str, Any] = {
            "version": self.version,
            "threshold": self.threshold,
            "trained_on": list(self.trained_on),
            "acts": acts,
        }
        if self.uses_vectors:
            data["veto"] = self.veto
            data["vector_scale"] = self.vector_scale
            if math.isfinite(self.veto_gate):
                data["veto_gate"] = self.veto_gate
        return data


NET_WORDING = "net:"  # how the wording of an act the net found reads ("net:allow")


def _match_at(act: str, head: Token) -> TriggerMatch:
    word = PatternToken(frozenset({head.lemma_.lower()}), head=True)
    # a claim only when the grammar finds whom the act befell: the net knows no roles
    trigger = Trigger(act, f"{NET_WORDING}{head.lemma_.lower()}", (word,), needs_victim=True)
    return TriggerMatch(trigger, (head,))


def classifier_from_dict(data: dict[str, Any], source: str) -> ActClassifier:
    try:
        models = tuple(
            ActModel(
                act,
                float(m["bias"]),
                {str(k): float(v) for k, v in m["weights"].items()},
                tuple(float(v) for v in m.get("vector", ())),
            )
            for act, m in sorted(data["acts"].items())
        )
        classifier = ActClassifier(
            version=str(data["version"]),
            threshold=float(data["threshold"]),
            models=models,
            trained_on=tuple(data.get("trained_on", ())),
            veto=float(data.get("veto", 0.0)),
            vector_scale=float(data.get("vector_scale", 0.0)),
            veto_gate=float(data.get("veto_gate", math.inf)),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(source, f"not an act classifier ({exc})") from exc
    lengths = {len(m.vector) for m in classifier.models}
    if classifier.uses_vectors and lengths != {DIMENSIONS}:
        raise InputError(source, f"sentence vector weights of {sorted(lengths)} dimensions")
    return classifier


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
    return _shipped(MODEL_FILE)


@cache
def shipped_veto() -> ActClassifier:
    """The classifier with sentence vectors that vetoes worded acts, trained on the gold set."""
    return _shipped(VETO_FILE)


def _shipped(name: str) -> ActClassifier:
    text = resources.files("testimonies.vocab").joinpath(name).read_text(encoding="utf-8")
    return classifier_from_dict(json.loads(text), name)
