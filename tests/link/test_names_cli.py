"""`testimonies names compare`, for two names and for a CSV of labelled pairs."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from testimonies.cli.main import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["names", "compare", *args])
    return result.exit_code, result.stdout, result.stderr


def test_two_names() -> None:
    code, out, _ = run("Mr. Mohammad Hossein Sobhani", "Mohammed Hussein Subhani")
    assert code == 0
    assert out.startswith("same 1.00")
    assert "family_name" in out and "ignored titles and particles: mr" in out


def test_two_names_json() -> None:
    code, out, _ = run("Massoud Rajavi", "Maryam Rajavi", "--json")
    body = json.loads(out)
    assert code == 0 and body["verdict"] == "different" and body["reasons"]


def test_pairs_with_labels_print_scores(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(
        "a,b,label\n"
        "Massoud Rajavi,Masoud Radjavi,same\n"
        "Massoud Rajavi,Maryam Rajavi,different\n"
        "Sobhani,Mohammad Sobhani,same\n"
        "Hamid Karimi,Hamed Karimi,different\n"
    )
    code, out, _ = run("--pairs", str(pairs), "--json", "--unsure-as", "different")
    body = json.loads(out)
    assert code == 0
    assert body["scores"] == {
        "pairs": 4, "labelled": 4, "tp": 1, "fp": 0, "fn": 1, "tn": 2, "unsure_verdicts": 1,
        "precision": 1.0, "recall": 0.5, "f1": 0.6667,
    }  # fmt: skip
    code, out, _ = run("--pairs", str(pairs), "--unsure-as", "different")
    assert "F1 0.6667" in out and "unsure' verdict counts as not same" in out
    code, out, _ = run("--pairs", str(pairs), "--json")  # by default unsure counts as same
    assert json.loads(out)["scores"]["f1"] == 1.0


def test_pairs_errors(tmp_path: Path) -> None:
    missing = tmp_path / "p.csv"
    missing.write_text("x,y\n1,2\n")
    code, _, err = run("--pairs", str(missing))
    assert code == 2 and "p.csv: needs columns a and b" in err
    missing.write_text("a,b,label\nAli,Ali,perhaps\n")
    code, _, err = run("--pairs", str(missing))
    assert code == 2 and "row 2: label 'perhaps'" in err
    code, _, err = run("only-one")
    assert code == 2 and "give two names" in err


def test_an_empty_name_is_a_one_line_error() -> None:
    code, _, err = run("  ", "Massoud Rajavi")
    assert code == 2 and err.strip() == "error: a name is empty: give two names to compare"
