"""The result models: edge ids, provenance chains, and the order they put lists in."""
from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.graph.results import (
    ArticleRef,
    ClaimRef,
    Edge,
    FigureRow,
    FigureValue,
    Node,
    ProvenancePath,
    Report,
    Subgraph,
    edge_id,
    make_edge,
    make_node,
    provenance_path,
)


def actor(id_: str, name: str, *labels: str) -> Node:
    return make_node(["Actor", *labels], {"id": id_, "name": name, "kind": "outlet" if "Outlet" in labels else "person"})


ARTICLE = make_node(["Article"], {"id": "article-1", "title": "T", "published": dt.date(2024, 5, 2)})
CLAIM = make_node(["Claim"], {"id": "claim-1", "text": "x", "quote": "direct"})
PAPER = actor("actor-paper", "Paper", "Outlet")
WIRE = actor("actor-wire", "Wire", "Outlet")
SPEAKER = actor("actor-s", "Speaker", "Person")
ORG = make_node(["Actor", "Organization"], {"id": "actor-org", "name": "Org", "kind": "organization"})


def test_edge_ids_keep_repeated_mentions_and_metrics_apart() -> None:
    assert edge_id("REPORTED_IN", "c", "a", {"start": 40}) == "REPORTED_IN:c>a:40"
    assert edge_id("CONTRADICTS", "c1", "c2", {"metric": "killed"}) == "CONTRADICTS:c1>c2:killed"
    assert edge_id("ASSERTED", "s", "c", {"cue": "said"}) == "ASSERTED:s>c"


def test_a_node_drops_none_and_derived_properties_and_sorts_labels() -> None:
    node = make_node(["Person", "Actor"], {"id": "a", "name": "N", "role": None, "search_names": "N"})
    assert (node.labels, node.properties, node.caption) == (["Actor", "Person"], {"id": "a", "name": "N"}, "N")


def _path(**kw: tuple[Node, Edge] | Node) -> ProvenancePath:
    """The path of these elements, each handed over as its fields, as the stores hand them."""
    mentions = [make_edge("REPORTED_IN", "claim-1", "article-1", {"start": s, "end": s + 5}) for s in (120, 40)]
    speaker = kw.pop("speaker", SPEAKER)
    assert isinstance(speaker, Node)
    pairs = {k: (n.model_dump(), e.model_dump()) for k, v in kw.items() if isinstance(v, tuple) for n, e in [v]}
    return ProvenancePath.model_validate(provenance_path(
        article=ARTICLE.model_dump(), claim=CLAIM.model_dump(), speaker=speaker.model_dump(),
        asserted=make_edge("ASSERTED", "actor-s", "claim-1", {}).model_dump(),
        reported_in=[m.model_dump() for m in mentions], **pairs))


def test_chain_reads_outlet_agency_speaker_organization() -> None:
    path = _path(publisher=(PAPER, make_edge("PUBLISHED_BY", "article-1", "actor-paper", {})),
                 agency=(WIRE, make_edge("SYNDICATED_FROM", "article-1", "actor-wire", {})),
                 organization=(ORG, make_edge("SPEAKS_FOR", "actor-s", "actor-org", {})))
    assert [a.name for a in path.chain] == ["Paper", "Wire", "Speaker", "Org"]
    assert [n.id for n in path.nodes] == ["actor-paper", "actor-wire", "article-1", "claim-1", "actor-s", "actor-org"]
    assert [e.type.value for e in path.edges] == ["PUBLISHED_BY", "SYNDICATED_FROM", "REPORTED_IN", "REPORTED_IN",
                                                  "ASSERTED", "SPEAKS_FOR"]
    assert [m.start for m in path.mentions] == [40, 120]


def test_a_claim_in_the_agencys_own_voice_does_not_repeat_the_agency() -> None:
    path = _path(speaker=WIRE, publisher=(PAPER, make_edge("PUBLISHED_BY", "article-1", "actor-paper", {})),
                 agency=(WIRE, make_edge("SYNDICATED_FROM", "article-1", "actor-wire", {})))
    assert [a.name for a in path.chain] == ["Paper", "Wire"]


def test_subgraph_orders_by_label_then_id_and_keeps_each_once() -> None:
    edge = make_edge("ASSERTED", "actor-s", "claim-1", {})
    sub = Subgraph(nodes=[CLAIM, SPEAKER, ARTICLE, SPEAKER, PAPER], edges=[edge, edge])
    assert [n.id for n in sub.nodes] == ["article-1", "actor-paper", "actor-s", "claim-1"]
    assert len(sub.edges) == 1


@pytest.mark.parametrize("published", [None, dt.date(2024, 1, 1)])
def test_reports_put_undated_articles_last(published: dt.date | None) -> None:
    reports = [Report(article=ArticleRef(id="article-b", published=published), publishers=[], agencies=[]),
               Report(article=ArticleRef(id="article-a", published=dt.date(2024, 6, 1)), publishers=[], agencies=[])]
    row = FigureRow(figure=FigureValue(id="f", metric="killed", raw="two", qualifier="exact"),
                    claim=ClaimRef(id="c", text="t", quote="direct"), stated_by=[], on_behalf_of=[], stated_on=None,
                    reported_in=reports, contradicts=[], corroborates=[], relations=[])
    expected = ["article-a", "article-b"] if published is None else ["article-b", "article-a"]
    assert [r.article.id for r in row.reported_in] == expected
