"""Four ingest processes over overlapping inputs at once: the graph of one clean run, nothing twice."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from claimgraph.graph.neo4j_store import Neo4jStore
from tests.conftest import Neo4jServer
from tests.reliability.conftest import CORPUS_SIZE, CleanRun
from tests.reliability.graphs import fingerprint
from tests.reliability.processes import finish, start_ingest

pytestmark = pytest.mark.reliability

PROCESSES = 4

# Properties a MERGE sets only when it creates the node or relationship, or
# keeps from the first write that gave one (cypher/write/merge_*.cypher): the
# process that wrote first decides them, as the file order does in a single
# run (incidents are compared by the figures that count them: tests.reliability.graphs). Every other property, every id and every relationship must be the
# clean run's.
FIRST_WRITE_WINS = {
    "Actor": {"name", "kind", "role", "aliases", "search_names", "outlet_kind"},
    "Claim": {"text", "quote", "confidence"},
    "Place": {"name", "name_key"},
    "Event": {"name", "date"},
    # The first report of an event names its incident and gives its kind, place and days.
    "Incident": {"kind", "label", "place", "places", "date", "window_start", "window_end"},
    "Figure": {"incident_label"},
    "ASSERTED": {"article", "cue", "channel", "date", "anonymous", "source_start", "source_end", "cue_start",
                 "cue_end", "voice_key"},
    "CONTRADICTS": {"reason"},
    "CORROBORATES": {"reason"},
    "VARIANT_OF": {"terms", "reason"},
    "EXCLUDES": {"reason", "article"},
    "PART_OF": {"reason", "article"},
    "MEMBER_OF": {"article", "start", "end"},
    "SPEAKS_FOR": {"role", "article", "start", "end"},
    # stated_key holds the claim's earliest ASSERTED date and speaker_key its speaker's, each its first write's
    # (and place_key stated_key's).
    "STATES": {"article", "start", "end", "stated_key", "speaker_key", "place_key"},
}


def first_write_wins(kind: str) -> set[str]:
    """What may differ on a node of these labels (comma-separated) or a relationship of this type."""
    return set().union(*(FIRST_WRITE_WINS.get(part, set()) for part in kind.split(",")))


def overlapping_inputs(corpus: Path, root: Path) -> list[Path]:
    """Four folders over the corpus: the articles cut in four quarters, folder
    i holding quarters i and i+1, so every article is ingested by two processes."""
    articles = sorted(p for p in corpus.rglob("*") if p.is_file() and not p.name.endswith(".meta.json"))
    quarters = [articles[i::PROCESSES] for i in range(PROCESSES)]
    folders = []
    for i in range(PROCESSES):
        folder = root / f"process-{i}"
        for q in (i, (i + 1) % PROCESSES):
            for article in quarters[q]:
                sidecar = article.with_name(article.name.removesuffix(article.suffix) + ".meta.json")
                for src in (article, sidecar) if sidecar.exists() else (article,):
                    dst = folder / src.relative_to(corpus)
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(src, dst)
        folders.append(folder)
    return folders


def test_four_concurrent_ingests_over_overlapping_inputs_give_the_clean_graph(
    rel_server: Neo4jServer, corpus: Path, clean_run: CleanRun, rel_store: Neo4jStore, tmp_path: Path,
) -> None:
    folders = overlapping_inputs(corpus, tmp_path)
    started = time.monotonic()
    processes = [start_ingest(rel_server, folder) for folder in folders]
    runs = [finish(p, started) for p in processes]
    seconds = time.monotonic() - started
    after = fingerprint(rel_store)

    print(f"\n{PROCESSES} processes at once, {seconds:.1f} s:")
    for folder, run in zip(folders, runs, strict=True):
        s = run.summary
        print(f"  {folder.name}: exit {run.returncode}, read {s.read}, written {s.written}, skipped {s.skipped}, "
              f"failed {s.failed}")
    changed = after.changed_properties(clean_run.fingerprint)
    print(f"  graph: {after.describe()}")
    print(f"  clean: {clean_run.fingerprint.describe()}")
    print(f"  properties that differ from the clean run (first write wins): "
          f"{ {kind: sorted(names) for kind, names in sorted(changed.items())} }")

    for run in runs:
        assert run.returncode == 0, run.output
    assert sum(run.summary.read for run in runs) == 2 * CORPUS_SIZE
    assert after.duplicates == 0
    assert (after.nodes, after.relationships) == (clean_run.fingerprint.nodes, clean_run.fingerprint.relationships)
    unexpected = {kind: names - first_write_wins(kind) for kind, names in changed.items()}
    assert not any(unexpected.values()), (unexpected, after.differences(clean_run.fingerprint))
