"""The bounded memo behind the alias table's lookups, and extraction with it nearly empty."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.document import Document
from claimgraph.ingest.extract import extract, extraction_to_json
from claimgraph.ingest.memo import Memo
from claimgraph.ingest.readers import iter_documents

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_a_full_memo_forgets_the_answer_used_least_recently():
    memo: Memo[str, int] = Memo(2)
    memo.put("harbour", 1)
    memo.put("strait", 2)
    assert memo.get("harbour") == 1
    memo.put("delta", 3)
    assert len(memo) == 2
    assert memo.get("strait") is None
    assert (memo.get("harbour"), memo.get("delta")) == (1, 3)


def test_a_remembered_none_is_told_from_a_missing_answer():
    memo: Memo[str, int | None] = Memo(4)
    memo.put("nobody", None)
    assert memo.lookup("nobody") == (True, None)
    assert memo.lookup("somebody") == (False, None)


def test_a_memo_holds_at_least_one_answer():
    with pytest.raises(ValueError):
        Memo(0)


def test_the_alias_table_memos_stay_within_their_size_and_extraction_is_unchanged():
    documents = [d for d in iter_documents([SAMPLES]) if isinstance(d, Document)]
    assert documents
    roomy = load_aliases()
    tight = replace(roomy, _keys=Memo(3), _found=Memo(3), readings=Memo(3))
    for doc in documents:
        assert extraction_to_json(extract(doc, tight)) == extraction_to_json(extract(doc, roomy))
    assert max(len(tight._keys), len(tight._found), len(tight.readings)) == 3
    assert len(roomy.readings) > 3
