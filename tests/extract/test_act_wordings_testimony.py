"""Plain wordings of survivors' testimonies and reports: "they took him", "kept him three
years", "had him shot", "put me in a room, alone", "did not give him my messages", "put my finger
on a paper", insults shouted at a person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

STATED = [
    ("My cousin Yusuf, they took him at the checkpoint in 2014.", "detention"),
    ("Her husband was taken in May 2012.", "detention"),
    ("They took my father one night.", "detention"),
    ("They kept him four years without a trial.", "detention"),
    ("The fighters tied us together with a rope.", "detention"),
    ("They put me in a small room under the stairs, alone.", "solitary_confinement"),
    ("The colonel had him shot the next morning.", "killing"),
    ("The warden never gave her the letters her mother sent.", "denial_of_contact"),
    ("They do not give him my messages.", "denial_of_contact"),
    ("I put my thumb on a statement I could not read.", "forced_confession"),
    ("The guards shouted that he was a traitor and a dirty dog.", "psychological_abuse"),
    ("They called me a whore and a traitor.", "psychological_abuse"),
]


@pytest.mark.parametrize(("text", "act"), STATED)
def test_stated(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act in {c.act for c in claims_of(extractor, text)}


NOT_DETENTION = [
    "They took him to school every morning.",
    "It took them three days to reach the border.",
    "She was taken ill in 2003.",
    "He took his wife with him to the market.",
    "They kept it secret for years.",
    "My uncle took me in when my parents died.",
    "He took her as his wife in 1990.",
    "The war took my husband in 1994.",
    "They kept him three years as their accountant.",
]


@pytest.mark.parametrize("text", NOT_DETENTION)
def test_taking_that_is_no_arrest(extractor: SpacyExtractor, text: str) -> None:
    assert "detention" not in {c.act for c in claims_of(extractor, text)}


def test_an_insult_is_abuse_not_a_false_accusation(extractor: SpacyExtractor) -> None:
    text = "The guards shouted that he was a traitor and a dirty dog."
    assert "false_accusation" not in {c.act for c in claims_of(extractor, text)}


def test_a_label_on_television_stays_a_false_accusation(extractor: SpacyExtractor) -> None:
    text = "Pro-government websites described her as an agent of foreign embassies."
    assert "false_accusation" in {c.act for c in claims_of(extractor, text)}


SELF_CRITICISM = [
    "In the sessions I had to stand up and say I am a coward, I am a traitor to the cause.",
    "Each evening we had to repeat that we were traitors to the leader.",
]


@pytest.mark.parametrize("text", SELF_CRITICISM)
def test_a_label_said_of_oneself_is_abuse(extractor: SpacyExtractor, text: str) -> None:
    acts = {c.act for c in claims_of(extractor, text)}
    assert "psychological_abuse" in acts and "false_accusation" not in acts, acts


def test_a_label_said_by_another_of_me_stays_an_accusation(extractor: SpacyExtractor) -> None:
    text = "Mr. Tahmasbi said on their channel that I am an agent of the ministry."
    assert "false_accusation" in {c.act for c in claims_of(extractor, text)}


NO_ACT = [
    "The little girl held my hand and did not let go.",
    "Not one body has been given back to us.",
]


@pytest.mark.parametrize("text", NO_ACT)
def test_wordings_that_state_no_act(extractor: SpacyExtractor, text: str) -> None:
    acts = {c.act for c in claims_of(extractor, text)}
    assert not acts & {"denial_of_exit", "confiscation_of_documents"}, acts


def test_a_radio_calling_people_traitors_is_a_false_accusation(
    extractor: SpacyExtractor,
) -> None:
    text = 'The rebels\' radio calls the girls "traitors" for running away.'
    acts = {c.act for c in claims_of(extractor, text)}
    assert "false_accusation" in acts and "psychological_abuse" not in acts, acts


CHILDREN_TAKEN = [
    "Among the missing children is Amani Buhendwa, 9, taken at Kiseni.",
    "The fighters took the boys in the night.",
]


@pytest.mark.parametrize("text", CHILDREN_TAKEN)
def test_children_taken_are_separated(extractor: SpacyExtractor, text: str) -> None:
    acts = {c.act for c in claims_of(extractor, text)}
    assert "forced_separation" in acts and "detention" not in acts, acts


def test_an_adult_taken_is_detained(extractor: SpacyExtractor) -> None:
    acts = {c.act for c in claims_of(extractor, "The fighters took the men in the night.")}
    assert "detention" in acts and "forced_separation" not in acts, acts


def test_a_room_shared_with_others_is_no_solitary(extractor: SpacyExtractor) -> None:
    text = "They put me in a room with the other prisoners, alone with my thoughts."
    assert "solitary_confinement" not in {c.act for c in claims_of(extractor, text)}
