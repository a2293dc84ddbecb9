"""Reading capture data from CSV files and from the store; refusing what cannot be used."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from testimonies.errors import InputError
from testimonies.estimate.data import validate
from testimonies.estimate.readers import parse_groups, read_csv, read_store
from testimonies.store.db import open_store
from testimonies.store.schema import Entity, ListRecord, VictimList


def write(tmp_path: Path, text: str, name: str = "lists.csv") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_contingency_table(mse_dir: Path) -> None:
    data = read_csv(mse_dir / "rcapture_hiv_rome.csv")["all"]
    assert data.lists == ("c1", "c2", "c3", "c4")
    assert data.documented == 1896
    assert data.full_table()[0b0001] == 403  # c1 only


def test_record_level_csv_with_strata(tmp_path: Path) -> None:
    rows = "A,B,C,region\n1,0,0,north\n1,1,0,north\n0,0,1,south\n1,1,0,south\n1,1,0,north\n"
    strata = read_csv(write(tmp_path, rows), ["region"])
    assert list(strata) == ["north", "south"]
    north = strata["north"]
    assert north.documented == 3
    assert north.full_table()[0b011] == 2


def test_repeated_patterns_add_up(tmp_path: Path) -> None:
    data = read_csv(write(tmp_path, "A,B,count\n1,1,2\n1,0,3\n1,1,4\n"))["all"]
    assert data.full_table().tolist() == [0, 3, 0, 6]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("A,B,count\n", "no data rows"),
        ("A,B,count\n1,1,3\n1,0\n", "line 3 has 2 fields"),
        ("A,B,count\n1,2,3\n", "must be 0 or 1"),
        ("A,B,count\n1,yes,3\n", "must be 0 or 1"),
        ("A,B,count\n0,0,5\n1,1,2\n", "0 on every list"),
        ("A,B,count\n1,1,-2\n", "whole number"),
        ("A,,count\n1,1,2\n", "blank or repeated"),
    ],
)
def test_bad_csv_is_refused_with_a_reason(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError, match=message) as info:
        read_csv(path)
    assert str(path) in str(info.value)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with pytest.raises(InputError, match=r"UTF-8|binary"):
        read_csv(path)


def test_unknown_strata_column(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no strata column 'year'"):
        read_csv(write(tmp_path, "A,B,count\n1,1,2\n"), ["year"])


@pytest.mark.parametrize(
    ("text", "message", "needs"),
    [
        ("A,B,C,count\n1,0,0,5\n0,1,0,4\n0,0,1,3\n", "more than one list", 2),
        ("A,B,C,count\n1,1,0,5\n0,1,0,4\n1,0,0,3\n", "list 'C' has no records", 2),
        ("A,B,count\n1,1,5\n0,1,4\n1,0,3\n", "at least 3 lists", 3),
        ("A,B,count\n1,1,0\n0,1,0\n", "nobody is documented", 2),
    ],
)
def test_unusable_tables_are_refused(tmp_path: Path, text: str, message: str, needs: int) -> None:
    data = read_csv(write(tmp_path, text))["all"]
    with pytest.raises(InputError, match=message):
        validate(data, "lists.csv", needs)


def test_groups_are_parsed() -> None:
    assert parse_groups(["press=BBC,AP", "NGO"]) == {"press": ["BBC", "AP"], "NGO": ["NGO"]}


def seed_store(url: str) -> None:
    now = datetime.now(UTC)
    with open_store(url).session() as s:
        lists = [VictimList(name=n, imported_at=now) for n in ("ngo", "family", "press", "bbc")]
        people = [Entity(kind="person", name=f"p{i}", created_at=now) for i in range(3)]
        s.add_all(lists + people)
        s.flush()
        ngo, family, press, bbc = (v.id for v in lists)
        records = [
            (ngo, people[0].id, "north"),
            (family, people[0].id, "north"),
            (press, people[1].id, "south"),
            (bbc, people[1].id, "south"),
            (ngo, people[1].id, "south"),
            (family, None, "north"),  # unlinked: a person of their own
            (family, None, "north"),
            (press, people[2].id, None),
        ]
        s.add_all(
            ListRecord(list_id=lst, row_number=i, name=f"r{i}", entity_id=ent, place=place)
            for i, (lst, ent, place) in enumerate(records)
        )


def test_store_lists_link_records_by_entity(store_url: str) -> None:
    seed_store(store_url)
    with open_store(store_url).session() as s:
        data = read_store(s)["all"]
        grouped = read_store(s, {"ngo": ["ngo"], "family": ["family"], "media": ["press", "bbc"]})
        by_place = read_store(s, strata="place")
    assert data.lists == ("bbc", "family", "ngo", "press")
    assert data.documented == 5  # three linked people and two unlinked records
    media = grouped["all"]
    assert media.lists == ("family", "media", "ngo")
    table = dict(zip(map(tuple, media.patterns.tolist()), media.counts.tolist(), strict=True))
    assert table[(0, 1, 1)] == 1  # p1: press, bbc, ngo -> media + ngo
    assert table[(1, 0, 0)] == 2
    assert sorted(by_place) == ["(unknown)", "north", "south"]
    assert np.sum([d.documented for d in by_place.values()]) == 5


def test_store_without_lists_or_with_unknown_group(store_url: str) -> None:
    with open_store(store_url).session() as s, pytest.raises(InputError, match="no victim lists"):
        read_store(s)
    seed_store(store_url)
    with open_store(store_url).session() as s, pytest.raises(InputError, match="'tv'"):
        read_store(s, {"media": ["tv"]})
