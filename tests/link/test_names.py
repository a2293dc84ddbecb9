"""Name normalisation and comparison: spelling families, titles, particles, hard negatives."""

from __future__ import annotations

import pytest

from testimonies.link.distance import similarity
from testimonies.link.names import compare_names, normalize_name
from testimonies.link.organizations import organization_key

SAME = [
    ("Mohammad Hossein Sobhani", "Mohammed Hussein Sobhani"),
    ("Muhammad Husayn Sobhani", "Mohamad Hosein Sobhani"),
    ("Massoud Rajavi", "Masoud Radjavi"),
    ("Rajavi, Massoud", "Massoud Rajavi"),
    ("Abolhassan Banisadr", "Abol-Hassan Bani Sadr"),
    ("Ali Javaheri-Yar", "Ali Javaheri Yar"),
    ("Abdollatif Haqi", "Abdul Latif Haghi"),
    ("Abd al-Latif Haghi", "Abdullatif Haqi"),
    ("Dr. Husayn Ali al-Hashemi", "Hossein Ali Hashemi"),
    ("Ayatollah Ruhollah Khomeini", "Rouhollah Khomeyni"),
    ("Fatemeh Zahra Mousavi", "Fatima Zahra Musavi"),
    ("Mehdi Abrishamchi", "Mahdi Abrishamchi"),
    ("Hojatoleslam Seyyed Ebrahim Raisi", "Ibrahim Raisi"),
    ("Ali Rezai", "Ali Rezaei"),
    ("Mahin Ghorbani", "Mahyn Qorbani"),  # outside the families: rules only
    ("Behrouz Tavakoli", "Behruz Tavakkoli"),
    ("José Ramírez", "Jose Ramirez"),
]
DIFFERENT = [
    ("Massoud Rajavi", "Maryam Rajavi"),  # relatives: shared family name
    ("Hassan Rezaei", "Hossein Rezaei"),  # similar given names
    ("Mahmoud Ahmadi", "Mohammad Ahmadi"),
    ("Hamid Karimi", "Hamed Karimi"),
    ("Ali Karimi", "Ali Rahimi"),
    ("Reza Ahmadi", "Rezai Ahmadi"),
    ("Ali Hosseini", "Ali Hossein"),
    ("Mohammad Karimi", "Mohammadi Karimi"),
    ("Ahmad Sobhani", "Mahmoud Zolfaghari"),
]
UNSURE = [
    ("Sobhani", "Mohammad Hossein Sobhani"),  # family name only
    ("Mr. Rajavi", "Massoud Rajavi"),
    ("Rajavi", "Rajavi"),  # could be either Rajavi
    ("M. H. Sobhani", "Mohammad Hossein Sobhani"),  # initials only
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same(a: str, b: str) -> None:
    result = compare_names(a, b)
    assert result.verdict == "same", result.reasons


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different(a: str, b: str) -> None:
    result = compare_names(a, b)
    assert result.verdict == "different", result.reasons


@pytest.mark.parametrize(("a", "b"), UNSURE)
def test_unsure(a: str, b: str) -> None:
    result = compare_names(a, b)
    assert result.verdict == "unsure", result.reasons


def test_symmetric() -> None:
    for a, b in SAME + DIFFERENT + UNSURE:
        assert compare_names(a, b).verdict == compare_names(b, a).verdict


def test_reasons_name_the_features() -> None:
    result = compare_names("Massoud Rajavi", "Maryam Rajavi")
    text = " ".join(result.reasons)
    assert "given_name_conflict" in text and "'massoud' vs 'maryam'" in text
    assert "family_name" in text
    assert 0.0 <= result.score < 0.5


def test_normalize_drops_titles_and_particles() -> None:
    name = normalize_name("Ayatollah Seyed Ali al-Khamenei")
    assert [p.text for p in name.parts] == ["ali", "khamenei"]
    assert {"ayatollah", "seyed", "al"} <= set(name.dropped)
    # A title that is also a given name stays when it is all there is besides the family name.
    assert [p.text for p in normalize_name("Said Jalili").parts] == ["said", "jalili"]


def test_normalize_joins_prefixes_and_endings() -> None:
    assert normalize_name("Bani-Sadr").key == normalize_name("Banisadr").key
    assert normalize_name("Abdul Latif").key == normalize_name("Abdollatif").key
    assert normalize_name("Javaheri Yar").key == normalize_name("Javaheri-Yar").key


def test_weighted_distance_prefers_vowel_changes() -> None:
    assert similarity("mahdi", "mehdi") > similarity("mahdi", "madhi")
    assert similarity("karim", "karimi") < 0.84  # a final -i makes another name


def test_empty_name_is_unsure() -> None:
    assert compare_names("", "Ali Rezaei").verdict == "unsure"


@pytest.mark.parametrize(
    "alias",
    [
        "MEK",
        "MKO",
        "PMOI",
        "Mojahedin-e Khalq",
        "People's Mojahedin Organization of Iran",
        "the MEK",
    ],
)
def test_organization_aliases(alias: str) -> None:
    assert organization_key(alias) == "mek"


def test_unknown_organization() -> None:
    assert organization_key("Some Charity") is None
