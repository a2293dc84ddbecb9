"""Commands over facts: link, review, judge, unmerge, person, evaluate-links."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from testimonies.cli.common import (
    console,
    err_console,
    friendly_errors,
    one_decision,
    open_from,
    print_table,
    say_next_step,
    warn_if_acts_are_stale,
)
from testimonies.link.acts import judge_and_relink, link_all, unmerge_and_relink
from testimonies.link.judgements import review_queue
from testimonies.store.audit import current_actor
from testimonies.store.claims import claims_outside_acts
from testimonies.store.progress import next_step


@friendly_errors
def link(ctx: typer.Context) -> None:
    """Resolve stored mentions into persons, organizations and places, then claims into acts.

    Automatic decisions above the threshold are recorded as judgements; middling ones go to
    `testimonies review`. Pairs already judged (by a person, or undone) are not decided again.
    """
    with open_from(ctx).session() as session:
        run = link_all(session)
    e, a = run.entities, run.acts
    recorded = ", ".join(f"{n} {k}" for k, n in sorted(e.recorded.items())) or "none new"
    console.print(
        f"entities: {e.entities.entities} ({e.entities.created} new, "
        f"{e.entities.changed} changed); "
        f"judgements recorded: {recorded}; merges refused by 'different': {e.entities.refused}",
        highlight=False,
    )
    console.print(
        f"acts: {a.acts} from {a.claims} claims ({a.created} new, {a.changed} changed, "
        f"{a.removed} removed)",
        highlight=False,
    )


@friendly_errors
def review(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=0, help="Show at most this many pairs (0: all).")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="JSON for machines.")] = False,
) -> None:
    """List open candidate pairs (unsure) with their score and reasons, strongest first."""
    with open_from(ctx).session() as session:
        queue = review_queue(session, limit or None)
        step = None if queue else next_step(session, "link")
    if say_next_step(step) and not as_json:
        return
    if as_json:
        typer.echo(json.dumps([c.to_dict() for c in queue], ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(queue)} candidate pairs to review")
    for column in ("judgement", "score", "a", "b", "reason"):
        table.add_column(column, overflow="fold")
    for c in queue:
        side_a = f"{c.a.text} ({c.a.subject}, {c.entity_a}) in {c.a.document}"
        side_b = f"{c.b.text} ({c.b.subject}, {c.entity_b}) in {c.b.document}"
        cells = (f"J-{c.judgement}", f"{c.score:.2f}", side_a, side_b, c.reason)
        table.add_row(*(escape(cell) for cell in cells))
    print_table(table)
    if queue:
        console.print(
            "decide with: testimonies judge mention:A mention:B --same|--different|--unsure",
            highlight=False,
        )


@friendly_errors
def judge(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="A mention (mention:12) or an entity (P-17).")],
    b: Annotated[str, typer.Argument(help="A mention (mention:40) or an entity (P-3).")],
    same: Annotated[bool, typer.Option("--same", help="They are one entity.")] = False,
    different: Annotated[bool, typer.Option("--different", help="Never one entity.")] = False,
    unsure: Annotated[bool, typer.Option("--unsure", help="Cannot tell.")] = False,
    note: Annotated[str | None, typer.Option(help="Why (kept with the judgement).")] = None,
) -> None:
    """Record a person's decision about two mentions or entities; it overrules automatic ones."""
    decision = one_decision("judge", same, different, unsure)
    with open_from(ctx).session() as session:
        judgement, result, acts = judge_and_relink(
            session,
            a,
            b,
            decision,
            current_actor(),
            note,
        )
    console.print(
        f"J-{judgement.id}: {judgement.subject_a} {judgement.decision} {judgement.subject_b} "
        f"(by {judgement.decided_by}); entities: {result.entities}, "
        f"merges refused: {result.refused}; acts: {acts.acts}",
        highlight=False,
        markup=False,
    )


@friendly_errors
def unmerge(
    ctx: typer.Context,
    judgements: Annotated[
        list[str] | None,
        typer.Argument(
            help="'same' judgements of mentions to undo (J-12); for list records "
            "use lists judge or lists unlink."
        ),
    ] = None,
    last: Annotated[
        bool, typer.Option("--last", help="Undo the latest merge of mentions.")
    ] = False,
) -> None:
    """Undo a merge: retract its 'same' judgement(s) and rebuild the entities."""
    with open_from(ctx).session() as session:
        undone, result, acts = unmerge_and_relink(session, judgements or [], last=last)
    for j in undone:
        console.print(f"retracted J-{j.id}: {j.subject_a} same {j.subject_b}", highlight=False)
    console.print(
        f"entities: {result.entities} ({result.created} new); acts: {acts.acts}", highlight=False
    )


@friendly_errors
def person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A name as written, or an id such as P-17.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON for machines.")] = False,
) -> None:
    """A person's names, the documents naming them, and the acts in time order with their claims."""
    from testimonies.assess.timeline import person_timeline

    with open_from(ctx).session() as session:
        timeline = person_timeline(session, name)
        outside = claims_outside_acts(session)
    warn_if_acts_are_stale(outside)
    if as_json:
        typer.echo(json.dumps(timeline.to_dict(), ensure_ascii=False, indent=2))
        return
    if timeline.also_named:  # on stderr, before the timeline: which person this is matters
        others = "; ".join(f"{ref} {other}" for ref, other in timeline.also_named)
        err_console.print(
            f"[yellow]note:[/yellow] {escape(repr(name))} also names {escape(others)}: "
            f"showing {timeline.ref}, the most mentioned; ask for one by its id",
            highlight=False,
            soft_wrap=True,
        )
    console.print(f"[bold]{timeline.ref} {escape(timeline.name)}[/bold]", highlight=False)
    names = ", ".join(f"{n} ({k})" for n, k in timeline.names)
    documents = ", ".join(f"{d} ({k})" for d, k in timeline.documents)
    console.print(escape(f"names: {names}"), highlight=False)
    console.print(escape(f"documents: {documents}"), highlight=False)
    for act in timeline.acts:
        when = act.start if act.start == act.end or not act.end else f"{act.start}/{act.end}"
        where = f" at {act.place}" if act.place else ""
        console.print(
            escape(f"\n{act.ref} {act.act}, {when or 'date unknown'}{where}"), highlight=False
        )
        if act.id in timeline.assessments:
            console.print(escape(f"  sources: {timeline.assessments[act.id]}"), highlight=False)
        for claim, rel in act.claims:
            dates = claim.start if claim.start == claim.end else f"{claim.start}/{claim.end}"
            line = (
                f"  {rel:9} {claim.polarity:8} {claim.document} [{claim.evidence_start}:"
                f"{claim.evidence_end}] {dates or ''}: \u201c{claim.quote}\u201d"
            )
            console.print(escape(line), highlight=False)
        for conflict in act.conflicts:
            shown = " | ".join(conflict.values)
            console.print(escape(f"  conflict on {conflict.field}: {shown}"), highlight=False)


@friendly_errors
def evaluate_links(
    gold_dir: Annotated[
        Path,
        typer.Argument(help="Gold folder: links/*.jsonl beside train/ (documents and claims)."),
    ],
    docs: Annotated[
        Path | None,
        typer.Option(help="Folder of the gold documents (default: GOLD_DIR/../train)."),
    ] = None,
    inputs: Annotated[
        str,
        typer.Option(
            "--input",
            help="extracted: run the extractor; gold: use gold mentions' spans and gold claims "
            "(measures linking alone).",
        ),
    ] = "extracted",
    as_json: Annotated[bool, typer.Option("--json", help="JSON for machines.")] = False,
) -> None:
    """Ingest, extract and link the gold documents in a temporary store; score the linking.

    Prints B-cubed precision, recall and F1 of person and organization clustering, pairwise F1
    of claims grouped into acts, and the share of gold conflicts found.
    """
    from testimonies.link.evaluate_links import evaluate

    report = evaluate(gold_dir, docs, inputs)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    for line in report.lines():
        console.print(line, highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    for command in (link, review, judge, unmerge, person):
        app.command()(command)
    app.command("evaluate-links")(evaluate_links)
