"""Query commands: who-said, provenance, figures, contradictions, corroborations, incidents, incident, path.

Each prints a readable table, or with ``--json`` the result model as JSON for
scripts. Exit status: 0 answered, 1 nothing matched, 3 the store failed or is
unavailable (Typer's own 2 for bad usage). Heavy imports wait inside the
commands, so ``claimgraph`` starts fast for the commands that do not query.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

from claimgraph.graph.model import Channel, ClaimLinkKind, Metric

if TYPE_CHECKING:
    from pydantic import BaseModel
    from rich.table import Table

    from claimgraph.graph.store import GraphStore
    from claimgraph.graph.voice import VoiceScope

NOTHING = 1
FAILED = 3

JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON")]
DateOption = Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="YYYY-MM-DD, inclusive")]
LimitOption = Annotated[int, typer.Option(min=1, max=500, help="Rows per page")]
OffsetOption = Annotated[int, typer.Option(min=0, help="Rows to skip")]
HistoryOption = Annotated[bool, typer.Option(
    "--history", help="Also the claims only replaced (older) article versions report; by default only the "
                      "latest versions count")]


def _fail(message: str, status: int) -> typer.Exit:
    typer.secho(message, err=True, fg=typer.colors.RED if status != NOTHING else None)
    return typer.Exit(status)


def _voice_scope(own: bool, by: str | None, *, needs_by: bool = True) -> VoiceScope:
    """--own as a VoiceScope; with --by commands, --own alone is a usage error."""
    from claimgraph.graph.voice import VoiceScope

    if own and needs_by and by is None:
        raise _fail("--own needs --by ACTOR", 2)
    return VoiceScope.OWN if own else VoiceScope.ALL


@contextmanager
def query_store() -> Iterator[GraphStore]:
    """The configured store, its failures turned into a message and an exit status."""
    import logging

    from claimgraph.graph.store import NotFound, StoreError, StoreUnavailable
    from claimgraph.settings import get_settings
    from claimgraph.stores import open_store

    # an empty graph makes Neo4j warn about each relationship type it has not seen yet
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    try:
        with open_store(get_settings(), max_retry_time=5.0) as store:
            yield store
    except NotFound as e:
        raise _fail(f"not found: {e}", NOTHING) from None
    except StoreUnavailable as e:
        raise _fail(f"the graph store is unavailable: {e}", FAILED) from None
    except StoreError as e:
        raise _fail(f"error: {e}", FAILED) from None


def _show(model: BaseModel, as_json: bool, table: Table | None) -> None:
    if as_json or table is None:
        typer.echo(model.model_dump_json(indent=2, exclude_none=True))
        return
    from rich.console import Console

    Console(highlight=False).print(table)


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


def resolve_actor(store: GraphStore, ref: str, *, with_voices: bool = False) -> str:
    """An actor id as given, else the best match of a name search (the others
    noted on stderr). ``with_voices``: the answer holds the claims of those who
    speak for or belong to the actor, so a match that is one of them (the "PMF
    source" beside the PMF) is part of it, not an alternative to note."""
    from claimgraph.graph.store import NotFound

    try:
        # Only the id is used: history reads the counts as degrees, the cheapest.
        return store.actor_profile(ref, history=True).id
    except NotFound:
        pass
    hits = store.search_actors(ref, limit=6).items
    if not hits:
        raise _fail(f"no actor matches {ref!r}", NOTHING)
    chosen, others = hits[0], hits[1:]
    if with_voices and others:
        members = {m.actor.id for m in store.actor_profile(chosen.id, history=True).members}
        others = [h for h in others if h.id not in members]
    if others:
        listed = ", ".join(f"{h.name} ({h.id})" for h in others)
        typer.echo(f"{ref!r}: using {chosen.name} ({chosen.id}); also matching: {listed}", err=True)
    return chosen.id


def resolve_claim(store: GraphStore, ref: str) -> str:
    """A claim id as given, else the first claim whose text holds every word."""
    from claimgraph.graph.store import NotFound

    try:
        return store.claim_provenance(ref).claim.id
    except NotFound:
        pass
    hits = store.search_claims(ref, limit=1, history=True)
    if not hits.items:
        raise _fail(f"no claim matches {ref!r}", NOTHING)
    if hits.total > 1:
        typer.echo(f"{ref!r} matches {hits.total} claims; showing {hits.items[0].id}", err=True)
    return hits.items[0].id


def who_said(
    actor: Annotated[str, typer.Argument(help="An actor id, or a name or alias to search for")],
    since: DateOption = None,
    until: DateOption = None,
    channel: Annotated[Channel | None, typer.Option(help="Only claims made through this channel")] = None,
    own: Annotated[bool, typer.Option("--own", help="Only the actor's own claims, not those of the actors "
                                                    "that speak for or belong to it")] = False,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    history: HistoryOption = False,
    as_json: JsonOption = False,
) -> None:
    """What an actor asserted, with what its spokespeople, members and sources said
    (through whom): date, claim, cue, channel, and where it was reported."""
    scope = _voice_scope(own, None, needs_by=False)
    with query_store() as store:
        page = store.claims_by_actor(resolve_actor(store, actor, with_voices=not own), since=_day(since),
                                     until=_day(until), channel=channel, scope=scope, limit=limit, offset=offset,
                                     history=history)
    from claimgraph.api.cli.tables import claims_table

    _show(page, as_json, None if as_json else claims_table(page))


def provenance(
    claim: Annotated[str, typer.Argument(help="A claim id, or words of its text")],
    as_json: JsonOption = False,
) -> None:
    """Every path by which a claim reached the reader: outlet, agency, speaker, organization."""
    with query_store() as store:
        result = store.claim_provenance(resolve_claim(store, claim))
    from claimgraph.api.cli.tables import provenance_table

    _show(result, as_json, None if as_json else provenance_table(result))


def figures(
    metric: Annotated[Metric, typer.Option(help="What is counted")],
    place: Annotated[str | None, typer.Option(help="A place name or Place id")] = None,
    since: DateOption = None,
    until: DateOption = None,
    by: Annotated[str | None, typer.Option(help="Only the figures this actor (an id or a name) stated, with "
                                                 "those of the actors that speak for or belong to it")] = None,
    own: Annotated[bool, typer.Option("--own", help="With --by: only the actor's own figures")] = False,
    limit: LimitOption = 100,
    offset: OffsetOption = 0,
    history: HistoryOption = False,
    as_json: JsonOption = False,
) -> None:
    """Every figure for a metric side by side: who stated it, who carried it, what it conflicts with."""
    scope = _voice_scope(own, by)
    with query_store() as store:
        actor = resolve_actor(store, by, with_voices=not own) if by is not None else None
        table = store.figures(metric, place=place, since=_day(since), until=_day(until), by=actor, scope=scope,
                              limit=limit, offset=offset, history=history)
    from claimgraph.api.cli.tables import figures_table

    _show(table, as_json, None if as_json else figures_table(table))


def _pairs(kind: ClaimLinkKind, metric: Metric | None, limit: int, offset: int, history: bool,
           as_json: bool) -> None:
    with query_store() as store:
        pairs = store.claim_pairs(kind, metric=metric, limit=limit, offset=offset, history=history)
    from claimgraph.api.cli.tables import pairs_table

    _show(pairs, as_json, None if as_json else pairs_table(kind, pairs))


def contradictions(
    metric: Annotated[Metric | None, typer.Option(help="Only this metric")] = None,
    limit: LimitOption = 100,
    offset: OffsetOption = 0,
    history: HistoryOption = False,
    as_json: JsonOption = False,
) -> None:
    """Claims that contradict each other: both sides and the reason."""
    _pairs(ClaimLinkKind.CONTRADICTS, metric, limit, offset, history, as_json)


def corroborations(
    metric: Annotated[Metric | None, typer.Option(help="Only this metric")] = None,
    limit: LimitOption = 100,
    offset: OffsetOption = 0,
    history: HistoryOption = False,
    as_json: JsonOption = False,
) -> None:
    """Claims from independent sources that agree, and why."""
    _pairs(ClaimLinkKind.CORROBORATES, metric, limit, offset, history, as_json)


def path(
    source: Annotated[str, typer.Argument(metavar="FROM", help="An actor id or name")],
    target: Annotated[str, typer.Argument(metavar="TO", help="An actor id or name")],
    history: HistoryOption = False,
    as_json: JsonOption = False,
) -> None:
    """The shortest attribution path between two actors or outlets."""
    with query_store() as store:
        result = store.shortest_path(resolve_actor(store, source), resolve_actor(store, target), history=history)
    from claimgraph.api.cli.tables import bounded_ends, path_table

    if not result.found and not as_json:
        raise _fail(f"no attribution path from {result.source.name} to {result.target.name} "
                    f"within {result.max_hops} steps through no actor of more than {result.max_degree} links"
                    f"{bounded_ends(result)}", NOTHING)
    _show(result, as_json, None if as_json else path_table(result))


def incidents(
    q: Annotated[str | None, typer.Argument(help="Words of the label, a claim or a speaker's name")] = None,
    place: Annotated[str | None, typer.Option(help="Part of the incident's place")] = None,
    kind: Annotated[str | None, typer.Option(help="strike, attack, bombing, shooting, crash, ...")] = None,
    since: DateOption = None,
    until: DateOption = None,
    metric: Annotated[Metric | None, typer.Option(help="Only incidents with a figure of this metric")] = None,
    conflict: Annotated[bool | None, typer.Option("--conflict/--no-conflict",
                                                  help="Only incidents whose sources conflict (or do not)")] = None,
    by: Annotated[str | None, typer.Option(help="Only incidents this actor (an id or a name), or those who "
                                                 "speak for or belong to it, gave figures for")] = None,
    own: Annotated[bool, typer.Option("--own", help="With --by: only the actor's own figures count")] = False,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    history: HistoryOption = False,
    as_json: JsonOption = False,
) -> None:
    """Incidents newest first: place, date, sources, the spread of the latest figures, conflicts."""
    scope = _voice_scope(own, by)
    with query_store() as store:
        actor = resolve_actor(store, by, with_voices=not own) if by is not None else None
        try:
            page = store.incidents(q=q, place=place, kind=kind, since=_day(since), until=_day(until), metric=metric,
                                   has_conflict=conflict, by=actor,
                                   scope=scope, limit=limit, offset=offset, history=history)
        except ValueError as e:
            raise _fail(str(e), 2) from None
    if not page.items and not as_json:
        raise _fail(f"no incidents match (of {page.total})", NOTHING)
    from claimgraph.api.cli.tables import incidents_table

    _show(page, as_json, None if as_json else incidents_table(page))


def incident(
    ref: Annotated[str, typer.Argument(metavar="ID|TEXT", help="An incident id, or words to find one")],
    history: HistoryOption = False,
    as_json: JsonOption = False,
) -> None:
    """One incident: every source's figures per metric, revisions, latest, spread and conflicts."""
    from claimgraph.graph.store import NotFound

    with query_store() as store:
        try:
            result = store.incident(ref, history=history)
        except NotFound:
            hits = store.incidents(q=ref, limit=1, history=history)
            if not hits.items:
                raise _fail(f"no incident matches {ref!r}", NOTHING) from None
            if hits.total > 1:
                typer.echo(f"{ref!r} matches {hits.total} incidents; showing {hits.items[0].id}", err=True)
            result = store.incident(hits.items[0].id, history=history)
    from claimgraph.api.cli.tables import incident_tables

    if as_json:
        _show(result, True, None)
        return
    from rich.console import Console

    console = Console(highlight=False)
    for table in incident_tables(result):
        console.print(table)
