"""Mention → entity resolution: candidate pairs, then a score of named, weighted features.

Resolution runs in two rounds. Inside one document, mentions written alike are one entity, and a
partial name ("Sobhani", "Mr. Rajavi") joins the one full name of the document that contains it
(when it fits two, it stays apart and both pairs go to review). Across documents, one head
mention per local entity is compared with the heads of other documents that share a blocking key
(a name-part key for persons; an alias key, acronym or form for organizations and places).

Every proposed pair is a :class:`Decision` with a score and a human-readable reason made of the
features that fired; :mod:`testimonies.link.judgements` records and applies them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import combinations, pairwise
from typing import Literal

from testimonies.link.disjoint import DisjointSets
from testimonies.link.distance import similarity
from testimonies.link.names import (
    PART_MATCH,
    NameComparison,
    NormalizedName,
    align,
    part_similarity,
)
from testimonies.link.names import compare_names as _compare_names
from testimonies.link.names import normalize_name as _normalize_name
from testimonies.link.organizations import alias_form, organization_key
from testimonies.link.settings import settings
from testimonies.link.variants import default_vocabulary, plain

Kind = Literal["person", "organization", "place"]
DecisionValue = Literal["same", "different", "unsure"]
KIND_OF_LABEL: dict[str, Kind] = {"PERSON": "person", "ORG": "organization", "PLACE": "place"}
MAX_BLOCK = 400  # a fuzzy blocking key shared by more heads than this is too common to help
EXACT = "="  # keys of identical names: never too common (merged heads are skipped cheaply)
WHOLE_NAME_FLOOR = 0.85
SIMILAR_FORM_FLOOR = 0.88
MIN_STEM = 4
_POSSESSIVE = re.compile(r"[’']s$")


@dataclass(frozen=True)
class MentionView:
    """A stored mention, as linking sees it."""

    id: int
    document_id: int
    document: str
    start: int
    end: int
    text: str
    label: str
    tagged: str | None = None  # the extractor's label, when linking reads the mention otherwise

    @property
    def subject(self) -> str:
        return f"mention:{self.id}"

    @property
    def kind(self) -> Kind:
        return KIND_OF_LABEL[self.label]

    @property
    def clean(self) -> str:
        return clean_text(self.text)


@lru_cache(maxsize=200_000)
def clean_text(text: str) -> str:
    """Whitespace folded, surrounding punctuation and a possessive 's dropped."""
    folded = " ".join(text.split()).strip(" \"'“”‘’.,;:()[]")
    return _POSSESSIVE.sub("", folded).strip()


@dataclass(frozen=True)
class FeatureScore:
    name: str
    weight: float
    value: float
    reason: str

    @property
    def contribution(self) -> float:
        return self.weight * self.value


@dataclass(frozen=True)
class Decision:
    """A proposed judgement between two subjects, with its score and reason."""

    a: str
    b: str
    decision: DecisionValue
    score: float
    reason: str
    features: tuple[FeatureScore, ...] = ()


def explain(features: Sequence[FeatureScore]) -> str:
    return "; ".join(f"{f.name} ({f.contribution:+.2f}): {f.reason}" for f in features)


def decide(
    a: MentionView,
    b: MentionView,
    features: Sequence[FeatureScore],
    cap: str | None = None,
    clash: bool = False,
) -> Decision | None:
    """Sum the features; same above the threshold (unless capped), unsure in the middle band."""
    limits = settings().thresholds
    score = max(0.0, min(1.0, sum(f.contribution for f in features)))
    reason = f"'{a.clean}' ({a.document}) vs '{b.clean}' ({b.document}): {explain(features)}"
    for side in (a, b):
        if side.tagged:
            reason += f"; '{side.clean}' was tagged {side.tagged}, read as a {side.kind}'s name"
    if score >= limits.same and cap is None:
        return Decision(a.subject, b.subject, "same", score, reason, tuple(features))
    if score >= limits.unsure:
        why = f"{reason}; unsure, not same: {cap}" if cap and score >= limits.same else reason
        return Decision(a.subject, b.subject, "unsure", score, why, tuple(features))
    if clash and score < limits.different:
        return Decision(a.subject, b.subject, "different", score, reason, tuple(features))
    return None


def _feature(kind: str, name: str, value: float, reason: str) -> FeatureScore:
    return FeatureScore(name, settings().weight(kind, name), value, reason)


def _same_text(a: MentionView, b: MentionView, why: str) -> Decision:
    feature = FeatureScore("same_name", 1.0, 1.0, why)
    reason = f"'{a.clean}' and '{b.clean}' in {a.document}: {why}"
    return Decision(a.subject, b.subject, "same", 1.0, reason, (feature,))


def _chain(mentions: Sequence[MentionView], why: str) -> list[Decision]:
    """Join mentions known to be one entity: each to the first."""
    return [_same_text(mentions[0], m, why) for m in mentions[1:]]


def by_document(mentions: Iterable[MentionView]) -> dict[int, list[MentionView]]:
    grouped: dict[int, list[MentionView]] = defaultdict(list)
    for mention in sorted(mentions, key=lambda m: (m.document_id, m.start, m.id)):
        grouped[mention.document_id].append(mention)
    return grouped


# --- persons --------------------------------------------------------------------------------


@dataclass
class LocalEntity:
    """Mentions of one document taken to be one entity; ``head`` speaks for them elsewhere."""

    head: MentionView
    mentions: list[MentionView] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)


@lru_cache(maxsize=200_000)
def compare_names(a: str, b: str) -> NameComparison:
    """The name matcher's comparison, remembered (linking compares the same names often)."""
    return _compare_names(a, b)


@lru_cache(maxsize=200_000)
def normalize_name(text: str) -> NormalizedName:
    return _normalize_name(clean_text(text))


@lru_cache(maxsize=200_000)
def written_words(text: str) -> int:
    """Words of a name as written, titles left out (a hyphenated name is one word)."""
    titles = default_vocabulary().titles
    return sum(1 for word in clean_text(text).split() if plain(word) and plain(word) not in titles)


@lru_cache(maxsize=200_000)
def is_partial(text: str) -> bool:
    return written_words(text) < 2 or len(normalize_name(text).parts) < 2


@lru_cache(maxsize=200_000)
def is_weak(text: str) -> bool:
    """A name that cannot identify a person alone: a single part, or initials for the given
    names ("Nurmatow R.", "M. R. Haghighi", "J.R.S.")."""
    parts = normalize_name(text).parts
    full = [p for p in parts if not p.is_initial]
    return is_partial(text) or (len(full) < len(parts) and len(full) < 2)


def initials(name: NormalizedName) -> str:
    return "".join(p.text[:1] for p in name.parts)


def fits(short: NormalizedName, long: NormalizedName) -> bool:
    """Every part of ``short`` aligns with a part of ``long``, or begins one ("Tavakoli" in
    "Tavakolinia", where a name's parts were joined)."""
    links, _ = align(short, long)
    covered = {i for link in links for i in link.a.indices}
    for index, part in enumerate(short.parts):
        if len(part.text) >= 4 and any(p.text.startswith(part.text) for p in long.parts):
            covered.add(index)
    return bool(short.parts) and covered == set(range(len(short.parts)))


def _name_feature(comparison: NameComparison) -> FeatureScore:
    shown = "; ".join(comparison.reasons[:3])
    why = f"names compare {comparison.verdict} ({comparison.score:.2f}): {shown}"
    return _feature("person", "name_similarity", comparison.score, why)


def _compact(name: NormalizedName) -> str:
    return "".join(p.text for p in name.parts)


def _whole_name(a: NormalizedName, b: NormalizedName, verdict: str) -> FeatureScore | None:
    # Names split differently ("Tavakkoli-Nia" / "Tavakoli Nia") still read alike as a whole.
    if verdict != "unsure" or len(a.parts) < 2 or len(b.parts) < 2:
        return None
    value = similarity(_compact(a), _compact(b))
    if value < WHOLE_NAME_FLOOR:
        return None
    return _feature("person", "whole_name_similarity", value, f"whole names alike ({value:.2f})")


def _family_clash(comparison: NameComparison) -> bool:
    """Same family name, different given names: relatives, kept apart."""
    fired = {f.name: f.value for f in comparison.features}
    return fired.get("family_name", 0.0) > 0 and "given_name_conflict" in fired


def _contained(a: MentionView, b: MentionView) -> bool:
    """One full name is the other with a given name left out (Mohammad Haghighi and
    Mohammad Reza Haghighi): not a clash, a candidate."""
    name_a, name_b = normalize_name(a.text), normalize_name(b.text)
    if min(len(name_a.parts), len(name_b.parts)) < 2 or len(name_a.parts) == len(name_b.parts):
        return False
    short, long = (name_a, name_b) if len(name_a.parts) < len(name_b.parts) else (name_b, name_a)
    return fits(short, long) and short.parts[-1].key == long.parts[-1].key


def person_features(
    a: MentionView, b: MentionView, fitting: int | None = None
) -> tuple[list[FeatureScore], NameComparison]:
    """Features of one pair; ``fitting`` counts the local persons a partial name fits."""
    name_a, name_b = normalize_name(a.text), normalize_name(b.text)
    comparison = compare_names(clean_text(a.text), clean_text(b.text))
    features = [_name_feature(comparison)]
    whole = _whole_name(name_a, name_b, comparison.verdict)
    if whole is not None:
        features.append(whole)
    if fitting == 1:
        why = f"'{a.clean}' is part of '{b.clean}', the only name in the document it fits"
        features.append(_feature("person", "partial_name_in_document", 1.0, why))
    elif fitting is not None and fitting > 1:
        why = f"'{a.clean}' fits {fitting} different names in the document"
        features.append(_feature("person", "ambiguous_partial", 1.0, why))
    if a.document_id != b.document_id and (is_weak(a.text) or is_weak(b.text)):
        why = "a partial name cannot identify a person outside its document"
        features.append(_feature("person", "partial_across_documents", 1.0, why))
    return features, comparison


def _person_groups(mentions: Sequence[MentionView]) -> list[list[MentionView]]:
    """Mentions of one document grouped by name key, longest names first."""
    groups: dict[str, list[MentionView]] = defaultdict(list)
    for mention in mentions:
        key = normalize_name(mention.text).key
        if key:
            groups[key].append(mention)
    ordered = sorted(groups.values(), key=lambda g: _name_rank(g[0]), reverse=True)
    return ordered


def _name_rank(mention: MentionView) -> tuple[int, int, int]:
    name = normalize_name(mention.text)
    return (0 if is_partial(mention.text) else 1, len(name.parts), len(mention.clean))


def _matches_local(group: MentionView, local: LocalEntity) -> bool:
    name, head = normalize_name(group.text), normalize_name(local.head.text)
    if is_partial(group.text) or len(name.parts) < len(head.parts):
        return fits(name, head)
    return compare_names(group.clean, local.head.clean).verdict == "same"


def resolve_persons_in_document(
    mentions: Sequence[MentionView],
) -> tuple[list[LocalEntity], list[Decision]]:
    """Local persons of one document and the decisions that make them."""
    locals_: list[LocalEntity] = []
    decisions: list[Decision] = []
    for group in _person_groups(mentions):
        decisions += _chain(group, "the same name written again in the document")
        candidates = [lp for lp in locals_ if _matches_local(group[0], lp)]
        decided = [
            decide(group[0], lp.head, person_features(group[0], lp.head, len(candidates))[0])
            for lp in candidates
        ]
        decisions += [d for d in decided if d is not None]
        if len(candidates) == 1 and decided[0] is not None and decided[0].decision == "same":
            candidates[0].mentions += group
        else:
            locals_.append(LocalEntity(group[0], list(group), {group[0].clean}))
    return locals_, decisions


def _person_keys(mention: MentionView) -> set[str]:
    name = normalize_name(mention.text)
    keys = {p.key for p in name.parts if not p.is_initial}
    if len(name.parts) > 1:
        keys.add(EXACT + "compact:" + _compact(name))
        # Initials meet full names (J.R.S., M.J.Q. without the second family name Lagos), and
        # family names spelled with another reading (Nurmatow / Nurmatov) meet by their start.
        keys.add("initials:" + initials(name))
        if len(name.parts) > 2 and not is_weak(mention.text):
            keys.add("initials:" + initials(name)[:-1])
        keys.add("family:" + name.parts[-1].canonical[:4])
    return keys


def _distinct_persons(names: Sequence[MentionView]) -> int:
    """How many people these full names stand for (names that compare 'same' are one)."""
    groups: list[list[MentionView]] = []
    for name in names:
        home = next(
            (g for g in groups if compare_names(name.clean, g[0].clean).verdict == "same"), None
        )
        if home is None:
            groups.append([name])
        else:
            home.append(name)
    return len(groups)


def _names_family(partial: MentionView, full: MentionView) -> bool:
    """The partial name includes the full name's family name (its last part), or its initial."""
    family = normalize_name(full.text).parts[-1]
    parts = normalize_name(partial.text).parts
    return any(
        p.key == family.key
        or family.text.startswith(p.text)
        or part_similarity(p, family)[0] >= PART_MATCH
        for p in parts
    )


def _family_keys(heads: Sequence[MentionView]) -> dict[int, set[str]]:
    """Per document, the family names its persons' names give (a name of two parts or more)."""
    found: dict[int, set[str]] = defaultdict(set)
    for head in heads:
        parts = normalize_name(head.text).parts
        if len(parts) > 1 and not parts[-1].is_initial:
            found[head.document_id].add(parts[-1].key)
    return found


@dataclass
class CorpusFits:
    """For each weak name heading a document's person (a single part, initials), how many
    persons among the full names of the corpus it fits; for a lone given name, how many of those
    whose family its own document names; for a full name, how many longer full names it is
    contained in (a given name left out)."""

    fits: dict[int, int] = field(default_factory=dict)
    in_family: dict[int, int] = field(default_factory=dict)
    contained: dict[int, int] = field(default_factory=dict)
    settings: dict[int, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, heads: Sequence[MentionView]) -> CorpusFits:
        full = [h for h in heads if not is_weak(h.text)]
        by_key: dict[str, list[MentionView]] = defaultdict(list)
        for head in full:
            for key in _person_keys(head):
                by_key[key].append(head)
        families = _family_keys(heads)
        found = cls()
        for head in heads:
            name = normalize_name(head.text)
            pool = {h.id: h for k in _person_keys(head) for h in by_key.get(k, [])}
            if is_weak(head.text):
                fitting = [h for h in pool.values() if fits(name, normalize_name(h.text))]
                found.fits[head.id] = _distinct_persons(fitting)
                named = families.get(head.document_id, set())
                kin = [h for h in fitting if normalize_name(h.text).parts[-1].key in named]
                found.in_family[head.id] = _distinct_persons(kin)
            else:
                longer = [h for h in pool.values() if _contained(head, h)]
                found.contained[head.id] = _distinct_persons(longer)
        return found

    def shared_setting(self, a: MentionView, b: MentionView) -> bool:
        """The two documents are about some common organization or place (or one of them
        names none, so nothing tells them apart)."""
        one, two = self.settings.get(a.document_id), self.settings.get(b.document_id)
        return not one or not two or bool(one & two)

    def feature(self, a: MentionView, b: MentionView) -> FeatureScore | None:
        weak = a if a.id in self.fits else b if b.id in self.fits else None
        other = b if weak is a else a
        if weak is None or is_weak(other.text) or not self.shared_setting(a, b):
            return None  # a weak name says nothing about a person of another setting
        if not fits(normalize_name(weak.text), normalize_name(other.text)):
            return None
        if self.fits[weak.id] == 1 and _names_family(weak, other):
            why = f"'{weak.clean}' fits one person only among the full names of all documents"
            return _feature("person", "unique_in_corpus", 1.0, why)
        if self.in_family.get(weak.id) == 1 and is_partial(weak.text):
            why = (
                f"'{weak.clean}' fits one person only among the full names of the family that "
                f"its document names"
            )
            return _feature("person", "family_in_document", 1.0, why)
        if self.fits[weak.id] == 1 and is_partial(weak.text):
            # A given name alone is too common to identify anyone across documents: a candidate
            # for review when one person of the corpus has it, never an automatic merge.
            why = f"'{weak.clean}' fits one person only among the full names of all documents"
            return _feature("person", "given_name_in_corpus", 1.0, why)
        return None

    def contained_feature(self, a: MentionView, b: MentionView) -> FeatureScore | None:
        parts = len(normalize_name(a.text).parts), len(normalize_name(b.text).parts)
        short = a if parts[0] < parts[1] else b
        if self.contained.get(short.id) != 1:
            return None
        why = f"'{short.clean}' is contained in one full name only among all documents"
        return _feature("person", "contained_unique", 1.0, why)


DECISIVE = frozenset({"unique_in_corpus", "family_in_document"})  # weak names they identify


def _cross_person(corpus: CorpusFits) -> Callable[[MentionView, MentionView], Decision | None]:
    def judge(a: MentionView, b: MentionView) -> Decision | None:
        if is_partial(a.text) and is_partial(b.text):
            return None  # two lone names ("Ali", "Nader") say nothing across documents
        features, comparison = person_features(a, b)
        unique = corpus.feature(a, b)
        weak = is_weak(a.text) or is_weak(b.text)
        if unique is not None:
            features.append(unique)
        decisive = unique is not None and unique.name in DECISIVE
        cap = "one of the names is partial or initials" if weak and not decisive else None
        contained = _contained(a, b)
        if contained:
            why = "one name is the other with a given name left out"
            features.append(_feature("person", "contained_name", 1.0, why))
            only = corpus.contained_feature(a, b)
            if only is not None:
                features.append(only)
            else:
                cap = cap or "a left-out given name may be another person's"
        clash = _family_clash(comparison) and not contained
        return decide(a, b, features, cap=cap, clash=clash)

    return judge


def resolve_persons(
    mentions: Sequence[MentionView], settings_: dict[int, frozenset[str]] | None = None
) -> list[Decision]:
    """Persons within documents, then across them; ``settings_`` gives each document's
    organizations and places named most (see :func:`document_settings`)."""
    heads: list[MentionView] = []
    decisions: list[Decision] = []
    for document_mentions in by_document(mentions).values():
        locals_, found = resolve_persons_in_document(document_mentions)
        decisions += found
        heads += [local.head for local in locals_]
    corpus = CorpusFits.of(heads)
    corpus.settings = settings_ or {}
    return decisions + cross_document(heads, _person_keys, _cross_person(corpus))


def cross_document(
    heads: Sequence[MentionView],
    keys: Callable[[MentionView], set[str]],
    judge: Callable[[MentionView, MentionView], Decision | None],
) -> list[Decision]:
    """Compare heads of different documents that share a blocking key. Heads already joined
    (directly or through others) are not compared again, and two groups already judged
    apart are judged once: decisions grow with the heads, not with their pairs."""
    blocks: dict[str, list[MentionView]] = defaultdict(list)
    for head in heads:
        for key in keys(head):
            blocks[key].append(head)
    groups = DisjointSets[str]()
    merges, others = [], []
    for key, block in blocks.items():
        if len(block) > MAX_BLOCK and not key.startswith(EXACT):
            continue
        for a, b in combinations(block, 2):
            if a.document_id == b.document_id or groups.find(a.subject) == groups.find(b.subject):
                continue
            decision = judge(a, b)
            if decision is not None and decision.decision == "same":
                groups.union(a.subject, b.subject)
                merges.append(decision)
            elif decision is not None:
                others.append(decision)
    # One "different" or "unsure" per pair of groups, once all merges are known.
    kept: dict[frozenset[str], Decision] = {}
    for decision in others:
        ends = frozenset((groups.find(decision.a), groups.find(decision.b)))
        if len(ends) == 2:
            kept.setdefault(ends, decision)
    return merges + list(kept.values())


# --- organizations --------------------------------------------------------------------------


def _org_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", clean_text(text)) if w]


def acronym(text: str) -> str:
    """Initials of the significant words: "Human Rights Observatory for Exiles" -> "hroe"."""
    skip = settings().acronym_skip
    words = [w for w in _org_words(text) if w.lower() not in skip and w[:1].isalpha()]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


def org_form(text: str) -> str:
    return alias_form(clean_text(text))


def is_anaphor(text: str) -> bool:
    """ "the Organization", "the group": stands for the document's main organization."""
    words = plain(clean_text(text)).split()
    if words and words[0] == "the":
        words = words[1:]
    return len(words) == 1 and words[0] in settings().organization_anaphors


def _is_acronym_of(short: str, long: str) -> bool:
    form = org_form(short)
    return len(form) >= 2 and form == acronym(long) and " " in clean_text(long)


def organization_features(a: MentionView, b: MentionView) -> list[FeatureScore]:
    key_a, key_b = organization_key(a.clean), organization_key(b.clean)
    features = []
    if key_a and key_a == key_b:
        why = f"both are names of '{key_a}' in the organization alias data"
        features.append(_feature("organization", "alias_data", 1.0, why))
    elif key_a and key_b:
        why = f"alias data: '{key_a}' and '{key_b}' are different organizations"
        features.append(_feature("organization", "alias_data_differ", 1.0, why))
    elif org_form(a.text) == org_form(b.text):
        features.append(_feature("organization", "same_name", 1.0, "the same name"))
    elif _is_acronym_of(a.text, b.text) or _is_acronym_of(b.text, a.text):
        features.append(_feature("organization", "acronym", 1.0, "one is the acronym of the other"))
    else:
        value = similarity(org_form(a.text), org_form(b.text))
        if value >= SIMILAR_FORM_FLOOR and min(len(org_form(a.text)), len(org_form(b.text))) >= 6:
            why = f"names spelled alike ({value:.2f})"
            features.append(_feature("organization", "similar_name", value, why))
    return features


def _gap_matches(text: str, patterns: Sequence[str]) -> bool:
    return any(re.fullmatch(p, text, re.IGNORECASE) for p in patterns)


def _defined_aliases(mentions: Sequence[MentionView], text: str) -> list[Decision]:
    """ "National Deliverance Organization (NDO", "also known as the NDO or Rahai": the
    document gives another name of the same organization."""
    decisions = []
    chained = False
    for a, b in pairwise(mentions):
        gap = text[a.start : b.start][len(a.text) :] if b.start >= a.end else None
        rules = settings().alias_gaps + (settings().alias_continuations if chained else ())
        chained = gap is not None and not is_anaphor(b.text) and _gap_matches(gap, rules)
        if chained:
            shown = " ".join(text[a.start : b.end].split())
            why = f"the document gives one as another name of the other: '{shown}'"
            decision = decide(a, b, [_feature("organization", "defined_in_document", 1.0, why)])
            if decision is not None:
                decisions.append(decision)
    return decisions


@lru_cache(maxsize=200_000)
def org_words(text: str) -> frozenset[str]:
    """Significant words of an organization's name, in any order; words of one meaning written
    alike (regime = government, security forces = army, United Nations = UN: `synonyms` in
    resolution.yaml) and a people's adjective as its place (Qareshi = Qaresh)."""
    skip = settings().acronym_skip
    written = f" {plain(clean_text(text))} "
    for phrase, meaning in settings().organization_synonyms:
        written = written.replace(f" {phrase} ", f" {meaning} ")
    return frozenset(word_stem(w) for w in written.split() if w not in skip)


@lru_cache(maxsize=200_000)
def word_stem(word: str) -> str:
    """A word without the endings of a people's adjective or a plural (Qareshi, Zarkandis,
    Jordanian, Centres), kept four letters long at least; the same on both sides compared."""
    endings = sorted(settings().demonym_endings, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word, changed = word[: -len(ending)], True
                break
    return word


def _same_words(a: MentionView, b: MentionView) -> FeatureScore | None:
    # "Zarkandi intelligence ministry" and "Zarkandi Ministry of Intelligence".
    words = org_words(a.text)
    if len(words) > 1 and words == org_words(b.text):
        return _feature("organization", "same_name", 1.0, "the same words in another order")
    return None


def _org_match(mention: MentionView, local: LocalEntity) -> list[FeatureScore]:
    features = organization_features(mention, local.head)
    same_words = _same_words(mention, local.head)
    return features or ([same_words] if same_words else [])


def _containing(mention: MentionView, locals_: Sequence[LocalEntity]) -> list[LocalEntity]:
    words = org_words(mention.text)
    if _is_caps_word(mention.clean):
        return []  # "UN" beside "UN refugee agency" is an organization of its own
    return [lp for lp in locals_ if words and any(words < org_words(m.text) for m in lp.mentions)]


def _join(
    mention: MentionView, local: LocalEntity, features: list[FeatureScore]
) -> Decision | None:
    decision = decide(mention, local.head, features)
    if decision is not None and decision.decision == "same":
        local.mentions.append(mention)
        local.forms.add(org_form(mention.text))
    return decision


def _named_most(locals_: Sequence[LocalEntity]) -> LocalEntity:
    return max(locals_, key=lambda lp: (len(lp.mentions), -lp.head.start))


def _short_name(
    mention: MentionView, locals_: Sequence[LocalEntity]
) -> tuple[Decision | None, LocalEntity | None]:
    """ "the Observatory", "Ministry", "the Organization": part of a name the document uses
    (the one it names most when several contain it)."""
    holders = _containing(mention, locals_)
    if not holders:
        return None, None
    local = _named_most(holders)
    why = f"'{mention.clean}' is part of '{local.head.clean}', named in the same document"
    feature = _feature("organization", "organization_anaphor", 1.0, why)
    return _join(mention, local, [feature]), local


def _longest_first(mention: MentionView) -> tuple[bool, int, int, int]:
    # Anaphors last, so that "the group" goes to the organization named most.
    words = -len(org_words(mention.text))
    return (is_anaphor(mention.text), words, -len(mention.clean), mention.start)


@dataclass
class LocalOrgs:
    """Organizations of one document, and the anaphors its own names could not resolve."""

    locals_: list[LocalEntity] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    unresolved: list[MentionView] = field(default_factory=list)
    unresolved_short: list[MentionView] = field(default_factory=list)
    resolved: list[tuple[str, LocalEntity]] = field(default_factory=list)


def _local_orgs(mentions: Sequence[MentionView]) -> LocalOrgs:
    """Organizations of one document: long names first, then the short names that refer back."""
    found = LocalOrgs()
    for mention in sorted(mentions, key=_longest_first):
        matched = [(lp, f) for lp in found.locals_ if (f := _org_match(mention, lp))]
        decision = _join(mention, *matched[0]) if matched else None
        if decision is None and not matched:
            decision, holder = _short_name(mention, found.locals_)
            if holder is not None and (is_anaphor(mention.text) or is_short_name(mention.text)):
                found.resolved.append((anaphor_word(mention.text), holder))
        if decision is not None:
            found.decisions.append(decision)
        if decision is None and is_short_name(mention.text):
            found.unresolved_short.append(mention)
        if decision is None and is_anaphor(mention.text):
            found.unresolved.append(mention)
        elif decision is None or decision.decision != "same":
            found.locals_.append(LocalEntity(mention, [mention], {org_form(mention.text)}))
    return found


def is_short_name(text: str) -> bool:
    """ "the Ministry", "the Brotherhood": the head noun of an organization's name used alone
    (`organization_short_names` in resolution.yaml)."""
    words = plain(clean_text(text)).split()
    if words and words[0] == "the":
        words = words[1:]
    return len(words) == 1 and word_stem(words[0]) in settings().organization_short_names


def anaphor_word(text: str) -> str:
    return plain(clean_text(text)).split()[-1]


def _corpus_referents(documents: Sequence[LocalOrgs]) -> dict[str, tuple[MentionView, int, int]]:
    """What each anaphor word ("organization") names where a document resolves it: the head
    named most often, with its count and the number of resolutions."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    heads: dict[str, MentionView] = {}
    for document in documents:
        for word, local in document.resolved:
            # Counted by words, so that "intelligence ministry" and "Ministry of Intelligence"
            # count as one name.
            name = " ".join(sorted(org_words(local.head.text)))
            counts[word][name] += 1
            heads.setdefault(name, local.head)
    result = {}
    for word, forms in counts.items():
        form, count = forms.most_common(1)[0]
        result[word] = (heads[form], count, sum(forms.values()))
    return result


def _unresolved_anaphors(documents: Sequence[LocalOrgs]) -> list[Decision]:
    """An anaphor its document cannot resolve goes to what the same word names in the other
    documents (when they mostly agree), else to the organization its document names most."""
    referents = _corpus_referents(documents)
    decisions = []
    for document in documents:
        for mention in document.unresolved:
            decision = _corpus_anaphor(mention, referents.get(anaphor_word(mention.text)))
            if decision is None and document.locals_:
                local = _named_most(document.locals_)
                why = f"'{mention.clean}' stands for the organization the document names most"
                feature = _feature("organization", "organization_anaphor", 1.0, why)
                decision = decide(mention, local.head, [feature])
            if decision is not None:
                decisions.append(decision)
        for mention in document.unresolved_short:
            # "the Ministry" in a letter that names no ministry: what it names elsewhere.
            decision = _corpus_anaphor(mention, referents.get(anaphor_word(mention.text)))
            if decision is not None:
                decisions.append(decision)
    return decisions


def _corpus_anaphor(
    mention: MentionView, referent: tuple[MentionView, int, int] | None
) -> Decision | None:
    if referent is None:
        return None
    head, count, total = referent
    if count < 2 or count / total < 0.75:
        return None
    why = f"in {count} of {total} documents that resolve it, '{mention.clean}' is '{head.clean}'"
    return decide(mention, head, [_feature("organization", "corpus_anaphor", 1.0, why)])


def _org_keys(mention: MentionView) -> set[str]:
    keys = {EXACT + "form:" + org_form(mention.text)}
    alias = organization_key(mention.clean)
    if alias:
        keys.add(EXACT + "alias:" + alias)
    initials = acronym(mention.text)
    if initials:
        keys.add(EXACT + "form:" + initials)
    form = org_form(mention.text)
    keys.add("prefix:" + form[:4])
    keys.add(EXACT + "words:" + " ".join(sorted(org_words(mention.text))))
    return keys


def _cross_org(a: MentionView, b: MentionView) -> Decision | None:
    features = organization_features(a, b)
    same_words = _same_words(a, b)
    if not features and same_words is not None:
        features = [same_words]
    return decide(a, b, features) if features else None


_FOLLOWING = re.compile(r"(?:[ \t]+[a-z]+){1,3}")


_CONTINUED = re.compile(
    r"[ \t]+(?:of|for|de|del|la|in)[ \t]+(?:the[ \t]+)?[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*"
)
_CAPS_BEFORE = re.compile(
    r"(?<![\w'-])((?:(?!(?:THE|OF|FOR|DE|AND)\b)[A-Z][A-Z'-]+[ \t]+)+(?:FOR|OF|DE)[ \t]+)$"
)


def completed(mention: MentionView, text: str) -> MentionView:
    """A name the tagger cut short, read whole from the text: "Qareshi" in "the Qareshi
    defence ministry" (lower-case words up to an organization's head word), "UN mission" +
    "in Qaresh", "Human Rights Observatory" + "for Exiles" (a capitalised continuation),
    "EXILES" after "HUMAN RIGHTS OBSERVATORY FOR" (a heading in capitals). Anaphors ("the
    Organization in Europe") and names that already end in a head word keep their text."""
    name = mention.clean
    if not name[:1].isupper() or not text or is_anaphor(name) or is_short_name(name):
        return mention
    heads = _head_words()
    end = mention.end
    following = None if plain(name).split()[-1] in heads else _FOLLOWING.match(text, end)
    if following is not None:
        words = following.group(0).split()
        ends = [i for i, w in enumerate(words) if w in heads]
        if ends:
            name = f"{name} {' '.join(words[: ends[-1] + 1])}"
            end = text.index(words[ends[-1]], end) + len(words[ends[-1]])
    continued = _CONTINUED.match(text, end)
    if continued is not None and (name != mention.clean or " in " not in continued.group(0)):
        name = f"{name} {' '.join(continued.group(0).split())}"
    if _is_caps_word(mention.clean):
        before = _CAPS_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        if before is not None:
            name = f"{' '.join(before.group(1).split())} {name}"
    return mention if name == mention.clean else replace(mention, text=name)


@cache
def _head_words() -> frozenset[str]:
    """Words that end an organization's name (`completion_heads` in resolution.yaml)."""
    return settings().organization_heads | settings().completion_heads


def _readable(mentions: Sequence[MentionView], texts: dict[int, str]) -> list[MentionView]:
    """Organization mentions completed from their text; a people's adjective left alone
    ("Qareshi" with no organization's word after it) names no organization."""
    corpus = CorpusWords.of(mentions)
    found = [completed(m, texts.get(m.document_id, "")) for m in mentions]
    return [m for m in found if not corpus.adjective(m)]


def resolve_organizations(mentions: Sequence[MentionView], texts: dict[int, str]) -> list[Decision]:
    heads: list[MentionView] = []
    decisions: list[Decision] = []
    documents = []
    mentions = _readable(mentions, texts)
    for document_id, document_mentions in by_document(mentions).items():
        decisions += _defined_aliases(document_mentions, texts.get(document_id, ""))
        found = _local_orgs(document_mentions)
        documents.append(found)
        decisions += found.decisions
        # Every distinct full form of a local organization meets the other documents.
        heads += [m for lp in found.locals_ for m in _first_per_form(lp.mentions)]
    decisions += _unresolved_anaphors(documents)
    return decisions + cross_document(heads, _org_keys, _cross_org) + _contained_in_corpus(heads)


def _contained_in_corpus(heads: Sequence[MentionView]) -> list[Decision]:
    """A name of two words or more whose words are in one longer name only among all the
    documents' ("Ministry of Justice" and "Ministry of Justice of the Republic of Karatau",
    "UN mission in Qaresh" and "United Nations Assistance Mission for Qaresh")."""
    by_words: dict[frozenset[str], list[MentionView]] = defaultdict(list)
    for head in heads:
        if len(org_words(head.text)) > 1:
            by_words[org_words(head.text)].append(head)
    decisions = []
    for words, shorts in by_words.items():
        longer = [w for w in by_words if words < w]
        if len(longer) != 1:
            continue
        for short in shorts:
            target = next(
                (h for h in by_words[longer[0]] if h.document_id != short.document_id), None
            )
            if target is None:
                continue
            why = f"'{short.clean}' is part of one name only among all documents: '{target.clean}'"
            feature = _feature("organization", "contained_in_corpus", 1.0, why)
            decision = decide(short, target, [feature])
            if decision is not None:
                decisions.append(decision)
    return decisions


def _first_per_form(mentions: Sequence[MentionView]) -> list[MentionView]:
    """One mention per form, leaving out anaphors and short names contained in a longer one."""
    firsts: dict[str, MentionView] = {}
    for mention in mentions:
        words = org_words(mention.text)
        if is_anaphor(mention.text) or any(words < org_words(m.text) for m in mentions):
            continue
        firsts.setdefault(org_form(mention.text), mention)
    return list(firsts.values())


# --- places ---------------------------------------------------------------------------------


def place_form(text: str) -> str:
    return alias_form(clean_text(text))


def place_features(a: MentionView, b: MentionView) -> list[FeatureScore]:
    form_a, form_b = place_form(a.text), place_form(b.text)
    if form_a == form_b:
        return [_feature("place", "same_name", 1.0, "the same place name")]
    value = similarity(form_a, form_b)
    if value >= SIMILAR_FORM_FLOOR and min(len(form_a), len(form_b)) >= 5:
        return [
            _feature("place", "similar_name", value, f"place names spelled alike ({value:.2f})")
        ]
    return []


def _cross_place(a: MentionView, b: MentionView) -> Decision | None:
    features = place_features(a, b)
    return decide(a, b, features) if features else None


def _place_keys(mention: MentionView) -> set[str]:
    form = place_form(mention.text)
    return {form[:4], EXACT + form}


def resolve_places(mentions: Sequence[MentionView]) -> list[Decision]:
    heads: list[MentionView] = []
    decisions: list[Decision] = []
    for document_mentions in by_document(mentions).values():
        forms: dict[str, list[MentionView]] = defaultdict(list)
        for mention in document_mentions:
            if place_form(mention.text):
                forms[place_form(mention.text)].append(mention)
        for group in forms.values():
            decisions += _chain(group, "the same place name again in the document")
            heads.append(group[0])
    return decisions + cross_document(heads, _place_keys, _cross_place)


# --- all kinds ------------------------------------------------------------------------------


# --- person names the extractor tagged as something else ------------------------------------


def _person_like(mention: MentionView) -> bool:
    words = clean_text(mention.text).split()
    particles = default_vocabulary().drop
    org_nouns = settings().organization_words
    if not 1 <= len(words) <= 4 or organization_key(mention.clean) or is_anaphor(mention.text):
        return False
    if any(plain(w) in org_nouns for w in words):
        return False
    return all(w[:1].isupper() for w in words if plain(w) not in particles)


@dataclass
class PersonIndex:
    """The full person names the extractor found, by key, by family name and by document."""

    keys: set[str] = field(default_factory=set)
    by_family: dict[str, list[MentionView]] = field(default_factory=lambda: defaultdict(list))
    by_document: dict[int, list[MentionView]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, mentions: Sequence[MentionView]) -> PersonIndex:
        index = cls()
        for m in mentions:
            if m.label == "PERSON" and not is_partial(m.text):
                name = normalize_name(m.text)
                index.keys.add(name.key)
                index.by_family[name.parts[-1].key].append(m)
                index.by_document[m.document_id].append(m)
        return index

    def knows(self, mention: MentionView) -> bool:
        name = normalize_name(mention.text)
        if not name.parts:
            return False
        if is_partial(mention.text):
            fitting = [
                p
                for p in self.by_document[mention.document_id]
                if fits(name, normalize_name(p.text))
            ]
            return _distinct_persons(fitting) == 1
        if name.key in self.keys:
            return True
        family = self.by_family.get(name.parts[-1].key, [])
        return any(compare_names(mention.clean, p.clean).verdict == "same" for p in family)


def read_as_persons(
    mentions: Sequence[MentionView], victims: Iterable[str] = ()
) -> list[MentionView]:
    """Mentions tagged ORG or PLACE that name a person the extractor found elsewhere (the whole
    name, or part of the one name of their document that contains it) are read as persons;
    mentions tagged PERSON that name something else are read as organizations ("Observatory",
    "HROE", "Civil Chamber") or left out ("Zarkandi", "Melli" of Sazman-e Rahai-ye Melli).
    ``victims``: full names the claims give as victims, known persons too ("Rustam Nurmatov"
    tagged ORG)."""
    index = PersonIndex.of(mentions)
    index.keys |= {normalize_name(v).key for v in victims}
    words = CorpusWords.of(mentions)
    result = []
    for m in mentions:
        if m.label in ("ORG", "PLACE") and _person_like(m) and index.knows(m):
            result.append(replace(m, label="PERSON", tagged=m.label))
        elif m.label == "PERSON" and (reading := words.reading(m)) != "PERSON":
            if reading is not None:
                result.append(replace(m, label=reading, tagged=m.label))
        else:
            result.append(m)
    return result


@dataclass
class CorpusWords:
    """What the corpus's names tell about a lone word tagged PERSON."""

    person_parts: set[str] = field(default_factory=set)  # parts of full person names
    thing_words: set[str] = field(default_factory=set)  # words of organizations' and places'
    org_forms: set[str] = field(default_factory=set)  # organizations' names and acronyms

    @classmethod
    def of(cls, mentions: Sequence[MentionView]) -> CorpusWords:
        found = cls()
        for m in mentions:
            if m.label == "PERSON" and not is_partial(m.text):
                found.person_parts |= {p.key for p in normalize_name(m.text).parts}
            elif m.label in ("ORG", "PLACE"):
                found.thing_words |= set(plain(m.clean).split())
                found.org_forms |= {org_form(m.text), acronym(m.text)} - {""}
        return found

    def reading(self, mention: MentionView) -> str | None:
        """PERSON, ORG (a name with an organization's word, an organization's acronym),
        PLACE (a name that begins with a place's word) or None (a place's or organization's
        word, a people's adjective, a capitalised dateline)."""
        words = [w for w in plain(mention.clean).split() if w not in default_vocabulary().titles]
        if not words or set(words) & (settings().organization_words | settings().not_person_words):
            return "ORG" if words else None
        if len(words) > 1 and words[0] in settings().place_words:
            return "PLACE"  # "Upper Nyara", "Tell Ghurab", "Qasr Halim"; not Oliver North
        name = normalize_name(mention.text)
        if len(name.parts) != 1 or name.parts[0].key in self.person_parts:
            return "PERSON"
        if org_form(mention.text) in self.org_forms:
            return "ORG"
        if _is_caps_word(mention.clean) or self._thing(words[0]):
            return None
        return "PERSON"

    def adjective(self, mention: MentionView) -> bool:
        """A lone word that is a people's adjective of a place word of the corpus."""
        words = plain(mention.clean).split()
        if len(words) != 1 or _is_caps_word(mention.clean):
            return False
        stem = word_stem(words[0])
        return stem != words[0] and stem in self.thing_words

    def _thing(self, word: str) -> bool:
        endings = settings().demonym_endings
        stems = {word} | {word[: -len(e)] for e in endings if word.endswith(e)}
        return bool(stems & self.thing_words)


def _is_caps_word(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


SETTING_FORMS = 5  # organizations and places a document names most: what it is about


def document_settings(mentions: Sequence[MentionView]) -> dict[int, frozenset[str]]:
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.label in ("ORG", "PLACE") and not is_anaphor(m.text) and org_form(m.text):
            counts[m.document_id][organization_key(m.clean) or org_form(m.text)] += 1
    return {d: frozenset(f for f, _ in c.most_common(SETTING_FORMS)) for d, c in counts.items()}


def propose(mentions: Sequence[MentionView], texts: dict[int, str]) -> list[Decision]:
    """Every decision resolution proposes for these mentions (documents' texts by id)."""
    of_kind: dict[str, list[MentionView]] = defaultdict(list)
    for mention in mentions:
        if mention.label in KIND_OF_LABEL:
            of_kind[mention.kind].append(mention)
    return (
        resolve_persons(of_kind["person"], document_settings(mentions))
        + resolve_organizations(of_kind["organization"], texts)
        + resolve_places(of_kind["place"])
    )
