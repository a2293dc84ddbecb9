"""Time expressions added in round 4: week days, months without a year, day ranges without a
year, 'last month'."""

from __future__ import annotations

import pytest

from testimonies.extract.timex import find_times, resolve


def _resolved(
    text: str, anchor: str | None, published: str | None
) -> list[tuple[str | None, str | None]]:
    return [
        (e.start, e.stop)
        for e in (resolve(x, anchor, published) for x in find_times(text))
        if e.is_date
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a report of Saturday 9 April 2011 tells of "Friday": the day before
        (
            "troops stormed the camp on Friday, leaving dozens dead",
            "2011-04-09",
            ("2011-04-08", "2011-04-08"),
        ),
        # the report's own day of the week is that day
        ("rights groups said on Thursday", "2022-11-03", ("2022-11-03", "2022-11-03")),
        ("detained during protests last month", "2022-11-03", ("2022-10", "2022-10")),
        ("a camp attacked last year", "2022-11-03", ("2021", "2021")),
    ],
)
def test_days_and_months_before_the_report(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    assert _resolved(text, None, published) == [expected]


def test_a_weekday_followed_by_its_date_is_that_date() -> None:
    assert _resolved("on Friday, 8 April 2011", None, "2011-04-20") == [
        ("2011-04-08", "2011-04-08")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the authorities say he died in a hospital in March.", ("2020-03", "2020-03")),
        ("he was held until November, when he was freed", (None, "2020-11")),
        ("since June he has not called", ("2020-06", None)),
        (
            "the deaths of nine detainees between Oct. 12 and Oct. 30, and",
            ("2020-10-12", "2020-10-30"),
        ),
    ],
)
def test_months_and_days_take_the_story_year(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _resolved(text, "2020-02", None) == [expected]


def test_may_the_verb_is_no_month() -> None:
    assert _resolved("they said he may come in time", "2020-02", None) == []


def test_a_stay_of_years_and_months_is_one_duration() -> None:
    assert [e.duration for e in find_times("I stayed there for two years and seven months.")] == [
        "P2Y7M"
    ]


def test_within_a_year_lasts_nothing() -> None:
    assert find_times("people who leave die within a year") == []


def test_a_prison_sentence_is_no_stay() -> None:
    assert find_times("he was sentenced to fifteen years' imprisonment") == []


def test_ages_are_found() -> None:
    assert [(e.age, e.bound) for e in find_times("When I turned six, I was taken")] == [(6, None)]
    assert [(e.age, e.bound) for e in find_times("From the age of ten I worked")] == [(10, "start")]


def test_since_an_event_on_a_day_is_open() -> None:
    found = find_times("Since a family visit on 9 August 2019, the author has had no news")
    assert [(e.start, e.stop) for e in found] == [("2019-08-09", None)]


def test_since_then_opens_at_the_story_date() -> None:
    found = [resolve(e, "1990-06", None) for e in find_times("Since then every letter came back")]
    assert [(e.start, e.stop) for e in found] == [("1990-06", None)]


def test_since_a_longer_event_phrase_is_open() -> None:
    found = find_times("Since the US invasion of Iraq in 2003, the leaders have changed")
    assert [(e.start, e.stop) for e in found] == [("2003", None)]
