"""Commands over sources: ingest, documents, show, verify, log."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from testimonies.cli.common import (
    console,
    err_console,
    friendly_errors,
    open_from,
    print_table,
    say_skipped,
    shown,
)
from testimonies.ingest.metadata import DocumentMeta, validate
from testimonies.ingest.pipeline import (
    IngestOptions,
    IngestResult,
    expand_paths,
    ingest_paths,
    skipped_under,
)
from testimonies.ingest.readers import DEFAULT_MAX_BYTES, check_encoding
from testimonies.store import audit
from testimonies.store.documents import failed_files, get_document, list_documents, summarize
from testimonies.store.verify import verify_store


def _ingest_summary(results: list[IngestResult]) -> str:
    counts = {outcome: 0 for outcome in ("stored", "new_version", "unchanged", "failed")}
    for result in results:
        counts[result.outcome] += 1
    return (
        f"{len(results)} files: {counts['stored']} stored, {counts['new_version']} new versions, "
        f"{counts['unchanged']} unchanged, {counts['failed']} failed"
    )


@friendly_errors
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (recursively).")],
    title: Annotated[str | None, typer.Option(help="Title (overrides the sidecar).")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher.")] = None,
    author: Annotated[str | None, typer.Option(help="Author.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, EDTF.")] = None,
    url: Annotated[str | None, typer.Option(help="Source URL.")] = None,
    language: Annotated[str | None, typer.Option(help="Language code, e.g. en.")] = None,
    stance: Annotated[str | None, typer.Option(help="Publisher's stance or affiliation.")] = None,
    encoding: Annotated[
        str | None, typer.Option(help="Text encoding of the files (default: UTF-8).")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Refuse files larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only errors and the summary.")
    ] = False,
) -> None:
    """Store files (.txt, .md, .html, .pdf) with their SHA-256, text and metadata.

    Metadata comes from a sidecar NAME.meta.yaml (title, publisher, author, published, url,
    language, stance) and the options, which take precedence. Exit status 1 if any file failed.
    """
    overrides = validate(
        "command line",
        DocumentMeta(title, publisher, author, published, url, language, stance),
    )
    check_encoding(encoding)
    options = IngestOptions(max_bytes=max_bytes, encoding=encoding, overrides=overrides)
    store = open_from(ctx, create=True)
    candidates = expand_paths(paths)
    say_skipped(skipped_under(paths))
    results: list[IngestResult] = []
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(
        *columns, console=err_console, transient=True, disable=len(candidates) < 20
    ) as bar:
        task = bar.add_task("ingest", total=len(candidates))
        for result in ingest_paths(store, candidates, options):
            results.append(result)
            bar.advance(task)
            if not result.ok:
                err_console.print(f"[red]error:[/red] {shown(result.describe())}", highlight=False)
            elif not quiet:
                console.print(result.describe(), highlight=False, markup=False)
            if result.note:  # even when quiet: something given was not used
                line = shown(f"{result.path}: {result.note}")
                err_console.print(f"[yellow]warning:[/yellow] {line}", highlight=False)
    console.print(
        _ingest_summary(results) + f" (store: {store.url})", highlight=False, markup=False
    )
    if any(not r.ok for r in results):
        raise typer.Exit(1)


@friendly_errors
def documents(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="JSON for machines.")] = False,
    all_versions: Annotated[
        bool, typer.Option("--all-versions", help="Older versions too.")
    ] = False,
) -> None:
    """List stored documents with their metadata and pipeline status, and files that failed."""
    with open_from(ctx).session() as session:
        docs = list_documents(session, all_versions)
        failures = failed_files(session)
    if as_json:
        payload = {
            "documents": [d.to_dict() for d in docs],
            "failed": [f.to_dict() for f in failures],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(docs)} documents")
    for column in (
        "id",
        "name",
        "v",
        "format",
        "title",
        "publisher",
        "published",
        "stance",
        "status",
    ):
        table.add_column(column, overflow="fold")
    for d in docs:
        status = ", ".join(f"{k}: {v}" for k, v in d.stages.items())
        cells = (
            str(d.id),
            d.name,
            str(d.version),
            d.format,
            d.metadata["title"] or "",
            d.metadata["publisher"] or "",
            d.metadata["published"] or "",
            d.metadata["stance"] or "",
            status,
        )
        table.add_row(*map(shown, cells))
    print_table(table)
    for failure in failures:
        line = shown(f"{failure.path}: {failure.error}")
        console.print(f"[red]failed:[/red] {line}", highlight=False)


@friendly_errors
def show(
    ctx: typer.Context,
    document_id: Annotated[int, typer.Argument(help="Document id (see `documents`).")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON for machines.")] = False,
    no_text: Annotated[bool, typer.Option("--no-text", help="Metadata only.")] = False,
) -> None:
    """Print one document's metadata and text."""
    with open_from(ctx).session() as session:
        document = get_document(session, document_id)
        summary = summarize(session, document)
        text = document.text
    if as_json:
        payload = summary.to_dict() | ({} if no_text else {"text": text})
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for key, value in summary.to_dict().items():
        if value not in (None, {}, ""):
            console.print(f"[bold]{key}:[/bold] {shown(value)}", highlight=False)
    if not no_text:
        console.print()
        console.print(text, highlight=False, markup=False)


@friendly_errors
def verify(ctx: typer.Context) -> None:
    """Prove nothing was altered: re-hash originals, check documents, walk the audit chain.

    Exit status 1, with one line per altered original, document or log entry, if anything was.
    """
    report = verify_store(open_from(ctx))
    console.print(
        f"checked {report.originals_checked} originals, {report.documents_checked} documents, "
        f"{report.audit_entries_checked} audit entries",
        highlight=False,
    )
    if report.ok:
        console.print("[green]ok:[/green] nothing was altered")
        return
    for problem in report.problems:
        err_console.print(f"[red]TAMPERED:[/red] {shown(problem)}", highlight=False)
    raise typer.Exit(1)


@friendly_errors
def log(
    ctx: typer.Context,
    target: Annotated[
        str | None, typer.Option(help="Only entries about this, e.g. document:3.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="How many of the newest entries.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON for machines.")] = False,
) -> None:
    """Show the newest audit log entries: who changed what, when."""
    with open_from(ctx).session() as session:
        entries = audit.entries(session, target, limit)
    rows = [
        {
            "seq": e.seq,
            "at": e.at.isoformat(timespec="seconds"),
            "actor": e.actor,
            "action": e.action,
            "target": e.target,
            "detail": json.loads(e.detail),
            "hash": e.hash,
        }
        for e in entries
    ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title="audit log (newest first)")
    for column in ("seq", "at", "actor", "action", "target"):
        table.add_column(column)
    for row in rows:
        cells = (row["seq"], row["at"], row["actor"], row["action"], row["target"])
        table.add_row(*map(shown, cells))
    if target is not None and not rows:  # a typo ('doc:3') must not read as 'never changed'
        err_console.print(
            f"no entries about {shown(repr(target))}: targets are written as {audit.TARGET_FORMS}",
            highlight=False,
            soft_wrap=True,
        )
        return
    console.print(table)


def register(app: typer.Typer) -> None:
    for command in (ingest, documents, show, verify, log):
        app.command()(command)
