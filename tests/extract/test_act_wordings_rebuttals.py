"""How the accused write their denials (sentences written for this test)."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

REBUTTALS = [
    ("The movement holds no prisoners, its spokesman said.", "detention"),
    ("Volunteers may leave at any time.", "denial_of_exit"),
    ("The elder never laid a hand on the novices.", "physical_assault"),
    ("Brother Jonah has never touched a child.", "sexual_violence"),
    ("The residents work voluntarily in the bakery.", "forced_labor"),
    ("The children live with their parents in the village.", "forced_separation"),
]


@pytest.mark.parametrize(("text", "act"), REBUTTALS)
def test_a_rebuttal_denies_the_act(extractor: SpacyExtractor, text: str, act: str) -> None:
    found = [(c.act, c.polarity) for c in claims_of(extractor, text)]
    assert (act, "denied") in found, found


def test_who_lives_apart_from_their_parents_is_separated(extractor: SpacyExtractor) -> None:
    claims = claims_of(
        extractor, "From 2011 the girls lived in the dormitory, not with their parents."
    )
    [claim] = [c for c in claims if c.act == "forced_separation"]
    assert claim.polarity == "asserted"
    assert "the girls" in claim.victims
