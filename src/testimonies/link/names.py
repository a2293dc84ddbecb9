"""Person names written in Latin script (from Persian, Arabic and generally): normalise, compare.

``normalize_name`` drops titles and particles, folds accents and apostrophes, joins prefixes
and endings written apart, and gives each part a canonical key (its spelling family from
``vocab/names/families.yaml``, else its transliteration canonical form). ``compare_names``
aligns the parts of two names regardless of order and scores them with a declarative list of
weighted features (:data:`FEATURES`), each of which explains itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from rigour.names import remove_person_prefixes
from rigour.text import remove_bracketed_text

from testimonies.link.distance import similarity
from testimonies.link.scripts import across_scripts, align_skeletons, has_arabic, split_hangul
from testimonies.link.variants import (
    canonical,
    canonical_forms,
    default_vocabulary,
    family_index,
    plain,
    reading_of,
)

Verdict = Literal["same", "different", "unsure"]
SAME_AT = 0.8  # score at or above which two names are the same person's
DIFFERENT_BELOW = 0.5  # score below which they are different
PART_MATCH = 0.88  # part similarity from which two parts are one name part
SHORT_PART_COST = 0.3  # parts of up to 4 letters must differ by less than this
INITIAL_SIMILARITY = 0.75
# A middle name and a second family name are left out on opposite sides only where both are
# longer than one short East Asian syllable (Fernando, Bejarano; not Binh, Chinh).
SECOND_SURNAME_SHORTEST = 5
# A full legal name may carry several given names between the first and the family name
# (Olusegun Matthew Okikiola Aremu Obasanjo = Olusegun Obasanjo, William Kipchirchir Samoei Arap
# Ruto = William Ruto); the press writes the first and the last.
MIDDLE_NAMES_MOST = 4
FAMILY_STEM_MIN = 3  # letters before a family-name ending (vocab/names family_endings)


@dataclass(frozen=True)
class NamePart:
    """One part of a name: as written (plain ASCII), canonical form, and comparison key."""

    text: str
    canonical: str
    key: str
    family: str | None = None
    forms: tuple[str, ...] = ()
    optional: bool = False  # a nasab or patronymic, which a source may leave out

    @property
    def is_initial(self) -> bool:
        return len(self.text) == 1


@dataclass(frozen=True)
class NormalizedName:
    original: str
    parts: tuple[NamePart, ...]
    dropped: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Canonical keys of the parts, in order: equal keys mean the same written name."""
        return " ".join(p.key for p in self.parts)

    @property
    def sorted_key(self) -> str:
        return " ".join(sorted(p.key for p in self.parts))

    @property
    def family_part(self) -> NamePart | None:
        return self.parts[-1] if self.parts else None

    @property
    def given_parts(self) -> tuple[NamePart, ...]:
        return self.parts[:-1]

    def __str__(self) -> str:
        return " ".join(p.text for p in self.parts)


# Round 29: a part no spelling family lists takes the family of its reading in another
# language's spelling (German Jewhen, read Yevhen, is of Yevgeny's family); a switch for tests
# (make_part caches: clear it after switching).
FAMILY_BY_READING = True
GERMAN_LETTERS = re.compile(r"[jw]")


@lru_cache(maxsize=500_000)
def make_part(text: str, optional: bool = False, written: str = "") -> NamePart:
    """A part from its plain text; ``written`` is its spelling with the values of letters that
    ASCII folding loses (Karadzhich for Karadžić), which gives more forms, never another key."""
    index = family_index()
    family = index.family(text)
    forms = canonical_forms(text)
    if written and written != text:
        forms = tuple(dict.fromkeys(forms + canonical_forms(written)))
    if family is None and FAMILY_BY_READING and GERMAN_LETTERS.search(text):
        # Round 29: German Jewhen, read as Yevhen, is of Yevgeny's family as Yevhen is; only
        # for a part with the German letters for y and v (other readings of Alice meet Ali)
        family = next((f for f in map(index.family, forms[1:]) if f is not None), None)
    return NamePart(text, forms[0], family or forms[0], family, forms, optional)


def _written_forms(text: str) -> dict[str, str]:
    """Each plain word of the name mapped to its spelling with the letter values of
    vocab/names (Serbian c-caron = ch, d-stroke = dj), where that spelling differs."""
    values = default_vocabulary().letter_values
    spelled = "".join(values.get(c, values.get(c.lower(), c)) for c in text)
    words, spelled_words = plain(text).split(), plain(spelled).split()
    if len(words) != len(spelled_words):
        return {}
    return {w: s for w, s in zip(words, spelled_words, strict=True) if w != s}


def _reorder(text: str) -> str:
    # "Rajavi, Massoud" and "SOROKIN Evgeniy" list the family name first.
    head, sep, tail = text.partition(",")
    if sep and head.strip() and tail.strip() and "," not in tail:
        return f"{tail} {head}"
    words = text.split()
    if len(words) > 1 and _is_caps(words[0]) and not all(_is_caps(w) for w in words[1:]):
        return " ".join([*words[1:], words[0]])
    initials = _trailing_initials(words)
    titles = _leading_titles(words)
    if initials and titles + initials < len(words):
        # "Nurmatow R.", "Citizen Abdurahmanova G.": a family name, then initials.
        return " ".join([*words[:titles], *words[-initials:], *words[titles:-initials]])
    return text


def _leading_titles(words: list[str]) -> int:
    titles = default_vocabulary().titles
    count = 0
    while count < len(words) and plain(words[count]) in titles:
        count += 1
    return count


def _trailing_initials(words: list[str]) -> int:
    count = 0
    for word in reversed(words):
        if not _INITIAL.fullmatch(word):
            break
        count += 1
    return count


_INITIAL = re.compile(r"(?:[^\W\d_]\.){1,3}|[^\W\d_a-z]")  # "R.", "M.R.", "R" (upper case)


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _strip_titles(words: list[str], dropped: list[str], keep_ambiguous: bool = False) -> list[str]:
    vocab = default_vocabulary()
    if len(words) > 2 and words[0] in vocab.articles and words[1] in vocab.titles:
        dropped.append(words.pop(0))  # Syrian al-Liwa, al-Aqid: the article of a rank
    while len(words) > 1 and words[0] in vocab.titles:
        if words[0] in vocab.ambiguous_titles and (len(words) <= 2 or keep_ambiguous):
            break
        if len(words[0]) == 1 and len(words[1]) == 1:
            break  # "M. R. Haghighi", "M.J.Q.": an initial among initials, not "M." (Monsieur)
        if words[0] in vocab.generational:
            # Senior General: a rank's first word, not the generational suffix it is at the end
            if len(words) <= 2 or words[1] not in vocab.titles:
                break
            dropped.append(f"{words.pop(0)} (rank)")
            continue
        dropped.append(words.pop(0))
    while len(words) > 1 and words[-1] in vocab.suffixes:
        dropped.append(words.pop())
    return words


Word = tuple[str, bool]  # (plain text, optional)


def _drop_particles(
    words: list[str], dropped: list[str], nisbas: set[int] | None = None
) -> list[Word]:
    """Drop articles and filiation words; ``nisbas`` gets the indices (in the result) of
    joinable endings written after an Arabic article (al-Abadi), which are nisbas."""
    vocab = default_vocabulary()
    kept: list[Word] = []
    gone: list[str] = []
    after_filiation = False
    for previous, word in zip(["", *words], words, strict=False):
        # An article after Abd stays, to be glued into the compound (Abd al-Ilah).
        glued = previous in vocab.join_article and word not in vocab.filiation
        if word in vocab.drop and not glued:
            after_filiation = after_filiation or word in vocab.filiation
            if word in vocab.married and len(kept) > 1:
                # Fernandez de Kirchner, Duarte de Peron: the part before is a second surname.
                kept[-1] = (kept[-1][0], True)
            gone.append(word)
            continue
        if nisbas is not None and previous in vocab.articles and word in vocab.nisba_suffixes:
            nisbas.add(len(kept))
        kept.append((word, after_filiation or word.endswith(vocab.patronymic_endings)))
        after_filiation = False
    if not kept:
        return [(w, False) for w in words]
    dropped.extend(gone)
    return kept


def _join(words: list[Word], nisbas: frozenset[int] = frozenset()) -> list[Word]:
    """Glue prefixes to the part after them and endings to the part before; a part written
    after an Arabic article is a nisba of its own (Haider al-Abadi), never an ending
    (Firouzabadi)."""
    vocab = default_vocabulary()
    joined: list[Word] = []
    pending = ""
    for index, (word, optional) in enumerate(words):
        suffix = word in vocab.join_suffix and index not in nisbas
        if suffix and joined and not pending:
            joined[-1] = (joined[-1][0] + word, joined[-1][1])
        elif word in vocab.join or (pending in vocab.join_article and word in vocab.drop):
            pending += word
        else:
            joined.append((pending + word, optional))
            pending = ""
    if pending:
        joined.append((pending, False))
    return joined


@lru_cache(maxsize=200_000)
def normalize_name(
    text: str, keep_ambiguous: bool = False, split_nisba: bool = False
) -> NormalizedName:
    """Normalise one person name; an empty result has no parts. ``keep_ambiguous`` keeps a
    first word that is a title or a given name (Said) as a name part; ``split_nisba`` keeps
    the second word of a two-word name apart when it is a nisba ending (Haider Abadi)."""
    dropped: list[str] = []
    kept = _burmese_final_syllable(_drop_territory(split_hangul(text), dropped))
    kept = _korean_one_letter(_digraph_initials(kept))
    cleaned = remove_person_prefixes(remove_bracketed_text(_reorder(kept)))
    if cleaned != kept.strip():
        before = plain(kept).split()
        dropped.extend(before[: len(before) - len(plain(cleaned).split())])
    cleaned = _bind_prefixes(_join_syllables(cleaned))
    nisbas: set[int] = set()
    titled = _strip_titles(plain(cleaned).split(), dropped, keep_ambiguous)
    kept_words = _drop_particles(titled, dropped, nisbas)
    if split_nisba and len(kept_words) == 2 and kept_words[1][0] in vocab_nisbas():
        nisbas.add(1)
    words = _join(kept_words, frozenset(nisbas))
    words = _mark_second_surnames(words)
    written = _written_forms(cleaned)
    parts = tuple(make_part(w, o, written.get(w, "")) for w, o in words)
    return NormalizedName(text, parts, tuple(dropped))


def vocab_nisbas() -> set[str]:
    """Joinable endings that are also Arabic nisbas (vocab/names nisba_suffixes)."""
    return default_vocabulary().nisba_suffixes


def _nisba_written_apart(name: NormalizedName, other: NormalizedName) -> bool:
    """Whether the other name holds, as a part of its own, a nisba (written after an article:
    Haider al-Abadi) that this name of one part ends with (Haider Abadi, glued as
    Haiderabadi): then this name's two words are a given name and that nisba."""
    if len(name.parts) != 1:
        return False
    ending = name.parts[0].text
    return any(
        p.text in vocab_nisbas() and ending.endswith(p.text) and ending != p.text
        for p in other.parts
    )


def _burmese_final_syllable(text: str) -> str:
    """The last word of a Burmese name written as an honorific (Kyaw Soe U) is the name
    syllable the honorific is written like (Oo, vocab/names burmese_final): it closes a name,
    where the honorific opens one (U Kyaw Soe)."""
    vocab = default_vocabulary()
    words = text.split()
    last = plain(words[-1]) if len(words) > 1 else ""
    syllables = {plain(w) for w in words[:-1]}
    if last in vocab.burmese_final and syllables <= vocab.burmese:
        return " ".join([*words[:-1], vocab.burmese_final[last]])
    return text


# One Korean syllable as McCune-Reischauer and Revised Romanisation write it (vocab/names
# readings korean_mr uses the same shape).
_KOREAN_SYLLABLE = r"(?:ch|kk|tt|pp|ss|[kgndtrlmbpsjh])?[wy]?[aeiou]{1,2}(?:ng|[knlmpt])?"
_KOREAN_WORD = re.compile(rf"{_KOREAN_SYLLABLE}(?:-?{_KOREAN_SYLLABLE})?")


def _digraph_initials(text: str) -> str:
    """A two-letter initial written with its dot (Ts. Elbegdorj) is the initial of a name
    that opens with that digraph (vocab/names digraph_initials): kept as its first letter."""
    digraphs = default_vocabulary().digraph_initials
    words = text.split()
    return " ".join(
        w[0] + "." if len(w) == 3 and w.endswith(".") and w[:2].lower() in digraphs else w
        for w in words
    )


def _korean_one_letter(text: str) -> str:
    """A Korean family name of one letter (O) opening a name whose other words are Korean
    syllables is the family name as other spellings write it (Oh, vocab/names
    korean_one_letter), not an initial: O Su Yong = Oh Su-yong."""
    words = text.split()
    first = words[0] if len(words) > 1 else ""
    family = default_vocabulary().korean_one_letter.get(first.lower()) if first.isupper() else None
    rest = [w.lower() for w in words[1:]]
    if family is None or not all(_KOREAN_WORD.fullmatch(w) for w in rest):
        return text
    return " ".join([family.capitalize(), *words[1:]])


def _drop_territory(text: str, dropped: list[str]) -> str:
    """Drop a ruler's territorial designation (Abdullah II of Jordan): the opening word
    (vocab/names territorial) and all after it, when a name stays before it."""
    words = text.split()
    opens = default_vocabulary().territorial
    cut = next((i for i, w in enumerate(words) if i > 0 and plain(w) in opens), len(words))
    dropped.extend(plain(w) for w in words[cut:])
    return " ".join(words[:cut])


_SYLLABLES = re.compile(r"(?<![\w-])([^\W\d_][^\W\d_]*)-([^\W\d_]+)(?![\w-])")
# Round 18: a chain of syllables (Thai Chan-o-cha = Chanocha), all after the first lower-case.
_SYLLABLE_CHAIN = re.compile(r"(?<![\w-])([^\W\d_][^\W\d_]*)((?:-[^\W\d_]+){2,})(?![\w-])")


def _join_syllables(text: str) -> str:
    """A capitalised word hyphenated to a lower-case one is one name written in syllables
    (Chinese En-lai = Enlai, Korean Jong-un = Jongun), not an article before a name (al-Assad,
    El-Sisi), so 'en' of En-lai is no particle to drop."""

    def glue(m: re.Match[str]) -> str:
        first, second = m[1], m[2]
        syllables = first[0].isupper() and first[1:].islower() and second.islower()
        return first + second if syllables else m[0]

    def glue_chain(m: re.Match[str]) -> str:
        first, rest = m[1], m[2].split("-")[1:]
        syllables = first[0].isupper() and first[1:].islower() and all(r.islower() for r in rest)
        return first + "".join(rest) if syllables else m[0]

    return _SYLLABLES.sub(glue, _SYLLABLE_CHAIN.sub(glue_chain, text))


_HYPHENATED = re.compile(r"\b([^\W\d_]+)-(?=[^\W\d_])")


def _bind_prefixes(text: str) -> str:
    """A joinable ending written before a hyphen is the prefix of the word after it
    (Pour-Mohammadi = Pourmohammadi), not the ending of the word before (Ali-Pour = Alipour)."""
    suffixes = default_vocabulary().join_suffix
    return _HYPHENATED.sub(lambda m: m[1] if plain(m[1]) in suffixes else m[0], text)


def _mark_second_surnames(words: list[Word]) -> list[Word]:
    """Mark as optional an inner part shaped like a family name (a nisba such as Hashemi in
    Akbar Hashemi Rafsanjani, Spanish Fernandez): sources often leave it out. A part that is a
    known name (Mehdi in Mohammad Mehdi Karroubi) stays a given name."""
    vocab = default_vocabulary()
    index = family_index()
    return [
        (
            word,
            optional
            or (
                0 < i < len(words) - 1
                and len(word) >= vocab.second_surname_min
                and word.endswith(vocab.second_surname_endings)
                and index.family(word) is None
            ),
        )
        for i, (word, optional) in enumerate(words)
    ]


# --- part similarity ------------------------------------------------------------------------


def part_similarity(a: NamePart, b: NamePart) -> tuple[float, str]:
    """How alike two parts are (0..1), and why."""
    if a.is_initial or b.is_initial:
        same = bool(_initials(a) & _initials(b))
        return (INITIAL_SIMILARITY if same else 0.0), "initial" if same else "other initial"
    index = family_index()
    if index.are_distinct(a.key, b.key) or index.are_distinct(a.text, b.text):
        return 0.0, "listed as distinct names"
    if a.key == b.key:
        how = f"spelling family '{a.family}'" if a.family else "same canonical form"
        return 1.0, "identical" if a.text == b.text else how
    if _russified(a, b) or _russified(b, a):
        return RUSSIFIED_SIMILARITY, RUSSIFIED
    if _gendered(a.text, b.text) or _gendered(b.text, a.text):
        return 0.0, "masculine and feminine forms of one Slavic family name"
    score, fa, fb = max(
        (similarity(x, y), x, y)
        for x in a.forms or (a.canonical,)
        for y in b.forms or (b.canonical,)
    )
    # Only for parts that align: saying which reading matched is not free.
    read = _readings(a, fa) + _readings(b, fb) if score >= PART_MATCH else ""
    if score == 1.0:
        return 1.0, f"same canonical form{read}"
    if max(len(fa), len(fb)) <= 4 and score < 1.0 - SHORT_PART_COST / 4:
        return score * 0.5, "short names differ"
    if _latin_ic_vowels_differ(a.text, b.text):
        return score * 0.5, "South Slavic -ic names have one Latin spelling: another vowel"
    if _mandarin(a.text) and _mandarin(b.text):
        # Two Mandarin syllables that no reading brings together are two names (Li Peng is not
        # Li Ping, Liu He is not Liu Hu); Wade-Giles spellings have their pinyin reading above.
        return score * 0.5, "two different Mandarin syllables"
    return score, f"transliteration distance {score:.2f}{read}"


_VOWEL_LETTERS = re.compile(r"[aeiouy]")

RUSSIFIED_SIMILARITY = 0.9  # one family name, written with and without the Russian ending
RUSSIFIED = "a given name made a family name with the Russian -ov, which many dropped (Rahmonov)"


@lru_cache(maxsize=1)
def _russified_keys() -> frozenset[str]:
    return frozenset(make_part(w).key for w in default_vocabulary().russified_given)


def _russified(base: NamePart, longer: NamePart) -> bool:
    """Whether the longer part is the base, a Central Asian or Caucasian given name
    (vocab/names russified_given), with a Russian -ov/-ev ending (Rahmon, Rakhmonov; Yunus,
    Yunusova); a Russian family name with -ov dropped is another name (Zhuk, Zhukov)."""
    if base.key not in _russified_keys():
        return False
    return any(
        longer.text.endswith(e) and make_part(longer.text[: -len(e)]).key == base.key
        for e in default_vocabulary().russian_endings
    )


def _gendered(masculine: str, feminine: str) -> bool:
    """Whether two parts are the masculine and the feminine form of one Slavic family name
    (vocab/names slavic_gender_endings: Nemtsov, Nemtsova; Tikhanovsky, Tikhanovskaya), which
    name a man and a woman of one family, never one person."""
    return any(
        masculine.endswith(m)
        and feminine.endswith(f)
        and len(masculine) - len(m) >= 3
        and masculine[: -len(m)] == feminine[: -len(f)]
        for m, f in default_vocabulary().slavic_gender_endings
    )


def _latin_ic_vowels_differ(a: str, b: str) -> bool:
    """Two Serbian, Croatian or Bosnian family names in -ic (-ić) with the same consonants and
    other vowels: these languages write names in Latin letters, so only the diacritics and the
    consonants of foreign spellings vary (Mladic, Mladitch), never a vowel (Tadic is not Tudic,
    Covic not Cavic)."""
    if not (a.endswith("ic") and b.endswith("ic")) or min(len(a), len(b)) < 5 or a == b:
        return False
    return _VOWEL_LETTERS.sub("", a) == _VOWEL_LETTERS.sub("", b)


_PINYIN = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo"
    r"|ui|ue|er|a|o|e|i|u)"
)


def _mandarin(text: str) -> bool:
    """Whether a part is one pinyin syllable (a Chinese given name or family name)."""
    return _PINYIN.fullmatch(text) is not None


def _readings(part: NamePart, form: str) -> str:
    """', read as german' when a spelling convention gave the form compared."""
    name = None if form == part.forms[0] else reading_of(part.text, form)
    return f", '{part.text}' read as {name}" if name else ""


def _initials(part: NamePart) -> set[str]:
    """First letters the part may be written with (Yevgeny, Evgeny, Eugene: y and e)."""
    spellings = default_vocabulary().families.get(part.family or "", [])
    return {part.text[0]} | {plain(s)[:1] for s in spellings if plain(s)}


# --- alignment --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One part, or two adjacent parts read as one (Bani Sadr = Banisadr)."""

    indices: tuple[int, ...]
    part: NamePart


@dataclass(frozen=True)
class Link:
    a: Unit
    b: Unit
    score: float
    why: str


def _units(name: NormalizedName) -> list[Unit]:
    parts = name.parts
    singles = [Unit((i,), p) for i, p in enumerate(parts)]
    pairs = [
        Unit((i, i + 1), make_part(parts[i].text + parts[i + 1].text))
        for i in range(len(parts) - 1)
        if not (parts[i].is_initial or parts[i + 1].is_initial)
    ]
    return singles + pairs


def _initial_to_pair(one: Unit, other: Unit) -> bool:
    return one.part.is_initial and len(other.indices) == 2


def _greedy(a: NormalizedName, b: NormalizedName) -> list[Link]:
    candidates = []
    for ua in _units(a):
        for ub in _units(b):
            if len(ua.indices) == 2 and len(ub.indices) == 2:
                continue
            if _initial_to_pair(ua, ub) or _initial_to_pair(ub, ua):
                continue  # J.R.S.: 'j' is Joaquín's initial, not that of "Joaquín Ruiz" glued
            score, why = part_similarity(ua.part, ub.part)
            if score < PART_MATCH and (_abd_left_out(a, b, ua, ub) or _abd_left_out(b, a, ub, ua)):
                score, why = ABD_LEFT_OUT_SIMILARITY, ABD_LEFT_OUT
            if score >= PART_MATCH or (score >= INITIAL_SIMILARITY and why == "initial"):
                # Prefer covering more parts when scores tie (Bani Sadr vs Banisadr).
                candidates.append((score, len(ua.indices) + len(ub.indices), ua, ub, why))
    candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    links = []
    for score, _, ua, ub, why in candidates:
        if used_a.isdisjoint(ua.indices) and used_b.isdisjoint(ub.indices):
            used_a.update(ua.indices)
            used_b.update(ub.indices)
            links.append(Link(ua, ub, score, why))
    return sorted(links, key=lambda k: k.a.indices[0])


ABD_LEFT_OUT_SIMILARITY = 0.9  # one given name, with and without a separate Abdul before it
ABD_LEFT_OUT = "Abdul written apart before the given name, which sources leave out"
ABD_NAME_SHORTEST = 4  # letters of the name after Abdul (Karim, Rashid; not a stray syllable)


def _abd_left_out(long: NormalizedName, short: NormalizedName, ul: Unit, us: Unit) -> bool:
    """Whether the first part of ``long`` is the first part of ``short`` with Abdul (vocab/names
    abd_left_out) before it, written as a word of its own in ``long`` (Abdul Karim Khalili =
    Karim Khalili; not Abdulkarim, one name): both names have a family name after it."""
    if ul.indices != (0,) or us.indices != (0,) or min(len(long.parts), len(short.parts)) < 2:
        return False
    rest = short.parts[0].text
    if len(rest) < ABD_NAME_SHORTEST:
        return False
    words = plain(long.original).replace("-", " ").split()
    return any(
        ul.part.text == prefix + rest and words[:2] == [prefix, rest]
        for prefix in default_vocabulary().abd_left_out
    )


def _family_shaped(part: NamePart) -> bool:
    """Whether a part written first, with nothing to say so, can be the family name: it has
    a family name's ending (Kamrani Dariush, Sobhani Mohammad Hossein), unlike a given name
    (Khalaf Salah), and is not a given name that opens compounds (Hussein Ahmed, Ali Hamza)."""
    vocab = default_vocabulary()
    if _is_compound_head(part) or part.text in vocab.given_with_family_ending:
        return False
    endings = vocab.family_endings
    # The ending must close a stem (Put-in, Kamran-i), not be most of a short word: Burmese
    # Win and Min, which have no family name, end in -in (Win Myint is not Myint Win). A short
    # part of a listed spelling family keeps its ending (Korean Yi = Lee, written first).
    stem = FAMILY_STEM_MIN if part.family is None else 1
    return any(part.text.endswith(e) and len(part.text) - len(e) >= stem for e in endings)


def crossings(links: Sequence[Link]) -> int:
    """Pairs of links whose order differs between the names (Ali Reza / Reza Ali)."""
    order = [k.b.indices[0] for k in sorted(links, key=lambda k: k.a.indices[0])]
    return sum(1 for i, x in enumerate(order) for y in order[i + 1 :] if x > y)


def align(a: NormalizedName, b: NormalizedName) -> tuple[list[Link], NormalizedName]:
    """Best-first alignment of parts, each used once; order is kept unless one name is the
    other with its family name moved to the front (a convention, not a different name).
    Returns the links and ``b`` as aligned (possibly with its family name moved back)."""
    links = _greedy(a, b)
    has_filiation = any(p.optional for p in a.parts + b.parts)
    if crossings(links) == 0 or len(b.parts) < 2 or has_filiation:
        return links, b
    if _burmese(a) and _burmese(b):
        return links, b  # no family name to move: Sein Thein is not Thein Sein
    # The family name moved is known by its shape on either side: its ending may be written by
    # one source only (Mongolian Khaltmaagiin Battulga = Battulga Khaltmaa).
    for rotated, family, counterpart in (
        (b.parts[-1:] + b.parts[:-1], b.parts[-1], a.parts[0]),
        (b.parts[1:] + b.parts[:1], b.parts[0], a.parts[-1]),
    ):
        shaped = _family_shaped(family) or _family_shaped(counterpart)
        if not (shaped or any(p.is_initial for p in a.parts + b.parts)):
            continue  # Salah Khalaf and Khalaf Salah: two given names, two persons
        moved = NormalizedName(b.original, rotated, (*b.dropped, "(word order)"))
        again = _greedy(a, moved)
        if crossings(again) == 0 and len(again) >= len(links):
            return again, moved
    return links, b


# --- features ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """Everything a feature looks at: both names and their alignment."""

    a: NormalizedName
    b: NormalizedName
    links: list[Link]

    def covered(self, side: str) -> set[int]:
        return {i for link in self.links for i in getattr(link, side).indices}

    def link_of(self, side: str, index: int) -> Link | None:
        return next((k for k in self.links if index in getattr(k, side).indices), None)

    def unmatched(self, side: str) -> list[NamePart]:
        name: NormalizedName = getattr(self, side)
        covered = self.covered(side)
        return [p for i, p in enumerate(name.parts) if i not in covered]


@dataclass(frozen=True)
class FeatureResult:
    name: str
    weight: float
    value: float
    reason: str


FeatureFn = Callable[[Pair], tuple[float, str] | None]


@dataclass(frozen=True)
class Feature:
    """A named, weighted piece of evidence; ``fn`` returns (value, reason) or None (silent)."""

    name: str
    weight: float
    fn: FeatureFn


def _show(link: Link) -> str:
    return f"'{link.a.part.text}' ~ '{link.b.part.text}' ({link.why})"


def coverage(pair: Pair) -> tuple[float, str] | None:
    """Share of the parts that align, weighted by similarity; a missing nasab or patronymic
    does not count against it."""
    missing = sum(1 for side in ("a", "b") for p in pair.unmatched(side) if p.optional)
    missing += len(_middle_names(pair)) + len(_leading_given(pair))
    total = len(pair.a.parts) + len(pair.b.parts) - missing
    if total <= 0:
        return None
    covered = sum(k.score * (len(k.a.indices) + len(k.b.indices)) for k in pair.links)
    shown = "; ".join(_show(k) for k in pair.links) or "no parts align"
    return min(1.0, covered / total), f"aligned parts: {shown}"


def _last_link(pair: Pair) -> tuple[Link | None, Link | None]:
    return (
        pair.link_of("a", len(pair.a.parts) - 1),
        pair.link_of("b", len(pair.b.parts) - 1),
    )


def _last_matched(pair: Pair, side: str) -> int:
    return max((i for i in pair.covered(side)), default=-1)


def _trailing(pair: Pair, side: str) -> list[NamePart]:
    """Unmatched parts after the last aligned one: further family names (a second surname,
    a married name), which one source may leave out."""
    name: NormalizedName = getattr(pair, side)
    return list(name.parts[_last_matched(pair, side) + 1 :])


def family_name(pair: Pair) -> tuple[float, str] | None:
    if len(pair.a.parts) < 2 or len(pair.b.parts) < 2:
        return None
    link_a, link_b = _last_link(pair)
    if link_a is not None and link_a is link_b:
        return 1.0, f"family names agree: {_show(link_a)}"
    if not pair.links:
        fa, fb = pair.a.parts[-1].text, pair.b.parts[-1].text
        return -1.0, f"family names differ: '{fa}' vs '{fb}'"
    last = max(pair.links, key=lambda k: k.a.indices[-1])
    trail_a, trail_b = _trailing(pair, "a"), _trailing(pair, "b")
    if trail_a and trail_b:
        shown_a = " ".join(p.text for p in trail_a)
        shown_b = " ".join(p.text for p in trail_b)
        return -1.0, f"family names differ: '{shown_a}' vs '{shown_b}'"
    extra = trail_a + trail_b
    if extra and last is max(pair.links, key=lambda k: k.b.indices[-1]) and len(pair.links) > 1:
        shown = " ".join(p.text for p in extra)
        return 0.8, f"family names agree, one name adds '{shown}' (a second family name)"
    if link_a is None and link_b is None:
        fa, fb = pair.a.parts[-1].text, pair.b.parts[-1].text
        return -1.0, f"family names differ: '{fa}' vs '{fb}'"
    return 0.0, "family name of one is a given name of the other"


def given_name(pair: Pair) -> tuple[float, str] | None:
    if len(pair.a.parts) < 2 or len(pair.b.parts) < 2:
        return None
    link = pair.link_of("a", 0)
    if link is not None and 0 in link.b.indices:
        return link.score, f"first given names agree: {_show(link)}"
    left_out = _leading_given(pair)
    if left_out:
        link = pair.link_of("a", 1) or pair.link_of("b", 1)
        if link is not None:
            return link.score, f"given names agree, one leaves out '{left_out[0].text}' before"
    return None


def _interior(pair: Pair, side: str) -> list[NamePart]:
    """Unmatched, non-optional parts before the last aligned part: given names."""
    name: NormalizedName = getattr(pair, side)
    covered, last = pair.covered(side), _last_matched(pair, side)
    return [p for i, p in enumerate(name.parts[:last]) if i not in covered and not p.optional]


def _full_given(pair: Pair, side: str) -> bool:
    """Whether this side writes out a given name (not only initials or a family name, nor a
    part aligned with the other side's second surname: Hashemi Rafsanjani)."""
    name: NormalizedName = getattr(pair, side)
    other = "b" if side == "a" else "a"
    for i, part in enumerate(name.parts[: _last_matched(pair, side)]):
        link = pair.link_of(side, i)
        if part.is_initial or (link is not None and getattr(link, other).part.optional):
            continue
        return True
    return False


def _is_compound_head(part: NamePart) -> bool:
    return _in(part, default_vocabulary().compound_heads)


def _middle_names(pair: Pair) -> list[NamePart]:
    """A middle name one source leaves out (Ramadan Abdullah Shallah = Ramadan Shallah): the
    unaligned parts (up to MIDDLE_NAMES_MOST) between a first given name and a family name that
    both names share, when that given name does not open compound given names (Mohammad Reza is
    not Mohammad: vocab/names compound_heads). The middle name may be any given name: a
    devotional one (Akhtar Mohammad Mansour) or a father's name (Omar Hassan al-Bashir). The
    longer name may add a second family name after the shared one as well (Luis Arce = Luis
    Alberto Arce Catacora)."""
    for side, other in (("a", "b"), ("b", "a")):
        name: NormalizedName = getattr(pair, side)
        last, covered = _last_matched(pair, side), pair.covered(side)
        inner = [p for i, p in enumerate(name.parts[:last]) if i not in covered]
        if last < 2 or not 1 <= len(inner) <= MIDDLE_NAMES_MOST or len(name.parts) - last > 2:
            continue
        if any(p.is_initial for p in inner) or not _other_side_short(pair, side, other):
            continue
        if _is_compound_head(name.parts[0]) and not _full_legal_name(name, inner):
            continue
        if _ends_agree(pair, side, other, last, len(_trailing(pair, other))):
            return inner
    return []


def _other_side_short(pair: Pair, side: str, other: str) -> bool:
    """Whether the shorter name adds nothing but a second family name at its end (Diego
    Fernando Murillo = Diego Murillo Bejarano: a middle name on one side, the mother's family
    name on the other, each a part one source leaves out), and only when the longer name has
    no second family name of its own. Not for parts of one short syllable: in Vietnamese,
    Chinese and Korean names the last part is a given name (Pham Minh Chinh is not Pham Binh
    Minh)."""
    extra = pair.unmatched(other)
    if not extra:
        return True
    if _trailing(pair, side) or len(extra) != 1 or extra != _trailing(pair, other):
        return False
    return all(len(p.text) >= SECOND_SURNAME_SHORTEST for p in extra + pair.unmatched(side))


def _full_legal_name(name: NormalizedName, inner: list[NamePart]) -> bool:
    """A full official name (four parts or more: given names, father's and grandfather's names,
    both family names) against the name a person goes by: after a first given name that opens
    compounds, its middle parts may be left out too, unless one of them is a name that forms a
    compound with it (compound_tails: Juan Manuel, Mohammad Reza). Juan Gerardo Guaido Marquez
    = Juan Guaido, Mohammed Shia Sabbar al-Sudani = Mohammed al-Sudani. So also a name of
    three whose family name carries the Arabic article: in Arab naming the middle part is the
    father's name (Mohammed Shia al-Sudani = Mohammed al-Sudani; Mohammed Ali al-Houthi keeps
    its compound)."""
    vocab = default_vocabulary()
    arab = len(inner) == 1 and not vocab.articles.isdisjoint(name.dropped)
    full = len(name.parts) >= 4 or arab
    return full and not any(_in(p, vocab.compound_tails) for p in inner)


def _leading_given(pair: Pair) -> list[NamePart]:
    """A first given name one source leaves out (Jose Pedro Castillo = Pedro Castillo,
    Mohammad Hanif Atmar = Hanif Atmar, Francis Kwame Nkrumah = Kwame Nkrumah): the longer name's
    unaligned first part is one of vocab/names leading_given (or baptismal_given, outside Arab
    naming), its second part aligns with the other's first, every part of the
    other aligns, and the second part does not complete a compound given name with the first
    (compound_tails: Mohammad Reza Pahlavi is not Reza Pahlavi)."""
    vocab = default_vocabulary()
    for side, other in (("a", "b"), ("b", "a")):
        name: NormalizedName = getattr(pair, side)
        if len(name.parts) < 3 or 0 in pair.covered(side) or pair.unmatched(other):
            continue
        first, second = name.parts[0], name.parts[1]
        link = pair.link_of(side, 1)
        if link is None or 0 not in getattr(link, other).indices:
            continue
        # Besides the first part, the longer name may add a second family name at the end
        # (Jose Pedro Castillo Terrones = Pedro Castillo).
        extra = len(pair.unmatched(side)) - int(len(_trailing(pair, side)) == 1)
        baptismal = _in(first, vocab.baptismal_given) and not _arab_named(name)
        listed = _in(first, vocab.leading_given) or baptismal
        devotional = listed and not _in(second, vocab.compound_tails)
        if (devotional or _english_before_chinese(name)) and extra <= 1:
            return [first]
    return []


# A Chinese or Korean name written family name first with its given name in hyphenated
# syllables (Lee Ka-chiu, Wong Chi-fung), at the end of the name.
_SYLLABLE_GIVEN = re.compile(r"\b[^\W\d_][a-z]+-[a-z]+\s*$")
CHINESE_FAMILY_LONGEST = 5  # letters of a one-syllable family name (Leung, Chan, Wong)


def _english_before_chinese(name: NormalizedName) -> bool:
    """An English given name before a Chinese name (Hong Kong, Taiwan, Singapore: John Lee
    Ka-chiu, Martin Lee Chu-ming), which sources leave out as they leave out a devotional
    first name: the name is three parts, a one-syllable family name and a given name written
    in hyphenated syllables after the English one."""
    parts = name.parts
    return (
        len(parts) == 3
        and len(parts[1].text) <= CHINESE_FAMILY_LONGEST
        and _SYLLABLE_GIVEN.search(name.original) is not None
    )


def _in(part: NamePart, names: set[str]) -> bool:
    """The part, its spelling family or its key is one of `names`."""
    return part.text in names or (part.family or part.key) in names


def _ends_agree(pair: Pair, side: str, other: str, last_index: int, trailing: int = 0) -> bool:
    """Whether the first parts of both names align, and this side's part at ``last_index``
    with the other's last part (before its ``trailing`` second family name), by two links."""
    first = pair.link_of(side, 0)
    last = pair.link_of(side, last_index)
    if first is None or last is None or first is last:
        return False
    last_other = len(getattr(pair, other).parts) - 1 - trailing
    return 0 in getattr(first, other).indices and last_other in getattr(last, other).indices


def given_name_conflict(pair: Pair) -> tuple[float, str] | None:
    """Given names are compared whole: Mohammad Ali is not Mohammad, Alireza is not Ali."""
    if crossings(pair.links):
        return 1.0, "the same parts in another order (a swapped compound name or filiation)"
    filiation_a = [p for p in pair.unmatched("a") if p.optional]
    filiation_b = [p for p in pair.unmatched("b") if p.optional]
    if filiation_a and filiation_b:
        shown = f"'{filiation_a[0].text}' vs '{filiation_b[0].text}'"
        return 1.0, f"filiations (nasab or patronymic) differ: {shown}"
    middle = _middle_names(pair) + _leading_given(pair)
    extra_a = [p for p in _interior(pair, "a") if p not in middle]
    extra_b = [p for p in _interior(pair, "b") if p not in middle]
    if extra_a and extra_b:
        shown_a = " ".join(p.text for p in extra_a)
        shown_b = " ".join(p.text for p in extra_b)
        return 1.0, f"given names differ: '{shown_a}' vs '{shown_b}'"
    if _spanish_order(pair, extra_a, extra_b):
        return None
    for extra, other in ((extra_a, "b"), (extra_b, "a")):
        if extra and any(not p.is_initial for p in extra) and _full_given(pair, other):
            shown = " ".join(p.text for p in extra)
            return 1.0, f"one given name has '{shown}' more (a different compound given name)"
    return None


def _spanish_order(pair: Pair, extra_a: list[NamePart], extra_b: list[NamePart]) -> bool:
    """Round 23: a Spanish name written given names and first surname by one source, first
    given name and both surnames by another (Nestor Luis Reverol, Nestor Reverol Torres; Juan
    Evo Morales, Evo Morales Ayma): the given name one leaves out and the second surname the
    other leaves out are no conflict, where a Spanish given name opens one of them or a common
    Spanish surname stands in them (Zury Rios Sosa, Zury Mayte Rios). The verdict stays `unsure`:
    a father and his son are written so too (Luis Alberto Lacalle, Luis Lacalle Pou)."""
    vocab = default_vocabulary()
    given = _in(pair.a.parts[0], vocab.spanish_given) or _in(pair.b.parts[0], vocab.spanish_given)
    parts = [*pair.a.parts, *pair.b.parts]
    if not (given or any(_in(p, vocab.spanish_first_surnames) for p in parts)):
        return False
    for extra, alone, side, other in (
        (extra_a, not extra_b, "a", "b"),
        (extra_b, not extra_a, "b", "a"),
    ):
        if len(extra) == 1 and alone and not _trailing(pair, side):
            return len(_trailing(pair, other)) == 1
    return False


def single_part(pair: Pair) -> tuple[float, str] | None:
    if min(len(pair.a.parts), len(pair.b.parts)) != 1 or not pair.links:
        return None
    return 1.0, "one name has a single part that appears in the other: a partial name"


FEATURES: list[Feature] = [
    Feature("coverage", 0.6, coverage),
    Feature("family_name", 0.25, family_name),
    Feature("given_name", 0.15, given_name),
    Feature("given_name_conflict", -0.55, given_name_conflict),
    Feature("single_part", 0.2, single_part),
]


# --- verdict ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameComparison:
    verdict: Verdict
    score: float
    reasons: list[str]
    features: list[FeatureResult] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"verdict": self.verdict, "score": round(self.score, 4), "reasons": self.reasons}


def _generations(name: NormalizedName) -> set[str]:
    return set(name.dropped) & default_vocabulary().generational


def _regnal_letter(name: NormalizedName) -> set[str]:
    """A lone I, V or X ending the name as written, read as a regnal number; only asked when
    the other name carries one (else it is an initial: Nurmatow R.)."""
    words = name.original.split()
    last = words[-1] if len(words) > 1 else ""
    return {last.lower()} if last in default_vocabulary().regnal_letters else set()


def _numbers(a: NormalizedName, b: NormalizedName) -> tuple[set[str], set[str]]:
    """Both names' generational suffixes and regnal numbers (Abdullah I, Abdullah II)."""
    ga, gb = _generations(a), _generations(b)
    if ga and not gb:
        gb = _regnal_letter(b)
    elif gb and not ga:
        ga = _regnal_letter(a)
    return ga, gb


def _same_ruler(pair: Pair) -> bool:
    """Whether both names carry the same regnal number (vocab/names regnal): a ruler's one
    name with his number names him (Abdullah II = Abdallah II), as his name alone does not."""
    numbers = _generations(pair.a)
    return (
        bool(numbers) and numbers == _generations(pair.b) and numbers <= default_vocabulary().regnal
    )


def _syllable_more(pair: Pair) -> bool:
    """Whether one Burmese name has a syllable the other lacks: one left unaligned, or two
    aligned as one unit (Kyaw Oo ~ Kyaw when the last two syllables are read joined)."""
    counts_differ = len(pair.a.parts) != len(pair.b.parts)
    return counts_differ or bool(pair.unmatched("a") or pair.unmatched("b"))


def _caps(pair: Pair) -> str | None:
    """Why the verdict cannot be 'same' whatever the score, if it cannot."""
    if _generations(pair.a) != _generations(pair.b):
        # Habib Bourguiba Jr. is the son of Habib Bourguiba; a source may leave 'Jr.' out.
        return "a generational suffix (Jr., Sr., II) on one name only names another person"
    if min(len(pair.a.parts), len(pair.b.parts)) == 1 and not _same_ruler(pair):
        return "a single name part cannot identify a person without context"
    if _burmese(pair.a) and _burmese(pair.b) and _syllable_more(pair):
        # Aung San Oo is Aung San's son, Khin Maung Nyunt is not Khin Nyunt.
        return "Burmese names have no family name: a syllable more or less is another name"
    if _native_vowels_differ(pair):
        return NATIVE_ORTHOGRAPHY
    if _spanish_vowels_differ(pair):
        return SPANISH_VOWELS
    if _turkish_vowels_differ(pair):
        return TURKISH_VOWELS
    if _east_slavic_vowels_differ(pair):
        return EAST_SLAVIC_VOWELS
    if _hyphenated_half(pair):
        return HYPHENATED_HALF
    if _first_surname_left_out(pair):
        return FIRST_SURNAME
    if _pinyin_name(pair.a) and _pinyin_name(pair.b) and any(k.score < 1.0 for k in pair.links):
        return PINYIN_SYLLABLES
    if _vietnamese(pair.a) and _vietnamese(pair.b) and _vietnamese_syllables_differ(pair):
        return VIETNAMESE_SYLLABLES
    if _slavic_final_consonant(pair):
        return SLAVIC_FINAL_CONSONANT
    father = _fathers_name_first(pair)
    if father is not None:
        return father
    given = [k for k in pair.links if k.why == "initial"]
    full_given = [k for k in pair.links if k.why != "initial"]
    if given and len(full_given) < 2:
        return "only initials support the given names"
    return None


NATIVE_ORTHOGRAPHY = (
    "a name written in its own Latin orthography (Turkish letters) has one spelling: a part "
    "with other vowels may be another name (Kurtulmus, Kurtulmaz)"
)
PINYIN_SYLLABLES = (
    "two Chinese names in pinyin whose given names differ by a syllable no reading brings "
    "together (Wenliang, Wenlong): pinyin writes each syllable one way"
)
_NOT_VOWEL = re.compile(r"[^aeiou]")


VIETNAMESE_SYLLABLES = (
    "Vietnamese is written in its own Latin alphabet (quoc ngu), one way per syllable: two "
    "Vietnamese names whose syllables differ by a letter may be two persons (Trong, Truong)"
)
VIETNAMESE_SYLLABLE_LONGEST = 7  # letters of the longest Vietnamese syllable (nghieng)


def _vietnamese(name: NormalizedName) -> bool:
    """Whether the name is Vietnamese: two parts or more, the first a Vietnamese family name
    (vocab/names vietnamese_families), every part one syllable long at most."""
    parts = name.parts
    return (
        len(parts) >= 2
        and parts[0].text in default_vocabulary().vietnamese_families
        and all(len(p.text) <= VIETNAMESE_SYLLABLE_LONGEST for p in parts)
    )


_NORTHERN_D = re.compile(r"^d?z")
_FINAL_Y = re.compile(r"(?<=[^aeiouy])y$")  # Ky = Ki, Ly = Li (the 1980s spelling reform)


def _vietnamese_fold(text: str) -> str:
    return _FINAL_Y.sub("i", _NORTHERN_D.sub("d", text))


def _vietnamese_syllables_differ(pair: Pair) -> bool:
    """Whether two Vietnamese names link syllables written with other letters. Quoc ngu writes
    each syllable one way, so a reading that brings two together (Trong ~ Trung, Dai ~ Day,
    Sang ~ Sanh) joins two names; only the Northern z, dz for d (readings.yaml vietnamese_d)
    and y or i after a consonant (Ky, Ki) spell one syllable."""
    return any(
        k.score < 1.0 or _vietnamese_fold(k.a.part.text) != _vietnamese_fold(k.b.part.text)
        for k in pair.links
    )


FIRST_SURNAME = (
    "a Spanish name goes by its first family name, the father's: the name without it, with the "
    "second only, may be another person (Garcia Luna, Luna)"
)


def _first_surname_left_out(pair: Pair) -> bool:
    """Whether one name leaves out the part just before the family name both share, and that
    part is a common Spanish family name (vocab/names spanish_first_surnames): the first,
    paternal family name, which a Spanish name keeps (Genaro Garcia Luna is not Genaro Luna)."""
    surnames = default_vocabulary().spanish_first_surnames
    for side in ("a", "b"):
        name: NormalizedName = getattr(pair, side)
        last = _last_matched(pair, side)
        before = last - 1
        if before < 1 or before in pair.covered(side) or (before - 1) not in pair.covered(side):
            continue
        surname = name.parts[before].text
        # A married woman's own family name before 'de' and her husband's (Isabel Martinez de
        # Peron, Cristina Fernandez de Kirchner): she goes by the husband's.
        if surname in surnames and f"{surname} de " not in plain(name.original):
            return True
    return False


SLAVIC_FINAL_CONSONANT = (
    "Serbian, Croatian and Bosnian write c, k and g as three letters: family names whose "
    "endings differ by that letter alone are two names (Dodik, Dodic, Dodig; Praljak, Praljac)"
)


def _slavic_ending(text: str) -> tuple[str, str] | None:
    """The stem and ending of a family name in one of the Slavic endings (vocab/names
    slavic_final_consonants) after a consonant (Dod-ik, Pralj-ak; not Isa-ak)."""
    endings = default_vocabulary().slavic_final_consonants
    stem, ending = text[:-2], text[-2:]
    if ending in endings and len(stem) >= 2 and stem[-1] not in "aeiouy":
        return stem, ending
    return None


def _slavic_final_consonant(pair: Pair) -> bool:
    """Whether the two family names (the last parts) are one Slavic stem with endings one
    consonant apart (Dodik, Dodic): a spelling keeps that letter, so they are two names."""
    last_a, last_b = pair.a.parts[-1].text, pair.b.parts[-1].text
    ends_a, ends_b = _slavic_ending(last_a), _slavic_ending(last_b)
    if ends_a is None or ends_b is None or last_a == last_b:
        return False
    return ends_a[0] == ends_b[0] and ends_a[1][0] == ends_b[1][0]


HYPHENATED_HALF = (
    "a hyphenated name is one name: one half of it alone is another (Ter-Petrosyan, Petrosyan; "
    "Kassym-Jomart, Kassym), except a married name's first half (Zaghari-Ratcliffe, Zaghari)"
)


def _hyphen_halves(name: NormalizedName) -> list[tuple[int, bool]]:
    """Index of the first half of each hyphenated word of two name parts (Ter-Petrosyan),
    and whether the word ends the name."""
    texts = [p.text for p in name.parts]
    words = name.original.split()
    found = []
    for n, word in enumerate(words):
        halves = plain(word).split() if "-" in word else []
        # a particle of two letters opens no name of its own (Khalil ur-Rahman)
        whole = len(halves) == 2 and min(map(len, halves)) > 2
        for i in range(len(texts) - 1) if whole else ():
            if texts[i : i + 2] == halves:
                found.append((i, n == len(words) - 1))
    return found


def _hyphenated_half(pair: Pair) -> bool:
    """Whether the other name keeps one half of a hyphenated word and leaves out the other,
    but for the first half of a hyphenated family name (a married name: Zaghari-Ratcliffe)."""
    for side in ("a", "b"):
        covered = pair.covered(side)
        for i, last in _hyphen_halves(getattr(pair, side)):
            first, second = i in covered, i + 1 in covered
            if first != second and not (last and first):
                return True
    return False


def _native_words(name: NormalizedName) -> set[str]:
    """The plain words of a name written with letters of its own Latin orthography."""
    letters = default_vocabulary().native_latin_letters
    return {plain(w) for w in name.original.split() if not letters.isdisjoint(w)}


def _native_vowels_differ(pair: Pair) -> bool:
    """Whether a part written in a native Latin orthography (Kurtulmuş) is linked to a
    spelling with other vowels (Kurtulmaz), not to the same letters folded (Kurtulmus)."""
    native_a, native_b = _native_words(pair.a), _native_words(pair.b)
    return any(
        link.score < 1.0
        and (link.a.part.text in native_a or link.b.part.text in native_b)
        and _NOT_VOWEL.sub("", link.a.part.text) != _NOT_VOWEL.sub("", link.b.part.text)
        for link in pair.links
    )


SPANISH_VOWELS = (
    "a Spanish name (a Spanish given name first) is written one way: parts whose letters "
    "differ only in a vowel may be other names (Murillo, Morillo)"
)


def _spanish_vowels_differ(pair: Pair) -> bool:
    """Whether two names opening with a Spanish given name (vocab/names spanish_given) link
    parts whose consonants agree and whose vowels do not (Porras, Parras; Morales, Morals)."""
    if _UMLAUT.search(pair.a.original + pair.b.original):
        return False  # a German family name: o-umlaut is also written oe (Stroessner)
    return _vowels_alone_differ(pair, default_vocabulary().spanish_given, lambda text: text)


def _both_open_with(pair: Pair, given: set[str]) -> bool:
    """Both names open with a given name of `given` (a language's given names)."""
    return pair.a.parts[0].text in given and pair.b.parts[0].text in given


def _vowels_alone_differ(pair: Pair, given: set[str], fold: Callable[[str], str]) -> bool:
    """Whether two names that both open with a given name of `given` link parts whose
    consonants agree and whose vowels, after `fold`, do not."""
    if not _both_open_with(pair, given):
        return False
    return any(
        fold(link.a.part.text) != fold(link.b.part.text)
        and _NOT_CONSONANT.sub("", link.a.part.text) == _NOT_CONSONANT.sub("", link.b.part.text)
        for link in pair.links
    )


TURKISH_VOWELS = (
    "a Turkish name (a Turkish given name first) is written one way: parts whose letters "
    "differ only in a vowel may be other names (Ozel, Ozal)"
)


def _turkish_vowels_differ(pair: Pair) -> bool:
    """Whether two names opening with a Turkish-spelled given name (vocab/names turkish_given)
    link parts whose consonants agree and whose vowels do not (Altan, Altun; Evren, Evran)."""
    return _vowels_alone_differ(pair, default_vocabulary().turkish_given, _turkish_fold)


def _turkish_fold(text: str) -> str:
    """The vowels other spellings write for the Turkish letters: o- and u-umlaut as oe, ue
    (Inonu, Inoenue), dotless i as i or e (Yildirim, Yeldirim); those do not tell names apart."""
    return text.replace("oe", "o").replace("ue", "u").replace("i", "e")


EAST_SLAVIC_VOWELS = (
    "a Russian or Ukrainian name (such a given name first) writes each vowel one way: family "
    "names whose consonants agree and whose a, u or other vowels do not may be other names "
    "(Bastrykin, Bystrykin)"
)


def _east_slavic_vowels_differ(pair: Pair) -> bool:
    """Whether two names opening with a Russian or Ukrainian given name (vocab/names
    east_slavic_given) link family parts whose consonants agree and whose vowels, read as a, u
    or the rest, do not (Kostyukov, Kostikov; Bastrykin, Bystrykin)."""
    if not _both_open_with(pair, default_vocabulary().east_slavic_given):
        return False
    links = [k for k in pair.links if 0 not in k.a.indices and 0 not in k.b.indices]
    for k in links:
        a, b = _slavic_fold(k.a.part.text), _slavic_fold(k.b.part.text)
        if _SLAVIC_VOWEL.sub("", a) == _SLAVIC_VOWEL.sub("", b) and _slavic_vowels(a) != (
            _slavic_vowels(b)
        ):
            return True
    return False


_SLAVIC_VOWEL = re.compile(r"[aeiouy]")
_SLAVIC_GLIDE = re.compile(r"[yi](?=[aeou])")
# French spellings (Poutine, Kouznetsov, Guirkine), the Russian and Ukrainian feminine
# endings and the Belarusian ya, -anka and final a for o (Latushka, Latushko) are spellings,
# not other vowels.
_SLAVIC_FOLDS = (
    (re.compile("ou"), "u"),
    (re.compile("gu(?=[ei])"), "g"),
    (re.compile("e$"), ""),
    (re.compile("aya$"), "a"),  # Russian -skaya, Ukrainian -ska (Zelenskaya, Zelenska)
    # Belarusian writes ya for the Russian e (Sevyarynets, Severinets) and -anka for -enko
    # (Zakharanka, Zakharenko): spellings of one name under a Russian given name as well.
    (re.compile("(?<=.)[yi]a"), "e"),
    (re.compile("anka$"), "enko"),
)
_FINAL_AO = re.compile("[ao]$")


def _slavic_fold(text: str) -> str:
    for pattern, replacement in _SLAVIC_FOLDS:
        text = pattern.sub(replacement, text)
    return _FINAL_AO.sub("", text)


def _slavic_vowels(text: str) -> str:
    """The vowel classes of a part, the glide of ya, yu, yo, ye dropped first: a, u, or E for
    e, i, y, o (y / i, e / yo / o and Ukrainian i for e or o vary between spellings); a vowel
    repeated once (Zelenskaa, Navalnii) counts once."""
    vowels = _NOT_VOWEL.sub("", _SLAVIC_GLIDE.sub("", text).replace("y", "i"))
    return re.sub(r"(.)\1+", r"\1", re.sub("[eio]", "E", vowels))


_NOT_CONSONANT = re.compile(r"[aeiou]")
_UMLAUT = re.compile("[äöüÄÖÜ]")


def _pinyin_name(name: NormalizedName) -> bool:
    """Whether the name reads as a Chinese one in pinyin: two or three parts of one or two
    pinyin syllables, one of them a single syllable (the family name), no particle."""
    texts = [p.text for p in name.parts]
    if name.dropped or not 2 <= len(texts) <= 3:
        return False
    if not all(_PINYIN_GIVEN.fullmatch(t) for t in texts):
        return False
    return any(_PINYIN_ONE.fullmatch(t) for t in texts)


FATHERS_NAME = (
    "in Arab naming the second name is the father's: the shorter name may be the father's "
    "(Ahmed Mohamed Morsi, Mohamed Morsi) or, a father's name left out before the "
    "grandfather's, an uncle's (Hamdan bin Mohammed bin Rashid, Hamdan bin Rashid)"
)


def _arab_named(name: NormalizedName) -> bool:
    """Whether the name is written the Arab way: with an article or a filiation word (al-,
    bin, ould), or a devotional first name followed by another (Ahmed Mohamed Morsi: the
    second is the father's, not a devotional first name left out)."""
    vocab = default_vocabulary()
    marks = vocab.articles | vocab.filiation
    return not marks.isdisjoint(name.dropped) or _in(name.parts[1], vocab.leading_given)


def _father_first(pair: Pair, left_out: NamePart) -> bool:
    """Whether leaving out this first given name leaves a father's name first: the next part
    is a nasab the other name writes as its own first name (Mohammed bin Hamad bin Khalifa,
    Hamad bin Khalifa), or the name is an Arab one and the part left out is no devotional
    first name of Arab naming (arab_leading_given: Muhammad Anwar al-Sadat = Anwar Sadat, but
    Ahmed Nouri al-Maliki is not Nouri al-Maliki)."""
    side = "a" if left_out in pair.a.parts else "b"
    other = "b" if side == "a" else "a"
    name: NormalizedName = getattr(pair, side)
    link = pair.link_of(side, 1)
    nasab = name.parts[1].optional and not default_vocabulary().filiation.isdisjoint(name.dropped)
    if nasab and link is not None and not getattr(link, other).part.optional:
        return True
    devotional = _in(left_out, default_vocabulary().arab_leading_given)
    return not devotional and _arab_named(name)


def _skipped_father(pair: Pair) -> bool:
    """A nasab left out before a later one that aligns, inside the name (Hamdan bin Mohammed
    bin Rashid Al Maktoum, Hamdan bin Rashid Al Maktoum: the father skipped, the grandfather
    kept, names the uncle); not a final 'bin Laden', which is a family name."""
    for side in ("a", "b"):
        name: NormalizedName = getattr(pair, side)
        if default_vocabulary().filiation.isdisjoint(name.dropped):
            continue
        covered, last = pair.covered(side), len(name.parts) - 1
        nasab = [i for i, p in enumerate(name.parts) if p.optional]
        skipped = [i for i in nasab if i not in covered]
        if skipped and any(skipped[0] < j < last and j in covered for j in nasab):
            return True
    return False


def _fathers_name_first(pair: Pair) -> str | None:
    """Why the pair may be a father and his son (or an uncle and his nephew), if it may."""
    left_out = _leading_given(pair)
    if (left_out and _father_first(pair, left_out[0])) or _skipped_father(pair):
        return FATHERS_NAME
    return None


def _burmese(name: NormalizedName) -> bool:
    """Whether every part is a Burmese name syllable (vocab/names burmese)."""
    syllables = default_vocabulary().burmese
    return all(p.text in syllables for p in name.parts)


def _verdict(score: float, cap: str | None, generations: bool = False) -> Verdict:
    if score < DIFFERENT_BELOW or generations:
        return "different"
    if score >= SAME_AT and cap is None:
        return "same"
    return "unsure"


def score_features(pair: Pair, features: Sequence[Feature] = FEATURES) -> list[FeatureResult]:
    results = []
    for feature in features:
        outcome = feature.fn(pair)
        if outcome is not None:
            results.append(FeatureResult(feature.name, feature.weight, *outcome))
    return results


def compare_normalized(a: NormalizedName, b: NormalizedName) -> NameComparison:
    if not a.parts or not b.parts:
        return NameComparison("unsure", 0.0, ["a name is empty after normalisation"])
    if _english_and_chinese(a, b) or _english_and_chinese(b, a):
        return NameComparison("unsure", DIFFERENT_BELOW, [ENGLISH_AND_CHINESE])
    links, b = align(a, b)
    pair = Pair(a, b, links)
    results = score_features(pair)
    score = max(0.0, min(1.0, sum(r.weight * r.value for r in results)))
    cap = _caps(pair)
    reasons = [f"{r.name} ({r.weight * r.value:+.2f}): {r.reason}" for r in results]
    dropped = sorted(set(a.dropped) | set(b.dropped))
    if dropped:
        reasons.append(f"ignored titles and particles: {', '.join(dropped)}")
    if cap is not None and score >= SAME_AT:
        reasons.append(f"unsure, not same: {cap}")
    ga, gb = _numbers(a, b)
    generations = bool(ga and gb) and ga != gb
    if generations:
        reasons.append("different generational suffixes (Jr. and Sr.): two persons")
    return NameComparison(_verdict(score, cap, generations), score, reasons, results)


ENGLISH_AND_CHINESE = (
    "an English given name against a Chinese one, the family names agreeing (Joshua Wong, Wong "
    "Chi-fung): the same person goes by both, but so does any other of that family; a reviewer "
    "decides"
)


def _english_and_chinese(english: NormalizedName, chinese: NormalizedName) -> bool:
    """A Hong Kong or Taiwanese name written the English way (Joshua Wong) against one written
    family name first with the given name in hyphenated syllables (Wong Chi-fung)."""
    if len(english.parts) != 2 or len(chinese.parts) != 2:
        return False
    family, other = english.parts[1], chinese.parts[0]
    if len(family.text) > CHINESE_FAMILY_LONGEST or _SYLLABLE_GIVEN.search(english.original):
        return False
    if _SYLLABLE_GIVEN.search(chinese.original) is None:
        return False
    return part_similarity(family, other)[0] >= PART_MATCH


TURKIC_IN_PINYIN = (
    "a Uyghur or other Turkic name in pinyin transcription against a Latin spelling: the "
    "consonant skeletons agree part by part (vocab/names pinyin.yaml), which cannot tell "
    "apart names with the same consonants"
)
# A pinyin syllable as pinyin writes it: 'er' only stands alone (Aierken), so Ferrer is none.
_SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo"
    r"|ui|ue|a|o|e|i|u)|er)"
)
_PINYIN_WORD = re.compile(f"{_SYLLABLE}+")
_PINYIN_LONG = re.compile(f"{_SYLLABLE}{{3,}}")
_PINYIN_ONE = re.compile(_SYLLABLE)
_PINYIN_GIVEN = re.compile(f"{_SYLLABLE}{{1,2}}")


def _pinyin_transcription(name: NormalizedName) -> bool:
    """Whether every part is pinyin and one has three syllables or more: a foreign name that
    Chinese writes a syllable for each consonant (Yilihamu), not a Chinese one."""
    texts = [p.text for p in name.parts]
    if name.dropped:
        return False  # no title nor article in a pinyin transcription (Sulaiman al-Rashidi)
    pinyin = all(_PINYIN_WORD.fullmatch(t) for t in texts)
    return pinyin and any(_PINYIN_LONG.fullmatch(t) for t in texts)


def consonant_skeleton(text: str, table: dict[str, str]) -> str:
    """The part's consonant classes in order, repeats merged; letters not in the table
    (vowels, glides) write none."""
    keys = sorted(table, key=len, reverse=True)
    out: list[str] = []
    i = 0
    while i < len(text):
        letters = next((k for k in keys if text.startswith(k, i)), text[i])
        cls = table.get(letters, "")
        if cls and (not out or out[-1] != cls):
            out.append(cls)
        i += len(letters)
    return "".join(out)


def _turkic_in_pinyin(pinyin: NormalizedName, latin: NormalizedName) -> bool:
    """A Uyghur name in pinyin (Yilihamu Tuheti) against a Latin spelling (Ilham Tohti): as
    many parts, the Latin one not all pinyin, the consonant skeletons equal part by part."""
    tables = default_vocabulary().pinyin_skeleton
    if len(pinyin.parts) != len(latin.parts) or not {"pinyin", "latin"} <= set(tables):
        return False
    if not _pinyin_transcription(pinyin) or _pinyin_transcription(latin):
        return False
    if all(_PINYIN_WORD.fullmatch(p.text) for p in latin.parts):
        return False
    silent = {**tables["latin"], **tables.get("latin_silent", {})}
    return all(
        consonant_skeleton(p.text, tables["pinyin"])
        in {consonant_skeleton(q.text, tables["latin"]), consonant_skeleton(q.text, silent)}
        for p, q in zip(pinyin.parts, latin.parts, strict=True)
    )


def _across_pinyin(a: NormalizedName, b: NormalizedName, result: NameComparison) -> NameComparison:
    """A 'different' verdict raised to 'unsure' for a Turkic name in pinyin and in Latin."""
    if result.verdict != "different":
        return result
    if _turkic_in_pinyin(a, b) or _turkic_in_pinyin(b, a):
        return NameComparison("unsure", ACROSS_UNSURE, [*result.reasons, TURKIC_IN_PINYIN])
    return result


CANTONESE_AND_PINYIN = (
    "a Hong Kong (Cantonese) spelling against the pinyin of the same name: each syllable of the "
    "one is a Mandarin reading of the other's (vocab/names pinyin.yaml cantonese)"
)


def _cantonese_syllables(name: NormalizedName) -> list[tuple[str, ...]] | None:
    """The pinyin readings of a Hong Kong name's three syllables (family name, then the two of
    its hyphenated given name: Lai Chee-ying), or None when the name is not of that shape or a
    syllable is not in vocab/names cantonese. An English given name before it is left out
    (Joshua Wong Chi-fung)."""
    words = name.original.split()
    if len(words) == 3 and _english_before_chinese(name):
        words = words[1:]
    if len(words) != 2 or words[1].count("-") != 1:
        return None
    table = default_vocabulary().cantonese
    syllables = [plain(words[0]), *(plain(s) for s in words[1].split("-"))]
    if not all(s in table for s in syllables):
        return None
    return [table[s] for s in syllables]


def _cantonese_in_pinyin(cantonese: NormalizedName, pinyin: NormalizedName) -> bool:
    """A Hong Kong spelling (Lee Ka-chiu) against a name of two pinyin parts (Li Jiachao):
    the family names agree and the given name is the readings of the two syllables in turn."""
    readings = _cantonese_syllables(cantonese)
    texts = [p.text for p in pinyin.parts]
    if readings is None or len(texts) != 2 or "-" in pinyin.original or pinyin.dropped:
        return False
    if not all(_PINYIN_GIVEN.fullmatch(t) for t in texts):
        return False
    given = {first + second for first in readings[1] for second in readings[2]}
    return texts[0] in readings[0] and texts[1] in given


def _across_cantonese(
    a: NormalizedName, b: NormalizedName, result: NameComparison
) -> NameComparison:
    """A verdict short of 'same' raised to 'same' for a Hong Kong spelling and its pinyin."""
    if result.verdict == "same":
        return result
    if _cantonese_in_pinyin(a, b) or _cantonese_in_pinyin(b, a):
        return NameComparison("same", SAME_AT, [*result.reasons, CANTONESE_AND_PINYIN])
    return result


def compare_names(a: str, b: str) -> NameComparison:
    """Compare two person names: verdict same/different/unsure, score 0..1, and reasons."""
    if across_scripts(a, b):
        return compare_across_scripts(a, b) if has_arabic(a) else compare_across_scripts(b, a)
    na, nb = normalize_name(a), normalize_name(b)
    # Round 21: Haider al-Abadi against Haider Abadi: the article marks the nisba on one side,
    # so the other's two words are not glued into one part (a lone family name, 'unsure').
    if _nisba_written_apart(na, nb):
        na = normalize_name(a, split_nisba=True)
    elif _nisba_written_apart(nb, na):
        nb = normalize_name(b, split_nisba=True)
    na, nb = _given_not_title(a, na, b, nb), _given_not_title(b, nb, a, na)
    result = _across_pinyin(na, nb, compare_normalized(na, nb))
    return _across_cantonese(na, nb, result)


def _given_not_title(
    text: str, name: NormalizedName, other_text: str, other: NormalizedName
) -> NormalizedName:
    """The name again with its first word kept, when that word was dropped as a title that is
    also a given name (vocab/names ambiguous) and the other name opens with a spelling of it
    as its own first part (Said Abdullahi Deni against Saeed Abdullahi Deni: Said is his name)."""
    first = plain(text).split()[:1]
    other_first = plain(other_text).split()[:1]
    if not first or not other.parts or first[0] not in default_vocabulary().ambiguous_titles:
        return name
    if first[0] not in name.dropped or other_first[0] in other.dropped:
        return name
    score, _ = part_similarity(make_part(first[0]), other.parts[0])
    return normalize_name(text, keep_ambiguous=True) if score >= PART_MATCH else name


ACROSS_UNSURE = 0.65  # between DIFFERENT_BELOW and SAME_AT: compatible, never proven
SKELETON_LIMIT = (
    "unsure, not same: a consonant skeleton cannot tell apart names with the same consonants "
    "(Hassan and Hossein, Hamid and Hamed)"
)


def compare_across_scripts(arabic: str, latin: str) -> NameComparison:
    """An Arabic-script name against a Latin one, by consonant skeleton part by part: every
    part agreeing gives `unsure` at most, any part left over or disagreeing `different`."""
    normalized = normalize_name(latin)
    if not normalized.parts:
        return NameComparison("unsure", 0.0, ["a name is empty after normalisation"])
    pairs = align_skeletons(arabic, [p.text for p in normalized.parts]).pairs
    if pairs is None:
        reason = "compared across scripts: the consonant skeletons of the parts do not agree"
        return NameComparison("different", 0.0, [reason])
    shown = "; ".join(f"'{x}' ~ '{y}'" for x, y in pairs)
    reason = f"compared across scripts: consonant skeletons agree part by part: {shown}"
    return NameComparison("unsure", ACROSS_UNSURE, [reason, SKELETON_LIMIT])


def name_key(text: str) -> str:
    """A blocking and linkage key: canonical part keys, in order."""
    return normalize_name(text).key


_SPACES = re.compile(r"\s+")


def compact_key(text: str) -> str:
    """Canonical keys with no spaces: equal for Bani Sadr and Banisadr."""
    return _SPACES.sub("", canonical("".join(p.text for p in normalize_name(text).parts)))
