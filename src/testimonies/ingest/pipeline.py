"""Ingest: files in, hashed originals and their text stored, every outcome recorded.

Each file is stored in its own transaction and reported only after it commits, so a run killed at
any point loses nothing it reported; the next run skips what is already there (same bytes) and
picks up where it stopped.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from testimonies.errors import InputError
from testimonies.ingest.metadata import DocumentMeta, is_sidecar, metadata_for
from testimonies.ingest.readers import FORMATS, read_document
from testimonies.store import audit
from testimonies.store.db import Store
from testimonies.store.schema import Blob, Document, DocumentStage, IngestAttempt

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
Outcome = Literal["stored", "new_version", "unchanged", "failed"]


@dataclass(frozen=True)
class IngestOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None
    overrides: DocumentMeta = field(default_factory=DocumentMeta)
    actor: str | None = None


@dataclass(frozen=True)
class IngestResult:
    path: str
    outcome: Outcome
    document_id: int | None = None
    version: int | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.outcome != "failed"

    def describe(self) -> str:
        if self.outcome == "failed":
            return f"{self.path}: {self.error}"
        if self.outcome == "unchanged":
            return f"{self.path}: same bytes already stored as document {self.document_id}"
        if self.outcome == "new_version":
            version = f"version {self.version}"
            return f"{self.path}: changed, stored as document {self.document_id} ({version})"
        return f"{self.path}: stored as document {self.document_id}"


@dataclass(frozen=True)
class Candidate:
    """A path named by the user, expanded: a file to ingest, or the reason it can't be."""

    path: Path
    problem: str | None = None


def expand_paths(paths: Iterable[Path]) -> list[Candidate]:
    """Files named directly, and the supported files under folders (recursively), in order."""
    found: list[Candidate] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                Candidate(p)
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in FORMATS and not is_sidecar(p)
            )
        elif path.is_file():
            found.append(Candidate(path))
        else:
            found.append(Candidate(path, "no such file or folder"))
    return found


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            str(path), f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror})") from exc


def _record_attempt(session: Session, run_id: str, result: IngestResult, sha: str | None) -> None:
    session.add(
        IngestAttempt(
            run_id=run_id,
            path=result.path,
            sha256=sha,
            outcome=result.outcome,
            error=result.error,
            document_id=result.document_id,
            at=datetime.now(UTC),
        )
    )


def _existing_with_bytes(session: Session, sha: str) -> Document | None:
    return session.execute(
        select(Document).where(Document.sha256 == sha).order_by(Document.id).limit(1)
    ).scalar_one_or_none()


def _store_document(
    session: Session,
    key: str,
    path: Path,
    sha: str,
    data: bytes,
    fmt: str,
    text: str,
    meta: DocumentMeta,
    actor: str,
) -> Document:
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=len(data), content=data))
    latest = session.execute(
        select(func.max(Document.version)).where(Document.source_path == key)
    ).scalar_one_or_none()
    if latest is not None:
        session.execute(
            update(Document).where(Document.source_path == key).values(is_current=False)
        )
    now = datetime.now(UTC)
    document = Document(
        source_path=key,
        name=path.name,
        version=(latest or 0) + 1,
        is_current=True,
        sha256=sha,
        format=fmt,
        text=text,
        ingested_at=now,
        ingested_by=actor,
        **meta.as_dict(),
    )
    session.add(document)
    session.flush()
    session.add(
        DocumentStage(document_id=document.id, stage="ingest", status="done", updated_at=now)
    )
    audit.append(
        session,
        "document.ingest",
        f"document:{document.id}",
        {
            "path": key,
            "version": document.version,
            "sha256": sha,
            "text_sha256": _sha256(text.encode("utf-8")),
            "format": fmt,
            "metadata": meta.as_dict(),
        },
        actor=actor,
    )
    return document


def ingest_file(store: Store, path: Path, options: IngestOptions, run_id: str) -> IngestResult:
    """Store one file; every outcome, failures included, is recorded in ``ingest_attempts``."""
    key = str(path.resolve())
    sha: str | None = None
    try:
        data = _read_bytes(path, options.max_bytes)
        sha = _sha256(data)
        with store.session() as session:
            existing = _existing_with_bytes(session, sha)
            if existing is not None:
                result = IngestResult(key, "unchanged", existing.id, existing.version)
                _record_attempt(session, run_id, result, sha)
                return result
        fmt, text = read_document(path, data, options.encoding)
        meta = metadata_for(path, options.overrides)
        actor = options.actor or audit.current_actor()
        with store.session() as session:
            document = _store_document(session, key, path, sha, data, fmt, text, meta, actor)
            outcome: Outcome = "new_version" if document.version > 1 else "stored"
            result = IngestResult(key, outcome, document.id, document.version)
            _record_attempt(session, run_id, result, sha)
        return result
    except InputError as exc:
        # Name the other file (a sidecar) when it, not the document, is at fault.
        reason = exc.reason if Path(exc.source) == path else str(exc)
        failed = IngestResult(key, "failed", error=reason)
        with store.session() as session:
            _record_attempt(session, run_id, failed, sha)
        return failed


def ingest_paths(
    store: Store, candidates: Iterable[Candidate], options: IngestOptions | None = None
) -> Iterator[IngestResult]:
    """Ingest each candidate in turn, yielding its result once it is committed."""
    chosen = options or IngestOptions()
    run_id = str(uuid.uuid4())
    for candidate in candidates:
        if candidate.problem is not None:
            failed = IngestResult(str(candidate.path), "failed", error=candidate.problem)
            with store.session() as session:
                _record_attempt(session, run_id, failed, None)
            yield failed
        else:
            yield ingest_file(store, candidate.path, chosen, run_id)
