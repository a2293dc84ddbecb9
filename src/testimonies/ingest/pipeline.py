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
from testimonies.ingest.readers import DEFAULT_MAX_BYTES, FORMATS, check_size, read_document
from testimonies.store import audit
from testimonies.store.db import Store
from testimonies.store.schema import Blob, Document, DocumentStage, IngestAttempt

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
    note: str | None = None  # said beside an outcome that is not a failure

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


_KINDS = "/".join(sorted(FORMATS))


def expand_paths(paths: Iterable[Path]) -> list[Candidate]:
    """Files named directly, and the supported files under folders (recursively), in order."""
    found: list[Candidate] = []
    for path in paths:
        if path.is_dir():
            inside = [Candidate(p) for p in _files_under(path) if p.suffix.lower() in FORMATS]
            # A folder of .docx or scans must not look like a successful run of nothing.
            found.extend(inside or [Candidate(path, _nothing_to_read(path))])
        elif path.is_file():
            found.append(Candidate(path))
        elif path.exists():  # a device, a socket, a pipe
            found.append(Candidate(path, "not a regular file or folder"))
        else:
            found.append(Candidate(path, "no such file or folder"))
    return found


# The formats reports, letters and scans are kept in that ingest does not read: left out of a
# folder run, they are counted aloud. Scripts, data and annotations beside documents (.py,
# .csv, .jsonl) are not documents, and are left out without a word.
UNREAD_DOCUMENTS = frozenset(
    [
        ".doc",
        ".docx",
        ".odt",
        ".rtf",
        ".wpd",
        ".pages",
        ".epub",
        ".mht",
        ".mhtml",
        ".eml",
        ".msg",
        ".xps",
        ".djvu",
        ".ppt",
        ".pptx",
        ".odp",
        ".jpg",
        ".jpeg",
        ".png",
        ".tif",
        ".tiff",
        ".gif",
        ".bmp",
        ".webp",
        ".heic",
    ]
)


def skipped_under(paths: Iterable[Path]) -> dict[str, int]:
    """How many documents of each type the folders among ``paths`` hold that ingest does not
    read (.docx, .odt, scans as images): a folder run must not drop a user's reports silently."""
    skipped: dict[str, int] = {}
    for folder in (p for p in paths if p.is_dir()):
        kinds = _kinds_under(folder)
        if any(kind in FORMATS for kind in kinds):  # else the folder itself fails, saying so
            for kind, count in kinds.items():
                if kind in UNREAD_DOCUMENTS:
                    skipped[kind] = skipped.get(kind, 0) + count
    return dict(sorted(skipped.items()))


def _kinds_under(folder: Path) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for file in _files_under(folder):
        kind = file.suffix.lower() or "(no extension)"
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


def _nothing_to_read(folder: Path) -> str:
    found = ", ".join(f"{kind} {count}" for kind, count in sorted(_kinds_under(folder).items()))
    return f"a folder with no {_KINDS} files in it" + (f" (found: {found})" if found else "")


def _files_under(folder: Path) -> Iterator[Path]:
    """The files under ``folder`` that could be documents: not sidecars, not hidden files
    (.DS_Store), not the parts a browser saved beside a page."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or is_sidecar(path) or _hidden(relative):
            continue
        if not _saved_page_part(folder, relative):
            yield path


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _saved_page_part(folder: Path, relative: Path) -> bool:
    """A file in the `NAME_files` folder that "Save page as" writes beside `NAME.html`: the page's
    frames (advertisements, widgets), scripts and images, not documents of their own."""
    for depth, part in enumerate(relative.parts[:-1]):
        if part.endswith("_files"):
            beside = folder.joinpath(*relative.parts[:depth])
            page = part[: -len("_files")]
            if any((beside / f"{page}{ext}").is_file() for ext in (".html", ".htm")):
                return True
    return False


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    check_size(path, max_bytes)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror})") from exc


BATCH_FILES = 64
BATCH_BYTES = 8 * 1024 * 1024


@dataclass
class _Work:
    """One file on its way through a batch: read, then parsed, then stored (or failed)."""

    path: Path
    key: str
    data: bytes = b""
    sha: str | None = None
    fmt: str = ""
    text: str = ""
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    result: IngestResult | None = None

    def fail(self, exc: InputError) -> None:
        # Name the other file (a sidecar) when it, not the document, is at fault.
        reason = exc.reason if Path(exc.source) == self.path else str(exc)
        self.result = IngestResult(self.key, "failed", error=reason)


def _read(candidate: Candidate, options: IngestOptions) -> _Work:
    work = _Work(candidate.path, str(candidate.path.resolve()))
    if candidate.problem is not None:
        work.key = str(candidate.path)
        work.result = IngestResult(work.key, "failed", error=candidate.problem)
        return work
    try:
        work.data = _read_bytes(candidate.path, options.max_bytes)
        work.sha = _sha256(work.data)
    except InputError as exc:
        work.fail(exc)
    return work


def _parse(work: _Work, options: IngestOptions) -> None:
    try:
        work.fmt, work.text = read_document(work.path, work.data, options.encoding)
        work.meta = metadata_for(work.path, options.overrides)
    except InputError as exc:
        work.fail(exc)


def _known_bytes(session: Session, shas: set[str]) -> dict[str, tuple[int, int]]:
    """Documents already holding these bytes: sha -> (first document id, its version)."""
    rows = session.execute(
        select(Document.sha256, Document.id, Document.version)
        .where(Document.sha256.in_(shas))
        .order_by(Document.id.desc())
    )
    return {sha: (doc_id, version) for sha, doc_id, version in rows}


def _mark_unchanged(
    session: Session, batch: list[_Work], known: dict[str, tuple[int, int]], given: DocumentMeta
) -> None:
    for work in batch:
        if work.result is None and work.sha in known:
            doc_id, version = known[work.sha]
            note = _unapplied(session.get_one(Document, doc_id), work.path, given)
            work.result = IngestResult(work.key, "unchanged", doc_id, version, note=note)


def _unapplied(document: Document, path: Path, overrides: DocumentMeta) -> str | None:
    """Metadata given now (options, an edited sidecar) that the stored document does not have.
    A stored document is never changed, so it is not applied: said, so that nobody believes
    the publisher or stance they just gave is what corroboration now reads."""
    try:
        given = metadata_for(path, overrides)
    except InputError:  # a broken sidecar beside bytes already stored: nothing is read from it
        return None
    differ = [
        f"{key} {value!r} (stored: {getattr(document, key)!r})"
        for key, value in given.as_dict().items()
        if value not in (None, "") and value != getattr(document, key)
    ]
    if not differ:
        return None
    return "metadata given not applied, the stored document is never changed: " + "; ".join(differ)


def _latest_versions(session: Session, keys: set[str]) -> dict[str, int]:
    rows = session.execute(
        select(Document.source_path, func.max(Document.version))
        .where(Document.source_path.in_(keys))
        .group_by(Document.source_path)
    )
    return {key: int(version) for key, version in rows}


def _new_document(work: _Work, version: int, actor: str, now: datetime) -> Document:
    return Document(
        source_path=work.key,
        name=work.path.name,
        version=version,
        is_current=True,
        sha256=work.sha,
        format=work.fmt,
        text=work.text,
        ingested_at=now,
        ingested_by=actor,
        **work.meta.as_dict(),
    )


def _store_new(session: Session, batch: list[_Work], actor: str) -> None:
    """Insert the batch's new documents (blobs, versions, stages, audit) in one transaction."""
    new = [w for w in batch if w.result is None]
    if not new:
        return
    now = datetime.now(UTC)
    latest = _latest_versions(session, {w.key for w in new})
    stored_blobs = set(
        session.execute(select(Blob.sha256).where(Blob.sha256.in_({w.sha for w in new}))).scalars()
    )
    replaced = list(latest)
    if replaced:
        session.execute(
            update(Document).where(Document.source_path.in_(replaced)).values(is_current=False)
        )
    documents: list[tuple[_Work, Document]] = []
    for work in new:
        assert work.sha is not None
        if work.sha not in stored_blobs:
            session.add(Blob(sha256=work.sha, size=len(work.data), content=work.data))
            stored_blobs.add(work.sha)
        latest[work.key] = latest.get(work.key, 0) + 1
        documents.append((work, _new_document(work, latest[work.key], actor, now)))
    session.add_all([document for _, document in documents])
    session.flush()
    chain = audit.ChainWriter(session)
    for work, document in documents:
        session.add(
            DocumentStage(document_id=document.id, stage="ingest", status="done", updated_at=now)
        )
        chain.append(
            "document.ingest",
            f"document:{document.id}",
            {
                "path": work.key,
                "version": document.version,
                "sha256": work.sha,
                "text_sha256": _sha256(work.text.encode("utf-8")),
                "format": work.fmt,
                "metadata": work.meta.as_dict(),
            },
            actor=actor,
        )
        outcome: Outcome = "new_version" if document.version > 1 else "stored"
        work.result = IngestResult(work.key, outcome, document.id, document.version)


def _record_attempts(session: Session, run_id: str, batch: list[_Work]) -> None:
    now = datetime.now(UTC)
    for work in batch:
        assert work.result is not None
        session.add(
            IngestAttempt(
                run_id=run_id,
                path=work.result.path,
                sha256=work.sha,
                outcome=work.result.outcome,
                error=work.result.error,
                document_id=work.result.document_id,
                at=now,
            )
        )


def _deduplicate_within(batch: list[_Work]) -> list[_Work]:
    """The first file of each content is stored; later ones in the batch wait for the next
    batch, where they are reported as unchanged against it."""
    seen: set[str] = set()
    now: list[_Work] = []
    for work in batch:
        if work.result is None and work.sha in seen:
            break
        if work.sha:
            seen.add(work.sha)
        now.append(work)
    return now


def _ingest_batch(store: Store, batch: list[_Work], options: IngestOptions, run_id: str) -> None:
    shas = {w.sha for w in batch if w.sha and w.result is None}
    with store.session() as session:
        _mark_unchanged(session, batch, _known_bytes(session, shas), options.overrides)
    for work in batch:
        if work.result is None:
            _parse(work, options)
    with store.session() as session:
        _store_new(session, batch, options.actor or audit.current_actor())
        _record_attempts(session, run_id, batch)


def _batches(candidates: Iterable[Candidate], options: IngestOptions) -> Iterator[list[_Work]]:
    batch: list[_Work] = []
    size = 0
    for candidate in candidates:
        work = _read(candidate, options)
        batch.append(work)
        size += len(work.data)
        if len(batch) >= BATCH_FILES or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def ingest_paths(
    store: Store, candidates: Iterable[Candidate], options: IngestOptions | None = None
) -> Iterator[IngestResult]:
    """Ingest the candidates in small batches, yielding each result once its batch is committed.

    A run killed at any point loses nothing it yielded; the next run skips what is stored.
    """
    chosen = options or IngestOptions()
    run_id = str(uuid.uuid4())
    for batch in _batches(candidates, chosen):
        pending = batch
        while pending:
            now = _deduplicate_within(pending)
            _ingest_batch(store, now, chosen, run_id)
            for work in now:
                assert work.result is not None
                yield work.result
            pending = pending[len(now) :]
