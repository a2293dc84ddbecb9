from __future__ import annotations

import json
from datetime import UTC, datetime

from typer.testing import CliRunner

from testimonies.cli.main import app
from testimonies.store.db import open_store
from testimonies.store.schema import Blob, Claim, Document
from testimonies.store.verify import verify_store

runner = CliRunner()
TEXT = "In 1994 the guards locked Karim Haqi up. The Council says no one was ever detained."


def _fill(url: str) -> None:
    now = datetime.now(UTC)
    store = open_store(url)
    with store.session() as session:
        session.add(Blob(sha256="a" * 64, size=1, content=b"x"))
        session.add(
            Document(
                id=1,
                source_path="/d/a.txt",
                name="a.txt",
                sha256="a" * 64,
                format="txt",
                text=TEXT,
                ingested_at=now,
                ingested_by="t",
            )
        )
        session.flush()  # no ORM relationships, so the document must exist before its claims
        common = {
            "document_id": 1,
            "perpetrators": ["the guards"],
            "place": None,
            "extractor": "test",
            "extractor_version": "1",
            "created_at": now,
        }
        session.add(
            Claim(
                id=1,
                act="detention",
                victims=["Karim Haqi"],
                start="1994",
                end="1994",
                asserted_by=None,
                polarity="asserted",
                evidence_start=0,
                evidence_end=40,
                quote=TEXT[:40],
                **common,
            )
        )
        session.add(
            Claim(
                id=2,
                act="detention",
                victims=["no one"],
                start=None,
                end=None,
                asserted_by="The Council",
                polarity="denied",
                evidence_start=41,
                evidence_end=len(TEXT),
                quote=TEXT[41:],
                **common,
            )
        )
    store.close()


def cli(url: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", url, *args])
    return result.exit_code, result.stdout, result.stderr


def test_claims_are_listed_and_filtered(sqlite_url: str) -> None:
    _fill(sqlite_url)
    code, out, _ = cli(sqlite_url, "claims", "--jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["id"] for r in rows] == [1, 2]
    assert rows[0]["victims"] == ["Karim Haqi"] and rows[0]["evidence"]["start"] == 0
    code, out, _ = cli(sqlite_url, "claims", "--denied", "--jsonl")
    assert [json.loads(line)["asserted_by"] for line in out.splitlines()] == ["The Council"]


def test_a_claim_marked_wrong_is_hidden_but_kept_and_audited(sqlite_url: str) -> None:
    _fill(sqlite_url)
    code, out, _ = cli(sqlite_url, "review-claim", "2", "--wrong", "--note", "policy, not act")
    assert code == 0 and "wrongly extracted" in out
    _, out, _ = cli(sqlite_url, "claims", "--jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1]
    _, out, _ = cli(sqlite_url, "claims", "--include-wrong", "--jsonl")
    reviews = {json.loads(line)["id"]: json.loads(line)["review"] for line in out.splitlines()}
    assert reviews == {1: None, 2: "wrongly_extracted"}
    _, out, _ = cli(sqlite_url, "log", "--target", "claim:2", "--json")
    assert json.loads(out)[0]["detail"] == {
        "decision": "wrongly_extracted",
        "note": "policy, not act",
    }
    cli(sqlite_url, "review-claim", "2", "--correct")
    _, out, _ = cli(sqlite_url, "claims", "--jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 2]


def test_reviewing_a_missing_claim_is_a_one_line_error(sqlite_url: str) -> None:
    _fill(sqlite_url)
    code, _, err = cli(sqlite_url, "review-claim", "7", "--wrong")
    assert code == 2 and err.strip() == "error: claim 7: no such claim"


def test_store_still_verifies_after_reviews(sqlite_url: str) -> None:
    _fill(sqlite_url)
    cli(sqlite_url, "review-claim", "1", "--correct")
    report = verify_store(open_store(sqlite_url))
    assert report.audit_entries_checked == 1
    assert [p for p in report.problems if "audit entry" in p] == []
