"""Figures inside claims: what a number counts, how its words bound it, and
the incident features linking compares."""
from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.graph.ids import figure_id
from claimgraph.graph.model import FigureLinkKind, Metric, Qualifier
from claimgraph.ingest.figures import (
    BOTH_SIDES,
    ExternalFigure,
    FigureMention,
    FigureRelationMention,
    across_sides,
    find_figure_relations,
    find_figures,
    revised_values,
)
from claimgraph.ingest.spans import Span

PUBLISHED = dt.date(2024, 3, 13)


def figures(text: str, published: dt.date | None = PUBLISHED) -> list[FigureMention]:
    return find_figures(text, [Span.of(text, 0, len(text))], published)


def only(text: str) -> FigureMention:
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


def summary(f: FigureMention) -> tuple[Metric, Qualifier, float | None, float | None, float | None]:
    return f.metric, f.qualifier, f.value, f.low, f.high


# --- what a number counts ----------------------------------------------------------

@pytest.mark.parametrize(("text", "metric", "value"), [
    ("The bombing resulted in twelve injuries.", Metric.INJURED, 12),
    ("Medics counted 14 dead after the blast.", Metric.KILLED, 14),
    ("The shelling caused 9 deaths overnight.", Metric.KILLED, 9),
    ("The patrol reported 3 enemy KIA near the ridge.", Metric.KILLED, 3),
    ("Police made 31 arrests downtown.", Metric.ARRESTED, 31),
    ("Rebels launched 7 attacks on the garrison.", Metric.ATTACKS, 7),
    ("Jets carried out 12 airstrikes on the valley.", Metric.STRIKES, 12),
    ("The storm killed 4 people.", Metric.KILLED, 4),
    ("Gunmen wounded 6 guards at the gate.", Metric.INJURED, 6),
    ("Twenty-two sailors were killed when the ship sank.", Metric.KILLED, 22),
    ("Four hikers remain missing.", Metric.MISSING, 4),
    ("Police detained 15 students.", Metric.ARRESTED, 15),
    ("1.2 million people were displaced by the floods.", Metric.DISPLACED, 1_200_000),
    ("The death toll rose to 45 on Tuesday.", Metric.KILLED, 45),
    ("It followed the deaths of six sailors.", Metric.KILLED, 6),
    ("About 900 soldiers are stationed at the base.", Metric.TROOPS, 900),
    ("Some 2,000 supporters attended the rally.", Metric.ATTENDED, 2000),
])
def test_metric_comes_from_the_words_around_the_number(text: str, metric: Metric, value: float) -> None:
    f = only(text)
    assert (f.metric, f.value) == (metric, value)


def test_a_verb_shared_by_two_figures_goes_to_the_nearest() -> None:
    killed, injured = figures("The ambush killed two gunmen and wounded five others near the checkpoint.")
    assert (killed.metric, killed.value, killed.incident_victim) == (Metric.KILLED, 2, "combatant")
    assert (injured.metric, injured.value, injured.unit) == (Metric.INJURED, 5, "others")
    assert injured.incident_victim == "combatant"


def test_passive_after_the_noun_phrase_gives_the_metric() -> None:
    f = only("A statement said one of the group's commanders was killed.")
    assert (f.metric, f.value, f.incident_victim, f.incident_agent) == (Metric.KILLED, 1, "combatant", None)


def test_participle_after_the_noun_phrase_beats_a_farther_verb() -> None:
    killed, injured = figures("Three people were killed and more than 40 were injured in the crash.")
    assert (killed.metric, killed.value) == (Metric.KILLED, 3)
    assert summary(injured) == (Metric.INJURED, Qualifier.MORE_THAN, None, 41, None)


def test_attendance_verb_after_a_long_subject() -> None:
    f = only("Hundreds of farmers from the northern provinces attended the funeral.")
    assert summary(f) == (Metric.ATTENDED, Qualifier.HUNDREDS, None, 200, None)
    assert f.span.text == "Hundreds"


def test_times_take_the_attack_verb_and_coordinated_parts_inherit_it() -> None:
    text = "Bases have been targeted roughly 40 times since March 2 -- 25 times in Jordan and 15 times in Kuwait."
    total, jordan, kuwait = figures(text)
    assert summary(total) == (Metric.ATTACKS, Qualifier.APPROXIMATELY, 40, None, None)
    assert (jordan.metric, jordan.value, jordan.place) == (Metric.ATTACKS, 25, "Jordan")
    assert (kuwait.metric, kuwait.value, kuwait.place) == (Metric.ATTACKS, 15, "Kuwait")
    assert all(f.period_start == dt.date(2024, 3, 2) and f.aggregate for f in (total, jordan, kuwait))
    assert total.place is None


def test_elided_noun_inherits_the_metric_and_side_of_its_neighbour() -> None:
    estonia, latvia = figures("About 3,000 British troops are based in Estonia and some 800 in Latvia.")
    assert (estonia.metric, estonia.value, estonia.place) == (Metric.TROOPS, 3000, "Estonia")
    assert estonia.incident_victim == "military:UK"
    assert (latvia.metric, latvia.qualifier, latvia.value, latvia.place) == (
        Metric.TROOPS, Qualifier.APPROXIMATELY, 800, "Latvia")


def test_a_verb_after_coordinated_figures_reaches_back_to_the_first() -> None:
    officers, residents = figures("Six police officers and three residents were injured.")
    assert (officers.metric, officers.incident_victim) == (Metric.INJURED, "police")
    assert (residents.metric, residents.incident_victim) == (Metric.INJURED, "civilian")


def test_coordinated_objects_share_the_verb() -> None:
    soldiers, civilians = figures("The strike killed 4 soldiers and 2 civilians.")
    assert (soldiers.metric, soldiers.incident_victim) == (Metric.KILLED, "military")
    assert (civilians.metric, civilians.value, civilians.incident_victim) == (Metric.KILLED, 2, "civilian")


def test_a_subset_introduced_by_including_shares_the_verb() -> None:
    everyone, children = figures("At least 3 were killed, including 2 children.")
    assert (everyone.metric, everyone.low) == (Metric.KILLED, 3)
    assert (children.metric, children.value, children.incident_victim) == (Metric.KILLED, 2, "civilian")


def test_one_person_is_a_count_of_one() -> None:
    f = only("One person died in the collapse.")
    assert (f.metric, f.value, f.unit) == (Metric.KILLED, 1, "person")


def test_troop_nouns_with_a_casualty_verb_count_casualties() -> None:
    f = only("Scores of Turkish soldiers were wounded in the clashes.")
    assert summary(f) == (Metric.INJURED, Qualifier.SCORES, None, 40, None)
    assert f.incident_victim == "military:Turkey"


# --- qualifiers ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "qualifier", "value", "low", "high"), [
    ("An estimated 300 people were displaced.", Qualifier.APPROXIMATELY, 300, None, None),
    ("More than 3,000 people were displaced.", Qualifier.MORE_THAN, None, 3001, None),
    ("Over 50 people were displaced.", Qualifier.MORE_THAN, None, 51, None),
    ("At least 9 people died.", Qualifier.AT_LEAST, None, 9, None),
    ("Up to 15 soldiers were wounded.", Qualifier.UP_TO, None, None, 15),
    ("Fewer than 10 people were hurt.", Qualifier.LESS_THAN, None, None, 9),
    ("Nearly 200 protesters were arrested.", Qualifier.NEARLY, None, 180, 199),
    ("Almost 200 protesters were arrested.", Qualifier.NEARLY, None, 180, 199),
    ("Between 10 and 15 civilians were killed.", Qualifier.RANGE, None, 10, 15),
    ("10 to 15 civilians were killed.", Qualifier.RANGE, None, 10, 15),
    ("10-15 civilians were killed.", Qualifier.RANGE, None, 10, 15),
    ("Two or three civilians were killed.", Qualifier.RANGE, None, 2, 3),
    ("20 or more civilians were killed.", Qualifier.AT_LEAST, None, 20, None),
    ("A few soldiers were hurt.", Qualifier.A_FEW, None, 2, 5),
    ("Several soldiers were hurt.", Qualifier.SEVERAL, None, 3, None),
    ("Multiple soldiers were hurt.", Qualifier.MULTIPLE, None, 2, None),
    ("Dozens were injured.", Qualifier.DOZENS, None, 24, None),
    ("Thousands of residents were displaced.", Qualifier.THOUSANDS, None, 2000, None),
    ("Tens of thousands of residents were displaced.", Qualifier.THOUSANDS, None, 20_000, None),
    ("About a dozen people were killed.", Qualifier.APPROXIMATELY, 12, None, None),
])
def test_qualifiers_become_bounds(text: str, qualifier: Qualifier, value: float | None,
                                  low: float | None, high: float | None) -> None:
    f = only(text)
    assert (f.qualifier, f.value, f.low, f.high) == (qualifier, value, low, high)


def test_figure_span_holds_the_qualifier_and_the_number() -> None:
    text = "Rebels said more than 1,500 fighters were killed."
    f = only(text)
    assert f.span.text == "more than 1,500"
    assert text[f.span.start:f.span.end] == f.span.text


def test_a_change_keeps_the_new_number_replacing_the_old() -> None:
    text = "The death toll rose from 12 to 19."
    old, new = found = figures(text)
    assert (new.metric, new.value, new.span.text) == (Metric.KILLED, 19, "19")
    assert old.value == 12
    assert revised_values(text, [Span.of(text, 0, len(text))], found) == [(1, 0)]


# --- numbers that count no metric ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The convoy stopped 30 kilometres (19 miles) from the border.",
    "An F-16 and an MQ-9 flew over the base.",
    "The 45-year-old driver was questioned.",
    "The commander, aged 61, was questioned.",
    "He died at 83 after a long illness.",
    "The 2019 attack changed everything.",
    "Prices rose 5% in a month.",
    "The fund pledged $2 million to the region.",
    "The session opened at 9:30 a.m.",
    "Jets struck three depots and two bridges.",
    "No one was hurt in the fire.",
    "Repayments reached 1.5 times the loan.",
    "The two attack helicopters returned.",
    "One man's death shook the town.",
    "The talks lasted 12 hours.",
    "Army units fired 40 shells.",
])
def test_numbers_that_count_no_metric_are_skipped(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(("text", "victim"), [
    ("Strikes killed at least 40 Palestinians overnight.", "people:Palestine"),
    ("Strikes kill 40 overnight", None),
    ("The blast wounded 23 yesterday.", None),
    ("The storm killed 16 Filipinos earlier this week.", "people:Philippines"),
])
def test_a_time_word_after_the_count_ends_its_noun_phrase(text: str, victim: str | None) -> None:
    assert only(text).incident_victim == victim


@pytest.mark.parametrize("text", ["The toll, which officials said could rise, stood at 23.",
                                  "The death toll, which could rise, stood at 23."])
def test_a_relative_aside_between_a_toll_and_its_value_is_passed_over(text: str) -> None:
    assert summary(only(text))[:3] == (Metric.KILLED, Qualifier.EXACT, 23)


@pytest.mark.parametrize(("text", "expected"), [
    ("We have lost 12 colleagues.", [(Metric.KILLED, 12)]),
    ("She lost two children in the strike.", [(Metric.KILLED, 2)]),
    ("The company lost 200 workers to rivals.", []),
])
def test_colleagues_or_kin_one_lost_are_dead_but_workers_are_not(text: str, expected: list[tuple[Metric, int]]) -> None:
    assert [(f.metric, f.value) for f in figures(text)] == expected


def test_at_least_one_person_is_a_count() -> None:
    assert summary(only("At least one person died."))[:2] == (Metric.KILLED, Qualifier.AT_LEAST)


@pytest.mark.parametrize("text", ["Roughly half of the 40 passengers died.", "Most of its 300 residents fled."])
def test_the_whole_a_share_of_the_harmed_is_taken_of_is_no_toll(text: str) -> None:
    assert figures(text) == []


def test_the_whole_a_share_of_troops_is_taken_of_is_still_a_troop_count() -> None:
    assert only("Roughly half of the 4,200 troops abroad serve in two countries.").metric is Metric.TROOPS


@pytest.mark.parametrize("text", ["Almost 1.5 million have been forced to leave.", "Some 20,000 people were forced to flee."])
def test_people_forced_to_leave_or_flee_are_displaced(text: str) -> None:
    assert only(text).metric is Metric.DISPLACED


@pytest.mark.parametrize("text", ["Some 40,000 people remain in evacuation centres.",
                                  "About 3,000 people were sheltering in relief camps."])
def test_people_staying_in_evacuation_centres_or_relief_camps_are_displaced(text: str) -> None:
    assert only(text).metric is Metric.DISPLACED


def test_foreigners_among_the_dead_are_a_count_of_the_dead() -> None:
    assert only("The dead included four foreigners.").metric is Metric.KILLED


@pytest.mark.parametrize(("text", "expected"), [
    ("1.9 million people, or nine in ten of the population, had been displaced.", [1_900_000]),
    ("One in three children was injured.", []),
    ("Four out of five victims were civilians.", []),
    ("The floods killed 40 in three provinces.", [40]),
    ("The attacks killed 12 in 2023.", [12]),
    ("The fire killed 3 in 10 minutes.", [3]),
])
def test_a_share_written_as_one_number_in_another_counts_no_one(text: str, expected: list[float]) -> None:
    assert [f.value for f in figures(text)] == expected


@pytest.mark.parametrize("text", ["Hundreds of people were feared trapped under the rubble.",
                                  "Dozens of miners were believed trapped."])
def test_people_feared_or_believed_trapped_are_missing(text: str) -> None:
    assert only(text).metric is Metric.MISSING


@pytest.mark.parametrize(("text", "metric"), [("Of the dead, 11 were children.", Metric.KILLED),
                                              ("Of the injured, 12 are in critical condition.", Metric.INJURED)])
def test_a_count_after_a_fronted_of_the_dead_counts_the_dead(text: str, metric: Metric) -> None:
    assert only(text).metric is metric


def test_men_a_group_calls_martyred_are_dead() -> None:
    assert only("Fourteen of our men were martyred.").metric is Metric.KILLED


@pytest.mark.parametrize("headline", ["At least 70 migrants drown off Libya", "Dozens perish as ferry sinks"])
def test_a_headlines_present_tense_of_drowning_or_perishing_counts_the_dead(headline: str) -> None:
    assert only(headline).metric is Metric.KILLED


@pytest.mark.parametrize(("text", "victim"), [
    ("The quake killed more than 2,000 Afghans.", "people:Afghanistan"),
    ("The explosion killed four Pakistanis.", "people:Pakistan"),
    ("Dozens of Haitians died.", "people:Haiti"),
])
def test_a_plural_demonym_names_its_country_as_the_singular_does(text: str, victim: str) -> None:
    assert only(text).incident_victim == victim


def test_day_of_a_date_is_no_figure() -> None:
    f = only("On March 7, 12 people were killed in the town.")
    assert (f.value, f.incident_date) == (12, dt.date(2024, 3, 7))


def test_only_numbers_inside_the_spans_are_read() -> None:
    text = "The raid killed 4 guards. Officials said 9 more were wounded."
    start = text.index("Officials")
    found = find_figures(text, [Span.of(text, start, len(text))], PUBLISHED)
    assert [(f.metric, f.value) for f in found] == [(Metric.INJURED, 9)]


def test_an_excluded_figure_is_a_reference_not_a_figure_of_the_claim() -> None:
    found = figures("The 30 wounded do not include the five reported by the army.")
    assert [(f.metric, f.value) for f in found] == [(Metric.INJURED, 30)]


# --- incident features ---------------------------------------------------------------

def test_incident_features_of_a_single_strike() -> None:
    f = only("An airstrike on Tuesday killed seven militants.")
    assert (f.incident_agent, f.incident_victim, f.incident_date, f.aggregate) == (
        "strike", "combatant", dt.date(2024, 3, 12), False)


def test_agent_after_a_passive_verb() -> None:
    f = only("Five villagers were killed in a drone strike.")
    assert (f.incident_agent, f.incident_victim) == ("strike", "civilian")


def test_agent_right_after_the_counted_noun() -> None:
    f = only("Officials counted 9 wounded in Tuesday's bombing.")
    assert (f.metric, f.incident_agent, f.incident_date) == (Metric.INJURED, "bombing", dt.date(2024, 3, 12))


def test_without_publication_date_figures_are_found_and_relative_dates_left_open() -> None:
    f, = figures("On Friday a blast killed 6 workers.", published=None)
    assert (f.metric, f.value, f.incident_date) == (Metric.KILLED, 6, None)


def test_campaign_toll_is_aggregate() -> None:
    f = only("The campaign has killed more than 500 people, many of them children.")
    assert (f.incident_agent, f.incident_victim, f.aggregate) == ("campaign", "civilian", True)


def test_a_toll_that_climbs_past_a_mark_is_above_it_but_the_past_months_are_no_qualifier() -> None:
    f = only("The death toll climbs past 100.")
    assert (f.qualifier, f.low, f.span.text) == (Qualifier.MORE_THAN, 101, "climbs past 100")
    assert only("In the past 12 months, 40 people were killed.").value == 40


def test_people_including_civilians_are_people_not_civilians() -> None:
    assert only("The strikes killed 16 people, including civilians.").incident_victim == "people"
    assert only("The strikes killed 16 people, most of them civilians.").incident_victim == "civilian"


def test_a_qualifier_in_quote_marks_still_qualifies_and_its_marks_stay_in_the_span() -> None:
    f = only('An official said "approximately" 40 militants had been killed.')
    assert (f.qualifier, f.value, f.span.text) == (Qualifier.APPROXIMATELY, 40, '"approximately" 40')


def test_plural_agent_makes_a_cumulative_count() -> None:
    f = only("Since the raids began, approximately 40 injuries to French soldiers were recorded.")
    assert (f.incident_agent, f.incident_victim, f.aggregate) == ("raid", "military:France", True)


def test_since_sets_the_period_and_makes_an_aggregate() -> None:
    f = only("Since January 4, the shelling has killed 40 civilians.")
    assert (f.period_start, f.incident_date, f.aggregate) == (dt.date(2024, 1, 4), None, True)


def test_victim_from_the_target_of_the_attack() -> None:
    f = only("Militants fired rockets against Israeli troops overnight, causing four injuries.")
    assert (f.metric, f.incident_victim) == (Metric.INJURED, "military:Israel")


def test_reporting_date_is_not_the_incident_date() -> None:
    f = only("The group said Tuesday that one of its commanders died.")
    assert f.incident_date is None


def test_to_figure_copies_the_mention_under_a_deterministic_id() -> None:
    f = only("Roughly 2,000 soldiers are stationed in Kosovo.")
    figure = f.to_figure("claim-1")
    assert figure.id == figure_id("claim-1", "troops", "Roughly 2,000", "Kosovo")
    assert (figure.metric, figure.raw, figure.value, figure.place, figure.qualifier) == (
        Metric.TROOPS, "Roughly 2,000", 2000, "Kosovo", Qualifier.APPROXIMATELY)


# --- relations between figures ---------------------------------------------------------

def relations(text: str) -> tuple[list[FigureMention], list[FigureRelationMention]]:
    found = figures(text)
    return found, find_figure_relations(text, Span.of(text, 0, len(text)), found)


def test_parts_that_add_up_to_the_total_are_part_of_it() -> None:
    found, rels = relations("Rebels attacked 12 times in all -- 5 times in Homs and 7 times in Hama.")
    assert [(r.kind, found[r.source].value, r.target) for r in rels] == [
        (FigureLinkKind.PART_OF, 5, 0), (FigureLinkKind.PART_OF, 7, 0)]
    assert rels[0].reason == "5 + 7 = 12"


def test_parts_may_come_before_an_approximate_total() -> None:
    text = "The shelling killed 31 soldiers and 9 civilians, about 41 people in total."
    found, rels = relations(text)
    assert {found[r.source].value for r in rels} == {31, 9}
    assert {found[r.target].value for r in rels if r.target is not None} == {41}


def test_parts_that_do_not_add_up_are_no_parts() -> None:
    _, rels = relations("Rebels attacked 12 times in all -- 5 times in Homs and 4 times in Hama.")
    assert rels == []


def test_stated_exclusion_points_at_an_external_figure_and_its_speaker() -> None:
    text = "The ministry counted 70 injuries; its tally does not include the 11 casualties reported by Colonel Haddad."
    found, rels = relations(text)
    rel, = rels
    assert rel.kind is FigureLinkKind.EXCLUDES and found[rel.source].value == 70
    assert rel.target is None and rel.external is not None
    assert rel.external.value == 11
    assert rel.external.speaker is not None and rel.external.speaker.text == "Colonel Haddad"


def test_exclusion_with_the_speaker_before_the_verb() -> None:
    _, rels = relations("Excluding the nine deaths Reuters reported, 40 people died.")
    rel, = rels
    assert rel.external is not None and rel.external.value == 9
    assert rel.external.speaker is not None and rel.external.speaker.text == "Reuters"


def test_exclusion_without_a_speaker() -> None:
    _, rels = relations("Some 60 people were hurt, not counting the 4 treated at the scene.")
    rel, = rels
    assert rel.external is not None and (rel.external.value, rel.external.speaker) == (4, None)


def test_relation_needs_exactly_one_target() -> None:
    span = Span(0, 1, "x")
    with pytest.raises(ValueError):
        FigureRelationMention(FigureLinkKind.EXCLUDES, 0, "r")
    with pytest.raises(ValueError):
        FigureRelationMention(FigureLinkKind.EXCLUDES, 0, "r", target=1, external=ExternalFigure(8, span))


# --- toll wording from conflict reporting ------------------------------------------------

def test_a_toll_reaches_over_a_long_phrase_to_its_number() -> None:
    f = only("The port authority raised the death toll from Sunday's ferry fire near the island to 48.")
    assert (f.metric, f.value) == (Metric.KILLED, 48)


def test_bodies_that_remain_lost_are_missing_not_killed() -> None:
    assert only("Divers searched all week, but 12 bodies remain lost.").metric is Metric.MISSING


def test_an_aside_between_commas_does_not_cut_a_count_from_its_verb() -> None:
    f = only("About 40 workers, according to union leaders, were killed in the collapse.")
    assert (f.metric, f.value) == (Metric.KILLED, 40)
    g = only("Nearly 900 villagers, most of them farmers, died in the floods.")
    assert (g.metric, g.qualifier) == (Metric.KILLED, Qualifier.NEARLY)


def test_a_quote_mark_does_not_cut_a_count_from_its_verb() -> None:
    assert only('The coroner said nine people "are believed to have died" there.').metric is Metric.KILLED


def test_people_joined_by_and_share_the_verb() -> None:
    f = only("All 88 passengers and crew died when the ferry capsized.")
    assert (f.metric, f.value) == (Metric.KILLED, 88)


def test_a_count_of_crew_takes_the_verb_and_its_neighbour_inherits_it() -> None:
    found = figures("The 60 passengers and four crew died in the crash.")
    assert [(f.metric, f.value) for f in found] == [(Metric.KILLED, 60), (Metric.KILLED, 4)]


@pytest.mark.parametrize(("text", "metric", "value"), [
    ("Rights groups counted more than 200 political killings in the province.", Metric.KILLED, None),
    ("Police recorded 14 homicides in the district.", Metric.KILLED, 14),
    ("Two ministers died in the blast.", Metric.KILLED, 2),
    ("Three Kenyan teens died in the crash.", Metric.KILLED, 3),
    ("Guards detained four British nationals at the border.", Metric.ARRESTED, 4),
    ("Five sport stars are among the dead.", Metric.KILLED, 5),
    ("Thirty people were hospitalised after the crush.", Metric.INJURED, 30),
    ("The city saw two bombings in a week.", Metric.ATTACKS, 2),
])
def test_conflict_nouns_and_verbs_name_the_metric(text: str, metric: Metric, value: float | None) -> None:
    f = only(text)
    assert f.metric is metric
    if value is not None:
        assert f.value == value


def test_a_verb_counting_the_second_number_is_no_coordination() -> None:
    found = figures("The court acquitted three men of murdering five guards.")
    assert [(f.metric, f.value) for f in found] == [(Metric.KILLED, 5)]


def test_of_n_on_board_is_the_whole_not_a_count_of_the_dead() -> None:
    found = figures("Of 140 on board, six children died.")
    assert [(f.metric, f.value) for f in found] == [(Metric.KILLED, 6)]


def test_a_toll_risen_from_one_value_to_another_gives_both_the_new_replacing_the_old() -> None:
    text = "The toll in the valley has risen from three to nine."
    old, new = found = figures(text)
    assert (old.value, new.value) == (3, 9)
    assert old.metric is new.metric is Metric.KILLED
    assert revised_values(text, [Span.of(text, 0, len(text))], found) == [(1, 0)]


def test_up_from_an_earlier_count_gives_the_older_figure_too() -> None:
    text = "Rescuers said 52 people were killed, up from an earlier count of 40."
    new, old = found = figures(text)
    assert (new.value, old.value) == (52, 40)
    assert revised_values(text, [Span.of(text, 0, len(text))], found) == [(0, 1)]


def test_fewer_than_the_count_its_speaker_gave_before_is_the_older_figure() -> None:
    text = "The coast guard lowered the toll to 31 on Monday, fewer than the 35 it had reported."
    new, old = found = figures(text)
    assert (new.value, old.value) == (31, 35)
    assert revised_values(text, [Span.of(text, 0, len(text))], found) == [(0, 1)]


def test_more_than_a_count_another_speaker_gave_is_no_older_figure() -> None:
    text = "The ministry counted 33 dead, more than the 31 the coast guard gave."
    assert [f.value for f in figures(text)] == [33]


@pytest.mark.parametrize("text", [
    "Four passengers who had been listed as dead had survived, the coast guard said.",
    "Two miners reported missing were found alive on Tuesday.",
])
def test_people_the_toll_had_counted_who_are_found_alive_are_no_toll(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(("text", "old", "new"), [
    ("The militia, which first said two of its men were dead, raised its count to five on Sunday.", 2, 5),
    ("Rescuers first counted 31 people killed and later revised the death toll to 28.", 31, 28),
    ("The governor said nine people were killed but later said 14.", 9, 14),
    ("Medics said 40 people were wounded, then lowered their estimate to 33.", 40, 33),
])
def test_a_source_raising_or_revising_its_count_gives_a_new_value_of_the_same_count(
        text: str, old: float, new: float) -> None:
    found = figures(text)
    assert [f.value for f in found] == [old, new]
    assert found[0].metric is found[1].metric is not None
    assert revised_values(text, [Span.of(text, 0, len(text))], found) == [(1, 0)]


@pytest.mark.parametrize("text", [
    "Officials raised the toll after the storm to 30, but a doctor said the real number is 45.",
    "The agency counted 80 dead; a local official said the actual figure was 62.",
    "One paper counted 80 dead, while a radio station put the figure at 62.",
])
def test_a_real_or_actual_figure_counts_what_the_sentence_counted_and_replaces_nothing(text: str) -> None:
    found = figures(text)
    assert [f.metric for f in found] == [Metric.KILLED, Metric.KILLED]
    assert revised_values(text, [Span.of(text, 0, len(text))], found) == []


def test_a_real_figure_in_another_speakers_clause_takes_the_toll_its_sentence_names() -> None:
    text = "The ministry raised the death toll from the fire to 51, though a nurse said the actual figure was 38."
    clause = text.index("the actual")
    found = find_figures(text, [Span.of(text, clause, len(text))], PUBLISHED)
    assert [(f.metric, f.value) for f in found] == [(Metric.KILLED, 38)]


def test_a_raised_count_with_no_earlier_count_in_its_sentence_is_no_figure() -> None:
    assert figures("The council raised its count to twelve on Monday.") == []


@pytest.mark.parametrize(("text", "victim"), [
    ("The Red Hand militia said three of its members were killed in the raid.", "combatant:own"),
    ("The rebels said four of their senior members died in the strike.", "combatant:own"),
    ("The union said two of its members were injured in the crash.", "people"),
    ("Three family members were killed when the roof fell.", "people"),
])
def test_members_of_an_armed_group_are_its_fighters_members_of_others_anyone(text: str, victim: str) -> None:
    assert [f.incident_victim for f in figures(text)] == [victim]


@pytest.mark.parametrize("text", [
    "Without the warning, the toll would have been more than 300 dead.",
    "A massacre is five or more people killed, under the new rule.",
    "Officials warned the toll could rise to 200 dead.",
    "The death toll is expected to rise above 50.",
    "Rescuers said the toll was likely to reach 100.",
])
def test_hypothetical_and_definitional_numbers_are_marked(text: str) -> None:
    assert all(f.hypothetical for f in figures(text)) and figures(text)


def test_numerous_killings_tell_of_acts_not_a_toll() -> None:
    assert figures("The commission asked for an inquiry into numerous killings of reporters.") == []


def test_people_named_by_their_wounds_are_injured_unless_a_verb_says_more() -> None:
    assert summary(only("Surgeons at the clinic operated on 24 gunshot victims on Sunday.")) == \
        (Metric.INJURED, Qualifier.EXACT, 24, None, None)
    assert only("Two stab victims died in hospital overnight.").metric is Metric.KILLED


def test_a_count_of_killings_counts_many_events() -> None:
    killings = only("Rights groups have counted more than 150 political killings in the province.")
    assert killings.metric is Metric.KILLED and killings.aggregate
    assert not only("Gunmen killed 12 people at the market.").aggregate


def test_a_count_whose_toll_follows_takes_that_toll() -> None:
    assert summary(only("The brothers were among eleven whose arrests were reported in May.")) == \
        (Metric.ARRESTED, Qualifier.EXACT, 11, None, None)
    assert only("Rescuers named 14 miners whose deaths were confirmed.").metric is Metric.KILLED
    assert figures("Officials listed 40 houses whose owners fled.") == []


def test_a_subject_lengthened_by_a_modifier_reaches_its_passive_verb() -> None:
    assert only("Four nurses from the Geneva-based aid group Helping Hands taking part in the convoy "
                "were arrested.").metric is Metric.ARRESTED
    assert only("Two guards from the private security firm hired by the embassy last year were also "
                "found dead.").metric is Metric.KILLED
    assert figures("Two guards from the private security firm hired by the embassy last year said that "
                   "the gate was shut.") == []


def test_an_aside_naming_the_people_counted_one_by_one_keeps_the_count_on_its_verb() -> None:
    f = only("Three reporters, a photographer for the Daily Star and a driver with the local radio, "
             "were also found dead after the blast.")
    assert (f.metric, f.value) == (Metric.KILLED, 3)


@pytest.mark.parametrize(("text", "value"), [
    ("At least 21 villagers drowned when the river burst its banks.", 21),
    ("Nine workers were electrocuted at the substation.", 9),
    ("Eleven miners were burned to death in the shaft.", 11),
])
def test_drowned_electrocuted_and_done_to_death_are_deaths(text: str, value: float) -> None:
    found = only(text)
    assert (found.metric, found.low if found.value is None else found.value) == (Metric.KILLED, value)


def test_sentenced_to_death_is_no_toll() -> None:
    assert figures("Four men were sentenced to death on Friday.") == []


@pytest.mark.parametrize(("text", "metric", "value"), [
    ("The coroner put the dead at 31.", Metric.KILLED, 31),
    ("Regional authorities put the death toll at 58 on Sunday.", Metric.KILLED, 58),
    ("The tally of dead stood at 16 by nightfall.", Metric.KILLED, 16),
    ("Officials put the number of missing at 23.", Metric.MISSING, 23),
    ("The dead numbered 44, the agency said.", Metric.KILLED, 44),
])
def test_a_count_put_at_or_numbering_a_value_is_a_figure(text: str, metric: Metric, value: float) -> None:
    found = only(text)
    assert (found.metric, found.value) == (metric, value)


def test_a_number_after_at_with_no_count_before_it_is_an_age() -> None:
    assert figures("The poet died at 83 in her home town.") == []


@pytest.mark.parametrize("text", [
    "Seven of them were in critical condition late on Monday.",
    "Fourteen passengers remained in hospital on Tuesday.",
])
def test_a_condition_or_a_hospital_stay_counts_the_injured(text: str) -> None:
    assert only(text).metric is Metric.INJURED


@pytest.mark.parametrize("text", [
    "Three armed robbers killed 8 guards at the depot.",
    "Two earlier landslides killed 26 people in the valley.",
])
def test_a_number_counting_the_subject_of_a_casualty_verb_counts_no_victims(text: str) -> None:
    found = only(text)
    assert found.metric is Metric.KILLED and found.value in (8, 26)


def test_a_figure_with_its_own_verb_inherits_no_metric_from_its_neighbour() -> None:
    found = figures("Divers recovered 19 bodies and 73 passengers rescued from the hull.")
    assert [(f.metric, f.value) for f in found] == [(Metric.KILLED, 19)]


def test_figures_set_against_each_other_by_but_share_no_metric() -> None:
    found = figures("The crew saved 35 people but 6 others drowned.")
    assert [(f.metric, f.value) for f in found] == [(Metric.KILLED, 6)]


@pytest.mark.parametrize("text", [
    "The outpost has come under attack more than 40 times since March.",
    "Their patrols came under fire nine times last week.",
])
def test_times_after_under_attack_or_under_fire_count_attacks(text: str) -> None:
    assert [f.metric for f in figures(text)] == [Metric.ATTACKS]


def test_times_after_an_attack_that_is_no_event_under_way_count_nothing() -> None:
    assert figures("The attack was rehearsed five times.") == []


@pytest.mark.parametrize(("text", "metric"), [
    ("The blast killed two of our colleagues.", Metric.KILLED),
    ("Police detained four of her cousins.", Metric.ARRESTED),
])
def test_a_count_of_someone_s_people_after_a_verb_of_harm_counts_them(text: str, metric: Metric) -> None:
    assert [f.metric for f in figures(text)] == [metric]


@pytest.mark.parametrize(("text", "metric"), [
    ("The strike killed a local militia leader and three of his bodyguards.", Metric.KILLED),
    ("The bomb wounded a traffic officer and four bystanders.", Metric.INJURED),
    ("The raid killed the governor and two aides were hurt.", Metric.INJURED),
])
def test_a_count_after_a_verb_of_harm_s_first_object_and_and_takes_the_verb_unless_it_has_its_own(
        text: str, metric: Metric) -> None:
    assert [f.metric for f in figures(text)] == [metric]


def test_a_count_of_part_of_a_thing_after_a_verb_of_harm_counts_nothing() -> None:
    assert figures("The strike killed three of their horses and wrecked two of the floors.") == []


def test_a_count_the_dead_included_counts_the_dead() -> None:
    assert [(f.metric, f.value) for f in figures("The dead included five rescue workers.")] == [(Metric.KILLED, 5)]


@pytest.mark.parametrize("text", [
    "The raid was the latest in a wave of killings that have left more than 900 dead in the province this year.",
    "More than 140 people have drowned in the lake over the past three months.",
])
def test_a_count_over_this_year_or_the_past_months_is_an_aggregate(text: str) -> None:
    assert [f.aggregate for f in figures(text)] == [True]


def test_a_count_after_and_another_verb_takes_no_metric_from_the_first() -> None:
    found = figures("Raiders burned the market, killing at least 14 people and abducting dozens more.")
    assert [(f.metric, f.span.text) for f in found] == [(Metric.KILLED, "at least 14")]


@pytest.mark.parametrize(("text", "counted"), [
    ("Troops fired rubber bullets at hundreds of marchers near the square on Friday, and at least six people died.",
     "at least six"),
    ("The gunmen opened fire on dozens of worshippers, and 14 people were wounded.", "14"),
])
def test_a_count_aimed_at_by_a_verb_takes_no_metric_from_the_clause_after_it(text: str, counted: str) -> None:
    assert [f.span.text for f in figures(text)] == [counted]


@pytest.mark.parametrize(("text", "metric"), [
    ("The driver ran over the crowd, killing nine onlookers.", Metric.KILLED),
    ("Shrapnel wounded 15 commuters at the station.", Metric.INJURED),
])
def test_a_plural_noun_no_lexicon_lists_right_after_a_verb_of_harm_counts_people(text: str, metric: Metric) -> None:
    assert only(text).metric is metric


def test_animals_killed_are_no_toll() -> None:
    assert figures("The floods killed 400 goats on the plain.") == []


def test_people_left_homeless_are_displaced_and_take_no_metric_from_a_neighbour() -> None:
    found = figures("Nine villagers were missing and some 800 had been left homeless.")
    assert [(f.metric, f.value) for f in found] == [(Metric.MISSING, 9), (Metric.DISPLACED, 800)]


@pytest.mark.parametrize(("text", "metric", "value"), [
    ("The storm claimed the lives of 23 fishermen.", Metric.KILLED, 23),
    ("Six hikers lost their lives on the ridge.", Metric.KILLED, 6),
    ("Two patients succumbed overnight.", Metric.KILLED, 2),
    ("Fatalities climbed to 31 by the evening.", Metric.KILLED, 31),
    ("The number of dead rose to 48.", Metric.KILLED, 48),
    ("About 900 families fled their homes.", Metric.DISPLACED, 900),
    ("The explosion injured 5 passers-by.", Metric.INJURED, 5),
])
def test_more_ways_a_report_words_a_toll(text: str, metric: Metric, value: float) -> None:
    found = only(text)
    assert (found.metric, found.value) == (metric, value)


@pytest.mark.parametrize("text", [
    "Lifeguards saved the lives of 14 swimmers.",
    "The plan puts the lives of thousands of workers at risk.",
])
def test_lives_saved_or_put_at_risk_are_no_toll(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "The agency said 64 people were killed, revising its earlier toll of 51.",
    "The death toll reached 64 from an initial count of 51.",
])
def test_a_revising_or_an_initial_count_gives_the_value_it_replaces(text: str) -> None:
    found = figures(text)
    assert [f.value for f in found] == [64, 51]
    assert revised_values(text, [Span.of(text, 0, len(text))], found) == [(0, 1)]


def test_a_count_from_somewhere_replaces_nothing() -> None:
    text = "Some 64 people from 51 villages were displaced."
    assert revised_values(text, [Span.of(text, 0, len(text))], figures(text)) == []


@pytest.mark.parametrize("text", [
    "Floods kill about 80 people each year in the delta.",
    "Snakebites kill roughly 40 villagers a year here.",
])
def test_a_count_per_year_is_an_aggregate(text: str) -> None:
    assert only(text).aggregate


def test_a_count_a_year_ago_is_no_aggregate() -> None:
    assert not only("A landslide killed 9 people a year ago.").aggregate


def test_remain_is_a_verb_not_the_noun_a_number_counts() -> None:
    assert only("Doctors said eight remain in a serious condition.").metric is Metric.INJURED


def test_people_being_treated_in_hospitals_are_hurt() -> None:
    assert only("The minister said 51 people were being treated in hospitals.").metric is Metric.INJURED


def test_people_treated_at_the_scene_are_hurt() -> None:
    assert only("An official said nearly 40 people had been treated at the scene or in hospital.").metric is Metric.INJURED


@pytest.mark.parametrize("text", ["The county said 124 students had fallen ill after the meal.",
                                  "Two hundred guests fell ill after the wedding, officials said."])
def test_people_who_fell_ill_are_cases(text: str) -> None:
    assert only(text).metric is Metric.CASES


def test_people_poisoned_are_cases_as_the_sickened_are() -> None:
    assert only("The minister said nearly two dozen guests had been poisoned by the fumes.").metric is Metric.CASES


def test_people_unaccounted_for_are_missing() -> None:
    assert only("Nine climbers remain unaccounted for.").metric is Metric.MISSING


@pytest.mark.parametrize(("text", "metric"), [
    ("Three of the crew died and 14 others were being treated for smoke inhalation.", Metric.INJURED),
    ("Some 2,000 villagers were forced from their homes by the fighting.", Metric.DISPLACED),
])
def test_treated_for_is_a_wound_and_forced_from_their_homes_a_displacement(text: str, metric: Metric) -> None:
    assert figures(text)[-1].metric is metric


@pytest.mark.parametrize(("text", "raw"), [
    ("The release of water forced about 40,000 people from their homes downstream.", "about 40,000"),
    ("Dam spill forces 40,000 from homes in the valley", "40,000"),
    ("Police ordered 3,000 residents out of their homes.", "3,000"),
])
def test_a_verb_that_drives_its_count_from_their_homes_displaces_them(text: str, raw: str) -> None:
    found, = (f for f in figures(text) if f.span.text == raw)
    assert found.metric is Metric.DISPLACED


@pytest.mark.parametrize("text", [
    "The number of trapped miners had fallen to 21 by Wednesday.",
    "The number of miners trapped underground rose to 30 on Monday.",
])
def test_a_count_of_trapped_people_that_rises_or_falls_is_missing(text: str) -> None:
    found, = figures(text)
    assert found.metric is Metric.MISSING


def test_a_long_subject_ordered_out_of_their_homes_is_displaced() -> None:
    found, = figures("More than 3,000 residents of a small town in the valley were ordered out of their homes.")
    assert found.metric is Metric.DISPLACED


@pytest.mark.parametrize(("text", "metric"), [
    ("The number of people killed in the landslide near the quarry rose to 26 on Sunday.", Metric.KILLED),
    ("The total of those displaced by the river stood at 900.", Metric.DISPLACED),
])
def test_a_count_noun_names_its_metric_in_its_of_phrase_over_a_verb_of_change(text: str, metric: Metric) -> None:
    assert only(text).metric is metric


def test_a_count_noun_of_things_names_no_metric() -> None:
    assert figures("The number of roads closed by the snow rose to 14.") == []


@pytest.mark.parametrize("text", [
    "The toll from the landslide climbed to at least 31 by Monday.",
    "On Monday the governor had said 16 people were dead.",
])
def test_the_day_a_count_rose_or_was_said_is_not_the_day_of_the_event(text: str) -> None:
    assert only(text).incident_date is None


def test_the_day_of_a_killing_is_the_events_day() -> None:
    assert only("On Monday, a landslide killed 16 people, officials said.").incident_date is not None


def test_people_who_fled_the_area_are_displaced() -> None:
    found = only("Roughly 4,000 herders fled the district after the raids.")
    assert (found.metric, found.value) == (Metric.DISPLACED, 4000)


@pytest.mark.parametrize("text", [
    "Some 40 pilgrims, among them elderly men and women, were crushed to death at the gate.",
    "Nine tourists, including a guide and his son, died in the avalanche.",
])
def test_an_aside_telling_what_the_people_were_may_hold_an_and(text: str) -> None:
    assert only(text).metric is Metric.KILLED


def test_a_noun_no_lexicon_lists_reaches_its_verb_past_an_aside() -> None:
    assert only("Nine hikers, including a guide and his son, died in the avalanche.").metric is Metric.KILLED


def test_people_taken_to_hospital_are_hurt() -> None:
    found = only("Eight marchers had been rushed to hospital after the charge.")
    assert (found.metric, found.value) == (Metric.INJURED, 8)


def test_detentions_are_arrests() -> None:
    assert only("Lawyers counted 57 detentions in the capital.").metric is Metric.ARRESTED


@pytest.mark.parametrize("text", [
    "Five sailors suffered minor injuries when the missile hit the deck.",
    "Two firefighters sustained serious burns.",
    "Three guards received gunshot wounds.",
])
def test_suffering_injuries_counts_the_injured(text: str) -> None:
    assert only(text).metric is Metric.INJURED


def test_a_thing_suffering_damage_is_no_count() -> None:
    assert figures("The bridge suffered heavy damage in the storm.") == []


@pytest.mark.parametrize("text", ["Police said 600 suspects were in custody.", "Twelve men remain in detention."])
def test_a_count_in_custody_is_a_count_of_arrests(text: str) -> None:
    assert figures(text)[-1].metric is Metric.ARRESTED


def test_neutralised_in_a_military_statement_counts_the_killed() -> None:
    assert only("The army said its troops neutralised 17 insurgents near the border.").metric is Metric.KILLED


def test_people_a_fire_left_without_homes_are_displaced_but_not_people_without_power() -> None:
    found = figures("The blaze gutted the camp and left 12,000 refugees without shelter; 40 shops were without power.")
    assert [(f.metric, f.value) for f in found] == [(Metric.DISPLACED, 12000)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The army said no civilians were killed in the raid.", [(Metric.KILLED, "civilian", "no")]),
    ("There were no civilian casualties.", [(Metric.KILLED, "civilian", "no"), (Metric.INJURED, "civilian", "no")]),
    ("The group said none of its fighters had been hurt.", [(Metric.INJURED, "combatant", "none")]),
    ("No U.S. personnel were killed.", [(Metric.KILLED, "military:US", "No")]),
    ("No one was hurt and no casualties were reported.", []),
    ("No more soldiers were killed after the truce.", []),
])
def test_a_denial_naming_whom_it_spares_is_a_zero_count_of_that_class(
        text: str, expected: list[tuple[Metric, str, str]]) -> None:
    assert [(f.metric, f.incident_victim, f.span.text) for f in figures(text) if f.value == 0] == expected


@pytest.mark.parametrize(("text", "victim"), [
    ("The strike killed 40 members of the Rapid Support Forces.", "military:Rapid Support Forces"),
    ("Gunmen shot dead 40 members of the Dawn Brigade militia.", "combatant:Dawn Brigade"),
    ("The blast killed 40 members of the Nyala Traders Union.", "people"),
])
def test_members_of_a_named_armed_force_are_its_fighters(text: str, victim: str) -> None:
    assert [f.incident_victim for f in figures(text)] == [victim]


@pytest.mark.parametrize(("text", "expected"), [
    ("The gas cloud sent more than 300 villagers to hospital.", [(Metric.INJURED, "more than 300")]),
    ("The clinic said it had treated 180 people for breathing problems.", [(Metric.INJURED, "180")]),
    ("The storm sent 2,000 people to shelters.", []),
])
def test_a_count_an_active_verb_sends_to_hospital_or_treats_for_something_is_of_the_injured(
        text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said four residents were still under the rubble.", [(Metric.MISSING, "four")]),
    ("Eleven workers remained trapped in the shaft.", [(Metric.MISSING, "Eleven")]),
    ("Two trucks were still under the rubble.", []),
])
def test_people_still_trapped_or_under_the_rubble_are_missing(text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The council said 13,500 people had been moved to evacuation centres.", [(Metric.DISPLACED, "13,500")]),
    ("Some 2,000 residents were taken to shelters.", [(Metric.DISPLACED, "Some 2,000")]),
    ("Some 40 children were taken to the camp for a holiday.", []),
])
def test_people_moved_to_evacuation_centres_or_shelters_are_displaced(text: str,
                                                                    expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Some 2,800 people were admitted to hospital with dengue.", [(Metric.CASES, "Some 2,800")]),
    ("Some 900 people were admitted to hospitals with the disease.", [(Metric.CASES, "Some 900")]),
    ("Some 40 people were admitted to hospital with burns.", [(Metric.INJURED, "Some 40")]),  # hurt, not sick
])
def test_people_admitted_to_hospital_with_a_disease_are_its_cases(text: str,
                                                                 expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "agent"), [
    ("Lightning strikes killed 23 people.", None),
    ("Eleven people were killed by lightning strikes on Thursday.", None),
    ("Air strikes killed 23 people.", "strike"),
])
def test_lightning_strikes_are_no_blow_that_caused_a_toll(text: str, agent: str | None) -> None:
    assert only(text).incident_agent == agent


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescuers had found 12 more bodies and 54 people were still missing.",
     [(Metric.KILLED, "12"), (Metric.MISSING, "54")]),
    ("Rescuers pulled five more bodies from the mud.", [(Metric.KILLED, "five")]),
])
def test_more_bodies_after_a_count_are_dead_not_what_a_later_verb_says(text: str,
                                                                     expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said 17 trekkers and porters were still missing.", [(Metric.MISSING, "17")]),
    ("He said one climber remained missing.", [(Metric.MISSING, "one")]),
])
def test_climbers_trekkers_and_porters_are_people_a_toll_counts(text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("More than 19,000 people had been forced to leave their homes.", [(Metric.DISPLACED, "More than 19,000")]),
    ("Some 300 families had to flee their homes.", [(Metric.DISPLACED, "Some 300")]),
    ("More than 1,000 people had left their homes.", [(Metric.DISPLACED, "More than 1,000")]),
    ("Some 300 people left their homes to vote.", []),
])
def test_people_forced_or_having_to_leave_their_homes_are_displaced(text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry denied that any civilians had been harmed.", [(Metric.KILLED, "civilian"), (Metric.INJURED, "civilian")]),
    ("The police said no officers were harmed.", [(Metric.KILLED, "police"), (Metric.INJURED, "police")]),
    ("If any civilians were killed, the army will investigate.", []),
])
def test_a_denial_that_any_of_a_class_was_harmed_is_a_zero_of_its_dead_and_hurt(
        text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.incident_victim) for f in figures(text) if f.value == 0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The governor said 40 schoolgirls were still held by the kidnappers.", [(Metric.MISSING, "40")]),
    ("Nine engineers remain in captivity.", [(Metric.MISSING, "Nine")]),
    ("Police said 40 protesters were still held by police.", []),
    ("Two were held captive for a week before escaping.", []),
])
def test_people_still_held_by_their_captors_or_in_captivity_are_missing(
        text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


def test_a_verb_in_scare_quotes_still_takes_its_count() -> None:
    assert only('The army said its men had "executed" 14 prisoners.').metric is Metric.KILLED


def test_a_place_opening_the_sentence_is_where_its_counts_happened() -> None:
    text = "Drones hit two towns. In Velmora, five people were killed. In Ostrava Nova, three died in a fire."
    assert [(f.span.text, f.place) for f in figures(text) if f.metric is Metric.KILLED] == [("five", "Velmora"), ("three", "Ostrava Nova")]


def test_a_place_opening_the_sentence_may_end_in_its_kind() -> None:
    assert only("In Velmora district, nine people died in the mudslide.").place == "Velmora"


def test_a_place_opening_a_later_clause_is_where_that_clause_s_count_happened() -> None:
    text = "In Corvel province the agency said 31 people died, while in Marrin province it counted nine dead."
    assert [(f.span.text, f.place) for f in figures(text)] == [("31", "Corvel"), ("nine", "Marrin")]


def test_where_a_place_lies_after_the_count_is_no_part_of_its_name() -> None:
    text = "The quake killed at least 50 people in Corvel and 30 in neighbouring Marrin."
    assert [(f.span.text, f.place) for f in figures(text)] == [("at least 50", "Corvel"), ("30", "Marrin")]


def test_a_month_opening_a_later_clause_is_no_place() -> None:
    assert [f.place for f in figures("Nobody was hurt then, but in March dozens of people died.")] == [None]


def test_a_place_opening_the_sentence_may_end_in_a_determiner_instead_of_a_comma() -> None:
    assert only("In Velmora the mudslide killed nine people.").place == "Velmora"


@pytest.mark.parametrize(("text", "expected"), [
    ("Doctors said 23 people were being treated, four of them in critical condition.", ["23", "four"]),
    ("Doctors said 23 people were still being treated.", ["23"]),
    ("He objected to how the three guards are being treated, he said.", []),
    ("Police said 23 people were being treated as suspects.", []),
])
def test_people_being_treated_as_a_clause_ends_were_hurt(text: str, expected: list[str]) -> None:
    assert [f.span.text for f in figures(text) if f.metric is Metric.INJURED] == expected


@pytest.mark.parametrize("other", ["the driver", "their supervisor", "a guard"])
def test_one_more_person_beside_a_count_shares_its_verb(other: str) -> None:
    found = only(f"Eleven passengers and {other} died at the scene.")
    assert (found.span.text, found.metric) == ("Eleven", Metric.KILLED)
    assert only(f"The raid left three militants and {other} dead.").metric is Metric.KILLED


@pytest.mark.parametrize(("text", "metric"), [
    ("The commander said his group had lost only 12 fighters.", Metric.KILLED),
    ("The mudslide trapped just four miners.", Metric.MISSING),
])
def test_a_word_making_a_count_few_stands_between_its_verb_and_it(text: str, metric: Metric) -> None:
    assert only(text).metric is metric


@pytest.mark.parametrize("text", [
    "At least 12 people were killed or injured in the blast.",
    "The attack left 40 people dead or wounded.",
    "The shelling killed or injured more than 100 civilians.",
])
def test_a_count_of_the_dead_and_the_hurt_together_is_neither_toll(text: str) -> None:
    assert figures(text) == []
    assert [f.metric for f in figures("The blast killed two and injured 30.")] == [Metric.KILLED, Metric.INJURED]


@pytest.mark.parametrize("text", ["11 of the 12 miners died.", "Two of the 19 people on board drowned."])
def test_the_whole_a_part_is_counted_of_before_a_verb_with_no_object_is_no_toll(text: str) -> None:
    assert len(figures(text)) == 1 and figures(text)[0].metric is Metric.KILLED


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "--"])
def test_an_aside_between_dashes_leaves_the_count_its_verb(dash: str) -> None:
    assert only(f"Twelve people {dash} including four children {dash} were killed.").metric is Metric.KILLED


def test_a_month_opening_the_sentence_is_no_place() -> None:
    assert only("In April, five people were killed in the floods.").place is None


@pytest.mark.parametrize(("text", "expected"), [
    ("A gas blast ripped through the pit, killing four miners and trapping 23 others.",
     [(Metric.KILLED, "four"), (Metric.MISSING, "23")]),
    ("The mudslide trapped at least 30 villagers in their homes.", [(Metric.MISSING, "at least 30")]),
    ("Insurgents trapped 200 soldiers in the pass.", [(Metric.TROOPS, "200")]),
    ("The blaze trapped three floors of offices.", []),
])
def test_people_a_disaster_traps_are_missing_but_not_troops_an_enemy_traps(
        text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Four porters were among the dead.", [(Metric.KILLED, "Four")]),
    ("Two cooks were among those killed.", [(Metric.KILLED, "Two")]),
    ("Six truck drivers hauling fuel for the base were among the dead.", [(Metric.KILLED, "Six")]),
    ("Four porters were among the crowd.", []),
])
def test_people_among_the_dead_are_counted_whatever_they_are_and_whatever_they_were_doing(
        text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The miners' union said the real number of dead was closer to 35.", [(Metric.KILLED, "closer to 35", Qualifier.APPROXIMATELY)]),
    ("The number of injured is at least 45, the clinic said.", [(Metric.INJURED, "at least 45", Qualifier.AT_LEAST)]),
    ("The number of guests she invited was 12.", []),
])
def test_a_count_noun_of_the_dead_or_hurt_gives_its_number_after_was_or_is(
        text: str, expected: list[tuple[Metric, str, Qualifier]]) -> None:
    assert [(f.metric, f.span.text, f.qualifier) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A nurse said four of the wounded had died during the night.", [(Metric.KILLED, "four")]),
    ("Two of the injured later died in hospital.", [(Metric.KILLED, "Two")]),
    ("Three of the wounded were children.", [(Metric.INJURED, "Three")]),
])
def test_some_of_the_wounded_who_died_count_among_the_dead(text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Divers recovered the bodies of 11 fishermen on Sunday.", [(Metric.KILLED, "11")]),
    ("The vet examined the bodies of 30 cows.", []),
])
def test_the_bodies_of_people_count_the_dead(text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The outbreak has killed nine people and sickened more than 300.", [(Metric.KILLED, "nine"), (Metric.CASES, "more than 300")]),
    ("The ministry said 410 cases had been confirmed.", [(Metric.CASES, "410")]),
    ("Clinics logged 95 suspected cases of measles.", [(Metric.CASES, "95")]),
    ("The number of dengue cases rose to 2,100.", [(Metric.CASES, "2,100")]),
    ("Some 80 villagers were infected.", [(Metric.CASES, "Some 80")]),
    ("The court heard 12 cases on Monday.", []),
    ("The worm infected 300 computers.", []),
])
def test_people_an_outbreak_sickens_are_its_cases_and_other_cases_count_nothing(
        text: str, expected: list[tuple[Metric, str]]) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The police said officers had shot dead 12 gunmen and lost three of their own.",
     [(Metric.KILLED, "12", "combatant"), (Metric.KILLED, "three", "police:own")]),
    ("The garrison lost 30 soldiers in the siege.", [(Metric.KILLED, "30", "military")]),
    ("The party lost 12 seats.", []),
    ("The firm lost 200 workers to its rivals.", []),
])
def test_a_forces_own_losses_are_its_dead_of_its_class(text: str, expected: list[tuple[Metric, str, str]]) -> None:
    assert [(f.metric, f.span.text, f.incident_victim) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "victim"), [
    ("The ministry said the shelling had killed three of its soldiers.", "military:own"),
    ("The group said four of our own fighters were hurt.", "combatant:own"),
    ("The ministry said the shelling had killed three Calderan soldiers.", "military:Calderan"),
    ("The ministry said the shelling had killed three soldiers.", "military"),
])
def test_armed_people_a_possessive_gives_are_the_speakers_own_side(text: str, victim: str) -> None:
    assert [f.incident_victim for f in figures(text)] == [victim]


def test_a_count_its_sentence_gives_to_both_sides_is_a_total_over_the_sides() -> None:
    assert across_sides("military", "Nine soldiers died, officers on both sides said.") == f"military:{BOTH_SIDES}"
    assert across_sides("people", "Eleven people were killed on either side of the line.") == f"people:{BOTH_SIDES}"
    assert across_sides("military:Kenyan", "Both sides said nine Kenyan soldiers died.") == "military:Kenyan"
    assert across_sides("military", "Nine soldiers died in the raid, the army said.") == "military"


def test_members_of_the_security_forces_are_armed_people_not_a_group_of_anyone() -> None:
    text = "Gunmen killed 11 members of the security forces."
    found, = find_figures(text, (Span.of(text, 0, len(text)),), None)
    assert found.incident_victim == "military"


@pytest.mark.parametrize("text, expected", [
    ('The group said its fighters had killed "more than 10 soldiers" in the ambush.', (Metric.KILLED, "more than 10")),
    ('The ministry said the enemy had lost "more than 200" soldiers.', (Metric.KILLED, "more than 200")),
    ('The militants said they had killed "dozens of guards".', (Metric.KILLED, "dozens")),
])
def test_a_quotation_that_opens_with_a_count_is_read_as_that_count(text: str, expected: tuple[Metric, str]) -> None:
    f = only(text)
    assert (f.metric, f.span.text) == expected


def test_well_over_a_number_is_more_than_it() -> None:
    f = only("A union official put the number of injured at well over 200.")
    assert (f.metric, f.qualifier, f.span.text) == (Metric.INJURED, Qualifier.MORE_THAN, "well over 200")


@pytest.mark.parametrize("text", ["The spokesman said one guard had been killed.",
                                  "Officials said one sailor was killed in the blast.",
                                  "Police said one teacher had died."])
def test_a_count_of_one_names_its_one_person_in_the_singular(text: str) -> None:
    assert (only(text).metric, only(text).value) == (Metric.KILLED, 1)


def test_the_number_of_dead_named_by_whom_they_were_is_a_toll() -> None:
    assert (only("He put the number of dead guards at seven.").metric, only("He put the number of dead guards at seven.").value) \
        == (Metric.KILLED, 7)


def test_escaped_inmates_are_no_class_of_guards() -> None:
    assert only("Police said 11 escapees had been killed in a gunfight.").incident_victim == "civilian"


def test_one_of_the_attacks_says_which_attack_not_how_many() -> None:
    assert [f.metric for f in figures("At least 17 soldiers died in one of the attacks alone.")] == [Metric.KILLED]


@pytest.mark.parametrize("verb", ["passes", "tops", "exceeded"])
def test_a_toll_going_past_a_mark_is_more_than_the_mark(verb: str) -> None:
    text = f"Landslide death toll {verb} 60"
    found, = find_figures(text, (Span.of(text, 0, len(text)),), None)
    assert (found.qualifier, found.low, found.value) == (Qualifier.MORE_THAN, 61, None)


def test_a_count_that_has_fallen_gives_its_old_and_its_new_value() -> None:
    text = "The number of missing had fallen from 67 to 57."
    found = find_figures(text, (Span.of(text, 0, len(text)),), None)
    assert [(f.metric, f.value) for f in found] == [(Metric.MISSING, 67), (Metric.MISSING, 57)]
    assert revised_values(text, (Span.of(text, 0, len(text)),), found) == [(1, 0)]


@pytest.mark.parametrize("text", ["Doctors treated patients with multiple traumatic injuries.",
                                  "The boy later succumbed to several wounds."])
def test_a_vague_number_of_hurts_counts_no_hurt_people(text: str) -> None:
    assert find_figures(text, (Span.of(text, 0, len(text)),), None) == []


def test_a_count_after_a_long_first_object_of_a_verb_of_harm_is_harmed_by_it() -> None:
    text = "A drone killed a senior commander of an Iran-aligned militia and two of his guards."
    found, = find_figures(text, (Span.of(text, 0, len(text)),), None)
    assert (found.metric, found.value) == (Metric.KILLED, 2)


def test_a_figure_that_had_risen_counts_what_the_count_before_it_counted() -> None:
    text = "The office had counted 118 dead by Wednesday; that figure had risen to 187 by Thursday."
    assert [(f.metric, f.value) for f in figures(text)] == [(Metric.KILLED, 118), (Metric.KILLED, 187)]


def test_a_death_toll_reaches_its_count_over_a_long_description_of_the_event() -> None:
    text = "The death toll from Tuesday's magnitude 6.4 earthquake in the western province of Sarnia has passed 200."
    assert [(f.metric, f.value) for f in figures(text)] == [(Metric.KILLED, None)]


def test_a_toll_lowered_from_one_count_to_another_gives_both_and_no_range() -> None:
    text = "Officials lowered the death toll from 25 to 21."
    found = figures(text)
    assert [(f.metric, f.value) for f in found] == [(Metric.KILLED, 25), (Metric.KILLED, 21)]
    assert revised_values(text, [Span.of(text, 0, len(text))], found) == [(1, 0)]


def test_people_a_relative_clause_tells_of_are_the_counts() -> None:
    assert [(f.metric, f.value) for f in figures("Divers searched for two fishermen who remain missing.")] \
        == [(Metric.MISSING, 2)]


def test_one_named_before_a_count_of_others_is_counted_with_them() -> None:
    found = only("The bomb killed the convoy's commander and nine other soldiers.")
    assert (found.metric, found.value) == (Metric.KILLED, 10)


def test_one_who_speaks_counts_nobody() -> None:
    assert [f.span.text for f in figures("One said 16 soldiers had died.")] == ["16"]


def test_the_dead_now_numbering_a_count_is_a_toll() -> None:
    assert summary(only("Police said the dead now number seven.")) == (Metric.KILLED, Qualifier.EXACT, 7, None, None)


def test_a_long_subject_takes_a_perfect_passive_verb_of_harm() -> None:
    assert only("He said 11 fighters of a local defence force had been killed.").metric is Metric.KILLED


def test_a_count_with_a_perfect_verb_of_its_own_takes_no_metric_from_before() -> None:
    assert [f.span.text for f in figures("The raid left 11 people dead and six others had been abducted.")] == ["11"]


def test_a_fronted_place_after_a_word_of_where_it_lies_is_the_place() -> None:
    assert only("In neighbouring Kaduna state, gunmen killed eight people.").place == "Kaduna"


def test_fire_an_army_comes_under_is_shooting_not_a_blaze() -> None:
    assert only("The column came under fire from militants and 14 soldiers were wounded.").incident_agent \
        == "shooting"


def test_the_remains_of_people_count_the_dead() -> None:
    assert only("A doctor said the remains of 45 people had been recovered.").metric is Metric.KILLED


def test_putting_the_number_at_a_count_restates_the_toll_its_sentence_named_by_a_verb() -> None:
    text = "The committee said hunger had killed dozens of children, putting the number at 56 in the camp."
    start = text.index("putting")
    found = find_figures(text, [Span.of(text, start, len(text))], PUBLISHED)
    assert [(f.span.text, f.metric) for f in found] == [("56", Metric.KILLED)]


@pytest.mark.parametrize("text", ["The plane crashed, killing 18 of the 19 people on board.",
                                  "Of the 19 people on board, 18 were killed."])
def test_the_whole_a_part_of_the_dead_is_counted_of_is_no_toll(text: str) -> None:
    assert [(f.metric, f.value) for f in figures(text)] == [(Metric.KILLED, 18)]


def test_a_whole_with_a_verb_of_its_own_stays_a_toll() -> None:
    found = figures("Her daughter was one of 20 pupils killed in the attack.")
    assert [(f.metric, f.value) for f in found] == [(Metric.KILLED, 1), (Metric.KILLED, 20)]


def test_a_count_so_far_this_year_is_an_aggregate() -> None:
    found = only("A rights group said 24 construction workers had died on sites in the capital so far this year.")
    assert (found.metric, found.value, found.aggregate) == (Metric.KILLED, 24, True)


def test_a_count_of_a_year_before_the_report_is_no_aggregate() -> None:
    assert not only("Sixteen fishermen died in a similar storm in 2016.").aggregate


def test_how_far_one_count_is_from_another_is_no_count() -> None:
    found = figures("The centre said the injured numbered five, one more than the police figure.")
    assert [(f.metric, f.value) for f in found] == [(Metric.INJURED, 5)]


def test_a_count_noun_set_at_its_number_counts_cases() -> None:
    found = only("The minister put the number of confirmed cases at 2,638.")
    assert (found.metric, found.value) == (Metric.CASES, 2638)


@pytest.mark.parametrize("text", ["Twenty-three people had been admitted with frostbite.",
                                  "Twelve people were admitted to hospital with burns."])
def test_people_admitted_with_a_harm_are_injured(text: str) -> None:
    assert only(text).metric is Metric.INJURED


@pytest.mark.parametrize("text", ["Hospitals in the city admitted more than 300 people with heatstroke on Tuesday.",
                                  "Some 80 people had been admitted with dehydration."])
def test_people_a_hospital_admits_with_a_harm_of_heat_are_injured(text: str) -> None:
    assert only(text).metric is Metric.INJURED


@pytest.mark.parametrize(("text", "expected"), [
    ("Twelve miners were overcome by carbon monoxide.", [Metric.INJURED]),
    ("Twelve mourners were overcome by grief.", []),
])
def test_people_overcome_by_fumes_are_injured(text: str, expected: list[Metric]) -> None:
    assert [f.metric for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "metric"), [
    ("Five workers plunged to their deaths when the lift cable snapped.", Metric.KILLED),
    ("Seventeen fishermen were lost at sea.", Metric.MISSING),
])
def test_people_who_fell_to_their_deaths_are_dead_and_people_lost_at_sea_missing(text: str, metric: Metric) -> None:
    assert only(text).metric is metric


def test_a_bare_count_a_disaster_traps_is_missing_people() -> None:
    text = "Gas leak at coal mine kills 12, traps 30"
    found = find_figures(text, (Span.of(text, 0, len(text)),), None)
    assert [(f.metric, f.value) for f in found] == [(Metric.KILLED, 12), (Metric.MISSING, 30)]


def test_cadets_and_instructors_coordinated_with_a_verb_after_both_are_dead() -> None:
    found = figures("The minister said 14 cadets and two instructors had died.")
    assert [(f.metric, f.value) for f in found] == [(Metric.KILLED, 14), (Metric.KILLED, 2)]


@pytest.mark.parametrize("text", ["The navy said 12 of its 31 crew were missing.",
                                  "Officials said 12 of the 31 people on board were still missing."])
def test_the_definite_whole_a_part_is_counted_of_is_no_count_when_the_verb_is_the_part_s(text: str) -> None:
    assert [(f.metric, f.value) for f in figures(text)] == [(Metric.MISSING, 12)]


def test_wounded_people_who_died_are_dead() -> None:
    assert only("An official said two wounded officers died overnight.").metric is Metric.KILLED


@pytest.mark.parametrize("text", ["The navy said 19 sailors had been rescued.", "Forty soldiers were freed on Monday."])
def test_troops_who_were_rescued_or_freed_are_no_troop_count(text: str) -> None:
    assert figures(text) == []


def test_a_part_of_them_with_injuries_is_hurt() -> None:
    found = figures("Nineteen people had been rescued, four of them with injuries.")
    assert [(f.metric, f.value) for f in found] == [(Metric.INJURED, 4)]


def test_what_befell_a_part_of_them_gives_no_metric_to_the_whole_before_it() -> None:
    found = figures("A bus carrying 40 people, four of them in critical condition, reached the town.")
    assert [(f.metric, f.value) for f in found] == [(Metric.INJURED, 4)]


@pytest.mark.parametrize("text", ["The governor said the toll had climbed to 15 after a wounded boy died.",
                                  "The toll had risen to four after two wounded guards died overnight."])
def test_a_toll_s_figure_takes_no_verb_from_the_clause_after_it(text: str) -> None:
    assert figures(text)[0].metric is Metric.KILLED


@pytest.mark.parametrize("text", ["He said two of the missing officers had returned to their unit.",
                                  "Three of the missing were rescued by fishermen."])
def test_a_part_of_the_missing_that_came_back_is_no_count_of_the_missing(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text", ["The spokesman said 19 soldiers loyal to the junta and eight civilians had died.",
                                  "Nine fighters allied with President Ali Bongo and two civilians were killed."])
def test_a_conjunct_s_allegiance_leaves_it_the_verb_after_both(text: str) -> None:
    assert [f.metric for f in figures(text)] == [Metric.KILLED, Metric.KILLED]


@pytest.mark.parametrize("text", ["Two of the missing were found alive.", "Two missing hikers were found alive on Sunday."])
def test_the_missing_found_alive_are_no_count_of_the_missing(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text", ["Two of the missing were found dead.", "Three missing miners died in the flood."])
def test_the_missing_who_died_count_among_the_dead(text: str) -> None:
    assert [f.metric for f in figures(text)] == [Metric.KILLED]


@pytest.mark.parametrize("text", ["The doctor said nine people had died, five of them children, and 30 were hurt.",
                                  "Twelve guards were killed, three of them officers, and 20 others wounded."])
def test_a_part_of_them_after_a_toll_counts_what_the_toll_counts_not_what_follows(text: str) -> None:
    assert [f.metric for f in figures(text)] == [Metric.KILLED, Metric.KILLED, Metric.INJURED]


@pytest.mark.parametrize("text", ["13 people were being treated at two hospitals in the city.",
                                  "Nine pupils had been treated at a local hospital."])
def test_people_treated_at_hospitals_named_by_a_word_or_two_are_hurt(text: str) -> None:
    assert [f.metric for f in figures(text)] == [Metric.INJURED]


@pytest.mark.parametrize(("text", "raw"), [("Measles has killed at least 31 children under five since January.",
                                           "at least 31"),
                                          ("The heat killed 40 people over 65 who lived alone.", "40")])
def test_a_bound_after_a_noun_for_people_is_an_age_not_a_count(text: str, raw: str) -> None:
    assert [f.span.text for f in figures(text)] == [raw]


@pytest.mark.parametrize(("text", "metric"), [
    ("A union official said the number of missing was higher, at seven.", Metric.MISSING),
    ("The number of dead was far higher, at 12, he said.", Metric.KILLED)])
def test_a_count_noun_s_level_compared_before_a_comma_and_at_is_its_count(text: str, metric: Metric) -> None:
    assert [f.metric for f in figures(text)] == [metric]


@pytest.mark.parametrize(("text", "expected"), [
    ("He said 62 people were being treated, nine of them for severe burns.", [62, 9]),
    ("Doctors said 14 people were being treated.", [14]),
    ("Twelve men were being treated as suspects.", []),
    ("She compared how the two leaders were being treated, as one was praised.", [])])
def test_people_being_treated_with_nothing_after_are_hurt(text: str, expected: list[float]) -> None:
    found = figures(text)
    assert [f.value for f in found] == expected and all(f.metric is Metric.INJURED for f in found)


@pytest.mark.parametrize("text", ["The agency said 34 people had been taken to four hospitals.",
                                  "Medics said 34 people were taken to the hospital.",
                                  "Crews sent 34 people to two nearby hospitals."])
def test_people_taken_to_a_hospital_its_article_or_number_before_it_are_hurt(text: str) -> None:
    assert [(f.metric, f.value) for f in figures(text)] == [(Metric.INJURED, 34)]


@pytest.mark.parametrize("text", ["The ministry said nine others were believed to be trapped.",
                                  "A source said up to 20 people might still be under the rubble."])
def test_people_believed_to_be_trapped_or_still_to_be_under_rubble_are_missing(text: str) -> None:
    assert [f.metric for f in figures(text)] == [Metric.MISSING]


@pytest.mark.parametrize("text", ["Militants free 19 hostages; four killed, dozens still held",
                                  "Troops freed 19 of them on Sunday and four were killed."])
def test_people_freed_take_no_harm_counted_after_them(text: str) -> None:
    assert [(f.metric, f.span.text) for f in figures(text)] == [(Metric.KILLED, "four")]


@pytest.mark.parametrize(("text", "victim"), [("The service later raised the number of inmates killed to 34.", "civilian"),
                                              ("The number of dead soldiers rose to 12 on Sunday.", "military")])
def test_a_running_count_of_a_class_named_before_its_value_counts_that_class(text: str, victim: str) -> None:
    assert [f.incident_victim for f in figures(text)] == [victim]
