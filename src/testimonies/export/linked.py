"""Linked exports in the shapes of spec/acts.md section 5: persons, organizations, acts.

Every mention and claim is located by its document's file name and character offsets, so that an
evaluation can align them with annotations made without the system.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from testimonies.link.acts import stored_acts
from testimonies.link.judgements import entity_ref
from testimonies.store.schema import Document, Entity, Mention

KIND_OF_EXPORT = {"persons": "person", "organizations": "organization", "places": "place"}


def _mentions_by_entity(session: Session, kind: str) -> dict[int, list[dict[str, Any]]]:
    rows = session.execute(
        select(Mention.entity_id, Document.name, Mention.start, Mention.end, Mention.text)
        .join(Document, Document.id == Mention.document_id)
        .join(Entity, Entity.id == Mention.entity_id)
        .where(Entity.kind == kind, Document.is_current.is_(True), Mention.superseded_at.is_(None))
        .order_by(Document.name, Mention.start, Mention.id)
    )
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for entity_id, document, start, end, text in rows:
        if entity_id is not None:
            found[entity_id].append(
                {"document": document, "start": start, "end": end, "text": text}
            )
    return found


def entities_jsonl(session: Session, kind: str) -> Iterator[dict[str, Any]]:
    """One object per entity of ``kind`` (person, organization, place) that has mentions."""
    mentions = _mentions_by_entity(session, kind)
    query = select(Entity).where(Entity.kind == kind).order_by(Entity.id)
    for entity in session.execute(query).scalars():
        if mentions.get(entity.id):
            yield {
                "id": entity_ref(kind, entity.id),
                "name": entity.name,
                "mentions": mentions[entity.id],
            }


def acts_jsonl(session: Session) -> Iterator[dict[str, Any]]:
    """One object per act, with every claim under it and the fields its claims disagree on."""
    for act in stored_acts(session):
        yield {
            "id": act.ref,
            "act": act.act,
            "victims": act.victims,
            "claims": [
                {
                    "document": claim.document,
                    "evidence": {"start": claim.evidence_start, "end": claim.evidence_end},
                    "polarity": claim.polarity,
                }
                for claim, _relation in act.claims
            ],
            "conflicts": [c.to_dict() for c in act.conflicts],
        }
