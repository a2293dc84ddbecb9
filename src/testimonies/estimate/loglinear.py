"""Log-linear models of the capture patterns (Fienberg 1972; Cormack 1989, 1992).

The observed pattern counts are Poisson with log mean linear in the list indicators and chosen
interactions (a hierarchical model: each interaction implies the lower terms, and every main
effect is always in). The unobserved cell is the intercept: N = n + exp(intercept). Cormack's
multinomial estimate maximises the profile likelihood of N, the likelihood of the full table
with n0 = N - n people in the unobserved cell; its profile-likelihood interval is where twice
the log-likelihood drop stays under the chi-square(1) quantile.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import optimize, special, stats

from testimonies.errors import InputError
from testimonies.estimate.data import CaptureData

Term = tuple[int, ...]
FloatArray = NDArray[np.float64]
MAX_ITER = 100
# Beyond this many times the documented count a fit has lost the unobserved cell: a model
# that cannot identify N (zero cells driving an interaction to infinity).
BLOW_UP = 1000.0


@dataclass(frozen=True)
class Fit:
    """One log-linear model fitted to the observed cells."""

    terms: tuple[Term, ...]
    beta: FloatArray
    deviance: float
    df: int
    aic: float
    bic: float
    n_poisson: float
    se_poisson: float


@dataclass(frozen=True)
class Multinomial:
    """Cormack's multinomial estimate and its profile-likelihood interval."""

    n_hat: float
    lower: float
    upper: float
    level: float


def design(patterns: NDArray[np.int64], terms: Sequence[Term]) -> FloatArray:
    """Intercept, one column per list, then one product column per interaction term."""
    cols = [np.ones(len(patterns))] + [patterns[:, j] for j in range(patterns.shape[1])]
    cols += [np.prod(patterns[:, list(t)], axis=1) for t in terms]
    return np.column_stack(cols).astype(np.float64)


def irls(x: FloatArray, y: FloatArray, start: FloatArray | None = None) -> FloatArray:
    """Poisson maximum likelihood by iteratively reweighted least squares."""
    beta = start if start is not None else np.linalg.lstsq(x, np.log(y + 0.5), rcond=None)[0]
    for _ in range(MAX_ITER):
        eta = np.clip(x @ beta, -700, 700)
        mu = np.exp(eta)
        root = np.sqrt(mu)
        z = eta + (y - mu) / mu
        new = np.linalg.lstsq(x * root[:, None], z * root, rcond=None)[0]
        if np.max(np.abs(new - beta)) < 1e-10 * (1 + np.max(np.abs(beta))):
            return np.asarray(new)
        beta = new
    return np.asarray(beta)


def fit(data: CaptureData, terms: Sequence[Term] = ()) -> Fit:
    """Fit the model with main effects plus `terms` to the observed cells."""
    x = design(data.patterns, terms)
    y = data.counts.astype(np.float64)
    if x.shape[1] > len(y):
        raise InputError("loglinear", f"{x.shape[1]} parameters for {len(y)} observed patterns")
    beta = irls(x, y)
    mu = np.exp(x @ beta)
    loglik = float(np.sum(special.xlogy(y, mu) - mu - special.gammaln(y + 1)))
    deviance = float(2 * np.sum(special.xlogy(y, y / mu) - (y - mu)))
    p = x.shape[1]
    missing = math.exp(min(beta[0], 700.0))
    # Delta method on exp(intercept) plus the Poisson variance of the unobserved cell.
    info = np.linalg.pinv(x.T @ (x * mu[:, None]))
    se = math.sqrt(missing**2 * info[0, 0] + missing) if math.isfinite(missing) else math.inf
    return Fit(
        terms=tuple(terms),
        beta=beta,
        deviance=deviance,
        df=len(y) - p,
        aic=-2 * loglik + 2 * p,
        bic=-2 * loglik + math.log(data.documented) * p,
        n_poisson=data.documented + missing,
        se_poisson=se,
    )


def _profile(data: CaptureData, terms: Sequence[Term]) -> tuple[FloatArray, FloatArray, int]:
    """Design and counts of the full table: the observed cells then the unobserved one."""
    x = design(np.vstack([data.patterns, np.zeros((1, data.n_lists), dtype=np.int64)]), terms)
    y = np.append(data.counts.astype(np.float64), 0.0)
    return x, y, data.documented


def profile_loglik(data: CaptureData, terms: Sequence[Term], n_total: float) -> float:
    """Multinomial log-likelihood of the full table at N, maximised over the model's cell
    probabilities (constant terms in the observed counts left out)."""
    x, y, n = _profile(data, terms)
    y[-1] = n_total - n
    mu = np.exp(x @ irls(x, y))
    return float(
        special.gammaln(n_total + 1)
        - special.gammaln(n_total - n + 1)
        + np.sum(special.xlogy(y, mu / n_total))
    )


def multinomial(data: CaptureData, terms: Sequence[Term], level: float = 0.95) -> Multinomial:
    """Cormack's profile-likelihood estimate of N and its interval."""
    n = data.documented
    guess = fit(data, terms).n_poisson
    top = max(2 * guess, n + 10.0)

    def neg(v: float) -> float:
        return -profile_loglik(data, terms, v)

    res = optimize.minimize_scalar(neg, bounds=(n, top), method="bounded", options={"xatol": 1e-6})
    n_hat, best = float(res.x), -float(res.fun)
    cut = stats.chi2.ppf(level, 1) / 2

    def drop(v: float) -> float:
        return float(best - profile_loglik(data, terms, v) - cut)

    lower = float(n) if drop(float(n)) <= 0 else float(optimize.brentq(drop, n, n_hat, xtol=1e-6))
    upper = n_hat * 1.5
    while drop(upper) < 0 and upper < BLOW_UP * n:
        upper *= 1.5
    upper = float(optimize.brentq(drop, n_hat, upper, xtol=1e-6)) if drop(upper) > 0 else math.inf
    return Multinomial(n_hat, lower, upper, level)


def parse_terms(lists: Sequence[str], specs: Iterable[str]) -> tuple[Term, ...]:
    """`a:b` (or `a*b`) interactions between named lists into index tuples."""
    index = {name: i for i, name in enumerate(lists)}
    terms: list[Term] = []
    for spec in specs:
        names = [s.strip() for s in spec.replace("*", ":").split(":") if s.strip()]
        unknown = [s for s in names if s not in index]
        if len(names) < 2 or unknown:
            raise InputError(
                "--terms", f"cannot read {spec!r}: write list1:list2 with lists from {list(lists)}"
            )
        terms.append(tuple(sorted(index[s] for s in names)))
    return tuple(sorted(set(terms)))


def term_names(lists: Sequence[str], terms: Sequence[Term]) -> str:
    return " + ".join(":".join(lists[j] for j in t) for t in terms)


def candidates(n_lists: int) -> list[tuple[Term, ...]]:
    """Every model of main effects plus any set of two-way interactions (up to 5 lists)."""
    pairs = list(itertools.combinations(range(n_lists), 2))
    return [c for r in range(len(pairs) + 1) for c in itertools.combinations(pairs, r)]


def usable(data: CaptureData, f: Fit) -> bool:
    """A fit whose unobserved cell is finite and not blown up by a non-identified term."""
    return f.df >= 0 and math.isfinite(f.n_poisson) and f.n_poisson < BLOW_UP * data.documented


def select(data: CaptureData, criterion: str = "aic") -> list[Fit]:
    """Fits ranked by the criterion (best first): all two-way models up to 5 lists, forward
    stepwise over two-way terms beyond."""
    if data.n_lists <= 5:
        fits = [f for t in candidates(data.n_lists) if _fits(data, t) for f in [fit(data, t)]]
    else:
        fits = _stepwise(data, criterion)
    fits = [f for f in fits if usable(data, f)]
    return sorted(fits, key=lambda f: score(f, criterion))


def _fits(data: CaptureData, terms: Sequence[Term]) -> bool:
    return 1 + data.n_lists + len(terms) <= len(data.counts)


def score(f: Fit, criterion: str) -> float:
    return f.bic if criterion == "bic" else f.aic


def weights(fits: Sequence[Fit], criterion: str) -> FloatArray:
    """Akaike (or Schwarz) weights of the ranked fits."""
    s = np.array([score(f, criterion) for f in fits])
    w = np.exp(-(s - s.min()) / 2)
    return np.asarray(w / w.sum())


def _stepwise(data: CaptureData, criterion: str) -> list[Fit]:
    pairs = list(itertools.combinations(range(data.n_lists), 2))
    current = fit(data, ())
    seen = [current]
    while True:
        trials = [
            fit(data, (*current.terms, p))
            for p in pairs
            if p not in current.terms and _fits(data, (*current.terms, p))
        ]
        trials = [f for f in trials if usable(data, f)]
        seen += trials
        best = min(trials, key=lambda f: score(f, criterion), default=None)
        if best is None or score(best, criterion) >= score(current, criterion):
            return seen
        current = best
