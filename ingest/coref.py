"""Who "she", "the ministry" or "the post" is: resolving a reference against
the speakers met so far in the article.

A reference resolves to the most recent earlier speaker that fits: a pronoun
to a person (of the same gender when the names tell), "they" to a group,
"the ministry" to the last actor named a ministry, "the post" or "the
statement" to whoever last spoke through that channel.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimgraph.graph.model import ActorKind, Channel
from claimgraph.ingest.names import ANONYMOUS_HEADS, DOCUMENT_HEADS, Gender, Mention, MentionKind


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker resolved so far, in reading order. ``actor`` is the caller's handle for the actor."""

    actor: int
    kind: ActorKind
    names: tuple[str, ...]
    role: str | None = None
    gender: Gender | None = None
    channel: Channel | None = None
    anonymous: bool = False
    plural: bool = False


# Which channels a document noun stands for: "the post added" continues a post.
_DOCUMENT_CHANNELS: dict[str, frozenset[Channel]] = {
    "post": frozenset({Channel.X, Channel.SOCIAL_MEDIA}),
    "tweet": frozenset({Channel.X}),
    "message": frozenset({Channel.X, Channel.SOCIAL_MEDIA, Channel.STATEMENT}),
    "statement": frozenset({Channel.STATEMENT}),
    "release": frozenset({Channel.STATEMENT}),
    "communique": frozenset({Channel.STATEMENT}),
    "communiqué": frozenset({Channel.STATEMENT}),
    "announcement": frozenset({Channel.STATEMENT}),
    "notice": frozenset({Channel.STATEMENT}),
    "bulletin": frozenset({Channel.STATEMENT}),
    "letter": frozenset({Channel.STATEMENT}),
    "filing": frozenset({Channel.STATEMENT, Channel.REPORT}),
    "report": frozenset({Channel.REPORT}),
    "video": frozenset({Channel.TELEVISION, Channel.SOCIAL_MEDIA, Channel.X}),
}
_COLLECTIVE = frozenset({"group", "movement", "militia", "organization", "organisation", "coalition",
                         "alliance", "front", "brigade", "brigades", "party", "campaign"})
_ORGANIZATIONS = frozenset({ActorKind.ORGANIZATION, ActorKind.OUTLET})


def resolve_reference(mention: Mention, turns: Sequence[Turn]) -> Turn | None:
    """The earlier speaker ``mention`` (a pronoun or a definite common noun) refers to, if any fits."""
    if mention.kind is MentionKind.PRONOUN:
        return _pronoun(mention, turns)
    if mention.kind is MentionKind.NOMINAL:
        return _nominal(mention, turns)
    return None


def _latest(turns: Sequence[Turn], fits: Callable[[Turn], bool]) -> Turn | None:
    return next((t for t in reversed(turns) if fits(t)), None)


def _is_person(turn: Turn) -> bool:
    return turn.kind is ActorKind.PERSON or (turn.anonymous and not turn.plural)


def _pronoun(mention: Mention, turns: Sequence[Turn]) -> Turn | None:
    word = mention.name
    if word in {"he", "him", "she", "her"}:
        return (_latest(turns, lambda t: _is_person(t) and t.gender is mention.gender)
                or _latest(turns, lambda t: _is_person(t) and t.gender is None))
    if word in {"who", "whom"}:
        return _latest(turns, _is_person)
    if word in {"they", "them"}:
        return (_latest(turns, lambda t: t.kind is ActorKind.GROUP or t.plural)
                or _latest(turns, lambda t: t.kind in _ORGANIZATIONS))
    if word in {"it", "which"}:
        return _latest(turns, lambda t: t.kind in _ORGANIZATIONS)
    return None


def _nominal(mention: Mention, turns: Sequence[Turn]) -> Turn | None:
    head = mention.name
    if head in DOCUMENT_HEADS:
        channels = _DOCUMENT_CHANNELS.get(head, frozenset())
        return _latest(turns, lambda t: t.channel in channels)
    if head in _COLLECTIVE:
        return _latest(turns, lambda t: t.kind in {ActorKind.GROUP, ActorKind.ORGANIZATION}
                       and not t.anonymous)
    if head in ANONYMOUS_HEADS.values():
        return (_latest(turns, lambda t: t.anonymous and _mentions(t.role, head))
                or _latest(turns, lambda t: _is_person(t) and _mentions(t.role, head)))
    return _latest(turns, lambda t: t.kind in _ORGANIZATIONS and not t.anonymous
                   and any(_mentions(n, head) for n in t.names))


def _mentions(text: str | None, word: str) -> bool:
    return bool(text) and word.casefold() in text.casefold().replace("-", " ").split()
