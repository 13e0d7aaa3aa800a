"""The ready queries of cypher/browser: their :param lines and their Cypher."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from claimgraph.graph.queries import CYPHER_DIR

BROWSER_DIR = CYPHER_DIR / "browser"
_PARAM = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?);?\s*$")
_STRING = re.compile(r"^'((?:[^'\\]|\\.)*)'$")


@dataclass(frozen=True)
class BrowserQuery:
    path: Path
    params: dict[str, str]
    """parameter name -> its value, from the file's single-quoted Cypher string literal"""
    cypher: str


def browser_query(name: str) -> BrowserQuery:
    path = BROWSER_DIR / f"{name}.cypher"
    params: dict[str, str] = {}
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _PARAM.match(line.strip()):
            params[m.group(1)] = _string_value(m.group(2), path)
        elif not line.lstrip().startswith("//"):
            body.append(line)
    return BrowserQuery(path, params, "\n".join(body).strip().rstrip(";"))


def _string_value(literal: str, path: Path) -> str:
    """The value of a single-quoted Cypher string literal (the only kind the ready queries set)."""
    m = _STRING.match(literal)
    if m is None:
        raise ValueError(f"{path.name}: a :param value must be a single-quoted string, not {literal}")
    return re.sub(r"\\(.)", r"\1", m.group(1))
