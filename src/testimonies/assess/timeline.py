"""A person's record: the names they go by, the documents naming them, and the acts done to them
in time order with the claims behind each (a custody timeline)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from testimonies.assess.corroboration import assess_stored
from testimonies.errors import InputError, NotFoundError
from testimonies.link.acts import StoredAct, stored_acts
from testimonies.link.entities import clean_text
from testimonies.link.judgements import entity_ref
from testimonies.link.names import compare_names
from testimonies.store.schema import (
    ActVictim,
    AuditEntry,
    Document,
    DocumentStage,
    Entity,
    ListRecord,
    Mention,
)

_REF = re.compile(r"^P-(\d+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Timeline:
    entity_id: int
    name: str
    names: list[tuple[str, int]]
    documents: list[tuple[str, int]]
    acts: list[StoredAct]
    # Each act's line of independent sources (assess/corroboration.py), by act id.
    assessments: dict[int, str] = field(default_factory=dict)
    # Other persons the name asked for finds too (two men named Ali Rezaei), as (P-37, name).
    also_named: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ref(self) -> str:
        return entity_ref("person", self.entity_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.ref,
            "name": self.name,
            "names": [{"name": n, "mentions": k} for n, k in self.names],
            "documents": [{"document": d, "mentions": k} for d, k in self.documents],
            "acts": [_act_dict(a, self.assessments.get(a.id)) for a in self.acts],
            "also_named": [{"id": ref, "name": name} for ref, name in self.also_named],
        }


def _act_dict(act: StoredAct, assessment: str | None = None) -> dict[str, Any]:
    return {
        "id": act.ref,
        "act": act.act,
        "start": act.start,
        "end": act.end,
        "place": act.place,
        "victims": act.victims,
        "claims": [
            {
                "document": c.document,
                "relation": rel,
                "polarity": c.polarity,
                "start": c.start,
                "end": c.end,
                "place": c.place,
                "perpetrators": list(c.perpetrators),
                "evidence": {"start": c.evidence_start, "end": c.evidence_end, "quote": c.quote},
            }
            for c, rel in act.claims
        ],
        "conflicts": [c.to_dict() for c in act.conflicts],
        "assessment": assessment,
    }


def find_person(session: Session, query: str) -> Entity:
    """A person entity by id (P-17) or by a name any of its mentions compares 'same' with."""
    text = query.strip()
    if not text:
        raise InputError("person", "give a name or an id such as P-17")
    ref = _REF.match(text)
    if ref:
        entity = session.get(Entity, int(ref.group(1)))
        if entity is None or entity.kind != "person":
            raise NotFoundError(f"{text}: no such person")
        _refuse_list_only(session, text, entity.id)
        return entity
    scores = _name_matches(session, text)
    if not scores:
        raise NotFoundError(
            f"{text}: no linked person goes by this name{_unlinked_hint(session)}"
            + _containing(session, text)
        )
    return session.get_one(Entity, scores.most_common(1)[0][0])


def _name_matches(session: Session, text: str) -> Counter[int]:
    """Person entities with a mention the name compares 'same' with, or is written as, and
    how many such mentions each has."""
    scores: Counter[int] = Counter()
    rows = session.execute(
        select(Mention.entity_id, Mention.text)
        .join(Entity, Entity.id == Mention.entity_id)
        .where(Entity.kind == "person", Mention.superseded_at.is_(None))
    )
    for entity_id, mention_text in rows:
        comparison = compare_names(text, clean_text(mention_text))
        written = clean_text(mention_text).lower() == text.lower()
        if entity_id is not None and (comparison.verdict == "same" or written):
            scores[entity_id] += 1
    return scores


def persons_named(session: Session, query: str) -> list[tuple[str, str]]:
    """The persons a name (or id) finds as (P-17, name): first the one `person` and
    `acts --person` show, then the others."""
    chosen = find_person(session, query)
    first = (entity_ref("person", chosen.id), chosen.name)
    return [first, *_also_named(session, query, chosen.id)]


def _containing(session: Session, text: str) -> str:
    """Persons with a name that holds every word asked for ('Nasseri' alone is not a name the
    matcher calls the same as 'Maryam Nasseri'): what the user may have meant, by id."""
    words = text.lower().split()
    rows = session.execute(
        select(Entity.id, Entity.name, Mention.text)
        .join(Mention, Mention.entity_id == Entity.id)
        .where(Entity.kind == "person", Mention.superseded_at.is_(None))
    )
    found: dict[int, str] = {}
    for entity_id, name, mention in rows:
        if all(word in mention.lower() for word in words):
            found.setdefault(entity_id, name)
    if not found:
        return ""
    listed = "; ".join(f"{entity_ref('person', e)} {n}" for e, n in sorted(found.items())[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    return f" (names that contain it: {listed}{more}; ask for one by its id)"


def _also_named(session: Session, query: str, chosen: int) -> list[tuple[str, str]]:
    """The other persons a name (not an id) finds: showing one of them alone would hide that
    the name is ambiguous."""
    if _REF.match(query.strip()):
        return []
    others = [e for e, _ in _name_matches(session, query.strip()).most_common() if e != chosen]
    return [(entity_ref("person", e), session.get_one(Entity, e).name) for e in others]


def _refuse_list_only(session: Session, text: str, entity_id: int) -> None:
    """A person `lists link` made of victim-list records has no mentions, so no names,
    documents or acts to show: say where that person is, not an empty timeline."""
    named = select(Mention.id).where(Mention.entity_id == entity_id).limit(1)
    listed = select(ListRecord.id).where(ListRecord.entity_id == entity_id).limit(1)
    if session.scalar(named) is None and session.scalar(listed) is not None:
        raise NotFoundError(
            f"{text}: a person of the victim lists, named in no document "
            "(testimonies lists persons shows their records)"
        )


def _unlinked_hint(session: Session) -> str:
    """Names of persons in documents extracted (again) since the last `link` are in no entity
    yet: the name asked for may be among them, so say what would find it. (Some mentions stay
    out of every entity after a link, by design: those are not counted.)"""
    last_link = session.execute(
        select(func.max(AuditEntry.at)).where(AuditEntry.action == "link.entities")
    ).scalar_one()
    stages = session.execute(
        select(DocumentStage.document_id, DocumentStage.updated_at).where(
            DocumentStage.stage == "extract", DocumentStage.status == "done"
        )
    )
    fresh = [doc for doc, at in stages if last_link is None or _naive(at) > _naive(last_link)]
    if not fresh:
        return ""
    unlinked = session.execute(
        select(func.count())
        .select_from(Mention)
        .where(Mention.document_id.in_(fresh), Mention.label == "PERSON")
        .where(Mention.entity_id.is_(None), Mention.superseded_at.is_(None))
    ).scalar_one()
    if not unlinked:
        return ""
    return f" yet ({unlinked} names of persons extracted since the last link: run testimonies link)"


def _naive(at: datetime) -> datetime:
    """UTC without a zone: SQLite gives stored times back naive, PostgreSQL with their zone."""
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at


def _act_order(act: StoredAct) -> tuple[int, date, int]:
    interval = act.interval
    return (0, interval[0], act.id) if interval else (1, date.max, act.id)


def person_act_ids(session: Session, query: str) -> list[int]:
    """The acts done to the person a name or id (P-17) finds."""
    entity = find_person(session, query)
    rows = session.execute(select(ActVictim.act_id).where(ActVictim.entity_id == entity.id))
    return sorted(set(rows.scalars()))


def person_timeline(session: Session, query: str) -> Timeline:
    entity = find_person(session, query)
    rows = session.execute(
        select(Mention.text, Document.name)
        .join(Document, Document.id == Mention.document_id)
        .where(Mention.entity_id == entity.id, Mention.superseded_at.is_(None))
    ).all()
    names = Counter(clean_text(t) for t, _ in rows)
    documents = Counter(d for _, d in rows)
    act_ids = session.execute(select(ActVictim.act_id).where(ActVictim.entity_id == entity.id))
    acts = sorted(stored_acts(session, act_ids.scalars()), key=_act_order)
    return Timeline(
        entity.id,
        entity.name,
        names.most_common(),
        sorted(documents.items()),
        acts,
        {a.act.id: a.line for a in assess_stored(session, acts)},
        _also_named(session, query, entity.id),
    )
