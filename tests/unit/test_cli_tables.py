"""The terminal's tables: what their titles tell a reader about the answer."""
from __future__ import annotations

import pytest

from claimgraph.api.cli.tables import pairs_table
from claimgraph.graph.model import ClaimLinkKind
from claimgraph.graph.results import PAIR_TOTAL_CAP, ClaimPairs


@pytest.mark.parametrize(("total", "capped", "title"), [
    (PAIR_TOTAL_CAP, True, f"contradicts: more than {PAIR_TOTAL_CAP}"),
    (PAIR_TOTAL_CAP, False, f"contradicts: {PAIR_TOTAL_CAP}"),
])
def test_a_pair_list_title_never_reads_a_capped_total_as_a_count(total: int, capped: bool, title: str) -> None:
    pairs = ClaimPairs(total=total, total_capped=capped, limit=100, offset=0, items=[])
    assert pairs_table(ClaimLinkKind.CONTRADICTS, pairs).title == title
