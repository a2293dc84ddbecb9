"""Name pairs: the project's matcher on labelled Latin-script name pairs (floor F1 0.95).

Prints precision, recall and F1 (positive = same; an 'unsure' verdict counts as not same), the
verdict counts, the errors, and in the same run a plain baseline: Jaro-Winkler >= 0.9 on the
ASCII, lower-cased full names. Run:
  .venv/bin/python benchmarks/names.py [--pairs PATH ...]   (default examples/names/pairs.csv)
  .venv/bin/python benchmarks/names.py --pairs examples/names/pairs.csv \
      --pairs examples/names/public_pairs.csv --pairs examples/names/fresh_pairs.csv \
      --pairs examples/names/fresh2_pairs.csv --pairs examples/names/fresh3_pairs.csv \
      --pairs examples/names/fresh4_pairs.csv --pairs examples/names/fresh5_pairs.csv \
      --pairs examples/names/fresh6_pairs.csv --pairs examples/names/fresh7_pairs.csv \
      --pairs examples/names/fresh8_pairs.csv --pairs examples/names/fresh9_pairs.csv \
      --pairs examples/names/fresh10_pairs.csv --pairs examples/names/fresh11_pairs.csv \
      --pairs examples/names/fresh12_pairs.csv --pairs examples/names/fresh13_pairs.csv \
      --pairs examples/names/fresh14_pairs.csv --pairs examples/names/fresh15_pairs.csv
(pairs.csv is held, public_pairs.csv the development set, fresh_pairs.csv a check written before
round 8 changed the matcher and tuned on in round 9, fresh2_pairs.csv a check written before
round 9 changed it and tuned on in round 10, fresh3_pairs.csv a check written before round 10
changed it and tuned on in round 11, fresh4_pairs.csv a check written before round 11 changed it
and tuned on in round 12, fresh5_pairs.csv a check written before round 12 changed it and
tuned on in round 13, fresh6_pairs.csv a check written before round 13 changed it and tuned on
in round 14, fresh7_pairs.csv a check written before round 14 changed it and tuned on in
round 15, fresh8_pairs.csv a check written before round 15 changed it and tuned on in round 16,
fresh9_pairs.csv a check written before round 16 changed it and tuned on in round 17,
fresh10_pairs.csv a check written before round 17 changed it and tuned on in round 18,
fresh11_pairs.csv a check written before round 18 changed it and tuned on in round 19,
fresh12_pairs.csv a check written before round 19 changed it and tuned on in round 20,
fresh13_pairs.csv a check written before round 20 changed it and tuned on in round 21,
fresh14_pairs.csv a check written before round 21 changed it and tuned on in round 22,
fresh15_pairs.csv a check written before round 22 changed it and not tuned on.)
Names in Arabic script or Hangul against Latin spellings:
  .venv/bin/python benchmarks/names.py --pairs examples/names/script_pairs.csv \
      --pairs examples/names/script_fresh_pairs.csv
(script_pairs.csv written before the cross-script matcher and tuned on, script_fresh_pairs.csv
written after it and scored once; across scripts the verdict is 'unsure' at most, so read the
'unsure counted as same' figures.)
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from rigour.text import jaro_winkler

from testimonies.link.name_pairs import (
    ComparedPair,
    PairScores,
    compare_pairs,
    read_pairs,
    score_pairs,
)
from testimonies.link.names import compare_names
from testimonies.link.variants import plain

FLOOR = 0.95
DEFAULT = Path(__file__).resolve().parent.parent / "examples" / "names" / "pairs.csv"


def show(name: str, scores: PairScores, seconds: float) -> None:
    print(
        f"{name:44} P {scores.precision:.4f}  R {scores.recall:.4f}  F1 {scores.f1:.4f}  "
        f"(tp {scores.tp}, fp {scores.fp}, fn {scores.fn}, tn {scores.tn})  {seconds * 1000:.0f} ms"
    )


def baseline(rows: list[tuple[str, str, str | None]]) -> PairScores:
    compared = []
    for a, b, label in rows:
        verdict = "same" if jaro_winkler(plain(a), plain(b)) >= 0.9 else "different"
        stub = compare_names("", "")  # only the verdict field is read
        compared.append(ComparedPair(a, b, label, type(stub)(verdict, 0.0, [])))  # type: ignore[arg-type]
    return score_pairs(compared)


def report(path: Path) -> None:
    rows = read_pairs(path)
    start = time.perf_counter()
    compared = compare_pairs(rows)
    seconds = time.perf_counter() - start
    scores = score_pairs(compared)
    lenient = score_pairs(compared, unsure_as="same")
    print(f"{path}: {len(rows)} pairs, {scores.labelled} labelled same/different")
    show("project matcher, unsure counted as not same", scores, seconds)
    show("project matcher, unsure counted as same", lenient, seconds)
    start = time.perf_counter()
    show(
        "baseline: Jaro-Winkler >= 0.9 on plain names", baseline(rows), time.perf_counter() - start
    )
    verdicts = Counter((c.label, c.comparison.verdict) for c in compared)
    print("label -> verdict counts:", dict(sorted(verdicts.items(), key=str)))
    print("errors when unsure counts as same (label, verdict, score, pair):")
    for c in compared:
        if c.label in ("same", "different") and (c.label == "same") != (
            c.comparison.verdict != "different"
        ):
            print(
                f"  {c.label:9} got {c.comparison.verdict:9} {c.comparison.score:.2f}"
                f"  {c.a!r} | {c.b!r}"
            )
    for name, s in (("unsure as not same", scores), ("unsure as same", lenient)):
        print(
            f"F1 ({name}) {s.f1:.4f} {'meets' if s.f1 >= FLOOR else 'is BELOW'} the floor {FLOOR}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="a pairs CSV (same as --pairs)")
    parser.add_argument(
        "--pairs", action="append", type=Path, default=[], help="a pairs CSV; may be repeated"
    )
    args = parser.parse_args()
    paths = ([args.path] if args.path else []) + args.pairs
    for number, path in enumerate(paths or [DEFAULT]):
        if number:
            print()
        report(path)


if __name__ == "__main__":
    main()
