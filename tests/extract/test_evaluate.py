"""The spec section 4 scorer on hand-made gold and predictions whose right numbers are known."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from testimonies.errors import InputError
from testimonies.extract.evaluate import (
    evaluate,
    match_pairs,
    name_words,
    names_match,
    read_claims,
    score,
)
from testimonies.model.claims import ClaimRecord


def claim(
    act: str = "detention",
    victims: list[str] | None = None,
    ev: tuple[int, int] = (0, 10),
    doc: str = "d.txt",
    **fields: Any,
) -> ClaimRecord:
    data = {
        "document": doc,
        "act": act,
        "victims": victims or ["Karim Haqi"],
        "perpetrators": ["MEK"],
        "place": None,
        "start": None,
        "end": None,
        "asserted_by": None,
        "polarity": "asserted",
        "evidence": {"start": ev[0], "end": ev[1], "quote": "x" * (ev[1] - ev[0])},
    }
    data.update(fields)
    return ClaimRecord.from_spec_dict(data)


def test_name_words_drop_stop_words_short_words_and_punctuation() -> None:
    assert name_words("the Members of Mr. Al-Rajavi’s group, a B") == {"rajavi", "group"}
    assert names_match(["Karim Haqi"], ["Mr. Haqi"])
    assert not names_match(["dissident members"], ["rebel members"])
    assert not names_match(["the MEK"], ["an organization"])


def test_greedy_matching_prefers_larger_overlap() -> None:
    gold = [claim(ev=(0, 50), victims=["A Person"]), claim(ev=(40, 60), victims=["B Person"])]
    pred = [claim(ev=(45, 55), victims=["nobody named"])]
    # overlaps: gold0 = 5, gold1 = 10 -> the larger overlap wins
    assert match_pairs(gold, pred) == [(1, 0)]


def test_matching_by_victims_without_overlap_and_act_must_agree() -> None:
    gold = [claim(ev=(0, 10), victims=["Karim Haqi"])]
    assert match_pairs(gold, [claim(ev=(100, 120), victims=["Haqi"])]) == [(0, 0)]
    assert match_pairs(gold, [claim(act="torture", ev=(0, 10))]) == []
    assert match_pairs(gold, [claim(doc="other.txt", ev=(0, 10))]) == []


def test_three_levels_with_known_numbers() -> None:
    gold = [
        claim(ev=(0, 10), victims=["Karim Haqi"], start="1991", end="1991"),
        claim(act="torture", ev=(20, 30), victims=["rebel members"]),
        claim(act="killing", ev=(40, 50), victims=["17,000 people"]),
        claim(act="threat", ev=(60, 70), victims=["Javaheri Yar"]),
    ]
    pred = [
        # complete: every field right ("1991~" equals "1991" after dropping "~")
        claim(ev=(2, 8), victims=["Mr. Haqi"], start="1991~", end="1991"),
        # act only: overlaps, victims differ
        claim(act="torture", ev=(25, 35), victims=["dissident members"]),
        # victim-anchored, wrong polarity
        claim(act="killing", ev=(41, 45), victims=["people"], polarity="denied"),
        # false positive
        claim(act="handover", ev=(80, 90)),
    ]
    report = score(gold, pred).to_dict()
    overall = report["overall"]
    assert overall["act"]["correct"] == 3
    assert overall["act"]["precision"] == 0.75 and overall["act"]["recall"] == 0.75
    assert overall["victim_anchored"]["correct"] == 2
    assert overall["victim_anchored"]["f1"] == 0.5
    assert overall["complete"]["correct"] == 1
    assert overall["complete"]["f1"] == 0.25
    assert report["matched_pairs"] == 3
    accuracy = report["field_accuracy"]
    assert accuracy["victims"] == round(2 / 3, 4)
    assert accuracy["polarity"] == round(2 / 3, 4)
    assert accuracy["start"] == 1.0
    assert report["per_act"]["threat"]["act"]["recall"] == 0.0
    assert report["per_act"]["handover"]["act"]["precision"] == 0.0
    assert report["per_act"]["detention"]["complete"]["f1"] == 1.0


def test_optional_fields_both_empty_are_right() -> None:
    gold = [claim(perpetrators=[], place=None, asserted_by=None)]
    right = score(gold, [claim(perpetrators=[], place=None)]).to_dict()
    wrong = score(gold, [claim(perpetrators=["MEK"], place="Camp Ashraf")]).to_dict()
    assert right["overall"]["complete"]["correct"] == 1
    assert wrong["field_accuracy"]["perpetrators"] == 0.0
    assert wrong["field_accuracy"]["place"] == 0.0


def _write(path: Path, claims: list[ClaimRecord]) -> None:
    path.write_text("".join(json.dumps(c.to_spec_dict()) + "\n" for c in claims), encoding="utf-8")


def test_evaluate_predicted_file(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    _write(gold_dir / "d.jsonl", [claim(), claim(act="torture", ev=(20, 30))])
    predicted = tmp_path / "pred.jsonl"
    _write(predicted, [claim()])
    report = evaluate(gold_dir, gold_dir, predicted=predicted).to_dict()
    assert report["overall"]["act"]["precision"] == 1.0
    assert report["overall"]["act"]["recall"] == 0.5


def test_evaluate_predicted_folder_of_a_second_annotator(tmp_path: Path) -> None:
    gold_dir, second = tmp_path / "gold", tmp_path / "second"
    gold_dir.mkdir()
    second.mkdir()
    _write(gold_dir / "d.jsonl", [claim(), claim(act="torture", ev=(20, 30))])
    _write(second / "d.jsonl", [claim(act="torture", ev=(22, 28))])
    _write(second / "e.jsonl", [claim(act="killing", ev=(40, 50))])
    act = evaluate(gold_dir, gold_dir, predicted=second).to_dict()["overall"]["act"]
    assert (act["correct"], act["gold"], act["predicted"]) == (1, 2, 2)


def test_evaluate_predicted_empty_folder(tmp_path: Path) -> None:
    gold_dir, second = tmp_path / "gold", tmp_path / "second"
    gold_dir.mkdir()
    second.mkdir()
    _write(gold_dir / "d.jsonl", [claim()])
    with pytest.raises(InputError, match=r"second: no \*\.jsonl claim files"):
        evaluate(gold_dir, gold_dir, predicted=second)


def test_bad_gold_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"document": "d.txt", "act": "detention"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:2"):
        read_claims(bad)


def test_gold_dir_without_gold(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \*\.jsonl"):
        evaluate(tmp_path, tmp_path, predicted=tmp_path / "x.jsonl")
