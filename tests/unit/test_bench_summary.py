"""The query benchmark's last line speaks of the queries the catalog serves, not of their baselines."""
from __future__ import annotations

from bench.queries import Timing, summary


def _timing(name: str, p95: float, api_p95: float, *, seek: bool = True, stopped: int = 0) -> Timing:
    return Timing(name, p95 / 2, p95, api_p95 / 2, api_p95, seek, calls=200, timeouts=stopped)


def test_the_summary_leaves_baselines_out_of_growth_seeks_and_stopped_calls() -> None:
    by_size = {
        100_000: [_timing("figures_by_actor_before", 100.0, float("nan"), seek=False, stopped=2),
                  _timing("figures_by_actor", 50.0, 60.0)],
        1_000_000: [_timing("figures_by_actor_before", 900.0, float("nan"), seek=False, stopped=3),
                    _timing("figures_by_actor", 75.0, 90.0)],
    }
    assert summary(by_size) == (
        "queries: worst api/driver p95 1.20 (figures_by_actor) at 1000000 claims, worst growth p95 1.50 "
        "(figures_by_actor) from 100000 to 1000000 claims, seeks 1/1, stopped 0")
