"""Extracting a document again (--redo, or a new extractor version) supersedes its earlier
claims and mentions: nothing doubles, link rebuilds persons and acts with the same ids, and the
earlier claims stay, with their reviews, as history."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import select

from testimonies.extract.base import ExtractionResult, Extractor
from testimonies.extract.store_run import extract_stored
from testimonies.ingest.pipeline import IngestOptions, expand_paths, ingest_paths
from testimonies.link.acts import link_all, stored_acts
from testimonies.link.judgements import judge, resolve_subject
from testimonies.store.claims import ClaimFilter, list_claims, review_claim
from testimonies.store.db import Store, _alembic_config, create_store_engine, open_store
from testimonies.store.schema import AuditEntry, Claim, ClaimReview, Document, Mention
from testimonies.store.verify import verify_store

TEXTS = {
    "delta.txt": (
        "Camp Delta report\n\nAccording to the Lantern Rights Group, guards of the Sunrise "
        "Movement beat Omar Vell in March 2004. Omar Vell was later locked up in a basement by "
        "the guards."
    ),
    "brother.txt": (
        "Statement of Karim Vell\n\nKarim Vell said that guards of the Sunrise Movement beat his "
        "brother Omar Vell at Camp Delta in March 2004. The guards confiscated the passport of "
        "Lina Sarraf."
    ),
}


class Versioned:
    """The same extractor under another version string (an upgrade that reads alike)."""

    def __init__(self, inner: Extractor, version: str) -> None:
        self.inner, self.name, self.version = inner, inner.name, version

    def extract(self, text: str, document: str, published: str | None = None) -> ExtractionResult:
        return self.inner.extract(text, document, published)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    from testimonies.extract.spacy_extractor import SpacyExtractor

    return SpacyExtractor()


@pytest.fixture
def store(store_url: str, tmp_path: Path) -> Iterator[Store]:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    opened = open_store(store_url)
    results = list(ingest_paths(opened, expand_paths([tmp_path]), IngestOptions()))
    assert all(r.ok for r in results)
    yield opened
    opened.close()


def extract(store: Store, extractor: Extractor, redo: bool = False) -> list[str]:
    return [o.status for o in extract_stored(store, extractor, redo=redo)]


def snapshot(store: Store) -> dict[str, object]:
    """What a user sees: claims (by statement), persons and acts (by id and content)."""
    with store.session() as session:
        claims = list_claims(session, ClaimFilter())
        link_all(session)
        persons = session.execute(
            select(Mention.entity_id, Mention.text)
            .where(Mention.label == "PERSON", Mention.superseded_at.is_(None))
            .order_by(Mention.entity_id)
        ).all()
        acts = {
            a.id: sorted((c.document, c.act, c.evidence_start) for c, _ in a.claims)
            for a in stored_acts(session)
        }
    statements = [(c.record.document, c.record.act, c.record.evidence.start) for c in claims]
    return {
        "claims": statements,
        "persons": sorted({(eid, text) for eid, text in persons}),
        "acts": acts,
    }


def test_redo_and_new_version_supersede_without_duplicates(
    store: Store, extractor: Extractor
) -> None:
    assert extract(store, extractor) == ["done", "done"]
    before = snapshot(store)
    claims = before["claims"]
    assert isinstance(claims, list) and len(claims) >= 3
    assert len(set(claims)) == len(claims)
    assert before["acts"] and before["persons"]
    with store.session() as session:
        first = list_claims(session, ClaimFilter())[0]
        review_claim(session, first.id, "correct", note="checked", reviewer="tester")

    assert extract(store, extractor) == ["skipped", "skipped"]
    assert extract(store, extractor, redo=True) == ["done", "done"]
    assert snapshot(store) == before
    assert extract(store, Versioned(extractor, "upgraded")) == ["done", "done"]
    assert snapshot(store) == before

    with store.session() as session:
        rows = session.scalars(select(Claim)).all()
        active = [c for c in rows if c.superseded_at is None]
        assert len(rows) == 3 * len(active) == 3 * len(claims)
        assert {c.extractor_version for c in active} == {"upgraded"}
        old = session.get(Claim, first.id)
        assert old is not None and old.superseded_at is not None
        review = session.scalars(select(ClaimReview).where(ClaimReview.claim_id == first.id)).one()
        assert review.decision == "correct"
        history = list_claims(session, ClaimFilter(include_superseded=True))
        assert len(history) == len(rows)
        supersede = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "extract.supersede")
        ).all()
        assert len(supersede) == 4  # two documents, twice
        superseded = [json.loads(entry.detail) for entry in supersede]
        assert sum(d["claims"] for d in superseded) == 2 * len(claims)
        assert all(d["mentions"] > 0 for d in superseded)
    assert verify_store(store).ok


class Forgetful(Versioned):
    """An upgrade that no longer reads any claim in one document."""

    def extract(self, text: str, document: str, published: str | None = None) -> ExtractionResult:
        result = self.inner.extract(text, document, published)
        return ExtractionResult(result.mentions, [] if document == "brother.txt" else result.claims)


def test_acts_left_without_active_claims_go_and_the_rest_keep_their_ids(
    store: Store, extractor: Extractor
) -> None:
    extract(store, extractor)
    before = snapshot(store)["acts"]
    assert isinstance(before, dict)
    extract(store, Forgetful(extractor, "forgetful"))
    after = snapshot(store)["acts"]
    assert isinstance(after, dict)
    expected = {aid: [c for c in claims if c[0] != "brother.txt"] for aid, claims in before.items()}
    assert after == {aid: claims for aid, claims in expected.items() if claims}
    assert len(after) < len(before)
    with store.session() as session:
        assert session.scalars(select(Claim).where(Claim.superseded_at.is_(None))).all()
        assert not list_claims(session, ClaimFilter(act="confiscation_of_documents"))
    assert verify_store(store).ok


def _omar_entities(store: Store) -> dict[str, set[int | None]]:
    with store.session() as session:
        link_all(session)
        rows = session.execute(
            select(Document.name, Mention.entity_id)
            .join(Document, Document.id == Mention.document_id)
            .where(Mention.text == "Omar Vell", Mention.superseded_at.is_(None))
        ).all()
    found: dict[str, set[int | None]] = {}
    for name, entity in rows:
        found.setdefault(name, set()).add(entity)
    return found


def test_a_persons_decision_survives_reextraction(store: Store, extractor: Extractor) -> None:
    extract(store, extractor)
    linked = _omar_entities(store)
    assert linked["delta.txt"] == linked["brother.txt"] and len(linked["delta.txt"]) == 1
    with store.session() as session:
        ids = session.execute(
            select(Document.name, Mention.id)
            .join(Document, Document.id == Mention.document_id)
            .where(Mention.text == "Omar Vell")
            .order_by(Mention.id)
        ).all()
        first = {name: mid for name, mid in reversed(ids)}
        # A reviewer says the two documents' Omar Vell are two people.
        refs = [f"mention:{first['delta.txt']}", f"mention:{first['brother.txt']}"]
        judge(session, refs[0], refs[1], "different", "tester")
    split = _omar_entities(store)
    assert split["delta.txt"].isdisjoint(split["brother.txt"])
    extract(store, Versioned(extractor, "upgraded"))
    assert _omar_entities(store) == split
    with store.session() as session:
        # The earlier mention's id still names a mention: the one now at its span.
        now = resolve_subject(session, refs[0])
        assert now.id != first["delta.txt"] and now.text == "Omar Vell"
        assert now.document == "delta.txt"
    assert verify_store(store).ok


def test_migrate_upgrades_a_store_made_at_revision_0001(store_url: str) -> None:
    engine = create_store_engine(store_url)
    config = _alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        for statement in OLD_ROWS:
            connection.execute(sa.text(statement))
    engine.dispose()
    store = open_store(store_url)
    with store.session() as session:
        mention = session.scalars(select(Mention)).one()
        claim = session.scalars(select(Claim)).one()
        assert (mention.text, mention.superseded_at) == ("Omar Vell", None)
        assert (claim.quote, claim.superseded_at) == ("guards beat Omar Vell", None)
        assert [c.id for c in list_claims(session, ClaimFilter())] == [claim.id]
    store.close()


OLD_ROWS = [
    "INSERT INTO blobs (sha256, size, content) VALUES ('" + "a" * 64 + "', 1, 'x')",
    "INSERT INTO documents (id, source_path, name, version, is_current, sha256, format, text, "
    "ingested_at, ingested_by) VALUES (1, '/d.txt', 'd.txt', 1, TRUE, '" + "a" * 64 + "', 'txt', "
    "'guards beat Omar Vell', '2026-01-01 00:00:00+00', 'test')",
    'INSERT INTO mentions (id, document_id, start, "end", text, label, extractor, '
    "extractor_version) VALUES (1, 1, 12, 21, 'Omar Vell', 'PERSON', 'x', '1')",
    "INSERT INTO claims (id, document_id, act, victims, perpetrators, polarity, evidence_start, "
    "evidence_end, quote, extractor, extractor_version, created_at) VALUES (1, 1, "
    "'physical_assault', '[]', '[]', 'asserted', 0, 21, 'guards beat Omar Vell', 'x', '1', "
    "'2026-01-01 00:00:00+00')",
]
