"""A harbour fire story in two versions, for the tests of reads that follow versions. Both
versions report the fire chief's toll of four dead; only the first also reported a witness
(and the chief) saying nine were killed and eleven sailors injured, was carried by a wire
agency, and contradicted the toll of four."""
from __future__ import annotations

import datetime as dt

from claimgraph.graph import ids
from claimgraph.graph.model import (
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
    Figure,
    Incident,
    Metric,
    OutletKind,
    PreviousVersion,
    PublishedBy,
    QuoteKind,
    ReportedIn,
    Reports,
    SpeaksFor,
    States,
    SyndicatedFrom,
)

DAY = dt.date(2024, 6, 3)
TEXT_1 = "Harbour fire: the chief counts four dead; a dock witness says nine died and eleven sailors were hurt."
TEXT_2 = "Harbour fire: the chief counts four dead."
KEY = ids.article_id(ids.text_sha256(TEXT_1))
FIRST = Article(KEY, ids.text_sha256(TEXT_1), url="https://coast.example/harbour-fire", title="Harbour fire",
                published=DAY, language="en", key=KEY, version=1)
SECOND = Article(f"{KEY}@2", ids.text_sha256(TEXT_2), url="https://coast.example/harbour-fire",
                 title="Harbour fire", published=DAY + dt.timedelta(days=1), language="en", key=KEY, version=2)
HERALD = Actor(ids.actor_id("Coast Herald"), "Coast Herald", ActorKind.OUTLET, outlet_kind=OutletKind.OUTLET)
WIRE = Actor(ids.actor_id("Bay Wire"), "Bay Wire", ActorKind.OUTLET, outlet_kind=OutletKind.AGENCY)
SERVICE = Actor(ids.actor_id("Harbour Fire Service"), "Harbour Fire Service", ActorKind.ORGANIZATION)
CHIEF = Actor(ids.actor_id("Mara Lindqvist"), "Mara Lindqvist", ActorKind.PERSON, role="fire chief")
WITNESS = Actor(ids.actor_id("Dock Witness"), "Dock Witness", ActorKind.PERSON, anonymous=True)
KEPT = Claim(ids.claim_id(CHIEF.id, "four dead"), "the chief counts four dead", QuoteKind.INDIRECT, DAY)
GONE = Claim(ids.claim_id(WITNESS.id, "nine died"), "nine died and eleven sailors were hurt",
             QuoteKind.INDIRECT, DAY)
F_KEPT = Figure(ids.figure_id(KEPT.id, "killed", "four", None), Metric.KILLED, "four", value=4)
F_GONE = Figure(ids.figure_id(GONE.id, "killed", "nine", None), Metric.KILLED, "nine", value=9)
F_HURT = Figure(ids.figure_id(GONE.id, "injured", "eleven", None), Metric.INJURED, "eleven", value=11)
FIRE = Incident(ids.incident_id(KEY, "fire", "harbour", DAY.isoformat()), "fire", "fire, harbour, 2024-06-03",
                "harbour", ("harbour",), DAY, DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=1))


def versions_batch() -> Batch:
    kept_at, gone_at = (TEXT_1.index("four"), TEXT_1.index("nine"))
    return Batch(
        articles=[FIRST, SECOND],
        actors=[HERALD, WIRE, SERVICE, CHIEF, WITNESS],
        claims=[KEPT, GONE],
        figures=[F_KEPT, F_GONE, F_HURT],
        incidents=[FIRE],
        versions=[PreviousVersion(SECOND.id, FIRST.id)],
        published_by=[PublishedBy(FIRST.id, HERALD.id), PublishedBy(SECOND.id, HERALD.id)],
        syndicated_from=[SyndicatedFrom(FIRST.id, WIRE.id)],
        speaks_for=[SpeaksFor(CHIEF.id, SERVICE.id, "fire chief")],
        asserted=[Asserted(CHIEF.id, KEPT.id, FIRST.id, "counts", Channel.STATEMENT, DAY),
                  Asserted(CHIEF.id, GONE.id, FIRST.id, "says", Channel.STATEMENT, DAY),
                  Asserted(WITNESS.id, GONE.id, FIRST.id, "says", Channel.STATEMENT, DAY)],
        reported_in=[ReportedIn(KEPT.id, FIRST.id, kept_at, kept_at + 9, TEXT_1),
                     ReportedIn(KEPT.id, SECOND.id, kept_at, kept_at + 9, TEXT_2),
                     ReportedIn(GONE.id, FIRST.id, gone_at, gone_at + 9, TEXT_1)],
        states=[States(KEPT.id, F_KEPT.id, FIRST.id, kept_at, kept_at + 4),
                States(GONE.id, F_GONE.id, FIRST.id, gone_at, gone_at + 4),
                States(GONE.id, F_HURT.id, FIRST.id, gone_at + 14, gone_at + 20)],
        counts=[Counts(F_KEPT.id, FIRE.id, FIRST.id, kept_at, kept_at + 4, "the fire the article reports"),
                Counts(F_GONE.id, FIRE.id, FIRST.id, gone_at, gone_at + 4, "the fire the article reports"),
                Counts(F_HURT.id, FIRE.id, FIRST.id, gone_at + 14, gone_at + 20, "the fire the article reports")],
        reports=[Reports(FIRST.id, FIRE.id), Reports(SECOND.id, FIRE.id)],
        claim_links=[ClaimLink(ClaimLinkKind.CONTRADICTS, KEPT.id, GONE.id, Metric.KILLED, "4 vs 9 killed")],
    )
