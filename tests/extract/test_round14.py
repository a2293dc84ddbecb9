"""Round 14 of the extraction rules: wordings of press idiom, accidents and seizures."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import acts_of, claims_of, only


@pytest.mark.parametrize(
    "text",
    [
        "The agency was unable to reach Mr Tovar for comment.",
        "Reporters could not contact the commune's elders for comment on Tuesday.",
    ],
)
def test_a_reporter_asking_for_comment_is_no_denial_of_contact(
    extractor: SpacyExtractor, text: str
) -> None:
    assert "denial_of_contact" not in acts_of(extractor, text)


def test_a_family_unable_to_reach_a_member_is_still_kept_from_him(
    extractor: SpacyExtractor,
) -> None:
    assert "denial_of_contact" in acts_of(
        extractor, "His family has been unable to reach him since March."
    )


def test_a_fall_told_by_the_one_who_fell_is_no_assault(extractor: SpacyExtractor) -> None:
    assert acts_of(extractor, "I slipped on the ice and hit my head on the step.") == []


def test_a_push_before_the_fall_is_still_an_assault(extractor: SpacyExtractor) -> None:
    assert "physical_assault" in acts_of(
        extractor, "The guard pushed him and he fell and hit his head."
    )


def test_missing_nails_are_no_disappearance(extractor: SpacyExtractor) -> None:
    text = "When his body was returned, two of his fingernails were missing."
    assert "disappearance" not in acts_of(extractor, text)


def test_a_missing_son_is_still_a_disappearance(extractor: SpacyExtractor) -> None:
    assert "disappearance" in acts_of(extractor, "Her son has been missing since 2019.")


def test_papers_whose_place_is_unknown_are_no_disappearance(extractor: SpacyExtractor) -> None:
    text = "The workers did not know where their passports were kept."
    assert "disappearance" not in acts_of(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Odeyemi was taken from his classroom by armed men on 4 May.",
        "The two brothers were taken together from a pharmacy in the old market.",
    ],
)
def test_taken_from_a_place_of_daily_life_is_a_detention(
    extractor: SpacyExtractor, text: str
) -> None:
    assert "detention" in acts_of(extractor, text)


def test_men_accused_of_membership_and_sentenced_to_prison_are_detained(
    extractor: SpacyExtractor,
) -> None:
    text = "The court sentenced 14 men accused of belonging to the movement to prison terms."
    assert "detention" in acts_of(extractor, text)


def test_the_accused_sentenced_at_the_end_of_a_trial_are_no_victims(
    extractor: SpacyExtractor,
) -> None:
    assert acts_of(extractor, "The court sentenced the accused to nine years in prison.") == []


def test_a_door_locked_behind_someone_is_a_detention(extractor: SpacyExtractor) -> None:
    text = "They walked her to the old dairy and locked the door behind her."
    assert "detention" in acts_of(extractor, text)


def test_an_arrest_foretold_if_he_left_is_a_threat_not_a_detention(
    extractor: SpacyExtractor,
) -> None:
    text = "He was told he would be handed to the police and jailed if he left the farm."
    acts = acts_of(extractor, text)
    assert "threat" in acts
    assert "detention" not in acts


def test_what_someone_says_the_police_would_do_is_no_detention(extractor: SpacyExtractor) -> None:
    assert "detention" not in acts_of(extractor, "They said the police would put me in jail.")


def test_what_was_done_again_and_again_is_still_an_act(extractor: SpacyExtractor) -> None:
    text = "She said the guards would beat them every night."
    assert "physical_assault" in acts_of(extractor, text)
    assert "detention" in acts_of(extractor, "The pastor would lock them in the shed for a night.")


def test_a_body_calling_practices_arbitrary_detention_states_no_new_act(
    extractor: SpacyExtractor,
) -> None:
    text = "The Working Group considers that these extensions amount to arbitrary detention."
    assert acts_of(extractor, text) == []


def test_held_down_is_restraint_not_detention(extractor: SpacyExtractor) -> None:
    text = "Two staff held him down on the rocks until his wrist snapped."
    assert "detention" not in acts_of(extractor, text)


@pytest.mark.parametrize(
    "text", ["He was kept there alone.", "She was shut alone in the hut for a month in 2018."]
)
def test_kept_there_alone_is_solitary_confinement(extractor: SpacyExtractor, text: str) -> None:
    assert acts_of(extractor, text) == ["solitary_confinement"]


def test_a_rule_told_as_what_would_not_be_allowed_is_in_force(extractor: SpacyExtractor) -> None:
    text = "The recruits were told they would not be allowed to call their parents."
    assert "denial_of_contact" in acts_of(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The district has seen repeated protests since 2020 over fuel shortages.",
        "The row over the company showed no sign of easing this week.",
        "The founder has not been seen in public since 2019.",
    ],
)
def test_sights_of_places_and_leaders_out_of_view_are_no_disappearance(
    extractor: SpacyExtractor, text: str
) -> None:
    assert "disappearance" not in acts_of(extractor, text)


def test_a_man_not_seen_since_is_still_disappeared(extractor: SpacyExtractor) -> None:
    assert "disappearance" in acts_of(extractor, "Three of them have not been seen since.")


def test_an_autopsy_finding_no_signs_of_violence_reports_no_disappearance(
    extractor: SpacyExtractor,
) -> None:
    assert "disappearance" not in acts_of(extractor, "The autopsy found no signs of violence.")


def test_children_handed_to_their_families_are_no_handover(extractor: SpacyExtractor) -> None:
    text = "Thirty children were found at the farm and handed over to their families."
    assert "handover" not in acts_of(extractor, text)


def test_a_handover_to_the_police_is_still_one(extractor: SpacyExtractor) -> None:
    text = "The organization handed him over to the border police."
    assert "handover" in acts_of(extractor, text)


def test_care_for_the_wounded_is_no_assault(extractor: SpacyExtractor) -> None:
    text = "She was arrested for giving medical care to wounded members of the network."
    assert "physical_assault" not in acts_of(extractor, text)


def test_a_text_not_mentioning_beatings_neither_states_nor_denies_them(
    extractor: SpacyExtractor,
) -> None:
    assert acts_of(extractor, "The directive does not mention beatings.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Those who were late were not given the evening meal.",
        "Nobody gave us water until evening.",
        "Meals were reduced to one a day during April 2023.",
        "He spent five days alone, with only water and bread in the evening.",
    ],
)
def test_food_withheld_or_cut_is_deprivation(extractor: SpacyExtractor, text: str) -> None:
    assert "deprivation" in acts_of(extractor, text)


def test_a_negation_of_the_victims_clause_denies_nothing(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "Those who did not finish were never given food.")
    assert [(c.act, c.polarity) for c in claims] == [("deprivation", "asserted")]


@pytest.mark.parametrize(
    "text", ["Every member may leave the home at any moment.", "If someone wants to go, he goes."]
)
def test_leaving_at_will_denies_a_denial_of_exit(extractor: SpacyExtractor, text: str) -> None:
    claims = claims_of(extractor, text)
    assert [(c.act, c.polarity) for c in claims] == [("denial_of_exit", "denied")]


def test_a_roll_call_is_no_name_calling(extractor: SpacyExtractor) -> None:
    text = "Every night they call names and the men go out to the yard."
    assert "psychological_abuse" not in acts_of(extractor, text)


def test_calling_someone_names_is_still_abuse(extractor: SpacyExtractor) -> None:
    text = "The guards called him names and spat at him."
    assert "psychological_abuse" in acts_of(extractor, text)


def test_an_insult_to_a_memory_abuses_no_one(extractor: SpacyExtractor) -> None:
    assert acts_of(extractor, "These allegations are an insult to his memory.") == []


@pytest.mark.parametrize(
    "text",
    [
        'The bulletin named at least 40 former residents in its pages as "agents" of the ministry.',
        "The Covenant treated him as a spy.",
    ],
)
def test_a_name_put_about_as_a_label_is_a_false_accusation(
    extractor: SpacyExtractor, text: str
) -> None:
    assert "false_accusation" in acts_of(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "She was sent to the cellar for three days.",
        "Two clients were kept at the Drevna Sound centre for about a month.",
        "A guy from my intake who refused was put in hangar 3 for two weeks.",
    ],
)
def test_sent_to_or_kept_at_a_place_of_custody(extractor: SpacyExtractor, text: str) -> None:
    assert "detention" in acts_of(extractor, text)


def test_papers_sent_to_an_office_are_no_detention(extractor: SpacyExtractor) -> None:
    assert acts_of(extractor, "The letters were sent to the office and kept at the station.") == []


def test_no_trace_of_violence_is_no_disappearance(extractor: SpacyExtractor) -> None:
    text = "No traces of violent injuries were found on the body."
    assert "disappearance" not in acts_of(extractor, text)


def test_no_trace_of_the_men_is_still_a_disappearance(extractor: SpacyExtractor) -> None:
    assert "disappearance" in acts_of(extractor, "There has been no sign of him since March.")


def test_a_hunger_strike_is_no_deprivation(extractor: SpacyExtractor) -> None:
    assert acts_of(extractor, "About 60 detainees refused food for nine days.") == []


def test_food_refused_to_a_prisoner_is_deprivation(extractor: SpacyExtractor) -> None:
    assert "deprivation" in acts_of(extractor, "The guards refused him food for two days.")


def test_the_principle_of_non_refoulement_hands_no_one_over(extractor: SpacyExtractor) -> None:
    text = "The experts recalled that the principle of non-refoulement is absolute."
    assert acts_of(extractor, text) == []


def test_claimants_whose_passports_were_held_are_the_victims(extractor: SpacyExtractor) -> None:
    text = "The passports of all five claimants were held by the first respondent in a safe."
    claim = only(claims_of(extractor, text), "confiscation_of_documents")
    assert claim.victims == ["all five claimants"]


def test_the_owner_of_a_passport_is_a_person_whatever_the_tagger_says(
    extractor: SpacyExtractor,
) -> None:
    text = "Ironbark staff took Mikael's passport and mobile telephone."
    claim = only(claims_of(extractor, text), "confiscation_of_documents")
    assert claim.victims == ["Mikael"]


def test_the_owner_of_a_passport_without_the_switch(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "OWNERS_OF_PAPERS", False)
    text = "Ironbark staff took Mikael's passport and mobile telephone."
    claim = only(claims_of(extractor, text), "confiscation_of_documents")
    assert claim.victims != ["Mikael"]


def test_addicts_in_a_home_are_persons(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "Two addicts were locked in the cellar."), "detention")
    assert claim.victims == ["Two addicts"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "She had confessed, of her own free will, in the presence of her lawyer.",
            "forced_confession",
        ),
        ("Passports are kept only at the resident's own request.", "confiscation_of_documents"),
    ],
)
def test_an_act_told_as_its_victims_own_will_is_denied(
    extractor: SpacyExtractor, text: str, act: str
) -> None:
    assert only(claims_of(extractor, text), act).polarity == "denied"


def test_someone_elses_request_denies_nothing(extractor: SpacyExtractor) -> None:
    text = "He was detained at the request of the prosecutor."
    assert only(claims_of(extractor, text), "detention").polarity == "asserted"


def test_a_denial_wording_of_free_work_stays_a_denial(extractor: SpacyExtractor) -> None:
    text = "Members work voluntarily on the farm."
    assert only(claims_of(extractor, text), "forced_labor").polarity == "denied"
