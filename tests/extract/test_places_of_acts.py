"""Where an act was done, as its own clause writes it (sentences written for this test)."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only


@pytest.mark.parametrize(
    ("text", "act", "place"),
    [
        ("In 2019 the guards executed two prisoners at the quarry.", "killing", "the quarry"),
        (
            "The children of the prisoners were placed in state boarding schools.",
            "forced_separation",
            "state boarding schools",
        ),
        (
            "They arrested him at the army's checkpoint in 2012.",
            "detention",
            "the army's checkpoint",
        ),
    ],
)
def test_a_plain_site_on_the_acts_verb_is_its_place(
    extractor: SpacyExtractor, text: str, act: str, place: str
) -> None:
    assert only(claims_of(extractor, text), act).place == place


def test_one_room_of_a_site_is_not_the_place(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "They kept him in a room for two days and beat him.")
    assert all(c.place != "a room" for c in claims)


def test_a_site_of_one_act_is_not_carried_to_the_next(extractor: SpacyExtractor) -> None:
    text = "Guards beat him in the kitchen in May. In June he was beaten again."
    places = [c.place for c in claims_of(extractor, text) if c.act == "physical_assault"]
    assert places[0] == "the kitchen"
    assert places[1] != "the kitchen"


@pytest.mark.parametrize(
    "text",
    [
        "A prisoner named Omar Said was beaten in 2004.",
        "In 2004 the guards beat a man they called Mr. Nobody.",
    ],
)
def test_a_persons_name_is_no_place(extractor: SpacyExtractor, text: str) -> None:
    assert settings.NAMES_ARE_PEOPLE
    places = [c.place for c in claims_of(extractor, text)]
    assert not any(p and ("Omar" in p or "Mr." in p) for p in places), places


REGION_TEXT = (
    "Reza Amini ran the group's offices in Europe and North America for ten years. "
    "In the end he was sent to solitary confinement."
)


def test_a_world_region_is_not_carried_to_the_next_acts(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, REGION_TEXT), "solitary_confinement")
    assert claim.place not in ("North America", "Europe")


def test_a_world_region_in_the_acts_own_clause_is_its_place(extractor: SpacyExtractor) -> None:
    text = "In 2015 members were held in Europe for months."
    claim = only(claims_of(extractor, text), "detention")
    assert claim.place == "Europe"


def test_regions_are_carried_with_the_switch_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "REGIONS_NOT_CARRIED", False)
    claim = only(claims_of(extractor, REGION_TEXT), "solitary_confinement")
    assert claim.place == "North America"
