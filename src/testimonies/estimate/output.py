"""A report as plain data: for `--json` and for the CLI's table."""

from __future__ import annotations

import math
from typing import Any

from testimonies.estimate.run import Estimate, Report


def _number(value: float | None) -> float | None:
    """JSON has no infinity or NaN: those become null."""
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), 4)


def estimate_dict(e: Estimate) -> dict[str, Any]:
    return {
        "method": e.method,
        "stratum": e.stratum,
        "documented": e.documented,
        "estimate": _number(e.point),
        "lower": _number(e.lower),
        "upper": _number(e.upper),
        "estimate_kind": e.point_kind,
        "model": e.model,
        "model_weight": _number(e.weight),
        "diagnostics": {k: _number(v) for k, v in e.diagnostics.items()},
        "details": {k: _number(v) for k, v in e.details.items()},
        "warnings": e.warnings,
    }


def to_json(report: Report) -> dict[str, Any]:
    """The whole report; posterior draws are left out (use --plot to see them)."""
    return {
        "lists": list(report.lists),
        "strata": report.strata,
        "level": report.level,
        "estimates": [estimate_dict(e) for e in report.estimates],
        "warnings": report.warnings + [w for e in report.estimates for w in e.warnings],
    }


def interval(e: Estimate) -> str:
    upper = "∞" if not math.isfinite(e.upper) else f"{e.upper:,.0f}"
    return f"{e.lower:,.0f} – {upper}"


def diagnostics_text(e: Estimate) -> str:
    d = e.diagnostics
    if "rhat" in d:
        parts = [f"R-hat {d['rhat']:.3f}", f"ESS {d['ess']:,.0f}"]
        if "iterations_per_second" in d:
            parts.append(f"{d['iterations_per_second']:,.0f} it/s")
        return ", ".join(parts)
    if "deviance" in e.details:
        x = e.details
        # Both criteria: the model and its weight may have been chosen by either (--criterion).
        fit = f"deviance {x['deviance']:.2f} on {x['df']:.0f} df, AIC {x['aic']:.2f}"
        return fit + (f", BIC {x['bic']:.2f}" if "bic" in x else "")
    if "mode" in e.details:
        return f"mode {e.details['mode']:,.0f}, median {e.details['median']:,.0f}"
    return ""
