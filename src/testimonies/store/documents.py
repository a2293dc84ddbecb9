"""Queries over stored documents: listing with status, one document, failed files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from testimonies.errors import NotFoundError
from testimonies.store.schema import Document, DocumentStage, IngestAttempt

SUMMARY_FIELDS = ("title", "publisher", "author", "published", "url", "language", "stance")


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    name: str
    path: str
    version: int
    current: bool
    format: str
    sha256: str
    characters: int
    metadata: dict[str, str | None]
    stages: dict[str, str]
    errors: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "path": self.path,
            "version": self.version,
            "current": self.current,
            "format": self.format,
            "sha256": self.sha256,
            "characters": self.characters,
            **self.metadata,
            "stages": self.stages,
            "errors": self.errors,
        }


@dataclass(frozen=True)
class FailedFile:
    path: str
    error: str
    at: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "error": self.error, "at": self.at}


def _stages(session: Session, ids: list[int]) -> dict[int, list[DocumentStage]]:
    by_document: dict[int, list[DocumentStage]] = {i: [] for i in ids}
    if ids:
        rows = session.execute(select(DocumentStage).where(DocumentStage.document_id.in_(ids)))
        for stage in rows.scalars():
            by_document[stage.document_id].append(stage)
    return by_document


def _summary(document: Document, stages: list[DocumentStage]) -> DocumentSummary:
    return DocumentSummary(
        id=document.id,
        name=document.name,
        path=document.source_path,
        version=document.version,
        current=document.is_current,
        format=document.format,
        sha256=document.sha256,
        characters=len(document.text),
        metadata={key: getattr(document, key) for key in SUMMARY_FIELDS},
        stages={s.stage: s.status for s in stages},
        errors={s.stage: s.error for s in stages if s.error},
    )


def list_documents(session: Session, include_old_versions: bool = False) -> list[DocumentSummary]:
    query = select(Document).order_by(Document.id)
    if not include_old_versions:
        query = query.where(Document.is_current.is_(True))
    documents = list(session.execute(query).scalars())
    stages = _stages(session, [d.id for d in documents])
    return [_summary(d, stages[d.id]) for d in documents]


def get_document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError(f"document {document_id}: no such document")
    return document


def summarize(session: Session, document: Document) -> DocumentSummary:
    return _summary(document, _stages(session, [document.id])[document.id])


def failed_files(session: Session) -> list[FailedFile]:
    """Paths whose latest ingest attempt failed (a later success clears them)."""
    latest = (
        select(IngestAttempt.path, func.max(IngestAttempt.id).label("last_id"))
        .group_by(IngestAttempt.path)
        .subquery()
    )
    rows = session.execute(
        select(IngestAttempt)
        .join(latest, IngestAttempt.id == latest.c.last_id)
        .where(IngestAttempt.outcome == "failed")
        .order_by(IngestAttempt.path)
    ).scalars()
    return [FailedFile(a.path, a.error or "", a.at.isoformat(timespec="seconds")) for a in rows]
