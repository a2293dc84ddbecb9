"""Who asserts a claim (asserted_by), on texts written for these tests."""

from __future__ import annotations

from testimonies.extract.persons import signature
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only

NOTEBOOK = (
    "Winter notes\n\n"
    "Nobody at the Orchard read the Teacher's letters but him. I was twelve when we came.\n\n"
    "In 2010 the elders locked me in the pantry for three days because I had cried at prayers."
    " I was given no food.\n\n"
    "I ran away in 2014. I still dream of the pantry.\n\n"
    "R.T.\n"
)


def test_a_signature_alone_on_the_last_line_names_who_signs() -> None:
    assert signature(NOTEBOOK) == "R.T."
    assert signature("I saw it.\n\nSigned: O. P. Varga\n") == "O. P. Varga"
    assert signature("We demand answers.\n\nMaria Ostrova, President\n") is None
    assert signature("We demand answers.\n\nThe Council of Elders\n") is None


def test_a_signed_notebook_is_told_by_who_signs_it(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, NOTEBOOK)
    locked = only(claims, "detention")
    assert locked.asserted_by == "R.T."
    assert locked.victims == ["R.T."]  # not 'the Teacher', the first person the text names


JUDGMENT = (
    "HIGH COURT OF APPEAL\n\n"
    "Background\n\n"
    "1. The appellant, K.M., is a national of the Republic of Tarvia, born in 1990.\n\n"
    "2. The appellant's account is as follows. In May 2021 he was arrested by the militia at his"
    " home and held in a school for two months.\n\n"
    "3. The Court allows the appeal.\n"
)


def test_a_judgment_s_claimant_asserts_as_the_text_calls_them(extractor: SpacyExtractor) -> None:
    held = only(claims_of(extractor, JUDGMENT), "detention")
    assert held.asserted_by == "the appellant [K.M.]"
