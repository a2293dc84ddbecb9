"""Who says it, when the text names what was gathered or no one (sentences written for this
test)."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to information gathered by our Office, at least 40 people have been "
            "held in the centres.",
            None,
        ),
        (
            "According to evidence collected by Amnesty International, 40 people were detained "
            "in the camp.",
            "Amnesty International",
        ),
    ],
)
def test_information_is_no_source_its_gatherer_is(
    extractor: SpacyExtractor, text: str, source: str | None
) -> None:
    assert only(claims_of(extractor, text), "detention").asserted_by == source


def test_information_was_a_source_with_the_switch_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "INFORMATION_IS_WHOSE", False)
    text = "According to information gathered by our Office, 40 people have been held."
    assert only(claims_of(extractor, text), "detention").asserted_by is not None


NOBODY = "Since Sunday nobody has said that the prisoners were beaten."


def test_nobody_is_no_source(extractor: SpacyExtractor) -> None:
    assert only(claims_of(extractor, NOBODY), "physical_assault").asserted_by is None


def test_nobody_was_a_source_with_the_switch_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "NO_ONE_SAYS", False)
    assert only(claims_of(extractor, NOBODY), "physical_assault").asserted_by == "nobody"


DECLARATION = (
    "Tens of families of the Hamdel Families Association gathered in front of the UN office.\n\n"
    "At the end of the gathering the families read a declaration, of which we publish the "
    "important parts:\n\n"
    '"We remind the world that our children are held in Camp Zarin against their will."\n'
)


def test_a_quoted_declaration_is_its_associations(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, DECLARATION), "detention")
    assert claim.asserted_by == "Hamdel Families Association"


def test_a_declaration_quoted_in_the_same_paragraph_and_its_sequel(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "In this regard, the “Golrang” association, formed by the families of the members, "
        "gathered at the embassy. At the end, the crowd present signed a declaration, of which "
        "we report: “We ask the Red Cross to visit the camp and to see our children.” In this "
        "statement it is further emphasized that: "
        "“The leaders keep our children in the camp as prisoners.”\n"
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.asserted_by == "Golrang association"


def test_the_declaration_was_the_documents_with_the_switch_off(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "DECLARATIONS_DECLARED", False)
    assert only(claims_of(extractor, DECLARATION), "detention").asserted_by is None


AFFIDAVIT = (
    "STATEMENT ON OATH\n\n"
    "Deponent: Tamaz GURIELIDZE (also written Gurieli), born 1979\n\n"
    "I, the above-named, state on oath:\n\n"
    "1. I give this statement through an interpreter. I confirm it is correct.\n\n"
    "2. In October 2021 I was arrested at a checkpoint. I was held in the tannery until "
    "February 2022 and I was beaten with a cable. I saw my brother only once.\n"
)


def test_the_header_names_the_deponent(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, AFFIDAVIT)
    assert claims and {c.asserted_by for c in claims} == {"Tamaz Gurielidze"}


HEARING = (
    "APPEALS BOARD\nHearing record\n\n"
    "Appellant: Omid SARVANI (national of the Republic)\n"
    "Presiding Member: Ms R. Aldana\n\n"
    "PRESIDING MEMBER: Mr Sarvani, where were you taken?\n\n"
    "APPELLANT: They took me to the camp in 2020. The guards beat me every day.\n\n"
    "PRESIDING MEMBER: For how long?\n\n"
    "APPELLANT: Five months. I was not allowed to call my wife.\n"
)


def test_a_role_label_is_the_person_the_header_names_so(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, HEARING), "physical_assault")
    assert claim.asserted_by == "Omid Sarvani"


def test_a_letter_signed_your_initial_is_the_initials(extractor: SpacyExtractor) -> None:
    from testimonies.extract.persons import signature

    assert signature("Dear Anush,\n\nThey took him.\n\nYour G. T.\n") == "G. T."


def test_without_role_lines_the_label_stays(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "ROLE_LINES", False)
    claim = only(claims_of(extractor, HEARING), "physical_assault")
    assert claim.asserted_by != "Omid Sarvani"


OPINION = (
    "Opinion No. 3/2026 concerning Arvid Lenk (Republic of Kessland)\n\n"
    "Communication from the source\n\n"
    "4. Mr. Lenk, a member of the Brethren of the Hill, was arrested on 3 May 2025 and has been "
    "held since then in the central prison of Kessland.\n\n"
    "Response from the Government\n\n"
    "5. The Government states that Mr. Lenk was never beaten in the prison.\n"
)


def test_a_section_of_the_source_is_the_sources(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, OPINION)
    told = {(c.act, c.evidence.quote[:12], c.asserted_by) for c in claims}
    assert ("detention", "Mr. Lenk, a ", "the source") in told
    assert {a for act, _, a in told if act == "physical_assault"} == {"The Government"}


def test_without_source_sections_the_opinion_speaks_itself(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "SOURCE_SECTIONS", False)
    claims = claims_of(extractor, OPINION)
    assert all(c.asserted_by != "the source" for c in claims)
