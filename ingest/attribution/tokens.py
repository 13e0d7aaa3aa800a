"""Tokens of a sentence and the token-range frame of one attribution.

The whole text is tokenized once (one regex pass); each sentence takes a
slice of it, with a mask telling which tokens stand inside quotation marks.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from typing import Final

from claimgraph.ingest.spans import Span

# Each special case is guarded by a lookahead so that the common word token
# is reached quickly (the tokenizer is the hottest loop of extraction).
# Special cases: initialisms ("U.S."), titles and state abbreviations with
# their period ("Sen.", "Calif.", and "No." before a number), a pronoun before
# a contraction ("he" + "'s"), single initials ("George W. Bush"), numbers with thousands
# separators, a word with the period of an abbreviation before a comma
# ("R-Wis.,") or with the apostrophe of a plural possessive ("voters'"), and
# a stray single quote before a closing "''". A plain word that no special case
# could extend (no period, apostrophe or joiner after it) is taken first. Each
# match takes the whitespace before its token too (possessively, so it is never
# given back), so the matches tile the text and a token's end is the sum of the
# matches' lengths up to it.
_TOKEN: Final = re.compile(
    r"\s*+(?=\S)(?:"
    r"[A-Za-z]+(?![\w'’.&/-])"
    r"|(?=[A-Za-z]\.)(?:[A-Za-z]\.){2,}"
    r"|(?=[A-Z][a-z]{0,4}\.)"
    r"(?:Mr|Mrs|Ms|Dr|Gen|Sen|Sens|Rep|Reps|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|St|Jr|Sr"
    r"|Rev|Prof|Pres|Atty|Supt|Gens|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md"
    r"|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|No(?=\.\s?\d))\."
    r"|(?=[HhSsIiTtWwYy][a-z]{0,4}['’])"
    r"(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|[Ii]|[Yy]ou|[Ww]ho|[Tt]hat|[Tt]here)(?=['’](?:s|re|ve|d|ll)\b)"
    r"|['’](?:s|re|ve|d|ll)\b"
    r"|[A-Z]\.(?=\s*[A-Z])"
    r"|(?=\d{1,3},\d)\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\w+(?:[’'&./-]\w+)*(?:\.(?=,)|(?<=s)['’](?![\w'’]))?"
    r"|'(?='')|''|--|[^\w\s])"
)
_QUOTE_MARKS: Final = frozenset({"“", "”", '"', "''"})


@dataclass(slots=True, unsafe_hash=True)
class Tokens:
    """One sentence's tokens as parallel tuples (absolute character offsets)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    lows: tuple[str, ...]
    quoted: tuple[bool, ...]

    def __len__(self) -> int:
        return len(self.words)

    def is_word(self, i: int) -> bool:
        return self.words[i][0].isalnum()

    def is_capitalized(self, i: int) -> bool:
        return self.words[i][0].isupper()


@dataclass(slots=True, unsafe_hash=True)
class Frame:
    """Token ranges (end exclusive) of one attribution inside a sentence."""

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[tuple[int, int], ...]


# Acronyms that lowered would be a function word ("The WHO, citing ..., said" is no relative "who"):
# they keep their case.
_ACRONYMS_OF_FUNCTION_WORDS: Final = frozenset({"WHO"})


@dataclass(slots=True, unsafe_hash=True)
class DocTokens:
    """The whole text tokenized once; sentences take slices of it."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    lows: list[str]

    @classmethod
    def of(cls, text: str) -> DocTokens:
        # The hottest spot of extraction, kept to C loops: findall() makes no match objects, and
        # as the matches tile the text, offsets are running sums of their lengths (\s is what
        # str.strip() removes, so lstrip() leaves the token).
        matches = _TOKEN.findall(text)
        ends = list(accumulate(map(len, matches)))
        words = list(map(str.lstrip, matches))
        lows = list(map(str.lower, words))
        if not _ACRONYMS_OF_FUNCTION_WORDS.isdisjoint(words):
            lows = [w if w in _ACRONYMS_OF_FUNCTION_WORDS else low for w, low in zip(words, lows, strict=True)]
        return cls(
            starts=list(map(int.__sub__, ends, map(len, words))),
            ends=ends,
            words=words,
            lows=lows,
        )

    def bounds(self, sentence: Span) -> tuple[int, int]:
        """The range of token indices inside ``sentence``."""
        lo = bisect_left(self.starts, sentence.start)
        return lo, bisect_left(self.starts, sentence.end, lo)

    def tokens(self, lo: int, hi: int) -> Tokens:
        words = tuple(self.words[lo:hi])
        return Tokens(
            starts=tuple(self.starts[lo:hi]),
            ends=tuple(self.ends[lo:hi]),
            words=words,
            lows=tuple(self.lows[lo:hi]),
            quoted=_quoted_mask(words),
        )


def _quoted_mask(words: tuple[str, ...]) -> tuple[bool, ...]:
    """True for tokens between quotation marks (the marks themselves excluded).
    Any mark inside a quote closes it: a "“" there is a mistyped "”"."""
    if _QUOTE_MARKS.isdisjoint(words):
        return (False,) * len(words)
    mask = []
    inside = False
    for w in words:
        if w in _QUOTE_MARKS:
            mask.append(False)
            inside = not inside and w != "”"
        else:
            mask.append(inside)
    return tuple(mask)
