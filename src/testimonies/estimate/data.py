"""Capture histories: who is on which list, aggregated into capture patterns.

Every estimator works on the sufficient statistics: the distinct observed patterns (one 0/1 flag
per list) and how many people show each pattern. The all-zero pattern is never observed: it is
what multiple systems estimation estimates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from testimonies.errors import InputError

IntArray = NDArray[np.int64]


@dataclass(frozen=True)
class CaptureData:
    """Observed capture patterns of one stratum.

    `patterns[i, j]` is 1 when the people of row i are on list j; `counts[i]` is how many people
    show that pattern. Rows are distinct and never all-zero; a count may be 0.
    """

    lists: tuple[str, ...]
    patterns: IntArray
    counts: IntArray

    @property
    def documented(self) -> int:
        """Distinct people on at least one list."""
        return int(self.counts.sum())

    @property
    def n_lists(self) -> int:
        return len(self.lists)

    def full_table(self) -> IntArray:
        """Counts of all 2**J cells indexed by the pattern read as bits (list 0 = lowest bit);
        cell 0, the unobserved one, is 0."""
        table = np.zeros(2**self.n_lists, dtype=np.int64)
        np.add.at(table, pattern_index(self.patterns), self.counts)
        return table

    def list_sizes(self) -> IntArray:
        return np.asarray(self.patterns.T @ self.counts, dtype=np.int64)

    def on_several(self) -> int:
        """People on two or more lists: the overlap every estimate rests on."""
        return int(self.counts[self.patterns.sum(axis=1) >= 2].sum())


def pattern_index(patterns: IntArray) -> IntArray:
    """Each pattern as an integer: list j is bit j."""
    weights = 1 << np.arange(patterns.shape[1], dtype=np.int64)
    return np.asarray(patterns @ weights, dtype=np.int64)


def from_table(
    lists: Iterable[str], rows: Iterable[tuple[tuple[int, ...], int]], source: str = "data"
) -> CaptureData:
    """Aggregate (pattern, count) rows; repeated patterns add up."""
    names = tuple(lists)
    merged: Counter[tuple[int, ...]] = Counter()
    for pattern, count in rows:
        if not any(pattern):
            raise InputError(source, "a row has every list 0; leave the unobserved cell out")
        merged[pattern] += count
    if not merged:
        raise InputError(source, "no capture patterns (no data rows)")
    keys = sorted(merged, reverse=True)
    patterns = np.array(keys, dtype=np.int64).reshape(len(keys), len(names))
    counts = np.array([merged[k] for k in keys], dtype=np.int64)
    return CaptureData(names, patterns, counts)


def from_people(lists: Iterable[str], memberships: Iterable[frozenset[str]]) -> CaptureData:
    """One entry per distinct person: the set of lists that name them."""
    names = tuple(lists)
    tally = Counter(tuple(int(n in member) for n in names) for member in memberships)
    return from_table(names, tally.items())


def validate(data: CaptureData, source: str, min_lists: int = 2) -> None:
    """Refuse what no estimator can use, saying what it needs."""
    if data.n_lists < min_lists:
        raise InputError(
            source,
            f"{data.n_lists} list(s) given; this method needs at least {min_lists} lists",
        )
    if data.documented == 0:
        raise InputError(source, "every count is 0: nobody is documented")
    for name, size in zip(data.lists, data.list_sizes(), strict=True):
        if size == 0:
            raise InputError(
                source, f"list {name!r} has no records; every list must name at least one person"
            )
    if data.on_several() == 0:
        raise InputError(
            source,
            "no person is on more than one list: estimation needs lists that overlap",
        )
