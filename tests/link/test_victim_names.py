"""Full names the claims give as victims are persons, where the tagger missed or mislabelled
them: an ORG tag on "Rustam Nurmatov" is read as a person, and the name is found elsewhere."""

from __future__ import annotations

from sqlalchemy import select

from testimonies.link.acts import link_all
from testimonies.store.db import open_store
from testimonies.store.schema import Entity, Mention
from tests.linking.helpers import add_claim, add_document, add_mention


def test_victim_names_are_persons(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    with store.session() as session:
        one = add_document(session, "one.txt", "Rustam Nurmatov died in the Sarykol centre.")
        two = add_document(session, "two.txt", "Relatives of Rustam Nurmatov were not told.")
        add_mention(session, one, "Rustam Nurmatov", "ORG")  # the tagger's slip
        add_claim(
            session, one, "Rustam Nurmatov died in the Sarykol centre", "death_in_custody",
            victims=["Rustam Nurmatov"], start="2020-02",
        )  # fmt: skip
    with store.session() as session:
        link_all(session)
    with store.session() as session:
        rows = session.execute(
            select(Mention.document_id, Entity.kind)
            .join(Entity, Entity.id == Mention.entity_id)
            .where(Mention.text == "Rustam Nurmatov")
        ).all()
    store.close()
    assert {kind for _, kind in rows} == {"person"}
    assert {doc for doc, _ in rows} == {one.id, two.id}  # found in the other document too
