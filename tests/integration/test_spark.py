"""The Spark job (local[2]) against the single-process ingest, on the real Neo4j server.

One SparkSession serves the module; the samples, the seed, 300 PolNeAR
articles and one text saved twice are ingested once by ``claimgraph ingest``'s pipeline, once by the
job written online from the partitions, once by the job's import files
through ``neo4j-admin database import``: the three graphs must be one
(counts per label and type, and the checksum over every node and
relationship with their properties).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.pipeline import Failure, ingest_documents
from claimgraph.ingest.readers import ReadError, iter_documents
from claimgraph.settings import Settings
from tests.conftest import REPO, Neo4jServer, shared_path
from tests.reliability.graphs import Fingerprint, fingerprint

if not os.environ.get("CI"):
    pytest.importorskip("pyspark", reason="the spark extra is not installed (make test installs it)")

from claimgraph.spark.bulk import complete_import, import_command, write_bulk  # noqa: E402
from claimgraph.spark.job import JobOptions, JobPlan, keyed_rows, session  # noqa: E402
from claimgraph.spark.online import write_online  # noqa: E402
from claimgraph.spark.sources import HIDDEN_TO_SPARK  # noqa: E402

pytestmark = pytest.mark.neo4j

POLNEAR_ARTICLES = int(os.environ.get("CLAIMGRAPH_SPARK_POLNEAR", "300"))
"""PolNeAR texts in the equality test, spread evenly over train and dev. A third of the 924 keeps
the suite's time budget; CLAIMGRAPH_SPARK_POLNEAR=924 reads them all (about 70 s more)."""


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    # local[2, 2]: two cores, and a failed task is run once more (as a cluster's executors do).
    s = session("local[2,2]", "claimgraph-tests")
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def _polnear() -> list[Path]:
    texts = [*sorted(shared_path("polnear", "train", "text").glob("*.txt")),
             *sorted(shared_path("polnear", "dev", "text").glob("*.txt"))]
    return texts[::max(1, len(texts) // POLNEAR_ARTICLES)][:POLNEAR_ARTICLES]


def _settings(server: Neo4jServer) -> Settings:
    return Settings(neo4j_uri=server.uri, neo4j_password=server.password)


def _single(store: Neo4jStore, paths: list[Path]) -> Fingerprint:
    report = ingest_documents(store, iter_documents(paths), load_aliases())
    assert report.ok, report.failures[:3]
    return fingerprint(store)


def _same(got: Fingerprint, want: Fingerprint) -> None:
    assert (got.nodes, got.relationships) == (want.nodes, want.relationships)
    # An ArticleText shares its article's id: that pair is no duplicate, and the single process has it too.
    assert got.duplicates == want.duplicates
    assert got.checksum == want.checksum, got.differences(want)


def _import(server: Neo4jServer, plan: JobPlan, folder: Path) -> None:
    """The job's import files into the test server's database (stopped meanwhile), then the schema."""
    files = write_bulk(plan, folder)
    assert server.make("neo4j-down").returncode == 0
    try:
        result = subprocess.run([str(REPO / "scripts" / "neo4j.sh"), "admin", *import_command(files, folder)],
                                cwd=REPO, env=server.env(), capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    finally:
        up = server.make("neo4j-up")
        assert up.returncode == 0, up.stdout + up.stderr
    with Neo4jStore(server.uri, "neo4j", server.password) as store:
        complete_import(store)


def test_the_job_online_and_as_import_files_gives_the_single_process_graph(
        store: Neo4jStore, neo4j_server: Neo4jServer, spark: object, tmp_path: Path) -> None:
    polnear = _polnear()
    twice = tmp_path / "twice"
    twice.mkdir()
    for name in ("first.txt", "second.txt"):
        shutil.copyfile(polnear[0], twice / name)
    paths = [REPO / "samples", shared_path("corpus", "seed"), *polnear, twice]
    want = _single(store, paths)
    assert want.nodes["Incident"] > 0 and want.relationships.get("CONTRADICTS", 0) > 0

    plan = keyed_rows(spark, paths, options=JobOptions())  # type: ignore[arg-type]
    # The text saved twice and once more among the PolNeAR texts is extracted three times and written
    # once, as ingest skips what it has stored.
    assert (plan.articles, plan.failures) == (want.nodes["Article"] + 2, [])
    store.clear()
    write_online(plan, _settings(neo4j_server))
    _same(fingerprint(store), want)

    _import(neo4j_server, plan, tmp_path / "import")
    _same(fingerprint(store), want)


def test_a_task_killed_mid_partition_and_run_again_writes_nothing_twice(
        store: Neo4jStore, neo4j_server: Neo4jServer, spark: object, tmp_path: Path) -> None:
    paths = [REPO / "samples", shared_path("corpus", "seed")]
    want = _single(store, paths)
    store.clear()
    plan = keyed_rows(spark, paths)  # type: ignore[arg-type]

    # Defined here, so Spark ships it by value (the workers cannot import a test module).
    def killed_after_first_write(written: int) -> None:
        """Kills the task's Python worker after its first committed transaction, on the first attempt only."""
        from pyspark import TaskContext

        context = TaskContext.get()
        if written == 0 and context is not None and context.attemptNumber() == 0:
            (tmp_path / f"killed-{context.stageId()}-{context.partitionId()}").touch()
            os._exit(1)

    write_online(plan, _settings(neo4j_server), max_rows=40, after_write=killed_after_first_write)
    assert list(tmp_path.glob("killed-*")), "no task was killed"
    _same(fingerprint(store), want)


def test_bad_files_are_reported_and_the_rest_is_written_from_paths_or_uris_alike(
        store: Neo4jStore, neo4j_server: Neo4jServer, spark: object, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "samples", corpus / "samples")
    (corpus / "good.txt").write_text("Officials said 12 people were killed in a strike near Dar Kala on Monday.\n")
    (corpus / "broken.jsonl").write_text('{"text": "fine"}\n{"text": \n')
    (corpus / "bad.json").write_text("[1, 2")
    (corpus / ".hidden.txt").write_text("The walk skips hidden files.\n")
    (corpus / "_draft.txt").write_text("Spark's file source hides this name.\n")
    plan = keyed_rows(spark, [corpus])  # type: ignore[arg-type]
    samples = sum(1 for d in iter_documents([corpus / "samples"]) if not isinstance(d, ReadError))
    assert plan.articles == samples + 1
    # The same readers, so the same errors as claimgraph ingest, in its order; and the name Spark hides.
    assert plan.failures == [Failure(str(corpus / "_draft.txt"), HIDDEN_TO_SPARK),
                             *(Failure(e.path + e.where, e.problem) for e in iter_documents([corpus])
                               if isinstance(e, ReadError))]
    assert [Path(f.origin).name for f in plan.failures] == ["_draft.txt", "bad.json", "broken.jsonl:2"]

    # A store named by URI (file:// here, s3a:// on a cluster) is listed and read through Spark: the
    # same documents and errors, named by the URI.
    by_uri = keyed_rows(spark, [f"file://{corpus}", f"file://{tmp_path}/missing"])  # type: ignore[arg-type]
    assert by_uri.failures == [*(Failure(f"file://{f.origin}", f.problem) for f in plan.failures),
                               Failure(f"file://{tmp_path}/missing", "no such file or folder")]
    assert repr(by_uri.rows.collect()) == repr(plan.rows.collect()).replace(str(corpus), f"file://{corpus}")

    write_online(plan, _settings(neo4j_server))
    assert store.counts().nodes["Article"] == samples + 1
