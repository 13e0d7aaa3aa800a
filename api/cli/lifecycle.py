"""The graph over time: history, clocks, remove, reextract, status.

``history`` and ``clocks`` answer as the query commands do (a table, or
``--json``). ``remove`` and ``reextract`` write; ``status`` counts. Exit
status: 0 done, 1 nothing matched or some article could not be read again
(each named), 2 bad usage, 3 the store failed or is unavailable.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimgraph.api.cli.queries import NOTHING, JsonOption, _fail, _show, query_store, resolve_claim

if TYPE_CHECKING:
    from rich.table import Table

    from claimgraph.graph.history import ArticleHistory, ClaimClocks
    from claimgraph.graph.store import GraphStore


def _history_table(history: ArticleHistory) -> Table:
    from rich.table import Table

    table = Table(title=f"article {history.key}: {len(history.versions)} version(s)")
    for column in ("version", "id", "published", "stored", "extractor", "claims", "added", "dropped"):
        table.add_column(column)
    for v in history.versions:
        table.add_row(f"{v.version}{' (latest)' if v.latest else ''}", v.id, str(v.published or ""),
                      v.ingested_at.isoformat(timespec="seconds") if v.ingested_at else "", v.extractor or "unknown",
                      str(v.claims), str(len(v.added)), str(len(v.dropped)))
    return table


def _clocks_table(clocks: ClaimClocks) -> Table:
    from rich.table import Table

    table = Table(title=f"{clocks.claim}: {clocks.text}")
    for column in ("clock", "when", "where"):
        table.add_column(column)
    for i in clocks.happened:
        window = f"{i.window_start or '?'} .. {i.window_end or '?'}"
        table.add_row("happened", str(i.date) if i.date else window, f"{i.label or ''} ({i.incident})")
    for p in clocks.published:
        where = f"{p.article} (version {p.version}{', latest' if p.latest else ', replaced'})"
        table.add_row("published", str(p.published or "undated"), where)
        table.add_row("stored", p.ingested_at.isoformat(timespec="seconds") if p.ingested_at else "", where)
    return table


def history(
    article: Annotated[str, typer.Argument(help="The id of any version of the article, or its URL")],
    as_json: JsonOption = False,
) -> None:
    """Every version of an article: published, stored, the rules that read it, claims added and dropped."""
    with query_store() as store:
        result = store.article_history(article)
    _show(result, as_json, None if as_json else _history_table(result))


def clocks(
    claim: Annotated[str, typer.Argument(help="A claim id, or words of its text")],
    as_json: JsonOption = False,
) -> None:
    """A claim's three clocks: when the event happened, when the claim was published, when it was stored."""
    with query_store() as store:
        result = store.claim_clocks(resolve_claim(store, claim))
    _show(result, as_json, None if as_json else _clocks_table(result))


def remove(
    article: Annotated[str, typer.Argument(help="The id of any version of the article, or its URL")],
) -> None:
    """Remove an article (every version) and all that only it carries; what other articles carry stays,
    and the other articles that shared a claim with it are read again."""
    from claimgraph.ingest.aliases import load_aliases
    from claimgraph.ingest.reextract import remove as remove_article
    from claimgraph.settings import get_settings

    aliases = load_aliases(get_settings().aliases)
    with query_store() as store:
        dropped, reread = remove_article(store, article, aliases)
    typer.echo(f"removed article {dropped.key}: {dropped.articles} version(s), {dropped.claims} claims, "
               f"{dropped.figures} figures, {dropped.actors} actors, {dropped.incidents} incidents, "
               f"{dropped.places} places, {dropped.events} events; read again {reread.done} of "
               f"{len(dropped.reread)} version(s) of other articles that shared a claim with it")
    for missing in reread.missing:
        typer.echo(f"not read again {missing.article_id}: {missing.problem} "
                   "(reextract --outdated reads it once it can)", err=True)


def _chosen(store: GraphStore, articles: list[str], every: bool, older: str | None, stale: bool,
            current: str) -> list[str]:
    from claimgraph.ingest.reextract import older_than, outdated

    if sum((bool(articles), every, older is not None, stale)) != 1:
        raise _fail("give one of: ARTICLE..., --all, --older-than VERSION, --outdated", 2)
    if articles:
        return [v for ref in articles for v in store.find_article(ref).versions]
    stamps = store.article_stamps()
    if every:
        return [s.id for s in stamps]
    if stale:
        return outdated(stamps, current)
    assert older is not None
    try:
        return older_than(stamps, older)
    except ValueError as e:
        raise _fail(f"--older-than: {e}", 2) from None


def reextract(
    articles: Annotated[list[str] | None, typer.Argument(
        help="Ids (of any version) or URLs of the articles to read again")] = None,
    every: Annotated[bool, typer.Option("--all", help="Read every stored article again")] = False,
    older: Annotated[str | None, typer.Option(
        "--older-than", help="Read again what an extractor of an earlier release read (e.g. 0.2.0)")] = None,
    stale: Annotated[bool, typer.Option(
        "--outdated", help="Read again what any other extractor than the current one read")] = False,
    aliases: Annotated[list[Path] | None, typer.Option(
        "--aliases", help="Extra alias file(s), after the configured ones")] = None,
) -> None:
    """Read stored articles again with the current rules, replacing each one's reading in one transaction."""
    from rich.console import Console

    from claimgraph.ingest.aliases import AliasFileError, load_aliases
    from claimgraph.ingest.extractor import extractor_version
    from claimgraph.ingest.reextract import ReextractReport, needed_sources
    from claimgraph.ingest.reextract import reextract as read_again
    from claimgraph.settings import get_settings

    console = Console(stderr=True)
    try:
        table = load_aliases([*get_settings().aliases, *(aliases or [])])
    except (AliasFileError, OSError) as e:
        raise _fail(f"error: {e}", 2) from None
    current = extractor_version(table)
    with query_store() as store:
        store.setup_schema()
        chosen = _chosen(store, articles or [], every, older, stale, current)
        sources = needed_sources(store, chosen)
        if sources:
            console.print(f"{len(sources)} source file(s) needed (the graph did not keep these texts): "
                          + ", ".join(sources), highlight=False)
        with console.status(f"reading {len(chosen)} article version(s) again") as status:
            def show(r: ReextractReport) -> None:
                status.update(f"read again {r.done} of {r.chosen}")

            report = read_again(store, chosen, table, progress=show)
    typer.echo(f"read {report.done} of {report.chosen} article version(s) again with extractor {current}: "
               f"{report.claims} claims, {report.figures} figures")
    for missing in report.missing:
        console.print(f"[red]not read again[/red] {missing.article_id}: {missing.problem}", highlight=False)
    if not report.ok:
        raise typer.Exit(NOTHING)


def status(as_json: JsonOption = False) -> None:
    """The store, its node and relationship counts, and how many articles each extractor version read."""
    import json

    from claimgraph.ingest.aliases import load_aliases
    from claimgraph.ingest.extractor import extractor_version
    from claimgraph.settings import get_settings

    current = extractor_version(load_aliases(get_settings().aliases))
    with query_store() as store:
        counts = store.counts()
        extractors = store.extractor_counts()
        where = repr(store)
    if as_json:
        typer.echo(json.dumps({"store": where, "current_extractor": current, "extractors": extractors,
                               "nodes": counts.nodes, "relationships": counts.relationships}, indent=2))
        return
    typer.echo(f"store: {where}")
    typer.echo(f"nodes: {sum(counts.nodes.values())}, relationships: {sum(counts.relationships.values())}")
    typer.echo(f"current extractor: {current}")
    for version, n in extractors.items():
        typer.echo(f"  {n} article version(s) read by {version}{' (current)' if version == current else ''}")
