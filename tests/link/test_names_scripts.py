"""Names in Arabic script against their Latin spellings, and Korean names in Hangul."""

from __future__ import annotations

import pytest

from testimonies.link.names import compare_names, normalize_name
from testimonies.link.scripts import across_scripts, arabic_parts, split_hangul

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("script", "latin"),
    [
        ("محمد رضا حقیقی", "Mohammad Reza Haghighi"),
        ("مسعود رجوی", "Massoud Rajavi"),
        ("حسن روحانی", "Hassan Rouhani"),
        ("عبد الله أوجلان", "Abdullah Ocalan"),
        ("مريم رجوي", "Maryam Rajavi"),
        (f"علی خامنه{ZWNJ}ای", "Ali Khamenei"),
        ("معمر القذافي", "Muammar Gaddafi"),
        ("جمال عبد الناصر", "Gamal Abdel Nasser"),
        ("أسامة بن لادن", "Osama bin Laden"),
        ("حسن نصر الله", "Hassan Nasrallah"),
    ],
)
def test_same_person_across_scripts_is_unsure_never_same(script: str, latin: str) -> None:
    for a, b in ((script, latin), (latin, script)):
        result = compare_names(a, b)
        assert result.verdict == "unsure"
        assert "compared across scripts" in result.reasons[0]


@pytest.mark.parametrize(
    ("script", "latin"),
    [
        ("مسعود رجوی", "Maryam Rajavi"),
        ("محمد خاتمی", "Mohammad Reza Khatami"),  # a given name more: the brother
        ("محمود عباس", "Mohammad Abbas"),  # waw is written: Mahmoud is not Mohammad
        ("حسن روحانی", "Hossein Rouhani"),  # the ei of Hossein is a ya the script lacks
        ("حمید", "Hamed"),  # ya is i, not e
        ("بشار الأسد", "Hafez al-Assad"),
    ],
)
def test_other_person_across_scripts_is_different(script: str, latin: str) -> None:
    assert compare_names(script, latin).verdict == "different"


def test_letters_latin_leaves_unwritten_part_consonants() -> None:
    # The ain of Muammar and the alif of Jalal keep the doubled consonants apart.
    assert compare_names("معمر", "Muammar").verdict == "unsure"
    assert compare_names("جلال", "Jalal").verdict == "unsure"
    assert compare_names("جلال", "Jal").verdict == "different"


def test_article_and_prefixes() -> None:
    parts = arabic_parts("عبد الفتاح السيسي بن محمد")
    assert [p.text for p in parts] == ["عبدالفتاح", "السيسي", "محمد"]
    # The article may be a name's own letters (Elham) or left out (Assad).
    assert compare_names("الهام", "Elham").verdict == "unsure"
    assert compare_names("الأسد", "Assad").verdict == "unsure"


def test_only_a_script_against_latin_takes_the_skeleton_path() -> None:
    assert across_scripts("مسعود رجوی", "Massoud Rajavi")
    assert not across_scripts("مسعود رجوی", "مسعود رجوی")
    assert not across_scripts("Massoud Rajavi", "Masoud Rajavi")
    assert compare_names("مسعود رجوی", "مسعود رجوی").verdict == "same"


def test_hangul_split_into_family_and_given_syllables() -> None:
    assert split_hangul("김정은") == "Gim Jeongeun"
    assert split_hangul("박근혜") == "Bak Geunhye"  # a final stop written voiceless
    assert split_hangul("이명박") == "Yi Myeongbak"
    assert split_hangul("남궁민") == "Namgung Min"  # a two-syllable family name
    assert [p.text for p in normalize_name("김정은").parts] == ["gim", "jeongeun"]


def test_hangul_against_latin() -> None:
    assert compare_names("김정은", "Kim Jong-un").verdict != "different"
    assert compare_names("박근혜", "Park Geun-hye").verdict != "different"
    assert compare_names("김정은", "Kim Jong-il").verdict == "different"
    assert compare_names("이명박", "Lee Jae-myung").verdict == "different"


def test_latin_names_are_untouched() -> None:
    result = compare_names("Massoud Rajavi", "Maryam Rajavi")
    assert result.verdict == "different"
    assert not any("across scripts" in r for r in result.reasons)


def test_latin_initials_against_a_script_name() -> None:
    assert compare_names("محمد حسین سبحانی", "M. H. Sobhani").verdict == "unsure"
    assert compare_names("علی خامنه\u200cای", "A. Khamenei").verdict == "unsure"
    assert compare_names("محمد حسین سبحانی", "R. H. Sobhani").verdict == "different"


def test_a_pasted_paragraph_is_no_name_across_scripts() -> None:
    # (the letter match recursed once a letter: 20,000 letters overflowed the stack)
    assert compare_names("ب" * 20_000, "b" * 20_000).verdict == "different"
    assert compare_names(" ".join(["ب"] * 5_000), " ".join(["b"] * 5_000)).verdict == "different"
