"""The example corpus: every document has its sidecar, and the PDFs are what the generator makes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CORPUS = EXAMPLES / "corpus"
DOCUMENT_SUFFIXES = {".txt", ".md", ".html", ".pdf"}
META_KEYS = {"title", "publisher", "author", "published", "url", "language", "stance"}


def documents() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in DOCUMENT_SUFFIXES)


def test_corpus_has_every_format_and_a_sidecar_per_document() -> None:
    docs = documents()
    assert len(docs) >= 14
    assert {p.suffix for p in docs} == DOCUMENT_SUFFIXES
    for doc in docs:
        meta = yaml.safe_load((CORPUS / f"{doc.stem}.meta.yaml").read_text(encoding="utf-8"))
        assert set(meta) <= META_KEYS, doc.name
        assert meta["title"] and meta["stance"] and meta["language"] == "en", doc.name


def test_pdfs_are_reproduced_by_the_generator(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    shutil.copy(CORPUS / "make_pdfs.py", tmp_path / "corpus" / "make_pdfs.py")
    shutil.copytree(EXAMPLES / "gold" / "train", tmp_path / "gold" / "train")
    result = subprocess.run(
        [sys.executable, str(tmp_path / "corpus" / "make_pdfs.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    built = sorted((tmp_path / "corpus").glob("*.pdf"))
    assert [p.name for p in built] == sorted(p.name for p in CORPUS.glob("*.pdf"))
    for pdf in built:
        assert pdf.read_bytes() == (CORPUS / pdf.name).read_bytes(), pdf.name
