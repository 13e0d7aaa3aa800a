"""Query results as rich tables for the terminal."""
from __future__ import annotations

from rich.table import Table

from claimgraph.graph.model import ClaimLinkKind
from claimgraph.graph.results import (
    ActorRef,
    AttributionPath,
    ClaimPairs,
    ClaimsByActor,
    FigureTable,
    FigureValue,
    IncidentDetail,
    IncidentPage,
    LinkedClaim,
    LinkSide,
    Provenance,
)
from claimgraph.graph.voice import VoiceScope


def _who(actors: list[ActorRef]) -> str:
    return ", ".join(a.name + (" (anonymous)" if a.anonymous else "") for a in actors) or "-"


def amount(f: FigureValue) -> str:
    """A figure's value, or the range its words allow."""
    if f.value is not None:
        return f"{f.value:g}"
    low = f"{f.low:g}" if f.low is not None else ""
    high = f"{f.high:g}" if f.high is not None else ""
    if low and high:
        return f"{low}-{high}"
    return f">= {low}" if low else f"<= {high}" if high else "?"


def _count(number: int, capped: bool) -> str:
    """A count as a reader should take it: a capped one is the cap, and more were not counted."""
    return f"more than {number}" if capped else str(number)


def claims_table(page: ClaimsByActor) -> Table:
    """An actor's claims; when others spoke for it, through whom (a column) and how many (the title)."""
    total = _count(page.total, page.total_capped)
    shown = f"claims {page.offset + 1}-{page.offset + len(page.items)} of {total}" if page.items else (
        f"no claims (of {total})")
    voiced = page.through_others > 0
    if voiced:
        shown += (f" ({_count(page.own, page.own_capped)} its own, "
                  f"{_count(page.through_others, page.through_others_capped)} through those who speak for or "
                  f"belong to it, followed {page.depth} steps)")
    t = Table(title=f"{page.actor.name}: {shown}", title_justify="left", show_lines=True)
    for col in ("date", "claim", *(["through"] if voiced else []), "cue", "channel", "reported in"):
        t.add_column(col, overflow="fold")
    for c in page.items:
        where = "\n".join(f"{m.article.title or m.article.id} [{m.start}:{m.end}]" for m in c.mentions)
        through = [c.via or "itself"] if voiced else []
        t.add_row(str(c.date or "-"), c.text, *through, c.cue or "-", c.channel or "-", where or "-")
    return t


def provenance_table(p: Provenance) -> Table:
    t = Table(title=f"Provenance of {p.claim.id}: {p.claim.text}", title_justify="left", show_lines=True)
    for col in ("#", "chain (outlet first)", "article", "spans", "cue / channel"):
        t.add_column(col, overflow="fold")
    for i, path in enumerate(p.paths, 1):
        asserted = next(e for e in path.edges if e.type == "ASSERTED")
        cue = " / ".join(str(asserted.properties[k]) for k in ("cue", "channel") if k in asserted.properties)
        t.add_row(str(i), " -> ".join(a.name for a in path.chain),
                  f"{path.article.title or path.article.id}\n{path.article.published or 'undated'}",
                  ", ".join(f"{m.start}-{m.end}" for m in path.mentions), cue or "-")
    return t


def _linked(link: LinkedClaim) -> str:
    return f"{', '.join(f.raw for f in link.figures) or '?'} ({_who(link.stated_by)})"


def figures_table(table: FigureTable) -> Table:
    """The fact-checker's table; the reasons are in --json and `claimgraph contradictions`."""
    title = f"{table.metric.value}: {_count(table.total, table.total_capped)} figure(s)"
    if table.by is not None:
        title += f" stated by {table.by.name}" + (
            "" if table.scope == VoiceScope.OWN else " and those who speak for or belong to it")
    t = Table(title=title, title_justify="left", show_lines=True)
    for col in ("figure", "amount", "qualifier", "stated by", "date", "reported by", "incident", "contradicts",
                "corroborates"):
        t.add_column(col, overflow="fold")
    for row in table.items:
        outlets = sorted({a.name for r in row.reported_in for a in r.publishers + r.agencies})
        speakers = _who(row.stated_by) + (f"\n({_who(row.on_behalf_of)})" if row.on_behalf_of else "")
        if row.speaker is not None:
            speakers = row.via or row.speaker.name
        against = "\n".join(_linked(x) for x in row.contradicts)
        agree = "\n".join(_linked(x) for x in row.corroborates)
        t.add_row(row.figure.raw, amount(row.figure), row.figure.qualifier.value, speakers,
                  str(row.stated_on or "-"), ", ".join(outlets) or "-", row.figure.incident_label or "-",
                  against or "-", agree or "-")
    return t


def incidents_table(page: IncidentPage) -> Table:
    shown = f"{page.offset + 1}-{page.offset + len(page.items)} of {_count(page.total, page.total_capped)}"
    t = Table(title=f"incidents {shown}", title_justify="left", show_lines=True)
    for col in ("incident", "id", "articles", "sources", "latest figures", "conflict"):
        t.add_column(col, overflow="fold")
    for i in page.items:
        spreads = "\n".join(f"{m.metric.value}: {m.spread.text}" for m in i.metrics)
        conflict = (f"{i.contradictions} contradiction(s)" if i.has_conflict else "-") + (
            f"\n{i.corroborations} corroboration(s)" if i.corroborations else "")
        t.add_row(i.label, i.id, str(i.articles), str(i.sources), spreads or "-", conflict)
    return t


def incident_tables(incident: IncidentDetail) -> list[Table]:
    """One table per metric (a row per figure, each source's revisions together, latest marked), then the conflicts."""
    tables = []
    for m in incident.metrics:
        t = Table(title=f"{incident.label}: {m.metric.value}, {m.spread.text} ({incident.id})",
                  title_justify="left", show_lines=True)
        for col in ("source", "figure", "amount", "date", "speaker", "chain", "cue / channel", "article"):
            t.add_column(col, overflow="fold")
        by_id = {f.figure.id: f for f in m.figures}
        for s in m.sources:
            for fid in s.figures:
                f = by_id[fid]
                mark = " (latest)" if f.latest else " (revised)" if f.revised_by else ""
                how = " / ".join(x for x in (f.cue, f.channel.value if f.channel else None) if x)
                where = f"{f.article.title or f.article.id}\n{f.article.published or 'undated'}" if f.article else "-"
                t.add_row(s.source.name, f.figure.raw + mark, amount(f.figure), str(f.date or "-"),
                          f.speaker.name if f.speaker else "-", " -> ".join(a.name for a in f.chain) or "-",
                          how or "-", where)
        tables.append(t)
        if m.conflicts:
            c = Table(title=f"{m.metric.value}: conflicts", title_justify="left", show_lines=True)
            for col in ("kind", "one side", "other side", "reason", "current"):
                c.add_column(col, overflow="fold")
            for x in m.conflicts:
                c.add_row(x.kind.lower(), f"{_who(x.a_stated_by)}: {x.a.text}", f"{_who(x.b_stated_by)}: {x.b.text}",
                          x.reason or "-", "yes" if x.current else "no (a side revised its figure)")
            tables.append(c)
    return tables


def _side(side: LinkSide) -> str:
    figures = ", ".join(f.raw for f in side.figures)
    return f"{_who(side.stated_by)}: {side.claim.text}" + (f"\n[{figures}]" if figures else "")


def pairs_table(kind: ClaimLinkKind, pairs: ClaimPairs) -> Table:
    t = Table(title=f"{kind.value.lower()}: {_count(pairs.total, pairs.total_capped)}", title_justify="left", show_lines=True)
    for col in ("metric", "one side", "other side", "reason"):
        t.add_column(col, overflow="fold")
    for p in pairs.items:
        t.add_row(p.metric.value, _side(p.a), _side(p.b), p.reason or "-")
    return t


def bounded_ends(path: AttributionPath) -> str:
    """What the answer says of its ends over the cap, as a clause: empty when none was."""
    names = [(path.source if end == "source" else path.target).name for end in path.bounded]
    if not names:
        return ""
    return (f", leaving {' and '.join(names)} (over {path.end_cap} links) only through the last "
            f"{path.end_claims} claims and the organizations")


def path_table(path: AttributionPath) -> Table:
    t = Table(title=f"{path.source.name} to {path.target.name}: {len(path.edges)} step(s){bounded_ends(path)}",
              title_justify="left")
    for col in ("step", "node", "label", "via"):
        t.add_column(col, overflow="fold")
    for i, node in enumerate(path.nodes):
        via = ""
        if i:
            edge = path.edges[i - 1]
            via = f"{edge.type.value} ->" if edge.target == node.id else f"<- {edge.type.value}"
        t.add_row(str(i), node.caption, node.label.value, via)
    return t
