"""The act vocabulary and the extractor's word lists, read from versioned YAML under vocab/."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml

from testimonies.errors import InputError


@dataclass(frozen=True)
class PatternToken:
    """One position of a trigger pattern: the words it accepts, or a gap of up to three tokens."""

    words: frozenset[str]
    gap: bool = False
    head: bool = False
    any: bool = False  # "_": exactly one token, whatever it is


@dataclass(frozen=True)
class Trigger:
    act: str
    text: str
    tokens: tuple[PatternToken, ...]
    denied: bool = False
    needs_victim: bool = False  # "?hold": only when the grammar finds a person held
    child: frozenset[str] = frozenset()  # "put >in|into": the head has such a word under it
    subtree: bool = False  # "!" (not_acts): blocks every act word under its head, not only its span
    anywhere: bool = False  # this act even with no sign of custody ("took his own life")
    no_child: frozenset[str] = frozenset()  # "take >!to|into": none of these in the head's clause

    @property
    def head_index(self) -> int:
        """Which matched (non-gap) token gives the grammar: the one marked ^, else the first."""
        fixed = [tok for tok in self.tokens if not tok.gap]
        marked = [i for i, tok in enumerate(fixed) if tok.head]
        return marked[0] if marked else 0

    @property
    def length(self) -> int:
        return sum(1 for tok in self.tokens if not tok.gap)


@dataclass(frozen=True)
class ActCode:
    code: str
    label: str
    definition: str
    huridocs: str
    examples: tuple[str, ...]
    triggers: tuple[Trigger, ...]
    subsumes: tuple[str, ...] = ()  # acts not claimed again when this one is, in one sentence
    outside_custody: str | None = None  # the act it is when nothing says the victim was held
    # ...and only where the paragraph has a word of this class: "My father died in 2004" is none
    outside_custody_if: str | None = None
    insulting: str | None = None  # the act it is when hurled with insults or shouted
    of_children: str | None = None  # the act it is when the one taken is a child
    unnamed_perpetrator: bool = True  # the document's group when the sentence names no one
    # the place the paragraph or document is about when the act's clause names none
    carried_place: bool = True
    # an act that goes on until the text says it ended (a disappearance): its date is when it
    # began, not a day it began and ended on
    ongoing: bool = False


NOT_AN_ACT = ""  # the act of a `not_acts` wording: it names an act without stating one


@dataclass(frozen=True)
class ActVocabulary:
    version: int
    acts: tuple[ActCode, ...]
    not_acts: tuple[Trigger, ...] = ()  # "Committee against Torture", "risk of torture"
    classes: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False)

    @property
    def codes(self) -> list[str]:
        return [act.code for act in self.acts]

    def subsumed(self) -> dict[str, set[str]]:
        return {act.code: set(act.subsumes) for act in self.acts if act.subsumes}

    def without_default_perpetrator(self) -> set[str]:
        return {a.code for a in self.acts if not a.unnamed_perpetrator}

    def ongoing(self) -> frozenset[str]:
        return frozenset(a.code for a in self.acts if a.ongoing)

    def without_carried_place(self) -> frozenset[str]:
        return frozenset(a.code for a in self.acts if not a.carried_place)

    def outside_custody(self) -> dict[str, str]:
        return {a.code: a.outside_custody for a in self.acts if a.outside_custody}

    def outside_custody_if(self) -> dict[str, frozenset[str]]:
        """Per act, the words without which a death outside custody states no act."""
        return {
            a.code: self.classes.get(a.outside_custody_if, frozenset())
            for a in self.acts
            if a.outside_custody and a.outside_custody_if
        }

    def insulting(self) -> dict[str, str]:
        return {a.code: a.insulting for a in self.acts if a.insulting}

    def of_children(self) -> dict[str, str]:
        return {a.code: a.of_children for a in self.acts if a.of_children}

    def words(self, word_class: str) -> frozenset[str]:
        return self.classes.get(word_class, frozenset())

    def triggers(self) -> list[Trigger]:
        """Every act's wordings, then the wordings that state no act."""
        return [trigger for act in self.acts for trigger in act.triggers] + list(self.not_acts)


@dataclass(frozen=True)
class Lexicon:
    """The word lists of extract_lexicon.yaml, as sets and maps."""

    data: dict[str, Any] = field(default_factory=dict)
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def words(self, key: str) -> frozenset[str]:
        found = self._sets.get(key)
        if found is None:  # built once: the rules ask for the same lists for every token
            found = frozenset(str(word).lower() for word in self.data.get(key, []))
            self._sets[key] = found
        return found

    def mapping(self, key: str) -> dict[str, int]:
        return {str(k).lower(): int(v) for k, v in (self.data.get(key) or {}).items()}


def _split_hyphens(parts: list[str]) -> list[str]:
    """'ill-treatment' as the tokenizer cuts it: 'ill', '-', 'treatment'.

    A '^' stays on its piece ('ill-^treat' marks 'treat'); alternatives ('a|b') are left whole.
    """
    out: list[str] = []
    for part in parts:
        if "-" not in part.strip("-") or "|" in part:
            out.append(part)
            continue
        pieces = part.split("-")
        out.append(pieces[0])
        for piece in pieces[1:]:
            out += ["-", piece]
    return out


WordClasses = Mapping[str, frozenset[str]]


def _words(act: str, part: str, classes: WordClasses) -> frozenset[str]:
    """'cell|@kin': the alternatives of one position, a named word class spelled out."""
    words: set[str] = set()
    for word in part.split("|"):
        if not word.startswith("@"):
            words.add(word)
        elif word[1:] in classes:
            words |= classes[word[1:]]
        else:
            raise InputError("acts.yaml", f"unknown word class {word!r} in a pattern of {act}")
    return frozenset(words)


def parse_pattern(
    act: str, text: str, denied: bool = False, classes: WordClasses | None = None
) -> Trigger:
    tokens = []
    needs_victim = text.startswith("?")
    subtree = text.startswith("!")
    child: frozenset[str] = frozenset()
    no_child: frozenset[str] = frozenset()
    for part in _split_hyphens(text.lower().lstrip("?!").split()):
        if part.startswith(">!"):
            no_child = _words(act, part[2:], classes or {})
            continue
        if part.startswith(">"):
            child = _words(act, part[1:], classes or {})
            continue
        if part in ("*", "_"):
            tokens.append(PatternToken(frozenset(), gap=part == "*", any=part == "_"))
            continue
        head = part.startswith("^")
        tokens.append(PatternToken(_words(act, part.lstrip("^"), classes or {}), head=head))
    if not tokens or tokens[0].gap or tokens[0].any:
        raise InputError("acts.yaml", f"trigger pattern {text!r} of {act} must open with a word")
    return Trigger(
        act, text, tuple(tokens), denied, needs_victim, child, subtree, no_child=no_child
    )


def _classes(data: dict[str, Any]) -> dict[str, frozenset[str]]:
    """`word_classes:` of acts.yaml, each a list of words (lemmas or forms)."""
    raw = data.get("word_classes") or {}
    if not isinstance(raw, dict):
        raise InputError("acts.yaml", "word_classes is not a mapping")
    return {str(k).lower(): frozenset(str(w).lower() for w in v or []) for k, v in raw.items()}


def _act(entry: dict[str, Any], classes: WordClasses) -> ActCode:
    code = str(entry["code"])
    triggers = [parse_pattern(code, str(p), classes=classes) for p in entry.get("triggers") or []]
    triggers += [
        parse_pattern(code, str(p), denied=True, classes=classes)
        for p in entry.get("denials") or []
    ]
    triggers += [
        replace(parse_pattern(code, str(p), classes=classes), anywhere=True)
        for p in entry.get("anywhere") or []
    ]
    condition = entry.get("outside_custody_if")
    if condition is not None and str(condition) not in classes:
        raise InputError("acts.yaml", f"unknown word class {condition!r} in {code}")
    return ActCode(
        code=code,
        label=str(entry.get("label", code)),
        definition=str(entry.get("definition", "")),
        huridocs=str(entry.get("huridocs", "")),
        examples=tuple(str(e) for e in entry.get("examples") or []),
        triggers=tuple(triggers),
        subsumes=tuple(str(a) for a in entry.get("subsumes") or []),
        outside_custody=entry.get("outside_custody"),
        outside_custody_if=None if condition is None else str(condition),
        insulting=entry.get("insulting"),
        of_children=entry.get("of_children"),
        unnamed_perpetrator=bool(entry.get("unnamed_perpetrator", True)),
        carried_place=bool(entry.get("carried_place", True)),
        ongoing=bool(entry.get("ongoing", False)),
    )


def read_vocab_yaml(name: str) -> dict[str, Any]:
    """A YAML mapping of the vocab package, by file name."""
    text = resources.files("testimonies.vocab").joinpath(name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise InputError(name, "not a YAML mapping")
    return data


def check_mapped(acts: tuple[ActCode, ...], name: str = "acts.yaml") -> None:
    """An act another one turns into (outside custody, insulting, of children) is a code of
    the vocabulary: a typo would put a code outside the spec into the claims."""
    codes = {act.code for act in acts}
    for act in acts:
        for other in (act.outside_custody, act.insulting, act.of_children):
            if other is not None and other not in codes:
                raise InputError(name, f"{act.code} turns into unknown act {other!r}")


@cache
def load_acts(name: str = "acts.yaml") -> ActVocabulary:
    """The act codes (spec section 2) with their trigger patterns."""
    data = read_vocab_yaml(name)
    try:
        classes = _classes(data)
        acts = tuple(_act(entry, classes) for entry in data["acts"])
        not_acts = tuple(
            parse_pattern(NOT_AN_ACT, str(p), classes=classes) for p in data.get("not_acts") or []
        )
    except (KeyError, TypeError) as exc:
        raise InputError(name, f"malformed act entry ({exc})") from exc
    check_mapped(acts, name)
    version = int(data.get("version", 1))
    return ActVocabulary(version=version, acts=acts, not_acts=not_acts, classes=classes)


@cache
def load_lexicon(name: str = "extract_lexicon.yaml") -> Lexicon:
    return Lexicon(read_vocab_yaml(name))
