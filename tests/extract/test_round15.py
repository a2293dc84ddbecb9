"""Round 15 of the extraction rules: who did it, where the sentence says so."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import acts_of, claims_of, only


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("She was beaten by the women in the kitchen.", ["the women"]),
        ("He was beaten by the older boys and a teacher.", ["the older boys", "a teacher"]),
        ("The boy was locked in the shed by two residents.", ["two residents"]),
    ],
)
def test_by_names_the_doers_even_in_words_of_sufferers(
    extractor: SpacyExtractor, text: str, doers: list[str]
) -> None:
    claim = claims_of(extractor, text)[0]
    assert claim.perpetrators == doers


def test_without_by_those_words_still_suffer(extractor: SpacyExtractor) -> None:
    claim = only(
        claims_of(extractor, "The older boys were beaten by the guards."), "physical_assault"
    )
    assert claim.victims == ["The older boys"]
    assert claim.perpetrators == ["the guards"]


def test_the_switch_turns_by_doers_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "BY_NAMES_DOER", False)
    claim = claims_of(extractor, "She was beaten by the women in the kitchen.")[0]
    assert claim.perpetrators == []


def test_an_agent_the_parse_hangs_on_the_verb_is_theacts_of(extractor: SpacyExtractor) -> None:
    text = "Former detainees of Ulmezar described beatings by guards with rubber truncheons."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.perpetrators == ["guards"]
    assert claim.victims != ["guards"]


def test_by_means_names_no_doer(extractor: SpacyExtractor) -> None:
    text = "He explained the beatings by the lack of discipline in the camp."
    assert all(c.perpetrators != ["the lack"] for c in claims_of(extractor, text))


def test_by_inside_the_victims_phrase_is_the_doer(extractor: SpacyExtractor) -> None:
    text = "They condemned the detention of members by the security service."
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["members"]
    assert claim.perpetrators == ["the security service"]


def test_it_under_a_bodys_speech_is_that_body(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "The brigade has said it is not holding him."), "detention")
    assert claim.polarity == "denied"
    assert claim.perpetrators == ["The brigade"]


def test_it_under_a_reporters_speech_is_not_the_reporter(extractor: SpacyExtractor) -> None:
    text = "The newspaper wrote that it had been told the camp held 40 men."
    assert all(c.perpetrators != ["The newspaper"] for c in claims_of(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "He has been injected with haloperidol against his will since November.",
        "People are still being medicated by force in the closed ward.",
        "The nurses forcibly sedated her every evening.",
    ],
)
def test_forced_medication_is_an_assault(extractor: SpacyExtractor, text: str) -> None:
    assert "physical_assault" in acts_of(extractor, text)


def test_medication_given_is_no_assault(extractor: SpacyExtractor) -> None:
    assert acts_of(extractor, "The doctors prescribed him medication for his heart.") == []


def test_kept_in_seclusion_is_solitary(extractor: SpacyExtractor) -> None:
    text = "The applicant was kept in seclusion in the observation room for three weeks."
    assert "solitary_confinement" in acts_of(extractor, text)


def test_children_placed_in_a_home_are_separated(extractor: SpacyExtractor) -> None:
    text = "Her two children were placed in a state children's home in Dorograd."
    assert "forced_separation" in acts_of(extractor, text)


def test_thrown_into_the_sea_is_a_killing_not_a_detention(extractor: SpacyExtractor) -> None:
    acts = acts_of(extractor, "The fishing master threw him into the sea.")
    assert "killing" in acts
    assert "detention" not in acts


def test_thrown_into_a_cell_is_still_a_detention(extractor: SpacyExtractor) -> None:
    assert acts_of(extractor, "They threw him into a cell.") == ["detention"]


def test_a_ship_detained_in_port_is_no_detention(extractor: SpacyExtractor) -> None:
    text = "The vessel was detained in port for eleven safety deficiencies."
    assert "detention" not in acts_of(extractor, text)


def test_an_insult_to_an_officer_is_the_charge_not_an_abuse(extractor: SpacyExtractor) -> None:
    text = "In 2021 he publicly insulted a police officer and was fined."
    assert "psychological_abuse" not in acts_of(extractor, text)


def test_guards_insulting_prisoners_is_still_an_abuse(extractor: SpacyExtractor) -> None:
    assert "psychological_abuse" in acts_of(extractor, "Guards insulted the prisoners every day.")


def test_the_offences_suspected_are_no_acts_the_arrest_is(extractor: SpacyExtractor) -> None:
    text = (
        "Three men were arrested on suspicion of unlawful deprivation of liberty, coercion and "
        "dangerous threats."
    )
    assert acts_of(extractor, text) == ["detention"]


def test_a_ships_crew_are_people(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "The ship's captain beat the crew."), "physical_assault")
    assert claim.victims == ["the crew"]


def test_informers_held_in_pits_are_people_held(extractor: SpacyExtractor) -> None:
    text = "Combatants accused of being informers were held in these pits for months."
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["Combatants accused of being informers"]


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("The madam slapped me because the baby fell from the sofa.", ["The madam"]),
        ("A staff member pushed me down on the trail.", ["A staff member"]),
        ("Security men beat him outside the gate.", ["Security men"]),
    ],
)
def test_those_who_act_in_the_fields_words(
    extractor: SpacyExtractor, text: str, doers: list[str]
) -> None:
    assert only(claims_of(extractor, text), "physical_assault").perpetrators == doers


def test_staff_members_beaten_are_still_the_victims(extractor: SpacyExtractor) -> None:
    claim = only(
        claims_of(extractor, "Staff members were beaten by the director."), "physical_assault"
    )
    assert claim.victims == ["Staff members"]
    assert claim.perpetrators == ["the director"]


def test_the_switch_turns_staff_doers_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "STAFF_ARE_DOERS", False)
    # (round 18 makes any subject that does an act to a person its doer: that switch too)
    monkeypatch.setattr(settings, "SUBJECTS_WITH_VICTIMS_DO", False)
    text = "A staff member pushed me down on the trail."
    assert only(claims_of(extractor, text), "physical_assault").perpetrators == []
