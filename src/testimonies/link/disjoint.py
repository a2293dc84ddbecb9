"""Disjoint sets (union-find): the grouping under entities, judgement components and sources."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


@dataclass
class DisjointSets(Generic[T]):
    parent: dict[T, T] = field(default_factory=dict)

    def find(self, x: T) -> T:
        """The representative of x's set (path halving keeps later finds short)."""
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: T, b: T) -> None:
        """Join b's set into a's: a's representative stays the representative."""
        self.parent[self.find(b)] = self.find(a)

    def groups(self, items: Iterable[T]) -> list[list[T]]:
        grouped: dict[T, list[T]] = defaultdict(list)
        for item in items:
            grouped[self.find(item)].append(item)
        return list(grouped.values())
