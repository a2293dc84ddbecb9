"""The judgement graph on a real store (SQLite and PostgreSQL): merges, blocks, undo, audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from testimonies.errors import InputError
from testimonies.link.judgements import judge, link_entities, review_queue, unmerge
from testimonies.store import audit
from testimonies.store.db import Store, open_store
from testimonies.store.schema import AuditEntry, Entity, Judgement, Mention
from tests.linking.helpers import add_document, add_mention, entity_of

DOC_A = "Mohammad Hossein Sobhani was confined. Mr. Sobhani spoke to us."
DOC_B = "Mohammed Hussein Sobhani was held in Camp Ashraf."
DOC_C = "Massoud Rajavi and Maryam Rajavi lead the group. Mr. Rajavi said nothing."


def build(url: str) -> tuple[Store, dict[str, int]]:
    store = open_store(url)
    ids: dict[str, int] = {}
    with store.session() as session:
        a = add_document(session, "a.txt", DOC_A)
        b = add_document(session, "b.txt", DOC_B)
        c = add_document(session, "c.txt", DOC_C)
        ids["full_a"] = add_mention(session, a, "Mohammad Hossein Sobhani", "PERSON").id
        ids["partial_a"] = add_mention(session, a, "Mr. Sobhani", "PERSON").id
        ids["full_b"] = add_mention(session, b, "Mohammed Hussein Sobhani", "PERSON").id
        ids["massoud"] = add_mention(session, c, "Massoud Rajavi", "PERSON").id
        ids["maryam"] = add_mention(session, c, "Maryam Rajavi", "PERSON").id
        ids["mr_rajavi"] = add_mention(session, c, "Mr. Rajavi", "PERSON").id
        link_entities(session)
    return store, ids


def test_link_builds_persons_across_spellings_and_keeps_relatives_apart(store_url: str) -> None:
    store, ids = build(store_url)
    assert entity_of(store, ids["full_a"]) == entity_of(store, ids["full_b"])
    assert entity_of(store, ids["partial_a"]) == entity_of(store, ids["full_a"])
    assert entity_of(store, ids["massoud"]) != entity_of(store, ids["maryam"])
    assert entity_of(store, ids["mr_rajavi"]) not in (
        entity_of(store, ids["massoud"]),
        entity_of(store, ids["maryam"]),
    )
    with store.session() as session:
        entity = session.get(Entity, entity_of(store, ids["full_b"]))
        assert entity is not None and entity.kind == "person"
        queue = review_queue(session)
        judgements = list(session.execute(select(Judgement)).scalars())
    assert {c.a.text for c in queue} | {c.b.text for c in queue} >= {"Mr. Rajavi"}
    assert all(j.automatic and j.decided_by == "linker" and j.reason for j in judgements)


def test_entity_ids_survive_a_second_run(store_url: str) -> None:
    store, ids = build(store_url)
    before = {name: entity_of(store, mid) for name, mid in ids.items()}
    with store.session() as session:
        result = link_entities(session)
    assert sum(result.recorded.values()) == 0
    assert {name: entity_of(store, mid) for name, mid in ids.items()} == before


def test_a_human_different_overrules_an_automatic_same(store_url: str) -> None:
    store, ids = build(store_url)
    with store.session() as session:
        judge(session, f"mention:{ids['full_a']}", f"mention:{ids['full_b']}", "different", "ana")
    assert entity_of(store, ids["full_a"]) != entity_of(store, ids["full_b"])
    with store.session() as session:
        link_entities(session)  # a later run does not decide the pair again
    assert entity_of(store, ids["full_a"]) != entity_of(store, ids["full_b"])


def test_a_different_edge_blocks_a_merge_at_component_level(store_url: str) -> None:
    store, ids = build(store_url)
    partial_a, full_a, full_b = (f"mention:{ids[k]}" for k in ("partial_a", "full_a", "full_b"))
    with store.session() as session:
        judge(session, partial_a, full_b, "different", "ana")
    # The three cannot be one entity any more: the partial name is never with b.
    assert entity_of(store, ids["partial_a"]) != entity_of(store, ids["full_b"])
    with store.session() as session:
        _, result = judge(session, partial_a, full_a, "same", "ben")
    # Humans first: the partial joins a's full name, so the automatic a~b edge would join the
    # two ends of the "different" edge and is refused.
    assert result.refused >= 1
    assert entity_of(store, ids["partial_a"]) == entity_of(store, ids["full_a"])
    assert entity_of(store, ids["full_b"]) != entity_of(store, ids["full_a"])


def test_unmerge_restores_the_previous_components(store_url: str) -> None:
    store, ids = build(store_url)
    before = {name: entity_of(store, mid) for name, mid in ids.items()}
    with store.session() as session:
        judge(session, f"mention:{ids['mr_rajavi']}", f"mention:{ids['massoud']}", "same", "ana")
    assert entity_of(store, ids["mr_rajavi"]) == entity_of(store, ids["massoud"])
    with store.session() as session:
        undone, _ = unmerge(session, [], last=True)
    assert len(undone) == 1 and undone[0].retracted_at is not None
    assert {name: entity_of(store, mid) for name, mid in ids.items()} == before
    with store.session() as session:
        link_entities(session)  # the undone merge is not redone by a later run ...
        queue = review_queue(session)
    assert {name: entity_of(store, mid) for name, mid in ids.items()} == before
    # ... and the pair is back in the review queue, as the reviewer's "unsure"
    pairs = [{c.a.id, c.b.id} for c in queue]
    assert {ids["mr_rajavi"], ids["massoud"]} in pairs


def test_stale_automatic_judgements_are_superseded(store_url: str) -> None:
    from testimonies.link.entities import Decision
    from testimonies.link.judgements import record

    store, ids = build(store_url)
    massoud, maryam = f"mention:{ids['massoud']}", f"mention:{ids['maryam']}"
    with store.session() as session:
        # An automatic merge an older linker made, which this one would not make.
        record(session, Decision(maryam, massoud, "same", 0.9, "old rule"), "linker", True)
        result = link_entities(session)
        stale = session.execute(
            select(Judgement).where(Judgement.reason == "old rule")
        ).scalar_one()
    assert stale.retracted_at is not None
    assert result.recorded["retracted"] + result.recorded["different"] >= 1
    assert entity_of(store, ids["massoud"]) != entity_of(store, ids["maryam"])


def test_judge_accepts_entity_ids_and_refuses_mixed_kinds(store_url: str) -> None:
    store, ids = build(store_url)
    with store.session() as session:
        doc = add_document(session, "d.txt", "The MEK denied it.")
        org = add_mention(session, doc, "MEK", "ORG")
        link_entities(session)
    person = entity_of(store, ids["massoud"])
    with store.session() as session, pytest.raises(InputError, match="cannot be one entity"):
        judge(session, f"P-{person}", f"mention:{org.id}", "same", "ana")


def test_every_change_is_in_the_audit_log(store_url: str) -> None:
    store, ids = build(store_url)
    with store.session() as session:
        judge(session, f"mention:{ids['mr_rajavi']}", f"mention:{ids['maryam']}", "same", "ana")
        unmerge(session, [], last=True)
    with store.session() as session:
        actions = {e.action for e in session.execute(select(AuditEntry)).scalars()}
        problems = list(audit.chain_problems(session))
        mentions = list(session.execute(select(Mention)).scalars())
    assert {"judgement.add", "judgement.retract", "entity.create", "link.entities"} <= actions
    assert "entity.update" in actions
    assert problems == []
    assert all(m.entity_id is not None for m in mentions)


def test_missed_occurrences_of_a_found_name_are_added_and_linked(store_url: str) -> None:
    store = open_store(store_url)
    text = "Mehdi Khosravani was a teacher. Mehdi asked to leave. Later Mehdi was shot."
    with store.session() as session:
        doc = add_document(session, "m.txt", text)
        full = add_mention(session, doc, "Mehdi Khosravani", "PERSON")
        add_mention(session, doc, "Mehdi", "PERSON", nth=2)  # the extractor found one of two
        link_entities(session)
    with store.session() as session:
        rows = list(session.execute(select(Mention).order_by(Mention.start)).scalars())
        actions = [e.action for e in session.execute(select(AuditEntry)).scalars()]
    assert [(m.text, m.extractor) for m in rows] == [
        ("Mehdi Khosravani", "test"),
        ("Mehdi", "test"),
        ("Mehdi", "link-propagation"),
    ]
    assert {m.entity_id for m in rows} == {entity_of(store, full.id)}
    assert "mention.propagate" in actions
    with store.session() as session:
        link_entities(session)  # nothing more to add the second time
        assert len(list(session.execute(select(Mention)).scalars())) == 3


def test_names_found_in_one_document_are_found_in_the_others(store_url: str) -> None:
    store = open_store(store_url)
    with store.session() as session:
        text = (
            "The Human Rights Observatory for Exiles (HROE) wrote. The Observatory was not let in."
        )
        one = add_document(session, "one.txt", text)
        two = add_document(session, "two.txt", "HROE says it was not allowed in.")
        add_mention(session, one, "Human Rights Observatory for Exiles", "ORG")
        add_mention(session, one, "HROE", "ORG")
        link_entities(session)
    with store.session() as session:
        found = [
            (m.text, m.extractor)
            for m in session.execute(select(Mention).order_by(Mention.id)).scalars()
            if m.extractor != "test"
        ]
        entities = {m.entity_id for m in session.execute(select(Mention)).scalars()}
    # "Observatory" alone in the document that names the Observatory; "HROE" in the other.
    assert sorted(found) == [("HROE", "link-propagation"), ("Observatory", "link-propagation")]
    assert two.id is not None
    assert len(entities) == 1  # all of them are the one organization
