"""A person's review of list linkage: the pairs the linker was unsure about, and decisions on them.

The linker records every scored pair of list records as an automatic judgement (``record:<id>``).
Pairs scored between "unsure" and "same" wait here for a person; a person's decision is a
judgement too (never automatic), replaces that person's earlier decision on the same pair, and
is respected by the next ``lists link``: "different" keeps the two records apart whatever the
score, "same" joins their persons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from testimonies.errors import InputError, NotFoundError
from testimonies.link.entities import Decision, DecisionValue
from testimonies.link.judgements import record, retract
from testimonies.link.lists import human_judgements
from testimonies.store.db import Store
from testimonies.store.schema import Judgement, ListRecord, VictimList

RECORD_REF = re.compile(r"(?:record:|R-)?(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class RecordView:
    """One list record as a reviewer needs to see it."""

    id: int
    list_name: str
    row_number: int
    name: str
    sex: str | None
    birth_year: int | None
    date: str | None
    place: str | None

    @property
    def subject(self) -> str:
        return f"record:{self.id}"

    def describe(self) -> str:
        facts = [self.sex, f"born {self.birth_year}" if self.birth_year else None, self.date,
                 self.place]  # fmt: skip
        known = ", ".join(f for f in facts if f)
        where = f"{self.list_name} row {self.row_number}"
        return f"{self.name} ({known}; {where})" if known else f"{self.name} ({where})"


@dataclass(frozen=True)
class ListPair:
    """A pair of records the linker scored without deciding."""

    judgement: int
    score: float
    a: RecordView
    b: RecordView
    reason: str


def review_list_pairs(store: Store, limit: int | None = None) -> list[ListPair]:
    """Unsure pairs of the current list linkage that no person has decided yet, likeliest first."""
    with store.session() as session:
        decided = _pairs_decided_by_people(session)
        query = (
            select(Judgement)
            .where(
                Judgement.automatic.is_(True),
                Judgement.retracted_at.is_(None),
                Judgement.decision == "unsure",
                Judgement.subject_a.like("record:%"),
            )
            .order_by(Judgement.score.desc(), Judgement.id)
        )
        waiting = [
            j for j in session.scalars(query) if _key(j.subject_a, j.subject_b) not in decided
        ]
        if limit is not None:
            waiting = waiting[:limit]
        ids = {int(s.split(":")[1]) for j in waiting for s in (j.subject_a, j.subject_b)}
        views = _record_views(session, ids)
        return [
            ListPair(
                j.id,
                float(j.score or 0.0),
                views[int(j.subject_a.split(":")[1])],
                views[int(j.subject_b.split(":")[1])],
                j.reason or "",
            )
            for j in waiting
        ]


def judge_records(
    store: Store,
    ref_a: str,
    ref_b: str,
    decision: DecisionValue,
    reviewer: str,
    note: str | None = None,
) -> Judgement:
    """Record a person's decision on two list records (``record:12``, ``R-12`` or ``12``).

    It replaces the same person's earlier decision on that pair and takes effect at the next
    ``lists link``.
    """
    a_id, b_id = _record_id(ref_a), _record_id(ref_b)
    if a_id == b_id:
        raise InputError(f"{ref_a} {ref_b}", "both refer to the same record")
    with store.session() as session:
        views = _record_views(session, {a_id, b_id})
        for wanted, ref in ((a_id, ref_a), (b_id, ref_b)):
            if wanted not in views:
                raise NotFoundError(f"{ref}: no such list record (see testimonies lists review)")
        a, b = views[a_id], views[b_id]
        for earlier in _people_judgements_on(session, a.subject, b.subject, reviewer):
            retract(session, earlier, f"replaced by a later decision of {reviewer}")
        reason = f"decided by {reviewer}: {a.describe()} vs {b.describe()}"
        if note:
            reason += f": {note}"
        return record(session, Decision(a.subject, b.subject, decision, 1.0, reason), reviewer,
                      automatic=False)  # fmt: skip


def _record_id(ref: str) -> int:
    match = RECORD_REF.fullmatch(ref.strip())
    if match is None:
        raise InputError(ref or "''", "not a list record: write record:12, R-12 or 12")
    return int(match.group(1))


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _pairs_decided_by_people(session: Session) -> set[tuple[str, str]]:
    return {_key(j.subject_a, j.subject_b) for j in human_judgements(session)}


def _people_judgements_on(session: Session, a: str, b: str, reviewer: str) -> list[Judgement]:
    pair = _key(a, b)
    return [
        j
        for j in human_judgements(session)
        if j.decided_by == reviewer and _key(j.subject_a, j.subject_b) == pair
    ]


def _record_views(session: Session, ids: set[int]) -> dict[int, RecordView]:
    query = (
        select(ListRecord, VictimList.name)
        .join(VictimList, VictimList.id == ListRecord.list_id)
        .where(ListRecord.id.in_(ids))
    )
    return {
        r.id: RecordView(
            r.id, list_name, r.row_number, r.name, r.sex, r.birth_year, r.date, r.place
        )
        for r, list_name in session.execute(query)
    }


@dataclass(frozen=True)
class ListPerson:
    """One person of the list linkage with the records that were joined into them."""

    entity: int
    records: tuple[RecordView, ...]

    @property
    def lists(self) -> set[str]:
        return {r.list_name for r in self.records}


def linked_persons(store: Store, everyone: bool = False) -> list[ListPerson]:
    """Persons of the current list linkage with more than one record (all persons: `everyone`),
    those on the most lists first."""
    with store.session() as session:
        query = select(ListRecord.entity_id, ListRecord.id).where(ListRecord.entity_id.is_not(None))
        members: dict[int, list[int]] = {}
        for entity, record_id in session.execute(query):
            if entity is not None:
                members.setdefault(entity, []).append(record_id)
        views = _record_views(session, {i for ids in members.values() for i in ids})
    persons = [
        ListPerson(entity, tuple(sorted((views[i] for i in ids), key=lambda v: v.id)))
        for entity, ids in members.items()
        if everyone or len(ids) > 1
    ]
    return sorted(persons, key=lambda p: (-len(p.lists), -len(p.records), p.entity))
