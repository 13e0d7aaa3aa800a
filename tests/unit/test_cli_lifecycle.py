"""`claimgraph history`, `clocks`, `remove`, `reextract` and `status` in-process on the embedded store."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import plain, run
from tests.lifecycle import FLOOD_URL, FLOOD_V1, FLOOD_V2


@pytest.fixture
def store_env(tmp_path: Path) -> dict[str, str]:
    return {"CLAIMGRAPH_STORE_PATH": str(tmp_path / "graph.json"), "CLAIMGRAPH_NEO4J_URI": "", "COLUMNS": "200"}


def _post(tmp_path: Path, env: dict[str, str], text: str, name: str) -> None:
    record = tmp_path / f"{name}.json"
    record.write_text(json.dumps({"text": text, "url": FLOOD_URL, "outlet": "Valley Post",
                                  "published": "2024-05-07"}), encoding="utf-8")
    assert run("ingest", str(record), env=env).exit_code == 0


def test_an_article_over_time_on_the_command_line(tmp_path: Path, store_env: dict[str, str]) -> None:
    _post(tmp_path, store_env, FLOOD_V1, "v1")
    _post(tmp_path, store_env, FLOOD_V2, "v2")
    history = json.loads(run("history", FLOOD_URL, "--json", env=store_env).stdout)
    assert [(v["version"], v["latest"]) for v in history["versions"]] == [(1, False), (2, True)]
    clocks = run("clocks", "Seventeen people were killed", env=store_env)
    assert clocks.exit_code == 0 and "published" in clocks.stdout and "stored" in clocks.stdout
    status = plain(run("status", env=store_env).stdout)
    assert "2 article version(s) read by" in status and "(current)" in status
    assert run("reextract", env=store_env).exit_code == 2
    again = run("reextract", "--all", env=store_env)
    assert again.exit_code == 0 and again.stdout.startswith("read 2 of 2 article version(s) again")
    assert run("reextract", "--outdated", env=store_env).stdout.startswith("read 0 of 0")
    removed = run("remove", FLOOD_URL, env=store_env)
    assert removed.exit_code == 0 and removed.stdout.startswith("removed article article-")
    gone = run("remove", FLOOD_URL, env=store_env)
    assert gone.exit_code == 1 and "no article with id" in gone.stderr
