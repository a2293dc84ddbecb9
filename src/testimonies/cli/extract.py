"""Commands `extract` (claims of files or of stored documents), `evaluate` (spec section 4) and
`train-recall` (the act classifier under the wordings)."""

from __future__ import annotations

import json
import sys
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
    say_skipped,
    shown,
)
from testimonies.errors import InputError
from testimonies.extract.base import Extractor, create
from testimonies.extract.evaluate import LEVELS, Report
from testimonies.extract.evaluate import evaluate as run_evaluation
from testimonies.extract.recall_train import (
    DEFAULT_THRESHOLD,
    DEFAULT_VETO,
    Training,
    train_to_file,
)
from testimonies.extract.run import extract_file
from testimonies.extract.store_run import DocumentOutcome, extract_stored
from testimonies.ingest.pipeline import expand_paths, skipped_under
from testimonies.ingest.readers import check_encoding

ExtractorOpt = Annotated[
    str,
    typer.Option(
        "--extractor",
        help="spacy (rules, offline), spacy-veto (the same with the vector veto) or chat "
        "(an OpenAI-compatible endpoint).",
    ),
]
PipelineOpt = Annotated[
    str, typer.Option("--pipeline", help="spaCy pipeline to load (default en_core_web_sm).")
]


def _extractor(name: str, pipeline: str) -> Extractor:
    return create(name, pipeline=pipeline) if name == "spacy" else create(name)


@friendly_errors
def extract(
    ctx: typer.Context,
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help=".txt/.md/.html/.pdf files, and folders (recursively) as ingest reads them."
        ),
    ] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Print the claims of FILES as JSON Lines.")
    ] = False,
    redo: Annotated[
        bool, typer.Option("--redo", help="Re-extract documents already done.")
    ] = False,
    extractor: ExtractorOpt = "spacy",
    pipeline: PipelineOpt = "en_core_web_sm",
    encoding: Annotated[
        str | None, typer.Option(help="Text encoding of FILES (default: UTF-8).")
    ] = None,
) -> None:
    """Extract claims: of FILES (printed, no store), or of every stored document."""
    if not files:
        _only_for_files(jsonl=jsonl, encoding=encoding is not None)
    check_encoding(encoding)
    engine = _extractor(extractor, pipeline)
    if files:
        raise typer.Exit(_extract_files(engine, files, jsonl, encoding))
    _extract_store(ctx, engine, redo)


def _only_for_files(**given: bool) -> None:
    """Options of FILES given without files would be ignored by the run over the store."""
    for name, on in given.items():
        if on:
            where = "testimonies claims --jsonl" if name == "jsonl" else "ingest --encoding"
            raise InputError(f"--{name}", f"applies to FILES only (for stored documents: {where})")


def _extract_files(engine: Extractor, files: list[Path], jsonl: bool, encoding: str | None) -> int:
    failed = 0
    table = _claims_table()
    say_skipped(skipped_under(files))
    for candidate in expand_paths(files):  # a folder as ingest reads it
        path = candidate.path
        try:
            if candidate.problem:
                raise InputError(str(path), candidate.problem)
            result = extract_file(engine, path, encoding)
        except InputError as exc:
            err_console.print(f"[red]error:[/red] {shown(exc)}", highlight=False, soft_wrap=True)
            failed += 1
            continue
        for claim in result.claims:
            if jsonl:
                sys.stdout.write(json.dumps(claim.to_spec_dict(), ensure_ascii=False) + "\n")
            else:
                cells = (
                    claim.document,
                    claim.act,
                    "; ".join(claim.victims),
                    "; ".join(claim.perpetrators),
                    claim.start or "",
                    claim.asserted_by or "",
                    claim.polarity,
                )
                table.add_row(*map(shown, cells))
    if not jsonl and table.row_count:
        console.print(table)
    elif not jsonl and not failed:  # not an empty table: the files were read, and say nothing
        console.print("no claims found in the files given", highlight=False)
    return 1 if failed else 0  # as ingest: 1 when some files of the batch failed


def _claims_table() -> Table:
    table = Table(title="claims")
    for column in (
        "document",
        "act",
        "victims",
        "perpetrators",
        "start",
        "asserted by",
        "polarity",
    ):
        table.add_column(column)
    return table


def _extract_store(ctx: typer.Context, engine: Extractor, redo: bool) -> None:
    store = open_from(ctx)
    outcomes: list[DocumentOutcome] = []
    columns = (TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task("extract", total=None)
        for outcome in extract_stored(
            store, engine, redo, on_start=lambda n: bar.update(task, total=n)
        ):
            outcomes.append(outcome)
            bar.advance(task)
            if outcome.status == "failed":
                err_console.print(
                    f"[red]error:[/red] {shown(f'{outcome.name}: {outcome.error}')}",
                    highlight=False,
                    soft_wrap=True,
                )
    console.print(_summary(outcomes, engine))
    if any(o.status == "failed" for o in outcomes):
        raise typer.Exit(1)


def _summary(outcomes: list[DocumentOutcome], engine: Extractor) -> Table:
    table = Table(title=f"extract ({engine.name} {engine.version})")
    for column in ("documents", "done", "skipped", "failed", "claims", "mentions"):
        table.add_column(column, justify="right")
    count = {s: sum(1 for o in outcomes if o.status == s) for s in ("done", "skipped", "failed")}
    table.add_row(
        str(len(outcomes)),
        str(count["done"]),
        str(count["skipped"]),
        str(count["failed"]),
        str(sum(o.claims for o in outcomes)),
        str(sum(o.mentions for o in outcomes)),
    )
    return table


@friendly_errors
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold *.jsonl claims.")],
    docs_dir: Annotated[Path, typer.Argument(help="Folder of the documents they annotate.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    predicted: Annotated[
        Path | None,
        typer.Option(
            "--predicted",
            help="Score these claims (a .jsonl file, or a folder of them: another annotator's)"
            " instead of extracting.",
        ),
    ] = None,
    extractor: ExtractorOpt = "spacy",
    pipeline: PipelineOpt = "en_core_web_sm",
) -> None:
    """Precision, recall and F1 at the act, victim-anchored and complete levels (spec section 4)."""
    engine = None if predicted else _extractor(extractor, pipeline)
    report = run_evaluation(gold_dir, docs_dir, engine, predicted)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
        return
    for table in _report_tables(report):
        console.print(table)


@friendly_errors
def train_recall(
    gold_dirs: Annotated[list[Path], typer.Argument(help="Folders of gold *.jsonl and documents.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the model (JSON).")],
    threshold: Annotated[
        float, typer.Option("--threshold", min=0.0, max=1.0, help="Probability to add a claim.")
    ] = DEFAULT_THRESHOLD,
    vectors: Annotated[
        bool,
        typer.Option("--vectors/--no-vectors", help="Weigh sentence vectors beside the words."),
    ] = False,
    veto: Annotated[
        float,
        typer.Option(
            "--veto", min=0.0, max=1.0, help="With vectors: drop a worded act below this."
        ),
    ] = DEFAULT_VETO,
    pipeline: PipelineOpt = "en_core_web_sm",
) -> None:
    """Train the act classifier that reads sentences no act wording matched (extract/recall.py).

    The extractor uses the model shipped at src/testimonies/vocab/act_classifier.json: write
    there to replace it. With --vectors --veto P the model vetoes worded acts under P;
    `--extractor spacy-veto` reads it from src/testimonies/vocab/act_veto.json."""
    if veto > 0 and not vectors:
        raise typer.BadParameter("--veto needs --vectors", param_hint="--veto")
    model = train_to_file(gold_dirs, out, pipeline, Training(threshold, vectors, veto))
    weights = sum(len(m.weights) + len(m.vector) for m in model.models)
    kind = f", sentence vectors, veto {model.veto}" if model.uses_vectors else ""
    console.print(
        f"{out}: version {model.version}, {len(model.models)} act codes, {weights} weights{kind}",
        markup=False,
    )


def _report_tables(report: Report) -> list[Table]:
    data = report.to_dict()
    overall = Table(title=f"claims over {data['documents']} documents")
    for column in ("level", "precision", "recall", "F1", "correct", "gold", "predicted"):
        overall.add_column(column, justify="right" if column != "level" else "left")
    for level in LEVELS:
        s = data["overall"][level]
        overall.add_row(
            level,
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['f1']:.3f}",
            str(s["correct"]),
            str(s["gold"]),
            str(s["predicted"]),
        )
    per_act = Table(title="F1 per act code")
    for column in ("act code", "act", "victim", "complete", "gold", "pred"):
        per_act.add_column(column, justify="right" if column != "act code" else "left")
    for name, s in data["per_act"].items():
        per_act.add_row(
            shown(name),
            *(f"{s[lv]['f1']:.2f}" for lv in LEVELS),
            str(s["act"]["gold"]),
            str(s["act"]["predicted"]),
        )
    fields = Table(title=f"field accuracy on {data['matched_pairs']} matched pairs")
    fields.add_column("field")
    fields.add_column("accuracy", justify="right")
    for name, value in data["field_accuracy"].items():
        fields.add_row(name, f"{value:.3f}")
    return [overall, per_act, fields]


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(evaluate)
    app.command("train-recall")(train_recall)
