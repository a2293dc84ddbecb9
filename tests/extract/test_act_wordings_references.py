"""An act named again as the time or topic of another statement ("during his detention",
"learned of his arrest") refers back to an act told elsewhere; the refusal to acknowledge a
detention is a disappearance; "nobody could visit us" denies contact. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of


def test_during_his_detention_is_not_a_second_detention(extractor: SpacyExtractor) -> None:
    text = (
        "Omar Haddad was arrested by the police in May 2015. "
        "During the first weeks of his detention he was interrogated every night."
    )
    assert [c.act for c in claims_of(extractor, text)].count("detention") == 1


BACK_REFERENCES = [
    "His mother learned of his arrest a month later.",
    "Since their detention the families have written to every ministry.",
    "Her brother wrote a letter concerning her imprisonment.",
    "State television described the detained protesters as foreign agents.",
    "Most members were unaware of the existence of these prisons.",
]


@pytest.mark.parametrize("text", BACK_REFERENCES)
def test_a_back_reference_is_no_claim(extractor: SpacyExtractor, text: str) -> None:
    assert "detention" not in {c.act for c in claims_of(extractor, text)}


STATED = [
    ("The tribunal accepted her account of her abduction by the rebels.", "detention"),
    ("The authorities have refused to acknowledge his detention.", "disappearance"),
    ("The authorities refused to confirm whether he was in custody.", "disappearance"),
    ("Nobody could visit us.", "denial_of_contact"),
    ("He has been a victim of enforced disappearance since 2015.", "disappearance"),
    ("No one could see him for a year.", "denial_of_contact"),
]


@pytest.mark.parametrize(("text", "act"), STATED)
def test_stated(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act in {c.act for c in claims_of(extractor, text)}
