"""Bad input found by the command-line audit: each case is one line on stderr naming the file or
value and the reason, never a traceback, and the store is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from testimonies.cli.main import app

runner = CliRunner()


def cli(db: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", db, *args])
    return result.exit_code, result.stdout, result.stderr


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), err
    return lines[0]


def test_an_impossible_date_in_a_sidecar_names_the_sidecar(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("He was detained in 1991.\n", encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text("published: 2019-13-45\n", encoding="utf-8")
    code, out, err = cli(sqlite_url, "ingest", str(tmp_path / "a.txt"))
    line = one_error_line(err)
    assert code == 1 and "a.meta.yaml" in line and "2019-13-45" in line
    assert "0 stored" in out


def test_a_store_path_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_bytes(b"these are my notes, not a database\n" * 200)
    code, _, err = cli(str(not_a_db), "documents")
    line = one_error_line(err)
    assert code == 2 and "notes.db" in line and "not a database" in line
    assert not_a_db.read_bytes() == b"these are my notes, not a database\n" * 200


def test_a_store_url_of_an_unsupported_kind_is_one_line() -> None:
    for url in ("mysql://user@host/db", "nosuch://x"):
        code, _, err = cli(url, "documents")
        line = one_error_line(err)
        assert code == 2 and url.split("://")[0] in line and "SQLite or PostgreSQL" in line


def test_an_unknown_act_code_is_named_not_silently_empty(sqlite_url: str) -> None:
    for command in (["claims"], ["acts"]):
        code, out, err = cli(sqlite_url, *command, "--act", "detension")
        line = one_error_line(err)
        assert code == 2 and "detension" in line and "detention" in line, command
        assert out == ""


def test_claims_of_a_document_that_does_not_exist_say_so(sqlite_url: str) -> None:
    code, out, err = cli(sqlite_url, "claims", "--document", "999")
    assert code == 2 and one_error_line(err) == "error: document 999: no such document"
    assert out == ""


def test_extract_of_a_latin1_file_takes_the_encoding_its_error_suggests(tmp_path: Path) -> None:
    doc = tmp_path / "lettre.txt"
    doc.write_bytes("Hélène said guards beat Omar Vell in March 2004.\n".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(doc), "--jsonl"])
    assert result.exit_code == 1 and "pass --encoding" in one_error_line(result.stderr)
    result = runner.invoke(app, ["extract", str(doc), "--jsonl", "--encoding", "latin-1"])
    assert result.exit_code == 0, result.stderr
    assert '"act": "physical_assault"' in result.stdout


def test_a_gold_line_that_is_not_an_object_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Guards beat Omar Vell in March 2004.\n", encoding="utf-8")
    for line in ("[1, 2]", '{"document": "a.txt", "act": "detention", "evidence": "x"}'):
        (tmp_path / "a.jsonl").write_text(line + "\n", encoding="utf-8")
        result = runner.invoke(app, ["evaluate", str(tmp_path), str(tmp_path)])
        error = one_error_line(result.stderr)
        assert result.exit_code == 2 and "a.jsonl:1: not a claim" in error, line


def test_the_wrong_mark_of_names_compare_follows_unsure_as(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b,label\nRajavi,Massoud Rajavi,same\n", encoding="utf-8")
    result = runner.invoke(app, ["names", "compare", "--pairs", str(pairs)])
    assert result.exit_code == 0 and "unsure" in result.stdout
    assert "✗" not in result.stdout and "F1 1.0000" in result.stdout  # unsure counts as same
    strict = ["names", "compare", "--pairs", str(pairs), "--unsure-as", "different"]
    result = runner.invoke(app, strict)
    assert "unsure ✗" in result.stdout and "F1 0.0000" in result.stdout


def test_list_values_not_understood_are_kept_as_written_and_said(
    sqlite_url: str, tmp_path: Path
) -> None:
    import sqlite3

    table = tmp_path / "list.csv"
    table.write_text(
        "name,sex,age,birth_year,date\nAli Nouri,banana,abc,99999,2019-13-45\n"
        "Reza Nouri,M,400,1961,1991\n",
        encoding="utf-8",
    )
    code, out, err = cli(sqlite_url, "lists", "import", str(table), "--list", "l")
    assert code == 0, err
    assert "row 2: sex 'banana'" in out and "row 3: age '400'" in out
    connection = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    extras = [row[0] for row in connection.execute("SELECT extra FROM list_records ORDER BY id")]
    connection.close()
    assert '"sex_raw": "banana"' in extras[0] and '"age_raw": "abc"' in extras[0]
    assert '"birth_year_raw": "99999"' in extras[0] and '"date_raw": "2019-13-45"' in extras[0]
    assert '"age_raw": "400"' in extras[1]


def test_a_list_needs_a_name_and_a_bad_mapping_file_is_one_line(
    sqlite_url: str, tmp_path: Path
) -> None:
    table = tmp_path / "list.csv"
    table.write_text("name\nAli Nouri\n", encoding="utf-8")
    code, _, err = cli(sqlite_url, "lists", "import", str(table), "--list", " ")
    assert code == 2 and "--list" in one_error_line(err)
    mapping = tmp_path / "map.yaml"
    mapping.write_text("name: [Full name\n", encoding="utf-8")
    args = ("lists", "import", str(table), "--list", "l", "--mapping", str(mapping))
    code, _, err = cli(sqlite_url, *args)
    assert code == 2 and "map.yaml: cannot read the column mapping" in one_error_line(err)


TABLE = "a,b,c,count\n1,1,1,5\n1,1,0,8\n1,0,1,7\n0,1,1,6\n1,0,0,20\n0,1,0,25\n0,0,1,22\n"


def test_estimate_refuses_a_plot_it_cannot_write_before_estimating(tmp_path: Path) -> None:
    table = tmp_path / "lists.csv"
    table.write_text(TABLE, encoding="utf-8")
    args = ["estimate", str(table), "--method", "loglinear", "--plot"]
    for target in (tmp_path, tmp_path / "as_file.csv" / "x.png"):
        (tmp_path / "as_file.csv").write_text("a file, not a folder\n", encoding="utf-8")
        result = runner.invoke(app, [*args, str(target)])
        assert result.exit_code == 2 and "plot" in one_error_line(result.stderr), target
        assert result.stdout == ""


def test_estimate_values_that_do_not_apply_or_fit_are_one_line(tmp_path: Path) -> None:
    table = tmp_path / "lists.csv"
    table.write_text(TABLE, encoding="utf-8")
    result = runner.invoke(app, ["estimate", str(table), "--lists", "g=a,b"])
    assert result.exit_code == 2 and "--lists" in one_error_line(result.stderr)
    lcmcr = ["estimate", str(table), "--method", "lcmcr", "--samples", "4", "--burnin", "0"]
    result = runner.invoke(app, [*lcmcr, "--seed", "9" * 20])
    assert result.exit_code == 2 and "--seed" in one_error_line(result.stderr)


def test_estimate_names_the_line_of_the_file_and_reads_semicolons(tmp_path: Path) -> None:
    table = tmp_path / "lists.csv"
    table.write_text("a,b,c,count\n1,1,1,5\n\n\n1,1,0,x\n", encoding="utf-8")
    result = runner.invoke(app, ["estimate", str(table), "--method", "loglinear"])
    assert result.exit_code == 2 and "line 5: count 'x'" in one_error_line(result.stderr)
    table.write_text(TABLE.replace(",", ";"), encoding="utf-8")
    result = runner.invoke(app, ["estimate", str(table), "--method", "loglinear", "--json"])
    assert result.exit_code == 0, result.stderr
    assert '"documented": 93' in result.stdout


def test_list_records_keep_the_line_of_the_file_across_blank_lines(
    sqlite_url: str, tmp_path: Path
) -> None:
    import sqlite3

    table = tmp_path / "list.csv"
    table.write_text("name,age\nAli Nouri,30\n\n\nReza Nouri,41\n", encoding="utf-8")
    code, _, err = cli(sqlite_url, "lists", "import", str(table), "--list", "l")
    assert code == 0, err
    connection = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    rows = list(connection.execute("SELECT name, row_number FROM list_records ORDER BY id"))
    connection.close()
    assert rows == [("Ali Nouri", 2), ("Reza Nouri", 5)]
    table.write_text("name,age\nAli Nouri,30\n\nReza Nouri,41,x\n", encoding="utf-8")
    code, _, err = cli(sqlite_url, "lists", "import", str(table), "--list", "m")
    assert code == 2 and "row 4 has 3 fields" in one_error_line(err)


def test_a_folder_with_nothing_to_ingest_is_named(sqlite_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "letter.docx").write_bytes(b"PK\x03\x04 not ingestible")
    code, out, err = cli(sqlite_url, "ingest", str(folder))
    line = one_error_line(err)
    assert code == 1 and "scans" in line and ".pdf" in line
    assert "1 failed" in out


def test_a_usage_error_is_one_line_naming_the_option_and_the_help(sqlite_url: str) -> None:
    cases = [
        (["ingest", "x.txt", "--max-bytes", "0"], "--max-bytes"),
        (["show", "abc"], "document_id"),
        (["log", "--nosuch"], "--nosuch"),
        (["lists", "review", "--limit", "-1"], "--limit"),
    ]
    for args, named in cases:
        code, out, err = cli(sqlite_url, *args)
        line = one_error_line(err)
        assert code == 2 and named in line and "--help" in line, (args, err)
        assert out == ""


def test_help_and_version_still_exit_zero() -> None:
    assert runner.invoke(app, ["--version"]).exit_code == 0
    result = runner.invoke(app, ["lists", "--help"])
    assert result.exit_code == 0 and "import" in result.stdout


def test_malformed_linking_gold_names_the_file_and_line(tmp_path: Path) -> None:
    links = tmp_path / "links"
    links.mkdir()
    acts = '{"id": "A-1", "act": "detention", "claims": [], "conflicts": []}\n'
    (links / "acts.jsonl").write_text(acts, encoding="utf-8")
    for persons in ('{"id": "P-1", "mentions": 5}\n', '{"id": "P-1", "mentions": [{"a": 1}]}\n'):
        (links / "persons.jsonl").write_text(persons, encoding="utf-8")
        result = runner.invoke(app, ["evaluate-links", str(tmp_path), "--input", "gold"])
        line = one_error_line(result.stderr)
        assert result.exit_code == 2 and "persons.jsonl:1: an entity needs" in line
    (links / "persons.jsonl").write_text('{"id": "P-1", "mentions": []}\n', encoding="utf-8")
    (links / "acts.jsonl").write_bytes(b"\xff\xfe{}")
    result = runner.invoke(app, ["evaluate-links", str(tmp_path), "--input", "gold"])
    assert result.exit_code == 2 and "acts.jsonl: cannot read" in one_error_line(result.stderr)


MARKUP = "[/]"  # closes a style that was never opened: rich markup would raise on it


def test_text_that_looks_like_console_markup_is_printed_as_written(
    sqlite_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "box [red]"  # a file name with what would be a style in it
    folder.mkdir()
    doc = folder / "report.txt"
    doc.write_text(
        f"Guards of the Sunrise Movement [/b] beat Omar Vell {MARKUP} in March 2004.\n",
        encoding="utf-8",
    )
    (folder / "report.meta.yaml").write_text(f'title: "Report {MARKUP}"\n', encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    commands = [
        ["ingest", str(folder)],
        ["show", "1"],
        ["documents"],
        ["log"],
        ["extract"],
        ["claims"],
        ["person", MARKUP],
        ["names", "compare", MARKUP, "Ali [/b]"],
        ["extract", str(doc)],
    ]
    for args in commands:
        result = runner.invoke(app, ["--db", sqlite_url, *args])
        assert isinstance(result.exception, SystemExit | None), (args, result.exception)
    code, out, _ = cli(sqlite_url, "show", "1")
    assert f"title: Report {MARKUP}" in out and f"Omar Vell {MARKUP}" in out
    assert "box [red]/report.txt" in out
    code, out, err = cli(sqlite_url, "ingest", str(folder))
    assert "box [red]/empty.txt: empty file" in one_error_line(err)
    code, _, err = cli(sqlite_url, "person", MARKUP)
    assert code == 2 and MARKUP in one_error_line(err)


def test_a_path_that_is_neither_file_nor_folder_is_not_called_missing(sqlite_url: str) -> None:
    code, _, err = cli(sqlite_url, "ingest", "/dev/null")
    assert code == 1 and one_error_line(err) == "error: /dev/null: not a regular file or folder"


def test_extract_of_files_exits_as_ingest_does_when_some_fail(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Guards beat Omar Vell in March 2004.\n", encoding="utf-8")
    for args in ([str(tmp_path / "gone.txt"), str(good)], [str(tmp_path / "gone.txt")]):
        ingest = runner.invoke(app, ["--db", str(tmp_path / "s.db"), "ingest", *args])
        extract = runner.invoke(app, ["extract", *args, "--jsonl"])
        assert extract.exit_code == ingest.exit_code == 1, args


def test_estimate_settings_that_are_infinite_or_too_big_are_one_line(tmp_path: Path) -> None:
    table = tmp_path / "lists.csv"
    table.write_text(TABLE, encoding="utf-8")
    quick = ["--samples", "4", "--burnin", "0", "--thin", "1", "--chains", "1"]
    cases = [
        (["--method", "dga", "--delta", "inf"], "--delta"),
        (["--method", "dga", "--prior", "negbin:inf,1"], "--prior"),
        (["--method", "lcmcr", "--a-alpha", "inf", *quick], "alpha"),
        (["--method", "lcmcr", "--k", "100000000000", *quick], "--k"),  # too large a K
    ]
    for args, named in cases:
        result = runner.invoke(app, ["estimate", str(table), *args])
        assert result.exit_code == 2 and named in one_error_line(result.stderr), args


def test_a_store_from_a_newer_schema_is_one_line_and_left_alone(sqlite_url: str) -> None:
    import sqlite3

    assert cli(sqlite_url, "documents")[0] == 0
    path = sqlite_url.removeprefix("sqlite:///")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'f00d0000beef'")
    connection.commit()
    connection.close()
    code, _, err = cli(sqlite_url, "documents")
    assert code == 2 and "f00d0000beef" in one_error_line(err) and "newer" in err
    connection = sqlite3.connect(path)
    [(version,)] = connection.execute("SELECT version_num FROM alembic_version")
    connection.close()
    assert version == "f00d0000beef"


def test_a_store_that_cannot_be_written_is_one_line(sqlite_url: str, tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("He was detained in 1991.\n", encoding="utf-8")
    assert cli(sqlite_url, "documents")[0] == 0
    read_only = f"sqlite:///file:{sqlite_url.removeprefix('sqlite:///')}?mode=ro&uri=true"
    assert cli(read_only, "documents")[0] == 0
    code, _, err = cli(read_only, "ingest", str(doc))
    line = one_error_line(err)
    assert code == 2 and "readonly database" in line and Path(sqlite_url).name in line
    assert cli(sqlite_url, "documents", "--json")[1].count('"sha256"') == 0


def test_acts_say_when_claims_changed_since_the_last_link(sqlite_url: str, tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(
        "Guards of the Sunrise Movement beat Omar Vell in March 2004.\n", encoding="utf-8"
    )
    for args in (["ingest", str(doc)], ["extract"], ["link"]):
        assert cli(sqlite_url, *args)[0] == 0, args
    code, _, err = cli(sqlite_url, "acts")
    assert code == 0 and "testimonies link" not in err
    assert cli(sqlite_url, "extract", "--redo")[0] == 0  # the acts now rest on replaced claims
    for args in (["acts"], ["person", "P-1"]):
        code, _, err = cli(sqlite_url, *args)
        assert code == 0 and "run testimonies link" in err, args
    assert cli(sqlite_url, "link")[0] == 0
    assert "testimonies link" not in cli(sqlite_url, "acts")[2]


def test_evaluate_refuses_gold_whose_document_is_missing(tmp_path: Path) -> None:
    claim = (
        '{"document": "%s", "act": "physical_assault", "victims": ["Omar Vell"], '
        '"evidence": {"start": 0, "end": 6, "quote": "Guards"}}\n'
    )
    (tmp_path / "a.txt").write_text("Guards beat Omar Vell in March 2004.\n", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(claim % "a.txt", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(claim % "b.txt", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(tmp_path), str(tmp_path)])
    line = one_error_line(result.stderr)
    assert result.exit_code == 2 and "b.txt" in line and "not in" in line


def test_lists_link_works_when_a_field_is_empty_in_every_record(
    sqlite_url: str, tmp_path: Path
) -> None:
    # No place, date or sex anywhere, and one-word names: whole columns of nothing.
    (tmp_path / "a.csv").write_text("name,age\nNouri,30\nKarimi,41\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("name\nNoury\nHashemi\n", encoding="utf-8")
    for name in ("a", "b"):
        args = ("lists", "import", str(tmp_path / f"{name}.csv"), "--list", name)
        assert cli(sqlite_url, *args)[0] == 0
    code, out, err = cli(sqlite_url, "lists", "link")
    assert code == 0, err
    assert "4 records" in out


def test_an_unforeseen_failure_is_one_line_unless_asked_for_the_traceback(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import testimonies.cli.documents

    def broken(*_: object) -> None:
        raise ValueError("boom\nsecond line")

    monkeypatch.setattr(testimonies.cli.documents, "verify_store", broken)
    monkeypatch.delenv("PYTEST_CURRENT_TEST", raising=False)  # tests keep their tracebacks
    monkeypatch.delenv("TESTIMONIES_DEBUG", raising=False)
    code, _, err = cli(sqlite_url, "verify")
    line = one_error_line(err)
    assert code == 1 and "ValueError: boom" in line and "TESTIMONIES_DEBUG" in line
    monkeypatch.setenv("TESTIMONIES_DEBUG", "1")
    result = runner.invoke(app, ["--db", sqlite_url, "verify"])
    assert isinstance(result.exception, ValueError)


def test_a_utf16_spreadsheet_export_is_read_as_text(sqlite_url: str, tmp_path: Path) -> None:
    # Excel's "Unicode Text": UTF-16 with a byte-order mark, tab-separated.
    people = tmp_path / "people.txt"
    people.write_text("name\tage\nAli Nouri\t30\nReza Karimi\t41\n", encoding="utf-16")
    code, out, err = cli(sqlite_url, "lists", "import", str(people), "--list", "l")
    assert code == 0 and "2 records" in out, err
    table = tmp_path / "lists.txt"
    table.write_text(TABLE.replace(",", "\t"), encoding="utf-16")
    result = runner.invoke(app, ["estimate", str(table), "--method", "loglinear", "--json"])
    assert result.exit_code == 0 and '"documented": 93' in result.stdout, result.stderr


def test_html_nested_past_the_parsers_limit_is_refused_not_cut(
    sqlite_url: str, tmp_path: Path
) -> None:
    deep = "<div>" * 300 + "<p>The guards beat him every night in the cellar.</p>" + "</div>" * 300
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><p>He was detained in 1991 by the guards of the camp.</p>"
        f"{deep}<p>His family was never told where he was.</p></article></body></html>",
        encoding="utf-8",
    )
    code, out, err = cli(sqlite_url, "ingest", str(page))
    assert code == 1 and "nested" in one_error_line(err) and "0 stored" in out


def test_estimate_from_store_names_a_strata_field_it_cannot_find(
    sqlite_url: str, tmp_path: Path
) -> None:
    for name in ("a", "b", "c"):
        table = tmp_path / f"{name}.csv"
        rows = (
            f"name,place,region\nAli Nouri,Camp Nour,north\nSara {name.upper()},Camp Nour,north\n"
        )
        table.write_text(rows, encoding="utf-8")  # one file per list: the same file is refused
        assert cli(sqlite_url, "lists", "import", str(table), "--list", name)[0] == 0
    base = ("estimate", "--from-store", "--method", "loglinear")
    code, out, err = cli(sqlite_url, *base, "--strata", "regoin")
    assert code == 2 and "regoin" in one_error_line(err) and out == ""
    code, _, err = cli(sqlite_url, *base, "--strata", "place", "--strata", "region")
    assert code == 2 and "--strata" in one_error_line(err)
