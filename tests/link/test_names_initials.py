"""Initials and forms of address: "M. R. Haghighi", "J.R.S.", "Nurmatow R.", "Sister Rut"."""

from __future__ import annotations

import pytest

from testimonies.link.names import compare_names, normalize_name


def _texts(name: str) -> list[str]:
    return [p.text for p in normalize_name(name).parts]


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("M. R. Haghighi", ["m", "r", "haghighi"]),  # M. among initials is not Monsieur
        ("M.J.Q.", ["m", "j", "q"]),
        ("Nurmatow R.", ["r", "nurmatow"]),  # family name, then initials
        ("Citizen Abdurahmanova G.", ["g", "abdurahmanova"]),
        ("Sister Rut", ["rut"]),
        ("Brother Benjamin", ["benjamin"]),
        ("Said Sobhani", ["said", "sobhani"]),  # an ambiguous title stays a given name
    ],
)
def test_initials_and_titles(written: str, parts: list[str]) -> None:
    assert _texts(written) == parts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("J.R.S.", "Joaquín Ruiz Salvatierra"),
        ("M. R. Haghighi", "Mohammad Reza Haghighi"),
        ("Nurmatow R.", "Rustam Nurmatov"),
    ],
)
def test_initials_are_compatible_not_same(a: str, b: str) -> None:
    # Initials fit, but only a document's or corpus's context can say they are the person.
    result = compare_names(a, b)
    assert result.verdict == "unsure", result.reasons


def test_an_initial_does_not_align_with_two_glued_parts() -> None:
    reasons = " ".join(compare_names("J.R.S.", "Joaquín Ruiz Salvatierra").reasons)
    assert "joaquinruiz" not in reasons and "'r' ~ 'ruiz'" in reasons
