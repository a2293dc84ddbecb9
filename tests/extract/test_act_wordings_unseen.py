"""Act wordings of acts 5, as survivors, reports and judgments tell acts without the act's name
(short texts written for these tests): 'alone' beside a place, what was given to eat, work
without pay, letters withheld, a rule that nobody leaves, a conditional harm, a repentance signed;
and sentences that name no act (a self-denial, a group's self-portrait, what would otherwise be)."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.triggers import TriggerIndex
from testimonies.extract.vocab import load_acts
from tests.extract.conftest import claims_of

STATED = [
    ("A fellow prisoner saw him in the cellar, alone, in March.", "solitary_confinement"),
    ("She spent her first weeks in one of the small cells, alone.", "solitary_confinement"),
    ("He was in there alone for nine days.", "solitary_confinement"),
    ("The hole is where they lock you alone.", "solitary_confinement"),
    ("We were given one cup of water in the morning.", "deprivation"),
    ("In the barracks we got bread and one potato a day.", "deprivation"),
    ("The prisoners were kept short of food for weeks.", "deprivation"),
    ("The interrogations went on for two days with no sleep.", "deprivation"),
    ("Nobody called a doctor when she fell ill.", "deprivation"),
    ("The wardens refused to take the sick boy to the hospital.", "deprivation"),
    ("Medical care was absent in the camp.", "deprivation"),
    ("The inmates protested against reduced rations.", "deprivation"),
    ("The recruits did forty unpaid service hours a week.", "forced_labor"),
    ("We cooked and cleaned for the guards, unpaid, for two years.", "forced_labor"),
    ("The boys hauled bricks for the commanders every day.", "forced_labor"),
    ("Her letters came back unopened.", "denial_of_contact"),
    ("The guards destroyed our letters.", "denial_of_contact"),
    ("Recruits stay at a base where families may not visit.", "denial_of_contact"),
    ("The elders ordered a total disconnection from her family.", "denial_of_contact"),
    ("When I asked to go home, the guard said nobody leaves.", "denial_of_exit"),
    ("He begged the commanders to let him go home.", "denial_of_exit"),
    ("She had been handed to the army.", "handover"),
    ("The detainees were moved to police custody in the capital.", "handover"),
    ("The mothers were told they would join them if they came back.", "threat"),
    ("'Something could happen to you on that road,' he warned.", "threat"),
    ("They told his mother that if she kept asking about him, she would regret it.", "threat"),
    ("Those who missed the daily quota did not eat that night.", "deprivation"),
    ("The officer said if you open your mouth again, you will regret it.", "threat"),
    ("Their son was taken by the militia to a training camp.", "forced_separation"),
    ("The children grew up in the dormitory, not with their parents.", "forced_separation"),
    ("The leader instructed the couple to separate.", "forced_separation"),
    ("He was freed only after signing a letter of repentance.", "forced_confession"),
    ("They beat him until he agreed to confess on camera.", "forced_confession"),
    ("They locked him in the storeroom, alone, for a week.", "solitary_confinement"),
    ("Families were not told where their sons were held.", "disappearance"),
    ("They tied his hands and feet together behind his back.", "torture"),
    ("The guards left the prisoners in the sun for hours.", "torture"),
    ("The officer raised his fist against the old man.", "physical_assault"),
    ("Both men had been shot in the back of the head.", "killing"),
    ("The soldiers took my father in 1995.", "detention"),
]

DENIED = [
    ("I was never stopped from leaving.", "denial_of_exit"),
    ("Residents send and receive letters freely.", "denial_of_contact"),
    ("The commander never laid a hand on anyone.", "physical_assault"),
    ("Our members keep their passports in their own hands.", "confiscation_of_documents"),
    ("The police did not use firearms.", "killing"),
    ("The movement does not detain anybody.", "detention"),
]


@pytest.mark.parametrize(("text", "act"), DENIED)
def test_denied(extractor: SpacyExtractor, text: str, act: str) -> None:
    claims = [c for c in claims_of(extractor, text) if c.act == act]
    assert claims and all(c.polarity == "denied" for c in claims)


@pytest.mark.parametrize(("text", "act"), STATED)
def test_stated(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act in {c.act for c in claims_of(extractor, text)}


NOT = [
    ("I am not a spy.", "false_accusation"),
    ("We have lived here for decades, farming and harming no one.", "physical_assault"),
    ("The meeting ends with a voluntary confession of faults.", "forced_confession"),
    ("The clinic offers support to survivors of sexual violence.", "sexual_violence"),
    ("I left because otherwise I would die there of boredom.", "death_in_custody"),
    ("I sat in the cell, alone with my thoughts.", "solitary_confinement"),
    ("I drink one cup of tea in the morning.", "deprivation"),
    ("The evidence was handed to the police.", "handover"),
    ("His mother fears that something could happen to him.", "threat"),
    ("If prices continue to rise, families will suffer.", "threat"),
    ("The ministry was not taking calls on Sunday.", "denial_of_contact"),
    ("I lived in the camp, alone, after my parents died.", "solitary_confinement"),
    ("Our father took us there when I was eleven.", "detention"),
    ("They took his identity card from him.", "forced_separation"),
    ("She took her daughter to the hospital.", "deprivation"),
    ("The family was never told where he is buried.", "disappearance"),
    ("The elders laid hands on her head and prayed.", "physical_assault"),
]


@pytest.mark.parametrize(("text", "act"), NOT)
def test_not_that_act(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act not in {c.act for c in claims_of(extractor, text)}


def test_inner_not_act_spares_the_longer_wording(extractor: SpacyExtractor) -> None:
    """'take ... to the clinic' alone states nothing; inside 'refused to take ... to the clinic'
    it is part of a deprivation, which it must not cancel."""
    index = TriggerIndex(load_acts().triggers())
    doc = extractor.nlp("The guards refused to take the wounded men to the clinic.")
    assert "deprivation" in {m.act for m in index.find(doc[:])}
    plain = extractor.nlp("The guards took the wounded men to the clinic.")
    assert not index.find(plain[:])


def test_a_transfer_into_custody_is_one_handover(extractor: SpacyExtractor) -> None:
    """'moved to police custody' tells a handover; the custody it ends in is no second act."""
    acts = [c.act for c in claims_of(extractor, "The men were transferred to police custody.")]
    assert acts == ["handover"]


def test_an_arrest_and_a_handover_stay_two(extractor: SpacyExtractor) -> None:
    text = "Soldiers arrested him and handed him over to the police."
    assert {"detention", "handover"} <= {c.act for c in claims_of(extractor, text)}
