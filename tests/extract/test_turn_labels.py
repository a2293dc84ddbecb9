"""A transcript's speaker labels are no group (lines written for this test)."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import _turn_label, load_pipeline


def _label_at(text: str, name: str) -> bool:
    doc = load_pipeline("en_core_web_sm")(text)
    span = doc.char_span(text.index(name), text.index(name) + len(name), label="ORG")
    assert span is not None
    return _turn_label(doc, span)


@pytest.mark.parametrize(
    "line",
    [
        "COMMISSIONER VARGAS: Where were you taken?",
        "VARGAS: Where were you taken?",
        "Mr. VARGAS. Where were you taken?",
    ],
)
def test_a_name_that_opens_a_turn_is_a_label(line: str) -> None:
    assert _label_at(line, "VARGAS")


@pytest.mark.parametrize(
    "line",
    [
        "Members of the VARGAS group were arrested.",
        "He wrote to VARGAS.",
        "The men of Vargas: they came at night.",
    ],
)
def test_a_name_in_a_sentence_is_no_label(line: str) -> None:
    name = "Vargas" if "Vargas" in line else "VARGAS"
    assert not _label_at(line, name)
