"""Deterministic ids: the same thing gets the same id in any process."""
from __future__ import annotations

import subprocess
import sys

from claimgraph.graph import ids


def test_actor_id_ignores_case_width_and_spacing() -> None:
    assert ids.actor_id("Pat  Smith") == ids.actor_id("pat smith") == ids.actor_id("ＰＡＴ Smith")


def test_actor_ids_keep_a_readable_slug() -> None:
    assert ids.actor_id("Central Bureau").startswith("actor-central-bureau-")


def test_names_that_slug_alike_get_different_ids() -> None:
    assert ids.actor_id("A.B.C.") != ids.actor_id("ABC")


def test_a_name_without_latin_letters_still_gets_an_id() -> None:
    assert ids.actor_id("حشد").startswith("actor-")


def test_claim_id_depends_on_speaker_and_folded_text() -> None:
    a = ids.claim_id("actor-x", 'Two people died.')
    assert a == ids.claim_id("actor-x", "two  people died")
    assert a == ids.claim_id("actor-x", "\u201cTwo people died,\u201d")
    assert a != ids.claim_id("actor-y", "two people died")


def test_ids_are_the_same_in_another_process() -> None:
    code = ("from claimgraph.graph import ids; "
            "print(ids.actor_id('Lina Haddad'), ids.claim_id('a', 'b'), ids.figure_id('c', 'killed', 'two', None))")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "12345"}).stdout.split()
    assert other == [ids.actor_id("Lina Haddad"), ids.claim_id("a", "b"), ids.figure_id("c", "killed", "two", None)]


def test_article_id_prefers_the_url_over_the_text() -> None:
    sha = ids.text_sha256("body")
    assert ids.article_id(sha, "https://x.test/a") == ids.article_id(ids.text_sha256("other"), "https://x.test/a")
    assert ids.article_id(sha) != ids.article_id(ids.text_sha256("other"))
