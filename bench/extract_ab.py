"""Extraction speed and output of the working tree against a git revision, in one process.

On a shared machine CPU seconds stretch with the load, so two runs minutes
apart do not compare. This loads both versions of ``claimgraph.ingest`` into
one interpreter (the revision from ``git archive`` into a scratch folder) and
extracts every PolNeAR train article with each in turn, alternating which goes
first, so both meet the same load. It prints articles per CPU second of each,
the speed-up, and how many articles the two extract differently, compared as
``claimgraph extract --json`` prints them (a pure speed change must print 0).

    python -m bench.extract_ab [--base REV] [--passes N]
"""
from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from bench.corpus import POLNEAR_TEXTS, polnear_available

ROOT = Path(__file__).resolve().parents[1]


def _load(path: str | None) -> tuple[Callable[[Any], Any], Callable[[Any], str], Any]:
    """extract(), its JSON and the readers of the claimgraph found first on ``path`` (None: the installed one)."""
    for name in [name for name in sys.modules if name == "claimgraph" or name.startswith("claimgraph.")]:
        del sys.modules[name]
    if path is not None:
        sys.path.insert(0, path)
    try:
        extract = importlib.import_module("claimgraph.ingest.extract")
        aliases = importlib.import_module("claimgraph.ingest.aliases").load_aliases()
        readers = importlib.import_module("claimgraph.ingest.readers")
    finally:
        if path is not None:
            sys.path.remove(path)

    def run(doc: Any) -> Any:
        return extract.extract(doc, aliases)

    def as_json(extraction: Any) -> str:
        return json.dumps(extract.extraction_to_json(extraction), sort_keys=True)

    return run, as_json, readers


def _unpack(revision: str, into: Path) -> None:
    archive = subprocess.run(["git", "archive", revision], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="tar")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="git revision to compare against (default: main)")
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args(argv)
    if not polnear_available():
        print("PolNeAR not found beside the repository (../shared/polnear).", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        _unpack(args.base, Path(scratch))
        base, base_json, _ = _load(scratch)
        work, work_json, readers = _load(None)
        print(f"working tree: {importlib.import_module('claimgraph.native').status()}")
        docs = [doc for path in sorted(POLNEAR_TEXTS[0].glob("*.txt")) for doc in readers.read_path(path)]
        differ = sum(base_json(base(doc)) != work_json(work(doc)) for doc in docs)
        for n in range(args.passes):
            seconds = [0.0, 0.0]
            for i, doc in enumerate(docs):
                for which in ((0, 1) if i % 2 else (1, 0)):
                    started = time.process_time()
                    (base, work)[which](doc)
                    seconds[which] += time.process_time() - started
            print(f"pass {n + 1}: {args.base} {len(docs) / seconds[0]:.1f}, working tree "
                  f"{len(docs) / seconds[1]:.1f} articles per CPU s (speed-up {seconds[0] / seconds[1]:.3f})")
    print(f"articles extracted differently: {differ} of {len(docs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
