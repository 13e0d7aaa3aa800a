"""What the Neo4j store makes of a read's records, on records built by hand (no server)."""
import datetime as dt

import neo4j.time

from claimgraph.graph.neo4j_store import plain_values


def test_a_records_dates_become_python_ones_in_the_maps_and_lists_the_driver_handed() -> None:
    figures = [{"id": "figure-1", "incident_date": neo4j.time.Date(2024, 3, 2)}, {"id": "figure-2"}]
    record = {"claim": {"id": "claim-1", "first_seen": neo4j.time.Date(2024, 3, 1)}, "figures": figures,
              "dates": [neo4j.time.Date(2024, 3, 3), None], "total": 2}
    claim = record["claim"]
    plain = plain_values(record)
    assert plain == {"claim": {"id": "claim-1", "first_seen": dt.date(2024, 3, 1)},
                     "figures": [{"id": "figure-1", "incident_date": dt.date(2024, 3, 2)}, {"id": "figure-2"}],
                     "dates": [dt.date(2024, 3, 3), None], "total": 2}
    assert plain is record and plain["claim"] is claim and plain["figures"] is figures
    assert type(plain["claim"]["first_seen"]) is dt.date
