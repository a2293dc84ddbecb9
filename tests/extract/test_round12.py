"""Round 12: an act whose own words name no victim takes the person its sentence names, not the
people an earlier paragraph told of; sentences written for this test."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.persons import PersonContext
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only

EARLIER = "Tomas Vell was arrested in 2015.\n\n"


@pytest.mark.parametrize(
    ("sentence", "act", "victim_word"),
    [
        (
            "Daily beatings were the fate of the young recruits at the farm.",
            "physical_assault",
            "recruits",
        ),
        (
            "Abductees were forced to carry loads for the commanders without pay.",
            "forced_labor",
            "Abductees",
        ),
    ],
)
def test_the_victim_is_the_person_the_sentence_names(
    extractor: SpacyExtractor, sentence: str, act: str, victim_word: str
) -> None:
    claim = only(claims_of(extractor, EARLIER + sentence), act)
    assert any(victim_word in name for name in claim.victims)
    assert "Tomas Vell" not in claim.victims


def test_without_the_switch_the_victims_of_the_earlier_paragraph_are_kept(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "VICTIMS_IN_SENTENCE", False)
    text = EARLIER + "Daily beatings were the fate of the young recruits at the farm."
    assert only(claims_of(extractor, text), "physical_assault").victims == ["Tomas Vell"]


def test_a_noun_that_counts_people_is_the_people_themselves(extractor: SpacyExtractor) -> None:
    text = EARLIER + "Beatings were the lot of dozens of recruits at the farm."
    victims = only(claims_of(extractor, text), "physical_assault").victims
    assert victims and "dozens" in victims[0]


def test_the_members_a_participle_names_are_its_victims(extractor: SpacyExtractor) -> None:
    text = EARLIER + "A vigil was held for the members imprisoned in the camp."
    victims = [c.victims for c in claims_of(extractor, text) if c.act == "detention"]
    assert victims == [["Tomas Vell"], ["the members imprisoned in the camp"]]


def test_a_sentence_that_already_named_its_victims_keeps_them_for_its_other_acts(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "The punishments the leaders inflicted on rebel members included long imprisonments "
        "and solitary confinement, which led some people to despair."
    )
    for claim in claims_of(extractor, text):
        assert "some people" not in claim.victims


BUREAU_TEXT = (
    "Statement of the witness Chae Sung-bok.\n\n"
    "1. The Government of Haemun denies that the units are places of detention. Haemun has not "
    "allowed any independent monitor to visit them.\n\n"
    "2. He was arrested in March 2002."
)


def test_a_name_a_government_is_of_is_a_place_not_who_he_is(extractor: SpacyExtractor) -> None:
    assert only(claims_of(extractor, BUREAU_TEXT), "detention").victims == ["Chae Sung-bok"]


def test_without_the_switch_the_country_tagged_a_person_is_he(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "OF_PLACE_HEADS", False)
    assert only(claims_of(extractor, BUREAU_TEXT), "detention").victims == ["Haemun"]


@pytest.mark.parametrize(("switch", "expected"), [(True, "Chae Sung-bok"), (False, "Ryonggol")])
def test_a_name_written_after_in_anywhere_is_no_person_he_stands_for(
    monkeypatch: pytest.MonkeyPatch, switch: bool, expected: str
) -> None:
    monkeypatch.setattr(settings, "PLACES_WRITTEN_ANYWHERE", switch)
    text = "Chae Sung-bok was a miner. Ryonggol is a unit. He was held in Ryonggol for years."
    ctx = PersonContext(text=text)
    ctx.add_person(0, "Chae Sung-bok")
    ctx.add_person(text.index("Ryonggol"), "Ryonggol")
    assert ctx.person_before(text.index("He was"), "he") == expected


def test_a_possessive_after_at_is_still_a_person() -> None:
    ctx = PersonContext(text="We met at Karim's house. Karim was arrested later.")
    assert ctx.may_be_a_person("Karim")


def test_the_first_name_of_a_possessive_after_at_is_still_a_person() -> None:
    ctx = PersonContext(text="We met at Hassan Ali's house in Kumsil.")
    assert ctx.may_be_a_person("Hassan")
    assert not ctx.may_be_a_person("Kumsil")


@pytest.mark.parametrize(("switch", "acts"), [(True, ["physical_assault"]), (False, [])])
def test_a_word_of_a_clause_its_conjunction_subordinates_does_not_undo_a_wording(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch, switch: bool, acts: list[str]
) -> None:
    monkeypatch.setattr(settings, "SUBORDINATE_CLAUSES_APART", switch)
    text = "He hit my mother on the face because she would not open it."
    assert [c.act for c in claims_of(extractor, text)] == acts


KHALVAT_TEXT = (
    "The Khalvat was a row of isolation cells where people were kept alone. "
    "In 2004 Ahmad was locked up in the Khalvat for a month."
)


def test_custody_in_a_site_the_text_calls_solitary_is_solitary(extractor: SpacyExtractor) -> None:
    acts = {c.act for c in claims_of(extractor, KHALVAT_TEXT) if c.victims == ["Ahmad"]}
    assert acts == {"solitary_confinement"}


def test_without_the_switch_custody_in_the_site_is_detention_only(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "SOLITARY_SITES_MAKE_THE_ACT", False)
    acts = {c.act for c in claims_of(extractor, KHALVAT_TEXT) if c.victims == ["Ahmad"]}
    assert acts == {"detention"}


@pytest.mark.parametrize(("switch", "named"), [(True, False), (False, True)])
def test_a_site_of_custody_is_no_victim(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch, switch: bool, named: bool
) -> None:
    monkeypatch.setattr(settings, "SITES_ARE_NO_PERSONS", switch)
    victims = [v for c in claims_of(extractor, KHALVAT_TEXT) for v in c.victims]
    assert ("The Khalvat" in victims) is named


CAMP_DEATH = (
    "The camp held about 300 prisoners in long barracks. New detainees were searched at the "
    "gate.\n\n"
    "Soldiers shot at a truck on the road that spring. One morning my brother was dead."
)


@pytest.mark.parametrize(("switch", "act"), [(True, "death_in_custody"), (False, "killing")])
def test_a_death_told_without_violence_in_a_text_of_custody_is_a_death_in_custody(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch, switch: bool, act: str
) -> None:
    monkeypatch.setattr(settings, "DEATHS_AMONG_CAPTIVES", switch)
    deaths = [c for c in claims_of(extractor, CAMP_DEATH) if c.victims == ["my brother"]]
    assert [c.act for c in deaths] == [act]


def test_outside_a_text_of_custody_the_death_near_violence_stays_a_killing(
    extractor: SpacyExtractor,
) -> None:
    text = "Soldiers shot at a truck on the road that spring. A week later my brother died."
    assert [c.act for c in claims_of(extractor, text)] == ["killing"]


@pytest.mark.parametrize(("switch", "polarity"), [(True, "asserted"), (False, "denied")])
def test_a_clause_with_its_own_subject_keeps_its_own_polarity(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch, switch: bool, polarity: str
) -> None:
    monkeypatch.setattr(settings, "OWN_SUBJECT_OWN_POLARITY", switch)
    text = CAMP_DEATH.replace(
        "One morning my brother was dead.",
        "That night my brother could not breathe and in the morning he was dead.",
    )
    deaths = [c for c in claims_of(extractor, text) if c.act == "death_in_custody"]
    assert [c.polarity for c in deaths] == [polarity]


def test_verbs_sharing_a_denied_subject_are_all_denied(extractor: SpacyExtractor) -> None:
    text = "No member was ever detained, held in solitary or tortured."
    assert {c.polarity for c in claims_of(extractor, text)} == {"denied"}


def test_everybody_whose_papers_were_taken_is_the_victim(extractor: SpacyExtractor) -> None:
    text = "Two men from the Watch collected everybody's passports in a cardboard box."
    assert only(claims_of(extractor, text), "confiscation_of_documents").victims == ["everybody"]


@pytest.mark.parametrize(("switch", "victims"), [(True, ["women"]), (False, ["unnamed victims"])])
def test_the_subject_of_another_verb_may_be_the_one_it_was_done_to(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch, switch: bool, victims: list[str]
) -> None:
    monkeypatch.setattr(settings, "SUBJECTS_OF_OTHER_VERBS", switch)
    text = (
        "The experts said that women held at a transit yard at Bir Adagh were subjected to "
        "rape and sexual exploitation by guards."
    )
    assert only(claims_of(extractor, text), "sexual_violence").victims == victims


@pytest.mark.parametrize(("switch", "expected"), [(True, "Sai Loen"), (False, "Horizons Watch")])
def test_a_body_tagged_a_person_is_not_who_she_is(
    monkeypatch: pytest.MonkeyPatch, switch: bool, expected: str
) -> None:
    monkeypatch.setattr(settings, "BODIES_ARE_NO_PERSONS", switch)
    text = "Sai Loen was arrested. Horizons Watch spoke to a guard. He said she was beaten."
    ctx = PersonContext(text=text)
    ctx.add_person(0, "Sai Loen")
    ctx.add_person(text.index("Horizons"), "Horizons Watch")
    assert ctx.person_before(text.index("she was"), "she") == expected


@pytest.mark.parametrize(("switch", "victims"), [(True, ["Source B"]), (False, ["He"])])
def test_a_pronoun_no_tagged_name_stands_for_is_the_one_told_of_before(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch, switch: bool, victims: list[str]
) -> None:
    monkeypatch.setattr(settings, "ONE_VICTIM_FOR_LOST_PRONOUNS", switch)
    text = (
        "Source B, a 34-year-old mechanic, was arrested at the checkpoint in May.\n\n"
        "He was kicked while blindfolded."
    )
    assert only(claims_of(extractor, text), "physical_assault").victims == victims


@pytest.mark.parametrize(("switch", "victims"), [(True, ["Source B"]), (False, ["me"])])
def test_a_first_person_with_no_narrator_is_the_one_told_of_before(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch, switch: bool, victims: list[str]
) -> None:
    monkeypatch.setattr(settings, "LOST_FIRST_PERSONS", switch)
    text = (
        "Source B, a 34-year-old mechanic, was arrested at the checkpoint in May.\n\n"
        "They beat me with a plastic pipe."
    )
    assert only(claims_of(extractor, text), "physical_assault").victims == victims


@pytest.mark.parametrize(("switch", "source"), [(True, "Dalca"), (False, None)])
def test_a_name_the_parser_left_as_a_modifier_of_told_is_who_speaks(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch, switch: bool, source: str | None
) -> None:
    monkeypatch.setattr(settings, "MISPARSED_SPEAKERS", switch)
    text = (
        "Dalca told the jury that she worked six days a week in an industrial laundry without pay."
    )
    assert only(claims_of(extractor, text), "forced_labor").asserted_by == source
