"""An article's versions and readings in the embedded graph: finding them
(``article_refs``, ``article_stamps``, ``article_reading``), dropping a reading
(``reading_of_articles``, ``drop_claims``, ``drop_article_edges``,
``recompute_actors``, ``drop_orphans``) and removing the article (``drop_articles``), as those Cypher
files do; changes go through a :class:`Transaction`, so a failure rolls them all back."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from claimgraph.graph import actor_readings
from claimgraph.graph.memory.read import find, incoming, nodes, outgoing, props
from claimgraph.graph.memory.write import NodeKey, Transaction, set_actor
from claimgraph.graph.model import Article, ArticleText
from claimgraph.graph.rows import from_properties
from claimgraph.graph.store import ArticleStamp, ArticleVersions, Dropped, NotFound, StoredReading, url_key


def article_refs(graph: nx.MultiDiGraph, ref: str) -> ArticleVersions | None:
    """``article_refs.cypher``: the article a version id or URL names, with its versions by number."""
    for named in url_key(ref):
        article = find(graph, "Article", named)
        if article is None:
            continue
        p = props(graph, article)
        key = p.get("key", p["id"])
        versions = sorted((props(graph, a).get("version", 1), props(graph, a)["id"]) for a in nodes(graph, "Article")
                          if props(graph, a).get("key", props(graph, a)["id"]) == key)
        return ArticleVersions(key, tuple(v for _, v in versions))
    return None


def article_stamps(graph: nx.MultiDiGraph) -> list[ArticleStamp]:
    """``article_stamps.cypher``: every version with its extractor, by key then version."""
    stamps = []
    for a in nodes(graph, "Article"):
        p = props(graph, a)
        stamps.append(ArticleStamp(p["id"], p.get("key", p["id"]), p.get("version", 1), p.get("extractor")))
    return sorted(stamps, key=lambda s: (s.key, s.version))


def article_reading(graph: nx.MultiDiGraph, article_id: str) -> StoredReading | None:
    """``article_reading.cypher``: the version, the one it replaced and its kept text."""
    article = find(graph, "Article", article_id)
    if article is None:
        return None
    previous = [props(graph, p)["id"] for p, _ in outgoing(graph, article, ["PREVIOUS_VERSION"], "Article")]
    texts = [props(graph, t) for t, _ in outgoing(graph, article, ["HAS_TEXT"], "ArticleText")]
    return StoredReading(from_properties(Article, props(graph, article)), previous[0] if previous else None,
                         from_properties(ArticleText, texts[0]) if texts else None)


def _latest(graph: nx.MultiDiGraph, article: NodeKey) -> bool:
    return not any(True for _ in incoming(graph, article, ["PREVIOUS_VERSION"], "Article"))


def mark_latest(graph: nx.MultiDiGraph) -> None:
    """``backfill_article_keys.cypher``'s flag: a version of a file written before it is the latest
    unless a newer version points to it."""
    for a in nodes(graph, "Article"):
        p = props(graph, a)
        if "latest" not in p:
            p["latest"] = _latest(graph, a)


def article_history(graph: nx.MultiDiGraph, ref: str) -> dict[str, Any] | None:
    """``article_history.cypher``: the key and each version with the claims it reports."""
    found = article_refs(graph, ref)
    if found is None:
        return None
    versions = []
    for version_id in found.versions:
        v = find(graph, "Article", version_id)
        assert v is not None
        p = props(graph, v)
        versions.append({
            "id": p["id"], "version": p.get("version", 1), "title": p.get("title"), "url": p.get("url"),
            "published": p.get("published"), "ingested_at": p.get("ingested_at"), "extractor": p.get("extractor"),
            "text_sha256": p.get("text_sha256"), "latest": _latest(graph, v),
            "claims": list(dict.fromkeys(props(graph, c)["id"] for c, _ in incoming(graph, v, ["REPORTED_IN"], "Claim")))})
    return {"key": found.key, "versions": versions}


def claim_clocks(graph: nx.MultiDiGraph, claim_id: str) -> dict[str, Any] | None:
    """``claim_clocks.cypher``: the claim, the versions reporting it and the incidents it counts."""
    claim = find(graph, "Claim", claim_id)
    if claim is None:
        return None
    c = props(graph, claim)
    published = []
    for a in dict.fromkeys(a for a, _ in outgoing(graph, claim, ["REPORTED_IN"], "Article")):
        p = props(graph, a)
        published.append({"article": p["id"], "key": p.get("key", p["id"]), "version": p.get("version", 1),
                          "published": p.get("published"), "ingested_at": p.get("ingested_at"),
                          "latest": _latest(graph, a)})
    happened = []
    incidents = dict.fromkeys(i for f, _ in outgoing(graph, claim, ["STATES"], "Figure")
                              for i, _ in outgoing(graph, f, ["COUNTS"], "Incident"))
    for i in incidents:
        p = props(graph, i)
        happened.append({"incident": p["id"], "label": p.get("label"), "date": p.get("date"),
                         "window_start": p.get("window_start"), "window_end": p.get("window_end")})
    return {"id": c["id"], "text": c.get("text"), "first_seen": c.get("first_seen"), "published": published,
            "happened": happened}


def drop_reading(tx: Transaction, article_ids: list[str]) -> Dropped:
    """What the articles' reading holds and nothing other articles carry, dropped (the articles
    stay); NotFound when one of them is gone."""
    graph = tx.graph
    wanted = set(article_ids)
    articles = [a for a in (find(graph, "Article", i) for i in dict.fromkeys(article_ids)) if a is not None]
    if len(articles) < len(wanted):
        raise NotFound("article", ", ".join(article_ids))
    claims: dict[NodeKey, None] = {}
    speakers: dict[NodeKey, None] = {}
    carriers: set[str] = set()
    for a in articles:
        for c, _ in incoming(graph, a, ["REPORTED_IN"], "Claim"):
            for s, _ in incoming(graph, c, ["ASSERTED"], "Actor"):
                speakers[s] = None
            elsewhere = {props(graph, o)["id"] for o, _ in outgoing(graph, c, ["REPORTED_IN"], "Article")} - wanted
            carriers |= elsewhere
            if not elsewhere:
                claims[c] = None
    actors = dict(speakers)
    for a in articles:
        for o, _ in outgoing(graph, a, ["PUBLISHED_BY", "SYNDICATED_FROM", "NAMES"], "Actor"):
            actors[o] = None
    for s in speakers:
        for o, (_, _, edge) in outgoing(graph, s, ["SPEAKS_FOR", "MEMBER_OF"], "Actor"):
            if edge["props"].get("article") in wanted:
                actors[o] = None
    others: dict[NodeKey, None] = {}
    figures = 0
    for c in claims:
        for t, _ in outgoing(graph, c, ["ABOUT"]):
            if t[0] in ("Actor", "Place", "Event"):
                (actors if t[0] == "Actor" else others)[t] = None
        for f, _ in list(outgoing(graph, c, ["STATES"], "Figure")):
            for i, _ in outgoing(graph, f, ["COUNTS"], "Incident"):
                others[i] = None
            tx.delete_node(f)
            figures += 1
    for a in articles:
        for i, _ in outgoing(graph, a, ["REPORTS"], "Incident"):
            others[i] = None
    for c in claims:
        tx.delete_node(c)
    for a in articles:
        for c in dict.fromkeys(c for c, _ in incoming(graph, a, ["REPORTED_IN"], "Claim")):
            for f, _ in list(outgoing(graph, c, ["STATES"], "Figure")):
                for i, (u, v, edge) in list(outgoing(graph, f, ["COUNTS"], "Incident")):
                    if edge["props"].get("article") in wanted and graph.has_edge(u, v, ("COUNTS",)):
                        others[i] = None
                        tx.delete_edge(u, v, ("COUNTS",))
                        figure, _ = tx.merge_node("Figure", props(graph, f)["id"])
                        tx.set(figure, "incident", None)
                        tx.set(figure, "incident_label", None)
    for a in articles:
        for u, v, key, data in [*graph.in_edges(a, keys=True, data=True), *graph.out_edges(a, keys=True, data=True)]:
            if data["type"] in ("REPORTED_IN", "REPORTS", "PUBLISHED_BY", "SYNDICATED_FROM", "NAMES"):
                tx.delete_edge(u, v, key)
    for s in actors:
        if s not in graph:
            continue
        for u, v, key, data in list(graph.out_edges(s, keys=True, data=True)):
            if data["type"] in ("SPEAKS_FOR", "MEMBER_OF") and data["props"].get("article") in wanted:
                tx.delete_edge(u, v, key)
    for s in actors:
        if s in graph:
            _recompute_actor(tx, s)
    gone: dict[str, int] = {"Actor": 0, "Incident": 0, "Place": 0, "Event": 0}
    for n in [*actors, *others]:
        if n in graph and graph.degree(n) == 0 and n[0] in gone:
            tx.delete_node(n)
            gone[n[0]] += 1
    return Dropped(0, len(claims), figures, gone["Actor"], gone["Incident"], gone["Place"], gone["Event"],
                   reread=tuple(sorted(carriers)))


def _recompute_actor(tx: Transaction, actor: NodeKey) -> None:
    """``recompute_actors.cypher``: the actor's properties and kind labels from the records of the
    readings that still hold it; kept as they are when none does."""
    records = [edge["props"] for _, (_, _, edge) in incoming(tx.graph, actor, ["NAMES"], "Article")
               if edge["props"].get("kind") is not None]
    if not records:
        return
    data, _ = tx.merge_node("Actor", props(tx.graph, actor)["id"])
    set_actor(tx, data, actor_readings.joined(records))
    data["labels"] -= set(actor_readings.KIND_LABELS.values())
    data["labels"] |= {actor_readings.KIND_LABELS[r["kind"]] for r in records}


def unstamp_articles(tx: Transaction, article_ids: Sequence[str]) -> None:
    """``unstamp_articles.cypher``: the versions' extractor cleared."""
    for article_id in article_ids:
        if find(tx.graph, "Article", article_id) is not None:
            data = tx.merge_node("Article", article_id)[0]
            tx.set(data, "extractor", None)


def drop_articles(tx: Transaction, article_ids: list[str]) -> int:
    """``drop_articles.cypher``: the versions, their texts and the edges left on them."""
    dropped = 0
    for article_id in article_ids:
        article = find(tx.graph, "Article", article_id)
        if article is None:
            continue
        for t, _ in list(outgoing(tx.graph, article, ["HAS_TEXT"], "ArticleText")):
            tx.delete_node(t)
        tx.delete_node(article)
        dropped += 1
    return dropped
