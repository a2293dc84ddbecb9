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
