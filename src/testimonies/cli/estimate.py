"""`testimonies estimate`: how many victims were never documented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from testimonies.cli.common import console, err_console, fail, friendly_errors, open_from
from testimonies.errors import InputError
from testimonies.ingest.readers import check_encoding

if TYPE_CHECKING:
    from testimonies.estimate import Report


def register(app: typer.Typer) -> None:
    app.command("estimate")(estimate)


@friendly_errors
def estimate(
    ctx: typer.Context,
    source: Annotated[
        Path | None,
        typer.Argument(
            help="CSV: 0/1 list columns plus `count` (a contingency table), or one row per person.",
            show_default=False,
        ),
    ] = None,
    from_store: Annotated[
        bool, typer.Option("--from-store", help="Use the store's victim lists.")
    ] = False,
    lists: Annotated[
        list[str] | None,
        typer.Option(
            "--lists",
            help="With --from-store: GROUP=list1,list2 (repeat); default each list alone.",
        ),
    ] = None,
    method: Annotated[str, typer.Option(help="loglinear, dga, lcmcr or all.")] = "all",
    strata: Annotated[
        list[str] | None,
        typer.Option("--strata", help="Column (or record field) to estimate each stratum by."),
    ] = None,
    criterion: Annotated[str, typer.Option(help="Log-linear model selection: aic or bic.")] = "aic",
    terms: Annotated[
        list[str] | None,
        typer.Option(
            "--terms", help="Fix the log-linear model: main effects plus these (e.g. c1:c2)."
        ),
    ] = None,
    level: Annotated[float, typer.Option(help="Interval probability.")] = 0.95,
    delta: Annotated[float, typer.Option(help="dga: hyper-Dirichlet parameter per cell.")] = 2.0
    ** -4,
    prior: Annotated[str, typer.Option(help="dga: prior on N, 1/N or negbin:a,b.")] = "1/N",
    max_missing: Annotated[
        int | None,
        typer.Option(
            min=1, help="dga: largest unobserved count on the grid (default 10 x documented)."
        ),
    ] = None,
    k: Annotated[int, typer.Option("--k", help="lcmcr: number of latent classes K.")] = 10,
    a_alpha: Annotated[float, typer.Option(help="lcmcr: Gamma prior shape of alpha.")] = 0.25,
    b_alpha: Annotated[float, typer.Option(help="lcmcr: Gamma prior rate of alpha.")] = 0.25,
    burnin: Annotated[
        int, typer.Option(min=0, help="lcmcr: iterations dropped per chain.")
    ] = 10_000,
    samples: Annotated[int, typer.Option(help="lcmcr: draws kept per chain.")] = 1_000,
    thin: Annotated[int, typer.Option(help="lcmcr: iterations between kept draws.")] = 100,
    chains: Annotated[int, typer.Option(help="lcmcr: independent chains.")] = 3,
    seed: Annotated[int, typer.Option(help="Random seed (chain c uses seed + c).")] = 1,
    plot_file: Annotated[
        Path | None, typer.Option("--plot", help="Write the posterior of N as a PNG.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    encoding: Annotated[
        str | None,
        typer.Option(help="Text encoding of the CSV, e.g. cp1252 (default: UTF-8 or UTF-16)."),
    ] = None,
) -> None:
    """Estimate the total number of victims from overlapping lists (multiple systems estimation)."""
    # Imported here: numba, scipy and matplotlib would slow every other command's start.
    from testimonies.estimate import METHODS, Settings, estimate_file, estimate_store
    from testimonies.estimate.lcmcr import LcmcrSettings
    from testimonies.estimate.output import to_json
    from testimonies.estimate.plot import check_writable, plot
    from testimonies.estimate.readers import parse_groups

    methods = list(METHODS) if method == "all" else [m.strip() for m in method.split(",")]
    settings = Settings(
        criterion=_criterion(criterion),
        terms=tuple(terms or ()),
        level=_level(level),
        delta=delta,
        prior=prior,
        max_missing=max_missing,
        lcmcr=LcmcrSettings(k, a_alpha, b_alpha, burnin, samples, thin, chains, seed),
    )
    if from_store == (source is not None):
        raise fail("give either a CSV file or --from-store (not both, not neither)")
    if source is None and strata and len(strata) > 1:
        raise InputError("--strata", "with --from-store, give one field to stratify by")
    if source is not None and lists:
        raise InputError("--lists", "groups lists of the store: it applies only with --from-store")
    if plot_file is not None:
        check_writable(plot_file)
    check_encoding(encoding)
    if source is None and encoding:
        raise InputError("--encoding", "names the encoding of a CSV file: not with --from-store")
    if source is not None:
        # A column named twice (--strata region --strata region) is one stratification.
        columns = tuple(dict.fromkeys(strata or ()))
        report = estimate_file(source, methods, settings, columns, encoding)
    else:
        with open_from(ctx).session() as session:
            groups = parse_groups(lists) if lists else None
            report = estimate_store(
                session, methods, settings, groups, strata[0] if strata else None
            )
    if plot_file is not None:
        plot(report, plot_file)
    if as_json:
        typer.echo(json.dumps(to_json(report), indent=2))
    else:
        _print(report)


def _criterion(value: str) -> str:
    if value.lower() not in ("aic", "bic"):
        raise InputError("--criterion", f"{value!r} is not aic or bic")
    return value.lower()


def _level(value: float) -> float:
    if not 0 < value < 1:
        raise InputError("--level", f"{value} is not a probability between 0 and 1")
    return value


def _print(report: Report) -> None:
    """One block per method and stratum: lines, not a wide table, so narrow terminals and
    logs keep every figure."""
    from testimonies.estimate.output import diagnostics_text, interval

    console.print(
        f"Lists: {', '.join(report.lists)}; {report.level:.0%} intervals", highlight=False
    )
    for e in report.estimates:
        weight = "" if e.weight is None else f" (weight {e.weight:.3f})"
        console.print(
            f"\n[bold]{e.method}[/bold] {escape(e.stratum)}: documented {e.documented:,}, "
            f"estimate {e.point:,.1f}, interval {interval(e)}",
            highlight=False,
        )
        console.print(f"  {e.point_kind}", highlight=False)
        console.print(f"  model: {escape(e.model)}{weight}", highlight=False)
        if text := diagnostics_text(e):
            console.print(f"  {text}", highlight=False)
    for line in report.warnings + [w for e in report.estimates for w in e.warnings]:
        err_console.print(
            f"[yellow]warning:[/yellow] {escape(line)}", highlight=False, soft_wrap=True
        )
