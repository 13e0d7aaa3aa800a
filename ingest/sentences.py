"""Sentence splitting with character offsets into the text as given.

Rules: a paragraph break (any newline) always ends a sentence; ``.``, ``!`` or
``?`` (with any closing quotes or brackets after it) ends one when followed by
whitespace and something that can start a sentence, unless the word before
the period is a known abbreviation or an initial ("George W. Bush"; an
initial or initialism ends a sentence only before a word that usually opens
one, "... in the U.S. The ..."). A sentence boundary inside an open
quotation is not taken, so a multi-sentence quote stays in one sentence
together with its attribution.
"""
from __future__ import annotations

import re
from typing import Final

from claimgraph.ingest.spans import Span

# Abbreviations that are followed by a period but (almost) never end a
# sentence in news text: titles, months, corporate and address forms.
_ABBREVIATIONS: Final = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr gov sen rep reps
    sens rev fr st jr sr hon pres supt insp det atty messrs mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec
    inc corp co ltd bros no nos vs v etc approx dept est fig al ave blvd
    e.g i.e""".split()
)

# After an initialism such as "U.S." a sentence ends only before a word that
# typically opens one; otherwise "the U.S. Embassy" would be cut.
_OPENERS_AFTER_INITIALISM: Final = frozenset(
    """the a an he she it they we i this that these those there his her its
    their but and in on at for if when while after before as yet so still
    meanwhile however""".split()
)

# The lookahead of every first character lets the scan skip ahead in C to the next candidate;
# spaces before a newline need no matching, as _append trims them.
_TOKEN: Final = re.compile(
    r"""(?=[\n'"“”.!?])
      (?: (?P<nl>\n\s*)
        | (?P<quote>''|["“”])
        | (?P<end>[.!?]+(?:''|["”’')\]])*)(?=\s)
      )
    """,
    re.VERBOSE,
)
_QUOTE_MARK: Final = re.compile(r"''|[\"”]")
_WORD_JOINERS: Final = "_.'’-"
_NEXT: Final = re.compile(r"\s+(['\"“‘(\[]*)(\S+)")
_INITIALISM: Final = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?$")
_LONGEST_WORD: Final = 40


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, trimmed of surrounding whitespace."""
    spans: list[Span] = []
    start = 0
    in_quote = False
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "quote":
            in_quote = _quote_state(m.group(), in_quote)
        elif kind == "nl":
            _append(spans, text, start, m.start())
            start = m.end()
            in_quote = False
        else:
            in_quote = _trailing_quote_state(m.group(), in_quote)
            if not in_quote and _ends_sentence(text, m.start(), m.end()):
                _append(spans, text, start, m.end())
                start = m.end()
    _append(spans, text, start, len(text))
    return spans


def _quote_state(mark: str, in_quote: bool) -> bool:
    """Any mark but "”" toggles: a "“" inside a quote is a mistyped "”"."""
    if mark == "”":
        return False
    return not in_quote


def _trailing_quote_state(punct: str, in_quote: bool) -> bool:
    """Closing quotes glued to a period that did not end a sentence."""
    for mark in _QUOTE_MARK.findall(punct):
        in_quote = _quote_state(mark, in_quote)
    return in_quote


def _ends_sentence(text: str, start: int, end: int) -> bool:
    nxt = _NEXT.match(text, end)
    if nxt is None:
        return False
    opener, word = nxt.group(1), nxt.group(2)
    first = word[0]
    if not (first.isupper() or first.isdigit() or opener):
        return False
    if text[start] != ".":
        return True
    before = _word_before(text, start)
    if not before:
        return True
    prev = before.strip("'’").lower()
    if prev in _ABBREVIATIONS:
        return False
    if len(prev) == 1 and prev.isalpha() and before.isupper():
        return word.lower().strip(",") in _OPENERS_AFTER_INITIALISM
    if _INITIALISM.search(before):
        if len(before) <= 2:
            return False
        return word.lower().strip(",") in _OPENERS_AFTER_INITIALISM
    return True


def _word_before(text: str, end: int) -> str:
    """The run of word characters, periods, apostrophes and hyphens ending at ``end`` (at most
    _LONGEST_WORD long). A scan back, as a regex anchored at the end would try every start."""
    start, lo = end, max(0, end - _LONGEST_WORD)
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in _WORD_JOINERS):
        start -= 1
    return text[start:end]


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span.of(text, start, end))
