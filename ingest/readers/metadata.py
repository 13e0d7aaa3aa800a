"""Validation of declared metadata and JSON records (pydantic v2 models).

A record is a JSON object with ``text`` and the metadata fields of
:class:`ArticleMeta`; a sidecar ``NAME.meta.json`` holds the same fields
without ``text``. Unknown fields are ignored. Types are strict (a number is
not a string, a number is not a date), and names (title, outlet,
syndicated_from, dateline) are refused when they hold control or
bidirectional-override characters or run past the length limit, because they
become node names in the graph and labels on screen. Quotes, backticks,
braces or words such as MATCH are ordinary text and kept verbatim.

A name that is blank counts as given-and-empty (None). Whitespace around a
name is trimmed; nothing else is changed.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    ValidationError,
    ValidationInfo,
)
from pydantic_core import PydanticCustomError

from claimgraph.ingest.document import ArticleMeta
from claimgraph.ingest.readers.decode import text_problem
from claimgraph.ingest.readers.read_limits import DEFAULT_LIMITS, ReadLimits

META_FIELDS = tuple(f.name for f in fields(ArticleMeta))
"""The metadata fields, as ingest/document.py defines them (MetaRecord validates each; a test keeps them equal)."""

# Bidirectional embedding, override and isolate controls: they reorder how a
# name is displayed, so "AFP" can be made to show as something else.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Characters a name or URL may not hold: C0/C1 controls, line and paragraph
# separators, the bidi controls above, and unpaired surrogates (a JSON "\ud800" escape).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_ABSOLUTE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")


def _refuse(kind: str, problem: str) -> PydanticCustomError:
    # The message goes in through the context: a template would read braces
    # in the refused value as placeholders.
    return PydanticCustomError(kind, "{problem}", {"problem": problem})


def _limits(info: ValidationInfo) -> ReadLimits:
    context = info.context
    if isinstance(context, Mapping) and isinstance(context.get("limits"), ReadLimits):
        return context["limits"]
    return DEFAULT_LIMITS


def unsafe_character(value: str) -> str | None:
    """What makes ``value`` unfit for a name or URL, or None."""
    found = _UNSAFE.search(value)
    if found is None:
        return None
    char, position = found.group(), found.start()
    code = ord(char)
    if char in _BIDI_CONTROLS:
        what = "bidirectional control character"
    elif char in "\u2028\u2029":
        what = "line or paragraph separator"
    elif 0xD800 <= code <= 0xDFFF:
        what = "an unpaired surrogate"
    else:
        what = "control character"
    return f"contains {what} U+{code:04X} at position {position}"


def _name(value: str, info: ValidationInfo) -> str | None:
    name = value.strip()
    limit = _limits(info).max_name_chars
    if len(name) > limit:
        raise _refuse("name_too_long", f"{len(name)} characters, over the limit of {limit}")
    problem = unsafe_character(value)
    if problem:
        raise _refuse("unsafe_name", problem)
    return name or None


def _url(value: str, info: ValidationInfo) -> str | None:
    url = value.strip()
    limit = _limits(info).max_url_chars
    if len(url) > limit:
        raise _refuse("url_too_long", f"{len(url)} characters, over the limit of {limit}")
    problem = unsafe_character(value)
    if problem:
        raise _refuse("unsafe_url", problem)
    if not url:
        return None
    if not _ABSOLUTE_URL.fullmatch(url):
        raise _refuse("url", f"{_show(url)} is not an absolute URL")
    return url


def _language(value: str) -> str | None:
    tag = value.strip()
    if not tag:
        return None
    if not _LANGUAGE_TAG.fullmatch(tag):
        raise _refuse("language", f"{_show(tag)} is not a language tag (like 'en' or 'pt-BR')")
    return tag


def parse_date(value: str) -> dt.date:
    """An ISO 8601 date, or the calendar date of an ISO 8601 datetime as written
    (its own time zone: the publisher's date, not converted to UTC)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError as error:
        reason = str(error)
        if reason.startswith("Invalid isoformat string"):
            raise ValueError(f"{_show(value)} is not an ISO 8601 date or datetime") from None
        raise ValueError(f"{_show(value)} is not a date ({reason})") from None


def _published(value: object) -> dt.date:
    if not isinstance(value, str):
        raise _refuse("date_type", f"expected an ISO 8601 date string, got {describe(value)}")
    try:
        return parse_date(value.strip())
    except ValueError as error:
        raise _refuse("date", str(error)) from None


def _text(value: str) -> str:
    problem = text_problem(value)
    if problem:
        raise _refuse("text", problem)
    return value


Name = Annotated[str, AfterValidator(_name)]
Url = Annotated[str, AfterValidator(_url)]
Language = Annotated[str, AfterValidator(_language)]
Published = Annotated[dt.date, BeforeValidator(_published)]
Text = Annotated[str, AfterValidator(_text)]


class MetaRecord(BaseModel):
    """The metadata fields, as a sidecar declares them."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)

    title: Name | None = None
    url: Url | None = None
    outlet: Name | None = None
    syndicated_from: Name | None = None
    published: Published | None = None
    dateline: Name | None = None
    language: Language | None = None


class TextRecord(MetaRecord):
    """One article as a JSON object: the metadata fields plus ``text``."""

    text: Text


@dataclass(frozen=True, slots=True)
class Declared:
    """Metadata a source declared: only the fields it set, so the rest can be
    inferred from the text while an explicit null still means "none"."""

    fields: Mapping[str, object]

    def over(self, inferred: ArticleMeta) -> ArticleMeta:
        values = {name: getattr(inferred, name) for name in META_FIELDS}
        values.update(self.fields)
        return ArticleMeta(**values)


def declared(record: MetaRecord) -> Declared:
    return Declared({name: getattr(record, name) for name in META_FIELDS if name in record.model_fields_set})


def validate_meta(data: object, limits: ReadLimits) -> Declared:
    """Raises ValueError with a readable message when ``data`` is not valid metadata."""
    _require_object(data, "the file holds")
    try:
        return declared(MetaRecord.model_validate(data, context={"limits": limits}))
    except ValidationError as error:
        raise ValueError(explain(error)) from None


def validate_record(data: object, limits: ReadLimits) -> tuple[str, Declared]:
    """The record's text and declared metadata; raises ValueError when invalid."""
    _require_object(data, "record is")
    try:
        record = TextRecord.model_validate(data, context={"limits": limits})
    except ValidationError as error:
        raise ValueError(explain(error)) from None
    return record.text, declared(record)


def _require_object(data: object, holder: str) -> None:
    if not isinstance(data, dict):
        raise ValueError(f"{holder} {describe(data)}; expected a JSON object")


def explain(error: ValidationError) -> str:
    """One line per problem, naming the field: "field 'text': ..."."""
    return "; ".join(_explain_one(detail) for detail in error.errors(include_url=False))


def _explain_one(detail: Any) -> str:
    field = ".".join(str(part) for part in detail["loc"]) or "record"
    if detail["type"] == "missing":
        return f"field {field!r} is missing"
    message = detail["msg"][:1].lower() + detail["msg"][1:]
    if detail["type"].endswith("_type") and detail["type"] != "date_type":
        message = f"{message}, got {describe(detail['input'])}"
    return f"field {field!r}: {message}"


def describe(value: object) -> str:
    """A JSON value named by its JSON type, with a short rendering."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {json.dumps(value)}"
    if isinstance(value, (int, float)):
        return f"number {_show(value)}"
    if isinstance(value, str):
        return f"string {_show(value)}"
    if isinstance(value, list):
        return f"an array of {len(value)} item{'' if len(value) == 1 else 's'}"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _show(value: object, width: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."
