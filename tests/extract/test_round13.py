"""Round 13: a person shot is killed, a month is no modal, the judge who delivers findings is the
one who says "I", "taken" with a time or companions is taken, UN formulas name who asserts, a
bulletin's month dates it; sentences written for this test."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.textcues import document_date_line, labelled_person
from testimonies.extract.timex import TimeExpr, resolve
from testimonies.extract.vocab import load_lexicon
from tests.extract.conftest import claims_of, only


def _acts(extractor: SpacyExtractor, text: str) -> list[str]:
    return sorted(c.act for c in claims_of(extractor, text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Six prisoners were shot at the quarry on the orders of the commandant.",
        "He was shot in 1988.",
        "They were later shot by the guards behind the kiln.",
    ],
)
def test_a_person_shot_and_told_no_more_was_killed(
    extractor: SpacyExtractor, sentence: str
) -> None:
    assert _acts(extractor, sentence) == ["killing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her nephew, Younous, 17, was shot in the thigh.",
        "Ines Lassiter was shot and wounded beside him.",
        "Her nephew was shot at by soldiers at the checkpoint.",
    ],
)
def test_a_person_shot_in_a_limb_wounded_or_shot_at_was_assaulted(
    extractor: SpacyExtractor, sentence: str
) -> None:
    assert _acts(extractor, sentence) == ["physical_assault"]


def test_a_month_is_no_modal(extractor: SpacyExtractor) -> None:
    text = "Two men who climbed the fence in May were beaten by guards."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.perpetrators == ["guards"]


def test_without_the_switch_may_were_beaten_reads_as_a_possibility(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "MONTHS_ARE_NO_WORDS", False)
    assert claims_of(extractor, "Two men who climbed the fence in May were beaten by guards.") == []


def test_the_modal_may_still_blocks(extractor: SpacyExtractor) -> None:
    assert claims_of(extractor, "If he speaks out, he may be beaten.") == []


JUDGMENT = """IN THE HIGH COURT OF ORMANIA

The State v. Corvell and Tamsey

JUDGMENT: FINDINGS OF FACT
Delivered by Justice Wenna Arlott, sitting without a jury, on 3 May 2022

12. I heard evidence from eleven witnesses. I accept the evidence of Ms Hale. I find that she
was locked in the grain store for four days in March 2019 on the orders of Mr Corvell. I am
satisfied that I can rely on her account, and I have considered the defence's objections.
"""


def test_the_judge_who_delivers_the_findings_asserts_them(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, JUDGMENT), "detention")
    assert claim.asserted_by == "Justice Wenna Arlott"


def test_a_role_line_with_of_or_by_names_the_speaker() -> None:
    roles = load_lexicon().words("narrator_roles")
    text = "THE STATE v. CORVELL\nSentencing remarks of Justice Wenna Arlott, 3 May 2022\n\nI..."
    assert labelled_person(text, roles) == "Justice Wenna Arlott"
    assert labelled_person("Statement by the Ministry of Justice\n\nWe...", roles) is None


def test_without_the_switch_the_role_line_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "ROLE_OF_LINES", False)
    roles = load_lexicon().words("narrator_roles")
    assert labelled_person("Delivered by Justice Wenna Arlott\n\nI find...", roles) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Emmanuel Tiro was taken at the market at the end of March 2020 with three other boys.",
        "Emmanuel Tiro was taken at the market in March 2020.",
    ],
)
def test_a_person_taken_with_others_or_at_a_time_is_detained(
    extractor: SpacyExtractor, sentence: str
) -> None:
    claim = only(claims_of(extractor, sentence), "detention")
    assert claim.victims[0] == "Emmanuel Tiro"


def test_taking_on_a_role_is_no_act(extractor: SpacyExtractor) -> None:
    assert claims_of(extractor, "He took on the role of secretary in 2004.") == []


BULLETIN = """TRACING SERVICE
MONTHLY BULLETIN - No. 7 - OCTOBER 2021

The movement has held parts of the hills since 2017.

Relatives of 14 men arrested by soldiers during a search operation in Kaburo on 9 October said
they had not been told where the men were held.
"""


def test_a_bulletin_is_dated_by_the_month_of_its_heading() -> None:
    line = document_date_line(BULLETIN)
    assert line is not None and BULLETIN[line[0] : line[1]].endswith("OCTOBER 2021")


def test_a_day_of_the_bulletins_month_is_of_its_year(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, BULLETIN), "detention")
    assert claim.start == "2021-10-09"


def test_a_heading_month_alone_dates_nothing_without_the_switch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(settings, "MONTH_HEADINGS_DATE", False)
    assert document_date_line(BULLETIN) is None


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2021-10", "2021-10-09"), ("2021-10-15", "2021-10-09"), ("2021-10-05", "2020-10-09")],
)
def test_a_day_without_its_year_is_moved_back_only_when_after_the_document(
    published: str, expected: str
) -> None:
    expr = TimeExpr(begin=0, end=9, partial="9 October", to_publication=True)
    assert resolve(expr, None, published).start == expected


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        ("Hundreds of thousands of Oruni were held in the centres without trial.", "Oruni"),
        ("Thousands of Rohingya were killed.", "Rohingya"),
        ("Christians were held in the centres.", "Christians"),
    ],
)
def test_a_number_of_a_people_or_a_people_are_persons(
    extractor: SpacyExtractor, sentence: str, victim: str
) -> None:
    claims = claims_of(extractor, sentence)
    assert len(claims) == 1 and victim in claims[0].victims[0]


def test_without_the_switch_a_number_of_a_people_is_no_one(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "PEOPLES_ARE_PEOPLE", False)
    monkeypatch.setattr(settings, "NAMED_PEOPLES", False)  # (round 20: the lexicon's peoples)
    assert claims_of(extractor, "Hundreds of Christians were held in the centres.") == []


def test_a_participle_parsed_as_an_adjective_of_be_is_a_passive(
    extractor: SpacyExtractor,
) -> None:
    claim = only(claims_of(extractor, "They were handcuffed to a metal chair."), "torture")
    assert claim.victims == ["They"]


def test_without_the_switch_the_adjective_participle_has_no_victim(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "PARTICIPLES_AFTER_BE", False)
    assert claims_of(extractor, "They were handcuffed to a metal chair.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "They gave me food once a day, sometimes not.",
        "Detainees were given water only twice a day.",
        "They gave me water every second day.",
    ],
)
def test_food_measured_out_by_the_day_is_deprivation(
    extractor: SpacyExtractor, sentence: str
) -> None:
    text = "My name is Abdi Warsame. I was held in the cellar for a month. " + sentence
    claim = only(claims_of(extractor, text), "deprivation")
    assert claim.polarity == "asserted"


def test_calls_allowed_once_a_day_are_no_deprivation(extractor: SpacyExtractor) -> None:
    assert claims_of(extractor, "We could call our families once a day.") == []


NARRATED = (
    "My name is Abdi Warsame. I joined in 2001. I lived in the house for years. "
    "I was not allowed to call my mother. I cleaned every day.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "perpetrator"),
    [
        (
            "I was told by the militia, if I was found in the capital I would go back inside.",
            "the militia",
        ),
        (
            "Pruitt told him that if he ran away the State would put him in juvenile prison.",
            "Pruitt",
        ),
    ],
)
def test_what_someone_says_will_befall_the_hearer_if_is_a_threat(
    extractor: SpacyExtractor, sentence: str, perpetrator: str
) -> None:
    text = NARRATED + sentence
    assert only(claims_of(extractor, text), "threat").perpetrators == [perpetrator]


def test_a_condition_without_a_foretold_harm_is_no_threat(extractor: SpacyExtractor) -> None:
    assert claims_of(extractor, "He said that if I wanted I could go to the town.") == []


def test_without_the_switch_a_conditional_warning_with_no_harm_word_is_missed(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "CONDITIONAL_THREATS", False)
    sentence = "I was told by the militia, if I was found in the capital I would go back inside."
    assert "threat" not in {c.act for c in claims_of(extractor, NARRATED + sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "A meeting will be held with the Association of Families of the Missing of Ruvubo.",
        "The Missing Persons Bureau opened a file on him.",
    ],
)
def test_a_word_of_a_bodys_name_states_no_act(extractor: SpacyExtractor, sentence: str) -> None:
    assert claims_of(extractor, sentence) == []


def test_without_the_switch_the_name_states_a_disappearance(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "NAMES_STATE_NO_ACT", False)
    sentence = "A meeting will be held with the Association of Families of the Missing of Ruvubo."
    assert "disappearance" in {c.act for c in claims_of(extractor, sentence)}
