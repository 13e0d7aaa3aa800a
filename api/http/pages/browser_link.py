"""Links that open a ready query of cypher/browser in Neo4j Browser, its parameter set.

Neo4j Browser fills its editor from ``?cmd=edit&arg=TEXT``: the link carries
the query file as it is, with its ``:param`` line holding the page's value as
a single-quoted Cypher string literal, so the user runs it as the file says
(the ``:param`` line, then the query).
"""
from __future__ import annotations

import re
from urllib.parse import urlencode

from claimgraph.graph.queries import browser_catalog


def cypher_string(value: str) -> str:
    """``value`` as a single-quoted Cypher string literal on one line."""
    one_line = " ".join(value.split())
    return "'" + one_line.replace("\\", "\\\\").replace("'", "\\'") + "'"


def ready_query(name: str, param: str, value: str) -> str:
    """The file ``cypher/browser/<name>.cypher`` with ``:param <param>`` set to ``value``."""
    text = browser_catalog().query(name)
    line = re.compile(rf"^:param\s+{re.escape(param)}\s*=>.*$", re.MULTILINE)
    if not line.search(text):
        raise ValueError(f"cypher/browser/{name}.cypher has no ':param {param}' line")
    return line.sub(lambda _: f":param {param} => {cypher_string(value)};", text, count=1)


def browser_url(base: str, name: str, param: str, value: str) -> str:
    """The Neo4j Browser at ``base`` with the ready query in its editor."""
    return f"{base.rstrip('/')}/?{urlencode({'cmd': 'edit', 'arg': ready_query(name, param, value)})}"
