"""What an article says in its own voice: the sentences, or parts of sentences,
that no attribution covers.

The headline and section headings are the outlet's own claims ("Car bombs
kill at least 30 in market"), without a label before a colon that names the
section or the country ("Kenya: ..." is no speaker). A dateline line or
prefix ("Baghdad:", "QASR BADR (AFP) -"), a line that only gives a date, and
trailing feed or credit notes are not statements of the article and are
skipped; so is what is left of a sentence around an attribution when it is
too short to state anything ("in a statement"). A sentence no attribution
touches states something from three words on ("Four were injured.").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from enum import Enum
from typing import Final

from claimgraph.ingest.document import ArticleMeta
from claimgraph.ingest.spans import Attribution, Span

# A remainder of fewer words than this is the frame of an attribution, not a statement.
MIN_WORDS: Final = 6
# How far after its cue a content may begin with the words between still the frame's (characters).
_FRAME_GAP: Final = 200
# A whole sentence or heading of fewer words than this states nothing ("Update", "See also").
MIN_SENTENCE_WORDS: Final = 3

_CLOSERS: Final = "\"'”’)]"
_FULL_STOPS: Final = frozenset(".!?")
_CLOSING_QUOTES: Final = frozenset("\"”’")
_CREDIT: Final = re.compile(
    r"^\(?\s*(?:(?:reporting|writing|editing|additional\s+reporting|compiled|contributing)\s+by\b"
    r"|copyright|©|(?:this|the)\s+(?:story|article|report)\s+(?:has|was|is)\b)",
    re.IGNORECASE)
_FEED_NOTE: Final = re.compile(r"all\s+rights\s+reserved|syndicated\s+feed", re.IGNORECASE)
# A byline: "By Jane Roe and Sam Hale", "By Example Wire staff", "By JANE ROE, Associated Press".
_BYLINE: Final = re.compile(r"(?i:by)\s+[A-Z][\w.'’-]*(?:(?:\s+|,\s*)(?:[A-Z][\w.'’-]*|and|(?i:staff|reporters?"
                            r"|correspondents?|writers?)))*\s*$")
# A dateline opening a story: "QASR BADR (AFP) - ", "PORT ELLIS, New Calder, May 2 (Lakeside Herald) - ".
DATELINE: Final = re.compile(
    r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:\s+\d{1,2})?)*"
    r"\s*(?:\([^)]*\))?\s*[-—–:]+\s+")
_WORD: Final = re.compile(r"\w[\w'’.-]*")
# What is left after an attribution's cue that only says why it was said so ("... told the Herald because
# she could not be named"): no statement of the article's.
_REASON: Final = re.compile(r"(?i)because\b")
_WHICH: Final = re.compile(r"which\s+\w+")
_SEPARATORS: Final = " \t\r\n,;:—–-"
_DASH: Final = re.compile(r"\s+(?:--|—|–)\s+")
_FOLD: Final = re.compile(r"[^\w]+")
_DATELINE_END: Final = re.compile(r"\s*(?:\([^)]*\))?\s*[-—–:]+\s+")
# "United States: ", "Wikinews Shorts: ": a section or country label opening a heading.
_HEADING_LABEL: Final = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’-]*){0,3}:\s+")
# A line that only dates the article: "Thursday, February 14, 2008", "March 3, 2015".
_DATE_LINE: Final = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)(?:\s+\d{1,2})?,?\s+\d{4}\.?$", re.IGNORECASE)


def own_voice_spans(text: str, sentences: Sequence[Span], attributions: Sequence[Attribution],
                    meta: ArticleMeta) -> list[tuple[Span, Span]]:
    """(piece, sentence) for every statement of the article's own, in reading order."""
    covered = _covered(attributions)
    ends = [e for _, e in covered]
    title = _folded(meta.title or "")
    headline_end = _first_line_end(text)
    out: list[tuple[Span, Span]] = []
    kinds: dict[int, _Line] = {}
    for sentence in sentences:
        line_start, line = _line_of(text, sentence)
        if line_start not in kinds:
            kinds[line_start] = _line_kind(line, line_start, title, meta, headline_end)
        kind = kinds[line_start]
        if kind is _Line.NOTHING:
            continue
        prefix = _label_length(sentence.text) if kind is _Line.HEADING else _prefix_length(sentence.text, meta)
        start = sentence.start + prefix
        pieces = list(_uncovered(text, start, sentence.end, covered, bisect_right(ends, start)))
        whole = len(pieces) == 1 and text[start:pieces[0].start].strip(_SEPARATORS) == "" and \
            text[pieces[0].end:sentence.end].strip(_SEPARATORS + _CLOSERS + ".!?") == ""
        least = MIN_SENTENCE_WORDS if whole else MIN_WORDS
        out.extend((piece, sentence) for piece in pieces
                   if len(_WORD.findall(piece.text)) >= (MIN_SENTENCE_WORDS if _closing_clause(text, piece, sentence)
                                                         else least)
                   and not (piece.start > start and _REASON.match(piece.text)))
    return out


def _closing_clause(text: str, piece: Span, sentence: Span) -> bool:
    """A piece after a semicolon, or a clause "which" opens, that runs to the sentence's end is a
    clause of its own, however short ("Pentagon says strikes hit 85 targets; Iraq reports 16 dead",
    "claimed responsibility for the attack, which killed 17 soldiers")."""
    return (text[:piece.start].rstrip().endswith(";") or _WHICH.match(piece.text) is not None) and \
        text[piece.end:sentence.end].strip(_SEPARATORS + _CLOSERS + ".!?") == ""


class _Line(Enum):
    STATEMENT = "statement"
    HEADING = "heading"
    NOTHING = "nothing"


def _covered(attributions: Sequence[Attribution]) -> list[tuple[int, int]]:
    """The spans attributions take, merged so none overlaps the next; the words between a cue and the
    content after it are the frame's ("said during a visit to the port that ...")."""
    spans = sorted([(s.start, s.end) for a in attributions
                    for s in (a.source, a.cue, a.channel_span, *a.content) if s is not None]
                   + [(a.cue.end, c.start) for a in attributions if a.cue is not None
                      for c in a.content[:1] if a.cue.end < c.start <= a.cue.end + _FRAME_GAP])
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


def _line_kind(line: str, line_start: int, title: str, meta: ArticleMeta, headline_end: int) -> _Line:
    """A statement, a heading (the headline, a section heading) or a line that states nothing
    (dateline, date, feed or credit note)."""
    folded = _folded(line)
    if not folded or (meta.dateline and folded == _folded(meta.dateline)) or _DATE_LINE.match(line):
        return _Line.NOTHING
    if line.startswith("(") and line.rstrip(".").endswith(")"):
        return _Line.NOTHING
    if _CREDIT.match(line) is not None or _FEED_NOTE.search(line) is not None or _BYLINE.match(line) is not None:
        return _Line.NOTHING
    if line_start < headline_end or (title and folded == title) or not _ends_statement(line):
        return _Line.HEADING if _is_heading(line) else _Line.NOTHING
    return _Line.STATEMENT


def _is_heading(line: str) -> bool:
    """A headline or section heading states something: a few words, not all capitals (a dateline)."""
    return not line.isupper() and len(_WORD.findall(line[_label_length(line):])) >= MIN_SENTENCE_WORDS


def _label_length(sentence: str) -> int:
    """Length of a section or country label opening a heading ("United States: ")."""
    m = _HEADING_LABEL.match(sentence)
    return m.end() if m else 0


def _ends_statement(line: str) -> bool:
    """Ends like a sentence: a full stop, ! or ?, or a closing quote (closing brackets allowed after)."""
    return line.rstrip(_CLOSERS)[-1:] in _FULL_STOPS or line[-1:] in _CLOSING_QUOTES


def _prefix_length(sentence: str, meta: ArticleMeta) -> int:
    """Length of a dateline opening the sentence ("QASR BADR (AFP) - ", "Baghdad: ")."""
    m = DATELINE.match(sentence)
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
