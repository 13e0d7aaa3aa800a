"""The one error every reader raises for input it refuses."""
from __future__ import annotations

import os

from claimgraph.errors import ClaimgraphError


class ReadError(ClaimgraphError):
    """A file (or one record in it) the readers refuse, and why.

    The message is ``"<path><where>: <problem>"``: ``where`` is empty for a
    whole file, ``":LINE"`` for a JSON Lines record and ``"[i]"`` for an item
    of a JSON list, e.g. ``samples/x.jsonl:3: field 'published': 'yesterday'
    is not an ISO 8601 date or datetime``.
    """

    def __init__(self, path: str | os.PathLike[str], problem: str, where: str = "") -> None:
        self.path = os.fspath(path)
        self.problem = problem
        self.where = where
        super().__init__(f"{self.path}{where}: {problem}")

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, str, str]]:
        # Keeps the error picklable, so readers can run in worker processes.
        return (type(self), (self.path, self.problem, self.where))
