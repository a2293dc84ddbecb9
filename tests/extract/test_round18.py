"""Round 18 of the extraction rules, read off real press, NGO, UN, court and advocacy texts (not
off the gold): who "he" is in what a named or unnamed person says, who a passive gerund befell,
participles set off by commas, "they" in a speaker's own quoted words, "at the hands of", who is
kept from their family, rescuers who are no doers, and wordings that state no act (norms quoted,
emotions that seize, deaths nearly suffered, threats to oneself)."""

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


def test_who_by_names_is_no_victim_lent_to_an_act(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "He recalled an attack by prison guards, which included severe beatings."
    assert only(claims_of(extractor, text), "physical_assault").victims != ["prison guards"]
    monkeypatch.setattr(settings, "BY_IS_NO_VICTIM", False)
    assert only(claims_of(extractor, text), "physical_assault").victims == ["prison guards"]


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


def test_he_under_a_named_subject_is_that_person(extractor: SpacyExtractor) -> None:
    text = (
        "The boy was found in the yard. Judge Okafor, in her ruling, described the farm, where "
        "she said beatings with sticks were ordered by the elder."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by == "Okafor"


def test_a_news_agency_that_reports_is_not_he(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "Reuters reported that he was beaten."), "physical_assault")
    assert claim.victims == ["he"]


def test_what_could_befall_someone_is_not_stated(extractor: SpacyExtractor) -> None:
    text = "The leader and four elders could be sentenced to life in prison."
    assert "detention" not in acts_of(extractor, text)


def test_a_sentence_handed_down_is_still_detention(extractor: SpacyExtractor) -> None:
    text = "The two journalists were sentenced to nine years in prison."
    assert "detention" in acts_of(extractor, text)


def test_a_rule_written_with_may_stays_a_claim(extractor: SpacyExtractor) -> None:
    text = "A pupil who breaks the rule of silence may be placed in the isolation room for a week."
    assert acts_of(extractor, text)


def test_a_body_that_rescued_the_victims_is_not_their_default_doer(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "Police rescued 140 boys from a Koranic boarding school in Tassara on Friday.\n\n"
        "Many of the boys had been beaten with hoses and kept in chains for months, the police "
        "spokesman said."
    )
    claims = [c for c in claims_of(extractor, text) if c.act == "physical_assault"]
    assert claims
    assert all(c.perpetrators != ["the police"] for c in claims)


def test_without_the_rescue_rule_the_police_are_the_default(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "RESCUERS_DO_NOT", False)
    text = (
        "Police rescued 140 boys from a Koranic boarding school in Tassara on Friday.\n\n"
        "Many of the boys had been beaten with hoses and kept in chains for months, the police "
        "spokesman said."
    )
    claims = [c for c in claims_of(extractor, text) if c.act == "physical_assault"]
    assert any(c.perpetrators == ["the police"] for c in claims)


def test_they_in_a_clause_on_a_place_are_the_people_named_before(
    extractor: SpacyExtractor,
) -> None:
    text = "Officers said they freed 80 women from a farm where they were beaten by the overseers."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == ["80 women"]


def test_doers_of_the_paragraph_are_not_lent_to_an_act_done_to_them(
    extractor: SpacyExtractor,
) -> None:
    text = (
        '"Some of the boys said they were beaten by their teachers," the spokesman said, adding '
        "that six teachers at the school have been arrested."
    )
    arrest = only(claims_of(extractor, text), "detention")
    assert arrest.perpetrators != ["their teachers"]


def test_the_speaker_is_not_a_word_of_the_quote(extractor: SpacyExtractor) -> None:
    text = (
        '"We are alarmed by reports of mass arrests, hundreds of injuries and dozens of '
        'killings," said the Special Rapporteur on torture, Ana Ruiz. "We are also concerned '
        'that those arrested were beaten in police stations."'
    )
    claims = claims_of(extractor, text)
    assert claims
    for claim in claims:
        assert claim.asserted_by is not None
        assert "injuries" not in claim.asserted_by


def test_we_who_speak_of_allegations_are_not_their_victims(extractor: SpacyExtractor) -> None:
    text = '"We are outraged at the allegations of mass killings," the envoy said.'
    claim = only(claims_of(extractor, text), "killing")
    assert claim.victims == ["unnamed victims"]


def test_the_people_a_death_is_of_are_its_victims(extractor: SpacyExtractor) -> None:
    text = "The crackdown has led to the death of over 600 people since November 2015."
    assert only(claims_of(extractor, text), "killing").victims == ["over 600 people"]


def test_the_death_of_a_detained_man_is_a_death_in_custody(extractor: SpacyExtractor) -> None:
    text = "The envoy called for an inquiry into the death of a detained teacher, Omar Said."
    claim = only(claims_of(extractor, text), "death_in_custody")
    assert claim.victims in (["Omar Said"], ["a detained teacher"])


@pytest.mark.parametrize(
    "text",
    [
        "Article 3 reads: No one shall be subjected to torture or to inhuman treatment.",
        "No one shall be arbitrarily deprived of his liberty.",
        "No one shall be held in slavery or servitude.",
    ],
)
def test_a_norm_quoted_is_no_act(extractor: SpacyExtractor, text: str) -> None:
    assert acts_of(extractor, text) == []


def test_no_one_was_tortured_is_still_a_denial(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "No one was subjected to torture in the camp."), "torture")
    assert claim.polarity == "denied"


def test_a_lack_of_contact_the_net_reads_off_a_negation_is_asserted(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "When we were in the camp, I noticed my mother and brother behind the wire. They were "
        "not allowed to enter the camp and I was not told that my family were there."
    )
    claims = [c for c in claims_of(extractor, text) if c.act == "denial_of_contact"]
    assert claims
    assert all(c.polarity == "asserted" for c in claims)


def test_whom_one_misses_is_not_missing(extractor: SpacyExtractor) -> None:
    assert "disappearance" not in acts_of(extractor, "In the camp he missed his family terribly.")


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("During those years I could not contact my family.", "I"),
        ("They could not call their parents for two years.", "They"),
    ],
)
def test_who_cannot_reach_their_family_is_the_one_kept(
    extractor: SpacyExtractor, text: str, victim: str
) -> None:
    claim = only(claims_of(extractor, text), "denial_of_contact")
    assert claim.victims == [victim]
    assert claim.perpetrators == []


def test_a_family_that_cannot_visit_keeps_the_held_the_victim(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "His family could not visit him."), "denial_of_contact")
    assert claim.victims == ["him"]


def test_a_phrase_cut_in_a_bracket_closes_it(extractor: SpacyExtractor) -> None:
    text = "The report says dissident members of the secretive Lantern Fellowship (LF) were beaten."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert all(v.count("(") == v.count(")") for v in claim.victims)
    assert claim.place is None or claim.place.count("(") == claim.place.count(")")


def test_the_people_a_punishment_is_of_are_its_victims(extractor: SpacyExtractor) -> None:
    text = "The punishment of those who try to escape from the compound is death and execution."
    claims = claims_of(extractor, text)
    assert claims
    assert all(c.victims == ["those who try to escape from the compound"] for c in claims)


def test_a_threat_to_harm_oneself_is_no_threat(extractor: SpacyExtractor) -> None:
    assert "threat" not in acts_of(extractor, "He threatened to burn himself alive in the yard.")


def test_a_leave_granted_only_on_a_condition_is_denial_of_exit(extractor: SpacyExtractor) -> None:
    text = "She was allowed to go home only after she signed the pledge."
    assert only(claims_of(extractor, text), "denial_of_exit").polarity == "asserted"


def test_a_reporter_who_made_no_attempt_to_contact_keeps_no_one(
    extractor: SpacyExtractor,
) -> None:
    text = "The group said the researchers had made no attempt to contact the organisation."
    assert "denial_of_contact" not in acts_of(extractor, text)


def test_the_larger_place_after_a_place_is_no_person(extractor: SpacyExtractor) -> None:
    text = (
        "Farid Azimi spent nine years in the camp near Manza, Durres.\n\n"
        "He said he was beaten there every week."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == ["Farid Azimi"]


@pytest.mark.parametrize(
    ("text", "victim", "doer"),
    [
        ("She asked to call her mother but the guards refused.", "She", "the guards"),
        (
            "He requested permission to visit his sick father; the commander denied it.",
            "He",
            "the commander",
        ),
    ],
)
def test_leave_to_see_ones_family_refused_is_denial_of_contact(
    extractor: SpacyExtractor, text: str, victim: str, doer: str
) -> None:
    claim = only(claims_of(extractor, text), "denial_of_contact")
    assert claim.victims == [victim]
    assert claim.perpetrators == [doer]


def test_who_people_were_handed_to_holds_them(extractor: SpacyExtractor) -> None:
    text = "Five former members were turned over to the border police and held in Kessa prison."
    claim = only(claims_of(extractor, text), "detention")
    assert claim.perpetrators == ["the border police"]


@pytest.mark.parametrize(
    "text",
    ["Women in the camps were forcibly sterilised.", "They injected sterilizers into her body."],
)
def test_forced_sterilisation_is_sexual_violence(extractor: SpacyExtractor, text: str) -> None:
    assert "sexual_violence" in acts_of(extractor, text)


@pytest.mark.parametrize(
    "text", ["I was virtually executed that night.", "He almost died in the cell."]
)
def test_a_death_nearly_suffered_is_none(extractor: SpacyExtractor, text: str) -> None:
    acts = acts_of(extractor, text)
    assert "killing" not in acts
    assert "death_in_custody" not in acts


def test_what_they_would_do_every_night_is_told(extractor: SpacyExtractor) -> None:
    assert "physical_assault" in acts_of(extractor, "Every night they would beat us with cables.")


@pytest.mark.parametrize(
    "text",
    [
        "The movement has killed all normal human feelings in its members.",
        "After three meetings that were held as my trials, I was sent back to work.",
    ],
)
def test_a_verb_done_to_a_thing_lends_no_victim(extractor: SpacyExtractor, text: str) -> None:
    acts = acts_of(extractor, text)
    assert "killing" not in acts
    assert "detention" not in acts


def test_a_body_that_only_raided_and_arrested_stays_the_doer(extractor: SpacyExtractor) -> None:
    text = (
        "Police raided the house and arrested the two activists.\n\n"
        "The activists were beaten in the station, the police said."
    )
    beating = only(claims_of(extractor, text), "physical_assault")
    assert [p.lower() for p in beating.perpetrators] in (["police"], ["the police"])


def test_she_is_not_a_man_by_his_given_name(extractor: SpacyExtractor) -> None:
    text = (
        "Wilhelmine Lindeman escaped in 1966. Days later, after a visit from the colony's "
        "president, Herman Schmidt, she was taken back and never heard from again."
    )
    claims = [c for c in claims_of(extractor, text) if c.act == "disappearance"]
    assert claims
    assert all("Herman Schmidt" not in c.victims for c in claims)


def test_she_is_the_woman_her_given_name_tells(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Zahra Karimi left the camp in 2003. Reza Tavakoli said she was beaten there."
    assert only(claims_of(extractor, text), "physical_assault").victims == ["Zahra Karimi"]
    monkeypatch.setattr(settings, "GIVEN_NAME_GENDER", False)
    assert only(claims_of(extractor, text), "physical_assault").victims == ["Reza Tavakoli"]


def test_a_passive_after_active_verbs_befell_their_subject(extractor: SpacyExtractor) -> None:
    text = (
        "After a visit from the director, Pastor Olsen, the girl withdrew her complaint, went "
        "back to the farm and was never heard from again."
    )
    claim = only(claims_of(extractor, text), "disappearance")
    assert claim.victims == ["the girl"]


def test_a_reporting_body_named_by_by_did_no_act(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "One of the main reports on the group's record of torturing its members was released "
        "by Human Rights Watch in 2005."
    )
    assert only(claims_of(extractor, text), "torture").perpetrators == []
    monkeypatch.setattr(settings, "SOURCES_DO_NOT_ACT", False)
    assert only(claims_of(extractor, text), "torture").perpetrators == ["Human Rights Watch"]


def test_a_doer_named_by_by_elsewhere_in_the_sentence_still_acts(extractor: SpacyExtractor) -> None:
    claim = only(
        claims_of(extractor, "He died after repeated beatings by guards."), "physical_assault"
    )
    assert claim.perpetrators == ["guards"]
