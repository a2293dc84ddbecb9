"""Round 20 of the extraction rules, read off real web pages (not off the gold): who ordered an act
is among its doers, a passive infinitive befalls the object of the verb it completes, and a
denial of 'those accusations' denies the acts told just before it."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only

ORDERED = [
    (
        "The six men were shot on the orders of the camp commandant.",
        "killing",
        "the camp commandant",
    ),
    (
        "By order of the elder, Hanna Ostrova was locked in the grain store.",
        "detention",
        "the elder",
    ),
    ("On Veltman's orders, the boy was beaten in the yard.", "physical_assault", "Veltman"),
    (
        "I was tortured on the direct order of Kasra Dehghan.",
        "torture",
        "Kasra Dehghan",
    ),
    (
        "Pastor Imrie ordered that the two deserters be locked in a cell.",
        "detention",
        "Pastor Imrie",
    ),
]


@pytest.mark.parametrize(("text", "act", "orderer"), ORDERED)
def test_who_ordered_an_act_did_it(
    extractor: SpacyExtractor, text: str, act: str, orderer: str
) -> None:
    assert orderer in only(claims_of(extractor, text), act).perpetrators


@pytest.mark.parametrize(("text", "act", "orderer"), ORDERED)
def test_without_the_rule_the_orderer_was_lost(
    extractor: SpacyExtractor,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    act: str,
    orderer: str,
) -> None:
    monkeypatch.setattr(settings, "ORDERED_BY", False)
    assert orderer not in only(claims_of(extractor, text), act).perpetrators


def test_the_orderer_stands_beside_those_who_did_it(extractor: SpacyExtractor) -> None:
    text = "I was beaten under the order of Roya Abbasi, by Iraj Talesh and Davud Moradi."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.perpetrators == ["Iraj Talesh", "Davud Moradi", "Roya Abbasi"]


def test_in_order_to_names_no_one(extractor: SpacyExtractor) -> None:
    text = "The members were locked in the hall in order to keep them from leaving."
    assert only(claims_of(extractor, text), "detention").perpetrators == []


def test_an_orderer_is_no_doer_the_paragraph_goes_on_with(extractor: SpacyExtractor) -> None:
    text = (
        "The Ndembe Front ran the camp at Kalolo. Nine escapees were shot on the orders of the "
        "camp commander. Dozens of captives were held in pits."
    )
    held = only(claims_of(extractor, text), "detention")
    assert held.perpetrators != ["the camp commander"]


def test_a_passive_infinitive_befalls_the_object_of_the_verb_it_completes(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Bijan Kaveh refused to sign. Hassan Rostami ordered him to be imprisoned."
    claim = only(claims_of(extractor, text), "detention")
    assert (claim.victims, claim.perpetrators) == (["Bijan Kaveh"], ["Hassan Rostami"])
    monkeypatch.setattr(settings, "OBJECT_CONTROLS", False)
    assert only(claims_of(extractor, text), "detention").victims == ["unnamed victims"]


ACCUSED = (
    "Former members say the Order of the Dawn beat them and confiscated their passports. "
    "The group denies those accusations."
)


def test_a_denial_of_those_accusations_denies_the_acts_told_before(
    extractor: SpacyExtractor,
) -> None:
    claims = claims_of(extractor, ACCUSED)
    denied = [c for c in claims if c.polarity == "denied"]
    assert sorted(c.act for c in denied) == ["confiscation_of_documents", "physical_assault"]
    beaten = next(c for c in denied if c.act == "physical_assault")
    assert beaten.victims == ["Former members"]
    assert beaten.asserted_by is not None and "group" in beaten.asserted_by
    assert beaten.evidence.quote == "The group denies those accusations."
    assert (beaten.start, beaten.end) == (None, None)


def test_without_the_rule_the_denial_was_lost(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "DENIALS_POINT_BACK", False)
    assert all(c.polarity == "asserted" for c in claims_of(extractor, ACCUSED))


@pytest.mark.parametrize(
    "denial",
    [
        "Grace Fellowship, however, has refuted these claims.",
        "The fellowship has issued a statement denying the former members' allegations.",
        "Officials of the fellowship have vehemently denied Ms. Albee's claims.",
    ],
)
def test_other_wordings_of_a_denial_that_points_back(
    extractor: SpacyExtractor, denial: str
) -> None:
    text = "Ms. Albee said the pastors of Grace Fellowship beat her in the barn. " + denial
    denied = [c for c in claims_of(extractor, text) if c.polarity == "denied"]
    assert [c.act for c in denied] == ["physical_assault"]


@pytest.mark.parametrize(
    "not_a_denial",
    [
        "Nobody denied the accusations.",
        "The group did not deny the accusations.",
        "Weeks later the group moved to a new farm.",
    ],
)
def test_what_denies_nothing_told_before(extractor: SpacyExtractor, not_a_denial: str) -> None:
    text = "Ms. Albee said the pastors of Grace Fellowship beat her in the barn. " + not_a_denial
    assert all(c.polarity == "asserted" for c in claims_of(extractor, text))


def test_a_denial_of_accusations_far_above_denies_nothing(extractor: SpacyExtractor) -> None:
    text = (
        "Ms. Albee said the pastors beat her in the barn.\n\n"
        "The fellowship was founded in 1971.\n\n"
        "It owns three farms.\n\n"
        "The fellowship denies the allegations."
    )
    assert all(c.polarity == "asserted" for c in claims_of(extractor, text))
