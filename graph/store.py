"""The store interface both stores implement, and what they raise."""
from __future__ import annotations

import datetime as dt
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, Self

from claimgraph.errors import ClaimgraphError
from claimgraph.graph import ids
from claimgraph.graph.history import ArticleHistory, ClaimClocks
from claimgraph.graph.model import (
    INCIDENT_KINDS,
    INCIDENT_MERGE_SPAN,
    Article,
    ArticleText,
    Batch,
    Channel,
    ClaimLinkKind,
    Figure,
    Incident,
    Metric,
)
from claimgraph.graph.results import (
    FIGURE_TOTAL_CAP,
    INCIDENT_TOTAL_CAP,
    PAIR_TOTAL_CAP,
    SEARCH_TOTAL_CAP,
    ActorHit,
    ActorProfile,
    AttributionPath,
    ClaimPairs,
    ClaimsByActor,
    ClaimSearch,
    FigureTable,
    IncidentDetail,
    IncidentPage,
    Page,
    Provenance,
    Subgraph,
)
from claimgraph.graph.voice import VoiceScope


class StoreError(ClaimgraphError):
    """A store operation failed; the message says what and why."""


class StoreUnavailable(StoreError):
    """The database cannot be reached (down, restarting, refusing the login)."""


class IncompleteWrite(StoreError):
    """A write would have dropped rows (an endpoint missing); nothing was written."""


class NotFound(StoreError):
    """A query named a node (by id) that the graph does not hold."""

    def __init__(self, kind: str, id_: str) -> None:
        super().__init__(f"no {kind} with id {id_!r}")
        self.kind = kind
        self.id = id_


class QueryTimeout(StoreError):
    """A read or write ran longer than the configured transaction timeout and was stopped."""


def incident_kinds(kind: str | None) -> list[str]:
    """The kinds an incident query enters through: the one asked for, else all; an unknown one is refused."""
    if kind is None:
        return list(INCIDENT_KINDS)
    if kind not in INCIDENT_KINDS:
        raise ValueError(f"unknown incident kind {kind!r} (known: {', '.join(INCIDENT_KINDS)})")
    return [kind]


def check_page(limit: int, offset: int) -> None:
    """Refuse a page no list can have (both stores check alike)."""
    if limit < 0 or offset < 0:
        raise ValueError(f"limit and offset must be >= 0 (got limit={limit}, offset={offset})")


@dataclass(frozen=True, slots=True)
class WriteResult:
    """Rows applied per write query, in the order they ran."""

    applied: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.applied.values())


@dataclass(frozen=True, slots=True)
class GraphCounts:
    nodes: dict[str, int]
    relationships: dict[str, int]


@dataclass(frozen=True, slots=True)
class IncidentWindow:
    """When a new incident may have happened and the kinds that may name it: the stored incidents
    it may be another report of are those of these kinds whose window overlaps this one."""

    kinds: tuple[str, ...]
    start: dt.date
    end: dt.date

    @property
    def reach(self) -> dt.date:
        """A stored incident's window, at most INCIDENT_MERGE_SPAN long, overlaps this one only if
        it ends between ``start`` and this day, so the range index on ``window_end`` bounds the
        read on both sides."""
        return self.end + INCIDENT_MERGE_SPAN

    def row(self) -> dict[str, object]:
        """The query's parameters."""
        return {"kinds": list(self.kinds), "start": self.start, "end": self.end, "reach": self.reach}


@dataclass(frozen=True, slots=True)
class StoredFigure:
    """A figure already in the graph, with its claim and speaker (for linking)."""

    claim_id: str
    claim_text: str
    speaker_id: str
    chain_root: str
    figure: Figure
    claim_date: dt.date | None = None
    incident_id: str | None = None
    superseded: bool = False
    """A newer figure REVISES this one."""
    share: str | None = None
    """As the COUNTS edge says: "part", "increment", "earlier", "overtaken" or None."""
    at: tuple[str, int, int] | None = None
    """The figure's words: article id, start, end (from the COUNTS edge)."""


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """A stored version of an article (see :mod:`claimgraph.ingest.versions`)."""

    id: str
    key: str
    version: int
    text_sha256: str
    latest: bool
    """No newer version replaced it."""


@dataclass(frozen=True, slots=True)
class ArticleVersions:
    """An article: its key and its versions' ids, oldest first."""

    key: str
    versions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dropped:
    """What dropping article versions' readings (and, for a removal, the versions) deleted."""

    articles: int = 0
    claims: int = 0
    figures: int = 0
    actors: int = 0
    incidents: int = 0
    places: int = 0
    events: int = 0
    key: str | None = None
    """The removed article's key."""
    reread: tuple[str, ...] = ()
    """The versions of other articles that report a claim the dropped reading reported, by id
    (a removal clears their extractor: they are to be read again)."""


@dataclass(frozen=True, slots=True)
class ArticleStamp:
    """A stored article version and the rules that read it (for choosing what to read again)."""

    id: str
    key: str
    version: int
    extractor: str | None


@dataclass(frozen=True, slots=True)
class StoredReading:
    """What reading a stored version again needs: the version, the one it replaced, and its
    kept text (None when the text was not kept: ``article.source`` says where it was read)."""

    article: Article
    previous_id: str | None
    text: ArticleText | None


def url_key(ref: str) -> list[str]:
    """The ids an article reference may be: itself, and the key of the URL it may be."""
    return [ref, ids.article_id("", ref)] if "://" in ref else [ref]


class LinkSource(Protocol):
    """What linking reads of the store, inside the write that follows it."""

    def versions(self, keys: list[str]) -> list[StoredVersion]:
        """Every stored version of the articles with these keys."""

    def incidents(self, windows: list[IncidentWindow]) -> list[Incident]:
        """Stored incidents of a window's kinds whose window overlaps it (by id)."""

    def figures(self, incident_ids: list[str]) -> list[StoredFigure]:
        """Stored figures that COUNT these incidents, with claim, speaker and incident."""


Linker = Callable[[LinkSource], Batch]
"""The batch to write, resolved and linked against what the store holds
(:mod:`claimgraph.ingest.pipeline` builds it from the new extractions)."""


@dataclass(frozen=True, slots=True)
class _StoreSource:
    store: GraphStore

    def versions(self, keys: list[str]) -> list[StoredVersion]:
        return self.store.article_versions(keys)

    def incidents(self, windows: list[IncidentWindow]) -> list[Incident]:
        return self.store.incident_candidates(windows)

    def figures(self, incident_ids: list[str]) -> list[StoredFigure]:
        return self.store.figure_candidates(incident_ids)


class GraphStore(ABC):
    """Where the provenance graph lives: Neo4j, or the embedded store."""

    search_cap: int = SEARCH_TOTAL_CAP
    """The most matches a count reads: :meth:`search_claims`' total, an actor's counts in
    :meth:`actor_profile` and :meth:`claims_by_actor` (a store may hold a smaller one to show
    the cap)."""
    figure_cap: int = FIGURE_TOTAL_CAP
    """The most rows :meth:`figures` counts (likewise)."""
    pair_cap: int = PAIR_TOTAL_CAP
    """The most pairs :meth:`claim_pairs` counts (a store may hold a smaller one to show the cap)."""
    incident_cap: int = INCIDENT_TOTAL_CAP
    """The most matches :meth:`incidents` counts (likewise)."""

    @abstractmethod
    def setup_schema(self) -> None:
        """Create constraints and indexes (idempotent)."""

    @abstractmethod
    def write(self, batch: Batch) -> WriteResult:
        """Apply the whole batch in one transaction: all of it, or none of it.

        A figure's metric and place are those its id was made from (graph.ids.figure_id):
        the order keys of its STATES edges (graph.stated) are made from them when its claim
        is written, so a later write of the figure alone that changed them would leave the
        keys as they were."""

    @abstractmethod
    def existing_articles(self, ids: list[str]) -> dict[str, str]:
        """Of the given article ids, those stored: id -> text_sha256."""

    @abstractmethod
    def article_versions(self, keys: list[str]) -> list[StoredVersion]:
        """Every stored version of the articles with these keys, by key then version."""

    @abstractmethod
    def incident_candidates(self, windows: list[IncidentWindow]) -> list[Incident]:
        """Stored incidents of a window's kinds whose window overlaps it, for resolving new incidents
        against (the read does not grow with the incidents stored at other times)."""

    @abstractmethod
    def figure_candidates(self, incident_ids: list[str]) -> list[StoredFigure]:
        """Stored figures counting these incidents, for linking new figures against."""

    def write_linked(self, link: Linker, replacing: Sequence[str] = ()) -> Batch:
        """Write the batch ``link`` builds from the stored incidents and figures it
        reads; returns the batch as written. ``replacing`` (article version ids):
        their reading is dropped first, in the same transaction (``reextract``).

        A store several writers share must make reading and writing one step
        that no other ``write_linked`` comes between (the Neo4j store takes a
        lock in the write's transaction); otherwise two articles written at the
        same moment each miss the other's incident and figures. This default
        reads, then writes: right for a store with one writer at a time.
        """
        if replacing:
            raise StoreError(f"{type(self).__name__} cannot replace a reading")
        linked = link(_StoreSource(self))
        self.write(linked)
        return linked

    @abstractmethod
    def article_stamps(self) -> list[ArticleStamp]:
        """Every stored article version with the extractor that read it, by key then version."""

    @abstractmethod
    def article_reading(self, article_id: str) -> StoredReading:
        """The stored version ``article_id`` as ``reextract`` reads it again. Raises
        :class:`NotFound` for an unknown id."""

    @abstractmethod
    def extractor_counts(self) -> dict[str, int]:
        """How many article versions each extractor version read ("unknown": no record), by version."""

    @abstractmethod
    def article_history(self, ref: str) -> ArticleHistory:
        """The versions of the article ``ref`` names (as :meth:`find_article`), oldest
        first, with the claims each added and dropped. Raises :class:`NotFound` when none."""

    @abstractmethod
    def claim_clocks(self, claim_id: str) -> ClaimClocks:
        """The claim's three clocks (see :class:`~claimgraph.graph.history.ClaimClocks`).
        Raises :class:`NotFound` for an unknown claim."""

    @abstractmethod
    def find_article(self, ref: str) -> ArticleVersions:
        """The article ``ref`` names: the id of any of its versions, or its URL.
        Raises :class:`NotFound` when none."""

    @abstractmethod
    def remove_article(self, ref: str) -> Dropped:
        """Delete every version of the article ``ref`` names (as :meth:`find_article`)
        and all that only they carry: claims no other article reports, with their
        figures; actors, incidents, places and events nothing else holds; their
        edges. What other articles also carry stays; the versions of other articles
        that report one of its claims lose their extractor (``reread``: to be read
        again, :func:`claimgraph.ingest.reextract.remove`). Raises :class:`NotFound`
        when ``ref`` names no article (so a second removal is refused, and
        changes nothing)."""

    # --- queries: one per file in cypher/read; the catalog is docs/queries.md ---

    @abstractmethod
    def search_actors(self, query: str, *, limit: int = 20, offset: int = 0) -> Page[ActorHit]:
        """Actors whose name or an alias contains every word of ``query``
        (see :mod:`claimgraph.graph.search`), ordered by match (exact name or
        alias, then prefix, then words), then id. No words: an empty page."""

    @abstractmethod
    def actor_profile(self, actor_id: str, *, history: bool = False) -> ActorProfile:
        """The actor's profile. Without ``history``, its counts and carriers are of the claims
        a latest article version reports (as :meth:`claims_by_actor`) and of the latest
        versions. ``claims`` and ``claims_through_others`` are exact up to :attr:`search_cap`;
        past it the number is the cap and ``claims_capped`` / ``claims_through_others_capped``
        says so. Raises :class:`NotFound` for an unknown id."""

    @abstractmethod
    def claims_by_actor(
        self,
        actor_id: str,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        channel: Channel | None = None,
        scope: VoiceScope = VoiceScope.ALL,
        limit: int = 50,
        offset: int = 0,
        history: bool = False,
    ) -> ClaimsByActor:
        """The claims the actor asserted and, with scope ``all``, those of the
        actors that speak for or belong to it (:mod:`claimgraph.graph.voice`),
        one row per speaker and claim, by date (the ASSERTED date, else the
        claim's first_seen; nulls last), claim id, speaker id. ``since``/``until``
        are inclusive and leave out undated claims; ``channel`` matches the
        ASSERTED channel. ``history``: also the claims only replaced article versions report (by default a
        claim counts when some latest version reports it). ``total``, ``own`` and ``through_others``
        are exact up to :attr:`search_cap`; past it the number is the cap and its ``*_capped`` flag
        says so (the items are still every row in order). Raises :class:`NotFound` for an unknown actor."""

    @abstractmethod
    def search_claims(self, query: str, *, limit: int = 20, offset: int = 0,
                      history: bool = False) -> ClaimSearch:
        """Claims whose text contains every word of ``query``, by first_seen
        (nulls last), then id. No words: an empty page. ``history`` as in :meth:`claims_by_actor`.
        ``total`` is exact up to :attr:`search_cap`; past it ``total_capped`` is true and ``total``
        is the cap (the items are still every match in order)."""

    @abstractmethod
    def claim_provenance(self, claim_id: str) -> Provenance:
        """Every path by which the claim reached a reader (see
        :class:`~claimgraph.graph.results.Provenance` for content and order).
        Raises :class:`NotFound` for an unknown claim."""

    @abstractmethod
    def figures(
        self,
        metric: Metric,
        *,
        place: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        by: str | None = None,
        scope: VoiceScope = VoiceScope.ALL,
        limit: int = 100,
        offset: int = 0,
        history: bool = False,
    ) -> FigureTable:
        """Every figure of ``metric`` with its claim, by stated_on (nulls last),
        figure id, claim id. ``by`` (an actor id): only the figures its voices
        stated (``scope``, as in :meth:`claims_by_actor`), ordered and dated as
        :class:`~claimgraph.graph.results.FigureTable` says; raises
        :class:`NotFound` for an unknown actor. ``place`` matches the figure's place or a Place the
        claim is ABOUT (name ignoring case, or id); ``since``/``until`` are
        inclusive on stated_on (the claim's earliest ASSERTED date, else its
        first_seen) and leave out undated rows. ``history`` as in :meth:`claims_by_actor` (the
        claims of the rows and of their links). ``total`` is exact up to :attr:`figure_cap`; past
        it ``total_capped`` is true and ``total`` is the cap (every page is still the rows in order)."""

    @abstractmethod
    def claim_pairs(
        self, kind: ClaimLinkKind, *, metric: Metric | None = None, limit: int = 100, offset: int = 0,
        history: bool = False,
    ) -> ClaimPairs:
        """CONTRADICTS or CORROBORATES pairs (of one metric, or all), by metric,
        then the a claim's id, then the b claim's; ``history`` as in :meth:`claims_by_actor`
        (both claims). ``total`` is exact up to :attr:`pair_cap`; past it ``total_capped`` is true
        and ``total`` is the cap (the items are still every pair in order)."""

    @abstractmethod
    def incidents(
        self,
        *,
        q: str | None = None,
        place: str | None = None,
        kind: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        metric: Metric | None = None,
        has_conflict: bool | None = None,
        by: str | None = None,
        scope: VoiceScope = VoiceScope.ALL,
        limit: int = 50,
        offset: int = 0,
        history: bool = False,
    ) -> IncidentPage:
        """Incidents newest first (see :class:`~claimgraph.graph.results.IncidentPage`):
        ``q``'s words each in the label, a claim counting it or its speaker's name;
        ``place`` in the incident's place; ``kind`` one of
        :data:`~claimgraph.graph.model.INCIDENT_KINDS`; ``since``/``until`` overlap the
        incident's window; ``metric``: some figure of it; ``has_conflict``: some
        claims counting it contradict one another (True) or none do (False);
        ``by`` (an actor id): it or, with ``scope`` all, the actors that speak
        for or belong to it (:mod:`claimgraph.graph.voice`) gave a figure
        counting the incident. Without ``history``, only incidents a latest article version
        REPORTS, with the latest versions' article count and the figures and conflict counts of
        claims a latest version reports; ``q``, ``metric``, ``by`` and ``has_conflict`` look at
        those same claims. ``total`` is exact up to :attr:`incident_cap`; past it ``total_capped`` is
        true and ``total`` is the cap (the items are still every match in order). Raises
        :class:`NotFound` for an unknown ``by``."""

    @abstractmethod
    def incident(self, incident_id: str, *, history: bool = False) -> IncidentDetail:
        """One incident with every figure, source, revision, spread and conflict: without
        ``history``, of the latest article versions and the claims they report.
        Raises :class:`NotFound` for an unknown id."""

    @abstractmethod
    def shortest_path(self, source_id: str, target_id: str, *, history: bool = False) -> AttributionPath:
        """The shortest attribution path between two actors (see
        :class:`~claimgraph.graph.results.AttributionPath`); ``found`` is False
        when none is within ``MAX_PATH_HOPS``. Without ``history`` the path passes
        through no replaced article version and no claim only such versions report.
        An end over ``PATH_END_CAP`` is left only through its last ``PATH_END_CLAIMS``
        claims (voice_key order, current ones unless ``history``) and its
        organizations, and ``bounded`` names it.
        Raises :class:`NotFound` when either actor is unknown (the source first)."""

    @abstractmethod
    def article_graph(self, article_id: str, version: int | None = None) -> Subgraph:
        """The subgraph of the article's latest version (or of version ``version``;
        ``article_id`` may name any version), as the rules in
        ``cypher/read/article_graph.cypher`` list them. Raises :class:`NotFound`
        for an unknown article or version."""

    @abstractmethod
    def export_graph(self) -> Subgraph:
        """The whole graph: every node and relationship of the data model."""

    @abstractmethod
    def warm_up(self, stop: threading.Event | None = None) -> None:
        """Prepares what the first reads would otherwise pay for, reading nothing (the API
        calls it once it has started, in the background). Neo4j: the incident list's query
        plans. Once ``stop`` is set it prepares nothing more and returns after what it is
        preparing: the API sets it on shutdown and waits for it before it closes the store,
        whose connections cannot be closed under a thread still using one."""

    @abstractmethod
    def ping(self) -> bool:
        """True when the store answers."""

    @abstractmethod
    def counts(self) -> GraphCounts:
        """Nodes per label and relationships per type."""

    @abstractmethod
    def clear(self) -> None:
        """Delete the whole graph."""

    @abstractmethod
    def close(self) -> None:
        """Release connections and files."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
