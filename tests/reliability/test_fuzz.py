"""Hypothesis against the readers and the extractor: refusals are ReadErrors, extraction never raises.

Plus the shapes a fuzzer does not stumble on: inputs built to make extraction
slow. Extraction runs in a subprocess with a time limit there, so a runaway
case fails the test instead of hanging the suite.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.extract import extract
from claimgraph.ingest.readers import ReadError, read_path
from claimgraph.ingest.readers.decode import text_problem

pytestmark = pytest.mark.reliability

FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ALIASES = load_aliases([])

# Pieces of news text, written for this test, that steer the fuzzer toward
# what extraction looks for: cues, quotes, names, titles, numbers, dates.
_PIECES = ["said", "told reporters", "according to", "a spokesman for the", "Ministry", "Interior", "General",
           "Col.", "\"", "“", "”", "'", ",", ".", ":", "-", "—", "(AFP)", "Reuters", "at least", "more than",
           "about", "12", "1,200", "three", "dozens of", "killed", "wounded", "on Monday", "last week",
           "March 3", "2024-03-03", "he", "she", "they", "who asked not to be named", "\n\n", "Abu", "al-",
           "O'Neill", "U.S.", "the army", "militants", "civilians", "in", "near", "Qasr Badr", "\u202e", "\x00",
           "\ud800", "\t", "ﬁ", "İ", "ß", "🙂", "\u0301", "`", "{", "}", "MATCH (n)", "$x"]
newsy_text = st.lists(st.sampled_from(_PIECES) | st.text(max_size=12), max_size=80).map(" ".join)
any_text = st.text(max_size=600) | newsy_text
dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))
names = st.none() | st.text(max_size=40) | st.sampled_from(["AFP", "Reuters", "Harbor Times", "Qasr Badr"])
metas = st.builds(ArticleMeta, title=names, url=st.none() | st.just("https://fuzz.example/a"), outlet=names,
                  syndicated_from=names, published=dates, dateline=names, language=st.none() | st.just("en"))


def check_extraction(text: str, meta: ArticleMeta) -> None:
    x = extract(Document(text, meta, "fuzz"), ALIASES)
    for m in x.mentions:
        assert 0 <= m.start <= m.end <= len(text)
        for span in (*m.content, m.sentence, m.source, m.cue):
            if span is not None:
                assert text[span.start:span.end] == span.text
    batch = x.to_batch()
    assert {c.id for c in batch.claims} >= {a.claim_id for a in batch.asserted}


@FUZZ
@given(text=any_text, meta=metas)
def test_extract_never_raises_and_its_spans_point_into_the_text(text: str, meta: ArticleMeta) -> None:
    check_extraction(text, meta)


@settings(FUZZ, max_examples=60)
@given(text=st.text(min_size=2000, max_size=20_000) | newsy_text.map(lambda t: t * 20))
def test_extract_never_raises_on_long_texts(text: str) -> None:
    check_extraction(text, ArticleMeta())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries({}, optional={
    "text": any_text | json_values, "title": names | json_values, "url": st.text(max_size=30) | json_values,
    "outlet": names | json_values, "syndicated_from": names, "published": st.text(max_size=12) | json_values,
    "dateline": names, "language": st.text(max_size=6) | json_values,
})
json_documents = (records | st.lists(records, max_size=3) | json_values).map(
    lambda v: json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass"))
file_bytes = st.binary(max_size=2000) | any_text.map(lambda t: t.encode("utf-8", "surrogatepass")) | json_documents


def check_read(path: Path) -> None:
    sidecar = path.with_name(path.stem + ".meta.json")
    try:
        documents = read_path(path)
    except ReadError as error:
        # A bad sidecar is named itself: the article is refused for its metadata.
        assert error.path in (str(path), str(sidecar)) and error.problem
        assert str(error).startswith(error.path)
        return
    for d in documents:
        assert text_problem(d.text) is None
        assert d.origin.startswith(str(path))


@FUZZ
@given(suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html"]), data=file_bytes,
       sidecar=st.none() | json_documents | st.binary(max_size=200))
def test_the_readers_refuse_with_a_read_error_naming_the_file_or_hand_on_valid_documents(
    suffix: str, data: bytes, sidecar: bytes | None,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzzed{suffix}"
        path.write_bytes(data)
        if sidecar is not None and suffix in (".txt", ".html"):
            (Path(folder) / "fuzzed.meta.json").write_bytes(sidecar)
        check_read(path)


@FUZZ
@given(lines=st.lists(json_documents | st.binary(max_size=100), min_size=1, max_size=6))
def test_the_json_lines_reader_refuses_a_file_with_any_bad_line(lines: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.jsonl"
        path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
        check_read(path)


# --- time ------------------------------------------------------------------

EXTRACTION_BUDGET_S = 10.0
"""A guard against runaway (quadratic or worse) extraction, not a speed measure: 10-20 kB of
ordinary sentences extract in well under 0.1 s, a quadratic shape of that size in 30 s or more.
Counted in the CPU seconds extraction itself uses, so a machine busy with other work does not
spend the budget: wall time there is mostly waiting for a core."""
STUCK_S = 600.0
"""Wall time (interpreter start and imports included) after which the subprocess is called stuck."""

_RUN_EXTRACT = """
import sys, time
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.extract import extract
text = open(sys.argv[1], encoding="utf-8").read()
aliases = load_aliases([])
start = time.process_time()
extract(Document(text, ArticleMeta(), "slow"), aliases)
print(time.process_time() - start)
"""

SLOW_SHAPES = {
    "a 10,000-character capitalised name before 'said'": " ".join(["Abc"] * 2500) + " said the quay would reopen.",
    "a 10,000-character name after 'said'": "\"The quay will reopen,\" said " + " ".join(["Abc"] * 2500) + ".",
    "a 10,000-character one-word name": "\"The quay will reopen,\" said " + "Zq" * 5000 + ", a spokesman.",
    "one 20,000-character sentence of cues": "Officials said that "
                                             + ", ".join(["the minister said the army said"] * 600) + ".",
    "20,000 characters of ordinary sentences": "The port official said three cranes fell on Monday. " * 400,
}


@pytest.mark.parametrize("shape", list(SLOW_SHAPES))
def test_extraction_time_stays_bounded_on_hostile_shapes(shape: str, tmp_path: Path) -> None:
    path = tmp_path / "slow.txt"
    path.write_text(SLOW_SHAPES[shape], encoding="utf-8")
    try:
        result = subprocess.run([sys.executable, "-c", _RUN_EXTRACT, str(path)], capture_output=True, text=True,
                                timeout=STUCK_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"extraction of {shape} ({len(SLOW_SHAPES[shape])} characters) still ran after {STUCK_S:.0f} s")
    assert result.returncode == 0, result.stderr
    seconds = float(result.stdout)
    print(f"\n{shape}: {len(SLOW_SHAPES[shape])} characters extracted in {seconds:.2f} CPU s")
    assert seconds < EXTRACTION_BUDGET_S
