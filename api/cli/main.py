"""The ``claimgraph`` command line.

Commands import what they need inside their function: ``claimgraph extract``
runs once per article under the PolNeAR scorer, so start-up stays small.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Provenance graph of news claims.", no_args_is_help=True, add_completion=False)


@app.callback()
def main() -> None:
    """Provenance graph of news claims: who asserted what, through which channel, carried by whom."""


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="An article file (.txt with optional .meta.json, .json, .jsonl, .html)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the extraction as JSON")] = False,
    aliases: Annotated[list[Path] | None, typer.Option(
        "--aliases", help="Extra alias file(s), after the packaged one")] = None,
) -> None:
    """Extract attributions, actors, claims and figures from one article (nothing is stored)."""
    import json
    import sys

    from claimgraph.ingest.aliases import AliasFileError, load_aliases
    from claimgraph.ingest.extract import extract as extract_document
    from claimgraph.ingest.extract import extraction_to_json
    from claimgraph.ingest.readers import ReadError, read_path

    try:
        documents = read_path(file)
        table = load_aliases(aliases or [])
    except (ReadError, AliasFileError, OSError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from None
    extractions = [extract_document(doc, table) for doc in documents]
    if as_json:
        payload = [extraction_to_json(x) for x in extractions]
        json.dump(payload[0] if len(payload) == 1 else payload, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    from claimgraph.ingest.extract import extraction_summary

    for x in extractions:
        typer.echo(extraction_summary(x))



from claimgraph.api.cli.ingest import ingest  # noqa: E402 - commands live in their own modules

app.command("ingest")(ingest)

from claimgraph.api.cli.spark import schema, spark_ingest  # noqa: E402

app.command("spark-ingest")(spark_ingest)
app.command("schema")(schema)

from claimgraph.api.cli.export import export  # noqa: E402
from claimgraph.api.cli.queries import (  # noqa: E402
    contradictions,
    corroborations,
    figures,
    incident,
    incidents,
    path,
    provenance,
    who_said,
)
from claimgraph.api.cli.serve import serve  # noqa: E402

app.command("who-said")(who_said)
app.command("provenance")(provenance)
app.command("figures")(figures)
app.command("contradictions")(contradictions)
app.command("corroborations")(corroborations)
app.command("incidents")(incidents)
app.command("incident")(incident)
app.command("path")(path)
app.command("export")(export)
app.command("serve")(serve)

from claimgraph.api.cli.lifecycle import clocks, history, reextract, remove, status  # noqa: E402

app.command("history")(history)
app.command("clocks")(clocks)
app.command("remove")(remove)
app.command("reextract")(reextract)
app.command("status")(status)

if __name__ == "__main__":
    # `python -m claimgraph.api.cli.main`: the command under the interpreter that runs it (tests, benchmarks).
    app(prog_name="claimgraph")
