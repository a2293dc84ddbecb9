"""The LCMCR Gibbs sampler's inner loop, compiled with numba.

It works on aggregated capture patterns: the people of one pattern are split among the latent
classes with one multinomial draw, instead of one categorical draw per person. The sampler
state is the class probabilities (truncated stick-breaking), the per-class capture
probabilities of each list, the concentration alpha, and the number of unobserved people.
"""

from __future__ import annotations

import math

import numba
import numpy as np
from numpy.typing import NDArray

TINY = 1e-300


@numba.njit(cache=True)
def _class_probs(
    pi: NDArray[np.float64],
    lam: NDArray[np.float64],
    pattern: NDArray[np.int64],
    out: NDArray[np.float64],
) -> float:
    """Unnormalised P(class k, pattern) for each k into `out`; returns their sum."""
    total = 0.0
    for k in range(pi.size):
        p = pi[k]
        for j in range(pattern.size):
            p *= lam[j, k] if pattern[j] else 1.0 - lam[j, k]
        out[k] = p
        total += p
    return total


@numba.njit(cache=True)
def _split(count: int, probs: NDArray[np.float64], total: float, into: NDArray[np.int64]) -> None:
    """One multinomial draw of `count` people over the classes, by sequential binomials."""
    left = count
    mass = total
    for k in range(probs.size - 1):
        if left == 0 or mass <= 0.0:
            into[k] = 0
            continue
        share = min(probs[k] / mass, 1.0)
        drawn = np.random.binomial(left, share) if share > 0.0 else 0
        into[k] = drawn
        left -= drawn
        mass -= probs[k]
    into[probs.size - 1] = left


@numba.njit(cache=True)
def _sticks(sizes: NDArray[np.int64], alpha: float, pi: NDArray[np.float64]) -> float:
    """Stick-breaking weights given class sizes; returns sum of log(1 - V_k), k < K."""
    k_max = sizes.size
    rest = 0
    for k in range(k_max):
        rest += sizes[k]
    remaining = 1.0
    log_rest = 0.0
    for k in range(k_max - 1):
        rest -= sizes[k]
        v = np.random.beta(1.0 + sizes[k], alpha + rest)
        v = min(max(v, 1e-12), 1.0 - 1e-12)
        pi[k] = remaining * v
        remaining *= 1.0 - v
        log_rest += math.log(1.0 - v)
    pi[k_max - 1] = remaining
    return log_rest


@numba.njit(cache=True)
def sample(
    patterns: NDArray[np.int64],
    counts: NDArray[np.int64],
    k_max: int,
    a_alpha: float,
    b_alpha: float,
    burnin: int,
    samples: int,
    thin: int,
    seed: int,
) -> tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.int64]]:
    """Run one chain; returns N, alpha and the number of occupied classes at each kept draw."""
    np.random.seed(seed)
    m, n_lists = patterns.shape
    n_obs = 0
    for i in range(m):
        n_obs += counts[i]
    lam = np.empty((n_lists, k_max))
    for j in range(n_lists):
        for k in range(k_max):
            lam[j, k] = np.random.beta(1.0, 1.0)
    alpha = 1.0
    pi = np.empty(k_max)
    _sticks(np.zeros(k_max, dtype=np.int64), alpha, pi)
    zero = np.zeros(n_lists, dtype=np.int64)
    probs = np.empty(k_max)
    split = np.empty(k_max, dtype=np.int64)
    sizes = np.empty(k_max, dtype=np.int64)
    ones = np.empty((n_lists, k_max), dtype=np.int64)
    out_n = np.empty(samples, dtype=np.int64)
    out_alpha = np.empty(samples)
    out_classes = np.empty(samples, dtype=np.int64)
    kept = 0
    for it in range(burnin + samples * thin):
        # Unobserved people: N - n ~ NegBin(n, 1 - p0) under the 1/N prior, with their
        # classes drawn just after, so (n0, their classes) is one joint draw.
        p0 = _class_probs(pi, lam, zero, probs)
        p0 = min(max(p0, TINY), 1.0 - 1e-15)
        n0 = np.random.negative_binomial(n_obs, 1.0 - p0)
        _split(n0, probs, p0, split)
        for k in range(k_max):
            sizes[k] = split[k]
            for j in range(n_lists):
                ones[j, k] = 0
        for i in range(m):
            total = _class_probs(pi, lam, patterns[i], probs)
            _split(counts[i], probs, max(total, TINY), split)
            for k in range(k_max):
                sizes[k] += split[k]
                for j in range(n_lists):
                    if patterns[i, j]:
                        ones[j, k] += split[k]
        for j in range(n_lists):
            for k in range(k_max):
                lam[j, k] = np.random.beta(1.0 + ones[j, k], 1.0 + sizes[k] - ones[j, k])
        log_rest = _sticks(sizes, alpha, pi)
        alpha = np.random.gamma(a_alpha + k_max - 1, 1.0 / (b_alpha - log_rest))
        if it >= burnin and (it - burnin) % thin == thin - 1:
            out_n[kept] = n_obs + n0
            out_alpha[kept] = alpha
            occupied = 0
            for k in range(k_max):
                occupied += sizes[k] > 0
            out_classes[kept] = occupied
            kept += 1
    return out_n, out_alpha, out_classes
