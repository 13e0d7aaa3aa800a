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
