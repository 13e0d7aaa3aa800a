"""The order of the fact-checker's table, kept on the STATES edge.

``figures`` lists a metric's figures by stated_on (the claim's earliest
ASSERTED date, else its first_seen; undated rows last), figure id, claim id.
stated_on is no stored property of one node, so no index held that order and
every call sorted the whole metric. Each STATES edge therefore keeps
``stated_key``: the figure's metric, the claim's stated_on, the figure id, the
claim id, one range index (``states_stated_key``) over them all, so a page is
one index range seeked by the metric's prefix (since/until narrow it) and cut
at the page's end.

This is the key's one definition. ``cypher/write/merge_stated_keys.cypher``
writes the same string on Neo4j (every write of a claim, its ASSERTED or its
STATES edges ends with it, and ``Neo4jStore.setup_schema`` runs it over the
edges of a graph written before the key); the embedded store, the import
files and the benchmark's synthetic graph call :func:`stated_key`. Ids hold
no space (graph.ids), so the key's order is that of its parts.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from claimgraph.graph.voice import UNDATED, key_range


def stated_on(asserted: Iterable[dt.date | None], first_seen: dt.date | None) -> dt.date | None:
    """The earliest of a claim's ASSERTED dates, else its first_seen."""
    dates = [d for d in asserted if d is not None]
    return min(dates) if dates else first_seen


def stated_key(metric: str, on: dt.date | None, figure_id: str, claim_id: str) -> str:
    """The STATES edge's order key: ``metric stated_on figure claim`` (``~`` for no date)."""
    return f"{metric} {on.isoformat() if on is not None else UNDATED} {figure_id} {claim_id}"


def metric_range(metric: str, since: dt.date | None, until: dt.date | None) -> tuple[str, str]:
    """The (low, high) bounds of the keys of ``metric`` stated in ``[since, until]``
    (inclusive; an undated row falls outside either bound), as graph.voice bounds a speaker's."""
    low, high = key_range(since, until)
    return metric + low, metric + high
