"""A source is given by name, not by what the text says of them (written for this test)."""

from __future__ import annotations

import pytest

from testimonies.extract.sentence import _without_aside


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Mr. Omar Said, who was held in the cell next to his", "Mr. Omar Said"),
        ("the Ministry of Justice, which states that", "the Ministry of Justice"),
        ("Dr. Lena Park, whose clinic treated them", "Dr. Lena Park"),
    ],
)
def test_what_is_said_of_a_named_source_is_dropped(written: str, name: str) -> None:
    assert _without_aside(written) == name


@pytest.mark.parametrize(
    "written",
    [
        "three former members who have since spoken to me",  # restrictive: it says which ones
        "a guard, who asked not to be named",  # no name before the comma: the aside is all
    ],
)
def test_a_source_without_a_name_keeps_its_description(written: str) -> None:
    assert _without_aside(written) == written
