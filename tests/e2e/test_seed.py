"""The seed article posted over HTTP: the gold's provenance paths and figure conflict come back."""
from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from tests.conftest import shared_path
from tests.e2e.apps import API_KEY

pytestmark = pytest.mark.neo4j

SEED = ("corpus", "seed")


def load_gold() -> dict[str, Any]:
    gold: dict[str, Any] = yaml.safe_load(shared_path(*SEED, "us-strikes-iraq.gold.yaml").read_text(encoding="utf-8"))
    return gold


def seed_article() -> dict[str, Any]:
    text = shared_path(*SEED, "us-strikes-iraq.txt").read_text(encoding="utf-8")
    meta = json.loads(shared_path(*SEED, "us-strikes-iraq.meta.json").read_text(encoding="utf-8"))
    fields = ("title", "url", "outlet", "syndicated_from", "published", "dateline", "language")
    return {"text": text, **{k: meta[k] for k in fields if meta.get(k) is not None}}


@pytest.fixture
def seeded(client: TestClient) -> TestClient:
    r = client.post("/articles", json=seed_article(), headers={"X-API-Key": API_KEY})
    assert r.status_code == 200, r.text
    assert r.json()["written"] == 1
    return client


class Names:
    """Gold names to the graph's actors: a name or any alias, ignoring case (the gold's rule)."""

    def __init__(self, client: TestClient, gold: dict[str, Any]) -> None:
        self.client = client
        self.gold_aliases = {a["name"]: [a["name"], *a.get("aliases", [])] for a in gold["actors"]}
        self.profiles: dict[str, set[str]] = {}

    def _names_of(self, actor_id: str) -> set[str]:
        if actor_id not in self.profiles:
            p = self.client.get(f"/actors/{actor_id}").json()
            self.profiles[actor_id] = {n.casefold() for n in [p["name"], *p["aliases"]]}
        return self.profiles[actor_id]

    def matches(self, actor_id: str, gold_name: str) -> bool:
        wanted = {n.casefold() for n in self.gold_aliases.get(gold_name, [gold_name])}
        return bool(wanted & self._names_of(actor_id))

    def find(self, gold_name: str) -> str:
        for name in self.gold_aliases.get(gold_name, [gold_name]):
            for hit in self.client.get("/actors", params={"q": name}).json()["items"]:
                if self.matches(hit["id"], gold_name):
                    return str(hit["id"])
        raise AssertionError(f"no actor for {gold_name!r}")


def test_the_gold_provenance_paths_come_back_outlet_first(seeded: TestClient) -> None:
    gold = load_gold()
    names = Names(seeded, gold)
    for wanted in gold["provenance"]:
        speaker = names.find(wanted[2])
        claims = seeded.get(f"/actors/{speaker}/claims").json()["items"]
        assert claims, f"{wanted[2]} asserted nothing"
        chains = [[a["id"] for a in path["chain"]]
                  for c in claims for path in seeded.get(f"/claims/{c['id']}/provenance").json()["paths"]]
        assert any(len(chain) == len(wanted) and all(names.matches(a, g) for a, g in zip(chain, wanted, strict=True))
                   for chain in chains), (wanted, chains)


def test_the_several_versus_one_conflict_is_in_the_killed_table_with_its_reason(seeded: TestClient) -> None:
    gold = load_gold()
    names = Names(seeded, gold)
    ryder = names.find("Pat Ryder")
    rows = seeded.get("/figures", params={"metric": "killed"}).json()["items"]
    several = [r for r in rows if r["figure"]["qualifier"] == "several"
               and any(a["id"] == ryder for a in r["stated_by"])]
    assert several, rows
    against = several[0]["contradicts"]
    ones = [x for x in against if any(f["value"] == 1 for f in x["figures"])]
    assert ones and all(x["reason"] for x in ones)
    pmf_source = names.find("PMF source")
    assert any(any(a["id"] == pmf_source for a in x["stated_by"]) for x in ones)


def test_posting_the_seed_again_changes_nothing(seeded: TestClient) -> None:
    before = seeded.get("/figures", params={"metric": "killed"}).json()
    again = seeded.post("/articles", json=seed_article(), headers={"X-API-Key": API_KEY}).json()
    assert (again["written"], again["skipped"]) == (0, 1)
    assert seeded.get("/figures", params={"metric": "killed"}).json() == before


# --- an organization's voice ---------------------------------------------------------

def _claims(client: TestClient, actor_id: str, **params: str) -> dict[str, Any]:
    r = client.get(f"/actors/{actor_id}/claims", params=params)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def _first_hit(client: TestClient, query: str) -> str:
    return str(client.get("/actors", params={"q": query}).json()["items"][0]["id"])


@pytest.mark.parametrize("query", ["PMF", "Hashed al-Shaabi"])
def test_the_pmf_answers_with_its_sources_one_fighter_claim(seeded: TestClient, query: str) -> None:
    names = Names(seeded, load_gold())
    pmf, source = names.find("Popular Mobilization Forces"), names.find("PMF source")
    assert _first_hit(seeded, query) == pmf
    body = _claims(seeded, pmf)
    fighter = [c for c in body["items"] if "one fighter" in c["text"]]
    assert [(c["speaker"]["id"], c["via"]) for c in fighter] == [(source, "anonymous source")]
    assert [step["actor"]["id"] for step in fighter[0]["chain"]] == [pmf]
    assert body["through_others"] >= 1 and body["total"] == body["own"] + body["through_others"]
    own = _claims(seeded, pmf, scope="own")
    assert own["total"] == own["own"] == body["own"] and own["through_others"] == 0
    assert all(c["speaker"]["id"] == pmf for c in own["items"])


def test_the_pentagon_answers_with_ryder_singh_and_its_source_each_with_via(seeded: TestClient) -> None:
    names = Names(seeded, load_gold())
    pentagon = names.find("Pentagon")
    assert _first_hit(seeded, "Pentagon") == pentagon
    body = _claims(seeded, pentagon)
    via = {c["speaker"]["id"]: c["via"] for c in body["items"]}
    ryder, singh, source = names.find("Pat Ryder"), names.find("Sabrina Singh"), names.find("Pentagon source")
    assert {ryder, singh, source, pentagon} <= set(via)
    assert via[ryder].startswith("Pat Ryder, ") and "spokesman" in via[ryder]
    assert via[singh].startswith("Sabrina Singh, ") and "Press Secretary" in via[singh]
    assert (via[source], via[pentagon]) == ("anonymous source", None)
    speakers = [c["speaker"]["id"] for c in body["items"]]
    assert body["through_others"] == sum(s != pentagon for s in speakers) and body["own"] == speakers.count(pentagon)
    assert body["total"] > _claims(seeded, pentagon, scope="own")["total"]
    profile = seeded.get(f"/actors/{pentagon}").json()
    assert profile["claims_through_others"] == body["through_others"]


def test_ryder_answers_as_before(seeded: TestClient) -> None:
    ryder = Names(seeded, load_gold()).find("Pat Ryder")
    voiced, own = _claims(seeded, ryder), _claims(seeded, ryder, scope="own")
    assert voiced["through_others"] == 0 and voiced["total"] == voiced["own"] == own["total"] >= 3
    assert voiced["items"] == own["items"]
    assert all(c["via"] is None and c["chain"] == [] for c in voiced["items"])


def test_the_pmf_figures_hold_its_sources_one_killed(seeded: TestClient) -> None:
    names = Names(seeded, load_gold())
    pmf, source = names.find("Popular Mobilization Forces"), names.find("PMF source")
    r = seeded.get("/figures", params={"metric": "killed", "by": pmf})
    assert r.status_code == 200, r.text
    rows = [(x["figure"]["value"], x["speaker"]["id"], x["via"]) for x in r.json()["items"]]
    assert (1, source, "anonymous source") in rows
    assert seeded.get("/figures", params={"metric": "killed", "by": pmf, "scope": "own"}).json()["total"] == 0
    assert seeded.get("/figures", params={"metric": "killed", "by": "actor-nobody"}).status_code == 404


def test_the_pmf_gave_a_toll_for_the_strike_incident_through_its_source(seeded: TestClient) -> None:
    names = Names(seeded, load_gold())
    pmf, source = names.find("Popular Mobilization Forces"), names.find("PMF source")
    voiced = seeded.get("/incidents", params={"by": pmf}).json()
    assert voiced["total"] >= 1 and voiced["by"] == pmf and voiced["scope"] == "all"
    assert seeded.get("/incidents", params={"by": pmf, "scope": "own"}).json()["total"] == 0
    assert seeded.get("/incidents", params={"by": source}).json()["total"] == voiced["total"]
    assert seeded.get("/incidents", params={"by": "actor-nobody"}).status_code == 404
