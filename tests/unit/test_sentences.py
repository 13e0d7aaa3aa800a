from claimgraph.ingest.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_splits_on_sentence_final_punctuation() -> None:
    assert texts("The vote passed. Critics were unhappy! Was it fair?") == [
        "The vote passed.",
        "Critics were unhappy!",
        "Was it fair?",
    ]


def test_offsets_point_into_the_original_text() -> None:
    text = "  First one here.  Second one there.  "
    for span in split_sentences(text):
        assert text[span.start : span.end] == span.text


def test_titles_and_months_do_not_end_a_sentence() -> None:
    text = "Gen. Lara Voss met Sen. Otto Grimm and Mr. Ade on Jan. 4 in the capital. They talked."
    assert texts(text) == [
        "Gen. Lara Voss met Sen. Otto Grimm and Mr. Ade on Jan. 4 in the capital.",
        "They talked.",
    ]


def test_initialisms_end_a_sentence_only_before_a_sentence_opener() -> None:
    text = "Troops from the U.S. Army arrived. They came from the U.S. The mission began."
    assert texts(text) == [
        "Troops from the U.S. Army arrived.",
        "They came from the U.S.",
        "The mission began.",
    ]


def test_a_quote_spanning_sentences_stays_in_one_sentence() -> None:
    text = '"We held the bridge. Nobody crossed," the captain said. Then it rained.'
    assert texts(text) == [
        '"We held the bridge. Nobody crossed," the captain said.',
        "Then it rained.",
    ]


def test_curly_quotes_are_tracked_too() -> None:
    text = "“Prices rose. Wages did not,” the union wrote. Talks resume Monday."
    assert texts(text) == ["“Prices rose. Wages did not,” the union wrote.", "Talks resume Monday."]


def test_paragraph_breaks_always_split() -> None:
    text = "Headline without a period\n\nBody text starts here. More text\nNext line"
    assert texts(text) == [
        "Headline without a period",
        "Body text starts here.",
        "More text",
        "Next line",
    ]


def test_an_unclosed_quote_does_not_swallow_the_next_paragraph() -> None:
    text = '"The first part of a long quote. It goes on.\n\n"And it ends here." A new point.'
    assert texts(text) == [
        '"The first part of a long quote. It goes on.',
        '"And it ends here."',
        "A new point.",
    ]


def test_a_single_initial_does_not_end_a_sentence() -> None:
    text = "The plan came from George W. Bush and Paul T. Berg. It failed."
    assert texts(text) == ["The plan came from George W. Bush and Paul T. Berg.", "It failed."]


def test_an_opening_curly_quote_typed_as_a_closing_one_closes_the_quote() -> None:
    text = "“Nobody was hurt. We were lucky,“ the pilot said. Crews then cleared the runway."
    assert texts(text) == [
        "“Nobody was hurt. We were lucky,“ the pilot said.",
        "Crews then cleared the runway.",
    ]
