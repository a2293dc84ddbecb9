"""Time of claims, round 7: how long stays end, what a stay frames, what a question dates (texts
written for these tests)."""

from __future__ import annotations

from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.timex import add_duration
from tests.extract.conftest import claims_of, only


def test_a_count_of_a_month_or_more_ends_in_a_month() -> None:
    assert add_duration("2019-03-02", "P47D", cut=True) == "2019-04"
    assert add_duration("2019-03-02", "P70D", cut=True) == "2019-05"  # ten weeks
    assert add_duration("2019-03-02", "P3D", cut=True) == "2019-03-05"  # a few days: the day
    assert add_duration("2019-03-02", "P47D") == "2019-04-18"  # uncut where asked so


def test_a_stay_counted_in_days_ends_in_its_month(extractor: SpacyExtractor) -> None:
    text = (
        "Mr. Oskar Vell, a teacher, was arrested in Marnau on 2 March 2019. He was held"
        " incommunicado for 47 days at the police headquarters.\n"
    )
    held = only(claims_of(extractor, text), "denial_of_contact")
    assert (held.start, held.end) == ("2019-03-02", "2019-04")


def test_until_a_month_before_the_story_month_is_next_year() -> None:
    from testimonies.extract.timex import find_times, resolve

    (until,) = [e for e in find_times("They kept him there until the end of February.")]
    assert until.bound == "stop"
    assert resolve(until, "2004-11-03", None).stop == "2005-02"
    assert resolve(until, "2004-01-03", None).stop == "2004-02"


def test_the_first_days_opening_a_sentence_are_the_stays_opening() -> None:
    from testimonies.extract.timex import find_times

    (first,) = find_times("The first nine days I slept on the floor of a shed.")
    assert first.opening == "D"
    (week,) = find_times("The first week they questioned me every night.")
    assert week.opening == "W"


def test_a_hearings_question_dates_its_answer(extractor: SpacyExtractor) -> None:
    text = (
        "MR. HALE: My name is Tomas Hale.\n\n"
        "CHAIR: What happened on the morning of 4 May 1988?\n\n"
        "MR. HALE: Soldiers came to the school. They arrested me and two other teachers.\n"
    )
    arrest = only(claims_of(extractor, text), "detention")
    assert arrest.start == "1988-05-04"


def test_a_date_on_the_writer_of_a_reply_dates_the_reply(extractor: SpacyExtractor) -> None:
    text = (
        "The Commission holds the reply of the Ministry of the Interior of 1991, which states that"
        " Mr. Ivo Sarno was never detained by the police.\n"
    )
    denial = only(claims_of(extractor, text), "detention")
    assert denial.polarity == "denied" and denial.start is None


def test_a_courts_decision_date_is_no_date_of_the_story(extractor: SpacyExtractor) -> None:
    text = (
        "The District Court dismissed the claim on 9 June 2021. The appellant said that soldiers"
        " had beaten him in the barracks.\n"
    )
    beating = only(claims_of(extractor, text), "physical_assault")
    assert beating.start is None


def test_an_act_under_a_counted_stay_happened_during_it(extractor: SpacyExtractor) -> None:
    text = (
        "Ms. Lena Dorsi, a nurse, was arrested in Varno on 3 April 2018. She was held for 60 days"
        " at the police barracks, where she was beaten.\n"
    )
    beaten = only(claims_of(extractor, text), "physical_assault")
    assert (beaten.start, beaten.end) == ("2018-04-03", "2018-06")


def test_in_may_is_a_month_and_may_a_verb() -> None:
    from testimonies.extract.timex import find_times

    found = find_times("On one night in May he was taken to the pit.")
    assert [e.partial for e in found] == ["May"]
    assert find_times("They may leave when they wish.") == []


def test_yesterday_is_the_day_before_the_report() -> None:
    from testimonies.extract.timex import find_times, resolve

    (day,) = find_times("Police raided the compound yesterday.")
    assert resolve(day, None, "2019-06-04").start == "2019-06-03"


def test_that_winter_after_the_autumn_runs_into_the_next_year() -> None:
    from testimonies.extract.timex import find_times, resolve

    (winter,) = find_times("Three prisoners froze to death that winter.")
    assert (
        resolve(winter, "2015-10-02", None).start,
        resolve(winter, "2015-10-02", None).stop,
    ) == (
        "2015",
        "2016",
    )
    assert resolve(winter, "2015-02", None).stop == "2015"


def test_a_quoted_first_week_is_the_stays_opening() -> None:
    from testimonies.extract.timex import find_times

    assert [e.opening for e in find_times('"The first week they beat me daily," he said.')] == ["W"]


def test_a_stay_counted_in_the_next_paragraph_runs_from_the_story_date(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "On 5 March 2014 officers arrested Mr. Pavel Orin at his office in Dresk.\n\n"
        "For the following eight months, Mr. Orin was held incommunicado at the central prison.\n"
    )
    held = only(claims_of(extractor, text), "denial_of_contact")
    assert (held.start, held.end) == ("2014-03-05", "2014-11")


def test_a_day_after_an_open_period_is_of_the_letters_year(extractor: SpacyExtractor) -> None:
    text = (
        "Lomsk, 3 November 2021\n\n"
        "Since 2017 our husbands have been taken to the labour camps of the Order. On the night of"
        " 9 June, the guards shot dead four men who tried to escape.\n"
    )
    killed = only(claims_of(extractor, text), "killing")
    assert killed.start == "2021-06-09"


def test_that_night_in_a_later_clause_dates_no_earlier_act(extractor: SpacyExtractor) -> None:
    text = (
        "In March 2016 the appellant was arrested in Kolbe.\n\n"
        "The tribunal did not accept that the appellant had been tortured, finding his account of"
        " that night inconsistent.\n"
    )
    torture = only(claims_of(extractor, text), "torture")
    assert torture.start is None


def test_a_denial_takes_no_date_from_a_clause_beside_it(extractor: SpacyExtractor) -> None:
    text = (
        "The Ministry of Order states the following.\n\n"
        "Since 2004 residents have chosen to live in the settlement, and no resident has ever been"
        " separated from his family by force.\n"
    )
    denial = only(claims_of(extractor, text), "forced_separation")
    assert denial.polarity == "denied" and denial.start is None


def test_a_stay_told_only_by_its_end_begins_at_the_answered_date(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "MS. RUIZ: My name is Alba Ruiz.\n\n"
        "CHAIR: What happened on 9 September 1983?\n\n"
        "MS. RUIZ: Soldiers arrested me at the market.\n\n"
        "CHAIR: Where were you taken?\n\n"
        "MS. RUIZ: To the barracks. I was held there until February.\n\n"
        "CHAIR: And then?\n\n"
        "MS. RUIZ: The first ten days I was in a cell alone.\n"
    )
    claims = claims_of(extractor, text)
    held = [c for c in claims if c.act == "detention" and c.end is not None and c.end != c.start]
    assert [(c.start, c.end) for c in held] == [("1983-09-09", "1984-02")]
    alone = only(claims, "solitary_confinement")
    assert alone.start == "1983-09"
