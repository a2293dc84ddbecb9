"""Long documents are parsed paragraph by paragraph, with offsets exact in the whole text."""

from __future__ import annotations

import pytest

from testimonies.extract.chunks import chunks
from testimonies.extract.spacy_extractor import SpacyExtractor

PARAGRAPH = (
    "On {day} March {year} the guards of the Sunrise Movement beat {name} in the yard. "
    "Witnesses said that {name} was later locked up in a basement for {n} months. "
    "The camp also had a school, a clinic and a small garden that residents tended. "
)
NAMES = ["Omar Vell", "Ilse Brandt", "Karim Bahrami", "Leyla Moradi", "Tomas Rieder"]


def long_text(paragraphs: int) -> str:
    return "\n\n".join(
        # every paragraph a different date: a repeated statement would rightly count once
        PARAGRAPH.format(day=1 + i % 28, year=1950 + i // 28, name=NAMES[i % len(NAMES)], n=2)
        for i in range(paragraphs)
    )


def test_chunks_cover_the_text_exactly() -> None:
    text = "First para.\n\n  \n\nSecond " + "word. " * 3000 + "\n\nLast."
    pieces = list(chunks(text, limit=1000))
    assert all(text[c.offset : c.offset + len(c.text)] == c.text for c in pieces)
    assert max(len(c.text) for c in pieces) <= 1000
    assert pieces[0].text == "First para." and pieces[-1].text == "Last."
    joined = "".join(c.text for c in pieces[1:-1])
    assert joined == text[text.index("Second") : text.index("\n\nLast.")]


def test_a_paragraph_without_sentence_ends_is_cut_hard() -> None:
    text = "x" * 2500
    assert [len(c.text) for c in chunks(text, limit=1000)] == [1000, 1000, 500]


@pytest.mark.slow
def test_hundred_page_document(extractor: SpacyExtractor) -> None:
    text = long_text(700)  # about 120 pages of 250 words
    assert len(text.split()) > 30_000
    claims = extractor.extract(text, "long.txt").claims
    assert len([c for c in claims if c.act == "physical_assault"]) == 700
    assert len([c for c in claims if c.act == "detention"]) == 700
    for claim in claims:
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote
    last = claims[-1]
    assert last.victims == [NAMES[699 % 5]]


def test_lines_are_paragraphs_when_no_blank_lines_and_headings_split() -> None:
    text = "Camp report\nAccording to witnesses, guards beat Omar.\nThose who tried were locked up."
    assert [c.text for c in chunks(text)] == [
        "Camp report",
        "According to witnesses, guards beat Omar.",
        "Those who tried were locked up.",
    ]
    wrapped = "Short Title\nA body line that wraps\nonto a second line.\n\nNext paragraph."
    assert [c.text.strip() for c in chunks(wrapped)] == [
        "Short Title",
        "A body line that wraps\nonto a second line.",
        "Next paragraph.",
    ]
