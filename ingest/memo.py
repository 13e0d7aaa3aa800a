"""A memo of a pure function's answers that holds at most a fixed number of them.

Extraction remembers what names and source phrases read as, since the same
ones come back article after article. News keeps naming new people, so an
unbounded memo grows with the corpus; this one forgets the answer used least
recently once it is full. Its answers are recomputed when asked again, so
what extraction returns does not depend on the bound.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Final, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MEMO_SIZE: Final = 50_000
"""Answers each of the alias table's memos keeps: three times what a pass over PolNeAR
(924 articles) fills, so a corpus that repeats its names keeps every answer."""


class Memo(Generic[K, V]):
    """Least-recently-used answers, at most ``size`` of them."""

    __slots__ = ("_answers", "size")

    def __init__(self, size: int = MEMO_SIZE) -> None:
        if size < 1:
            raise ValueError(f"a memo holds at least one answer, not {size}")
        self.size = size
        self._answers: OrderedDict[K, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, key: K) -> V | None:
        """The remembered answer (now the most recently used), or None."""
        answer = self._answers.get(key)
        if answer is not None:
            self._answers.move_to_end(key)
        return answer

    def lookup(self, key: K) -> tuple[bool, V | None]:
        """Whether an answer is remembered, and it: for answers that may be None."""
        if key not in self._answers:
            return False, None
        self._answers.move_to_end(key)
        return True, self._answers[key]

    def put(self, key: K, answer: V) -> V:
        """Remembers ``answer`` for ``key``, forgetting the least recently used one past the size."""
        self._answers[key] = answer
        self._answers.move_to_end(key)
        if len(self._answers) > self.size:
            self._answers.popitem(last=False)
        return answer
