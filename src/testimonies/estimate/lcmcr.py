"""The non-parametric latent-class model LCMCR (Manrique-Vallier 2016, Biometrics 72:1246).

People fall into K latent classes (a truncated stick-breaking prior, concentration alpha with
a Gamma(a, b) prior); inside a class the lists capture independently, each with its own
probability (Beta(1, 1) priors). Heterogeneity between classes produces the dependence between
lists that simple models miss. N has the improper prior 1/N. Several chains are run from
different seeds; the draws of N are pooled and judged with R-hat and the effective sample size.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from testimonies.errors import InputError
from testimonies.estimate.data import CaptureData
from testimonies.estimate.diagnostics import ess, rhat
from testimonies.estimate.lcmcr_kernel import sample

MIN_LISTS = 3
MAX_SEED = 2**32 - 1  # the samplers take 32-bit seeds
MAX_COUNT = 2**31 - 1  # the compiled sampler's counters: larger sizes fail inside numba


@dataclass(frozen=True)
class LcmcrSettings:
    """Sampler settings; the defaults are those of the LCMCR paper's Kosovo example."""

    classes: int = 10
    a_alpha: float = 0.25
    b_alpha: float = 0.25
    burnin: int = 10_000
    samples: int = 1_000
    thin: int = 100
    chains: int = 3
    seed: int = 1

    @property
    def iterations(self) -> int:
        """Gibbs iterations of one chain."""
        return self.burnin + self.samples * self.thin


@dataclass(frozen=True)
class LcmcrResult:
    """Posterior draws of N (chains x samples) and their diagnostics."""

    n_draws: NDArray[np.int64]
    alpha_draws: NDArray[np.float64]
    occupied: NDArray[np.int64]
    settings: LcmcrSettings

    @property
    def pooled(self) -> NDArray[np.float64]:
        return np.asarray(self.n_draws.ravel(), dtype=np.float64)

    @property
    def rhat(self) -> float:
        return rhat(self.n_draws.astype(np.float64))

    @property
    def ess(self) -> float:
        return ess(self.n_draws.astype(np.float64))


def check(data: CaptureData, settings: LcmcrSettings) -> None:
    if data.n_lists < MIN_LISTS:
        raise InputError("lcmcr", f"{data.n_lists} lists given; LCMCR needs at least 3 lists")
    if settings.classes < 1 or settings.samples < 4 or settings.thin < 1 or settings.chains < 1:
        raise InputError(
            "lcmcr", "K, samples, thinning and chains must be positive (samples at least 4)"
        )
    sizes = {"--k": settings.classes, "--burnin": settings.burnin,
             "--samples": settings.samples, "--thin": settings.thin,
             "--chains": settings.chains}  # fmt: skip
    for option, size in sizes.items():
        if size > MAX_COUNT:
            raise InputError(option, f"{size:,} is too large: give at most {MAX_COUNT:,}")
    if not (0 < settings.a_alpha < np.inf and 0 < settings.b_alpha < np.inf):
        raise InputError("lcmcr", "the Gamma prior of alpha needs a > 0 and b > 0")
    if not 0 <= settings.seed <= MAX_SEED - settings.chains + 1:
        highest = MAX_SEED - settings.chains + 1
        raise InputError("--seed", f"{settings.seed} is out of range: give 0 to {highest:,}")


def run(data: CaptureData, settings: LcmcrSettings = LcmcrSettings()) -> LcmcrResult:
    """Run the chains (seeds seed, seed+1, ...) and keep every chain's draws."""
    check(data, settings)
    patterns = np.ascontiguousarray(data.patterns, dtype=np.int64)
    counts = np.ascontiguousarray(data.counts, dtype=np.int64)
    runs = [
        sample(
            patterns,
            counts,
            settings.classes,
            settings.a_alpha,
            settings.b_alpha,
            settings.burnin,
            settings.samples,
            settings.thin,
            settings.seed + c,
        )
        for c in range(settings.chains)
    ]
    return LcmcrResult(
        n_draws=np.vstack([r[0] for r in runs]),
        alpha_draws=np.vstack([r[1] for r in runs]),
        occupied=np.vstack([r[2] for r in runs]),
        settings=settings,
    )
