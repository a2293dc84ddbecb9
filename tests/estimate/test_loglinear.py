"""Log-linear estimates against Rcapture's published output (Rcapture-Ex.Rout.save)."""

from __future__ import annotations

import pytest

from testimonies.errors import InputError
from testimonies.estimate import loglinear
from testimonies.estimate.run import Settings, estimate

from .conftest import table

MT_C1C2 = ((0, 1),)


def test_hiv_poisson_estimate_of_mt_plus_c1_c2() -> None:
    fit = loglinear.fit(table("rcapture_hiv_rome.csv"), MT_C1C2)
    assert round(fit.n_poisson, 1) == 12318.5
    assert round(fit.se_poisson, 1) == 1188.7
    assert round(fit.deviance, 3) == 7.614
    assert fit.df == 9
    assert round(fit.aic, 2) == 86.65


def test_hiv_multinomial_estimate_and_profile_interval() -> None:
    m = loglinear.multinomial(table("rcapture_hiv_rome.csv"), MT_C1C2)
    assert round(m.n_hat) == 12308
    assert round(m.lower) == 10266
    assert round(m.upper, 1) == 14992.3


def test_hiv_all_two_way_model() -> None:
    data = table("rcapture_hiv_rome.csv")
    terms = loglinear.candidates(4)[-1]
    fit = loglinear.fit(data, terms)
    assert round(fit.n_poisson, 1) == 23443.5
    assert round(fit.se_poisson, 1) == 9594.9
    m = loglinear.multinomial(data, terms)
    assert round(m.lower, 1) == 10027.6
    assert round(m.upper, 1) == 50046.3


def test_terms_are_read_from_list_names() -> None:
    assert loglinear.parse_terms(["c1", "c2", "c3"], ["c2:c1", "c1*c3"]) == ((0, 1), (0, 2))
    with pytest.raises(InputError, match="list1:list2"):
        loglinear.parse_terms(["c1", "c2"], ["c1:c9"])


def test_selection_ranks_by_criterion_and_reports_weight() -> None:
    data = table("rcapture_hiv_rome.csv")
    ranked = loglinear.select(data, "aic")
    assert len(ranked) == 64
    assert [f.aic for f in ranked] == sorted(f.aic for f in ranked)
    report = estimate({"all": data}, ["loglinear"], Settings())
    e = report.estimates[0]
    assert e.weight is not None and 0 < e.weight <= 1
    assert e.lower < e.point < e.upper


def test_fixed_model_through_settings() -> None:
    report = estimate(
        {"all": table("rcapture_hiv_rome.csv")}, ["loglinear"], Settings(terms=("c1:c2",))
    )
    e = report.estimates[0]
    assert round(e.point) == 12308
    assert e.model == "independence + c1:c2"
    assert round(e.details["poisson_n"], 1) == 12318.5
