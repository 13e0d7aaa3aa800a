"""The driver's Rust extension (``neo4j-rust-ext``) against the pure-Python driver, in one run.

The extension replaces the driver's PackStream encoding and decoding, the
client-side cost of every row the writer sends and every record a query
returns. Two interpreters run the same work against the benchmark's server
(:mod:`bench.server`), alternating, best of three each: the project's
``.venv`` (pure driver) and ``var/venv-rust`` (the same driver version plus
the extension; made once by this script with pip). The work:

- ``write rows``: the writer's shape, ``UNWIND $rows`` of claim-like maps
  (strings, a date, numbers) sent as one parameter (encoding);
- ``read rows``: as many such maps returned as records (decoding);
- ``catalog``: the query catalog's small answers (``claims_by_actor`` of the
  heaviest speaker, ``article_graph``) when the server holds the query
  benchmark's synthetic graph (``python -m bench.queries`` left it).

Each figure is the client process's CPU seconds (what the extension can
save, whatever the load) and the wall time; the last line is the ratio of
pure to extension CPU for each.

    python -m bench.driver_ext            # 20,000 rows a call, 10 calls a round
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RUST_VENV = REPO / "var" / "venv-rust"
ROUNDS = 3


def _bench_cypher(name: str) -> str:
    # Read by path: the child runs in an interpreter that may not have the package installed.
    return (REPO / "bench" / "cypher" / f"{name}.cypher").read_text(encoding="utf-8")


def _rows(n: int) -> list[dict[str, Any]]:
    day = dt.date(2024, 1, 1)
    return [{"id": f"claim-{i:012x}", "text": f"The ministry said {i} people were killed near the river crossing",
             "quote": "direct", "first_seen": day + dt.timedelta(days=i % 365), "value": i * 1.5,
             "speakers": [f"actor-{i % 97}", f"actor-{i % 89}"]} for i in range(n)]


def child(uri: str, password: str, rows: int, calls: int, catalog: dict[str, Any] | None) -> dict[str, Any]:
    """The work in this interpreter: {name: [cpu s, wall s]} and whether the extension was loaded."""
    import neo4j
    from neo4j._codec.packstream import v1

    sent = _rows(rows)
    out: dict[str, Any] = {"rust": v1._rust_pack is not None}
    with neo4j.GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
        def timed(name: str, work: Any) -> None:
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(calls):
                with driver.session(database="neo4j") as session:
                    session.execute_read(work)
            out[name] = [time.process_time() - cpu, time.perf_counter() - wall]

        send, read = (_bench_cypher(name) for name in ("driver_ext_send_rows", "driver_ext_read_rows"))
        timed("write rows", lambda tx: tx.run(send, rows=sent).single())
        timed("read rows", lambda tx: list(tx.run(read, n=rows)))
        if catalog:
            queries = [(Path(path).read_text(encoding="utf-8"), params) for path, params in catalog["queries"]]
            timed("catalog", lambda tx: [list(tx.run(text, **params)) for text, params in queries])
    return out


def _catalog() -> dict[str, Any] | None:
    """The heaviest speaker's claims and an article's graph, on the query benchmark's graph if it is loaded."""
    from bench.synthetic import VERSION, Sample
    from claimgraph.graph.results import SEARCH_TOTAL_CAP
    from claimgraph.graph.voice import MAX_MEMBER_DEPTH, key_range

    folders = sorted((REPO / "var" / "bench").glob(f"synthetic-*-v{VERSION}"))
    if not folders:
        return None
    sample = Sample.load(folders[-1] / "sample.json")
    low, high = key_range(None, None)
    cypher = REPO / "cypher" / "read"
    return {"queries": [
        (str(cypher / "claims_by_actor.cypher"), {"id": sample.heaviest, "depth": MAX_MEMBER_DEPTH, "low": low,
                                                  "high": high, "filtered": False, "filters": {"channel": None},
                                                  "limit": 100, "offset": 0, "history": False,
                                                  "cap": SEARCH_TOTAL_CAP}),
        *((str(cypher / "article_graph.cypher"), {"id": article, "version": None})
          for article in sample.article_ids[:20]),
    ]}


def _run(python: Path, uri: str, password: str, rows: int, calls: int, catalog: dict[str, Any] | None
         ) -> dict[str, Any]:
    args = json.dumps({"uri": uri, "password": password, "rows": rows, "calls": calls, "catalog": catalog})
    result = subprocess.run([str(python), str(Path(__file__)), "--child", args], capture_output=True, text=True,
                            check=True, cwd=REPO)
    return dict(json.loads(result.stdout))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000, help="rows a call")
    parser.add_argument("--calls", type=int, default=10, help="calls a round")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        spec = json.loads(args.child)
        print(json.dumps(child(spec["uri"], spec["password"], spec["rows"], spec["calls"], spec["catalog"])))
        return 0

    import neo4j

    from bench.server import BenchServer, load_average
    if not (RUST_VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(RUST_VENV)], check=True)
        subprocess.run([str(RUST_VENV / "bin" / "pip"), "install", "-q", f"neo4j=={neo4j.__version__}",
                        f"neo4j-rust-ext=={neo4j.__version__}.0"], check=True)
    server = BenchServer()
    server.up()
    catalog = _catalog()
    pythons = {"pure": Path(sys.executable), "rust-ext": RUST_VENV / "bin" / "python"}
    print(f"machine: {os.cpu_count()} cores, {load_average()} at start; neo4j driver {neo4j.__version__}; "
          f"{args.rows} rows a call, {args.calls} calls a round, best of {ROUNDS} rounds, alternating")
    best: dict[str, dict[str, list[float]]] = {name: {} for name in pythons}
    for _ in range(ROUNDS):
        for name, python in pythons.items():
            out = _run(python, server.uri, server.password, args.rows, args.calls, catalog)
            if out.pop("rust") != (name == "rust-ext"):
                raise SystemExit(f"{python}: the extension is {'not ' if name == 'rust-ext' else ''}loaded")
            for work, (cpu, wall) in out.items():
                held = best[name].get(work)
                best[name][work] = [cpu, wall] if held is None or cpu < held[0] else held
    ratios = []
    for work in best["pure"]:
        (pure_cpu, pure_wall), (rust_cpu, rust_wall) = best["pure"][work], best["rust-ext"][work]
        ratios.append(f"{work} {pure_cpu / rust_cpu:.2f}x")
        print(f"{work:<11} pure {pure_cpu:6.2f} s cpu {pure_wall:6.2f} s wall   rust-ext {rust_cpu:6.2f} s cpu "
              f"{rust_wall:6.2f} s wall   cpu pure/rust-ext {pure_cpu / rust_cpu:.2f}   [{load_average()}]")
    print("driver-ext: client cpu pure/rust-ext " + ", ".join(ratios))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
