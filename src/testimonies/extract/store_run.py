"""Extraction over stored documents: mentions and claims stored, with stage status and audit.

Resumable: a document whose "extract" stage is done by the same extractor name and version is
skipped; with ``redo``, or with another extractor or version, it is extracted again. The
document's earlier claims and mentions (of any extractor, the linker's propagated mentions too)
are then marked superseded, never deleted: reviews, act links and judgements that refer to them
stay as history, and everything that reads claims or mentions for current use skips them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from testimonies.errors import ServiceError, TestimoniesError
from testimonies.extract.base import ExtractionResult, Extractor
from testimonies.store import audit
from testimonies.store.db import Store
from testimonies.store.schema import Claim, Document, DocumentStage, Mention

STAGE = "extract"


@dataclass(frozen=True)
class DocumentOutcome:
    document_id: int
    name: str
    status: str  # done | skipped | failed
    claims: int = 0
    mentions: int = 0
    error: str | None = None


def current_documents(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(
        select(Document.id, Document.name)
        .where(Document.is_current.is_(True))
        .order_by(Document.id)
    )
    return [(row[0], row[1]) for row in rows]


def extract_stored(
    store: Store,
    extractor: Extractor,
    redo: bool = False,
    on_start: Callable[[int], None] | None = None,
) -> Iterator[DocumentOutcome]:
    """Extract every current document; yields one outcome per document as it goes."""
    with store.session() as session:
        documents = current_documents(session)
    if on_start is not None:
        on_start(len(documents))
    for document_id, name in documents:
        yield _one(store, extractor, document_id, name, redo)


def _one(
    store: Store, extractor: Extractor, document_id: int, name: str, redo: bool
) -> DocumentOutcome:
    with store.session() as session:
        if not redo and _already_done(session, document_id, extractor):
            return DocumentOutcome(document_id, name, "skipped")
        document = session.get(Document, document_id)
        assert document is not None
        text, published = document.text, document.published
    try:
        result = extractor.extract(text, name, published)
        with store.session() as session:
            _replace(session, document_id, extractor)
            _save(session, document_id, extractor, result)
            _stage(
                session,
                document_id,
                "done",
                None,
                {
                    "extractor": extractor.name,
                    "version": extractor.version,
                    "claims": len(result.claims),
                    "mentions": len(result.mentions),
                },
            )
            audit.append(
                session,
                "extract",
                f"document:{document_id}",
                {
                    "extractor": extractor.name,
                    "version": extractor.version,
                    "claims": len(result.claims),
                    "mentions": len(result.mentions),
                },
            )
        return DocumentOutcome(document_id, name, "done", len(result.claims), len(result.mentions))
    except ServiceError:
        raise  # no document can be done: the run stops, the documents stay as they were
    except (TestimoniesError, ValueError, RuntimeError, MemoryError) as exc:
        reason = f"{type(exc).__name__}: {exc}"
        with store.session() as session:
            _stage(
                session,
                document_id,
                "failed",
                reason,
                {"extractor": extractor.name, "version": extractor.version},
            )
            audit.append(session, "extract_failed", f"document:{document_id}", {"error": reason})
        return DocumentOutcome(document_id, name, "failed", error=reason)


def _already_done(session: Session, document_id: int, extractor: Extractor) -> bool:
    stage = session.get(DocumentStage, (document_id, STAGE))
    if stage is None or stage.status != "done" or not stage.detail:
        return False
    return bool(
        stage.detail.get("extractor") == extractor.name
        and stage.detail.get("version") == extractor.version
    )


def _replace(session: Session, document_id: int, extractor: Extractor) -> None:
    """Mark the document's earlier claims and mentions superseded (kept, no longer current)."""
    now = datetime.now(UTC)
    claims = (Claim.document_id == document_id, Claim.superseded_at.is_(None))
    mentions = (Mention.document_id == document_id, Mention.superseded_at.is_(None))
    # Counted, then updated by the same condition (no id lists: a long document has many).
    counts = {
        "claims": session.execute(select(func.count()).where(*claims)).scalar_one(),
        "mentions": session.execute(select(func.count()).where(*mentions)).scalar_one(),
    }
    session.execute(update(Claim).where(*claims).values(superseded_at=now))
    session.execute(update(Mention).where(*mentions).values(superseded_at=now))
    if any(counts.values()):
        detail = {"by": f"{extractor.name} {extractor.version}", **counts}
        audit.append(session, "extract.supersede", f"document:{document_id}", detail)


def _save(
    session: Session, document_id: int, extractor: Extractor, result: ExtractionResult
) -> None:
    now = datetime.now(UTC)
    for m in result.mentions:
        session.add(
            Mention(
                document_id=document_id,
                start=m.start,
                end=m.end,
                text=m.text[:1024],
                label=m.label,
                normalized=m.normalized,
                extractor=extractor.name,
                extractor_version=extractor.version,
            )
        )
    for c in result.claims:
        session.add(
            Claim(
                document_id=document_id,
                act=c.act,
                victims=c.victims,
                perpetrators=c.perpetrators,
                place=c.place,
                start=c.start,
                end=c.end,
                duration=c.duration,
                victim_count=c.victim_count,
                asserted_by=c.asserted_by,
                speaker_role=c.speaker_role,
                polarity=c.polarity,
                evidence_start=c.evidence.start,
                evidence_end=c.evidence.end,
                quote=c.evidence.quote,
                confidence=c.confidence,
                extractor=extractor.name,
                extractor_version=extractor.version,
                created_at=now,
            )
        )


def _stage(
    session: Session, document_id: int, status: str, error: str | None, detail: dict[str, object]
) -> None:
    stage = session.get(DocumentStage, (document_id, STAGE))
    if stage is None:
        stage = DocumentStage(document_id=document_id, stage=STAGE)
        session.add(stage)
    stage.status, stage.error, stage.detail = status, error, dict(detail)
    stage.updated_at = datetime.now(UTC)
