"""Honest warnings: when the data or the result should not be taken at face value.

Thresholds live in thresholds.yaml beside this module, so they can be argued about and
changed without touching code.
"""

from __future__ import annotations

import itertools
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from testimonies.estimate.data import CaptureData

if TYPE_CHECKING:
    from testimonies.estimate.run import Estimate


@cache
def thresholds() -> dict[str, float]:
    text = resources.files("testimonies.estimate").joinpath("thresholds.yaml").read_text()
    loaded: dict[str, Any] = yaml.safe_load(text)
    return {k: float(v) for k, v in loaded.items()}


def data_warnings(data: CaptureData, stratum: str) -> list[str]:
    """Thin overlap: few people on two or more lists, or pairs of lists sharing no one."""
    t = thresholds()
    where = f"[{stratum}] "
    out = []
    share = data.on_several() / data.documented
    if share < t["min_overlap_share"]:
        out.append(
            f"{where}only {share:.1%} of the documented people are on two or more lists: "
            "the lists barely overlap, so every estimate rests on few people and may be unstable"
        )
    apart = [
        f"{data.lists[a]}-{data.lists[b]}"
        for a, b in itertools.combinations(range(data.n_lists), 2)
        if data.counts[(data.patterns[:, a] == 1) & (data.patterns[:, b] == 1)].sum() == 0
    ]
    if apart:
        out.append(
            f"{where}{len(apart)} pair(s) of lists share no one ({', '.join(apart)}): "
            "their dependence cannot be estimated"
        )
    return out


def result_warnings(e: Estimate) -> list[str]:
    """Estimates far above the documented count, chains that disagree, few effective draws,
    posteriors cut by the grid."""
    t = thresholds()
    where = f"[{e.method}, {e.stratum}] "
    out = []
    if e.documented and e.point > t["far_above_ratio"] * e.documented:
        out.append(
            f"{where}the estimate is {e.point / e.documented:.1f} times the documented count: "
            "most of it is inferred, not documented; check the assumptions before using it"
        )
    r = e.diagnostics.get("rhat")
    if r is not None and not r <= t["max_rhat"]:
        out.append(
            f"{where}the chains disagree (R-hat {r:.2f} > {t['max_rhat']}): run more "
            "iterations (--samples/--thin/--burnin) before trusting this estimate"
        )
    n_eff = e.diagnostics.get("ess")
    if n_eff is not None and n_eff < t["min_ess"]:
        out.append(
            f"{where}only {n_eff:.0f} effective draws of N: the interval is imprecise; "
            "run more iterations"
        )
    step = e.details.get("grid_step", 1.0)
    if step > 1 and e.details.get("mass_at_grid_peak", 0.0) > t["max_grid_point_mass"]:
        out.append(
            f"{where}the grid of N runs in steps of {step:,.0f} and the posterior sits on one "
            "of its points: the estimate and interval are the grid's, not the data's; lower "
            "--max-missing"
        )
    if e.details.get("mass_at_grid_top", 0.0) > t["max_grid_top_mass"]:
        out.append(
            f"{where}the posterior still has weight at N = {e.details['grid_top']:.0f}, the top "
            "of the grid: raise --max-missing"
        )
    return out
