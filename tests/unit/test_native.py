"""The compiled extraction modules run only while they match the sources (claimgraph/native.py)."""
from __future__ import annotations

import importlib.machinery
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph import native

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


@pytest.fixture(autouse=True)
def _restore_import_system() -> Iterator[None]:
    finders, status = list(sys.meta_path), native.status()
    yield
    sys.meta_path[:] = finders
    native._status = status


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the sources the digest covers."""
    root = tmp_path / "claimgraph"
    for tree in native.SOURCE_TREES:
        shutil.copytree(native.PACKAGE / tree, root / tree, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    return root


def _build(native_dir: Path, package: Path) -> Path:
    """A manifest as claimgraph.native_build writes it, for one compiled module (never loaded here)."""
    native_dir.mkdir()
    module = Path("claimgraph/ingest") / f"spans{SUFFIX}"
    manifest = {"digest": native.sources_digest(package), "files": [module.as_posix()]}
    (native_dir / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return native_dir / module


def _finders() -> list[object]:
    return [f for f in sys.meta_path if type(f).__name__ == "_NativeFinder"]


def test_compiled_modules_are_found_when_the_manifest_matches_the_sources(
        tmp_path: Path, package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    compiled = _build(tmp_path / "native", package)
    assert native.install(tmp_path / "native", package).startswith("compiled")
    (finder,) = _finders()
    monkeypatch.setattr(sys.modules["claimgraph"], "__path__", [str(package)])
    spec = finder.find_spec("claimgraph.ingest.spans")  # type: ignore[attr-defined]
    assert spec is not None and spec.origin == str(compiled)
    assert finder.find_spec("claimgraph.ingest.aliases") is None  # type: ignore[attr-defined]


def test_an_edited_source_runs_the_pure_modules(tmp_path: Path, package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    _build(tmp_path / "native", package)
    spans = package / "ingest" / "spans.py"
    spans.write_text(spans.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert "sources changed" in native.install(tmp_path / "native", package)
    assert not _finders()


def test_the_compiled_modules_serve_only_the_claimgraph_they_were_built_from(
        tmp_path: Path, package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    _build(tmp_path / "native", package)
    native.install(tmp_path / "native", package)
    (finder,) = _finders()
    monkeypatch.setattr(sys.modules["claimgraph"], "__path__", [str(tmp_path / "another")])
    assert finder.find_spec("claimgraph.ingest.spans") is None  # type: ignore[attr-defined]


def test_the_environment_variable_runs_the_pure_modules(
        tmp_path: Path, package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _build(tmp_path / "native", package)
    monkeypatch.setenv(native.PURE_ENV, "1")
    assert native.PURE_ENV in native.install(tmp_path / "native", package)
    assert not _finders()


def test_a_missing_or_failed_build_runs_the_pure_modules(tmp_path: Path, package: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    assert "no compiled build" in native.install(tmp_path / "absent", package)
    failed = tmp_path / "failed"
    failed.mkdir()
    manifest = {"digest": native.sources_digest(package), "files": [], "error": "CompileError: no gcc"}
    (failed / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert "no gcc" in native.install(failed, package)
    assert not _finders()
