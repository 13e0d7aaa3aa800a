"""`claimgraph ingest PATH...`: read, extract, link and write a corpus.

``-`` reads JSON Lines from standard input. Exit status: 0 every article
stored, 1 some not (each is named), 2 bad usage, 3 the store could not be
reached or set up (nothing was ingested).
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

STDIN = Path("-")
"""The path that stands for JSON Lines on standard input."""


def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or folders of articles (.txt, .json, .jsonl, .html); - for JSON Lines on standard input")],
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes")] = 1,
    chunk_size: Annotated[int, typer.Option(min=1, help="Articles per write transaction")] = 32,
) -> None:
    """Ingest articles into the graph; already stored articles are skipped."""
    import sys
    from itertools import chain

    from rich.console import Console

    from claimgraph.api.cli.progress import ingest_progress
    from claimgraph.graph.store import StoreError
    from claimgraph.ingest.aliases import load_aliases
    from claimgraph.ingest.pipeline import IngestReport, ingest_documents
    from claimgraph.ingest.readers import DEFAULT_LIMITS, count_documents, iter_documents, iter_jsonl_stream
    from claimgraph.settings import get_settings
    from claimgraph.stores import open_store

    console = Console(stderr=True)
    stream = STDIN in paths
    files = [p for p in paths if p != STDIN]
    missing = [p for p in files if not p.exists()]
    if missing:
        console.print(f"[red]error:[/red] no such file or folder: {', '.join(map(str, missing))}")
        raise typer.Exit(2)
    settings = get_settings()
    aliases = load_aliases(settings.aliases)
    with open_store(settings) as store:
        try:
            store.setup_schema()
        except StoreError as e:
            console.print(f"[red]error:[/red] nothing ingested: {e}", highlight=False)
            raise typer.Exit(3) from None
        total = None if stream else count_documents(files)
        documents = iter_documents(files)
        if stream:
            documents = chain(documents, iter_jsonl_stream(sys.stdin.buffer, "<stdin>", DEFAULT_LIMITS))
        with ingest_progress(console, total) as bar:
            task = bar.add_task("ingesting", total=total)

            def show(r: IngestReport) -> None:
                done = r.written + r.skipped + len(r.failures)
                bar.update(task, completed=done, description=f"written {r.written}  skipped {r.skipped}"
                                                               f"  failed {len(r.failures)}")

            report = ingest_documents(store, documents, aliases, chunk_size=chunk_size, workers=workers,
                                      progress=show, keep_text=settings.keep_text)
    typer.echo(f"read {report.read} articles: written {report.written}, "
               f"skipped {report.skipped} (already stored with the same text), failed {len(report.failures)}")
    typer.echo(f"wrote {report.claims} claims, {report.actors} actors, {report.figures} figures, "
               f"{report.links} contradiction/corroboration links")
    for failure in report.failures:
        console.print(f"[red]not ingested[/red] {failure.origin}: {failure.problem}", highlight=False)
    if not report.ok:
        raise typer.Exit(1)
