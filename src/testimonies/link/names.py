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
from testimonies.link.variants import canonical, default_vocabulary, family_index, plain

Verdict = Literal["same", "different", "unsure"]
SAME_AT = 0.8  # score at or above which two names are the same person's
DIFFERENT_BELOW = 0.5  # score below which they are different
PART_MATCH = 0.84  # part similarity from which two parts are one name part
SHORT_PART_COST = 0.3  # parts of up to 4 letters may differ by one cheap vowel only
INITIAL_SIMILARITY = 0.75


@dataclass(frozen=True)
class NamePart:
    """One part of a name: as written (plain ASCII), canonical form, and comparison key."""

    text: str
    canonical: str
    key: str
    family: str | None = None

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


def make_part(text: str) -> NamePart:
    index = family_index()
    family = index.family(text)
    canon = canonical(text)
    return NamePart(text, canon, family or canon, family)


def _reorder(text: str) -> str:
    # "Rajavi, Massoud" lists the family name first.
    head, sep, tail = text.partition(",")
    if sep and head.strip() and tail.strip() and "," not in tail:
        return f"{tail} {head}"
    return text


def _strip_titles(words: list[str], dropped: list[str]) -> list[str]:
    vocab = default_vocabulary()
    while len(words) > 1 and words[0] in vocab.titles:
        if words[0] in vocab.ambiguous_titles and len(words) <= 2:
            break
        dropped.append(words.pop(0))
    while len(words) > 1 and words[-1] in vocab.suffixes:
        dropped.append(words.pop())
    return words


def _drop_particles(words: list[str], dropped: list[str]) -> list[str]:
    drop = default_vocabulary().drop
    kept = [w for w in words if w not in drop]
    if not kept:
        return words
    dropped.extend(w for w in words if w in drop)
    return kept


def _join(words: list[str]) -> list[str]:
    vocab = default_vocabulary()
    joined: list[str] = []
    pending = ""
    for word in words:
        if word in vocab.join_suffix and joined and not pending:
            joined[-1] += word
        elif word in vocab.join:
            pending += word
        else:
            joined.append(pending + word)
            pending = ""
    if pending:
        joined.append(pending)
    return joined


@lru_cache(maxsize=200_000)
def normalize_name(text: str) -> NormalizedName:
    """Normalise one person name; an empty result has no parts."""
    dropped: list[str] = []
    cleaned = remove_person_prefixes(remove_bracketed_text(_reorder(text)))
    if cleaned != text.strip():
        dropped.extend(plain(text).split()[: len(plain(text).split()) - len(plain(cleaned).split())])
    words = _strip_titles(plain(cleaned).split(), dropped)
    words = _join(_drop_particles(words, dropped))
    return NormalizedName(text, tuple(make_part(w) for w in words), tuple(dropped))


# --- part similarity ------------------------------------------------------------------------


def part_similarity(a: NamePart, b: NamePart) -> tuple[float, str]:
    """How alike two parts are (0..1), and why."""
    if a.is_initial or b.is_initial:
        same = a.text[0] == b.text[0]
        return (INITIAL_SIMILARITY if same else 0.0), "initial" if same else "other initial"
    index = family_index()
    if index.are_distinct(a.key, b.key) or index.are_distinct(a.text, b.text):
        return 0.0, "listed as distinct names"
    if a.key == b.key:
        how = f"spelling family '{a.family}'" if a.family else "same canonical form"
        return 1.0, "identical" if a.text == b.text else how
    score = similarity(a.canonical, b.canonical)
    if max(len(a.canonical), len(b.canonical)) <= 4 and score < 1.0 - SHORT_PART_COST / 4:
        return score * 0.5, "short names differ"
    return score, f"transliteration distance {score:.2f}"


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


def align(a: NormalizedName, b: NormalizedName) -> list[Link]:
    """Greedy best-first alignment of parts, in any order, each part used once."""
    candidates = []
    for ua in _units(a):
        for ub in _units(b):
            if len(ua.indices) == 2 and len(ub.indices) == 2:
                continue
            score, why = part_similarity(ua.part, ub.part)
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
    return links


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
    total = len(pair.a.parts) + len(pair.b.parts)
    if not total:
        return None
    covered = sum(k.score * (len(k.a.indices) + len(k.b.indices)) for k in pair.links)
    shown = "; ".join(_show(k) for k in pair.links) or "no parts align"
    return covered / total, f"aligned parts: {shown}"


def _last_link(pair: Pair) -> tuple[Link | None, Link | None]:
    return (
        pair.link_of("a", len(pair.a.parts) - 1),
        pair.link_of("b", len(pair.b.parts) - 1),
    )


def family_name(pair: Pair) -> tuple[float, str] | None:
    if len(pair.a.parts) < 2 or len(pair.b.parts) < 2:
        return None
    link_a, link_b = _last_link(pair)
    if link_a is not None and link_a is link_b:
        return 1.0, f"family names agree: {_show(link_a)}"
    swapped_a = pair.link_of("a", 0)
    if swapped_a is not None and link_a is not None and swapped_a is link_b:
        return 0.8, "family names agree with the word order swapped"
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
    return None


def _given_unmatched(pair: Pair, side: str) -> list[NamePart]:
    name: NormalizedName = getattr(pair, side)
    covered = pair.covered(side)
    last = len(name.parts) - 1
    return [p for i, p in enumerate(name.parts) if i not in covered and i != last]


def given_name_conflict(pair: Pair) -> tuple[float, str] | None:
    extra_a = [p for p in _given_unmatched(pair, "a") if not p.is_initial]
    extra_b = [p for p in _given_unmatched(pair, "b") if not p.is_initial]
    if extra_a and extra_b:
        shown_a = " ".join(p.text for p in extra_a)
        shown_b = " ".join(p.text for p in extra_b)
        return 1.0, f"given names differ: '{shown_a}' vs '{shown_b}'"
    return None


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


def _caps(pair: Pair) -> str | None:
    """Why the verdict cannot be 'same' whatever the score, if it cannot."""
    if min(len(pair.a.parts), len(pair.b.parts)) == 1:
        return "a single name part cannot identify a person without context"
    given = [k for k in pair.links if k.why == "initial"]
    full_given = [k for k in pair.links if k.why != "initial"]
    if given and len(full_given) < 2:
        return "only initials support the given names"
    return None


def _verdict(score: float, cap: str | None) -> Verdict:
    if score < DIFFERENT_BELOW:
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
    pair = Pair(a, b, align(a, b))
    results = score_features(pair)
    score = max(0.0, min(1.0, sum(r.weight * r.value for r in results)))
    cap = _caps(pair)
    reasons = [f"{r.name} ({r.weight * r.value:+.2f}): {r.reason}" for r in results]
    dropped = sorted(set(a.dropped) | set(b.dropped))
    if dropped:
        reasons.append(f"ignored titles and particles: {', '.join(dropped)}")
    if cap is not None and score >= SAME_AT:
        reasons.append(f"unsure, not same: {cap}")
    return NameComparison(_verdict(score, cap), score, reasons, results)


def compare_names(a: str, b: str) -> NameComparison:
    """Compare two person names: verdict same/different/unsure, score 0..1, and reasons."""
    return compare_normalized(normalize_name(a), normalize_name(b))


def name_key(text: str) -> str:
    """A blocking and linkage key: canonical part keys, in order."""
    return normalize_name(text).key


_SPACES = re.compile(r"\s+")


def compact_key(text: str) -> str:
    """Canonical keys with no spaces: equal for Bani Sadr and Banisadr."""
    return _SPACES.sub("", canonical("".join(p.text for p in normalize_name(text).parts)))
