"""Act wordings added in round 7 (sentences written for this test)."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

STATED = [
    ("The soldiers undressed the women before the interrogations.", "sexual_violence"),
    ("His face was swollen from blows when I saw him in the prison.", "physical_assault"),
    ("In 2015 he was sentenced to two years of labour reform.", "forced_labor"),
    ("She was sent to re-education through labour in 2009.", "forced_labor"),
    ("In the camp the nurses refused him insulin for weeks.", "deprivation"),
    ("Those who were caught were resold to another compound.", "handover"),
    ("The company sold the men to another company.", "handover"),
    ("Released prisoners may not leave their district for three years.", "denial_of_exit"),
]


@pytest.mark.parametrize(("text", "act"), STATED)
def test_the_act_is_read(extractor: SpacyExtractor, text: str, act: str) -> None:
    found = [(c.act, c.polarity) for c in claims_of(extractor, text)]
    assert (act, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The nurse undressed the wound and cleaned it.",
        "The farm sold its grain to another company.",
    ],
)
def test_no_person_no_act(extractor: SpacyExtractor, text: str) -> None:
    assert claims_of(extractor, text) == []
