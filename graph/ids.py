"""Deterministic node ids.

An id depends only on what identifies the thing (an actor's canonical name, a
claim's speaker and normalised text, ...), never on run, process or order, so
every write can MERGE on it and a re-run or a retry never duplicates a node.
Ids keep a readable slug for people reading the graph in Neo4j Browser, plus a
hash so two names that slug alike stay apart.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Final

# Typographic quotes and dashes and the plain characters they fold to. Folded by str.replace,
# one C scan each: str.translate with a mapping looks every character up, several times slower.
_QUOTES: Final = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-"))
_NON_SLUG: Final = re.compile(r"[^a-z0-9]+")
_SLUG_MAX: Final = 40
# The ids of actors and places are remembered: every article asks for those of all its actors
# and places, and the same ones come back article after article.
_REMEMBERED_NAMES: Final = 50_000


def normalize(text: str) -> str:
    """Fold case, width, quotes and whitespace: the form ids are computed on."""
    text = unicodedata.normalize("NFKC", text)
    for typographic, plain in _QUOTES:
        text = text.replace(typographic, plain)
    # str.split() splits on exactly the characters a regex's \s matches, and faster.
    return " ".join(text.split()).casefold()


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-")[:_SLUG_MAX].strip("-")


def _readable(prefix: str, name: str, *key: str) -> str:
    slug = _slug(name)
    digest = _digest(prefix, *key)[:10]
    return f"{prefix}-{slug}-{digest}" if slug else f"{prefix}-{digest}"


@lru_cache(maxsize=_REMEMBERED_NAMES)
def actor_id(name: str) -> str:
    return _readable("actor", name, normalize(name))


@lru_cache(maxsize=_REMEMBERED_NAMES)
def place_id(name: str) -> str:
    return _readable("place", name, normalize(name))


def event_id(name: str) -> str:
    return _readable("event", name, normalize(name))


def article_id(text_sha256: str, url: str | None = None) -> str:
    """An article is its URL when it has one, else its text."""
    key = normalize(url) if url else text_sha256
    return f"article-{_digest('article', key)[:16]}"


def claim_id(speaker_id: str, text: str) -> str:
    """The same words from the same speaker are one claim, wherever reported."""
    return f"claim-{_digest('claim', speaker_id, _claim_key(text))[:16]}"


def figure_id(claim_id_: str, metric: str, raw: str, place: str | None) -> str:
    return f"figure-{_digest('figure', claim_id_, metric, normalize(raw), normalize(place or ''))[:16]}"


def incident_id(article_id_: str, kind: str, place: str | None, day: str | None) -> str:
    """An incident is first named by the article that first reported it (later reports join it)."""
    return f"incident-{_digest('incident', article_id_, kind, normalize(place or ''), day or '')[:16]}"


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_CLAIM_TRIM: Final = " \"'.,;:"
"""Quotes and punctuation around a claim's words; normalize leaves only spaces as whitespace."""


def _claim_key(text: str) -> str:
    return normalize(text).strip(_CLAIM_TRIM)
