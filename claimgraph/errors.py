"""The root of every error claimgraph raises on purpose.

Each layer keeps its own small tree under it (``StoreError`` for the stores,
``ReadError`` for bad input, ``ApiError`` for HTTP answers, ...), so a caller
that wants "anything claimgraph refused" catches :class:`ClaimgraphError` and
lets programming errors through.
"""
from __future__ import annotations


class ClaimgraphError(Exception):
    """Something claimgraph refused or could not do, with a message naming why."""
