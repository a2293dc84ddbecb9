"""Which date of a sentence dates an act, and which earlier date carries over (round 4)."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only


def test_a_time_clause_dates_the_acts_it_modifies(extractor: SpacyExtractor) -> None:
    text = (
        "The group said that 12 residents had been killed and 40 wounded when soldiers "
        "stormed the camp on 3 March 2015."
    )
    killing = only(claims_of(extractor, text), "killing")
    assert (killing.start, killing.end) == ("2015-03-03", "2015-03-03")


def test_the_date_of_a_complement_dates_the_verb_it_completes(extractor: SpacyExtractor) -> None:
    text = "She was finally allowed to return home in 2004, after she signed a confession."
    assert only(claims_of(extractor, text), "forced_confession").start == "2004"


def test_a_past_perfect_relative_clause_keeps_its_date(extractor: SpacyExtractor) -> None:
    text = (
        "In 1996 the leaders ordered all couples to separate. My cousin was forced to divorce "
        "his wife, whom he had married three years before."
    )
    # acts 5: "ordered all couples to separate" is a forced separation of its own
    cousin = [c for c in claims_of(extractor, text) if c.victims == ["My cousin"]]
    assert [c.start for c in cousin if c.act == "forced_separation"] == ["1996"]


def test_a_stay_frames_the_acts_told_inside_it(extractor: SpacyExtractor) -> None:
    text = (
        "I was arrested in March 2015 and held at the Delta camp until June 2016.\n\n"
        "The guards beat me many times. I was never tortured."
    )
    claims = claims_of(extractor, text)
    beating = only(claims, "physical_assault")
    assert (beating.start, beating.end) == ("2015-03", "2016-06")
    detention = only(claims, "detention")
    assert (detention.start, detention.end) == ("2015-03", "2016-06")
    denied = only(claims, "torture")
    assert (denied.start, denied.end) == (None, None)  # a denial states no time


def test_a_stay_counted_from_the_story_time(extractor: SpacyExtractor) -> None:
    text = (
        "He was arrested on 14 October 2016. For the following eleven months he was held at "
        "Branch 9.\n\nInterrogators beat him with cables."
    )
    beating = only(claims_of(extractor, text), "physical_assault")
    assert (beating.start, beating.end) == ("2016-10-14", "2017-09")


def test_then_held_until_begins_at_the_story_time(extractor: SpacyExtractor) -> None:
    text = "In May 2001 I was handed over to the police. I was then held in a prison until 2003."
    detentions = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert ("2001-05", "2003") in [(c.start, c.end) for c in detentions]


def test_a_count_of_detainees_frames_no_one(extractor: SpacyExtractor) -> None:
    text = "Between 2010 and 2012 the militia detained 4,000 people.\n\nGuards beat the prisoners."
    beating = only(claims_of(extractor, text), "physical_assault")
    assert (beating.start, beating.end) == (None, None)


WIRE = (
    "KALIMBA, May 9, 2019 (NPA) — Soldiers stormed the Tarsa camp on Friday, killing at least "
    "ten residents, according to the group.\n\n"
    "Relatives said guards beat several prisoners.\n\n"
    "The ministry denied that anyone was detained."
)


def test_a_wire_report_dates_its_undated_acts_by_its_event(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, WIRE)
    assert only(claims, "killing").start == "2019-05-03"  # the Friday before the Thursday report
    beating = only(claims, "physical_assault")
    assert (beating.start, beating.end) == ("2019-05-03", "2019-05-03")
    denied = only(claims, "detention")
    assert denied.start is None


def test_an_act_inside_a_stay_happened_at_its_place(extractor: SpacyExtractor) -> None:
    text = (
        "In May 2014 he was taken to Branch 9, where he was held until March 2015.\n\n"
        "According to a former detainee, interrogators beat him with cables."
    )
    beating = only(claims_of(extractor, text), "physical_assault")
    assert beating.place == "Branch 9"
    assert (beating.start, beating.end) == ("2014-05", "2015-03")


def test_a_town_the_act_was_done_in_is_its_place(extractor: SpacyExtractor) -> None:
    text = "The appellant was detained by soldiers at Kikoma in 2023."
    assert only(claims_of(extractor, text), "detention").place == "Kikoma"


def test_a_named_site_wins_over_the_town(extractor: SpacyExtractor) -> None:
    text = "In 2024 nine young men were arrested at Mubanga and held at the Kikoma camp."
    detention = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert "the Kikoma camp" in [c.place for c in detention]


def test_the_camp_is_the_site_named_with_that_word(extractor: SpacyExtractor) -> None:
    text = (
        "Wadi Karam is one of at least three farm camps run by the militia.\n\n"
        "Witnesses said that guards held 12 escapees at the camp for a week."
    )
    assert only(claims_of(extractor, text), "detention").place == "Wadi Karam"


def test_a_past_perfect_stay_ends_at_the_story_date(extractor: SpacyExtractor) -> None:
    text = (
        "On 11 July 2022 guards fired on prisoners fleeing the farm. One of them, Ali Said, "
        "had been held at the farm for fourteen months."
    )
    detention = only(claims_of(extractor, text), "detention")
    assert (detention.start, detention.end) == ("2021-05", "2022-07")


def test_a_date_the_parse_leaves_without_a_verb_dates_its_sentence(
    extractor: SpacyExtractor,
) -> None:
    claims = claims_of(extractor, "On 11 July 2022 guards fired on prisoners fleeing the farm.")
    assert claims
    assert {(c.start, c.end) for c in claims} == {("2022-07-11", "2022-07-11")}


def test_a_wire_report_places_its_acts_where_its_event_was(extractor: SpacyExtractor) -> None:
    text = (
        "KALIMBA, May 9, 2019 (NPA) — Soldiers killed at least ten residents at the Tarsa camp "
        "on Friday, according to the group.\n\n"
        "Relatives said guards beat several prisoners.\n\n"
        "The group says its founder was detained in 1998."
    )
    claims = claims_of(extractor, text)
    assert only(claims, "physical_assault").place == "the Tarsa camp"
    background = only(claims, "detention")
    assert (background.start, background.place) == ("1998", None)


def test_a_time_clause_of_speech_dates_the_act(extractor: SpacyExtractor) -> None:
    text = (
        "When I first said, in 2019, that I wanted to leave, the leader told me that people "
        "who leave die within a year."
    )
    threat = only(claims_of(extractor, text), "threat")
    assert (threat.start, threat.end) == ("2019", "2019")  # "within a year" lasted nothing


def test_all_that_time_is_the_whole_stay(extractor: SpacyExtractor) -> None:
    text = (
        "They came for me on 17 April 2018. I stayed in the camp for two years and seven "
        "months.\n\nIn the winter of 2019 they beat me.\n\n"
        "In all that time I could not speak to my husband or my children."
    )
    contact = only(claims_of(extractor, text), "denial_of_contact")
    assert (contact.start, contact.end) == ("2018-04-17", "2020-11")


def test_a_quote_happened_during_its_speakers_stay(extractor: SpacyExtractor) -> None:
    text = (
        '"I was beaten with a hose in front of everyone," said Ali Salem, held at Wadi Karam '
        "from May 2021 to July 2022."
    )
    beating = only(claims_of(extractor, text), "physical_assault")
    assert (beating.start, beating.end, beating.place) == ("2021-05", "2022-07", "Wadi Karam")


def test_a_statement_date_is_not_carried_forward(extractor: SpacyExtractor) -> None:
    text = (
        "On 1 September 2013 armed men entered the camp. The mission said on 3 September that "
        "it had seen 52 bodies. Witnesses said the men beat several residents."
    )
    beating = only(claims_of(extractor, text), "physical_assault")
    assert beating.start == "2013-09-01"


def test_an_ongoing_state_has_no_end_when_switched_on(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "ONGOING_OPEN", True)
    text = "He was taken from his home in the spring of 2019 and has not been seen since."
    claims = claims_of(extractor, text)
    assert ("2019", None) in [(c.start, c.end) for c in claims]


def test_a_place_known_by_a_quoted_name(extractor: SpacyExtractor) -> None:
    text = 'Rebels were confined in a shed known as the "casa de castigo" for up to three weeks.'
    assert only(claims_of(extractor, text), "detention").place == '"casa de castigo"'


def test_a_stay_at_a_site_in_a_country_is_at_the_site(extractor: SpacyExtractor) -> None:
    text = "From 1987 I lived at Camp Tarn in Qaresh until 2001.\n\nThe guards beat me many times."
    assert only(claims_of(extractor, text), "physical_assault").place == "Camp Tarn"


def test_the_first_weeks_are_the_month_the_stay_began(extractor: SpacyExtractor) -> None:
    text = (
        "From 3 September 1993 until January 2001 I was held in a cell.\n\n"
        "During the first three weeks I was interrogated every night. The guards beat me."
    )
    beating = only(claims_of(extractor, text), "physical_assault")
    assert (beating.start, beating.end) == ("1993-09", "1993-09")


def test_a_day_without_a_year_takes_the_year_of_the_last_full_date(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "Officers detained her at the airport on 12 July 2023. Her cousin has been missing since "
        "2019. On 18 July guards beat her in her cell."
    )
    beating = only(claims_of(extractor, text), "physical_assault")
    assert beating.start == "2023-07-18"


def test_an_act_lasts_the_stay_its_conjunct_states(extractor: SpacyExtractor) -> None:
    text = (
        "In the autumn of 2008 I was taken to the security building, and I was kept there "
        "until December 2009."
    )
    detention = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert {(c.start, c.end) for c in detention} == {("2008", "2009-12")}


def test_a_denial_is_about_the_groups_site_when_switched_on(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "DENIAL_SITE", True)
    text = (
        "The Organization has lived at Camp Tarn since 1990.\n\n"
        "No member of the Organization has ever been tortured."
    )
    assert only(claims_of(extractor, text), "torture").place == "Camp Tarn"


def test_an_age_counts_from_the_narrators_birth(extractor: SpacyExtractor) -> None:
    text = (
        "My name is Ana Ruiz. I was born in the colony in 1995.\n\n"
        "When I turned six, I was taken from my mother and moved to the girls' house."
    )
    separation = only(claims_of(extractor, text), "forced_separation")
    assert (separation.start, separation.end) == ("2001", "2001")


def test_a_general_present_statement_takes_no_story_date(extractor: SpacyExtractor) -> None:
    text = (
        "In 2003 guards beat two members who tried to escape. Members are forced to work without "
        "pay, and if anyone speaks of leaving, the guards beat him."
    )
    claims = claims_of(extractor, text)
    labour = only(claims, "forced_labor")
    assert (labour.start, labour.end) == (None, None)


def test_a_name_given_with_its_article_is_a_place(extractor: SpacyExtractor) -> None:
    text = (
        "They put me and my wife in one of the buildings we called the Green Houses. "
        "The guards beat me."
    )
    assert only(claims_of(extractor, text), "physical_assault").place == "the Green Houses"


def test_the_following_day_counts_from_the_last_day_stated(extractor: SpacyExtractor) -> None:
    text = (
        "Officers detained her at the airport on 12 July 2023. Her cousin has been missing since "
        "2019. The following day, officers searched her flat and confiscated her passport."
    )
    confiscation = only(claims_of(extractor, text), "confiscation_of_documents")
    assert confiscation.start == "2023-07-13"
