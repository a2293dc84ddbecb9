"""Reading capture data: a contingency-table CSV, a record-level CSV, or the store's lists.

A CSV with a `count` column is a contingency table (one row per capture pattern); without it,
each row is one person. Every other column is a list (values 0 or 1), except the strata
columns the user names.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from testimonies.errors import InputError
from testimonies.estimate.data import CaptureData, from_table
from testimonies.ingest.csvtext import csv_text
from testimonies.store.schema import ListRecord, VictimList

Strata = dict[str, CaptureData]
ALL = "all"
COUNT = "count"


def read_csv(path: Path, strata: Sequence[str] = (), encoding: str | None = None) -> Strata:
    """The capture data of a CSV file, one table per stratum (one stratum "all" without strata)."""
    source = str(path)
    header, rows = _rows(path, encoding)
    missing = [s for s in strata if s not in header]
    if missing:
        raise InputError(source, f"no strata column {missing[0]!r}; columns are {header}")
    lists = [c for c in header if c != COUNT and c not in strata]
    if not lists:
        raise InputError(source, "no list columns: give one 0/1 column per list")
    tallies: dict[str, Counter[tuple[int, ...]]] = defaultdict(Counter)
    for line, row in rows:
        record = dict(zip(header, row, strict=True))
        pattern = tuple(_flag(record[c], c, line, source) for c in lists)
        count = _count(record[COUNT], line, source) if COUNT in record else 1
        if not any(pattern):
            raise InputError(
                source,
                f"line {line} has 0 on every list; a person must be on at least one list "
                "(the unobserved cell is what is estimated: leave it out)",
            )
        label = " / ".join(record[s].strip() or "(blank)" for s in strata) or ALL
        tallies[label][pattern] += count
    return {label: from_table(lists, t.items(), source) for label, t in sorted(tallies.items())}


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """Commas, or the semicolons and tabs that spreadsheets in many locales write."""
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _rows(path: Path, encoding: str | None = None) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the data rows, each with its line in the file (blank lines skipped)."""
    source = str(path)
    text = csv_text(path, encoding)
    try:
        reader = csv.reader(io.StringIO(text), _dialect(text))
        table = [(reader.line_num, r) for r in reader if any(v.strip() for v in r)]
    except csv.Error as exc:
        raise InputError(source, f"malformed CSV ({exc})") from None
    header = [h.strip() for h in table[0][1]]
    if len(set(header)) != len(header) or "" in header:
        raise InputError(source, "the header row has blank or repeated column names")
    for line, row in table[1:]:
        if len(row) != len(header):
            raise InputError(
                source,
                f"malformed CSV: line {line} has {len(row)} fields, header has {len(header)}",
            )
    if len(table) < 2:
        raise InputError(source, "no data rows after the header")
    return header, table[1:]


def _flag(value: str, column: str, line: int, source: str) -> int:
    text = value.strip()
    if text not in ("0", "1"):
        # Words in a column ('north') are most often a stratum column the user did not name.
        hint = "" if any(c.isdigit() for c in text) or not text else (
            f" (a column to estimate each stratum by? give --strata {column})"
        )  # fmt: skip
        raise InputError(
            source,
            f"line {line}, list column {column!r} holds {text!r}; list columns must be 0 or 1"
            + hint,
        )
    return int(text)


def _count(value: str, line: int, source: str) -> int:
    text = value.strip()
    if not text.isdigit():
        raise InputError(
            source, f"line {line}: count {text!r} is not a whole number of people (0 or more)"
        )
    return int(text)


def read_store(
    session: Session, groups: Mapping[str, Sequence[str]] | None = None, strata: str | None = None
) -> Strata:
    """Capture data from the store's victim lists.

    Each victim list is one list, unless `groups` names lists made of several victim lists
    (e.g. {"press": ["BBC 2020", "AP 2021"]}). Records that share an entity are one person;
    a record with no entity is a person of its own. `strata` names a record field (place,
    sex, date, ...) or a key of its `extra` data.
    """
    source = "store"
    names = {v.id: v.name for v in session.scalars(select(VictimList))}
    if not names:
        raise InputError(source, "the store holds no victim lists")
    group_of = _groups(names, groups, source)
    people: dict[object, set[str]] = defaultdict(set)
    stratum: dict[object, str] = {}
    found = strata is None or strata in ListRecord.__table__.columns
    for record in session.scalars(select(ListRecord).order_by(ListRecord.id)):
        if record.list_id not in group_of:
            continue
        found = found or bool(record.extra and strata in record.extra)
        key: object = ("entity", record.entity_id) if record.entity_id else ("record", record.id)
        people[key].add(group_of[record.list_id])
        if strata and key not in stratum:
            stratum[key] = _field(record, strata)
    if not found:  # a misspelt field would put everyone in one stratum "(unknown)"
        raise InputError("--strata", f"no record field or list column named {strata!r}")
    lists = sorted(set(group_of.values()))
    tallies: dict[str, Counter[tuple[int, ...]]] = defaultdict(Counter)
    for key, member in people.items():
        tallies[stratum.get(key, ALL)][tuple(int(n in member) for n in lists)] += 1
    if not tallies:
        raise InputError(source, "the chosen victim lists hold no records")
    return {label: from_table(lists, t.items(), source) for label, t in sorted(tallies.items())}


def _groups(
    names: Mapping[int, str], groups: Mapping[str, Sequence[str]] | None, source: str
) -> dict[int, str]:
    if not groups:
        return {i: n for i, n in names.items()}
    ids = {n: i for i, n in names.items()}
    group_of: dict[int, str] = {}
    for group, members in groups.items():
        for member in members:
            if member not in ids:
                raise InputError(source, f"no victim list named {member!r} (group {group!r})")
            earlier = group_of.setdefault(ids[member], group)
            if earlier != group:  # else the last group would take it and the first lose it
                raise InputError(
                    "--lists",
                    f"list {member!r} is in groups {earlier!r} and {group!r}: "
                    "a list belongs to one group",
                )
    return group_of


def _field(record: ListRecord, name: str) -> str:
    value = getattr(record, name, None) if name in ListRecord.__table__.columns else None
    if value is None and record.extra:
        value = record.extra.get(name)
    return "(unknown)" if value is None else str(value)


def parse_groups(specs: Sequence[str], source: str = "--lists") -> dict[str, list[str]]:
    """`GROUP=list a,list b` specs into a mapping; a bare name is a group of one list."""
    groups: dict[str, list[str]] = {}
    for spec in specs:
        name, _, members = spec.partition("=")
        parts = [m.strip() for m in members.split(",") if m.strip()] if members else [name]
        if not name.strip() or not parts:
            raise InputError(source, f"cannot read {spec!r}; write GROUP=list1,list2")
        groups.setdefault(name.strip(), []).extend(parts)  # a group repeated gathers its lists
    return groups
