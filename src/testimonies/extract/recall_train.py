"""Training the act classifier of recall.py on gold claims.

A sentence is labelled with every act code whose gold evidence it overlaps. One logistic
regression per code (classes weighted, since most sentences state no act), weights rounded and
the smallest dropped so the shipped file stays small and readable. With `vectors`, the
sentence's vector (sentence_vectors.py) stands beside its words, at length VECTOR_SCALE.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span

from testimonies.errors import InputError
from testimonies.extract.chunks import MAX_CHARS, chunks
from testimonies.extract.evaluate import documents_for, read_gold_dir
from testimonies.extract.recall import (
    ActClassifier,
    ActModel,
    sentence_features,
    write_classifier,
)
from testimonies.extract.sentence_vectors import shipped_encoder
from testimonies.extract.spacy_extractor import load_pipeline
from testimonies.ingest.readers import read_file_text
from testimonies.model.claims import ClaimRecord

DEFAULT_THRESHOLD = 0.9  # measured five-fold by split: extract/README.md, round 15
DEFAULT_VETO = 0.0
# measured over 12 splits: 79 of 80 vetoes fell on acts whose words gave log-odds below -3,
# and only 30% of the words of sentences with claims are then encoded (extract/README.md)
VETO_GATE = -3.0
VECTOR_SCALE = 3.0  # against binary word features: measured, extract/README.md, round 17
REGULARISATION_C = 1.0
MIN_WEIGHT = 0.05  # measured: dropping smaller weights (2 in 3) left the dev3 figures unchanged


@dataclass(frozen=True)
class LabelledSentence:
    features: frozenset[str]
    acts: frozenset[str]
    text: str


def labelled_sentences(gold_dir: Path, nlp: Language) -> list[LabelledSentence]:
    """Every sentence of the gold folder's documents, with the acts its gold claims state."""
    gold = read_gold_dir(gold_dir)
    by_document: dict[str, list[ClaimRecord]] = defaultdict(list)
    for claim in gold:
        by_document[claim.document].append(claim)
    found = []
    for path in documents_for(gold, gold_dir, gold_dir):
        claims = by_document[path.name]
        for start, end, sent in _sentences(read_file_text(path), nlp):
            acts = {c.act for c in claims if c.evidence.start < end and c.evidence.end > start}
            features = frozenset(sentence_features(sent))
            found.append(LabelledSentence(features, frozenset(acts), sent.text))
    return found


def _sentences(text: str, nlp: Language) -> Iterator[tuple[int, int, Span]]:
    """The text's sentences with their offsets in it; a text longer than the pipeline parses
    at once is parsed paragraph chunk by chunk, as the extractor does."""
    if len(text) <= nlp.max_length:
        for sent in nlp(text).sents:
            yield sent.start_char, sent.end_char, sent
        return
    for chunk in chunks(text, min(MAX_CHARS, nlp.max_length)):
        for sent in nlp(chunk.text).sents:
            yield chunk.offset + sent.start_char, chunk.offset + sent.end_char, sent


@dataclass(frozen=True)
class Training:
    threshold: float = DEFAULT_THRESHOLD
    vectors: bool = False
    veto: float = DEFAULT_VETO

    def describe(self) -> str:
        return f"{self.threshold}|{REGULARISATION_C}|{MIN_WEIGHT}" + (
            f"|vectors {VECTOR_SCALE} veto {self.veto} gate {VETO_GATE}" if self.vectors else ""
        )


def train_classifier(
    gold_dirs: Iterable[Path], nlp: Language, training: Training | None = None
) -> ActClassifier:
    """One logistic regression per act code over the gold folders' sentences."""
    # scikit-learn only for training: the extractor reads the weights without it
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    training = training or Training()
    dirs = list(gold_dirs)
    sentences = [s for d in dirs for s in labelled_sentences(d, nlp)]
    acts = sorted({act for s in sentences for act in s.acts})
    if not acts:
        raise InputError(", ".join(map(str, dirs)), "no gold claims to train on")
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(s.features, 1) for s in sentences])
    names = vectorizer.get_feature_names_out()
    words = len(names)
    if training.vectors:
        encoded = shipped_encoder().encode([s.text for s in sentences]) * VECTOR_SCALE
        x = sparse.hstack([x, sparse.csr_matrix(encoded)]).tocsr()
    models = []
    for act in acts:
        labels = [act in s.acts for s in sentences]
        fit = LogisticRegression(C=REGULARISATION_C, max_iter=2000, class_weight="balanced")
        fit.fit(x, labels)
        coef = fit.coef_[0]
        weights = {
            str(name): round(float(w), 3)
            for name, w in zip(names, coef[:words], strict=True)
            if abs(w) >= MIN_WEIGHT
        }
        vector = tuple(round(float(w), 4) for w in coef[words:])
        models.append(ActModel(act, round(float(fit.intercept_[0]), 3), weights, vector))
    return ActClassifier(
        version=_version(dirs, training),
        threshold=training.threshold,
        models=tuple(models),
        trained_on=tuple(d.name for d in dirs),
        veto=training.veto if training.vectors else 0.0,
        vector_scale=VECTOR_SCALE if training.vectors else 0.0,
        veto_gate=VETO_GATE if training.vectors else math.inf,
    )


def train_to_file(
    gold_dirs: list[Path], out: Path, pipeline: str, training: Training | None = None
) -> ActClassifier:
    for gold_dir in gold_dirs:
        if not gold_dir.is_dir():
            raise InputError(str(gold_dir), "not a folder")
    model = train_classifier(gold_dirs, load_pipeline(pipeline), training)
    write_classifier(model, out)
    return model


def _version(dirs: list[Path], training: Training) -> str:
    """Names the training: the same gold files and settings give the same version."""
    digest = hashlib.sha256(training.describe().encode())
    for d in dirs:
        for path in sorted(d.glob("*.jsonl")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
