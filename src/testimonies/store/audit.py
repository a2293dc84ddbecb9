"""The append-only, hash-chained audit log: who changed what, when.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own canonical content,
so rewriting or deleting any entry breaks every hash after it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from testimonies.store.schema import AuditEntry

GENESIS = "0" * 64
ACTOR_ENV = "TESTIMONIES_USER"


def current_actor() -> str:
    """Who is making changes: $TESTIMONIES_USER, else the login name."""
    explicit = os.environ.get(ACTOR_ENV)
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except OSError:
        return "unknown"


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _timestamp(at: datetime) -> str:
    # SQLite drops the time zone on the way back; hash a form that survives the round trip.
    return at.replace(tzinfo=None).isoformat(timespec="microseconds")


def entry_hash(
    prev_hash: str, seq: int, at: datetime, actor: str, action: str, target: str, detail: str
) -> str:
    payload = canonical_json([prev_hash, seq, _timestamp(at), actor, action, target, detail])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _lock_log(session: Session) -> None:
    # Two writers must not both chain onto the same last entry.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE"))


class ChainWriter:
    """Appends entries to the end of the chain within one transaction, reading the end once."""

    def __init__(self, session: Session) -> None:
        _lock_log(session)
        last = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        self._session = session
        self._seq, self._hash = (last[0], last[1]) if last else (0, GENESIS)

    def append(
        self,
        action: str,
        target: str,
        detail: dict[str, Any] | None = None,
        actor: str | None = None,
    ) -> AuditEntry:
        at = datetime.now(UTC)
        who = actor or current_actor()
        detail_json = canonical_json(detail or {})
        seq = self._seq + 1
        entry = AuditEntry(
            seq=seq,
            at=at,
            actor=who,
            action=action,
            target=target,
            detail=detail_json,
            prev_hash=self._hash,
            hash=entry_hash(self._hash, seq, at, who, action, target, detail_json),
        )
        self._session.add(entry)
        self._seq, self._hash = seq, entry.hash
        return entry


def append(
    session: Session,
    action: str,
    target: str,
    detail: dict[str, Any] | None = None,
    actor: str | None = None,
) -> AuditEntry:
    """Add one entry at the end of the chain, in the caller's transaction."""
    entry = ChainWriter(session).append(action, target, detail, actor)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"audit entry {self.seq}: {self.reason}"


def chain_problems(session: Session) -> Iterator[ChainProblem]:
    """Walk the whole chain and yield every entry that does not fit it."""
    expected_prev = GENESIS
    expected_seq = 1
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for entry in rows:
        if entry.seq != expected_seq:
            yield ChainProblem(entry.seq, f"entries {expected_seq} to {entry.seq - 1} are missing")
        if entry.prev_hash != expected_prev:
            yield ChainProblem(entry.seq, "does not link to the entry before it")
        recomputed = entry_hash(
            entry.prev_hash,
            entry.seq,
            entry.at,
            entry.actor,
            entry.action,
            entry.target,
            entry.detail,
        )
        if recomputed != entry.hash:
            yield ChainProblem(entry.seq, "content was altered after it was written")
        expected_prev = entry.hash
        expected_seq = entry.seq + 1
        session.expunge(entry)


def entries(session: Session, target: str | None = None, limit: int = 100) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if target is not None:
        query = query.where(AuditEntry.target == log_target(target))
    return list(session.execute(query).scalars())


# Targets as the commands show them to people, and as the log writes them.
TARGET_FORMS = "document:3, claim:12, P-9, O-2, L-4, A-5, J-62, list:1"


def log_target(value: str) -> str:
    """The log's name for a target as people write it: `review` shows judgements as J-62, the
    log records them as judgement:62."""
    text = value.strip()
    if text[:2].upper() == "J-" and text[2:].isdigit():
        return f"judgement:{text[2:]}"
    return text
