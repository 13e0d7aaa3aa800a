"""What the Neo4j store sends for a write, against a transaction that only records (no server)."""
from typing import Any

from claimgraph.graph import queries
from claimgraph.graph.neo4j_store import _apply, _run

_NAMES = {queries.query(name): name for name in queries.names()}


class _Result:
    def __init__(self, record: dict[str, Any]) -> None:
        self._record = record

    def single(self, strict: bool = False) -> dict[str, Any]:
        return self._record


class _Recording:
    """Answers every statement as applied to all its rows; claims and articles all new."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def run(self, query: str, **params: Any) -> _Result:
        self.sent.append((_NAMES[query], params))
        rows = params.get("rows", [])
        return _Result({"applied": len(rows), "new": [row["id"] for row in rows if "id" in row]})


def test_a_statements_rows_are_sent_as_they_are_with_a_repr_that_does_not_spell_them_out() -> None:
    rows = [{"id": "place-1", "name": "Harbour Town"}, {"id": "place-2", "name": "Ridge"}]
    tx = _Recording()
    _run(tx, "merge_places", rows, "merge_places")  # type: ignore[arg-type]
    [(_, params)] = tx.sent
    assert list(params["rows"]) == rows
    assert "Harbour Town" not in repr(params)


def test_a_new_claims_speakers_are_created_after_the_claims_merge_without_a_statement_between() -> None:
    plan = [("merge_claims", [{"id": "claim-1", "text": "t", "quote": "direct", "first_seen": None,
                               "confidence": 1.0}]),
            ("merge_asserted", [{"actor_id": "actor-1", "claim_id": "claim-1"}])]
    tx = _Recording()
    _apply(tx, plan)  # type: ignore[arg-type]
    assert [name for name, _ in tx.sent] == ["merge_claims", "create_asserted"]


def test_a_new_claim_is_keyed_again_only_when_the_batch_gives_it_a_figure() -> None:
    claim = {"text": "t", "quote": "direct", "first_seen": None, "confidence": 1.0}
    plan = [("merge_claims", [{"id": "claim-1", **claim}, {"id": "claim-2", **claim}]),
            ("merge_states", [{"claim_id": "claim-2", "figure_id": "figure-1"}]),
            ("merge_stated_keys", [{"claim_id": "claim-1"}, {"claim_id": "claim-2"}, {"claim_id": "claim-3"}])]
    tx = _Recording()
    applied = _apply(tx, plan)  # type: ignore[arg-type]
    [keyed] = [params["rows"] for name, params in tx.sent if name == "merge_stated_keys"]
    # claim-3 is not new to the graph: it may hold figures of earlier batches.
    assert list(keyed) == [{"claim_id": "claim-2"}, {"claim_id": "claim-3"}]
    assert applied["merge_stated_keys"] == 3
