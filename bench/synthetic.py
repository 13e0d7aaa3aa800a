"""A synthetic provenance graph of the real shape, at any number of claims, as import CSV.

Shape, per ``claims`` C (100,000 or 1,000,000 in the query benchmark):

- outlets (60) and wire agencies (8), actors of kind outlet;
- organizations (C/500, at least 200), each with an acronym alias; persons
  (C/20) with a role, most speaking for or members of an organization, one in
  twenty anonymous ("a source in the ..."); a few groups;
- articles (C/20), each published by an outlet, a quarter syndicated from an
  agency, dated over three years;
- claims of made-up words drawn with Zipf frequencies (so a searched word
  may match a handful of claims or tens of thousands), asserted by a person,
  an organization or, one in four, the outlet's own voice; each reported in
  its article, one in five also in one or two other articles;
- one claim in ten states a figure (killed, injured, ...; a place for most);
  a figure with a place COUNTS the incident of its place among the articles
  of its stretch of 200 (so the incidents grow with the graph, each counted
  by a handful of figures), and its article REPORTS it; figures of one metric
  and incident (or, without a place, of one metric) are linked: CONTRADICTS
  when their values are far apart, CORROBORATES when close; claims about
  places (ABOUT).

Everything is written as it is made (:class:`bench.bulk_import.CsvFiles`),
with the project's own id functions, from one seeded generator: the same
size gives the same graph. :class:`Sample` keeps ids and words drawn from the
graph for the queries' parameters.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from dataclasses import asdict, dataclass, field
from itertools import accumulate
from pathlib import Path

from bench.bulk_import import CsvFile, CsvFiles
from claimgraph.graph import ids
from claimgraph.graph.model import INCIDENT_KINDS, Channel, Metric, Qualifier, QuoteKind
from claimgraph.graph.stated import place_key, place_name_key, speaker_key, stated_key
from claimgraph.graph.voice import voice_key

VERSION = 7
"""Bumped whenever the shape changes, so a cached graph of an older shape is rebuilt."""

_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "tor", "vel", "da", "ni", "shu", "pe", "gar", "lin", "ob", "ru",
              "te", "zan", "fi", "mo", "ber", "chi", "el", "ust", "wa", "qua", "jo", "dex", "ain", "hol", "py")
_ROLES = ("spokesperson", "minister", "commander", "director", "official", "analyst", "senator", "mayor")
_CUES = ("said", "told", "stated", "announced", "wrote", "claimed", "added", "reported")
_METRICS = (Metric.KILLED, Metric.INJURED, Metric.ATTACKS, Metric.ARRESTED, Metric.DISPLACED, Metric.MISSING)
_FIRST_DAY = dt.date(2021, 1, 1)
_DAYS = 3 * 365
_VOCABULARY = 6000
_SAMPLE = 400
_INCIDENT_ARTICLES = 200
"""Articles over which the figures of one place count one incident."""


@dataclass
class Sample:
    """Ids and words drawn from the graph: the query benchmark's parameters."""

    claims: int
    actors: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    claim_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    claim_words: list[str] = field(default_factory=list)
    name_words: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    incident_ids: list[str] = field(default_factory=list)
    heaviest: str = ""
    """The actor who asserted the most claims (the super-node every actor query is sampled with)."""
    first_day: str = _FIRST_DAY.isoformat()
    days: int = _DAYS

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Sample:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts))


def _distinct_words(rng: random.Random, count: int, parts: tuple[int, int]) -> list[str]:
    words: dict[str, None] = {}
    while len(words) < count:
        words[_word(rng, rng.randint(*parts))] = None
    return list(words)


class _Reservoir:
    """A uniform sample of at most ``size`` items of a stream."""

    def __init__(self, rng: random.Random, size: int = _SAMPLE) -> None:
        self.items: list[str] = []
        self._seen = 0
        self._rng = rng
        self._size = size

    def offer(self, item: str) -> None:
        self._seen += 1
        if len(self.items) < self._size:
            self.items.append(item)
        elif (j := self._rng.randrange(self._seen)) < self._size:
            self.items[j] = item


@dataclass
class _Actor:
    id: str
    name: str
    org: str | None = None


def generate(claims: int, folder: Path, seed: int = 7) -> tuple[list[CsvFile], Sample]:
    """Writes the graph's import files into ``folder``; returns them and the sample."""
    rng = random.Random(seed)
    sample = Sample(claims)
    vocabulary = _distinct_words(rng, _VOCABULARY, (2, 4))
    word_weights = list(accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))
    with CsvFiles(folder) as out:
        outlets = _outlets(out, rng)
        orgs = _organizations(out, rng, max(200, claims // 500))
        persons = _persons(out, rng, max(500, claims // 20), orgs)
        places = _places(out, rng, 300)
        sample.outlets = [o.id for o in outlets[0] + outlets[1]][:_SAMPLE]
        sample.places = [p for p in places][:_SAMPLE]
        sample.name_words = sorted({w for a in orgs + persons for w in a.name.lower().split()
                                    if len(w) > 3})[:: max(1, len(orgs + persons) // _SAMPLE)][:_SAMPLE]
        _claims(out, rng, claims, vocabulary, word_weights, outlets, orgs, persons, places, sample)
    sample.claim_words = [vocabulary[r] for r in _word_ranks(len(vocabulary))]
    sample.save(folder / "sample.json")
    return out.written(), sample


def _word_ranks(size: int) -> list[int]:
    """Common, middling and rare words alike: ranks spread on a log scale."""
    ranks, r = [], 1.0
    while r < size:
        ranks.append(int(r) - 1)
        r *= 1.05
    return sorted(set(ranks))


def _outlets(out: CsvFiles, rng: random.Random) -> tuple[list[_Actor], list[_Actor]]:
    made: tuple[list[_Actor], list[_Actor]] = ([], [])
    for kind, count, group in (("outlet", 60, 0), ("agency", 8, 1)):
        for name in _distinct_words(rng, count, (2, 3)):
            title = f"The {name.capitalize()} {'Wire' if kind == 'agency' else 'Post'}"
            actor = _Actor(ids.actor_id(title), title)
            out.node("Actor", {"id": actor.id, ":LABEL": ["Actor", "Outlet"], "name": title, "kind": "outlet",
                               "aliases": [], "anonymous": False, "outlet_kind": kind, "search_names": title})
            made[group].append(actor)
    return made


def _organizations(out: CsvFiles, rng: random.Random, count: int) -> list[_Actor]:
    orgs = []
    for name in _distinct_words(rng, count, (2, 4)):
        full = f"{rng.choice(('Ministry of', 'Council of', 'Office of', 'Front for'))} {name.capitalize()}"
        acronym = "".join(w[0] for w in full.split()).upper() + name[:2].upper()
        actor = _Actor(ids.actor_id(full), full)
        out.node("Actor", {"id": actor.id, ":LABEL": ["Actor", "Organization"], "name": full, "kind": "organization",
                           "aliases": [acronym], "anonymous": False, "search_names": f"{full} | {acronym}"})
        orgs.append(actor)
    return orgs


def _persons(out: CsvFiles, rng: random.Random, count: int, orgs: list[_Actor]) -> list[_Actor]:
    persons = []
    firsts = _distinct_words(rng, 500, (2, 3))
    for last in _distinct_words(rng, count, (2, 4)):
        first = rng.choice(firsts)
        org = rng.choice(orgs) if rng.random() < 0.8 else None
        role = rng.choice(_ROLES)
        anonymous = org is not None and rng.random() < 0.05
        name = (f"a {role} in the {org.name} ({last})" if anonymous and org
                else f"{first.capitalize()} {last.capitalize()}")
        actor = _Actor(ids.actor_id(name), name, org.id if org else None)
        aliases = [last.capitalize()] if not anonymous else []
        out.node("Actor", {"id": actor.id, ":LABEL": ["Actor", "Person"], "name": name, "kind": "person",
                           "role": role, "aliases": aliases, "anonymous": anonymous,
                           "search_names": " | ".join([name, *aliases])})
        if org is not None:
            name_ = "SPEAKS_FOR" if rng.random() < 0.6 else "MEMBER_OF"
            out.relationship(name_, actor.id, org.id, {"role": role, "article": None})
        persons.append(actor)
    return persons


def _places(out: CsvFiles, rng: random.Random, count: int) -> list[str]:
    names = [w.capitalize() for w in _distinct_words(rng, count, (2, 3))]
    for name in names:
        out.node("Place", {"id": ids.place_id(name), "name": name, "name_key": place_name_key(name)})
    return names


def _claims(out: CsvFiles, rng: random.Random, count: int, vocabulary: list[str], weights: list[float],
            outlets: tuple[list[_Actor], list[_Actor]], orgs: list[_Actor], persons: list[_Actor],
            places: list[str], sample: Sample) -> None:
    """Articles, claims, mentions, figures and links, article by article."""
    articles: list[str] = []
    figures_by_group: dict[tuple[str, str], list[tuple[str, float]]] = {}
    links: set[tuple[str, str, str]] = set()
    incidents = _Incidents(out)
    speakers, claim_ids, article_ids, incident_ids = (_Reservoir(rng) for _ in range(4))
    said: Counter[str] = Counter()
    made = 0
    number = 0
    while made < count:
        day = _FIRST_DAY + dt.timedelta(days=number * _DAYS // max(1, count // 20))
        outlet = rng.choice(outlets[0])
        agency = rng.choice(outlets[1]) if rng.random() < 0.25 else None
        url = f"https://synthetic.example/{number}"
        sha = ids.text_sha256(url)
        article = ids.article_id(sha, url)
        title = " ".join(rng.choices(vocabulary, cum_weights=weights, k=6)).capitalize()
        out.node("Article", {"id": article, "text_sha256": sha, "url": url, "title": title, "published": day,
                             "language": "en", "ingested_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)})
        out.relationship("PUBLISHED_BY", article, outlet.id, {})
        if agency is not None:
            out.relationship("SYNDICATED_FROM", article, agency.id, {})
        article_ids.offer(article)
        for position in range(min(count - made, rng.randint(10, 30))):
            voice = (agency or outlet) if rng.random() < 0.25 else None
            if voice is not None:
                speaker = voice
            elif rng.random() < 0.15:
                speaker = rng.choice(orgs)
            else:
                # A few persons say much, most say little (Pareto), as in the news.
                speaker = persons[int(rng.paretovariate(1.2)) % len(persons)]
            words = rng.choices(vocabulary, cum_weights=weights, k=rng.randint(8, 20))
            text = " ".join(words).capitalize()
            claim = ids.claim_id(speaker.id, text)
            start = position * 200
            out.node("Claim", {"id": claim, "text": text, "quote": rng.choice(list(QuoteKind)).value,
                               "confidence": 1.0, "first_seen": day})
            out.relationship("ASSERTED", speaker.id, claim, {
                "article": article, "cue": None if voice else rng.choice(_CUES),
                "channel": None if voice else rng.choice(list(Channel)).value, "date": day,
                "anonymous": speaker.name.startswith("a "), "source_start": start, "source_end": start + 12,
                "cue_start": start + 13, "cue_end": start + 17,
                "voice_key": voice_key(speaker.id, day, claim)})
            out.relationship("REPORTED_IN", claim, article, {"start": start + 20, "end": start + 180,
                                                             "sentence": text})
            if articles and rng.random() < 0.2:
                for other in sorted({rng.choice(articles[-2000:]) for _ in range(rng.randint(1, 2))}):
                    out.relationship("REPORTED_IN", claim, other, {"start": start + 20, "end": start + 180,
                                                                   "sentence": text})
            if rng.random() < 0.1:
                incident = _figure(out, rng, claim, speaker.id, article, start, day, places, figures_by_group,
                                   links, incidents, number // _INCIDENT_ARTICLES)
                if incident is not None:
                    incident_ids.offer(incident)
            if rng.random() < 0.15:
                out.relationship("ABOUT_Place", claim, ids.place_id(rng.choice(places)), {})
            said[speaker.id] += 1
            if voice is None:
                speakers.offer(speaker.id)
            claim_ids.offer(claim)
            made += 1
        articles.append(article)
        number += 1
    sample.speakers, sample.claim_ids, sample.article_ids = speakers.items, claim_ids.items, article_ids.items
    sample.incident_ids = incident_ids.items
    sample.heaviest = said.most_common(1)[0][0]
    sample.actors = (speakers.items[: _SAMPLE // 2] + [o.id for o in orgs[: _SAMPLE // 4]]
                     + sample.outlets[: _SAMPLE // 4])


class _Incidents:
    """The incident of each place and stretch of articles, written when first counted."""

    def __init__(self, out: CsvFiles) -> None:
        self._out = out
        self._made: dict[tuple[str, int], tuple[str, str]] = {}
        self._reports: set[tuple[str, str]] = set()

    def count(self, rng: random.Random, figure: str, place: str, stretch: int, article: str, start: int,
              day: dt.date) -> tuple[str, str]:
        """The incident's id and label; COUNTS from the figure, REPORTS from its article."""
        made = self._made.get((place, stretch))
        if made is None:
            kind = rng.choice(INCIDENT_KINDS[:-1])
            made = (ids.incident_id(article, kind, place, day.isoformat()), f"{kind}, {place}, {day.isoformat()}")
            self._out.node("Incident", {"id": made[0], "kind": kind, "label": made[1], "place": place,
                                        "places": [place], "date": day, "window_start": day - dt.timedelta(days=1),
                                        "window_end": day + dt.timedelta(days=1)})
            self._made[(place, stretch)] = made
        self._out.relationship("COUNTS", figure, made[0], {"article": article, "start": start + 40, "end": start + 42,
                                                           "reason": "same place and days"})
        if (article, made[0]) not in self._reports:
            self._reports.add((article, made[0]))
            self._out.relationship("REPORTS", article, made[0], {})
        return made


def _figure(out: CsvFiles, rng: random.Random, claim: str, speaker: str, article: str, start: int, day: dt.date,
            places: list[str], groups: dict[tuple[str, str], list[tuple[str, float]]],
            links: set[tuple[str, str, str]], incidents: _Incidents, stretch: int) -> str | None:
    """One figure of the claim; returns the id of the incident it counts (None without a place)."""
    metric = rng.choice(_METRICS)
    place = rng.choice(places[:60]) if rng.random() < 0.8 else None
    value = float(rng.choice((3, 5, 8, 12, 20, 35, 50, 80, 120, 300)))
    raw = f"{int(value)}"
    figure = ids.figure_id(claim, metric.value, raw, place)
    incident, label = (incidents.count(rng, figure, place, stretch, article, start, day) if place is not None
                       else (None, None))
    out.node("Figure", {"id": figure, "metric": metric.value, "raw": raw, "qualifier": Qualifier.EXACT.value,
                        "value": value, "place": place, "incident_date": day, "aggregate": False,
                        "incident": incident, "incident_label": label})
    # The claim's one speaker said it on ``day``, its first_seen: that is its stated_on and that voice's date.
    by_metric = stated_key(metric.value, day, figure, claim)
    out.relationship("STATES", claim, figure, {"article": article, "start": start + 40, "end": start + 42,
                                               "stated_key": by_metric, "place_key": place_key(place, by_metric),
                                               "speaker_key": speaker_key([(speaker, day)], day, metric.value,
                                                                          claim, figure)})
    group = groups.setdefault((metric.value, incident or ""), [])
    if group and rng.random() < 0.5:
        other, other_value = rng.choice(group[-50:])
        a, b = sorted((claim, other))
        if a != b and (a, b, metric.value) not in links:
            links.add((a, b, metric.value))
            agree = abs(value - other_value) <= 0.1 * max(value, other_value)
            reason = f"{int(value)} vs {int(other_value)} {metric.value}"
            out.relationship("CORROBORATES" if agree else "CONTRADICTS", a, b, {"metric": metric.value,
                                                                                "reason": reason})
    group.append((claim, value))
    return incident
