"""The warnings a user must see: thin overlap, mostly-inferred totals, disagreeing chains."""

from __future__ import annotations

import numpy as np

from testimonies.estimate.data import from_table
from testimonies.estimate.run import Estimate, Settings, estimate
from testimonies.estimate.warnings import data_warnings, result_warnings


def test_barely_overlapping_lists() -> None:
    data = from_table(
        ["A", "B", "C"],
        [((1, 0, 0), 400), ((0, 1, 0), 300), ((0, 0, 1), 300), ((1, 1, 0), 3), ((0, 1, 1), 2)],
    )
    found = data_warnings(data, "all")
    assert any("barely overlap" in w for w in found)
    assert any("1 pair(s) of lists share no one (A-C)" in w for w in found)


def test_estimate_far_above_documented_is_flagged() -> None:
    data = from_table(
        ["A", "B", "C"],
        [
            ((1, 0, 0), 400),
            ((0, 1, 0), 300),
            ((0, 0, 1), 300),
            ((1, 1, 0), 3),
            ((0, 1, 1), 2),
            ((1, 0, 1), 2),
        ],
    )
    report = estimate({"all": data}, ["loglinear"], Settings(terms=()))
    assert any("times the documented count" in w for w in report.estimates[0].warnings)


def test_disagreeing_chains_are_flagged() -> None:
    draws = np.vstack([np.full(100, 1000.0), np.full(100, 2000.0)]) + np.arange(100) % 7
    e = Estimate(
        "lcmcr",
        "all",
        900,
        1500,
        1000,
        2000,
        "posterior median",
        "K=10",
        diagnostics={"rhat": 3.0, "ess": 12.0},
        draws=draws,
    )
    found = result_warnings(e)
    assert any("chains disagree (R-hat 3.00" in w for w in found)
    assert any("only 12 effective draws" in w for w in found)


def test_strata_totals_sum_the_draws() -> None:
    a = from_table(
        ["A", "B", "C"],
        [
            ((1, 1, 0), 20),
            ((1, 0, 0), 30),
            ((0, 1, 1), 10),
            ((0, 0, 1), 25),
            ((0, 1, 0), 15),
            ((1, 0, 1), 8),
        ],
    )
    settings = Settings(lcmcr=Settings().lcmcr.__class__(burnin=200, samples=100, thin=2, chains=2))
    report = estimate({"x": a, "y": a}, ["lcmcr"], settings)
    x, y, total = report.estimates
    assert total.stratum == "total"
    assert total.draws is not None and x.draws is not None and y.draws is not None
    assert np.array_equal(total.draws, x.draws + y.draws)
    assert total.documented == 2 * a.documented
