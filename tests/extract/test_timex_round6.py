"""Ages and birth years as a narrator says them (texts written for these tests)."""

from __future__ import annotations

from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.timex import find_times
from tests.extract.conftest import claims_of

PREFACE = (
    "My name is Lidia Marek. I lived in the Clearing. I remember it well and I want to tell it, so"
    " I will. "
)


def test_a_birth_year_said_as_in_speech() -> None:
    spoken = [e.start for e in find_times("I was born in ninety-four, in the forest.")]
    clipped = [e.start for e in find_times("I was born in '07 in Brezna.")]
    assert spoken == ["1994"] and clipped == ["2007"]
    assert find_times("He was born in ninety degrees of heat.") == []


def test_the_year_i_turned_counts_from_the_birth(extractor: SpacyExtractor) -> None:
    text = PREFACE + (
        "I was born in ninety-four. The year I turned eighteen, they made me sign a paper that"
        " I stayed of my own free will. When I was thirteen he beat me with a belt.\n"
    )
    dates = {c.act: c.start for c in claims_of(extractor, text)}
    assert dates.get("forced_confession") == "2012"
    assert dates.get("physical_assault") == "2007"


def test_a_narrators_you_and_his_he(extractor: SpacyExtractor) -> None:
    text = PREFACE + (
        'In the hut you got water and one potato a day. He told me: "if you speak again about'
        ' leaving, we send you to the pit, like the others".\n'
    )
    claims = claims_of(extractor, text)
    assert claims and all(c.victims == ["Lidia Marek"] for c in claims), [c.victims for c in claims]


def test_a_later_he_may_be_the_relative_named_once(extractor: SpacyExtractor) -> None:
    text = PREFACE + (
        "My father, Karim Hosseini, was arrested in 1994. Mr. Omid Rahnavard, who was held in"
        " the next cell, told me that my father was beaten every week. He died in the spring"
        " of 1995.\n"
    )
    died = [c for c in claims_of(extractor, text) if c.act == "death_in_custody"]
    assert died and died[0].victims == ["Karim Hosseini"]


def test_a_name_read_as_a_persons_stays_one(extractor: SpacyExtractor) -> None:
    text = PREFACE + (
        "We ask for your help in finding our son, Yonas Haile Weldemariam, born in 1996.\n\n"
        "In May 2019, according to two fighters who came to our house, Yonas was arrested by"
        " the security office of the Front.\n"
    )
    arrested = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert arrested and any("Yonas" in " ".join(c.victims) for c in arrested)


def test_who_toils_is_the_victim_not_the_doer(extractor: SpacyExtractor) -> None:
    text = "At Maykelet the prisoners carried stones all day for the commanders' houses.\n"
    toil = [c for c in claims_of(extractor, text) if c.act == "forced_labor"]
    assert toil and toil[0].victims == ["the prisoners"]
