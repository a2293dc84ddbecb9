from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError

from testimonies.ingest.pipeline import expand_paths, ingest_paths
from testimonies.store import audit
from testimonies.store.db import Store, open_store
from testimonies.store.verify import verify_store
from tests.ingest.helpers import write_corpus


@pytest.fixture
def filled(store_url: str, tmp_path: Path) -> Store:
    write_corpus(tmp_path)
    store = open_store(store_url)
    list(ingest_paths(store, expand_paths([tmp_path])))
    return store


def tamper(store: Store, table: str, sql: str) -> None:
    """Change a protected table the way an attacker with database access would."""
    with store.engine.begin() as connection:
        _disable_protection(connection, table)
        connection.execute(text(sql))
        _restore_protection(connection, table)


def _disable_protection(connection: Connection, table: str) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
    else:
        connection.execute(text(f"DROP TRIGGER {table}_no_update"))
        connection.execute(text(f"DROP TRIGGER {table}_no_delete"))


def _restore_protection(connection: Connection, table: str) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))


def test_untouched_store_verifies(filled: Store) -> None:
    report = verify_store(filled)
    assert report.ok, report.problems
    assert (report.originals_checked, report.documents_checked, report.audit_entries_checked) == (
        4,
        4,
        4,
    )


@pytest.mark.parametrize("table", ["audit_log", "blobs"])
def test_append_only_tables_refuse_update_and_delete(filled: Store, table: str) -> None:
    column = "actor" if table == "audit_log" else "size"
    value = "'mallory'" if table == "audit_log" else "0"
    for sql in (f"UPDATE {table} SET {column} = {value}", f"DELETE FROM {table}"):
        with pytest.raises(DatabaseError, match="append-only"), filled.engine.begin() as connection:
            connection.execute(text(sql))
    assert verify_store(filled).ok


def test_altered_original_is_named(filled: Store) -> None:
    with filled.engine.connect() as connection:
        sha = connection.execute(
            text("SELECT sha256 FROM documents WHERE name = 'report.html'")
        ).scalar_one()
    tamper(filled, "blobs", f"UPDATE blobs SET content = content || content WHERE sha256 = '{sha}'")
    report = verify_store(filled)
    assert report.problems == [f"original {sha[:12]}…: its bytes no longer match their SHA-256"]


def test_altered_document_text_is_named(filled: Store) -> None:
    with filled.engine.begin() as connection:
        connection.execute(text("UPDATE documents SET text = 'nothing happened' WHERE id = 2"))
    report = verify_store(filled)
    assert len(report.problems) == 1
    assert report.problems[0].startswith("document 2 (")
    assert report.problems[0].endswith("its stored text was altered after ingest")


def test_altered_log_entry_is_named(filled: Store) -> None:
    tamper(filled, "audit_log", "UPDATE audit_log SET actor = 'someone else' WHERE seq = 2")
    assert verify_store(filled).problems == [
        "audit entry 2: content was altered after it was written"
    ]


def test_deleted_log_entry_is_named(filled: Store) -> None:
    tamper(filled, "audit_log", "DELETE FROM audit_log WHERE seq = 3")
    problems = verify_store(filled).problems
    assert "audit entry 4: entries 3 to 3 are missing" in problems
    assert "audit entry 4: does not link to the entry before it" in problems
    assert "document 3 (" in problems[0] and "no ingest entry in the audit log" in problems[0]


def test_chain_links_each_entry_to_the_previous(filled: Store) -> None:
    with filled.session() as session:
        entry = audit.append(session, "test.note", "document:1", {"why": "a check"}, actor="tester")
        previous = audit.entries(session, limit=2)[1]
    assert entry.prev_hash == previous.hash
    assert entry.seq == previous.seq + 1
    assert verify_store(filled).ok
