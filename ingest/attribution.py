"""Attribution spans: who (source), how (cue), what (content), per sentence.

Rule-based and lexicon-driven (lexicons in :mod:`claimgraph.ingest.cues`).
Each cue word outside quotation marks is tried in turn: its source is the
noun phrase before it ("Deputy Press Secretary Jane Roe told"), the one after
it when the cue follows a quote ("..., said Roe"), or the one after "according
to"; its content is the clause after it, the quote or clause before the
source ('"...," Roe said'), or both when the cue splits a quote. A quote that
continues in the next sentence of the same paragraph joins the content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.graph.model import Channel, QuoteKind
from claimgraph.ingest.cues import (
    APPOSITIVE_DASHES,
    CHANNEL_PATTERNS,
    CLAUSE_WORDS,
    CUE_WORDS,
    DETERMINERS,
    DOCUMENT_SOURCES,
    LEADING_ADVERBS,
    NOT_SPEAKER_LABELS,
    NP_PREPOSITIONS,
    PARTICIPLE_CUES,
    PARTICLE_CUES,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SKIP_BEFORE_CUE,
    TIME_MODIFIERS,
    TIME_WORDS,
)
from claimgraph.ingest.sentences import split_sentences
from claimgraph.ingest.spans import Attribution, Span

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Sens|Rep|Reps|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|St|Jr|Sr"
    r"|Rev|Prof|Atty|Supt|Gens|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md"
    r"|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\."
    r"|(?i:he|she|it|they|we|i|you|who|that|there)(?=['’](?:s|re|ve|d|ll)\b)"
    r"|['’](?:s|re|ve|d|ll)\b"
    r"|\w+(?:[’'&./-]\w+)*"
    r"|''|--|[^\w\s]"
)
_QUOTE_CHARS = re.compile(r"[\"“”]|''")
_SENTENCE_END = frozenset({".", "!", "?"})
_OBJECT_CUES = frozenset(
    "told tell tells telling assured reminded warned urged informed asked".split()
)
_MAX_GAP_TO_THAT = 8
_MAX_ASIDE_COMMAS = 4
_MIN_CONTINUATION = 4
_MAX_LABEL = 5
_MAX_NAME_IN_QUOTES = 10
_PROGRESSIVE = frozenset("is are was were be been am 's 're ’s ’re".split())
_FRONTING_WORDS = PREPOSITIONS | frozenset(
    "after before when while as since although though if because despite once unless".split()
)


@dataclass(frozen=True, slots=True)
class _Tokens:
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


@dataclass(frozen=True, slots=True)
class _Frame:
    """Token ranges (end exclusive) of one attribution inside a sentence."""

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[tuple[int, int], ...]


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution in ``text``, in text order, offsets into ``text``."""
    sentences = split_sentences(text)
    found: list[Attribution] = []
    for index, sentence in enumerate(sentences):
        toks = _tokenize(text, sentence)
        for frame in _frames(toks):
            found.append(_to_attribution(text, sentences, index, toks, frame, found))
    return found


def _tokenize(text: str, sentence: Span) -> _Tokens:
    matches = list(_TOKEN.finditer(text, sentence.start, sentence.end))
    words = tuple(m.group() for m in matches)
    return _Tokens(
        starts=tuple(m.start() for m in matches),
        ends=tuple(m.end() for m in matches),
        words=words,
        lows=tuple(w.lower() for w in words),
        quoted=_quoted_mask(words),
    )


def _quoted_mask(words: tuple[str, ...]) -> tuple[bool, ...]:
    """True for tokens between quotation marks (the marks themselves excluded)."""
    mask = []
    inside = False
    for w in words:
        if w == "“" or (w in ('"', "''") and not inside):
            mask.append(False)
            inside = True
        elif w == "”" or w in ('"', "''"):
            mask.append(False)
            inside = False
        else:
            mask.append(inside)
    return tuple(mask)


def _frames(toks: _Tokens) -> list[_Frame]:
    speaker_label = _speaker_label(toks)
    frames: list[_Frame] = [speaker_label] if speaker_label else []
    for i, low in enumerate(toks.lows):
        if toks.quoted[i]:
            continue
        frame: _Frame | None = None
        if low == "according" and i + 1 < len(toks) and toks.lows[i + 1] == "to":
            frame = _according_to(toks, i)
        elif low in CUE_WORDS and _is_cue(toks, i):
            frame = _verb_frame(toks, i, frames)
        if frame is not None:
            frames.append(frame)
    return frames


def _speaker_label(toks: _Tokens) -> _Frame | None:
    """Transcript or headline style: ``SMITH: We will win.``, ``Jane Roe: ...``."""
    colon = next((q for q in range(min(len(toks), _MAX_LABEL + 1)) if toks.words[q] == ":"), None)
    if colon is None or colon == 0 or colon + 1 >= len(toks):
        return None
    if not all(toks.is_word(q) and toks.is_capitalized(q) for q in range(colon)):
        return None
    if toks.lows[colon - 1] in NOT_SPEAKER_LABELS:
        return None
    content = _to_sentence_end(toks, colon + 1)
    return _Frame((0, colon), (colon, colon + 1), (content,) if content else ()) if content else None


def _is_cue(toks: _Tokens, i: int) -> bool:
    """A lexicon word is a cue only where it reads as a verb of attribution."""
    particles = PARTICLE_CUES.get(toks.lows[i])
    if particles is not None:
        return i + 1 < len(toks) and toks.lows[i + 1] in particles
    if toks.is_capitalized(i) and i > 0 and toks.is_word(i - 1):
        return False
    return not (i > 0 and toks.lows[i - 1] in DETERMINERS)


def _cue_end(toks: _Tokens, i: int) -> int:
    end = i + 2 if toks.lows[i] in PARTICLE_CUES else i + 1
    if end < len(toks) and toks.words[end] == ":" and toks.starts[end] == toks.ends[end - 1]:
        end += 1
    return end


def _verb_frame(toks: _Tokens, i: int, earlier: list[_Frame]) -> _Frame | None:
    cue = (i, _cue_end(toks, i))
    if _shares_subject(toks, i):
        source = next((f.source for f in reversed(earlier) if f.source), None)
        source = source or _sentence_subject(toks, i)
        if source is None:
            return None
        right = _right_content(toks, cue[1], toks.lows[i])
        return _Frame(source, cue, (right,) if right else ())
    source = _source_before(toks, i)
    inverted = False
    if source is None:
        source = _source_after(toks, i, cue[1])
        inverted = source is not None
    if source is None:
        return None
    frame_start = i if inverted else source[0]
    after = source[1] if inverted else cue[1]
    return _Frame(source, cue, _contents(toks, frame_start, after, toks.lows[i]))


def _shares_subject(toks: _Tokens, i: int) -> bool:
    """"X praised Y and said ...", "X left, saying ...": the cue has X's subject."""
    j = i - 1
    while j >= 0 and _skippable_before_cue(toks, j):
        j -= 1
    if j < 0:
        return False
    before = toks.lows[j]
    if toks.lows[i] in PARTICIPLE_CUES:
        return before not in _PROGRESSIVE and not (toks.is_word(j) and before not in PREPOSITIONS)
    return before in {"and", "but"}


def _sentence_subject(toks: _Tokens, limit: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence (after a fronted phrase and comma)."""
    p = 0
    while p < limit and not toks.is_word(p):
        p += 1
    if p < limit and (toks.lows[p] in _FRONTING_WORDS or toks.lows[p].endswith("ly")):
        comma = next((q for q in range(p, limit) if toks.words[q] == ","), None)
        if comma is None:
            return None
        p = comma + 1
    if p >= limit or not toks.is_word(p):
        return None
    if toks.lows[p] in PRONOUNS:
        return p, p + 1
    k = p
    while k < limit and toks.is_word(k) and not toks.quoted[k]:
        low = toks.lows[k]
        if low in CLAUSE_WORDS or low in SKIP_BEFORE_CUE:
            break
        if toks.is_capitalized(k) or (k == p and low in DETERMINERS):
            k += 1
        elif low in NP_PREPOSITIONS and k + 1 < limit and toks.is_capitalized(k + 1):
            k += 1
        elif toks.lows[p] in DETERMINERS and k - p < 3 and not low.endswith("ed"):
            k += 1
        else:
            break
    return _trim_noun_phrase(toks, p, k) if k > p else None


def _contents(
    toks: _Tokens, frame_start: int, after: int, cue_low: str
) -> tuple[tuple[int, int], ...]:
    right = _right_content(toks, after, cue_low)
    if right is not None and not _after_comma(toks, right):
        return (right,)
    left = _left_content(toks, frame_start)
    if left is None:
        return (right,) if right else ()
    if right is None or not _continues_content(toks, right):
        return (left,)
    return (left, right)


def _after_comma(toks: _Tokens, rng: tuple[int, int]) -> bool:
    return rng[0] > 0 and toks.words[rng[0] - 1] in {",", ":"}


def _continues_content(toks: _Tokens, right: tuple[int, int]) -> bool:
    """After a fronted content, a remainder that is a new clause is not content."""
    if toks.words[right[0]] in QUOTE_OPEN:
        return True
    if right[1] - right[0] < _MIN_CONTINUATION:
        return False
    first = toks.lows[right[0]]
    return first not in CLAUSE_WORDS and first not in PARTICIPLE_CUES and first not in {
        "who", "which", "according"
    }


def _source_before(toks: _Tokens, i: int) -> tuple[int, int] | None:
    j = i - 1
    while j >= 0 and _skippable_before_cue(toks, j):
        j -= 1
    if j < 0:
        return None
    w = toks.words[j]
    if w == "," or w in APPOSITIVE_DASHES:
        return _appositive_source(toks, j)
    if w in QUOTE_CLOSE and j > 0 and toks.words[j - 1] not in {",", ".", "?", "!"}:
        return _name_in_quotes_source(toks, j)
    if not toks.is_word(j) or toks.quoted[j]:
        return None
    return _noun_phrase_ending_at(toks, j)


def _name_in_quotes_source(toks: _Tokens, j: int) -> tuple[int, int] | None:
    """``A group called "the X resistance" said``: a quoted name ends the source."""
    for o in range(j - 1, max(j - _MAX_NAME_IN_QUOTES, 0), -1):
        if toks.words[o] in QUOTE_OPEN and not toks.quoted[o]:
            head = _noun_phrase_ending_at(toks, o - 1)
            return (head[0], j + 1) if head else None
    return None


def _skippable_before_cue(toks: _Tokens, j: int) -> bool:
    low = toks.lows[j]
    if low in SKIP_BEFORE_CUE:
        return True
    return low.endswith("ly") and len(low) > 4 and not toks.is_capitalized(j)


def _appositive_source(toks: _Tokens, j: int) -> tuple[int, int] | None:
    """``X, a spokesman for Y, said`` keeps the aside; ``X -- ... -- said`` drops it.

    An aside may itself hold commas ("a driver from Dover, Del., who ..."):
    when the phrase before the nearest comma does not stand alone as a name,
    the aside reaches back over earlier commas to the sentence start.
    """
    dash = toks.words[j] in APPOSITIVE_DASHES
    k = _previous_delimiter(toks, j, dash)
    if dash:
        return _noun_phrase_ending_at(toks, k - 1) if k is not None else None
    for _ in range(_MAX_ASIDE_COMMAS):
        if k is None:
            return None
        head = _noun_phrase_ending_at(toks, k - 1)
        if head is not None and (head[0] == 0 or toks.words[head[0] - 1] != ","):
            return head[0], j + 1
        k = _previous_delimiter(toks, k, dash)
    return None


def _previous_delimiter(toks: _Tokens, j: int, dash: bool) -> int | None:
    k = j - 1
    while k >= 0:
        w = toks.words[k]
        if (dash and w in APPOSITIVE_DASHES) or (not dash and w == ","):
            break
        if w in QUOTE_OPEN or w in QUOTE_CLOSE or w in _SENTENCE_END or w == ";":
            return None
        k -= 1
    if k <= 0 or j - k < 2:
        return None
    return k


def _noun_phrase_ending_at(toks: _Tokens, j: int) -> tuple[int, int] | None:
    """The noun phrase whose last token is ``j``, scanning leftwards."""
    k = j
    while k >= 0:
        w, low = toks.words[k], toks.lows[k]
        if w == ")":
            opening = _matching_paren(toks, k)
            if opening is None:
                break
            k = opening - 1
            continue
        if low in {"and", "or", "&"} and _joins_names(toks, k):
            k -= 1
            continue
        if not toks.is_word(k) or toks.quoted[k] or low in CLAUSE_WORDS:
            break
        if low in CUE_WORDS and k < j and not _reads_as_noun(toks, k) and _is_cue(toks, k):
            break
        if low in DETERMINERS and k > 0 and toks.lows[k - 1] not in NP_PREPOSITIONS:
            k -= 1
            break
        k -= 1
    return _trim_noun_phrase(toks, k + 1, j + 1)


def _reads_as_noun(toks: _Tokens, k: int) -> bool:
    """"the post", "Washington Post": a cue word used as a noun or a name."""
    return k > 0 and (toks.is_capitalized(k) or toks.lows[k - 1] in DETERMINERS)


def _matching_paren(toks: _Tokens, k: int) -> int | None:
    for p in range(k - 1, max(k - 8, -1), -1):
        if toks.words[p] == "(":
            return p
    return None


def _joins_names(toks: _Tokens, k: int) -> bool:
    if not 0 < k < len(toks) - 1:
        return False
    return toks.is_capitalized(k + 1) and any(c.isupper() for c in toks.words[k - 1])


def _trim_noun_phrase(toks: _Tokens, start: int, end: int) -> tuple[int, int] | None:
    while start < end and toks.lows[start] in LEADING_ADVERBS:
        start += 1
    if start < end and toks.lows[start] in PREPOSITIONS:
        start = _subject_after_fronted_phrase(toks, start, end)
    while end - start > 1 and toks.lows[end - 1] in TIME_WORDS:
        end -= 1
        while end - start > 1 and toks.lows[end - 1] in TIME_MODIFIERS:
            end -= 1
    while end > start and toks.lows[end - 1] in PREPOSITIONS | DETERMINERS:
        end -= 1
    if start >= end:
        return None
    return start, end


def _subject_after_fronted_phrase(toks: _Tokens, start: int, end: int) -> int:
    """``At a rally Tuesday the senator said``: the subject starts at the last
    determiner, or the last name that follows a lowercase or time word."""
    for p in range(end - 1, start, -1):
        low = toks.lows[p]
        prev = toks.lows[p - 1]
        if low in DETERMINERS and low != "that":
            return p
        if toks.is_capitalized(p) and (not toks.is_capitalized(p - 1) or prev in TIME_WORDS):
            if prev not in NP_PREPOSITIONS:
                return p
    return end


def _source_after(toks: _Tokens, i: int, cue_end: int) -> tuple[int, int] | None:
    """Inverted order after a fronted quote or clause: ``"...," said Roe``."""
    if i == 0 or toks.words[i - 1] not in {","} | QUOTE_CLOSE:
        return None
    end = cue_end
    while end < len(toks) and toks.is_word(end) and not toks.quoted[end]:
        low = toks.lows[end]
        if low in CLAUSE_WORDS or low in TIME_WORDS:
            break
        if low in PREPOSITIONS and low not in NP_PREPOSITIONS - {"in", "at", "with"}:
            break
        end += 1
    if end == cue_end:
        return None
    if end == cue_end + 1 and toks.lows[cue_end] in PRONOUNS and end < len(toks) and toks.is_word(end):
        return None
    if end + 1 < len(toks) and toks.words[end] == "," and (
        toks.lows[end + 1] in DETERMINERS or toks.lows[end + 1] in {"who", "which"}
    ):
        end = _through_aside(toks, end + 1)
    return _trim_noun_phrase(toks, cue_end, end) if end > cue_end else None


def _through_aside(toks: _Tokens, k: int) -> int:
    """End of an aside after a source: through its closing comma, else to the end."""
    while k < len(toks):
        if toks.words[k] == ",":
            return k + 1
        if toks.words[k] in _SENTENCE_END and k == len(toks) - 1:
            return k
        k += 1
    return k


def _according_to(toks: _Tokens, i: int) -> _Frame | None:
    end = i + 2
    while end < len(toks) and toks.is_word(end) and not toks.quoted[end]:
        low = toks.lows[end]
        if low in CLAUSE_WORDS - {"that"} or (low in PREPOSITIONS and low not in NP_PREPOSITIONS | {"by"}):
            break
        end += 1
    source = _trim_noun_phrase(toks, i + 2, end) if end > i + 2 else None
    if source is None:
        return None
    cue = (i, i + 2)
    left = _clause_before(toks, i)
    if left is not None:
        return _Frame(source, cue, (left,))
    if source[1] < len(toks) and toks.words[source[1]] == ",":
        right = _to_sentence_end(toks, source[1] + 1)
        return _Frame(source, cue, (right,) if right else ())
    return _Frame(source, cue, ())


def _clause_before(toks: _Tokens, i: int) -> tuple[int, int] | None:
    end = i
    while end > 0 and not toks.is_word(end - 1) and toks.words[end - 1] not in QUOTE_CLOSE:
        end -= 1
    start = 0
    while start < end and not toks.is_word(start) and toks.words[start] not in QUOTE_OPEN:
        start += 1
    if end - start < 2:
        return None
    return start, end


def _left_content(toks: _Tokens, frame_start: int) -> tuple[int, int] | None:
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


def _right_content(toks: _Tokens, p: int, cue_low: str) -> tuple[int, int] | None:
    """Content after the cue, past time, channel and addressee phrases."""
    n = len(toks)
    that = _that_ahead(toks, p)
    if that is not None:
        p = that
    elif cue_low in _OBJECT_CUES:
        while p < n and toks.is_word(p) and toks.lows[p] not in CLAUSE_WORDS:
            p += 1
    else:
        p = _past_trailing_phrases(toks, p)
    if p < n and toks.words[p] in {",", ":"}:
        p += 1
    return _to_sentence_end(toks, p)


def _past_trailing_phrases(toks: _Tokens, p: int) -> int:
    """Skips "Tuesday", and "on X" or "on condition of anonymity" when only
    punctuation follows: they frame the cue, they are not its content."""
    n = len(toks)
    while p < n:
        if toks.lows[p] in TIME_WORDS:
            p += 1
        elif toks.lows[p] in TIME_MODIFIERS and p + 1 < n and toks.lows[p + 1] in TIME_WORDS:
            p += 2
        else:
            break
    if p >= n or toks.lows[p] not in PREPOSITIONS:
        return p
    q = p
    while q < n and toks.is_word(q) and not toks.quoted[q]:
        q += 1
    if q == n or toks.words[q] in {",", ":", ";"} | _SENTENCE_END:
        return q
    return p


def _that_ahead(toks: _Tokens, p: int) -> int | None:
    """A complementizer a few words on: "told reporters in Washington that"."""
    for q in range(p, min(p + _MAX_GAP_TO_THAT, len(toks))):
        if toks.lows[q] == "that":
            return q
        if not toks.is_word(q) or toks.lows[q] in CLAUSE_WORDS:
            return None
    return None


def _to_sentence_end(toks: _Tokens, p: int) -> tuple[int, int] | None:
    end = len(toks)
    while end > p and toks.words[end - 1] in _SENTENCE_END:
        end -= 1
    if end - p < 1 or not any(toks.is_word(q) for q in range(p, end)):
        return None
    return p, end


def _to_attribution(
    text: str,
    sentences: list[Span],
    index: int,
    toks: _Tokens,
    frame: _Frame,
    earlier: list[Attribution],
) -> Attribution:
    sentence = sentences[index]
    source = _span(text, toks, frame.source) if frame.source else None
    cue = _span(text, toks, frame.cue)
    content = tuple(_span(text, toks, c) for c in frame.content)
    introduces = _introduces_quote(toks, frame)
    if introduces or _ends_on_quote(toks, frame):
        follow = _continuing_quote(text, sentences, index, across_paragraphs=introduces)
        if follow is not None:
            content = (*content, follow)
    channel, channel_span = _channel(text, sentence, content)
    if channel is None and source is not None:
        channel = _document_channel(source, earlier)
    return Attribution(
        source=source,
        cue=cue,
        content=content,
        sentence=sentence,
        quote=_quote_kind(content),
        channel=channel,
        channel_span=channel_span,
    )


def _span(text: str, toks: _Tokens, rng: tuple[int, int]) -> Span:
    return Span.of(text, toks.starts[rng[0]], toks.ends[rng[1] - 1])


def _introduces_quote(toks: _Tokens, frame: _Frame) -> bool:
    """'She said:' or 'He told the crowd:' introduces the next quote."""
    return not frame.content and toks.words[-1] == ":"


def _ends_on_quote(toks: _Tokens, frame: _Frame) -> bool:
    """'"A," she said.' with nothing after it: a quote that follows is hers too."""
    last = max(frame.cue[1], frame.source[1] if frame.source else 0)
    rest = [w for w in toks.words[last:] if w not in _SENTENCE_END]
    return not rest and len(frame.content) == 1 and toks.words[frame.content[0][0]] in QUOTE_OPEN


def _continuing_quote(
    text: str, sentences: list[Span], index: int, across_paragraphs: bool
) -> Span | None:
    if index + 1 >= len(sentences):
        return None
    nxt = sentences[index + 1]
    if not across_paragraphs and "\n" in text[sentences[index].end : nxt.start]:
        return None
    return nxt if nxt.text.startswith(('"', "“", "''")) else None


def _channel(text: str, sentence: Span, content: tuple[Span, ...]) -> tuple[Channel | None, Span | None]:
    frame_text = _blank_out(text, sentence, content)
    for pattern, channel in CHANNEL_PATTERNS:
        m = pattern.search(frame_text)
        if m is not None:
            start = sentence.start + m.start()
            return channel, Span.of(text, start, start + len(m.group()))
    return None, None


def _blank_out(text: str, sentence: Span, content: tuple[Span, ...]) -> str:
    chars = list(text[sentence.start : sentence.end])
    for c in content:
        lo = max(c.start, sentence.start) - sentence.start
        hi = min(c.end, sentence.end) - sentence.start
        chars[lo:hi] = " " * max(hi - lo, 0)
    return "".join(chars)


def _document_channel(source: Span, earlier: list[Attribution]) -> Channel | None:
    """"the post added" continues the channel of the claim before it, if any."""
    words = source.text.lower().split()
    channel = DOCUMENT_SOURCES.get(words[-1]) if words else None
    if channel is None:
        return None
    if words[0] == "the" and earlier and earlier[-1].channel is not None:
        return earlier[-1].channel
    return channel


def _quote_kind(content: tuple[Span, ...]) -> QuoteKind:
    if content and all(_is_whole_quote(c.text) for c in content):
        return QuoteKind.DIRECT
    if any(_QUOTE_CHARS.search(c.text) for c in content):
        return QuoteKind.MIXED
    return QuoteKind.INDIRECT


def _is_whole_quote(text: str) -> bool:
    marks = _QUOTE_CHARS.findall(text)
    return len(marks) == 2 and text.startswith(marks[0]) and text.endswith(marks[1])
