"""kh, dh and x in Latin-script names from Persian, Arabic and Turkic (names made up)."""

from __future__ import annotations

import pytest

from testimonies.link.names import compare_names, name_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Dadkhah", "dadha"),  # d + kh, not dh + ah
        ("Zarudkhani", "zarudhani"),
        ("Kadhim", "kazem"),  # a real dh still reads D (its family)
    ],
)
def test_d_before_kh_keeps_the_d(name: str, key: str) -> None:
    assert name_key(name) == key


def test_d_before_kh_is_not_dh() -> None:
    assert name_key("Velidkhan") != name_key("Velidhan")
    assert compare_names("Nima Farudkhani", "Nima Farudkhany").verdict == "same"
