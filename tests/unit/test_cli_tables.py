"""The CLI's tables: what their titles say of the page they show."""
from __future__ import annotations

from claimgraph.api.cli.tables import incidents_table
from claimgraph.graph.results import IncidentPage


def test_the_incident_table_says_more_than_a_capped_total() -> None:
    def title(page: IncidentPage) -> str:
        return str(incidents_table(page).title)

    assert title(IncidentPage(total=7, limit=50, offset=0, items=[])).endswith(" of 7")
    assert title(IncidentPage(total=1000, total_capped=True, limit=50, offset=0, items=[])).endswith(
        " of more than 1000")
