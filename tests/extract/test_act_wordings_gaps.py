"""A wording's gap may hold a whole noun phrase ("banned [at least 30 relatives of the victims]
from travelling"), but a long gap never steps over another clause. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

LONG_PHRASES = [
    (
        "The authorities have banned at least 30 relatives of the victims from travelling abroad.",
        "denial_of_exit",
    ),
    ("The guards made all of us in the corridor take off our clothes.", "sexual_violence"),
    (
        "The police prevented the elderly parents of the two students from leaving the country.",
        "denial_of_exit",
    ),
]


@pytest.mark.parametrize(("text", "act"), LONG_PHRASES)
def test_a_long_noun_phrase_inside_a_wording(
    extractor: SpacyExtractor, text: str, act: str
) -> None:
    assert act in {c.act for c in claims_of(extractor, text)}


def _wordings(extractor: SpacyExtractor, text: str) -> list[str]:
    doc = extractor.nlp(text)
    return [m.trigger.text for sent in doc.sents for m in extractor.index.find(sent)]


def test_a_long_gap_does_not_cross_a_verb(extractor: SpacyExtractor) -> None:
    # "called ... agent" would run from "so-called" over the verb "is"
    found = _wordings(
        extractor, "The so-called witness Hamid Rezai is a paid agent of the ministry."
    )
    assert not any(w.startswith("^call") for w in found), found


def test_a_long_gap_does_not_cross_a_coordination(extractor: SpacyExtractor) -> None:
    # "forced to ... made" would run from the first clause into the second one
    text = "Detainees are forced to renounce their religious practices and are made to work."
    doc = extractor.nlp(text)
    matches = [m for sent in doc.sents for m in extractor.index.find(sent)]
    assert not any(m.tokens[0].lower_ == "forced" and m.act == "forced_labor" for m in matches)
    assert any(m.tokens[0].lower_ == "made" and m.act == "forced_labor" for m in matches)
