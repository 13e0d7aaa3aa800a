"""The graph over time under faults: reextract killed at points chosen from its observed progress,
four processes adding versions, removing and reading again at once, and a Neo4j backup restored.

These tests use LIFECYCLE_CORPUS articles (the samples and PolNeAR training texts): 100, to stay
within this suite's time budget; CLAIMGRAPH_LIFECYCLE_CORPUS sets another size (the 500 the
reextract test was asked for costs what docs/benchmarks.md says)."""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from claimgraph.graph import ids
from claimgraph.graph.neo4j_store import Neo4jStore
from tests.conftest import REPO, Neo4jServer, shared_path
from tests.reliability.conftest import SAMPLE_ARTICLES, SAMPLES
from tests.reliability.graphs import await_no_transactions, fingerprint
from tests.reliability.processes import COMMAND, cli_env, keep_log, kill_group, run_cli, run_ingest

pytestmark = pytest.mark.reliability

LIFECYCLE_CORPUS = int(os.environ.get("CLAIMGRAPH_LIFECYCLE_CORPUS", "100"))
KILLS = 3
NEW_RULES = """actors:
  - name: Bernie Sanders
    kind: person
    aliases: [Sanders, Senator Sanders, Sen. Sanders]
"""
"""A rule change that reads many PolNeAR articles otherwise: the alias table learns a name."""


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    polnear = shared_path("polnear", "train", "text")
    root = tmp_path_factory.mktemp("lifecycle-corpus")
    shutil.copytree(SAMPLES, root / "samples", ignore=shutil.ignore_patterns("*.md"))
    (root / "polnear").mkdir()
    for text in sorted(polnear.glob("*.txt"))[: LIFECYCLE_CORPUS - SAMPLE_ARTICLES]:
        shutil.copyfile(text, root / "polnear" / text.name)
    return root


@pytest.fixture(scope="module")
def new_rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rules") / "aliases.yaml"
    path.write_text(NEW_RULES, encoding="utf-8")
    return path


def _env(server: Neo4jServer, rules: Path | None = None) -> dict[str, str]:
    return cli_env(server, CLAIMGRAPH_ALIASES=json.dumps([str(rules)] if rules else []))


def _current(server: Neo4jServer, rules: Path) -> str:
    result = run_cli(server, ["status", "--json"], env=_env(server, rules))
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["current_extractor"])


def _read_by(store: Neo4jStore, version: str) -> int:
    return {r["extractor"]: r["articles"] for r in store.read("extractor_counts")}.get(version, 0)


def _orphans(store: Neo4jStore) -> dict[str, int]:
    return store.read("lifecycle_orphans")[0]


def test_sigkill_during_reextract_then_the_rest_gives_a_clean_ingest_with_the_new_rules(
    rel_server: Neo4jServer, rel_store: Neo4jStore, small_corpus: Path, new_rules: Path,
) -> None:
    clean = run_ingest(rel_server, small_corpus, env=_env(rel_server, new_rules))
    assert clean.returncode == 0, clean.output
    reference = fingerprint(rel_store)
    rel_store.clear()
    old = run_ingest(rel_server, small_corpus, env=_env(rel_server))
    assert (old.returncode, old.summary.written) == (0, LIFECYCLE_CORPUS), old.output
    current = _current(rel_server, new_rules)
    rng = random.Random(int(time.time_ns() % 2**32))
    kills = []
    for _ in range(KILLS):
        # The kill point is a count of articles the new rules have read, observed, never a time.
        before = _read_by(rel_store, current)
        target = before + rng.randint(1, 12)
        process = subprocess.Popen([*COMMAND, "reextract", "--outdated"], env=_env(rel_server, new_rules),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        while process.poll() is None and _read_by(rel_store, current) < target:
            time.sleep(0.02)
        if process.poll() is not None:
            break
        kill_group(process)
        await_no_transactions(rel_store)
        kills.append((before, _read_by(rel_store, current)))
        # Every article holds one reading: the old rules' or the new ones', never a mix.
        assert sum(r["articles"] for r in rel_store.read("extractor_counts")) == LIFECYCLE_CORPUS
        assert not any(_orphans(rel_store).values()), _orphans(rel_store)
    rest = run_cli(rel_server, ["reextract", "--outdated"], env=_env(rel_server, new_rules))
    print(f"\nkilled at (new-rule readings before, at the kill): {kills}; then: {rest.stdout.strip()}")
    assert rest.returncode == 0, rest.stdout + rest.stderr
    after = fingerprint(rel_store)
    assert _read_by(rel_store, current) == LIFECYCLE_CORPUS
    assert (after.nodes, after.relationships) == (reference.nodes, reference.relationships), \
        after.differences(reference)
    assert after.checksum == reference.checksum, after.differences(reference)


def _web_articles(corpus: Path, root: Path, name: str, update: str = "") -> Path:
    """Every third PolNeAR text as a JSON record with a URL (what makes a later text a new version
    of it), ``update`` (formatted with a number of its own, so no two updates are one claim) added."""
    folder = root / name
    folder.mkdir()
    for n, text in enumerate(sorted((corpus / "polnear").glob("*.txt"))[::3]):
        record = {"text": text.read_text(encoding="utf-8") + update.format(n=n + 3),
                  "url": f"https://polnear.example/{text.stem}"}
        (folder / f"{text.stem}.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def test_four_processes_versioning_removing_and_reading_again_leave_no_duplicates_or_orphans(
    rel_server: Neo4jServer, rel_store: Neo4jStore, small_corpus: Path, new_rules: Path, tmp_path: Path,
) -> None:
    first = _web_articles(small_corpus, tmp_path, "first")
    updates = _web_articles(small_corpus, tmp_path, "updates", "\n\nUpdate: officials said {n} people were injured.\n")
    initial = run_ingest(rel_server, small_corpus, first, env=_env(rel_server))
    assert initial.returncode == 0, initial.output
    # Removed: articles no update names (an update of a removed article would store it again).
    web = {ids.article_id("", json.loads(f.read_text())["url"]) for f in updates.iterdir()}
    removed = [s.id for s in rel_store.article_stamps() if s.key not in web][1::4][:10]
    started = time.monotonic()
    commands = [
        ["ingest", str(updates)],
        ["remove", *removed[:1]],
        ["reextract", "--all"],
        ["ingest", str(first), str(updates)],
    ]
    processes = [subprocess.Popen([*COMMAND, *args], env=_env(rel_server, new_rules if "reextract" in args else None),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for args in commands]
    for ref in removed[1:]:
        run_cli(rel_server, ["remove", ref], env=_env(rel_server))
    results = []
    for args, process in zip(commands, processes, strict=True):
        stdout, stderr = process.communicate(timeout=1800)
        keep_log("lifecycle", f"$ claimgraph {' '.join(args)}\nexit {process.returncode}\n{stdout}\n{stderr}")
        results.append((args[0], process.returncode, stdout.strip().splitlines()[-1:] if stdout else stderr[-300:]))
    print(f"\n4 processes in {time.monotonic() - started:.1f} s: {results}")
    # A reextract may meet an article another process removed meanwhile: it names it and goes on.
    assert all(code in (0, 1) if name == "reextract" else code == 0 for name, code, _ in results), results
    after = fingerprint(rel_store)
    assert after.duplicates == 0
    assert not any(_orphans(rel_store).values()), _orphans(rel_store)
    versions = rel_store.read("article_stamps")
    assert len({(v["key"], v["version"]) for v in versions}) == len(versions)
    assert not {s for s in removed} & {v["id"] for v in versions}
    # Every updated article got its second version once, whichever process wrote it.
    assert {v["key"] for v in versions if v["version"] == 2} == web


def test_a_restored_backup_is_the_same_graph(rel_server: Neo4jServer, rel_store: Neo4jStore, tmp_path: Path) -> None:
    assert run_ingest(rel_server, SAMPLES, env=_env(rel_server)).returncode == 0
    before = fingerprint(rel_store)
    dump = tmp_path / "graph.dump"
    made = subprocess.run(["make", "--no-print-directory", "neo4j-backup", f"FILE={dump}"], cwd=REPO,
                          env=rel_server.env(), capture_output=True, text=True, timeout=900)
    assert made.returncode == 0 and dump.stat().st_size > 0, made.stdout + made.stderr
    rel_store.clear()
    assert fingerprint(rel_store).checksum != before.checksum
    loaded = subprocess.run(["make", "--no-print-directory", "neo4j-restore", f"FILE={dump}"], cwd=REPO,
                            env=rel_server.env(), capture_output=True, text=True, timeout=900)
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr
    assert fingerprint(rel_store).checksum == before.checksum
