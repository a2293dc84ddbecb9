"""Names written in Arabic script against their Latin spellings, and Korean names in Hangul.

A Latin spelling of an Arabic-script name writes vowels the script leaves out and spells each
consonant one of a few ways, so the two are compared by consonant skeleton, part by part: each
Arabic-script letter has the consonant classes a Latin spelling may write it with, and waw, ya
and a final he may stand for a vowel or nothing (`vocab/names/scripts.yaml`). A skeleton cannot
tell names with the same consonants apart (Hassan, Hossein), so agreement is never proof.

A Hangul name is written as one word; it is split into its family syllable (or a two-syllable
family name) and its given syllables before romanising, so that the Latin rules see Kim Jongeun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml
from rigour.text import ascii_text

from testimonies.errors import InputError
from testimonies.link.variants import vocabulary_paths

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
# Short vowels, shadda, sukun, superscript alif, tatweel: not letters of the skeleton.
_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
ZWNJ = "\u200c"  # Persian half-space: ends a word's segment (Khamene-i, Ahmadi-nejad)
_VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class ScriptData:
    arabic: dict[str, frozenset[str]]
    weak: frozenset[str]
    weak_final: frozenset[str]
    latin: dict[str, frozenset[str]]
    latin_weak: frozenset[str]
    latin_weak_final: frozenset[str]
    article: str
    drop: frozenset[str]
    join: frozenset[str]
    hangul_double: frozenset[str]
    hangul_families: dict[str, str]
    silent_after: dict[str, frozenset[str]]
    diphthongs: frozenset[str]
    long_final: frozenset[str] = frozenset()


def _classes(table: Any, source: Path) -> dict[str, frozenset[str]]:
    if not isinstance(table, dict):
        raise InputError(str(source), "letter tables must map a letter to its classes")
    return {str(k): frozenset(str(v) for v in values or []) for k, values in table.items()}


def _merge(into: dict[str, Any], data: dict[str, Any], source: Path) -> None:
    for key in ("arabic_letters", "latin_letters"):
        into[key].update(_classes(data.get(key) or {}, source))
    for key in ("weak", "weak_final", "latin_weak", "latin_weak_final", "arabic_drop"):
        into[key] |= {str(v) for v in data.get(key) or []}
    for key in ("arabic_join", "hangul_double_families", "latin_diphthongs", "latin_long_final"):
        into[key] |= {str(v) for v in data.get(key) or []}
    into["hangul_families"].update(
        {str(k): str(v) for k, v in (data.get("hangul_families") or {}).items()}
    )
    into["silent_after"].update(_classes(data.get("silent_after") or {}, source))
    if "arabic_article" in data:
        into["arabic_article"] = str(data["arabic_article"])


@cache
def script_data(paths: tuple[Path, ...] | None = None) -> ScriptData:
    """The script tables of every name vocabulary file (other keys are the Latin matcher's)."""
    keys = ("weak", "weak_final", "latin_weak", "latin_weak_final", "arabic_drop")
    merged: dict[str, Any] = {"arabic_letters": {}, "latin_letters": {}, "arabic_article": ""}
    merged["hangul_families"] = {}
    merged["silent_after"] = {}
    lists = (*keys, "arabic_join", "hangul_double_families", "latin_diphthongs", "latin_long_final")
    merged |= {k: set() for k in lists}
    for path in paths if paths is not None else vocabulary_paths():
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise InputError(str(path), f"cannot read the name vocabulary ({exc})") from exc
        if isinstance(data, dict):
            _merge(merged, data, path)
    return ScriptData(
        merged["arabic_letters"],
        frozenset(merged["weak"]),
        frozenset(merged["weak_final"]),
        merged["latin_letters"],
        frozenset(merged["latin_weak"]),
        frozenset(merged["latin_weak_final"]),
        merged["arabic_article"],
        frozenset(merged["arabic_drop"]),
        frozenset(merged["arabic_join"]),
        frozenset(merged["hangul_double_families"]),
        merged["hangul_families"],
        merged["silent_after"],
        frozenset(merged["latin_diphthongs"]),
        frozenset(merged["latin_long_final"]),
    )


# --- which script --------------------------------------------------------------------------


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


def has_latin(text: str) -> bool:
    return _LATIN.search(text) is not None


def across_scripts(a: str, b: str) -> bool:
    """Whether one name is in Arabic script and the other in Latin letters only."""
    return (has_arabic(a) and not has_arabic(b) and has_latin(b)) or (
        has_arabic(b) and not has_arabic(a) and has_latin(a)
    )


# --- Arabic-script skeletons ---------------------------------------------------------------

Token = tuple[frozenset[str], bool]  # the consonant classes of one letter; weak: may be left out
Skeleton = tuple[Token, ...]


@dataclass(frozen=True)
class ArabicPart:
    text: str
    skeleton: Skeleton


def arabic_parts(text: str) -> list[ArabicPart]:
    """The parts of an Arabic-script name: particles (bin) dropped, prefixes (Abd, Abu) glued
    to the next word, each part with its skeleton."""
    data = script_data()
    words = [w for w in _MARKS.sub("", text).split() if w not in data.drop]
    parts: list[ArabicPart] = []
    pending: list[str] = []
    for word in words:
        if word in data.join:
            pending.append(word)
            continue
        parts.append(_part([*pending, word]))
        pending = []
    if pending:
        parts.append(_part(pending))
    return parts


def _part(words: list[str]) -> ArabicPart:
    tokens = [t for w in words for segment in w.split(ZWNJ) for t in _segment(segment)]
    return ArabicPart("".join(words).replace(ZWNJ, ""), _collapse(tokens))


def _segment(segment: str) -> list[Token]:
    """Tokens of one written segment; the article (al-) opening it is weak: a spelling may
    leave it out (Assad) or keep it (Abdel Nasser), and it may be a name's own letters (Elham)."""
    data = script_data()
    tokens: list[Token] = []
    article = len(segment) > len(data.article) + 1 and segment.startswith(data.article)
    for i, letter in enumerate(segment):
        classes = data.arabic.get(letter)
        if classes is None:
            continue
        # A letter Latin does not write (alif, ain) still parts the letters around it: the two
        # m of Muammar, the two l of Jalal are two consonants, not one doubled.
        final = i == len(segment) - 1 and letter in data.weak_final
        after = i > 0 and segment[i - 1] in data.silent_after.get(letter, frozenset())
        silent = not classes or letter in data.weak or final or after
        weak = silent or (article and i == len(data.article) - 1)
        tokens.append((classes, weak))
    return tokens


def _collapse(tokens: list[Token]) -> Skeleton:
    """One token for a doubled letter (Allah, the article before a sun letter)."""
    out: list[Token] = []
    for classes, weak in tokens:
        if out and out[-1][0] == classes:
            out[-1] = (classes, out[-1][1] and weak)
            continue
        out.append((classes, weak))
    return tuple(out)


# --- matching a skeleton against a Latin spelling ------------------------------------------


# No part of a real name is this long; the letter-by-letter match recurses once a letter, so a
# longer "part" (a pasted paragraph) is no name's and matches nothing.
MAX_PART_LETTERS = 60
# Nor has a real name this many parts (the alignment recurses once a part).
MAX_PARTS = 16


def skeleton_matches(skeleton: Skeleton, latin: str) -> bool:
    """Whether a Latin part (plain lower-case letters) can spell the Arabic-script skeleton."""
    if len(skeleton) + len(latin) > MAX_PART_LETTERS:
        return False
    return _match(skeleton, latin, 0, 0)


@lru_cache(maxsize=200_000)
def _match(skeleton: Skeleton, latin: str, i: int, j: int) -> bool:
    if i == len(skeleton) and j == len(latin):
        return True
    if j < len(latin) and _skippable(latin, j) and _match(skeleton, latin, i, j + 1):
        return True
    if i < len(skeleton) and skeleton[i][1] and _match(skeleton, latin, i + 1, j):
        return True
    if i == len(skeleton):
        return False
    table = script_data().latin
    for size in (3, 2, 1):
        group = latin[j : j + size]
        agrees = len(group) == size and skeleton[i][0] & table.get(group, frozenset())
        if agrees and _match(skeleton, latin, i + 1, j + size):
            return True
    return False


def _skippable(latin: str, j: int) -> bool:
    """A vowel, a doubled letter (shadda is unwritten), a weak letter, a final h (-eh, -ah);
    not the i or y closing a diphthong, which spells a ya."""
    data = script_data()
    letter = latin[j]
    final = j == len(latin) - 1 and letter in data.latin_weak_final
    if j > 0 and latin[j - 1 : j + 1] in data.diphthongs:
        return False
    if j > 1 and latin[j - 1 : j + 1] in data.long_final and _consonants_only(latin[j + 1 :]):
        return False  # Mahmoud's ou is a waw: not محمد
    doubled = j > 0 and latin[j - 1] == letter and letter not in _VOWELS
    return letter in _VOWELS or doubled or letter in data.latin_weak or final


def _consonants_only(rest: str) -> bool:
    """Whether what follows is the part's final consonants (one or two), no vowel."""
    return 0 < len(rest) <= 2 and not any(c in _VOWELS for c in rest)


# --- aligning the parts --------------------------------------------------------------------


@dataclass(frozen=True)
class SkeletonAlignment:
    """Arabic-script parts aligned with Latin parts (one or two adjacent parts on each side),
    or None where no alignment covers every part of both names."""

    pairs: tuple[tuple[str, str], ...] | None


def align_skeletons(arabic: str, latin_parts: Sequence[str]) -> SkeletonAlignment:
    """Align the Arabic-script name's parts in order with the Latin name's parts, every part of
    both used once, each unit one part or two adjacent parts written as one (Mohammad Javad =
    محمدجواد, Nasr Allah = Nasrallah)."""
    parts = arabic_parts(arabic)
    if len(parts) > MAX_PARTS or len(latin_parts) > MAX_PARTS:
        return SkeletonAlignment(None)
    found = _align(tuple(parts), tuple(latin_parts), 0, 0)
    return SkeletonAlignment(None if found is None else tuple(found))


def _align(
    parts: tuple[ArabicPart, ...], latin: tuple[str, ...], i: int, j: int
) -> list[tuple[str, str]] | None:
    if i == len(parts) and j == len(latin):
        return []
    for di in (1, 2):
        for dj in (1, 2):
            if i + di > len(parts) or j + dj > len(latin):
                continue
            unit = parts[i : i + di]
            skeleton = _collapse([t for p in unit for t in p.skeleton])
            spelled = "".join(latin[j : j + dj])
            if not (skeleton_matches(skeleton, spelled) or _initial_of(skeleton, spelled)):
                continue
            rest = _align(parts, latin, i + di, j + dj)
            if rest is not None:
                return [(" ".join(p.text for p in unit), " ".join(latin[j : j + dj])), *rest]
    return None


def _initial_of(skeleton: Skeleton, initial: str) -> bool:
    """Whether a Latin initial (M. of M. H. Sobhani) can open a spelling of the skeleton: its
    first written consonant, or a vowel where the part opens with an unwritten letter (Ali)."""
    if len(initial) != 1 or not skeleton:
        return False
    if initial in _VOWELS:
        return not skeleton[0][0]
    first = next((classes for classes, _ in skeleton if classes), frozenset())
    return bool(first & script_data().latin.get(initial, frozenset()))


# --- Hangul --------------------------------------------------------------------------------


def split_hangul(text: str) -> str:
    """Each Hangul word written as its family syllable(s), then its given syllables, romanised
    syllable by syllable (김정은 -> Gim Jeongeun): romanised whole, the syllables run together
    and the family name is lost."""
    return _HANGUL_WORD.sub(_split_word, text)


def _split_word(m: re.Match[str]) -> str:
    word = m[0]
    if len(word) < 2:
        return _romanise(word).capitalize()
    data = script_data()
    cut = 2 if word[:2] in data.hangul_double and len(word) > 2 else 1
    family = data.hangul_families.get(word[:cut]) or _romanise(word[:cut])
    return f"{family.capitalize()} {_romanise(word[cut:]).capitalize()}"


def _romanise(syllables: str) -> str:
    return "".join(_syllable(s) for s in syllables)


_FINAL_VOICELESS = {"g": "k", "b": "p", "d": "t"}
_SYLLABLE_FINALS = 28  # final consonants of a Hangul syllable block, none included


def _syllable(syllable: str) -> str:
    """A syllable's romanisation, a final stop written voiceless as in the Revised
    Romanization (박 bak, 석 seok, not bag, seog)."""
    text = ascii_text(syllable).strip()
    has_final = (ord(syllable) - 0xAC00) % _SYLLABLE_FINALS != 0
    last = text[-1:]
    if has_final and last in _FINAL_VOICELESS and not text.endswith("ng"):
        return text.rstrip(last) + _FINAL_VOICELESS[last]
    return text
