"""The baseline the writer is measured against: one transaction per claim, one statement per row.

It is what a first version would do: for every claim, a transaction holding
one MERGE statement for each row about that claim (the claim, its figures,
who asserted it, every mention, what it states and is about). The rows no
claim owns (the article, actors, places, outlets, affiliations) go first in a
transaction of their own, the links between claims and between figures last
in another. The statements are ``cypher/bench/naive_*.cypher``: the write
queries' own MERGE and SET rules for a single ``$row``, so both writers leave
the same graph.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import neo4j

from bench.statements import bench_query
from claimgraph.graph.model import AboutKind, Batch, ClaimLinkKind, FigureLinkKind
from claimgraph.graph.rows import to_row

Statement = tuple[str, dict[str, Any]]
_ABOUT = {AboutKind.PLACE: "merge_about_place", AboutKind.EVENT: "merge_about_event",
          AboutKind.ACTOR: "merge_about_actor"}


def units(batch: Batch) -> Iterator[list[Statement]]:
    """The batch as transactions: the claim-less rows, one per claim, then the links."""
    yield [*(("merge_articles", to_row(x)) for x in batch.articles),
           *(("merge_actors", to_row(x)) for x in batch.actors),
           *(("merge_places", to_row(x)) for x in batch.places),
           *(("merge_events", to_row(x)) for x in batch.events),
           *(("merge_published_by", to_row(x)) for x in batch.published_by),
           *(("merge_syndicated_from", to_row(x)) for x in batch.syndicated_from),
           *(("merge_speaks_for", to_row(x)) for x in batch.speaks_for),
           *(("merge_member_of", to_row(x)) for x in batch.member_of)]
    figures = {f.id: f for f in batch.figures}
    per_claim: dict[str, list[Statement]] = defaultdict(list)
    for states in batch.states:
        per_claim[states.claim_id].append(("merge_figures", to_row(figures[states.figure_id])))
    for asserted in batch.asserted:
        per_claim[asserted.claim_id].append(("merge_asserted", to_row(asserted)))
    for reported in batch.reported_in:
        per_claim[reported.claim_id].append(("merge_reported_in", to_row(reported)))
    for states in batch.states:
        per_claim[states.claim_id].append(("merge_states", to_row(states)))
    for about in batch.about:
        per_claim[about.claim_id].append((_ABOUT[AboutKind(about.target)], to_row(about)))
    for claim in batch.claims:
        yield [("merge_claims", to_row(claim)), *per_claim[claim.id]]
    yield [*((("merge_contradicts" if x.kind is ClaimLinkKind.CONTRADICTS else "merge_corroborates"), to_row(x))
             for x in batch.claim_links),
           *((("merge_excludes" if x.kind is FigureLinkKind.EXCLUDES else "merge_part_of"), to_row(x))
             for x in batch.figure_links),
           *(("merge_variant_of", to_row(x)) for x in batch.variants)]


def _run_unit(tx: neo4j.ManagedTransaction, statements: list[Statement]) -> int:
    for name, row in statements:
        tx.run(bench_query(f"naive_{name}"), row=row).consume()
    return len(statements)


def naive_write(driver: neo4j.Driver, batch: Batch, database: str = "neo4j") -> int:
    """Writes the batch the naive way; returns the number of statements run."""
    statements = 0
    with driver.session(database=database) as session:
        for unit in units(batch):
            if unit:
                statements += session.execute_write(_run_unit, unit)
    return statements
