"""`claimgraph ingest PATH...`: read, extract, link and write a corpus.

Exit status: 0 every article stored, 1 some not (each is named), 2 bad usage,
3 the store could not be reached or set up (nothing was ingested).
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (.txt, .json, .jsonl, .html)")],
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes")] = 1,
    chunk_size: Annotated[int, typer.Option(min=1, help="Articles per write transaction")] = 32,
) -> None:
    """Ingest articles into the graph; already stored articles are skipped."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from claimgraph.graph.store import StoreError
    from claimgraph.ingest.aliases import load_aliases
    from claimgraph.ingest.pipeline import IngestReport, ingest_documents
    from claimgraph.ingest.readers import iter_documents
    from claimgraph.settings import get_settings
    from claimgraph.stores import open_store

    console = Console(stderr=True)
    missing = [p for p in paths if not p.exists()]
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
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=console, transient=True) as bar:
            task = bar.add_task("ingesting")

            def show(r: IngestReport) -> None:
                bar.update(task, description=f"read {r.read}  written {r.written}  skipped {r.skipped}"
                                             f"  failed {len(r.failures)}")

            report = ingest_documents(store, iter_documents(paths), aliases, chunk_size=chunk_size,
                                      workers=workers, progress=show)
    typer.echo(f"read {report.read} articles: written {report.written}, "
               f"skipped {report.skipped} (already stored with the same text), failed {len(report.failures)}")
    typer.echo(f"wrote {report.claims} claims, {report.actors} actors, {report.figures} figures, "
               f"{report.links} contradiction/corroboration links")
    for failure in report.failures:
        console.print(f"[red]not ingested[/red] {failure.origin}: {failure.problem}", highlight=False)
    if not report.ok:
        raise typer.Exit(1)
