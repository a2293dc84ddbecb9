"""The LCMCR sampler's own random draws follow their distributions (Kolmogorov-Smirnov and
chi-square goodness of fit on 100,000 draws, fixed seeds)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from testimonies.estimate.lcmcr_kernel import distribution_draws

SIZE = 100_000
UNIFORM, NORMAL, GAMMA, BETA, BINOMIAL = range(5)


@pytest.mark.parametrize(
    ("kind", "a", "b", "dist"),
    [
        (UNIFORM, 0.0, 0.0, stats.uniform()),
        (NORMAL, 0.0, 0.0, stats.norm()),
        (GAMMA, 0.25, 0.0, stats.gamma(0.25)),
        (GAMMA, 1.0, 0.0, stats.gamma(1.0)),
        (GAMMA, 9.25, 0.0, stats.gamma(9.25)),
        (BETA, 1.0, 1.0, stats.beta(1, 1)),
        (BETA, 3.0, 700.0, stats.beta(3, 700)),
        (BETA, 0.3, 2.0, stats.beta(0.3, 2)),
    ],
)
def test_continuous_draws(kind: int, a: float, b: float, dist: stats.rv_continuous) -> None:
    draws = distribution_draws(kind, SIZE, a, b, 42)
    assert stats.kstest(draws, dist.cdf).pvalue > 0.001


@pytest.mark.parametrize(
    ("n", "p"), [(1131, 0.3), (1131, 0.97), (40, 0.1), (20, 0.5), (5000, 0.0004), (3, 0.9)]
)
def test_binomial_draws(n: int, p: float) -> None:
    draws = distribution_draws(BINOMIAL, SIZE, float(n), p, 7).astype(int)
    values, counts = np.unique(draws, return_counts=True)
    expected = stats.binom(n, p).pmf(values) * SIZE
    keep = expected > 5
    chi2 = float(((counts[keep] - expected[keep]) ** 2 / expected[keep]).sum())
    assert stats.chi2.sf(chi2, int(keep.sum()) - 1) > 0.001
    assert draws.min() >= 0 and draws.max() <= n


def test_seeds_repeat_and_differ() -> None:
    first = distribution_draws(UNIFORM, 100, 0.0, 0.0, 1)
    assert np.array_equal(first, distribution_draws(UNIFORM, 100, 0.0, 0.0, 1))
    assert not np.array_equal(first, distribution_draws(UNIFORM, 100, 0.0, 0.0, 2))
