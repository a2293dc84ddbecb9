"""The second annotations of examples/agreement/: claims of the spec's shape on gold documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testimonies.extract.evaluate import read_claims, read_gold_dir, score

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AGREEMENT = EXAMPLES / "agreement"
SPLITS = sorted(p for p in AGREEMENT.iterdir() if p.is_dir())


def test_there_are_second_annotations() -> None:
    assert len(SPLITS) >= 4


@pytest.mark.parametrize("split", SPLITS, ids=lambda p: p.name)
def test_every_file_annotates_a_document_of_its_gold_split(split: Path) -> None:
    gold = EXAMPLES / "gold" / split.name
    for path in sorted(split.glob("*.jsonl")):
        text = (gold / f"{path.stem}.txt").read_text(encoding="utf-8")
        for claim in read_claims(path):
            assert claim.document == f"{path.stem}.txt"
            evidence = claim.evidence
            assert text[evidence.start : evidence.end] == evidence.quote, (path, evidence)
            assert claim.victims


@pytest.mark.parametrize("split", SPLITS, ids=lambda p: p.name)
def test_the_second_annotator_covers_every_gold_document(split: Path) -> None:
    gold = EXAMPLES / "gold" / split.name
    assert {p.name for p in split.glob("*.jsonl")} == {p.name for p in gold.glob("*.jsonl")}


@pytest.mark.parametrize("split", SPLITS, ids=lambda p: p.name)
def test_files_hold_the_spec_keys(split: Path) -> None:
    required = {"document", "act", "victims", "perpetrators", "place", "start", "end"}
    required |= {"asserted_by", "polarity", "evidence"}
    optional = {"speaker_role", "duration", "count", "confidence"}
    for path in split.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            keys = set(json.loads(line))
            assert required <= keys <= required | optional, path


def test_two_annotators_agree_where_they_read_the_same_texts() -> None:
    """Not a figure to keep (the README's table is): two readings of one text that shared
    no act at all would mean the files were put beside the wrong split."""
    for split in SPLITS:
        report = score(read_gold_dir(EXAMPLES / "gold" / split.name), read_gold_dir(split))
        assert report.to_dict()["overall"]["act"]["f1"] > 0.5, split.name
