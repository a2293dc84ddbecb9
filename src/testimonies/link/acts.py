"""Claims into acts: one act (a fact) per thing that happened to one victim or group.

A claim's victims are read as linked entities (a name in the claim resolves to a person mention
of the same document, nearest the evidence first) or, when no one is named, as a group phrase
reduced to its head noun. Claims with the same act code join one act when they share a linked
victim (or, without one, a kind of group) and their times are compatible (overlapping, or within
``near_gap_days``) with every claim already in the act; co-victims that differ on both sides
keep two acts apart. Claims that disagree on time, place, perpetrators, count or polarity stay
under the act as conflicting versions (relation ``conflicts`` or ``denies``), and the act lists
each such field with the values given.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import combinations
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from testimonies.link.entities import DecisionValue, clean_text, fits, is_partial, normalize_name
from testimonies.link.judgements import LinkResult, RecomputeResult, judge, link_entities, unmerge
from testimonies.link.names import compare_names
from testimonies.link.organizations import organization_key
from testimonies.link.settings import settings
from testimonies.link.variants import default_vocabulary, plain
from testimonies.store import audit
from testimonies.store.claims import wrongly_extracted
from testimonies.store.schema import (
    Act,
    ActClaim,
    ActVictim,
    Claim,
    Document,
    Entity,
    Judgement,
    Mention,
)

FIELDS = ("start", "end", "place", "perpetrators", "victims", "polarity", "count")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "dozens": 24, "hundreds": 200,
}  # fmt: skip
_DIGITS = re.compile(r"\d[\d,]*")


# --- EDTF intervals -------------------------------------------------------------------------


def _bound(value: str, upper: bool) -> date | None:
    text = value.strip().rstrip("~?%").replace("~", "").replace("?", "")
    match = re.fullmatch(r"(-?[\dX]{4})(?:-([\dX]{2}))?(?:-([\dX]{2}))?", text)
    if match is None:
        return None
    year_text = match.group(1).replace("X", "9" if upper else "0")
    year = int(year_text)
    month_text, day_text = match.group(2), match.group(3)
    month = int(month_text) if month_text and "X" not in month_text else (12 if upper else 1)
    if not 1 <= month <= 12 or year < 1:
        return None
    if day_text and "X" not in day_text:
        day = int(day_text)
    else:
        day = _last_day(year, month) if upper else 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def edtf_interval(start: str | None, end: str | None = None) -> tuple[date, date] | None:
    """The days an EDTF start (and end) may cover; None when unknown or unreadable."""
    first, last = start or end, end or start
    if first is None or last is None:
        return None
    first = first.split("/")[0] or last
    last = last.split("/")[-1] or first
    lo, hi = _bound(first, upper=False), _bound(last, upper=True)
    if lo is None or hi is None:
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


def gap_days(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int | None:
    """Days between two intervals (0 when they overlap); None when either is unknown."""
    if a is None or b is None:
        return None
    return max(0, (max(a[0], b[0]) - min(a[1], b[1])).days)


# --- claims as linking sees them ------------------------------------------------------------


@dataclass(frozen=True)
class Victim:
    key: str  # "entity:12" or "group:members"
    label: str


@dataclass(frozen=True)
class ClaimView:
    id: int
    document_id: int
    document: str
    act: str
    victims: tuple[str, ...]
    perpetrators: tuple[str, ...]
    place: str | None
    start: str | None
    end: str | None
    count: int | None
    polarity: str
    evidence_start: int
    evidence_end: int
    quote: str
    asserted_by: str | None = None
    speaker_role: str | None = None

    @property
    def interval(self) -> tuple[date, date] | None:
        return edtf_interval(self.start, self.end)


@dataclass(frozen=True)
class PersonMention:
    """A linked mention (a person's or an organization's) of a document."""

    id: int
    start: int
    text: str
    entity_id: int
    label: str = "PERSON"


def load_claims(session: Session) -> list[ClaimView]:
    """Active claims of current documents, except those a reviewer marked as wrongly
    extracted (superseded claims, left by a later extraction, are history)."""
    rejected = wrongly_extracted(session)
    rows = session.execute(
        select(Claim, Document.name)
        .join(Document, Document.id == Claim.document_id)
        .where(Document.is_current.is_(True), Claim.superseded_at.is_(None))
        .order_by(Claim.document_id, Claim.evidence_start, Claim.id)
    ).all()
    return [_view(claim, name) for claim, name in rows if claim.id not in rejected]


def _view(claim: Claim, document: str) -> ClaimView:
    return ClaimView(
        claim.id,
        claim.document_id,
        document,
        claim.act,
        tuple(str(v) for v in claim.victims or []),
        tuple(str(p) for p in claim.perpetrators or []),
        claim.place,
        claim.start,
        claim.end,
        claim.victim_count,
        claim.polarity,
        claim.evidence_start,
        claim.evidence_end,
        claim.quote,
        claim.asserted_by,
        claim.speaker_role,
    )


def person_mentions(session: Session) -> dict[int, list[PersonMention]]:
    """Linked person and organization mentions by document."""
    rows = session.execute(
        select(Mention.document_id, Mention.id, Mention.start, Mention.text, Mention.entity_id,
               Mention.label)
        .where(Mention.label.in_(["PERSON", "ORG", "PLACE"]), Mention.entity_id.is_not(None),
               Mention.superseded_at.is_(None))
        .order_by(Mention.document_id, Mention.start)
    )  # fmt: skip
    found: dict[int, list[PersonMention]] = defaultdict(list)
    for document_id, mid, start, text, entity_id, label in rows:
        if entity_id is not None:
            found[document_id].append(PersonMention(mid, start, text, entity_id, label))
    return found


# --- victims --------------------------------------------------------------------------------


def looks_like_name(text: str) -> bool:
    """A victim written as a name: capitalised words, no digits, no group noun ("Mr. Sobhani",
    "Zahra"; not "Members of the Organization")."""
    words = [plain(w) for w in clean_text(text).split()]
    if not words or any(ch.isdigit() for ch in text):
        return False
    group_nouns = set().union(*settings().group_classes)
    if any(w in group_nouns for w in words):
        return False
    particles = default_vocabulary().drop
    written = [w for w in clean_text(text).split() if plain(w) not in particles]
    return bool(written) and all(w[:1].isupper() for w in written)


def _names_one_person(victim: str, mention: str) -> bool:
    name_v, name_m = normalize_name(victim), normalize_name(mention)
    if not name_v.parts or not name_m.parts:
        return False
    verdict = compare_names(clean_text(victim), clean_text(mention)).verdict
    if verdict == "same":
        return True
    return verdict == "unsure" and (fits(name_v, name_m) or fits(name_m, name_v))


def resolve_victim(text: str, claim: ClaimView, mentions: Sequence[PersonMention]) -> Victim:
    """The entity a victim name stands for (nearest matching mention of the document), or its
    group phrase. A name after a lower-case description ("witness J.R.S.", "citizen Yusupov
    D.", "the oldest, Rustam Nurmatov") is that person when the document names them."""
    people = [m for m in mentions if m.label == "PERSON"]
    if looks_like_name(text):
        found = _person_named(text, claim, people)
        if found is not None:
            return found
        if not is_partial(text):
            return Victim("name:" + normalize_name(text).key, clean_text(text))
    tail = name_after_description(text)
    if tail is not None:
        found = _person_named(tail, claim, people)
        if found is None and not is_partial(tail):
            found = Victim("name:" + normalize_name(tail).key, clean_text(tail))
        if found is not None:
            return found
    return Victim("group:" + group_head(text), clean_text(text))


def _person_named(text: str, claim: ClaimView, people: Sequence[PersonMention]) -> Victim | None:
    matching = [m for m in people if _names_one_person(text, m.text)]
    if not matching:
        return None
    best = min(matching, key=lambda m: _distance(m, claim, text))
    return Victim(f"entity:{best.entity_id}", clean_text(text))


def name_after_description(text: str) -> str | None:
    """The capitalised words that end a victim phrase opened by lower-case words."""
    words = clean_text(text).split()
    tail: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        tail.insert(0, word)
    if not tail or len(tail) == len(words):
        return None
    description = {plain(w) for w in words[: len(words) - len(tail)]}
    if description & (settings().phrase_breaks | set().union(*settings().group_classes)):
        return None  # "residents of Colonia Esperanza": a group, then where it was
    name = " ".join(tail).strip(",")
    return name if looks_like_name(name) else None


def _distance(mention: PersonMention, claim: ClaimView, text: str) -> tuple[int, int, int]:
    inside = claim.evidence_start <= mention.start < claim.evidence_end
    full = 0 if not is_partial(mention.text) else 1
    exact = 0 if clean_text(mention.text) == clean_text(text) else 1
    return (0 if inside else 1, exact + full, abs(mention.start - claim.evidence_start))


def group_head(text: str) -> str:
    """The kind of people a group phrase names: its head noun, or that noun's class."""
    words = plain(text).split()
    breaks = settings().phrase_breaks
    head_words: list[str] = []
    for word in words:
        if word in breaks and head_words:
            break
        head_words.append(word)
    head = head_words[-1] if head_words else plain(text)
    for number, cls in enumerate(settings().group_classes):
        if head in cls:
            return f"class{number}"
    return head


def claim_victims(claim: ClaimView, mentions: Sequence[PersonMention]) -> list[Victim]:
    """The claim's victims, leaving out those that name an organization or a place of the
    document (an extraction slip: "Tabriz", "the Ministry"); when none is left, a speaker
    who says it happened to them."""
    names = [v for v in claim.victims if v.strip() and not _names_a_thing(v, mentions)]
    if not names and claim.speaker_role == "victim" and claim.asserted_by:
        names = [claim.asserted_by]
    if not names:
        inside = _person_in_evidence(claim, mentions)
        if inside is not None:
            return [inside]
    return [resolve_victim(v, claim, mentions) for v in names or claim.victims if v.strip()]


def _person_in_evidence(claim: ClaimView, mentions: Sequence[PersonMention]) -> Victim | None:
    """Every victim names a thing (an extraction slip): the one person the evidence names,
    other than its speaker, if there is exactly one."""
    speaker = clean_text(claim.asserted_by or "")
    inside = {
        m.entity_id: m
        for m in mentions
        if m.label == "PERSON"
        and claim.evidence_start <= m.start < claim.evidence_end
        and not (speaker and _names_one_person(speaker, m.text))
    }
    if len(inside) != 1:
        return None
    (only,) = inside.values()
    return Victim(f"entity:{only.entity_id}", clean_text(only.text))


def _names_a_thing(victim: str, mentions: Sequence[PersonMention]) -> bool:
    written = clean_text(victim).lower().removeprefix("the ")
    if organization_key(clean_text(victim)):
        return True
    return any(
        m.label in ("ORG", "PLACE") and clean_text(m.text).lower().removeprefix("the ") == written
        for m in mentions
    )


def _org_words(text: str) -> set[str]:
    return {w for w in plain(clean_text(text)).split() if w not in settings().stop_words}


def claim_perpetrators(claim: ClaimView, mentions: Sequence[PersonMention]) -> set[int]:
    """Entities the perpetrators name: a linked mention of the document written the same way
    (or whose words contain the perpetrator's)."""
    found = set()
    for perpetrator in claim.perpetrators:
        entity = next(
            (e for form in written_forms(perpetrator) if (e := _entity_named(form, mentions))),
            None,
        )
        if entity is not None:
            found.add(entity)
    return found


def _entity_named(form: str, mentions: Sequence[PersonMention]) -> int | None:
    words = _org_words(form)
    for mention in mentions:
        mention_words = _org_words(mention.text)
        if words and mention_words and words <= mention_words:
            return mention.entity_id
    return None


def written_forms(name: str) -> list[str]:
    """'the group [National Deliverance Organization (NDO)]': the name the extractor read the
    words as, its acronym, then the words as written; each may name the entity."""
    parts = [part for part in re.split(r"\s*[\[\]()]\s*", name) if part.strip()]
    return [*parts[1:], *parts[:1]] if len(parts) > 1 else [name]


# --- grouping -------------------------------------------------------------------------------


@dataclass
class ActDraft:
    act: str
    claims: list[ClaimView] = field(default_factory=list)
    victims: dict[int, list[Victim]] = field(default_factory=dict)
    perpetrators: dict[int, set[int]] = field(default_factory=dict)
    settings: dict[int, frozenset[int | str]] = field(default_factory=dict)

    def keys(self) -> set[str]:
        return {v.key for vs in self.victims.values() for v in vs}

    def named(self) -> set[str]:
        return {k for k in self.keys() if not k.startswith("group:")}


def _words(text: str) -> set[str]:
    skip = settings().stop_words
    return {w for w in plain(text).split() if len(w) >= 2 and w not in skip}


def names_match(a: str, b: str) -> bool:
    """Spec section 4's rule: a shared word of two or more letters, minus filler words."""
    key_a, key_b = organization_key(clean_text(a)), organization_key(clean_text(b))
    if key_a and key_a == key_b:
        return True
    return bool(_words(a) & _words(b))


def _compatible(claim: ClaimView, seen: Seen, draft: ActDraft) -> bool:
    """Compatible with every claim of the act: time near enough; co-victims that differ on
    both sides only when the times overlap; for groups, the same setting (place or
    perpetrators)."""
    near = settings().near_gap_days
    for other in draft.claims:
        gap = gap_days(claim.interval, other.interval)
        if gap is not None and gap > near:
            return False
        if gap != 0 and _co_victims_differ(seen.victims, draft.victims[other.id]):
            return False
        if not draft.named() and _setting_differs(claim, seen, other, draft):
            return False
    return True


@dataclass(frozen=True)
class Seen:
    """A claim's victims and perpetrators as linked entities."""

    victims: list[Victim]
    perpetrators: set[int]
    setting: frozenset[int | str] = frozenset()
    document_times: tuple[tuple[date, date], ...] = ()


SETTING_SIZE = 3  # organizations and places a document names most: what it is about


def document_setting(mentions: Sequence[PersonMention]) -> frozenset[int]:
    counts = Counter(m.entity_id for m in mentions if m.label in ("ORG", "PLACE"))
    return frozenset(eid for eid, _ in counts.most_common(SETTING_SIZE))


def _setting_differs(claim: ClaimView, seen: Seen, other: ClaimView, draft: ActDraft) -> bool:
    """Groups in documents about different organizations and places are different groups;
    groups harmed by different perpetrators are different acts, unless the claims tell of the
    same place, or of the same time when no place is given (an army and a government, one raid)."""
    theirs_setting = draft.settings.get(other.id, frozenset())
    if seen.setting and theirs_setting and not seen.setting & theirs_setting:
        return True
    theirs = draft.perpetrators.get(other.id, set())
    if not (seen.perpetrators and theirs) or seen.perpetrators & theirs:
        return False
    places = (claim.place, other.place)
    if places[0] and places[1]:
        return not names_match(places[0], places[1])
    return gap_days(claim.interval, other.interval) != 0


def _co_victims_differ(a: list[Victim], b: list[Victim]) -> bool:
    keys_a, keys_b = {v.key for v in a}, {v.key for v in b}
    shared = keys_a & keys_b
    extra_a = {_written(v) for v in a if v.key not in shared}
    extra_b = {_written(v) for v in b if v.key not in shared}
    # A co-victim written alike on both sides ("Davoud", a son's given name in two documents
    # that the linker cannot join on its own) is not a different one.
    return bool(shared) and bool(extra_a - extra_b) and bool(extra_b - extra_a)


def _written(victim: Victim) -> str:
    if victim.key.startswith("group:"):
        return victim.key
    return "name:" + normalize_name(victim.label).key


def _affinity(claim: ClaimView, seen: Seen, draft: ActDraft) -> float:
    """How well a claim fits an act it is compatible with: shared victims, time, place, who."""
    keys = {v.key for v in seen.victims}
    score = 2.0 * len(keys & draft.named()) + 1.0 * len(keys & draft.keys())
    for other in draft.claims:
        if gap_days(claim.interval, other.interval) == 0:
            score += 0.5
        if claim.place and other.place and names_match(claim.place, other.place):
            score += 0.3
        if seen.perpetrators & draft.perpetrators.get(other.id, set()):
            score += 0.5
        if seen.setting & draft.settings.get(other.id, frozenset()):
            score += 0.5  # documents about the same organizations and places
        if claim.interval is None and _near_document_times(seen, other):
            score += 0.5  # an undated claim goes with the times its document speaks of
    return score / max(1, len(draft.claims)) + len(keys & draft.keys())


def _near_document_times(seen: Seen, other: ClaimView) -> bool:
    near = settings().near_gap_days
    return any((gap_days(t, other.interval) or 0) <= near for t in seen.document_times) and bool(
        other.interval
    )


def _document_places(claims: Sequence[ClaimView]) -> dict[int, frozenset[str]]:
    """The words of the places a document's claims give: part of its setting, so that a text
    naming no organization still tells where it is (Colonia Esperanza, not Camp Nour)."""
    words: dict[int, set[str]] = defaultdict(set)
    for claim in claims:
        names = " ".join(w for w in (claim.place or "").split() if w[:1].isupper())
        words[claim.document_id] |= {f"place:{w}" for w in _words(names)}  # not "the room"
    return {k: frozenset(v) for k, v in words.items()}


def _document_times(claims: Sequence[ClaimView]) -> dict[int, tuple[tuple[date, date], ...]]:
    times: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for claim in claims:
        if claim.interval is not None:
            times[claim.document_id].append(claim.interval)
    return {k: tuple(v) for k, v in times.items()}


def _shares_victim(victims: list[Victim], draft: ActDraft) -> bool:
    keys = {v.key for v in victims}
    named = {k for k in keys if not k.startswith("group:")}
    if named:
        return bool(named & draft.named())
    # Groups are told in many words ("36 residents", "11 people"): time and setting decide.
    return not draft.named()


def _order(claim: ClaimView) -> tuple[int, int, int]:
    # Dated claims first, so undated ones join the act whose time is settled.
    interval = claim.interval
    width = (interval[1] - interval[0]).days if interval else 10**6
    return (0 if interval else 1, width, claim.id)


def group_claims(
    claims: Sequence[ClaimView], mentions: dict[int, list[PersonMention]]
) -> list[ActDraft]:
    """Claims into act drafts (see the module's docstring)."""
    drafts: list[ActDraft] = []
    by_act: dict[str, list[ActDraft]] = defaultdict(list)
    times = _document_times(claims)
    places = _document_places(claims)
    for claim in sorted(claims, key=_order):
        linked = mentions.get(claim.document_id, [])
        seen = Seen(
            claim_victims(claim, linked),
            claim_perpetrators(claim, [m for m in linked if m.label == "ORG"]),
            document_setting(linked) | places.get(claim.document_id, frozenset()),
            times.get(claim.document_id, ()),
        )
        options = [
            d
            for d in by_act[claim.act]
            if _shares_victim(seen.victims, d) and _compatible(claim, seen, d)
        ]
        if options:
            best = max(options, key=lambda d: _affinity(claim, seen, d))
        else:
            best = ActDraft(claim.act)
            by_act[claim.act].append(best)
            drafts.append(best)
        best.claims.append(claim)
        best.victims[claim.id] = seen.victims
        best.perpetrators[claim.id] = seen.perpetrators
        best.settings[claim.id] = seen.setting
    for draft in drafts:
        draft.claims.sort(key=lambda c: (c.document, c.evidence_start))
    return drafts


# --- conflicts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    field: str
    values: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "values": self.values}


def _distinct(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _dates_conflict(values: list[str]) -> bool:
    intervals = [edtf_interval(v) for v in values]
    known = [i for i in intervals if i is not None]
    return any(gap_days(a, b) for a in known for b in known)


def _names_conflict(values: list[str]) -> bool:
    return any(not names_match(a, b) for a in values for b in values)


def victim_count(claim: ClaimView) -> str | None:
    """How many victims a claim gives: its count, or a number in a group phrase."""
    if claim.count is not None:
        return str(claim.count)
    for victim in claim.victims:
        digits = _DIGITS.search(victim)
        if digits:
            return digits.group(0).replace(",", "")
        for word in plain(victim).split():
            if word in _NUMBER_WORDS:
                return str(_NUMBER_WORDS[word])
        vague = next((v for v in settings().vague_counts if f" {v} " in f" {plain(victim)} "), None)
        if vague is not None:
            return vague  # "a number of residents" against "36 residents" is a disagreement
    return None


def _perpetrators(claim: ClaimView) -> str:
    return "; ".join(p for p in claim.perpetrators if p.strip())


def _perpetrators_conflict(
    claims: Sequence[ClaimView], entities: dict[int, set[int]] | None
) -> bool:
    """Two claims name different perpetrators: no shared organization, no shared word."""
    named = [c for c in claims if _perpetrators(c)]
    linked = entities or {}
    return any(
        not (linked.get(a.id, set()) & linked.get(b.id, set()))
        and not names_match(_perpetrators(a), _perpetrators(b))
        for a, b in combinations(named, 2)
    )


def conflicts(
    claims: Sequence[ClaimView], perpetrators: dict[int, set[int]] | None = None
) -> list[Conflict]:
    """Each field on which the claims under one act disagree, with the values they give;
    ``perpetrators`` gives the organizations each claim's perpetrators were linked to."""
    found = []
    for name in ("start", "end"):
        values = _distinct(getattr(c, name) for c in claims)
        if _dates_conflict(values):
            found.append(Conflict(name, values))
    places = _distinct(c.place for c in claims)
    if _names_conflict(places):
        found.append(Conflict("place", places))
    if _perpetrators_conflict(claims, perpetrators):
        found.append(Conflict("perpetrators", _distinct(_perpetrators(c) for c in claims)))
    polarities = _distinct(c.polarity for c in claims)
    if len(polarities) > 1:
        found.append(Conflict("polarity", polarities))
    counts = _distinct(victim_count(c) for c in claims if c.polarity == "asserted")
    if len(counts) > 1:
        found.append(Conflict("count", counts))
    return found


def _reference(claims: Sequence[ClaimView]) -> ClaimView:
    """The version an act is shown with: an asserted claim with the most fields given."""

    def rank(c: ClaimView) -> tuple[int, int, int]:
        given = sum(1 for v in (c.start, c.place, c.perpetrators, c.count) if v)
        return (1 if c.polarity == "asserted" else 0, given, -c.id)

    return max(claims, key=rank)


def relation(
    claim: ClaimView, reference: ClaimView, perpetrators: dict[int, set[int]] | None = None
) -> str:
    if claim.polarity == "denied":
        return "denies"
    return "conflicts" if conflicts([claim, reference], perpetrators) else "supports"


# --- storing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActsResult:
    acts: int
    claims: int
    created: int
    changed: int
    removed: int


def _previous(session: Session) -> dict[int, set[int]]:
    members: dict[int, set[int]] = defaultdict(set)
    for act_id, claim_id in session.execute(select(ActClaim.act_id, ActClaim.claim_id)):
        members[act_id].add(claim_id)
    for act_id in session.execute(select(Act.id)).scalars():
        members.setdefault(act_id, set())
    return members


def _superseded_claims(session: Session) -> list[Claim]:
    query = select(Claim).where(Claim.superseded_at.is_not(None)).order_by(Claim.id)
    return list(session.execute(query).scalars())


def predecessors(claims: Sequence[ClaimView], superseded: Sequence[Claim]) -> dict[int, set[int]]:
    """For each active claim, the superseded claims of its document stating the same act over
    an overlapping evidence span: the same statement read by an earlier extraction."""
    by_document: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for old in superseded:
        by_document[(old.document_id, old.act)].append(old)
    found: dict[int, set[int]] = {}
    for claim in claims:
        found[claim.id] = {
            old.id
            for old in by_document.get((claim.document_id, claim.act), [])
            if old.evidence_start < claim.evidence_end and claim.evidence_start < old.evidence_end
        }
    return found


def _assign(
    drafts: Sequence[ActDraft],
    previous: dict[int, set[int]],
    earlier: dict[int, set[int]] | None = None,
) -> list[int | None]:
    """Each draft keeps the old act id that held most of its claims (each id used once); a
    claim also votes through the superseded claims it replaces (``earlier``)."""
    votes = []
    for index, draft in enumerate(drafts):
        ids = {c.id for c in draft.claims}
        ids |= {old for c in draft.claims for old in (earlier or {}).get(c.id, ())}
        votes += [(len(ids & old), index, aid) for aid, old in previous.items() if ids & old]
    chosen: list[int | None] = [None] * len(drafts)
    used: set[int] = set()
    for _, index, aid in sorted(votes, key=lambda v: (-v[0], v[1])):
        if chosen[index] is None and aid not in used:
            chosen[index] = aid
            used.add(aid)
    return chosen


def link_acts(session: Session) -> ActsResult:
    """Rebuild acts from the active claims and linked persons; log every change.

    Links from acts to superseded claims stay as history (an act rebuilt from the claims that
    replace them keeps its id); an act left with no active claim is removed with them."""
    claims = load_claims(session)
    drafts = group_claims(claims, person_mentions(session))
    previous = _previous(session)
    superseded = _superseded_claims(session)
    history = {c.id for c in superseded}
    ids = _assign(drafts, previous, predecessors(claims, superseded))
    active = select(Claim.id).where(Claim.superseded_at.is_(None))
    session.execute(delete(ActClaim).where(ActClaim.claim_id.in_(active)))
    session.execute(delete(ActVictim))
    created = changed = 0
    for draft, aid in zip(drafts, ids, strict=True):
        act, made = _write_act(session, draft, aid)
        claim_ids = {c.id for c in draft.claims}
        if made:
            created += 1
            audit.append(session, "act.create", f"A-{act.id}", _act_detail(draft))
        elif previous.get(act.id, set()) - history != claim_ids:
            changed += 1
            audit.append(session, "act.update", f"A-{act.id}", _act_detail(draft))
    kept = {i for i in ids if i is not None}
    removed = [aid for aid in previous if aid not in kept]
    for aid in removed:
        session.execute(delete(ActClaim).where(ActClaim.act_id == aid))
        session.execute(delete(Act).where(Act.id == aid))
        audit.append(session, "act.delete", f"A-{aid}", {"claims": sorted(previous[aid])})
    result = ActsResult(len(drafts), len(claims), created, changed, len(removed))
    audit.append(session, "link.acts", "acts", result.__dict__)
    return result


def _act_detail(draft: ActDraft) -> dict[str, Any]:
    return {
        "act": draft.act,
        "claims": [c.id for c in draft.claims],
        "conflicts": [c.to_dict() for c in conflicts(draft.claims, draft.perpetrators)],
    }


def _write_act(session: Session, draft: ActDraft, aid: int | None) -> tuple[Act, bool]:
    reference = _reference(draft.claims)
    act = session.get(Act, aid) if aid is not None else None
    made = act is None
    if act is None:
        act = Act(act=draft.act, created_at=datetime.now(UTC))
        session.add(act)
    act.act, act.start, act.end, act.place = (
        draft.act,
        reference.start,
        reference.end,
        reference.place,
    )
    session.flush()
    for claim in draft.claims:
        rel = relation(claim, reference, draft.perpetrators)
        session.add(ActClaim(act_id=act.id, claim_id=claim.id, relation=rel))
    for entity_id in sorted(_entity_ids(draft)):
        session.add(ActVictim(act_id=act.id, entity_id=entity_id))
    session.flush()
    return act, made


def _entity_ids(draft: ActDraft) -> set[int]:
    keys = draft.keys()
    return {int(k.split(":")[1]) for k in keys if k.startswith("entity:")}


# --- reading acts back ----------------------------------------------------------------------


@dataclass(frozen=True)
class StoredAct:
    id: int
    act: str
    start: str | None
    end: str | None
    place: str | None
    victims: list[str]
    claims: list[tuple[ClaimView, str]]
    conflicts: list[Conflict]

    @property
    def ref(self) -> str:
        return f"A-{self.id}"

    @property
    def interval(self) -> tuple[date, date] | None:
        return edtf_interval(self.start, self.end)


def stored_acts(session: Session, act_ids: Iterable[int] | None = None) -> list[StoredAct]:
    """Acts with their claims (and each claim's relation), victims' names and conflicts."""
    query = select(Act).order_by(Act.id)
    if act_ids is not None:
        query = query.where(Act.id.in_(sorted(set(act_ids))))
    acts = list(session.execute(query).scalars())
    claims = {c.id: c for c in load_claims(session)}
    under: dict[int, list[tuple[ClaimView, str]]] = defaultdict(list)
    for act_id, claim_id, rel in session.execute(
        select(ActClaim.act_id, ActClaim.claim_id, ActClaim.relation)
    ):
        if claim_id in claims:
            under[act_id].append((claims[claim_id], rel))
    names = _victim_names(session)
    linked = person_mentions(session)
    perpetrators = {
        c.id: claim_perpetrators(c, [m for m in linked.get(c.document_id, []) if m.label == "ORG"])
        for c in claims.values()
    }
    result = []
    for act in acts:
        members = sorted(under[act.id], key=lambda cr: (cr[0].document, cr[0].evidence_start))
        views = [c for c, _ in members]
        victims = names.get(act.id) or _group_victims(views)
        result.append(
            StoredAct(
                act.id,
                act.act,
                act.start,
                act.end,
                act.place,
                victims,
                members,
                conflicts(views, perpetrators),
            )
        )
    return result


def _victim_names(session: Session) -> dict[int, list[str]]:
    rows = session.execute(
        select(ActVictim.act_id, Entity.name)
        .join(Entity, Entity.id == ActVictim.entity_id)
        .order_by(ActVictim.act_id, Entity.id)
    )
    names: dict[int, list[str]] = defaultdict(list)
    for act_id, name in rows:
        names[act_id].append(name)
    return names


def _group_victims(claims: Sequence[ClaimView]) -> list[str]:
    if not claims:
        return []
    counted = Counter(v for c in claims for v in c.victims)
    reference = _reference(claims)
    return list(reference.victims) or [v for v, _ in counted.most_common(1)]


# --- the whole link stage -------------------------------------------------------------------


@dataclass(frozen=True)
class LinkRun:
    entities: LinkResult
    acts: ActsResult


def link_all(session: Session) -> LinkRun:
    """Resolve mentions into entities, then claims into acts."""
    return LinkRun(link_entities(session), link_acts(session))


def judge_and_relink(
    session: Session,
    ref_a: str,
    ref_b: str,
    decision: DecisionValue,
    reviewer: str,
    note: str | None = None,
) -> tuple[Judgement, RecomputeResult, ActsResult]:
    """Record a person's decision, rebuild the entities, then the acts that rest on them."""
    judgement, entities = judge(session, ref_a, ref_b, decision, reviewer, note)
    return judgement, entities, link_acts(session)


def unmerge_and_relink(
    session: Session, refs: Sequence[str], last: bool = False
) -> tuple[list[Judgement], RecomputeResult, ActsResult]:
    """Undo merges, rebuild the entities, then the acts that rest on them."""
    undone, entities = unmerge(session, refs, last=last)
    return undone, entities, link_acts(session)
