"""Reading numbers and the bounds their qualifiers allow."""
from __future__ import annotations

import re

import pytest

from claimgraph.graph.model import Qualifier
from claimgraph.ingest.numbers import (
    WORD_NUMBER,
    amount,
    format_number,
    parse_number,
    tolerance,
    vague_amount,
)


@pytest.mark.parametrize(("raw", "expected"), [
    ("1,300", 1300), ("16,000", 16000), ("3.5", 3.5), ("1.2 million", 1_200_000),
    ("40 thousand", 40_000), ("eight", 8), ("Twenty-two", 22), ("three hundred", 300),
    ("one hundred and five", 105), ("a dozen", 12), ("two dozen", 24), ("half a dozen", 6),
    ("a hundred", 100), ("two thousand five hundred", 2500),
])
def test_parse_number_reads_digits_and_words(raw: str, expected: float) -> None:
    assert parse_number(raw) == expected


def test_parse_number_rejects_words_that_are_no_number() -> None:
    assert parse_number("several") is None


def test_word_number_pattern_does_not_glue_two_numbers_together() -> None:
    assert re.fullmatch(WORD_NUMBER, "one two", re.IGNORECASE) is None
    assert re.fullmatch(WORD_NUMBER, "one and two", re.IGNORECASE) is None
    assert re.fullmatch(WORD_NUMBER, "ninety-nine", re.IGNORECASE) is not None


@pytest.mark.parametrize(("qualifier", "n", "value", "low", "high"), [
    (Qualifier.EXACT, 8, 8, None, None),
    (Qualifier.APPROXIMATELY, 70, 70, None, None),
    (Qualifier.MORE_THAN, 16000, None, 16001, None),
    (Qualifier.AT_LEAST, 9, None, 9, None),
    (Qualifier.UP_TO, 15, None, None, 15),
    (Qualifier.LESS_THAN, 10, None, None, 9),
    (Qualifier.NEARLY, 200, None, 180, 199),
])
def test_amount_bounds_follow_the_qualifier(qualifier: Qualifier, n: float, value: float | None,
                                            low: float | None, high: float | None) -> None:
    got = amount(qualifier, n)
    assert (got.qualifier, got.value, got.low, got.high) == (qualifier, value, low, high)


def test_amount_range_keeps_both_ends() -> None:
    got = amount(Qualifier.RANGE, 10, 15)
    assert (got.low, got.high, got.value) == (10, 15, None)


@pytest.mark.parametrize(("words", "qualifier", "low", "high"), [
    ("several", Qualifier.SEVERAL, 3, None),
    ("a few", Qualifier.A_FEW, 2, 5),
    ("multiple", Qualifier.MULTIPLE, 2, None),
    ("dozens", Qualifier.DOZENS, 24, None),
    ("scores", Qualifier.SCORES, 40, None),
    ("hundreds", Qualifier.HUNDREDS, 200, None),
    ("Thousands", Qualifier.THOUSANDS, 2000, None),
    ("tens of thousands", Qualifier.THOUSANDS, 20_000, None),
    ("several hundred", Qualifier.SEVERAL, 300, None),
    ("a few thousand", Qualifier.A_FEW, 2000, 5000),
])
def test_vague_words_bound_the_count(words: str, qualifier: Qualifier, low: float,
                                     high: float | None) -> None:
    got = vague_amount(words)
    assert got is not None
    assert (got.qualifier, got.low, got.high, got.value) == (qualifier, low, high, None)


def test_vague_amount_of_an_unknown_word_is_none() -> None:
    assert vague_amount("plenty") is None


def test_tolerance_is_ten_percent_but_at_least_one() -> None:
    assert tolerance(70) == pytest.approx(7)
    assert tolerance(4) == 1


def test_format_number_groups_thousands_and_drops_needless_decimals() -> None:
    assert format_number(16001.0) == "16,001"
    assert format_number(2.5) == "2.5"
