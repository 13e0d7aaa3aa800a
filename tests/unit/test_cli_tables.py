"""The terminal's tables: what their titles tell a reader about the answer."""
from __future__ import annotations

import pytest

from claimgraph.api.cli.tables import incidents_table, pairs_table
from claimgraph.graph.model import ClaimLinkKind
from claimgraph.graph.results import INCIDENT_TOTAL_CAP, PAIR_TOTAL_CAP, ClaimPairs, IncidentPage


@pytest.mark.parametrize(("total", "capped", "title"), [
    (PAIR_TOTAL_CAP, True, f"contradicts: more than {PAIR_TOTAL_CAP}"),
    (PAIR_TOTAL_CAP, False, f"contradicts: {PAIR_TOTAL_CAP}"),
])
def test_a_pair_list_title_never_reads_a_capped_total_as_a_count(total: int, capped: bool, title: str) -> None:
    pairs = ClaimPairs(total=total, total_capped=capped, limit=100, offset=0, items=[])
    assert pairs_table(ClaimLinkKind.CONTRADICTS, pairs).title == title


@pytest.mark.parametrize(("total", "capped", "ending"), [
    (7, False, " of 7"),
    (INCIDENT_TOTAL_CAP, True, f" of more than {INCIDENT_TOTAL_CAP}"),
])
def test_the_incident_table_says_more_than_a_capped_total(total: int, capped: bool, ending: str) -> None:
    page = IncidentPage(total=total, total_capped=capped, limit=50, offset=0, items=[])
    assert str(incidents_table(page).title).endswith(ending)
