"""Readers: every format to Documents, and every bad input to a ReadError."""
from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.readers import ReadError, iter_documents, read_path
from claimgraph.ingest.readers.read_limits import DEFAULT_LIMITS, ReadLimits

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
SHARED = REPO / ".." / "shared"

ARTICLE = (
    "Rebels Seize Border Crossing After Night of Shelling\n"
    "\n"
    "TAL RIMA (AFP) - Rebel fighters took control of the Tal Rima border crossing on Sunday, "
    "a spokesman for the group said, after a night of heavy shelling.\n"
    "\n"
    "The army said 9 soldiers were killed, while a medical source put the toll at 14.\n"
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def write_json(path: Path, value: object) -> Path:
    return write(path, json.dumps(value))


def record(**fields: object) -> dict[str, object]:
    return {"text": "The ministry said three people were hurt in the blast.", **fields}


def read_error(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_path(path, limits)
    return caught.value


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is absent (the shared corpus sits beside the repo in CI)")
        pytest.skip(f"{path} is absent")
    return path


# --- plain text --------------------------------------------------------------

def test_plain_text_with_sidecar_takes_typed_metadata_from_it(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt", ARTICLE)
    write_json(tmp_path / "a.meta.json", {
        "title": "Rebels take crossing", "url": "https://news.example/a", "outlet": "Border Times",
        "syndicated_from": "Reuters", "published": "2024-05-02T22:30:00-04:00", "dateline": "Tal Rima",
        "language": "en", "note": "ignored",
    })
    [doc] = read_path(article)
    assert doc.meta == ArticleMeta(
        title="Rebels take crossing", url="https://news.example/a", outlet="Border Times",
        syndicated_from="Reuters", published=dt.date(2024, 5, 2), dateline="Tal Rima", language="en",
    )
    assert doc.origin == str(article)


def test_plain_text_without_sidecar_infers_headline_dateline_and_wire_tag(tmp_path: Path) -> None:
    [doc] = read_path(write(tmp_path / "a.txt", ARTICLE))
    assert doc.meta == ArticleMeta(
        title="Rebels Seize Border Crossing After Night of Shelling",
        dateline="Tal Rima",
        syndicated_from="AFP",
    )


def test_dateline_line_with_colon_is_found_after_a_teaser(tmp_path: Path) -> None:
    text = (
        "Ceasefire Talks Stall in Port City\n\n"
        "Negotiators left without a deal late on Monday, two diplomats said on condition of anonymity.\n\n"
        "Port Amara:\n\n"
        "Talks between the two delegations broke off after six hours, officials said.\n"
    )
    [doc] = read_path(write(tmp_path / "a.txt", text))
    assert doc.meta.dateline == "Port Amara"
    assert doc.meta.title == "Ceasefire Talks Stall in Port City"


def test_trailing_feed_note_names_the_agency_the_text_mentions(tmp_path: Path) -> None:
    text = (
        "Two Killed in Market Blast\n\n"
        "An explosion tore through a market on Friday, killing two people, police said.\n\n"
        "Hundreds gathered at the scene, according to a Reuters photographer.\n\n"
        "(This article was auto-published from a syndicated feed.)\n"
    )
    [doc] = read_path(write(tmp_path / "a.txt", text))
    assert doc.meta.syndicated_from == "Reuters"


def test_text_without_headline_or_dateline_infers_neither(tmp_path: Path) -> None:
    text = "The council met on Tuesday.\nIt approved the budget.\n"
    [doc] = read_path(write(tmp_path / "a.txt", text))
    assert doc.meta == ArticleMeta()


def test_transcript_speaker_labels_are_not_a_dateline(tmp_path: Path) -> None:
    text = (
        "Partial transcript of the interview follows.\n\n"
        "HOST NAME: Thank you for joining us on the programme this morning, minister.\n\n"
        "MINISTER: It is a pleasure to be here with you and your listeners today.\n"
    )
    [doc] = read_path(write(tmp_path / "a.txt", text))
    assert doc.meta.dateline is None


def test_sidecar_fields_win_and_fields_it_leaves_out_are_inferred(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt", ARTICLE)
    write_json(tmp_path / "a.meta.json", {"outlet": "Border Times", "syndicated_from": None})
    [doc] = read_path(article)
    assert doc.meta.outlet == "Border Times"
    assert doc.meta.syndicated_from is None  # explicit null: not syndicated, not "infer"
    assert doc.meta.dateline == "Tal Rima"  # absent: inferred


def test_text_is_the_decoded_file_byte_for_byte(tmp_path: Path) -> None:
    text = "Headline Here Today\r\n\r\n\tIndented line – “quoted” é 中文 😀\r\nlast line  \n\n"
    [doc] = read_path(write(tmp_path / "a.txt", text))
    assert doc.text == text
    assert doc.text.encode("utf-8") == (tmp_path / "a.txt").read_bytes()


def test_utf8_byte_order_mark_is_dropped_and_nothing_else(tmp_path: Path) -> None:
    [doc] = read_path(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")))
    assert doc.text == ARTICLE


# --- JSON and JSON Lines -----------------------------------------------------

def test_json_object_is_one_document_with_text_exactly_as_given(tmp_path: Path) -> None:
    text = "  Line one.\r\nLine two with \"quotes\" and \\ backslash.\n"
    path = write_json(tmp_path / "a.json", record(text=text, outlet="Gazette", published="2024-01-31"))
    [doc] = read_path(path)
    assert doc.text == text
    assert doc.meta.outlet == "Gazette"
    assert doc.meta.published == dt.date(2024, 1, 31)
    assert doc.origin == str(path)


def test_json_list_gives_one_document_per_item_with_index_origins(tmp_path: Path) -> None:
    path = write_json(tmp_path / "a.json", [record(title="First Item"), record(title="Second Item")])
    docs = read_path(path)
    assert [d.meta.title for d in docs] == ["First Item", "Second Item"]
    assert [d.origin for d in docs] == [f"{path}[0]", f"{path}[1]"]


def test_json_lines_gives_one_document_per_line_with_line_origins(tmp_path: Path) -> None:
    lines = [json.dumps(record(outlet="A")), "", "   ", json.dumps(record(outlet="B"))]
    path = write(tmp_path / "a.jsonl", "\r\n".join(lines) + "\r\n")
    docs = read_path(path)
    assert [d.meta.outlet for d in docs] == ["A", "B"]
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:4"]


def test_record_fields_it_leaves_out_are_inferred_from_its_text(tmp_path: Path) -> None:
    [doc] = read_path(write_json(tmp_path / "a.json", {"text": ARTICLE, "outlet": "Gazette"}))
    assert doc.meta.syndicated_from == "AFP"
    assert doc.meta.outlet == "Gazette"


@pytest.mark.parametrize("name", [
    'The "Daily" Post',
    "Back`tick` News",
    "Curly {braces} Wire",
    "MATCH (n) DETACH DELETE n",
    "'; DROP TABLE outlets; --",
    "Агентство «Новости»",
])
def test_names_with_quotes_braces_and_cypher_words_are_kept_verbatim(tmp_path: Path, name: str) -> None:
    fields = {"title": name, "outlet": name, "syndicated_from": name, "dateline": name}
    [doc] = read_path(write_json(tmp_path / "a.json", record(**fields)))
    assert (doc.meta.title, doc.meta.outlet, doc.meta.syndicated_from, doc.meta.dateline) == (name,) * 4


def test_published_datetime_keeps_the_publishers_calendar_date(tmp_path: Path) -> None:
    [doc] = read_path(write_json(tmp_path / "a.json", record(published="2024-03-14T23:50:00+03:00")))
    assert doc.meta.published == dt.date(2024, 3, 14)


# --- HTML --------------------------------------------------------------------

HTML = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Port Reopens After Blockade | Harbour News</title>
<meta property="og:title" content="Port Reopens After Blockade">
<meta property="og:site_name" content="Harbour News">
<link rel="canonical" href="https://harbour.example/port-reopens">
<meta property="article:published_time" content="2024-06-01T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Port Reopens After Blockade</h1>
<p>PORT AMARA - The main port reopened on Saturday after a two-week blockade,
the transport ministry said in a statement issued to reporters.</p>
<p>A ministry spokesman said at least 40 ships were waiting to dock,
and that customs officers would work through the night to clear them.</p>
<p>Dock workers' unions said the delays had cost their members several weeks of pay.</p>
</article><footer>Copyright Harbour News</footer></body></html>
"""


def test_html_page_gives_main_text_and_page_metadata(tmp_path: Path) -> None:
    [doc] = read_path(write(tmp_path / "a.html", HTML))
    assert "the transport ministry said in a statement" in doc.text
    assert "Sport" not in doc.text and "Copyright" not in doc.text
    assert doc.meta == ArticleMeta(
        title="Port Reopens After Blockade", url="https://harbour.example/port-reopens",
        outlet="Harbour News", published=dt.date(2024, 6, 1), dateline="Port Amara", language="en-GB",
    )


def test_html_sidecar_overrides_the_page(tmp_path: Path) -> None:
    page = write(tmp_path / "a.htm", HTML)
    write_json(tmp_path / "a.meta.json", {"outlet": "Harbour News Online", "syndicated_from": "AP"})
    [doc] = read_path(page)
    assert (doc.meta.outlet, doc.meta.syndicated_from) == ("Harbour News Online", "AP")
    assert doc.meta.title == "Port Reopens After Blockade"


# --- the project's samples ---------------------------------------------------

def sample_documents() -> list[Document]:
    items = list(iter_documents([SAMPLES]))
    errors = [str(item) for item in items if isinstance(item, ReadError)]
    assert not errors
    return [item for item in items if isinstance(item, Document)]


def test_every_sample_reads_cleanly_with_full_metadata() -> None:
    docs = sample_documents()
    assert 4 <= len(docs) <= 6
    for doc in docs:
        assert doc.meta.title and doc.meta.outlet and doc.meta.url and doc.meta.language == "en"
        assert isinstance(doc.meta.published, dt.date)


def test_samples_cover_every_format_and_a_syndicated_wire_story() -> None:
    suffixes = sorted(p.suffix for p in SAMPLES.iterdir() if not p.name.endswith(".meta.json"))
    assert {".txt", ".json", ".jsonl", ".html"} <= set(suffixes)
    assert len(list(SAMPLES.glob("*.meta.json"))) >= 2
    assert len(read_path(next(SAMPLES.glob("*.jsonl")))) == 2
    wire = [d for d in sample_documents() if d.origin.endswith(".txt") and d.meta.syndicated_from]
    assert wire


def test_sample_text_is_the_file_text() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        [doc] = read_path(path)
        assert doc.text == path.read_bytes().decode("utf-8")


def test_samples_share_no_sentence_with_the_seed_article() -> None:
    seed = shared_path("corpus", "seed", "us-strikes-iraq.txt").read_text(encoding="utf-8")
    seed_sentences = {s.strip() for s in re.split(r"(?<=[.!?])\s+", seed) if len(s.split()) >= 6}
    samples = " ".join(d.text for d in sample_documents())
    assert not [s for s in seed_sentences if s in samples]


# --- walking -----------------------------------------------------------------

def test_walk_is_sorted_and_skips_hidden_files_sidecars_and_other_types(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a.txt", ARTICLE)
    write_json(tmp_path / "a.meta.json", {"outlet": "X"})
    write(tmp_path / ".hidden.txt", ARTICLE)
    write(tmp_path / ".git" / "c.txt", ARTICLE)
    write(tmp_path / "notes.md", "# notes")
    write(tmp_path / "sub" / "c.txt", ARTICLE)
    origins = [item.origin for item in iter_documents([tmp_path]) if isinstance(item, Document)]
    assert origins == [str(tmp_path / n) for n in ("a.txt", "b.txt", "sub/c.txt")]


def test_walk_yields_a_bad_file_as_an_error_and_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "")
    write(tmp_path / "b.txt", ARTICLE)
    items = list(iter_documents([tmp_path]))
    assert isinstance(items[0], ReadError) and str(items[0]) == f"{tmp_path / 'a.txt'}: empty file"
    assert isinstance(items[1], Document)


def test_walk_ends_on_symlink_loops_and_reads_a_linked_file_once(tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "a.txt", ARTICLE)
    (tmp_path / "corpus" / "loop").symlink_to(tmp_path / "corpus", target_is_directory=True)
    (tmp_path / "corpus" / "same.txt").symlink_to(tmp_path / "corpus" / "a.txt")
    items = list(iter_documents([tmp_path / "corpus", tmp_path / "corpus" / "a.txt"]))
    assert [item.origin for item in items if isinstance(item, Document)] == [str(tmp_path / "corpus" / "a.txt")]


def test_walk_streams_one_file_at_a_time(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE)
    stream = iter_documents([tmp_path])
    assert isinstance(next(stream), Document)
    (tmp_path / "b.txt").unlink()  # only read when the stream gets to it
    assert str(next(stream)) == f"{tmp_path / 'b.txt'}: no such file or folder"


def test_a_single_path_passed_bare_is_walked_as_one_path(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    assert [d.origin for d in iter_documents(str(tmp_path))] == [str(tmp_path / "a.txt")]  # type: ignore[arg-type]


def test_a_file_named_explicitly_with_an_unknown_type_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.pdf", "%PDF")
    [item] = list(iter_documents([path]))
    assert isinstance(item, ReadError)
    assert str(item).startswith(f"{path}: unsupported file type ('.pdf')")


def test_a_sidecar_named_explicitly_is_an_error(tmp_path: Path) -> None:
    path = write_json(tmp_path / "a.meta.json", {"outlet": "X"})
    assert "holds metadata for the article beside it" in str(read_error(path))


def test_a_bad_json_lines_file_yields_its_error_and_no_document(tmp_path: Path) -> None:
    lines = [json.dumps(record()), json.dumps(record()), json.dumps(record(published="soon"))]
    path = write(tmp_path / "a.jsonl", "\n".join(lines))
    items = list(iter_documents([path]))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert str(items[0]).startswith(f"{path}:3: field 'published':")


def test_read_error_survives_pickling_for_worker_processes() -> None:
    error = ReadError("x.jsonl", "bad", ":3")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.problem, copy.where, str(copy)) == ("x.jsonl", "bad", ":3", "x.jsonl:3: bad")


# --- bad input: one clear error naming the file and the problem ---------------

@pytest.mark.parametrize("suffix", [".txt", ".json", ".jsonl", ".html"])
def test_empty_file_is_an_error(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"a{suffix}", b"")
    assert str(read_error(path)) == f"{path}: empty file"


def test_whitespace_only_text_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", " \n\t\r\n ")
    assert str(read_error(path)) == f"{path}: text is whitespace only"


def test_whitespace_only_text_field_is_an_error(tmp_path: Path) -> None:
    path = write_json(tmp_path / "a.json", record(text="   \n"))
    assert str(read_error(path)) == f"{path}: field 'text': text is whitespace only"


def test_nul_bytes_are_binary_content(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"GIF89a\x00\x01\x02")
    assert str(read_error(path)) == f"{path}: binary content (NUL byte at byte offset 6)"


def test_text_of_control_characters_is_binary_content(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "ab\x01\x02\x03\x04\x05\x06cd")
    assert str(read_error(path)).startswith(f"{path}: binary content (6 control characters")


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"Caf\xe9 au lait, said the owner.")
    assert str(read_error(path)) == f"{path}: invalid UTF-8 at byte offset 3 (byte 0xe9)"


def test_invalid_utf8_in_json_lines_names_the_line_and_file_offset(tmp_path: Path) -> None:
    good = json.dumps(record()).encode()
    path = write(tmp_path / "a.jsonl", good + b"\n" + b'{"text": "caf\xe9"}\n')
    offset = len(good) + 1 + len(b'{"text": "caf')
    assert str(read_error(path)) == f"{path}:2: invalid UTF-8 at byte offset {offset} (byte 0xe9)"


def test_utf16_text_is_named_as_such(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE.encode("utf-16"))
    assert str(read_error(path)) == f"{path}: UTF-16 text (byte order mark); expected UTF-8"


@pytest.mark.parametrize("suffix", [".txt", ".json", ".html"])
def test_file_over_the_size_limit_is_an_error(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"a{suffix}", b"x" * 2001)
    message = str(read_error(path, ReadLimits(max_file_bytes=2000)))
    assert message == f"{path}: too large: 2,001 bytes, over the limit of 2,000 bytes"


def test_json_lines_file_may_exceed_the_file_limit_but_not_a_record(tmp_path: Path) -> None:
    lines = [json.dumps(record()) for _ in range(50)]
    path = write(tmp_path / "a.jsonl", "\n".join(lines))
    limits = ReadLimits(max_file_bytes=500, max_record_bytes=500)
    assert len(read_path(path, limits)) == 50
    write(path, "\n".join([*lines, json.dumps(record(text="x" * 600))]))
    assert str(read_error(path, limits)) == f"{path}:51: record too large: over the limit of 500 bytes"


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", '{\n  "text": "a"\n  "title": "b"\n}')
    assert str(read_error(path)) == f"{path}: malformed JSON at line 3 column 3: Expecting ',' delimiter"


def test_truncated_json_is_named_truncated(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", '[{"text": "a"}, {"text": "b"')
    assert str(read_error(path)).startswith(f"{path}: truncated JSON at line 1 column")


def test_malformed_json_lines_record_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", json.dumps(record()) + '\n{"text": "a",}\n')
    assert str(read_error(path)) == (
        f"{path}:2: malformed JSON at column 14: Expecting property name enclosed in double quotes"
    )


@pytest.mark.parametrize(("content", "problem"), [
    ('{"text": NaN}', "malformed JSON: NaN is not a JSON value"),
    ('{"text": "a", "text": "b"}', "malformed JSON: key 'text' appears twice in one object"),
    ("[" * 100_000 + "]" * 100_000, "malformed JSON: nested too deeply"),
    ('"just a string"', "the file holds string 'just a string'; expected an object or a list of objects"),
    ("[]", "no records (an empty JSON list)"),
])
def test_json_that_is_not_a_record_is_an_error(tmp_path: Path, content: str, problem: str) -> None:
    path = write(tmp_path / "a.json", content)
    assert str(read_error(path)) == f"{path}: {problem}"


def test_list_item_that_is_not_an_object_names_its_index(tmp_path: Path) -> None:
    path = write_json(tmp_path / "a.json", [record(), "oops"])
    assert str(read_error(path)) == f"{path}[1]: record is string 'oops'; expected a JSON object"


def test_one_bad_list_item_refuses_the_whole_file(tmp_path: Path) -> None:
    path = write_json(tmp_path / "a.json", [record(), record(), record(outlet=7)])
    items = list(iter_documents([path]))
    assert len(items) == 1
    assert str(items[0]) == f"{path}[2]: field 'outlet': input should be a valid string, got number 7"


@pytest.mark.parametrize(("fields", "problem"), [
    ({"text": 42}, "field 'text': input should be a valid string, got number 42"),
    ({"text": None}, "field 'text': input should be a valid string, got null"),
    ({"text": ["a"]}, "field 'text': input should be a valid string, got an array of 1 item"),
    ({"published": 20240314}, "field 'published': expected an ISO 8601 date string, got number 20240314"),
    ({"published": True}, "field 'published': expected an ISO 8601 date string, got boolean true"),
    ({"published": "yesterday-ish"}, "field 'published': 'yesterday-ish' is not an ISO 8601 date or datetime"),
    ({"published": "2023-13-45"}, "field 'published': '2023-13-45' is not a date (month must be in 1..12)"),
    ({"published": "2023-02-30"}, "field 'published': '2023-02-30' is not a date (day is out of range for month)"),
    ({"title": {"en": "x"}}, "field 'title': input should be a valid string, got an object"),
    ({"url": "not a url"}, "field 'url': 'not a url' is not an absolute URL"),
    ({"language": "English!"}, "field 'language': 'English!' is not a language tag (like 'en' or 'pt-BR')"),
    ({"text": "half a pair \ud800"}, "field 'text': text holds an unpaired surrogate (not valid Unicode)"),
    ({"text": "a\x00b"}, "field 'text': binary content (NUL character in the text)"),
    ({"outlet": "A\u2028B"}, "field 'outlet': contains line or paragraph separator U+2028 at position 1"),
    ({"outlet": "A\ud800"}, "field 'outlet': contains an unpaired surrogate U+D800 at position 1"),
])
def test_wrong_field_types_and_values_are_named_precisely(
    tmp_path: Path, fields: dict[str, object], problem: str
) -> None:
    path = write_json(tmp_path / "a.json", record(**fields))
    assert str(read_error(path)) == f"{path}: {problem}"


def test_missing_text_is_named(tmp_path: Path) -> None:
    path = write_json(tmp_path / "a.json", {"title": "No Body"})
    assert str(read_error(path)) == f"{path}: field 'text' is missing"


@pytest.mark.parametrize("field", ["title", "outlet", "syndicated_from", "dateline"])
@pytest.mark.parametrize("char", ["\x00", "\x07", "\n", "\x1b", "\x85"])
def test_name_with_a_control_character_is_an_error(tmp_path: Path, field: str, char: str) -> None:
    path = write_json(tmp_path / "a.json", record(**{field: f"AF{char}P"}))
    assert str(read_error(path)) == (
        f"{path}: field '{field}': contains control character U+{ord(char):04X} at position 2"
    )


@pytest.mark.parametrize("field", ["title", "outlet", "syndicated_from", "dateline"])
@pytest.mark.parametrize("char", [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))])
def test_name_with_a_bidi_override_or_isolate_is_an_error(tmp_path: Path, field: str, char: str) -> None:
    path = write_json(tmp_path / "a.json", record(**{field: f"{char}PFA"}))
    assert str(read_error(path)) == (
        f"{path}: field '{field}': contains bidirectional control character U+{ord(char):04X} at position 0"
    )


@pytest.mark.parametrize("field", ["title", "outlet", "syndicated_from", "dateline"])
def test_name_over_300_characters_is_an_error(tmp_path: Path, field: str) -> None:
    path = write_json(tmp_path / "a.json", record(**{field: "N" * 301}))
    assert str(read_error(path)) == f"{path}: field '{field}': 301 characters, over the limit of 300"
    [doc] = read_path(write_json(tmp_path / "b.json", record(**{field: "N" * 300})))
    assert getattr(doc.meta, field) == "N" * 300


def test_bad_sidecar_is_an_error_naming_the_sidecar(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt", ARTICLE)
    sidecar = write_json(tmp_path / "a.meta.json", {"published": "2023-13-45"})
    assert str(read_error(article)) == (
        f"{sidecar}: field 'published': '2023-13-45' is not a date (month must be in 1..12)"
    )


def test_malformed_sidecar_is_an_error_naming_the_sidecar(tmp_path: Path) -> None:
    article = write(tmp_path / "a.html", HTML)
    sidecar = write(tmp_path / "a.meta.json", '{"outlet": ')
    assert str(read_error(article)).startswith(f"{sidecar}: truncated JSON at line 1 column 12")


def test_bidi_override_in_page_metadata_never_reaches_a_name(tmp_path: Path) -> None:
    page = HTML.replace("Port Reopens After Blockade", "Port \u202eReopens").replace("Harbour News", "Har\u2066bour")
    try:
        [doc] = read_path(write(tmp_path / "a.html", page))
    except ReadError as error:
        assert "page metadata: field" in str(error)
    else:
        assert not UNSAFE_IN_NAMES.search(f"{doc.meta.title}{doc.meta.outlet}")


def test_html_page_without_text_is_an_error(tmp_path: Path) -> None:
    page = "<html><head><title>Only A Title</title></head><body><script>x = 1;</script></body></html>"
    path = write(tmp_path / "a.html", page)
    assert str(read_error(path)) == f"{path}: no main text found in the HTML page"


def test_missing_file_and_folder_are_errors(tmp_path: Path) -> None:
    assert str(read_error(tmp_path / "nope.txt")) == f"{tmp_path / 'nope.txt'}: no such file or folder"
    folder = tmp_path / "d.txt"
    folder.mkdir()
    assert str(read_error(folder)) == f"{folder}: is a folder, not a file"


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert str(read_error(fifo)) == f"{fifo}: not a regular file"


# --- any input: Documents or ReadError, nothing else --------------------------

SUFFIXES = [".txt", ".json", ".jsonl", ".html"]
UNSAFE_IN_NAMES = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
FIELDS = ["text", "title", "url", "outlet", "syndicated_from", "published", "dateline", "language", "note"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
    | st.sampled_from(["2024-03-14", "2024-03-14T10:00:00+02:00", "2023-13-45", "en", "https://x.example/a"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
records = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=len(FIELDS)) | json_values


def assert_documents_or_read_error(path: Path) -> None:
    try:
        docs = read_path(path)
    except ReadError as error:
        assert error.path in (str(path), str(path.with_suffix(".meta.json")))
        assert str(error).startswith(error.path) and error.problem
        return
    assert docs and all(isinstance(d, Document) and isinstance(d.text, str) and d.text.strip() for d in docs)
    for doc in docs:
        assert doc.meta.published is None or isinstance(doc.meta.published, dt.date)
        for name in (doc.meta.title, doc.meta.outlet, doc.meta.syndicated_from, doc.meta.dateline):
            assert name is None or (isinstance(name, str) and len(name) <= 300 and not UNSAFE_IN_NAMES.search(name))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_give_documents_or_read_error(tmp_path_factory: pytest.TempPathFactory,
                                                    data: bytes, suffix: str) -> None:
    path = write(tmp_path_factory.mktemp("bytes") / f"input{suffix}", data)
    assert_documents_or_read_error(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(records, min_size=1, max_size=3), suffix=st.sampled_from([".json", ".jsonl"]),
       as_list=st.booleans())
def test_random_json_values_give_documents_or_read_error(tmp_path_factory: pytest.TempPathFactory,
                                                          values: list[object], suffix: str, as_list: bool) -> None:
    folder = tmp_path_factory.mktemp("json")
    if suffix == ".jsonl":
        content = "\n".join(json.dumps(v) for v in values)
    else:
        content = json.dumps(values if as_list else values[0])
    path = write(folder / f"input{suffix}", content)
    write(folder / "article.txt", "Some Headline Words\n\nBody text here.\n")
    write(folder / "article.meta.json", json.dumps(values[0]))
    assert_documents_or_read_error(path)
    assert_documents_or_read_error(folder / "article.txt")
