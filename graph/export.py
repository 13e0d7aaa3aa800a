"""The graph out to other tools: GraphML (networkx; Gephi, yEd, Cytoscape) and W3C PROV-JSON.

Both take the :class:`~claimgraph.graph.results.Subgraph` that
``GraphStore.export_graph()`` returns, so either store exports alike.

PROV mapping (namespace ``cg:`` = ``urn:claimgraph:``): actors are agents
(``prov:Person`` for people, ``prov:Organization`` otherwise); articles,
claims and figures are entities. A speaker's claim ``wasAttributedTo`` the
speaker. Each article carrying a claim holds a quote of it: an entity that
``wasQuotedFrom`` the claim and ``wasAttributedTo`` the article's publisher
(the claim quoted from the speaker by the outlet). An article
``wasAttributedTo`` its publisher; a syndicated article ``wasDerivedFrom``
the agency's wire copy, an entity attributed to the agency. SPEAKS_FOR and
MEMBER_OF are ``actedOnBehalfOf``; a figure ``wasDerivedFrom`` its claim;
CONTRADICTS and CORROBORATES are ``wasInfluencedBy`` typed ``cg:Contradicts``
or ``cg:Corroborates`` with their metric and reason. Places, events and ABOUT
have no PROV counterpart and stay out.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

import networkx as nx
from prov.constants import PROV, XSD_DATE, XSD_DATETIME
from prov.model import Literal, Namespace, ProvDocument

from claimgraph.graph.results import Edge, Node, NodeLabel, RelType, Subgraph

CG = Namespace("cg", "urn:claimgraph:")
LIST_SEPARATOR = " | "


# --- GraphML -----------------------------------------------------------------

def _graphml_value(value: Any) -> str | int | float | bool:
    """GraphML holds scalars only: lists are joined, dates written as ISO text."""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(_graphml_value(v)) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


_NODE_ATTRIBUTES = frozenset(("label", "labels", "caption"))


def to_networkx(graph: Subgraph) -> nx.MultiDiGraph:
    """Nodes keyed by id with label, labels, caption and properties; edges keyed by edge id.
    A property named like one of those three (an Incident's ``label``) is written as
    ``property_<name>``."""
    g = nx.MultiDiGraph()
    for node in graph.nodes:
        # Sorted, so the same graph writes the same file from either store.
        attrs = {(f"property_{k}" if k in _NODE_ATTRIBUTES else k): _graphml_value(v)
                 for k, v in sorted(node.properties.items()) if k != "id"}
        g.add_node(node.id, label=node.label.value, labels=LIST_SEPARATOR.join(node.labels),
                   caption=node.caption, **attrs)
    for edge in graph.edges:
        attrs = {k: _graphml_value(v) for k, v in sorted(edge.properties.items())}
        g.add_edge(edge.source, edge.target, key=edge.id, type=edge.type.value, **attrs)
    return g


def write_graphml(graph: Subgraph, out: str | Path | IO[bytes]) -> None:
    nx.write_graphml(to_networkx(graph), out, infer_numeric_types=True)


# --- PROV --------------------------------------------------------------------

def _prov_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return Literal(value.isoformat(), XSD_DATETIME)
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), XSD_DATE)
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value


def _attributes(props: dict[str, Any], skip: frozenset[str] = frozenset({"id"})) -> dict[Any, Any]:
    return {CG[k]: _prov_value(v) for k, v in sorted(props.items()) if k not in skip and v is not None}


def _agent_type(node: Node) -> Any:
    return PROV["Person"] if "Person" in node.labels else PROV["Organization"]


class _ProvBuilder:
    def __init__(self, graph: Subgraph) -> None:
        self.doc = ProvDocument()
        self.doc.add_namespace(CG)
        self.graph = graph
        # An agent or an entity by its node's label; prov's signatures name one class per role.
        self.records: dict[str, Any] = {}
        self.by_type: dict[RelType, list[Edge]] = defaultdict(list)
        for edge in graph.edges:
            self.by_type[edge.type].append(edge)

    def build(self) -> ProvDocument:
        self._nodes()
        self._articles()
        self._claims()
        for edge in self.by_type[RelType.SPEAKS_FOR] + self.by_type[RelType.MEMBER_OF]:
            self.doc.actedOnBehalfOf(self.records[edge.source], self.records[edge.target],
                                     other_attributes={CG["relation"]: edge.type.value, **_attributes(edge.properties)})
        for edge in self.by_type[RelType.STATES]:
            self.doc.wasDerivedFrom(self.records[edge.target], self.records[edge.source],
                                    other_attributes=_attributes(edge.properties))
        for edge in self.by_type[RelType.REVISES]:
            self.doc.wasRevisionOf(self.records[edge.source], self.records[edge.target],
                                   other_attributes=_attributes(edge.properties))
        for edge in self.by_type[RelType.COUNTS]:
            self.doc.hadMember(self.records[edge.target], self.records[edge.source])
        for kind, name in ((RelType.CONTRADICTS, "Contradicts"), (RelType.CORROBORATES, "Corroborates")):
            for edge in self.by_type[kind]:
                self.doc.influence(self.records[edge.source], self.records[edge.target],
                                   other_attributes={PROV["type"]: CG[name], **_attributes(edge.properties)})
        return self.doc

    def _nodes(self) -> None:
        for node in self.graph.nodes:
            attrs = {CG["caption"]: node.caption, **_attributes(node.properties)}
            if node.label is NodeLabel.ACTOR:
                self.records[node.id] = self.doc.agent(CG[node.id], {PROV["type"]: _agent_type(node), **attrs})
            elif node.label in (NodeLabel.ARTICLE, NodeLabel.CLAIM, NodeLabel.FIGURE):
                self.records[node.id] = self.doc.entity(CG[node.id], {PROV["type"]: CG[node.label.value], **attrs})
            elif node.label is NodeLabel.INCIDENT:
                # An incident is the collection of the figures that count it (hadMember).
                self.records[node.id] = self.doc.collection(CG[node.id], {CG["kind"]: CG[node.label.value], **attrs})

    def _articles(self) -> None:
        for edge in self.by_type[RelType.PUBLISHED_BY]:
            self.doc.wasAttributedTo(self.records[edge.source], self.records[edge.target],
                                     other_attributes={CG["relation"]: "PUBLISHED_BY"})
        for edge in self.by_type[RelType.SYNDICATED_FROM]:
            copy = self.doc.entity(CG[f"{edge.source}.wire"], {PROV["type"]: CG["WireCopy"]})
            self.doc.wasAttributedTo(copy, self.records[edge.target],
                                     other_attributes={CG["relation"]: "SYNDICATED_FROM"})
            self.doc.wasDerivedFrom(self.records[edge.source], copy)

    def _claims(self) -> None:
        for edge in self.by_type[RelType.ASSERTED]:
            self.doc.wasAttributedTo(self.records[edge.target], self.records[edge.source],
                                     other_attributes=_attributes(edge.properties))
        publishers: dict[str, list[str]] = defaultdict(list)
        for edge in self.by_type[RelType.PUBLISHED_BY]:
            publishers[edge.source].append(edge.target)
        spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for edge in self.by_type[RelType.REPORTED_IN]:
            spans[(edge.source, edge.target)].append((edge.properties["start"], edge.properties["end"]))
        for (claim_id, article_id), where in sorted(spans.items()):
            quote = self.doc.entity(CG[f"{claim_id}.in.{article_id}"], {
                PROV["type"]: CG["Quote"], CG["article"]: CG[article_id],
                CG["spans"]: " ".join(f"{start}-{end}" for start, end in sorted(where))})
            self.doc.wasQuotedFrom(quote, self.records[claim_id])
            for outlet_id in publishers[article_id]:
                self.doc.wasAttributedTo(quote, self.records[outlet_id])


def to_prov(graph: Subgraph) -> ProvDocument:
    return _ProvBuilder(graph).build()


def write_prov_json(graph: Subgraph, out: IO[str]) -> None:
    text = to_prov(graph).serialize(format="json", indent=2)
    assert text is not None  # no destination given: serialize returns the text
    out.write(text)
    out.write("\n")
