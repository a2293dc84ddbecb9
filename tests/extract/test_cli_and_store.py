"""`testimonies extract` over files and over the store; `testimonies evaluate`."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from testimonies.cli.main import app
from testimonies.store.db import open_store
from testimonies.store.schema import AuditEntry, Claim, DocumentStage, Mention

runner = CliRunner()
SPEC_KEYS = {
    "document",
    "act",
    "victims",
    "perpetrators",
    "place",
    "start",
    "end",
    "asserted_by",
    "polarity",
    "evidence",
}
TEXT = (
    "Camp Delta report\n\n"
    "According to the Lantern Rights Group, guards of the Sunrise Movement beat Omar Vell in "
    "March 2004. Those who tried to escape were locked up in a basement."
)


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_extract_files_prints_spec_json_lines(tmp_path: Path) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text(TEXT, encoding="utf-8")
    code, out, _ = cli("extract", str(doc), "--jsonl")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert {line["act"] for line in lines} == {"physical_assault", "detention"}
    for line in lines:
        assert set(line) >= SPEC_KEYS
        assert line["document"] == "report.txt"
        ev = line["evidence"]
        assert TEXT[ev["start"] : ev["end"]] == ev["quote"]


def test_bad_file_is_a_one_line_error_naming_it(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02 binary")
    code, out, err = cli("extract", str(binary), str(good), "--jsonl")
    assert code == 1  # as ingest: some files of the batch failed
    assert len(out.splitlines()) == 2  # the good file still gave its claims
    assert err.count("\n") == 1 and "blob.txt" in err and "binary" in err


def test_extract_stored_documents_then_skip_then_redo(store_url: str, tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    code, _, err = cli("--db", store_url, "ingest", str(tmp_path / "report.txt"))
    assert code == 0, err
    code, out, err = cli("--db", store_url, "extract")
    assert code == 0, err
    assert "extract" in out
    store = open_store(store_url)
    with store.session() as session:
        claims = session.scalars(select(Claim)).all()
        assert {c.act for c in claims} == {"physical_assault", "detention"}
        assert all(c.extractor == "spacy-rules" for c in claims)
        assert session.scalars(select(Mention)).all()
        stage = session.scalars(select(DocumentStage).where(DocumentStage.stage == "extract")).one()
        assert stage.stage == "extract" and stage.status == "done"
        assert stage.detail is not None and stage.detail["claims"] == 2
        actions = [a.action for a in session.scalars(select(AuditEntry)).all()]
        assert "extract" in actions
    cli("--db", store_url, "extract")  # done already: skipped, nothing doubled
    cli("--db", store_url, "extract", "--redo")  # earlier ones superseded, nothing doubled
    with store.session() as session:
        claims = session.scalars(select(Claim)).all()
        assert len([c for c in claims if c.superseded_at is None]) == 2
        assert len([c for c in claims if c.superseded_at is not None]) == 2
    store.close()


def test_evaluate_command_json(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    code, out, _ = cli("extract", str(tmp_path / "report.txt"), "--jsonl")
    (tmp_path / "report.jsonl").write_text(out, encoding="utf-8")
    code, out, err = cli("evaluate", str(tmp_path), str(tmp_path), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["overall"]["complete"]["f1"] == 1.0
    code, out, _ = cli("evaluate", str(tmp_path), str(tmp_path))
    assert code == 0 and "victim_anchored" in out and "field accuracy" in out


def test_evaluate_missing_folder_is_one_line(tmp_path: Path) -> None:
    code, _, err = cli("evaluate", str(tmp_path / "nope"), str(tmp_path))
    assert code == 2 and "nope" in err and "not a folder" in err


def test_extract_with_the_vector_veto_drops_an_act_the_text_does_not_tell(tmp_path: Path) -> None:
    doc = tmp_path / "letter.txt"
    doc.write_text(
        "He was a member of the debating club at the university before his arrest. The guards "
        "beat my brother Omar Vell in March 2004.",
        encoding="utf-8",
    )
    code, out, _ = cli("extract", str(doc), "--jsonl")
    assert code == 0
    victims = [json.loads(line)["victims"] for line in out.splitlines()]
    assert victims == [["He"], ["Omar Vell"]]  # "club": a weapon to the wordings
    code, out, _ = cli("extract", str(doc), "--jsonl", "--extractor", "spacy-veto")
    assert code == 0
    assert [json.loads(line)["victims"] for line in out.splitlines()] == [["Omar Vell"]]
