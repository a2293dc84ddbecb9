"""Sentences that name an act without stating that it happened to anyone: a law that allows it,
the staff of a prison, a pattern of it as a subject of study, the shooting of a film; and a
spoken threat, which is a threat, not the act threatened. Sentences written for these tests."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

NOT_STATED = [
    ("The law allows police to detain suspects for up to 48 hours without charge.", "detention"),
    ("He served as a prison guard for ten years.", "detention"),
    ("The prison staff went on strike in May.", "detention"),
    ("The report documents patterns of arbitrary detention and torture.", "detention"),
    ("The report documents patterns of arbitrary detention and torture.", "torture"),
    ("The shooting of the film took three months.", "physical_assault"),
]


@pytest.mark.parametrize(("text", "act"), NOT_STATED)
def test_named_not_stated(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act not in {c.act for c in claims_of(extractor, text)}


STATED = [
    ("Prison guards beat him with batons.", "physical_assault"),
    ("He was held in a detention centre near the border.", "detention"),
    ("The police detained him for two days under the new law.", "detention"),
]


@pytest.mark.parametrize(("text", "act"), STATED)
def test_stated_near_such_words(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act in {c.act for c in claims_of(extractor, text)}


@pytest.mark.parametrize(
    "text",
    ["If you go out of this gate they will hang you.", "The guards will kill you if you run."],
)
def test_a_spoken_threat(extractor: SpacyExtractor, text: str) -> None:
    acts = {c.act for c in claims_of(extractor, text)}
    assert "threat" in acts and not acts & {"torture", "killing"}, acts


NO_ACT = [
    "It hurt me to see my mother cry.",
    "The crisis hit the families hardest.",
    "The economic sanctions harmed ordinary people.",
    "The teachers pushed the children to work harder.",
    "Workers went on strike in 2019.",
    "The journalist was threatened with a lawsuit.",
    "He confessed his love to her.",
    "The police took his statement.",
    "The organization isolated itself from the world.",
    "I was deprived of a normal childhood.",
    "They held a vigil for the disappeared.",
    "He was transferred to a new school in 2005.",
    "He disappeared from public life after the election.",
    "The plane disappeared from radar screens.",
    "She could not leave her job because of the debts.",
    "He was unable to leave the house because of his illness.",
]


@pytest.mark.parametrize("text", NO_ACT)
def test_everyday_senses_of_act_words(extractor: SpacyExtractor, text: str) -> None:
    assert [c.to_spec_dict() for c in claims_of(extractor, text)] == []


STILL_STATED = [
    ("The guards hit him with a rifle.", "physical_assault"),
    ("They pushed him to the ground and kicked him.", "physical_assault"),
    ("They deprived us of food for three days.", "deprivation"),
    ("He was isolated from the other prisoners.", "solitary_confinement"),
    ("He was transferred to another prison in 2016.", "handover"),
    ("She could not leave the country.", "denial_of_exit"),
    ("He disappeared after his arrest in 2015.", "disappearance"),
]


@pytest.mark.parametrize(("text", "act"), STILL_STATED)
def test_the_act_senses_stay(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act in {c.act for c in claims_of(extractor, text)}


THINGS_HELD = [
    "The little girl held my chador and cried.",
    "The residents' passports were kept in the office safe.",
    "The officers took away her laptop and her files.",
]


@pytest.mark.parametrize("text", THINGS_HELD)
def test_a_thing_held_is_no_detention(extractor: SpacyExtractor, text: str) -> None:
    assert "detention" not in {c.act for c in claims_of(extractor, text)}


def test_a_person_held_stays_a_detention(extractor: SpacyExtractor) -> None:
    assert "detention" in {c.act for c in claims_of(extractor, "They held my brother for a week.")}


WORDS_OF_OTHER_SENSES = [
    "The government set a quota for refugee admissions.",
    "The king renounced the throne in 1936.",
    "Several pages of the report are missing.",
    "The whereabouts of the documents are unknown.",
    "The suicide rate has risen among young men.",
    "The court ordered an investigation into the deaths.",
    "I read his message twice.",
]


@pytest.mark.parametrize("text", WORDS_OF_OTHER_SENSES)
def test_words_in_other_senses(extractor: SpacyExtractor, text: str) -> None:
    assert [c.to_spec_dict() for c in claims_of(extractor, text)] == []


SENSES_OF_ACTS = [
    ("Those who did not meet their daily quota were beaten.", "forced_labor"),
    ("They were forced to renounce their faith.", "psychological_abuse"),
    ("His whereabouts remain unknown.", "disappearance"),
    ("Three of the men are still missing.", "disappearance"),
]


@pytest.mark.parametrize(("text", "act"), SENSES_OF_ACTS)
def test_senses_of_acts(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act in {c.act for c in claims_of(extractor, text)}
