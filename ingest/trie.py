"""Alternations of many literal strings as prefix trees, for regexes that scan fast."""
from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(forms: Iterable[str]) -> str:
    """An alternation of ``forms`` as a prefix tree ("United (?:Kingdom|States)"): a hundred names
    cost a regex one step per character instead of one try per name. At each position the
    longest form matches, as the greedy optional groups backtrack to shorter ones."""
    root: dict[str, dict] = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
