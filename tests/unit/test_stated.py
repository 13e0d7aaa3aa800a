"""The order keys on STATES (the figures table's, one speaker's, one place's): their order, the ranges
that filter them, and who keeps them."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from claimgraph.graph.import_files import GraphCsv
from claimgraph.graph.memory import MemoryStore
from claimgraph.graph.model import Actor, ActorKind, Article, Asserted, Batch, Claim, Figure, Metric, QuoteKind, States
from claimgraph.graph.stated import metric_range, place_key, speaker_key, stated_key, stated_on
from claimgraph.graph.voice import key_range

D = dt.date


def test_keys_order_a_metrics_rows_by_date_then_figure_then_claim_with_undated_last() -> None:
    keys = [stated_key("killed", D(2024, 5, 2), "figure-b", "claim-a"), stated_key("killed", None, "figure-a", "claim-a"),
            stated_key("killed", D(2024, 5, 2), "figure-a", "claim-b"),
            stated_key("killed", D(2024, 5, 2), "figure-a", "claim-a"),
            stated_key("killed", D(2023, 12, 31), "figure-z", "claim-z")]
    assert [k.split(" ", 1)[1] for k in sorted(keys)] == [
        "2023-12-31 figure-z claim-z", "2024-05-02 figure-a claim-a", "2024-05-02 figure-a claim-b",
        "2024-05-02 figure-b claim-a", "~ figure-a claim-a"]


@pytest.mark.parametrize(("since", "until", "inside"), [
    (None, None, {"2024-05-01", "2024-05-02", "~"}),
    (D(2024, 5, 2), None, {"2024-05-02"}),
    (None, D(2024, 5, 1), {"2024-05-01"}),
    (D(2024, 5, 2), D(2024, 5, 1), set()),
])
def test_a_metrics_range_holds_only_its_keys_inclusive_and_undated_only_unbounded(
        since: dt.date | None, until: dt.date | None, inside: set[str]) -> None:
    dates = {"2024-05-01": D(2024, 5, 1), "2024-05-02": D(2024, 5, 2), "~": None}
    low, high = metric_range("killed", since, until)
    assert {name for name, date in dates.items() if low <= stated_key("killed", date, "figure-x", "claim-x") < high} \
        == inside
    # Another metric's keys, even one whose name starts alike, are outside.
    low, high = metric_range("kill", None, None)
    assert not low <= stated_key("killed", D(2024, 5, 1), "figure-x", "claim-x") < high


def test_stated_on_is_the_earliest_asserted_date_else_first_seen() -> None:
    assert stated_on([None, D(2024, 5, 3), D(2024, 5, 2)], D(2024, 5, 1)) == D(2024, 5, 2)
    assert stated_on([None], D(2024, 5, 1)) == D(2024, 5, 1)
    assert stated_on([], None) is None


def test_speaker_keys_order_a_speakers_figures_by_date_claim_figure_undated_last() -> None:
    def key(date: dt.date | None, claim: str, figure: str) -> str:
        return speaker_key([("actor-a", date)], None, "killed", claim, figure)

    keys = [key(D(2024, 5, 2), "claim-b", "figure-a"), key(None, "claim-a", "figure-a"),
            key(D(2024, 5, 2), "claim-a", "figure-b"), key(D(2024, 5, 2), "claim-a", "figure-a"),
            key(D(2023, 12, 31), "claim-z", "figure-z")]
    assert [k.split(" ", 2)[2] for k in sorted(keys)] == [
        "2023-12-31 claim-z figure-z", "2024-05-02 claim-a figure-a", "2024-05-02 claim-a figure-b",
        "2024-05-02 claim-b figure-a", "~ claim-a figure-a"]


@pytest.mark.parametrize(("since", "until", "inside"), [
    (None, None, {"2024-05-01", "2024-05-02", "~"}),
    (D(2024, 5, 2), None, {"2024-05-02"}),
    (None, D(2024, 5, 1), {"2024-05-01"}),
])
def test_a_speakers_range_of_a_metric_holds_only_its_keys(
        since: dt.date | None, until: dt.date | None, inside: set[str]) -> None:
    """The bounds figures_by_actor.cypher makes: 'speaker metric' then graph.voice.key_range's."""
    dates = {"2024-05-01": D(2024, 5, 1), "2024-05-02": D(2024, 5, 2), "~": None}
    low, high = key_range(since, until)
    assert {name for name, date in dates.items()
            if "actor-a killed" + low <= speaker_key([("actor-a", date)], None, "killed", "claim-x", "figure-x")
            < "actor-a killed" + high} == inside
    # Another speaker whose id starts alike, another metric, a claim keyed with no speaker: outside.
    for other in (speaker_key([("actor-ab", D(2024, 5, 1))], None, "killed", "claim-x", "figure-x"),
                  speaker_key([("actor-a", D(2024, 5, 1))], None, "injured", "claim-x", "figure-x"),
                  speaker_key([], D(2024, 5, 1), "killed", "claim-x", "figure-x")):
        assert not "actor-a killed" + low <= other < "actor-a killed" + high


def test_a_claims_one_speaker_keys_its_date_else_first_seen_and_none_or_several_key_no_speaker() -> None:
    assert speaker_key([("actor-a", D(2024, 5, 3))], D(2024, 5, 1), "killed", "claim-1", "figure-1") \
        == "actor-a killed 2024-05-03 claim-1 figure-1"
    assert speaker_key([("actor-a", None)], D(2024, 5, 1), "killed", "claim-1", "figure-1") \
        == "actor-a killed 2024-05-01 claim-1 figure-1"
    assert speaker_key([("actor-a", None)], None, "killed", "claim-1", "figure-1") == "actor-a killed ~ claim-1 figure-1"
    # Several speakers or none: the speaker part is empty and the date the claim's stated_on;
    # ' killed ' <= key < ' killed!' is that range (figures_by_actor.cypher).
    several = speaker_key([("actor-a", D(2024, 5, 3)), ("actor-b", D(2024, 5, 2))], D(2024, 5, 1), "killed",
                          "claim-1", "figure-1")
    none = speaker_key([], D(2024, 5, 1), "killed", "claim-1", "figure-1")
    assert (several, none) == (" killed 2024-05-02 claim-1 figure-1", " killed 2024-05-01 claim-1 figure-1")
    assert all(" killed " <= k < " killed!" for k in (several, none))


_SPEAKER, _MEDIC = (Actor("actor-a", "Speaker A", ActorKind.PERSON), Actor("actor-b", "Medic B", ActorKind.PERSON))
_CLAIM = Claim("claim-1", "the toll was one", QuoteKind.DIRECT, first_seen=D(2024, 5, 9))
_FIGURE = Figure("figure-1", Metric.KILLED, "one")


def _batches() -> list[Batch]:
    """A claim said on the 9th with its figure, then reported again, a medic saying it on the 4th."""
    first, later = Article("article-1", "sha-1"), Article("article-2", "sha-2")
    return [Batch(articles=[first], actors=[_SPEAKER], claims=[_CLAIM], figures=[_FIGURE],
                  asserted=[Asserted(_SPEAKER.id, _CLAIM.id, first.id, date=D(2024, 5, 9))],
                  states=[States(_CLAIM.id, _FIGURE.id, first.id, 0, 3)]),
            Batch(articles=[later], actors=[_MEDIC], claims=[_CLAIM],
                  asserted=[Asserted(_MEDIC.id, _CLAIM.id, later.id, date=D(2024, 5, 4))])]


def test_the_embedded_store_keys_a_figure_by_its_claims_earliest_date_and_again_when_it_moves() -> None:
    store = MemoryStore()
    first, later = _batches()
    store.write(first)
    [(_, _, states)] = [e for e in store.graph().edges(data=True) if e[2]["type"] == "STATES"]
    assert states["props"]["stated_key"] == "killed 2024-05-09 figure-1 claim-1"
    assert states["props"]["speaker_key"] == "actor-a killed 2024-05-09 claim-1 figure-1"
    store.write(later)
    store.write(later)
    [(_, _, states)] = [e for e in store.graph().edges(data=True) if e[2]["type"] == "STATES"]
    assert states["props"]["stated_key"] == "killed 2024-05-04 figure-1 claim-1"
    # Two speakers now: no speaker part, and the figure still in each one's list.
    assert states["props"]["speaker_key"] == " killed 2024-05-04 claim-1 figure-1"
    assert [row.speaker.id for row in store.figures(Metric.KILLED, by=_MEDIC.id).items if row.speaker] == [_MEDIC.id]
    assert [row.stated_on for row in store.figures(Metric.KILLED).items] == [D(2024, 5, 4)]


def test_place_keys_put_a_places_rows_in_the_tables_order_whatever_the_case_of_its_name() -> None:
    early, late = stated_key("killed", D(2024, 5, 1), "figure-b", "claim-b"), stated_key("killed", None, "figure-a",
                                                                                          "claim-a")
    keys = [place_key("Gaza City", late), place_key("gaza city", early), place_key("Gaza", early), place_key(None, early)]
    assert sorted(keys) == [" killed 2024-05-01 figure-b claim-b", "gaza city killed 2024-05-01 figure-b claim-b",
                            "gaza city killed ~ figure-a claim-a", "gaza killed 2024-05-01 figure-b claim-b"]


def _states_keys(graph: GraphCsv, folder: Path) -> list[tuple[str, str]]:
    [states] = [f for f in graph.write(folder) if f.name == "STATES"]
    with states.path.open(newline="", encoding="utf-8") as handle:
        return [(row["stated_key"], row["speaker_key"], row["place_key"]) for row in csv.DictReader(handle)]


def test_the_import_files_key_what_they_hold_and_leave_the_rest_to_the_store(tmp_path: Path) -> None:
    whole = GraphCsv()
    for batch in _batches():
        whole.add(batch)
    assert _states_keys(whole, tmp_path / "whole") == [("killed 2024-05-04 figure-1 claim-1",
                                                         " killed 2024-05-04 claim-1 figure-1",
                                                         " killed 2024-05-04 figure-1 claim-1")]
    first = GraphCsv()
    first.add(_batches()[0])
    assert _states_keys(first, tmp_path / "first") == [("killed 2024-05-09 figure-1 claim-1",
                                                         "actor-a killed 2024-05-09 claim-1 figure-1",
                                                         " killed 2024-05-09 figure-1 claim-1")]
    # A part without the claim (a Spark task of other shards) cannot know its dates.
    part = GraphCsv()
    part.add(Batch(states=_batches()[0].states))
    assert _states_keys(part, tmp_path / "part") == [("", "", "")]
