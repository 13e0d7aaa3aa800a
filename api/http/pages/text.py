"""Text on the pages: a figure marked in its sentence, amounts in words a reader checks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.graph.model import Qualifier


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a sentence; ``marked`` runs are what the page highlights."""

    text: str
    marked: bool = False


def mark(sentence: str, phrases: list[str]) -> list[Piece]:
    """The sentence cut so that each phrase (any case, whole words) is a marked piece.

    The pieces are plain text: the template escapes each, so a sentence made
    of markup stays text around the highlight.
    """
    wanted = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    if not wanted:
        return [Piece(sentence)]
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in wanted), re.IGNORECASE)
    pieces: list[Piece] = []
    at = 0
    for m in pattern.finditer(sentence):
        if m.start() > at:
            pieces.append(Piece(sentence[at:m.start()]))
        pieces.append(Piece(m.group(0), marked=True))
        at = m.end()
    if at < len(sentence):
        pieces.append(Piece(sentence[at:]))
    return pieces


def number(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"


def amount(value: float | None, low: float | None, high: float | None, qualifier: Qualifier | str) -> str:
    """What the figure's words allow, in numbers: "1", "3 or more", "20 to 30", "up to 5"."""
    if value is not None and qualifier in (Qualifier.EXACT, Qualifier.APPROXIMATELY):
        return ("about " if qualifier == Qualifier.APPROXIMATELY else "") + number(value)
    if low is not None and high is not None:
        return number(low) if low == high else f"{number(low)} to {number(high)}"
    if low is not None:
        return f"{number(low)} or more"
    if high is not None:
        return f"up to {number(high)}"
    return number(value)
