"""The path search both stores run (graph.path_search), on small graphs of its own: no store."""
from __future__ import annotations

import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from claimgraph.graph import path_search
from claimgraph.graph.path_search import Step

Edge = tuple[str, str, str]
"""(order string, one end, the other end): the search's edges are undirected."""


@dataclass
class Graph:
    edges: list[Edge]
    weight: dict[str, float] = field(default_factory=dict)
    expanded: list[list[str]] = field(default_factory=list)

    def steps(self, frontier: Sequence[str], near: Sequence[str]) -> Iterator[Step[str]]:
        self.expanded.append(list(frontier))
        for here in frontier:
            for edge in self.edges:
                _, u, v = edge
                for a, b in ((u, v), (v, u)):
                    if a == here and b not in near:
                        yield Step(here, b, edge, self.weight.get(b, 1.0))

    def node_ids(self, nodes: Sequence[str]) -> list[str]:
        return [n.upper() for n in nodes]

    def edge_orders(self, edges: Sequence[Edge]) -> list[str]:
        return [e[0] for e in edges]


def brute_force(edges: list[Edge], a: str, b: str, max_hops: int) -> tuple[list[str], list[Edge]] | None:
    """Every simple path a..b of at most max_hops edges; the shortest, then the smallest by ids, then edges."""
    found: list[tuple[int, list[str], list[str], list[str], list[Edge]]] = []

    def walk(nodes: list[str], used: list[Edge]) -> None:
        if nodes[-1] == b:
            found.append((len(used), [n.upper() for n in nodes], [e[0] for e in used], nodes, used))
            return
        if len(used) == max_hops:
            return
        for edge in edges:
            _, u, v = edge
            for x, y in ((u, v), (v, u)):
                if x == nodes[-1] and y not in nodes:
                    walk([*nodes, y], [*used, edge])

    walk([a], [])
    if not found:
        return None
    *_, nodes, used = min(found, key=lambda f: f[:3])
    return nodes, used


def test_the_path_is_the_shortest_with_the_smallest_node_ids_then_edge_strings() -> None:
    # two ways of two steps from s to t, through m and through n; m and t joined twice
    edges = [("e5", "s", "n"), ("e6", "n", "t"), ("e3", "s", "m"), ("e9", "m", "t"), ("e4", "m", "t"),
             ("e1", "s", "x"), ("e2", "x", "y"), ("e0", "y", "t")]
    path = path_search.shortest_path(Graph(edges), "s", "t", (1, 1), 6)
    assert path is not None
    assert path.nodes == ["s", "m", "t"]
    assert [e[0] for e in path.edges] == ["e3", "e4"]


def test_which_side_expands_changes_what_is_read_never_the_path() -> None:
    rng = random.Random(3)
    nodes = [f"n{i:02d}" for i in range(14)]
    edges = [(f"e{i:03d}", *rng.sample(nodes, 2)) for i in range(26)]
    light_source, light_target = Graph(edges), Graph(edges)
    first = path_search.shortest_path(light_source, "n00", "n13", (1, 1000), 6)
    second = path_search.shortest_path(light_target, "n00", "n13", (1000, 1), 6)
    assert first == second
    assert first is not None
    assert light_source.expanded[0] == ["n00"] and light_target.expanded[0] == ["n13"]


def test_no_path_is_found_past_max_hops() -> None:
    chain = [("e1", "a", "b"), ("e2", "b", "c"), ("e3", "c", "d"), ("e4", "d", "e")]
    assert path_search.shortest_path(Graph(chain), "a", "e", (1, 1), 3) is None
    found = path_search.shortest_path(Graph(chain), "a", "e", (1, 1), 4)
    assert found is not None and found.nodes == ["a", "b", "c", "d", "e"]


def test_an_actor_to_itself_is_that_node_alone_and_reads_nothing() -> None:
    graph = Graph([("e1", "a", "b")])
    assert path_search.shortest_path(graph, "a", "a", (1, 1), 6) == path_search.Path(["a"], [])
    assert graph.expanded == []


def test_the_search_chooses_what_trying_every_path_chooses_on_random_graphs() -> None:
    rng = random.Random(11)
    compared = 0
    for _ in range(300):
        nodes = [f"v{i}" for i in range(rng.randint(2, 9))]
        edges = [(f"r{i:02d}", *rng.sample(nodes, 2)) for i in range(rng.randint(1, 14))]
        a, b = rng.sample(nodes, 2)
        weights = {n: float(rng.randint(1, 9)) for n in nodes}
        hops = rng.randint(1, 6)
        expected = brute_force(edges, a, b, hops)
        found = path_search.shortest_path(Graph(edges, weights), a, b, (weights[a], weights[b]), hops)
        assert (None if found is None else (found.nodes, found.edges)) == expected, (edges, a, b, hops)
        compared += expected is not None
    assert compared > 150


def test_a_level_leaves_out_the_nodes_of_the_two_levels_it_stands_on() -> None:
    edges = [(f"e{i}", u, v) for i, (u, v) in enumerate(itertools.pairwise("abcdefg"))]
    seen: list[list[str]] = []

    class Watched(Graph):
        def steps(self, frontier: Sequence[str], near: Sequence[str]) -> Iterator[Step[str]]:
            seen.append(sorted(near))
            return super().steps(frontier, near)

    assert path_search.shortest_path(Watched(edges), "a", "g", (1, 100), 6) is not None
    assert seen[:3] == [["a"], ["a", "b"], ["b", "c"]]
