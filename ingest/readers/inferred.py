"""Metadata read off an article's own text, for what no source declared.

- title: the first non-empty line, when it stands alone and reads like a
  headline (a few words, no closing period);
- dateline: a line holding only a place and a colon ("Kabul:"), or the
  place that opens a lead ("KABUL (AP) -", "KABUL, May 2 (Reuters) -",
  "KABUL -", "KABUL: ...");
- syndicated_from: the agency in a lead's wire tag, or, when a trailing note
  says the story came from a syndicated or wire feed, the agency that note
  names, else the wire agency the text mentions most.

Only the head (first lines) and tail (last lines) of the text are looked at,
so a long text costs no more than a short one. A candidate that would not
pass as a declared name (control characters, too long) is not taken.
"""
from __future__ import annotations

import re
from collections import Counter

from claimgraph.ingest.document import ArticleMeta
from claimgraph.ingest.readers.metadata import unsafe_character

_HEAD_CHARS = 4000
_HEAD_LINES = 8
# A dateline opens the body (a teaser paragraph may come before it), so the
# search stops at the second paragraph of running text.
_PARAGRAPH_WORDS = 12
_PARAGRAPHS_BEFORE_DATELINE = 1
_SENTENCE_END = frozenset(".!?\"”’)")
_MIN_LEAD_WORDS = 5
_MIN_LEAD_LOWERCASE_SHARE = 0.4
_TAIL_CHARS = 2000
_TAIL_LINES = 4
_MAX_HEADLINE_CHARS = 200
_MAX_HEADLINE_WORDS = 30
_MAX_PLACE_CHARS = 60

# Wire agencies by the name the graph uses for them, with the other names
# they are written under. Written case-sensitively: "AP" the agency, not "ap".
WIRE_AGENCIES: dict[str, tuple[str, ...]] = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press"),
    "UPI": ("UPI", "United Press International"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",),
    "TASS": ("TASS",),
    "RIA Novosti": ("RIA Novosti",),
    "Interfax": ("Interfax",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "ANI": ("ANI", "Asian News International"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "Bernama": ("Bernama",),
    "IRNA": ("IRNA",),
    "KUNA": ("KUNA",),
    "WAM": ("WAM",),
    "QNA": ("QNA",),
    "SANA": ("SANA",),
    "WAFA": ("WAFA",),
}
_AGENCY_BY_ALIAS = {alias: name for name, aliases in WIRE_AGENCIES.items() for alias in aliases}
_AGENCY_MENTION = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _AGENCY_BY_ALIAS), key=len, reverse=True)) + r")(?![\w-])"
)

# Words that open a line with a colon or a dash but are labels, not places.
_LABELS = frozenset(
    """note update updated related watch listen video photo photos advertisement
    also read more breaking exclusive analysis opinion live factbox explainer
    editor's correction clarification source sources by from previously
    partial transcript top""".split()
)

_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]{2,}"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ -]{_CAPS_WORD}){{0,3}}"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_NAME_PLACE = rf"{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,3}}"
# After the place and a comma: a date ("March 16", "Nov. 22") or a region ("Ill.", "Calif.").
_WHEN = r"(?:\s*,\s*(?:[^()\n,]{0,20}\d[^()\n,]{0,20}?|[A-Z][\w.]*(?: [A-Z][\w.]*)?))?"
_DASH = r"[-–—]{1,2}"

_PLACE_COLON_LINE = re.compile(rf"\s*(?P<place>{_NAME_PLACE})\s*:\s*")
_WIRE_LEAD = re.compile(rf"\s*(?P<place>{_NAME_PLACE}){_WHEN}\s*\((?P<agency>[^()\n]{{1,40}})\)\s*{_DASH}\s")
_CAPS_DASH_LEAD = re.compile(rf"\s*(?P<place>{_CAPS_PLACE}){_WHEN}\s*{_DASH}\s+(?P<rest>\S.*)")
_CAPS_COLON_LEAD = re.compile(rf"\s*(?P<place>{_CAPS_PLACE})\s*:\s+(?P<rest>\S.*)")
_ACRONYM = re.compile(r"[A-Z]{2,6}")

_FEED_NOTE = re.compile(
    r"\bsyndicated\b[^\n]{0,40}\bfeed\b|\bwire (?:service|feed|copy)\b|\bwith inputs? from\b",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(r"\s*(?:[-–—]+\s*)?\(?\s*(?P<agency>[^()\n]{2,40}?)\s*\)?\s*")


def infer_meta(text: str, max_name_chars: int) -> ArticleMeta:
    title = _headline(text[:_HEAD_CHARS], max_name_chars)
    head = _non_empty_lines(text[:_HEAD_CHARS])[:_HEAD_LINES]
    # A headline is not a lead: "IRAQ - TALKS RESUME" names no dateline.
    place, tagged_agency = _dateline(head[1:] if title else head)
    return ArticleMeta(
        title=title,
        dateline=place if place and len(place) <= max_name_chars else None,
        syndicated_from=tagged_agency or _feed_agency(text),
    )


def _non_empty_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _headline(head: str, max_name_chars: int) -> str | None:
    lines = head.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or first + 1 >= len(lines) or lines[first + 1].strip():
        return None
    line = lines[first].strip()
    words = line.split()
    if not (2 <= len(words) <= _MAX_HEADLINE_WORDS):
        return None
    if len(line) > min(_MAX_HEADLINE_CHARS, max_name_chars) or line[-1] in ".,;:":
        return None
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'‘“"):
        return None
    if unsafe_character(line):
        return None
    return line


def _dateline(head: list[str]) -> tuple[str | None, str | None]:
    """The dateline place and the wire agency tagged in it, if any."""
    # Several "NAME: ..." lines are a transcript's speaker labels, not a dateline.
    transcript = sum(1 for line in head if _CAPS_COLON_LEAD.match(line)) > 1
    paragraphs = 0
    for line in head:
        if paragraphs > _PARAGRAPHS_BEFORE_DATELINE:
            break
        colon_line = _PLACE_COLON_LINE.fullmatch(line)
        if colon_line and not _is_label(colon_line["place"]):
            return _place(colon_line["place"]), None
        wire = _WIRE_LEAD.match(line)
        if wire and not _is_label(wire["place"]):
            agency = _agency(wire["agency"])
            if agency:
                return _place(wire["place"]), agency
        lead = _CAPS_DASH_LEAD.match(line) or (None if transcript else _CAPS_COLON_LEAD.match(line))
        if lead and not _is_label(lead["place"]) and _reads_as_sentence(lead["rest"]):
            return _place(lead["place"]), None
        paragraphs += _is_paragraph(line)
    return None, None


def _is_paragraph(line: str) -> bool:
    stripped = line.rstrip()
    return len(stripped.split()) >= _PARAGRAPH_WORDS and stripped[-1] in _SENTENCE_END


def _reads_as_sentence(rest: str) -> bool:
    """Whether what follows a lead is running text, not a Title Case headline."""
    words = rest.split()
    lowercase = sum(1 for word in words if word[0].islower())
    return len(words) >= _MIN_LEAD_WORDS and lowercase >= _MIN_LEAD_LOWERCASE_SHARE * len(words)


def _is_label(place: str) -> bool:
    return place.split()[0].lower() in _LABELS or len(place) > _MAX_PLACE_CHARS


def _place(written: str) -> str:
    # An all-caps dateline ("NEW DELHI") is a typographic convention, not the name.
    return written.title() if written.isupper() else written


def _agency(tag: str) -> str | None:
    tag = tag.strip()
    if tag in _AGENCY_BY_ALIAS:
        return _AGENCY_BY_ALIAS[tag]
    return tag if _ACRONYM.fullmatch(tag) else None


def _feed_agency(text: str) -> str | None:
    tail = _non_empty_lines(text[-_TAIL_CHARS:])[-_TAIL_LINES:]
    for line in reversed(tail):
        credit = _CREDIT_LINE.fullmatch(line)
        if credit and credit["agency"] in _AGENCY_BY_ALIAS:
            return _AGENCY_BY_ALIAS[credit["agency"]]
    notes = [line for line in tail if _may_be_feed_note(line) and _FEED_NOTE.search(line)]
    if not notes:
        return None
    for note in notes:
        named = _most_mentioned(note)
        if named:
            return named
    return _most_mentioned(text)


def _may_be_feed_note(line: str) -> bool:
    # A substring test first: the regex is the slow part of reading a short record.
    lowered = line.lower()
    return "feed" in lowered or "wire" in lowered or "input" in lowered


def _most_mentioned(text: str) -> str | None:
    counts = Counter(_AGENCY_BY_ALIAS[m[1]] for m in _AGENCY_MENTION.finditer(text))
    if not counts:
        return None
    # Counter keeps first-seen order, so a tie goes to the agency named first.
    return max(counts, key=counts.__getitem__)
