"""Running an extractor over files (no store) and over stored documents (with the store)."""

from __future__ import annotations

from pathlib import Path

from testimonies.extract.base import ExtractionResult, Extractor
from testimonies.ingest.readers import read_file_text


def extract_file(extractor: Extractor, path: Path, encoding: str | None = None) -> ExtractionResult:
    """Claims of one .txt/.md/.html/.pdf file; the claims carry the file's name as given."""
    text = read_file_text(path, encoding)
    return extractor.extract(text, path.name)
