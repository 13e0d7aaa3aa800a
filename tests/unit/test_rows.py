import datetime as dt

from claimgraph.graph.model import Actor, ActorKind, Claim, OutletKind, QuoteKind
from claimgraph.graph.rows import Restated, to_row


def test_a_row_holds_enums_as_their_values_and_tuples_as_lists():
    row = to_row(Actor("a1", "Harbour Times", ActorKind.OUTLET, ("The Times",), outlet_kind=OutletKind.OUTLET))
    assert row == {"id": "a1", "name": "Harbour Times", "kind": "outlet", "aliases": ["The Times"],
                   "anonymous": False, "role": None, "outlet_kind": "outlet"}
    assert type(row["kind"]) is str and type(row["outlet_kind"]) is str


def test_a_row_keeps_dates_and_an_unset_enum_as_they_are():
    row = to_row(Claim("c1", "Four drones were shot down.", QuoteKind.DIRECT, dt.date(2024, 5, 6)))
    assert row == {"id": "c1", "text": "Four drones were shot down.", "quote": "direct",
                   "first_seen": dt.date(2024, 5, 6), "confidence": 1.0}
    assert to_row(Actor("a2", "Someone", ActorKind.PERSON))["outlet_kind"] is None


def test_a_value_of_one_field_makes_a_row_of_one_field():
    assert to_row(Restated("c1")) == {"claim_id": "c1"}
