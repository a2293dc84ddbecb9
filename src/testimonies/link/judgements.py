"""The judgement graph: recorded decisions between mentions, and the entities they make.

Canonical entities are the connected components of active "same" edges. Human decisions overrule
automatic ones on the same pair; "same" edges are applied humans first (oldest first), then
automatic ones (highest score first), and an edge is refused when a "different" edge joins the two
components it would merge. Every judgement, retraction and entity change goes to the audit log.
Entity ids stay put across recomputations: a component keeps the id most of its mentions had.

Re-extracting a document supersedes its mentions (they are kept, with the entity they were in,
as history). Superseded mentions are no members of current entities, and a judgement naming one
holds nothing together, except that a person's judgement carries over to the active mention at
the same span of the same document (its successor): a reviewer's merge survives an extractor
upgrade. Automatic judgements are not carried: the linker judges the new mentions afresh. A new
mention at the span of a superseded one inherits that one's entity id as its vote.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from testimonies.errors import InputError, NotFoundError
from testimonies.link.disjoint import DisjointSets
from testimonies.link.entities import (
    KIND_OF_LABEL,
    Decision,
    DecisionValue,
    Kind,
    MentionView,
    clean_text,
    is_anaphor,
    is_partial,
    normalize_name,
    propose,
    read_as_persons,
)
from testimonies.link.settings import settings
from testimonies.link.variants import plain
from testimonies.store import audit
from testimonies.store.schema import Claim, Document, Entity, Judgement, Mention

PREFIX: dict[str, str] = {"person": "P", "organization": "O", "place": "L"}
KIND_OF_PREFIX = {v: k for k, v in PREFIX.items()}
AUTOMATIC_BY = "linker"
_ENTITY_REF = re.compile(r"^([POL])-(\d+)$", re.IGNORECASE)
_MENTION_REF = re.compile(r"^(?:mention:|m)?(\d+)$", re.IGNORECASE)
_JUDGEMENT_REF = re.compile(r"^(?:J-?)?(\d+)$", re.IGNORECASE)


def entity_ref(kind: str, entity_id: int) -> str:
    return f"{PREFIX.get(kind, 'E')}-{entity_id}"


def mention_id(subject: str) -> int | None:
    kind, _, value = subject.partition(":")
    return int(value) if kind == "mention" and value.isdigit() else None


# --- loading --------------------------------------------------------------------------------


def load_mentions(session: Session) -> list[MentionView]:
    """Person, organization and place mentions of the current versions of documents."""
    rows = session.execute(
        select(Mention, Document.name)
        .join(Document, Document.id == Mention.document_id)
        .where(
            Document.is_current.is_(True),
            Mention.label.in_(list(KIND_OF_LABEL)),
            Mention.superseded_at.is_(None),
        )
        .order_by(Mention.document_id, Mention.start, Mention.id)
    ).all()
    return read_as_persons(
        [
            MentionView(m.id, m.document_id, name, m.start, m.end, m.text, m.label)
            for m, name in rows
        ],
        _victim_names(session),
    )


def document_texts(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    rows = session.execute(select(Document.id, Document.text).where(Document.id.in_(wanted)))
    return {row[0]: row[1] for row in rows}


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def active_judgements(session: Session) -> list[Judgement]:
    query = select(Judgement).where(Judgement.retracted_at.is_(None)).order_by(Judgement.id)
    return list(session.execute(query).scalars())


# --- superseded mentions ----------------------------------------------------------------------

Span = tuple[int, int, int, str]


def _span_rows(session: Session, superseded: bool) -> Sequence[Any]:
    state = Mention.superseded_at.is_not(None) if superseded else Mention.superseded_at.is_(None)
    query = (
        select(Mention.id, Mention.document_id, Mention.start, Mention.end, Mention.label,
               Mention.entity_id)
        .join(Document, Document.id == Mention.document_id)
        .where(Document.is_current.is_(True), Mention.label.in_(list(KIND_OF_LABEL)), state)
        .order_by(Mention.superseded_at, Mention.id)
    )  # fmt: skip
    return session.execute(query).all()


@dataclass(frozen=True)
class Lineage:
    """Superseded mentions and the active mentions now at their spans."""

    successor: dict[int, int]  # superseded mention id -> active mention id at the same span
    inherited: dict[int, int]  # active mention id -> entity id of its latest predecessor


def lineage(session: Session) -> Lineage:
    active: dict[Span, int] = {(r[1], r[2], r[3], r[4]): r[0] for r in _span_rows(session, False)}
    successor: dict[int, int] = {}
    inherited: dict[int, int] = {}
    for mid, document_id, start, end, label, entity_id in _span_rows(session, True):
        now = active.get((document_id, start, end, label))
        if now is not None:
            successor[mid] = now
            if entity_id is not None:
                inherited[now] = entity_id  # rows come oldest first: the latest one wins
    return Lineage(successor, inherited)


def _carried_subject(subject: str, successor: dict[int, int]) -> str:
    mid = mention_id(subject)
    return f"mention:{successor[mid]}" if mid is not None and mid in successor else subject


def carried(judgements: Sequence[Judgement], successor: dict[int, int]) -> list[Judgement]:
    """People's judgements with superseded mentions replaced by their successors (unsaved
    copies; the stored judgement is never changed). Automatic ones pass unchanged."""
    result = []
    for j in judgements:
        a, b = _carried_subject(j.subject_a, successor), _carried_subject(j.subject_b, successor)
        if j.automatic or (a, b) == (j.subject_a, j.subject_b) or a == b:
            result.append(j)
            continue
        copy = Judgement(
            id=j.id, subject_a=a, subject_b=b, decision=j.decision, score=j.score,
            reason=j.reason, decided_by=j.decided_by, automatic=False, at=j.at,
        )  # fmt: skip
        result.append(copy)
    return result


def current_judgements(session: Session) -> list[Judgement]:
    """Active judgements as they bear on the active mentions (people's carried over)."""
    return carried(active_judgements(session), lineage(session).successor)


# --- recording ------------------------------------------------------------------------------


def record(
    session: Session,
    decision: Decision,
    decided_by: str,
    automatic: bool,
) -> Judgement:
    judgement = Judgement(
        subject_a=decision.a,
        subject_b=decision.b,
        decision=decision.decision,
        score=round(decision.score, 4),
        reason=decision.reason,
        decided_by=decided_by,
        automatic=automatic,
        at=datetime.now(UTC),
    )
    session.add(judgement)
    session.flush()
    audit.append(
        session,
        "judgement.add",
        f"judgement:{judgement.id}",
        {
            "a": decision.a,
            "b": decision.b,
            "decision": decision.decision,
            "score": judgement.score,
            "automatic": automatic,
            "decided_by": decided_by,
            "reason": decision.reason,
        },
    )
    return judgement


def retract(session: Session, judgement: Judgement, why: str) -> None:
    judgement.retracted_at = datetime.now(UTC)
    audit.append(
        session,
        "judgement.retract",
        f"judgement:{judgement.id}",
        {
            "a": judgement.subject_a,
            "b": judgement.subject_b,
            "decision": judgement.decision,
            "why": why,
        },
    )


# --- components -----------------------------------------------------------------------------


@dataclass
class Components(DisjointSets[str]):
    """Union-find over subjects with "different" constraints checked per component."""

    apart: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    refused: list[Judgement] = field(default_factory=list)

    def keep_apart(self, a: str, b: str) -> None:
        self.apart[self.find(a)].add(b)
        self.apart[self.find(b)].add(a)

    def blocked(self, ra: str, rb: str) -> bool:
        return any(self.find(x) == rb for x in self.apart.get(ra, ())) or any(
            self.find(x) == ra for x in self.apart.get(rb, ())
        )

    def join(self, a: str, b: str) -> bool:
        """Join the two components unless a 'different' judgement runs between them."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.blocked(ra, rb):
            return False
        self.parent[rb] = ra
        self.apart[ra] |= self.apart.pop(rb, set())
        return True


def _when(judgement: Judgement) -> datetime:
    # SQLite gives times back without their zone: compare all of them as naive UTC.
    at = judgement.at
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at


def effective(judgements: Sequence[Judgement]) -> list[Judgement]:
    """One judgement per pair: the latest human one if any, else the latest automatic one."""
    chosen: dict[tuple[str, str], Judgement] = {}
    for judgement in sorted(judgements, key=lambda j: (not j.automatic, _when(j), j.id)):
        chosen[_pair(judgement.subject_a, judgement.subject_b)] = judgement
    return list(chosen.values())


def _merge_order(judgement: Judgement) -> tuple[int, float, float]:
    # Humans first, oldest first; then automatic ones, strongest first.
    if not judgement.automatic:
        return (0, _when(judgement).timestamp(), 0.0)
    return (1, 0.0, -(judgement.score or 0.0))


def build_components(subjects: Iterable[str], judgements: Sequence[Judgement]) -> Components:
    """Components of the given subjects; a judgement naming any other subject (a superseded
    mention, a document's older version) is left out, so it cannot join two of them."""
    components = Components()
    known = set(subjects)
    for subject in known:
        components.find(subject)
    chosen = [j for j in effective(judgements) if j.subject_a in known and j.subject_b in known]
    for judgement in chosen:
        if judgement.decision == "different":
            components.keep_apart(judgement.subject_a, judgement.subject_b)
    for judgement in sorted((j for j in chosen if j.decision == "same"), key=_merge_order):
        if not components.join(judgement.subject_a, judgement.subject_b):
            components.refused.append(judgement)
    return components


# --- entities -------------------------------------------------------------------------------


def display_name(kind: str, mentions: Sequence[MentionView]) -> str:
    """The fullest name among the mentions (most parts, then most often written, then first)."""
    written = Counter(m.clean for m in mentions)
    candidates = [m for m in mentions if not (kind == "organization" and is_anaphor(m.text))]
    candidates = candidates or list(mentions)

    def rank(m: MentionView) -> tuple[int, int, int, int, int]:
        parts = len(normalize_name(m.text).parts) if kind == "person" else len(m.clean)
        full = 0 if kind == "person" and is_partial(m.text) else 1
        cased = 0 if m.clean.isupper() and len(m.clean) > 6 else 1
        return (full, cased, parts, written[m.clean], -m.id)

    best = max(candidates, key=rank).clean
    if kind != "person" and best.lower().startswith("the "):
        best = best[4:]
    return best[:512]


@dataclass(frozen=True)
class RecomputeResult:
    entities: int
    created: int
    changed: int
    refused: int


def _assign_ids(
    groups: list[list[MentionView]], previous: dict[int, int | None]
) -> list[int | None]:
    """Each group keeps the old entity id most of its mentions had (each id used once)."""
    votes = []
    for index, group in enumerate(groups):
        counts = Counter(previous[m.id] for m in group if previous[m.id] is not None)
        votes += [(n, index, eid) for eid, n in counts.items()]
    chosen: list[int | None] = [None] * len(groups)
    used: set[int] = set()
    for _, index, eid in sorted(votes, key=lambda v: (-v[0], v[1])):
        if chosen[index] is None and eid is not None and eid not in used:
            chosen[index] = eid
            used.add(eid)
    return chosen


def _reuse_orphans(
    session: Session, kind: str, groups: list[list[MentionView]], ids: list[int | None]
) -> list[int | None]:
    """A group without an id takes back an entity left without mentions that bears its name,
    so that undoing a merge brings back the id the entity had before."""
    taken = {i for i in ids if i is not None}
    orphans: dict[str, int] = {}
    query = select(Entity.id, Entity.name).where(Entity.kind == kind).order_by(Entity.id.desc())
    for eid, name in session.execute(query):
        if eid not in taken:
            orphans[name] = eid
    result = list(ids)
    for index, group in enumerate(groups):
        name = display_name(kind, group)
        if result[index] is None and name in orphans:
            result[index] = orphans.pop(name)
    return result


def _mention_rows(session: Session) -> dict[int, Mention]:
    query = (
        select(Mention)
        .join(Document, Document.id == Mention.document_id)
        .where(
            Document.is_current.is_(True),
            Mention.label.in_(list(KIND_OF_LABEL)),
            Mention.superseded_at.is_(None),
        )
    )
    return {m.id: m for m in session.execute(query).scalars()}


def _same_kind(entity_id: int | None, kind: str, kinds: dict[int, str]) -> int | None:
    return entity_id if entity_id is not None and kinds.get(entity_id) == kind else None


def recompute(session: Session) -> RecomputeResult:
    """Rebuild entities from the judgements and write mentions.entity_id; log every change."""
    mentions = load_mentions(session)
    by_subject = {m.subject: m for m in mentions}
    history = lineage(session)
    components = build_components(
        by_subject, carried(active_judgements(session), history.successor)
    )
    rows = _mention_rows(session)
    kinds = {e.id: e.kind for e in session.execute(select(Entity)).scalars()}
    created = changed = total = 0
    for kind in ("person", "organization", "place"):
        groups = [
            [by_subject[s] for s in group]
            for group in components.groups(s for s, m in by_subject.items() if m.kind == kind)
        ]
        # An id is kept only by an entity of the same kind (a mention may be read anew).
        previous = {
            m.id: _same_kind(rows[m.id].entity_id or history.inherited.get(m.id), kind, kinds)
            for g in groups
            for m in g
        }
        ids = _assign_ids(groups, previous)
        ids = _reuse_orphans(session, kind, groups, ids)
        for group, eid in zip(groups, ids, strict=True):
            total += 1
            made, moved = _write_entity(session, kind, group, eid, rows)
            created += made
            changed += moved
    return RecomputeResult(total, created, changed, len(components.refused))


def _write_entity(
    session: Session,
    kind: Kind,
    group: list[MentionView],
    eid: int | None,
    rows: dict[int, Mention],
) -> tuple[int, int]:
    name = display_name(kind, group)
    made = 0
    entity = session.get(Entity, eid) if eid is not None else None
    if entity is None:
        entity = Entity(kind=kind, name=name, created_at=datetime.now(UTC))
        session.add(entity)
        session.flush()
        made = 1
    moved = [m.id for m in group if rows[m.id].entity_id != entity.id]
    if made or moved or entity.name != name:
        detail: dict[str, Any] = {"name": name, "mentions_joined": moved}
        if entity.name != name:
            detail["previous_name"] = entity.name
        entity.name = name
        for mention_id_ in moved:
            rows[mention_id_].entity_id = entity.id
        action = "entity.create" if made else "entity.update"
        audit.append(session, action, entity_ref(kind, entity.id), detail)
    return made, 1 if moved and not made else 0


# --- the link run ---------------------------------------------------------------------------

PROPAGATOR = "link-propagation"
PROPAGATOR_VERSION = "1"


def _taken_spans(session: Session, document_ids: Iterable[int]) -> dict[int, list[tuple[int, int]]]:
    rows = session.execute(
        select(Mention.document_id, Mention.start, Mention.end).where(
            Mention.document_id.in_(sorted(set(document_ids))), Mention.superseded_at.is_(None)
        )
    )
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for document_id, start, end in rows:
        spans[document_id].append((start, end))
    return spans


def _local_forms(mentions: Sequence[MentionView]) -> dict[int, dict[str, str]]:
    """Per document, the person and organization names its mentions write (capitalised), and
    the head nouns of its organizations' names ("Observatory" of Human Rights Observatory)."""
    heads = settings().organization_heads
    forms: dict[int, dict[str, str]] = defaultdict(dict)
    for m in mentions:
        if m.label in ("PERSON", "ORG") and len(m.clean) >= 3 and m.clean[:1].isupper():
            forms[m.document_id].setdefault(m.clean, m.label)
        if m.label == "ORG" and len(m.clean.split()) > 1:
            for word in m.clean.split():
                if word[:1].isupper() and plain(word) in heads:
                    forms[m.document_id].setdefault(word.capitalize(), "ORG")
    return forms


def _corpus_forms(mentions: Sequence[MentionView]) -> dict[str, str]:
    """Names safe to look for in every document: full person names, and organization names of
    several words or acronyms (never "the Organization", which depends on its document)."""
    forms: dict[str, str] = {}
    for m in mentions:
        words = m.clean.split()
        if m.label == "PERSON" and not is_partial(m.text) and m.clean[:1].isupper():
            forms.setdefault(m.clean, "PERSON")
        elif m.label == "ORG" and not is_anaphor(m.text) and m.clean[:1].isupper():
            acronym = len(words) == 1 and m.clean.isupper() and len(m.clean) >= 3
            if len(words) > 1 or acronym:
                forms.setdefault(m.clean, "ORG")
    return forms


def _victim_names(session: Session) -> set[str]:
    """Full person names the claims give as victims ("Rustam Nurmatov"), for the documents
    where the tagger missed the name: capitalised words, two name parts or more, no word of an
    organization's or a place's name."""
    things = settings().organization_words | settings().not_person_words
    names = set()
    rows = session.execute(select(Claim.victims).where(Claim.superseded_at.is_(None))).scalars()
    for victims in rows:
        for victim in victims or []:
            name = clean_text(str(victim))
            words = name.split()
            if (
                len(words) >= 2
                and all(w[:1].isupper() for w in words)
                and not any(ch.isdigit() for ch in name)
                and not {plain(w) for w in words} & things
                and not is_partial(name)
            ):
                names.add(name)
    return names


def propagate_mentions(session: Session) -> int:
    """Store the further occurrences of names the extractor found, where it missed them (spaCy
    tags "Mehdi" once and not three lines later; "HROE" in one document and not in the next).
    Each new mention is marked as the linker's and logged; it is then linked like any other."""
    mentions = load_mentions(session)
    local, corpus = _local_forms(mentions), _corpus_forms(mentions)
    for name in _victim_names(session):
        corpus.setdefault(name, "PERSON")
    documents = list(
        session.execute(select(Document.id).where(Document.is_current.is_(True))).scalars()
    )
    texts = document_texts(session, documents)
    taken = _taken_spans(session, documents)
    corpus_pattern = _pattern(corpus)
    added = 0
    for document_id in documents:
        text = texts.get(document_id, "")
        new = _occurrences(text, local.get(document_id, {}), taken[document_id])
        if corpus_pattern is not None:
            new += _matches(text, corpus_pattern, corpus, taken[document_id])
        for start, end, name, label in new:
            session.add(
                Mention(
                    document_id=document_id, start=start, end=end, text=name, label=label,
                    extractor=PROPAGATOR, extractor_version=PROPAGATOR_VERSION,
                )
            )  # fmt: skip
        if new:
            added += len(new)
            session.flush()
            detail = {"mentions": sorted(new)}
            audit.append(session, "mention.propagate", f"document:{document_id}", detail)
    return added


def _pattern(names: dict[str, str]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


def _matches(
    text: str, pattern: re.Pattern[str], names: dict[str, str], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        found.append((start, end, match.group(0), names[match.group(0)]))
    return found


def _occurrences(
    text: str, names: dict[str, str], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    pattern = _pattern(names)
    return _matches(text, pattern, names, taken) if pattern is not None else []


@dataclass(frozen=True)
class LinkResult:
    proposed: int
    recorded: Counter[str]
    entities: RecomputeResult


def link_entities(session: Session, decided_by: str = AUTOMATIC_BY) -> LinkResult:
    """Propose decisions for the stored mentions and bring the automatic judgements in line
    with them, then rebuild the entities.

    A pair a person decided (including a merge they undid) is never decided again. An automatic
    judgement the linker no longer proposes, or now decides otherwise (new documents, new name
    data), is retracted as superseded and the new decision recorded, both in the audit log.
    """
    propagated = propagate_mentions(session)
    mentions = load_mentions(session)
    texts = document_texts(session, (m.document_id for m in mentions))
    decisions = propose(mentions, texts)
    current = {_pair(j.subject_a, j.subject_b): j for j in effective(current_judgements(session))}
    recorded: Counter[str] = Counter()
    proposed: set[tuple[str, str]] = set()
    for decision in decisions:
        pair = _pair(decision.a, decision.b)
        if pair in proposed:
            continue
        proposed.add(pair)
        standing = current.get(pair)
        if standing is not None and (
            not standing.automatic or standing.decision == decision.decision
        ):
            continue
        if standing is not None:
            retract(session, standing, f"superseded: the linker now says {decision.decision}")
        record(session, decision, decided_by, automatic=True)
        recorded[decision.decision] += 1
    subjects = {m.subject for m in mentions}
    for pair, standing in current.items():
        if standing.automatic and pair not in proposed and set(pair) <= subjects:
            retract(session, standing, "superseded: the linker no longer proposes this pair")
            recorded["retracted"] += 1
    result = recompute(session)
    audit.append(
        session,
        "link.entities",
        "entities",
        {
            "proposed": len(decisions),
            "recorded": dict(recorded),
            "entities": result.entities,
            "mentions_propagated": propagated,
        },
    )
    return LinkResult(len(decisions), recorded, result)


# --- references -----------------------------------------------------------------------------


def resolve_subject(session: Session, ref: str) -> MentionView:
    """A mention from "mention:12", "12", or an entity id such as "P-17" (its first mention).
    A superseded mention stands for the active mention now at its span, if there is one."""
    text = ref.strip()
    mentions = {m.id: m for m in load_mentions(session)}
    entity = _ENTITY_REF.match(text)
    if entity:
        eid = int(entity.group(2))
        _check_entity_kind(session, text, entity.group(1), eid)
        query = select(Mention.id).where(Mention.entity_id == eid).order_by(Mention.id)
        members = [mentions[i] for i in session.execute(query).scalars() if i in mentions]
        if not members:
            raise NotFoundError(f"{text}: no such entity with mentions")
        return members[0]
    found = _MENTION_REF.match(text)
    wanted = int(found.group(1)) if found else None
    if wanted is not None and wanted not in mentions:
        wanted = lineage(session).successor.get(wanted)
    if wanted is not None and wanted in mentions:
        return mentions[wanted]
    stored = session.get(Mention, int(found.group(1))) if found else None
    if stored is not None:  # it exists: say why it cannot be judged, not that it is missing
        if stored.superseded_at is not None:
            why = "was replaced by a later extraction, and no current mention is at its span"
        elif stored.label == "DATE":
            why = "is a date: only persons, organizations and places are judged"
        else:
            why = "was left out of linking (the linker does not read it as naming one entity)"
        raise NotFoundError(f"{text}: '{stored.text}' {why}")
    raise NotFoundError(f"{text}: no such mention or entity (use mention:ID or P-/O-/L-ID)")


_KIND_OF_PREFIX = {"P": "person", "O": "organization", "L": "place"}


def _check_entity_kind(session: Session, text: str, prefix: str, eid: int) -> None:
    """O-12 names an organization: entity 12 being a person is an error, not a match."""
    entity = session.get(Entity, eid)
    wanted = _KIND_OF_PREFIX[prefix.upper()]
    if entity is not None and entity.kind != wanted:
        article = "an" if entity.kind[0] in "aeiou" else "a"
        raise NotFoundError(f"{text}: no such {wanted}; entity {eid} is {article} {entity.kind}")


def judge(
    session: Session,
    ref_a: str,
    ref_b: str,
    decision: DecisionValue,
    reviewer: str,
    note: str | None = None,
) -> tuple[Judgement, RecomputeResult]:
    """Record a person's decision between two mentions or entities, then rebuild entities."""
    a, b = resolve_subject(session, ref_a), resolve_subject(session, ref_b)
    if a.id == b.id:
        raise InputError(
            f"{ref_a} {ref_b}",
            "both refer to the same mention or entity: give two different ones",
        )
    if a.kind != b.kind:
        raise InputError(f"{ref_a} {ref_b}", f"a {a.kind} and a {b.kind} cannot be one entity")
    reason = f"decided by {reviewer}: '{a.clean}' ({a.document}) vs '{b.clean}' ({b.document})"
    if note:
        reason += f": {note}"
    judgement = record(
        session, Decision(a.subject, b.subject, decision, 1.0, reason), reviewer, False
    )
    return judgement, recompute(session)


def unmerge(
    session: Session,
    refs: Sequence[str],
    last: bool = False,
    reviewer: str | None = None,
) -> tuple[list[Judgement], RecomputeResult]:
    """Undo merges: retract the given "same" judgements (J-12 or 12), or the latest one. The
    pair goes back to the review queue as the reviewer's "unsure", so no later link run merges
    it again on its own."""
    who = reviewer or audit.current_actor()
    targets = [_same_judgement(session, ref) for ref in refs]
    if last:
        query = (
            select(Judgement)
            .where(
                Judgement.retracted_at.is_(None),
                Judgement.decision == "same",
                Judgement.subject_a.like("mention:%"),  # list records: `lists judge`
            )
            .order_by(Judgement.at.desc(), Judgement.id.desc())
            .limit(1)
        )
        latest = session.execute(query).scalar_one_or_none()
        if latest is None:
            raise NotFoundError("no active merge to undo")
        targets.append(latest)
    if not targets:
        raise InputError("unmerge", "name a judgement (J-12) or use --last")
    for judgement in targets:
        retract(session, judgement, f"merge undone by {who}")
        reason = f"merge undone by {who}; it said: {judgement.reason}"
        decision = Decision(judgement.subject_a, judgement.subject_b, "unsure", 0.5, reason)
        record(session, decision, who, automatic=False)
    return targets, recompute(session)


def _same_judgement(session: Session, ref: str) -> Judgement:
    found = _JUDGEMENT_REF.match(ref.strip())
    judgement = session.get(Judgement, int(found.group(1))) if found else None
    if judgement is None:
        raise NotFoundError(f"{ref}: no such judgement")
    if judgement.retracted_at is not None:
        raise InputError(ref, "this judgement was already retracted")
    if judgement.decision != "same":
        raise InputError(ref, f"this judgement says '{judgement.decision}', not a merge")
    if mention_id(judgement.subject_a) is None:
        raise InputError(
            ref,
            f"a judgement on list records ({judgement.subject_a}, {judgement.subject_b}): "
            "change it with testimonies lists judge, or undo the list linkage with lists unlink",
        )
    return judgement


# --- review ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    judgement: int
    score: float
    reason: str
    a: MentionView
    b: MentionView
    entity_a: str | None
    entity_b: str | None

    def to_dict(self) -> dict[str, Any]:
        def side(m: MentionView, entity: str | None) -> dict[str, Any]:
            return {
                "mention": m.subject,
                "text": m.text,
                "document": m.document,
                "start": m.start,
                "end": m.end,
                "entity": entity,
            }

        return {
            "judgement": f"J-{self.judgement}",
            "score": self.score,
            "reason": self.reason,
            "a": side(self.a, self.entity_a),
            "b": side(self.b, self.entity_b),
        }


def review_queue(session: Session, limit: int | None = None) -> list[Candidate]:
    """Unsure pairs still open: no later decision on the pair, and not already one entity."""
    mentions = {m.subject: m for m in load_mentions(session)}
    entity = {mid: eid for mid, eid in session.execute(select(Mention.id, Mention.entity_id))}
    kinds = {e.id: e.kind for e in session.execute(select(Entity)).scalars()}
    queue = []
    for judgement in effective(current_judgements(session)):
        a, b = mentions.get(judgement.subject_a), mentions.get(judgement.subject_b)
        if judgement.decision != "unsure" or a is None or b is None:
            continue
        ea, eb = entity.get(a.id), entity.get(b.id)
        if ea is not None and ea == eb:
            continue
        queue.append(
            Candidate(
                judgement.id,
                judgement.score or 0.0,
                judgement.reason or "",
                a,
                b,
                entity_ref(kinds.get(ea, a.kind), ea) if ea else None,
                entity_ref(kinds.get(eb, b.kind), eb) if eb else None,
            )
        )
    queue.sort(key=lambda c: (-c.score, c.judgement))
    return queue[:limit] if limit else queue


def entity_judgements(session: Session, entity_id: int) -> list[Judgement]:
    """Active judgements touching the mentions of one entity (what made it, and what is open)."""
    subjects = {
        f"mention:{mid}"
        for mid in session.execute(
            select(Mention.id).where(
                Mention.entity_id == entity_id, Mention.superseded_at.is_(None)
            )
        ).scalars()
    }
    return [
        j for j in current_judgements(session) if j.subject_a in subjects or j.subject_b in subjects
    ]


__all__ = ["clean_text", "judge", "link_entities", "recompute", "review_queue", "unmerge"]
