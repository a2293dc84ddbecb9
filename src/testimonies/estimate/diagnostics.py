"""Convergence diagnostics of several MCMC chains: split R-hat and effective sample size.

Both follow Gelman et al., Bayesian Data Analysis (3rd ed., section 11.4-11.5): chains are
split in halves, R-hat compares between- and within-chain variance, and the effective sample
size sums the combined autocorrelations up to Geyer's initial positive sequence.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]


def _split(chains: FloatArray) -> FloatArray:
    half = chains.shape[1] // 2
    return np.vstack([chains[:, :half], chains[:, half : 2 * half]])


def _variances(chains: FloatArray) -> tuple[float, float]:
    """Within-chain variance W and the pooled estimate var+ of the marginal variance."""
    n = chains.shape[1]
    within = float(np.mean(np.var(chains, axis=1, ddof=1)))
    between_over_n = float(np.var(np.mean(chains, axis=1), ddof=1))
    return within, (n - 1) / n * within + between_over_n


def rhat(chains: FloatArray) -> float:
    """Split R-hat; near 1 when the chains agree, above 1.1 when they do not."""
    split = _split(np.asarray(chains, dtype=np.float64))
    if split.shape[0] < 2 or split.shape[1] < 2:
        return math.nan
    within, pooled = _variances(split)
    if within == 0:
        return 1.0 if pooled == 0 else math.inf
    return math.sqrt(pooled / within)


def _autocovariance(x: FloatArray) -> FloatArray:
    """Autocovariance at every lag, through the FFT."""
    n = x.size
    centred = x - x.mean()
    size = 1 << (2 * n - 1).bit_length()
    spectrum = np.fft.rfft(centred, size)
    acov = np.fft.irfft(spectrum * np.conj(spectrum), size)[:n]
    return np.asarray(acov / n)


def ess(chains: FloatArray) -> float:
    """Effective number of independent draws in all the chains together."""
    split = _split(np.asarray(chains, dtype=np.float64))
    m, n = split.shape
    if n < 4:
        return math.nan
    within, pooled = _variances(split)
    if pooled == 0:
        return float(m * n)
    acov = np.mean([_autocovariance(c) for c in split], axis=0)
    rho = 1 - (within - acov) / pooled
    rho[0] = 1.0
    total = 0.0
    for t in range(0, n - 1, 2):
        pair = rho[t] + rho[t + 1]
        if pair < 0:
            break
        total += pair
    tau = max(2 * total - 1, 1.0 / math.log10(max(m * n, 10)))
    return float(m * n / tau)
