"""Denials written without 'not' on the act's verb (sentences written for this test)."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "He was at no time beaten by the wardens.",
        "On no occasion did the guards beat the inmates.",
        "The allegation of beatings in the prison was examined by the prosecutor and was not"
        " confirmed.",
    ],
)
def test_the_beating_is_denied(extractor: SpacyExtractor, text: str) -> None:
    polarities = [c.polarity for c in claims_of(extractor, text) if c.act == "physical_assault"]
    assert polarities == ["denied"], polarities


def test_at_the_time_is_no_denial(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "He was beaten at the time of his arrest.")
    assert [c.polarity for c in claims if c.act == "physical_assault"] == ["asserted"]


def test_the_right_to_visits_denies_their_denial(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "Each inmate has the right to visits and to correspondence.")
    assert [(c.act, c.polarity) for c in claims] == [("denial_of_contact", "denied")]
