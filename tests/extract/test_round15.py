"""Round 15 of the extraction rules: who did it, where the sentence says so."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("She was beaten by the women in the kitchen.", ["the women"]),
        ("He was beaten by the older boys and a teacher.", ["the older boys", "a teacher"]),
        ("The boy was locked in the shed by two residents.", ["two residents"]),
    ],
)
def test_by_names_the_doers_even_in_words_of_sufferers(
    extractor: SpacyExtractor, text: str, doers: list[str]
) -> None:
    claim = claims_of(extractor, text)[0]
    assert claim.perpetrators == doers


def test_without_by_those_words_still_suffer(extractor: SpacyExtractor) -> None:
    claim = only(
        claims_of(extractor, "The older boys were beaten by the guards."), "physical_assault"
    )
    assert claim.victims == ["The older boys"]
    assert claim.perpetrators == ["the guards"]


def test_the_switch_turns_by_doers_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "BY_NAMES_DOER", False)
    claim = claims_of(extractor, "She was beaten by the women in the kitchen.")[0]
    assert claim.perpetrators == []


def test_an_agent_the_parse_hangs_on_the_verb_is_the_acts(extractor: SpacyExtractor) -> None:
    text = "Former detainees of Ulmezar described beatings by guards with rubber truncheons."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.perpetrators == ["guards"]
    assert claim.victims != ["guards"]


def test_by_means_names_no_doer(extractor: SpacyExtractor) -> None:
    text = "He explained the beatings by the lack of discipline in the camp."
    assert all(c.perpetrators != ["the lack"] for c in claims_of(extractor, text))


def test_by_inside_the_victims_phrase_is_the_doer(extractor: SpacyExtractor) -> None:
    text = "They condemned the detention of members by the security service."
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["members"]
    assert claim.perpetrators == ["the security service"]


def test_it_under_a_bodys_speech_is_that_body(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "The brigade has said it is not holding him."), "detention")
    assert claim.polarity == "denied"
    assert claim.perpetrators == ["The brigade"]


def test_it_under_a_reporters_speech_is_not_the_reporter(extractor: SpacyExtractor) -> None:
    text = "The newspaper wrote that it had been told the camp held 40 men."
    assert all(c.perpetrators != ["The newspaper"] for c in claims_of(extractor, text))
