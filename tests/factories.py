"""Hand-built batches for store tests: every node and relationship kind."""
from __future__ import annotations

import datetime as dt

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
    VariantOf,
)


def sample_batch(tag: str = "a") -> Batch:
    """One article's worth of graph: outlet, agency, speakers, claims, figures, links."""
    text = f"Sample article {tag}: a ministry said two people died; a militia said five."
    sha = ids.text_sha256(text)
    article = Article(ids.article_id(sha), sha, url=f"https://example.test/{tag}", title=f"Sample {tag}",
                      published=dt.date(2024, 3, 5), dateline="Mosul", language="en")
    outlet = Actor(ids.actor_id("Daily Example"), "Daily Example", ActorKind.OUTLET,
                   outlet_kind=OutletKind.OUTLET)
    agency = Actor(ids.actor_id("Wire Example"), "Wire Example", ActorKind.OUTLET, ("WEX",),
                   outlet_kind=OutletKind.AGENCY)
    ministry = Actor(ids.actor_id("Health Ministry"), "Health Ministry", ActorKind.ORGANIZATION,
                     ("the ministry",))
    speaker = Actor(ids.actor_id("Lina Haddad"), "Lina Haddad", ActorKind.PERSON, ("Haddad",),
                    role="ministry spokeswoman")
    militia = Actor(ids.actor_id("River Brigade"), "River Brigade", ActorKind.GROUP)
    source = Actor(ids.actor_id("Health Ministry source"), "Health Ministry source",
                   ActorKind.PERSON, anonymous=True)
    c1 = Claim(ids.claim_id(speaker.id, f"two people died {tag}"), f"two people died {tag}",
               QuoteKind.INDIRECT, dt.date(2024, 3, 5))
    c2 = Claim(ids.claim_id(militia.id, f"five of its men were killed {tag}"),
               f"five of its men were killed {tag}", QuoteKind.DIRECT, dt.date(2024, 3, 5))
    f1 = Figure(ids.figure_id(c1.id, "killed", "two", None), Metric.KILLED, "two", value=2,
                incident_agent="strike", incident_date=dt.date(2024, 3, 4))
    f2 = Figure(ids.figure_id(c2.id, "killed", "five", None), Metric.KILLED, "five", value=5,
                qualifier=Qualifier.EXACT, place="Mosul")
    place = Place(ids.place_id("Mosul"), "Mosul")
    event = Event(ids.event_id(f"strike {tag}"), f"strike {tag}", dt.date(2024, 3, 4))
    incident = Incident(ids.incident_id(article.id, "strike", "Mosul", "2024-03-04"), "strike",
                        "strike, Mosul, 2024-03-04", "Mosul", ("mosul",), dt.date(2024, 3, 4),
                        dt.date(2024, 3, 3), dt.date(2024, 3, 5))
    return Batch(
        articles=[article],
        actors=[outlet, agency, ministry, speaker, militia, source],
        claims=[c1, c2],
        figures=[f1, f2],
        places=[place],
        events=[event],
        incidents=[incident],
        counts=[Counts(f1.id, incident.id, article.id, 46, 49, "strike: the strike the article reports"),
                Counts(f2.id, incident.id, article.id, 70, 74, "no other event named")],
        reports=[Reports(article.id, incident.id)],
        asserted=[
            Asserted(speaker.id, c1.id, article.id, "said", Channel.STATEMENT, dt.date(2024, 3, 5),
                     source_start=30, source_end=40, cue_start=41, cue_end=45),
            Asserted(militia.id, c2.id, article.id, "said", Channel.X, dt.date(2024, 3, 4)),
        ],
        reported_in=[ReportedIn(c1.id, article.id, 46, 62, text),
                     ReportedIn(c2.id, article.id, 70, 74, text)],
        published_by=[PublishedBy(article.id, outlet.id)],
        syndicated_from=[SyndicatedFrom(article.id, agency.id)],
        speaks_for=[SpeaksFor(speaker.id, ministry.id, "ministry spokeswoman", article.id, 20, 40)],
        member_of=[MemberOf(source.id, ministry.id, article.id)],
        states=[States(c1.id, f1.id, article.id, 46, 49), States(c2.id, f2.id, article.id, 70, 74)],
        figure_links=[FigureLink(FigureLinkKind.EXCLUDES, f1.id, f2.id, "stated apart", article.id)],
        claim_links=[ClaimLink(ClaimLinkKind.CONTRADICTS, c1.id, c2.id, Metric.KILLED, "2 vs 5 killed")],
        variants=[VariantOf(c1.id, c2.id, ("people", "men"), "same victims, other words")],
        about=[About(c1.id, place.id, AboutKind.PLACE), About(c2.id, event.id, AboutKind.EVENT),
               About(c2.id, ministry.id, AboutKind.ACTOR)],
    )
