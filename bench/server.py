"""The benchmarks' own Neo4j server, apart from the demo and test servers.

It is the project's ``scripts/neo4j.sh`` pointed at ``var/neo4j-bench`` on
ports 47687/47474, so a benchmark never touches another database; the bulk
import stops it, imports into its ``neo4j`` database and starts it again.
Settings: ``CLAIMGRAPH_BENCH_HOME``, ``CLAIMGRAPH_BENCH_BOLT_PORT``,
``CLAIMGRAPH_BENCH_HTTP_PORT`` (a second server, for two benchmarks at once),
``CLAIMGRAPH_BENCH_PASSWORD``, ``CLAIMGRAPH_BENCH_HEAP`` and
``CLAIMGRAPH_BENCH_PAGECACHE`` (defaults below).
"""
from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from claimgraph.graph.neo4j_store import Neo4jStore

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "neo4j.sh"


@dataclass(frozen=True, slots=True)
class BenchServer:
    home: Path = Path(os.environ.get("CLAIMGRAPH_BENCH_HOME", REPO / "var" / "neo4j-bench"))
    bolt_port: int = int(os.environ.get("CLAIMGRAPH_BENCH_BOLT_PORT", "47687"))
    http_port: int = int(os.environ.get("CLAIMGRAPH_BENCH_HTTP_PORT", "47474"))
    password: str = os.environ.get("CLAIMGRAPH_BENCH_PASSWORD", "claimgraph-bench")
    heap: str = os.environ.get("CLAIMGRAPH_BENCH_HEAP", "2g")
    pagecache: str = os.environ.get("CLAIMGRAPH_BENCH_PAGECACHE", "3g")

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def env(self) -> dict[str, str]:
        """The environment of the Neo4j scripts, the CLI and the API for this server."""
        return {
            **os.environ,
            "CLAIMGRAPH_NEO4J_HOME": str(self.home),
            "CLAIMGRAPH_NEO4J_BOLT_PORT": str(self.bolt_port),
            "CLAIMGRAPH_NEO4J_HTTP_PORT": str(self.http_port),
            "CLAIMGRAPH_NEO4J_PASSWORD": self.password,
            "CLAIMGRAPH_NEO4J_HEAP": self.heap,
            "CLAIMGRAPH_NEO4J_PAGECACHE": self.pagecache,
            "CLAIMGRAPH_NEO4J_URI": self.uri,
        }

    def _script(self, *args: str) -> str:
        result = subprocess.run([str(SCRIPT), *args], env=self.env(), cwd=REPO, capture_output=True, text=True,
                                check=False)
        if result.returncode != 0:
            raise RuntimeError(f"scripts/neo4j.sh {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout + result.stderr

    def up(self) -> None:
        self._script("up")

    def down(self) -> None:
        self._script("down")
        # The launcher returns once the stop was asked for; the store files
        # stay locked until the JVM is gone, and an import needs them free.
        deadline = time.monotonic() + 120
        while self.pid() is not None and time.monotonic() < deadline:
            time.sleep(0.5)

    @property
    def _imported(self) -> Path:
        return self.home / "imported-graph"

    def holds(self) -> str | None:
        """The name a benchmark gave the graph it last imported here (:meth:`imported`), if nothing has
        replaced the database since; the caller checks that nothing was written into it either."""
        try:
            return self._imported.read_text(encoding="utf-8").strip() or None
        except OSError:
            return None

    def imported(self, name: str | None) -> None:
        """Notes the graph the database now holds by ``name`` (None: another, or one being replaced)."""
        if name is None:
            self._imported.unlink(missing_ok=True)
        else:
            self._imported.write_text(name, encoding="utf-8")

    def stopped_at_exit(self) -> BenchServer:
        """This server, stopped when this process ends, as it ends or fails: a benchmark leaves no
        server behind holding its heap and page cache (gigabytes, after a million claims)."""
        atexit.register(self.down)
        return self

    def fresh(self) -> None:
        """Starts the server on an empty ``neo4j`` database (its store and transaction files removed).

        What an earlier run left (the query benchmark leaves a million
        claims) takes minutes to delete in transactions, and removing the
        files takes seconds.
        """
        self.imported(None)
        self.down()
        for folder in ("databases", "transactions"):
            shutil.rmtree(self.home / "data" / folder / "neo4j", ignore_errors=True)
        self.up()

    def admin(self, *args: str) -> str:
        """Runs neo4j-admin against this server's home (the server must be down for an import)."""
        return self._script("admin", *args)

    def pid(self) -> int | None:
        try:
            pid = int((self.home / "run" / "neo4j.pid").read_text().strip())
            os.kill(pid, 0)
        except (OSError, ValueError):
            return None
        return pid

    def cpu_seconds(self) -> float:
        """CPU time the server process used so far (user + system), from /proc."""
        pid = self.pid()
        if pid is None:
            return 0.0
        return _cpu_seconds(Path(f"/proc/{pid}/stat").read_text())

    def thread_cpu_seconds(self) -> dict[str, float]:
        """CPU time the server's threads used so far, by kind (:func:`thread_kind`), from /proc."""
        pid = self.pid()
        spent: dict[str, float] = {}
        if pid is None:
            return spent
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                stat = (task / "stat").read_text()
            except OSError:
                continue  # the thread ended between the listing and the read
            name = stat[stat.index("(") + 1:stat.rindex(")")]
            kind = thread_kind(name)
            spent[kind] = spent.get(kind, 0.0) + _cpu_seconds(stat)
        return spent

    def store(self, *, query_timeout: float | None = None) -> Neo4jStore:
        return Neo4jStore(self.uri, "neo4j", self.password, query_timeout=query_timeout)


def load_average() -> str:
    """The 1-minute load average and the core count, to print beside each figure."""
    one, _, _ = os.getloadavg()
    return f"load {one:.1f}/{os.cpu_count()} cores"


def _cpu_seconds(stat: str) -> float:
    """User + system CPU seconds from a process's or a thread's /proc stat line."""
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_cpu_seconds(pid: int) -> float:
    """CPU time a process (all its threads) used so far, from /proc."""
    return _cpu_seconds(Path(f"/proc/{pid}/stat").read_text())


THREAD_KINDS = ("Bolt", "JIT", "GC", "other")
"""The kinds :func:`thread_kind` sorts the server's threads into, in the order they are printed."""


def thread_kind(name: str) -> str:
    """Bolt: the workers that plan, run and commit the statements and the network threads that feed
    them; JIT: the JVM's C1 and C2 compilers and its code cache's sweeper; GC: the collector's
    threads; other: the rest (page cache, schedulers, Lucene merges). Linux keeps the first 15
    characters of a thread's name ("neo4j.BoltWorke")."""
    if name.startswith("neo4j.Bolt"):
        return "Bolt"
    if name.startswith(("C1 Compiler", "C2 Compiler", "Sweeper thread")):
        return "JIT"
    if name.startswith(("GC ", "G1 ")):
        return "GC"
    return "other"
