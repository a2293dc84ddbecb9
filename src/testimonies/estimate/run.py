"""Running the estimators on each stratum, summing strata, and saying what to distrust.

`estimate()` is the library's entry point: it returns a `Report` of `Estimate`s (one per method
and stratum, plus a total per method when there are several strata) and never prints.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray
from scipy import stats

from testimonies.errors import InputError
from testimonies.estimate import dga, loglinear
from testimonies.estimate.data import CaptureData, validate
from testimonies.estimate.diagnostics import ess, rhat
from testimonies.estimate.lcmcr import LcmcrSettings
from testimonies.estimate.lcmcr import run as run_lcmcr
from testimonies.estimate.warnings import data_warnings, result_warnings

FloatArray = NDArray[np.float64]
METHODS = ("loglinear", "dga", "lcmcr")
TOTAL = "total"
MAX_GRID = 10_000


@dataclass(frozen=True)
class Settings:
    """Every knob of the three methods; defaults are the literature's usual choices."""

    criterion: str = "aic"
    terms: tuple[str, ...] = ()
    level: float = 0.95
    delta: float = 2.0**-4
    prior: str = "1/N"
    max_missing: int | None = None
    lcmcr: LcmcrSettings = field(default_factory=LcmcrSettings)
    strata_draws: int = 4_000


@dataclass
class Estimate:
    """One method's answer for one stratum (or the total of the strata)."""

    method: str
    stratum: str
    documented: int
    point: float
    lower: float
    upper: float
    point_kind: str
    model: str
    weight: float | None = None
    diagnostics: dict[str, float] = field(default_factory=dict)
    details: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    draws: FloatArray | None = None  # posterior draws of N (chains x samples for LCMCR)
    curve: tuple[FloatArray, FloatArray] | None = None  # grid posterior of N


@dataclass
class Report:
    lists: tuple[str, ...]
    strata: list[str]
    level: float
    estimates: list[Estimate]
    warnings: list[str]


def estimate(
    strata: Mapping[str, CaptureData],
    methods: Sequence[str] = METHODS,
    settings: Settings = Settings(),
    source: str = "input",
) -> Report:
    """Every method on every stratum, plus totals across strata."""
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        raise InputError("--method", f"unknown method {unknown[0]!r}; use {', '.join(METHODS)}")
    skipped = _needing_three(methods, len(next(iter(strata.values())).lists))
    methods = [m for m in methods if m not in skipped]
    needs = 3 if any(m != "loglinear" for m in methods) else 2
    lists = len(next(iter(strata.values())).lists)
    if needs == 3 and lists == 2:  # name the method, and the one that takes two lists
        asked = [m for m in methods if m != "loglinear"]
        verb = "needs" if len(asked) == 1 else "need"
        raise InputError(
            source,
            f"{' and '.join(asked)} {verb} at least 3 lists, 2 given: use --method loglinear",
        )
    for label, data in strata.items():
        validate(data, source if len(strata) == 1 else f"{source} (stratum {label})", needs)
    report = Report(next(iter(strata.values())).lists, list(strata), settings.level, [], [])
    if skipped:
        report.warnings.append(
            f"{' and '.join(skipped)} need at least 3 lists: skipped (two lists give the "
            "log-linear estimate only)"
        )
    if "dga" in methods and len(report.lists) > dga.MAX_LISTS:
        too_many = f"dga averages over graphs of 3 to 5 lists, not {len(report.lists)}"
        if len(methods) == 1:
            raise InputError(source, f"{too_many}; merge some lists")
        report.warnings.append(f"{too_many}: dga skipped (merge lists to run it)")
        methods = [m for m in methods if m != "dga"]
    for label, data in strata.items():
        report.warnings += data_warnings(data, label)
    for method in methods:
        per = [
            _run(method, data, label, _seeded(settings, i))
            for i, (label, data) in enumerate(strata.items())
        ]
        report.estimates += per
        if len(per) > 1:
            report.estimates.append(_total(method, per, settings))
    for e in report.estimates:
        e.warnings += result_warnings(e)
    return report


def _needing_three(methods: Sequence[str], lists: int) -> list[str]:
    """With two lists, the methods that need three are left out of several asked for (the
    default, all), so the one that applies still runs; asked for alone, they are refused."""
    if lists >= 3 or "loglinear" not in methods:
        return []
    return [m for m in methods if m != "loglinear"]


def _seeded(settings: Settings, stratum: int) -> Settings:
    """Each stratum its own seeds, so the strata's draws are independent when summed."""
    return replace(
        settings, lcmcr=replace(settings.lcmcr, seed=settings.lcmcr.seed + 1000 * stratum)
    )


def _run(method: str, data: CaptureData, label: str, settings: Settings) -> Estimate:
    if method == "loglinear":
        return _loglinear(data, label, settings)
    if method == "dga":
        return _dga(data, label, settings)
    return _lcmcr(data, label, settings)


def _loglinear(data: CaptureData, label: str, settings: Settings) -> Estimate:
    if settings.terms:
        chosen = loglinear.fit(data, loglinear.parse_terms(data.lists, settings.terms))
        weight, considered = 1.0, 1
    else:
        ranked = loglinear.select(data, settings.criterion)
        if not ranked:
            raise InputError("loglinear", "no log-linear model could be fitted to these lists")
        chosen, weight, considered = (
            ranked[0],
            float(loglinear.weights(ranked, settings.criterion)[0]),
            len(ranked),
        )
    multi = loglinear.multinomial(data, chosen.terms, settings.level)
    name = loglinear.term_names(data.lists, chosen.terms)
    return Estimate(
        method="loglinear",
        stratum=label,
        documented=data.documented,
        point=multi.n_hat,
        lower=multi.lower,
        upper=multi.upper,
        point_kind="multinomial MLE, profile-likelihood interval",
        model="independence" + (f" + {name}" if name else ""),
        weight=weight,
        details={
            "poisson_n": chosen.n_poisson,
            "poisson_se": chosen.se_poisson,
            "deviance": chosen.deviance,
            "df": float(chosen.df),
            "aic": chosen.aic,
            "bic": chosen.bic,
            "models_compared": float(considered),
        },
    )


def parse_prior(text: str) -> dga.LogPrior:
    """`1/N` or `negbin:a,b` (Madigan & York's negative binomial prior on N)."""
    if text.strip().lower() in ("1/n", "inverse", "default"):
        return dga.inverse_n
    kind, _, args = text.partition(":")
    try:
        a, b = (float(v) for v in args.split(","))
    except ValueError:
        a = b = -1.0
    if kind.strip().lower() != "negbin" or not (0 < a < math.inf and 0 < b < math.inf):
        raise InputError("--prior", f"cannot read {text!r}; use 1/N or negbin:a,b (a, b > 0)")
    return dga.negative_binomial(a, b)


def _grid(data: CaptureData, settings: Settings) -> FloatArray:
    top = (
        settings.max_missing
        if settings.max_missing is not None
        else max(10 * data.documented, 1000)
    )
    step = max(1, math.ceil(top / MAX_GRID))
    return np.arange(0, top + 1, step, dtype=np.float64)


def _dga(data: CaptureData, label: str, settings: Settings) -> Estimate:
    post = dga.posterior(data, settings.delta, _grid(data, settings), parse_prior(settings.prior))
    top = post.top()
    avg, totals = post.averaged, post.totals
    tail = (1 - settings.level) / 2
    best = post.of_graph(top)
    return Estimate(
        method="dga",
        stratum=label,
        documented=data.documented,
        point=dga.bayes_estimate(totals, avg),
        lower=dga.quantile(totals, avg, tail),
        upper=dga.quantile(totals, avg, 1 - tail),
        point_kind="model-averaged Bayes estimate (relative squared-error loss)",
        model=post.describe(top),
        weight=float(post.model_probs[top]),
        details={
            "mode": dga.mode(totals, avg),
            "median": dga.quantile(totals, avg, 0.5),
            "top_model_bayes": dga.bayes_estimate(totals, best),
            "top_model_mode": dga.mode(totals, best),
            "top_model_lower": dga.quantile(totals, best, tail),
            "top_model_upper": dga.quantile(totals, best, 1 - tail),
            "graphs": float(len(post.graphs)),
            "grid_top": float(totals[-1]),
            "grid_step": float(totals[1] - totals[0]) if len(totals) > 1 else 1.0,
            "mass_at_grid_top": float(avg[-1] / avg.sum()),
            "mass_at_grid_peak": float(avg.max() / avg.sum()),
        },
        draws=dga.draws(totals, avg, settings.strata_draws, settings.lcmcr.seed),
        curve=(totals, avg),
    )


def _lcmcr(data: CaptureData, label: str, settings: Settings) -> Estimate:
    started = time.perf_counter()
    result = run_lcmcr(data, settings.lcmcr)
    seconds = time.perf_counter() - started
    pooled = result.pooled
    tail = (1 - settings.level) / 2
    s = settings.lcmcr
    n_eff = result.ess
    return Estimate(
        method="lcmcr",
        stratum=label,
        documented=data.documented,
        point=float(np.median(pooled)),
        lower=float(np.quantile(pooled, tail)),
        upper=float(np.quantile(pooled, 1 - tail)),
        point_kind="posterior median",
        model=f"latent classes, K={s.classes}",
        diagnostics={
            "rhat": result.rhat,
            "ess": n_eff,
            "chains": float(s.chains),
            "iterations_per_chain": float(s.iterations),
            "iterations_per_second": s.chains * s.iterations / seconds,
            "ess_per_second": n_eff / seconds,
            "mean_occupied_classes": float(result.occupied.mean()),
        },
        details={"mean": float(pooled.mean())},
        draws=result.n_draws.astype(np.float64),
    )


def _total(method: str, per: Sequence[Estimate], settings: Settings) -> Estimate:
    """The strata summed: posterior draws added up (independent strata), or, for the
    log-linear estimates, points added and a normal interval from the Poisson SEs."""
    documented = sum(e.documented for e in per)
    tail = (1 - settings.level) / 2
    draws = [e.draws for e in per]
    base = Estimate(method, TOTAL, documented, 0.0, 0.0, 0.0, "", "sum of strata")
    if any(d is None for d in draws):
        point = sum(e.point for e in per)
        se = math.sqrt(sum(e.details["poisson_se"] ** 2 for e in per))
        half = stats.norm.ppf(1 - tail) * se
        base.point, base.lower, base.upper = point, max(documented, point - half), point + half
        base.point_kind = "sum of strata, normal interval from the Poisson standard errors"
        return base
    summed = np.sum([d for d in draws if d is not None], axis=0)
    base.draws = summed
    base.point = float(np.median(summed))
    base.lower = float(np.quantile(summed, tail))
    base.upper = float(np.quantile(summed, 1 - tail))
    base.point_kind = "posterior median of the summed draws"
    if method == "lcmcr":
        base.diagnostics = {"rhat": rhat(summed), "ess": ess(summed)}
    return base
