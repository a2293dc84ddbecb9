"""`testimonies names compare`: same / different / unsure for two names or a CSV of pairs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from testimonies.cli.common import console, fail, friendly_errors, shown
from testimonies.link.name_pairs import ComparedPair, compare_pairs, read_pairs, score_pairs
from testimonies.link.names import compare_names

names_app = typer.Typer(help="Person names: compare spellings and transliterations.")


def _print_one(a: str, b: str, as_json: bool) -> None:
    result = compare_names(a, b)
    if as_json:
        console.print_json(json.dumps({"a": a, "b": b, **result.to_dict()}))
        return
    console.print(f"{result.verdict} {result.score:.2f}", highlight=False)
    for reason in result.reasons:
        console.print(f"  - {reason}", highlight=False, soft_wrap=True, markup=False)


def _wrong(pair: ComparedPair, unsure_as: str) -> bool:
    """Whether the verdict disagrees with the label, counted as the scores count it."""
    if pair.label not in ("same", "different"):
        return False  # unlabelled, or labelled unsure: left out of the scores
    verdict = pair.comparison.verdict
    predicted = verdict == "same" or (unsure_as == "same" and verdict == "unsure")
    return predicted != (pair.label == "same")


def _print_pairs(path: Path, as_json: bool, unsure_as: str) -> None:
    compared = compare_pairs(read_pairs(path))
    scores = score_pairs(compared, unsure_as)
    if as_json:
        rows = [{"a": c.a, "b": c.b, "label": c.label, **c.comparison.to_dict()} for c in compared]
        body = {"pairs": rows, "scores": scores.to_dict() if scores.labelled else None}
        console.print_json(json.dumps(body))
        return
    table = Table("a", "b", "verdict", "score", "label", "reason")
    for c in compared:
        mark = " ✗" if _wrong(c, unsure_as) else ""
        reason = c.comparison.reasons[0] if c.comparison.reasons else ""
        cells = (c.a, c.b, c.comparison.verdict + mark, f"{c.comparison.score:.2f}", c.label or "")
        table.add_row(*map(shown, (*cells, reason)))
    console.print(table)
    if scores.labelled:
        console.print(
            f"{scores.labelled} labelled pairs: precision {scores.precision:.4f}, recall "
            f"{scores.recall:.4f}, F1 {scores.f1:.4f} (positive = same; an 'unsure' verdict "
            f"counts as {'same' if unsure_as == 'same' else 'not same'}; "
            f"{scores.unsure_verdicts} unsure verdicts)",
            highlight=False,
        )


@names_app.command("compare")
@friendly_errors
def compare(
    a: Annotated[str | None, typer.Argument(help="First name.")] = None,
    b: Annotated[str | None, typer.Argument(help="Second name.")] = None,
    pairs: Annotated[
        Path | None, typer.Option("--pairs", help="CSV with columns a, b and optional label.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    unsure_as: Annotated[
        str,
        typer.Option(
            "--unsure-as",
            help="How an 'unsure' verdict counts in the scores: same (default: the names are "
            "compatible and could name one person, as a label 'same' means for a partial name) "
            "or different (strict: only a committed 'same' counts).",
        ),
    ] = "same",
) -> None:
    """Say whether two person names are the same, different, or unsure, with score and reasons.

    With --pairs, compare every row; with labels (same/different), print precision, recall and
    F1 where positive = same; an 'unsure' verdict (compatible names such as a surname alone
    against a full name) counts as same unless --unsure-as different.
    """
    if unsure_as not in ("same", "different"):
        raise fail("--unsure-as must be same or different")
    if pairs is not None:
        if a is not None:
            raise fail("give either two names or --pairs FILE, not both")
        _print_pairs(pairs, as_json, unsure_as)
    elif a is None or b is None:
        raise fail("give two names, e.g. names compare 'Mohammad Rajavi' 'Mohammed Radjavi'")
    elif not a.strip() or not b.strip():
        raise fail("a name is empty: give two names to compare")
    else:
        _print_one(a, b, as_json)


def register(app: typer.Typer) -> None:
    app.add_typer(names_app, name="names")
