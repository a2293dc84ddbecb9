"""Round 8: bylines that are handles."""

from __future__ import annotations

import pytest

from testimonies.extract.persons import byline
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of


def test_a_handle_signs_a_post() -> None:
    assert byline("notes from the farm\nposted by exmember_88, June 2021\n\nI was there.") == (
        "exmember_88"
    )
    assert byline("Posted by @lantern2019\n\nText.") == "lantern2019"
    # a sentence that happens to say 'posted by' names no handle
    assert byline("The notice was posted by the gate.\n") is None


def test_the_handle_is_the_i_of_the_post_and_its_own_voice(extractor: SpacyExtractor) -> None:
    text = (
        "what happened at the farm\n"
        "posted by exmember_88, a Sunday in May 2020\n\n"
        "I lived there for six years, and I am only now able to write it down. I joined when I"
        " was nineteen and I left when I was twenty-five.\n\n"
        "In 2012 the elders locked me in the seed shed for a week because I had asked to leave.\n"
    )
    detention = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert detention, claims_of(extractor, text)
    assert detention[0].victims == ["exmember_88"]
    assert detention[0].asserted_by is None  # the post's own voice


def test_she_in_a_turn_is_not_someone_who_takes_turns() -> None:
    from testimonies.extract.persons import PersonContext
    from testimonies.extract.turns import Turns

    ctx = PersonContext()
    ctx.add_person(40, "AURELIAN MARSH")  # the header: 'Guest in studio: AURELIAN MARSH'
    ctx.add_person(90, "Cassie Fennick")
    ctx.add_person(200, "AURELIAN MARSH:")  # his own label, taken in by the tagger
    assert ctx.person_before(300, "she") == "AURELIAN MARSH:"  # no transcript: the last named
    ctx.turns = Turns([100, 200], ["Orla Keane", "Aurelian Marsh"])
    assert ctx.person_before(300, "she") == "Cassie Fennick"


def test_a_label_s_colon_is_no_part_of_a_name() -> None:
    from testimonies.extract.textcues import clean_name

    assert clean_name("AURELIAN MARSH:") == "AURELIAN MARSH"
    # nor half a bracket the tagger cut ('... del Sur Profundo (ERSP'); a whole one stays
    assert clean_name("Ejército del Sur (ERSP") == "Ejército del Sur"
    assert clean_name("Kivari Patriotic Front (FPK)") == "Kivari Patriotic Front (FPK)"


def test_a_dateline_without_its_year_is_dated_by_the_line_above(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "Deaths at camp disputed\n\nBy Anna Berg\nJanuary 30, 2024\n\n"
        "NORTHTOWN, Jan 30 (Agency) - At least nine detainees were killed when guards fired on a"
        " protest inside the camp on Sunday, relatives said.\n"
    )
    killing = [c for c in claims_of(extractor, text) if c.act == "killing"]
    assert killing and killing[0].start == "2024-01-28"  # the Sunday before the 30th


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("She died in March of last year in the camp.", "2022-03"),
        ("He was arrested on 4 May this year.", "2023-05-04"),
        ("The hearing is set for January of next year.", "2024-01"),
    ],
)
def test_a_month_of_last_year_is_of_the_year_before_the_report(text: str, date: str) -> None:
    from testimonies.extract.timex import find_times, resolve

    found = [resolve(e, None, "2023-10-14").start for e in find_times(text, 0)]
    assert found == [date]


def test_a_site_named_in_quotation_marks_is_the_document_s_place(
    extractor: SpacyExtractor,
) -> None:
    text = (
        'The hostages were marched for two days to a camp known as "El Lobo" in the hills.\n\n'
        "Conditions at El Lobo were harsh, the court found. Witnesses who escaped from El Lobo"
        " described hunger.\n\n"
        "The guards beat the engineer Tomas Rey every week.\n"
    )
    beaten = [c for c in claims_of(extractor, text) if c.act == "physical_assault"]
    assert beaten and beaten[0].place == "El Lobo"


def test_who_after_a_name_and_its_role_is_the_named_one(extractor: SpacyExtractor) -> None:
    # the tagger reads this name as a place; the role set beside it says it is a person's
    text = (
        "According to her family, Sevinc Aghayeva, 58, a retired teacher who had been held at"
        " the Qalmar centre since 2021, died after a week in an isolation cell.\n"
    )
    held = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert held and held[0].victims == ["Sevinc Aghayeva"]
