from __future__ import annotations

import pytest

from testimonies.extract.base import create
from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.model.claims import ClaimRecord


@pytest.fixture(scope="session")
def extractor() -> SpacyExtractor:
    made = create("spacy")
    assert isinstance(made, SpacyExtractor)
    return made


@pytest.fixture(scope="session")
def vetoing_extractor() -> SpacyExtractor:
    """The default extractor with the vector veto (`--extractor spacy-veto`)."""
    made = create("spacy-veto")
    assert isinstance(made, SpacyExtractor)
    assert made.veto is not None
    return made


def claims_of(
    extractor: SpacyExtractor, text: str, published: str | None = None
) -> list[ClaimRecord]:
    return extractor.extract(text, "t.txt", published).claims


def acts_of(extractor: SpacyExtractor, text: str) -> list[str]:
    """The act codes of the text's claims, in the order the extractor gives them."""
    return [c.act for c in claims_of(extractor, text)]


def only(claims: list[ClaimRecord], act: str) -> ClaimRecord:
    found = [c for c in claims if c.act == act]
    assert len(found) == 1, [c.to_spec_dict() for c in claims]
    return found[0]
