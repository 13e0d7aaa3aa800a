"""Ingest: documents -> extraction (pure) -> linking -> store.write, in chunks.

Extraction runs in this process or in a pool of worker processes; a single
writer thread links each chunk against what the store already holds and
writes it in one transaction (with the chunks that queued up meanwhile), so
extraction of the next chunk overlaps the write of the previous one. What the
writer holds, queued and in its transaction, is bounded in rows
(``IN_FLIGHT_ROWS``), not chunks, so memory stays bounded however large the
corpus or its articles. A chunk is written whole or not at all: after a crash or an
outage, running the same command again writes exactly what is missing, and
articles already stored with the same text are skipped; a new text of a stored
article is its next version (:mod:`claimgraph.ingest.versions`).
"""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice

from claimgraph.graph import ids
from claimgraph.graph.model import ArticleText, Batch
from claimgraph.graph.store import GraphStore, LinkSource, StoredFigure, StoreError, StoreUnavailable
from claimgraph.ingest.aliases import AliasTable
from claimgraph.ingest.document import Document
from claimgraph.ingest.extract import Extraction, extract
from claimgraph.ingest.incidents import candidate_window, renamed_batch, resolve
from claimgraph.ingest.linking import LinkCandidate, find_revisions, link_figures
from claimgraph.ingest.readers import ReadError
from claimgraph.ingest.texts import compress_text
from claimgraph.ingest.versions import Placed, as_version, place, version_revisions

DEFAULT_CHUNK = 32
IN_FLIGHT_ROWS = 8_000
"""Rows (:func:`held_rows`) of extracted articles handed to the writer and not yet written, at most:
queued and in its transaction together, so also the most one transaction writes. A chunk that is
larger on its own is let through alone, once the writer holds nothing else."""


@dataclass(frozen=True, slots=True)
class Failure:
    origin: str
    problem: str
    cause: StoreError | None = None
    """The store's error when the store failed (the API answers by its kind)."""


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did, article by article where it matters."""

    read: int = 0
    written: int = 0
    skipped: int = 0
    claims: int = 0
    actors: int = 0
    figures: int = 0
    links: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True, slots=True)
class _Extracted:
    origin: str
    extraction: Extraction | None = None
    problem: str | None = None


Progress = Callable[[IngestReport], None]

_ALIASES: AliasTable | None = None


def _init_worker(aliases: AliasTable) -> None:
    global _ALIASES
    _ALIASES = aliases


def _extract_in_worker(doc: Document) -> _Extracted:
    assert _ALIASES is not None
    done = _extract_one(doc, _ALIASES)
    # The writer never reads the attributions (the claims' mentions carry what it writes), and
    # unpickling them was a fifth of what it spent unpickling an extraction.
    if done.extraction is None:
        return done
    return replace(done, extraction=replace(done.extraction, attributions=()))


def _extract_one(doc: Document, aliases: AliasTable) -> _Extracted:
    try:
        return _Extracted(doc.origin, extract(doc, aliases))
    except Exception as e:  # noqa: BLE001 - one bad article must not stop a corpus
        return _Extracted(doc.origin, problem=f"extraction failed: {type(e).__name__}: {e}")


def _chunks(items: Iterable[Document | ReadError], size: int) -> Iterator[list[Document | ReadError]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def held_rows(extractions: Iterable[Extraction]) -> int:
    """About how many rows the articles write (each article and its text, claims, their mentions and
    assertions, actors, figures): the measure of what the writer holds, which their memory follows."""
    return sum(1 + 2 * len(x.claims) + len(x.mentions) + len(x.actors) + 2 * len(x.figures)
               for x in extractions)


def _candidate(stored: StoredFigure) -> LinkCandidate:
    return LinkCandidate(stored.claim_id, stored.speaker_id, stored.chain_root, stored.figure,
                         stored.claim_text, stored.claim_date, stored.incident_id, stored.superseded, stored.share,
                         stored.at)


def linked_batch(extractions: list[Extraction], source: LinkSource, *, keep_text: bool = True,
                 placements: Sequence[Placed | None] | None = None) -> Batch:
    """The extractions' batch: each article placed among its stored versions (a text one
    already holds is left out; ``placements`` instead when a stored version is read
    again), its incidents resolved against the stored ones and its figures linked
    (revisions, contradictions, corroborations) against theirs. With ``keep_text``
    each version's text is kept beside it, else where it was read."""
    if placements is None:
        keys = sorted({x.article.key or x.article.id for x in extractions})
        placements = place([(x.article.key or x.article.id, x.article.text_sha256) for x in extractions],
                           source.versions(keys))
    placed = [(x, p) for x, p in zip(extractions, placements, strict=True) if p is not None]
    extractions = [x for x, _ in placed]
    batch = Batch()
    for x, p in placed:
        batch.extend(_article_batch(x, p, keep_text))
    found = [x.incidents for x in extractions]
    windows = sorted({w for article in found for i in article.incidents if (w := candidate_window(i)) is not None},
                     key=lambda w: (w.start, w.end, w.kinds))
    stored_incidents = source.incidents(windows) if windows else []
    renamed = resolve(found, stored_incidents)
    batch = renamed_batch(batch, renamed)
    per_article = [[replace(c, incident_id=renamed.get(c.incident_id, c.incident_id) if c.incident_id else None)
                    for c in x.link_candidates()] for x in extractions]
    new = [c for candidates in per_article for c in candidates]
    # Only incidents already stored hold figures to read; the batch's own
    # figures are all in ``new`` (pairs within one article come out again, once).
    stored_ids = {i.id for i in stored_incidents}
    shared = sorted({c.incident_id for c in new if c.incident_id is not None} & stored_ids)
    existing = [_candidate(s) for s in source.figures(shared)] if shared else []
    revisions = find_revisions(new, existing)
    # A version's predecessor is stored, or written in this batch before it.
    earlier: list[LinkCandidate] = list(existing)
    for (_, p), candidates in zip(placed, per_article, strict=True):
        revisions.extend(version_revisions(p, candidates, earlier))
        earlier.extend(replace(c, at=(p.id, *c.at[1:])) if c.at is not None else c for c in candidates)
    known = {(f.kind, f.from_id, f.to_id) for f in batch.figure_links}
    for r in revisions:
        if (r.kind, r.from_id, r.to_id) not in known:
            known.add((r.kind, r.from_id, r.to_id))
            batch.figure_links.append(r)
    links = {(c.kind, c.a_id, c.b_id, c.metric) for c in batch.claim_links}
    batch.claim_links.extend(c for c in link_figures(new, existing, revisions)
                             if (c.kind, c.a_id, c.b_id, c.metric) not in links)
    return batch


def _article_batch(x: Extraction, placed: Placed, keep_text: bool) -> Batch:
    """One article's batch as the version it was placed as, with its text or where it was read."""
    batch = as_version(x.to_batch(), placed)
    doc = x.document
    if doc is None:
        return batch
    if keep_text:
        batch.texts.append(ArticleText(placed.id, compress_text(doc.text), doc.meta.outlet, doc.meta.syndicated_from))
    else:
        batch.articles = [replace(a, source=doc.origin) for a in batch.articles]
    return batch


class _Writer:
    """Links each chunk against the store and writes it, on its own thread."""

    def __init__(self, store: GraphStore, progress: Progress | None, keep_text: bool = True,
                 in_flight_rows: int = IN_FLIGHT_ROWS) -> None:
        self.report = IngestReport()
        self._store = store
        self._keep_text = keep_text
        self._progress = progress
        self._bound = in_flight_rows
        self._waiting: deque[list[_Extracted]] = deque()
        self._held = 0
        self._closed = False
        self._handed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="claimgraph-writer", daemon=True)
        self._lock = threading.Lock()
        self.outage: StoreUnavailable | None = None

    def start(self) -> None:
        self._thread.start()

    def put(self, chunk: list[_Extracted]) -> None:
        """Hands the chunk over, once what the writer holds leaves room for it."""
        rows = held_rows(x.extraction for x in chunk if x.extraction is not None)
        with self._handed:
            self._handed.wait_for(lambda: self._held == 0 or self._held + rows <= self._bound)
            self._waiting.append(chunk)
            self._held += rows
            self._handed.notify_all()

    def finish(self) -> IngestReport:
        with self._handed:
            self._closed = True
            self._handed.notify_all()
        self._thread.join()
        return self.report

    def note(self, read: int, skipped: int, failures: list[Failure]) -> None:
        """Counts from the reading side, which runs on the caller's thread."""
        with self._lock:
            self.report.read += read
            self.report.skipped += skipped
            self.report.failures.extend(failures)
        self._tell()

    def _tell(self) -> None:
        if self._progress:
            self._progress(self.report)

    def _run(self) -> None:
        while True:
            # Group commit: the chunks that queued up while the last write ran
            # go in one transaction, since each commit costs the server about
            # as much as a few hundred rows do; the bound on what is held
            # bounds the transaction too.
            with self._handed:
                self._handed.wait_for(lambda: bool(self._waiting) or self._closed)
                if not self._waiting:
                    return
                group = [x for chunk in self._waiting for x in chunk]
                self._waiting.clear()
            self._write(group)
            with self._handed:
                self._held -= held_rows(x.extraction for x in group if x.extraction is not None)
                self._handed.notify_all()

    def _write(self, chunk: list[_Extracted]) -> None:
        extractions = [x.extraction for x in chunk if x.extraction is not None]
        try:
            if self.outage:
                raise self.outage
            batch = self._write_linked(extractions)
        except StoreUnavailable as e:
            # Once the store is gone, every later chunk would wait out the
            # driver's retries in turn; fail them at once, naming each article.
            self.outage = e
            with self._lock:
                self.report.failures.extend(Failure(x.origin, f"not written: {e}", e) for x in chunk)
        except StoreError as e:
            with self._lock:
                self.report.failures.extend(Failure(x.origin, f"not written: {e}", e) for x in chunk)
        else:
            with self._lock:
                self.report.written += len(chunk)
                self.report.claims += len(batch.claims)
                self.report.actors += len(batch.actors)
                self.report.figures += len(batch.figures)
                self.report.links += len(batch.claim_links)
        self._tell()

    def _write_linked(self, extractions: list[Extraction]) -> Batch:
        """Writes the chunk, each article placed among its versions and its incidents and
        figures resolved and linked against the stored ones, under the writers' lock;
        returns what was written."""
        return self._store.write_linked(lambda source: linked_batch(extractions, source, keep_text=self._keep_text))


def _unwritten(store: GraphStore, docs: Sequence[Document]) -> tuple[list[Document], int]:
    """The documents whose text no stored version of their article holds (each text once,
    in order: two new texts of one article are two versions), and how many were left out."""
    keyed = [(ids.article_id(ids.text_sha256(d.text), d.meta.url), ids.text_sha256(d.text), d) for d in docs]
    stored = {(v.key, v.text_sha256) for v in store.article_versions(sorted({k for k, _, _ in keyed}))}
    fresh = []
    for key, sha, d in keyed:
        if (key, sha) not in stored:
            stored.add((key, sha))
            fresh.append(d)
    return fresh, len(docs) - len(fresh)


def _hand_over(writer: _Writer, read: int, skipped: int, failures: list[Failure],
               extracted: Iterable[_Extracted]) -> None:
    """Waits for a chunk's extraction, reports its counts and queues what was extracted for the writer."""
    done = list(extracted)
    failures.extend(Failure(x.origin, x.problem) for x in done if x.problem)
    writer.note(read, skipped, failures)
    good = [x for x in done if x.extraction is not None]
    if good:
        writer.put(good)


def ingest_documents(
    store: GraphStore,
    documents: Iterable[Document | ReadError],
    aliases: AliasTable,
    *,
    chunk_size: int = DEFAULT_CHUNK,
    workers: int = 0,
    progress: Progress | None = None,
    keep_text: bool = True,
    in_flight_rows: int = IN_FLIGHT_ROWS,
) -> IngestReport:
    """Extract, link and write every document; read errors are reported, not raised.

    ``workers`` >= 1 extracts in that many processes, 0 in this one (for a
    single article). Even one extraction process speeds up a corpus: this
    process then only reads and writes, and the writer thread's every round
    trip to the server no longer waits for extraction to release the
    interpreter lock. ``keep_text`` keeps each article's text in the graph
    (compressed) for ``reextract``; else the graph notes where it was read.
    ``in_flight_rows`` bounds what the writer holds (:data:`IN_FLIGHT_ROWS`).
    Returns what was read, written, skipped (already stored with the same
    text) and what failed.
    """
    writer = _Writer(store, progress, keep_text, in_flight_rows)
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(aliases,)) if workers >= 1 else None
    writer.start()
    waiting: tuple[int, int, list[Failure], Iterable[_Extracted]] | None = None
    try:
        for chunk in _chunks(documents, chunk_size):
            docs = [d for d in chunk if isinstance(d, Document)]
            failures = [Failure(e.path + e.where, e.problem) for e in chunk if isinstance(e, ReadError)]
            try:
                if writer.outage:
                    raise writer.outage
                fresh, skipped = _unwritten(store, docs)
            except StoreError as e:
                if isinstance(e, StoreUnavailable):
                    writer.outage = e
                failures.extend(Failure(d.origin, f"not written: {e}", e) for d in docs)
                fresh, skipped = [], 0
            # The pool gets this chunk before the last one is collected, so
            # it extracts while this process checks, collects and queues.
            extracted: Iterable[_Extracted] = (
                pool.map(_extract_in_worker, fresh, chunksize=max(1, len(fresh) // workers)) if pool is not None
                else [_extract_one(d, aliases) for d in fresh])
            if waiting is not None:
                _hand_over(writer, *waiting)
            waiting = (len(chunk), skipped, failures, extracted)
        if waiting is not None:
            _hand_over(writer, *waiting)
    finally:
        report = writer.finish()
        if pool is not None:
            pool.shutdown()
    return report
