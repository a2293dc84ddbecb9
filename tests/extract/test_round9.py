"""Round 9: wordings and roles read off the dev5 and dev6 splits' misses, tested on sentences
written for this test."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only

STATED = [
    ("Members were sent to a storeroom, where they were kept for weeks.", "detention"),
    ("Members were sent to the old dairy, where they were kept for weeks.", "detention"),
    ("He was arrested in 2010 and we never heard of him again.", "disappearance"),
    ("His mother said she never saw him again.", "disappearance"),
    ("The family has not received any news of him since the raid.", "disappearance"),
    ("In 2014 the prisoners were taken to the riverbank and shot.", "killing"),
    ("The warden refused to call a doctor for three days.", "deprivation"),
    ("His insulin was taken from him on the first day.", "deprivation"),
    ("All of us kids got the strap for talking at meals.", "physical_assault"),
    ("They kept my birth certificate for four months.", "confiscation_of_documents"),
    ("The interrogators made him write letters against his family.", "forced_confession"),
    ("The abuses included beatings and forced written confessions.", "forced_confession"),
    (
        "Nobody could call their family without the permission of the commander.",
        "denial_of_contact",
    ),
    ("In 1990 all married members had to divorce.", "forced_separation"),
    ("The marriages of the members were dissolved by order of the leader.", "forced_separation"),
    ("The prisoner had to stand with his hands up for two days.", "torture"),
    ("He was sentenced to ten years in prison for trying to leave the group.", "detention"),
    ("They were kept for months without news of their families.", "denial_of_contact"),
    ("Dissidents lived without the right to meet their parents.", "denial_of_contact"),
    ("The families have been waiting for news of their children for years.", "denial_of_contact"),
    ("The abuses included the reading and withholding of letters.", "denial_of_contact"),
    ("He spent another two years in the prison of Abu Sakhr.", "detention"),
    ("Many of our children have been punished with imprisonment.", "detention"),
    ("His family has been searching for him since 1995.", "disappearance"),
    ("Since then his family has received no information about him.", "disappearance"),
    ("The abuses included corporal punishment with the rod.", "physical_assault"),
    ("The rules required the deposit of passports in the office.", "confiscation_of_documents"),
    ("The boy was not brought to a doctor.", "deprivation"),
    ("We worked on the building sites until dark. We received no money.", "forced_labor"),
    ("For seven months I did not see anybody except the guard.", "solitary_confinement"),
    ("Three women said guards demanded sex in exchange for lighter work.", "sexual_violence"),
    ("Galina has seen her daughter only twice in six years.", "denial_of_contact"),
    ("Residents are required to hand in their mobile phones on arrival.", "denial_of_contact"),
    ("Children over seven are sent to a separate house in the forest.", "forced_separation"),
    ("The elders had forbidden her to take insulin.", "deprivation"),
    ("Boys at the school were caned on the palms by senior monks.", "physical_assault"),
    ("Two residents ran away. Nobody knows what happened to them after that.", "disappearance"),
    (
        "The families demand an inquiry into the deaths of six residents who died in Camp "
        "Ashiyaneh since 2016.",
        "death_in_custody",
    ),
]


@pytest.mark.parametrize(("text", "act"), STATED)
def test_the_act_is_read(extractor: SpacyExtractor, text: str, act: str) -> None:
    found = [(c.act, c.polarity) for c in claims_of(extractor, text)]
    assert (act, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "We never saw them again until the police gave them back, years later.",
        "The room where the elders met had no windows.",
        "The court sentenced the accused to life imprisonment.",
        "The accused was sentenced to life imprisonment in May.",
    ],
)
def test_no_act(extractor: SpacyExtractor, text: str) -> None:
    assert claims_of(extractor, text) == []


def test_the_centre_where_he_is_held_still_describes_the_centre(
    extractor: SpacyExtractor,
) -> None:
    text = "The lawyer visited the centre where he is held."
    assert all(c.act != "detention" for c in claims_of(extractor, text))


def test_a_thing_taken_from_someone_is_no_separation(extractor: SpacyExtractor) -> None:
    acts = {c.act for c in claims_of(extractor, "His medicine was taken from him.")}
    assert "forced_separation" not in acts


@pytest.mark.parametrize(
    "text",
    [
        "His family has been searching for him since 1995.",
        "Since then nobody has given me any information about him.",
    ],
)
def test_whom_no_one_tells_of_is_the_missing_one(extractor: SpacyExtractor, text: str) -> None:
    assert only(claims_of(extractor, text), "disappearance").victims == ["him"]


def test_whom_no_one_hears_of_is_the_missing_one(extractor: SpacyExtractor) -> None:
    text = "He was taken away in 2010 and nobody ever heard of him again."
    claim = only(claims_of(extractor, text), "disappearance")
    assert claim.victims != ["nobody"]


def test_who_hears_nothing_was_the_victim_with_the_switch_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "HEARD_OF_ARE_MISSING", False)
    text = "After that nobody heard anything of Ahmad again."
    claim = only(claims_of(extractor, text), "disappearance")
    assert claim.victims != ["Ahmad"]


LIST = (
    "The punishments that the leaders used against the members who had doubts included long "
    "years of imprisonment in the camp, beatings and forced written confessions."
)


def test_listed_abuses_befall_whom_they_were_used_against(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, LIST), "detention")
    assert claim.victims == ["the members who had doubts"]
    assert claim.perpetrators == ["the leaders"]


def test_listed_abuses_without_the_switch(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "LISTED_ABUSES", False)
    # (since round 19 "years of imprisonment" is a wording of its own: the doers are lost)
    assert only(claims_of(extractor, LIST), "detention").perpetrators == []


def test_kept_for_weeks_without_the_switch(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "WHERE_KEPT_FOR", False)
    # (not "sent to a storeroom": since round 14 being sent to a place of custody says it alone)
    text = "Members were sent to the old dairy, where they were kept for weeks."
    assert all(c.act != "detention" for c in claims_of(extractor, text))


CAMP_DEATH = "At least five residents have died in the camp since 2016."


def test_a_death_in_the_camp_is_in_custody(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, CAMP_DEATH), "death_in_custody")
    assert claim.victims == ["At least five residents"]


def test_a_death_in_a_village_is_no_act(extractor: SpacyExtractor) -> None:
    assert claims_of(extractor, "My father died in 2004 in the village.") == []


def test_a_death_in_the_camp_was_no_act_with_the_switch_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "DIED_IN_THE_CAMP", False)
    assert claims_of(extractor, CAMP_DEATH) == []


NATIVE_NAME = (
    "The Golriz-e Khalq Organization (People's Dawn Organization) has camps in the desert. "
    "The leaders of Golriz locked dissidents in containers. "
    "Golriz denies this. The families blame Golriz. "
    "Former members of Golriz say the organization beat them."
)


def test_a_groups_word_written_alone_is_how_the_text_names_it(
    extractor: SpacyExtractor,
) -> None:
    claim = only(claims_of(extractor, NATIVE_NAME), "physical_assault")
    assert claim.perpetrators == ["the organization [Golriz]"]


def test_a_common_word_of_a_name_is_no_groups_name() -> None:
    from testimonies.extract.context import _written_alone

    text = "Camp Golriz and Golriz-e Khalq, the leaders of Golriz, Golriz Organization."
    assert _written_alone("Golriz", text) == [text.index("of Golriz") + 3]


def test_the_english_name_was_the_groups_with_the_switch_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "GROUP_WORD_ALONE", False)
    claim = only(claims_of(extractor, NATIVE_NAME), "physical_assault")
    assert claim.perpetrators != ["the organization [Golriz]"]


def test_acts_listed_side_by_side_are_both_told(extractor: SpacyExtractor) -> None:
    text = "Our children have been punished with imprisonment and isolation."
    acts = {c.act for c in claims_of(extractor, text)}
    assert {"detention", "solitary_confinement"} <= acts


def test_only_the_specific_act_without_the_switch(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "LISTED_ACTS_KEPT", False)
    text = "Our children have been punished with imprisonment and isolation."
    assert "detention" not in {c.act for c in claims_of(extractor, text)}


PAST_AFTER_PASSIVE = "Many of them were tortured and kept for years in the prison of Abu Sakhr."


def test_a_past_tense_after_a_passive_befalls_its_subject(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, PAST_AFTER_PASSIVE), "detention")
    assert claim.victims == ["Many of them"]


def test_no_detention_read_without_the_switch(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "LISTED_PAST_PARTICIPLES", False)
    assert "detention" not in {c.act for c in claims_of(extractor, PAST_AFTER_PASSIVE)}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The door is open, whoever wants can go.", "denial_of_exit"),
        ("The residents are in contact with whoever they wish.", "denial_of_contact"),
        ("Every resident holds his own residence card.", "confiscation_of_documents"),
    ],
)
def test_the_accused_deny_it(extractor: SpacyExtractor, text: str, act: str) -> None:
    found = [(c.act, c.polarity) for c in claims_of(extractor, text)]
    assert (act, "denied") in found, found


LIST_OF_PUNISHMENTS = (
    "The punishments the organization used against the members who wanted to leave were "
    "including long-term imprisonment, solitary confinement, beatings with cables and threats "
    "of execution."
)


def test_each_punishment_listed_is_its_own_act(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, LIST_OF_PUNISHMENTS)
    acts = {c.act for c in claims}
    assert {"detention", "solitary_confinement", "physical_assault", "threat"} <= acts
    assert "killing" not in acts  # a threat of execution is no killing
    assert {tuple(c.victims) for c in claims} == {("the members who wanted to leave",)}


def test_whom_one_does_not_know_alive_is_missing(extractor: SpacyExtractor) -> None:
    text = "She does not know whether they are alive."
    assert only(claims_of(extractor, text), "disappearance").victims == ["they"]


def test_a_countrys_name_in_a_groups_name_is_no_groups_word(extractor: SpacyExtractor) -> None:
    text = (
        "The Front for the Restoration of Dambaro (FRD) runs camps in Dambaro. "
        "Soldiers of Dambaro attacked the camps. The people of Dambaro suffer. "
        "In Dambaro, the FRD beat the recruits."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert all("[Dambaro]" not in p for p in claim.perpetrators)
