"""'No one was allowed to leave' states the act; 'no one was ever detained' denies it."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("No one was allowed to leave the camp.", "denial_of_exit"),
        ("No resident was ever allowed to leave the farm.", "denial_of_exit"),
        ("Nobody has been allowed to visit them since 2015.", "denial_of_contact"),
        ("No member was allowed to contact his family.", "denial_of_contact"),
        ("Nobody could leave the compound.", "denial_of_exit"),
    ],
)
def test_nobody_being_allowed_is_the_act(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert only(claims_of(extractor, text), act).polarity == "asserted"


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("No one was ever detained in the camp.", "detention"),
        ("No member of the Organization has ever been prevented from leaving.", "denial_of_exit"),
        ('The commander said: "no one at the farm is a prisoner".', "detention"),
    ],
)
def test_nobody_suffering_it_denies_the_act(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert only(claims_of(extractor, text), act).polarity == "denied"
