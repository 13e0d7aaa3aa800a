"""Articles: the subgraph of one article, and ingesting one over HTTP."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel, ConfigDict, Field

from claimgraph.api.http.auth import ReadAccess, WriteAccess
from claimgraph.api.http.deps import StoreDep
from claimgraph.api.http.errors import ApiError, responses
from claimgraph.api.http.routers.params import NodeId
from claimgraph.graph import ids
from claimgraph.graph.results import Subgraph
from claimgraph.graph.store import GraphStore
from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.pipeline import ingest_documents
from claimgraph.ingest.readers.metadata import Language, Name, Published, Text, Url

router = APIRouter(prefix="/articles", tags=["articles"])


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
    article_id: str
    read: int
    written: int = Field(description="1 when the article was new or its text changed")
    skipped: int = Field(description="1 when it was already stored with the same text")
    claims: int
    actors: int
    figures: int
    links: int


@router.get("/{article_id}/graph", response_model=Subgraph, dependencies=[ReadAccess],
            responses=responses(401, 404, 503, 504))
def article_graph(store: StoreDep, article_id: NodeId) -> Subgraph:
    """The article, its outlets, claims, speakers and their organizations,
    figures, what the claims are about and the claims they conflict or agree
    with: nodes and edges, ready to draw."""
    return store.article_graph(article_id)


def _schema_ready(request: Request, store: GraphStore) -> None:
    """Constraints and indexes before the first write of this process."""
    if not getattr(request.app.state, "schema_ready", False):
        store.setup_schema()
        request.app.state.schema_ready = True


@router.post("", response_model=IngestOut, dependencies=[WriteAccess],
             responses=responses(401, 413, 503))
def ingest_article(request: Request, store: StoreDep, article: Annotated[ArticleIn, Body()]) -> IngestOut:
    """Extract and store one article. Idempotent: the same article (same URL,
    or same text without one) posted again writes nothing."""
    _schema_ready(request, store)
    report = ingest_documents(store, [article.document()], request.app.state.aliases)
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
