"""A person's review of list linkage: unsure pairs, decisions, and their effect on the next link."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from testimonies.cli.main import app
from testimonies.errors import InputError, NotFoundError
from testimonies.link.list_review import judge_records, linked_persons, review_list_pairs
from testimonies.link.lists import import_list, link_lists
from testimonies.store import audit
from testimonies.store.db import Store, open_store
from testimonies.store.schema import Judgement, ListRecord

NGO = """name,sex,born,date,place
Mohammad Hossein Sobhani,M,1960,1992-09,Camp Ashraf
Maryam Rezaei,F,1971,1995,Camp Ashraf
Zahra Mousavi,F,1975,1996,Camp Liberty
"""
FAMILIES = """name,sex,age,date,place
Mohammed Hussein Subhani,male,32,1992,Ashraf
Maryam Rezai,female,24,1995,Camp Ashraf
Mohamad Sobhani,male,,1992,Camp Ashraf
Zahra Musavi,female,,1997,Camp Ashraf
"""


@pytest.fixture
def linked(sqlite_url: str, tmp_path: Path) -> Store:
    store = open_store(sqlite_url)
    for name, text in (("ngo", NGO), ("families", FAMILIES)):
        path = tmp_path / f"{name}.csv"
        path.write_text(text)
        import_list(store, path, name)
    link_lists(store)
    return store


def entities(store: Store) -> dict[int, int | None]:
    with store.session() as session:
        return {r.id: r.entity_id for r in session.scalars(select(ListRecord))}


def test_unsure_pairs_wait_for_a_person_with_both_records_described(linked: Store) -> None:
    pairs = review_list_pairs(linked)
    assert pairs, "the sparse records (no birth year, other place) should leave unsure pairs"
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    first = pairs[0]
    assert first.a.list_name != first.b.list_name or first.a.id != first.b.id
    assert first.a.subject.startswith("record:") and "name:" in first.reason
    assert first.a.name in first.a.describe() and first.a.list_name in first.a.describe()
    assert len(review_list_pairs(linked, limit=1)) == 1


def test_different_keeps_apart_and_same_joins_at_the_next_link(linked: Store) -> None:
    pairs = review_list_pairs(linked)
    assert len(pairs) >= 2
    one, two = pairs[:2]
    judge_records(linked, one.a.subject, f"R-{one.b.id}", "different", "reviewer", "cousins")
    judge_records(linked, str(two.a.id), str(two.b.id), "same", "reviewer")
    decided = {(one.a.id, one.b.id), (two.a.id, two.b.id)}
    assert not decided & {(p.a.id, p.b.id) for p in review_list_pairs(linked)}
    link_lists(linked)
    entity = entities(linked)
    assert entity[one.a.id] != entity[one.b.id]
    assert entity[two.a.id] == entity[two.b.id]
    with linked.session() as session:
        actions = [e.action for e in audit.entries(session)]
    assert "judgement.add" in actions


def test_a_new_decision_replaces_the_same_persons_earlier_one(linked: Store) -> None:
    pair = review_list_pairs(linked)[0]
    judge_records(linked, pair.a.subject, pair.b.subject, "same", "reviewer")
    judge_records(linked, pair.b.subject, pair.a.subject, "different", "reviewer")
    with linked.session() as session:
        live = session.scalars(
            select(Judgement.decision).where(
                Judgement.automatic.is_(False), Judgement.retracted_at.is_(None)
            )
        ).all()
    assert live == ["different"]
    link_lists(linked)
    entity = entities(linked)
    assert entity[pair.a.id] != entity[pair.b.id]


def test_bad_references_are_refused(linked: Store) -> None:
    with pytest.raises(NotFoundError, match="999"):
        judge_records(linked, "record:1", "record:999", "same", "reviewer")
    with pytest.raises(InputError, match="same record"):
        judge_records(linked, "record:1", "1", "same", "reviewer")
    with pytest.raises(InputError, match="not a list record"):
        judge_records(linked, "mention:1", "2", "same", "reviewer")


def test_review_and_judge_commands(linked: Store, sqlite_url: str) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["--db", sqlite_url, "lists", "review"])
    assert result.exit_code == 0, result.stderr
    assert "record pairs to review" in result.stdout and "lists judge" in result.stdout
    pair = review_list_pairs(linked)[0]
    result = runner.invoke(
        app, ["--db", sqlite_url, "lists", "judge", pair.a.subject, pair.b.subject, "--unsure"]
    )
    assert result.exit_code == 0, result.stderr
    assert "unsure" in result.stdout and "lists link" in result.stdout
    result = runner.invoke(app, ["--db", sqlite_url, "lists", "judge", "1", "2"])
    assert result.exit_code != 0 and "exactly one" in result.stderr


def test_persons_show_the_records_joined_across_lists(linked: Store, sqlite_url: str) -> None:
    joined = linked_persons(linked)
    names = [{r.name for r in p.records} for p in joined]
    assert any({"Mohammad Hossein Sobhani", "Mohammed Hussein Subhani"} <= n for n in names)
    assert {"Maryam Rezaei", "Maryam Rezai"} in names
    assert not any({"Zahra Mousavi", "Maryam Rezai"} <= n for n in names)
    assert all(len(p.records) > 1 for p in joined)
    everyone = linked_persons(linked, everyone=True)
    assert sum(len(p.records) for p in everyone) == 7 and len(everyone) > len(joined)
    result = CliRunner().invoke(app, ["--db", sqlite_url, "lists", "persons"])
    assert result.exit_code == 0, result.stderr
    assert "Maryam Rezai" in result.stdout and "ngo, families" not in result.stdout
    assert "families, ngo" in result.stdout
