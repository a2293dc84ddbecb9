"""Time expressions to EDTF, in isolation and inside claims."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.timex import duration_iso, find_times, parse_single, resolve, shift
from tests.extract.conftest import claims_of, only


@pytest.mark.parametrize(
    ("phrase", "edtf"),
    [
        ("1991", "1991"),
        ("September 1992", "1992-09"),
        ("28 July 2009", "2009-07-28"),
        ("July 28, 2009", "2009-07-28"),
        ("2009-07-28", "2009-07-28"),
        ("the 1990s", "199X"),
        ("the early 1990s", "199X"),
        ("around 1991", "1991~"),
        ("about March 2003", "2003-03~"),
    ],
)
def test_single_dates(phrase: str, edtf: str) -> None:
    assert parse_single(phrase) == edtf


def test_range_and_duration_in_one_sentence() -> None:
    text = "he spent eight and a half years, from September 1992 to January 2001, in a cell"
    found = find_times(text, offset=100)
    ranges = [e for e in found if e.is_date]
    assert [(e.start, e.stop) for e in ranges] == [("1992-09", "2001-01")]
    assert [e.duration for e in found if e.duration] == ["P8Y6M"]
    first = ranges[0]
    assert text[first.begin - 100 : first.end - 100] == "from September 1992 to January 2001"


def test_open_ranges() -> None:
    assert [(e.start, e.stop) for e in find_times("since 2003 the camp")] == [("2003", None)]
    assert [(e.start, e.stop) for e in find_times("held until May 2004")] == [(None, "2004-05")]


@pytest.mark.parametrize(
    ("anchor", "amount", "unit", "sign", "expected"),
    [
        ("1992-09", 2, "M", 1, "1992-11"),
        ("1992-11", 3, "M", 1, "1993-02"),
        ("2009-07-28", 1, "D", 1, "2009-07-29"),
        ("1991", 2, "Y", -1, "1989"),
        ("1991", 2, "M", 1, "1991~"),
    ],
)
def test_shift(anchor: str, amount: int, unit: str, sign: int, expected: str) -> None:
    assert shift(anchor, amount, unit, sign) == expected


def test_relative_to_publication_date() -> None:
    expr = find_times("three years ago")[0]
    # a year back from the report, at the precision the words give: not the report's day of it
    assert resolve(expr, anchor="1990", published="2012-05-01").start == "2009"
    days = find_times("ten days ago")[0]
    assert resolve(days, anchor=None, published="2012-05-01").start == "2012-04-21"


def test_durations() -> None:
    assert duration_iso(8.5, "Y") == "P8Y6M"
    assert duration_iso(2, "W") == "P14D"


def test_relative_date_anchored_to_an_earlier_date(extractor: SpacyExtractor) -> None:
    text = (
        "Tomas Rieder was arrested in May 1998. Two months later he was handed over to the police."
    )
    handover = only(claims_of(extractor, text), "handover")
    assert handover.victims == ["Tomas Rieder"]
    assert handover.start == handover.end == "1998-07"


def test_relative_date_anchored_to_the_publication_date(extractor: SpacyExtractor) -> None:
    text = "Two years ago guards beat Omar Vell in the yard."
    claim = only(claims_of(extractor, text, published="2015-06-01"), "physical_assault")
    assert claim.start == "2013"


def test_claim_range_and_duration(extractor: SpacyExtractor) -> None:
    text = (
        "Leyla Moradi spent eight and a half years, from September 1992 to January 2001, "
        "in solitary confinement."
    )
    claim = only(claims_of(extractor, text), "solitary_confinement")
    assert (claim.start, claim.end, claim.duration) == ("1992-09", "2001-01", "P8Y6M")
    assert claim.victims == ["Leyla Moradi"]
