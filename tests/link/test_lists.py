"""Victim lists: import errors, import through the CLI, linkage through the store, undo."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from testimonies.cli.main import app
from testimonies.errors import InputError
from testimonies.link.lists import import_list, link_lists, unlink_lists
from testimonies.store import audit
from testimonies.store.db import open_store
from testimonies.store.schema import Entity, Judgement, ListRecord

runner = CliRunner()

NGO = """Full Name,Gender,Born,Date,Place,Notes
Mohammad Hossein Sobhani,M,1960,1992-09,Camp Ashraf,solitary confinement
Maryam Rezaei,F,1971,1995,Camp Ashraf,
Massoud Karimi,M,1965,1994-03-01,Baghdad,
Ali Akbar Ahmadi,M,1958,,Camp Ashraf,
Zahra Mousavi,F,1975,1996,Camp Liberty,
"""
FAMILIES = """name,sex,age,date,place,notes
Mohammed Hussein Subhani,male,32,1992,Ashraf,brother reported
Maryam Rezai,female,24,1995,Camp Ashraf,
Masoud Karimi,male,,1994,Baghdad,
Reza Ahmadi,male,40,1998,Camp Ashraf,
Fatemeh Mousavi,female,20,1995,Camp Liberty,
"""


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def cli(db: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", db, *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "the file is empty"),
        (b"\x00\x01\x02binary", "binary file, not CSV"),
        ("who,age\nAli,3\n", "no name column"),
        ('name,age\n"Ali Rezaei,30\n', "malformed CSV"),
        ("name,age\nAli,30,extra\n", "row 2 has 3 fields"),
        ("name,age\n,30\n", "no rows with a name"),
    ],
)
def test_import_errors_are_one_line_naming_the_file(
    sqlite_url: str, tmp_path: Path, content: str | bytes, reason: str
) -> None:
    path = write(tmp_path, "bad.csv", content)
    code, _, err = cli(sqlite_url, "lists", "import", str(path), "--list", "x")
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "bad.csv" in lines[0] and reason in lines[0], err


def test_import_maps_columns_and_keeps_extra(sqlite_url: str, tmp_path: Path) -> None:
    path = write(tmp_path, "ngo.csv", NGO.replace("Notes", "Source"))
    code, out, err = cli(sqlite_url, "lists", "import", str(path), "--list", "ngo",
                         "--map", "name=Full Name")  # fmt: skip
    assert code == 0, err
    assert "5 records" in out
    store = open_store(sqlite_url)
    with store.session() as session:
        first = session.scalars(select(ListRecord).order_by(ListRecord.id)).first()
        assert first is not None
        assert (first.name, first.sex, first.birth_year, first.date) == (
            "Mohammad Hossein Sobhani", "male", 1960, "1992-09")  # fmt: skip
        assert first.extra == {"Source": "solitary confinement"}
        assert audit.entries(session, target="list:1")[0].action == "lists.import"


def test_duplicate_list_name_and_unknown_mapped_column(sqlite_url: str, tmp_path: Path) -> None:
    store = open_store(sqlite_url)
    path = write(tmp_path, "fam.csv", FAMILIES)
    import_list(store, path, "families")
    with pytest.raises(InputError, match="already exists"):
        import_list(store, path, "families")
    with pytest.raises(InputError, match="no column 'Victim'"):
        import_list(store, path, "other", {"name": "Victim"})


def test_link_across_lists_through_the_store(sqlite_url: str, tmp_path: Path) -> None:
    store = open_store(sqlite_url)
    import_list(store, write(tmp_path, "ngo.csv", NGO), "ngo", {"name": "Full Name"})
    import_list(store, write(tmp_path, "fam.csv", FAMILIES), "families")
    summary = link_lists(store)
    assert summary.records == 10 and summary.backend == "duckdb"
    with store.session() as session:
        by_name = {r.name: r.entity_id for r in session.scalars(select(ListRecord))}
        judgements = list(session.scalars(select(Judgement)))
        persons = session.scalars(select(Entity.kind)).all()
    # Spelling variants across lists are one person ...
    assert by_name["Mohammad Hossein Sobhani"] == by_name["Mohammed Hussein Subhani"]
    assert by_name["Massoud Karimi"] == by_name["Masoud Karimi"]
    assert by_name["Maryam Rezaei"] == by_name["Maryam Rezai"]
    # ... shared family names with other given names are not.
    assert by_name["Ali Akbar Ahmadi"] != by_name["Reza Ahmadi"]
    assert by_name["Zahra Mousavi"] != by_name["Fatemeh Mousavi"]
    assert set(persons) == {"person"}
    same = [j for j in judgements if j.decision == "same"]
    assert same and all(j.automatic and j.subject_a.startswith("record:") for j in same)
    assert all(j.score is not None and j.score >= 0.9 and "name:" in (j.reason or "") for j in same)

    retracted = unlink_lists(store)
    assert retracted == len(judgements)
    with store.session() as session:
        assert all(r.entity_id is None for r in session.scalars(select(ListRecord)))
        live = session.scalars(select(Judgement).where(Judgement.retracted_at.is_(None))).all()
        assert live == []
        actions = [e.action for e in audit.entries(session)]
    assert actions[:2] == ["lists.unlink", "lists.link"]


def test_a_human_different_judgement_keeps_records_apart(sqlite_url: str, tmp_path: Path) -> None:
    store = open_store(sqlite_url)
    import_list(store, write(tmp_path, "ngo.csv", NGO), "ngo", {"name": "Full Name"})
    import_list(store, write(tmp_path, "fam.csv", FAMILIES), "families")
    with store.session() as session:
        ids = {r.name: r.id for r in session.scalars(select(ListRecord))}
        a, b = ids["Massoud Karimi"], ids["Masoud Karimi"]
        session.add(
            Judgement(
                subject_a=f"record:{a}",
                subject_b=f"record:{b}",
                decision="different",
                decided_by="reviewer",
                automatic=False,
                at=datetime.now(UTC),
            )
        )
    link_lists(store)
    with store.session() as session:
        entity = {r.id: r.entity_id for r in session.scalars(select(ListRecord))}
    assert entity[a] != entity[b]


def test_link_command(sqlite_url: str, tmp_path: Path) -> None:
    cli(sqlite_url, "lists", "import", str(write(tmp_path, "f.csv", FAMILIES)), "--list", "f")
    code, out, err = cli(sqlite_url, "lists", "link")
    assert code == 0, err
    assert "5 records -> 5 persons" in out


def test_mapping_file(sqlite_url: str, tmp_path: Path) -> None:
    mapping = write(tmp_path, "map.yaml", "name: Full Name\nbirth_year: Born\n")
    path = write(tmp_path, "ngo.csv", NGO)
    code, out, err = cli(
        sqlite_url, "lists", "import", str(path), "--list", "ngo", "--mapping", str(mapping)
    )
    assert code == 0, err
    assert "5 records" in out
    bad = write(tmp_path, "bad.yaml", "- just a list\n")
    code, _, err = cli(
        sqlite_url, "lists", "import", str(path), "--list", "x", "--mapping", str(bad)
    )
    assert code == 2 and "bad.yaml" in err and "field: column" in err
