"""Which date of a sentence dates an act, and which earlier date carries over (round 4)."""

from __future__ import annotations

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only


def test_a_time_clause_dates_the_acts_it_modifies(extractor: SpacyExtractor) -> None:
    text = (
        "The group said that 12 residents had been killed and 40 wounded when soldiers "
        "stormed the camp on 3 March 2015."
    )
    killing = only(claims_of(extractor, text), "killing")
    assert (killing.start, killing.end) == ("2015-03-03", "2015-03-03")


def test_the_date_of_a_complement_dates_the_verb_it_completes(extractor: SpacyExtractor) -> None:
    text = "She was finally allowed to return home in 2004, after she signed a confession."
    assert only(claims_of(extractor, text), "forced_confession").start == "2004"


def test_a_past_perfect_relative_clause_keeps_its_date(extractor: SpacyExtractor) -> None:
    text = (
        "In 1996 the leaders ordered all couples to separate. My cousin was forced to divorce "
        "his wife, whom he had married three years before."
    )
    assert only(claims_of(extractor, text), "forced_separation").start == "1996"
