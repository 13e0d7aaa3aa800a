"""What a text search means, the same in both stores.

Text is folded (lowercased; final sigma as plain sigma, as Lucene's
lowercasing has it). A query's words are runs of letters and decimal digits
of the Basic Multilingual Plane; a CJK ideograph or a hiragana character is a
word of its own, as Lucene's tokenizer makes it. Everything else (spaces,
punctuation, underscores, marks, superscripts, characters beyond the BMP)
separates words. A text matches when its folded form contains every word, so
"centcom" finds "US Central Command (CENTCOM)" and "ryd" finds "Pat Ryder".

Neo4j answers through its full-text indexes: each word becomes the Lucene
term ``*word*`` (escaped), every term required. Words are limited to the
characters Lucene's standard tokenizer keeps inside one term, so each word
lies inside an indexed term and the index finds a superset of the matches
without scanning nodes; the query then keeps exactly the texts that match.
The embedded store applies :func:`matches` directly.
"""
from __future__ import annotations

import re
import unicodedata

_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
_SPACE = re.compile(r"\s+")
_WORD_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd"})
_SINGLES = ((0x3040, 0x309F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
"""Hiragana and CJK ideographs: Lucene makes a term of each character."""

def fold(text: str) -> str:
    """Lowercase, final sigma as sigma: Cypher ``replace(toLower(text), 'ς', 'σ')``."""
    return text.lower().replace("ς", "σ")


def _single(c: str) -> bool:
    return any(low <= ord(c) <= high for low, high in _SINGLES)


def _in_words(c: str) -> bool:
    return ord(c) <= 0xFFFF and unicodedata.category(c) in _WORD_CATEGORIES


def search_words(query: str) -> list[str]:
    """The distinct words of a query, folded, in the order they appear."""
    words: list[str] = []
    run: list[str] = []

    def close() -> None:
        word = "".join(run)
        if word and word not in words:
            words.append(word)
        run.clear()

    for c in fold(query):
        if _single(c):
            close()
            run.append(c)
            close()
        elif _in_words(c):
            run.append(c)
        else:
            close()
    close()
    return words


def search_phrase(query: str) -> str:
    """The whole query as compared with a name for an exact or prefix match."""
    return _SPACE.sub(" ", fold(query)).strip()


def escape_lucene(text: str) -> str:
    """``text`` with every character Lucene's query parser treats as syntax escaped."""
    return _LUCENE_SPECIAL.sub(r"\\\1", text)


def lucene_query(words: list[str]) -> str:
    """A Lucene query requiring every word as a substring of some indexed term."""
    return " AND ".join(f"*{escape_lucene(w)}*" for w in words)


def matches(text: str, words: list[str]) -> bool:
    """The match rule itself: the folded ``text`` contains every word."""
    folded = fold(text)
    return all(w in folded for w in words)
