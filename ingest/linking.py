"""Contradictions, corroborations, revisions and variant wordings between claims.

:func:`link_figures` compares the figures of claims, within an article and
across articles, but only figures that count one incident
(:mod:`claimgraph.ingest.incidents` puts each figure in its incident, or in
none); then their intervals decide:

- a figure is an interval of what its words allow (:func:`interval`): a
  point ``v`` is ``[v, v]``; "approximately v" is ``v`` +- 10% (never less
  than +-1, :data:`~claimgraph.ingest.numbers.APPROXIMATE_TOLERANCE`);
  bounds ("more than", "at least", "several", ...) as
  :mod:`claimgraph.ingest.numbers` sets them, open ends to 0 and infinity;
- disjoint intervals cannot both be true: CONTRADICTS ("several (>= 3) vs 1
  killed in the same strike"), except that a count of one class of victims
  or one named group below a count of "people" is a part of that total, not
  a rival count (4 fighters, or three ministers, and 17 people killed can
  both be true; 20 fighters and 17 people cannot); a figure its words make a
  part ("two of the dead", "six died at the hospital", "including three
  ministers") is compared only with a count of the same named group
  ("killing three ministers"), and below such a count it is a share of it, no
  rival ("four children died in her ward" and "31 children"); an increment ("two more died", see
  :func:`~claimgraph.ingest.incidents.share`) with nothing: which subgroup
  another count counts is not known; nor is a count its sentence calls
  earlier ("police earlier put the toll at 29") compared with anything;
- overlapping intervals agree: CORROBORATES, but only between independent
  chains, and not two bounds on the same side further apart than the
  tolerance ("at least 15" and "more than 60" can both be true, yet neither
  backs the other: no link). A claim's ``chain_root`` is where it comes from
  (the organisation its speaker speaks for or belongs to, else the speaker): a spokesperson
  and the ministry she speaks for, or two outlets quoting her, are one
  source and do not corroborate one another. Contradictions are shown
  whatever the chain: a source contradicting itself is news too.

Inside one incident two figures are compared when they have the same metric
and compatible victims: equal classes, or either unknown or just "people";
"military" and "police" go together; combatants, the military and civilians
do not; named sides must match ("military:US" vs "military:Iran" differ).

One link per pair of claims and metric: if any of their figure pairs agree,
the claims corroborate; if none agrees and some disagree, they contradict.
Never a claim with itself, never two claims of the same speaker.

Revisions (:func:`find_revisions`): when one source (the same chain root)
gives a new count of the same victims of one incident on a later day, the
newer figure REVISES the older; so does a figure that its own words state
replaces an older one ("rose from 4 to 11"), and then every other figure of
that source in the incident with the old value, said no later. A revised figure is no longer
what its source says: it is compared with nothing (a revision is not a
contradiction, and the older value does not contradict other sources); the
links made from it before the revision arrived are deleted when the revision
is written (``cypher/write/unlink_revised.cypher``).

:func:`find_variants` flags two speakers naming the same thing with
different modifiers ("medium-range" vs "intermediate-range cruise missile").
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from mypy_extensions import mypyc_attr

from claimgraph.graph.model import (
    ClaimLink,
    ClaimLinkKind,
    Figure,
    FigureLink,
    FigureLinkKind,
    Metric,
    Qualifier,
    VariantOf,
)
from claimgraph.ingest.figures import OWN_SIDE, PEOPLE, demonym, victim_class
from claimgraph.ingest.incidents import OVERTAKEN, PART, UNCOMPARED
from claimgraph.ingest.numbers import format_number, tolerance

# Nouns that count anyone the metric befell, not a group of their own ("86 detentions" is no group).
_ANYONE: Final = frozenset("people persons person dead others victims bodies deaths casualties injuries wounded injured hurt "
                    "killed individuals men women them arrests detentions cases".split())
_COMPATIBLE_CLASSES: Final = frozenset((frozenset(("military", "police")),))


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class LinkCandidate:
    """One figure of one claim, with what linking needs to know of the claim."""

    claim_id: str
    speaker_id: str
    chain_root: str
    figure: Figure
    claim_text: str
    claim_date: dt.date | None = None
    incident_id: str | None = None
    superseded: bool = False
    """Revised by a newer figure of its source: compared with nothing."""
    share: str | None = None
    """"part" of the toll (no rival to a larger count), "increment" or "earlier" (compared with nothing),
    "overtaken" (compared only with other overtaken counts), or None."""
    at: tuple[str, int, int] | None = None
    """The figure's words (article id, start, end): the same words quoted through a chain are one statement."""


# --- intervals and wording ---------------------------------------------------------

def interval(f: Figure) -> tuple[float, float]:
    """What the figure's words allow, as a closed interval."""
    if f.value is not None and f.qualifier is Qualifier.APPROXIMATELY:
        slack = tolerance(f.value)
        return f.value - slack, f.value + slack
    if f.value is not None and f.low is None and f.high is None:
        return f.value, f.value
    return (f.low if f.low is not None else 0.0), (f.high if f.high is not None else math.inf)


def describe(f: Figure) -> str:
    """A figure as a reader compares it: "8", "approximately 70", "several (>= 3)"."""
    q, n = f.qualifier, format_number
    if q is Qualifier.EXACT and f.value is not None:
        return n(f.value)
    if q is Qualifier.APPROXIMATELY and f.value is not None:
        return f"approximately {n(f.value)}"
    if q is Qualifier.RANGE and f.low is not None and f.high is not None:
        return f"{n(f.low)}-{n(f.high)}"
    if q is Qualifier.MORE_THAN and f.low is not None:
        return f"more than {n(f.low - 1)}"
    if q is Qualifier.LESS_THAN and f.high is not None:
        return f"fewer than {n(f.high + 1)}"
    if q is Qualifier.NEARLY and f.high is not None:
        return f"nearly {n(f.high + 1)}"
    if q in (Qualifier.AT_LEAST, Qualifier.UP_TO):
        bound = f.low if q is Qualifier.AT_LEAST else f.high
        if bound is not None:
            return f"{q.value} {n(bound)}"
    low, high = interval(f)
    bounds = f">= {n(low)}" if math.isinf(high) else f"{n(low)}-{n(high)}"
    return f"{q.value} ({bounds})"


# --- comparable figures -------------------------------------------------------------

def comparable(x: LinkCandidate, y: LinkCandidate) -> bool:
    """Two figures of one incident that count the same victims by the same metric, in other words
    (the same words quoted through a chain are one statement), neither an increment."""
    return (x.incident_id is not None and x.incident_id == y.incident_id and x.figure.metric is y.figure.metric
            and (x.at is None or x.at != y.at) and _shares_comparable(x, y)
            and _victims_compatible(x.figure.incident_victim, y.figure.incident_victim)
            and _zeros_comparable(x.figure, y.figure))


def _zeros_comparable(a: Figure, b: Figure) -> bool:
    """A denial ("no civilians were killed") is set only against a count that names its class of victims
    by its own noun ("at least 22 civilians"): a toll of anyone ("17, including civilians"), or of
    fighters, may count people it does not deny."""
    if not (_is_zero(a) or _is_zero(b)):
        return True
    class_a, class_b = victim_class(a), victim_class(b)
    return class_a == class_b != PEOPLE and all(_is_zero(f) or _group(f) is not None for f in (a, b))


def _is_zero(f: Figure) -> bool:
    return f.value == 0 and f.qualifier is Qualifier.EXACT


def _shares_comparable(x: LinkCandidate, y: LinkCandidate) -> bool:
    """Two whole tolls (neither an increment nor a count given earlier); or a part ("including three
    Cabinet ministers") and a count of the same named group ("killing three ministers"): the group is
    known, so the counts are rivals."""
    if x.share is None and y.share is None:
        return True
    if x.share in UNCOMPARED or y.share in UNCOMPARED or (x.share == OVERTAKEN) != (y.share == OVERTAKEN):
        return False
    if x.share == OVERTAKEN == y.share:
        return True
    unit_x, unit_y = _group(x.figure), _group(y.figure)
    return unit_x is not None and unit_x == unit_y


def _group(f: Figure) -> str | None:
    """The group a figure names by its own noun ("ministers"), not a word for anyone ("people")."""
    unit = (f.unit or "").casefold()
    return None if not unit or unit in _ANYONE else unit


def _victims_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    class_a, _, side_a = a.partition(":")
    class_b, _, side_b = b.partition(":")
    if class_a != class_b and PEOPLE not in (class_a, class_b) \
            and frozenset((class_a, class_b)) not in _COMPATIBLE_CLASSES:
        return False
    return not (side_a and side_b and not _one_side(side_a, side_b))


def _one_side(a: str, b: str) -> bool:
    """Two sides a count names are one: the same words, or a side's count of its own losses and a
    count of that side's dead by its country ("23 of its soldiers", said the Pakistan military or the
    Pakistani army, against "58 Pakistani soldiers")."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    own = f"{OWN_SIDE}:"
    if a.startswith(own) == b.startswith(own):
        return False
    speaker, named = (a[len(own):], b) if a.startswith(own) else (b[len(own):], a)
    first = speaker.split(" ", 1)[0]
    return named.casefold() in (first, (demonym(first) or "").casefold())


# --- revisions ----------------------------------------------------------------------

def find_revisions(new: Sequence[LinkCandidate], existing: Sequence[LinkCandidate]) -> list[FigureLink]:
    """REVISES links: a figure's own ``replaces``, and one source's later count of the
    same victims of one incident (newer -> older) among ``new`` and between ``new``
    and ``existing``. A pair gets the same link whichever of its figures was written
    first, so reading an article again gives back what its first reading gave."""
    links: dict[tuple[str, str], FigureLink] = {}
    by_incident: dict[str, list[LinkCandidate]] = defaultdict(list)
    for y in existing:
        if y.incident_id is not None:
            by_incident[y.incident_id].append(y)
    by_figure = {c.figure.id: c for c in (*existing, *new)}
    for x in new:
        if x.figure.replaces:
            links[(x.figure.id, x.figure.replaces)] = FigureLink(
                FigureLinkKind.REVISES, x.figure.id, x.figure.replaces, "the same words give the old and the new value")
    for i, x in enumerate(new):
        if x.incident_id is None:
            continue
        for y in (*new[i + 1:], *by_incident[x.incident_id]):
            revision = _revision(x, y) or _stated(x, y, by_figure) or _stated(y, x, by_figure)
            if revision is not None:
                links.setdefault((revision.from_id, revision.to_id), revision)
    return sorted(links.values(), key=lambda link: (link.from_id, link.to_id))


def _stated(newer: LinkCandidate, other: LinkCandidate, by_figure: dict[str, LinkCandidate]) -> FigureLink | None:
    """"first reported four, raised its count to seven": the source's other fours of the
    incident, said no later, are revised too."""
    old = by_figure.get(newer.figure.replaces) if newer.figure.replaces else None
    if (old is None or newer.incident_id is None or other.figure.id in (newer.figure.id, old.figure.id)
            or other.chain_root != newer.chain_root or other.incident_id != newer.incident_id
            or other.figure.metric is not newer.figure.metric or interval(other.figure) != interval(old.figure)
            or (other.claim_date is not None and newer.claim_date is not None
                and other.claim_date > newer.claim_date)):
        return None
    return FigureLink(FigureLinkKind.REVISES, newer.figure.id, other.figure.id,
                      f"the same source revised {describe(old.figure)} to {describe(newer.figure)}")


def _revision(x: LinkCandidate, y: LinkCandidate) -> FigureLink | None:
    if (x.chain_root != y.chain_root or x.share is not None or y.share is not None or x.claim_id == y.claim_id
            or not comparable(x, y) or x.figure.incident_victim != y.figure.incident_victim
            or x.claim_date is None or y.claim_date is None or x.claim_date == y.claim_date):
        return None
    (low_x, high_x), (low_y, high_y) = interval(x.figure), interval(y.figure)
    if low_x <= high_y and low_y <= high_x:
        return None
    newer, older = (x, y) if x.claim_date > y.claim_date else (y, x)
    return FigureLink(FigureLinkKind.REVISES, newer.figure.id, older.figure.id,
                      f"the same source's count on {max(x.claim_date, y.claim_date).isoformat()}: "
                      f"{describe(older.figure)} -> {describe(newer.figure)} {newer.figure.metric.value}")


# --- link_figures --------------------------------------------------------------------

@dataclass(slots=True)
class _Verdicts:
    """What the same-incident figure pairs of two claims say, for one metric."""

    same_chain: bool
    agree: list[tuple[Figure, Figure]] = field(default_factory=list)
    disagree: list[tuple[Figure, Figure]] = field(default_factory=list)


def link_figures(new: Sequence[LinkCandidate], existing: Sequence[LinkCandidate],
                 revisions: Iterable[FigureLink] = ()) -> list[ClaimLink]:
    """CONTRADICTS / CORROBORATES links among ``new`` and between ``new`` and
    ``existing``; figures that ``revisions`` (or the store) mark revised take no part."""
    revised = {link.to_id for link in revisions}
    new = [x for x in new if not x.superseded and x.figure.id not in revised and x.incident_id is not None]
    existing_by_metric: dict[Metric, list[LinkCandidate]] = defaultdict(list)
    for y in existing:
        if not y.superseded and y.figure.id not in revised and y.incident_id is not None:
            existing_by_metric[y.figure.metric].append(y)
    verdicts: dict[tuple[str, str, Metric], _Verdicts] = {}
    for i, x in enumerate(new):
        for y in _partners(x, new[i + 1:], existing_by_metric[x.figure.metric]):
            _judge(x, y, verdicts)
    links = [link for key, v in verdicts.items() if (link := _link(key, v)) is not None]
    return sorted(links, key=lambda link: (link.a_id, link.b_id, link.metric.value, link.kind.value))


def _partners(x: LinkCandidate, later_new: Iterable[LinkCandidate],
              existing: Iterable[LinkCandidate]) -> Iterable[LinkCandidate]:
    for pool in (later_new, existing):
        for y in pool:
            if (y.figure.metric is x.figure.metric and y.claim_id != x.claim_id
                    and y.speaker_id != x.speaker_id):
                yield y


def _judge(x: LinkCandidate, y: LinkCandidate, verdicts: dict[tuple[str, str, Metric], _Verdicts]) -> None:
    if not comparable(x, y):
        return
    a, b = (x, y) if x.claim_id < y.claim_id else (y, x)
    key = (a.claim_id, b.claim_id, a.figure.metric)
    v = verdicts.setdefault(key, _Verdicts(same_chain=a.chain_root == b.chain_root))
    (low_a, high_a), (low_b, high_b) = interval(a.figure), interval(b.figure)
    pair = (a.figure, b.figure)
    if low_a <= high_b and low_b <= high_a:
        if not _bounds_apart((low_a, high_a), (low_b, high_b)):
            v.agree.append(pair)
    elif not (_part_of_total(b.figure, a.figure) and high_b < low_a
              or _part_of_total(a.figure, b.figure) and high_a < low_b
              or _share_below(b, a, high_b, low_a) or _share_below(a, b, high_a, low_b)
              or _rounded_bound(a.figure, b.figure) or _rounded_bound(b.figure, a.figure)):
        v.disagree.append(pair)


def _share_below(part: LinkCandidate, whole: LinkCandidate, part_high: float, whole_low: float) -> bool:
    """Whether a part of the toll ("four children died in her ward") is below a whole count of its group
    ("31 children"): one ward's, one place's share of them, no rival; above it, the two cannot both hold."""
    return part.share == PART and whole.share is None and part_high < whole_low


# How round a plain count must be to be read as a rounding: "600,000" and "3,000", not "28" or "1,500".
_ROUND_UNIT: Final = 1000


def _rounded_bound(plain: Figure, bounded: Figure) -> bool:
    """Whether a plain round count is the number another count bounds ("600,000 evacuated" in a
    headline, "more than 600,000" in the lead): one count rounded, no rival to the other."""
    if plain.qualifier is not Qualifier.EXACT or plain.value is None or plain.value % _ROUND_UNIT:
        return False
    q = bounded.qualifier
    return (q is Qualifier.MORE_THAN and bounded.low == plain.value + 1
            or q in (Qualifier.NEARLY, Qualifier.LESS_THAN) and bounded.high == plain.value - 1)


def _bounds_apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two intervals open on the same side close far apart: "at least 15" and "more than
    60" can both be true, but neither backs the other (the second says four times more)."""
    if math.isinf(a[1]) and math.isinf(b[1]):
        return abs(a[0] - b[0]) > tolerance(max(a[0], b[0]))
    if a[0] == 0 and b[0] == 0:
        return abs(a[1] - b[1]) > tolerance(max(a[1], b[1]))
    return False


def _part_of_total(part: Figure, total: Figure) -> bool:
    """Whether ``part`` counts one class of victims or one named group ("three ministers") and
    ``total`` all people: "people", or no class and no group of its own ("injuring more than 600");
    or ``part`` names a side ("33 Kenyans") that ``total`` does not."""
    part_class, _, part_side = (part.incident_victim or "").partition(":")
    total_class, _, total_side = (total.incident_victim or "").partition(":")
    if (total_class == PEOPLE or (total_class == "" and _group(total) is None)) and part_class not in ("", PEOPLE):
        return True
    if part_side and not total_side and part_side.partition(":")[0] != OWN_SIDE:
        return True  # "33 Kenyans" among "all 157 passengers and crew"; "three of its soldiers" may be all of them
    return _group(part) is not None and _group(total) is None and part_class in ("", PEOPLE)


def _link(key: tuple[str, str, Metric], v: _Verdicts) -> ClaimLink | None:
    a_id, b_id, metric = key
    if v.agree:
        if v.same_chain:
            return None
        return ClaimLink(ClaimLinkKind.CORROBORATES, a_id, b_id, metric, _reason(*v.agree[0]))
    if v.disagree:
        return ClaimLink(ClaimLinkKind.CONTRADICTS, a_id, b_id, metric, _reason(*v.disagree[0]))
    return None


def _reason(a: Figure, b: Figure) -> str:
    reason = f"{describe(a)} vs {describe(b)} {a.metric.value}"
    agent = a.incident_agent or b.incident_agent
    return f"{reason} in the same {agent}" if agent and not (a.aggregate or b.aggregate) else reason


# --- variant wordings ------------------------------------------------------------------

_MODIFIED_TERM: Final = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)+)((?:\s+[a-z]+){2,4})")
_FUNCTION_WORDS: Final = frozenset(
    """the a an of in on at to for by with from against and or but was were is are be been that which
    who its their his her as into over after before while when where had has have it this these those
    than""".split()
)
_COMMON_VERBS: Final = frozenset("hit hits struck fell flew shot came went made left took says said".split())
_COMPONENT_STOPS: Final = frozenset("to of and the in on a".split())
# Evaluative compounds say what the writer thinks of a thing, not what it is.
_EVALUATIVE: Final = frozenset(
    """so-called well-known little-known lesser-known best-known long-time long-standing long-running
    long-awaited much-needed first-ever self-described self-proclaimed self-styled hard-line""".split()
)
_MIN_HEAD: Final = 2


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class _Term:
    modifier: str
    head: tuple[str, ...]
    head_key: tuple[str, ...]


def find_variants(claims: Sequence[tuple[str, str, str]]) -> list[VariantOf]:
    """VARIANT_OF between (claim_id, speaker_id, text) claims of different speakers.

    Two claims name the same thing differently when each holds a hyphenated
    modifier before the same head of at least two words, the modifiers differ,
    and they share a component: "medium-range cruise missile" and
    "intermediate-range cruise missile" (both "-range"). The shared component
    keeps out modifiers of different dimensions ("nuclear-capable" vs
    "long-range": both can be true). Capitalised modifiers ("Iran-backed")
    name parties, not descriptions, and are left out, as are evaluative ones
    ("so-called").
    """
    by_head: dict[tuple[str, ...], list[tuple[str, str, _Term]]] = defaultdict(list)
    for claim_id, speaker_id, text in claims:
        for term in _terms(text):
            by_head[term.head_key[:_MIN_HEAD]].append((claim_id, speaker_id, term))
    found: dict[tuple[str, str, tuple[str, str]], VariantOf] = {}
    for mentions in by_head.values():
        for i, (id_a, speaker_a, term_a) in enumerate(mentions):
            for id_b, speaker_b, term_b in mentions[i + 1:]:
                if id_a == id_b or speaker_a == speaker_b or not _variant(term_a, term_b):
                    continue
                variant = _variant_of(id_a, term_a, id_b, term_b)
                found.setdefault((variant.a_id, variant.b_id, variant.terms), variant)
    return sorted(found.values(), key=lambda v: (v.a_id, v.b_id, v.terms))


def _terms(text: str) -> Iterable[_Term]:
    if "-" not in text:
        return  # most claims hold no hyphen, and the scan opening with a lookbehind is slow
    for m in _MODIFIED_TERM.finditer(text):
        modifier = m.group(1)
        if modifier in _EVALUATIVE:
            continue
        head: list[str] = []
        for word in m.group(2).split():
            if word in _FUNCTION_WORDS or _looks_like_verb(word):
                break
            head.append(word)
        if len(head) >= _MIN_HEAD:
            yield _Term(modifier, tuple(head), tuple(_singular(w) for w in head))


def _looks_like_verb(word: str) -> bool:
    """A head ends at its verb ("long-range rocket hit"), as far as spelling tells."""
    return word in _COMMON_VERBS or (len(word) > 4 and word.endswith(("ed", "ing")))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _variant(a: _Term, b: _Term) -> bool:
    parts_a, parts_b = a.modifier.split("-"), b.modifier.split("-")
    if set(parts_a) == set(parts_b) or len(parts_a) != len(parts_b):
        return False
    return bool((set(parts_a) & set(parts_b)) - _COMPONENT_STOPS)


def _variant_of(id_a: str, a: _Term, id_b: str, b: _Term) -> VariantOf:
    if id_a > id_b:
        id_a, a, id_b, b = id_b, b, id_a, a
    shared = 0
    while shared < min(len(a.head_key), len(b.head_key)) and a.head_key[shared] == b.head_key[shared]:
        shared += 1
    term_a = f"{a.modifier} {' '.join(a.head[:shared])}"
    term_b = f"{b.modifier} {' '.join(b.head[:shared])}"
    reason = f"same {' '.join(a.head[:shared])} called {a.modifier} and {b.modifier}"
    return VariantOf(id_a, id_b, (term_a, term_b), reason)
