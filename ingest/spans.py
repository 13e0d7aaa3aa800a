"""Character spans into a document's text, and the attribution they make up."""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.graph.model import Channel, QuoteKind

# The values extraction builds by the hundred per article are slotted dataclasses written out as
# `@dataclass(slots=True, unsafe_hash=True)`: that form is what mypyc compiles to a native class
# (claimgraph/native.py), and `frozen=True` would set each field through object.__setattr__.


@dataclass(slots=True, unsafe_hash=True)
class Span:
    """``text[start:end]`` of the document as read (before any cleaning)."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def __reduce__(self) -> tuple[type[Span], tuple[int, int, str]]:
        # Pickled as its constructor's arguments: extractions cross to the writing process with
        # a few dozen spans an article, and the default state costs more to pickle and to rebuild.
        return Span, (self.start, self.end, self.text)


@dataclass(slots=True, unsafe_hash=True)
class Attribution:
    """One reported statement: who (source mention), how (cue), what (content).

    ``source`` is the mention as written ("Pentagon spokesman Brigadier General
    Pat Ryder", "the post", "She"); turning it into an actor is the job of
    :mod:`claimgraph.ingest.actors`. ``source`` is None where the text names
    no one (the article's own voice, or a passive "it was reported").
    """

    source: Span | None
    cue: Span | None
    content: tuple[Span, ...]
    sentence: Span
    quote: QuoteKind
    channel: Channel | None = None
    channel_span: Span | None = None
