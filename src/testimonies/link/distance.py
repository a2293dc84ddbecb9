"""A weighted edit distance for canonical name parts.

Transliteration changes vowels far more often than consonants: "Mehdi"/"Mahdi" differ by one
cheap vowel, "Hassan"/"Hossein" by a diphthong and a vowel of another class, "Mohammad" and
"Mohammadi" by a final -i, which in Persian makes another name (a nisba). The costs say so.
``Y`` is the canonical diphthong ey/ei/ay/ai, ``W`` the diphthong aw/au.
"""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("aeiouYW")

# Substitution costs between vowel classes (symmetric); anything else between vowels costs 0.8.
_VOWEL_SUBSTITUTION = {
    frozenset("ei"): 0.3,
    frozenset("ea"): 0.3,
    frozenset("eu"): 0.5,
    frozenset("au"): 0.6,
    frozenset("ai"): 0.9,
    frozenset("iu"): 0.8,
    frozenset("Yi"): 0.4,
    frozenset("Ye"): 0.4,
    frozenset("Ya"): 0.6,
    frozenset("Wu"): 0.3,  # W: aw/au, often written u/o (Jawlani = Julani)
    frozenset("Wa"): 0.6,
}
# Consonants that transliterations confuse (one letter, two conventions). S = sh, C = ch,
# D = dh (Arabic dhal/dad: d in Arabic, z in Persian spellings).
_CONSONANT_SUBSTITUTION = {
    frozenset("SC"): 0.4,
    frozenset("Dd"): 0.2,
    frozenset("Dz"): 0.2,
    frozenset("Ds"): 0.4,  # th written for dhal (Qathafi = Qadhafi; th is read s)
    frozenset("sS"): 0.5,
    frozenset("sz"): 0.7,
    frozenset("td"): 0.7,
    frozenset("bp"): 0.7,
    frozenset("fv"): 0.7,
    frozenset("jy"): 0.6,
    frozenset("gj"): 0.5,  # jim is g in Egyptian spellings (Gamal = Jamal, Golani = Julani)
    frozenset("yi"): 0.2,
    frozenset("gk"): 0.6,  # k is q and gh: qaf read g (Gaddafi = Qaddafi), gh written g (Nategi)
}
# A voiced consonant at the end of a name is written voiceless in Russian, German, Turkish and
# Tatar spellings (final devoicing: Akhmad = Achmat, Ahmed = Ahmet, Murad = Murat, Habib = Habip).
_FINAL_DEVOICING = {
    frozenset("td"),
    frozenset("kg"),
    frozenset("pb"),
    frozenset("sz"),
    frozenset("fv"),
}
FINAL_DEVOICING_COST = 0.3
# The first vowel of an Arabic name is a short vowel that Arabic script leaves unwritten and
# dialects say a or i (Masri = Misri, Mashal = Mish'al, Baradar = Biradar, Shaqaqi = Shikaki).
# Later vowels keep their cost: Karimi and Karami, Hamdani and Hamadani are other names.
_FIRST_SHORT = frozenset("ai")
FIRST_SHORT_COST = 0.5
# The vowel of a final -Vk suffix tells Slavic surnames apart (Sobchak, Sobchuk, Sobchik are
# three families; Kowalczyk is not Kowalczuk): a, i and u there are not spellings of one vowel.
_SUFFIX_DISTINCT = {frozenset("au"), frozenset("iu"), frozenset("ai")}
SUFFIX_VOWEL_SUBSTITUTION = 1.5
VOWEL_INDEL = 0.7
# At the end of a name a vowel marks gender or a derived name (Kaminski/Kaminska): costly,
# except the spellings of one ending (e/a for -eh/-a, e/i).
FINAL_VOWEL_SUBSTITUTION = 1.5
_FINAL_CHEAP = {frozenset("ea"), frozenset("ei"), frozenset("Yi"), frozenset("Wu")}
FINAL_VOWEL_INDEL = 1.5  # a final -i/-a makes another name (Karim/Karimi)
WEAK_INDEL = {"h": 0.5, "y": 0.4}  # often unwritten: Moammad, Mariam/Mariyam
CONSONANT_INDEL = 1.0


def substitution_cost(
    a: str, b: str, final: bool = False, first: bool = False, suffix: bool = False
) -> float:
    if a == b:
        return 0.0
    pair = frozenset((a, b))
    if a in VOWELS and b in VOWELS:
        if suffix and pair in _SUFFIX_DISTINCT:
            return SUFFIX_VOWEL_SUBSTITUTION
        if final and pair not in _FINAL_CHEAP:
            return FINAL_VOWEL_SUBSTITUTION
        if first and pair == _FIRST_SHORT:
            return FIRST_SHORT_COST
        return _VOWEL_SUBSTITUTION.get(pair, 0.8)
    if final and pair in _FINAL_DEVOICING:
        return FINAL_DEVOICING_COST
    return _CONSONANT_SUBSTITUTION.get(pair, 1.0)


def indel_cost(char: str, at_end: bool) -> float:
    if char in VOWELS:
        return FINAL_VOWEL_INDEL if at_end else VOWEL_INDEL
    return WEAK_INDEL.get(char, CONSONANT_INDEL)


@lru_cache(maxsize=200_000)
def weighted_distance(a: str, b: str) -> float:
    """Edit distance with the costs above (dynamic programming over both strings)."""
    first_a, first_b = _first_vowel(a), _first_vowel(b)
    suffix_a, suffix_b = _suffix_vowel(a), _suffix_vowel(b)
    previous = [0.0]
    for j, char in enumerate(b):
        previous.append(previous[j] + indel_cost(char, j == len(b) - 1))
    for i, char_a in enumerate(a):
        a_end = i == len(a) - 1
        current = [previous[0] + indel_cost(char_a, a_end)]
        for j, char_b in enumerate(b):
            current.append(
                min(
                    previous[j]
                    + substitution_cost(
                        char_a,
                        char_b,
                        a_end and j == len(b) - 1,
                        i == first_a and j == first_b,
                        i == suffix_a and j == suffix_b,
                    ),
                    previous[j + 1] + indel_cost(char_a, a_end and j == len(b) - 1),
                    current[j] + indel_cost(char_b, j == len(b) - 1 and a_end),
                )
            )
        previous = current
    return previous[-1]


def _suffix_vowel(text: str) -> int:
    """Index of the vowel of a final -Vk suffix in a name of five letters or more, else -1."""
    if len(text) >= 5 and text[-1] == "k" and text[-2] in VOWELS:
        return len(text) - 2
    return -1


def _first_vowel(text: str) -> int:
    """Index of the first vowel after a first consonant (-1 if the name starts with a vowel)."""
    if not text or text[0] in VOWELS:
        return -1
    return next((i for i, c in enumerate(text) if c in VOWELS), -1)


def similarity(a: str, b: str) -> float:
    """1 minus the weighted distance over the longer length, floored at 0."""
    if not a or not b:
        return 0.0
    return max(0.0, 1.0 - weighted_distance(a, b) / max(len(a), len(b)))
