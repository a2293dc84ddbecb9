"""Transcripts written for these tests: each turn is its speaker's."""

from __future__ import annotations

from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.turns import find_turns
from tests.extract.conftest import claims_of

NOT_LABELS = frozenset({"name", "gender", "note"})

HEARING = (
    "HEARING ON DETENTION IN THE CAMPS\n\n"
    "Mr. OKAFOR. The hearing will come to order. Ms. Tesfaye, please begin.\n\n"
    "Ms. TESFAYE. Thank you, Mr. Chairman. My name is Almaz Tesfaye. In 2017 the guards of the"
    " movement locked me in a container for six months.\n\n"
    "They beat me every week.\n\n"
    "Mr. OKAFOR. Thank you. Dr. Lund?\n\n"
    "Dr. LUND. Our centre treated 40 former detainees. Most of them were tortured with"
    " electric shocks.\n"
)


def test_a_hearing_has_turns_named_as_the_text_names_the_speakers() -> None:
    turns = find_turns(HEARING, {}, NOT_LABELS, None)
    assert turns is not None
    assert turns.speaker_at(HEARING.index("They beat me")) == "Almaz Tesfaye"
    assert turns.speaker_at(HEARING.index("Our centre")) == "Dr. Lund"


def test_labels_that_name_no_speaker_make_no_transcript() -> None:
    text = (
        "LAKELAND: JOURNALIST HELD\n\nName: Omar Said\nGender: male\n\n"
        "Note: he was arrested on 2 May 2021 and is held in Tarvik.\n"
    )
    assert find_turns(text, {}, NOT_LABELS, None) is None


def test_initials_stand_for_the_names_the_header_gives() -> None:
    text = (
        "Narrator: Ilse Varga (IV). Interviewer: Tomas Bek (TB).\n\n"
        "TB: Where were you held?\n\nIV: In the cellar of the farm, for a year.\n\n"
        "TB: Were you beaten?\n\nIV: Every day.\n"
    )
    turns = find_turns(text, {"IV": "Ilse Varga", "TB": "Tomas Bek"}, NOT_LABELS, None)
    assert turns is not None and turns.speaker_at(text.index("Every day")) == "Ilse Varga"


def test_a_name_in_capitals_named_nowhere_else_is_written_as_a_name() -> None:
    text = (
        "RADIO NORTH - 4 May 2020\n\n"
        "PETRA VOSS: Were you held there?\n\nKARL DEMIR: For a year, in the cellar.\n\n"
        "PETRA VOSS: Were you beaten?\n\nKARL DEMIR: Every day.\n"
    )
    turns = find_turns(text, {}, NOT_LABELS, None)
    assert turns is not None
    assert turns.speaker_at(text.index("Every day")) == "Karl Demir"
    assert turns.speaker_at(text.index("Were you beaten")) == "Petra Voss"


def test_in_a_turn_i_is_its_speaker_who_asserts_it(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, HEARING)
    detention = [c for c in claims if c.act == "detention"]
    assert detention and detention[0].victims == ["Almaz Tesfaye"]
    assert detention[0].asserted_by == "Almaz Tesfaye"
    torture = [c for c in claims if c.act == "torture"]
    assert torture and torture[0].asserted_by == "Dr. Lund"


def test_a_blog_tells_in_its_authors_own_voice(extractor: SpacyExtractor) -> None:
    text = (
        "NOTES FROM THE FARM\nby Petra Lindqvist\n\n"
        "I lived at the farm of the Circle of Light from 2015 to 2019. I was 24 when I came. I"
        " worked in the kitchen and I prayed with the others. In 2017 the elders locked me in"
        " the cellar for a week because I asked to leave.\n"
    )
    detention = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert detention and detention[0].asserted_by is None
    assert "Petra Lindqvist" in detention[0].victims


def test_a_testimony_recorded_by_a_body_is_its_witness_s(extractor: SpacyExtractor) -> None:
    text = (
        "Testimony of Petra Lindqvist\nRecorded by the Northern Rights Centre, May 2021.\n\n"
        "My name is Petra Lindqvist. In 2017 the elders locked me in the cellar for a week"
        " because I asked to leave.\n"
    )
    detention = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert detention and detention[0].asserted_by == "Petra Lindqvist"


def test_a_source_named_in_a_letter_tells_what_follows(extractor: SpacyExtractor) -> None:
    text = (
        "My name is Haile Gebru. I write to you about my son Yonas, and I ask for your help.\n\n"
        "In May 2019, according to two fighters who later escaped to Hadush, Yonas was arrested"
        " by the security office. They said he was taken to the prison at the camp. He said the"
        " guards beat the prisoners every night with sticks.\n"
    )
    claims = claims_of(extractor, text)
    told = [c for c in claims if c.act in ("detention", "physical_assault")]
    assert len(told) >= 3
    assert all(c.asserted_by and "fighters" in c.asserted_by for c in told)
