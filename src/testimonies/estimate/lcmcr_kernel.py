"""The LCMCR Gibbs sampler's inner loop and its random draws, compiled with numba.

It works on aggregated capture patterns: the people of one pattern are split among the latent
classes with one multinomial draw, instead of one categorical draw per person. The sampler
state is the class probabilities (truncated stick-breaking), the per-class capture
probabilities of each list, the concentration alpha, and the number of unobserved people.

The draws are the published fast algorithms on a small generator held in a uint64 array
(numba's `np.random` binomial and beta draws cost 50-100 ns each and were most of the time):
xoshiro256+ (Blackman & Vigna 2018) seeded through splitmix64; the ziggurat (Marsaglia & Tsang
2000, 128 layers, layer and value from separate bits as Doornik 2005 advises) for normals;
Marsaglia & Tsang (2000) for gamma draws, beta as a gamma ratio; binomial by inversion when
the mean is small, else BTRS (Hoermann 1993). Small draw functions are inlined into their
callers (inline="always"): a call that passes the state array pays reference counting.
Everything sits in this one module because numba's on-disk cache only notices changes to the
file of the function it compiled.
"""

from __future__ import annotations

import math

import numba
import numpy as np
from numpy.typing import NDArray

U64 = np.uint64
State = NDArray[np.uint64]
GOLDEN = U64(0x9E3779B97F4A7C15)
MIX1 = U64(0xBF58476D1CE4E5B9)
MIX2 = U64(0x94D049BB133111EB)
TO_UNIT = 1.0 / 9007199254740992.0  # 2**-53
ZIG_R = 3.442619855899
ZIG_V = 9.91256303526217e-3
TWO_31 = 2147483648.0
INVERSION_MEAN = 10.0


def _ziggurat_tables() -> tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]]:
    """Marsaglia & Tsang's 128 layers of equal area under the normal density."""
    kn = np.zeros(128, dtype=np.int64)
    wn = np.zeros(128)
    fn = np.zeros(128)
    dn = tn = ZIG_R
    q = ZIG_V / math.exp(-0.5 * dn * dn)
    kn[0] = int((dn / q) * TWO_31)
    wn[0], wn[127] = q / TWO_31, dn / TWO_31
    fn[0], fn[127] = 1.0, math.exp(-0.5 * dn * dn)
    for i in range(126, 0, -1):
        dn = math.sqrt(-2.0 * math.log(ZIG_V / dn + math.exp(-0.5 * dn * dn)))
        kn[i + 1] = int((dn / tn) * TWO_31)
        tn = dn
        fn[i] = math.exp(-0.5 * dn * dn)
        wn[i] = dn / TWO_31
    return kn, wn, fn


KN, WN, FN = _ziggurat_tables()


@numba.njit(cache=True)
def seeded(seed: int) -> State:
    """A generator state from an integer seed (splitmix64, as xoshiro's authors advise)."""
    state = np.empty(4, dtype=np.uint64)
    z = U64(seed)
    for i in range(4):
        z += GOLDEN
        x = z
        x = (x ^ (x >> U64(30))) * MIX1
        x = (x ^ (x >> U64(27))) * MIX2
        state[i] = x ^ (x >> U64(31))
    return state


@numba.njit(cache=True, inline="always")
def next_u64(s: State) -> np.uint64:
    """xoshiro256+."""
    result = s[0] + s[3]
    t = s[1] << U64(17)
    s[2] ^= s[0]
    s[3] ^= s[1]
    s[1] ^= s[2]
    s[0] ^= s[3]
    s[2] ^= t
    s[3] = (s[3] << U64(45)) | (s[3] >> U64(19))
    return U64(result)


@numba.njit(cache=True, inline="always")
def uniform(s: State) -> float:
    """Uniform on the open interval (0, 1)."""
    return (float(next_u64(s) >> U64(11)) + 0.5) * TO_UNIT


@numba.njit(cache=True, inline="always")
def normal(s: State) -> float:
    """Standard normal by the ziggurat."""
    while True:
        bits = next_u64(s)
        layer = int(bits & U64(127))
        hz = np.int64(bits >> U64(32)) - 2147483648  # a signed 32-bit value from the top bits
        if abs(hz) < KN[layer]:
            return float(hz * WN[layer])
        x = hz * WN[layer]
        if layer == 0:  # the tail beyond R (Marsaglia 1964)
            while True:
                x = -math.log(uniform(s)) / ZIG_R
                y = -math.log(uniform(s))
                if y + y >= x * x:
                    return float(ZIG_R + x if hz > 0 else -ZIG_R - x)
        if FN[layer] + uniform(s) * (FN[layer - 1] - FN[layer]) < math.exp(-0.5 * x * x):
            return float(x)


@numba.njit(cache=True, inline="always")
def gamma(s: State, shape: float) -> float:
    """Gamma(shape, 1) by Marsaglia & Tsang; shape < 1 through Gamma(shape + 1) U^(1/shape)."""
    if shape == 1.0:
        return -math.log(uniform(s))  # exponential: empty classes give Beta(1, 1)
    boost = 1.0
    if shape < 1.0:
        boost = uniform(s) ** (1.0 / shape)
        shape += 1.0
    d = shape - 1.0 / 3.0
    c = 1.0 / math.sqrt(9.0 * d)
    while True:
        x = normal(s)
        v = 1.0 + c * x
        if v <= 0.0:
            continue
        v = v * v * v
        u = uniform(s)
        x2 = x * x
        if u < 1.0 - 0.0331 * x2 * x2:
            return d * v * boost
        if math.log(u) < 0.5 * x2 + d * (1.0 - v + math.log(v)):
            return d * v * boost


@numba.njit(cache=True)
def beta(s: State, a: float, b: float) -> float:
    x = gamma(s, a)
    y = gamma(s, b)
    return x / (x + y) if x + y > 0.0 else (1.0 if a >= b else 0.0)


@numba.njit(cache=True, inline="always")
def _inversion(s: State, n: int, p: float) -> int:
    """Binomial by sequential search from 0; expected cost about mean + 1 steps."""
    u = uniform(s)
    if u <= 1.0 - n * p:
        return 0  # below 1 - np <= (1 - p)^n = P(0): zero, without the exponential
    q = 1.0 - p
    ratio = p / q
    a = (n + 1) * ratio
    r = math.exp(n * math.log1p(-p))
    x = 0
    while u > r:
        u -= r
        x += 1
        if x > n:
            return n  # rounding left u above the total mass: the top value
        r *= a / x - ratio
    return x


@numba.njit(cache=True, inline="always")
def _btrs(s: State, n: int, p: float) -> int:
    """Binomial by transformed rejection with squeeze (Hörmann 1993), p <= 0.5."""
    q = 1.0 - p
    spq = math.sqrt(n * p * q)
    b = 1.15 + 2.53 * spq
    a = -0.0873 + 0.0248 * b + 0.01 * p
    c = n * p + 0.5
    v_r = 0.92 - 4.2 / b
    while True:
        u = uniform(s) - 0.5
        v = uniform(s)
        us = 0.5 - abs(u)
        k = math.floor((2.0 * a / us + b) * u + c)
        if k < 0 or k > n:
            continue
        if us >= 0.07 and v <= v_r:
            return int(k)
        # The exact test, needed in a minority of draws.
        alpha = (2.83 + 5.1 / b) * spq
        m = math.floor((n + 1) * p)
        lhs = math.log(v * alpha / (a / (us * us) + b))
        rhs = (
            math.lgamma(m + 1.0)
            + math.lgamma(n - m + 1.0)
            - math.lgamma(k + 1.0)
            - math.lgamma(n - k + 1.0)
            + (k - m) * math.log(p / q)
        )
        if lhs <= rhs:
            return int(k)


@numba.njit(cache=True)
def binomial(s: State, n: int, p: float) -> int:
    if n <= 0 or p <= 0.0:
        return 0
    if p >= 1.0:
        return n
    if p > 0.5:
        return n - _draw(s, n, 1.0 - p)
    return _draw(s, n, p)


@numba.njit(cache=True, inline="always")
def _draw(s: State, n: int, p: float) -> int:
    return _inversion(s, n, p) if n * p < INVERSION_MEAN else _btrs(s, n, p)


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
def _split(
    s: State, count: int, probs: NDArray[np.float64], total: float, into: NDArray[np.int64]
) -> None:
    """One multinomial draw of `count` people over the classes, by sequential binomials."""
    left = count
    mass = total
    for k in range(probs.size - 1):
        if left == 0 or mass <= 0.0:
            into[k] = 0
            continue
        share = min(probs[k] / mass, 1.0)
        drawn = binomial(s, left, share)
        into[k] = drawn
        left -= drawn
        mass -= probs[k]
    into[probs.size - 1] = left


@numba.njit(cache=True)
def _sticks(s: State, sizes: NDArray[np.int64], alpha: float, pi: NDArray[np.float64]) -> float:
    """Stick-breaking weights given class sizes; returns sum of log(1 - V_k), k < K."""
    k_max = sizes.size
    rest = 0
    for k in range(k_max):
        rest += sizes[k]
    remaining = 1.0
    log_rest = 0.0
    for k in range(k_max - 1):
        rest -= sizes[k]
        v = beta(s, 1.0 + sizes[k], alpha + rest)
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
    s = seeded(seed)
    m, n_lists = patterns.shape
    n_obs = 0
    for i in range(m):
        n_obs += counts[i]
    lam = np.empty((n_lists, k_max))
    for j in range(n_lists):
        for k in range(k_max):
            lam[j, k] = uniform(s)
    alpha = 1.0
    pi = np.empty(k_max)
    _sticks(s, np.zeros(k_max, dtype=np.int64), alpha, pi)
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
        p0 = min(max(p0, TINY), 1.0 - 1e-9)  # keeps N - n within int64 in absurd states
        n0 = np.random.negative_binomial(n_obs, 1.0 - p0)
        _split(s, n0, probs, p0, split)
        for k in range(k_max):
            sizes[k] = split[k]
            for j in range(n_lists):
                ones[j, k] = 0
        for i in range(m):
            total = _class_probs(pi, lam, patterns[i], probs)
            _split(s, counts[i], probs, max(total, TINY), split)
            for k in range(k_max):
                sizes[k] += split[k]
                for j in range(n_lists):
                    if patterns[i, j]:
                        ones[j, k] += split[k]
        for j in range(n_lists):
            for k in range(k_max):
                lam[j, k] = beta(s, 1.0 + ones[j, k], 1.0 + sizes[k] - ones[j, k])
        log_rest = _sticks(s, sizes, alpha, pi)
        alpha = gamma(s, a_alpha + k_max - 1) / (b_alpha - log_rest)
        if it >= burnin and (it - burnin) % thin == thin - 1:
            out_n[kept] = n_obs + n0
            out_alpha[kept] = alpha
            occupied = 0
            for k in range(k_max):
                occupied += sizes[k] > 0
            out_classes[kept] = occupied
            kept += 1
    return out_n, out_alpha, out_classes


@numba.njit(cache=True)
def distribution_draws(kind: int, size: int, a: float, b: float, seed: int) -> NDArray[np.float64]:
    """Draws of one distribution, to test the generators: 0 uniform, 1 normal, 2 gamma(a),
    3 beta(a, b), 4 binomial(n=a, p=b)."""
    s = seeded(seed)
    out = np.empty(size)
    for i in range(size):
        if kind == 0:
            out[i] = uniform(s)
        elif kind == 1:
            out[i] = normal(s)
        elif kind == 2:
            out[i] = gamma(s, a)
        elif kind == 3:
            out[i] = beta(s, a, b)
        else:
            out[i] = binomial(s, int(a), b)
    return out
