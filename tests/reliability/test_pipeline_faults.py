"""The ingest pipeline under a failing store, on the embedded store (no server needed).

The Neo4j scenarios (test_neo4j_restart, test_kill_ingest) show the whole
command; these pin the pipeline's own rules: what one write transaction may
hold, and which articles an outage names.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.model import Batch
from claimgraph.graph.store import Linker, LinkSource, StoreUnavailable, WriteResult
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.extract import extract
from claimgraph.ingest.pipeline import held_rows, ingest_documents

pytestmark = pytest.mark.reliability

ALIASES = load_aliases([])
CHUNK = 2
HELD_CHUNKS = 4
"""The bound on what the writer holds, in chunks of these articles (each writes as many rows)."""


def articles(count: int) -> list[Document]:
    """Short articles of distinct text, each with a claim and a figure (so writes link)."""
    return [Document(f"Harbour police said on Monday that {i + 3} dock workers were killed at pier {i}.",
                     ArticleMeta(url=f"https://pipeline.example/{i}"), origin=f"article-{i}")
            for i in range(count)]


def rows_by_url(docs: list[Document]) -> dict[str, int]:
    """What each article weighs against the bound on what the writer holds."""
    extractions = {d.meta.url: extract(d, ALIASES) for d in docs}
    assert all(x.claims and x.figures for x in extractions.values()), "an article links nothing"
    return {url: held_rows([x]) for url, x in extractions.items()}


def bound_of(rows: dict[str, int], chunks: int) -> int:
    """A bound that holds ``chunks`` chunks of these equal articles and not one article more."""
    assert len(set(rows.values())) == 1, rows
    return chunks * CHUNK * next(iter(rows.values()))


STUCK_S = 300.0
"""A bound on a gate never opened, not a wait the test relies on."""


@dataclass
class Recorder:
    """Articles and rows per write transaction, and a gate the first write waits at
    (so that the chunks behind it queue up)."""

    rows_of: dict[str, int]
    sizes: list[int] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    gate: threading.Event = field(default_factory=threading.Event)


def opening_the_gate(docs: list[Document], recorder: Recorder, at: int) -> Iterator[Document]:
    """The documents, the gate opened as the pipeline asks for document ``at``.

    The pipeline hands chunk k to the writer after reading chunk k + 1, so
    when it asks for the first article of chunk HELD_CHUNKS + 2 the first
    chunk is in the held write and the next HELD_CHUNKS - 1 wait behind it,
    all the writer may hold: the gate opens on that progress, whatever the
    machine's speed."""
    for i, doc in enumerate(docs):
        if i == at:
            recorder.gate.set()
        yield doc


class SlowStore(MemoryStore):
    def __init__(self, recorder: Recorder) -> None:
        super().__init__()
        self.recorder = recorder

    def _hold_first(self) -> None:
        # Before the store's lock: the pipeline reads the store while the
        # held write waits, and the gate opens only on that reader's progress.
        if not self.recorder.sizes:
            assert self.recorder.gate.wait(timeout=STUCK_S), "the gate never opened"

    def _note(self, batch: Batch) -> None:
        self.recorder.sizes.append(len(batch.articles))
        self.recorder.rows.append(sum(self.recorder.rows_of[a.url] for a in batch.articles if a.url))

    def write(self, batch: Batch) -> WriteResult:
        self._hold_first()
        self._note(batch)
        return super().write(batch)

    def write_linked(self, link: Linker) -> Batch:
        def noted(source: LinkSource) -> Batch:
            batch = link(source)
            self._note(batch)
            return batch

        self._hold_first()
        return super().write_linked(noted)


class FailingStore(MemoryStore):
    """Writes ``good`` transactions, then the database is gone."""

    def __init__(self, good: int) -> None:
        super().__init__()
        self.good = good
        self.outage = StoreUnavailable("Neo4j is not available: test outage")

    def _check(self) -> None:
        if self.good == 0:
            raise self.outage
        self.good -= 1

    def write(self, batch: Batch) -> WriteResult:
        self._check()
        return super().write(batch)

    def write_linked(self, link: Linker) -> Batch:
        self._check()
        return super().write_linked(link)


def test_queued_chunks_are_written_together_but_never_more_rows_than_the_writer_may_hold() -> None:
    docs = articles(CHUNK * (3 * HELD_CHUNKS + 4))
    recorder = Recorder(rows_by_url(docs))
    bound = bound_of(recorder.rows_of, HELD_CHUNKS)
    store = SlowStore(recorder)
    started = time.monotonic()
    report = ingest_documents(store, opening_the_gate(docs, recorder, at=CHUNK * (HELD_CHUNKS + 1)), ALIASES,
                              chunk_size=CHUNK, in_flight_rows=bound)
    print(f"\n{len(docs)} articles in chunks of {CHUNK}, at most {bound} rows held: write transactions of "
          f"{recorder.sizes} articles, {recorder.rows} rows, {time.monotonic() - started:.1f} s")
    assert report.ok and report.written == len(docs)
    assert sum(recorder.sizes) == len(docs)
    assert store.counts().nodes["Article"] == len(docs)
    assert max(recorder.sizes) > CHUNK, "no transaction grouped the chunks queued behind a slow write"
    assert max(recorder.rows) <= bound


def test_a_chunk_larger_than_the_bound_is_written_alone() -> None:
    docs = articles(CHUNK * 5)
    recorder = Recorder(rows_by_url(docs))
    recorder.gate.set()
    store = SlowStore(recorder)
    report = ingest_documents(store, docs, ALIASES, chunk_size=CHUNK, in_flight_rows=1)
    assert report.ok and report.written == len(docs)
    assert recorder.sizes == [CHUNK] * 5


def test_an_outage_names_every_article_not_written_and_keeps_the_stores_error() -> None:
    # More chunks than one transaction can hold, so some are left for the outage.
    docs = articles(CHUNK * (HELD_CHUNKS + 4))
    store = FailingStore(good=1)
    report = ingest_documents(store, docs, ALIASES, chunk_size=CHUNK,
                              in_flight_rows=bound_of(rows_by_url(docs), HELD_CHUNKS))
    written = {n.properties["url"] for n in store.export_graph().nodes if "Article" in n.labels}
    failed = {f.origin for f in report.failures}
    print(f"\n{len(docs)} articles, the store gone after 1 write: written {report.written}, "
          f"failed {len(failed)}")
    assert report.read == len(docs) and report.written + len(report.failures) == len(docs)
    assert report.written == len(written) > 0 and failed
    assert failed == {d.origin for d in docs if d.meta.url not in written}
    assert all(f.cause is store.outage and f.problem.startswith("not written:") for f in report.failures)
