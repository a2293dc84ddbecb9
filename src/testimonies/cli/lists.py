"""`testimonies lists ...`: victim lists, their record linkage and its review."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from testimonies.cli.common import (
    console,
    friendly_errors,
    one_decision,
    open_from,
    print_table,
    say_next_step,
)
from testimonies.ingest.readers import check_encoding
from testimonies.link.list_review import judge_records, linked_persons, review_list_pairs
from testimonies.link.lists import (
    import_list,
    link_lists,
    parse_mapping,
    read_mapping,
    unlink_lists,
)
from testimonies.store.audit import current_actor
from testimonies.store.progress import next_list_step

lists_app = typer.Typer(help="Victim lists: import CSV lists, link their records.")


@lists_app.command("import")
@friendly_errors
def import_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="CSV file (header row required).")],
    list_name: Annotated[str, typer.Option("--list", help="Name of the new list.")],
    map_: Annotated[
        list[str] | None,
        typer.Option("--map", help="FIELD=COLUMN, e.g. --map 'name=Full Name' (repeatable)."),
    ] = None,
    mapping_file: Annotated[
        Path | None, typer.Option("--mapping", help="YAML file of 'field: column' lines.")
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(help="Text encoding of the file, e.g. cp1252 (default: UTF-8 or UTF-16)."),
    ] = None,
) -> None:
    """Import a victim list: fields name, sex, age, birth_year, date, place, notes.

    Columns with those names (or common synonyms) are found without a mapping; other columns
    are kept as extra data on each record. Commas, semicolons or tabs separate the columns.
    """
    check_encoding(encoding)
    mapping = read_mapping(mapping_file) if mapping_file else {}
    mapping.update(parse_mapping(map_ or []))
    store = open_from(ctx, create=True)
    result = import_list(store, file, list_name, mapping, encoding)
    console.print(
        f"list '{result.name}' (id {result.list_id}): {result.records} records",
        highlight=False,
        markup=False,
    )
    for line in result.skipped:
        console.print(f"  skipped {line}", highlight=False, markup=False)
    for line in result.unread:
        console.print(f"  not understood, kept as written: {line}", highlight=False, markup=False)


@lists_app.command("link")
@friendly_errors
def link_command(ctx: typer.Context) -> None:
    """Link records across (and within) all lists with Splink; one person entity per cluster.

    Replaces the previous automatic linkage; judgements made by people are kept and respected.
    """
    summary = link_lists(open_from(ctx))
    console.print(
        f"{summary.records} records -> {summary.persons} persons; {summary.pairs_same} pairs same, "
        f"{summary.pairs_unsure} unsure (backend {summary.backend}, "
        f"{'trained' if summary.trained else 'prior'} model)"
        + (
            f"; {summary.decided} decided by a person (lists judge), applied"
            if summary.decided
            else ""
        ),
        highlight=False,
    )


@lists_app.command("unlink")
@friendly_errors
def unlink_command(ctx: typer.Context) -> None:
    """Undo the automatic linkage: retract its judgements and clear the records' persons."""
    retracted = unlink_lists(open_from(ctx))
    console.print(f"retracted {retracted} automatic judgements", highlight=False)


@lists_app.command("persons")
@friendly_errors
def persons_command(
    ctx: typer.Context,
    everyone: Annotated[
        bool, typer.Option("--all", help="Also persons with a single record.")
    ] = False,
) -> None:
    """Persons of the last `lists link` with the records joined into each, as every list wrote them.

    Persons on the most lists come first; --all adds persons with a single record.
    """
    store = open_from(ctx)
    persons = linked_persons(store, everyone)
    console.print(f"{len(persons)} persons", highlight=False)
    if not persons:
        with store.session() as session:
            say_next_step(next_list_step(session))
        return
    table = Table("person", "lists", "records")
    for p in persons:
        records = "\n".join(f"{r.subject} {r.describe()}" for r in p.records)
        table.add_row(f"P-{p.entity}", escape(", ".join(sorted(p.lists))), escape(records))
    console.print(table)


@lists_app.command("review")
@friendly_errors
def review_command(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=0, help="Show at most this many pairs (0: all).")] = 20,
) -> None:
    """Record pairs the list linker was unsure about and no person has decided yet.

    Likeliest first, each record with its list, row and facts, and the linker's reasons.
    """
    store = open_from(ctx)
    pairs = review_list_pairs(store, limit or None)  # 0: all, as `review` reads it
    console.print(f"{len(pairs)} record pairs to review", highlight=False)
    if not pairs:
        with store.session() as session:
            say_next_step(next_list_step(session))
        return
    table = Table("judgement", "score", "a", "b", "reason")
    for p in pairs:
        cells = (f"J-{p.judgement}", f"{p.score:.2f}", f"{p.a.subject} {p.a.describe()}",
                 f"{p.b.subject} {p.b.describe()}", p.reason)  # fmt: skip
        table.add_row(*(escape(cell) for cell in cells))
    print_table(table)
    console.print(
        "decide with: testimonies lists judge record:A record:B --same|--different|--unsure",
        highlight=False,
    )


@lists_app.command("judge")
@friendly_errors
def judge_command(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="A list record: record:12 (or 12).")],
    b: Annotated[str, typer.Argument(help="Another list record: record:40 (or 40).")],
    same: Annotated[bool, typer.Option("--same", help="One person.")] = False,
    different: Annotated[bool, typer.Option("--different", help="Never one person.")] = False,
    unsure: Annotated[bool, typer.Option("--unsure", help="Cannot tell.")] = False,
    note: Annotated[str | None, typer.Option(help="Why (kept with the judgement).")] = None,
) -> None:
    """Record a person's decision on two list records; the next `lists link` applies it.

    "different" keeps them apart whatever their score, "same" joins their persons; a new
    decision replaces the same person's earlier one on that pair.
    """
    decision = one_decision("lists judge", same, different, unsure)
    judgement = judge_records(open_from(ctx), a, b, decision, current_actor(), note)
    console.print(
        f"J-{judgement.id}: {judgement.subject_a} {judgement.decision} {judgement.subject_b} "
        f"(by {judgement.decided_by}); run 'testimonies lists link' to apply it",
        highlight=False,
        markup=False,
    )


def register(app: typer.Typer) -> None:
    app.add_typer(lists_app, name="lists")
