"""What the recall net adds on text it was not trained on: act and victim-anchored F1, net off
against net on, each gold split scored by a net trained on the other splits only.

Usage: .venv/bin/python benchmarks/recall_net.py [SPLIT ...]   (default: train and every dev split)
The baseline is the extractor without the net (the act wordings alone), in the same run on the
same documents. The shipped model (vocab/act_classifier.json) is trained on all the splits, so
`testimonies evaluate` on a split flatters it; these cross-fitted figures are the honest ones.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from testimonies.extract.evaluate import evaluate
from testimonies.extract.recall_train import train_classifier
from testimonies.extract.spacy_extractor import SpacyExtractor

GOLD = Path("examples/gold")
DEV_SPLIT = re.compile(r"dev\d*")


def gold_splits() -> list[str]:
    """train, dev, dev2, dev3, ...: every split of the project's gold but the held-out one."""
    devs = [p.name for p in GOLD.iterdir() if p.is_dir() and DEV_SPLIT.fullmatch(p.name)]
    return ["train", *sorted(devs, key=lambda name: int(name[3:] or 1))]


def figures(extractor: SpacyExtractor, split: str) -> str:
    report = evaluate(GOLD / split, GOLD / split, extractor, None).to_dict()["overall"]
    act, anchored = report["act"], report["victim_anchored"]
    scores = f"P {act['precision']:.2f} R {act['recall']:.2f}"
    return f"act {act['f1']:.3f} ({scores}) va {anchored['f1']:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("splits", nargs="*", default=gold_splits())
    args = parser.parse_args()
    extractor = SpacyExtractor()
    shipped = extractor.recall
    print(
        f"{'split':6} {'wordings alone (baseline)':38} {'with the net, trained without the split'}"
    )
    for split in args.splits:
        others = [GOLD / s for s in gold_splits() if s != split]
        extractor.recall = None
        baseline = figures(extractor, split)
        extractor.recall = train_classifier(others, extractor.nlp)
        print(f"{split:6} {baseline:38} {figures(extractor, split)}")
    extractor.recall = shipped


if __name__ == "__main__":
    main()
