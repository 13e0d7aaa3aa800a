"""`claimgraph ingest` in-process into the embedded store: its progress display and standard input."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from claimgraph.ingest.document import Document
from claimgraph.ingest.readers import ReadLimits, count_documents, iter_documents, iter_jsonl_stream
from tests.cli import plain, run

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
_COUNTED = re.compile(r"\b(\d+)/(\d+)\b")


def record(text: str, **meta: object) -> str:
    return json.dumps({"text": text, **meta})


STORY = "The port authority said two cranes were damaged in the storm on Monday."
OTHER = "A coast guard officer said 14 sailors were rescued from the drifting ferry."


@pytest.fixture
def store_env(tmp_path: Path) -> dict[str, str]:
    """The embedded store in a fresh file; a terminal that takes the live display (FORCE_COLOR)."""
    return {"CLAIMGRAPH_STORE_PATH": str(tmp_path / "graph.json"), "CLAIMGRAPH_NEO4J_URI": "",
            "FORCE_COLOR": "1", "COLUMNS": "120"}


def test_files_and_folders_are_counted_first_and_shown_as_a_bar(store_env: dict[str, str]) -> None:
    result = run("ingest", str(SAMPLES), env=store_env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("read 6 articles: written 6, skipped 0")
    shown = plain(result.stderr)
    # The last frame rich draws before it clears the bar: everything done, the rate, the time left.
    last = shown.strip().split("\r")[-1]
    counted = _COUNTED.search(last)
    assert counted and counted.groups() == ("6", "6"), shown
    assert "written 6" in last and "━" in last and re.search(r"\d+\.\d articles/s", last)
    assert re.search(r"left \d+:\d\d:\d\d", last)
    # Every frame counts against the same total, from the first.
    assert {total for _, total in _COUNTED.findall(shown)} == {"6"}


def test_a_second_run_counts_skipped_articles_as_done(store_env: dict[str, str]) -> None:
    assert run("ingest", str(SAMPLES), env=store_env).exit_code == 0
    again = run("ingest", str(SAMPLES), env=store_env)
    assert again.stdout.startswith("read 6 articles: written 0, skipped 6")
    last = plain(again.stderr).strip().split("\r")[-1]
    assert "6/6" in last and "skipped 6" in last


def test_standard_input_is_a_stream_shown_with_a_spinner(store_env: dict[str, str]) -> None:
    result = run("ingest", "-", input=record(STORY) + "\n\n" + record(OTHER) + "\n", env=store_env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("read 2 articles: written 2")
    shown = plain(result.stderr)
    assert "written 2" in shown and not _COUNTED.search(shown) and "━" not in shown


def test_a_bad_record_on_standard_input_is_named_and_the_others_are_written(store_env: dict[str, str]) -> None:
    lines = [record(STORY), '{"text": 5}', record(OTHER)]
    result = run("ingest", "-", input="\n".join(lines) + "\n", env={**store_env, "COLUMNS": "400"})
    assert result.exit_code == 1
    assert result.stdout.startswith("read 3 articles: written 2, skipped 0 (already stored with the same text), failed 1")
    assert re.search(r"not ingested <stdin>:2: .*text", plain(result.stderr))


def test_a_missing_path_is_a_usage_error_naming_it(store_env: dict[str, str], tmp_path: Path) -> None:
    result = run("ingest", str(tmp_path / "nowhere"), env=store_env)
    assert result.exit_code == 2 and "no such file or folder" in plain(result.stderr)
    assert not (tmp_path / "graph.json").exists()


def test_the_count_is_what_the_walk_yields(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "Cranes"}', encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"text": STORY}, {"text": OTHER}, {"text": STORY + " Again."}]),
                                        encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "lines.jsonl").write_text(f"{record(STORY)}\n  \n{record(OTHER)}\r\n", encoding="utf-8")
    (tmp_path / "sub" / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "sub" / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "sub")
    paths = [tmp_path, tmp_path / "a.txt"]
    assert count_documents(paths) == sum(1 for _ in iter_documents(paths)) == 7


def test_a_stream_record_over_the_limit_is_its_own_error_and_the_next_one_is_read() -> None:
    limits = ReadLimits(max_record_bytes=200)
    lines = [json.dumps({"text": STORY + " " + "More words. " * 30}), record(OTHER), "[1, 2]"]
    items = list(iter_jsonl_stream(io.BytesIO("\n".join(lines).encode()), "<stdin>", limits))
    assert [type(i).__name__ for i in items] == ["ReadError", "Document", "ReadError"]
    assert str(items[0]).startswith("<stdin>:1: record too large")
    assert isinstance(items[1], Document) and items[1].origin == "<stdin>:2" and items[1].text == OTHER
    assert str(items[2]).startswith("<stdin>:3: ")
