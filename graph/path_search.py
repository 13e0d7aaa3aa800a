"""The shortest attribution path from one actor to another, searched from both ends, level by level.

The embedded store runs this search on every path, Neo4j when an end is bounded
(``graph.path_reads``); each hands it the steps of a level (Neo4j: one statement a level,
``path_steps.cypher``; the embedded store: its graph) and names what lies on the shortest
paths found. A step is a relationship of the attribution types from a node of
the frontier to a node the path may pass through, leaving or entering a bounded end only
by one of its exits (``graph.results.PATH_END_CAP``): what may be stepped on is the
store's to say, how the path is found and chosen is here.

Why both ends and levels: Neo4j's own search (``allShortestPaths``) reads every
relationship of an end before its first step, so a speaker of 360,000 claims cost it
0.38M db hits even when only its last 100 claims could be left through. Here a bounded end
is expanded through the exits its store looked up in an index, and its other
relationships are never read. Each level expands the side whose frontier has fewer
relationships, as a bidirectional breadth-first search does; which side expands changes
the cost, never the answer.

Which path: among the shortest, the one whose node ids, then edge strings (``TYPE:start
id>end id``, a REPORTED_IN edge with ``:start`` after it), read smallest as lists. It is
chosen layer by layer over the nodes that lie on a shortest path, keeping every node that
ties, so no path is enumerated.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

N = TypeVar("N", bound=Hashable)
"""A store's handle on a node."""


@dataclass(frozen=True, slots=True)
class Step(Generic[N]):
    """One relationship a path may take from ``here`` (on the frontier) to ``there``."""

    here: N
    there: N
    edge: Any
    """The store's handle on the relationship."""
    weight: float
    """What expanding ``there`` would read: its relationships of the attribution types (or an estimate)."""


class SearchedGraph(Protocol[N]):
    """What a store gives the search."""

    def steps(self, frontier: Sequence[N], near: Sequence[N]) -> Iterable[Step[N]]:
        """Every step from each node of ``frontier``, in any order; those to a node of ``near``
        (the frontier and the level before it, which the search has seen) may be left out."""
        ...

    def node_ids(self, nodes: Sequence[N]) -> list[str]:
        """Each node's id."""
        ...

    def edge_orders(self, edges: Sequence[Any]) -> list[str]:
        """Each relationship's string in the order of paths."""
        ...


@dataclass(frozen=True, slots=True)
class Path(Generic[N]):
    nodes: list[N]
    edges: list[Any]


@dataclass(slots=True)
class _Side(Generic[N]):
    """The search from one end: each node's distance from it and the steps that reached it at that distance."""

    start: N
    weight: float
    """The frontier's relationships (the start's: those it may be left by)."""
    depth: int = 0
    frontier: list[N] = field(default_factory=list)
    before: list[N] = field(default_factory=list)
    distance: dict[N, int] = field(default_factory=dict)
    reached_by: dict[N, list[Step[N]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.frontier = [self.start]
        self.distance = {self.start: 0}

    def expand(self, graph: SearchedGraph[N]) -> None:
        depth = self.depth + 1
        following: list[N] = []
        weight = 0.0
        for step in graph.steps(self.frontier, [*self.frontier, *self.before]):
            known = self.distance.get(step.there)
            if known is None:
                self.distance[step.there] = known = depth
                self.reached_by[step.there] = []
                following.append(step.there)
                weight += step.weight
            if known == depth:
                self.reached_by[step.there].append(step)
        self.depth, self.before, self.frontier, self.weight = depth, self.frontier, following, weight


def shortest_path(graph: SearchedGraph[N], a: N, b: N, weights: tuple[float, float], max_hops: int) -> Path[N] | None:
    """The chosen shortest path from ``a`` to ``b`` of at most ``max_hops`` steps, or None.
    ``weights``: how many relationships each end may be left by."""
    if a == b:
        return Path([a], [])
    source, target = _Side(a, weights[0]), _Side(b, weights[1])
    while source.depth + target.depth < max_hops and source.frontier and target.frontier:
        near, far = (source, target) if source.weight <= target.weight else (target, source)
        near.expand(graph)
        meeting = [n for n in near.frontier if n in far.distance]
        if meeting:
            return _choose(graph, source, target, meeting)
    return None


def _choose(graph: SearchedGraph[N], source: _Side[N], target: _Side[N], meeting: list[N]) -> Path[N]:
    """The smallest path through the meeting nodes (each at ``source.depth`` from the source and
    ``target.depth`` from the target: a shorter meeting would have been found a level before)."""
    middle, length = source.depth, source.depth + target.depth
    # links[s]: the steps between a node at s - 1 and one at s on some shortest path, as (from, to, step).
    layer: list[set[N]] = [set() for _ in range(length + 1)]
    links: list[list[tuple[N, N, Step[N]]]] = [[] for _ in range(length + 1)]
    layer[middle] = set(meeting)
    for s in range(middle, 0, -1):
        for node in layer[s]:
            for step in source.reached_by[node]:
                layer[s - 1].add(step.here)
                links[s].append((step.here, node, step))
    for s in range(middle, length):
        for node in layer[s]:
            for step in target.reached_by[node]:
                layer[s + 1].add(step.here)
                links[s + 1].append((node, step.here, step))
    on_paths = [node for nodes in layer for node in nodes]
    ids = dict(zip(on_paths, graph.node_ids(on_paths), strict=True))
    # The smallest node-id sequence, layer by layer (every node that ties kept).
    chosen: list[set[N]] = [{source.start}]
    for s in range(1, length + 1):
        following = {there for here, there, _ in links[s] if here in chosen[-1]}
        smallest = min(ids[n] for n in following)
        chosen.append({n for n in following if ids[n] == smallest})
    # Keep the nodes that reach the target through the chosen layers, then take the smallest edge each step.
    alive: list[set[N]] = [set() for _ in chosen]
    alive[-1] = chosen[-1] & {target.start}
    for s in range(length - 1, -1, -1):
        alive[s] = {here for here, there, _ in links[s + 1] if here in chosen[s] and there in alive[s + 1]}
    candidates = [(s, here, there, step) for s in range(1, length + 1) for here, there, step in links[s]
                  if here in alive[s - 1] and there in alive[s]]
    orders = graph.edge_orders([step.edge for *_, step in candidates])
    here, nodes, edges = source.start, [source.start], []
    for s in range(1, length + 1):
        # An edge's string names its type and both end ids, and each type joins fixed
        # labels, so the smallest string is one edge (one way forward).
        _, there, step = min(((order, there, step) for order, (at, h, there, step) in zip(orders, candidates, strict=True)
                              if at == s and h == here), key=lambda option: option[0])
        nodes.append(there)
        edges.append(step.edge)
        here = there
    return Path(nodes, edges)
