"""`testimonies lists import|link|unlink|show`: victim lists and their record linkage."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from testimonies.cli.common import console, friendly_errors, open_from
from testimonies.link.lists import (
    import_list,
    link_lists,
    parse_mapping,
    read_mapping,
    unlink_lists,
)

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
) -> None:
    """Import a victim list: fields name, sex, age, birth_year, date, place, notes.

    Columns with those names (or common synonyms) are found without a mapping; other columns
    are kept as extra data on each record.
    """
    mapping = read_mapping(mapping_file) if mapping_file else {}
    mapping.update(parse_mapping(map_ or []))
    result = import_list(open_from(ctx), file, list_name, mapping)
    console.print(
        f"list '{result.name}' (id {result.list_id}): {result.records} records", highlight=False
    )
    for line in result.skipped:
        console.print(f"  skipped {line}", highlight=False)


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
        f"{'trained' if summary.trained else 'prior'} model)",
        highlight=False,
    )


@lists_app.command("unlink")
@friendly_errors
def unlink_command(ctx: typer.Context) -> None:
    """Undo the automatic linkage: retract its judgements and clear the records' persons."""
    retracted = unlink_lists(open_from(ctx))
    console.print(f"retracted {retracted} automatic judgements", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(lists_app, name="lists")
