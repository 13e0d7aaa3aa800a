"""The dependencies pyproject.toml declares are the ones installed, and their floors are what the code needs.

A floor too low lets pip pick a version the code cannot run on (trafilatura
1.x makes every HTML page "no main text"); these tests fail on such an
install, or when someone lowers a floor below the feature it guards.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from claimgraph.ingest.readers import read_path

REPO = Path(__file__).resolve().parents[2]

# The lowest version of each library that has what the code uses, and why (typer and pydantic were
# checked by running the unit tests against the floor: typer 0.12.x fails the CLI tests, pydantic 2.7 passes).
NEEDED = {
    "trafilatura": ("2.0", "bare_extraction returns a trafilatura.settings.Document (readers/html.py)"),
    "neo4j": ("6.0", "the 6.x driver: NotificationMinimumSeverity.OFF, unit_of_work timeouts, error classes"),
    "pydantic": ("2.7", "Annotated After/BeforeValidator with ValidationInfo, ConfigDict(strict=True)"),
    "pydantic-settings": ("2.3", "SettingsConfigDict with env_prefix"),
    "typer": ("0.13", "options typed `list[Path] | None`; bool flags that stay off under click 8.2+"),
    "rich": ("13", "progress columns MofNComplete, TransferSpeed, TimeRemaining"),
    # justext (under trafilatura) imports lxml.html.clean, which lxml 5.2 moved out to this project.
    "lxml_html_clean": ("0.4", "lxml.html.clean for justext"),
}


def _requirements(group: str | None = None) -> dict[str, Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = project["dependencies"] if group is None else project["optional-dependencies"][group]
    return {(r := Requirement(line)).name.lower().replace("_", "-"): r for line in lines}


def _floor(requirement: Requirement) -> Version | None:
    floors = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "==", "~=")]
    return max(floors, default=None)


@pytest.mark.parametrize("group", [None, "test"])
def test_every_declared_dependency_is_installed_within_its_range(group: str | None) -> None:
    wrong = {}
    for name, requirement in _requirements(group).items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            wrong[name] = "not installed"
            continue
        if not requirement.specifier.contains(installed, prereleases=True):
            wrong[name] = f"{installed} outside {requirement.specifier}"
    assert not wrong, f"reinstall (pip install -e '.[test]'): {wrong}"


@pytest.mark.parametrize("name", sorted(NEEDED))
def test_the_declared_floor_is_at_least_what_the_code_needs(name: str) -> None:
    needed, why = NEEDED[name]
    requirement = _requirements()[name.lower().replace("_", "-")]
    floor = _floor(requirement)
    assert floor is not None and floor >= Version(needed), f"{name}: declare >={needed} ({why}), not {requirement}"


def test_every_0x_dependency_has_an_upper_bound() -> None:
    """A 0.x library may break its API in any minor release."""
    unbounded = [str(r) for r in _requirements().values()
                 if (floor := _floor(r)) is not None and floor.major == 0
                 and not any(s.operator in ("<", "<=", "~=", "==") for s in r.specifier)]
    assert not unbounded


def test_trafilatura_returns_the_document_object_the_html_reader_reads() -> None:
    import trafilatura
    from trafilatura.settings import Document as Extracted

    page = ("<html><head><title>Dam Report</title></head><body><article><p>"
            + "The engineers said the spillway held through the night and the river fell by morning. " * 3
            + "</p></article></body></html>")
    result = trafilatura.bare_extraction(page, with_metadata=True)
    assert isinstance(result, Extracted), f"trafilatura {trafilatura.__version__} returned {type(result).__name__}"
    assert result.title == "Dam Report" and "spillway held" in (result.text or "")


def test_the_html_reader_reads_a_page_of_our_own(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge Closed After Flood</title>'
        '<meta property="article:published_time" content="2024-06-02"></head><body><nav>Home | World</nav>'
        "<article><h1>Bridge Closed After Flood</h1><p>The transport office said the north bridge would stay "
        "closed for a week while divers inspect its piers.</p><p>Two people were injured when the water rose, "
        "a hospital official said on Sunday.</p></article><footer>Copyright</footer></body></html>",
        encoding="utf-8")
    [doc] = read_path(page)
    assert "north bridge would stay closed" in doc.text and "Home | World" not in doc.text
    assert (doc.meta.title, doc.meta.published, doc.meta.language) == (
        "Bridge Closed After Flood", dt.date(2024, 6, 2), "en")


def test_the_driver_encodes_with_its_rust_extension() -> None:
    """neo4j-rust-ext is declared for the client CPU it saves (bench/driver_ext.py); an install
    where the driver does not load it would fall back to pure Python without a word."""
    from neo4j._codec.packstream import v1

    assert v1._rust_pack is not None and v1._rust_unpack is not None


def test_the_api_server_parses_http_with_httptools() -> None:
    """`claimgraph serve` and the benchmark run uvicorn with `http="auto"`, which takes httptools
    when it can import it and h11 otherwise: the dependency is what makes the choice."""
    from uvicorn.protocols.http.auto import AutoHTTPProtocol
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    assert AutoHTTPProtocol is HttpToolsProtocol
