"""A small hand-built newsroom graph whose query answers are known in advance.

Three articles: A1 (Harbor Times, syndicated from Coastal Wire, 2 May), A2
(Valley Post, its own reporting, 3 May) and A3 (Harbor Times, undated). A
ministry spokesman's death toll is carried by A1 (twice) and A2, contradicted
by a militant group's and corroborated by an aid worker's; the wire and the
Valley Post also speak in their own voice. Every figure counts the depot raid
incident, which the three articles report. ``Q`` names every id.
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from claimgraph.graph import ids
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
    ClaimLinkKind,
    Counts,
    Event,
    Figure,
    FigureLink,
    FigureLinkKind,
    Incident,
    MemberOf,
    Metric,
    OutletKind,
    Place,
    PublishedBy,
    Qualifier,
    QuoteKind,
    ReportedIn,
    Reports,
    SpeaksFor,
    States,
    SyndicatedFrom,
)

MAY = {day: dt.date(2024, 5, day) for day in range(1, 32)}


def _article(key: str, published: dt.date | None) -> Article:
    text = f"query test article {key}"
    sha = ids.text_sha256(text)
    return Article(ids.article_id(sha, f"https://news.example/{key}"), sha, url=f"https://news.example/{key}",
                   title=f"Article {key}", published=published, language="en")


def _claim(speaker: Actor, text: str, first_seen: dt.date | None, quote: QuoteKind = QuoteKind.INDIRECT) -> Claim:
    return Claim(ids.claim_id(speaker.id, text), text, quote, first_seen)


def _figure(claim: Claim, metric: Metric, raw: str, **kw: object) -> Figure:
    return Figure(ids.figure_id(claim.id, metric.value, raw, kw.get("place")), metric, raw, **kw)  # type: ignore[arg-type]


harbor = Actor(ids.actor_id("Harbor Times"), "Harbor Times", ActorKind.OUTLET, outlet_kind=OutletKind.OUTLET)
wire = Actor(ids.actor_id("Coastal Wire"), "Coastal Wire", ActorKind.OUTLET, ("CWR",), outlet_kind=OutletKind.AGENCY)
valley = Actor(ids.actor_id("Valley Post"), "Valley Post", ActorKind.OUTLET, outlet_kind=OutletKind.OUTLET)
ministry = Actor(ids.actor_id("Interior Ministry"), "Interior Ministry", ActorKind.ORGANIZATION, ("the ministry",))
omar = Actor(ids.actor_id("Omar Haddad"), "Omar Haddad", ActorKind.PERSON, ("Haddad",), role="ministry spokesman")
official = Actor(ids.actor_id("Interior Ministry official"), "Interior Ministry official", ActorKind.PERSON,
                 anonymous=True)
front = Actor(ids.actor_id("Northern Front"), "Northern Front", ActorKind.GROUP)
dana = Actor(ids.actor_id("Dana Reyes"), "Dana Reyes", ActorKind.PERSON, role="aid worker")
loner = Actor(ids.actor_id("Isolated Observer"), "Isolated Observer", ActorKind.PERSON)

a1, a2, a3 = _article("a1", MAY[2]), _article("a2", MAY[3]), _article("a3", None)

toll = _claim(omar, "nine people were killed when the depot was raided", MAY[2])
roads = _claim(omar, "the coast road opens again in the morning", MAY[2])
curfew = _claim(omar, "the curfew stays until further notice", None)
fighters = _claim(front, "just two of our men died at the depot", MAY[2], QuoteKind.DIRECT)
planned = _claim(official, "the raid had been prepared for weeks", MAY[3])
residents = _claim(wire, "the port town has about 4,000 residents", MAY[2])
injured = _claim(valley, "dozens were hurt in the depot raid", MAY[3])
aid = _claim(dana, "at least eight bodies were carried out of the depot", None)

f_toll = _figure(toll, Metric.KILLED, "nine", value=9)
f_fighters = _figure(fighters, Metric.KILLED, "two", value=2, place="Port Amar")
f_aid = _figure(aid, Metric.KILLED, "at least eight", qualifier=Qualifier.AT_LEAST, low=8)
f_injured = _figure(injured, Metric.INJURED, "dozens", qualifier=Qualifier.DOZENS, low=24)

port = Place(ids.place_id("Port Amar"), "Port Amar")
raid = Event(ids.event_id("depot raid"), "depot raid", MAY[1])
depot_raid = Incident(ids.incident_id(a1.id, "raid", "Port Amar", MAY[1].isoformat()), "raid",
                      "raid, Port Amar, 2024-05-01", "Port Amar", ("port amar",), MAY[1], MAY[1] - dt.timedelta(days=1),
                      MAY[2])

Q = SimpleNamespace(
    harbor=harbor.id, wire=wire.id, valley=valley.id, ministry=ministry.id, omar=omar.id,
    official=official.id, front=front.id, dana=dana.id, loner=loner.id,
    a1=a1.id, a2=a2.id, a3=a3.id,
    toll=toll.id, roads=roads.id, curfew=curfew.id, fighters=fighters.id, planned=planned.id,
    residents=residents.id, injured=injured.id, aid=aid.id,
    f_toll=f_toll.id, f_fighters=f_fighters.id, f_aid=f_aid.id, f_injured=f_injured.id,
    port=port.id, raid=raid.id, depot_raid=depot_raid.id,
)

CONTRADICTION_REASON = "9 vs 2 killed at the depot"
CORROBORATION_REASON = "9 is at least 8"


def _said(actor: Actor, claim: Claim, article: Article, date: dt.date | None,
          channel: Channel | None = Channel.STATEMENT) -> Asserted:
    return Asserted(actor.id, claim.id, article.id, "said", channel, date, source_start=0, source_end=5,
                    cue_start=6, cue_end=10)


def query_batch() -> Batch:
    return Batch(
        articles=[a1, a2, a3],
        actors=[harbor, wire, valley, ministry, omar, official, front, dana, loner],
        claims=[toll, roads, curfew, fighters, planned, residents, injured, aid],
        figures=[f_toll, f_fighters, f_aid, f_injured],
        places=[port],
        events=[raid],
        incidents=[depot_raid],
        counts=[Counts(f.id, depot_raid.id, a.id, start, start + 4, "the raid the article reports")
                for f, a, start in ((f_toll, a1, 40), (f_fighters, a1, 305), (f_aid, a3, 60), (f_injured, a2, 150))],
        reports=[Reports(a.id, depot_raid.id) for a in (a1, a2, a3)],
        asserted=[
            _said(omar, toll, a1, MAY[1]),
            _said(omar, roads, a1, MAY[2], Channel.PRESS_BRIEFING),
            _said(omar, curfew, a3, None),
            _said(front, fighters, a1, MAY[2], Channel.X),
            _said(official, planned, a2, MAY[3], Channel.ANONYMOUS),
            _said(wire, residents, a1, None, None),
            _said(valley, injured, a2, None, None),
            _said(dana, aid, a3, None, Channel.INTERVIEW),
        ],
        reported_in=[
            ReportedIn(toll.id, a1.id, 120, 160, "The toll sentence, first telling."),
            ReportedIn(toll.id, a1.id, 40, 80, "The toll sentence, lead paragraph."),
            ReportedIn(toll.id, a2.id, 10, 50, "The toll as the Valley Post carried it."),
            ReportedIn(roads.id, a1.id, 200, 240, "The road sentence."),
            ReportedIn(curfew.id, a3.id, 5, 30, "The curfew sentence."),
            ReportedIn(fighters.id, a1.id, 300, 340, "The militants' post."),
            ReportedIn(planned.id, a2.id, 90, 130, "The official's remark."),
            ReportedIn(residents.id, a1.id, 400, 440, "Background on the town."),
            ReportedIn(injured.id, a2.id, 150, 190, "The paper's own count."),
            ReportedIn(aid.id, a3.id, 60, 110, "The aid worker's account."),
        ],
        published_by=[PublishedBy(a1.id, harbor.id), PublishedBy(a2.id, valley.id), PublishedBy(a3.id, harbor.id)],
        syndicated_from=[SyndicatedFrom(a1.id, wire.id)],
        speaks_for=[SpeaksFor(omar.id, ministry.id, "spokesman", a1.id, 0, 30)],
        member_of=[MemberOf(official.id, ministry.id, a2.id, 80, 89)],
        states=[States(toll.id, f_toll.id, a1.id, 40, 44), States(fighters.id, f_fighters.id, a1.id, 305, 308),
                States(aid.id, f_aid.id, a3.id, 60, 74), States(injured.id, f_injured.id, a2.id, 150, 156)],
        figure_links=[FigureLink(FigureLinkKind.PART_OF, f_fighters.id, f_toll.id, "fighters among the dead")],
        claim_links=[
            ClaimLink(ClaimLinkKind.CONTRADICTS, toll.id, fighters.id, Metric.KILLED, CONTRADICTION_REASON),
            ClaimLink(ClaimLinkKind.CORROBORATES, toll.id, aid.id, Metric.KILLED, CORROBORATION_REASON),
        ],
        about=[About(toll.id, port.id, AboutKind.PLACE), About(fighters.id, raid.id, AboutKind.EVENT)],
    )
