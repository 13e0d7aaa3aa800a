"""What the graph holds about time: an article's versions and a claim's three clocks.

Both stores build the same records (``article_history.cypher``,
``claim_clocks.cypher``) and these functions turn them into the answers, so
the answers come out alike.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class ArticleVersion(_Model):
    id: str
    version: int
    title: str | None = None
    url: str | None = None
    published: dt.date | None = Field(default=None, description="the version's own publication (or update) date")
    ingested_at: dt.datetime | None = Field(default=None, description="when claimgraph stored this version")
    extractor: str | None = Field(default=None, description="the extraction rules that read it")
    text_sha256: str
    latest: bool
    claims: int = Field(description="claims this version reports")
    added: list[str] = Field(description="claims it reports that the version before it did not, by id")
    dropped: list[str] = Field(description="claims the version before it reported that it does not, by id")


class ArticleHistory(_Model):
    """An article's versions, oldest first; the last is the latest, which reads answer from."""

    key: str
    versions: list[ArticleVersion]


class Publication(_Model):
    """Where and when the claim was published: one article version reporting it."""

    article: str
    key: str
    version: int
    published: dt.date | None = None
    ingested_at: dt.datetime | None = Field(default=None, description="when claimgraph stored it")
    latest: bool = Field(description="the article's latest version (False: a later version replaced it)")


class EventTime(_Model):
    """When what the claim counts happened: an incident its figures count."""

    incident: str
    label: str | None = None
    date: dt.date | None = None
    window_start: dt.date | None = None
    window_end: dt.date | None = None


class ClaimClocks(_Model):
    """A claim's three clocks, kept apart: when the event happened (``happened``), when the claim
    was published (``published``: each article version, with ``first_seen`` the earliest date
    said), and when claimgraph stored it (each version's ``ingested_at``)."""

    claim: str
    text: str
    first_seen: dt.date | None = None
    published: list[Publication]
    happened: list[EventTime]


def _native(value: Any) -> Any:
    return value.to_native() if hasattr(value, "to_native") else value


def article_history(record: dict[str, Any]) -> ArticleHistory:
    versions: list[ArticleVersion] = []
    before: set[str] = set()
    for row in sorted(record["versions"], key=lambda r: r["version"]):
        claims = set(row["claims"])
        versions.append(ArticleVersion(
            id=row["id"], version=row["version"], title=row["title"], url=row["url"],
            published=_native(row["published"]), ingested_at=_native(row["ingested_at"]),
            extractor=row["extractor"], text_sha256=row["text_sha256"], latest=row["latest"],
            claims=len(claims), added=sorted(claims - before) if versions else [],
            dropped=sorted(before - claims)))
        before = claims
    return ArticleHistory(key=record["key"], versions=versions)


def claim_clocks(record: dict[str, Any]) -> ClaimClocks:
    published = [Publication(**{k: _native(v) for k, v in p.items()}) for p in record["published"]]
    happened = [EventTime(**{k: _native(v) for k, v in i.items()}) for i in record["happened"]]
    return ClaimClocks(claim=record["id"], text=record["text"], first_seen=_native(record["first_seen"]),
                       published=sorted(published, key=lambda p: (p.key, p.version)),
                       happened=sorted(happened, key=lambda i: i.incident))
