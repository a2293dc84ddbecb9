"""evaluate-links: the metrics on small hand-made cases, and a whole run on a tiny gold folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from testimonies.errors import InputError
from testimonies.link.evaluate_links import ClaimRef, align_claims, bcubed, evaluate, pairwise

ONE = "Mohammad Hossein Sobhani was held in a cell in 1993. Mr. Sobhani was beaten."
TWO = "Mohammed Hussein Sobhani says he was held in a cell from 1993."


def entity(eid: str, *mentions: tuple[str, int, int]) -> dict[str, object]:
    return {
        "id": eid,
        "name": eid,
        "mentions": [{"document": d, "start": s, "end": e, "text": ""} for d, s, e in mentions],
    }


def test_bcubed_counts_splits_merges_and_missed_mentions() -> None:
    gold = [entity("P-1", ("a", 0, 5), ("b", 0, 5)), entity("P-2", ("a", 10, 15))]
    perfect = [entity("X", ("a", 0, 6), ("b", 1, 5)), entity("Y", ("a", 10, 14))]
    assert bcubed(gold, perfect).f1 == 1.0
    merged = [entity("X", ("a", 0, 5), ("b", 0, 5), ("a", 10, 15))]
    scores = bcubed(gold, merged)
    assert scores.recall == 1.0 and scores.precision == pytest.approx((2 / 3 * 2 + 1 / 3) / 3)
    missed = [entity("X", ("a", 0, 5))]  # b's mention was not found: a cluster of its own
    assert bcubed(gold, missed).recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_pairwise_scores_claims_aligned_by_act_code_and_overlap() -> None:
    gold = [ClaimRef(("a", 0, 10), "detention", "A-1"), ClaimRef(("b", 0, 10), "detention", "A-1"),
            ClaimRef(("c", 0, 10), "detention", "A-2")]  # fmt: skip
    system = [ClaimRef(("a", 2, 8), "detention", "S1"), ClaimRef(("b", 5, 20), "detention", "S1"),
              ClaimRef(("c", 0, 10), "torture", "S1")]  # fmt: skip
    matched = align_claims(gold, system)
    assert matched == {0: 0, 1: 1}  # the torture claim does not align with a detention
    scores = pairwise(gold, system, matched)
    assert (scores.precision, scores.recall) == (1.0, 1.0)


def write_gold(root: Path) -> Path:
    train, links = root / "train", root / "links"
    train.mkdir()
    links.mkdir()
    (train / "one.txt").write_text(ONE, encoding="utf-8")
    (train / "two.txt").write_text(TWO, encoding="utf-8")
    q1, q2 = "was held in a cell in 1993", "was held in a cell from 1993"
    claims: dict[str, dict[str, Any]] = {
        "one": {"document": "one.txt", "act": "detention", "victims": ["Mohammad Hossein Sobhani"],
                "perpetrators": [], "place": None, "start": "1993", "end": "1993",
                "asserted_by": None, "polarity": "asserted",
                "evidence": {"start": ONE.index(q1), "end": ONE.index(q1) + len(q1), "quote": q1}},
        "two": {"document": "two.txt", "act": "detention", "victims": ["Mohammed Hussein Sobhani"],
                "perpetrators": [], "place": None, "start": "1993", "end": None,
                "asserted_by": None, "polarity": "asserted",
                "evidence": {"start": TWO.index(q2), "end": TWO.index(q2) + len(q2), "quote": q2}},
    }  # fmt: skip
    for stem, claim in claims.items():
        (train / f"{stem}.jsonl").write_text(json.dumps(claim) + "\n", encoding="utf-8")
    mister = ONE.index("Mr. Sobhani")
    person = entity("P-1", ("one.txt", 0, 24), ("one.txt", mister, mister + 11), ("two.txt", 0, 24))
    for mention in person["mentions"]:  # type: ignore[attr-defined]
        text = ONE if mention["document"] == "one.txt" else TWO
        mention["text"] = text[mention["start"] : mention["end"]]
    (links / "persons.jsonl").write_text(json.dumps(person) + "\n", encoding="utf-8")
    located = [
        {"document": c["document"], "polarity": "asserted",
         "evidence": {"start": c["evidence"]["start"], "end": c["evidence"]["end"]}}
        for c in claims.values()
    ]  # fmt: skip
    act = {
        "id": "A-1",
        "act": "detention",
        "victims": ["Sobhani"],
        "conflicts": [],
        "claims": located,
    }
    (links / "acts.jsonl").write_text(json.dumps(act) + "\n", encoding="utf-8")
    return links


def test_a_whole_run_on_gold_inputs_scores_perfectly(tmp_path: Path) -> None:
    links = write_gold(tmp_path)
    report = evaluate(tmp_path, inputs="gold")
    assert report.persons.f1 == 1.0
    assert report.acts.f1 == 1.0 and report.acts.detail["gold_pairs"] == 1
    assert report.documents == 2 and links.is_dir()
    assert any("B-cubed" in line for line in report.lines())


def test_bad_gold_gives_one_line_naming_the_file(tmp_path: Path) -> None:
    links = write_gold(tmp_path)
    (links / "acts.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        evaluate(tmp_path, inputs="gold")
    assert "acts.jsonl:1" in str(caught.value)
    with pytest.raises(InputError, match=r"persons\.jsonl"):
        evaluate(tmp_path / "train")
    with pytest.raises(InputError, match="--input"):
        evaluate(tmp_path, inputs="guess")


GOLD = Path(__file__).resolve().parents[2] / "examples" / "gold"


@pytest.mark.skipif(not (GOLD / "links" / "acts.jsonl").is_file(), reason="no cross-document gold")
def test_linking_alone_meets_the_floors_on_the_project_gold() -> None:
    report = evaluate(GOLD, inputs="gold")
    assert report.persons.f1 >= 0.90
    assert report.acts.f1 >= 0.80
    assert report.conflicts["share"] >= 0.80
