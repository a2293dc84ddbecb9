"""Round 16 of the extraction wordings (acts.yaml 16): people sold, barracks chores, the strap as
a verb, shocks without the word "electric", found hanged, nobody knowing where someone is; and the
held as barracks, ships and processing centres call them."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import acts_of, claims_of, only


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("About twenty of us were sold to another compound.", "handover"),
        ("In that camp workers were bought and sold.", "handover"),
        ("The recruiters sold them to a gang across the border.", "handover"),
        ("The granddads made us wash their uniforms every night.", "forced_labor"),
        ("She was made to cook and fetch water for the commander.", "forced_labor"),
        ("He was strapped by the principal for speaking his language.", "physical_assault"),
        ("Six former workers said they were shocked with batons.", "torture"),
        ("I watched Rendi get shocks on his arms.", "torture"),
        ("He was found hanged in the boiler house of the unit.", "death_in_custody"),
        ("Nobody knows where he is now.", "disappearance"),
        ("No one knew where they were taken.", "disappearance"),
    ],
)
def test_wordings(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act in acts_of(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The woman who sells tomatoes beside him saw everything.",  # goods, not people
        "They sold us milk and cheese at the gate.",
        "I was shocked by the conditions in the camp.",  # surprised
        "For the first days he was strapped to the bed.",  # a restraint, not a beating
    ],
)
def test_not_these_acts(extractor: SpacyExtractor, text: str) -> None:
    acts = acts_of(extractor, text)
    assert "handover" not in acts
    assert "torture" not in acts
    assert "physical_assault" not in acts


def test_a_denied_sale(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "The company has never sold anyone."), "handover")
    assert claim.polarity == "denied"


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Two sergeants struck young servicemen on several occasions.", ["young servicemen"]),
        ("The guards beat the transferees in the yard.", ["the transferees"]),
    ],
)
def test_the_held_as_their_places_call_them(
    extractor: SpacyExtractor, text: str, victims: list[str]
) -> None:
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == victims


@pytest.mark.parametrize(
    "text",
    [
        "Two instructors held him face down on the ground.",
        "He was pinned face-down by instructors in March.",
        "Residents had been restrained without authorisation.",
    ],
)
def test_restraint_by_force_is_an_assault(extractor: SpacyExtractor, text: str) -> None:
    acts = acts_of(extractor, text)
    assert "physical_assault" in acts
    assert "detention" not in acts  # "held" here holds a body down, not a person in a place


@pytest.mark.parametrize(
    "text",
    [
        "One of the girls was kept in a container by herself for two weeks.",
        "They took me down to the basement and locked me in alone.",
        "Some residents were held in rooms on their own for several weeks.",
    ],
)
def test_custody_told_as_alone_is_solitary(extractor: SpacyExtractor, text: str) -> None:
    assert "solitary_confinement" in acts_of(extractor, text)


def test_custody_with_others_stays_detention(extractor: SpacyExtractor) -> None:
    acts = acts_of(extractor, "He was detained in Block C with forty others.")
    assert acts == ["detention"]


def test_by_herself_names_no_doer(extractor: SpacyExtractor) -> None:
    text = "One of the girls was kept in a container by herself for two weeks."
    claim = only(claims_of(extractor, text), "solitary_confinement")
    assert claim.perpetrators == []


def test_the_switch_turns_alone_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "ALONE_IS_SOLITARY", False)
    text = "One of the girls was kept in a container by herself for two weeks."
    assert "solitary_confinement" not in acts_of(extractor, text)


def test_on_their_own_is_no_part_of_the_place(extractor: SpacyExtractor) -> None:
    text = "Some residents were held in rooms on their own for several weeks."
    claim = only(claims_of(extractor, text), "solitary_confinement")
    assert claim.place is None or "own" not in claim.place


GOING_ON = (
    '"We know that residents asked to leave and were refused," said the investigating '
    'prosecutor, JUDr. Pavel Horak. "Some of them also had no possibility of contacting their '
    'families for months." He added that it was too early to say more.'
)


def test_a_quote_goes_on_in_the_voice_that_was_just_named(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, GOING_ON), "denial_of_contact")
    assert claim.asserted_by == "the investigating prosecutor"


def test_a_quote_with_its_own_speaker_keeps_it(extractor: SpacyExtractor) -> None:
    text = (
        '"They beat us every night," said Amina Yusuf. '
        '"Nobody was ever locked in," said the director, Paul Brenner.'
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.asserted_by == "Paul Brenner"


def test_a_quote_in_a_new_paragraph_is_not_carried_on(extractor: SpacyExtractor) -> None:
    text = '"They beat us every night," said Amina Yusuf.\n\n"The guards locked us in the shed."'
    claim = only(claims_of(extractor, text), "detention")
    assert claim.asserted_by is None


def test_the_switch_turns_quotes_going_on_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "QUOTES_GO_ON", False)
    assert only(claims_of(extractor, GOING_ON), "denial_of_contact").asserted_by is None
