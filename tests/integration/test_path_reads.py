"""The path search's statements in Neo4j (graph.path_reads) when the graph changes between them."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import neo4j
import pytest

from claimgraph.graph import queries
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.path_reads import path_record
from claimgraph.graph.results import MAX_PATH_DEGREE, MAX_PATH_HOPS
from claimgraph.graph.voice import key_range
from tests.conftest import Neo4jServer
from tests.query_graph import Q, query_batch

pytestmark = pytest.mark.neo4j


def _search(store: Neo4jStore, source: str, target: str, before_read: Callable[[str], None]) -> dict[str, Any]:
    """One search in one read transaction, the spokesman's end bounded (an end cap of 2, one claim to
    leave by), ``before_read`` called with each statement's name before it runs."""
    low, high = key_range(None, None)

    def work(tx: neo4j.ManagedTransaction) -> dict[str, Any]:
        def read(name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
            before_read(name)
            return [dict(r) for r in tx.run(queries.query(name), **params)]
        return path_record(read, source=source, target=target, low=low, high=high, history=False,
                           max_hops=MAX_PATH_HOPS, max_degree=MAX_PATH_DEGREE, end_cap=2, end_claims=1)

    with store._driver.session(database=store.database) as session:
        return session.execute_read(work)


def _articles(record: dict[str, Any]) -> list[str]:
    return [n["properties"]["id"] for path in record["paths"] for n in path["nodes"] if "Article" in n["labels"]]


def test_a_path_whose_article_is_removed_while_it_is_read_is_searched_again(
    store: Neo4jStore, neo4j_server: Neo4jServer,
) -> None:
    store.write(query_batch())
    first = _search(store, Q.omar, Q.dana, lambda _: None)
    assert first["bounded"] == ["source"]
    [article] = _articles(first)
    ran: list[str] = []

    def remove_before_reading_the_path(name: str) -> None:
        ran.append(name)
        if name == "path_elements" and ran.count(name) == 1:
            # another client's removal, committed between the search's statements
            with Neo4jStore(neo4j_server.uri, "neo4j", neo4j_server.password) as other:
                other.remove_article(article)

    again = _search(store, Q.omar, Q.dana, remove_before_reading_the_path)
    assert ran.count("path_ends") == 2
    assert article not in _articles(again)
    assert again == _search(store, Q.omar, Q.dana, lambda _: None)
