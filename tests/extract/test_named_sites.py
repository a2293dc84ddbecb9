"""Places of custody a text names in its own words, and the moves into and stays in them that
the text then tells with no word of custody (texts written for this test)."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.sites import custody_sites
from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.vocab import load_lexicon
from tests.extract.conftest import claims_of, only


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        ("The camp had small houses that the members called Darbast.", {"Darbast": False}),
        (
            "The second prison was the Gousheh (corner), a row of single rooms with no windows.",
            {"Gousheh": True},
        ),
        ("Many were kept for years in the prison of Tal Hamra.", {"Tal Hamra": False}),
        (
            "Particularly the so-called quiet room is mentioned in every account.",
            {"quiet room": False},
        ),
        ('Dissidents were locked in the "Box", a container behind the kitchen.', {"Box": False}),
    ],
)
def test_the_names_a_text_gives_places_of_custody(text: str, sites: dict[str, bool]) -> None:
    assert custody_sites(text, load_lexicon()) == sites


@pytest.mark.parametrize(
    "text",
    [
        "The prisoners of the camp were led by a commander known as Major Dawit.",
        "The families of the members trapped in the camp of Golriz in Lestovia marched.",
        "The Association for Detainees in the North (ADDN) visited the prison.",
        "The so-called media section of the camp prints the newspaper.",
    ],
)
def test_no_name_of_a_person_group_country_or_workplace(text: str) -> None:
    assert custody_sites(text, load_lexicon()) == {}


DOCUMENT = (
    "The camp had small houses that the members called Darbast. "
    "The same night they took me to the Darbast.\n\n"
    "The second prison was the Gousheh (corner), a row of single rooms with no windows. "
    "Another witness, Hadi Karimi, was in the Gousheh for about three years, from 1999 to 2002.\n"
)


def test_a_move_into_a_named_site_is_a_detention(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, DOCUMENT), "detention")
    assert claim.victims == ["me"] and claim.place == "Darbast"


def test_a_stay_in_a_site_of_solitude_is_a_solitary_confinement(
    extractor: SpacyExtractor,
) -> None:
    claim = only(claims_of(extractor, DOCUMENT), "solitary_confinement")
    assert claim.victims == ["Hadi Karimi"]
    assert (claim.place, claim.start, claim.end) == ("Gousheh", "1999", "2002")
    assert claim.perpetrators == []


def test_a_site_is_no_group(extractor: SpacyExtractor) -> None:
    assert all("Darbast" not in p for c in claims_of(extractor, DOCUMENT) for p in c.perpetrators)


def test_being_in_a_site_without_a_length_is_no_stay(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extractor, "recall", None)  # (the rule under test, not the learned net)
    text = (
        "The camp had small houses that the members called Darbast. "
        "I saw him once when he was in the Darbast."
    )
    assert claims_of(extractor, text) == []


def test_a_stay_there_after_a_solitary_confinement(extractor: SpacyExtractor) -> None:
    text = (
        "He spent eight years in solitary confinement cells in the camps. "
        "Another witness, Javad Yar, stayed there for five years, from 1995 to 2000."
    )
    claims = [c for c in claims_of(extractor, text) if c.victims == ["Javad Yar"]]
    assert [(c.act, c.start, c.end) for c in claims] == [("solitary_confinement", "1995", "2000")]


def test_no_site_claims_with_the_switch_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "NAMED_CUSTODY_SITES", False)
    monkeypatch.setattr(extractor, "recall", None)  # (the learned net reads some of these too)
    assert claims_of(extractor, DOCUMENT) == []


def test_a_stay_alone_is_a_solitary_confinement(extractor: SpacyExtractor) -> None:
    text = (
        "The camp had small houses that the members called Darbast. "
        "I was in the Darbast alone from the autumn of 1995 until the spring of 1997."
    )
    assert only(claims_of(extractor, text), "solitary_confinement").start == "1995"


def test_a_named_site_moved_into_is_read_beside_other_acts(extractor: SpacyExtractor) -> None:
    text = (
        "The second prison was the Gousheh (corner), a row of single rooms with no windows. "
        "Ahmad Nouri was arrested at the gate and put in the Gousheh."
    )
    acts = {c.act for c in claims_of(extractor, text)}
    assert {"detention", "solitary_confinement"} <= acts
