"""A corpus of hostile article files, built by the tests, each with the problem it must be refused for.

Every text here is written for these tests. Names with quotes, backticks,
braces and Cypher keywords are not hostile to a graph that only takes
parameters: they are valid and must be stored exactly as written (see
:data:`TRICKY_NAMES`); control and bidirectional characters and names past
the length limit are refused.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024
HUGE_BYTES = 50 * MIB

GOOD_TEXT = ("The harbour authority said on Tuesday that two cranes collapsed at the container "
             "terminal, injuring four dock workers. \"We have closed the north quay until the "
             "inspection is finished,\" a spokeswoman for the authority told reporters.\n")

TRICKY_NAMES = {
    "quotes": "O'Reilly \"Evening\" Ledger",
    "backticks": "`Harbor` Times`) MATCH (n) DETACH DELETE n //",
    "braces": "{outlet: 'Coastal'} ${injected} {{name}}",
    "keywords": "MERGE (x:Admin) RETURN x; CALL db.labels() UNION MATCH (m) SET m.x = 1",
    "lucene": "title:foo AND *:* OR bar~ \\ \" ( [ ]",
}


@dataclass(frozen=True)
class HostileFile:
    """A file the readers must refuse, and a phrase the error must hold."""

    name: str
    content: bytes
    problem: str


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _record(**fields: object) -> dict[str, object]:
    return {"text": GOOD_TEXT, **fields}


def hostile_files() -> list[HostileFile]:
    noise = random.Random(7).randbytes(4096)
    long_name = "N" * 10_000
    return [
        HostileFile("empty.txt", b"", "empty file"),
        HostileFile("blank.txt", b" \n\t \r\n", "text is whitespace only"),
        HostileFile("binary.txt", b"\x00" + noise, "binary content"),
        HostileFile("controls.txt", b"\x01\x02\x03\x04\x05 word " * 50, "binary content"),
        HostileFile("latin1.txt", "The mayor of Sète said the quay is closed.".encode("latin-1"), "invalid UTF-8"),
        HostileFile("utf16.txt", GOOD_TEXT.encode("utf-16"), "UTF-16 text"),
        HostileFile("huge.txt", b"The quay is closed. " * (HUGE_BYTES // 20), "too large"),
        HostileFile("huge.jsonl", b'{"text": "' + b"quay " * (HUGE_BYTES // 5) + b'"}\n', "record too large"),
        HostileFile("malformed.json", b'{"text": "The quay is closed.",, "title": "x"}', "malformed JSON"),
        HostileFile("truncated.json", b'{"text": "The quay is closed.", "title": ', "truncated JSON"),
        HostileFile("cut-string.json", b'{"text": "The quay is clo', "Unterminated string"),
        HostileFile("truncated.jsonl", _json(_record(url="https://wire.example/a")) + b'\n{"text": "The quay',
                    ":2: malformed JSON"),
        HostileFile("nested.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        HostileFile("nan.json", b'{"text": "The quay is closed.", "title": NaN}', "NaN is not a JSON value"),
        HostileFile("twice.json", b'{"text": "The quay is closed.", "text": "or not"}', "appears twice"),
        HostileFile("scalar.json", b"42", "expected an object or a list of objects"),
        HostileFile("text-number.json", _json({"text": 42}), "field 'text'"),
        HostileFile("title-list.json", _json(_record(title=["a", "b"])), "field 'title'"),
        HostileFile("outlet-object.json", _json(_record(outlet={"name": "x"})), "field 'outlet'"),
        HostileFile("date-words.json", _json(_record(published="yesterday")), "not an ISO 8601 date"),
        HostileFile("date-impossible.json", _json(_record(published="2024-02-30")), "not a date"),
        HostileFile("date-number.json", _json(_record(published=20240301)), "expected an ISO 8601 date string"),
        HostileFile("url-script.json", _json(_record(url="javascript:alert(1)")), "not an absolute URL"),
        HostileFile("language.json", _json(_record(language="en'; DROP")), "not a language tag"),
        HostileFile("control-name.json", _json(_record(outlet="Harbor\x07Times")), "control character"),
        HostileFile("newline-name.json", _json(_record(title="Line one\nLine two")), "control character"),
        HostileFile("rtl-name.json", _json(_record(syndicated_from="AFP\u202eSSERP")), "bidirectional control"),
        HostileFile("isolate-name.json", _json(_record(dateline="\u2067Gaza\u2069")), "bidirectional control"),
        HostileFile("long-name.json", _json(_record(outlet=long_name)), "10000 characters, over the limit"),
        HostileFile("long-title.jsonl", _json(_record(title=long_name)) + b"\n", "10000 characters, over the limit"),
        HostileFile("surrogate.json", b'{"text": "The quay \\ud800 is closed."}', "unpaired surrogate"),
        HostileFile("list-one-bad.json",
                    _json([_record(url="https://wire.example/ok"), _record(published="soon")]),
                    "[1]: field 'published'"),
        HostileFile("lines-one-bad.jsonl",
                    _json(_record(url="https://wire.example/first")) + b"\n" + _json({"title": "no text"}) + b"\n",
                    ":2: field 'text' is missing"),
        HostileFile("garbage.html", b"<html>\x00\xff\xfe<body>" + noise + b"</body></html>", "binary content"),
        HostileFile("empty-page.html", b"<html><head><title>t</title></head><body></body></html>",
                    "no main text found"),
    ]


def hostile_sidecar(root: Path) -> tuple[Path, str]:
    """A good article whose sidecar is bad: the error names the sidecar, the article is not read."""
    article = root / "bad-sidecar.txt"
    article.write_text(GOOD_TEXT, encoding="utf-8")
    sidecar = root / "bad-sidecar.meta.json"
    sidecar.write_bytes(_json({"published": "last week", "outlet": "Port Gazette"}))
    return sidecar, "not an ISO 8601 date"


def tricky_articles(root: Path) -> dict[str, Path]:
    """Valid articles whose names hold quotes, backticks, braces, Cypher and Lucene syntax."""
    paths = {}
    for key, name in TRICKY_NAMES.items():
        path = root / f"tricky-{key}.json"
        path.write_bytes(_json({"text": f"{name} reported that {GOOD_TEXT}", "title": name, "outlet": name,
                                "url": f"https://tricky.example/{key}", "dateline": name}))
        paths[key] = path
    return paths


def good_article(root: Path) -> Path:
    path = root / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path
