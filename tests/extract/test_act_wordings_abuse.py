"""'Abused by' alone is sexual abuse in the genre ("she was abused by the founder"), but not
when the text says how: verbally (psychological abuse), physically (assault). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

ABUSE = [
    ("The prisoners were verbally abused by the guards.", "psychological_abuse"),
    ("He was physically abused by two officers.", "physical_assault"),
    ("She was abused by the leader of the community.", "sexual_violence"),
]


@pytest.mark.parametrize(("text", "act"), ABUSE)
def test_abused_by(extractor: SpacyExtractor, text: str, act: str) -> None:
    acts = {c.act for c in claims_of(extractor, text)}
    assert act in acts, acts
    assert acts <= {act}, acts
