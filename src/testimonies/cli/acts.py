"""`testimonies acts`: every act with the independent sources supporting and denying it."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from testimonies.assess.corroboration import ActAssessment, Source, list_assessments
from testimonies.assess.timeline import persons_named
from testimonies.cli.common import (
    err_console,
    friendly_errors,
    open_from,
    print_table,
    say_next_step,
    warn_if_acts_are_stale,
)
from testimonies.store.claims import claims_outside_acts
from testimonies.store.progress import next_step


def _when(a: ActAssessment) -> str:
    start, end = a.act.start, a.act.end
    return (start if start == end or not end else f"{start}/{end}") or "?"


def _names(sources: list[Source]) -> str:
    return "; ".join(s.described for s in sources) or "-"


def _row(a: ActAssessment) -> tuple[str, ...]:
    return (
        a.act.ref,
        a.act.act,
        ", ".join(a.act.victims),
        _when(a),
        a.act.place or "",
        f"{len(a.supporting)}: {_names(a.supporting)}",
        f"{len(a.denying)}: {_names(a.denying)}" if a.denying else "0",
        ", ".join(a.stance_classes) + (" (broad)" if a.broad_support else ""),
        ", ".join(dict.fromkeys(c.field for c in a.act.conflicts)),
    )


@friendly_errors
def acts(
    ctx: typer.Context,
    act: Annotated[str | None, typer.Option("--act", help="Only this act code.")] = None,
    person: Annotated[
        str | None, typer.Option("--person", help="Only acts done to this person (name or P-17).")
    ] = None,
    min_sources: Annotated[
        int, typer.Option("--min-sources", help="Only acts with at least N supporting sources.")
    ] = 0,
    sort: Annotated[
        str, typer.Option(help="support (most independent support first), denial, or id.")
    ] = "support",
    limit: Annotated[int, typer.Option(min=0, help="Show at most this many acts (0: all).")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="JSON for machines.")] = False,
) -> None:
    """Acts with how many independent sources support and deny each, and who they are.

    Claims from the same witness, or from documents of the same publisher (or copies), count as
    one source; stance classes (hostile / accused / neutral / unknown) come from document metadata.
    """
    with open_from(ctx).session() as session:
        found = list_assessments(session, act, person, min_sources, sort)
        outside = claims_outside_acts(session)
        step = None if found else next_step(session, "link")
        named = persons_named(session, person) if person else []
    if len(named) > 1:  # which person's acts these are matters more than the table
        others = "; ".join(f"{ref} {name}" for ref, name in named[1:])
        err_console.print(
            f"[yellow]note:[/yellow] {escape(repr(person))} also names {escape(others)}: "
            f"showing the acts of {named[0][0]}, the most mentioned; ask for one by its id",
            highlight=False,
            soft_wrap=True,
        )
    if say_next_step(step):  # before any link: that, not the stale acts, is the news
        return
    warn_if_acts_are_stale(outside)
    shown = found[:limit] if limit > 0 else found
    if as_json:
        typer.echo(json.dumps([a.to_dict() for a in shown], ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(found)} acts" + (f", {len(shown)} shown" if shown != found else ""))
    columns = ("act", "code", "victims", "when", "place", "supporting sources",
               "denying sources", "support stances", "conflicts")  # fmt: skip
    for column in columns:
        table.add_column(column, overflow="fold")
    for a in shown:
        table.add_row(*(escape(cell) for cell in _row(a)))
    print_table(table)


def register(app: typer.Typer) -> None:
    app.command()(acts)
