"""One article in, graph values out: the whole pure extraction.

:func:`extract` finds the attributions, resolves their speakers into actors,
turns every attributed content (and every sentence the article states in its
own voice) into a claim, the numbers inside claims into figures, and links the
article's claims with each other. It reads nothing and writes nothing; the
alias table comes in as an argument. :meth:`Extraction.to_batch` gives every
node and relationship for the store.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from mypy_extensions import mypyc_attr

from claimgraph.graph import ids
from claimgraph.graph.actor_readings import reading
from claimgraph.graph.model import (
    About,
    AboutKind,
    Actor,
    ActorKind,
    Article,
    Asserted,
    Batch,
    Channel,
    Claim,
    ClaimLink,
    Figure,
    FigureLink,
    MemberOf,
    Metric,
    Place,
    PublishedBy,
    Qualifier,
    QuoteKind,
    ReportedIn,
    SpeaksFor,
    States,
    SyndicatedFrom,
    VariantOf,
)
from claimgraph.ingest.actors import Cast, resolve_cast
from claimgraph.ingest.aliases import AliasTable
from claimgraph.ingest.attribution import find_attributions, states_something
from claimgraph.ingest.cues import COGNITION_VERBS, DENYING_CUES, REVISING_VERBS, SPEECH_VERBS
from claimgraph.ingest.dates import DateMention, date_beside_cue, find_dates
from claimgraph.ingest.document import Document
from claimgraph.ingest.extractor import extractor_version
from claimgraph.ingest.figures import (
    OWN_SIDE,
    PEOPLE,
    ExternalFigure,
    FigureMention,
    across_sides,
    find_figure_relations,
    find_figures,
    revised_values,
    victim_class,
)
from claimgraph.ingest.incidents import ArticleIncidents, FigureAt, article_incidents
from claimgraph.ingest.linking import LinkCandidate, find_revisions, find_variants, link_figures
from claimgraph.ingest.names import MentionKind, parse_mention
from claimgraph.ingest.own_voice import DATELINE, own_voice_spans
from claimgraph.ingest.sentences import split_sentences
from claimgraph.ingest.spans import Attribution, Span

# What is left of a date once its words and numbers are gone: nothing but separators.
_DATE_WORDS: Final = re.compile(r"(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november"
                         r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+)\b")
_LETTER_WORD: Final = re.compile(r"[\W_]+")
# A clause of time inside the object of an act: "withdrew its staff after ...", "issued an alert when ..."
# ("as high as 11" and "as many as 40" bound a count).
_AS_BOUNDS: Final = ("high", "low", "many", "much", "few", "little")
_TIME_CLAUSE: Final = re.compile(
    "".join(rf"(?<!{w})" for w in _AS_BOUNDS)
    + rf"\s(?:after|when|before|as(?!\s+(?:{'|'.join(_AS_BOUNDS)}|recently)\s)|while|since|following|until)\s")
_QUOTE_MARKS: Final = re.compile(r"[\"“”]")
# "claimed responsibility for the attack, which killed 17": owning an act, and the clause that tells its toll.
_RESPONSIBILITY: Final = re.compile(r"(?:(?:full|sole)\s+)?(?:responsibility|credit)\s+for\b", re.IGNORECASE)
_TOLL_CLAUSE: Final = re.compile(r",?\s(?:which|that)\s+(?:\w+\s+){0,2}?(?:killed|wounded|injured|left|claimed)\b")
# A body that revises its toll says why too: "raised the toll to 27 after nine of the wounded died".
_SAYING: Final = SPEECH_VERBS | COGNITION_VERBS | REVISING_VERBS | {"according"}
# What a claim's words do not start or end with: whitespace (as regex \s has it), quote marks, punctuation.
_EDGE_CHARS: Final = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + "\"'“”‘’.,;:—–-"


@dataclass(slots=True, unsafe_hash=True)
class ResolvedAttribution:
    """An attribution with the actor who made it and the claim it carries."""

    attribution: Attribution
    speaker_id: str | None
    claim_id: str | None
    channel: Channel | None = None
    anonymous: bool = False


@dataclass(slots=True, unsafe_hash=True)
class ClaimMention:
    """One place in the article where a claim is stated (a claim stated twice has two)."""

    claim_id: str
    speaker_id: str
    content: tuple[Span, ...]
    sentence: Span
    source: Span | None = None
    cue: Span | None = None
    channel: Channel | None = None
    date: dt.date | None = None
    anonymous: bool = False
    quote: QuoteKind = QuoteKind.DIRECT

    def __reduce__(self) -> tuple[type[ClaimMention], tuple[object, ...]]:
        # Pickled as its constructor's arguments, as Span is: the writing process unpickles
        # some thirty mentions an article, which were half of what it spent unpickling.
        return ClaimMention, (self.claim_id, self.speaker_id, self.content, self.sentence, self.source, self.cue,
                              self.channel, self.date, self.anonymous, self.quote)

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class StatedFigure:
    """A figure and where its claim states it."""

    claim_id: str
    figure: Figure
    span: Span


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    publisher: Actor | None
    agency: Actor | None
    attributions: tuple[ResolvedAttribution, ...]
    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]
    mentions: tuple[ClaimMention, ...]
    figures: tuple[StatedFigure, ...] = ()
    figure_links: tuple[FigureLink, ...] = ()
    claim_links: tuple[ClaimLink, ...] = ()
    variants: tuple[VariantOf, ...] = ()
    places: tuple[Place, ...] = ()
    about: tuple[About, ...] = ()
    speaks_for: tuple[SpeaksFor, ...] = ()
    member_of: tuple[MemberOf, ...] = ()
    # speaker id -> the organization it speaks for or belongs to: one independent source for linking
    chain_roots: tuple[tuple[str, str], ...] = ()
    incidents: ArticleIncidents = ArticleIncidents()
    document: Document | None = field(default=None, repr=False, compare=False)
    """What was read: the text every span points into, kept with the article for ``reextract``."""

    def speaker_of(self, claim_id: str) -> str:
        return next(m.speaker_id for m in self.mentions if m.claim_id == claim_id)

    def link_candidates(self) -> list[LinkCandidate]:
        """One candidate per stated figure, to link against claims already in the store."""
        texts = {c.id: c.text for c in self.claims}
        speakers = {m.claim_id: m.speaker_id for m in self.mentions}
        dates: dict[str, dt.date | None] = {}
        for m in self.mentions:
            dates.setdefault(m.claim_id, m.date)
        roots = dict(self.chain_roots)
        counted = {c.figure_id: c for c in self.incidents.counts}
        aid = self.article.id
        return [LinkCandidate(s.claim_id, speakers[s.claim_id], roots.get(speakers[s.claim_id], speakers[s.claim_id]),
                              s.figure, texts[s.claim_id], dates[s.claim_id],
                              counted[s.figure.id].incident_id if s.figure.id in counted else None,
                              share=counted[s.figure.id].share if s.figure.id in counted else None,
                              at=(aid, s.span.start, s.span.end))
                for s in self.figures]

    def to_batch(self) -> Batch:
        """Every node and relationship of this article, ready for one write."""
        aid = self.article.id
        batch = Batch(articles=[self.article], actors=list(self.actors), claims=list(self.claims),
                      figures=[s.figure for s in self.figures], places=list(self.places),
                      incidents=list(self.incidents.incidents), counts=list(self.incidents.counts),
                      reports=list(self.incidents.reports),
                      speaks_for=list(self.speaks_for), member_of=list(self.member_of),
                      figure_links=list(self.figure_links), claim_links=list(self.claim_links),
                      variants=list(self.variants), about=list(self.about))
        asserted: dict[tuple[str, str], Asserted] = {}
        for m in self.mentions:
            asserted.setdefault((m.speaker_id, m.claim_id), Asserted(
                actor_id=m.speaker_id, claim_id=m.claim_id, article_id=aid,
                cue=m.cue.text if m.cue else None, channel=m.channel, date=m.date, anonymous=m.anonymous,
                source_start=m.source.start if m.source else None, source_end=m.source.end if m.source else None,
                cue_start=m.cue.start if m.cue else None, cue_end=m.cue.end if m.cue else None))
            batch.reported_in.append(ReportedIn(m.claim_id, aid, m.start, m.end, m.sentence.text))
        batch.asserted = list(asserted.values())
        if self.publisher is not None:
            batch.published_by.append(PublishedBy(aid, self.publisher.id))
        if self.agency is not None:
            batch.syndicated_from.append(SyndicatedFrom(aid, self.agency.id))
        batch.states = [States(s.claim_id, s.figure.id, aid, s.span.start, s.span.end) for s in self.figures]
        batch.names = reading(aid, self.actors)
        return batch


def extract(doc: Document, aliases: AliasTable) -> Extraction:
    """Everything one article says, as graph values. Pure and deterministic."""
    text, meta = doc.text, doc.meta
    sha = ids.text_sha256(text)
    key = ids.article_id(sha, meta.url)
    article = Article(id=key, text_sha256=sha, url=meta.url, title=meta.title, published=meta.published,
                      dateline=meta.dateline, language=meta.language, key=key, extractor=extractor_version(aliases))
    sentences = split_sentences(text)
    found = [a for a in find_attributions(text, sentences) if not _section_label(text, a, aliases)]
    narrated = [_without_narration(text, a) for a in found]
    attributions = [_citing(text, _through_quoting(text, a), aliases) for a in narrated]
    cast = resolve_cast(text, attributions, meta, aliases, article.id)
    mentions, resolved = _attributed_mentions(text, attributions, cast, meta.published)
    resolved = [replace(r, attribution=a) for r, a in zip(resolved, found, strict=True)]
    if cast.voice_id is not None:
        # What an attribution with no speaker frames is the outlet's own report of it.
        framed = [a for a, s in zip(narrated, cast.speakers, strict=True)
                  if s.actor_id is not None or not states_something(a)]
        for piece, sentence in own_voice_spans(text, sentences, framed, meta):
            mentions.append(_own_voice_mention(text, piece, sentence, cast.voice_id, meta.published))
    claims = _claims(text, mentions)
    figures, figure_links = _figures(text, mentions, cast, meta.published, article.id)
    places, about = _places(text, mentions, figures, aliases)
    incidents = article_incidents(text, article.id, meta.title, meta.dateline, meta.published,
                                  _figures_at(text, mentions, figures), aliases)
    figures = _with_restated_bounds(_with_restated_classes(figures, incidents), incidents,
                                    _headline_end(text))
    by_id = {a.id: a for a in cast.actors}
    extraction = Extraction(
        article=article,
        publisher=by_id.get(cast.publisher_id) if cast.publisher_id else None,
        agency=by_id.get(cast.agency_id) if cast.agency_id else None,
        attributions=tuple(resolved),
        actors=cast.actors,
        claims=tuple(claims),
        mentions=tuple(mentions),
        figures=tuple(figures),
        figure_links=tuple(figure_links),
        places=tuple(places),
        about=tuple(about),
        speaks_for=cast.speaks_for,
        member_of=cast.member_of,
        chain_roots=tuple(_chain_roots(cast)),
        incidents=incidents,
        document=doc,
    )
    speakers = {m.claim_id: m.speaker_id for m in mentions}
    candidates = extraction.link_candidates()
    revisions = find_revisions(candidates, [])
    return replace(extraction,
                   figure_links=(*extraction.figure_links, *revisions),
                   claim_links=tuple(link_figures(candidates, [], revisions)),
                   variants=tuple(find_variants([(c.id, speakers[c.id], c.text) for c in claims])))


def _with_restated_classes(figures: Sequence[StatedFigure], incidents: ArticleIncidents) -> list[StatedFigure]:
    """A count of anyone that restates the one count of a class of its incident ("Gunmen kill 11" in the
    headline, "killed 11 soldiers" in the lead) counts that class: it is no rival of another class's
    count ("neutralised 17 insurgents"), in this article or a later one, any more than the count it
    restates."""
    incident_of = incidents.incident_of()

    def key(f: Figure) -> tuple[str, Metric, float] | None:
        return (incident_of[f.id], f.metric, f.value) if f.value is not None and f.id in incident_of else None

    classes: dict[tuple[str, Metric, float], set[str]] = {}
    for s in figures:
        k = key(s.figure)
        if k is not None and s.figure.incident_victim and victim_class(s.figure) != PEOPLE:
            classes.setdefault(k, set()).add(s.figure.incident_victim)
    out = []
    for s in figures:
        k = key(s.figure)
        restated = classes.get(k, set()) if k is not None and victim_class(s.figure) == PEOPLE else set()
        out.append(replace(s, figure=replace(s.figure, incident_victim=next(iter(restated))))
                   if len(restated) == 1 else s)
    return out


# Cues of quoting someone, and what opens the words the quoted one said.
_QUOTING: Final = frozenset({"quoted", "quotes", "quote"})
_NAME_BEFORE_ROLE: Final = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s*$")
_AS_SAYING: Final = re.compile(r"\s*\bas\s+(?:saying|telling\s+\w+)\s+(?:that\s+)?", re.IGNORECASE)
# "..., the agency reported, citing the deputy governor": whom the report gives its words to, one who
# speaks (a person, an unnamed source, a body; not "citing a survey").
_CITED: Final = frozenset({MentionKind.PERSON, MentionKind.ANONYMOUS, MentionKind.NOMINAL, MentionKind.ORGANIZATION})
_CITING: Final = re.compile(r",\s+(?:citing|quoting)\s+(?P<who>(?:an?|the|one|two|three|several)\s+[^,.;:()\"“”]+?|"
                            r"[A-Z][^,.;:()\"“”]+?)\s*(?=[,.;]|$)")


def _without_narration(text: str, attribution: Attribution) -> Attribution:
    """"Doctors Without Borders withdrew its staff after three workers were killed": after a cue
    that is an act rather than speech, a clause of time is the article telling why, not what the
    actor claimed; the claim stops before it (and the article's own voice takes the clause)."""
    if attribution.cue is None or not attribution.content:
        return attribution
    first = attribution.content[0]
    if _RESPONSIBILITY.match(text, first.start, first.end):
        # "claimed responsibility for an attack ..., which killed 17 peacekeepers": the group owned
        # the attack; the toll in the clause that describes it is the article's
        m = _TOLL_CLAUSE.search(text, first.start, first.end)
    elif attribution.cue.text.split(maxsplit=1)[0].casefold() in _SAYING:
        return attribution
    else:
        m = _TIME_CLAUSE.search(text, first.start, first.end)
    if m is None or _QUOTE_MARKS.search(text, first.start, m.start()):
        return attribution
    kept = (Span.of(text, first.start, m.start()),) if text[first.start:m.start()].strip() else ()
    return replace(attribution, content=(*kept, *attribution.content[1:]))


def _through_quoting(text: str, attribution: Attribution) -> Attribution:
    """"Interfax quoted a police source as saying 12 died", "The ministry was quoted by the agency as
    saying ...": the one quoted said it, and the quoter carried it, as a report does. (PolNeAR marks
    the quoter as the source: the attributions an extraction lists keep the frame as found.)"""
    cue, content = attribution.cue, attribution.content
    if cue is None or not content or _QUOTING.isdisjoint(cue.text.casefold().split()):
        return attribution
    if len(content) == 2 and cue.text.casefold().endswith(" by"):
        quoted, said = content[0], content[1]  # the passive: the quoted before the cue, what they said after it
        opening = _AS_SAYING.match(text, said.start, said.end)
        named = _NAME_BEFORE_ROLE.search(text, attribution.sentence.start, quoted.start)
        if named is not None:  # "Ada Voss, the interior minister, was quoted": the name and its role
            quoted = Span.of(text, named.start(), quoted.end)
    else:
        said = content[0]
        opening = _AS_SAYING.search(text, said.start, said.end)
        quoted = Span.of(text, said.start, opening.start()) if opening is not None else said
    if opening is None or opening.end() >= said.end or not quoted.text.strip():
        return attribution
    return replace(attribution, source=quoted, content=(Span.of(text, opening.end(), said.end),),
                   channel=attribution.channel or Channel.REPORT)


def _citing(text: str, attribution: Attribution, aliases: AliasTable) -> Attribution:
    """"Gunmen killed 11, the news agency reported, citing the deputy governor", "the agency gave a toll of
    13, quoting a local official": the one cited said it, and the report carried it, as with quoting. Only
    a citation that closes the frame and names someone who speaks ("citing a survey" does not; "she said,
    citing a survey, that ..." is hers)."""
    cue, content, source = attribution.cue, attribution.content, attribution.source
    if cue is None or source is None or not content:
        return attribution
    m = _CITING.match(text, max(cue.end, source.end, content[-1].end), attribution.sentence.end)
    if m is None or parse_mention(m.group("who"), aliases).kind not in _CITED:
        return attribution
    return replace(attribution, source=Span.of(text, m.start("who"), m.end("who")),
                   channel=attribution.channel or Channel.REPORT)


def _section_label(text: str, attribution: Attribution, aliases: AliasTable) -> bool:
    """"Norway: Two injured in tunnel crash": a place or a date heading a section is no speaker; the
    heading is the outlet's own."""
    if attribution.source is None or attribution.cue is None or attribution.cue.text != ":":
        return False
    words = claim_text(text, attribution.content)
    return aliases.place(attribution.source.text) is not None or not _LETTER_WORD.sub("", _DATE_WORDS.sub("", words))


def claim_text(text: str, content: Sequence[Span]) -> str:
    """A claim's words: its content spans joined, without the quote marks and commas at the edges."""
    return " ".join(part for part in (text[s.start:s.end].strip(_EDGE_CHARS) for s in content) if part)


def _content_without_dateline(text: str, content: Sequence[Span]) -> tuple[Span, ...]:
    """Content starting a story can begin with its dateline ("PORT ELLIS (AFP) - "), which is nobody's claim."""
    if not content:
        return tuple(content)
    first = content[0]
    m = DATELINE.match(text, first.start, first.end)
    if m is None or m.end() >= first.end:
        return tuple(content)
    return (Span.of(text, m.end(), first.end), *content[1:])


def _attributed_mentions(text: str, attributions: Sequence[Attribution], cast: Cast,
                         published: dt.date | None) -> tuple[list[ClaimMention], list[ResolvedAttribution]]:
    mentions: list[ClaimMention] = []
    resolved: list[ResolvedAttribution] = []
    sentence_dates: dict[int, list[DateMention]] = {}
    for attribution, speaker in zip(attributions, cast.speakers, strict=True):
        content = _content_without_dateline(text, attribution.content)
        words = claim_text(text, content)
        if speaker.actor_id is None or not words:
            resolved.append(ResolvedAttribution(attribution, speaker.actor_id, None, speaker.channel,
                                                speaker.anonymous))
            continue
        claim_id = ids.claim_id(speaker.actor_id, words)
        resolved.append(ResolvedAttribution(attribution, speaker.actor_id, claim_id, speaker.channel,
                                            speaker.anonymous))
        mentions.append(ClaimMention(
            claim_id=claim_id, speaker_id=speaker.actor_id, content=content,
            sentence=attribution.sentence, source=attribution.source, cue=attribution.cue,
            channel=speaker.channel, anonymous=speaker.anonymous, quote=attribution.quote,
            date=_claim_date(text, attribution, published, sentence_dates)))
    return mentions, resolved


def _claim_date(text: str, attribution: Attribution, published: dt.date | None,
                sentence_dates: dict[int, list[DateMention]]) -> dt.date | None:
    """:func:`~claimgraph.ingest.dates.claim_date`, finding the dates of each sentence (by its
    start) once: several cues may share one."""
    if attribution.cue is None:
        return published
    sentence = attribution.sentence
    dates = sentence_dates.get(sentence.start)
    if dates is None:
        dates = sentence_dates[sentence.start] = find_dates(text, sentence, published)
    return date_beside_cue(text, attribution.cue, dates, published)


def _own_voice_mention(text: str, piece: Span, sentence: Span, voice_id: str,
                       published: dt.date | None) -> ClaimMention:
    """The outlet's own words: quoted from nobody, so direct (verbatim) from the outlet."""
    return ClaimMention(claim_id=ids.claim_id(voice_id, claim_text(text, (piece,))), speaker_id=voice_id,
                        content=(piece,), sentence=sentence, date=published)


def _claims(text: str, mentions: Sequence[ClaimMention]) -> list[Claim]:
    """One claim per speaker and wording, however often the article states it."""
    claims: dict[str, Claim] = {}
    for m in mentions:
        if m.claim_id not in claims:
            claims[m.claim_id] = Claim(id=m.claim_id, text=claim_text(text, m.content), quote=m.quote,
                                       first_seen=m.date)
    return list(claims.values())


def _figures(text: str, mentions: Sequence[ClaimMention], cast: Cast, published: dt.date | None,
             article_id: str) -> tuple[list[StatedFigure], list[FigureLink]]:
    """Figures of each claim (read at its first mention), and how figures relate."""
    stated: dict[str, StatedFigure] = {}
    relations: list[tuple[ClaimMention, list[FigureMention], list[StatedFigure]]] = []
    done: set[str] = set()
    names = {a.id: a.name for a in cast.actors}
    for m in mentions:
        if m.claim_id in done:
            continue
        done.add(m.claim_id)
        found = find_figures(text, m.content, published)
        if found and m.cue is not None and _denies(m.cue):
            found = [f for f in found if f.value == 0]  # "denied that any civilians were hurt" still counts none
        if found:
            sentence = text[m.sentence.start:m.sentence.end]
            found = [_on_side_of(f, names[m.speaker_id], sentence) for f in found]
        figures = _with_replaced_ids(text, m.content, [_stated(m.claim_id, f) for f in found], found)
        for s in figures:
            stated.setdefault(s.figure.id, s)
        if found:
            relations.append((m, found, figures))
    speakers = {m.claim_id: m.speaker_id for m in mentions}
    copies = _outlet_copies(stated.values(), speakers, cast) | _relayed_copies(stated.values(), mentions)
    kept = [s for s in stated.values() if s.figure.id not in copies]
    links: dict[tuple[str, str, str], FigureLink] = {}
    for m, found, figures in relations:
        for link in _figure_links(text, m, found, figures, kept, speakers, cast, article_id):
            if link.from_id not in copies and link.to_id not in copies:
                links.setdefault((link.kind.value, link.from_id, link.to_id), link)
    return kept, list(links.values())


def _denies(cue: Span) -> bool:
    """"The army denied that 40 civilians were killed": the army states no such toll."""
    return not DENYING_CUES.isdisjoint(cue.text.casefold().split())


def _outlet_copies(stated: Iterable[StatedFigure], speakers: dict[str, str], cast: Cast) -> set[str]:
    """Ids of the outlet's figures whose words another speaker's claim states ("At least 23 people were
    confirmed dead, officials said": a report by no one inside the officials' words): the speaker's."""
    outlets = {a.id for a in cast.actors if a.kind is ActorKind.OUTLET}
    stated = list(stated)
    spoken = {(s.span.start, s.span.end) for s in stated if speakers.get(s.claim_id) not in outlets}
    return {s.figure.id for s in stated if speakers.get(s.claim_id) in outlets and (s.span.start, s.span.end) in spoken}


def _relayed_copies(stated: Iterable[StatedFigure], mentions: Sequence[ClaimMention]) -> set[str]:
    """Ids of figures a source only relays: "According to the Daily Star, traders said dozens were trapped"
    is the traders' count, whose frame (speaker and cue) stands inside the paper's words; the paper states
    no count of its own, as an outlet's copy of an official's words does not (the outlets' rule reads only
    outlets the alias table knows)."""
    # only an "according to" before the frame relays: after "the department said", "rescuers had found 12
    # bodies" or "Congo has recorded 548 deaths" is the department's or the minister's count, and "X said
    # at least 10 had no links to the gang, according to relatives" is X's words
    relays = [m for m in mentions if m.cue is not None and m.cue.text[:9].casefold() == "according"]
    if not relays:
        return set()
    stated = list(stated)
    relayed: set[tuple[str, int, int]] = set()
    for inner in mentions:
        if inner.source is None or inner.cue is None:
            continue
        source, cue = inner.source, inner.cue
        for outer in relays:
            if outer.speaker_id != inner.speaker_id and outer.cue is not None and outer.cue.end <= source.start \
                    and any(c.start <= source.start and cue.end <= c.end for c in outer.content):
                relayed.update((outer.claim_id, s.span.start, s.span.end) for s in stated
                               if s.claim_id == inner.claim_id)
    return {s.figure.id for s in stated if (s.claim_id, s.span.start, s.span.end) in relayed}


def _on_side_of(found: FigureMention, speaker: str, sentence: str) -> FigureMention:
    """A count of the speaker's own side ("three of its soldiers") names the speaker in its side
    ("military:own:Russian Ministry of Defence"): two sides' counts of their own losses are no rivals;
    nor is either of them a rival of a count of both sides ("officials on both sides said")."""
    victim = found.incident_victim
    if victim is None or not victim.endswith(f":{OWN_SIDE}"):
        sides = across_sides(victim, sentence)
        return found if sides == victim else replace(found, incident_victim=sides)
    return replace(found, incident_victim=f"{victim}:{speaker}")


def _figure_links(text: str, m: ClaimMention, found: Sequence[FigureMention], figures: Sequence[StatedFigure],
                  everything: Sequence[StatedFigure], speakers: dict[str, str], cast: Cast,
                  article_id: str) -> list[FigureLink]:
    """PART_OF between figures of one claim; EXCLUDES to another speaker's figure ("the eight cited by X")."""
    links = []
    for relation in find_figure_relations(text, m.sentence, list(found)):
        source = figures[relation.source].figure
        target: Figure | None
        if relation.target is not None:
            target = figures[relation.target].figure
        elif relation.external is not None:
            target = _external_figure(relation.external, source, m.claim_id, everything, speakers, cast)
        else:
            target = None
        if target is not None and target.id != source.id:
            links.append(FigureLink(relation.kind, source.id, target.id, relation.reason, article_id))
    return links


def _external_figure(external: ExternalFigure, source: Figure, claim_id: str,
                     everything: Sequence[StatedFigure], speakers: dict[str, str], cast: Cast) -> Figure | None:
    """The figure an outside reference points at: of the named speaker (else anyone else), same value."""
    speaker = cast.find(external.speaker.text) if external.speaker is not None else None
    candidates = [s for s in everything if s.claim_id != claim_id and s.figure.value == external.value]
    if speaker is not None:
        candidates = [s for s in candidates if speakers.get(s.claim_id) == speaker]
    same_metric = [s for s in candidates if s.figure.metric is source.metric]
    chosen = same_metric or candidates
    return chosen[0].figure if len(chosen) == 1 or (chosen and speaker is not None) else None


def _with_replaced_ids(text: str, content: Sequence[Span], figures: list[StatedFigure],
                       found: Sequence[FigureMention]) -> list[StatedFigure]:
    """A revised figure names the id of the older figure of the same claim it replaces."""
    out = list(figures)
    for newer, older in revised_values(text, content, found):
        out[newer] = replace(out[newer], figure=replace(out[newer].figure, replaces=figures[older].figure.id))
    return out


def _stated(claim_id: str, f: FigureMention) -> StatedFigure:
    return StatedFigure(claim_id, f.to_figure(claim_id), f.span)


def _with_restated_bounds(figures: Sequence[StatedFigure], incidents: ArticleIncidents,
                          headline_end: int) -> list[StatedFigure]:
    """A headline's plain count that restates the bounded count of its incident with the same number
    ("8 dead" in the headline, "killing at least eight" in the lead) carries that bound: headlines drop
    "at least", and the plain eight would be a rival of any later, higher toll that the lead's count
    allows."""
    incident_of = incidents.incident_of()
    bounds: dict[tuple[str, Metric, float], set[Figure]] = {}
    for s in figures:
        f = s.figure
        if s.span.start >= headline_end and f.low is not None and f.high is None and f.id in incident_of \
                and f.qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
            number = f.low - 1 if f.qualifier is Qualifier.MORE_THAN else f.low
            bounds.setdefault((incident_of[f.id], f.metric, number), set()).add(f)
    out = []
    for s in figures:
        f = s.figure
        found = bounds.get((incident_of[f.id], f.metric, f.value), set()) \
            if s.span.end <= headline_end and f.qualifier is Qualifier.EXACT and f.value is not None \
            and f.id in incident_of else set()
        bound = next(iter(found)) if len({(b.qualifier, b.low) for b in found}) == 1 else None
        out.append(replace(s, figure=replace(f, qualifier=bound.qualifier, value=None, low=bound.low, high=None))
                   if bound is not None else s)
    return out


def _headline_end(text: str) -> int:
    """Where the headline (the text's first line) ends; 0 when the text opens with an empty line."""
    first_line = text.split("\n", 1)[0]
    return len(first_line) if first_line.strip() else 0


def _figures_at(text: str, mentions: Sequence[ClaimMention], figures: Sequence[StatedFigure]) -> list[FigureAt]:
    """Each figure with its claim's sentence, and whether the headline (the first line) states it."""
    sentences: dict[str, Span] = {}
    for m in mentions:
        sentences.setdefault(m.claim_id, m.sentence)
    headline_end = _headline_end(text)
    return [FigureAt(s.figure, s.span, sentences[s.claim_id], s.span.end <= headline_end) for s in figures]


def _chain_roots(cast: Cast) -> list[tuple[str, str]]:
    """Speaker -> the organization it speaks for or belongs to: one independent source."""
    roots = {e.actor_id: e.org_id for e in cast.member_of}
    roots.update({e.actor_id: e.org_id for e in cast.speaks_for})
    return sorted(roots.items())


def _places(text: str, mentions: Sequence[ClaimMention], figures: Sequence[StatedFigure],
            aliases: AliasTable) -> tuple[list[Place], list[About]]:
    """Places claims are about: the places of their figures and known place names in their words."""
    names: dict[str, set[str]] = {}
    for s in figures:
        if s.figure.place:
            known = aliases.place(s.figure.place)
            names.setdefault(s.claim_id, set()).add(known.name if known else s.figure.place)
    # One pass over the text; each claim takes the place names inside its spans.
    found = aliases.find_places(text)
    starts = [span.start for span, _ in found]
    done: set[str] = set()
    for m in mentions:
        if m.claim_id in done:
            continue
        done.add(m.claim_id)
        for span in m.content:
            for where, place in found[bisect_left(starts, span.start):bisect_left(starts, span.end)]:
                if where.end <= span.end:
                    names.setdefault(m.claim_id, set()).add(place.name)
    places = {name: Place(ids.place_id(name), name) for claim in names.values() for name in claim}
    about = [About(claim_id, places[name].id, AboutKind.PLACE)
             for claim_id, claim_names in names.items() for name in sorted(claim_names)]
    return sorted(places.values(), key=lambda p: p.id), about


def _span_json(span: Span | None) -> dict[str, object] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _date_json(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def extraction_to_json(ex: Extraction) -> dict[str, object]:
    """The extraction as JSON-ready values; every offset points into the document's text."""
    a = ex.article
    incident_of = ex.incidents.incident_of()
    return {
        "article": {"id": a.id, "url": a.url, "title": a.title, "published": _date_json(a.published),
                    "dateline": a.dateline, "language": a.language, "text_sha256": a.text_sha256,
                    "publisher": ex.publisher.id if ex.publisher else None,
                    "agency": ex.agency.id if ex.agency else None},
        "attributions": [{
            "source": _span_json(r.attribution.source), "cue": _span_json(r.attribution.cue),
            "content": [_span_json(s) for s in r.attribution.content],
            "sentence": _span_json(r.attribution.sentence), "quote": r.attribution.quote.value,
            "channel": r.channel.value if r.channel else None, "speaker": r.speaker_id, "claim": r.claim_id,
        } for r in ex.attributions],
        "actors": [{"id": x.id, "name": x.name, "kind": x.kind.value, "aliases": list(x.aliases),
                    "anonymous": x.anonymous, "role": x.role,
                    "outlet_kind": x.outlet_kind.value if x.outlet_kind else None} for x in ex.actors],
        "speaks_for": [{"actor": e.actor_id, "org": e.org_id, "role": e.role} for e in ex.speaks_for],
        "member_of": [{"actor": e.actor_id, "org": e.org_id} for e in ex.member_of],
        "claims": [{
            "id": c.id, "text": c.text, "quote": c.quote.value, "first_seen": _date_json(c.first_seen),
            "speaker": ex.speaker_of(c.id),
            "mentions": [{"start": m.start, "end": m.end, "cue": _span_json(m.cue), "source": _span_json(m.source),
                          "channel": m.channel.value if m.channel else None, "date": _date_json(m.date)}
                         for m in ex.mentions if m.claim_id == c.id],
        } for c in ex.claims],
        "figures": [{
            "id": s.figure.id, "claim": s.claim_id, "metric": s.figure.metric.value, "raw": s.figure.raw,
            "start": s.span.start, "end": s.span.end, "qualifier": s.figure.qualifier.value,
            "value": s.figure.value, "low": s.figure.low, "high": s.figure.high, "unit": s.figure.unit,
            "place": s.figure.place, "incident": incident_of.get(s.figure.id),
            "replaces": s.figure.replaces, "hypothetical": s.figure.hypothetical,
        } for s in ex.figures],
        "incidents": [{"id": i.id, "kind": i.kind, "label": i.label, "place": i.place, "date": _date_json(i.date),
                       "window_start": _date_json(i.window_start), "window_end": _date_json(i.window_end)}
                      for i in ex.incidents.incidents],
        "counts": [{"figure": c.figure_id, "incident": c.incident_id, "start": c.start, "end": c.end,
                    "reason": c.reason} for c in ex.incidents.counts],
        "figure_links": [{"kind": f.kind.value, "from": f.from_id, "to": f.to_id, "reason": f.reason}
                         for f in ex.figure_links],
        "claim_links": [{"kind": c.kind.value, "a": c.a_id, "b": c.b_id, "metric": c.metric.value,
                         "reason": c.reason} for c in ex.claim_links],
        "variants": [{"a": v.a_id, "b": v.b_id, "terms": list(v.terms), "reason": v.reason} for v in ex.variants],
        "places": [{"id": p.id, "name": p.name} for p in ex.places],
        "about": [{"claim": x.claim_id, "target": x.target_id, "kind": x.target.value} for x in ex.about],
    }


def extraction_summary(ex: Extraction) -> str:
    """A readable account of an extraction: who said what, with figures and links."""
    names = {a.id: a.name for a in ex.actors}
    lines = [f"{ex.article.title or ex.article.id}  ({ex.article.published or 'undated'})"]
    if ex.publisher:
        lines.append(f"published by {ex.publisher.name}" + (f", from {ex.agency.name}" if ex.agency else ""))
    lines.append(f"{len(ex.actors)} actors, {len(ex.claims)} claims, {len(ex.figures)} figures")
    figures: dict[str, list[str]] = {}
    for s in ex.figures:
        figures.setdefault(s.claim_id, []).append(f"{s.figure.metric.value}={s.figure.raw}")
    for c in ex.claims:
        m = next(m for m in ex.mentions if m.claim_id == c.id)
        how = " ".join(x for x in (m.cue.text if m.cue else None, m.channel.value if m.channel else None) if x)
        extra = f"  [{', '.join(figures[c.id])}]" if c.id in figures else ""
        lines.append(f"- {names.get(m.speaker_id, m.speaker_id)} ({how or 'own voice'}): {c.text[:160]}{extra}")
    texts = {c.id: c.text[:60] for c in ex.claims}
    lines.extend(f"* {link.kind.value} ({link.metric.value}): {texts.get(link.a_id)} | {texts.get(link.b_id)}"
                 for link in ex.claim_links)
    return "\n".join(lines)
