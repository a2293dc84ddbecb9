from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from testimonies.cli.main import app
from tests.ingest.helpers import write_corpus

runner = CliRunner()


def cli(db: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", db, *args])
    return result.exit_code, result.stdout, result.stderr


def test_ingest_all_good_exits_zero_and_lists(sqlite_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path)
    code, out, _ = cli(sqlite_url, "ingest", str(tmp_path))
    assert code == 0
    assert "4 files: 4 stored, 0 new versions, 0 unchanged, 0 failed" in out
    code, out, _ = cli(sqlite_url, "documents", "--json")
    listing = json.loads(out)
    assert code == 0 and len(listing["documents"]) == 4 and listing["failed"] == []
    by_name = {d["name"]: d for d in listing["documents"]}
    assert by_name["testimony.txt"]["stance"] == "former members (hostile to the group)"


def test_failures_are_one_line_each_and_exit_one(sqlite_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path)
    (tmp_path / "blank.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7 not really")
    code, out, err = cli(sqlite_url, "ingest", str(tmp_path), str(tmp_path / "gone.md"))
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any(line.endswith("blank.txt: empty file (0 bytes)") for line in errors)
    assert any("scan.pdf: corrupt PDF" in line for line in errors)
    assert any(line.endswith("gone.md: no such file or folder") for line in errors)
    assert "7 files: 4 stored, 0 new versions, 0 unchanged, 3 failed" in out


def test_show_prints_metadata_and_text(sqlite_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path)
    cli(sqlite_url, "ingest", str(tmp_path / "testimony.txt"))
    code, out, _ = cli(sqlite_url, "show", "1")
    assert code == 0
    assert "Testimony of a former resident" in out and "took my passport" in out
    code, _, err = cli(sqlite_url, "show", "99")
    assert code == 2 and err.strip() == "error: document 99: no such document"


def test_verify_passes_then_fails_after_tampering(sqlite_url: str, tmp_path: Path) -> None:
    import sqlite3

    write_corpus(tmp_path)
    cli(sqlite_url, "ingest", str(tmp_path))
    code, out, _ = cli(sqlite_url, "verify")
    assert code == 0 and "nothing was altered" in out
    connection = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    connection.execute("UPDATE documents SET text = 'rewritten' WHERE name = 'notes.md'")
    connection.commit()
    connection.close()
    code, _, err = cli(sqlite_url, "verify")
    assert code == 1
    assert "TAMPERED: document" in err and "(notes.md): its stored text was altered" in err


def test_bad_metadata_option_is_a_one_line_error(sqlite_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path)
    code, _, err = cli(sqlite_url, "ingest", str(tmp_path), "--published", "yesterday")
    assert code == 2
    assert err.strip().startswith("error: command line: published: 'yesterday' is not an EDTF date")


def test_unreachable_store_is_a_one_line_error(tmp_path: Path) -> None:
    code, _, err = cli(str(tmp_path / "no" / "such" / "dir" / "x.db"), "documents")
    assert code == 2 and "the folder for the store does not exist" in err
    assert len(err.strip().splitlines()) == 1


def test_log_shows_who_did_what(sqlite_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path)
    cli(sqlite_url, "ingest", str(tmp_path / "notes.md"))
    code, out, _ = cli(sqlite_url, "log", "--json")
    [entry] = json.loads(out)
    assert code == 0 and entry["action"] == "document.ingest" and entry["target"] == "document:1"
