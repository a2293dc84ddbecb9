"""Scoring predicted claims against gold claims exactly as spec/acts.md section 4 defines it.

A prediction matches a gold claim when document and act are equal and either the victims match or
the evidence spans overlap; pairs are taken greedily, overlapping ones first (larger overlap
first), each gold and each prediction used once. Three levels: act, victim-anchored, complete.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from testimonies.errors import InputError
from testimonies.model.claims import ClaimRecord

STOP_WORDS = frozenset(
    ["the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "al", "el", "member", "members"]
)
FIELDS = ("victims", "perpetrators", "place", "start", "end", "asserted_by", "polarity")
LEVELS = ("act", "victim_anchored", "complete")
WORD = re.compile(r"[^\W_]+")


def name_words(name: str) -> set[str]:
    """Words of two or more letters, lower case, punctuation and stop words left out."""
    words = {w.lower() for w in WORD.findall(name)}
    return {w for w in words if sum(c.isalpha() for c in w) >= 2 and w not in STOP_WORDS}


def names_match(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two names (or lists of names) match when they share a word."""
    words_a = set().union(*(name_words(n) for n in a)) if a else set()
    words_b = set().union(*(name_words(n) for n in b)) if b else set()
    return bool(words_a & words_b)


def _optional_names_right(gold: list[str], pred: list[str]) -> bool:
    gold = [g for g in gold if g]
    pred = [p for p in pred if p]
    if not gold and not pred:
        return True
    return names_match(gold, pred)


def _date_right(gold: str | None, pred: str | None) -> bool:
    def clean(value: str | None) -> str | None:
        return None if value is None else value.rstrip("~?%")

    return clean(gold) == clean(pred)


def field_right(name: str, gold: ClaimRecord, pred: ClaimRecord) -> bool:
    if name == "victims":
        return names_match(gold.victims, pred.victims)
    if name == "perpetrators":
        return _optional_names_right(gold.perpetrators, pred.perpetrators)
    if name in ("place", "asserted_by"):
        return _optional_names_right([getattr(gold, name) or ""], [getattr(pred, name) or ""])
    if name in ("start", "end"):
        return _date_right(getattr(gold, name), getattr(pred, name))
    return bool(gold.polarity == pred.polarity)


def overlap(a: ClaimRecord, b: ClaimRecord) -> int:
    return max(0, min(a.evidence.end, b.evidence.end) - max(a.evidence.start, b.evidence.start))


def match_pairs(gold: list[ClaimRecord], pred: list[ClaimRecord]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, prediction index) per the spec's matching rule."""
    candidates: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.document != p.document or g.act != p.act:
                continue
            size = overlap(g, p)
            if size > 0 or names_match(g.victims, p.victims):
                candidates.append((-size, gi, pi, 0))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi, _ in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return pairs


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    correct: int = 0

    def scores(self) -> dict[str, float]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
        }


@dataclass
class Report:
    overall: dict[str, Counts] = field(default_factory=lambda: {lv: Counts() for lv in LEVELS})
    per_act: dict[str, dict[str, Counts]] = field(default_factory=dict)
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    matched: int = 0
    documents: int = 0

    def field_accuracy(self) -> dict[str, float]:
        return {
            f: round(n / self.matched, 4) if self.matched else 0.0
            for f, n in self.field_right.items()
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "overall": {lv: c.scores() for lv, c in self.overall.items()},
            "per_act": {
                act: {lv: c.scores() for lv, c in levels.items()}
                for act, levels in sorted(self.per_act.items())
            },
            "matched_pairs": self.matched,
            "field_accuracy": self.field_accuracy(),
        }


def score(gold: list[ClaimRecord], pred: list[ClaimRecord]) -> Report:
    report = Report()
    report.documents = len({c.document for c in gold} | {c.document for c in pred})
    for claim in gold:
        for lv in LEVELS:
            report.overall[lv].gold += 1
            _act_counts(report, claim.act)[lv].gold += 1
    for claim in pred:
        for lv in LEVELS:
            report.overall[lv].predicted += 1
            _act_counts(report, claim.act)[lv].predicted += 1
    for gi, pi in match_pairs(gold, pred):
        _count_pair(report, gold[gi], pred[pi])
    return report


def _act_counts(report: Report, act: str) -> dict[str, Counts]:
    return report.per_act.setdefault(act, {lv: Counts() for lv in LEVELS})


def _count_pair(report: Report, g: ClaimRecord, p: ClaimRecord) -> None:
    report.matched += 1
    rights = {name: field_right(name, g, p) for name in FIELDS}
    for name, right in rights.items():
        report.field_right[name] += int(right)
    levels = {"act": True, "victim_anchored": rights["victims"], "complete": all(rights.values())}
    for lv, ok in levels.items():
        if ok:
            report.overall[lv].correct += 1
            _act_counts(report, g.act)[lv].correct += 1


# --- reading files ----------------------------------------------------------------------------


def read_claims(path: Path) -> list[ClaimRecord]:
    """Claims of one JSON Lines file; a bad line is an InputError naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read ({exc})") from exc
    claims = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            claims.append(ClaimRecord.from_spec_dict(data))
        # AttributeError: a line that is a list or number, or an evidence that is not an object
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"{path}:{number}", f"not a claim ({exc})") from exc
    return claims


def read_gold_dir(gold_dir: Path) -> list[ClaimRecord]:
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "not a folder")
    files = sorted(gold_dir.glob("*.jsonl"))
    if not files:
        raise InputError(str(gold_dir), "no *.jsonl gold files in it")
    return [claim for path in files for claim in read_claims(path)]


def read_predicted(path: Path) -> list[ClaimRecord]:
    """The claims to score: one JSON Lines file, or a folder of them laid out as gold is (a
    second annotator's claims, one file a document)."""
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise InputError(str(path), "no *.jsonl claim files in it")
        return [claim for file in files for claim in read_claims(file)]
    return read_claims(path)


def documents_for(gold: list[ClaimRecord], gold_dir: Path, docs_dir: Path) -> list[Path]:
    """The documents to extract: those named by gold claims, plus a .txt for every gold file."""
    names = {c.document for c in gold}
    names |= {p.with_suffix(".txt").name for p in gold_dir.glob("*.jsonl")}
    paths = []
    for name in sorted(names):
        path = docs_dir / name
        if path.exists():
            paths.append(path)
    if not paths:
        raise InputError(str(docs_dir), "none of the gold documents is in this folder")
    # A document the gold claims name but that is missing would score as one where the
    # extractor found nothing: the figures would be wrong without a word.
    missing = sorted(name for name in {c.document for c in gold} if not (docs_dir / name).exists())
    if missing:
        shown = ", ".join(missing[:3]) + (
            f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        )
        raise InputError(str(docs_dir), f"gold claims name documents not in this folder: {shown}")
    return paths


def evaluate(
    gold_dir: Path, docs_dir: Path, extractor: Any = None, predicted: Path | None = None
) -> Report:
    """Score the extractor (or the `predicted` claims: a JSON Lines file or a folder of them)
    against the gold."""
    from testimonies.extract.run import extract_file

    gold = read_gold_dir(gold_dir)
    if predicted is not None:
        return score(gold, read_predicted(predicted))
    if extractor is None:
        from testimonies.extract.base import create

        extractor = create()
    pred = []
    for path in documents_for(gold, gold_dir, docs_dir):
        pred.extend(extract_file(extractor, path).claims)
    return score(gold, pred)
