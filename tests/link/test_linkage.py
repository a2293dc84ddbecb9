"""List linkage: name features that survive transliteration noise, graded name levels, training
that does not fail on a list without some column."""

from __future__ import annotations

import random

import pandas as pd

from testimonies.link.linkage import NAME_COLUMNS, fold_vowels, link_frames, name_features
from testimonies.link.lists import LIST_SPEC


def features(name: str) -> dict[str, str | None]:
    return dict(zip(NAME_COLUMNS, name_features(name), strict=True))


def test_fold_ignores_vowels_and_y_but_not_consonants() -> None:
    assert fold_vowels("deryuS") == fold_vowels("dariuS")
    assert fold_vowels("mehdi") == fold_vowels("mahdi")
    assert fold_vowels("mahmud") != fold_vowels("muhamad")


def test_a_misspelling_outside_the_spelling_family_folds_with_it() -> None:
    # 'Hossein' is a listed spelling (its key is the family's); 'Hossiin' is not.
    a, b = features("Hossiin Baqiriian"), features("Hossein Baqeriian")
    assert a["given1"] != b["given1"]
    assert (a["given1_fold"], a["family_fold"]) == (b["given1_fold"], b["family_fold"])


def record(uid: str, name: str, born: int) -> dict[str, object]:
    return {"unique_id": uid, "name": name, "birth_year": born, "sex": "male",
            "place": "Camp Ashraf", "act_year": 1992}  # fmt: skip


def test_names_alike_up_to_vowels_link_and_say_so() -> None:
    frame = pd.DataFrame(
        [
            record("1", "Hossiin Baqiriian", 1960),
            record("2", "Hossein Baqeriian", 1960),
            record("3", "Hassan Karimi", 1960),
        ]
    )
    result = link_frames([frame], LIST_SPEC)
    pair = result.pairs[(result.pairs.unique_id_l == "1") & (result.pairs.unique_id_r == "2")]
    assert "same name up to vowels" in pair.reason.iloc[0]
    assert result.clusters["1"] == result.clusters["2"] != result.clusters["3"]


def two_lists(seed: int) -> pd.DataFrame:
    """An NGO's list and a families' list sharing 900 of 1300 persons, the second respelling
    names and giving no birth years."""
    rng = random.Random(seed)
    given = ["Ali", "Reza", "Hassan", "Mehdi", "Javad", "Omid", "Karim", "Saeed", "Majid", "Hamid"]
    syllables = [c + v for c in "bdfghklmnrstvz" for v in "aeiou"]
    respell = {"ou": "u", "ee": "i", "gh": "q", "a": "e", "i": "ee"}
    rows = []
    for person in range(1300):
        name = f"{rng.choice(given)} {''.join(rng.sample(syllables, 3))}i"
        facts = {"sex": "male", "place": rng.choice(["Ashraf", "Baghdad", "Tehran", "Liberty"]),
                 "act_year": rng.randint(1980, 2010)}  # fmt: skip
        rows.append({"unique_id": f"a{person}", "person": person, "name": name,
                     "birth_year": rng.randint(1930, 1990), **facts})  # fmt: skip
        if person < 900:
            old, new = rng.choice(list(respell.items()))
            rows.append({"unique_id": f"b{person}", "person": person, "birth_year": None,
                         "name": name.replace(old, new, 1), **facts})  # fmt: skip
    return pd.DataFrame(rows)


def test_a_list_without_birth_years_still_trains_and_links() -> None:
    # Large enough to train (term frequencies, EM); one EM block needs birth years on both sides.
    frame = two_lists(3)
    result = link_frames([frame.drop(columns=["person"])], LIST_SPEC, explain=False)
    assert result.trained
    person = dict(zip(frame.unique_id, frame.person, strict=True))
    found = {p for p in range(900) if result.clusters[f"a{p}"] == result.clusters[f"b{p}"]}
    members: dict[int, set[int]] = {}
    for uid, number in result.clusters.items():
        members.setdefault(number, set()).add(person[uid])
    assert len(found) >= 0.9 * 900
    assert sum(len(m) > 1 for m in members.values()) <= 0.02 * 900  # clusters of two persons
