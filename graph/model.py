"""The provenance graph as typed values.

Every node carries a deterministic ``id`` (see :mod:`claimgraph.graph.ids`), so
the same actor, claim or figure met again, in another run or another process,
lands on the same node. Relationship values name their endpoints by id and
carry where in the text extraction found them (``article_id`` plus character
offsets), so any edge can be checked against its source.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    OUTLET = "outlet"


class OutletKind(StrEnum):
    OUTLET = "outlet"
    AGENCY = "agency"


class Channel(StrEnum):
    """How a claim reached the public, as far as the text tells."""

    STATEMENT = "statement"
    X = "X"
    SOCIAL_MEDIA = "social media"
    PRESS_BRIEFING = "press briefing"
    INTERVIEW = "interview"
    TELEVISION = "television"
    REPORT = "report"
    ANONYMOUS = "anonymous"


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Metric(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    ATTACKS = "attacks"
    TROOPS = "troops"
    ATTENDED = "attended"
    ARRESTED = "arrested"
    DISPLACED = "displaced"
    MISSING = "missing"
    CASES = "cases"
    """People an outbreak made ill: "sickened more than 1,200", "870 confirmed cholera cases"."""
    STRIKES = "strikes"
    OTHER = "other"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROXIMATELY = "approximately"
    MORE_THAN = "more than"
    AT_LEAST = "at least"
    UP_TO = "up to"
    LESS_THAN = "less than"
    NEARLY = "nearly"
    RANGE = "range"
    SEVERAL = "several"
    A_FEW = "a few"
    MULTIPLE = "multiple"
    DOZENS = "dozens"
    SCORES = "scores"
    HUNDREDS = "hundreds"
    THOUSANDS = "thousands"


INCIDENT_KINDS = ("strike", "raid", "shelling", "attack", "bombing", "shooting", "killing", "crash", "earthquake",
                  "flood", "fire", "stampede", "outbreak", "riot", "kidnapping", "event")
"""What an incident can be; "event" when the texts name no kind."""


class ClaimLinkKind(StrEnum):
    CONTRADICTS = "CONTRADICTS"
    CORROBORATES = "CORROBORATES"


class FigureLinkKind(StrEnum):
    EXCLUDES = "EXCLUDES"
    PART_OF = "PART_OF"
    REVISES = "REVISES"


class AboutKind(StrEnum):
    PLACE = "Place"
    EVENT = "Event"
    ACTOR = "Actor"


# --- nodes -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Article:
    """One version of an article: the text read at one time.

    ``key`` names the article across its versions (its URL, else its first
    text: :func:`claimgraph.graph.ids.article_id`); the first version stored
    has the key as its id, a later one ``<key>@<version>``
    (:mod:`claimgraph.ingest.versions`), and points to the one before it
    through PREVIOUS_VERSION. ``published`` is the version's own publication
    (or update) date from its metadata; the graph adds ``ingested_at``, when
    it stored the version. ``extractor`` is the extraction rules that read it
    (:mod:`claimgraph.ingest.extractor`). ``source`` is where the text was
    read, kept only when the text itself is not (then ``reextract`` needs it).
    """

    id: str
    text_sha256: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    dateline: str | None = None
    language: str | None = None
    key: str | None = None
    version: int = 1
    extractor: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleText:
    """(Article)-[:HAS_TEXT]->(ArticleText): the version's text, zlib-compressed and base64-encoded
    (:mod:`claimgraph.ingest.texts`), and the metadata the graph keeps only as relationships (the
    outlet and agency as the input named them), so newer rules can read the article again
    exactly as it came. Its id is the article version's."""

    id: str
    text_z: str
    outlet: str | None = None
    syndicated_from: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A speaker or organization. Outlets are actors too (kind OUTLET)."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    anonymous: bool = False
    role: str | None = None
    outlet_kind: OutletKind | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    quote: QuoteKind
    first_seen: dt.date | None = None
    confidence: float = 1.0

    def __reduce__(self) -> tuple[type[Claim], tuple[str, str, QuoteKind, dt.date | None, float]]:
        # Pickled as its constructor's arguments: a slotted dataclass's own unpickling looks up its
        # fields for every object, and extractions bring the writing process ~30 claims an article.
        return Claim, (self.id, self.text, self.quote, self.first_seen, self.confidence)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number stated inside a claim, normalised to value/low/high.

    ``value`` is set for a point figure ("eight", "approximately 66"); ``low``
    and ``high`` bound what the words allow ("more than 14,000" has low 14001
    and no high; "several" has low 3). The ``incident_*`` fields are the
    features linking compares to decide whether two figures speak of the same
    incident (see :mod:`claimgraph.ingest.linking`).
    """

    id: str
    metric: Metric
    raw: str
    qualifier: Qualifier = Qualifier.EXACT
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    place: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    incident_agent: str | None = None
    incident_victim: str | None = None
    incident_date: dt.date | None = None
    aggregate: bool = False
    replaces: str | None = None
    """The id of the older figure of the same claim this one replaces ("rose from 4 to 11": 11 replaces 4)."""
    hypothetical: bool = False
    """A conditional, hypothetical or definitional number: it counts nothing and links to nothing."""


@dataclass(frozen=True, slots=True)
class Incident:
    """One real event (a strike, bombing, shooting, crash, battle day) that figures count.

    ``date`` is the day the texts give, else None; ``window_start`` and
    ``window_end`` bound when it happened (the day +- one, else the days before
    the first article reporting it). ``places`` holds the place and the places
    known to contain it, for matching another report of the same event.
    """

    id: str
    kind: str
    label: str
    place: str | None = None
    places: tuple[str, ...] = ()
    date: dt.date | None = None
    window_start: dt.date | None = None
    window_end: dt.date | None = None


INCIDENT_MERGE_SPAN = dt.timedelta(days=7)
"""The longest date window an incident may have and still be found another report's: a month or
a year ("in September", "2016 saw ...") is too vague to tell one event from the next."""


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    name: str
    date: dt.date | None = None


# --- relationships ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Asserted:
    """(Actor)-[:ASSERTED]->(Claim), one per speaker and claim."""

    actor_id: str
    claim_id: str
    article_id: str
    cue: str | None = None
    channel: Channel | None = None
    date: dt.date | None = None
    anonymous: bool = False
    source_start: int | None = None
    source_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class ReportedIn:
    """(Claim)-[:REPORTED_IN]->(Article), one per mention (span)."""

    claim_id: str
    article_id: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class PreviousVersion:
    """(Article)-[:PREVIOUS_VERSION]->(Article): a newer version of the article to the one it replaced."""

    article_id: str
    previous_id: str


@dataclass(frozen=True, slots=True)
class Names:
    """(Article)-[:NAMES]->(Actor): an actor the article's reading holds (speaking, publishing or
    mentioned), with what the reading gave it. The actor's properties are the join of these records
    over the articles that hold it (:mod:`claimgraph.graph.actor_readings`), so removing or reading
    the article again takes back what it gave."""

    article_id: str
    actor_id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    anonymous: bool = False
    role: str | None = None
    outlet_kind: OutletKind | None = None

    @classmethod
    def of(cls, article_id: str, actor_id: str, props: dict[str, Any]) -> Names:
        return cls(article_id, actor_id, props["name"], ActorKind(props["kind"]), tuple(props["aliases"]),
                   props["anonymous"], props["role"],
                   OutletKind(props["outlet_kind"]) if props["outlet_kind"] else None)


@dataclass(frozen=True, slots=True)
class PublishedBy:
    article_id: str
    outlet_id: str


@dataclass(frozen=True, slots=True)
class SyndicatedFrom:
    article_id: str
    outlet_id: str


@dataclass(frozen=True, slots=True)
class SpeaksFor:
    actor_id: str
    org_id: str
    role: str | None = None
    article_id: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class MemberOf:
    actor_id: str
    org_id: str
    article_id: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class States:
    claim_id: str
    figure_id: str
    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class FigureLink:
    """(Figure)-[:EXCLUDES|PART_OF|REVISES]->(Figure)."""

    kind: FigureLinkKind
    from_id: str
    to_id: str
    reason: str
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Counts:
    """(Figure)-[:COUNTS]->(Incident), with the words that put the figure in the incident."""

    figure_id: str
    incident_id: str
    article_id: str
    start: int
    end: int
    reason: str
    share: str | None = None
    """"part" ("two of the dead"), "increment" ("two more died"), "earlier" (a count the text says was given
    before or overtaken: "police earlier put the toll at 29", "initially reported 12"), "overtaken" (stated
    before a running toll the text says rose past it), or None: the whole toll."""


@dataclass(frozen=True, slots=True)
class Reports:
    """(Article)-[:REPORTS]->(Incident)."""

    article_id: str
    incident_id: str


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """(Claim)-[:CONTRADICTS|CORROBORATES]->(Claim).

    Symmetric in meaning; stored once, from the smaller id to the larger, so
    finding the same pair from either side writes the same edge.
    """

    kind: ClaimLinkKind
    a_id: str
    b_id: str
    metric: Metric
    reason: str

    def __post_init__(self) -> None:
        if self.a_id > self.b_id:
            a, b = self.b_id, self.a_id
            object.__setattr__(self, "a_id", a)
            object.__setattr__(self, "b_id", b)


@dataclass(frozen=True, slots=True)
class VariantOf:
    """(Claim)-[:VARIANT_OF]->(Claim): the same thing named differently.

    Not a contradiction of fact ("short-range" vs "close-range" ballistic
    missile); kept so a reader sees the wording differs between sources.
    """

    a_id: str
    b_id: str
    terms: tuple[str, str]
    reason: str

    def __post_init__(self) -> None:
        if self.a_id > self.b_id:
            a, b = self.b_id, self.a_id
            object.__setattr__(self, "a_id", a)
            object.__setattr__(self, "b_id", b)
            object.__setattr__(self, "terms", (self.terms[1], self.terms[0]))


@dataclass(frozen=True, slots=True)
class About:
    claim_id: str
    target_id: str
    target: AboutKind


@dataclass(slots=True)
class Batch:
    """Everything one write puts in the graph, applied in one transaction."""

    articles: list[Article] = field(default_factory=list)
    texts: list[ArticleText] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    asserted: list[Asserted] = field(default_factory=list)
    reported_in: list[ReportedIn] = field(default_factory=list)
    versions: list[PreviousVersion] = field(default_factory=list)
    names: list[Names] = field(default_factory=list)
    published_by: list[PublishedBy] = field(default_factory=list)
    syndicated_from: list[SyndicatedFrom] = field(default_factory=list)
    speaks_for: list[SpeaksFor] = field(default_factory=list)
    member_of: list[MemberOf] = field(default_factory=list)
    states: list[States] = field(default_factory=list)
    figure_links: list[FigureLink] = field(default_factory=list)
    counts: list[Counts] = field(default_factory=list)
    reports: list[Reports] = field(default_factory=list)
    claim_links: list[ClaimLink] = field(default_factory=list)
    variants: list[VariantOf] = field(default_factory=list)
    about: list[About] = field(default_factory=list)

    def extend(self, other: Batch) -> None:
        for f in fields(self):
            getattr(self, f.name).extend(getattr(other, f.name))

    def __len__(self) -> int:
        return sum(len(getattr(self, f.name)) for f in fields(self))
