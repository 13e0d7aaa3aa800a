"""`claimgraph spark-ingest PATH...`: the ingest as a Spark job (needs the ``spark`` extra).

Online (default): the job writes into the configured Neo4j from every
partition. ``--bulk DIR``: it writes ``neo4j-admin database import`` files
into DIR and prints the command that loads them into a stopped server. Exit
status: 0 every article extracted and written, 1 some not (each is named),
2 bad usage, 3 the store could not be reached or holds what the job cannot
link against (nothing was written).
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def spark_ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files or folders of articles (.txt, .json, .jsonl, .html): local paths, or URIs of a store "
             "the cluster reads (hdfs://, s3a://)")],
    master: Annotated[str | None, typer.Option(
        help="Spark master (local[4], spark://host:7077, yarn); default: spark-submit's, else local[*]")] = None,
    chunk_size: Annotated[int, typer.Option(
        min=1, help="Articles per chunk, as ingest --chunk-size (links come out as that ingest's)")] = 32,
    partitions: Annotated[int | None, typer.Option(min=1, help="Partitions of the shuffles")] = None,
    bulk: Annotated[Path | None, typer.Option(
        help="Write neo4j-admin import files into this folder instead of writing online")] = None,
) -> None:
    """Ingest articles with Apache Spark: extraction on the executors, the same links as ingest."""
    import shlex

    from rich.console import Console

    from claimgraph.graph.store import StoreError
    from claimgraph.settings import get_settings

    console = Console(stderr=True)
    try:
        from claimgraph.spark.job import JobOptions, keyed_rows, session
        from claimgraph.spark.sources import is_uri
    except ModuleNotFoundError as e:
        console.print(f"[red]error:[/red] {e.name} is not installed: pip install 'claimgraph[spark]'")
        raise typer.Exit(2) from None
    missing = [p for p in paths if not is_uri(p) and not Path(p).exists()]
    if missing:
        console.print(f"[red]error:[/red] no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
    settings = get_settings()
    if bulk is None:
        from claimgraph.spark.online import check_target

        if not settings.neo4j_uri:
            console.print("[red]error:[/red] spark-ingest writes to Neo4j: set CLAIMGRAPH_NEO4J_URI (or use --bulk)")
            raise typer.Exit(2)
        try:
            check_target(settings)
        except StoreError as e:
            console.print(f"[red]error:[/red] nothing ingested: {e}", highlight=False)
            raise typer.Exit(3) from None
    spark = session(master)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        plan = keyed_rows(spark, paths, settings.aliases, JobOptions(chunk_size=chunk_size, partitions=partitions))
        if bulk is None:
            from claimgraph.spark.online import write_online

            write_online(plan, settings)
        else:
            from claimgraph.spark.bulk import import_command, write_bulk

            files = write_bulk(plan, bulk)
    finally:
        spark.stop()
    typer.echo(f"read {plan.articles + len(plan.failures)} articles: extracted {plan.articles}, "
               f"failed {len(plan.failures)}; {plan.blocks} blocks of articles linked together")
    if bulk is not None:
        typer.echo(f"wrote {len(files)} import files into {bulk}; with Neo4j stopped, load them with:")
        typer.echo("neo4j-admin " + shlex.join(import_command(files, bulk, settings.neo4j_database)))
        typer.echo("then start Neo4j and build the schema: claimgraph schema")
    for failure in plan.failures:
        console.print(f"[red]not ingested[/red] {failure.origin}: {failure.problem}", highlight=False)
    if plan.failures:
        raise typer.Exit(1)


def schema() -> None:
    """Create the store's constraints and indexes (what every ingest does first), after a bulk import."""
    from rich.console import Console

    from claimgraph.graph.store import StoreError
    from claimgraph.settings import get_settings
    from claimgraph.spark.bulk import complete_import
    from claimgraph.stores import open_store

    try:
        with open_store(get_settings()) as store:
            complete_import(store)
    except StoreError as e:
        Console(stderr=True).print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(3) from None
    typer.echo("schema ready")
