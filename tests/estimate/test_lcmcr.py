"""LCMCR on Kosovo against R's LCMCR 0.4.14 run on the same data (K = 10)."""

from __future__ import annotations

import numpy as np
import pytest

from testimonies.errors import InputError
from testimonies.estimate.data import from_table
from testimonies.estimate.lcmcr import LcmcrSettings, run

from .conftest import table

# R's three runs: medians 10,598, 10,422 and 10,406; intervals about 9,100 to 14,000.
R_MEDIAN_LOW, R_MEDIAN_HIGH = 10_400, 10_600


def test_kosovo_k10_matches_r() -> None:
    # The example settings of LCMCR's documentation, three chains pooled.
    result = run(table("kosovo_1999_lcmcr.csv"), LcmcrSettings(classes=10, chains=3, seed=1))
    draws = result.pooled
    median = float(np.median(draws))
    assert R_MEDIAN_LOW * 0.97 <= median <= R_MEDIAN_HIGH * 1.03
    lower, upper = np.quantile(draws, [0.025, 0.975])
    assert 8_300 <= lower <= 9_700  # the posterior has a thin low tail; chains visit it rarely
    assert 12_500 <= upper <= 15_500
    assert result.rhat < 1.1
    assert result.n_draws.shape == (3, 1000)


def test_same_seed_same_draws_and_chains_differ() -> None:
    data = table("kosovo_1999_lcmcr.csv")
    settings = LcmcrSettings(burnin=200, samples=50, thin=2, chains=2, seed=7)
    first, again = run(data, settings), run(data, settings)
    assert np.array_equal(first.n_draws, again.n_draws)
    assert not np.array_equal(first.n_draws[0], first.n_draws[1])
    assert (first.n_draws >= data.documented).all()


def test_independent_lists_recover_population() -> None:
    # 2,000 people, 4 independent lists with capture probability 0.3: expected patterns.
    rng = np.random.default_rng(3)
    caught = rng.random((2000, 4)) < 0.3
    seen = caught[caught.any(axis=1)].astype(int)
    rows = [(tuple(int(v) for v in r), 1) for r in seen]
    data = from_table(["A", "B", "C", "D"], rows)
    result = run(data, LcmcrSettings(classes=5, burnin=2000, samples=500, thin=5, chains=2))
    lower, upper = np.quantile(result.pooled, [0.025, 0.975])
    assert lower <= 2000 <= upper


def test_two_lists_are_refused() -> None:
    data = from_table(["A", "B"], [((1, 1), 5), ((1, 0), 3), ((0, 1), 4)])
    with pytest.raises(InputError, match="at least 3 lists"):
        run(data)
