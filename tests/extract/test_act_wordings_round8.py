"""Act wordings added in round 8 (sentences written for this test)."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

STATED = [
    ("The teacher Ana Quispe was taken by the rebels in June 2011.", "detention"),
    ("Two boys died at the ranch after a restraint by the night staff.", "death_in_custody"),
    ("The girls said they had been restrained by counsellors for an hour.", "physical_assault"),
    ("Guards knelt on his back until he could not breathe.", "physical_assault"),
    ("In the first month recruits may not call their families.", "denial_of_contact"),
    ("Letters to parents were not allowed after the first year.", "denial_of_contact"),
    ("Her husband was never told where she was being held.", "disappearance"),
    ("The commander told him that they knew where his children lived.", "threat"),
]


@pytest.mark.parametrize(("text", "act"), STATED)
def test_the_act_is_read(extractor: SpacyExtractor, text: str, act: str) -> None:
    found = [(c.act, c.polarity) for c in claims_of(extractor, text)]
    assert (act, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The decision was taken by the army command in May.",
        "We were taken by surprise when the bus stopped.",
        "She restrained herself and said nothing.",
        "Nobody knew where the river started.",
    ],
)
def test_no_act(extractor: SpacyExtractor, text: str) -> None:
    assert claims_of(extractor, text) == []
