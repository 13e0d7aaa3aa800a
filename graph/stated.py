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

``figures`` with ``by`` lists the figures of one metric an actor's voices
stated, each voice's in the order of its date (the ASSERTED date, else the
claim's first_seen: voice_key's, graph.voice), claim id, figure id. Reading a
voice's ASSERTED edges in voice_key order read every claim the speaker made
to find the few that state the metric, so each STATES edge also keeps
``speaker_key``: the speaker's id, the metric, that date, the claim id, the
figure id (index ``states_speaker_key``), and a voice's figures are one range
seeked by ``speaker metric`` (since/until narrow it). A claim's id is made
from its speaker's (ids.claim_id), so ingest gives a claim one ASSERTED edge
and no write moves it to another actor; a claim written with none or several
(a batch made by hand) is keyed with no speaker (the key starts with its
space), and ``figures_by_actor`` reads that range of the metric too, checking
its speakers' ASSERTED edges as it did before the key.

``figures`` with ``place`` lists the rows whose figure is at the place (its
``place``, ignoring case) or whose claim is ABOUT a Place of that name or id.
Reading the metric's stated_key range for them read the whole range whenever
a place matched fewer rows than a page and the count hold (every call, on the
benchmark's graphs: each place a few hundred of a metric's 25,000 figures at
a million claims), so each STATES edge also keeps ``place_key``: the figure's
place lowered (empty without one), then its stated_key, one range index
(``states_place_key``) over them, and the figure's own place is one range
seeked by ``place metric`` in the table's order. The Places a claim is ABOUT
are found from the Place (``name_key``, its lowered name, or its id) through
its ABOUT edges: a claim may be ABOUT several, which one key per edge cannot
hold, and a place is the topic of few claims next to a metric's figures.
A place name may hold a space, so a place's prefix can also begin another
(longer) place's keys: the query checks the figure's place on each entry.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from claimgraph.graph.voice import UNDATED, key_range


def _day(on: dt.date | None) -> str:
    return on.isoformat() if on is not None else UNDATED


def stated_on(asserted: Iterable[dt.date | None], first_seen: dt.date | None) -> dt.date | None:
    """The earliest of a claim's ASSERTED dates, else its first_seen."""
    dates = [d for d in asserted if d is not None]
    return min(dates) if dates else first_seen


def stated_key(metric: str, on: dt.date | None, figure_id: str, claim_id: str) -> str:
    """The STATES edge's order key: ``metric stated_on figure claim`` (``~`` for no date)."""
    return f"{metric} {_day(on)} {figure_id} {claim_id}"


def place_name_key(name: str | None) -> str:
    """A place's name as the figures table seeks it (a Place's ``name_key``, the head of a STATES
    edge's ``place_key``): lowered as Cypher's toLower lowers it (``str.lower``: both Unicode's default
    mapping), empty for none."""
    return (name or "").lower()


def place_key(place: str | None, stated: str) -> str:
    """The STATES edge's order key among the figures at its place: ``place stated_key``, the place as
    :func:`place_name_key` writes it."""
    return f"{place_name_key(place)} {stated}"


def metric_range(metric: str, since: dt.date | None, until: dt.date | None) -> tuple[str, str]:
    """The (low, high) bounds of the keys of ``metric`` stated in ``[since, until]``
    (inclusive; an undated row falls outside either bound), as graph.voice bounds a speaker's."""
    low, high = key_range(since, until)
    return metric + low, metric + high


def speaker_key(said: Sequence[tuple[str, dt.date | None]], first_seen: dt.date | None, metric: str,
                claim_id: str, figure_id: str) -> str:
    """The STATES edge's order key in its speaker's figures: ``speaker metric date claim figure``.

    ``said`` holds the claim's ASSERTED edges as (speaker id, date). With one, the date is
    its date, else first_seen (voice_key's); with none or several, the speaker part is empty
    and the date the claim's stated_on.
    """
    if len(said) == 1:
        [(speaker, date)] = said
        return f"{speaker} {metric} {_day(date if date is not None else first_seen)} {claim_id} {figure_id}"
    return f" {metric} {_day(stated_on((d for _, d in said), first_seen))} {claim_id} {figure_id}"
