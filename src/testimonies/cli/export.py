"""`testimonies export persons|organizations|places|acts`: spec section 5's exports (JSON Lines)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

from testimonies.cli.common import friendly_errors, open_from, say_next_step, warn_if_acts_are_stale
from testimonies.export.linked import acts_jsonl, entities_jsonl
from testimonies.store.claims import claims_outside_acts
from testimonies.store.progress import next_step

export_app = typer.Typer(help="Export linked facts as JSON Lines (spec/acts.md section 5).")

# JSON Lines is the only format, so it is written without being asked for; --jsonl stays
# accepted for the scripts (and the demo) that name it.
JsonlOption = Annotated[
    bool, typer.Option("--jsonl", help="One JSON object per line: the only format, the default.")
]


def _emit(ctx: typer.Context, rows: Callable[[Session], Iterator[dict[str, Any]]]) -> None:
    with open_from(ctx).session() as session:
        written = 0
        for row in rows(session):
            typer.echo(json.dumps(row, ensure_ascii=False))
            written += 1
        outside = claims_outside_acts(session)
        step = None if written else next_step(session, "link")
    if not say_next_step(step):  # on stderr: the lines written stay JSON Lines
        warn_if_acts_are_stale(outside)


@export_app.command()
@friendly_errors
def persons(ctx: typer.Context, jsonl: JsonlOption = False) -> None:
    """One object per person: id, name, and every mention (document, start, end, text)."""
    _emit(ctx, lambda s: entities_jsonl(s, "person"))


@export_app.command()
@friendly_errors
def organizations(ctx: typer.Context, jsonl: JsonlOption = False) -> None:
    """One object per organization, in the shape of persons."""
    _emit(ctx, lambda s: entities_jsonl(s, "organization"))


@export_app.command()
@friendly_errors
def places(ctx: typer.Context, jsonl: JsonlOption = False) -> None:
    """One object per place, in the shape of persons."""
    _emit(ctx, lambda s: entities_jsonl(s, "place"))


@export_app.command()
@friendly_errors
def acts(ctx: typer.Context, jsonl: JsonlOption = False) -> None:
    """One object per act: its claims (document, evidence offsets, polarity) and conflicts."""
    _emit(ctx, acts_jsonl)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
