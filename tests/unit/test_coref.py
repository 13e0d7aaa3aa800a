"""Pronouns, continuations and definite nouns resolve to earlier speakers."""
from __future__ import annotations

import pytest

from claimgraph.graph.model import ActorKind, Channel
from claimgraph.ingest.actors import resolve_cast
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.coref import Turn, resolve_reference
from claimgraph.ingest.document import ArticleMeta
from claimgraph.ingest.names import Gender, Mention, MentionKind
from tests.unit.test_actors import attribution


@pytest.fixture(scope="module")
def table():
    return load_aliases()


def test_she_skips_a_more_recent_man_for_the_last_woman():
    turns = [Turn(1, ActorKind.PERSON, ("Maria Lopez",), gender=Gender.FEMALE),
             Turn(2, ActorKind.PERSON, ("Peter Grant",), gender=Gender.MALE)]
    she = Mention(MentionKind.PRONOUN, "she", gender=Gender.FEMALE)
    assert resolve_reference(she, turns).actor == 1
    he = Mention(MentionKind.PRONOUN, "he", gender=Gender.MALE)
    assert resolve_reference(he, turns).actor == 2


def test_pronoun_falls_back_to_a_person_of_unknown_gender():
    turns = [Turn(1, ActorKind.ORGANIZATION, ("Port Authority",)), Turn(2, ActorKind.PERSON, ("Okafor",))]
    assert resolve_reference(Mention(MentionKind.PRONOUN, "she", gender=Gender.FEMALE), turns).actor == 2


def test_he_after_an_unnamed_source_who_told_a_broadcaster_is_that_source_not_a_named_man_before():
    turns = [Turn(1, ActorKind.PERSON, ("Ezra Mann",), gender=Gender.MALE),
             Turn(2, ActorKind.PERSON, ("community leader",), channel=Channel.TELEVISION, anonymous=True)]
    assert resolve_reference(Mention(MentionKind.PRONOUN, "he", gender=Gender.MALE), turns).actor == 2
    asker = [turns[0], Turn(3, ActorKind.PERSON, ("reporter",), anonymous=True)]  # who asked: not whom "he" means
    assert resolve_reference(Mention(MentionKind.PRONOUN, "he", gender=Gender.MALE), asker).actor == 1


def test_the_post_continues_the_last_speaker_on_social_media():
    turns = [Turn(1, ActorKind.ORGANIZATION, ("Northern Command",), channel=Channel.X),
             Turn(2, ActorKind.PERSON, ("Lena Park",), channel=Channel.PRESS_BRIEFING)]
    assert resolve_reference(Mention(MentionKind.NOMINAL, "post"), turns).actor == 1
    assert resolve_reference(Mention(MentionKind.NOMINAL, "statement"), turns) is None


def test_the_ministry_is_the_last_actor_named_a_ministry():
    turns = [Turn(1, ActorKind.ORGANIZATION, ("Interior Ministry",)),
             Turn(2, ActorKind.ORGANIZATION, ("Coast Guard",))]
    assert resolve_reference(Mention(MentionKind.NOMINAL, "ministry"), turns).actor == 1


def test_the_group_is_the_last_group_or_organization():
    turns = [Turn(1, ActorKind.ORGANIZATION, ("Sons of the Marsh",)), Turn(2, ActorKind.PERSON, ("Ali Karimi",))]
    assert resolve_reference(Mention(MentionKind.NOMINAL, "group"), turns).actor == 1


def test_continuations_in_an_article_resolve_and_inherit_the_channel(table):
    text = ("Fleet spokeswoman Commander Ruth Adair said in a statement the frigate was struck.\n"
            "\"We are assessing the damage,\" Adair said.\n"
            "She added that no sailors were missing.\n"
            "The Coastal Defence Command said on X that two drones were shot down.\n"
            "\"Both were destroyed over water,\" the post added.\n"
            "The Interior Ministry said roads were closed.\n"
            "The ministry said traffic would resume Monday.")
    atts = [
        attribution(text, "Fleet spokeswoman Commander Ruth Adair", "said", "the frigate was struck",
                    Channel.STATEMENT),
        attribution(text, "Adair", "said", "\"We are assessing the damage,\""),
        attribution(text, "She", "added", "no sailors were missing"),
        attribution(text, "The Coastal Defence Command", "said", "two drones were shot down", Channel.X),
        attribution(text, "the post", "added", "\"Both were destroyed over water,\""),
        attribution(text, "The Interior Ministry", "said", "roads were closed"),
        attribution(text, "The ministry", "said", "traffic would resume Monday"),
    ]
    cast = resolve_cast(text, atts, ArticleMeta(outlet="Harbour Times"), table, "article-test")
    adair, _, she, command, post, ministry, again = cast.speakers
    assert adair.actor_id == she.actor_id == cast.speakers[1].actor_id
    assert she.channel is Channel.STATEMENT
    assert post.actor_id == command.actor_id and post.channel is Channel.X
    assert again.actor_id == ministry.actor_id
    names = {a.id: a.name for a in cast.actors}
    assert names[adair.actor_id] == "Ruth Adair" and names[ministry.actor_id] == "Interior Ministry"


def test_an_unresolvable_pronoun_has_no_speaker(table):
    text = "He said the talks failed."
    cast = resolve_cast(text, [attribution(text, "He", "said", "the talks failed")], ArticleMeta(), table, "a")
    assert cast.speakers[0].actor_id is None


def test_one_after_unnamed_sources_is_one_of_them():
    turns = [Turn(1, ActorKind.ORGANIZATION, ("army",)),
             Turn(2, ActorKind.PERSON, ("security sources",), role="security sources", anonymous=True, plural=True)]
    assert resolve_reference(Mention(MentionKind.PRONOUN, "one"), turns).actor == 2
    assert resolve_reference(Mention(MentionKind.PRONOUN, "one"), turns[:1]) is None


def test_the_doctor_is_the_unnamed_doctor_who_spoke_before_not_unnamed_sources():
    turns = [Turn(1, ActorKind.PERSON, ("anonymous local doctor",), role="local doctor", anonymous=True),
             Turn(2, ActorKind.PERSON, ("hospital sources",), role="hospital sources", anonymous=True, plural=True)]
    assert resolve_reference(Mention(MentionKind.NOMINAL, "doctor"), turns).actor == 1
    assert resolve_reference(Mention(MentionKind.NOMINAL, "priest"), turns) is None
