"""Incident resolution: one rule per test, each with the kind of sentence that taught it
(written for these tests; the facts are invented)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from claimgraph.graph.model import Batch, Counts, Figure, Incident, Metric, Qualifier, Reports
from claimgraph.ingest.aliases import AliasTable, load_aliases
from claimgraph.ingest.incidents import (
    EARLIER,
    INCREMENT,
    OVERTAKEN,
    PART,
    ArticleIncidents,
    FigureAt,
    article_incidents,
    candidate_window,
    renamed_batch,
    resolve,
    same_event,
    share,
)
from claimgraph.ingest.spans import Span

DAY = dt.date(2024, 6, 12)


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


class Text:
    """An article's text and hand-made figures in it: the figure features are given, so each
    test reads one rule of incident resolution, not the figure extraction before it."""

    def __init__(self, text: str, title: str | None = None) -> None:
        self.text = f"{title}\n\n{text}" if title else text
        self.title = title
        self.figures: list[FigureAt] = []

    def figure(self, raw: str, metric: Metric = Metric.KILLED, nth: int = 0, **features: object) -> Text:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(raw, start + 1)
        headline = self.title is not None and start < len(self.title)
        sentence_start = max(self.text.rfind(". ", 0, start) + 2, self.text.rfind("\n", 0, start) + 1)
        sentence_end = self.text.find(". ", start)
        sentence = Span.of(self.text, sentence_start, len(self.text) if sentence_end < 0 else sentence_end + 1)
        figure = Figure(f"figure-{raw}-{nth}", metric, raw, **features)  # type: ignore[arg-type]
        self.figures.append(FigureAt(figure, Span.of(self.text, start, start + len(raw)), sentence, headline))
        return self

    def shares(self, aliases: AliasTable) -> dict[str, str | None]:
        """Each figure's share of its incident's toll (earlier, overtaken, part, or None: the toll)."""
        found = article_incidents(self.text, "article-test", self.title, None, DAY, self.figures, aliases)
        return {c.figure_id.removeprefix("figure-"): c.share for c in found.counts}

    def incidents(self, aliases: AliasTable, published: dt.date | None = DAY,
                  dateline: str | None = None) -> dict[str, Incident | None]:
        found = article_incidents(self.text, "article-test", self.title, dateline, published, self.figures, aliases)
        by_id = {i.id: i for i in found.incidents}
        incident_of = found.incident_of()
        return {f.figure.id.removeprefix("figure-"): by_id.get(incident_of.get(f.figure.id, "")) for f in self.figures}


def test_the_figures_of_the_event_an_article_reports_count_one_incident(aliases: AliasTable) -> None:
    found = Text("The army said the strike near Tel Varra killed nine fighters. A council said three people died.",
                 title="Air Strike Hits Depot Near Tel Varra").figure(
        "nine", incident_agent="strike").figure("three").incidents(aliases)
    assert found["nine-0"] is not None and found["nine-0"] == found["three-0"]
    assert (found["nine-0"].kind, found["nine-0"].place) == ("strike", "Tel Varra")
    assert found["nine-0"].label == "strike, Tel Varra, by 2024-06-12"


def test_a_title_case_headline_word_is_no_place_unless_the_body_names_it(aliases: AliasTable) -> None:
    found = Text("Police said the bombing at the market killed 14 people.", title="Bombing at Market").figure(
        "14", nth=0, incident_agent="bombing").incidents(aliases)
    assert found["14-0"] is not None and found["14-0"].place is None


def test_the_headline_states_a_toll_of_the_main_event(aliases: AliasTable) -> None:
    found = Text("Police said the bombing killed 14 people.", title="Bombing Kills 14 at Market").figure(
        "14", incident_agent="bombing").figure("14", nth=1, incident_agent="bombing").incidents(aliases)
    assert found["14-0"] is not None and found["14-0"] == found["14-1"]


def test_an_event_of_another_kind_is_another_incident(aliases: AliasTable) -> None:
    found = Text("The army said the strike killed nine fighters. An attack on its base wounded four soldiers.",
                 title="Air Strike Hits Depot").figure("nine", incident_agent="strike").figure(
        "four", Metric.INJURED, incident_agent="attack").incidents(aliases)
    assert found["nine-0"] is not None and found["four-0"] is not None
    assert found["nine-0"].id != found["four-0"].id and found["four-0"].kind == "attack"


def test_a_raid_and_a_strike_may_be_one_event(aliases: AliasTable) -> None:
    found = Text("Officials said the raid killed six gunmen. A medic said the strike killed eight people.",
                 title="Strike on Camp").figure("six", incident_agent="raid").figure(
        "eight", incident_agent="strike").incidents(aliases)
    assert found["six-0"] == found["eight-0"]


def test_a_separate_attack_named_so_is_another_incident(aliases: AliasTable) -> None:
    found = Text("Police said the bombing killed 14 people. In a separate bombing up north two people were killed.",
                 title="Bombing at Market").figure("14", incident_agent="bombing").figure(
        "two", incident_agent="bombing").incidents(aliases)
    assert found["two-0"] is not None and found["14-0"] != found["two-0"]


def test_a_day_two_days_away_is_another_incident(aliases: AliasTable) -> None:
    found = Text("The bombing on Monday killed 14 people. A bombing on Saturday killed 3.",
                 title="Bombing at Market").figure("14", incident_agent="bombing", incident_date=DAY).figure(
        "3", incident_agent="bombing", incident_date=DAY - dt.timedelta(days=2)).incidents(aliases)
    assert found["3-0"] is not None and found["14-0"] != found["3-0"]


def test_a_month_outside_the_report_sets_an_event_apart(aliases: AliasTable) -> None:
    found = Text("Police said the bombing killed 14 people. In February, the group said an attack on a convoy "
                 "killed 20 people.", title="Bombing at Market").figure("14", incident_agent="bombing").figure(
        "20", incident_agent="attack").incidents(aliases)
    assert found["20-0"] is not None and found["20-0"].id != found["14-0"].id
    assert found["20-0"].label == "attack, February 2024"
    assert (found["20-0"].window_start, found["20-0"].window_end) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))


def test_a_year_outside_the_report_sets_a_count_apart(aliases: AliasTable) -> None:
    found = Text("Police said the bombing killed 14 people. The monitor says 2021 saw 300 people killed.",
                 title="Bombing at Market").figure("14", incident_agent="bombing").figure("300").incidents(aliases)
    assert found["300-0"] is not None and found["300-0"].label == "bombing, 2021"


def test_an_undated_report_of_last_years_attack_is_another_incident(aliases: AliasTable) -> None:
    found = Text("The truck attack killed 80 people. The emergency was declared after gunmen killed 130 people "
                 "last November.", title="Truck Attack").figure("80", incident_agent="attack").figure(
        "130", incident_agent="attack").incidents(aliases, published=None)
    assert found["130-0"] is not None and found["130-0"].id != found["80-0"].id


def test_another_specific_place_is_another_incident_but_a_country_is_not(aliases: AliasTable) -> None:
    found = Text("The strike at Tel Varra killed nine fighters in Iraq. A strike killed two farmers in Wadi Saleh.",
                 title="Strike Near Tel Varra").figure("nine", incident_agent="strike", place="Iraq").figure(
        "two", incident_agent="strike", place="Wadi Saleh").incidents(aliases)
    assert found["nine-0"] is not None and found["nine-0"].place == "Tel Varra"
    assert found["two-0"] is not None and found["two-0"].place == "Wadi Saleh"


def test_with_no_place_of_its_own_the_main_event_takes_the_one_place_figures_name(aliases: AliasTable) -> None:
    one = Text("The strike killed nine fighters in Wadi Saleh.", title="Strike Kills Nine").figure(
        "nine", incident_agent="strike", place="Wadi Saleh").incidents(aliases)
    assert one["nine-0"] is not None and one["nine-0"].place == "Wadi Saleh"
    several = Text("The outbreak killed 40 in Lower Marsh and 10 in Upper Vale. Over 60 have died.",
                   title="Outbreak Spreads").figure("40", place="Lower Marsh").figure(
        "10", place="Upper Vale").figure("60").incidents(aliases)
    assert len({several[k].id for k in ("40-0", "10-0", "60-0")}) == 3  # type: ignore[union-attr]


def test_with_no_place_elsewhere_the_main_event_is_where_a_sentence_about_it_says(aliases: AliasTable) -> None:
    found = Text("The army said it struck two sites. The strike hit a truck driving through Wadi Saleh, "
                 "near the border. Medics said three men were killed.", title="Jets Strike Two Sites").figure(
        "three").incidents(aliases)
    assert found["three-0"] is not None and found["three-0"].label == "strike, Wadi Saleh, by 2024-06-12"


def test_an_event_of_another_kind_is_where_its_sentence_says_a_demonym_is_no_place(aliases: AliasTable) -> None:
    found = Text("The strike killed nine fighters. An attack by gunmen on American troops at Camp Rook wounded "
                 "four soldiers.", title="Air Strike Hits Depot").figure("nine", incident_agent="strike").figure(
        "four", Metric.INJURED, incident_agent="attack").incidents(aliases)
    assert found["four-0"] is not None and found["four-0"].place == "Camp Rook"


def test_a_known_base_or_town_is_a_place_its_province_holds(aliases: AliasTable) -> None:
    found = Text("A drone attack at Al-Asad Air Base wounded three soldiers.", title="Drone Attack").figure(
        "three", Metric.INJURED, incident_agent="attack", place="Al-Asad Air Base").incidents(aliases)
    incident = found["three-0"]
    assert incident is not None and incident.place == "Al-Asad Air Base"
    assert incident.places == ("ain al-asad", "anbar")


def test_within_an_article_another_name_of_the_site_or_its_province_is_the_same_place(aliases: AliasTable) -> None:
    found = Text("Rockets hit Ain al-Asad on Tuesday. Two soldiers were wounded at Al-Asad. Officials in Anbar "
                 "said four contractors were hurt. In Fallujah six people were wounded.",
                 title="Rocket Attack Near Ain al-Asad").figure(
        "Two", Metric.INJURED, place="Al-Asad").figure("four", Metric.INJURED, place="Anbar").figure(
        "six", Metric.INJURED, place="Fallujah").incidents(aliases)
    assert found["Two-0"] is not None and found["Two-0"].place == "Ain al-Asad"
    assert found["Two-0"] == found["four-0"] and found["six-0"] != found["Two-0"]


def test_a_short_sentence_goes_on_from_the_one_before(aliases: AliasTable) -> None:
    found = Text("The jet crash at Lakeside killed nine. On Thursday two planes collided in East Varna. "
                 "At least four were killed.", title="Jet Crash at Lakeside").figure(
        "nine", incident_agent="crash").figure("four").incidents(aliases)
    assert found["four-0"] is not None and found["four-0"].id != found["nine-0"].id
    assert found["four-0"].place == "East Varna"


@pytest.mark.parametrize(("text", "expected"), [
    ("A magistrate in Saran told reporters that five people had died there.", PART),
    ("Police told reporters that five people had died there.", None),
])
def test_a_count_there_after_its_sentence_named_a_place_is_that_place_s_part(text: str, expected: str | None) -> None:
    start = text.index("five")
    assert share(text, Span.of(text, start, start + len("five"))) == expected


@pytest.mark.parametrize(("text", "raw", "expected"), [
    ("The crash killed 18 of the 19 people on board, police said.", "18", None),
    ("Two of the 19 dead were children.", "Two", PART),
    ("Two of the wounded later died.", "Two", PART),
])
def test_a_toll_out_of_all_on_board_is_whole_but_one_of_the_dead_a_part(text: str, raw: str,
                                                                        expected: str | None) -> None:
    start = text.index(raw)
    assert share(text, Span.of(text, start, start + len(raw))) == expected


def test_lightning_strikes_are_no_strike(aliases: AliasTable) -> None:
    found = Text("Lightning killed 23 people across the state.", title="Lightning strikes kill 23").figure(
        "23", nth=1).incidents(aliases)
    assert found["23-1"] is not None and found["23-1"].kind == "event"


def test_the_platform_a_count_was_posted_on_is_no_place(aliases: AliasTable) -> None:
    found = Text("Police said the fire at Lakeside killed 37 people. The governor said on X that he had ordered "
                 "an inquiry. He put the toll at 34.", title="Fire at Lakeside").figure(
        "37", incident_agent="fire").figure("34").incidents(aliases)
    assert found["34-0"] is not None and found["34-0"] == found["37-0"]


def test_a_sentence_naming_another_figures_place_counts_there(aliases: AliasTable) -> None:
    found = Text("Officials reported 40 dead in Lower Marsh Province. Lower Marsh Province, with 40 deaths, "
                 "is the worst hit.", title="Cholera Outbreak Spreads").figure(
        "40", place="Lower Marsh Province").figure("40", nth=1).incidents(aliases)
    assert found["40-0"] is not None and found["40-0"] == found["40-1"]


def test_campaign_totals_and_hypothetical_numbers_count_no_incident(aliases: AliasTable) -> None:
    found = Text("The strike killed five people. The campaign has killed 2,000 since January. A mass shooting "
                 "means four or more killed.", title="Strike on Camp").figure(
        "five", incident_agent="strike").figure(
        "2,000", incident_agent="campaign", aggregate=True, period_start=dt.date(2024, 1, 1)).figure(
        "four", hypothetical=True).incidents(aliases)
    assert found["five-0"] is not None and found["2,000-0"] is None and found["four-0"] is None


def test_plural_strikes_anchored_to_a_day_are_one_event_but_the_attacks_are_a_total(aliases: AliasTable) -> None:
    found = Text("Doctors said 11 people were killed in Tuesday's air strikes. The attacks have wounded 60 so far.",
                 title="Port Hit").figure("11", incident_agent="strike", aggregate=True).figure(
        "60", Metric.INJURED, incident_agent="attack", aggregate=True).incidents(aliases)
    assert found["11-0"] is not None and found["60-0"] is None
    near = Text("A monitor said 15 people were killed in last week's air strikes near Tel Varra.",
                title="Monitor Counts Dead").figure("15", incident_agent="strike", aggregate=True).incidents(aliases)
    assert near["15-0"] is not None


def test_the_older_value_the_same_words_revise_counts_with_the_new(aliases: AliasTable) -> None:
    found = Text("The toll rose from 4 to 11 on Friday.", title="Strike on Camp").figure(
        "4", incident_date=DAY - dt.timedelta(days=9)).figure("11", replaces="figure-4-0").incidents(aliases)
    assert found["11-0"] is not None and found["4-0"] == found["11-0"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two of the dead were students.", PART),
    ("Six people died at the hospital.", PART),
    ("Three of them were children.", PART),
    ("She said Three of her neighbours had drowned.", PART),
    ("It killed 15, including Three ministers.", PART),
    ("The dead included Six firefighters.", PART),
    ("One of its fighters was killed.", None),
    ("Two more died overnight.", INCREMENT),
    ("It killed one and wounded another three.", INCREMENT),
    ("Nine people were killed.", None),
])
def test_a_part_or_an_increment_of_a_toll(text: str, expected: str | None) -> None:
    word = {PART: ("Two", "Six", "Three"), INCREMENT: ("Two", "three")}.get(expected, ("Nine", "One"))
    raw = next(w for w in word if w in text)
    start = text.rindex(raw) if expected is INCREMENT and raw == "three" else text.index(raw)
    assert share(text, Span.of(text, start, start + len(raw))) == expected


@pytest.mark.parametrize(("text", "raw", "expected"), [
    ("It was initially reported that 14 passengers had drowned.", "14", EARLIER),
    ("First reports put the toll at nine, but rescuers kept finding bodies.", "nine", EARLIER),
    ("A preliminary count by the red crescent gave 31 dead.", "31", EARLIER),
    ("The ministry had earlier confirmed that 31 were dead.", "31", None),
    ("At first glance the damage seemed light. Officials said 31 died.", "31", None),
    ("A news agency said earlier that nine people had been killed.", "nine", EARLIER),
    ("Earlier, a news agency quoting rescuers said nine people had died.", "nine", EARLIER),
])
def test_an_early_count_the_text_says_was_overtaken_is_an_earlier_share(text: str, raw: str,
                                                                        expected: str | None) -> None:
    start = text.index(raw)
    assert share(text, Span.of(text, start, start + len(raw))) == expected


def _incident(id_: str, kind: str = "strike", place: str | None = "Tel Varra", day: dt.date | None = None,
              window: tuple[dt.date, dt.date] = (DAY - dt.timedelta(days=3), DAY)) -> Incident:
    start, end = (day - dt.timedelta(days=1), day + dt.timedelta(days=1)) if day else window
    return Incident(id_, kind, f"{kind}, {place}", place, (), day, start, end)


@pytest.mark.parametrize(("other", "same"), [
    (_incident("b"), True),
    (_incident("b", kind="raid"), True),
    (_incident("b", place="tel varra"), True),
    (_incident("b", place="Tel Varra camp"), True),
    (_incident("b", kind="attack"), False),
    (_incident("b", place="Wadi Saleh"), False),
    (_incident("b", place=None), False),
    (_incident("b", day=DAY - dt.timedelta(days=30)), False),
    (_incident("b", kind="event"), False),
])
def test_two_reports_are_one_event_only_on_positive_evidence(other: Incident, same: bool) -> None:
    assert same_event(_incident("a"), other) is same
    assert same_event(other, _incident("a")) is same


def _at(id_: str, place: str, aliases: AliasTable, kind: str = "attack") -> Incident:
    return replace(_incident(id_, kind=kind, place=place), places=aliases.site_keys(place))


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Al-Asad", "Ain al-Asad Air Base", True),  # two names of one base
    ("Ain al-Asad", "Anbar", True),  # the base and the province that holds it
    ("Anbar province", "Al-Asad Airbase", True),
    ("Fallujah", "Ain al-Asad", False),  # two places of one province
    ("Abu Ghraib", "Fallujah", False),
])
def test_places_match_by_the_localities_table_and_what_holds_them(a: str, b: str, same: bool,
                                                                   aliases: AliasTable) -> None:
    assert same_event(_at("a", a, aliases), _at("b", b, aliases)) is same


@pytest.mark.parametrize(("window", "joins"), [
    ((DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=1)), True),
    ((DAY - dt.timedelta(days=7), DAY), True),
    ((dt.date(2024, 6, 1), dt.date(2024, 6, 30)), False),  # "in June": too vague to join another report
    ((dt.date(2024, 1, 1), dt.date(2024, 12, 31)), False),
])
def test_only_an_incident_of_a_few_days_is_looked_for_in_the_store(window: tuple[dt.date, dt.date],
                                                                    joins: bool) -> None:
    incident = _incident("a", window=window)
    found = candidate_window(incident)
    assert (found is not None) is joins
    assert same_event(incident, _incident("b", day=DAY)) is joins
    if found is not None:
        assert (found.kinds, found.start, found.end) == (("raid", "shelling", "strike"), *window)
        assert found.row()["reach"] == window[1] + dt.timedelta(days=7)


def test_resolution_joins_a_stored_incident_and_renames_what_points_at_it() -> None:
    stored = _incident("incident-stored")
    new = _incident("incident-new", kind="raid")
    lone = _incident("incident-lone", place="Wadi Saleh")
    found = ArticleIncidents((new, lone), (Counts("f1", new.id, "art", 0, 4, "r"),
                                           Counts("f2", lone.id, "art", 9, 12, "r")),
                             (Reports("art", new.id), Reports("art", lone.id)))
    renamed = resolve([found], [stored])
    assert renamed == {new.id: stored.id, lone.id: lone.id}
    batch = renamed_batch(Batch(incidents=[new, lone], counts=list(found.counts), reports=list(found.reports)),
                          renamed)
    assert [i.id for i in batch.incidents] == [lone.id]
    assert [c.incident_id for c in batch.counts] == [stored.id, lone.id]
    assert sorted(r.incident_id for r in batch.reports) == sorted([stored.id, lone.id])


def test_two_new_reports_of_one_event_in_one_batch_join_the_first() -> None:
    first, second = _incident("incident-1"), _incident("incident-2")
    renamed = resolve([ArticleIncidents((first,)), ArticleIncidents((second,))], [])
    assert renamed == {first.id: first.id, second.id: first.id}


@pytest.mark.parametrize(("text", "raw"), [
    ("Four patients were in a critical condition.", "Four"),
    ("Rescuers found 12 bodies near the bridge.", "12"),
    ("\"We found five victims dead inside the building,\" the chief said.", "five"),
    ("Rescuers found 12 people dead in the rubble.", "12"),
    ("The mayor said 43 people were being treated in hospital.", "43"),
    ("Of the dead, 11 were children.", "11"),
])
def test_a_count_of_the_critically_hurt_or_of_bodies_found_is_a_part(text: str, raw: str) -> None:
    start = text.index(raw)
    assert share(text, Span.of(text, start, start + len(raw))) == PART


@pytest.mark.parametrize(("text", "raw", "expected"), [
    ("Seven people were killed in Bhojpur district alone, he said.", "Seven", PART),
    ("He said 34 people had frozen to death in the province alone.", "34", PART),
    ("He said 67 people died alone in their homes.", "67", None),
    ("On Sunday alone, 30 people died in the clashes.", "30", PART),
    ("Officials said 30 people died on Sunday alone.", "30", PART),
    ("Left alone, 30 people died.", "30", None),
])
def test_a_count_in_one_place_alone_is_a_part_of_the_wider_toll(text: str, raw: str, expected: str | None) -> None:
    start = text.index(raw)
    assert share(text, Span.of(text, start, start + len(raw))) == expected


def test_an_earlier_event_of_any_kind_is_another_incident(aliases: AliasTable) -> None:
    found = Text("The collapse killed 14 workers. Two earlier accidents at the site killed nine.",
                 title="Scaffold Collapse").figure("14").figure("nine").incidents(aliases)
    assert found["nine-0"] is not None and found["14-0"] != found["nine-0"]


@pytest.mark.parametrize("text", ["The clinic received 14 wounded overnight.", "Medics treated 22 people at the scene.",
                                  "Paramedics said they had carried 17 injured people to two clinics.",
                                  "The clinic said it was treating 23 wounded villagers.",
                                  "The rescue company said its crews had flown 14 injured people to hospitals."])
def test_one_hospitals_or_ambulance_services_intake_is_a_part_of_the_toll(text: str) -> None:
    raw = next(w for w in ("14", "22", "17", "23") if w in text)
    start = text.index(raw)
    assert share(text, Span.of(text, start, start + len(raw))) == PART


def test_a_year_opening_a_sentence_before_a_comma_sets_a_count_apart(aliases: AliasTable) -> None:
    found = Text("Police said the bombing killed 14 people. In 2021, 300 people were killed in such attacks.",
                 title="Bombing at Market").figure("14", incident_agent="bombing").figure("300").incidents(aliases)
    assert found["300-0"] is not None and found["300-0"].label == "bombing, 2021"


@pytest.mark.parametrize(("text", "raw"), [
    ("Four guards were among the dead, the army said.", "Four"),
    ("Six pupils and two teachers were among the wounded.", "Six"),
    ("Six pupils and two teachers were among the wounded.", "two"),
])
def test_people_said_to_be_among_the_dead_or_wounded_are_a_part(text: str, raw: str) -> None:
    start = text.index(raw)
    assert share(text, Span.of(text, start, start + len(raw))) == PART


@pytest.mark.parametrize(("text", "raw", "expected"), [
    ("The coast guard earlier put the number of dead at 31.", "31", EARLIER),
    ("A previous count by the army gave 18 dead.", "18", EARLIER),
    ("On Monday the governor had said 16 people were dead.", "16", EARLIER),
    ("The agency said it had counted 16 deaths.", "16", None),
    ("An earlier report gave 12, but the toll now stands at 20.", "20", None),
    ("Officials earlier said the toll was 12; it later rose to 20.", "20", None),
    ("The toll rose to 20 from an earlier count of 12.", "20", None),
])
def test_a_count_its_sentence_says_was_given_earlier(text: str, raw: str, expected: str | None) -> None:
    start = text.index(raw)
    assert share(text, Span.of(text, start, start + len(raw))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A surgeon said 31 injured people were being treated there.", PART),
    ("The doctor said 31 wounded were admitted at the district hospital.", PART),
    ("Officials said 31 people were being treated for burns.", None),
])
def test_patients_treated_there_or_at_the_hospital_are_that_hospitals_part(text: str, expected: str | None) -> None:
    start = text.index("31")
    assert share(text, Span.of(text, start, start + 2)) == expected


@pytest.mark.parametrize("sentence", ["Last year, 61 people died on the province's railways.",
                                      "Two years ago a derailment nearby killed 61 people."])
def test_a_dated_articles_count_of_last_year_or_years_ago_is_another_incident(aliases: AliasTable,
                                                                             sentence: str) -> None:
    found = Text(f"The derailment killed 14 people on Friday. {sentence}",
                 title="Train Derails").figure("14", incident_date=DAY).figure("61").incidents(aliases)
    assert found["61-0"] is not None and found["61-0"].id != found["14-0"].id
    assert found["61-0"].window_end is not None and found["61-0"].window_end.year < DAY.year


def test_a_running_toll_by_an_earlier_day_is_an_earlier_count_and_the_latest_day_s_is_whole(
        aliases: AliasTable) -> None:
    text = Text("The storm surge killed 48 people by Monday, the agency said. By Sunday, the army had counted "
                "19 dead. A charity said 60 had died.", title="Storm Hits Coast")
    text.figure("48").figure("19").figure("60")
    assert text.shares(aliases) == {"48-0": None, "19-0": EARLIER, "60-0": None}


def test_a_storm_first_named_after_the_lead_is_another_incident_but_the_reported_one_is_not(
        aliases: AliasTable) -> None:
    found = Text("The landslide buried 14 people on Friday. The slope had been soaked by Hurricane Otis, which "
                 "killed 48 people along the coast.", title="Landslide Buries Village").figure(
        "14", incident_date=DAY).figure("48").incidents(aliases)
    assert found["48-0"] is not None and found["48-0"].id != found["14-0"].id
    reported = Text("At least 40 people died when the hurricane hit the coast on Friday. Hurricane Otis killed "
                    "48 people, officials said later.", title="Hurricane Hits Coast").figure(
        "40", incident_date=DAY).figure("48").incidents(aliases)
    assert reported["48-0"] is not None and reported["48-0"] == reported["40-0"]


def test_a_count_before_one_a_speaker_raised_the_toll_to_is_overtaken(aliases: AliasTable) -> None:
    text = Text("A missile hit the store on Saturday, killing seven people, the governor said. On Sunday the mayor "
                "raised the toll from the store strike to 12.", title="Missile Hits Store")
    text.figure("seven", value=7).figure("12", value=12)
    assert text.shares(aliases) == {"seven-0": OVERTAKEN, "12-0": None}


def test_a_count_of_the_missing_not_said_to_be_still_missing_is_overtaken_by_one_that_is(
        aliases: AliasTable) -> None:
    text = Text("The landslide buried 20 workers at the dam site, the company said. By Friday 12 workers remained "
                "missing, the army said. The governor said nine were still unaccounted for.", title="Landslide Hits Dam")
    for raw in ("20", "12", "nine"):
        text.figure(raw, Metric.MISSING)
    assert text.shares(aliases) == {"20-0": OVERTAKEN, "12-0": None, "nine-0": None}


def test_a_count_of_the_missing_that_later_dropped_to_a_lower_one_is_overtaken(aliases: AliasTable) -> None:
    text = Text("Police said 13 climbers were unaccounted for. A spokesman later said the number of missing had "
                "dropped to nine. A guide said 11 were missing.", title="Ice Fall Hits Climbers")
    for raw, value in (("13", 13.0), ("nine", 9.0), ("11", 11.0)):
        text.figure(raw, Metric.MISSING, value=value, incident_victim="civilian" if raw == "13" else None)
    assert text.shares(aliases) == {"13-0": OVERTAKEN, "nine-0": None, "11-0": None}  # 11 after the fall: a rival


@pytest.mark.parametrize(("title", "kind"), [
    ("Security forces fire on protesters in the capital", "shooting"),
    ("Police fire at crowd outside stadium", "shooting"),
    ("Fire on the third floor of a hotel", "fire"),
    ("Huge fire at textile factory", "fire"),
    ("Fire brigade says roof collapse at market kills nine", "event"),
])
def test_fire_on_people_as_a_verb_of_shooting_is_a_shooting(aliases: AliasTable, title: str, kind: str) -> None:
    found = Text("A rights group said 15 people were killed.", title=title).figure("15").incidents(aliases)
    assert found["15-0"] is not None and found["15-0"].kind == kind


def test_one_country_s_toll_of_an_event_that_struck_several_is_a_part(aliases: AliasTable) -> None:
    text = Text("The quake killed 50 people in Turkey and 30 in Syria, officials in both countries said. Turkey's "
                "disaster agency later put its toll at 56. Syria's health ministry said 31 people had died.",
                title="Quake Strikes Border Region")
    text.figure("56", value=56).figure("31", value=31)
    assert text.shares(aliases) == {"56-0": PART, "31-0": PART}
    alone = Text("Turkey's disaster agency put the toll at 56. The health ministry said 31 people had died.",
                 title="Quake Strikes Border Region").figure("56", value=56).figure("31", value=31)
    assert alone.shares(aliases) == {"56-0": None, "31-0": None}


def test_a_count_of_another_kind_given_with_a_risen_toll_overtakes_the_one_before_it(aliases: AliasTable) -> None:
    text = Text("The coast guard said 17 people had died and 20 passengers were missing. Officials later "
                "said the number of dead had risen to 21, with 16 still missing.", title="Ferry Sinks")
    text.figure("17", value=17).figure("20", Metric.MISSING, value=20, incident_victim="civilian")
    text.figure("21", value=21).figure("16", Metric.MISSING, value=16)
    assert text.shares(aliases) == {"17-0": OVERTAKEN, "20-0": OVERTAKEN, "21-0": None, "16-0": None}


@pytest.mark.parametrize(("text", "expected"), [
    ("Divers recovered the bodies of 11 fishermen on Sunday.", PART),
    ("Fishermen said 11 of their colleagues drowned.", None),
])
def test_the_bodies_of_a_count_recovered_so_far_are_a_part_of_the_toll(text: str, expected: str | None) -> None:
    start = text.index("11")
    assert share(text, Span.of(text, start, start + 2)) == expected


def test_a_count_said_on_a_day_is_earlier_than_a_running_toll_by_that_days_evening(aliases: AliasTable) -> None:
    text = Text("Eleven people remain missing, the district office said on Tuesday. The army said that by Tuesday "
                "evening six people were still missing. A charity said 15 remain missing.", title="Mudslide Hits Town")
    for raw in ("Eleven", "six", "15"):
        text.figure(raw, Metric.MISSING)
    assert text.shares(aliases) == {"Eleven-0": EARLIER, "six-0": None, "15-0": None}


def test_an_outbreaks_count_since_an_earlier_month_counts_the_outbreak_but_a_wars_does_not(
        aliases: AliasTable) -> None:
    outbreak = Text("The measles outbreak has killed 14 children since early May, the ministry said. A charity "
                    "said 20 children had died.", title="Measles Outbreak Spreads").figure("14").figure("20")
    found = outbreak.incidents(aliases, published=dt.date(2024, 7, 2))
    assert found["14-0"] is not None and found["14-0"] == found["20-0"]
    war = Text("The strike on the market killed 14 people, the ministry said. Fighting has killed 2,000 people "
               "since early May.", title="Strike Hits Market").figure("14").figure("2,000")
    found = war.incidents(aliases, published=dt.date(2024, 7, 2))
    assert found["2,000-0"] is None or found["2,000-0"] != found["14-0"]


def test_a_count_dated_by_its_events_day_is_not_earlier_than_bodies_recovered_by_a_later_day(
        aliases: AliasTable) -> None:
    text = Text("The block collapsed on Monday, killing at least 16 people, the agency said. Police said 22 had "
                "died. By Tuesday morning, 19 bodies had been recovered.", title="Block Collapses")
    for raw in ("16", "22", "19"):
        text.figure(raw)
    assert text.shares(aliases) == {"16-0": None, "22-0": None, "19-0": PART}


def test_the_second_count_of_one_intake_is_a_part_of_the_toll_too() -> None:
    text = "The charity said its trauma centre had received more than 180 wounded and 28 dead."
    start = text.index("28")
    assert share(text, Span.of(text, start, start + 2)) == PART


def test_a_place_a_country_holds_is_the_place_not_the_country_s_possessive(aliases: AliasTable) -> None:
    found = Text("The strike killed nine fighters in Syria's Wadi Saleh.", title="Strike Kills Nine").figure(
        "nine", incident_agent="strike", place="Syria's Wadi Saleh").incidents(aliases)
    assert found["nine-0"] is not None and found["nine-0"].place == "Wadi Saleh"


def test_gunmen_s_raid_and_their_attack_may_be_one_event(aliases: AliasTable) -> None:
    found = Text("Gunmen killed 23 villagers in an overnight raid, a local leader said. Police put the toll at nine.",
                 title="Gunmen Attack Village").figure("23", incident_agent="raid").figure("nine").incidents(aliases)
    assert found["23-0"] is not None and found["23-0"] == found["nine-0"]


def test_a_toll_of_attacks_across_several_states_counts_no_one_incident(aliases: AliasTable) -> None:
    found = Text("At least 17 people were killed in attacks on polling stations across several states on Saturday.",
                 title="Violence Mars Vote").figure("17", incident_agent="attack", aggregate=True,
                                                    incident_date=DAY).incidents(aliases)
    assert found["17-0"] is None


def test_a_sum_over_two_countries_counts_no_one_incident(aliases: AliasTable) -> None:
    found = Text("The strikes hit sites near Qaim. An official said about 40 fighters were killed across both "
                 "countries. A militia said 12 of its fighters died near Qaim.",
                 title="Strikes Hit Sites Near Qaim").figure("40").figure("12", incident_agent="strike").incidents(
        aliases)
    assert found["40-0"] is None and found["12-0"] is not None


def test_the_event_a_sentence_points_back_to_is_the_one_the_sentence_before_placed(aliases: AliasTable) -> None:
    found = Text("At least 23 people died, a monitor said. In Rivers, two officials were shot. In Kaduna, gunmen "
                 "killed eight people. A leader said the gunmen attack had left 11 people dead.",
                 title="Violence Mars Vote").figure("23").figure("two", place="Rivers").figure(
        "eight", incident_agent="gunmen", place="Kaduna").figure("11", incident_agent="attack").incidents(aliases)
    assert found["eight-0"] is not None and found["eight-0"] == found["11-0"] != found["23-0"]


def test_deaths_from_hunger_count_no_one_incident(aliases: AliasTable) -> None:
    found = Text("An official said 13 people had died of malnutrition. The army said it killed hundreds of attackers.",
                 title="Shelling Hits City").figure("13").figure("hundreds").incidents(aliases)
    assert found["13-0"] is None and found["hundreds-0"] is not None


def test_a_count_its_sentence_adds_more_dead_to_is_an_earlier_step(aliases: AliasTable) -> None:
    text = Text("Police said five men were beaten to death and two more died of their wounds. A doctor said eight died.",
                title="Mob Attack")
    for raw in ("five", "two", "eight"):
        text.figure(raw)
    assert text.shares(aliases) == {"five-0": EARLIER, "two-0": INCREMENT, "eight-0": None}


def test_the_dead_now_numbering_a_count_overtakes_an_earlier_one(aliases: AliasTable) -> None:
    text = Text("Five people died, the service said. The mayor said the dead now number seven.", title="Strike")
    text.figure("Five", value=5.0).figure("seven", value=7.0)
    assert text.shares(aliases) == {"Five-0": OVERTAKEN, "seven-0": None}


def test_one_named_before_a_count_of_others_makes_it_no_increment() -> None:
    text = "The bomb killed the convoy's commander and nine other soldiers."
    start = text.index("nine")
    assert share(text, Span.of(text, start, start + 4)) is None


def test_artillery_fire_is_shelling_not_a_blaze(aliases: AliasTable) -> None:
    found = Text("Troops traded artillery fire overnight and 23 soldiers were killed.",
                 title="Armies Trade Artillery Fire Across Border").figure("23").incidents(aliases)
    assert found["23-0"] is not None and found["23-0"].kind == "shelling"


def test_the_remains_of_people_found_are_a_part_of_the_toll() -> None:
    text = "A doctor said the remains of 45 people had been recovered."
    start = text.index("45")
    assert share(text, Span.of(text, start, start + 2)) == PART


def test_a_dated_articles_count_of_last_month_is_another_incident(aliases: AliasTable) -> None:
    found = Text("The mudslide killed 14 people on Wednesday. Heavy rain in the province last month left 47 people "
                 "dead.", title="Mudslide Hits Highway").figure("14", incident_date=DAY).figure("47").incidents(aliases)
    assert found["47-0"] is not None and found["47-0"].id != found["14-0"].id
    assert found["47-0"].window_end == dt.date(2024, 5, 31)


def test_a_count_given_on_a_day_is_earlier_than_what_is_left_missing_on_a_later_day(aliases: AliasTable) -> None:
    text = Text("The ministry gave a higher count on Tuesday, saying 42 fishermen remained missing. Thirty-one "
                "fishermen were still missing on Wednesday, the navy said.", title="Storm Scatters Fleet")
    for raw in ("42", "Thirty-one"):
        text.figure(raw, Metric.MISSING)
    assert text.shares(aliases) == {"42-0": EARLIER, "Thirty-one-0": None}


def test_a_storm_s_toll_since_a_day_of_the_week_counts_the_storm_but_fighting_s_does_not(aliases: AliasTable) -> None:
    monday = DAY - dt.timedelta(days=2)
    storm = Text("The snowstorm has killed nine people since Monday, the agency said. A lawmaker said 12 had died.",
                 title="Snowstorm Hits Region").figure("nine", aggregate=True, period_start=monday).figure("12")
    found = storm.incidents(aliases)
    assert found["nine-0"] is not None and found["nine-0"] == found["12-0"]
    war = Text("Fighting has killed 40 people since Monday, the agency said. A strike killed 12 people.",
               title="Strike Hits Town").figure("40", aggregate=True, period_start=monday).figure("12")
    assert war.incidents(aliases)["40-0"] is None


def test_people_admitted_with_a_harm_are_a_ward_s_part_of_the_toll() -> None:
    text = "A hospital director said 23 people had been admitted with frostbite."
    start = text.index("23")
    assert share(text, Span.of(text, start, start + 2)) == PART


def test_bringing_the_number_of_dead_to_a_count_overtakes_an_earlier_one(aliases: AliasTable) -> None:
    text = Text("Four people died in the blast, police said. Two of the wounded died later, bringing the number "
                "of dead to six, the hospital said.", title="Blast")
    text.figure("Four", value=4.0).figure("six", value=6.0)
    assert text.shares(aliases)["Four-0"] == OVERTAKEN


def test_a_toll_a_source_later_put_at_a_count_overtakes_an_earlier_one(aliases: AliasTable) -> None:
    text = Text("A priest said 28 people were killed, the channel reported. The diocese later put the death toll at "
                "31.", title="Church Attack")
    text.figure("28", value=28.0).figure("31", value=31.0)
    assert text.shares(aliases)["28-0"] == OVERTAKEN


def test_a_toll_of_the_unrest_the_article_reports_counts_its_one_outbreak(aliases: AliasTable) -> None:
    found = Text("Snipers fired on protesters on Wednesday, killing 17 people, doctors said. The ministry said four "
                 "people had died in the unrest.", title="Protesters Shot").figure(
        "17", incident_date=DAY).figure("four", incident_agent="unrest", aggregate=True).incidents(aliases)
    assert found["four-0"] is not None and found["four-0"] == found["17-0"]


def test_a_toll_a_source_later_raised_overtakes_an_earlier_one(aliases: AliasTable) -> None:
    text = Text("Rockets killed two people at the airport, the authority said. The health ministry later raised the "
                "toll to three dead.", title="Airport Hit")
    text.figure("two", value=2.0).figure("three", value=3.0)
    assert text.shares(aliases)["two-0"] == OVERTAKEN


def test_a_toll_a_possessive_qualifies_is_a_running_toll(aliases: AliasTable) -> None:
    text = Text("Gunfights across the port killed 19 people, the police chief said. On Monday the police raised "
                "the weekend's toll to 24 dead.", title="Gang Fighting Grips Port")
    text.figure("19", value=19.0).figure("24", value=24.0)
    assert text.shares(aliases)["19-0"] == OVERTAKEN


def test_patients_treated_at_two_hospitals_are_a_part_of_the_hurt(aliases: AliasTable) -> None:
    text = Text("A knife attack at a school wounded 14 people, police said. A paper said 13 people were being "
                "treated at two hospitals in the city.", title="Knife Attack At School")
    text.figure("14", Metric.INJURED, value=14.0).figure("13", Metric.INJURED, value=13.0)
    assert text.shares(aliases)["13-0"] == PART


def test_the_second_class_of_a_part_of_the_wounded_is_a_part_too(aliases: AliasTable) -> None:
    text = Text("A knife attack at a school wounded 14 people, police said. Eleven of the wounded were pupils and "
                "three were teachers, the statement said. Two of the dead were guards and 12 were wounded, a "
                "paper said.", title="Knife Attack At School")
    for raw in ("14", "Eleven", "three", "12"):
        text.figure(raw, Metric.INJURED)
    shares = text.shares(aliases)
    assert shares["three-0"] == shares["Eleven-0"] == PART and shares["12-0"] != PART


@pytest.mark.parametrize(("text", "raw"), [
    ("A nurse said four children had died in her ward in one night.", "four"),
    ("He said nine people had died at a clinic in the town.", "nine"),
    ("The medical examiner had confirmed three hypothermia deaths.", "three")])
def test_one_ward_s_dead_or_the_dead_of_one_harm_of_cold_are_a_part(text: str, raw: str) -> None:
    start = text.index(raw)
    assert share(text, Span.of(text, start, start + len(raw))) == PART


@pytest.mark.parametrize(("text", "raw", "expected"), [
    ("Officials said 34 people had been taken to four hospitals.", "34", PART),
    ("Fourteen people were taken to the county hospital, it said.", "Fourteen", PART),
    ("Fourteen people were taken to hospital, it said.", "Fourteen", None)])
def test_those_taken_to_one_hospital_or_a_number_of_them_are_a_part(text: str, raw: str, expected: str | None) -> None:
    start = text.index(raw)
    assert share(text, Span.of(text, start, start + len(raw))) == expected


def test_a_second_storm_is_another_incident(aliases: AliasTable) -> None:
    found = Text("The hailstorm injured 47 people on Saturday. A second storm on Sunday injured three people.",
                 title="Hailstorm injures dozens").figure("47").figure("three").incidents(aliases)
    assert found["three-0"] is not None and found["47-0"] != found["three-0"]


def test_the_number_a_toll_s_word_names_moved_to_a_value_overtakes_the_count_before_it(aliases: AliasTable) -> None:
    text = Text("Police said five officers were wounded. One of them died on Friday, the council said, bringing the "
                "number of officers killed to one and the number wounded to four.", title="Police raid on a ranch")
    text.figure("five", Metric.INJURED, value=5).figure("four", Metric.INJURED, value=4)
    assert text.shares(aliases) == {"five-0": OVERTAKEN, "four-0": None}


def test_one_place_s_count_of_an_event_counted_across_many_is_a_part(aliases: AliasTable) -> None:
    text = Text("The storm tore across the northern islands, killing at least 21 people, the agency said. In Bantan "
                "province, the worst hit, the governor said 12 people had died. Police in the provincial capital "
                "reported nine deaths.", title="Storm hits islands")
    text.figure("21", qualifier=Qualifier.AT_LEAST, low=21).figure("12", value=12).figure("nine", value=9)
    assert text.shares(aliases) == {"21-0": None, "12-0": PART, "nine-0": PART}


def test_a_count_a_day_earlier_is_an_earlier_one() -> None:
    text = "A day earlier the agency had reported eight deaths."
    start = text.index("eight")
    assert share(text, Span.of(text, start, start + len("eight"))) == EARLIER
