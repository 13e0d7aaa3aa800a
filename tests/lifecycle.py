"""Articles that change over time, written for the lifecycle tests: one flood story in two
versions (the toll revised), and a second story that repeats one of its claims."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from claimgraph.graph.results import Subgraph
from claimgraph.graph.store import GraphStore
from claimgraph.ingest.aliases import AliasTable
from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.pipeline import IngestReport, ingest_documents
from claimgraph.ingest.readers import iter_documents

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
FLOOD_URL = "https://valley-post.example/news/ostrava-flood"
_FLOOD = ("Flood toll in Ostrava rises\n\n{toll} people were killed when the Oder burst its banks in Ostrava "
          "on Monday, the regional fire service said on Tuesday. Mayor Jana Horak said 40 homes were destroyed.")
FLOOD_V1 = _FLOOD.format(toll="Twelve")
FLOOD_V2 = _FLOOD.format(toll="Seventeen")
WIRE = ("Ostrava counts the damage\n\nMayor Jana Horak said 40 homes were destroyed. Rescue crews from "
        "Brno arrived on Wednesday, the interior ministry said.")


def flood(text: str, origin: str = "flood") -> Document:
    meta = ArticleMeta(title="Flood toll in Ostrava rises", url=FLOOD_URL, outlet="Valley Post",
                       published=dt.date(2024, 5, 7), language="en")
    return Document(text, meta, origin)


def wire() -> Document:
    meta = ArticleMeta(title="Ostrava counts the damage", url="https://wire.example/ostrava-damage",
                       outlet="Wire Example", published=dt.date(2024, 5, 8), language="en")
    return Document(WIRE, meta, "wire")


def ingest(store: GraphStore, aliases: AliasTable, *docs: Document, keep_text: bool = True) -> IngestReport:
    report = ingest_documents(store, list(docs), aliases, keep_text=keep_text)
    assert report.ok, report.failures
    return report


def samples() -> list[Document]:
    return [d for d in iter_documents([SAMPLES]) if isinstance(d, Document)]


def graph_of(store: GraphStore) -> dict[str, Any]:
    """The whole exported graph as plain data, without the wall-clock ingested_at."""
    return _plain(store.export_graph())


def _plain(graph: Subgraph) -> dict[str, Any]:
    data = graph.model_dump(mode="json")
    for node in data["nodes"]:
        node["properties"].pop("ingested_at", None)
    data["nodes"].sort(key=lambda n: n["properties"]["id"])
    data["edges"].sort(key=lambda e: (e["type"], e["source"], e["target"], sorted(e["properties"].items())))
    return data


def differences(mine: dict[str, Any], theirs: dict[str, Any], limit: int = 8) -> list[str]:
    """The first nodes and edges one graph (of :func:`graph_of`) has and the other lacks, for a failure message."""
    out = []
    for part in ("nodes", "edges"):
        a = {repr(x) for x in mine[part]}
        b = {repr(x) for x in theirs[part]}
        out += [f"- {x}" for x in sorted(b - a)][:limit] + [f"+ {x}" for x in sorted(a - b)][:limit]
    return out
