"""Decomposable (chordal) graphs on the lists: their cliques and separators.

A graph is a set of edges between list indices. Each decomposable graph defines a log-linear
model whose marginal likelihood factorises over cliques divided by separators, which is what
Madigan & York (1997) average over.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache

Edge = tuple[int, int]


@dataclass(frozen=True)
class Graph:
    """A decomposable graph: its edges, maximal cliques and junction-tree separators (as bit
    masks over the lists)."""

    edges: tuple[Edge, ...]
    cliques: tuple[int, ...]
    separators: tuple[int, ...]


def _complete(mask: int, adjacent: set[Edge]) -> bool:
    nodes = [i for i in range(mask.bit_length()) if mask >> i & 1]
    return all((a, b) in adjacent for a, b in itertools.combinations(nodes, 2))


def _chordal(n: int, adjacent: set[Edge]) -> bool:
    """Eliminate simplicial vertices (neighbours all joined) until none is left."""
    left = set(range(n))
    while left:
        simplicial = next(
            (
                v
                for v in left
                if _complete(sum(1 << u for u in left if _edge(u, v) in adjacent), adjacent)
            ),
            None,
        )
        if simplicial is None:
            return False
        left.remove(simplicial)
    return True


def _edge(a: int, b: int) -> Edge:
    return (a, b) if a < b else (b, a)


def _cliques(n: int, adjacent: set[Edge]) -> list[int]:
    complete = [m for m in range(1, 1 << n) if _complete(m, adjacent)]
    return [m for m in complete if not any(m != o and m & o == m for o in complete)]


def _separators(cliques: list[int]) -> list[int]:
    """A maximum-weight spanning tree of the cliques (weights: shared lists) is a junction
    tree of a chordal graph; its edges' intersections are the separators (Kruskal)."""
    group = list(range(len(cliques)))

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    links = sorted(
        itertools.combinations(range(len(cliques)), 2),
        key=lambda p: -(cliques[p[0]] & cliques[p[1]]).bit_count(),
    )
    separators = []
    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            group[ra] = rb
            separators.append(cliques[a] & cliques[b])
    return separators


@cache
def decomposable(n: int) -> tuple[Graph, ...]:
    """Every decomposable graph on n lists, in the order of their edge bit masks."""
    pairs = list(itertools.combinations(range(n), 2))
    graphs = []
    for code in range(1 << len(pairs)):
        edges = tuple(p for k, p in enumerate(pairs) if code >> k & 1)
        adjacent = set(edges)
        if _chordal(n, adjacent):
            cliques = _cliques(n, adjacent)
            graphs.append(Graph(edges, tuple(cliques), tuple(_separators(cliques))))
    return tuple(graphs)
