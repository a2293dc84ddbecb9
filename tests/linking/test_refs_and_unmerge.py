"""References a reviewer types (P-17, O-3, J-12) mean what they say: an O- id is an
organization, and `unmerge` undoes merges of mentions, not the list linker's record pairs."""

from __future__ import annotations

import pytest

from testimonies.errors import InputError, NotFoundError
from testimonies.link.entities import Decision
from testimonies.link.judgements import judge, link_entities, record, unmerge
from testimonies.store.db import Store, open_store
from tests.linking.helpers import add_document, add_mention, entity_of

TEXT = "Massoud Rajavi spoke for the MEK. Mr. Rajavi said nothing."


def build(url: str) -> tuple[Store, int, int]:
    store = open_store(url)
    with store.session() as session:
        doc = add_document(session, "a.txt", TEXT)
        person = add_mention(session, doc, "Massoud Rajavi", "PERSON").id
        org = add_mention(session, doc, "MEK", "ORG").id
        add_mention(session, doc, "Mr. Rajavi", "PERSON")
        link_entities(session)
    return store, person, org


def test_an_entity_id_with_the_wrong_letter_is_not_found(store_url: str) -> None:
    store, person, org = build(store_url)
    person_id, org_id = entity_of(store, person), entity_of(store, org)
    with store.session() as session, pytest.raises(NotFoundError, match="is a person"):
        judge(session, f"O-{person_id}", f"O-{org_id}", "same", "ana")
    with store.session() as session, pytest.raises(NotFoundError, match="is an organization"):
        judge(session, f"P-{org_id}", f"P-{person_id}", "same", "ana")


def test_unmerge_last_leaves_list_record_judgements_alone(store_url: str) -> None:
    store, _, _ = build(store_url)
    with store.session() as session:
        linked = record(
            session, Decision("record:1", "record:2", "same", 0.99, "lists"), "linker", True
        )
    with store.session() as session:
        undone, _ = unmerge(session, [], last=True)
    assert undone and all(j.subject_a.startswith("mention:") for j in undone)
    assert linked.id not in {j.id for j in undone}
    with store.session() as session, pytest.raises(InputError, match="lists judge"):
        unmerge(session, [f"J-{linked.id}"])
