"""`verify`: re-hash every stored original and walk the audit chain; name whatever was altered."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from testimonies.store import audit
from testimonies.store.db import Store
from testimonies.store.schema import AuditEntry, Blob, Document


@dataclass
class VerifyReport:
    originals_checked: int = 0
    documents_checked: int = 0
    audit_entries_checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _sha256(data: bytes | memoryview | str) -> str:
    # A tampered row may no longer even hold bytes (SQLite's || yields text).
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    return hashlib.sha256(raw).hexdigest()


def _blob_problems(session: Session, report: VerifyReport, seen: set[str]) -> Iterator[str]:
    for sha, content in session.execute(select(Blob.sha256, Blob.content)):
        report.originals_checked += 1
        seen.add(sha)
        if _sha256(content) != sha:
            yield f"original {sha[:12]}…: its bytes no longer match their SHA-256"


def _ingest_records(session: Session) -> dict[str, dict[str, object]]:
    records: dict[str, dict[str, object]] = {}
    rows = select(AuditEntry.target, AuditEntry.detail).where(
        AuditEntry.action == "document.ingest"
    )
    for target, detail in session.execute(rows):
        records[target] = json.loads(detail)
    return records


def _document_problems(session: Session, report: VerifyReport, blobs: set[str]) -> Iterator[str]:
    """Each document must match what the audit log recorded when it was ingested."""
    recorded = _ingest_records(session)
    for document in session.execute(select(Document).order_by(Document.id)).scalars():
        report.documents_checked += 1
        label = f"document {document.id} ({document.name})"
        entry = recorded.get(f"document:{document.id}")
        if entry is None:
            yield f"{label}: no ingest entry in the audit log"
        elif entry.get("sha256") != document.sha256:
            yield f"{label}: points at different original bytes than were ingested"
        elif entry.get("text_sha256") != _sha256(document.text.encode("utf-8")):
            yield f"{label}: its stored text was altered after ingest"
        if document.sha256 not in blobs:
            yield f"{label}: its original bytes are missing"
        session.expunge(document)


def verify_store(store: Store) -> VerifyReport:
    report = VerifyReport()
    with store.session() as session:
        blobs: set[str] = set()
        report.problems.extend(_blob_problems(session, report, blobs))
        report.problems.extend(_document_problems(session, report, blobs))
        for problem in audit.chain_problems(session):
            report.problems.append(str(problem))
        report.audit_entries_checked = (
            session.execute(
                select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)
            ).scalar_one_or_none()
            or 0
        )
    return report
