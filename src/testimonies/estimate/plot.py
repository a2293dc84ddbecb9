"""A picture of the posterior of N for each method, beside the documented count."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no display on servers and in tests

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes

from testimonies.errors import InputError
from testimonies.estimate.run import TOTAL, Estimate, Report

COLOURS = {"loglinear": "tab:green", "dga": "tab:blue", "lcmcr": "tab:orange"}


def shown(report: Report) -> list[Estimate]:
    """The total per method when there are strata, else the single stratum's estimate."""
    several = len(report.strata) > 1
    return [e for e in report.estimates if (e.stratum == TOTAL) == several]


def check_writable(path: Path) -> None:
    """Refuse a plot file that cannot be written before minutes of sampling, not after."""
    if path.is_dir():
        raise InputError(str(path), "is a folder: give the plot a file name, e.g. estimate.png")
    if not path.parent.is_dir():
        raise InputError(str(path), "the folder for the plot does not exist")
    existed = path.exists()
    try:
        path.open("ab").close()
    except OSError as exc:
        raise InputError(str(path), f"cannot write the plot ({exc.strerror})") from exc
    if not existed:
        path.unlink()


def plot(report: Report, path: Path, title: str = "Estimated number of victims") -> Path:
    """Write a PNG: densities of N (histograms of draws, grid posteriors as curves) and, for
    the log-linear estimate, its point and interval."""
    estimates = shown(report)
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    # Densities first, so the log-linear point can sit at a visible height above them.
    for e in sorted(estimates, key=lambda e: e.method == "loglinear"):
        _draw(ax, e)
    documented = estimates[0].documented if estimates else 0
    if estimates:
        ax.set_xlim(documented * 0.95, max(e.upper for e in estimates) * 1.3)
    ax.axvline(documented, color="black", linestyle="--", label=f"documented ({documented:,})")
    ax.set_xlabel("total number of victims N")
    ax.set_ylabel("posterior density")
    ax.set_title(title)
    ax.legend(loc="upper right", fontsize="small")
    fig.tight_layout()
    try:
        fig.savefig(path, format="png")
    except OSError as exc:
        raise InputError(str(path), f"cannot write the plot ({exc.strerror})") from exc
    finally:
        plt.close(fig)
    return path


def _draw(ax: Axes, e: Estimate) -> None:
    colour = COLOURS[e.method]
    label = f"{e.method}: {e.point:,.0f} ({e.lower:,.0f}–{e.upper:,.0f})"
    if e.curve is not None and e.stratum != TOTAL:
        x, y = e.curve
        step = float(x[1] - x[0]) if x.size > 1 else 1.0
        ax.plot(x, y / step, color=colour, label=label)
    elif e.draws is not None:
        ax.hist(
            np.ravel(e.draws),
            bins=_bins(np.ravel(e.draws)),
            density=True,
            alpha=0.5,
            color=colour,
            label=label,
        )
    else:
        height = ax.get_ylim()[1] * 0.05 if ax.has_data() else 0.0
        ax.errorbar(
            [e.point],
            [height],
            xerr=[[e.point - e.lower], [e.upper - e.point]],
            fmt="o",
            color=colour,
            capsize=4,
            label=label,
        )


def _bins(draws: np.ndarray) -> list[float]:
    """About 60 bins on whole numbers, so integer draws do not comb the histogram."""
    low, high = float(draws.min()), float(draws.max())
    step = max(1.0, float(np.ceil((high - low + 1) / 60)))
    return [float(b) for b in np.arange(low - 0.5, high + step + 0.5, step)]
