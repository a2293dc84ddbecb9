"""Round 26 name rules: Azerbaijani and Oromo spellings of Muhammad (Mahammad), and Burmese Mg
for Maung."""

from __future__ import annotations

import pytest

from testimonies.link.names import compare_names

SAME = [
    ("Mahammad Aliyev", "Mohammed Aliyev"),  # Azerbaijani Məhəmməd
    ("Abdi Mahammed", "Abdi Muhammad"),
    ("Thein Maung", "Thein Mg"),  # Burmese Mg = Maung
]

DIFFERENT = [
    ("Mahmud Aliyev", "Mahammad Aliyev"),  # Mahmud is no spelling of Muhammad
    ("Thein Mya", "Thein Mg"),  # only Maung is written Mg
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_name_are_the_same(a: str, b: str) -> None:
    assert compare_names(a, b).verdict == "same", compare_names(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_other_names_stay_apart(a: str, b: str) -> None:
    assert compare_names(a, b).verdict != "same", compare_names(a, b)
