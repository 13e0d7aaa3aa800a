"""Who "she", "the ministry" or "the post" is: resolving a reference against
the speakers met so far in the article, and the names it gave before.

A reference resolves to the most recent earlier speaker that fits: a pronoun
to a person (of the same gender when the names tell), "they" to a group,
"the ministry" to the last actor named a ministry, "the candidate" to the
last person whose role says so (else the last one given no role), "the
post" or "the statement" to whoever last spoke through that channel. An
organization whose member spoke counts as met there ("ministry spokesman X
said" makes the ministry the latest ministry). A noun no speaker fits ("the
group says") is looked up among the organizations and titled persons the
article named before it, which the caller passes in.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from claimgraph.graph.model import ActorKind, Channel
from claimgraph.ingest.names import (
    ANONYMOUS_HEADS,
    DOCUMENT_HEADS,
    LEVELS,
    ORG_HEADS,
    PERSON_NOUNS,
    Gender,
    Mention,
    MentionKind,
)


@dataclass(slots=True, unsafe_hash=True)
class Turn:
    """One speaker resolved so far, in reading order. ``actor`` is the caller's handle for the actor.

    ``position`` is where in the text the turn is; ``affiliated`` marks an
    organization met through a member speaking for it, not a speaker itself.
    """

    actor: int
    kind: ActorKind
    names: tuple[str, ...]
    role: str | None = None
    gender: Gender | None = None
    channel: Channel | None = None
    anonymous: bool = False
    plural: bool = False
    position: int = 0
    affiliated: bool = False


# Which channels a document noun stands for: "the post added" continues a post.
DOCUMENT_CHANNELS: Final[dict[str, frozenset[Channel]]] = {
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
    "poll": frozenset({Channel.REPORT}),
    "survey": frozenset({Channel.REPORT}),
    "study": frozenset({Channel.REPORT}),
    "analysis": frozenset({Channel.REPORT}),
    "transcript": frozenset({Channel.PRESS_BRIEFING, Channel.INTERVIEW}),
    "video": frozenset({Channel.TELEVISION, Channel.SOCIAL_MEDIA, Channel.X}),
}
_COLLECTIVE: Final = frozenset({"group", "movement", "militia", "organization", "organisation", "coalition",
                         "alliance", "front", "brigade", "brigades", "party", "campaign"})
# Nouns for the person a story follows ("the candidate", "the businessman"), which may
# refer to a speaker the article gave no title; an office ("the senator") may not.
_CONTENDERS: Final = frozenset("""candidate nominee front-runner frontrunner hopeful contender businessman
    businesswoman billionaire mogul tycoon""".split())
# A body's general nouns for a business: "the company" is whichever company the article is about, whatever
# its name, else an unnamed one.
COMPANY_NOUNS: Final = frozenset({"company", "firm", "corporation", "corp", "corp."})
# Heads of bodies that may end a company's own name ("Adani Group", "Acme Ltd").
_COMPANY_NAME_ENDS: Final = COMPANY_NOUNS | frozenset({"group", "inc", "inc.", "ltd", "bank"})
# Nouns any body may be called ("the group said"); "the coalition", "the party" or "the campaign" is one
# whose name says so, or someone's, and no other body.
_ANY_BODY: Final = frozenset({"group", "organization", "organisation", "movement"})
_ORGANIZATIONS: Final = frozenset({ActorKind.ORGANIZATION, ActorKind.OUTLET})
# An unnamed person who spoke to a medium is a source the report sought out; one who asked (a reporter, a
# questioner) is not whom the answer's "he" means.
_TOLD_A_MEDIUM: Final = frozenset({Channel.INTERVIEW, Channel.TELEVISION})
_BODIES: Final = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP})
_NAMED_BODIES: Final = _BODIES | {ActorKind.OUTLET}
_ABBREVIATIONS: Final = {"sen.": "senator", "sen": "senator", "rep.": "representative", "rep": "representative",
                  "gov.": "governor", "gov": "governor", "gen.": "general", "pres.": "president",
                  "amb.": "ambassador", "supt.": "superintendent", "atty.": "attorney"}


def resolve_reference(mention: Mention, turns: Sequence[Turn],
                      named: Callable[[], Sequence[Turn]] = tuple) -> Turn | None:
    """The earlier speaker ``mention`` (a pronoun or a definite common noun) refers to, if any fits.

    ``named`` gives what the article named before the mention (organizations
    and titled persons, latest last), tried for a noun when no speaker fits;
    it is called only then, since finding them means reading the whole text.
    """
    if mention.kind is MentionKind.PRONOUN:
        return _pronoun(mention, [t for t in turns if not t.affiliated])
    if mention.kind is MentionKind.NOMINAL:
        return _nominal(mention, turns, _once(named))
    return None


def _once(named: Callable[[], Sequence[Turn]]) -> Callable[[], Sequence[Turn]]:
    """``named`` called at most once: a reference may try the named turns several ways."""
    found: list[Sequence[Turn]] = []

    def call() -> Sequence[Turn]:
        if not found:
            found.append(named())
        return found[0]
    return call


def latest_channel_speaker(channel_noun: str, turns: Sequence[Turn]) -> Turn | None:
    """Who last spoke through the channel a document noun stands for ("the post" -> the last poster)."""
    channels = DOCUMENT_CHANNELS.get(channel_noun, frozenset())
    return _latest(turns, lambda t: not t.affiliated and t.channel in channels)


def _latest(turns: Sequence[Turn], fits: Callable[[Turn], bool]) -> Turn | None:
    return next((t for t in reversed(turns) if fits(t)), None)


def _is_person(turn: Turn) -> bool:
    # an unnamed body ("the army said") is anonymous too, and no "he"
    return not turn.plural and (turn.kind is ActorKind.PERSON or turn.anonymous and turn.kind not in _ORGANIZATIONS)


def _pronoun(mention: Mention, turns: Sequence[Turn]) -> Turn | None:
    word = mention.name
    if word in {"he", "him", "she", "her"}:
        latest = _latest(turns, _is_person)
        if latest is not None and latest.gender is None and (
                latest.channel is Channel.ANONYMOUS or latest.anonymous and latest.channel in _TOLD_A_MEDIUM):
            # "A commander, speaking on condition of anonymity, said ... He added", "a community leader told
            # Channels Television ... He said": an unnamed source has no gender to match
            return latest
        return (_latest(turns, lambda t: _is_person(t) and t.gender is mention.gender)
                or _latest(turns, lambda t: _is_person(t) and t.gender is None))
    if word in {"who", "whom"}:
        return _latest(turns, _is_person)
    if word in {"they", "them"}:
        return (_latest(turns, lambda t: t.kind is ActorKind.GROUP or t.plural)
                or _latest(turns, lambda t: t.kind in _ORGANIZATIONS and not t.anonymous))
    if word in {"it", "which"}:
        return _latest(turns, lambda t: t.kind in _ORGANIZATIONS)
    if word == "one" and turns and turns[-1].anonymous and turns[-1].plural \
            and turns[-1].kind is not ActorKind.ORGANIZATION and turns[-1].role is not None \
            and _mentions_source(turns[-1].role, "source"):
        # "Two security sources told the agency ... One said 16 had died": one of the unnamed sources
        # who spoke last
        return turns[-1]
    return None


def _nominal(mention: Mention, turns: Sequence[Turn], named: Callable[[], Sequence[Turn]]) -> Turn | None:
    head = mention.name
    if head in DOCUMENT_HEADS and head not in ORG_HEADS:
        return latest_channel_speaker(head, turns)
    if head in ANONYMOUS_HEADS.values():
        # "the sources" after "two military sources": a plural reference to a plural role in its own words
        return (_latest(turns, lambda t: t.anonymous and (_mentions(t.role, head) or (
                    mention.plural and t.plural and _mentions_source(t.role, head))))
                or _latest(turns, lambda t: _is_person(t) and _mentions(t.role, head)))
    if head in PERSON_NOUNS:
        return _person_by_role(mention, head, turns, named)

    # "the electoral commission" is no commission whose name says none of its words ("... on Human Rights");
    # a level is no such word ("the provincial health ministry" may be the "Health Ministry" named before)
    modifiers = [w for w in (mention.role or "").casefold().split()[:-1] if w not in LEVELS]

    def named_so(t: Turn) -> bool:
        # "police and residents" is no "police": a group of two kinds is neither of them
        return t.kind in _NAMED_BODIES and not t.anonymous and (any(
            _mentions(n, head) and not (t.kind is ActorKind.GROUP and " and " in n)
            and (not modifiers or any(_mentions(n, w) for w in modifiers)) for n in t.names)
            or (t.kind is ActorKind.ORGANIZATION and not modifiers and _mentions(t.role, head)))

    found = _latest(turns, named_so) or _latest(named(), named_so)
    if found is None and mention.unlisted:  # "Jan Berg, the harbour master, ... the harbour master added"
        return _person_by_role(mention, head, turns, named)
    if found is None and head in DOCUMENT_HEADS:
        return latest_channel_speaker(head, turns)  # "the post": a post, unless a paper named Post spoke
    if found is None and head in COMPANY_NOUNS:
        # "the company": the business named last; "the railroad company" that spoke last, else one its kind
        # describes
        return _any_company(turns) or (_any_company(named()) if not modifiers else None)
    if found is not None or head not in _COLLECTIVE:
        return found

    def collective(t: Turn) -> bool:
        return t.kind in _BODIES and not t.anonymous and any(_ends_collective(n) for n in t.names)

    found = _latest(turns, collective) or _latest(named(), collective)
    if found is not None or head not in _ANY_BODY:
        return found
    # "the group" after "officials said": a body with a name, not people a common noun calls so
    return _latest(turns, lambda t: t.kind in _BODIES and not t.anonymous and not t.affiliated
                   and any(n[:1].isupper() for n in t.names))


def _any_company(turns: Sequence[Turn]) -> Turn | None:
    # a body whose name ends in another kind of body ("fire brigade", "health ministry") is no company
    return _latest(turns, lambda t: t.kind is ActorKind.ORGANIZATION and not t.anonymous and not t.affiliated
                   and not any(_ends_other_body(n) for n in t.names))


def _ends_other_body(name: str) -> bool:
    words = name.casefold().split()
    return bool(words) and words[-1] in ORG_HEADS and words[-1] not in _COMPANY_NAME_ENDS


def _person_by_role(mention: Mention, head: str, turns: Sequence[Turn],
                    named: Callable[[], Sequence[Turn]]) -> Turn | None:
    """"the Florida senator": the latest person whose role says senator, and Florida when one does."""
    qualifiers = [w for w in (mention.role or "").split()[:-1] if w[:1].isupper()]

    def titled(t: Turn) -> bool:
        return _is_person(t) and not t.anonymous and _mentions(t.role, head)

    def qualified(t: Turn) -> bool:
        return titled(t) and all(_mentions(t.role, w) for w in qualifiers)

    if qualifiers:
        found = _latest(turns, qualified) or _latest(named(), qualified)
        if found is not None:
            return found
    # No one is called so: the last speaker the article gave no role at all ("Roe said ...
    # The candidate added"), not one whose role says otherwise ("Lee, a spokeswoman").
    found = _latest(turns, titled) or _latest(named(), titled)
    if found is None and not mention.plural:
        # "a local priest said ... The priest told the channel": the one unnamed person of that role who spoke
        found = _latest(turns, lambda t: _is_person(t) and t.anonymous and not t.plural and _mentions(t.role, head))
    if found is not None or head not in _CONTENDERS:
        return found
    return _latest(turns, lambda t: t.kind is ActorKind.PERSON and not t.anonymous and not t.affiliated and not t.role)


def _ends_collective(name: str) -> bool:
    words = name.casefold().split()
    return bool(words) and words[-1] in _COLLECTIVE


def _mentions(text: str | None, word: str) -> bool:
    return bool(text) and word.casefold() in _role_words(text)


def _mentions_source(role: str | None, head: str) -> bool:
    """``head`` (a singular source noun) among the words of an unnamed source's role, in either number."""
    return bool(role) and any(ANONYMOUS_HEADS.get(w, w) == head for w in _role_words(role))


@lru_cache(maxsize=4096)
def _role_words(text: str) -> frozenset[str]:
    """The words of a name or role, casefolded, with what their abbreviations stand for: asked
    of every earlier speaker for every reference, and the same roles recur."""
    words = text.casefold().replace("-", " ").split()
    return frozenset(words).union(_ABBREVIATIONS[w] for w in words if w in _ABBREVIATIONS)
