"""The Cypher catalog: one named, documented, parameterised query per file."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from claimgraph.graph import queries
from claimgraph.graph.results import MAX_PATH_HOPS
from claimgraph.graph.stated import speaker_key


def test_every_query_file_opens_with_a_comment_saying_what_it_returns() -> None:
    for name in queries.names():
        first = queries.query(name).lstrip().splitlines()[0]
        assert first.startswith("//"), name


def test_write_queries_take_their_rows_as_a_parameter() -> None:
    for name in queries.names():
        if name.startswith("merge_"):
            assert "UNWIND $rows AS row" in queries.query(name), name


def test_an_unknown_query_name_is_an_error() -> None:
    with pytest.raises(queries.UnknownQuery):
        queries.query("no_such_query")


def test_schema_has_one_statement_per_line_of_intent() -> None:
    statements = queries.schema_statements()
    assert statements
    assert all(re.match(r"CREATE (CONSTRAINT|FULLTEXT INDEX|INDEX|TEXT INDEX) ", s) for s in statements)


WRITE_OPTIONS = "CYPHER replan=skip expressionEngine=interpreted"
REPLANNED_OPTIONS = "CYPHER expressionEngine=interpreted"


def _indexed_relationship_merge(text: str) -> bool:
    """Whether the statement MERGEs a relationship on a property the schema indexes for its type."""
    indexed = set(re.findall(r"FOR \(\)-\[\w+:(\w+)\]-\(\) ON \(\w+\.(\w+)\)", "\n".join(queries.schema_statements())))
    merged = re.findall(r"MERGE \([^)]*\)-\[\w*:(\w+) \{(\w+):", text)
    return bool(set(merged) & indexed)


def test_every_statement_of_a_write_batch_keeps_its_plan_and_interprets_its_expressions() -> None:
    """A batch's statements seek by id whatever the graph holds, so a plan made once stays
    right; replanned as the graph grows (with expressions compiled to bytecode each time),
    they cost the server about as much CPU again in planning and JIT compiling. Except a MERGE
    of a relationship on an indexed property: the index is its cheaper plan while the graph
    holds few of them, and a plan kept from then reads them all for each row later."""
    batch_statements = [name for name in queries.catalog().names("write")
                        if name.startswith(("merge_", "create_", "new_", "unlink_"))]
    assert len(batch_statements) > 30
    replanned = {name for name in batch_statements if _indexed_relationship_merge(queries.query(name))}
    assert replanned == {"merge_contradicts", "merge_corroborates"}
    for name in batch_statements:
        body = [line for line in queries.query(name).splitlines() if not line.lstrip().startswith("//")]
        assert body[0] == (REPLANNED_OPTIONS if name in replanned else WRITE_OPTIONS), name


def test_the_path_statement_looks_as_far_as_max_path_hops() -> None:
    # a length in a pattern cannot be a parameter, so the statement writes the number itself
    lengths = re.findall(r"\*\.\.(\d+)\]", queries.query("shortest_path"))
    assert lengths == [str(MAX_PATH_HOPS)]


def _code(name: str) -> str:
    return "\n".join(line for line in queries.query(name).splitlines() if not line.lstrip().startswith("//"))


def _expansions(code: str, node: str) -> int:
    """Patterns that expand from or into ``(node)``: each reads all its edges when it has too few to group."""
    return len(re.findall(rf"\({node}\)<?-\[|\]->?\({node}\)", code))


def test_an_actors_figures_sort_on_their_speaker_keys_parts_not_on_their_nodes_properties() -> None:
    code = _code("figures_by_actor")
    [order] = re.findall(r"ORDER BY row\.day[^\n]*", code)
    assert order == "ORDER BY row.day, row.claim_id, row.figure_id, row.speaker_id"
    # the parts the statement takes from the key are graph.stated's
    parts = speaker_key([("actor-a", dt.date(2024, 5, 2))], None, "killed", "claim-b", "figure-c").split(" ")
    taken = {name: parts[int(i)] for name, i in re.findall(r"(\w+): key\[(\d)\]", code)}
    assert taken == {"day": "2024-05-02", "claim_id": "claim-b", "figure_id": "figure-c", "speaker_id": "actor-a"}


@pytest.mark.parametrize("name", ["figures", "figures_by_actor"])
def test_figure_pages_expand_a_rows_claim_and_each_linked_claim_once(name: str) -> None:
    page = _code(name).split("CALL (page) {", 1)[1]
    assert (_expansions(page, "c"), _expansions(page, "o")) == (1, 1)


@pytest.mark.parametrize(("name", "kind"), [("contradictions", "CONTRADICTS"), ("corroborations", "CORROBORATES")])
def test_the_pair_lists_read_no_label_of_the_pairs_they_count(name: str, kind: str) -> None:
    pairs = re.findall(r"MATCH (\S+)-\[r:(\w+) \{metric: metric\}\]->(\S+)", _code(name))
    assert pairs == [("(a)", kind, "(b)"), ("(a)", kind, "(b)")]


@pytest.mark.parametrize("name", ["contradictions", "corroborations"])
def test_the_pair_lists_expand_each_page_claim_once(name: str) -> None:
    page = _code(name).split("CALL (page) {", 1)[1]
    assert (_expansions(page, "a"), _expansions(page, "b")) == (1, 1)
