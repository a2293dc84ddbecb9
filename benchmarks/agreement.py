"""How far two annotators agree, beside how far the extractor agrees with each of them.

Usage: .venv/bin/python benchmarks/agreement.py [SPLIT ...]
Splits: those with a second annotation in examples/agreement/ (default: all of them). For each,
three scores at the spec's levels (section 4) and the field accuracies on matched pairs: the
second annotator against the first (the gold of examples/gold/SPLIT), the extractor against the
first, the extractor against the second. The first row is the ceiling of any extractor scored
against this gold; the issue's floors read against it. The mean of each row closes the table.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from testimonies.extract.evaluate import Report, documents_for, read_gold_dir, score
from testimonies.extract.run import extract_file
from testimonies.extract.spacy_extractor import SpacyExtractor

ROOT = Path(__file__).resolve().parents[1]
AGREEMENT = ROOT / "examples" / "agreement"
GOLD = ROOT / "examples" / "gold"
LEVELS = ("act", "victim_anchored", "complete")
FIELDS = ("victims", "perpetrators", "place", "start", "end", "asserted_by")
ROWS = ("second vs first annotator", "extractor vs first", "extractor vs second")


def figures(report: Report) -> list[float]:
    data = report.to_dict()
    return [data["overall"][lv]["f1"] for lv in LEVELS] + [
        data["field_accuracy"][f] for f in FIELDS
    ]


def line(name: str, values: list[float]) -> str:
    return f"{name:36} " + " ".join(f"{v:5.3f}" for v in values)


def main() -> None:
    parser = argparse.ArgumentParser()
    known = sorted((p.name for p in AGREEMENT.iterdir() if p.is_dir()), key=lambda s: int(s[3:]))
    parser.add_argument("splits", nargs="*", default=known)
    args = parser.parse_args()
    unknown = [s for s in args.splits if s not in known]
    if unknown:
        parser.error(f"no second annotation of {', '.join(unknown)} in {AGREEMENT}")
    extractor = SpacyExtractor("en_core_web_sm")
    print(f"{'':36} " + " ".join(f"{n[:5]:>5}" for n in ("act", "va", "cmp", *FIELDS)))
    sums: dict[str, list[float]] = {name: [0.0] * 9 for name in ROWS}
    for split in args.splits:
        first = read_gold_dir(GOLD / split)
        second = read_gold_dir(AGREEMENT / split)
        paths = documents_for(first, GOLD / split, GOLD / split)
        machine = [c for path in paths for c in extract_file(extractor, path).claims]
        reports = (score(first, second), score(first, machine), score(second, machine))
        for name, report in zip(ROWS, reports, strict=True):
            values = figures(report)
            sums[name] = [a + b for a, b in zip(sums[name], values, strict=True)]
            print(line(f"{split}: {name}", values))
    for name in ROWS:
        print(line(f"mean: {name}", [v / len(args.splits) for v in sums[name]]))


if __name__ == "__main__":
    main()
