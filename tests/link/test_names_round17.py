"""Round 17 name rules: Arabic fa'l names written with a helping vowel (Bisher = Bishr), listed
name by name so that the participle fa'il stays another name (Nasser is not Nasr)."""

from __future__ import annotations

import pytest

from testimonies.link.names import compare_names

SAME = [
    ("Bisher Khasawneh", "Bishr al-Khasawneh"),
    ("Saif al-Adel", "Saif al-Adl"),
    ("Sakher El Materi", "Sakhr al-Matri"),
    ("Fahed Jasim al-Freij", "Fahd Jassem al-Freij"),
    ("Mustafa Bader al-Din", "Mustafa Badr al-Din"),
]

NOT_SAME = [
    # the participle fa'il is another name than fa'l
    ("Nasser al-Qahtani", "Nasr al-Qahtani"),
    ("Amr Moussa", "Omar Moussa"),
    ("Adly Mansour", "Adel Mansour"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same(a: str, b: str) -> None:
    assert compare_names(a, b).verdict == "same"


@pytest.mark.parametrize(("a", "b"), NOT_SAME)
def test_not_same(a: str, b: str) -> None:
    assert compare_names(a, b).verdict != "same"
