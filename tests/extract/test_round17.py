"""Round 17 of the extraction rules: read off how press and NGO texts write, not off the gold.
Who "he" is in what a named person says, who a passive gerund befell ("reported being held"),
a participle set off by commas, "they" in a speaker's own quoted words, accusations whose
passive names the accuser, and emotions that "seize" people."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import acts_of, claims_of, only


def test_a_participle_set_off_by_commas_befalls_its_noun(extractor: SpacyExtractor) -> None:
    text = "Dilnoza Karimova, imprisoned in a labour colony at the age of 17, spoke at the hearing."
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["Dilnoza Karimova"]
    assert "Dilnoza Karimova" not in claim.perpetrators


def test_the_participle_rule_leaves_active_verbs_alone(extractor: SpacyExtractor) -> None:
    claim = only(
        claims_of(extractor, "The guards, angered by the protest, beat the men."),
        "physical_assault",
    )
    assert claim.victims == ["the men"]
    assert claim.perpetrators == ["The guards"]


def test_without_the_participle_rule_the_noun_is_the_doer(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "SET_OFF_PARTICIPLES", False)
    text = "Dilnoza Karimova, imprisoned in a labour colony at the age of 17, spoke at the hearing."
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims != ["Dilnoza Karimova"]


def test_who_claims_charges_were_fabricated_asserts_it(extractor: SpacyExtractor) -> None:
    text = "Temur claims the charges were fabricated by two police investigators."
    claim = only(claims_of(extractor, text), "false_accusation")
    assert claim.polarity == "asserted"
    assert claim.asserted_by == "Temur"
    assert claim.perpetrators == ["two police investigators"]


def test_allegations_called_fabricated_are_still_denied(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "The allegations of torture are fabricated."), "torture")
    assert claim.polarity == "denied"


def test_charges_against_someone_make_them_the_victim(extractor: SpacyExtractor) -> None:
    text = "His lawyer said the charges against Bakhrom were fabricated by the prosecutor."
    claim = only(claims_of(extractor, text), "false_accusation")
    assert claim.victims == ["Bakhrom"]
    assert claim.perpetrators == ["the prosecutor"]


@pytest.mark.parametrize(
    ("text", "act", "victim"),
    [
        (
            "Gulnara Saidova reported being held in a basement for nine days.",
            "detention",
            "Gulnara Saidova",
        ),
        (
            "Six former pupils have described being beaten with belts.",
            "physical_assault",
            "Six former pupils",
        ),
        ("She spoke of being tortured by the night shift.", "torture", "She"),
    ],
)
def test_a_passive_gerund_befell_the_teller(
    extractor: SpacyExtractor, text: str, act: str, victim: str
) -> None:
    claim = only(claims_of(extractor, text), act)
    assert claim.victims == [victim]


def test_without_the_gerund_rule_the_teller_is_no_victim(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "GERUND_PASSIVE_SUBJECTS", False)
    claim = only(
        claims_of(extractor, "Gulnara Saidova reported being held in a basement."), "detention"
    )
    assert claim.victims == ["unnamed victims"]


def test_he_in_what_a_named_person_tells_is_that_person(extractor: SpacyExtractor) -> None:
    text = (
        "Askar Tokayev spent two years in the facility. "
        "Yerlan, who was arrested in the same raid, told Reuters he was beaten every night."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == ["Yerlan"]
    assert claim.asserted_by == "Yerlan"


def test_he_is_not_a_teller_of_the_other_gender(extractor: SpacyExtractor) -> None:
    text = (
        "Mr. Daniyar Omarov was arrested in March. "
        "His wife, Mrs. Aigerim Omarova, said he was beaten in custody."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == ["Daniyar Omarov"]


def test_without_the_teller_rule_he_is_the_last_named(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Kanat Ibraev, who spent a year in the camps, told Serik Dosov that he was beaten."
    assert only(claims_of(extractor, text), "physical_assault").victims == ["Kanat Ibraev"]
    monkeypatch.setattr(settings, "SAYER_IS_HE", False)
    assert only(claims_of(extractor, text), "physical_assault").victims == ["Serik Dosov"]


@pytest.mark.parametrize(
    "text",
    [
        '"We rounded them up before dawn," the former officer told the BBC.',
        '"Slap them, kick them until they cry," Colonel Ruslan said.',
    ],
)
def test_them_in_a_speakers_own_words_is_not_the_speaker(
    extractor: SpacyExtractor, text: str
) -> None:
    claims = claims_of(extractor, text)
    assert claims
    for claim in claims:
        assert not any("officer" in v or "Ruslan" in v for v in claim.victims), claim.victims


def test_they_in_what_former_detainees_say_is_them(extractor: SpacyExtractor) -> None:
    claim = only(
        claims_of(extractor, "The former detainees said they were beaten."), "physical_assault"
    )
    assert claim.victims == ["The former detainees"]


def test_who_by_names_is_no_victim_lent_to_an_act(extractor: SpacyExtractor) -> None:
    text = "He recalled an attack by prison guards, which included severe beatings."
    for claim in claims_of(extractor, text):
        assert "prison guards" not in claim.victims


@pytest.mark.parametrize(
    "text",
    [
        "The crowd was seized with panic when the shooting began.",
        "Everyone in the hall was gripped by fear.",
    ],
)
def test_an_emotion_that_seizes_people_is_no_detention(
    extractor: SpacyExtractor, text: str
) -> None:
    assert "detention" not in acts_of(extractor, text)


def test_soldiers_who_seize_someone_still_detain(extractor: SpacyExtractor) -> None:
    assert "detention" in acts_of(extractor, "Soldiers seized him at the market.")


@pytest.mark.parametrize(
    ("text", "act", "doer"),
    [
        (
            "The prisoners were beaten at the hands of the prison staff.",
            "physical_assault",
            "the prison staff",
        ),
        ("Her brother died at the hands of the militia in 2019.", "killing", "the militia"),
        (
            "Nadia spoke of the sexual abuse she suffered at the hands of her stepfather.",
            "sexual_violence",
            "her stepfather",
        ),
    ],
)
def test_at_the_hands_of_names_the_doer(
    extractor: SpacyExtractor, text: str, act: str, doer: str
) -> None:
    assert only(claims_of(extractor, text), act).perpetrators == [doer]


def test_without_the_hands_rule_no_doer(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "AT_THE_HANDS_OF", False)
    text = "The prisoners were beaten at the hands of the prison staff."
    assert only(claims_of(extractor, text), "physical_assault").perpetrators == []


@pytest.mark.parametrize(
    ("text", "act", "victim"),
    [
        (
            "The report lists the beatings that the conscripts suffered.",
            "physical_assault",
            "the conscripts",
        ),
        ("Few believed the torture the two students endured.", "torture", "the two students"),
    ],
)
def test_who_suffered_the_act_its_noun_names_is_the_victim(
    extractor: SpacyExtractor, text: str, act: str, victim: str
) -> None:
    assert only(claims_of(extractor, text), act).victims == [victim]


def test_letters_someone_received_are_no_act_they_suffered(extractor: SpacyExtractor) -> None:
    assert acts_of(extractor, "He answered every letter he received from the ministry.") == []


@pytest.mark.parametrize(
    "text",
    [
        "During her ordeal Sara had considered suicide many times.",
        "In the cell I often thought of suicide.",
    ],
)
def test_a_suicide_thought_of_is_no_death(extractor: SpacyExtractor, text: str) -> None:
    assert "death_in_custody" not in acts_of(extractor, text)


def test_who_commits_suicide_is_the_one_who_died(extractor: SpacyExtractor) -> None:
    claim = only(
        claims_of(extractor, "Two inmates committed suicide in the isolation wing."),
        "death_in_custody",
    )
    assert claim.victims == ["Two inmates"]
    assert claim.perpetrators == []


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Two women beat me with sticks in the yard.", "Two women"),
        ("The neighbours locked him in the shed for a week.", "The neighbours"),
    ],
)
def test_people_who_do_an_act_to_someone_are_its_doers(
    extractor: SpacyExtractor, text: str, doer: str
) -> None:
    claims = claims_of(extractor, text)
    assert claims
    assert all(c.perpetrators == [doer] for c in claims)


def test_people_told_as_free_to_act_stay_sufferers(extractor: SpacyExtractor) -> None:
    claim = only(
        claims_of(extractor, "Members are free to write to their families."), "denial_of_contact"
    )
    assert claim.perpetrators == []
    assert claim.victims == ["Members"]


def test_charges_called_false_elsewhere_do_not_deny_the_detention(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "Some were brought before a judge to face fabricated charges, while others were "
        "detained for years without trial."
    )
    claims = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert claims
    assert all(c.polarity == "asserted" for c in claims)


def test_allegations_called_false_still_deny_what_they_allege(extractor: SpacyExtractor) -> None:
    text = "The movement rejected the baseless allegations that members were beaten."
    assert only(claims_of(extractor, text), "physical_assault").polarity == "denied"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Armed groups have begun to abduct aid workers on the northern road.", "Armed groups"),
        ("Masked men took him from his home at night.", "Masked men"),
    ],
)
def test_armed_or_masked_people_are_doers(extractor: SpacyExtractor, text: str, doer: str) -> None:
    assert only(claims_of(extractor, text), "detention").perpetrators == [doer]


def test_he_in_what_an_unnamed_witness_tells_is_that_witness(extractor: SpacyExtractor) -> None:
    text = "One former conscript told the commission he was beaten with a rifle butt."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == ["One former conscript"]


@pytest.mark.parametrize(
    "text",
    [
        "His mother said he was taken by soldiers in the night.",  # tells of her son
        "A man from the next village said she was taken by soldiers in the night.",
    ],
)
def test_a_relative_or_a_teller_of_the_other_gender_is_not_he(
    extractor: SpacyExtractor, text: str
) -> None:
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims in (["he"], ["she"])


def test_a_quote_after_an_unnamed_witness_and_a_colon_is_theirs(extractor: SpacyExtractor) -> None:
    text = 'A woman held in the Kessa barracks said:\n\n"They beat me every night."\n'
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by == "A woman held in the Kessa barracks"
    assert claim.victims == ["A woman held in the Kessa barracks"]


def test_a_thing_before_the_colon_still_tells_nothing(extractor: SpacyExtractor) -> None:
    text = 'The last message ended:\n\n"They beat me every night."\n'
    assert all(c.asserted_by is None for c in claims_of(extractor, text))
