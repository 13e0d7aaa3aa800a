"""Dates resolved against the publication date; the claim date next to the cue."""
from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.ingest.dates import DateKind, DateMention, claim_date, find_dates
from claimgraph.ingest.spans import Span

WEDNESDAY = dt.date(2024, 3, 13)


def dates_in(text: str, published: dt.date | None = WEDNESDAY) -> list[DateMention]:
    return find_dates(text, Span.of(text, 0, len(text)), published)


def only(text: str, published: dt.date | None = WEDNESDAY) -> DateMention:
    found = dates_in(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "day"), [
    ("The convoy was hit on Monday.", dt.date(2024, 3, 11)),
    ("Shelling resumed early on Wednesday.", WEDNESDAY),
    ("Tuesday's raid drew protests.", dt.date(2024, 3, 12)),
    ("The depot burned last Wednesday.", dt.date(2024, 3, 6)),
    ("Talks resume next Monday.", dt.date(2024, 3, 18)),
    ("The blast came last night.", dt.date(2024, 3, 12)),
    ("Officials met yesterday.", dt.date(2024, 3, 12)),
    ("The vote is today.", WEDNESDAY),
    ("Sirens sounded this morning.", WEDNESDAY),
])
def test_relative_days_resolve_against_publication(text: str, day: dt.date) -> None:
    mention = only(text)
    assert (mention.kind, mention.date) == (DateKind.POINT, day)


@pytest.mark.parametrize(("text", "day"), [
    ("The siege ended on March 3.", dt.date(2024, 3, 3)),
    ("The siege ended on Mar. 3.", dt.date(2024, 3, 3)),
    ("The siege ended on 3 March 2023.", dt.date(2023, 3, 3)),
    ("The siege ended on March 3, 2022.", dt.date(2022, 3, 3)),
    ("The siege ended on 2021-03-03.", dt.date(2021, 3, 3)),
])
def test_absolute_dates_take_a_given_year_or_the_publication_year(text: str, day: dt.date) -> None:
    assert only(text).date == day


def test_month_day_without_year_looks_back_across_new_year() -> None:
    assert only("Fighting flared on December 28.", dt.date(2024, 1, 3)).date == dt.date(2023, 12, 28)


def test_month_day_without_year_may_be_just_ahead() -> None:
    assert only("A summit is set for January 5.", dt.date(2023, 12, 28)).date == dt.date(2024, 1, 5)


def test_since_opens_a_period_and_until_closes_one() -> None:
    since, until = dates_in("Raids continued since February 20 and will go on until March 30.")
    assert (since.kind, since.start, since.date) == (DateKind.SINCE, dt.date(2024, 2, 20), None)
    assert (until.kind, until.end) == (DateKind.UNTIL, dt.date(2024, 3, 30))
    assert since.span.text == "since February 20"


def test_last_week_is_the_previous_monday_to_sunday() -> None:
    mention = only("Aid arrived last week.")
    assert (mention.date, mention.start, mention.end) == (None, dt.date(2024, 3, 4), dt.date(2024, 3, 10))
    assert mention.latest == dt.date(2024, 3, 10)


def test_hours_earlier_is_the_day_of_the_date_before_it() -> None:
    text = "Drones struck on Monday. Hours earlier, a checkpoint was shelled."
    monday, earlier = dates_in(text)
    assert earlier.span.text == "Hours earlier"
    assert earlier.date == monday.date == dt.date(2024, 3, 11)


def test_anaphora_looks_back_before_the_span() -> None:
    text = "Drones struck on Monday. The next day, a checkpoint was shelled."
    start = text.index("The next")
    mention, = find_dates(text, Span.of(text, start, len(text)), WEDNESDAY)
    assert mention.date == dt.date(2024, 3, 12)


def test_anaphora_without_an_earlier_date_stays_unresolved() -> None:
    assert not only("Hours earlier, a checkpoint was shelled.").resolved


def test_bare_month_needs_a_preposition() -> None:
    assert dates_in("They may be back. May brings rain.") == []
    mention = only("The offensive began in May.")
    assert (mention.start, mention.end) == (dt.date(2024, 5, 1), dt.date(2024, 5, 31))


def test_year_after_since_is_a_period_start() -> None:
    mention = only("The group has fought since 2014.")
    assert (mention.kind, mention.start) == (DateKind.SINCE, dt.date(2014, 1, 1))


def test_without_publication_date_relative_dates_stay_unresolved() -> None:
    weekday, absolute = dates_in("It happened on Friday, not on 4 April 2020.", published=None)
    assert not weekday.resolved
    assert absolute.date == dt.date(2020, 4, 4)


def test_impossible_date_is_found_but_unresolved() -> None:
    assert not only("The ruling of February 30 stands.").resolved


def _claim_day(text: str, cue: str, published: dt.date | None = WEDNESDAY) -> dt.date | None:
    start = text.index(cue)
    return claim_date(text, Span.of(text, start, start + len(cue)), Span.of(text, 0, len(text)), published)


@pytest.mark.parametrize(("text", "cue", "day"), [
    ("The ministry said Tuesday that two guards died.", "said", dt.date(2024, 3, 12)),
    ("The army said in a statement on Monday that the road reopened.", "said", dt.date(2024, 3, 11)),
    ("The envoy told reporters in Geneva on Sunday that talks stalled.", "told", dt.date(2024, 3, 10)),
    ("The mayor on Monday said the bridge was closed.", "said", dt.date(2024, 3, 11)),
])
def test_claim_date_is_the_date_next_to_the_cue(text: str, cue: str, day: dt.date) -> None:
    assert _claim_day(text, cue) == day


def test_claim_date_ignores_an_event_date_inside_the_content() -> None:
    assert _claim_day("The mayor said the bridge on Monday was closed.", "said") == WEDNESDAY


def test_claim_date_defaults_to_publication() -> None:
    assert _claim_day("The mayor said the bridge was closed.", "said") == WEDNESDAY
    text = "The bridge was closed."
    assert claim_date(text, None, Span.of(text, 0, len(text)), WEDNESDAY) == WEDNESDAY
