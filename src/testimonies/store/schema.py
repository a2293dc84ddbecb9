"""Tables of the three layers (sources, claims, facts) and the audit log.

Sources are immutable: an original's bytes live in ``blobs`` keyed by their SHA-256 and are never
updated. Claims say what a text says; facts (entities, acts, events) are built from claims through
recorded judgements and can be undone. Dates that may be uncertain are EDTF strings.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


# --- layer 1: sources -------------------------------------------------------------------------


class Blob(Base):
    """An original file's bytes, stored once per content hash: the evidentiary copy."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Document(Base):
    """One version of one ingested file, with its extracted text and metadata."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("source_path", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_path: Mapped[str] = mapped_column(String(1024), index=True)
    name: Mapped[str] = mapped_column(String(512))
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    format: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(String(1024))
    publisher: Mapped[str | None] = mapped_column(String(512))
    author: Mapped[str | None] = mapped_column(String(512))
    published: Mapped[str | None] = mapped_column(String(64))  # EDTF
    url: Mapped[str | None] = mapped_column(String(2048))
    language: Mapped[str | None] = mapped_column(String(16))
    stance: Mapped[str | None] = mapped_column(String(256))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ingested_by: Mapped[str] = mapped_column(String(128))


class DocumentStage(Base):
    """Status of one pipeline stage for one document, so a run can be watched and resumed."""

    __tablename__ = "document_stages"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    stage: Mapped[str] = mapped_column(String(32), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # done | failed
    error: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IngestAttempt(Base):
    """Every file an ingest run looked at, and what became of it (failures included)."""

    __tablename__ = "ingest_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[str] = mapped_column(String(36), index=True)
    path: Mapped[str] = mapped_column(String(1024), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))  # stored | unchanged | new_version | failed
    error: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# --- layer 2: claims --------------------------------------------------------------------------


class Mention(Base):
    """A span of a document's text naming a person, organization, place or date."""

    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_document_span", "document_id", "start", "end"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(1024))
    label: Mapped[str] = mapped_column(String(16))  # PERSON | ORG | PLACE | DATE | GROUP
    normalized: Mapped[str | None] = mapped_column(String(1024))
    extractor: Mapped[str] = mapped_column(String(64))
    extractor_version: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    # Set when the document is extracted again: kept as history, no longer in current use.
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Claim(Base):
    """One act as one document states it (spec/acts.md section 3). Never edited to fix facts."""

    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    act: Mapped[str] = mapped_column(String(48), index=True)
    victims: Mapped[list[Any]] = mapped_column(JSON)
    perpetrators: Mapped[list[Any]] = mapped_column(JSON)
    place: Mapped[str | None] = mapped_column(String(512))
    start: Mapped[str | None] = mapped_column(String(64))  # EDTF
    end: Mapped[str | None] = mapped_column(String(64))  # EDTF
    duration: Mapped[str | None] = mapped_column(String(64))  # ISO 8601 duration, e.g. P8Y6M
    victim_count: Mapped[int | None] = mapped_column(Integer)
    asserted_by: Mapped[str | None] = mapped_column(String(512))
    speaker_role: Mapped[str | None] = mapped_column(String(16))
    polarity: Mapped[str] = mapped_column(String(16))
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float | None] = mapped_column(Float)
    extractor: Mapped[str] = mapped_column(String(64))
    extractor_version: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Set when the document is extracted again: kept (with its reviews and acts) as history.
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ClaimReview(Base):
    """A reviewer's decision about a claim's extraction (the claim itself is never changed)."""

    __tablename__ = "claim_reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    decision: Mapped[str] = mapped_column(String(32))  # correct | wrongly_extracted
    reviewer: Mapped[str] = mapped_column(String(128))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# --- layer 3: facts ---------------------------------------------------------------------------


class Entity(Base):
    """A person, organization or place: a connected component of 'same' judgements."""

    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # person | organization | place
    name: Mapped[str] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Judgement(Base):
    """A recorded decision that two mentions or records are the same, different, or unsure.

    Subjects are typed keys such as ``mention:12`` or ``record:7``. A judgement is never deleted;
    undoing it sets ``retracted_at`` and is itself logged.
    """

    __tablename__ = "judgements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_a: Mapped[str] = mapped_column(String(64), index=True)
    subject_b: Mapped[str] = mapped_column(String(64), index=True)
    decision: Mapped[str] = mapped_column(String(16))  # same | different | unsure
    score: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(128))
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    retracted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Event(Base):
    """A group of acts: a raid, a detention episode."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(512))
    start: Mapped[str | None] = mapped_column(String(64))
    end: Mapped[str | None] = mapped_column(String(64))
    place: Mapped[str | None] = mapped_column(String(512))


class Act(Base):
    """One thing that happened to one victim (or group), made of the claims that state it."""

    __tablename__ = "acts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    act: Mapped[str] = mapped_column(String(48), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    start: Mapped[str | None] = mapped_column(String(64))
    end: Mapped[str | None] = mapped_column(String(64))
    place: Mapped[str | None] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ActClaim(Base):
    """A claim under an act: supporting, denying, or a conflicting version."""

    __tablename__ = "act_claims"
    act_id: Mapped[int] = mapped_column(ForeignKey("acts.id"), primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    relation: Mapped[str] = mapped_column(String(16))  # supports | denies | conflicts


class ActVictim(Base):
    __tablename__ = "act_victims"
    act_id: Mapped[int] = mapped_column(ForeignKey("acts.id"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True)


class VictimList(Base):
    """A tabular list of victims from one source (an NGO, a families' association)."""

    __tablename__ = "victim_lists"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(256), unique=True)
    source_file: Mapped[str | None] = mapped_column(String(1024))
    sha256: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ListRecord(Base):
    __tablename__ = "list_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("victim_lists.id"), index=True)
    row_number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(512))
    sex: Mapped[str | None] = mapped_column(String(16))
    age: Mapped[int | None] = mapped_column(Integer)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(64))  # EDTF
    place: Mapped[str | None] = mapped_column(String(512))
    notes: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)


# --- audit ------------------------------------------------------------------------------------


class AuditEntry(Base):
    """One change in any layer. Append-only (database triggers refuse UPDATE and DELETE) and
    hash-chained: each entry's hash covers its content and the previous entry's hash."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(256))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON, hashed as stored
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
