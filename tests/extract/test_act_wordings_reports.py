"""Wordings of NGO, UN and wire reports: water poured on a detainee, girls sold to fighters,
a passport refused, refugees pushed back, a warning to stop, children placed in orphanages;
a body handed to a family is no handover, "23 hours a day" in a cell no forced labour.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

STATED = [
    ("They poured cold water on him in the yard.", "torture"),
    ("The girls were sold to fighters.", "sexual_violence"),
    ("The traffickers forced her into prostitution.", "sexual_violence"),
    ("The authorities refused to issue him a passport.", "confiscation_of_documents"),
    ("The refugees were pushed back across the border.", "handover"),
    ("A caller warned her to stop her work on the case.", "threat"),
    ("The children were placed in state orphanages.", "forced_separation"),
    ("She was turned back at the airport when she tried to fly to Paris.", "denial_of_exit"),
    ("He was found hanged in his cell two days after his arrest.", "death_in_custody"),
]


@pytest.mark.parametrize(("text", "act"), STATED)
def test_stated(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act in {c.act for c in claims_of(extractor, text)}


NOT = [
    ("Her body was handed over to the family with signs of torture.", "handover"),
    ("Detainees were locked in their cells 23 hours a day.", "forced_labor"),
]


@pytest.mark.parametrize(("text", "act"), NOT)
def test_not_that_act(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act not in {c.act for c in claims_of(extractor, text)}
