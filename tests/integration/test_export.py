"""GraphML and PROV-JSON exports of the real graph read back with their own libraries."""
from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from prov.model import ProvDocument

from claimgraph.graph.export import to_networkx, write_graphml, write_prov_json
from claimgraph.graph.neo4j_store import Neo4jStore
from tests.query_graph import Q, query_batch

pytestmark = pytest.mark.neo4j


@pytest.fixture
def exported(store: Neo4jStore):  # type: ignore[no-untyped-def]
    store.write(query_batch())
    return store.export_graph()


def test_graphml_reads_back_with_every_node_edge_and_attribute(exported) -> None:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    write_graphml(exported, buffer)
    g = nx.read_graphml(io.BytesIO(buffer.getvalue()), force_multigraph=True)
    assert (g.number_of_nodes(), g.number_of_edges()) == (len(exported.nodes), len(exported.edges))
    assert g.nodes[Q.omar]["name"] == "Omar Haddad" and g.nodes[Q.omar]["labels"] == "Actor | Person"
    assert g.nodes[Q.a1]["published"] == "2024-05-02"
    assert (g.nodes[Q.depot_raid]["label"], g.nodes[Q.depot_raid]["property_label"]) == (
        "Incident", "raid, Port Amar, 2024-05-01")
    mentions = [d for _, _, d in g.edges(Q.toll, data=True) if d["type"] == "REPORTED_IN"]
    assert sorted(d["start"] for d in mentions) == [10, 40, 120]


def test_graphml_keeps_parallel_edges_apart(exported) -> None:  # type: ignore[no-untyped-def]
    g = to_networkx(exported)
    assert g.number_of_edges(Q.toll, Q.a1) == 2


def test_prov_json_maps_speakers_claims_quotes_and_wire_copies(exported) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    write_prov_json(exported, out)
    doc = json.loads(out.getvalue())
    assert ProvDocument.deserialize(content=out.getvalue(), format="json").records
    assert doc["agent"][f"cg:{Q.omar}"]["prov:type"]["$"] == "prov:Person"
    assert doc["agent"][f"cg:{Q.ministry}"]["prov:type"]["$"] == "prov:Organization"
    assert doc["entity"][f"cg:{Q.toll}"]["prov:type"]["$"] == "cg:Claim"
    attributed = {(r["prov:entity"], r["prov:agent"]) for r in doc["wasAttributedTo"].values()}
    assert (f"cg:{Q.toll}", f"cg:{Q.omar}") in attributed
    members = {(r["prov:collection"], r["prov:entity"]) for r in doc["hadMember"].values()}
    assert (f"cg:{Q.depot_raid}", f"cg:{Q.f_toll}") in members
    quote = f"cg:{Q.toll}.in.{Q.a1}"
    assert (quote, f"cg:{Q.harbor}") in attributed
    assert doc["entity"][quote]["cg:spans"] == "40-80 120-160"
    derived = {(r["prov:generatedEntity"], r["prov:usedEntity"], str(r.get("prov:type", {}).get("$", "")))
               for r in doc["wasDerivedFrom"].values()}
    assert (quote, f"cg:{Q.toll}", "prov:Quotation") in derived
    assert (f"cg:{Q.a1}", f"cg:{Q.a1}.wire", "") in derived
    assert (f"cg:{Q.a1}.wire", f"cg:{Q.wire}") in attributed
    delegations = {(r["prov:delegate"], r["prov:responsible"]) for r in doc["actedOnBehalfOf"].values()}
    assert delegations == {(f"cg:{Q.omar}", f"cg:{Q.ministry}"), (f"cg:{Q.official}", f"cg:{Q.ministry}")}
    influences = {r["prov:type"]["$"] for r in doc["wasInfluencedBy"].values()}
    assert influences == {"cg:Contradicts", "cg:Corroborates"}
