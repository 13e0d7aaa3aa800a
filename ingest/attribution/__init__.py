"""Attribution spans: who (source), how (cue), what (content), per sentence.

Rule-based and lexicon-driven (lexicons in :mod:`claimgraph.ingest.cues`).
The text is split into sentences and tokenized once
(:mod:`~claimgraph.ingest.attribution.tokens`); each sentence's frames come
from :mod:`~claimgraph.ingest.attribution.frames`, which finds cues and asks
:mod:`~claimgraph.ingest.attribution.sources` for the source and
:mod:`~claimgraph.ingest.attribution.contents` for the content. This module
turns frames into character spans, adds a quote that continues in the next
sentence, and tells the channel and the kind of quote.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from claimgraph.graph.model import Channel, QuoteKind
from claimgraph.ingest.attribution.contents import COUNT_START
from claimgraph.ingest.attribution.frames import (
    CLAUSE_OF_ITS_OWN,
    FRAME_WORDS,
    after_semicolon,
    before_when,
    find_frames,
)
from claimgraph.ingest.attribution.tokens import DocTokens, Frame, Tokens
from claimgraph.ingest.cues import (
    CHANNEL_PATTERNS,
    CREDIT_DASHES,
    DOCUMENT_SOURCES,
    NON_STATEMENT,
    PARTICIPLE_CUES,
    QUESTION_CUES,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    REPORTING_FORMS,
    SENTENCE_END,
    SOURCING_CUES,
    SPEECH_VERBS,
    TOPIC_CUES,
    TOPIC_PREPOSITIONS,
)
from claimgraph.ingest.sentences import split_sentences
from claimgraph.ingest.spans import Attribution, Span
from claimgraph.ingest.trie import trie_pattern

_QUOTE_CHARS: Final = re.compile(r"[\"“”]|''")
_WORD: Final = re.compile(r"\w")
# Words past which what a sourcing cue takes is more than the name of whom it relied on.
_SOURCING_REACH: Final = 8
# "APA, quoting a military source, said two were hurt": whom the report relied on, then the comma that
# closes the aside and the report's own verb, whose frame holds the claim.
_SOURCING_VERBS: Final = "|".join(sorted(SPEECH_VERBS | REPORTING_FORMS))
_SOURCING_ASIDE: Final = re.compile(rf"^[^,\"“”]{{1,80}},\s+(?:{_SOURCING_VERBS})\b", re.IGNORECASE)
# Cues that, negated, say what was left unsaid: "did not mention", "would not say", "never specified".
_WITHHOLDING_CUES: Final = frozenset("mention mentioned say said specify specified disclose disclosed elaborate "
                                     "reveal revealed comment commented respond responded".split())
_NEGATION_BEFORE: Final = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+$", re.IGNORECASE)
# The strings one of which a channel phrase contains, longest first: "reporters" is found whole.
# Words a content keeps before a clause of its own is cut off: "that, while ..." opens with it.
_MIN_CLAUSE_WORDS: Final = 4
_CHANNEL_WORD: Final = re.compile(trie_pattern({w for _, _, words in CHANNEL_PATTERNS for w in words}))
# Where a claim ends with the document it was made in ("claimed the attack in a statement on Telegram",
# "..., in a video posted online"): the channel of the frame, not what was said. A video, audio or
# message is that only after a comma: "the group appeared in a video" is what was said.
_TRAILING_CHANNEL: Final = re.compile(
    r"""(?:\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|post|communiqu[eé]|press\s+release|tweet)
        |\s*,\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|post|communiqu[eé]|press\s+release|tweet|video
                                               |audio\s+message|message))
        (?:\s+(?:posted|published|issued|released|shared|carried))?
        (?:\s+online|\s+(?:on|via|to|by)\s+(?:(?:its|his|her|their|the)\s+)?(?:(?:[A-Z][\w-]*\s*){1,3}|social\s+media
            |(?:its|his|her|their)\s+(?:[A-Z][\w-]*\s+){0,2}(?:website|channel|account|page)))?
        (?:\s+(?:late\s+|early\s+)?on\s+[A-Z]\w*day)?\s*$""",
    re.VERBOSE,
)


_SPEAKER_JOINERS: Final = frozenset({"and", "but"})


def find_attributions(text: str, sentences: Sequence[Span] | None = None) -> list[Attribution]:
    """Every attribution in ``text``, in text order, offsets into ``text``; ``sentences`` are
    :func:`~claimgraph.ingest.sentences.split_sentences` of the text when the caller has them."""
    sentences = list(sentences) if sentences is not None else split_sentences(text)
    doc = DocTokens.of(text)
    found: list[Attribution] = []
    for index, sentence in enumerate(sentences):
        lo, hi = doc.bounds(sentence)
        if FRAME_WORDS.isdisjoint(doc.lows[lo:hi]) and (lo == hi or doc.words[lo] != "To"):
            continue
        toks = doc.tokens(lo, hi)
        frames = find_frames(toks)
        for frame in frames:
            found.append(_to_attribution(text, sentences, index, toks, _before_later_frames(toks, frame, frames),
                                         found, doc))
    return found


def _before_later_frames(toks: Tokens, frame: Frame, frames: Sequence[Frame]) -> Frame:
    """The content of a frame without what later frames of its sentence say (see :func:`_cut_before`)."""
    content = frame.content
    for later in frames:
        end = _cut_before(toks, frame, later)
        if end is not None:
            content = tuple((start, min(stop, end)) for start, stop in content if start < end)
    return frame if content == frame.content else replace(frame, content=content)


def _cut_before(toks: Tokens, frame: Frame, later: Frame) -> int | None:
    """Where ``frame``'s content ends because of ``later``: at the semicolon before a later frame's
    clause ("X says 40 killed; government puts toll at 12"), at the "and" before a second cue of the
    same subject ("dismissed the figure and said 12 had died"), at the comma before a clause of its own
    with its own speaker (", after residents said ..."), or where a later frame that closes the
    sentence and reports the words before it begins ("..., IRNA reported.", "..., according to
    IRNA."); None when it does not cut."""
    if frame.content and later.cue[0] == frame.content[0][0] and toks.words[later.cue[0] - 1] == "," \
            and toks.lows[later.cue[0]] not in PARTICIPLE_CUES \
            and later.source is not None and frame.source is not None \
            and (later.source[1] <= frame.source[0] or later.source == frame.source):
        # "A teacher, who asked not to be named because she feared for her job, said that ...": the verb the
        # aside's own verb seemed to report is the cue of the subject the aside describes, and says nothing of
        # its own (", putting it at 17", ", noting that ..." go on with the frame's own words); so with "A
        # spokesman, writing on Telegram, claimed ...": the aside tells the channel of the speaker's own verb
        return later.cue[0]
    begins = min(later.source[0], later.cue[0]) if later.source is not None else later.cue[0]
    if begins > frame.cue[0] and after_semicolon(toks, begins):
        return begins - 1
    if later.source == frame.source and later.cue[0] > frame.cue[1] and toks.lows[later.cue[0] - 1] in {"and", "but"} \
            and not toks.quoted[later.cue[0] - 1]:
        end = later.cue[0] - 1  # "dismissed the figure and said 12 had died": one subject, two statements
        while end > frame.cue[1] and not toks.is_word(end - 1):
            end -= 1
        return end
    joint = before_when(toks, begins - 1)  # ", but by morning the hospital put ...": the joiner before when
    if joint > frame.cue[0] + 1 and (toks.lows[joint] in CLAUSE_OF_ITS_OWN or _another_speaker_joined(frame, later, toks.lows[joint])) \
            and toks.words[joint - 1] == "," and not toks.quoted[joint - 1] \
            and _a_clause(toks, frame.cue[1], joint - 1):
        return joint - 1
    if later.source is None or later.cue[0] <= frame.cue[0] or not later.content \
            or later.content[-1][1] > begins \
            or not (later.source[0] < later.cue[0] or toks.lows[later.cue[0]] == "according") \
            or any(toks.is_word(q) for q in range(max(later.source[1], later.cue[1]), len(toks))):
        return None
    if begins == 0 or toks.words[begins - 1] not in {",", *QUOTE_CLOSE}:
        return None  # "said that according to its count ...": a frame inside the content, not after it
    end = begins
    while end > 0 and not toks.is_word(end - 1) and toks.words[end - 1] not in QUOTE_CLOSE:
        end -= 1
    return end


def _another_speaker_joined(frame: Frame, later: Frame, joiner: str) -> bool:
    """", and a hospital spokesman said 17 had died": a clause "and" or "but" joins that opens on a speaker
    of its own, named before its cue, is that speaker's count and no longer the first speaker's."""
    return joiner in _SPEAKER_JOINERS and later.source is not None and later.source[0] < later.cue[0] \
        and later.source != frame.source


def _a_clause(toks: Tokens, start: int, end: int) -> bool:
    """Whether the words kept before a clause of its own say something: four words, or a count
    ("reported 31 people dead, while ..."); "that, while ..." keeps none."""
    words = [q for q in range(start, end) if toks.is_word(q)]
    return len(words) >= _MIN_CLAUSE_WORDS or len(words) >= 2 and any(COUNT_START.match(toks.words[q]) for q in words)


def states_something(attribution: Attribution) -> bool:
    """Whether an attribution carries a claim: it has content, the content is
    not a refusal ("declined to comment", "did not respond to a request for
    comment"), not a question put to someone ("Asked whether ...") and not only whom a report
    quotes or cites ("..., quoting a security source")."""
    if not any(_WORD.search(c.text) for c in attribution.content):
        return False
    if attribution.source is None and attribution.cue is not None \
            and attribution.cue.text.split(maxsplit=1)[0].casefold() in QUESTION_CUES:
        return False
    if attribution.cue is not None and attribution.cue.text.casefold() in SOURCING_CUES \
            and len(attribution.content) == 1 and not _QUOTE_CHARS.search(attribution.content[0].text) \
            and len(attribution.content[0].text.split()) <= _SOURCING_REACH:
        return False
    if attribution.cue is not None and attribution.cue.text.casefold() in SOURCING_CUES \
            and _SOURCING_ASIDE.match(attribution.content[0].text):
        return False
    return not withholds(attribution)


def withholds(attribution: Attribution) -> bool:
    """Whether a speaker's frame says what it would not say: "declined to comment", "did not
    respond to requests", "would not say how many" (a speaker a later "it" or "she" may mean)."""
    if not attribution.content:
        return False
    if attribution.cue is not None and attribution.cue.text.casefold() in _WITHHOLDING_CUES:
        before = attribution.sentence.text[:attribution.cue.start - attribution.sentence.start]
        if _NEGATION_BEFORE.search(before):
            return True  # "He did not mention the deaths", "would not say how many", "has not commented"
    return NON_STATEMENT.match(attribution.content[0].text) is not None


def _to_attribution(
    text: str,
    sentences: list[Span],
    index: int,
    toks: Tokens,
    frame: Frame,
    earlier: list[Attribution],
    doc: DocTokens,
) -> Attribution:
    sentence = sentences[index]
    source = _span(text, toks, frame.source) if frame.source else None
    cue = _span(text, toks, frame.cue)
    content = tuple(_span(text, toks, c) for c in frame.content)
    if not content and frame.cue[0] == 0 and toks.words[0] in CREDIT_DASHES:
        content = _credited_quote(text, sentences, index)
    introduces = _introduces_quote(toks, frame)
    topic = _comments_on_topic(toks, frame)
    if introduces or topic or _ends_on_quote(toks, frame):
        follow = _continuing_quote(text, sentences, index, across_paragraphs=introduces)
        if topic and follow is not None and find_frames(doc.tokens(*doc.bounds(follow))):
            follow = None  # the quote has a speaker of its own
        if follow is not None:
            content = (*content, follow)
    content = _without_trailing_channel(text, content)
    channel, channel_span = _channel(text, _clause_of(text, sentence, cue), content)
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


def _span(text: str, toks: Tokens, rng: tuple[int, int]) -> Span:
    return Span.of(text, toks.starts[rng[0]], toks.ends[rng[1] - 1])


def _credited_quote(text: str, sentences: list[Span], index: int) -> tuple[Span, ...]:
    """'"We need the bridge." / - Dana Roe.': a credit line of its own credits the quote that ends
    the sentence before it."""
    if index == 0:
        return ()
    before = sentences[index - 1]
    return (before,) if before.text.rstrip().endswith(tuple(QUOTE_CLOSE)) else ()


def _introduces_quote(toks: Tokens, frame: Frame) -> bool:
    """'She said:' or 'He told the crowd:' introduces the next quote."""
    return not frame.content and toks.words[-1] == ":"


def _comments_on_topic(toks: Tokens, frame: Frame) -> bool:
    """'X commented on the attack.', a sentence of its own with no content and no quote: the quote
    after it in the paragraph is X's."""
    if frame.content or frame.source is None or frame.source[0] != 0 or frame.source[1] > frame.cue[0] \
            or toks.lows[frame.cue[0]] not in TOPIC_CUES or toks.words[-1] not in SENTENCE_END \
            or not QUOTE_OPEN.isdisjoint(toks.words):
        return False
    rest = toks.lows[frame.cue[1]:-1]
    return not rest or (rest[0] in TOPIC_PREPOSITIONS and "," not in rest)


def _ends_on_quote(toks: Tokens, frame: Frame) -> bool:
    """'"A," she said.' with nothing after it: a quote that follows is hers too."""
    last = max(frame.cue[1], frame.source[1] if frame.source else 0)
    rest = [w for w in toks.words[last:] if w not in SENTENCE_END]
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


def _without_trailing_channel(text: str, content: tuple[Span, ...]) -> tuple[Span, ...]:
    """The content without the document it ends on, which is then read as the frame's channel; a
    quote keeps what it quotes."""
    if not content or _QUOTE_CHARS.search(content[-1].text):
        return content
    last = content[-1]
    m = _TRAILING_CHANNEL.search(last.text)
    if m is None or not _WORD.search(last.text[: m.start()]):
        return content
    return (*content[:-1], Span.of(text, last.start, last.start + m.start()))


def _clause_of(text: str, sentence: Span, cue: Span) -> Span:
    """The part of the sentence between the semicolons around the cue: a channel named in another
    clause ("X gave a count at a briefing; according to Y, ...") is that clause's frame's."""
    start = text.rfind(";", sentence.start, cue.start) + 1 or sentence.start
    end = text.find(";", cue.end, sentence.end)
    return Span.of(text, start, end if end >= 0 else sentence.end)


def _channel(text: str, sentence: Span, content: tuple[Span, ...]) -> tuple[Channel | None, Span | None]:
    frame_text = _blank_out(text, sentence, content)
    present = set(_CHANNEL_WORD.findall(frame_text.lower()))
    if not present:
        return None, None
    for pattern, channel, words in CHANNEL_PATTERNS:
        if present.isdisjoint(words):
            continue
        m = pattern.search(frame_text)
        if m is not None:
            start = sentence.start + m.start()
            return channel, Span.of(text, start, start + len(m.group()))
    return None, None


def _blank_out(text: str, sentence: Span, content: tuple[Span, ...]) -> str:
    frame = text[sentence.start : sentence.end]
    for c in content:
        lo = max(c.start, sentence.start) - sentence.start
        hi = min(c.end, sentence.end) - sentence.start
        if hi > lo:
            frame = frame[:lo] + " " * (hi - lo) + frame[hi:]
    return frame


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
    quoted = [c for c in content if _QUOTE_CHARS.search(c.text)]
    if not quoted:
        return QuoteKind.INDIRECT
    if len(quoted) == len(content) and all(_is_whole_quote(c.text) for c in content):
        return QuoteKind.DIRECT
    return QuoteKind.MIXED


def _is_whole_quote(text: str) -> bool:
    marks = _QUOTE_CHARS.findall(text)
    return len(marks) == 2 and text.startswith(marks[0]) and text.endswith(marks[1])
