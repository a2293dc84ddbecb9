"""Wordings of life inside a camp, a compound or a sect, as survivors tell it: guarded day and
night, allowed outside an hour a day, kept in the shed, tied to a post, not paid for the work,
one bowl of rice a day, phones taken, married to a man, wives assigned, shunned, dying in the
shed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

STATED = [
    ("We were guarded day and night.", "detention"),
    ("We were only allowed outside for an hour a day.", "detention"),
    ("I was kept in the shed for two weeks.", "detention"),
    ("They chained him to a tree for a night.", "torture"),
    ("He was tied to a post in the sun all day.", "torture"),
    ("We were not paid for our work.", "forced_labor"),
    ("We were given one bowl of rice a day.", "deprivation"),
    ("All phones were taken from us when we arrived.", "denial_of_contact"),
    ("They married me to a man three times my age.", "sexual_violence"),
    ("The leader assigned wives to the men.", "sexual_violence"),
    ("He came to my room at night and forced himself on me.", "sexual_violence"),
    ("They shunned anyone who left.", "psychological_abuse"),
    ("Two men died in the shed that winter.", "death_in_custody"),
    ("The villagers were used as porters by the militia.", "forced_labor"),
    ("Many workers were held in debt bondage.", "forced_labor"),
]


@pytest.mark.parametrize(("text", "act"), STATED)
def test_stated(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act in {c.act for c in claims_of(extractor, text)}


NOT = [
    ("The minister was guarded day and night.", "detention"),
    ("Miners died in the pit when the tunnel flooded.", "death_in_custody"),
    ("He chose a wife for his son.", "sexual_violence"),
    ("He was held in high esteem by the villagers.", "detention"),
    ("Many workers were held in debt bondage.", "detention"),
]


@pytest.mark.parametrize(("text", "act"), NOT)
def test_not_that_act(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act not in {c.act for c in claims_of(extractor, text)}
