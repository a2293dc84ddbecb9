"""A quote after a colon is told by the person the clause before it names (written here)."""

from __future__ import annotations

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

MESSAGE = (
    "Amina Yusuf, 31, managed to send a voice message to her brother on 3 May: "
    '"The guards took me to the dark room for three days because I asked to go home."'
)


def test_the_quote_after_the_colon_is_hers(extractor: SpacyExtractor) -> None:
    assert settings.COLON_QUOTES
    [claim] = claims_of(extractor, MESSAGE)
    assert claim.victims == ["Amina Yusuf"]
    assert claim.asserted_by == "Amina Yusuf"


def test_a_colon_with_no_person_before_names_no_one(extractor: SpacyExtractor) -> None:
    text = 'The message ended: "The guards took me to the dark room for three days."'
    assert all(c.asserted_by is None for c in claims_of(extractor, text))
