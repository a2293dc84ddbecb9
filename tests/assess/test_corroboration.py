"""Acts weighed by independent sources: witnesses, publishers, copies, stances, on a real store."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from testimonies.assess.corroboration import (
    ActAssessment,
    assess_acts,
    list_assessments,
    publisher_key,
    stance_class,
    stance_label,
)
from testimonies.assess.timeline import person_timeline
from testimonies.cli.main import app
from testimonies.errors import InputError
from testimonies.link.acts import link_all
from testimonies.store.db import Store, open_store
from testimonies.store.schema import Claim, ClaimReview, Document
from tests.linking.helpers import add_claim, add_document, add_mention

VICTIM = "Reza Sobhani"
HERALD = "Karim Haqi told the Herald that Reza Sobhani was detained in 1994 at Camp Nour."
HROE = "Karim Haghi says Reza Sobhani was detained in 1994 at Camp Nour for months."
UN = "The mission confirmed that Reza Sobhani was detained in 1994 at Camp Nour."
NDO_1 = "Reza Sobhani was never detained at Camp Nour; he lived there freely."
NDO_2 = "The allegation is false: Reza Sobhani was never detained by anyone."
OLD = "An earlier reading said Reza Sobhani was detained in 1994 at Camp Nour."
WRONG = "A misread line said Reza Sobhani was detained in 1994 at Camp Nour."


def _doc(session: Session, name: str, text: str, **meta: str) -> Document:
    document = add_document(session, name, text)
    for key, value in meta.items():
        setattr(document, key, value)
    add_mention(session, document, VICTIM, "PERSON")
    return document


def _detained(session: Session, document: Document, quote: str, **fields: str) -> Claim:
    return add_claim(
        session, document, quote, "detention", victims=[VICTIM], start="1994", **fields
    )


def build(url: str) -> Store:
    store = open_store(url)
    with store.session() as s:
        herald = _doc(s, "herald.txt", HERALD, publisher="The Herald", stance="press")
        hroe = _doc(s, "hroe.txt", HROE, publisher="Human Rights Observatory (HROE)",
                    stance="human rights NGO (critical of the group)")  # fmt: skip
        un = _doc(s, "un.txt", UN, publisher="UN Mission", stance="UN body (neutral)")
        ndo1 = _doc(s, "ndo1.txt", NDO_1, publisher="National Deliverance Organization, Office "
                    "of the Spokesman", stance="accused organization")  # fmt: skip
        ndo2 = _doc(s, "ndo2.txt", NDO_2, publisher="National Deliverance Organization, "
                    "Secretariat", stance="accused organization")  # fmt: skip
        old = _doc(s, "old.txt", OLD, publisher="Old Paper", stance="press")
        wrong = _doc(s, "wrong.txt", WRONG, publisher="Wrong Paper", stance="press")
        _detained(s, herald, "Reza Sobhani was detained in 1994", asserted_by="Karim Haqi")
        _detained(s, hroe, "Reza Sobhani was detained in 1994", asserted_by="Karim Haghi")
        _detained(s, un, "Reza Sobhani was detained in 1994")
        _detained(s, ndo1, "Reza Sobhani was never detained", polarity="denied")
        _detained(s, ndo2, "Reza Sobhani was never detained", polarity="denied")
        _detained(s, old, "Reza Sobhani was detained in 1994")
        _detained(s, wrong, "Reza Sobhani was detained in 1994")
        link_all(s)
        # After linking: one claim superseded by a re-extraction, one rejected by a reviewer.
        claims = {c.document_id: c for c in s.query(Claim)}
        claims[old.id].superseded_at = datetime.now(UTC)
        s.add(ClaimReview(claim_id=claims[wrong.id].id, decision="wrongly_extracted",
                          reviewer="test", at=datetime.now(UTC)))  # fmt: skip
    return store


def only_act(store: Store) -> ActAssessment:
    with store.session() as session:
        found = assess_acts(session)
    assert len(found) == 1
    return found[0]


def test_same_witness_once_publishers_apart_denial_by_the_accused(store_url: str) -> None:
    a = only_act(build(store_url))
    # Karim Haqi (Herald) = Karim Haghi (HROE): one witness; the UN mission is another source;
    # the superseded and the wrongly extracted claims are not read.
    assert len(a.supporting) == 2
    by_name = {s.name: s for s in a.supporting}
    assert set(by_name) == {"Karim Haqi", "UN Mission"}
    assert by_name["Karim Haqi"].documents == ["herald.txt", "hroe.txt"]
    assert by_name["UN Mission"].stance_class == "neutral"
    # Two NDO offices are one publisher: one denying source, the accused.
    assert [(s.name, s.stance_class) for s in a.denying] == [
        ("National Deliverance Organization", "accused")
    ]
    assert len(a.denying[0].claims) == 2
    assert a.line.startswith("2 independent sources (")
    assert "denied by National Deliverance Organization (accused organization)" in a.line


def test_two_publishers_count_twice_and_one_publisher_once(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    text = "Reza Sobhani was detained in 1994 at Camp Nour."
    with store.session() as s:
        for name, publisher in (("a.txt", "Paper A"), ("b.txt", "Paper B"), ("c.txt", "Paper B")):
            document = _doc(s, name, text + " " + name, publisher=publisher, stance="press")
            _detained(s, document, "Reza Sobhani was detained in 1994")
        link_all(s)
    a = only_act(store)
    assert sorted(len(s.claims) for s in a.supporting) == [1, 2]
    assert a.stance_classes == ["neutral"] and not a.broad_support
    assert a.line.endswith("not denied")


def test_a_copy_and_a_witness_who_publishes_are_their_source(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    with store.session() as s:
        statement = _doc(s, "st.txt", NDO_1, publisher="National Deliverance Organization",
                         author="Behrouz Farzin", stance="accused organization")  # fmt: skip
        _detained(s, statement, "Reza Sobhani was never detained", polarity="denied")
        wire = _doc(s, "wire.txt", NDO_2 + " " + UN, publisher="Wire", stance="press (wire)")
        _detained(s, wire, "Reza Sobhani was never detained", polarity="denied",
                  asserted_by="Behruz Farzin")  # fmt: skip
        _detained(s, wire, "Reza Sobhani was detained in 1994")
        gazette = _doc(s, "gazette.txt", NDO_1 + " (Gazette)", publisher="Gazette", stance="press")
        _detained(s, gazette, "Reza Sobhani was never detained", polarity="denied",
                  asserted_by="the NDO")  # fmt: skip
        blog = _doc(s, "blog.txt", HERALD, url="https://blog.example/post/", stance="former member")
        copy = _doc(s, "copy.txt", HERALD + " ", url="http://www.blog.example/post")
        _detained(s, blog, "Reza Sobhani was detained in 1994")
        _detained(s, copy, "Reza Sobhani was detained in 1994")
        link_all(s)
    a = only_act(store)
    # The spokesman quoted by the wire is the organization whose statements he signs; "the NDO"
    # quoted by a gazette is the organization by its initials.
    assert [(s.name, s.stance_class, len(s.claims)) for s in a.denying] == [
        ("National Deliverance Organization", "accused", 3)
    ]
    assert set(a.denying[0].voices) == {
        "National Deliverance Organization",
        "Behruz Farzin",
        "the NDO",
    }
    # The copy at the same URL is the blog post; the wire is a second, neutral source.
    assert sorted((s.stance_class, len(s.claims)) for s in a.supporting) == [
        ("hostile", 2), ("neutral", 1)
    ]  # fmt: skip
    assert a.broad_support
    assert "support from hostile and neutral sources" in a.line


def test_stance_rules_and_publisher_keys() -> None:
    assert stance_class("press; testimony of a former member (hostile to the group)") == "hostile"
    assert stance_class("UN body (neutral)") == "neutral"
    assert stance_class("court (neutral)") == "neutral"
    assert stance_class("accused organization") == "accused"
    assert stance_class("human rights NGO (critical of the group)") == "hostile"
    assert stance_class("an unnamed blog") == "unknown"
    assert stance_class(None) == "unknown"
    assert stance_label("former member, sworn statement (hostile to the group)") == (
        "former member, sworn statement"
    )
    assert publisher_key("Hamburger Tageblatt (English edition)") == publisher_key(
        "Hamburger Tageblatt"
    )
    assert publisher_key("National Deliverance Organization, Secretariat") == publisher_key(
        "National Deliverance Organization, Office of the Spokesman"
    )


def test_filters_sort_and_bad_input(sqlite_url: str) -> None:
    store = build(sqlite_url)
    with store.session() as session:
        assert len(list_assessments(session, act="detention", min_sources=2)) == 1
        assert list_assessments(session, act="torture") == []
        assert list_assessments(session, min_sources=3) == []
        assert len(list_assessments(session, person="Reza Sobhani")) == 1
        with pytest.raises(InputError):
            list_assessments(session, sort="truth")
        timeline = person_timeline(session, VICTIM)
    assert timeline.to_dict()["acts"][0]["assessment"].startswith("2 independent sources")


def test_cli_acts_table_json_and_person_line(sqlite_url: str) -> None:
    build(sqlite_url)
    runner = CliRunner()
    result = runner.invoke(app, ["--db", sqlite_url, "acts", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data) == 1
    row = data[0]
    assert set(row) == {
        "id", "act", "victims", "start", "end", "place", "supporting_sources", "denying_sources",
        "stance_classes", "broad_support", "supporting", "denying", "conflicts", "assessment",
    }  # fmt: skip
    assert (row["act"], row["victims"]) == ("detention", [VICTIM])
    assert (row["supporting_sources"], row["denying_sources"]) == (2, 1)
    assert row["denying"][0]["stance_class"] == "accused"
    assert set(row["supporting"][0]) == {
        "name", "stance_class", "stance", "voices", "documents", "claims"
    }  # fmt: skip
    table = runner.invoke(app, ["--db", sqlite_url, "acts", "--act", "detention"])
    assert table.exit_code == 0 and "UN Mission" in table.output and "A-" in table.output
    none = runner.invoke(app, ["--db", sqlite_url, "acts", "--min-sources", "5", "--json"])
    assert json.loads(none.output) == []
    bad = runner.invoke(app, ["--db", sqlite_url, "acts", "--sort", "truth"])
    assert bad.exit_code == 2 and "--sort" in bad.output
    negative = runner.invoke(app, ["--db", sqlite_url, "acts", "--min-sources", "-1"])
    assert negative.exit_code == 2 and "--min-sources" in negative.output
    nobody = runner.invoke(app, ["--db", sqlite_url, "acts", "--person", "Hossein Karimi"])
    assert nobody.exit_code == 2 and "no linked person" in nobody.output
    person = runner.invoke(app, ["--db", sqlite_url, "person", VICTIM])
    assert "sources: 2 independent sources" in person.output


def test_phrases_and_lone_names_identify_no_one_across_documents(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    text = "Reza Sobhani was detained in 1994 at Camp Nour, they said."
    with store.session() as s:
        for name in ("a.txt", "b.txt"):
            document = _doc(s, name, text + " " + name, stance="unknown blog")
            _detained(s, document, "Reza Sobhani was detained in 1994", asserted_by="they")
        document = _doc(s, "c.txt", text + " Ali.", stance="unknown blog")
        _detained(s, document, "Reza Sobhani was detained in 1994", asserted_by="Ali")
        document = _doc(s, "d.txt", text + " Ali!", stance="unknown blog")
        _detained(s, document, "Reza Sobhani was detained in 1994", asserted_by="Ali")
        link_all(s)
    a = only_act(store)
    assert len(a.supporting) == 4
    assert a.stance_classes == [] and not a.broad_support
