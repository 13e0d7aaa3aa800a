"""What a text search means: its words, the match rule, and the Lucene query Neo4j gets."""
from __future__ import annotations

from claimgraph.graph.search import escape_lucene, fold, lucene_query, matches, search_phrase, search_words


def test_words_are_lowercased_deduplicated_runs_of_letters_and_digits() -> None:
    assert search_words("  Pat RYDER, pat-ryder (2023)! ") == ["pat", "ryder", "2023"]


def test_lucene_syntax_leaves_no_word_behind() -> None:
    assert search_words('"x" OR *:* AND (y)^2~ \\ /z/') == ["x", "or", "and", "y", "2", "z"]


def test_ideographs_are_words_of_their_own() -> None:
    assert search_words("国防部 said") == ["国", "防", "部", "said"]


def test_no_words_in_punctuation() -> None:
    assert search_words(" -- ?! ") == []


def test_phrase_folds_case_and_spaces() -> None:
    assert search_phrase("  US   Central\tCommand ") == "us central command"


def test_every_lucene_special_character_is_escaped() -> None:
    special = '+-!(){}[]^"~*?:\\/&|'
    assert escape_lucene(special) == "".join("\\" + c for c in special)


def test_lucene_query_requires_each_word_anywhere_in_a_term() -> None:
    assert lucene_query(["cent", "com"]) == "*cent* AND *com*"


def test_match_rule_is_every_word_as_a_substring_ignoring_case() -> None:
    assert matches("US Central Command (CENTCOM)", ["centcom", "central"])
    assert matches("Pat Ryder", ["ryd"])
    assert not matches("Pat Ryder", ["ryd", "singh"])


def test_characters_lucene_would_split_on_separate_words() -> None:
    # a superscript, an underscore, a combining mark and a character beyond the BMP
    assert search_words("0² a_b e\u0301x q\U000176a0r") == ["0", "a", "b", "e", "x", "q", "r"]


def test_final_sigma_folds_to_sigma_on_both_sides() -> None:
    assert search_words("ΟΔΟΣ") == ["οδοσ"]
    assert matches("Η ΟΔΟΣ", search_words("οδος"))
    assert fold("ΑΣ") == "ασ"
