"""Contradictions, corroborations and variant wordings between claims; and the
seed article's gold, end to end through figures, relations and linking."""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace
from typing import Any

import pytest
import yaml

from claimgraph.graph.model import ClaimLink, ClaimLinkKind, Figure, FigureLinkKind, Metric, Qualifier
from claimgraph.ingest.figures import FigureMention, find_figure_relations, find_figures
from claimgraph.ingest.linking import (
    LinkCandidate,
    describe,
    find_variants,
    interval,
    link_figures,
    same_incident,
)
from claimgraph.ingest.spans import Span
from tests.conftest import shared_path


def fig(metric: Metric = Metric.KILLED, value: float | None = None, **kw: Any) -> Figure:
    return Figure(id=f"f-{metric}-{value}-{sorted(kw.items())}", metric=metric, raw="x", value=value, **kw)


def cand(claim: str, speaker: str, figure: Figure, chain: str | None = None,
         said: dt.date | None = None) -> LinkCandidate:
    return LinkCandidate(claim, speaker, chain or speaker, figure, f"text of {claim}", said)


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


# --- same incident -------------------------------------------------------------------------

def test_figures_of_one_strike_with_unknown_agent_are_the_same_incident() -> None:
    passive = fig(value=1, incident_victim="combatant")
    assert same_incident(passive, SEVERAL_IN_A_STRIKE)


@pytest.mark.parametrize(("a", "b"), [
    (fig(value=5), fig(Metric.INJURED, value=5)),
    (fig(value=1500, incident_agent="attack", incident_date=dt.date(2024, 2, 9)),
     fig(qualifier=Qualifier.MORE_THAN, low=16001, incident_agent="campaign", aggregate=True)),
    (fig(Metric.INJURED, value=8, incident_victim="military:US"),
     fig(Metric.INJURED, value=3, incident_victim="combatant")),
    (fig(value=2, incident_victim="military:US"), fig(value=2, incident_victim="military:Iran")),
    (fig(value=2, incident_victim="civilian"), fig(value=2, incident_victim="combatant")),
    (fig(value=2, incident_agent="strike"), fig(value=2, incident_agent="bombing")),
    (fig(value=2, incident_date=dt.date(2024, 3, 1)), fig(value=2, incident_date=dt.date(2024, 3, 4))),
    (fig(value=2, place="Homs"), fig(value=2, place="Hama")),
    (fig(value=30, aggregate=True, period_start=dt.date(2024, 1, 1)),
     fig(value=30, aggregate=True, period_start=dt.date(2024, 2, 1))),
    (fig(value=30, aggregate=True), fig(value=30, aggregate=True)),
])
def test_figures_that_are_not_the_same_incident(a: Figure, b: Figure) -> None:
    assert not same_incident(a, b)
    assert not same_incident(b, a)


@pytest.mark.parametrize(("a", "b"), [
    (fig(value=2, incident_victim="people:US"), fig(value=2, incident_victim="military:US")),
    (fig(value=2, incident_victim="police"), fig(value=2, incident_victim="military")),
    (fig(value=2, incident_date=dt.date(2024, 3, 1)), fig(value=2, incident_date=dt.date(2024, 3, 2))),
    (fig(value=2, place="Homs"), fig(value=2)),
    (fig(value=30, aggregate=True, period_start=dt.date(2024, 1, 1)),
     fig(value=31, aggregate=True, period_start=dt.date(2024, 1, 1), place="Gaza")),
    (fig(value=30, aggregate=True, incident_agent="campaign"),
     fig(value=31, aggregate=True, incident_agent="campaign")),
])
def test_figures_that_are_the_same_incident(a: Figure, b: Figure) -> None:
    assert same_incident(a, b) and same_incident(b, a)


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


def test_undated_incidents_told_far_apart_are_not_linked() -> None:
    first = cand("c1", "army", ONE_IN_A_STRIKE, said=dt.date(2024, 3, 1))
    later = cand("c2", "militia", SEVERAL_IN_A_STRIKE, said=dt.date(2024, 3, 20))
    assert link_figures([first, later], []) == []
    assert link_figures([first, replace(later, claim_date=dt.date(2024, 3, 3))], []) != []


def test_an_incident_cannot_postdate_a_claim_about_it() -> None:
    dated = cand("c1", "army", replace(ONE_IN_A_STRIKE, incident_date=dt.date(2024, 3, 10)))
    earlier_claim = cand("c2", "militia", SEVERAL_IN_A_STRIKE, said=dt.date(2024, 3, 2))
    assert link_figures([dated, earlier_claim], []) == []


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


def test_seed_links_are_exactly_the_gold_ones(seed: Any) -> None:
    _, gold, contents, found = seed
    roots = _roots(gold)
    candidates = [LinkCandidate(c["id"], c["speaker"], roots[c["speaker"]], f.to_figure(c["id"]),
                                contents[c["id"]].text)
                  for c in gold["claims"] for f in found[c["id"]]]
    links = link_figures(candidates, [])
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
    _, gold, contents, found = seed
    roots = _roots(gold)
    pair = gold["contradictions"][0]
    claims = {c["id"]: c for c in gold["claims"]}
    candidates = [LinkCandidate(cid, claims[cid]["speaker"], roots[claims[cid]["speaker"]],
                                f.to_figure(cid), contents[cid].text)
                  for cid in (pair["a"], pair["b"]) for f in found[cid]]
    link: ClaimLink
    link, = link_figures(candidates, [])
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
