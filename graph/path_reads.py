"""The path search in Neo4j: the named statements it runs, in one read transaction.

``path_ends`` finds the two actors, and the exits of an end over the end cap (read from
the voice_key index). With neither end over it, ``shortest_path`` runs Neo4j's own
search (``allShortestPaths``), cheaper there than a search driven from here: it tests a
claim once a path takes it, where ``path_steps`` tests every node it reaches (forced on the
benchmark's 185 draws with no bounded end at a million claims, the level search read a
median 1.8 times the db hits, less on 20). With a bounded end, that search would read every
relationship of the end before its first step (0.38M db hits for a speaker of 360,000
claims, to leave by 100 of them): ``path_steps`` then gives
:mod:`claimgraph.graph.path_search` the steps of each level it expands, the end's by its
exits alone, ``path_names`` the ids and edge strings of what lies on the shortest paths,
and ``path_elements`` reads the chosen path. Both choose the same path (the parity tests
hold them to the embedded store, which runs ``path_search`` on every search). The record
made is the one :func:`claimgraph.graph.to_results.attribution_path` reads.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from claimgraph.graph import path_search
from claimgraph.graph.store import StoreError

Read = Callable[[str, dict[str, Any]], list[dict[str, Any]]]
"""Runs a named read query of the catalog on its parameters, in the caller's transaction: its records."""

STATEMENTS = ("path_ends", "shortest_path", "path_steps", "path_names", "path_elements")
"""Every statement a search may run."""

ATTEMPTS = 3
"""How many times a search runs when something it read was removed before it was named
(a removal committed between two of its statements): the next search sees the graph without it."""


class _Removed(Exception):
    """A node or relationship the search read is gone."""


def path_record(read: Read, *, source: str, target: str, low: str, high: str, history: bool, max_hops: int,
                max_degree: int, end_cap: int, end_claims: int) -> dict[str, Any]:
    """The record of a path search: source and target (their properties, None when absent),
    bounded (the names of the ends over ``end_cap``) and paths ([] or the one path).
    ``max_hops`` is the statement's own (a length in a pattern cannot be a parameter)
    when no end is bounded."""
    for _ in range(ATTEMPTS):
        [found] = read("path_ends", {"source": source, "target": target, "end_cap": end_cap,
                                     "end_claims": end_claims, "low": low, "high": high, "history": history})
        record = {"source": found["source"], "target": found["target"], "paths": [],
                  "bounded": [end["name"] for end in found["ends"] if end["exits"] is not None]}
        a, b = found["source_ref"], found["target_ref"]
        if a is None or b is None:
            return record
        ends = found["ends"]
        if not record["bounded"]:
            [searched] = read("shortest_path", {"source": a, "target": b, "max_degree": max_degree,
                                                "history": history})
            return {**record, "paths": searched["paths"]}
        graph = _Searched(read, [a, b], {e["ref"]: e["exits"] for e in ends if e["exits"] is not None},
                          found["mean"], max_degree, history)
        weights = (_weight(ends[0]), _weight(ends[1]))
        try:
            path = path_search.shortest_path(graph, a, b, weights, max_hops)
            if path is None:
                return record
            return {**record, "paths": [graph.elements(path)]}
        except _Removed:
            continue
    raise StoreError(f"the path from {source!r} to {target!r} was removed while it was read, {ATTEMPTS} times: "
                     "ask again")


def _weight(end: dict[str, Any]) -> int:
    return len(end["exits"]) if end["exits"] is not None else int(end["degree"])


@dataclass(frozen=True, slots=True)
class _Searched:
    """The graph as the search sees it, by element id."""

    read: Read
    ends: list[str]
    exits: dict[str, list[str]]
    mean: dict[str, float]
    max_degree: int
    history: bool

    def steps(self, frontier: Sequence[str], near: Sequence[str]) -> Iterator[path_search.Step[str]]:
        rows = self.read("path_steps", {
            "frontier": [n for n in frontier if n not in self.exits],
            "leaving": [edge for n in frontier for edge in self.exits.get(n, ())],
            "near": list(near), "exits": self.exits, "ends": self.ends, "mean": self.mean, "max_degree": self.max_degree,
            "history": self.history})
        for row in rows:
            for here, edge in row["ways"]:
                yield path_search.Step(here, row["there"], edge, row["weight"])

    def node_ids(self, nodes: Sequence[str]) -> list[str]:
        return self._named(nodes, [])["ids"]

    def edge_orders(self, edges: Sequence[Any]) -> list[str]:
        return self._named([], edges)["orders"]

    def _named(self, nodes: Sequence[str], edges: Sequence[str]) -> dict[str, list[str]]:
        [named] = self.read("path_names", {"nodes": list(nodes), "edges": list(edges)})
        if len(named["ids"]) < len(nodes) or len(named["orders"]) < len(edges):
            raise _Removed
        return named

    def elements(self, path: path_search.Path[str]) -> dict[str, Any]:
        [found] = self.read("path_elements", {"nodes": path.nodes, "edges": path.edges})
        if len(found["nodes"]) < len(path.nodes) or len(found["edges"]) < len(path.edges):
            raise _Removed
        return found
