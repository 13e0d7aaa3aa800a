"""The ready queries of cypher/browser: their :param lines and their Cypher."""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.graph.queries import browser_catalog

_PARAM = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?);?\s*$")
_STRING = re.compile(r"^'((?:[^'\\]|\\.)*)'$")


@dataclass(frozen=True)
class BrowserQuery:
    name: str
    text: str
    """the whole file, comments and :param lines included"""
    params: dict[str, str | bool]
    """parameter name -> its value, from the file's single-quoted Cypher string literal or boolean"""
    cypher: str


def browser_query(name: str) -> BrowserQuery:
    text = browser_catalog().query(name)
    params: dict[str, str | bool] = {}
    body: list[str] = []
    for line in text.splitlines():
        if m := _PARAM.match(line.strip()):
            params[m.group(1)] = _string_value(m.group(2), name)
        elif not line.lstrip().startswith("//"):
            body.append(line)
    return BrowserQuery(name, text, params, "\n".join(body).strip().rstrip(";"))


def style() -> str:
    """cypher/browser/style.grass, the Browser style for the data model's labels."""
    return browser_catalog().file_text("browser/style.grass")


def _string_value(literal: str, name: str) -> str | bool:
    """The value of a single-quoted Cypher string literal or a boolean (the kinds the ready queries set)."""
    if literal in ("true", "false"):
        return literal == "true"
    m = _STRING.match(literal)
    if m is None:
        raise ValueError(f"{name}.cypher: a :param value must be a single-quoted string or a boolean, "
                         f"not {literal}")
    return re.sub(r"\\(.)", r"\1", m.group(1))
