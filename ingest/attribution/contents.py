"""What was said: the content spans around a cue and its source.

The content is the clause after the cue (past a day, an addressee or a
"that"), the quote or clause fronted before the source ('"...," Roe said'),
or both when the cue splits a quote. A trailing participle clause (", adding
...") is a statement of its own, not part of the content.
"""
from __future__ import annotations

import re
from typing import Final

from claimgraph.ingest.attribution.tokens import Tokens
from claimgraph.ingest.cues import (
    APPOSITIVE_DASHES,
    CLAUSE_WORDS,
    DETERMINERS,
    NOUN_DETERMINERS,
    PARTICIPLE_CUES,
    PLATFORMS,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SENTENCE_END,
    SPEECH_VERBS,
    TIME_MODIFIERS,
    TIME_PHRASE_WORDS,
    TIME_WORDS,
)
from claimgraph.ingest.names import DOCUMENT_HEADS, GROUP_HEADS, MEDIA_HEADS
from claimgraph.ingest.numbers import NUMBER, VAGUE

# Cues whose object is the addressee, not the content ("told reporters").
_OBJECT_CUES: Final = frozenset(
    "told tell tells telling assured reminded warned urged informed asked".split()
)
_SERIES_JOINERS: Final = frozenset({"and", "or"})
# What opens a clause after an audience: "told reporters he would ...", "told the crowd they ...".
_SUBJECT_PRONOUNS: Final = frozenset("i he she we they it".split())
# An audience a cue of telling names before what it told them ("told reporters the toll rose"): people
# by a plural noun for them, or a gathering.
_AUDIENCES: Final = GROUP_HEADS | frozenset("crowd crowds audience viewers listeners parliament".split())
# "told a local channel ...", "told the state broadcaster ...": the article and up to two words of description
# before a medium's kind.
_MEDIUM_ARTICLES: Final = frozenset("a an the".split())
_MEDIUM_WORDS: Final = 3
# Gatherings told something: "told a news conference", "told the rally".
_GATHERINGS: Final = frozenset("conference briefing rally meeting gathering summit hearing session".split())
# What opens a reason for speaking, or for speaking unnamed, after a quote's cue; never its content.
_REASONS: Final = frozenset({"because", "since"})
# What may open a count: a number or a vague amount (ingest.numbers).
COUNT_START: Final = re.compile(rf"(?:{NUMBER}|{VAGUE})$", re.IGNORECASE)
# The platforms by their words ("Truth Social" is two), and where on one a post is.
_PLATFORM_WORDS: Final = tuple(sorted((tuple(name.split()) for name in PLATFORMS | {"social media"}), key=len,
                                      reverse=True))
_PLATFORM_PLACES: Final = frozenset("account channel page feed".split())
_POSSESSORS: Final = frozenset("its his her their the".split())
_FRAME_TAIL: Final = 5
_MAX_GAP_TO_THAT: Final = 8
_MAX_GAP_TO_DOCUMENT_THAT: Final = 14
_MIN_CONTINUATION: Final = 4
_CONJOINED: Final = frozenset(("and", "but"))


def contents(
    toks: Tokens, frame_start: int, after: int, cue_low: str
) -> tuple[tuple[int, int], ...]:
    """Content of a frame that starts at ``frame_start`` and whose cue and
    source end at ``after``: what follows, what was fronted, or both."""
    right = right_content(toks, after, cue_low)
    left = _left_content(toks, frame_start)
    if right is not None and left is not None and toks.lows[right[0]] in _REASONS:
        return (left,)  # '"...," a doctor told us because he could not be named': why he spoke so
    if right is not None and not _after_comma(toks, right):
        return (right,)
    if left is None:
        return (right,) if right else ()
    if right is None or not _continues_content(toks, right) and not _second_clause(toks, left, right):
        return (left,)
    return (left, right)


def _after_comma(toks: Tokens, rng: tuple[int, int]) -> bool:
    return rng[0] > 0 and toks.words[rng[0] - 1] in {",", ":"}


def _continues_content(toks: Tokens, right: tuple[int, int]) -> bool:
    """After a fronted content, a remainder that is a new clause is not content."""
    if toks.words[right[0]] in QUOTE_OPEN:
        return True
    if right[1] - right[0] < _MIN_CONTINUATION:
        return False
    first = toks.lows[right[0]]
    return first not in CLAUSE_WORDS and first not in PARTICIPLE_CUES and first not in {
        "who", "which", "according"
    }


def _second_clause(toks: Tokens, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """"Ten were rescued, he said, and one was still missing": a clause "and" or "but" joins to
    reported words not quoted goes on with them. After a quote the words go on in the writer's voice
    ('"Follow us," she said, and the boys trailed behind'), and so they do when a pronoun opens the
    clause ("..., he said, but he was shocked")."""
    if right[1] - right[0] < _MIN_CONTINUATION or toks.lows[right[0]] not in _CONJOINED:
        return False
    if right[1] < len(toks.words) and toks.words[right[1]] == ",":
        return False  # "..., and 20 were hurt, according to a rights group": the clause has a source of its own
    opening = toks.lows[right[0] + 1]
    return (opening not in CLAUSE_WORDS and opening not in PRONOUNS
            and not any(toks.quoted[k] or toks.words[k] in QUOTE_CLOSE for k in range(left[0], left[1])))


def clause_before(toks: Tokens, i: int) -> tuple[int, int] | None:
    """The words before ``i`` from the sentence start ("X happened, according
    to ..."), or from the last semicolon before ``i`` (the clause before it has a
    frame of its own) unless it ends a series, without the punctuation around them."""
    end = i
    while end > 0 and not toks.is_word(end - 1) and toks.words[end - 1] not in QUOTE_CLOSE:
        end -= 1
    start = next((k + 1 for k in range(i - 1, -1, -1) if toks.words[k] == ";" and not toks.quoted[k]), 0)
    if start and toks.lows[start] in _SERIES_JOINERS:
        start = 0  # "A was paid $5; B $7; and C $9, according to ...": the series is one statement
    start = next((k + 2 for k in range(end - 2, start, -1) if toks.words[k] == "," and toks.lows[k + 1] == "and"
                  and not toks.quoted[k] and _frame_ends_at(toks, k)), start)
    while start < end and not toks.is_word(start) and toks.words[start] not in QUOTE_OPEN:
        start += 1
    if end - start < 2:
        return None
    return start, end


def _frame_ends_at(toks: Tokens, comma: int) -> bool:
    """"two officials were shot dead, the electoral commission said in a statement, and ...": a verb of
    saying with at most a phrase of where or when after it ends the clause before the comma, which is a
    frame of its own; the words after ", and" are another statement."""
    for k in range(comma - 1, max(-1, comma - 1 - _FRAME_TAIL), -1):
        if toks.lows[k] in SPEECH_VERBS and not toks.is_capitalized(k):  # not "the United States"
            return k == comma - 1 or toks.lows[k + 1] in PREPOSITIONS or toks.lows[k + 1] in TIME_WORDS
        if not toks.is_word(k) or toks.quoted[k]:
            return False
    return False


def _left_content(toks: Tokens, frame_start: int) -> tuple[int, int] | None:
    """Content fronted before the source and cue, set off by a comma or a quote."""
    k = frame_start - 1
    if k < 1:
        return None
    w = toks.words[k]
    if w in QUOTE_CLOSE and toks.words[k - 1] in {",", "?", "!", "."}:
        end = k + 1
    elif w == "," or w in APPOSITIVE_DASHES:
        end = k
    else:
        return None
    if end < 2:
        return None
    return 0, end


def right_content(toks: Tokens, p: int, cue_low: str) -> tuple[int, int] | None:
    """Content after the cue, past time, channel and addressee phrases; none after a semicolon ("Strike
    kills 9, Houthis say; coalition denies toll": the clause after it is a sentence of its own)."""
    n = len(toks.words)
    if p < n and toks.words[p] == ";" and not toks.quoted[p]:
        return None
    p = _past_platform(toks, p)
    that = _that_ahead(toks, p)
    if that is not None:
        p = that
    elif cue_low in _OBJECT_CUES:
        addressed = _past_addressee(toks, p)
        if addressed is not None:
            p = addressed  # "told reporters the toll had risen to 12": the clause keeps its subject
        else:
            while p < n and toks.is_word(p) and toks.lows[p] not in CLAUSE_WORDS:
                p += 1
    else:
        p = _past_trailing_phrases(toks, p)
    if p < n and toks.words[p] in {",", ":"}:
        p += 1
    content = to_sentence_end(toks, p)
    if content is None or _only_says_when(toks, content):
        return None
    # ", adding ..." starts a statement of its own; ", according to ..." names another source; so does a
    # name after a semicolon ("strikes hit 85 targets; Iraq reports 16 dead").
    end = next(
        (q for q in range(content[0] + 1, content[1] - 1)
         if toks.words[q] == "," and not toks.quoted[q]
         and (toks.lows[q + 1] in PARTICIPLE_CUES or toks.lows[q + 1] == "according")
         or toks.words[q] == ";" and not toks.quoted[q] and toks.is_capitalized(q + 1)),
        content[1],
    )
    # '... called the plan "a farce," adding ...': the comma inside the closing quote mark.
    quoted_end = next(
        (q + 2 for q in range(content[0] + 1, end - 2)
         if toks.words[q] == "," and toks.quoted[q] and toks.words[q + 1] in QUOTE_CLOSE
         and (toks.lows[q + 2] in PARTICIPLE_CUES or toks.lows[q + 2] == "according")),
        end,
    )
    return content[0], quoted_end


def _past_platform(toks: Tokens, p: int) -> int:
    """Past "on X", "on its Telegram channel", "via Facebook", "on social media" right after the cue: where
    the words were posted, a channel (cues.CHANNEL_PATTERNS), never the content ("said on X he was pained")."""
    n = len(toks.words)
    if p + 1 >= n or toks.lows[p] not in {"on", "via"}:
        return p
    q = p + 1
    if toks.lows[q] in _POSSESSORS:
        q += 1
    if q < n and toks.lows[q] == "official":
        q += 1
    first = q
    while q < n:  # "on Facebook and Twitter"
        platform = next((name for name in _PLATFORM_WORDS if tuple(toks.words[q:q + len(name)]) == name), None)
        if platform is None:
            break
        q += len(platform)
        if q + 1 < n and toks.lows[q] in {"and", "or"}:
            q += 1
    if q == first:
        return p
    if toks.lows[q - 1] in {"and", "or"}:
        q -= 1
    if q < n and toks.lows[q] in _PLATFORM_PLACES:
        q += 1
    return q


def _past_addressee(toks: Tokens, p: int) -> int | None:
    """Where the words told begin after whom they were told to, when that is plain: a noun for an
    audience ("reporters", "the crowd") or a capitalized name ("Reuters", "the Lakeside Herald");
    None when the words after the cue say nothing so plain."""
    n = len(toks.words)
    q = p + 1 if p < n and toks.lows[p] == "the" else p
    medium = _past_medium(toks, p)
    if medium is not None:
        q = medium
    elif q < n and toks.lows[q] in _AUDIENCES:
        q += 1
    elif q < n and toks.is_capitalized(q) and not toks.quoted[q]:
        while q < n and toks.is_capitalized(q):
            q += 1
    else:
        return None
    q = _past_when(toks, q)  # "told reporters on Monday nine people had died"
    if q >= n or toks.lows[q] in TIME_WORDS or not (
            toks.lows[q] in DETERMINERS or toks.lows[q] in _SUBJECT_PRONOUNS or toks.is_capitalized(q)
            or toks.lows[q][:1].isdigit()):
        return None  # "told reporters that ...", "told Fox News host ...": the other rules read those
    return q


def _past_when(toks: Tokens, q: int) -> int:
    """Past a time word or "on Monday", "late on Sunday" after whom the words were told."""
    n = len(toks.words)
    while q < n:
        if toks.lows[q] in TIME_WORDS:
            q += 1
        elif toks.lows[q] in TIME_MODIFIERS and q + 1 < n and (toks.lows[q + 1] in TIME_WORDS
                                                               or toks.lows[q + 1] in TIME_MODIFIERS):
            q += 1
        else:
            return q
    return q


def _past_medium(toks: Tokens, p: int) -> int | None:
    """After "a local channel", "the newspaper Dawn", "a news conference": a medium or a gathering its kind
    describes (and its name), told what follows; None when the words after the article end in no such
    kind ("a local man ...")."""
    n = len(toks.words)
    if p >= n or toks.lows[p] not in _MEDIUM_ARTICLES:
        return None
    q, head = p + 1, None
    while q < min(n, p + 1 + _MEDIUM_WORDS) and toks.words[q].isalpha() and toks.words[q].islower() \
            and toks.lows[q] not in DETERMINERS and toks.lows[q] not in _SUBJECT_PRONOUNS \
            and toks.lows[q] not in PREPOSITIONS and toks.lows[q] not in TIME_MODIFIERS:
        if toks.lows[q] in MEDIA_HEADS or toks.lows[q] in _GATHERINGS:
            head = q
        q += 1
    if head is None or head != q - 1:
        return None  # "a television interview": the medium is no head
    while q < n and toks.is_capitalized(q):
        q += 1  # "the newspaper Dawn": its name
    return q


def _only_says_when(toks: Tokens, rng: tuple[int, int]) -> bool:
    """"the figure the ministry announced a day earlier": the cue's object is
    the noun before its source, and what follows only says when."""
    return all(
        toks.lows[q] in TIME_PHRASE_WORDS or toks.lows[q][0].isdigit() or not toks.is_word(q)
        for q in range(*rng)
    )


def _past_trailing_phrases(toks: Tokens, p: int) -> int:
    """Skips "Tuesday", and "on X" or "on condition of anonymity" when only
    punctuation follows: they frame the cue, they are not its content."""
    n = len(toks.words)
    while p < n:
        if toks.lows[p] in TIME_WORDS:
            p += 1
        elif toks.lows[p] in TIME_MODIFIERS and p + 1 < n and toks.lows[p + 1] in TIME_WORDS:
            p += 2
        else:
            break
    if p >= n or toks.lows[p] not in PREPOSITIONS or _opens_count(toks, p):
        return p  # "said at least 50 people had died", "said about 30 were hurt": a count opens the content
    q = p
    while q < n and toks.is_word(q) and not toks.quoted[q]:
        q += 1
    if q == n or toks.words[q] in {",", ":", ";"} | SENTENCE_END:
        return q
    return p


def is_quantity(toks: Tokens, k: int) -> bool:
    """"At least half of voters", "about 30 people", "up to 40": a quantity, not a place or a time."""
    if k + 1 >= len(toks.words):
        return False
    low, nxt = toks.lows[k], toks.lows[k + 1]
    if low == "at":
        return nxt in {"least", "most"}
    if low == "up":
        return nxt == "to" and k + 2 < len(toks.words) and toks.lows[k + 2][0].isdigit()
    return low in {"about", "around", "over", "under"} and (
        nxt[0].isdigit() or nxt in DETERMINERS or nxt == "half"
    )


def _opens_count(toks: Tokens, k: int) -> bool:
    """A quantity whose number follows: "at least 50", "about 30", "up to 40", not "about the plan"."""
    if not is_quantity(toks, k):
        return False
    first = k + 2 if toks.lows[k] in {"at", "up"} else k + 1
    return first < len(toks.words) and COUNT_START.match(toks.words[first]) is not None


def _that_ahead(toks: Tokens, p: int) -> int | None:
    """A complementizer a few words on: "told reporters in Washington that"; further after the
    document the words came in ("said in a statement carried by the state news agency that")."""
    gap = _MAX_GAP_TO_DOCUMENT_THAT if _opens_document(toks, p) else _MAX_GAP_TO_THAT
    crossed = False
    for q in range(p, min(p + gap, len(toks.words))):
        if toks.lows[q] == "that":
            return q if not crossed or _opens_clause(toks, q + 1) else None
        if _in_phrase(toks, q):
            crossed = True
        elif not toks.is_word(q) or toks.lows[q] in CLAUSE_WORDS:
            return None
    return None


def _opens_clause(toks: Tokens, q: int) -> bool:
    """After "wrote to the governor that", a subject: "that he", "that the toll", "that Mexico"; not
    "that tweet" or "that would have", where "that" points to a noun or opens a relative clause."""
    return q < len(toks.words) and (toks.lows[q] in DETERMINERS or toks.lows[q] in _SUBJECT_PRONOUNS
                                    or toks.is_capitalized(q) or toks.lows[q][:1].isdigit()
                                    or toks.words[q] == ",")


def _in_phrase(toks: Tokens, q: int) -> bool:
    """"a visit to the port", "to Bangkok": a preposition before a noun phrase, not an infinitive
    ("said to have")."""
    if toks.lows[q] != "to" or q + 1 >= len(toks.words):
        return False
    return toks.lows[q + 1] in NOUN_DETERMINERS or toks.is_capitalized(q + 1) and not toks.quoted[q + 1]


def _opens_document(toks: Tokens, p: int) -> bool:
    """"in a statement", "in a post on its account": a document the cue's words came in."""
    return p + 2 < len(toks.words) and toks.lows[p] == "in" and toks.lows[p + 1] in DETERMINERS \
        and toks.lows[p + 2] in DOCUMENT_HEADS


def to_sentence_end(toks: Tokens, p: int) -> tuple[int, int] | None:
    """``p`` to the sentence end without its final punctuation, if any words."""
    end = len(toks.words)
    while end > p and toks.words[end - 1] in SENTENCE_END:
        end -= 1
    if end - p < 1 or not any(toks.is_word(q) for q in range(p, end)):
        return None
    return p, end
