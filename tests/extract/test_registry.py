"""Extractors are pluggable: anything with name, version and extract() can be registered."""

from __future__ import annotations

import pytest

from testimonies.errors import InputError
from testimonies.extract.base import ExtractionResult, Extractor, available, create, register
from testimonies.model.claims import ClaimRecord, Evidence


class KeywordExtractor:
    """A tiny real extractor: every 'detained' is a detention claim with the word as evidence."""

    name = "keyword"
    version = "0"

    def extract(self, text: str, document: str, published: str | None = None) -> ExtractionResult:
        claims = []
        start = text.find("detained")
        while start >= 0:
            end = start + len("detained")
            claims.append(
                ClaimRecord(
                    document,
                    "detention",
                    ["unnamed"],
                    [],
                    None,
                    published,
                    published,
                    None,
                    "asserted",
                    Evidence(start, end, text[start:end]),
                )
            )
            start = text.find("detained", end)
        return ExtractionResult([], claims)


def test_registered_extractor_is_created_by_name() -> None:
    register("keyword", KeywordExtractor)
    assert {"spacy", "keyword"} <= set(available())
    made = create("keyword")
    assert isinstance(made, Extractor)
    claims = made.extract("They detained him; they detained her.", "d.txt", "2001").claims
    assert [c.evidence.start for c in claims] == [5, 24]
    assert claims[0].start == "2001"


def test_unknown_extractor_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no such extractor"):
        create("nope")
