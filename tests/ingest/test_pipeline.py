from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from testimonies.ingest.metadata import DocumentMeta
from testimonies.ingest.pipeline import IngestOptions, expand_paths, ingest_paths
from testimonies.store.db import open_store
from testimonies.store.documents import failed_files, list_documents
from testimonies.store.schema import AuditEntry, Blob, Document
from tests.ingest.helpers import write_corpus


def run(url: str, *paths: Path, options: IngestOptions | None = None) -> dict[str, str]:
    store = open_store(url)
    try:
        return {
            Path(r.path).name: r.outcome for r in ingest_paths(store, expand_paths(paths), options)
        }
    finally:
        store.close()


def test_folder_is_ingested_recursively_with_metadata(store_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus" / "sub")
    outcomes = run(store_url, tmp_path / "corpus")
    assert outcomes == {
        name: "stored" for name in ("notes.md", "report.html", "statement.pdf", "testimony.txt")
    }
    store = open_store(store_url)
    with store.session() as session:
        docs = {d.name: d for d in list_documents(session)}
        assert docs["testimony.txt"].metadata["publisher"] == "Families Association"
        assert docs["testimony.txt"].metadata["published"] == "2019-05"
        assert docs["notes.md"].metadata["publisher"] is None  # nothing guessed
        assert {d.format for d in docs.values()} == {"txt", "md", "html", "pdf"}
        assert all(d.stages == {"ingest": "done"} for d in docs.values())
        text = session.execute(
            select(Document.text).where(Document.name == "statement.pdf")
        ).scalar_one()
        assert "free to leave" in text
    store.close()


def test_same_bytes_twice_is_a_no_op(store_url: str, tmp_path: Path) -> None:
    files = write_corpus(tmp_path)
    run(store_url, files["txt"])
    copy = tmp_path / "elsewhere.txt"
    copy.write_bytes(files["txt"].read_bytes())
    assert run(store_url, files["txt"], copy) == {
        "testimony.txt": "unchanged",
        "elsewhere.txt": "unchanged",
    }
    store = open_store(store_url)
    with store.session() as session:
        assert session.execute(select(func.count()).select_from(Document)).scalar_one() == 1
        assert session.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == 1
    store.close()


def test_changed_bytes_at_the_same_path_are_a_new_version_and_the_old_is_kept(
    store_url: str, tmp_path: Path
) -> None:
    files = write_corpus(tmp_path)
    original = files["txt"].read_bytes()
    run(store_url, files["txt"])
    files["txt"].write_text("A corrected testimony.\n", encoding="utf-8")
    assert run(store_url, files["txt"]) == {"testimony.txt": "new_version"}
    store = open_store(store_url)
    with store.session() as session:
        versions = session.execute(
            select(Document.version, Document.is_current, Document.sha256).order_by(
                Document.version
            )
        ).all()
        assert [(v, c) for v, c, _ in versions] == [(1, False), (2, True)]
        old_blob = session.get(Blob, versions[0][2])
        assert old_blob is not None and old_blob.content == original
        assert [d.version for d in list_documents(session)] == [2]
        assert len(list_documents(session, include_old_versions=True)) == 2
    store.close()


def test_bad_files_fail_alone_and_are_recorded(store_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "big.txt").write_text("x" * 5000, encoding="utf-8")
    outcomes = run(
        store_url, tmp_path, tmp_path / "missing.txt", options=IngestOptions(max_bytes=4000)
    )
    assert outcomes["empty.txt"] == outcomes["big.txt"] == outcomes["missing.txt"] == "failed"
    assert outcomes["testimony.txt"] == "stored"
    store = open_store(store_url)
    with store.session() as session:
        failures = {Path(f.path).name: f.error for f in failed_files(session)}
    store.close()
    assert failures["big.txt"].startswith("file is 5,000 bytes, over the limit of 4,000")
    assert failures["missing.txt"] == "no such file or folder"
    assert set(failures) == {"empty.txt", "big.txt", "missing.txt"}


def test_a_later_success_clears_a_failure(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(b"")
    run(sqlite_url, path)
    path.write_text("Now there is text.\n", encoding="utf-8")
    run(sqlite_url, path)
    store = open_store(sqlite_url)
    with store.session() as session:
        assert failed_files(session) == []
    store.close()


def test_command_line_metadata_overrides_the_sidecar(sqlite_url: str, tmp_path: Path) -> None:
    files = write_corpus(tmp_path)
    run(
        sqlite_url,
        files["txt"],
        options=IngestOptions(overrides=DocumentMeta(publisher="Override")),
    )
    store = open_store(sqlite_url)
    with store.session() as session:
        [doc] = list_documents(session)
    store.close()
    assert doc.metadata["publisher"] == "Override"
    assert doc.metadata["title"] == "Testimony of a former resident"


def test_bad_sidecar_fails_the_document_with_the_sidecar_named(
    sqlite_url: str, tmp_path: Path
) -> None:
    files = write_corpus(tmp_path)
    (tmp_path / "testimony.meta.yaml").write_text("published: last spring\n", encoding="utf-8")
    (tmp_path / "notes.meta.yaml").write_text("colour: blue\n", encoding="utf-8")
    run(sqlite_url, files["txt"], files["md"])
    store = open_store(sqlite_url)
    with store.session() as session:
        failures = {Path(f.path).name: f.error for f in failed_files(session)}
    store.close()
    assert "published: 'last spring' is not an EDTF date" in failures["testimony.txt"]
    assert "unknown metadata keys ['colour']" in failures["notes.md"]


def test_two_copies_in_one_run_store_the_bytes_once(store_url: str, tmp_path: Path) -> None:
    files = write_corpus(tmp_path)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(files["txt"].read_bytes())
    store = open_store(store_url)
    results = list(ingest_paths(store, expand_paths([files["txt"], copy, files["md"]])))
    store.close()
    assert [r.outcome for r in results] == ["stored", "unchanged", "stored"]
    assert results[1].document_id == results[0].document_id
