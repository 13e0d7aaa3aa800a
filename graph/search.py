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


_OWN_TERM_SCRIPTS = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x30A0, 0x30FF),
                     (0x31F0, 0x31FF), (0xFF66, 0xFF9F))
"""Thai, Lao, Myanmar, Khmer and Katakana: Lucene's tokenizer ends a term where
one of these scripts meets another, so "windowsアプリ" is indexed as two terms."""


def _script_runs(word: str) -> list[str]:
    runs: list[str] = []
    last: int | None = None
    for c in word:
        block = next((i for i, (lo, hi) in enumerate(_OWN_TERM_SCRIPTS) if lo <= ord(c) <= hi), -1)
        if block == last:
            runs[-1] += c
        else:
            runs.append(c)
        last = block
    return runs


def _lucene_term(word: str) -> str:
    # The index keeps a final sigma as written while fold() makes it a plain
    # sigma: a one-character wildcard matches either.
    return "*" + escape_lucene(word).replace("σ", "?") + "*"


def lucene_query(words: list[str]) -> str:
    """A Lucene query requiring every word as a substring of some indexed term."""
    return " AND ".join(_lucene_term(run) for w in words for run in _script_runs(w))


def matches(text: str, words: list[str]) -> bool:
    """The match rule itself: the folded ``text`` contains every word."""
    folded = fold(text)
    return all(w in folded for w in words)
