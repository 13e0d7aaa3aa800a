"""Articles: the subgraph and versions of one article, ingesting one and removing one over HTTP."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel, ConfigDict, Field

from claimgraph.api.http.auth import ReadStoreDep, WriteAccess
from claimgraph.api.http.deps import SettingsDep, StoreDep
from claimgraph.api.http.errors import ApiError, responses
from claimgraph.api.http.routers.params import NodeId, Version
from claimgraph.api.http.threaded import ThreadedRoute
from claimgraph.graph import ids
from claimgraph.graph.history import ArticleHistory
from claimgraph.graph.results import Subgraph
from claimgraph.graph.store import GraphStore
from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.pipeline import ingest_documents
from claimgraph.ingest.readers.metadata import Language, Name, Published, Text, Url
from claimgraph.ingest.reextract import remove

router = APIRouter(prefix="/articles", tags=["articles"], route_class=ThreadedRoute)


class ArticleIn(BaseModel):
    """One article as JSON; only ``text`` is required."""

    model_config = ConfigDict(extra="forbid")

    # The readers' field types: what a file may not hold (control or
    # bidirectional characters in a name, a name past the length limit, a
    # blank or binary text, a date that is not one) a request may not either.
    text: Text = Field(min_length=1, description="the article's text; spans in the graph point into it")
    title: Name | None = None
    url: Url | None = Field(default=None, description="identifies the article when given")
    outlet: Name | None = Field(default=None, description="the publishing outlet")
    syndicated_from: Name | None = Field(default=None, description="the wire agency the story came from")
    published: Published | None = None
    dateline: Name | None = None
    language: Language | None = None

    def document(self) -> Document:
        meta = ArticleMeta(title=self.title, url=self.url, outlet=self.outlet,
                           syndicated_from=self.syndicated_from, published=self.published,
                           dateline=self.dateline, language=self.language)
        return Document(self.text, meta, origin=f"POST /articles {self.url or '(no url)'}")


class IngestOut(BaseModel):
    article_id: str = Field(description="the article's key: the id of its first version, which names every version")
    read: int
    written: int = Field(description="1 when the article was new or its text changed (a new version)")
    skipped: int = Field(description="1 when it was already stored with the same text")
    claims: int
    actors: int
    figures: int
    links: int


class RemovedOut(BaseModel):
    """What a removal deleted: the article's versions and what only they carried."""

    key: str | None = Field(description="the article's key (its first version's id)")
    articles: int = Field(description="versions removed")
    claims: int
    figures: int
    actors: int
    incidents: int
    places: int
    events: int
    reread: list[str] = Field(description="versions of other articles that shared a claim with it, read again "
                                          "(their shared claims' first_seen, cue and spans come from them now)")
    missing: list[str] = Field(description="of those, the ones that could not be read again, with why "
                                           "(reextract --outdated reads them once they can be)")


@router.get("/{article_id}/graph", response_model=Subgraph,
            responses=responses(401, 404, 503, 504))
def article_graph(store: ReadStoreDep, article_id: NodeId, version: Version = None) -> Subgraph:
    """The article's latest version (or `version`), its outlets, claims, speakers and
    their organizations, figures, what the claims are about and the claims they
    conflict or agree with: nodes and edges, ready to draw. Any version's id names the article."""
    return store.article_graph(article_id, version)


@router.get("/{article_id}/versions", response_model=ArticleHistory,
            responses=responses(401, 404, 503, 504))
def article_versions(store: ReadStoreDep, article_id: NodeId) -> ArticleHistory:
    """Every version of the article, oldest first: when each was published and stored, the
    rules that read it, and the claims each added and dropped."""
    return store.article_history(article_id)


@router.delete("/{article_id}", response_model=RemovedOut, dependencies=[WriteAccess],
               responses=responses(401, 404, 503, 504))
def remove_article(request: Request, store: StoreDep, article_id: NodeId) -> RemovedOut:
    """Remove the article (every version; any version's id names it) and all that only it
    carries: claims, figures, actors, incidents, places, events and their links. What other
    articles also carry stays, and those that shared a claim with it are read again. An unknown
    id (or one already removed) is a 404."""
    dropped, reread = remove(store, article_id, request.app.state.aliases)
    return RemovedOut(**{**asdict(dropped), "reread": list(dropped.reread)},
                      missing=[f"{m.article_id}: {m.problem}" for m in reread.missing])


def _schema_ready(request: Request, store: GraphStore) -> None:
    """Constraints and indexes before the first write of this process."""
    if not getattr(request.app.state, "schema_ready", False):
        store.setup_schema()
        request.app.state.schema_ready = True


@router.post("", response_model=IngestOut, dependencies=[WriteAccess],
             responses=responses(401, 413, 503))
def ingest_article(request: Request, store: StoreDep, settings: SettingsDep,
                   article: Annotated[ArticleIn, Body()]) -> IngestOut:
    """Extract and store one article. Idempotent: the same article (same URL,
    or same text without one) posted again with the same text writes nothing;
    a new text at the same URL is the article's next version."""
    _schema_ready(request, store)
    report = ingest_documents(store, [article.document()], request.app.state.aliases,
                              keep_text=settings.keep_text)
    if report.failures:
        # The store's own error, answered by its kind: 503 unavailable, 504
        # past the time limit, else 500 without the database's message.
        cause = next((f.cause for f in report.failures if f.cause is not None), None)
        if cause is not None:
            raise cause
        problems = "; ".join(f.problem for f in report.failures)
        raise ApiError(500, "ingest_failed", f"the article was not stored: {problems}")
    return IngestOut(article_id=ids.article_id(ids.text_sha256(article.text), article.url), read=report.read,
                     written=report.written, skipped=report.skipped, claims=report.claims, actors=report.actors,
                     figures=report.figures, links=report.links)
