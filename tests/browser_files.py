"""The ready queries of cypher/browser: their :param lines and their Cypher."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from claimgraph.graph.queries import CYPHER_DIR

BROWSER_DIR = CYPHER_DIR / "browser"
_PARAM = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?);?\s*$")


@dataclass(frozen=True)
class BrowserQuery:
    path: Path
    params: dict[str, str]
    """parameter name -> its Cypher literal, as the file sets it"""
    cypher: str


def browser_query(name: str) -> BrowserQuery:
    path = BROWSER_DIR / f"{name}.cypher"
    params: dict[str, str] = {}
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _PARAM.match(line.strip()):
            params[m.group(1)] = m.group(2)
        elif not line.lstrip().startswith("//"):
            body.append(line)
    return BrowserQuery(path, params, "\n".join(body).strip().rstrip(";"))
