"""An actor's voice: the order key of its claims, the ranges that filter it, and "via"."""
from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.graph.voice import MAX_MEMBER_DEPTH, VoiceScope, depth_of, key_range, via, voice_key

D = dt.date


def _in(key: str, speaker: str, since: dt.date | None, until: dt.date | None) -> bool:
    low, high = key_range(since, until)
    return speaker + low <= key < speaker + high


def test_keys_order_a_speakers_claims_by_date_then_claim_with_undated_last() -> None:
    keys = [voice_key("actor-a", D(2024, 5, 2), "claim-b"), voice_key("actor-a", None, "claim-a"),
            voice_key("actor-a", D(2024, 5, 2), "claim-a"), voice_key("actor-a", D(2023, 12, 31), "claim-z")]
    assert [k.split(" ", 1)[1] for k in sorted(keys)] == [
        "2023-12-31 claim-z", "2024-05-02 claim-a", "2024-05-02 claim-b", "~ claim-a"]


@pytest.mark.parametrize(("since", "until", "inside"), [
    (None, None, {"2024-05-01", "2024-05-02", "2024-05-03", "~"}),
    (D(2024, 5, 2), None, {"2024-05-02", "2024-05-03"}),
    (None, D(2024, 5, 2), {"2024-05-01", "2024-05-02"}),
    (D(2024, 5, 2), D(2024, 5, 2), {"2024-05-02"}),
    (D(2024, 5, 3), D(2024, 5, 1), set()),
])
def test_ranges_are_inclusive_and_leave_undated_claims_out_when_bounded(
        since: dt.date | None, until: dt.date | None, inside: set[str]) -> None:
    dates = {"2024-05-01": D(2024, 5, 1), "2024-05-02": D(2024, 5, 2), "2024-05-03": D(2024, 5, 3), "~": None}
    found = {name for name, date in dates.items()
             if _in(voice_key("actor-a", date, "claim-x"), "actor-a", since, until)}
    assert found == inside
    assert not _in(voice_key("actor-ab", D(2024, 5, 2), "claim-x"), "actor-a", None, None)


def test_via_says_through_whom() -> None:
    ministry = {"actor": {"name": "Ministry"}, "relation": "SPEAKS_FOR", "role": "spokesman"}
    government = {"actor": {"name": "Government"}, "relation": "MEMBER_OF", "role": None}
    assert via({"name": "Omar"}, []) is None
    assert via({"name": "Omar"}, [ministry]) == "Omar, spokesman"
    assert via({"name": "Omar", "anonymous": True}, [ministry]) == "anonymous source"
    assert via({"name": "Omar"}, [ministry, government]) == "Omar, spokesman (Ministry)"
    assert via({"name": "Ana", "role": "deputy"}, [{**government, "relation": "MEMBER_OF"}]) == "Ana, deputy"
    assert via({"name": "Ana"}, [government]) == "Ana, member"
    assert via({"name": "Ana"}, [{**government, "relation": "SPEAKS_FOR"}]) == "Ana, spokesperson"


def test_scope_depth() -> None:
    assert (depth_of(VoiceScope.ALL), depth_of(VoiceScope.OWN)) == (MAX_MEMBER_DEPTH, 0)


def test_the_cypher_bounds_are_the_depth() -> None:
    from claimgraph.graph import queries

    pattern = f"[:SPEAKS_FOR|MEMBER_OF*1..{MAX_MEMBER_DEPTH}]"
    for name in ("claims_by_actor", "actor_profile"):
        assert pattern in queries.query(name), name
