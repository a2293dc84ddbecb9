"""R-hat and effective sample size on chains whose answer is known."""

from __future__ import annotations

import numpy as np

from testimonies.estimate.diagnostics import ess, rhat


def ar1(phi: float, chains: int = 4, n: int = 4000, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x = np.zeros((chains, n))
    noise = rng.normal(size=(chains, n))
    for t in range(1, n):
        x[:, t] = phi * x[:, t - 1] + noise[:, t]
    return x


def test_independent_draws_have_full_ess_and_rhat_one() -> None:
    x = ar1(0.0)
    assert abs(rhat(x) - 1) < 0.01
    assert 14_000 < ess(x) < 18_000


def test_autocorrelation_lowers_ess() -> None:
    # AR(1) with phi 0.5: ESS about n (1 - phi) / (1 + phi) = 16,000 / 3.
    assert 4_500 < ess(ar1(0.5)) < 6_200


def test_chains_that_disagree_have_high_rhat() -> None:
    x = ar1(0.0)
    x[0] += 3.0
    assert rhat(x) > 1.1
