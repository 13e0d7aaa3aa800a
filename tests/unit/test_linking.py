"""Contradictions, corroborations, revisions and variant wordings between claims;
and the seed article's gold, end to end through figures, relations, incidents
and linking."""
from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import pytest
import yaml

from claimgraph.graph.model import ClaimLink, ClaimLinkKind, Figure, FigureLinkKind, Metric, Qualifier
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.figures import FigureMention, find_figure_relations, find_figures
from claimgraph.ingest.incidents import FigureAt, article_incidents
from claimgraph.ingest.linking import (
    LinkCandidate,
    comparable,
    describe,
    find_revisions,
    find_variants,
    interval,
    link_figures,
)
from claimgraph.ingest.spans import Span
from tests.conftest import shared_path


def fig(metric: Metric = Metric.KILLED, value: float | None = None, **kw: Any) -> Figure:
    return Figure(id=f"f-{metric}-{value}-{sorted(kw.items())}", metric=metric, raw="x", value=value, **kw)


def cand(claim: str, speaker: str, figure: Figure, chain: str | None = None,
         said: dt.date | None = None, incident: str | None = "incident-1") -> LinkCandidate:
    return LinkCandidate(claim, speaker, chain or speaker, figure, f"text of {claim}", said, incident)


ONE_IN_A_STRIKE = fig(value=1, incident_agent="strike", incident_victim="combatant")
SEVERAL_IN_A_STRIKE = fig(qualifier=Qualifier.SEVERAL, low=3, incident_agent="strike",
                          incident_victim="combatant")


# --- intervals and wording -------------------------------------------------------------

@pytest.mark.parametrize(("figure", "bounds"), [
    (fig(value=8), (8, 8)),
    (fig(value=70, qualifier=Qualifier.APPROXIMATELY), (63, 77)),
    (fig(value=4, qualifier=Qualifier.APPROXIMATELY), (3, 5)),
    (fig(qualifier=Qualifier.MORE_THAN, low=16001), (16001, math.inf)),
    (fig(qualifier=Qualifier.A_FEW, low=2, high=5), (2, 5)),
    (fig(qualifier=Qualifier.UP_TO, high=15), (0, 15)),
])
def test_interval_is_what_the_words_allow(figure: Figure, bounds: tuple[float, float]) -> None:
    assert interval(figure) == pytest.approx(bounds)


@pytest.mark.parametrize(("figure", "text"), [
    (fig(value=1), "1"),
    (fig(value=1500, qualifier=Qualifier.APPROXIMATELY), "approximately 1,500"),
    (fig(qualifier=Qualifier.MORE_THAN, low=16001), "more than 16,000"),
    (fig(qualifier=Qualifier.SEVERAL, low=3), "several (>= 3)"),
    (fig(qualifier=Qualifier.A_FEW, low=2, high=5), "a few (2-5)"),
    (fig(qualifier=Qualifier.RANGE, low=10, high=15), "10-15"),
    (fig(qualifier=Qualifier.NEARLY, low=180, high=199), "nearly 200"),
])
def test_describe_reads_like_the_text(figure: Figure, text: str) -> None:
    assert describe(figure) == text


# --- comparable figures --------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    (fig(value=5), fig(Metric.INJURED, value=5)),
    (fig(Metric.INJURED, value=8, incident_victim="military:US"),
     fig(Metric.INJURED, value=3, incident_victim="combatant")),
    (fig(value=2, incident_victim="military:US"), fig(value=2, incident_victim="military:Iran")),
    (fig(value=2, incident_victim="civilian"), fig(value=2, incident_victim="combatant")),
])
def test_figures_of_other_metrics_or_victims_are_not_compared(a: Figure, b: Figure) -> None:
    assert not comparable(cand("c1", "s1", a), cand("c2", "s2", b))
    assert not comparable(cand("c2", "s2", b), cand("c1", "s1", a))


@pytest.mark.parametrize(("a", "b"), [
    (fig(value=2, incident_victim="people:US"), fig(value=2, incident_victim="military:US")),
    (fig(value=2, incident_victim="police"), fig(value=2, incident_victim="military")),
    (fig(value=2, incident_agent="strike"), fig(value=2, incident_agent="raid")),
])
def test_figures_of_one_incident_and_victims_are_compared(a: Figure, b: Figure) -> None:
    assert comparable(cand("c1", "s1", a), cand("c2", "s2", b))


def test_figures_of_two_incidents_or_of_none_are_never_compared() -> None:
    """The 2019 shooting's 25 injured and the 2015 crane collapse's 238: two incidents, no link."""
    shooting = cand("c1", "police", fig(Metric.INJURED, value=25), incident="incident-shooting")
    collapse = cand("c2", "officials", fig(Metric.INJURED, value=238), incident="incident-collapse")
    loose = cand("c3", "ministry", fig(Metric.INJURED, value=200), incident=None)
    assert link_figures([shooting, collapse, loose], []) == []


# --- link_figures --------------------------------------------------------------------------

def test_disjoint_intervals_contradict_with_a_reason() -> None:
    link, = link_figures([cand("c1", "army", SEVERAL_IN_A_STRIKE), cand("c2", "militia", ONE_IN_A_STRIKE)], [])
    assert (link.kind, link.a_id, link.b_id, link.metric) == (ClaimLinkKind.CONTRADICTS, "c1", "c2", Metric.KILLED)
    assert link.reason == "several (>= 3) vs 1 killed in the same strike"


@pytest.mark.parametrize(("part", "total", "kind"), [
    (4, 17, None),
    (20, 17, ClaimLinkKind.CONTRADICTS),
    (17, 17, ClaimLinkKind.CORROBORATES),
])
def test_a_class_of_victims_below_a_count_of_people_is_part_of_it(
        part: float, total: float, kind: ClaimLinkKind | None) -> None:
    fighters = cand("c1", "militia", fig(value=part, incident_victim="combatant"))
    people = cand("c2", "ministry", fig(value=total, incident_victim="people"))
    assert [link.kind for link in link_figures([fighters, people], [])] == ([kind] if kind else [])


@pytest.mark.parametrize("unit", [None, "hurt"])
def test_a_class_of_victims_below_a_count_of_anyone_unnamed_is_part_of_it(unit: str | None) -> None:
    volunteers = cand("c1", "relief agency", fig(Metric.INJURED, 9, incident_victim="civilian", unit="volunteers"))
    anyone = cand("c2", "outlet", fig(Metric.INJURED, 400, unit=unit))
    assert link_figures([volunteers, anyone], []) == []


@pytest.mark.parametrize(("part", "kind"), [(30, None), (300, ClaimLinkKind.CONTRADICTS)])
def test_a_count_of_one_side_below_a_total_of_no_side_is_part_of_it(part: float, kind: ClaimLinkKind | None) -> None:
    nationals = cand("c1", "minister", fig(value=part, incident_victim="people:Kenyans", unit="Kenyans"))
    everyone = cand("c2", "airline", fig(value=150, incident_victim="people", unit="crew"))
    assert [link.kind for link in link_figures([nationals, everyone], [])] == ([kind] if kind else [])


@pytest.mark.parametrize(("plain", "bounded", "kind"), [
    (600_000, fig(Metric.DISPLACED, qualifier=Qualifier.MORE_THAN, low=600_001), None),
    (2_000, fig(Metric.DISPLACED, qualifier=Qualifier.NEARLY, low=1_800, high=1_999), None),
    (28, fig(Metric.DISPLACED, qualifier=Qualifier.MORE_THAN, low=29), ClaimLinkKind.CONTRADICTS),
])
def test_a_plain_round_count_is_the_number_another_count_bounds(
        plain: float, bounded: Figure, kind: ClaimLinkKind | None) -> None:
    headline = cand("c1", "outlet", fig(Metric.DISPLACED, plain))
    lead = cand("c2", "state media", bounded)
    assert [link.kind for link in link_figures([headline, lead], [])] == ([kind] if kind else [])


def test_overlapping_intervals_of_independent_chains_corroborate() -> None:
    link, = link_figures([cand("c2", "militia", ONE_IN_A_STRIKE), cand("c1", "medic", ONE_IN_A_STRIKE)], [])
    assert (link.kind, link.a_id, link.b_id) == (ClaimLinkKind.CORROBORATES, "c1", "c2")
    assert link.reason == "1 vs 1 killed in the same strike"


def test_approximate_figures_corroborate_within_the_tolerance() -> None:
    about = fig(value=60, qualifier=Qualifier.APPROXIMATELY, incident_agent="strike")
    exact = fig(value=64, incident_agent="strike")
    far = fig(value=70, incident_agent="strike")
    assert link_figures([cand("a", "s1", about), cand("b", "s2", exact)], [])[0].kind is ClaimLinkKind.CORROBORATES
    assert link_figures([cand("a", "s1", about), cand("b", "s2", far)], [])[0].kind is ClaimLinkKind.CONTRADICTS


def test_two_lower_bounds_far_apart_neither_corroborate_nor_contradict() -> None:
    """A monitor's "at least 12 dead" and a wire's "over 50 dead": both may hold, neither backs the other."""
    twelve = fig(qualifier=Qualifier.AT_LEAST, low=12, incident_agent="shelling")
    over_fifty = fig(qualifier=Qualifier.MORE_THAN, low=51, incident_agent="shelling")
    over_eleven = fig(qualifier=Qualifier.MORE_THAN, low=12, incident_agent="shelling")
    assert link_figures([cand("a", "monitor", twelve), cand("b", "wire", over_fifty)], []) == []
    link, = link_figures([cand("a", "monitor", twelve), cand("b", "wire", over_eleven)], [])
    assert link.kind is ClaimLinkKind.CORROBORATES
    under_ten = fig(qualifier=Qualifier.LESS_THAN, high=9, incident_agent="shelling")
    up_to_forty = fig(qualifier=Qualifier.UP_TO, high=40, incident_agent="shelling")
    assert link_figures([cand("a", "monitor", under_ten), cand("b", "wire", up_to_forty)], []) == []


def test_one_chain_does_not_corroborate_itself_but_may_contradict_itself() -> None:
    same = [cand("c1", "spokesman", ONE_IN_A_STRIKE, chain="ministry"),
            cand("c2", "ministry", ONE_IN_A_STRIKE, chain="ministry")]
    assert link_figures(same, []) == []
    clash = [cand("c1", "spokesman", ONE_IN_A_STRIKE, chain="ministry"),
             cand("c2", "ministry", SEVERAL_IN_A_STRIKE, chain="ministry")]
    assert [link.kind for link in link_figures(clash, [])] == [ClaimLinkKind.CONTRADICTS]


def test_never_a_claim_with_itself_nor_two_claims_of_one_speaker() -> None:
    assert link_figures([cand("c1", "army", ONE_IN_A_STRIKE), cand("c1", "army", SEVERAL_IN_A_STRIKE)], []) == []
    assert link_figures([cand("c1", "army", ONE_IN_A_STRIKE), cand("c2", "army", SEVERAL_IN_A_STRIKE)], []) == []


def test_new_claims_link_to_existing_ones_but_existing_ones_are_not_relinked() -> None:
    existing = [cand("old1", "army", SEVERAL_IN_A_STRIKE), cand("old2", "militia", ONE_IN_A_STRIKE)]
    links = link_figures([cand("new", "medic", ONE_IN_A_STRIKE)], existing)
    assert {(link.kind, link.a_id, link.b_id) for link in links} == {
        (ClaimLinkKind.CONTRADICTS, "new", "old1"), (ClaimLinkKind.CORROBORATES, "new", "old2")}


def test_any_agreeing_pair_makes_two_claims_corroborate() -> None:
    a = [cand("a", "s1", fig(value=5, incident_agent="strike")),
         cand("a", "s1", fig(value=9, incident_agent="strike", place="Homs"))]
    b = [cand("b", "s2", fig(value=5, incident_agent="strike"))]
    assert [link.kind for link in link_figures(a + b, [])] == [ClaimLinkKind.CORROBORATES]


def test_a_source_giving_a_new_count_later_revises_it_and_is_compared_no_more() -> None:
    """"The group first reported four of its members dead and raised its count to seven a day later."""
    four = cand("c1", "brigade", fig(value=4, incident_victim="combatant"), said=dt.date(2024, 3, 14))
    seven = cand("c2", "brigade", fig(value=7, incident_victim="combatant"), said=dt.date(2024, 3, 15))
    army = cand("c3", "army", fig(value=12, incident_victim="combatant"), said=dt.date(2024, 3, 14))
    revision, = find_revisions([seven], [four, army])
    assert (revision.kind, revision.from_id, revision.to_id) == (FigureLinkKind.REVISES, seven.figure.id,
                                                                 four.figure.id)
    links = link_figures([seven], [four, army], [revision])
    assert [(link.a_id, link.b_id, link.kind) for link in links] == [("c2", "c3", ClaimLinkKind.CONTRADICTS)]


def test_a_figure_that_replaces_one_of_its_claim_revises_it() -> None:
    """"The toll has risen from four to eleven": the eleven replaces the four."""
    old = fig(value=4)
    new = fig(value=11, replaces=old.id)
    revision, = find_revisions([cand("c1", "police", old), cand("c1", "police", new)], [])
    assert (revision.from_id, revision.to_id) == (new.id, old.id)
    other = cand("c2", "medics", fig(value=4, incident_agent="strike"))
    assert [link.kind for link in link_figures([cand("c1", "police", old), cand("c1", "police", new), other], [],
                                               [revision])] == [ClaimLinkKind.CONTRADICTS]


def test_a_stated_revision_supersedes_the_sources_other_figures_of_the_old_value() -> None:
    """"The brigade, which first reported four dead, raised its count to seven": its other fours are old too."""
    old = fig(value=4)
    new = fig(value=7, incident_agent="strike", replaces=old.id)
    day = dt.date(2024, 3, 15)
    earlier_four = cand("c2", "brigade", fig(value=4, incident_agent="raid"), said=day)
    army = cand("c3", "army", fig(value=12), said=day)
    stated = [cand("c1", "brigade", old, said=day), cand("c1", "brigade", new, said=day)]
    revisions = find_revisions(stated, [earlier_four, army])
    assert {(r.from_id, r.to_id) for r in revisions} == {(new.id, old.id), (new.id, earlier_four.figure.id)}
    links = link_figures(stated, [earlier_four, army], revisions)
    assert [(link.a_id, link.b_id, link.reason) for link in links] == [("c1", "c3", "7 vs 12 killed in the same strike")]


@pytest.mark.parametrize("days", [(15, 14), (15, 15)])
def test_a_revision_is_the_same_whichever_report_is_written_first(days: tuple[int, int]) -> None:
    """The brigade's "first reported four ..., raised its count to seven" and another report of
    its four: the same REVISES links and reasons in either order (reading one again changes nothing)."""
    said, earlier = (dt.date(2024, 3, d) for d in days)
    old = fig(value=4, incident_victim="combatant")
    new = fig(value=7, incident_victim="combatant", replaces=old.id)
    stated = [cand("c1", "brigade", old, said=said), cand("c1", "brigade", new, said=said)]
    other_four = cand("c2", "brigade", fig(value=4, incident_victim="combatant", unit="fighters"), said=earlier)
    one_way = find_revisions(stated, [other_four])
    assert find_revisions([other_four], stated) == [r for r in one_way if r.to_id != old.id]
    assert (new.id, other_four.figure.id) in {(r.from_id, r.to_id) for r in one_way}


def test_one_source_on_the_same_day_or_of_other_victims_revises_nothing() -> None:
    day = dt.date(2024, 3, 14)
    assert find_revisions([cand("c1", "brigade", fig(value=4), said=day),
                           cand("c2", "brigade", fig(value=7), said=day)], []) == []
    assert find_revisions([cand("c1", "brigade", fig(value=4, incident_victim="combatant"), said=day),
                           cand("c2", "brigade", fig(value=7, incident_victim="civilian"),
                                said=day + dt.timedelta(days=1))], []) == []


def test_a_part_naming_a_group_is_compared_with_a_count_of_that_group_only() -> None:
    """"..., including three council members" (the narrator) and "killing three council members"
    (a mayor): the same named group; against the whole toll ("15 people") it is a part, no rival;
    an increment or an earlier count is compared with nothing."""
    def part(claim: str, speaker: str, value: float, unit: str, share: str | None) -> LinkCandidate:
        return LinkCandidate(claim, speaker, speaker, fig(value=value, unit=unit), claim, None, "incident-1",
                             share=share)

    narrator = part("c1", "outlet", 3, "members", "part")
    mayor = part("c2", "mayor", 3, "members", None)
    toll = part("c3", "police", 15, "people", None)
    assert comparable(narrator, mayor) and not comparable(narrator, toll)
    assert [(link.a_id, link.b_id, link.kind) for link in link_figures([narrator, mayor, toll], [])] == [
        ("c1", "c2", ClaimLinkKind.CORROBORATES)]
    rival = part("c7", "medic", 20, "members", None)
    assert [link.kind for link in link_figures([rival, toll], [])] == [ClaimLinkKind.CONTRADICTS]
    assert not comparable(part("c4", "medic", 3, "members", "increment"), mayor)
    assert link_figures([part("c8", "reports", 9, "people", "earlier"), toll], []) == []
    assert not comparable(part("c5", "medic", 2, "people", "part"), part("c6", "nurse", 2, "people", None))


def test_a_count_given_earlier_contradicts_and_backs_nothing() -> None:
    earlier = LinkCandidate("c1", "navy", "navy", fig(value=29), "c1", None, "incident-1", share="earlier")
    later = cand("c2", "police", fig(value=34))
    same = cand("c3", "mayor", fig(value=29))
    assert link_figures([earlier, later, same], []) == [
        ClaimLink(ClaimLinkKind.CONTRADICTS, "c2", "c3", Metric.KILLED, "34 vs 29 killed")]


def test_a_count_of_detentions_names_no_group_and_competes_with_a_count_of_people() -> None:
    lawyers = cand("c1", "lawyers", fig(Metric.ARRESTED, 86, unit="detentions"))
    opposition = cand("c2", "opposition", fig(Metric.ARRESTED, low=101, qualifier=Qualifier.MORE_THAN,
                                                unit="people", incident_victim="people"))
    assert [link.kind for link in link_figures([lawyers, opposition], [])] == [ClaimLinkKind.CONTRADICTS]


def test_links_come_out_in_a_stable_order() -> None:
    batch = [cand(f"c{i}", f"s{i}", ONE_IN_A_STRIKE if i % 2 else SEVERAL_IN_A_STRIKE) for i in range(5)]
    assert link_figures(batch, []) == link_figures(list(reversed(batch)), [])


# --- find_variants -------------------------------------------------------------------------

def test_same_head_with_another_modifier_of_the_same_kind_is_a_variant() -> None:
    variant, = find_variants([
        ("c2", "army", "Troops fired a medium-range cruise missile at the port."),
        ("c1", "navy", "Two intermediate-range cruise missiles hit the port."),
    ])
    assert (variant.a_id, variant.b_id) == ("c1", "c2")
    assert variant.terms == ("intermediate-range cruise missiles", "medium-range cruise missile")
    assert "intermediate-range" in variant.reason and "cruise missile" in variant.reason


@pytest.mark.parametrize(("a", "b"), [
    ("Iran-backed militia groups struck.", "Iranian-backed militia groups struck."),
    ("A short-range missile hit.", "A close-range missile hit."),
    ("A short-range ballistic missile hit.", "A short-range ballistic missile hit."),
    ("A short-range ballistic missile hit.", "A close-range cruise missile hit."),
    ("A long-range ballistic missile hit.", "A nuclear-capable ballistic missile hit."),
    ("The so-called peace council met.", "The well-known peace council met."),
    ("A short-range ballistic missile hit.", "Nothing of the kind was fired."),
])
def test_near_misses_are_no_variants(a: str, b: str) -> None:
    assert find_variants([("c1", "s1", a), ("c2", "s2", b)]) == []


def test_one_speaker_wording_things_two_ways_is_no_variant() -> None:
    claims = [("c1", "s1", "A short-range ballistic missile hit."),
              ("c2", "s1", "A close-range ballistic missile hit.")]
    assert find_variants(claims) == []


# --- the seed article and its gold ---------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"\u201d]?\s+(?=[\"\u201c]?[A-Z])")
_QUOTED = re.compile(r"\"[^\"]*\"")


def _seed() -> tuple[str, dict[str, Any]]:
    seed = shared_path("corpus", "seed")
    text = (seed / "us-strikes-iraq.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((seed / "us-strikes-iraq.gold.yaml").read_text(encoding="utf-8"))
    return text, gold


def _content(text: str, key: str) -> Span:
    """The sentence holding ``key``; only the quotation within it when the key is quoted."""
    at = text.lower().index(key.lower())
    para_start = text.rfind("\n", 0, at) + 1
    para_end = text.find("\n", at)
    if para_end < 0:
        para_end = len(text)
    start, end = para_start, para_end
    for m in _SENTENCE_END.finditer(text, para_start, para_end):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at + len(key):
            end = m.start()
            break
    for q in _QUOTED.finditer(text, para_start, para_end):
        if q.start() < at and at + len(key) < q.end():
            start, end = max(start, q.start() + 1), min(end, q.end() - 1)
    return Span.of(text, start, end)


@pytest.fixture(scope="module")
def seed() -> tuple[str, dict[str, Any], dict[str, Span], dict[str, list[FigureMention]]]:
    text, gold = _seed()
    published = gold["document"]["published"]
    contents = {c["id"]: _content(text, c["key"]) for c in gold["claims"]}
    found = {cid: find_figures(text, [span], published) for cid, span in contents.items()}
    return text, gold, contents, found


def _roots(gold: dict[str, Any]) -> dict[str, str]:
    return {a["name"]: a.get("speaks_for") or a.get("member_of") or a["name"] for a in gold["actors"]}


def test_seed_gold_figures_are_found(seed: Any) -> None:
    _, gold, _, found = seed
    for expected in gold["figures"]:
        matches = [f for f in found[expected["claim"]]
                   if f.metric is Metric(expected["metric"])
                   and all(getattr(f, k) == expected[k] for k in ("value", "low", "place") if k in expected)
                   and ("qualifier" not in expected or f.qualifier is Qualifier(expected["qualifier"]))]
        assert matches, (expected, found[expected["claim"]])


def test_seed_gold_figure_relations_are_found(seed: Any) -> None:
    text, gold, contents, found = seed
    aliases = {a["name"]: {a["name"], *a.get("aliases", [])} for a in gold["actors"]}
    speakers = {c["id"]: c["speaker"] for c in gold["claims"]}
    for expected in gold["figure_relations"]:
        claim = expected["figure_of"]
        figures = found[claim]
        rels = find_figure_relations(text, contents[claim], figures)
        if expected["relation"] == "sums_to":
            parts = sorted(figures[r.source].value or 0 for r in rels if r.kind is FigureLinkKind.PART_OF)
            totals = {figures[r.target].value for r in rels if r.target is not None}
            assert (parts, totals) == (sorted(expected["parts"]), {expected["total"]})
        else:
            other = expected["other_of"]
            excludes = [r for r in rels if r.kind is FigureLinkKind.EXCLUDES]
            assert len(excludes) == 1 and excludes[0].external is not None
            external = excludes[0].external
            source = figures[excludes[0].source]
            assert external.value in {f.value for f in found[other] if f.metric is source.metric}
            assert external.speaker is not None and external.speaker.text in aliases[speakers[other]]


def _seed_candidates(seed: Any, claim_ids: list[str]) -> list[LinkCandidate]:
    """The claims' figures, each in the incident the seed article puts it in."""
    text, gold, contents, found = seed
    roots = _roots(gold)
    claims = {c["id"]: c for c in gold["claims"]}
    stated = [(cid, f.to_figure(cid), f) for cid in claim_ids for f in found[cid]]
    incidents = article_incidents(text, "article-seed", text.split("\n", 1)[0], gold["document"].get("dateline"),
                                  gold["document"]["published"],
                                  [FigureAt(figure, f.span, contents[cid]) for cid, figure, f in stated],
                                  load_aliases())
    incident_of = incidents.incident_of()
    return [LinkCandidate(cid, claims[cid]["speaker"], roots[claims[cid]["speaker"]], figure, contents[cid].text,
                          None, incident_of.get(figure.id)) for cid, figure, _ in stated]


def test_seed_incidents_keep_the_abu_ghraib_strike_apart_from_the_al_asad_attack(seed: Any) -> None:
    candidates = {(c.claim_id, c.figure.metric.value): c for c in _seed_candidates(seed, [
        c["id"] for c in seed[1]["claims"]])}
    strike = {candidates[(cid, "killed")].incident_id for cid in ("ryder-ac130-kia", "pmf-vehicle-strike",
                                                                    "iri-fighter-killed")}
    assert len(strike) == 1 and None not in strike
    attack = candidates[("ryder-alasad-attack", "injured")].incident_id
    assert attack is not None and attack not in strike
    for cid in ("israel-oct7-toll", "gaza-toll"):
        assert candidates[(cid, "killed")].incident_id not in strike | {attack}


def test_seed_links_are_exactly_the_gold_ones(seed: Any) -> None:
    _, gold, _, _ = seed
    links = link_figures(_seed_candidates(seed, [c["id"] for c in gold["claims"]]), [])
    got = {(link.kind, frozenset((link.a_id, link.b_id)), link.metric) for link in links}
    expected = {(kind, frozenset((pair["a"], pair["b"])), Metric(pair["metric"]))
                for kind, pairs in ((ClaimLinkKind.CONTRADICTS, gold["contradictions"]),
                                    (ClaimLinkKind.CORROBORATES, gold["corroborations"]))
                for pair in pairs}
    assert got == expected
    assert all(link.reason for link in links)
    linked = {frozenset((link.a_id, link.b_id)) for link in links}
    assert frozenset(("israel-oct7-toll", "gaza-toll")) not in linked
    assert frozenset(("ryder-alasad-attack", "pmf-vehicle-strike")) not in linked


def test_seed_contradiction_reason_names_both_figures(seed: Any) -> None:
    _, gold, _, _ = seed
    pair = gold["contradictions"][0]
    link: ClaimLink
    link, = link_figures(_seed_candidates(seed, [pair["a"], pair["b"]]), [])
    assert re.fullmatch(r"(1 vs several \(>= 3\)|several \(>= 3\) vs 1) killed in the same strike", link.reason)


def test_seed_variant_descriptions_are_found(seed: Any) -> None:
    _, gold, contents, _ = seed
    claims = [(c["id"], c["speaker"], contents[c["id"]].text) for c in gold["claims"]]
    variants = find_variants(claims)
    found = {(frozenset((v.a_id, v.b_id)), frozenset(v.terms)) for v in variants}
    gold_terms = set()
    for expected in gold["variant_descriptions"]:
        terms = frozenset(expected["terms"])
        gold_terms |= terms
        assert (frozenset((expected["a"], expected["b"])), terms) in found
    assert all(set(v.terms) <= gold_terms for v in variants)


def test_a_denial_of_civilian_deaths_contradicts_a_count_of_civilians_only() -> None:
    denial = cand("c1", "army", fig(value=0, unit="casualties", incident_victim="civilian"))
    civilians = cand("c2", "residents", fig(low=22, qualifier=Qualifier.AT_LEAST, unit="civilians",
                                             incident_victim="civilian"))
    toll = cand("c3", "activists", fig(value=27))
    including = cand("c4", "ministry", fig(value=17, incident_victim="civilian"))  # "17, including civilians"
    fighters = cand("c5", "militia", fig(value=40, unit="fighters", incident_victim="combatant"))
    assert [(link.a_id, link.b_id, link.kind) for link in link_figures([denial, civilians, toll, including, fighters], [])
            if "c1" in (link.a_id, link.b_id)] == [("c1", "c2", ClaimLinkKind.CONTRADICTS)]


def test_a_sides_count_of_its_own_dead_and_a_count_of_its_countrys_soldiers_are_rivals() -> None:
    own = fig(value=23, incident_victim="military:own:Pakistan military")
    theirs = fig(value=58, incident_victim="military:Pakistan")
    other = fig(value=9, incident_victim="military:Afghanistan")
    assert comparable(cand("c1", "s1", own), cand("c2", "s2", theirs))
    assert not comparable(cand("c1", "s1", own), cand("c2", "s2", other))


def test_a_part_below_a_whole_count_of_its_group_is_a_share_of_it() -> None:
    """A nurse's "four children died in her ward" (a part) and an agency's "31 children" dead: one ward's
    share, no rival; a part above the whole cannot hold with it."""
    def children(claim: str, value: float, share: str | None) -> LinkCandidate:
        return LinkCandidate(claim, claim, claim, fig(value=value, unit="children"), claim, None, "incident-1",
                             share=share)

    assert link_figures([children("nurse", 4, "part"), children("agency", 31, None)], []) == []
    assert [link.kind for link in link_figures([children("nurse", 40, "part"), children("agency", 31, None)], [])] \
        == [ClaimLinkKind.CONTRADICTS]
