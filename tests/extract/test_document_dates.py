"""Lines that date the document: found near the top, never a birth date or a story line."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.textcues import document_date_line
from tests.extract.conftest import claims_of, only


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Press release\nParis, 20 May 2016\n\nWe reject...", "Paris, 20 May 2016"),
        ("Statement of the Office\n23 April 2023\nThe so-called witness", "23 April 2023"),
        ("Date of judgment: 14 August 2019\nThe court", "Date of judgment: 14 August 2019"),
        ("Geneva, Switzerland, March 3, 2021\n\nDear", "Geneva, Switzerland, March 3, 2021"),
        ("DATED: 2020-06-02\n", "DATED: 2020-06-02"),
        # a heading that ends with its date: an urgent action's reference, a hearing's sitting
        ("UA 47/23 - 21 July 2023\n", "UA 47/23 - 21 July 2023"),
        (
            "EVIDENCE - Meeting No. 27 - Tuesday, 6 June 2023\n",
            "EVIDENCE - Meeting No. 27 - Tuesday, 6 June 2023",
        ),
    ],
)
def test_date_lines_at_the_top_are_found(text: str, line: str) -> None:
    span = document_date_line(text)
    assert span is not None and text[span[0] : span[1]].strip() == line


@pytest.mark.parametrize(
    "text",
    [
        "Date of birth: 2 May 1985\nI was arrested",  # a person's date, not the document's
        "He was born on 2 May 1985 in Qasr Halim.",  # a sentence, not a date line
        "Detained on 21 July 2023",  # an event's date in a heading
        "Missing since: 21 July 2023",  # a case's date, not the document's
        "and, 3 May 2016",  # a lower-case word is no place
        "x" * 900 + "\nParis, 20 May 2016\n",  # too far down: part of the text
    ],
)
def test_other_dates_are_not_date_lines(text: str) -> None:
    assert document_date_line(text) is None


def test_a_label_the_statement_utters_is_dated_by_its_date_line(extractor: SpacyExtractor) -> None:
    text = (
        "Office of the Spokesman\nParis, 20 May 2016\n\n"
        "The so-called witness Karim Sadeghi is a paid agent of the Ministry of Intelligence."
    )
    label = only(claims_of(extractor, text), "false_accusation")
    assert (label.start, label.end, label.asserted_by) == ("2016-05-20", "2016-05-20", None)
    # the date line is the document's date: without it, the label has no date at all
    undated = only(claims_of(extractor, text.replace("Paris, 20 May 2016", "")), "false_accusation")
    assert undated.start is None


def test_a_date_line_anchors_relative_dates(extractor: SpacyExtractor) -> None:
    text = "Geneva, March 3, 2021\n\nMy brother was arrested by the police two years ago."
    assert only(claims_of(extractor, text), "detention").start == "2019"  # a year, not a day


def test_last_october_is_the_one_before_the_document(extractor: SpacyExtractor) -> None:
    text = "Geneva, March 3, 2021\n\nLast October my brother was arrested by the police."
    assert only(claims_of(extractor, text), "detention").start == "2020-10"
    text = "Geneva, March 3, 2021\n\nMy brother was arrested by the police last January."
    assert only(claims_of(extractor, text), "detention").start == "2021-01"


def test_a_title_over_its_date_is_a_heading_not_a_statement() -> None:
    from testimonies.extract.textcues import heading

    assert heading('"Fields of Fear": Detention on Militia Farms in Lower Teluk\nFebruary 2024')
    assert not heading("He was detained on the farm.\nThey beat him there")
    assert heading("Escapees shot dead at farm camp")
