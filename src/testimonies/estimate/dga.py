"""Bayesian model averaging over decomposable graphical models (Madigan & York 1997).

For each decomposable graph on the lists and each candidate count of unobserved people, the
complete 2**J table has a closed-form marginal likelihood under a hyper-Dirichlet prior: a
product over cliques of Dirichlet-multinomial terms divided by the same over separators. With
a prior on N and a uniform prior over graphs, this gives the joint posterior of (graph, N)
on a grid; averaging over graphs gives the posterior of N.

`delta` is the Dirichlet parameter of each cell of the full table; a clique's marginal table
inherits the sum over the cells it collapses (so the prior is consistent across graphs).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import special

from testimonies.errors import InputError
from testimonies.estimate.data import CaptureData
from testimonies.estimate.graphs import Graph, decomposable

FloatArray = NDArray[np.float64]
LogPrior = Callable[[FloatArray], FloatArray]
MIN_LISTS, MAX_LISTS = 3, 5


@dataclass(frozen=True)
class GraphPosterior:
    """The posterior of N on the grid `totals`, per graph and averaged."""

    lists: tuple[str, ...]
    graphs: tuple[Graph, ...]
    totals: FloatArray
    joint: FloatArray  # graphs x grid, sums to 1
    documented: int

    @property
    def model_probs(self) -> FloatArray:
        return np.asarray(self.joint.sum(axis=1))

    @property
    def averaged(self) -> FloatArray:
        return np.asarray(self.joint.sum(axis=0))

    def top(self) -> int:
        return int(np.argmax(self.model_probs))

    def of_graph(self, index: int) -> FloatArray:
        row = self.joint[index]
        return np.asarray(row / row.sum())

    def describe(self, index: int) -> str:
        """The graph as its cliques of list names, e.g. [A,B][C]."""
        cliques = self.graphs[index].cliques
        names = [",".join(n for j, n in enumerate(self.lists) if c >> j & 1) for c in cliques]
        return "".join(f"[{n}]" for n in names)


def inverse_n(totals: FloatArray) -> FloatArray:
    """The default prior p(N) proportional to 1/N."""
    return np.asarray(-np.log(totals))


def negative_binomial(a: float, b: float) -> LogPrior:
    """Madigan & York's prior for N: negative binomial with shape a and odds b."""

    def prior(totals: FloatArray) -> FloatArray:
        return np.asarray(
            totals * np.log(b)
            - (totals + a) * np.log1p(b)
            + special.gammaln(totals + a)
            - special.gammaln(totals + 1)
            - special.gammaln(a)
        )

    return prior


def _marginal_logml(
    table: NDArray[np.int64], mask: int, delta: float, missing: FloatArray, n_lists: int
) -> FloatArray:
    """Log Dirichlet-multinomial likelihood of the marginal table over the lists in `mask`,
    as a function of the unobserved count (added to the all-zero cell)."""
    cells = np.arange(table.size)
    members = [j for j in range(n_lists) if mask >> j & 1]
    key = sum(((cells >> j) & 1) << k for k, j in enumerate(members))
    marginal = np.bincount(key, weights=table, minlength=1 << len(members))
    alpha = delta * 2.0 ** (n_lists - len(members))
    fixed = np.sum(special.gammaln(marginal[1:] + alpha) - special.gammaln(alpha))
    total_alpha = alpha * marginal.size
    return np.asarray(
        fixed
        + special.gammaln(marginal[0] + missing + alpha)
        - special.gammaln(alpha)
        + special.gammaln(total_alpha)
        - special.gammaln(total_alpha + marginal.sum() + missing)
    )


def posterior(
    data: CaptureData,
    delta: float = 2.0**-4,
    missing: FloatArray | None = None,
    log_prior: LogPrior = inverse_n,
) -> GraphPosterior:
    """Joint posterior of (graph, N) over every decomposable graph on the lists."""
    if not MIN_LISTS <= data.n_lists <= MAX_LISTS:
        raise InputError(
            "dga",
            f"{data.n_lists} lists given; decomposable-graph averaging needs 3 to 5 lists",
        )
    if not 0 < delta < np.inf:  # nan and inf too: the posterior would be nan
        raise InputError(
            "dga", f"--delta {delta}: the hyper-Dirichlet parameter must be above 0 (and finite)"
        )
    grid = default_grid(data) if missing is None else np.asarray(missing, dtype=np.float64)
    table = data.full_table()
    subsets = {
        m: _marginal_logml(table, m, delta, grid, data.n_lists) for m in range(1, 1 << data.n_lists)
    }
    subsets[0] = np.zeros_like(grid)
    graphs = decomposable(data.n_lists)
    totals = grid + data.documented
    common = special.gammaln(totals + 1) - special.gammaln(grid + 1) + log_prior(totals)
    logw = np.array(
        [
            sum(subsets[c] for c in g.cliques) - sum(subsets[s] for s in g.separators) + common
            for g in graphs
        ]
    )
    w = np.exp(logw - logw.max())
    return GraphPosterior(data.lists, graphs, totals, w / w.sum(), data.documented)


def default_grid(data: CaptureData) -> FloatArray:
    """Unobserved counts 0 .. 10 times the documented count (at least 1,000)."""
    return np.arange(0, max(10 * data.documented, 1000) + 1, dtype=np.float64)


def bayes_estimate(totals: FloatArray, weights: FloatArray) -> float:
    """The estimate under relative squared-error loss: E[1/N] / E[1/N**2]."""
    return float(np.sum(weights / totals) / np.sum(weights / totals**2))


def mode(totals: FloatArray, weights: FloatArray) -> float:
    return float(totals[int(np.argmax(weights))])


def quantile(totals: FloatArray, weights: FloatArray, q: float) -> float:
    """The smallest N whose posterior cumulative probability reaches q."""
    cdf = np.cumsum(weights) / np.sum(weights)
    return float(totals[min(int(np.searchsorted(cdf, q)), totals.size - 1)])


def draws(totals: FloatArray, weights: FloatArray, size: int, seed: int) -> FloatArray:
    """Samples of N from a grid posterior (to sum strata)."""
    rng = np.random.default_rng(seed)
    return np.asarray(rng.choice(totals, size=size, p=weights / weights.sum()))
