"""What an extraction links: the figures of the two claims of each contradiction."""
from __future__ import annotations

from claimgraph.graph.model import ClaimLinkKind
from claimgraph.ingest.extract import Extraction


def contradicted(ex: Extraction) -> set[frozenset[str]]:
    """The raw figures of the two claims of each contradiction, per claim."""
    raws: dict[str, set[str]] = {}
    for f in ex.figures:
        raws.setdefault(f.claim_id, set()).add(f.figure.raw)
    return {frozenset(raws[link.a_id] | raws[link.b_id]) for link in ex.claim_links
            if link.kind is ClaimLinkKind.CONTRADICTS}
