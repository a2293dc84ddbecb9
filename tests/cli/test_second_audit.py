"""Defects found by the second command-line audit: options that were ignored or refused without
need, and answers that left a user guessing. Each case fails without its fix."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from testimonies.cli.main import app
from testimonies.store.db import open_store
from testimonies.store.schema import Blob, Claim, Document, DocumentStage, Mention

runner = CliRunner()


def cli(db: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", db, *args])
    return result.exit_code, result.stdout, result.stderr


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), err
    return lines[0]


def test_export_writes_json_lines_without_being_asked_for_the_only_format(
    sqlite_url: str,
) -> None:
    for kind in ("persons", "organizations", "places", "acts"):
        code, out, err = cli(sqlite_url, "export", kind)
        # On an empty store the only word is the step to run first, on stderr.
        assert code == 0 and err.startswith("nothing to show yet:"), (kind, err)
        assert cli(sqlite_url, "export", kind, "--jsonl")[:2] == (0, out)


def test_an_empty_store_option_is_refused_not_a_store_in_the_working_folder(
    tmp_path: Path, monkeypatch: object
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.chdir(tmp_path)
    code, out, err = cli("", "documents")
    line = one_error_line(err)
    assert code == 2 and "--db" in line and "empty" in line and out == ""
    assert not (tmp_path / "testimonies.db").exists()


def test_a_store_path_that_is_a_folder_says_so(tmp_path: Path) -> None:
    code, _, err = cli(str(tmp_path), "documents")
    line = one_error_line(err)
    assert code == 2 and str(tmp_path) in line and "a folder" in line


def test_a_postgres_url_is_taken_as_postgresql() -> None:
    # Port 1 on loopback refuses: the answer is about the connection, not the kind of URL.
    code, _, err = cli("postgres://someone:secret@127.0.0.1:1/x", "documents")
    line = one_error_line(err)
    assert code == 2 and "cannot open the store" in line and "secret" not in line


def _unlinked_person(url: str) -> None:
    """A document whose person mention no `link` has placed in an entity yet."""
    store = open_store(url)
    with store.session() as session:
        session.add(Blob(sha256="b" * 64, size=1, content=b"x"))
        text = "Omar Vell was beaten."
        session.add(
            Document(id=1, source_path="/d/a.txt", name="a.txt", sha256="b" * 64, format="txt",
                     text=text, ingested_at=datetime.now(UTC), ingested_by="t")
        )  # fmt: skip
        session.flush()
        session.add(
            Mention(document_id=1, start=0, end=9, text="Omar Vell", label="PERSON",
                    extractor="test", extractor_version="1")
        )  # fmt: skip
        session.add(DocumentStage(document_id=1, stage="extract", status="done",
                                  updated_at=datetime.now(UTC)))  # fmt: skip
    store.close()


def test_a_person_not_yet_linked_points_at_link(sqlite_url: str) -> None:
    _unlinked_person(sqlite_url)
    for args in (["person", "Omar Vell"], ["acts", "--person", "Omar Vell"]):
        code, _, err = cli(sqlite_url, *args)
        line = one_error_line(err)
        assert code == 2 and "Omar Vell" in line and "run testimonies link" in line, args
    assert cli(sqlite_url, "link")[0] == 0
    code, _, err = cli(sqlite_url, "person", "Nobody Else")  # linked: nothing left to link
    assert code == 2 and "testimonies link" not in one_error_line(err)


def test_extract_refuses_options_that_apply_only_to_files(sqlite_url: str) -> None:
    for option in (["--jsonl"], ["--encoding", "latin-1"]):
        code, out, err = cli(sqlite_url, "extract", *option)
        line = one_error_line(err)
        assert code == 2 and option[0] in line and "FILES" in line, option
        assert out == ""


def test_name_pairs_rows_are_the_files_lines_and_empty_names_are_refused(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b,label\n\n\nAli Reza,Ali Reza,same\nAli,Ali,smae\n", encoding="utf-8")
    result = runner.invoke(app, ["names", "compare", "--pairs", str(pairs)])
    assert result.exit_code == 2 and "row 5" in one_error_line(result.stderr)
    pairs.write_text("a,b,label\nAli Reza,Ali Reza,same\n ,Ali,same\n", encoding="utf-8")
    result = runner.invoke(app, ["names", "compare", "--pairs", str(pairs)])
    line = one_error_line(result.stderr)
    assert result.exit_code == 2 and "row 3" in line and "empty" in line


def test_name_pairs_separated_by_semicolons_are_read(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a;b;label\nMohammad Rajavi;Mohammed Radjavi;same\n", encoding="utf-8")
    result = runner.invoke(app, ["names", "compare", "--pairs", str(pairs), "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["pairs"][0]["b"] == "Mohammed Radjavi"


def test_metadata_given_for_bytes_already_stored_is_said_to_be_unused(
    sqlite_url: str, tmp_path: Path
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Guards beat Omar Vell in 2004.\n", encoding="utf-8")
    assert cli(sqlite_url, "ingest", str(doc))[0] == 0
    code, out, err = cli(sqlite_url, "ingest", str(doc), "--publisher", "Exile Review", "-q")
    assert code == 0 and "1 unchanged" in out
    assert "publisher" in err and "Exile Review" in err and "not applied" in err
    code, _, err = cli(sqlite_url, "ingest", str(doc), "-q")  # nothing given: nothing to say
    assert code == 0 and err == ""


def test_estimate_shows_the_criterion_the_model_was_chosen_by(tmp_path: Path) -> None:
    table = tmp_path / "lists.csv"
    table.write_text(
        "a,b,c,count\n1,1,1,20\n1,1,0,15\n1,0,1,12\n0,1,1,14\n1,0,0,40\n0,1,0,38\n0,0,1,35\n",
        encoding="utf-8",
    )
    for criterion in ("aic", "bic"):
        result = runner.invoke(
            app, ["estimate", str(table), "--method", "loglinear", "--criterion", criterion]
        )
        assert result.exit_code == 0, result.stderr
        assert f"{criterion.upper()} " in result.stdout, criterion


def test_estimate_lists_groups_neither_drop_nor_move_a_list(
    sqlite_url: str, tmp_path: Path
) -> None:
    from testimonies.estimate.readers import parse_groups

    # A group given twice gathers both lists (it kept only the last one).
    assert parse_groups(["a=one", "a=two", "b=three"]) == {"a": ["one", "two"], "b": ["three"]}
    for name in ("one", "two"):
        (tmp_path / f"{name}.csv").write_text(f"name\nAli Reza\n{name} Vell\n", "utf-8")
        assert (
            cli(sqlite_url, "lists", "import", str(tmp_path / f"{name}.csv"), "--list", name)[0]
            == 0
        )
    # A list in two groups went to the last group only, and the first lost it without a word.
    args = ["estimate", "--from-store", "--lists", "a=one", "--lists", "b=one,two"]
    code, _, err = cli(sqlite_url, *args)
    line = one_error_line(err)
    assert code == 2 and "'one'" in line and "'a'" in line and "'b'" in line


def test_estimate_of_a_table_with_strata_not_named_says_which_option(tmp_path: Path) -> None:
    table = tmp_path / "lists.csv"
    table.write_text("a,b,region,count\n1,1,north,5\n1,0,north,4\n0,1,south,3\n", "utf-8")
    result = runner.invoke(app, ["estimate", str(table)])
    line = one_error_line(result.stderr)
    assert result.exit_code == 2 and "'north'" in line and "--strata region" in line


def test_the_same_list_file_is_not_imported_twice_under_two_names(
    sqlite_url: str, tmp_path: Path
) -> None:
    data = tmp_path / "ngo.csv"
    data.write_text("name\nAli Reza\nOmar Vell\n", encoding="utf-8")
    assert cli(sqlite_url, "lists", "import", str(data), "--list", "ngo")[0] == 0
    code, out, err = cli(sqlite_url, "lists", "import", str(data), "--list", "ngo-again")
    line = one_error_line(err)
    assert code == 2 and "ngo.csv" in line and "'ngo'" in line and out == ""
    code, out, _ = cli(sqlite_url, "estimate", "--from-store", "--lists", "ngo-again")
    assert code == 2 and out == ""  # no list 'ngo-again' was made


def test_lists_review_reads_a_limit_of_0_as_all_as_review_does(sqlite_url: str) -> None:
    for command in (["review"], ["lists", "review"]):
        code, _, err = cli(sqlite_url, *command, "--limit", "0")
        assert code == 0 and not err.startswith("error"), command  # at most the step to run


def test_judging_a_mention_that_exists_but_is_not_linked_says_why(sqlite_url: str) -> None:
    _unlinked_person(sqlite_url)
    store = open_store(sqlite_url)
    with store.session() as session:
        session.add(
            Mention(id=50, document_id=1, start=10, end=14, text="1991", label="DATE",
                    extractor="test", extractor_version="1")
        )  # fmt: skip
    store.close()
    assert cli(sqlite_url, "link")[0] == 0
    code, _, err = cli(sqlite_url, "judge", "mention:50", "P-1", "--same")
    line = one_error_line(err)
    assert code == 2 and "'1991' is a date" in line and "no such mention" not in line


def test_an_unknown_encoding_is_one_line_for_the_batch_not_one_per_file(
    sqlite_url: str, tmp_path: Path
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Guards beat Omar Vell in 2004.\n", encoding="utf-8")
    files = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    code, out, err = cli(sqlite_url, "ingest", *files, "--encoding", "bogus")
    line = one_error_line(err)
    assert code == 2 and "--encoding" in line and "'bogus'" in line and out == ""
    assert cli(sqlite_url, "documents", "--json")[1].count('"sha256"') == 0
    result = runner.invoke(app, ["extract", *files, "--encoding", "bogus"])
    assert result.exit_code == 2 and "'bogus'" in one_error_line(result.stderr)


def test_estimate_sizes_beyond_the_sampler_and_coarse_grids_are_said(tmp_path: Path) -> None:
    table = tmp_path / "lists.csv"
    table.write_text(
        "a,b,c,count\n1,1,1,20\n1,1,0,15\n1,0,1,12\n0,1,1,14\n1,0,0,40\n0,1,0,38\n0,0,1,35\n",
        encoding="utf-8",
    )
    for option in ("--samples", "--burnin", "--thin", "--chains"):
        args = ["estimate", str(table), "--method", "lcmcr", option, "99999999999999999999"]
        result = runner.invoke(app, args)
        line = one_error_line(result.stderr)
        assert result.exit_code == 2 and option in line and "too large" in line, option
    # A grid of 10,000 points up to a million missing runs in steps of 100: the posterior of
    # these 174 people sits on one point, which was printed as an interval of width 0.
    args = ["estimate", str(table), "--method", "dga", "--max-missing", "1000000"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and "steps of 100" in result.stderr
    args = ["estimate", str(table), "--method", "dga"]
    assert "steps of" not in runner.invoke(app, args).stderr


def test_a_strata_column_named_twice_is_one_stratification(tmp_path: Path) -> None:
    table = tmp_path / "lists.csv"
    rows = ["a,b,c,region,count"] + [
        f"{p},{region},{n}" for region in ("north", "south")
        for p, n in (("1,1,1", 9), ("1,1,0", 7), ("1,0,1", 6), ("0,1,1", 7), ("1,0,0", 20),
                     ("0,1,0", 19), ("0,0,1", 17))
    ]  # fmt: skip
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    args = ["estimate", str(table), "--method", "loglinear", "--strata", "region"]
    result = runner.invoke(app, [*args, "--strata", "region"])
    assert result.exit_code == 0 and "north / north" not in result.stdout
    assert result.stdout == runner.invoke(app, args).stdout


def test_a_verdict_on_a_superseded_claim_says_it_changes_no_current_claim(
    sqlite_url: str,
) -> None:
    from tests.cli.test_claims_cli import _fill

    _fill(sqlite_url)
    code, _, err = cli(sqlite_url, "review-claim", "1", "--wrong")
    assert code == 0 and err == ""  # a current claim: nothing to warn about
    store = open_store(sqlite_url)
    with store.session() as session:
        claim = session.get(Claim, 2)
        assert claim is not None
        claim.superseded_at = datetime.now(UTC)  # as a later extraction run leaves it
    store.close()
    code, out, err = cli(sqlite_url, "review-claim", "2", "--wrong")
    assert code == 0 and "recorded as wrongly extracted" in out
    assert "earlier extraction run" in err and "claims --document 1" in err


def test_a_command_that_only_reads_does_not_make_a_store_where_there_is_none(
    tmp_path: Path,
) -> None:
    typo = tmp_path / "stroe.db"
    for args in (["verify"], ["documents"], ["claims"], ["link"], ["lists", "persons"]):
        code, out, err = cli(str(typo), *args)
        line = one_error_line(err)
        assert code == 2 and "stroe.db" in line and "no store here" in line, args
        assert out == "" and not typo.exists(), args
    doc = tmp_path / "a.txt"
    doc.write_text("Guards beat Omar Vell in 2004.\n", encoding="utf-8")
    assert cli(str(typo), "ingest", str(doc))[0] == 0  # bringing material in makes the store
    assert cli(str(typo), "verify")[0] == 0


def test_a_person_of_the_victim_lists_only_is_said_to_be_one(
    sqlite_url: str, tmp_path: Path
) -> None:
    import re

    for name in ("one", "two"):
        rows = (
            f"name,sex,birth_year,place\nAli Reza Moradi,m,1970,Camp Nour\n{name} X,f,1980,Tehran\n"
        )
        (tmp_path / f"{name}.csv").write_text(rows, encoding="utf-8")
        assert (
            cli(sqlite_url, "lists", "import", str(tmp_path / f"{name}.csv"), "--list", name)[0]
            == 0
        )
    assert cli(sqlite_url, "lists", "link")[0] == 0
    ref = re.findall(r"P-\d+", cli(sqlite_url, "lists", "persons")[1])[0]
    for args in (["person", ref], ["acts", "--person", ref]):
        code, out, err = cli(sqlite_url, *args)
        line = one_error_line(err)
        assert code == 2 and "victim lists" in line and "lists persons" in line and out == ""


def test_metadata_options_are_trimmed_as_sidecar_values_are(
    sqlite_url: str, tmp_path: Path
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Guards beat Omar Vell in 2004.\n", encoding="utf-8")
    args = ["ingest", str(doc), "--published", " 2019 ", "--publisher", "  Exile Review ", "-q"]
    assert cli(sqlite_url, *args)[0] == 0
    [stored] = json.loads(cli(sqlite_url, "documents", "--json")[1])["documents"]
    assert (stored["published"], stored["publisher"]) == ("2019", "Exile Review")


def test_the_claims_of_an_older_version_asked_for_by_id_are_shown_as_history(
    sqlite_url: str,
) -> None:
    from tests.cli.test_claims_cli import _fill

    _fill(sqlite_url)
    store = open_store(sqlite_url)
    with store.session() as session:
        older = session.get(Document, 1)
        assert older is not None
        older.is_current = False  # as a changed file ingested again leaves it
    store.close()
    code, out, err = cli(sqlite_url, "claims", "--document", "1", "--jsonl")
    assert code == 0 and len(out.splitlines()) == 2  # was: nothing, as if it had no claims
    assert "older version" in err
    assert cli(sqlite_url, "claims", "--jsonl")[1] == ""  # the current claims: none


def test_a_list_field_mapped_twice_is_refused_not_the_last_taken(
    sqlite_url: str, tmp_path: Path
) -> None:
    data = tmp_path / "ngo.csv"
    data.write_text("Full name,Seen at\nAli Reza,Camp Nour\n", encoding="utf-8")
    args = ["lists", "import", str(data), "--list", "ngo"]
    code, out, err = cli(sqlite_url, *args, "--map", "name=Full name", "--map", "name=Seen at")
    line = one_error_line(err)
    assert code == 2 and "--map" in line and "'name' is mapped twice" in line and out == ""
    assert cli(sqlite_url, *args, "--map", "name=Full name", "--map", "place=Seen at")[0] == 0


def test_two_lists_get_the_estimate_that_applies_by_default(tmp_path: Path) -> None:
    table = tmp_path / "two.csv"
    table.write_text("a,b,count\n1,1,20\n1,0,30\n0,1,25\n", encoding="utf-8")
    result = runner.invoke(app, ["estimate", str(table)])  # --method all, the default
    assert result.exit_code == 0 and "loglinear all: documented 75" in result.stdout
    assert "dga and lcmcr need at least 3 lists: skipped" in result.stderr
    result = runner.invoke(app, ["estimate", str(table), "--method", "lcmcr"])
    line = one_error_line(result.stderr)
    assert result.exit_code == 2 and "lcmcr needs at least 3 lists" in line


def test_an_act_code_written_with_a_hyphen_or_a_space_is_read(sqlite_url: str) -> None:
    for written in ("solitary-confinement", "Solitary confinement"):
        for command in (["claims"], ["acts"]):
            code, _, err = cli(sqlite_url, *command, "--act", written)
            assert code == 0 and "error" not in err, (written, command, err)


def test_export_says_when_claims_changed_since_the_last_link(sqlite_url: str) -> None:
    from tests.cli.test_claims_cli import _fill

    _fill(sqlite_url)  # claims extracted, never linked: the acts exported are not theirs
    code, out, err = cli(sqlite_url, "export", "acts")
    assert code == 0 and out == "" and "run testimonies link" in err
    assert cli(sqlite_url, "link")[0] == 0
    code, out, err = cli(sqlite_url, "export", "acts")
    assert code == 0 and out and err == ""
