"""Round 13 name rules: full legal names against the names people go by, and titles."""

from __future__ import annotations

import pytest

from testimonies.link.names import compare_names

SAME = [
    # two middle names (father's and grandfather's) left out of an Arabic full name
    ("Omar Hassan Ahmad al-Bashir", "Omar al-Bashir"),
    # a full legal name: after a first name that opens compounds, a middle name that forms
    # none with it, and the second family name
    ("Juan Gerardo Guaido Marquez", "Juan Guaido"),
    ("Luis Alberto Arce Catacora", "Luis Arce"),
    # a middle name on one side, the second family name on the other
    ("Diego Fernando Murillo", "Diego Murillo Bejarano"),
    # titles: a rank's first word, Hausa Malam, Burmese Thura
    ("Senior General Min Aung Hlaing", "Min Aung Hlaing"),
    ("Malam Aminu Kano", "Aminu Kano"),
    ("Thura Shwe Mann", "Shwe Mann"),
    # an English given name before a Hong Kong name written family name first
    ("John Lee Ka-chiu", "Lee Ka-chiu"),
    # Arabic long vowels written ou and e (Dawud = Daoud, Raef = Raif)
    ("Kamel Daoud", "Kamal Dawud"),
    ("Raif Badawi", "Raef Badawi"),
    # foreign spellings of a Serbian -ic name keep its vowels
    ("Ratko Mladić", "Ratko Mladitch"),
    # Belarusian -ka and -ava endings for Russian -ko and -ova
    ("Pavel Latushka", "Pavel Latushko"),
    ("Maryna Zolatava", "Marina Zolotova"),
    # Amharic final -ye, Ethiopian -ien for -ein
    ("Tsegaye Berhe", "Tsegay Berhe"),
    ("Redwan Hussien", "Redwan Hussein"),
    # an Arab name of three: the middle part is the father's name
    ("Mohammed Shia al-Sudani", "Mohammed al-Sudani"),
    # the Azerbaijani and Armenian glide y
    ("Khadija Ismayilova", "Khadija Ismailova"),
    ("Arayik Harutyunyan", "Araik Arutyunyan"),
    # a Wade-Giles family name of one short syllable
    ("Bo Xilai", "Po Hsi-lai"),
    # the Maghrebi cluster after a first consonant
    ("Hamadi Jebali", "Hamadi Jbeli"),
    # the Maghrebi article joined before aa; Urdu -Cvi for -Cavi
    ("Ali Laarayedh", "Ali al-Arayyidh"),
    ("Arif Alvi", "Arif Alavi"),
    # qaf said and written g
    ("Anwar Gargash", "Anwar Qarqash"),
]

NOT_SAME = [
    # a compound given name in a full legal name (compound_tails)
    ("Juan Manuel Santos Calderon", "Juan Santos"),
    ("Mohammad Reza Khatami Ardakani", "Mohammad Khatami"),
    # Vietnamese: the last part is a given name, not a second family name
    ("Pham Minh Chinh", "Pham Binh Minh"),
    # at the end Senior is a generational suffix still
    ("John Smith Senior", "John Smith"),
    # two middle names on the one side and another on the other are different given names
    ("Omar Hassan Ahmad al-Bashir", "Omar Ali al-Bashir"),
    # Serbian and Croatian names are written in Latin letters: another vowel, another family
    ("Boris Tadic", "Boris Tudic"),
    ("Dragan Čović", "Dragan Čavić"),
    # the English name is left out, not the Chinese given name changed
    ("John Lee Ka-chiu", "Lee Chu-ming"),
    # a Belarusian -ava is the feminine -ova, not the masculine -ov
    ("Maryna Zolatava", "Maryna Zolotov"),
    # a compound kept in an Arab name; a Persian name of three keeps its middle part
    ("Mohammed Ali al-Houthi", "Mohammed al-Houthi"),
    ("Ali Ardashir Larijani", "Ali Larijani"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same(a: str, b: str) -> None:
    result = compare_names(a, b)
    assert result.verdict == "same", result.reasons


@pytest.mark.parametrize(("a", "b"), NOT_SAME)
def test_not_same(a: str, b: str) -> None:
    assert compare_names(a, b).verdict != "same"


def test_senior_as_rank_is_not_a_generation() -> None:
    reasons = compare_names("Senior General Saw Maung", "Saw Maung").reasons
    assert not any("generational" in r for r in reasons)


def test_english_and_chinese_given_names_are_left_to_a_reviewer() -> None:
    # the same man goes by both, and so does any other Wong: unsure, not same nor different
    assert compare_names("Joshua Wong", "Wong Chi-fung").verdict == "unsure"
    assert compare_names("Wong Chi-fung", "Joshua Wong").verdict == "unsure"
    # another family, or two Chinese given names, decide as before
    assert compare_names("Joshua Wong", "Lee Chu-ming").verdict == "different"
    assert compare_names("Kim Jong-un", "Kim Jong-il").verdict == "different"
