"""Doers named by their role (sentences written for this test)."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("On our first day the overseers took our passports.", "overseers"),
        ("At the farm the foreman beat the workers who rested.", "foreman"),
        ("The camp managers locked the new recruits in a shed.", "managers"),
    ],
)
def test_a_role_noun_is_a_doer(extractor: SpacyExtractor, text: str, doer: str) -> None:
    doers = [name for c in claims_of(extractor, text) for name in c.perpetrators]
    assert any(doer in name for name in doers), doers


def test_who_collects_the_papers_takes_them(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "That evening Pastor Dale collected our passports.")
    [claim] = [c for c in claims if c.act == "confiscation_of_documents"]
    assert claim.perpetrators == ["Pastor Dale"]


def test_who_does_not_see_the_missing_took_no_one(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "He was arrested in 2009. His wife has not seen him since.")
    assert all("wife" not in name for c in claims for name in c.perpetrators), claims
