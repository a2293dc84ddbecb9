"""Round 10: the group a document is about, found under its acronym and its plural; sentences
written for this test."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only

ACRONYM_TEXT = (
    "The Front for the Liberation of Kessaria (FLK) runs camps in the hills. FLK fighters guard "
    "them. The FLK denies it. A spokesman of the FLK said the camps are open. The movement says "
    "so. Recruits who asked to leave were locked in a pit for weeks."
)


def test_an_acronyms_mentions_count_for_the_name_it_stands_for(
    extractor: SpacyExtractor,
) -> None:
    claim = only(claims_of(extractor, ACRONYM_TEXT), "detention")
    assert claim.perpetrators == ["The movement [Front for the Liberation of Kessaria (FLK)]"]


def test_without_the_acronyms_the_country_in_the_name_was_taken_for_the_group(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "ACRONYMS_COUNT", False)
    claim = only(claims_of(extractor, ACRONYM_TEXT), "detention")
    assert "FLK" not in claim.perpetrators[0]


def test_what_follows_of_in_a_groups_name_is_not_its_name() -> None:
    from testimonies.extract.context import _before_of

    assert _before_of("the Front for the Restoration of Dambaro") == "Front for the Restoration"
    assert _before_of("Golriz Organization") == "Golriz Organization"


BRIGADES = (
    "Relatives gathered at the gate of the Brigades in Tell Wardi. The Brigades say there was "
    "never a prison there. The Brigades deny everything. Those who complained were beaten in "
    "the cellar."
)


def test_a_group_word_in_the_plural_names_a_group_also_where_it_speaks(
    extractor: SpacyExtractor,
) -> None:
    claim = only(claims_of(extractor, BRIGADES), "physical_assault")
    assert claim.perpetrators == ["Brigades"]


def test_without_plurals_the_brigades_who_speak_were_taken_for_a_reporter(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "PLURAL_GROUP_WORDS", False)
    claim = only(claims_of(extractor, BRIGADES), "physical_assault")
    assert claim.perpetrators == []


STATE_TEXT = (
    "Thousands of Nurlar believers have been held in camps in Varkhan since 2019, rights groups "
    "say. The authorities deny it. The authorities say the camps are schools.\n\nFormer "
    "prisoners said detainees were beaten during interrogation."
)


def test_where_no_group_is_named_the_state_body_named_most_is_the_doer(
    extractor: SpacyExtractor,
) -> None:
    claim = only(claims_of(extractor, STATE_TEXT), "physical_assault")
    assert claim.perpetrators == ["the authorities"]


def test_without_the_state_as_doer_the_beating_had_none(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "STATE_DOES", False)
    claim = only(claims_of(extractor, STATE_TEXT), "physical_assault")
    assert claim.perpetrators == []


@pytest.mark.parametrize(
    "text",
    [
        "In the camp his family washed his body before the burial.",
        "At the camp gate the family received her body a week later.",
        "Gunmen attacked the camp's guards at night.",
    ],
)
def test_words_that_annotators_never_read_as_these_acts(
    extractor: SpacyExtractor, text: str
) -> None:
    acts = [c.act for c in claims_of(extractor, text)]
    assert "killing" not in acts and "physical_assault" not in acts, acts
