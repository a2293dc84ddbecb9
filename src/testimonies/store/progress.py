"""Where a store stands in the pipeline, so that an empty answer can name the step that comes
next instead of showing an empty table (a first-time user cannot tell 'none found' from
'not run yet')."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from testimonies.store.schema import AuditEntry, Claim, Document, DocumentStage, ListRecord

Needs = Literal["extract", "link"]


def next_step(session: Session, needs: Needs) -> str | None:
    """The step still missing before documents' claims (`extract`) or linked persons and acts
    (`link`) can exist; None when it has been run, and an empty answer is a real one."""
    documents = _count(session, select(Document.id).where(Document.is_current.is_(True)))
    if not documents:
        return "no documents stored yet: testimonies ingest FILES brings them in"
    extracted = select(DocumentStage.document_id).where(
        DocumentStage.stage == "extract", DocumentStage.status == "done"
    )
    if not _count(session, extracted) and not _count(session, select(Claim.id).limit(1)):
        return f"{documents} documents stored, none extracted yet: run testimonies extract"
    if needs == "link" and not _ran(session, "link.entities", "link.acts"):
        return "claims extracted, nothing linked yet: run testimonies link"
    return None


def next_list_step(session: Session) -> str | None:
    """The step still missing before `lists persons` or `lists review` can show anything."""
    if not _count(session, select(ListRecord.id)):
        return "no list imported yet: testimonies lists import FILE.csv --list NAME"
    if not _ran(session, "lists.link"):
        return "lists imported, not linked yet: run testimonies lists link"
    return None


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.execute(select(func.count()).select_from(query.subquery())).scalar_one())


def _ran(session: Session, *actions: str) -> bool:
    """Whether the audit log records one of ``actions`` (each command logs its runs)."""
    query = select(AuditEntry.seq).where(AuditEntry.action.in_(actions)).limit(1)
    return session.execute(query).first() is not None
