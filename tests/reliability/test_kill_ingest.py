"""SIGKILL the ingest at random points; re-running the same command ends in the clean graph."""
from __future__ import annotations

import enum
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.ingest.pipeline import DEFAULT_CHUNK
from tests.conftest import Neo4jServer
from tests.reliability.conftest import CORPUS_SIZE, CleanRun
from tests.reliability.graphs import await_no_transactions, fingerprint, stored_articles
from tests.reliability.processes import finish, kill_group, start_ingest

pytestmark = pytest.mark.reliability

KILLS = 5
MAX_FINAL_RUNS = 3
MAX_CHUNKS_BEFORE_KILL = 2


class Moment(enum.Enum):
    """Where in the ingest's progress a kill lands; each is observed, never timed."""

    START_UP = "start-up"
    """At once: the process has not written anything yet."""
    AFTER_A_COMMIT = "after a commit"
    """As soon as the articles stored reach the target: between two writes, or
    while the next one is being prepared."""
    IN_A_TRANSACTION = "in a transaction"
    """Once the target is reached and the server shows a transaction of the ingest open."""


@dataclass(frozen=True)
class Kill:
    moment: Moment
    after_s: float
    stored_before: int
    stored_at_kill: int
    """Articles stored the moment the process was gone."""
    stored_after: int
    """Articles stored once the server finished what the process had sent (a commit may land after the kill)."""


def open_transactions(store: Neo4jStore) -> int:
    return int(store.read("open_transactions")[0]["open"])


def kill_at_random_point(server: Neo4jServer, corpus: Path, store: Neo4jStore, rng: random.Random,
                         first: bool) -> Kill | None:
    """Start the ingest and SIGKILL it at a moment chosen from its observed progress: the first
    kill after one or two chunks are stored (so it lands mid-corpus), later ones also during
    start-up. None when it finished first."""
    before = stored_articles(store)
    moment = Moment.AFTER_A_COMMIT if first else rng.choice(list(Moment))
    chunks = 0 if moment is Moment.START_UP else rng.randint(1, MAX_CHUNKS_BEFORE_KILL)
    target = before + chunks * DEFAULT_CHUNK
    await_no_transactions(store)
    started = time.monotonic()
    process = start_ingest(server, corpus)
    while process.poll() is None and stored_articles(store) < target:
        time.sleep(0.05)
    while moment is Moment.IN_A_TRANSACTION and process.poll() is None and not open_transactions(store):
        time.sleep(0.01)
    if process.poll() is not None:
        finish(process, started)
        return None
    after_s = time.monotonic() - started
    kill_group(process)
    at_kill = stored_articles(store)
    await_no_transactions(store)
    return Kill(moment, after_s, before, at_kill, stored_articles(store))


def test_sigkill_at_random_points_then_the_same_command_gives_the_clean_graph(
    rel_server: Neo4jServer, corpus: Path, clean_run: CleanRun, rel_store: Neo4jStore,
) -> None:
    seed = int(os.environ.get("CLAIMGRAPH_RELIABILITY_SEED", time.time_ns() % 2**32))
    rng = random.Random(seed)
    kills: list[Kill] = []
    runs = 0
    while len(kills) < KILLS:
        runs += 1
        kill = kill_at_random_point(rel_server, corpus, rel_store, rng, first=not kills)
        if kill is None:
            break
        kills.append(kill)
        # A chunk is one transaction: a kill leaves whole chunks, never part of one.
        assert kill.stored_after % DEFAULT_CHUNK == 0 or kill.stored_after == CORPUS_SIZE, kill

    stored_before_final = stored_articles(rel_store)
    finals = []
    for _ in range(MAX_FINAL_RUNS):
        runs += 1
        started = time.monotonic()
        final = finish(start_ingest(rel_server, corpus), started)
        finals.append(final)
        if final.returncode == 0:
            break
    after = fingerprint(rel_store)

    print(f"\nseed {seed}: {runs} runs, {len(kills)} kills")
    for i, k in enumerate(kills, 1):
        landed = f" ({k.stored_after - k.stored_at_kill} by a commit that landed after the kill)" \
            if k.stored_after != k.stored_at_kill else ""
        print(f"  kill {i}: SIGKILL {k.moment.value}, after {k.after_s:.2f} s; articles stored {k.stored_before} -> {k.stored_after}"
              f"{landed}")
    summary = finals[-1].summary
    print(f"  final run: exit {finals[-1].returncode}, read {summary.read}, skipped {summary.skipped} "
          f"(already written, by text hash), written {summary.written}, in {finals[-1].seconds:.1f} s")
    print(f"  graph: {after.describe()}")
    print(f"  clean: {clean_run.fingerprint.describe()}")

    assert finals[-1].returncode == 0, finals[-1].output
    assert any(0 < k.stored_after < CORPUS_SIZE for k in kills), f"no kill landed mid-run (seed {seed}): {kills}"
    assert (summary.skipped, summary.written) == (stored_before_final, CORPUS_SIZE - stored_before_final)
    assert "skipped" in finals[-1].stdout
    assert after.duplicates == 0
    assert (after.nodes, after.relationships) == (clean_run.fingerprint.nodes, clean_run.fingerprint.relationships)
    assert after.checksum == clean_run.fingerprint.checksum, f"seed {seed}"
