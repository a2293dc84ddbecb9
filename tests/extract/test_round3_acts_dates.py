"""Round 3: act wordings common in NGO, UN, press and testimony prose that the first rounds missed,
and the date phrasings of such texts (short texts written for these tests)."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.timex import find_times, resolve
from tests.extract.conftest import claims_of

STATED = [
    ("The guards found him dead in his cell in 2004.", "death_in_custody"),
    ("Karim Haddad died after being tortured by the guards.", "death_in_custody"),
    ("Her son went missing after the raid.", "disappearance"),
    ("We do not know whether he is alive or dead.", "disappearance"),
    ("The commander declared him an enemy of the movement.", "false_accusation"),
    ("He was jailed on fabricated charges of espionage.", "false_accusation"),
    ("The children were removed from their mothers by the leadership.", "forced_separation"),
    ("The guards made him stand against the wall for two days.", "torture"),
    ("The women were forced to undress in front of the guards.", "sexual_violence"),
    ("Residents worked in the fields without remuneration.", "forced_labor"),
    ("Phone calls to relatives were forbidden by the camp leadership.", "denial_of_contact"),
    ("Escape was impossible, he said.", "denial_of_exit"),
    ("They made him denounce his own father at the meeting.", "psychological_abuse"),
    ("He was ill treated by the interrogators.", "physical_assault"),
    ("The lawyers say the confession was extracted under duress.", "forced_confession"),
    ("Nobody was allowed to leave the camp.", "denial_of_exit"),
    ("He was suspended by his wrists for hours.", "torture"),
    ("Police used batons against the protesters.", "physical_assault"),
    ("They told me they would kill my family.", "threat"),
    ("They warned him that his family would suffer.", "threat"),
    ("He was subjected to sexual violence.", "sexual_violence"),
    ("I was kept in a tiny cell on my own for two months.", "solitary_confinement"),
    ("Whenever I asked to leave, they refused.", "denial_of_exit"),
    ("The interrogators held his head under water.", "torture"),
    ("He said I would disappear if I talked.", "threat"),
    ("Nothing has been heard of him since his arrest.", "disappearance"),
    ("The children were sent abroad.", "forced_separation"),
    ("The group prevented her departure.", "denial_of_exit"),
    ("Relatives have been unable to visit him.", "denial_of_contact"),
    ("Protesters were violently dispersed by the police.", "physical_assault"),
    ("He was warned not to speak to journalists.", "threat"),
    ("Families have received no information about their relatives.", "disappearance"),
    ("Detainees lacked adequate food and medical care.", "deprivation"),
    ("Mothers were not allowed to keep their babies.", "forced_separation"),
]


@pytest.mark.parametrize(("text", "act"), STATED)
def test_new_wordings_state_the_act(extractor: SpacyExtractor, text: str, act: str) -> None:
    acts = {c.act for c in claims_of(extractor, text)}
    assert act in acts, acts


NOT_STATED = [
    ("The Ministry rejects the unfounded allegations of the experts.", "false_accusation"),
    ("He left with a travel document issued by UNHCR.", "confiscation_of_documents"),
    ("They were handed over to the regime's torturers.", "torture"),
    ("She told reporters that the government would arrest the suspects.", "threat"),
    ("He said he would die for his country.", "threat"),
    ("The police used sticks on the fire.", "physical_assault"),
    ("I lived in a room on my own floor.", "solitary_confinement"),
    ("Unable to see the road, he stopped.", "denial_of_contact"),
    ("The region lacks adequate water.", "deprivation"),
]


@pytest.mark.parametrize(("text", "act"), NOT_STATED)
def test_near_misses_state_nothing(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act not in {c.act for c in claims_of(extractor, text)}


DATES = [
    ("raids in 2019 and 2020", ("2019", "2020")),
    ("on 12 and 13 May 2011", ("2011-05-12", "2011-05-13")),
    ("in the winter of 1993-94", ("1993", "1994")),
    ("since his arrest in 2000", ("2000", None)),
    ("until her release in May 2003", (None, "2003-05")),
    ("in April and May 2011", ("2011-04", "2011-05")),
    ("June 2-4, 2011", ("2011-06-02", "2011-06-04")),
    ("from mid-2015 until early 2017", ("2015", "2017")),
    ("from the summer of 1993 to the end of 1994", ("1993", "1994")),
    ("until late 2003", (None, "2003")),
]


@pytest.mark.parametrize(("text", "span"), DATES)
def test_date_phrases(text: str, span: tuple[str | None, str | None]) -> None:
    found = [e for e in find_times(text) if e.is_date]
    assert [(e.start, e.stop) for e in found] == [span]


def test_an_iso_date_is_not_a_two_year_range() -> None:
    assert [(e.start, e.stop) for e in find_times("on 2011-04-08")] == [
        ("2011-04-08", "2011-04-08")
    ]


def test_a_rate_is_not_a_duration() -> None:
    found = find_times("twelve hours a day, for almost a year")
    assert [e.duration for e in found] == ["P1Y"]


def test_that_year_takes_the_earlier_year() -> None:
    (expr,) = find_times("later that year")
    assert resolve(expr, "1993-09-14", None).start == "1993"


def test_an_ordinal_year_counts_from_the_earlier_date() -> None:
    (expr,) = find_times("In the second year they sent us to a workshop")
    assert resolve(expr, "2018-04-17", None).start == "2019"


def test_the_following_morning_is_the_next_day() -> None:
    (expr,) = find_times("the following morning")
    assert resolve(expr, "2011-04-08", None).start == "2011-04-09"
