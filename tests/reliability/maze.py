"""A small graph where one question is very expensive: a maze of attribution paths.

Two actors joined by ``width ** 5`` shortest paths of six hops, the longest
the path search looks for (``MAX_PATH_HOPS``): actor -> claims -> articles ->
claims -> actors -> claims -> actor, each layer joined to the next by every
possible edge: a few thousand relationships, but asking for the shortest path
between the two ends makes the database enumerate millions of paths. The
API's query time limit must stop that request.
"""
from __future__ import annotations

from itertools import product

from claimgraph.graph import ids
from claimgraph.graph.model import Actor, ActorKind, Article, Asserted, Batch, Claim, QuoteKind, ReportedIn


def maze(width: int) -> tuple[Batch, str, str]:
    """The batch, and the ids of the two actors at its ends."""
    def actor(name: str) -> Actor:
        return Actor(ids.actor_id(name), name, ActorKind.PERSON)

    def claims(layer: int) -> list[Claim]:
        return [Claim(f"claim-maze-{layer}-{i}", f"maze claim {layer} {i}", QuoteKind.DIRECT) for i in range(width)]

    def articles(layer: int) -> list[Article]:
        return [Article(f"article-maze-{layer}-{i}", ids.text_sha256(f"maze {layer} {i}")) for i in range(width)]

    source, target = actor("Maze Entrance"), actor("Maze Exit")
    middle = [actor(f"Maze Speaker {i}") for i in range(width)]
    c1, c2, c3 = claims(1), claims(2), claims(3)
    a1 = articles(1)
    any_article = a1[0].id
    asserted = ([Asserted(source.id, c.id, any_article) for c in c1]
                + [Asserted(p.id, c.id, any_article) for p, c in product(middle, c2 + c3)]
                + [Asserted(target.id, c.id, any_article) for c in c3])
    reported = [ReportedIn(c.id, a.id, 0, 1, "x") for cs in (c1, c2) for c, a in product(cs, a1)]
    batch = Batch(articles=a1, actors=[source, target, *middle], claims=c1 + c2 + c3,
                  asserted=asserted, reported_in=reported)
    return batch, source.id, target.id
