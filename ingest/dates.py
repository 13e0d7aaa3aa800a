"""Dates in news text, resolved against the publication date.

Three clocks are kept apart: when the event happened (dates inside a claim's
content, :func:`find_dates`), when the claim was made (a date next to the
reporting cue, :func:`claim_date`), when the article was ingested (not here).

Conventions, where the words leave room:

- A weekday ("Tuesday", "on Wednesday", "early on Wednesday", "Wednesday's")
  is the most recent such day on or before the anchor date, as in news
  reports, which tell what has happened; "last Tuesday" is strictly before the
  anchor, "next Tuesday" strictly after.
- "last night" and "yesterday" are the day before the anchor; "today", "this
  morning", "tonight" are the anchor day.
- "last week" / "last month" / "last year" are the previous calendar week
  (Monday to Sunday), month or year; "this week" and "earlier this week" run
  from the Monday to the anchor.
- A month and day without a year ("March 3", "Mar. 3", "3 March") take
  the year that puts them closest before the anchor, unless the same day falls
  within the next 60 days (news does announce what is coming).
- "since X" opens a period at X (kind SINCE); "until X" closes one (UNTIL).
- Anaphoric phrases ("hours earlier", "later that day", "the next day") take
  the day of the nearest date mentioned before them in the text (looking back
  at most :data:`_LOOKBACK` characters): "hours earlier" is the same day as
  the event it follows, since hours rarely cross midnight in a news report
  and linking allows a day either way.

The anchor is ``published`` by default; a caller that knows when the claim
was made (:func:`claim_date`) may pass that instead, so "yesterday" inside a
quote counts back from the day it was said. Without an anchor, relative dates
are found but left unresolved (all date fields None).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from dateutil.relativedelta import relativedelta

from claimgraph.ingest.spans import Span


class DateKind(StrEnum):
    POINT = "point"
    SINCE = "since"
    UNTIL = "until"


@dataclass(slots=True, unsafe_hash=True)
class DateMention:
    """A date in the text. ``date`` is a single day; ``start``/``end`` bound a
    period ("last week": both; "since March 2": start; "until May 1": end)."""

    span: Span
    kind: DateKind
    date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def resolved(self) -> bool:
        return self.date is not None or self.start is not None or self.end is not None

    @property
    def latest(self) -> dt.date | None:
        """The last day the mention allows (the day itself for a point)."""
        return self.date or self.end or (self.start if self.kind is not DateKind.SINCE else None)


_LOOKBACK: Final = 1500
_FUTURE_WINDOW: Final = dt.timedelta(days=60)

_MONTHS: Final = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS: Final = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
CALENDAR_NAMES: Final = frozenset(_MONTHS) | frozenset(_WEEKDAYS)

_FULL_MONTH: Final = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH: Final = rf"(?:{_FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD: Final = r"(?:st|nd|rd|th)?"
_YEAR: Final = r"(?:1[89]\d\d|20\d\d)"

_DATE: Final = re.compile(
    rf"""(?:\b(?P<prep>[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough)\s+)?
    (?:
        \b(?P<mon>{_MONTH})\s+(?P<md>[0-3]?\d){_ORD}(?:,?\s+(?P<my>{_YEAR}))?(?![\d:])
      | \b(?P<dm>[0-3]?\d){_ORD}\s+(?:of\s+)?(?P<mon2>{_MONTH})(?:,?\s+(?P<dy>{_YEAR}))?\b
      | \b(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b
      | \b(?:(?P<wrel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+)?(?P<wd>{WEEKDAY})\b
      | (?P<rel>\b(?i:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)
              |(?:earlier\s+)?this\s+(?:week|month|year)|last\s+(?:week|month|year)
              |next\s+(?:week|month|year))\b)
      | (?P<ana>\b(?i:hours\s+(?:earlier|later)|(?:earlier|later)\s+(?:that|the\s+same)\s+day
              |that\s+(?:same\s+)?day|the\s+same\s+day|the\s+(?:next|following|previous)\s+day
              |a\s+day\s+(?:later|earlier))\b)
      | \b(?P<mo>{_FULL_MONTH})(?:\s+(?P<moy>{_YEAR}))?\b
      | \b(?P<yr>{_YEAR})\b(?![-/\d])
    )""",
    re.VERBOSE,
)
# Where a date can start: a cheap scan (a first-character prefix the regex
# engine can skip on) before the full pattern is tried at that position.
_CANDIDATE: Final = re.compile(
    r"""(?=[\dJFMASONDTWtsuUlLnNpPyYeEhHaS])(?:\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec
        |Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough
        |[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ee]arlier|[Ll]ater
        |[Hh]ours|(?:[Tt]hat|[Tt]he|[Aa])\s+(?:same\s+|next\s+|following\s+|previous\s+)?day\b))""",
    re.VERBOSE,
)
# A bare month or year is a date only after a word that makes it one
# ("in October", "since 2014"); "May" and "2,000" would otherwise fool us.
_BARE_PREFIX: Final = re.compile(r"(?:\b(?:in|since|until|till|through|by|from|of|early|late|mid|during|before|after)[\s-]+)$",
                          re.IGNORECASE)
_PREFIX_WINDOW: Final = 16


def find_dates(text: str, span: Span, published: dt.date | None) -> list[DateMention]:
    """Date mentions inside ``span``, resolved against ``published``."""
    return list(_scan(text, span.start, span.end, published, look_back=True))


def claim_date(text: str, cue_span: Span | None, sentence_span: Span,
               published: dt.date | None) -> dt.date | None:
    """The day a claim was made: a date next to its cue, else the publication date.

    "X said Tuesday", "X said in a statement on Tuesday", "X told reporters on
    Tuesday", "X on Tuesday said" count; a date further inside the content is
    the event's, not the claim's. A leading "On Tuesday, ..." is left alone:
    it as often dates the event as the statement. A period ("said last week")
    gives its last day.
    """
    if cue_span is None:
        return published
    return date_beside_cue(text, cue_span, find_dates(text, sentence_span, published), published)


def date_beside_cue(text: str, cue_span: Span, sentence_dates: Sequence[DateMention],
                    published: dt.date | None) -> dt.date | None:
    """:func:`claim_date` given the :func:`find_dates` of the cue's sentence (a caller with
    several cues in one sentence finds its dates once)."""
    for mention in sentence_dates:
        if mention.kind is not DateKind.POINT or not mention.resolved:
            continue
        if _follows_cue(text, cue_span, mention) or _precedes_cue(text, cue_span, mention):
            return mention.latest
    return published


# Between a cue and its date only the words of a channel may stand ("said in
# a statement on Tuesday", "told reporters in Washington on Tuesday"); any
# other lowercase word means the date sits inside the content.
_CUE_GAP_WORDS: Final = frozenset(
    """on in at to a an the late early earlier later statement interview briefing
    conference news press post posting message reporters journalists television
    radio broadcast video speech remarks""".split()
)
_CUE_GAP_MAX: Final = 45
_GAP_TOKEN: Final = re.compile(r"[\w'\u2019.-]+|[^\w\s]")
_BEFORE_CUE: Final = re.compile(r"\s*(?:,\s*)?")


def _follows_cue(text: str, cue: Span, mention: DateMention) -> bool:
    if mention.span.start < cue.end or mention.span.start - cue.end > _CUE_GAP_MAX:
        return False
    for token in _GAP_TOKEN.findall(text[cue.end:mention.span.start]):
        if token == "," or token[0].isupper():
            continue
        if token.lower() not in _CUE_GAP_WORDS:
            return False
    return True


def _precedes_cue(text: str, cue: Span, mention: DateMention) -> bool:
    return mention.span.end <= cue.start and _BEFORE_CUE.fullmatch(text[mention.span.end:cue.start]) is not None


def _scan(text: str, start: int, end: int, anchor: dt.date | None, look_back: bool) -> Iterator[DateMention]:
    """Every date mention in ``text[start:end]``, in order, anaphora resolved
    against the last day mentioned before them (looking back before ``start``
    only when an anaphor needs it)."""
    last_day: dt.date | None = None
    for m in _matches(text, start, end):
        if (m.group("mo") or m.group("yr")) and not m.group("prep") and not _BARE_PREFIX.search(
                text, max(0, m.start() - _PREFIX_WINDOW), m.start()):
            continue
        if m.group("ana") and last_day is None and look_back:
            last_day = _last_day(text, max(0, start - _LOOKBACK), start, anchor)
            look_back = False
        mention = _mention(text, m, anchor, last_day)
        if mention.date is not None:
            last_day = mention.date
        yield mention


def _matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    pos = start
    while (candidate := _CANDIDATE.search(text, pos, end)) is not None:
        m = _DATE.match(text, candidate.start(), end)
        if m is None:
            pos = candidate.end()
            continue
        yield m
        pos = m.end()


def _last_day(text: str, start: int, end: int, anchor: dt.date | None) -> dt.date | None:
    days = [m.date for m in _scan(text, start, end, anchor, look_back=False) if m.date is not None]
    return days[-1] if days else None


def _mention(text: str, m: re.Match[str], anchor: dt.date | None, last_day: dt.date | None) -> DateMention:
    prep = (m.group("prep") or "").lower()
    kind = DateKind.SINCE if prep == "since" else DateKind.UNTIL if prep else DateKind.POINT
    start = m.start("prep") if prep else _start_of_date(m)
    span = Span.of(text, start, m.end())
    first, last = _resolve(m, anchor, last_day)
    if first is None:
        return DateMention(span, kind)
    if kind is DateKind.SINCE:
        return DateMention(span, kind, start=first)
    if kind is DateKind.UNTIL:
        return DateMention(span, kind, end=last)
    if first == last:
        return DateMention(span, kind, date=first)
    return DateMention(span, kind, start=first, end=last)


def _start_of_date(m: re.Match[str]) -> int:
    for name in ("mon", "dm", "iy", "wrel", "wd", "rel", "ana", "mo", "yr"):
        if m.group(name):
            return m.start(name)
    return m.start()


def _resolve(m: re.Match[str], anchor: dt.date | None,
             last_day: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day the mention covers (equal for a single day)."""
    if m.group("iy"):
        day = _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        return day, day
    if m.group("mon") or m.group("mon2"):
        month = _MONTHS[(m.group("mon") or m.group("mon2")).rstrip(".").lower()]
        day_of_month = int(m.group("md") or m.group("dm"))
        year = m.group("my") or m.group("dy")
        day = _safe_date(int(year), month, day_of_month) if year else _infer_year(month, day_of_month, anchor)
        return day, day
    if m.group("mo"):
        return _month_period(_MONTHS[m.group("mo").lower()], m.group("moy"), anchor)
    if m.group("yr"):
        year = int(m.group("yr"))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m.group("ana"):
        return _anaphoric(m.group("ana").lower(), last_day)
    if anchor is None:
        return None, None
    if m.group("wd"):
        day = _weekday(m.group("wd").lower(), (m.group("wrel") or "").lower(), anchor)
        return day, day
    return _relative(" ".join(m.group("rel").lower().split()), anchor)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, anchor: dt.date | None) -> dt.date | None:
    if anchor is None:
        return None
    for year in (anchor.year + 1, anchor.year, anchor.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= anchor + _FUTURE_WINDOW:
            return candidate
    return None


def _month_period(month: int, year_text: str | None,
                  anchor: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    if year_text:
        year = int(year_text)
    elif anchor is not None:
        year = anchor.year if month <= anchor.month + 2 else anchor.year - 1
    else:
        return None, None
    first = dt.date(year, month, 1)
    return first, first + relativedelta(months=1, days=-1)


def _weekday(name: str, rel: str, anchor: dt.date) -> dt.date:
    target = _WEEKDAYS[name]
    if rel == "next":
        return anchor + dt.timedelta(days=(target - anchor.weekday() - 1) % 7 + 1)
    if rel in ("last", "past"):
        return anchor - dt.timedelta(days=(anchor.weekday() - target - 1) % 7 + 1)
    return anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)


def _relative(words: str, anchor: dt.date) -> tuple[dt.date, dt.date]:
    if words in ("yesterday", "last night"):
        day = anchor - dt.timedelta(days=1)
        return day, day
    if words == "tomorrow":
        day = anchor + dt.timedelta(days=1)
        return day, day
    unit = words.rsplit(" ", 1)[-1]
    if unit in ("week", "month", "year"):
        return _calendar_period(unit, words.split(" ", 1)[0], anchor)
    return anchor, anchor


def _calendar_period(unit: str, which: str, anchor: dt.date) -> tuple[dt.date, dt.date]:
    if unit == "week":
        first = anchor - dt.timedelta(days=anchor.weekday())
        step = relativedelta(weeks=1)
    elif unit == "month":
        first = anchor.replace(day=1)
        step = relativedelta(months=1)
    else:
        first = anchor.replace(month=1, day=1)
        step = relativedelta(years=1)
    if which == "last":
        return first - step, first - dt.timedelta(days=1)
    if which == "next":
        return first + step, first + step + step - dt.timedelta(days=1)
    return first, anchor


def _anaphoric(words: str, last_day: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    if last_day is None:
        return None, None
    words = " ".join(words.split())
    if words in ("the next day", "the following day", "a day later"):
        day = last_day + dt.timedelta(days=1)
    elif words in ("the previous day", "a day earlier"):
        day = last_day - dt.timedelta(days=1)
    else:
        day = last_day
    return day, day
