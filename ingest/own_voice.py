"""What an article says in its own voice: the sentences, or parts of sentences,
that no attribution covers.

The headline, a dateline line or prefix ("Baghdad:", "QASR BADR (AFP) -"),
subheadings and trailing feed or credit notes are not statements of the
article and are skipped; so is what is left of a sentence around an
attribution when it is too short to state anything ("in a statement").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from claimgraph.ingest.document import ArticleMeta
from claimgraph.ingest.spans import Attribution, Span

# A remainder of fewer words than this is the frame of an attribution, not a statement.
MIN_WORDS = 6

_CLOSERS = "\"'”’)]"
_FULL_STOPS = frozenset(".!?")
_CLOSING_QUOTES = frozenset("\"”’")
_CREDIT = re.compile(
    r"^\(?\s*(?:(?:reporting|writing|editing|additional\s+reporting|compiled|contributing)\s+by\b"
    r"|copyright|©|(?:this|the)\s+(?:story|article|report)\s+(?:has|was|is)\b)",
    re.IGNORECASE)
_FEED_NOTE = re.compile(r"all\s+rights\s+reserved|syndicated\s+feed", re.IGNORECASE)
_DATELINE_PREFIX = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*)(?:,\s*[A-Z][\w.]*)*\s*(?:\([^)]*\))?\s*(?:[-—–:]+)\s+")
_WORD = re.compile(r"\w[\w'’.-]*")
_SEPARATORS = " \t\r\n,;:—–-"
_DASH = re.compile(r"\s+(?:--|—|–)\s+")
_FOLD = re.compile(r"[^\w]+")
_DATELINE_END = re.compile(r"\s*(?:\([^)]*\))?\s*[-—–:]+\s+")


def own_voice_spans(text: str, sentences: Sequence[Span], attributions: Sequence[Attribution],
                    meta: ArticleMeta) -> list[tuple[Span, Span]]:
    """(piece, sentence) for every statement of the article's own, in reading order."""
    covered = _covered(attributions)
    ends = [e for _, e in covered]
    title = _folded(meta.title or "")
    headline_end = _first_line_end(text)
    out: list[tuple[Span, Span]] = []
    skipped: dict[int, bool] = {}
    for sentence in sentences:
        line_start, line = _line_of(text, sentence)
        if line_start not in skipped:
            skipped[line_start] = _is_not_a_statement(line, line_start, title, meta, headline_end)
        if skipped[line_start]:
            continue
        start = sentence.start + _prefix_length(sentence.text, meta)
        for piece in _uncovered(text, start, sentence.end, covered, bisect_right(ends, start)):
            if len(_WORD.findall(piece.text)) >= MIN_WORDS:
                out.append((piece, sentence))
    return out


def _covered(attributions: Sequence[Attribution]) -> list[tuple[int, int]]:
    """The spans attributions take, merged so none overlaps the next."""
    spans = sorted((s.start, s.end) for a in attributions
                   for s in (a.source, a.cue, a.channel_span, *a.content) if s is not None)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _uncovered(text: str, start: int, end: int, covered: Sequence[tuple[int, int]],
               first: int) -> Iterator[Span]:
    cursor = start
    for s, e in covered[first:]:
        if s >= end:
            break
        if s > cursor:
            yield from _trimmed(text, cursor, s)
        cursor = max(cursor, e)
    if cursor < end:
        yield from _trimmed(text, cursor, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[Span]:
    """The parts of ``text[start:end]`` between dashes, trimmed of separators."""
    cursor = start
    for m in _DASH.finditer(text, start, end):
        yield from _one_trimmed(text, cursor, m.start())
        cursor = m.end()
    yield from _one_trimmed(text, cursor, end)


def _one_trimmed(text: str, start: int, end: int) -> Iterator[Span]:
    piece = text[start:end]
    left = piece.lstrip(_SEPARATORS)
    stripped = left.rstrip(_SEPARATORS)
    if stripped:
        lead = len(piece) - len(left)
        yield Span.of(text, start + lead, start + lead + len(stripped))


def _line_of(text: str, sentence: Span) -> tuple[int, str]:
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.end)
    return start, text[start: len(text) if end < 0 else end].strip()


def _first_line_end(text: str) -> int:
    stripped = len(text) - len(text.lstrip())
    end = text.find("\n", stripped)
    return len(text) if end < 0 else end


def _is_not_a_statement(line: str, line_start: int, title: str, meta: ArticleMeta, headline_end: int) -> bool:
    """Headline, dateline, subheading, feed or credit note: lines that state nothing."""
    if not _ends_statement(line) or line_start < headline_end:
        return True
    folded = _folded(line)
    if not folded or (title and folded == title):
        return True
    if meta.dateline and folded == _folded(meta.dateline):
        return True
    if line.startswith("(") and line.rstrip(".").endswith(")"):
        return True
    return _CREDIT.match(line) is not None or _FEED_NOTE.search(line) is not None


def _ends_statement(line: str) -> bool:
    """Ends like a sentence: a full stop, ! or ?, or a closing quote (closing brackets allowed after)."""
    return line.rstrip(_CLOSERS)[-1:] in _FULL_STOPS or line[-1:] in _CLOSING_QUOTES


def _prefix_length(sentence: str, meta: ArticleMeta) -> int:
    """Length of a dateline opening the sentence ("QASR BADR (AFP) - ", "Baghdad: ")."""
    m = _DATELINE_PREFIX.match(sentence)
    if m:
        return m.end()
    if meta.dateline and sentence.casefold().startswith(meta.dateline.casefold()):
        rest = sentence[len(meta.dateline):]
        m = _DATELINE_END.match(rest)
        if m:
            return len(meta.dateline) + m.end()
    return 0


def _folded(text: str) -> str:
    return _FOLD.sub(" ", text.casefold()).strip()
