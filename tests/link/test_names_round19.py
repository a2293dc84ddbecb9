"""Round 19 name rules: Abdul written apart before a given name, which sources leave out, and
the McCune-Reischauer unaspirated initials t and p that Revised Romanisation writes d and b."""

from __future__ import annotations

import pytest

from testimonies.link.names import compare_names

SAME = [
    ("Karim Khalili", "Abdul Karim Khalili"),  # Abdul written apart, left out
    ("Rashid Dostum", "Abdul Rashid Dostum"),
    ("Qayyum Zakir", "Abdul Qayyum Zakir"),
    ("Karim Soroush", "Abdol Karim Soroush"),  # the Persian spelling Abdol
    ("Abdul Karim Khalili", "Abdulkarim Khalili"),  # written apart or joined: one name
    ("Kim Tok-hun", "Kim Deok-hun"),  # MR t = RR d
    ("Kim Tok-hun", "Kim Dok-hoon"),
    ("Han Duck-soo", "Han Tŏk-su"),
    ("Pak Pong-ju", "Park Bong-ju"),  # MR p = RR b
]

NOT_SAME = [
    ("Aziz Rahimi", "Abdulaziz Rahimi"),  # Abdulaziz written joined is a name of its own
    ("Karim Khalili", "Abdul Khalili"),  # Abdul alone is no given name left out
    ("Ali Khalili", "Abdul Ali Khalili"),  # the name after Abdul too short to tell
    ("Kamal Ganzouri", "Jamal Ganzouri"),  # no k = g: Kamal would meet Egyptian Gamal = Jamal
    ("Jamal Khashoggi", "Kamal Khashoggi"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_round19_same(a: str, b: str) -> None:
    assert compare_names(a, b).verdict == "same", compare_names(a, b).reasons


@pytest.mark.parametrize(("a", "b"), NOT_SAME)
def test_round19_not_same(a: str, b: str) -> None:
    assert compare_names(a, b).verdict != "same", compare_names(a, b).reasons


def test_abdul_left_out_says_why() -> None:
    reasons = " ".join(compare_names("Rashid Dostum", "Abdul Rashid Dostum").reasons)
    assert "Abdul written apart" in reasons
