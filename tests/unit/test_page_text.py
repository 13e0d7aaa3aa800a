"""What the pages write: a figure marked in its sentence, amounts, Browser links, chart rows."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from claimgraph.api.http.pages.browser_link import browser_url, cypher_string
from claimgraph.api.http.pages.text import Piece, amount, mark
from claimgraph.graph.model import Qualifier
from tests.browser_files import _string_value


def test_mark_cuts_the_sentence_around_each_phrase_in_any_case() -> None:
    assert mark("Several enemy KIA, officials said; several more hurt.", ["several"]) == [
        Piece("Several", True), Piece(" enemy KIA, officials said; "), Piece("several", True), Piece(" more hurt.")]


def test_mark_takes_whole_words_and_the_longest_phrase_first() -> None:
    assert mark("one of its fighters, and someone else", ["one", "one of its fighters"]) == [
        Piece("one of its fighters", True), Piece(", and someone else")]
    assert mark("no figure here", []) == [Piece("no figure here")]


def test_amount_says_what_the_words_allow() -> None:
    assert amount(1, None, None, Qualifier.EXACT) == "1"
    assert amount(None, 3, None, Qualifier.SEVERAL) == "3 or more"
    assert amount(None, 20, 30, Qualifier.RANGE) == "20 to 30"
    assert amount(None, None, 5, Qualifier.UP_TO) == "up to 5"
    assert amount(66, None, None, Qualifier.APPROXIMATELY) == "about 66"
    assert amount(14001, 14001, None, Qualifier.MORE_THAN) == "14,001 or more"


def test_a_claim_with_quotes_and_backslashes_is_one_cypher_string_in_the_browser_link() -> None:
    text = "it's \"over\" \\ done\nnow"
    literal = cypher_string(text)
    assert _string_value(literal, __import__("pathlib").Path("x")) == "it's \"over\" \\ done now"
    arg = parse_qs(urlsplit(browser_url("http://h:7474/browser/", "provenance", "claim", text)).query)["arg"][0]
    assert f":param claim => {literal};" in arg.splitlines()
