"""Victim lists: import a CSV into ``victim_lists``/``list_records``; link records across lists.

Linking writes ``list_records.entity_id`` (one person entity per cluster) and records every
scored pair as an automatic judgement (``record:<id>``), with its score and reason. Undoing a
linkage retracts its judgements and clears the entity ids; judgements made by people are kept and
a 'different' one always keeps its two records apart.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import yaml
from edtf import parse_edtf
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from testimonies.errors import InputError, NotFoundError
from testimonies.ingest.csvtext import csv_text
from testimonies.link.linkage import Field, LinkageResult, LinkageSpec, link_frames
from testimonies.store import audit
from testimonies.store.db import Store
from testimonies.store.schema import Entity, Judgement, ListRecord, VictimList

FIELDS = ("name", "sex", "age", "birth_year", "date", "place", "notes")
MAX_AGE = 130  # an age above it is a typo or another column, kept as written
# Header spellings recognised without a mapping (lower case, spaces and dashes as underscores).
DEFAULT_HEADERS = {
    "name": ("name", "full_name", "victim", "victim_name", "person"),
    "sex": ("sex", "gender"),
    "age": ("age",),
    "birth_year": ("birth_year", "year_of_birth", "born", "yob"),
    "date": ("date", "date_of_act", "act_date", "date_of_death", "when"),
    "place": ("place", "place_of_act", "location", "where"),
    "notes": ("notes", "note", "comments", "remarks"),
}
SEX_VALUES = {"m": "male", "male": "male", "man": "male", "f": "female", "female": "female",
              "woman": "female"}  # fmt: skip
LINKER = "splink-lists"
LIST_SPEC = LinkageSpec(
    fields=(
        Field("name", "person_name"),
        Field("birth_year", "year"),
        Field("sex", "exact"),
        Field("place", "text"),
        Field("act_year", "year"),
    ),
    # Every pair agreeing on one of these is scored. Name keys alone, then a name key with the
    # person's other facts, so that a family name misspelt beyond folding (a typo, kh written x)
    # is still met through the first given name, and the reverse.
    blocking=(
        ("name_family", "name_given1"),
        ("name_compact",),
        ("name_family_fold", "name_given1_fold"),
        ("name_family_fold", "birth_year_year"),
        ("name_given1_fold", "birth_year_year", "place_text"),
        ("name_given1_fold", "place_text", "act_year_year"),
        ("name_family_fold", "place_text", "act_year_year"),
    ),
    # EM sessions on blocks where true pairs are common enough to learn from at any list size:
    # the first trains the facts, the second the name.
    training_blocks=(
        ("name_family_fold", "name_given1_fold"),
        ("birth_year_year", "place_text", "act_year_year"),
    ),
    u_max_pairs=1e7,  # agreeing names are rare among random pairs: a large sample meets some
    em_max_pairs=1e6,
)


@dataclass(frozen=True)
class ImportResult:
    list_id: int
    name: str
    records: int
    skipped: list[str]
    unread: list[str] = field(default_factory=list)  # values kept as written, not understood


# --- reading ----------------------------------------------------------------------------------


def read_mapping(path: Path) -> dict[str, str]:
    """A mapping file: YAML ``field: column header`` (e.g. ``name: Full Name``)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        reason = str(exc).strip().splitlines()[0]  # YAML errors run over several lines
        raise InputError(str(path), f"cannot read the column mapping ({reason})") from exc
    if not isinstance(data, dict):
        raise InputError(str(path), "the column mapping must be 'field: column' lines")
    return parse_mapping([f"{k}={v}" for k, v in data.items()], str(path))


def parse_mapping(items: Sequence[str], source: str = "--map") -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        key, sep, column = item.partition("=")
        if not sep or key.strip() not in FIELDS or not column.strip():
            raise InputError(source, f"'{item}' is not FIELD=COLUMN with FIELD in {FIELDS}")
        earlier = mapping.setdefault(key.strip(), column.strip())
        if earlier != column.strip():  # else the last would silently win
            raise InputError(
                source, f"field '{key.strip()}' is mapped twice ('{earlier}', '{column.strip()}')"
            )
    return mapping


def read_rows(
    path: Path, encoding: str | None = None
) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and rows of a CSV file, each row with its number as a spreadsheet shows it
    (header 1, blank rows counted, so a record can be found in the file); malformed files
    raise InputError naming them."""
    text = csv_text(path, encoding)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text), dialect, strict=True))
    except csv.Error as exc:
        raise InputError(str(path), f"malformed CSV ({exc})") from exc
    header = [h.strip() for h in rows[0]]
    if len(set(header)) != len(header) or not all(header):
        raise InputError(str(path), "the header row has empty or repeated column names")
    body = [(n, r) for n, r in enumerate(rows[1:], start=2) if any(c.strip() for c in r)]
    for number, row in body:
        if len(row) != len(header):
            raise InputError(
                str(path),
                f"malformed CSV: row {number} has {len(row)} fields, header {len(header)}",
            )
    return header, [(n, dict(zip(header, r, strict=True))) for n, r in body]


def _resolve_columns(header: list[str], mapping: Mapping[str, str], path: Path) -> dict[str, str]:
    folded = {re.sub(r"[\s\-]+", "_", h.lower()): h for h in header}
    columns = {}
    for field_name in FIELDS:
        if field_name in mapping:
            if mapping[field_name] not in header:
                raise InputError(
                    str(path), f"no column '{mapping[field_name]}' (mapped to {field_name})"
                )
            columns[field_name] = mapping[field_name]
            continue
        found = next((folded[h] for h in DEFAULT_HEADERS[field_name] if h in folded), None)
        if found is not None:
            columns[field_name] = found
    if "name" not in columns:
        raise InputError(
            str(path), f"no name column (columns: {', '.join(header)}); use --map name=COLUMN"
        )
    return columns


# --- values -----------------------------------------------------------------------------------


def _int(value: str) -> int | None:
    match = re.fullmatch(r"\s*(\d{1,4})(?:\.0+)?\s*", value or "")
    return int(match.group(1)) if match else None


def _age(value: str) -> int | None:
    age = _int(value)
    return age if age is not None and age <= MAX_AGE else None


def _sex(value: str) -> str | None:
    return SEX_VALUES.get((value or "").strip().lower())


def _date(value: str) -> str | None:
    """An EDTF date, converting dd/mm/yyyy; None when it cannot be read (kept raw in extra)."""
    value = (value or "").strip()
    day_first = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", value)
    if day_first:
        day, month, year = day_first.groups()
        value = f"{year}-{int(month):02d}-{int(day):02d}"
    if not value:
        return None
    try:
        parse_edtf(value)
    except Exception:  # edtf raises its own parse errors and sometimes others
        return None
    return value


def make_record(row: dict[str, str], columns: dict[str, str], number: int) -> ListRecord | None:
    def get(field_name: str) -> str:
        return row.get(columns.get(field_name, ""), "").strip()

    if not get("name"):
        return None
    used = set(columns.values())
    extra = {k: v for k, v in row.items() if k not in used and v.strip()}
    values = {name: read(get(name)) for name, read in VALUE_READERS.items()}
    for name, value in values.items():
        if get(name) and value is None:  # kept as written: nothing the list says is dropped
            extra[f"{name}_raw"] = get(name)
    return ListRecord(
        row_number=number,
        name=get("name"),
        sex=values["sex"],
        age=values["age"],
        birth_year=values["birth_year"],
        date=values["date"],
        place=get("place") or None,
        notes=get("notes") or None,
        extra=extra or None,
    )


VALUE_READERS: dict[str, Callable[[str], Any]] = {
    "sex": _sex,
    "age": _age,
    "birth_year": _int,
    "date": _date,
}


def _unread(record: ListRecord) -> list[str]:
    extra = record.extra or {}
    return [
        f"row {record.row_number}: {name} {extra[f'{name}_raw']!r}"
        for name in VALUE_READERS
        if f"{name}_raw" in extra
    ]


# --- import -----------------------------------------------------------------------------------


def import_list(
    store: Store,
    path: Path,
    list_name: str,
    mapping: Mapping[str, str] | None = None,
    encoding: str | None = None,
) -> ImportResult:
    """Import one CSV victim list under a new list name (UTF-8 or UTF-16 unless `encoding`)."""
    if not list_name.strip():
        raise InputError("--list", "give the new list a name")
    header, rows = read_rows(path, encoding)
    columns = _resolve_columns(header, mapping or {}, path)
    records, skipped = [], []
    for number, row in rows:
        record = make_record(row, columns, number)
        if record is None:
            skipped.append(f"row {number}: empty name")
        else:
            records.append(record)
    if not records:
        raise InputError(str(path), "no rows with a name")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    with store.session() as session:
        if session.scalar(select(VictimList.id).where(VictimList.name == list_name)):
            raise InputError(str(path), f"a list named '{list_name}' already exists")
        if same := session.scalar(select(VictimList.name).where(VictimList.sha256 == sha)):
            # Two copies of one source would overlap perfectly: estimates read that as proof.
            raise InputError(
                str(path),
                f"the same file is already imported as list '{same}': one source is one list",
            )
        victim_list = VictimList(
            name=list_name, source_file=str(path), sha256=sha, imported_at=datetime.now(UTC)
        )
        session.add(victim_list)
        session.flush()
        for record in records:
            record.list_id = victim_list.id
        session.add_all(records)
        audit.append(
            session,
            "lists.import",
            f"list:{victim_list.id}",
            {"name": list_name, "file": str(path), "records": len(records), "columns": columns},
        )
        unread = [line for record in records for line in _unread(record)]
        return ImportResult(victim_list.id, list_name, len(records), skipped, unread)


# --- linking ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkSummary:
    records: int
    pairs_same: int
    pairs_unsure: int
    persons: int
    backend: str
    trained: bool
    decided: int = 0  # pairs a person judged (lists judge), applied over the linker's scores


def _subject(record_id: int | str) -> str:
    return f"record:{record_id}"


def _record_frame(records: Sequence[ListRecord], list_names: dict[int, str]) -> pd.DataFrame:
    def birth_year(r: ListRecord) -> int | None:
        year = _year_of(r.date)
        if r.birth_year is not None:
            return r.birth_year
        return year - r.age if year is not None and r.age is not None else None

    return pd.DataFrame(
        {
            "unique_id": [str(r.id) for r in records],
            "source_dataset": [list_names[r.list_id] for r in records],
            "name": [r.name for r in records],
            "birth_year": [birth_year(r) for r in records],
            "sex": [r.sex for r in records],
            "place": [r.place for r in records],
            "act_year": [_year_of(r.date) for r in records],
        }
    )


def _year_of(date: str | None) -> int | None:
    match = re.match(r"(\d{4})", date or "")
    return int(match.group(1)) if match else None


def human_judgements(session: Session) -> list[Judgement]:
    """The live decisions people made on pairs of list records."""
    query = select(Judgement).where(
        Judgement.automatic.is_(False),
        Judgement.retracted_at.is_(None),
        Judgement.subject_a.like("record:%"),
    )
    return list(session.scalars(query))


def unlink_lists(store: Store) -> int:
    """Undo automatic list linkage: retract its judgements, clear entity ids. Returns retracted."""
    with store.session() as session:
        return _unlink(session)


def _unlink(session: Session) -> int:
    now = datetime.now(UTC)
    retracted: int = session.execute(  # type: ignore[attr-defined]
        update(Judgement)
        .where(
            Judgement.automatic.is_(True),
            Judgement.decided_by == LINKER,
            Judgement.retracted_at.is_(None),
        )
        .values(retracted_at=now)
    ).rowcount
    session.execute(update(ListRecord).values(entity_id=None))
    audit.append(session, "lists.unlink", "list_records", {"retracted_judgements": retracted})
    return int(retracted or 0)


def link_lists(
    store: Store, spark: Any | None = None, spec: LinkageSpec = LIST_SPEC
) -> LinkSummary:
    """Link every imported list's records (replacing the previous automatic linkage)."""
    with store.session() as session:
        records = list(session.scalars(select(ListRecord).order_by(ListRecord.id)))
        if not records:
            raise NotFoundError("no list records to link: import a list first")
        names = {
            row.id: row.name for row in session.execute(select(VictimList.id, VictimList.name))
        }
        human = human_judgements(session)
        frame = _record_frame(records, names)
        different = [(j.subject_a[7:], j.subject_b[7:]) for j in human if j.decision == "different"]
        result = link_frames([frame], spec, spark=spark, cannot_link=different)
        _unlink(session)
        _add_human_same(result, human)
        persons = _write_entities(session, records, result)
        same, unsure = _write_judgements(session, result, spec)
        audit.append(
            session,
            "lists.link",
            "list_records",
            {"records": len(records), "same": same, "unsure": unsure, "persons": persons,
             "backend": result.backend, "trained": result.trained},
        )  # fmt: skip
        return LinkSummary(
            len(records), same, unsure, persons, result.backend, result.trained, len(human)
        )


def _add_human_same(result: LinkageResult, human: Sequence[Judgement]) -> None:
    # A person's 'same' judgement joins the two clusters (unless that is the whole point).
    for j in human:
        if j.decision != "same":
            continue
        a, b = j.subject_a[7:], j.subject_b[7:]
        if a in result.clusters and b in result.clusters:
            old, new = result.clusters[b], result.clusters[a]
            for uid, number in result.clusters.items():
                if number == old:
                    result.clusters[uid] = new


def _write_entities(session: Session, records: Sequence[ListRecord], result: LinkageResult) -> int:
    members: dict[int, list[ListRecord]] = {}
    for record in records:
        members.setdefault(result.clusters[str(record.id)], []).append(record)
    now = datetime.now(UTC)
    for group in members.values():
        name = Counter(r.name for r in group).most_common(1)[0][0]
        entity = Entity(kind="person", name=name, created_at=now)
        session.add(entity)
        session.flush()
        for record in group:
            record.entity_id = entity.id
    return len(members)


def _write_judgements(
    session: Session, result: LinkageResult, spec: LinkageSpec
) -> tuple[int, int]:
    now = datetime.now(UTC)
    counts = Counter[str]()
    for row in result.pairs.itertuples(index=False):
        decision = "same" if row.match_probability >= spec.threshold else "unsure"
        counts[decision] += 1
        session.add(
            Judgement(
                subject_a=_subject(row.unique_id_l),
                subject_b=_subject(row.unique_id_r),
                decision=decision,
                score=float(row.match_probability),
                reason=str(row.reason),
                decided_by=LINKER,
                automatic=True,
                at=now,
            )
        )
    return counts["same"], counts["unsure"]
