"""Decomposable-graph model averaging against dga's tests and published summary table."""

from __future__ import annotations

import numpy as np
import pytest

from testimonies.errors import InputError
from testimonies.estimate import dga
from testimonies.estimate.graphs import decomposable
from testimonies.estimate.run import Settings, estimate

from .conftest import table


def test_counts_of_decomposable_graphs() -> None:
    # All 8 graphs on 3 nodes, 61 of 64 on 4 (not the three 4-cycles), 822 of 1024 on 5.
    assert [len(decomposable(n)) for n in (3, 4, 5)] == [8, 61, 822]


def test_separators_of_a_path() -> None:
    path = next(g for g in decomposable(3) if g.edges == ((0, 1), (1, 2)))
    assert sorted(path.cliques) == [0b011, 0b110]
    assert path.separators == (0b010,)


def madigan_york_3() -> dga.GraphPosterior:
    return dga.posterior(
        table("dga_madigan_york_3list.csv"),
        1.0,
        np.arange(1, 301.0),
        dga.negative_binomial(13.14, 55.17),
    )


def test_three_lists_top_model_and_estimates() -> None:
    post = madigan_york_3()
    top = post.top()
    assert round(float(post.model_probs[top]), 2) == 0.37
    best = post.of_graph(top)
    assert round(dga.bayes_estimate(post.totals, best)) == 731
    assert dga.mode(post.totals, best) == 729
    assert round(dga.bayes_estimate(post.totals, post.averaged)) == 731
    assert dga.mode(post.totals, post.averaged) == 728


def test_five_lists_top_graph_summary() -> None:
    post = dga.posterior(table("dga_madigan_york_5list.csv"), 0.5, np.arange(1, 301.0))
    top = post.top()
    assert round(float(post.model_probs[top]), 3) == 0.217
    best = post.of_graph(top)
    assert round(dga.bayes_estimate(post.totals, best)) == 627
    assert dga.mode(post.totals, best) == 624
    assert dga.quantile(post.totals, best, 0.025) == 598
    assert dga.quantile(post.totals, best, 0.975) == 663
    second = int(np.argsort(-post.model_probs)[1])
    assert round(float(post.model_probs[second]), 3) == 0.160
    assert round(dga.bayes_estimate(post.totals, post.of_graph(second))) == 615


def test_settings_carry_delta_and_prior() -> None:
    settings = Settings(delta=1.0, prior="negbin:13.14,55.17", max_missing=300)
    e = estimate({"all": table("dga_madigan_york_3list.csv")}, ["dga"], settings).estimates[0]
    assert round(e.weight or 0, 2) == 0.37
    assert e.model == "[L1,L2][L3]"
    # The grid here starts at 0 unobserved, dga's at 1: the Bayes estimate stays at 731.
    assert round(e.point) == 731


def test_two_or_six_lists_are_refused() -> None:
    data = table("sparsemse_uk_modern_slavery_2013.csv")
    with pytest.raises(InputError, match="3 to 5 lists"):
        dga.posterior(data)
    with pytest.raises(InputError, match="prior"):
        estimate({"all": table("dga_madigan_york_3list.csv")}, ["dga"], Settings(prior="flat"))
