"""What the Spark job computes, as plain functions of the articles (no Spark here).

The job is the single-process ingest cut where a cluster can cut it:

- extraction is per article (:func:`claimgraph.ingest.extract.extract`, unchanged);
- the versions of one article (one key: its URL) are placed among each other,
  so they go together; incidents can only be one event when :func:`~claimgraph.ingest.incidents.same_event`
  says so, which needs the kind family, a word of the place and a day of the
  date window in common: those are the blocking keys (:func:`blocking_keys`).
  Articles whose incidents meet under a key are compared, and the articles
  joined by a match form a *block* (:class:`Blocks`, a union-find);
- each block is replayed as the single-process writer would see it: its
  articles in corpus order, cut into the same chunks, each chunk through
  :func:`claimgraph.ingest.pipeline.linked_batch` against an in-memory store
  holding the block's earlier chunks (:func:`block_rows`). No block can match
  or link anything of another, so the links are those of one process;
- every node and relationship the batches hold becomes a :class:`KeyedRow`:
  the *shard* that MERGE writes (a node, or a relationship with its key) and
  where the row stood in the single-process write order. Rows of one shard
  go to one task in that order, so properties that the write queries keep
  from the first write (ON CREATE) or the last (SET), and an actor's aliases
  in the order met, come out as one process leaves them, however the shards
  are spread over tasks.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from functools import partial
from typing import Any

from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.model import Batch, Incident
from claimgraph.ingest.aliases import name_key
from claimgraph.ingest.extract import Extraction
from claimgraph.ingest.incidents import kind_families, same_event
from claimgraph.ingest.pipeline import linked_batch

BATCH_FIELDS = tuple(f.name for f in fields(Batch))
_DAYS_PER_BUCKET = 7

BlockingKey = tuple[str, str, int]
"""(kind family, a word of the place, a week the date window touches)."""


def blocking_keys(incident: Incident) -> list[BlockingKey]:
    """The keys under which an incident meets every incident it may be one event with.

    :func:`same_event` wants kinds of one family, specific places of which one
    holds the other's words, and overlapping date windows. Two such incidents
    share the family, every word of the shorter place, and a day, so a week:
    they share a key. An incident same_event can match with nothing (no
    place, no window) has no key.
    """
    if incident.window_start is None or incident.window_end is None:
        return []
    words = sorted({w for place in (incident.place, *incident.places) if place for w in name_key(place).split()})
    first = incident.window_start.toordinal() // _DAYS_PER_BUCKET
    last = incident.window_end.toordinal() // _DAYS_PER_BUCKET
    # A raid is of two families: it meets a strike under one key and an attack under the other.
    return [(family, word, week) for family in kind_families(incident.kind) for word in words
            for week in range(first, last + 1)]


def matching_pairs(met: Sequence[tuple[int, Incident]]) -> list[tuple[int, int]]:
    """The article positions whose incidents, met under one key, are one event."""
    pairs = set()
    for i, (pos_a, a) in enumerate(met):
        for pos_b, b in met[i + 1:]:
            if pos_a != pos_b and same_event(a, b):
                pairs.add((min(pos_a, pos_b), max(pos_a, pos_b)))
    return sorted(pairs)


class Blocks:
    """Union-find over article positions: each block is named by its first article's position."""

    def __init__(self) -> None:
        self._parent: dict[int, int] = {}

    def find(self, pos: int) -> int:
        root = pos
        while (up := self._parent.get(root, root)) != root:
            root = up
        while pos != root:
            self._parent[pos], pos = root, self._parent.get(pos, pos)
        return root

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def roots(self) -> dict[int, int]:
        """Position -> its block, for every position that was joined to another."""
        return {pos: self.find(pos) for pos in list(self._parent)}


@dataclass(frozen=True, slots=True)
class KeyedRow:
    """One item of a batch, with the shard it writes and its place in the write order."""

    shard: tuple[str, ...]
    order: tuple[int, ...]
    field: str
    item: Any


def shard_of(field: str, item: Any) -> tuple[str, ...]:
    """What a write of ``item`` MERGEs on (cypher/write/merge_*.cypher). An ASSERTED edge goes with
    its claim, whose first_seen sets its voice_key (and whose speakers and dates with it set the
    stated_key and speaker_key of the claim's STATES edges: a part holding the claim and the figure
    keys one, else the store does when it opens, graph.import_files); a COUNTS edge with its figure,
    which it sets."""
    match field:
        case "articles" | "texts" | "actors" | "claims" | "figures" | "incidents" | "places" | "events":
            return (field, item.id)
        case "versions":
            return (field, item.article_id, item.previous_id)
        case "names":
            return (field, item.article_id, item.actor_id)
        case "asserted":
            return ("claims", item.claim_id)
        case "counts":
            return ("figures", item.figure_id)
        case "reported_in":
            return (field, item.claim_id, item.article_id, str(item.start))
        case "published_by" | "syndicated_from":
            return (field, item.article_id, item.outlet_id)
        case "speaks_for" | "member_of":
            return (field, item.actor_id, item.org_id)
        case "states":
            return (field, item.claim_id, item.figure_id)
        case "figure_links":
            return (field, item.kind.value, item.from_id, item.to_id)
        case "claim_links":
            return (field, item.kind.value, item.a_id, item.b_id, item.metric.value)
        case "reports":
            return (field, item.article_id, item.incident_id)
        case "variants":
            return (field, item.a_id, item.b_id)
        case "about":
            return (field, item.target.value, item.claim_id, item.target_id)
    raise ValueError(f"no shard for batch field {field!r}")


def _items(batch: Batch) -> Iterator[tuple[str, Any]]:
    for name in BATCH_FIELDS:
        for item in getattr(batch, name):
            yield name, item


def article_key(extraction: Extraction) -> str:
    """What names an article across its versions: articles of one key are placed among each other."""
    return extraction.article.key or extraction.article.id


def block_rows(block: Sequence[tuple[int, Extraction]], chunk_size: int) -> list[KeyedRow]:
    """Every row the block's articles write, resolved and linked among themselves.

    The block's articles go through ``linked_batch`` chunk by chunk, as the
    single-process writer takes them, against a store of the block's earlier
    chunks. A chunk's batch holds its articles' own rows in corpus order, then
    what linking adds (incidents resolved, revisions, contradictions,
    corroborations): an article's own row is ordered (chunk, 0, position, n), as
    it stands among all the chunk's articles whichever block they are in, and
    the rest (chunk, 1, the block's first position, n).
    """
    store = MemoryStore()
    ordered = sorted(block, key=lambda x: x[0])
    first = ordered[0][0]
    rows: list[KeyedRow] = []
    chunks: dict[int, list[tuple[int, Extraction]]] = {}
    for pos, extraction in ordered:
        chunks.setdefault(pos // chunk_size, []).append((pos, extraction))
    for chunk, members in chunks.items():
        linked = store.write_linked(partial(linked_batch, [x for _, x in members]))
        # An item's repr names every field: it tells which article's own batch a row came from.
        own: dict[tuple[str, str], tuple[int, int]] = {}
        for pos, x in members:
            for n, (name, item) in enumerate(_items(x.to_batch())):
                own.setdefault((name, repr(item)), (pos, n))
        for n, (name, item) in enumerate(_items(linked)):
            at = own.get((name, repr(item)))
            order = (chunk, 0, *at) if at is not None else (chunk, 1, first, n)
            rows.append(KeyedRow(shard_of(name, item), order, name, item))
    # A later chunk's revision deletes the contradictions and corroborations made from the figure it
    # revises (unlink_revised): only the links the block holds at its end are written.
    kept = {(data["type"], u[1], v[1], data["props"].get("metric")) for u, v, data in store.graph().edges(data=True)
            if data["type"] in ("CONTRADICTS", "CORROBORATES")}
    return [r for r in rows if r.field != "claim_links"
            or (r.item.kind.value, r.item.a_id, r.item.b_id, r.item.metric.value) in kept]


def batch_of(rows: Iterable[KeyedRow]) -> Batch:
    """The rows as one batch, each field's items in the order given."""
    batch = Batch()
    for row in rows:
        getattr(batch, row.field).append(row.item)
    return batch
