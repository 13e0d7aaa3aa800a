"""Compile extraction's hot modules with mypyc into ``<venv>/claimgraph-native/`` (``make venv`` runs it).

    python -m claimgraph.native_build

The modules are the ones extraction spends its time in (``python -m
bench.extract_stages``). The build goes to a scratch folder and replaces the
old one whole, with a manifest of the sources' digest that :mod:`claimgraph.native`
checks before it uses them. A failed build (no C compiler, no Python headers)
leaves a manifest that says so, and extraction runs the pure modules.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from claimgraph.native import MANIFEST, NATIVE_DIR, PACKAGE, sources_digest

COMPILED = (
    "ingest/sentences.py",
    "ingest/spans.py",
    "ingest/trie.py",
    "ingest/cues.py",
    "ingest/attribution/__init__.py",
    "ingest/attribution/contents.py",
    "ingest/attribution/cue_context.py",
    "ingest/attribution/frames.py",
    "ingest/attribution/sources.py",
    "ingest/attribution/tokens.py",
    "ingest/actors.py",
    "ingest/coref.py",
    "ingest/names.py",
    "ingest/figures.py",
    "ingest/numbers.py",
    "ingest/dates.py",
    "ingest/own_voice.py",
    "ingest/extract.py",
    "ingest/aliases.py",
    "ingest/memo.py",
    "ingest/incidents.py",
    "ingest/linking.py",
    "graph/ids.py",
)
"""Under ``claimgraph/``: where ``python -m bench.extract_stages`` and cProfile found extraction's time."""


def _compile(scratch: Path, lib: Path) -> None:
    from mypyc.build import mypycify
    from setuptools import Distribution

    # mypy names each module from its path and the folders' __init__.py files,
    # so the paths go through this folder's links (claimgraph/ingest/...).
    paths = [str(PACKAGE / p) for p in COMPILED]
    os.chdir(PACKAGE.parent)
    # MYPYC_OPT_LEVEL=0 compiles in a fraction of the time, for trying a change.
    extensions = mypycify(paths, target_dir=str(scratch / "c"), group_name="claimgraph_native",
                          opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"))
    dist = Distribution({"name": "claimgraph-native", "ext_modules": extensions})
    build = dist.get_command_obj("build_ext")
    build.build_lib = str(lib)
    build.build_temp = str(scratch / "o")
    dist.run_command("build_ext")


def build(native_dir: Path = NATIVE_DIR) -> dict[str, object]:
    """Compile into ``native_dir`` (replaced whole); returns the manifest written there."""
    digest = sources_digest()
    started = time.monotonic()
    native_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="claimgraph-native-", dir=native_dir.parent) as scratch:
        lib = Path(scratch) / "lib"
        manifest: dict[str, object] = {"digest": digest, "compiled": list(COMPILED), "files": []}
        try:
            _compile(Path(scratch), lib)
            manifest["files"] = sorted(p.relative_to(lib).as_posix() for p in lib.rglob("*") if p.is_file())
        except (Exception, SystemExit) as e:  # setuptools reports a compiler error as SystemExit
            shutil.rmtree(lib, ignore_errors=True)
            lib.mkdir(parents=True)
            manifest["error"] = f"{type(e).__name__}: {e}"
        manifest["seconds"] = round(time.monotonic() - started, 1)
        (lib / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        if native_dir.exists():
            shutil.rmtree(native_dir)
        lib.rename(native_dir)
    return manifest


def main() -> int:
    manifest = build()
    if manifest.get("error"):
        print(f"claimgraph: compiling extraction failed, it runs as pure Python: {manifest['error']}", file=sys.stderr)
    else:
        print(f"claimgraph: compiled {len(COMPILED)} extraction modules in {manifest['seconds']} s into {NATIVE_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
