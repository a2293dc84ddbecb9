"""The group a document is about, read off names built on a group's head word."""

from __future__ import annotations

from testimonies.extract.context import DocumentContext
from testimonies.extract.groups import text_groups
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

HEADS = ["front", "force", "household", "institute", "order", "organization", "union"]
REPORTERS = frozenset({"rights", "watch", "committee"})
OPENERS = frozenset({"under", "members"})


def test_a_name_counts_with_its_initials_and_its_head_alone() -> None:
    text = (
        "Under the Emergency Security Order of May 2019, the Tamber Valley Defence Force took"
        " over the farms. TVDF guards beat detainees. The Force denies it. Human Rights Watch"
        " and the Committee for Justice Union interviewed 20 people."
    )
    found = text_groups(text, HEADS, REPORTERS, OPENERS)
    assert found["Tamber Valley Defence Force"] == 3  # in full, 'TVDF', 'The Force'
    assert found["Emergency Security Order"] == 1  # 'Under' and 'of May' are no part of it
    assert not any("Rights" in name or "Committee" in name for name in found)


def test_a_word_that_opens_a_sentence_is_no_part_of_the_name() -> None:
    text = "Members of the Lantern Household say so. Community of the Living Word is a commune."
    found = text_groups(text, ["household", "community"], REPORTERS, OPENERS)
    assert "Lantern Household" in found
    assert "Community of the Living Word" in found  # what is left would be no group's name


def test_the_group_the_tagger_misses_is_the_default_doer(extractor: SpacyExtractor) -> None:
    text = (
        "The Household of the Dawn settled in the forest in 1994. Former residents say the"
        " Household of the Dawn runs a strict regime.\n\n"
        "In 2003 a girl who wanted to leave was locked in a shed for a week.\n"
    )
    detention = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert detention and "Household of the Dawn" in " ".join(detention[0].perpetrators)


def test_the_act_itself_is_not_its_doer(extractor: SpacyExtractor) -> None:
    text = (
        "The Office is alarmed by the killing of at least 11 people, and possibly as many as"
        " 19, by militia guards at a farm in Nagara.\n"
    )
    killing = [c for c in claims_of(extractor, text) if c.act == "killing"]
    assert killing and "killing" not in " ".join(killing[0].perpetrators)


def test_a_word_in_capitals_named_once_is_not_the_group() -> None:
    ctx = DocumentContext()
    ctx.add_org(10, "COMMENTS")  # 'COMMENTS (3)' heading a blog's comments
    assert ctx.main_group() is None
    ctx.add_org(50, "TVDF")
    ctx.add_org(90, "TVDF")
    assert ctx.main_group() == "TVDF"


def test_a_party_to_a_case_is_no_group() -> None:
    ctx = DocumentContext(party_roles=frozenset({"state party"}))
    for at in (10, 40, 80):
        ctx.add_org(at, "State party")
    ctx.add_org(120, "General Security Directorate")
    ctx.add_org(160, "General Security Directorate")
    assert ctx.main_group() == "General Security Directorate"


def test_a_speaker_named_by_a_word_of_the_groups_name(extractor: SpacyExtractor) -> None:
    text = (
        "The Wellspring Institute runs a retreat at Hollowmere. Former residents describe the"
        " Wellspring Institute as a closed world.\n\n"
        'The Institute said that "no resident has ever been prevented from leaving".\n'
    )
    denied = [c for c in claims_of(extractor, text) if c.polarity == "denied"]
    assert denied and denied[0].asserted_by == "Institute [Wellspring Institute]"


def test_only_a_word_for_the_group_stands_for_it() -> None:
    ctx = DocumentContext()
    for at in (10, 40):
        ctx.add_org(at, "Awer National Salvation Front")
    ctx.add_group_mention(60, "the movement")
    assert ctx.group_reference(70) == "the movement [Awer National Salvation Front]"
    ctx.add_group_mention(80, "the order")  # 'held on the order of no judge'
    assert ctx.group_reference(90) == "the movement [Awer National Salvation Front]"


def test_known_aliases_tie_an_acronym_the_text_never_defines() -> None:
    from testimonies.extract.groups import known_acronyms

    text = (
        "PMOI supporters rallied in Paris. The People's Mojahedin Organization of Iran says"
        " its camp is open; the Mojahedin-e Khalq denies holding anyone."
    )
    found = known_acronyms(text)
    assert found["PMOI"] == "People's Mojahedin Organization of Iran"  # the first name written
    assert known_acronyms("PMOI supporters rallied in Paris.") == {}  # no longer name: nothing
    assert known_acronyms("pmoi and the People's Mojahedin Organization of Iran") == {}


def test_the_group_under_its_acronym_and_its_name_is_one_doer(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "The MEK and its critics\n\n"
        "Former members of the Mojahedin Khalq Organization describe a closed camp. MEK"
        " officials reject this. The MEK says members may leave.\n\n"
        "In 1996 the organization locked a member who had asked to leave in a cell for a year.\n"
    )
    detention = [c for c in claims_of(extractor, text) if c.act == "detention"]
    doers = " ".join(detention[0].perpetrators) if detention else ""
    assert "MEK" in doers and "Mojahedin Khalq Organization" in doers


def test_a_group_with_premises_is_the_group_though_written_as_a_place() -> None:
    ctx = DocumentContext()
    ctx.text_groups["Pine Ridge Academy"] = 7  # in full and as 'the Academy'
    ctx.place_like.add("pine ridge academy")  # 'brought to Pine Ridge Academy at night'
    ctx.add_org(100, "Lowell Trust")  # runs it, named twice
    ctx.add_org(900, "Lowell Trust")
    assert ctx.main_group() == "Pine Ridge Academy"
