"""Extraction's hot modules compiled with mypyc, used only while they match the sources.

``make venv`` compiles the modules :mod:`claimgraph.native_build` names into
``<venv>/claimgraph-native/``, with a manifest holding a digest of the sources
they were compiled from. They are kept apart from the ``.py`` files because a
compiled module beside its source shadows it: an edited ``.py`` would silently
run the old compiled code. :func:`install` (called when ``claimgraph.ingest`` is
first imported) hands the compiled modules to the import system only when the
digest of the sources on disk is the manifest's, so an edit runs the pure modules
until ``make venv`` compiles again; ``CLAIMGRAPH_PURE_PYTHON=1`` runs them always.
:func:`status` says which runs and why.

mypyc makes a class of a compiled module a native one when it is plain or a ``dataclasses.dataclass``,
which is why the values extraction builds by the hundred are written ``@dataclass(slots=True,
unsafe_hash=True)``. The frozen dataclasses carry ``@mypyc_attr(native_class=False)``: a native
frozen class cannot be unpickled, and extractions and alias tables go to and from the extraction
processes (``ingest/pipeline.py``) by pickle.
"""
from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).parent
"""This folder as imported (``claimgraph/``, whose ``ingest``/``graph`` are links to the top-level folders)."""
SOURCE_TREES = ("ingest", "graph")
"""What the compiled code may depend on: the compiled modules and every module they read types from."""
NATIVE_DIR = Path(sys.prefix) / "claimgraph-native"
MANIFEST = "manifest.json"
PURE_ENV = "CLAIMGRAPH_PURE_PYTHON"

_status = "pure Python: not installed yet"


def sources_digest(package: Path = PACKAGE) -> str:
    """sha256 over every ``.py`` file of :data:`SOURCE_TREES` under ``package``, path and contents."""
    h = hashlib.sha256()
    for tree in SOURCE_TREES:
        root = package / tree
        for path in sorted(root.rglob("*.py")):
            h.update(f"{path.relative_to(package).as_posix()}\0".encode())
            h.update(path.read_bytes())
            h.update(b"\0")
    return h.hexdigest()


class _NativeFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules, and only for the ``claimgraph`` folder they were compiled from."""

    def __init__(self, files: dict[str, Path], package: Path) -> None:
        self.files = files
        self.package = package

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None or not self._from_our_sources():
            return None
        if file.name.startswith("__init__."):
            source_dir = self.package.joinpath(*fullname.split(".")[1:])
            return importlib.util.spec_from_file_location(fullname, file, submodule_search_locations=[str(source_dir)])
        return importlib.util.spec_from_file_location(fullname, file)

    def _from_our_sources(self) -> bool:
        # Another claimgraph imported into this process (bench.extract_ab loads a git revision beside
        # this tree) must get its own pure modules, never this tree's compiled ones.
        root = sys.modules.get("claimgraph")
        return root is not None and any(Path(p) == self.package for p in getattr(root, "__path__", ()))


def _module_name(relative: Path) -> str:
    name = relative.as_posix()
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    name = name.replace("/", ".")
    return name.removesuffix(".__init__")


def _read_manifest(native_dir: Path) -> dict[str, object] | None:
    try:
        manifest = json.loads((native_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def install(native_dir: Path = NATIVE_DIR, package: Path = PACKAGE) -> str:
    """Put the compiled modules before the pure ones when they match the sources; returns :func:`status`."""
    global _status
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _NativeFinder)]
    manifest = _read_manifest(native_dir)
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        _status = f"pure Python: {PURE_ENV} is set"
    elif manifest is None:
        _status = f"pure Python: no compiled build in {native_dir} (make venv builds it)"
    elif not manifest.get("files"):
        _status = f"pure Python: the compiled build failed ({manifest.get('error', 'no modules')})"
    elif manifest.get("digest") != sources_digest(package):
        _status = "pure Python: the sources changed since they were compiled (make venv compiles them again)"
    else:
        files = manifest["files"]
        assert isinstance(files, list)
        found = {_module_name(Path(f)): native_dir / f for f in files}
        sys.meta_path.insert(0, _NativeFinder(found, package))
        _status = f"compiled with mypyc: {sum(1 for n in found if n.startswith('claimgraph.'))} modules"
    return _status


def status() -> str:
    """Which extraction modules this process runs: compiled, or pure Python and why."""
    return _status
