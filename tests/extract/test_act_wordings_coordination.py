"""Verbs of one act coordinated over one victim state it once ("kicked and punched the
prisoners"); over two victims, twice. Sentences written for these tests."""

from __future__ import annotations

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import acts_of, claims_of


def test_one_victim_one_claim(extractor: SpacyExtractor) -> None:
    found = claims_of(extractor, "The guards kicked and punched the prisoners.")
    assert [(c.act, c.victims) for c in found] == [("physical_assault", ["the prisoners"])]


def test_two_victims_two_claims(extractor: SpacyExtractor) -> None:
    assert acts_of(extractor, "They beat Ali and kicked Omar.").count("physical_assault") == 2


def test_two_acts_stay_two(extractor: SpacyExtractor) -> None:
    acts = acts_of(extractor, "He was beaten and then detained.")
    assert "physical_assault" in acts and "detention" in acts
