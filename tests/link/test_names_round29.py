"""Round 29 name rules: German spellings of Russian and Ukrainian names (x before j is ks, -jew
after e is -ev, and a German given name takes the spelling family of its reading), and the Kazakh
patronymic -uly for the Russian -ev/-ov."""

from __future__ import annotations

import pytest

from testimonies.link import names
from testimonies.link.names import compare_names, make_part

SAME = [
    ("Igor Aksyonov", "Igor Axjonow"),  # German x before j = ks
    ("Oleg Sergeev", "Oleg Sergejew"),  # German -ejew = -eev
    ("Yevgeny Pritula", "Jewhen Prytula"),  # German Jewhen, read Yevhen, is of Yevgeny's family
    ("Kairat Zhumabekov", "Kairat Zhumabekuly"),  # Kazakh -uly after a consonant = -ov
    ("Nurlan Baimurzayev", "Nurlan Baimurzaiuly"),  # ... after a vowel = -yev
]

DIFFERENT = [
    ("Jewhen Prytula", "Jewa Prytula"),  # the family of a reading is no other name's
    ("Oleg Sergejew", "Oleg Sergejenko"),
    ("Kairat Zhumabekuly", "Kairat Zhumabayev"),  # another stem
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_name_are_the_same(a: str, b: str) -> None:
    assert compare_names(a, b).verdict == "same", compare_names(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_other_names_stay_apart(a: str, b: str) -> None:
    assert compare_names(a, b).verdict != "same", compare_names(a, b)


def test_without_the_switch_jewhen_has_no_family(monkeypatch: pytest.MonkeyPatch) -> None:
    make_part.cache_clear()
    assert make_part("jewhen").family == "yevgeny"
    monkeypatch.setattr(names, "FAMILY_BY_READING", False)
    make_part.cache_clear()
    try:
        assert make_part("jewhen").family is None
    finally:
        make_part.cache_clear()
