"""Commands over stored claims: list them, and record a reviewer's verdict on one."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from testimonies.cli.common import (
    console,
    err_console,
    friendly_errors,
    open_from,
    print_table,
    say_next_step,
    shown,
)
from testimonies.store.claims import (
    ClaimFilter,
    StoredClaim,
    history_note,
    list_claims,
    review_claim,
)
from testimonies.store.documents import get_document
from testimonies.store.progress import next_step


def _table(found: list[StoredClaim]) -> Table:
    table = Table(title=f"{len(found)} claims")
    for column in (
        "id",
        "document",
        "act",
        "victims",
        "perpetrators",
        "when",
        "asserted by",
        "polarity",
    ):
        table.add_column(column, overflow="fold")
    for claim in found:
        record = claim.record
        when = record.start or ""
        if record.end and record.end != record.start:
            when = f"{record.start or '..'}/{record.end}"  # EDTF interval, open start as '..'

        act = record.act + (" (wrong)" if claim.review == "wrongly_extracted" else "")
        cells = (
            str(claim.id),
            record.document,
            act,
            "; ".join(record.victims),
            "; ".join(record.perpetrators),
            when,
            record.asserted_by or "",
            record.polarity,
        )
        table.add_row(*map(shown, cells))
    return table


@friendly_errors
def claims(
    ctx: typer.Context,
    document: Annotated[int | None, typer.Option(help="Only this document id.")] = None,
    act: Annotated[str | None, typer.Option(help="Only this act code, e.g. detention.")] = None,
    denied: Annotated[bool, typer.Option("--denied", help="Only denials.")] = False,
    include_wrong: Annotated[
        bool, typer.Option("--include-wrong", help="Also claims marked wrongly extracted.")
    ] = False,
    include_superseded: Annotated[
        bool,
        typer.Option(
            "--include-superseded", help="Also claims an earlier extraction run stated (history)."
        ),
    ] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per claim.")] = False,
) -> None:
    """List stored claims: who did what to whom, when, according to whom, with filters."""
    where = ClaimFilter(
        document_id=document,
        act=act,
        polarity="denied" if denied else None,
        include_wrong=include_wrong,
        limit=limit,
        include_superseded=include_superseded,
    )
    with open_from(ctx).session() as session:
        found = list_claims(session, where)
        older = document is not None and not get_document(session, document).is_current
        step = None if found else next_step(session, "extract")
    if older:
        err_console.print(
            f"[yellow]warning:[/yellow] document {document} is an older version "
            "(documents --all-versions): its claims are history, not read by link or acts",
            highlight=False,
        )
    if say_next_step(step):
        return
    if jsonl:
        for claim in found:
            typer.echo(json.dumps(claim.to_dict(), ensure_ascii=False))
        return
    print_table(_table(found))


@friendly_errors
def review_claim_command(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(help="Claim id (see `claims`).")],
    wrong: Annotated[bool, typer.Option("--wrong", help="The extractor got it wrong.")] = False,
    correct: Annotated[bool, typer.Option("--correct", help="Checked and right.")] = False,
    note: Annotated[str | None, typer.Option(help="Why, for the next reviewer.")] = None,
) -> None:
    """Record a reviewer's verdict on a claim's extraction (the claim itself is never edited)."""
    if wrong == correct:
        raise typer.BadParameter("give exactly one of --wrong or --correct")
    decision = "wrongly_extracted" if wrong else "correct"
    with open_from(ctx).session() as session:
        review_claim(session, claim_id, decision, note)
        history = history_note(session, claim_id)
    console.print(f"claim {claim_id}: recorded as {decision.replace('_', ' ')}")
    if history:
        err_console.print(f"[yellow]warning:[/yellow] {shown(history)}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(claims)
    app.command("review-claim")(review_claim_command)
