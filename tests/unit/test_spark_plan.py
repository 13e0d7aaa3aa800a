"""The Spark job's plan without Spark: blocking keys, blocks, shards, and a block replayed."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.model import Incident
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.extract import extract
from claimgraph.ingest.incidents import same_event
from claimgraph.ingest.pipeline import ingest_documents
from claimgraph.ingest.readers import iter_documents
from claimgraph.spark.online import NODE_FIELDS
from claimgraph.spark.plan import (
    BATCH_FIELDS,
    Blocks,
    batch_of,
    block_rows,
    blocking_keys,
    matching_pairs,
    shard_of,
)
from tests.integration.test_store_parity import dump_memory

REPO = Path(__file__).resolve().parents[2]
_KINDS = ["strike", "raid", "shelling", "attack", "bombing", "crash", "unknown"]
_PLACES = [None, "Qasr Badr", "Qasr Badr camp", "Dar Kala", "north Dar Kala", "Kala"]


@st.composite
def incidents(draw: st.DrawFn) -> Incident:
    start = dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 40)))
    length = draw(st.integers(0, 20))
    windowed = draw(st.booleans())
    place = draw(st.sampled_from(_PLACES))
    return Incident(id=draw(st.text("abc", min_size=1, max_size=4)), kind=draw(st.sampled_from(_KINDS)),
                    label="x", place=place, places=(place.casefold(),) if place else (),
                    window_start=start if windowed else None,
                    window_end=start + dt.timedelta(days=length) if windowed else None)


@settings(max_examples=150, deadline=None)
@given(incidents(), incidents())
def test_two_incidents_that_may_be_one_event_share_a_blocking_key(a: Incident, b: Incident) -> None:
    if same_event(a, b):
        assert set(blocking_keys(a)) & set(blocking_keys(b))
        assert matching_pairs([(1, a), (2, b)]) == [(1, 2)]


def test_blocks_join_transitively_under_the_first_position() -> None:
    blocks = Blocks()
    blocks.join(7, 3)
    blocks.join(9, 7)
    blocks.join(20, 21)
    assert blocks.roots() == {7: 3, 9: 3, 21: 20}
    assert (blocks.find(3), blocks.find(9), blocks.find(21), blocks.find(5)) == (3, 3, 20, 5)


def test_every_batch_field_has_a_shard() -> None:
    docs = [d for d in iter_documents([REPO / "samples"]) if not isinstance(d, Exception)]
    aliases = load_aliases()
    seen = set()
    for pos, doc in enumerate(docs):
        for row in block_rows([(pos, extract(doc, aliases))], 32):
            assert shard_of(row.field, row.item) == row.shard
            seen.add(row.field)
    assert {"articles", "texts", "actors", "claims", "asserted", "figures", "states"} <= seen <= set(BATCH_FIELDS)


def test_a_block_replayed_with_its_articles_own_rows_is_the_single_process_graph() -> None:
    """The samples as one block (they report one event): the rows the job writes, in shard order,
    leave the graph the pipeline leaves."""
    docs = [d for d in iter_documents([REPO / "samples"]) if not isinstance(d, Exception)]
    aliases = load_aliases()
    single = MemoryStore()
    ingest_documents(single, docs, aliases, chunk_size=4)
    extracted = [(pos, extract(doc, aliases)) for pos, doc in enumerate(docs)]
    rows = block_rows(extracted, 4)
    job = MemoryStore()
    shards: dict[tuple[str, ...], list] = {}
    for row in rows:
        shards.setdefault(row.shard, []).append(row)
    ordered = [r for shard in sorted(shards, reverse=True) for r in sorted(shards[shard], key=lambda r: r.order)]
    job.write(batch_of([r for r in ordered if r.field in NODE_FIELDS]))
    job.write(batch_of([r for r in ordered if r.field not in NODE_FIELDS]))
    assert dump_memory(job) == dump_memory(single)


def test_a_raid_meets_a_strike_and_an_attack_of_its_place_and_week_under_a_key() -> None:
    def incident(kind: str) -> Incident:
        day = dt.date(2024, 1, 3)
        return Incident(id=kind, kind=kind, label="x", place="Dar Kala", places=("dar kala",), window_start=day,
                        window_end=day)
    raid = set(blocking_keys(incident("raid")))
    assert raid & set(blocking_keys(incident("strike"))) and raid & set(blocking_keys(incident("attack")))
    assert not set(blocking_keys(incident("strike"))) & set(blocking_keys(incident("attack")))
