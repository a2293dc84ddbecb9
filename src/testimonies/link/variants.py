"""The name vocabulary: transliteration rules, spelling families, titles and particles, as data.

Everything here is read from ``vocab/names/*.yaml``. Users extend it by editing those files or by
pointing ``$TESTIMONIES_NAMES_DIR`` at a folder of further YAML files with the same keys; lists
from every file are concatenated (families with the same key are merged).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import product
from pathlib import Path
from typing import Any

import yaml
from rigour.text import ascii_text

from testimonies.errors import InputError

VOCAB_DIR = Path(__file__).resolve().parent.parent / "vocab" / "names"
ENV_DIR = "TESTIMONIES_NAMES_DIR"
_NOT_LETTERS = re.compile(r"[^a-z0-9 ]+")


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    replacement: str
    why: str
    optional: bool = False


@dataclass
class NameVocabulary:
    """All name data, merged from the YAML files."""

    rules: list[Rule] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    ambiguous_titles: set[str] = field(default_factory=set)
    suffixes: set[str] = field(default_factory=set)
    generational: set[str] = field(default_factory=set)
    drop: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    join: set[str] = field(default_factory=set)
    join_suffix: set[str] = field(default_factory=set)
    join_article: set[str] = field(default_factory=set)
    # Joinable endings that are a nisba of their own after an Arabic article (al-Abadi).
    nisba_suffixes: set[str] = field(default_factory=set)
    married: set[str] = field(default_factory=set)
    second_surname_endings: tuple[str, ...] = ()
    second_surname_min: int = 5
    family_endings: tuple[str, ...] = ()
    # Given names that end like a family name (Somali Abdi, Arabic Hadi): never moved as one.
    given_with_family_ending: set[str] = field(default_factory=set)
    compound_heads: set[str] = field(default_factory=set)
    leading_given: set[str] = field(default_factory=set)
    abd_left_out: set[str] = field(default_factory=set)
    arab_leading_given: set[str] = field(default_factory=set)
    baptismal_given: set[str] = field(default_factory=set)
    compound_tails: set[str] = field(default_factory=set)
    regnal_letters: set[str] = field(default_factory=set)
    # Regnal numbers among the generational suffixes (II, IV; not Jr., Sr.).
    regnal: set[str] = field(default_factory=set)
    territorial: set[str] = field(default_factory=set)
    # Burmese name syllables: a name made only of them has no family name to leave out.
    burmese: set[str] = field(default_factory=set)
    # Burmese honorifics that, closing a name, are the name syllable written alike (U = Oo).
    burmese_final: dict[str, str] = field(default_factory=dict)
    # Korean family names of one letter (O) and their spelling as a word (Oh).
    korean_one_letter: dict[str, str] = field(default_factory=dict)
    digraph_initials: set[str] = field(default_factory=set)
    spanish_first_surnames: set[str] = field(default_factory=set)
    # Given names that mark a name as Spanish, written one way (vowels decide).
    spanish_given: set[str] = field(default_factory=set)
    # Given names that mark a name as Turkish, written one way (vowels decide).
    turkish_given: set[str] = field(default_factory=set)
    # Given names that mark a name as Russian or Ukrainian (vowels of a, u and the rest decide).
    east_slavic_given: set[str] = field(default_factory=set)
    vietnamese_families: set[str] = field(default_factory=set)
    # Slavic family-name endings one letter apart (Dodik, Dodic, Dodig): each another name.
    slavic_final_consonants: set[str] = field(default_factory=set)
    # Given names that Soviet registries made family names with -ov (Rahmon, Rahmonov).
    russified_given: set[str] = field(default_factory=set)
    # Letters only a name's own Latin orthography writes (Turkish s-cedilla, soft g, dotless i).
    native_latin_letters: set[str] = field(default_factory=set)
    russian_endings: tuple[str, ...] = ()
    # Masculine and feminine endings of one Slavic family name (Nemtsov, Nemtsova): two people.
    slavic_gender_endings: list[tuple[str, str]] = field(default_factory=list)
    filiation: set[str] = field(default_factory=set)
    patronymic_endings: tuple[str, ...] = ()
    families: dict[str, list[str]] = field(default_factory=dict)
    distinct: list[tuple[str, str]] = field(default_factory=list)
    organizations: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Spelling conventions of other languages (German, French, ...): each rewrites a part into
    # English-style spelling before the rules, giving one more form to compare.
    readings: dict[str, list[Rule]] = field(default_factory=dict)
    # A reading's condition: the part must be wholly of this shape (Wade-Giles applies to parts
    # made of Mandarin syllables only, not to every name with a p or a k).
    reading_when: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # A reading read syllable by syllable: the pattern's groups are the syllables, and each may
    # be read by any of the listed readings (Wade-Giles Ts'ai-hou: aspirated ts', plain h).
    reading_syllables: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = field(
        default_factory=dict
    )
    # What a letter with a diacritic stands for where ASCII folding loses it (Serbian and
    # Croatian c-caron = ch, d-stroke = dj): one more written form of the part.
    letter_values: dict[str, str] = field(default_factory=dict)
    # Consonant classes of pinyin and of Latin spellings, for names of China's Turkic peoples
    # that pinyin transcribes syllable by syllable (Yilihamu Tuheti = Ilham Tohti).
    pinyin_skeleton: dict[str, dict[str, str]] = field(default_factory=dict)
    # Cantonese syllables (Hong Kong spellings) and the pinyin syllables they may stand for.
    cantonese: dict[str, tuple[str, ...]] = field(default_factory=dict)


def plain(text: str) -> str:
    """ASCII, lower case, apostrophes dropped, other punctuation turned into spaces."""
    folded = ascii_text(text).lower().replace("'", "").replace("`", "")
    return " ".join(_NOT_LETTERS.sub(" ", folded).split())


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(str(path), f"cannot read the name vocabulary ({exc})") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(str(path), "a name vocabulary file must be a mapping")
    return data


def _words(values: Iterable[Any]) -> set[str]:
    return {plain(str(v)) for v in values}


def _rule(raw: Any, source: Path) -> Rule:
    try:
        why = raw[2] if len(raw) > 2 else ""
        optional = len(raw) > 3 and raw[3] == "optional"
        return Rule(re.compile(raw[0]), raw[1], why, optional)
    except (re.error, IndexError, TypeError) as exc:
        raise InputError(str(source), f"bad transliteration rule {raw!r} ({exc})") from exc


def _merge(vocab: NameVocabulary, data: dict[str, Any], source: Path) -> None:
    vocab.rules.extend(_rule(raw, source) for raw in data.get("rules", []))
    readings = data.get("readings") or {}
    if not isinstance(readings, dict):
        raise InputError(str(source), "'readings' must map a convention's name to its rules")
    for name, rules in readings.items():
        if isinstance(rules, dict):
            _when(vocab, str(name), rules.get("when"), source)
            _syllables(vocab, str(name), rules, source)
            rules = rules.get("rules") or []
        vocab.readings.setdefault(str(name), []).extend(_rule(raw, source) for raw in rules)
    vocab.titles |= _words(data.get("titles", []))
    vocab.ambiguous_titles |= _words(data.get("ambiguous", []))
    vocab.suffixes |= _words(data.get("suffixes", []))
    vocab.generational |= _words(data.get("generational", []))
    vocab.family_endings += tuple(_words(data.get("family_endings", [])))
    vocab.given_with_family_ending |= _words(data.get("given_with_family_ending", []))
    vocab.compound_heads |= _words(data.get("compound_heads", []))
    vocab.leading_given |= _words(data.get("leading_given", []))
    vocab.abd_left_out |= _words(data.get("abd_left_out", []))
    vocab.arab_leading_given |= _words(data.get("arab_leading_given", []))
    vocab.baptismal_given |= _words(data.get("baptismal_given", []))
    vocab.compound_tails |= _words(data.get("compound_tails", []))
    vocab.regnal_letters |= {str(v) for v in data.get("regnal_letters", [])}
    vocab.regnal |= _words(data.get("regnal", []))
    vocab.territorial |= _words(data.get("territorial", []))
    vocab.burmese |= _words(data.get("burmese", []))
    vocab.burmese_final.update(
        {plain(str(k)): plain(str(v)) for k, v in (data.get("burmese_final") or {}).items()}
    )
    vocab.digraph_initials |= _words(data.get("digraph_initials", []))
    vocab.korean_one_letter.update(
        {plain(str(k)): plain(str(v)) for k, v in (data.get("korean_one_letter") or {}).items()}
    )
    vocab.spanish_first_surnames |= _words(data.get("spanish_first_surnames", []))
    vocab.spanish_given |= _words(data.get("spanish_given", []))
    vocab.turkish_given |= _words(data.get("turkish_given", []))
    vocab.east_slavic_given |= _words(data.get("east_slavic_given", []))
    vocab.vietnamese_families |= _words(data.get("vietnamese_families", []))
    vocab.slavic_final_consonants |= _words(data.get("slavic_final_consonants", []))
    vocab.russified_given |= _words(data.get("russified_given", []))
    vocab.native_latin_letters |= {str(v) for v in data.get("native_latin_letters", [])}
    vocab.russian_endings += tuple(_words(data.get("russian_endings", [])))
    vocab.slavic_gender_endings.extend(
        (plain(str(m)), plain(str(f))) for m, f in data.get("slavic_gender_endings", [])
    )
    vocab.letter_values.update(
        {str(k): str(v) for k, v in (data.get("letter_values") or {}).items()}
    )
    vocab.drop |= _words(data.get("drop", []))
    vocab.articles |= _words(data.get("articles", []))
    vocab.join |= _words(data.get("join", []))
    vocab.join_suffix |= _words(data.get("join_suffix", []))
    vocab.join_article |= _words(data.get("join_article", []))
    vocab.nisba_suffixes |= _words(data.get("nisba_suffixes", []))
    vocab.married |= _words(data.get("married", []))
    vocab.second_surname_endings += tuple(_words(data.get("second_surname_endings", [])))
    if "second_surname_min" in data:
        vocab.second_surname_min = int(data["second_surname_min"])
    vocab.filiation |= _words(data.get("filiation", []))
    vocab.patronymic_endings += tuple(_words(data.get("patronymic_endings", [])))
    for key, spellings in (data.get("families") or {}).items():
        vocab.families.setdefault(str(key), []).extend(str(s) for s in spellings)
    vocab.distinct.extend((plain(str(a)), plain(str(b))) for a, b in data.get("distinct", []))
    vocab.organizations.update(data.get("organizations") or {})
    for syllable, readings in (data.get("cantonese") or {}).items():
        vocab.cantonese[plain(str(syllable))] = tuple(plain(str(r)) for r in readings)
    for side, table in (data.get("pinyin_skeleton") or {}).items():
        vocab.pinyin_skeleton.setdefault(str(side), {}).update(
            {plain(str(k)): str(v) for k, v in (table or {}).items()}
        )


def _when(vocab: NameVocabulary, name: str, pattern: Any, source: Path) -> None:
    if pattern is None:
        return
    try:
        vocab.reading_when[name] = re.compile(str(pattern))
    except re.error as exc:
        raise InputError(str(source), f"bad condition of reading {name!r} ({exc})") from exc


def _syllables(vocab: NameVocabulary, name: str, spec: dict[str, Any], source: Path) -> None:
    if spec.get("syllables") is None:
        return
    each_of = tuple(str(r) for r in spec.get("each_of") or [])
    try:
        vocab.reading_syllables[name] = (re.compile(str(spec["syllables"])), each_of)
    except re.error as exc:
        raise InputError(str(source), f"bad syllables of reading {name!r} ({exc})") from exc


def _syllable_forms(part: str, vocab: NameVocabulary) -> list[str]:
    """The part read syllable by syllable, each syllable by any of its reading's readings:
    the forms a name mixing two conventions has (Wade-Giles Sun Cheng-ts'ai: plain ch, then
    aspirated ts' once the apostrophe is lost)."""
    forms: list[str] = []
    for name, (pattern, each_of) in vocab.reading_syllables.items():
        match = pattern.fullmatch(part) if _applies(vocab, name, part) else None
        if match is None:
            continue
        choices = [[vocab.readings.get(r, []) for r in each_of]] * len(match.groups())
        for chosen in product(*choices):
            read = "".join(
                transliterate(syl, rules) for syl, rules in zip(match.groups(), chosen, strict=True)
            )
            forms.extend(_forms(read, vocab.rules))
    return forms


def _applies(vocab: NameVocabulary, name: str, part: str) -> bool:
    when = vocab.reading_when.get(name)
    return when is None or when.fullmatch(part) is not None


def vocabulary_paths() -> list[Path]:
    """The YAML files read, the project's first, then those of $TESTIMONIES_NAMES_DIR."""
    folders = [VOCAB_DIR]
    extra = os.environ.get(ENV_DIR)
    if extra:
        folders.append(Path(extra))
    return [p for folder in folders for p in sorted(folder.glob("*.yaml"))]


def load_vocabulary(paths: Sequence[Path] | None = None) -> NameVocabulary:
    vocab = NameVocabulary()
    for path in paths if paths is not None else vocabulary_paths():
        _merge(vocab, _read(path), path)
    return vocab


@cache
def default_vocabulary() -> NameVocabulary:
    """The vocabulary read once per process (tests and long runs share it)."""
    return load_vocabulary()


def transliterate(part: str, rules: Sequence[Rule]) -> str:
    """Apply the transliteration rules in order to one plain name part."""
    for rule in rules:
        part = rule.pattern.sub(rule.replacement, part)
    return part


def _apply(part: str, rules: Sequence[Rule]) -> tuple[str, bool]:
    """The part after the rules, and whether an optional rule changed it."""
    optional_fired = False
    for rule in rules:
        changed = rule.pattern.sub(rule.replacement, part)
        optional_fired = optional_fired or (rule.optional and changed != part)
        part = changed
    return part, optional_fired


@lru_cache(maxsize=500_000)
def canonical(part: str) -> str:
    """The canonical key of one plain name part under the default rules."""
    return canonical_forms(part)[0]


@lru_cache(maxsize=500_000)
def canonical_forms(part: str) -> tuple[str, ...]:
    """The canonical key, then the form without the optional rules (if it differs), then the
    part's canonical form read in each other spelling convention (German Jelzin = Yeltsin)."""
    vocab = default_vocabulary()
    forms = _forms(part, vocab.rules)
    for name, rules in vocab.readings.items():
        if not _applies(vocab, name, part):
            continue
        read = transliterate(part, rules)
        if read != part:
            forms.extend(_forms(read, vocab.rules))
    forms.extend(_syllable_forms(part, vocab))
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=200_000)
def reading_of(part: str, form: str) -> str | None:
    """The name of the reading that gives ``part`` this form, if only a reading gives it."""
    vocab = default_vocabulary()
    if form in _forms(part, vocab.rules):
        return None
    for name, rules in vocab.readings.items():
        if _applies(vocab, name, part) and form in _forms(transliterate(part, rules), vocab.rules):
            return name
    return None


def _forms(part: str, rules: Sequence[Rule]) -> list[str]:
    """The part under all rules, then without the optional ones if that differs."""
    full, optional_fired = _apply(part, rules)
    if not optional_fired:
        return [full]
    return [full, transliterate(part, [r for r in rules if not r.optional])]


@dataclass(frozen=True)
class FamilyIndex:
    """Spellings (plain, compact and canonical forms) mapped to their family's key."""

    by_form: dict[str, str]
    distinct: frozenset[frozenset[str]]

    def family(self, compact: str) -> str | None:
        return self.by_form.get(compact) or self.by_form.get(canonical(compact))

    def are_distinct(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.distinct


def _compact(spelling: str, vocab: NameVocabulary) -> str:
    words = [w for w in plain(spelling).split() if w not in vocab.drop]
    return "".join(words)


@cache
def family_index() -> FamilyIndex:
    vocab = default_vocabulary()
    by_form: dict[str, str] = {}
    for key, spellings in vocab.families.items():
        for spelling in spellings:
            compact = _compact(spelling, vocab)
            by_form.setdefault(compact, key)
            by_form.setdefault(canonical(compact), key)
    distinct = set()
    for a, b in vocab.distinct:
        keys_a = {a.replace(" ", ""), by_form.get(a.replace(" ", ""), a)}
        keys_b = {b.replace(" ", ""), by_form.get(b.replace(" ", ""), b)}
        distinct |= {frozenset((x, y)) for x in keys_a for y in keys_b if x != y}
    return FamilyIndex(by_form, frozenset(distinct))
