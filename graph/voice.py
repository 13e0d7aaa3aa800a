"""An actor's voice: the actor itself and the actors that speak for or belong to it.

An organization speaks through others: its spokespeople and officials
(SPEAKS_FOR), its members and its anonymous sources (MEMBER_OF), and the
members of its members (a brigade of a militia, a ministry of a government).
``claims_by_actor`` follows these edges inward to ``MAX_MEMBER_DEPTH`` steps,
and reads each voice's claims in the order of its ASSERTED edges'
``voice_key``: the speaker's id, the date, the claim id, one range index
(``asserted_voice_key``) over them all. So a page costs one index range per
voice, cut at the page's end, however many claims the voices made.
"""
from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

MAX_MEMBER_DEPTH = 3
"""How many SPEAKS_FOR/MEMBER_OF steps an organization's voice reaches (written
as the bound of the variable-length pattern in ``cypher/read/claims_by_actor.cypher``)."""

UNDATED = "~"
"""The date part of an undated claim's key: after every ISO date, so undated claims come last."""

_END = "\x7f"
"""After every character a key holds past the speaker's id: the open end of an unbounded range."""


class VoiceScope(StrEnum):
    """Whose claims an actor's answer holds."""

    ALL = "all"
    """The actor's own and those of the actors that speak for or belong to it."""
    OWN = "own"
    """Only the claims the actor itself asserted."""


def depth_of(scope: VoiceScope) -> int:
    return MAX_MEMBER_DEPTH if scope is VoiceScope.ALL else 0


def voice_key(speaker_id: str, date: dt.date | None, claim_id: str) -> str:
    """The ASSERTED edge's order key: ``speaker date claim`` (``~`` for no date).

    ``date`` is the ASSERTED date, else the claim's first_seen, as
    ``merge_asserted.cypher`` and ``merge_claims.cypher`` write it.
    """
    return f"{speaker_id} {date.isoformat() if date is not None else UNDATED} {claim_id}"


def key_range(since: dt.date | None, until: dt.date | None) -> tuple[str, str]:
    """The (low, high) suffixes that, after a speaker's id, bound its keys in
    ``[since, until]`` (inclusive; an undated claim falls outside either bound)."""
    low = f" {since.isoformat()}" if since is not None else " "
    if until is not None:
        high = f" {until.isoformat()}{UNDATED}"
    else:
        high = f" {UNDATED}" if since is not None else f" {_END}"
    return low, high


def via(speaker: dict[str, Any], chain: list[dict[str, Any]]) -> str | None:
    """Through whom an organization said it: "Pat Ryder, Pentagon spokesman",
    "anonymous source", with the organizations in between when membership
    nests ("anonymous source (Dawn Brigade)"). None for the actor's own claims."""
    if not chain:
        return None
    if speaker.get("anonymous"):
        said = "anonymous source"
    else:
        first = chain[0]
        role = first.get("role") or speaker.get("role") or (
            "spokesperson" if first["relation"] == "SPEAKS_FOR" else "member")
        said = f"{speaker['name']}, {role}"
    between = [step["actor"]["name"] for step in chain[:-1]]
    return f"{said} ({' > '.join(between)})" if between else said
