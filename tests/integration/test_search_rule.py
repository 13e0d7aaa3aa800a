"""Neo4j's full-text search finds exactly what the search rule of graph.search says.

The indexes only narrow the candidates; if a query word could fall across
two Lucene terms, the index would miss a match the rule (and the embedded
store) finds. Hypothesis draws names in many scripts, with the characters
that tokenizers treat differently (marks, superscripts, final sigma, dotted
capital I, underscores, characters beyond the BMP), and searches for pieces
of them.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.graph.model import Actor, ActorKind, Batch, Claim, QuoteKind
from claimgraph.graph.neo4j_store import Neo4jStore
from claimgraph.graph.search import matches, search_words

pytestmark = pytest.mark.neo4j

EXAMPLES = int(os.environ.get("CLAIMGRAPH_SEARCH_EXAMPLES", "60"))

TRICKY = list("abcΣσςΟΔİıiIẞßﬁǅ_²½①Ⅻーカタカナひらがな漢字한국어ไทยअनुच्छेदمرحباשלוםЖжЁё09٣۴ .-'’") + [
    "\U000176a0", "\U0001f600", "\u0301", "\u0307", "\U00020000"]
TEXT = st.text(st.one_of(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), st.sampled_from(TRICKY)),
               min_size=1, max_size=12)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(texts=st.lists(TEXT, min_size=1, max_size=4), data=st.data())
def test_full_text_search_finds_exactly_the_rules_matches(store: Neo4jStore, texts: list[str],
                                                          data: st.DataObject) -> None:
    store.clear()
    store.write(Batch(actors=[Actor(f"actor-{i}", t, ActorKind.PERSON) for i, t in enumerate(texts)],
                      claims=[Claim(f"claim-{i}", t, QuoteKind.DIRECT) for i, t in enumerate(texts)]))
    source = data.draw(st.sampled_from(texts))
    start = data.draw(st.integers(0, len(source)))
    query = source[start:data.draw(st.integers(start, len(source)))]
    words = search_words(query)
    expected = [str(i) for i, t in enumerate(texts) if words and matches(t, words)]
    actors = sorted(h.id.removeprefix("actor-") for h in store.search_actors(query, limit=100).items)
    claims = sorted(h.id.removeprefix("claim-") for h in store.search_claims(query, limit=100).items)
    assert (actors, claims) == (sorted(expected), sorted(expected))
