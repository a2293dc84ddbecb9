"""Deaths: a suicide is a death in custody wherever it is told, a death near captives one in
custody, a death in violence a killing, and a death with neither no act at all. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

DEATHS = [
    ("Karim took his own life in March 2009 in the settlement's clinic.", "death_in_custody"),
    ("Her brother hanged himself after eight months at the farm.", "death_in_custody"),
    ("At least nine captives died when the tunnel collapsed.", "death_in_custody"),
    ("Two of the hostages died of fever that winter.", "death_in_custody"),
    ("Three residents died when troops stormed the settlement.", "killing"),
    ("Four people died in the shooting at the market.", "killing"),
]


@pytest.mark.parametrize(("text", "act"), DEATHS)
def test_which_death(extractor: SpacyExtractor, text: str, act: str) -> None:
    acts = [c.act for c in claims_of(extractor, text)]
    assert act in acts, acts
    assert {"killing", "death_in_custody"} & set(acts) == {act}


NATURAL = [
    "My father died in 2004.",
    "My mother died in 2001, and my sister moved to Canada.",
    "He had a heart attack at the age of seventy.",
]


@pytest.mark.parametrize("text", NATURAL)
def test_a_death_with_no_custody_nor_violence_is_no_act(
    extractor: SpacyExtractor, text: str
) -> None:
    assert claims_of(extractor, text) == []


ATTEMPTS = [
    "He attempted suicide twice in prison.",
    "She tried to kill herself in her cell.",
    "He tried to take his own life in detention.",
]


@pytest.mark.parametrize("text", ATTEMPTS)
def test_a_survived_attempt_is_no_death(extractor: SpacyExtractor, text: str) -> None:
    assert "death_in_custody" not in {c.act for c in claims_of(extractor, text)}


def test_a_suicide_in_a_cell_is_a_death_in_custody(extractor: SpacyExtractor) -> None:
    text = "He killed himself in his cell in 2010."
    assert "death_in_custody" in {c.act for c in claims_of(extractor, text)}
