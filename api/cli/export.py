"""`claimgraph export`: the whole graph as GraphML or W3C PROV-JSON."""
from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class ExportFormat(StrEnum):
    GRAPHML = "graphml"
    PROV_JSON = "prov-json"


def export(
    format_: Annotated[ExportFormat, typer.Option("--format", help="graphml (Gephi, yEd) or prov-json (W3C PROV)")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: standard output)")]
    = None,
) -> None:
    """Export every node and relationship of the graph."""
    from claimgraph.api.cli.queries import query_store
    from claimgraph.graph.export import write_graphml, write_prov_json

    with query_store() as store:
        graph = store.export_graph()
    if format_ is ExportFormat.GRAPHML:
        if output is None:
            write_graphml(graph, sys.stdout.buffer)
        else:
            write_graphml(graph, output)
    elif output is None:
        write_prov_json(graph, sys.stdout)
    else:
        with output.open("w", encoding="utf-8") as f:
            write_prov_json(graph, f)
    if output is not None:
        typer.echo(f"wrote {len(graph.nodes)} nodes and {len(graph.edges)} relationships to {output}", err=True)
