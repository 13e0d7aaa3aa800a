"""Numbers as news writes them, and what their qualifiers allow.

Two jobs: read a number written in digits or words ("1,300", "1.2 million",
"twenty-two", "a dozen") and turn a qualifier plus number ("more than 16,000",
"several", "between 10 and 15") into the bounds the words allow.

The bounds (see :class:`Amount`):

- exact ``n``: value ``n``.
- approximately ``n`` ("about", "roughly", "some", "an estimated", "n or so"):
  value ``n``; no hard bound. How far "approximately" stretches is the
  linking policy (:data:`APPROXIMATE_TOLERANCE`, applied there).
- nearly ``n`` ("almost", "close to", "just under"): the count is below ``n``
  but close to it: low ``n - tolerance``, high ``n - 1``.
- more than ``n``: low ``n + 1``; at least ``n``: low ``n``;
  up to ``n``: high ``n``; fewer than ``n``: high ``n - 1``.
- a range: low and high.
- vague words: several: low 3; a few: 2..5; multiple/numerous: low 2;
  dozens: low 24; scores: low 40; hundreds: low 200; thousands: low 2000;
  "tens of thousands": low 20,000; "hundreds of thousands": low 200,000;
  "millions": low 2,000,000 (qualified AT_LEAST, the model having no
  MILLIONS). "several hundred" and "a few thousand" scale the word's bounds.
  Only "a few" gets an upper bound: the others ("several", "dozens") say how
  many at least, and an upper bound read into them would make contradictions
  out of wording.

Counts are whole, so "more than 16,000" starts at 16,001.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Final

from word2number import w2n

from claimgraph.graph.model import Qualifier

APPROXIMATE_TOLERANCE: Final = 0.10
"""Relative slack of "approximately n": n +- 10%, and never less than +-1."""

_ONES: Final = "one|two|three|four|five|six|seven|eight|nine"
_TEENS: Final = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS: Final = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL: Final = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|{_TEENS}|{_ONES})"
_GROUP: Final = rf"(?:{_SMALL}\s+hundred(?:\s+(?:and\s+)?{_SMALL})?|{_SMALL})"
_WORDS: Final = rf"{_GROUP}(?:\s+(?:thousand|million|billion)(?:,?\s+(?:and\s+)?{_GROUP})?)*"
_SCALE: Final = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

WORD_NUMBER: Final = (
    rf"(?:(?:half\s+a|an?|{_WORDS})\s+dozen"
    rf"|an?\s+(?:hundred|thousand|million)(?:\s+(?:and\s+)?{_SMALL})?"
    rf"|{_WORDS})"
)
"""Number words: "eight", "twenty-two", "three hundred and five", "a dozen"."""

DIGIT_NUMBER: Final = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?:million|billion|thousand))?"
"""Digits with thousands separators or decimals, optionally scaled ("1.2 million")."""

NUMBER: Final = rf"(?:{DIGIT_NUMBER}|{WORD_NUMBER})"

VAGUE: Final = (
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|millions|thousands|hundreds"
    r"|dozens|scores|several(?:\s+(?:hundred|thousand))?|a\s+few(?:\s+(?:hundred|thousand))?"
    r"|multiple|numerous)"
)
"""Vague quantity words that still bound a count."""

_SPACES: Final = re.compile(r"\s+")
_DIGITS: Final = re.compile(r"([\d,]+(?:\.\d+)?)(?:\s+(million|billion|thousand))?$")


@dataclass(slots=True, unsafe_hash=True)
class Amount:
    """What a qualified number allows: a point ``value`` and/or hard bounds."""

    qualifier: Qualifier
    value: float | None = None
    low: float | None = None
    high: float | None = None


_VAGUE_BOUNDS: Final[dict[str, tuple[Qualifier, int, int | None]]] = {
    "several": (Qualifier.SEVERAL, 3, None),
    "a few": (Qualifier.A_FEW, 2, 5),
    "multiple": (Qualifier.MULTIPLE, 2, None),
    "numerous": (Qualifier.MULTIPLE, 2, None),
    "dozens": (Qualifier.DOZENS, 24, None),
    "scores": (Qualifier.SCORES, 40, None),
    "hundreds": (Qualifier.HUNDREDS, 200, None),
    "thousands": (Qualifier.THOUSANDS, 2_000, None),
    "tens of thousands": (Qualifier.THOUSANDS, 20_000, None),
    "hundreds of thousands": (Qualifier.HUNDREDS, 200_000, None),
    "millions": (Qualifier.AT_LEAST, 2_000_000, None),
}


def parse_number(raw: str) -> float | None:
    """The number ``raw`` writes, or None when it is not one of ours."""
    words = _SPACES.sub(" ", raw.strip().lower())
    m = _DIGITS.match(words)
    if m:
        value = float(m.group(1).replace(",", ""))
        return value * _SCALE[m.group(2)] if m.group(2) else value
    if words.endswith("dozen"):
        head = words[: -len("dozen")].strip()
        if head == "half a":
            return 6.0
        count = 1.0 if head in ("a", "an") else _words_to_number(head)
        return None if count is None else count * 12
    if words.startswith(("a ", "an ")):
        words = "one " + words.split(" ", 1)[1]
    return _words_to_number(words)


def _words_to_number(words: str) -> float | None:
    try:
        return float(w2n.word_to_num(words))
    except ValueError:
        return None


def vague_amount(words: str) -> Amount | None:
    """Bounds of a vague quantity ("several", "a few hundred"), None if unknown."""
    words = _SPACES.sub(" ", words.strip().lower())
    scale = 1
    for name, factor in (("hundred", 100), ("thousand", 1_000)):
        if words.endswith(" " + name):
            words, scale = words[: -len(name) - 1], factor
    bounds = _VAGUE_BOUNDS.get(words)
    if bounds is None:
        return None
    qualifier, low, high = bounds
    return Amount(qualifier, low=low * scale, high=None if high is None else high * scale)


def amount(qualifier: Qualifier, n: float, upper: float | None = None) -> Amount:
    """The bounds ``qualifier n`` allows (``upper`` closes a RANGE)."""
    if qualifier is Qualifier.RANGE and upper is not None:
        return Amount(qualifier, low=n, high=upper)
    if qualifier is Qualifier.MORE_THAN:
        return Amount(qualifier, low=math.floor(n) + 1)
    if qualifier is Qualifier.AT_LEAST:
        return Amount(qualifier, low=n)
    if qualifier is Qualifier.UP_TO:
        return Amount(qualifier, high=n)
    if qualifier is Qualifier.LESS_THAN:
        return Amount(qualifier, high=math.ceil(n) - 1)
    if qualifier is Qualifier.NEARLY:
        return Amount(qualifier, low=math.floor(n - tolerance(n)), high=math.ceil(n) - 1)
    if qualifier is Qualifier.APPROXIMATELY:
        return Amount(qualifier, value=n)
    return Amount(Qualifier.EXACT, value=n)


def tolerance(n: float) -> float:
    """How far "approximately n" may be from n."""
    return max(abs(n) * APPROXIMATE_TOLERANCE, 1.0)


def format_number(n: float) -> str:
    """``1300.0`` -> ``"1,300"``; decimals only when the number has them."""
    return f"{int(n):,}" if float(n).is_integer() else f"{n:,}"
