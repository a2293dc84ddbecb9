"""`testimonies estimate` through the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from testimonies.cli.main import app
from testimonies.store.db import open_store
from testimonies.store.schema import Entity, ListRecord, VictimList

runner = CliRunner()
FAST = ["--burnin", "300", "--samples", "100", "--thin", "2", "--chains", "2"]
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "lists" / "victim_lists.csv"


def cli(*args: str, db: str | None = None) -> tuple[int, str, str]:
    prefix = ["--db", db] if db else []
    result = runner.invoke(app, [*prefix, "estimate", *args])
    return result.exit_code, result.stdout, result.stderr


def test_all_methods_print_estimates(mse_dir: Path) -> None:
    code, out, _ = cli(str(mse_dir / "dga_madigan_york_3list.csv"), *FAST)
    assert code == 0
    for method in ("loglinear all: documented 626", "dga all: documented 626", "lcmcr all"):
        assert method in out
    assert "model: independence" in out
    assert "R-hat" in out


def test_fixed_model_prints_the_reference_figures(mse_dir: Path) -> None:
    code, out, _ = cli(
        str(mse_dir / "rcapture_hiv_rome.csv"), "--method", "loglinear", "--terms", "c1:c2"
    )
    assert code == 0
    assert "estimate 12,308.0, interval 10,266 – 14,992" in out
    assert "model: independence + c1:c2 (weight 1.000)" in out


def test_json_output_with_strata(tmp_path: Path) -> None:
    code, out, _ = cli(str(EXAMPLE), "--strata", "region", "--json", *FAST)
    assert code == 0
    report = json.loads(out)
    assert report["strata"] == ["north", "south"]
    rows = {(e["method"], e["stratum"]): e for e in report["estimates"]}
    assert set(rows) == {
        (m, s) for m in ("loglinear", "dga", "lcmcr") for s in ("north", "south", "total")
    }
    total = rows[("lcmcr", "total")]
    assert (
        total["documented"]
        == rows[("lcmcr", "north")]["documented"] + rows[("lcmcr", "south")]["documented"]
    )
    assert total["lower"] <= total["estimate"] <= total["upper"]
    assert rows[("dga", "north")]["model_weight"] > 0


def test_plot_is_a_png(tmp_path: Path, mse_dir: Path) -> None:
    png = tmp_path / "posterior.png"
    code, _, _ = cli(str(mse_dir / "dga_madigan_york_3list.csv"), "--plot", str(png), *FAST)
    assert code == 0
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert png.stat().st_size > 10_000


@pytest.mark.parametrize(
    ("text", "args", "message"),
    [
        ("", [], "the file is empty"),
        ("A,B,C,count\n1,1,0,2\n1,0\n", [], "malformed CSV: line 3 has 2 fields"),
        ("A,B,C,count\n1,2,0,3\n", [], "list column 'B' holds '2'; list columns must be 0 or 1"),
        ("A,B,C,count\n0,0,0,9\n1,1,0,2\n", [], "line 2 has 0 on every list"),
        ("A,B,C,count\n1,0,0,5\n0,1,0,4\n0,0,1,3\n", [], "no person is on more than one list"),
        ("A,B,C,count\n1,1,0,5\n0,1,0,4\n", [], "list 'C' has no records"),
        ("A,B,count\n1,1,5\n0,1,4\n1,0,3\n", ["--method", "dga"], "needs at least 3 lists"),
        ("A,B,count\n1,1,5\n0,1,4\n1,0,3\n", ["--method", "lcmcr"], "needs at least 3 lists"),
        ("A,B,C,count\n1,1,0,5\n0,1,1,4\n1,0,1,3\n", ["--method", "magic"], "unknown method"),
    ],
)
def test_bad_input_is_one_line_and_exit_two(
    tmp_path: Path, text: str, args: list[str], message: str
) -> None:
    path = tmp_path / "lists.csv"
    path.write_text(text)
    code, out, err = cli(str(path), *args)
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1
    assert lines[0].startswith("error:") and message in lines[0]
    assert "lists.csv" in lines[0] or "--method" in lines[0]
    assert out == ""


def test_no_source_or_missing_file(tmp_path: Path) -> None:
    code, _, err = cli()
    assert code == 2 and "either a CSV file or --from-store" in err
    code, _, err = cli(str(tmp_path / "gone.csv"))
    assert code == 2 and "gone.csv: cannot read the file" in err


def test_from_store_with_groups(sqlite_url: str) -> None:
    now = datetime.now(UTC)
    with open_store(sqlite_url).session() as s:
        lists = [VictimList(name=n, imported_at=now) for n in ("ngo", "family", "press", "bbc")]
        people = [Entity(kind="person", name=f"p{i}", created_at=now) for i in range(40)]
        s.add_all(lists + people)
        s.flush()
        row = 0
        for i, person in enumerate(people):
            for k, lst in enumerate(lists):
                if (i + k) % 3 == 0 or i % 5 == k:
                    s.add(
                        ListRecord(
                            list_id=lst.id, row_number=row, name=f"r{row}", entity_id=person.id
                        )
                    )
                    row += 1
    code, out, err = cli(
        "--from-store",
        "--lists",
        "ngo=ngo",
        "--lists",
        "family=family",
        "--lists",
        "media=press,bbc",
        "--method",
        "loglinear",
        db=sqlite_url,
    )
    assert code == 0, err
    assert "Lists: family, media, ngo" in out
    assert "documented 40" in out


def test_six_lists_skip_dga_with_a_warning(mse_dir: Path) -> None:
    uk = str(mse_dir / "sparsemse_uk_modern_slavery_2013.csv")
    code, out, err = cli(uk, "--method", "loglinear,dga", *FAST)
    assert code == 0
    assert "loglinear all: documented 2,744" in out and "dga all" not in out
    assert "dga skipped" in err
    code, _, err = cli(uk, "--method", "dga")
    assert code == 2 and "3 to 5 lists, not 6; merge some lists" in err


def test_plot_into_missing_folder(tmp_path: Path, mse_dir: Path) -> None:
    png = tmp_path / "nowhere" / "p.png"
    code, _, err = cli(str(mse_dir / "dga_madigan_york_3list.csv"), "--plot", str(png))
    assert code == 2 and "the folder for the plot does not exist" in err


def test_dga_refuses_a_delta_that_is_not_positive() -> None:
    from pathlib import Path

    from typer.testing import CliRunner

    from testimonies.cli.main import app

    table = Path(__file__).parents[1] / "data" / "mse" / "dga_madigan_york_3list.csv"
    result = CliRunner().invoke(app, ["estimate", str(table), "--method", "dga", "--delta", "-1"])
    assert result.exit_code == 2
    assert "the hyper-Dirichlet parameter must be above 0" in result.stderr
