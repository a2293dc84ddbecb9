"""Comparing many name pairs from a CSV (columns a, b, optional label) and scoring the verdicts.

Positive means 'same'. How an 'unsure' verdict counts is chosen by the caller: as not same
(``unsure_as="different"``, the strict reading: only a committed 'same' is a positive) or as same
(``unsure_as="same"``: the names are compatible and could name one person, which is what a label
'same' means in sets labelled "can be the same person"). Pairs labelled 'unsure' are compared but
left out of precision and recall.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from testimonies.errors import InputError
from testimonies.link.lists import read_rows
from testimonies.link.names import NameComparison, compare_names

POSITIVE = {"same", "1", "true", "yes", "match", "y", "t"}
NEGATIVE = {"different", "0", "false", "no", "nonmatch", "non-match", "n", "f", "distinct"}
UNSURE = {"unsure", "maybe", "?"}


@dataclass(frozen=True)
class ComparedPair:
    a: str
    b: str
    label: str | None  # same | different | unsure | None
    comparison: NameComparison


@dataclass(frozen=True)
class PairScores:
    pairs: int
    labelled: int
    tp: int
    fp: int
    fn: int
    tn: int
    unsure_verdicts: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "pairs": self.pairs,
            "labelled": self.labelled,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "unsure_verdicts": self.unsure_verdicts,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def _label(value: str | None, path: Path, number: int) -> str | None:
    text = (value or "").strip().lower()
    if not text:
        return None
    for name, values in (("same", POSITIVE), ("different", NEGATIVE), ("unsure", UNSURE)):
        if text in values:
            return name
    raise InputError(str(path), f"row {number}: label '{value}' is not same/different/unsure")


def read_pairs(path: Path) -> list[tuple[str, str, str | None]]:
    """Rows (a, b, label) of a pairs CSV (commas, semicolons or tabs; UTF-8 or a spreadsheet's
    UTF-16); bad files, and rows with an empty name, raise InputError naming the file's line."""
    header, rows = read_rows(path)
    fields = {h.strip().lower(): h for h in header}
    if "a" not in fields or "b" not in fields:
        raise InputError(str(path), f"needs columns a and b (found: {', '.join(header)})")
    result = []
    for number, row in rows:
        a, b = row[fields["a"]].strip(), row[fields["b"]].strip()
        if not a or not b:  # scored, it would pass as an 'unsure' verdict, counted as same
            raise InputError(str(path), f"row {number}: a name is empty")
        label = row[fields["label"]] if "label" in fields else None
        result.append((a, b, _label(label, path, number)))
    return result


def compare_pairs(rows: list[tuple[str, str, str | None]]) -> list[ComparedPair]:
    return [ComparedPair(a, b, label, compare_names(a, b)) for a, b, label in rows]


def score_pairs(compared: list[ComparedPair], unsure_as: str = "different") -> PairScores:
    tp = fp = fn = tn = 0
    labelled = [c for c in compared if c.label in ("same", "different")]
    for pair in labelled:
        predicted = pair.comparison.verdict == "same" or (
            unsure_as == "same" and pair.comparison.verdict == "unsure"
        )
        actual = pair.label == "same"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        tn += not predicted and not actual
    unsure = sum(c.comparison.verdict == "unsure" for c in compared)
    return PairScores(len(compared), len(labelled), tp, fp, fn, tn, unsure)
