"""extract(): one article into graph values, its batch and its JSON."""
from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest

from claimgraph.graph import ids
from claimgraph.graph.model import ActorKind, Channel, ClaimLinkKind, FigureLinkKind, Metric, Qualifier
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.extract import extract, extraction_summary, extraction_to_json
from claimgraph.ingest.pipeline import _extract_in_worker, _init_worker
from tests.links import contradicted

TEXT = """Navy Says Drones Downed Over Strait

PORT ELLIS (AFP) - The navy shot down four drones over the strait on Monday, the Defence Ministry said.

"All four were destroyed before reaching the fleet," ministry spokeswoman Captain Irene Vasko said in a statement. She said two sailors were killed and 11 wounded when debris hit a deck.

A militia called "the Guardians of the Strait" said on X that it had launched six drones.

The strait carries about a fifth of the region's fuel exports and has seen repeated clashes this year.

The navy shot down four drones over the strait on Monday, the Defence Ministry said.

(This story was published from a syndicated wire feed.)
"""


@pytest.fixture(scope="module")
def table():
    return load_aliases()


@pytest.fixture(scope="module")
def ex(table):
    meta = ArticleMeta(title="Navy Says Drones Downed Over Strait", url="https://example.test/strait",
                       outlet="Harbour Times", syndicated_from="AFP", published=dt.date(2024, 5, 6),
                       dateline="Port Ellis", language="en")
    return extract(Document(TEXT, meta, "test"), table)


def actor(ex, name):
    return next(a for a in ex.actors if name in (a.name, *a.aliases))


def claims_by(ex, name):
    speaker = actor(ex, name).id
    return [c for c in ex.claims if ex.speaker_of(c.id) == speaker]


def test_article_node_has_deterministic_id_and_metadata(ex):
    assert ex.article.id == ids.article_id(ids.text_sha256(TEXT), "https://example.test/strait")
    assert (ex.article.published, ex.article.dateline, ex.article.language) == (dt.date(2024, 5, 6), "Port Ellis", "en")
    assert ex.publisher.name == "Harbour Times" and ex.publisher.kind is ActorKind.OUTLET
    assert ex.agency.name == "Agence France-Presse"


def test_the_same_claim_stated_twice_is_one_claim_with_two_mentions(ex):
    (claim,) = claims_by(ex, "Defence Ministry")
    mentions = [m for m in ex.mentions if m.claim_id == claim.id]
    assert len(mentions) == 2
    batch = ex.to_batch()
    assert len([r for r in batch.reported_in if r.claim_id == claim.id]) == 2
    assert len([a for a in batch.asserted if a.claim_id == claim.id]) == 1
    assert claim.id == ids.claim_id(actor(ex, "Defence Ministry").id, claim.text)


def test_person_claims_carry_cue_channel_and_continuation(ex):
    vasko = actor(ex, "Irene Vasko")
    assert vasko.role == "ministry spokeswoman"
    said = [m for m in ex.mentions if m.speaker_id == vasko.id]
    assert len(said) == 2
    assert all(m.channel is Channel.STATEMENT for m in said)


def test_own_voice_sentences_are_asserted_by_the_wire_agency_and_notes_are_skipped(ex):
    own = [c.text for c in ex.claims if ex.speaker_of(c.id) == ex.agency.id]
    assert any("fifth of the region's fuel exports" in t for t in own)
    assert not any("syndicated" in t or "Drones Downed" in t or "PORT ELLIS" in t for t in own)


def test_figures_belong_to_their_claim(ex):
    claim = next(c for c in claims_by(ex, "Irene Vasko") if "sailors" in c.text)
    figures = [s.figure for s in ex.figures if s.claim_id == claim.id]
    assert sorted((f.metric, f.value) for f in figures) == [(Metric.INJURED, 11), (Metric.KILLED, 2)]
    assert all(f.id == ids.figure_id(claim.id, f.metric.value, f.raw, f.place) for f in figures)


def test_batch_holds_every_node_and_edge(ex):
    batch = ex.to_batch()
    assert batch.articles == [ex.article]
    assert {a.id for a in batch.actors} == {a.id for a in ex.actors}
    assert [p.outlet_id for p in batch.published_by] == [ex.publisher.id]
    assert [s.outlet_id for s in batch.syndicated_from] == [ex.agency.id]
    assert {s.figure_id for s in batch.states} == {f.id for f in batch.figures}
    for asserted in batch.asserted:
        if asserted.cue_start is not None:
            assert TEXT[asserted.cue_start:asserted.cue_end] == asserted.cue
    assert all(TEXT[r.start:r.end] in r.sentence for r in batch.reported_in)


def test_extraction_is_deterministic(ex, table):
    again = extract(Document(TEXT, ArticleMeta(title="Navy Says Drones Downed Over Strait",
                                               url="https://example.test/strait", outlet="Harbour Times",
                                               syndicated_from="AFP", published=dt.date(2024, 5, 6),
                                               dateline="Port Ellis", language="en"), "other"), table)
    assert again == ex


def test_json_has_offsets_into_the_text_and_speakers(ex):
    data = json.loads(json.dumps(extraction_to_json(ex)))
    actor_ids = {a["id"] for a in data["actors"]}
    assert data["attributions"]
    for a in data["attributions"]:
        for span in [a["source"], a["cue"], *a["content"]]:
            if span is not None:
                assert TEXT[span["start"]:span["end"]] == span["text"]
        assert a["speaker"] is None or a["speaker"] in actor_ids
    assert {c["id"] for c in data["claims"]} == {c.id for c in ex.claims}
    assert data["article"]["agency"] == ex.agency.id
    assert "Irene Vasko" in extraction_summary(ex)


def test_link_candidates_name_the_chain_root(ex):
    vasko = actor(ex, "Irene Vasko")
    ministry = actor(ex, "Defence Ministry")
    for candidate in ex.link_candidates():
        if candidate.speaker_id == vasko.id:
            assert candidate.chain_root == ministry.id


def test_figure_relations_resolve_to_figures_of_the_article(table):
    text = ("Army spokesman Colonel Dan Reyes said nine soldiers were wounded.\n\n"
            "Health official Mara Quint said 40 people were wounded, but that number did not include "
            "the nine cited by Reyes.\n")
    ex = extract(Document(text, ArticleMeta(outlet="Harbour Times"), "t"), table)
    links = [link for link in ex.figure_links if link.kind is FigureLinkKind.EXCLUDES]
    values = {s.figure.id: s.figure.value for s in ex.figures}
    assert [(values[link.from_id], values[link.to_id]) for link in links] == [(40, 9)]


def _extract_text(text: str, title: str, table):
    meta = ArticleMeta(title=title, url="https://example.test/" + str(abs(hash(text))), outlet="Valley Courier",
                       published=dt.date(2024, 5, 6), language="en")
    return extract(Document(text, meta, "test"), table)


def _own_figures(ex) -> list[tuple[str, str, float | None]]:
    own = {c.id for c in ex.claims if ex.speaker_of(c.id) == ex.publisher.id}
    return [(s.figure.raw, s.figure.metric.value, s.figure.value) for s in ex.figures if s.claim_id in own]


def test_a_headline_and_a_section_heading_are_the_outlets_own_claims(table):
    text = ("Ferry fire kills at least 12 off the coast\n\nMonday, May 6, 2024\n\n"
            "Rescuers searched the water through the night.\n\n"
            "Norway: Two injured in tunnel crash near Bergen\n\n"
            "The tunnel stayed closed until the morning.\n")
    ex = _extract_text(text, "Ferry fire kills at least 12 off the coast", table)
    assert ("at least 12", "killed", None) in _own_figures(ex)
    assert ("Two", "injured", 2) in _own_figures(ex)
    own = [c.text for c in ex.claims if ex.speaker_of(c.id) == ex.publisher.id]
    assert "Two injured in tunnel crash near Bergen" in own
    assert not any("May 6, 2024" in t for t in own)
    assert not any(a.name == "Norway" for a in ex.actors)


def test_a_short_whole_sentence_is_a_statement_of_the_outlet(table):
    text = "Storm hits the northern coast\n\nThe storm reached the coast at dawn. Six were injured.\n"
    ex = _extract_text(text, "Storm hits the northern coast", table)
    assert ("Six", "injured", 6) in _own_figures(ex)


def test_what_an_attribution_with_no_speaker_frames_is_still_reported(table):
    text = ("Mine collapse\n\nThe inquiry concluded that 14 workers were killed by the collapse of the "
            "eastern shaft.\n")
    ex = _extract_text(text, "Mine collapse", table)
    assert ("14", "killed", 14) in _own_figures(ex)


def test_a_revised_figure_names_the_id_of_the_figure_it_replaces(table):
    text = "Flood toll rises\n\nThe toll from the floods has risen from six to fifteen, the rescue service said.\n"
    ex = _extract_text(text, "Flood toll rises", table)
    by_raw = {s.figure.raw: s.figure for s in ex.figures}
    assert by_raw["fifteen"].replaces == by_raw["six"].id
    assert by_raw["six"].replaces is None


def test_an_extraction_survives_pickling_back_from_the_extraction_processes(ex):
    # What ingest_documents' worker processes send back, compiled (claimgraph/native.py) or not.
    again = pickle.loads(pickle.dumps(ex))
    assert json.dumps(extraction_to_json(again), sort_keys=True) == json.dumps(extraction_to_json(ex), sort_keys=True)


def test_an_extraction_pickled_back_writes_the_same_rows(ex):
    # Claims, mentions and spans pickle as their constructors' arguments (their __reduce__).
    again = pickle.loads(pickle.dumps(ex))
    assert again.mentions == ex.mentions
    assert again.to_batch() == ex.to_batch()


def test_an_extraction_process_sends_no_attributions_and_the_same_batch(table):
    doc = Document(TEXT, ArticleMeta(url="https://example.test/strait", outlet="Harbour Times",
                                     published=dt.date(2024, 5, 6)), "test")
    here = extract(doc, table)
    _init_worker(table)
    sent = _extract_in_worker(doc).extraction
    assert here.attributions
    assert sent is not None and sent.attributions == ()
    assert sent.to_batch() == here.to_batch()


def test_a_dateline_with_a_day_opens_no_statement_of_the_outlet(table):
    text = "Storm hits the coast\n\nPORT ELLIS, New Calder, May 2 (Valley Courier) - Six people were injured in the storm.\n"
    ex = _extract_text(text, "Storm hits the coast", table)
    own = [c.text for c in ex.claims if ex.speaker_of(c.id) == ex.publisher.id]
    assert "Six people were injured in the storm" in own


def test_a_reason_left_after_an_attribution_is_no_statement_of_the_outlet(table):
    text = ('Storm hits the coast\n\n"We have treated forty people since dawn," a nurse told the Valley Courier '
            "because she was not allowed to speak to the press.\n")
    ex = _extract_text(text, "Storm hits the coast", table)
    own = [c.text for c in ex.claims if ex.speaker_of(c.id) == ex.publisher.id]
    assert own == ["Storm hits the coast"]


def test_counts_of_towns_each_sentence_opens_with_are_not_rivals(table):
    text = ("Drone strikes hit two towns overnight\n\nIn Velmora, five people were killed, Governor Ada Voss said. "
            "In Ostrava Nova, three people died, the town council said.\n")
    ex = _extract_text(text, "Drone strikes hit two towns overnight", table)
    assert {s.figure.raw for s in ex.figures} >= {"five", "three"}
    assert {i.place for i in ex.incidents.incidents} >= {"Velmora", "Ostrava Nova"}
    assert not [link for link in ex.claim_links if link.kind is ClaimLinkKind.CONTRADICTS]


@pytest.mark.parametrize("byline", ["By Valley Courier staff", "By Ada Voss and Sam Hale", "By ADA VOSS, Valley Courier"])
def test_a_byline_is_no_statement_of_the_outlet(table, byline):
    text = f"Storm hits the coast\n\n{byline}\n\nSix people were injured in the storm on Monday.\n"
    ex = _extract_text(text, "Storm hits the coast", table)
    own = [c.text for c in ex.claims if ex.speaker_of(c.id) == ex.publisher.id]
    assert byline not in own and "Six people were injured in the storm on Monday" in own


def test_a_count_before_the_toll_the_text_says_rose_is_no_rival_of_it(table):
    text = ("Storm kills four on the coast\n\nFour people were killed when the storm hit the coast, Governor Ada Voss "
            "said. Later on Monday the toll rose to seven, the coast guard said.\n")
    ex = _extract_text(text, "Storm kills four on the coast", table)
    assert {s.figure.raw for s in ex.figures} >= {"Four", "seven"}
    assert not [link for link in ex.claim_links if link.kind is ClaimLinkKind.CONTRADICTS]


def test_a_count_of_a_class_before_a_toll_of_anyone_that_rose_stays_its_rival(table):
    text = ("Strike on village\n\nNo civilians were killed in the strike, the army said. Residents said at least 20 "
            "civilians died. Local officials said the toll later rose to 26.\n")
    ex = _extract_text(text, "Strike on village", table)
    assert frozenset({"No", "at least 20"}) in contradicted(ex)


def test_two_counts_a_later_toll_rose_past_are_still_rivals_of_each_other(table):
    text = ("Blast at depot\n\nThe blast killed 12 people, the ministry said. A rights group said 30 people died. "
            "The toll later rose to 41, the governor said.\n")
    ex = _extract_text(text, "Blast at depot", table)
    assert contradicted(ex) == {frozenset({"12", "30"})}


def test_a_headline_count_restating_a_count_of_soldiers_is_no_rival_of_a_count_of_insurgents(table):
    text = ("Gunmen kill 11 at checkpoint\n\nGunmen killed 11 soldiers at a checkpoint on Monday, military sources "
            "said. The army said its troops killed 17 insurgents at the checkpoint.\n")
    ex = _extract_text(text, "Gunmen kill 11 at checkpoint", table)
    assert not contradicted(ex)
    assert {s.figure.incident_victim for s in ex.figures if s.figure.value == 11} == {"military"}


def test_two_provinces_counts_by_their_own_officials_are_no_rivals(table):
    text = ("Floods in two provinces\n\nIn Corvel province the relief agency said 31 people had died, while in Marrin "
            "province it counted nine dead. The governor of Corvel province later said 34 people had been killed "
            "in his province. Marrin's police chief said nine people had died there.\n")
    ex = _extract_text(text, "Floods in two provinces", table)
    assert contradicted(ex) == {frozenset({"31", "nine", "34"})}
    incident_of = ex.incidents.incident_of()
    nines = {incident_of[s.figure.id] for s in ex.figures if s.figure.raw == "nine"}
    assert len(nines) == 1 and incident_of[next(s.figure.id for s in ex.figures if s.figure.raw == "34")] not in nines


def _speakers_of(ex) -> dict[str, str]:
    """Each claim's text and its speaker's name."""
    names = {a.id: a.name for a in ex.actors}
    return {c.text: names[ex.speaker_of(c.id)] for c in ex.claims}


def _said_in(body: str, table, title: str = "Flood toll rises") -> dict[str, str]:
    """Each claim's speaker in an article of ``title``, a dateline and ``body``."""
    return _speakers_of(_extract_text(f"{title}\n\nMonday, May 6, 2024\n\n{body}\n", title, table))


def test_a_bare_office_no_named_person_went_before_is_an_unnamed_holder_of_it(table):
    said = _said_in("Floodwater swept through the town overnight, killing at least nine people, the mayor said.", table)
    assert said["Floodwater swept through the town overnight, killing at least nine people"] == "anonymous mayor"


def test_a_prime_minister_with_an_aside_and_no_one_named_before_is_an_unnamed_holder(table):
    said = _said_in("The prime minister, who visited the site on Saturday, said the toll had risen to 36.", table)
    assert said["the toll had risen to 36"] == "anonymous prime minister"


def test_a_bare_office_after_a_named_person_is_no_new_speaker(table):
    said = _said_in("Jan Roe said the shelters were full. Floodwater killed at least nine people, the mayor said.", table)
    assert "anonymous mayor" not in said.values()


def test_the_company_is_no_public_body_that_spoke_before_and_unnamed_is_a_company_of_its_own(table):
    said = _said_in("The fire brigade said 14 workers were killed. The company then said that 11 "
                    "employees had died.", table)
    assert said["that 11 employees had died"] == "anonymous company"
    said = _said_in("Acme Freight Ltd said its depot was shut. The company said 11 employees had died.", table)
    assert said["11 employees had died"] == "Acme Freight Ltd"


def test_a_company_its_kind_describes_after_public_bodies_spoke_is_one_of_its_own(table):
    said = _said_in("The county's emergency agency said two people were killed. The railroad company said that no "
                    "one had died from the leak.", table)
    assert said["that no one had died from the leak"] == "railroad company"


def test_a_prime_minister_s_office_no_country_names_is_no_known_country_s_office(table):
    said = _said_in("The prime minister's office said nine people had died.", table)
    assert "Israeli" not in said["nine people had died"]


def test_a_headline_count_restating_the_lead_s_bounded_one_carries_its_bound(table):
    text = ("Quake kills 8 on coast\n\nA strong earthquake struck the coast on Monday, killing at least eight "
            "people, the disaster agency said. Police said later that 11 people had died.\n")
    ex = _extract_text(text, "Quake kills 8 on coast", table)
    headline = next(s.figure for s in ex.figures if s.figure.raw == "8")
    assert (headline.qualifier, headline.low) == (Qualifier.AT_LEAST, 8)
    assert not contradicted(ex)


def test_he_after_a_sentence_opening_on_an_office_holder_is_that_holder(table):
    said = _said_in('"We have found 11 bodies," said Lena Marsh, who leads the rescue team. The provincial governor, '
                    'speaking at the scene, gave a lower figure. "Nine people are dead," he said.', table)
    assert said["Nine people are dead"] == "anonymous provincial governor"


def test_the_hospital_no_text_named_before_is_a_hospital_of_its_own_not_the_outlet(table):
    said = _said_in("A gunman killed nine people, police said. The hospital said it had treated 14 people.", table)
    assert said["it had treated 14 people"] == "hospital"


def test_a_body_its_place_and_a_rank_describe_is_an_organization_of_its_own(table):
    said = _said_in("The city's main hospital said it had received 18 bodies.", table)
    assert said["it had received 18 bodies"] == "main hospital"


def test_the_bare_body_a_sentence_named_by_its_kind_before_is_that_body(table):
    said = _said_in("By Sunday the regional water office had counted 40 dead, and the office gave a figure of 52 "
                    "dead on Monday.", table)
    assert said["a figure of 52 dead on Monday"] == "regional water office"


def test_state_or_local_television_is_a_broadcaster_of_its_own_not_the_publisher(table):
    said = _said_in("Nine people drowned, according to local television.", table)
    assert said["Nine people drowned"] == "local television"


def test_the_words_between_a_cue_and_its_that_clause_are_no_claim_of_the_outlet(table):
    said = _said_in("Mayor Dana Roe said during a visit to the flooded district that 14 people had drowned.", table)
    assert not any("visit" in claim for claim in said)


def test_a_body_that_has_not_commented_states_nothing(table):
    said = _said_in("The mayor blamed the dam operator, which has not commented on the floods so far.", table)
    assert not any(claim.startswith("The mayor blamed") for claim in said)


def test_a_clause_of_time_after_according_to_stays_in_the_claim(table):
    said = _said_in("Three people died when a bridge collapsed in the town, according to local radio.", table)
    assert said["Three people died when a bridge collapsed in the town"] == "local radio"


def test_a_count_relayed_after_according_to_is_the_inner_speaker_s_alone(table):
    text = ("Roof collapse\n\nMonday, May 6, 2024\n\nAccording to the Harbour Ledger, stallholders said 30 "
            "people had died under the roof.\n")
    ex = _extract_text(text, "Roof collapse", table)
    names = {a.id: a.name for a in ex.actors}
    stated = {(names[ex.speaker_of(s.claim_id)], s.figure.raw) for s in ex.figures}
    assert stated == {("stallholders", "30")}


def test_a_common_noun_opening_a_sentence_is_no_person(table):
    text = ("Quake toll rises\n\nMonday, May 6, 2024\n\nAftershocks continued through the night. "
            "Residents said the aftershocks kept them outdoors.\n")
    ex = _extract_text(text, "Quake toll rises", table)
    assert not any(a.name == "Aftershocks" for a in ex.actors)


def test_opposition_alone_is_an_unnamed_body(table):
    said = _said_in("The streets were calm on Monday.", table, title="Opposition says 40 killed in crackdown")
    assert said["40 killed in crackdown"] == "anonymous opposition"


def test_a_kind_of_people_no_name_singles_out_is_each_article_s_own(table):
    ids = set()
    for n in range(2):
        text = "Fire toll\n\nMonday, May 6, 2024\n\nWitnesses said nine people died.\n"
        meta = ArticleMeta(title="Fire toll", url=f"https://example.test/witnesses/{n}", outlet="Valley Courier",
                           published=dt.date(2024, 5, 6), language="en")
        ex = extract(Document(text, meta, "test"), table)
        ids |= {a.id for a in ex.actors if a.name == "Witnesses"}
    assert len(ids) == 2


def test_a_figure_another_speaker_states_is_not_the_outlets_as_well(table):
    text = "Mudslide hits town\n\nAt least 23 people were confirmed dead, officials said.\n"
    ex = _extract_text(text, "Mudslide hits town", table)
    names = {a.id: a.name for a in ex.actors}
    assert [(names[ex.speaker_of(s.claim_id)], s.figure.raw) for s in ex.figures] == [("officials", "At least 23")]


def test_a_hyphenated_description_opening_a_sentence_is_no_part_of_the_name(table):
    said = _said_in("State-run Harbor News Agency said 30 miners were trapped.", table)
    assert said["30 miners were trapped"] == "Harbor News Agency"


def test_a_headline_s_bare_group_is_the_one_unnamed_group_of_its_kind_the_lead_names(table):
    said = _said_in("Officials in Nepal had given a toll of 25 on Monday.", table, title="Officials lower ferry toll to 21")
    assert said["ferry toll to 21"] == said["a toll of 25 on Monday"] == "anonymous officials"


@pytest.mark.parametrize("sentence", [
    "The army denied that 40 civilians were killed in the strike.",
    "Officials rejected reports that 40 civilians had died.",
    "Police dismissed claims that 12 protesters were shot dead.",
])
def test_a_speaker_who_denies_a_count_states_no_such_count(table, sentence):
    ex = _extract_text(f"Strike on village\n\n{sentence}\n", "Strike on village", table)
    assert ex.claims and not ex.figures


def test_a_denial_that_anyone_was_hurt_still_counts_none(table):
    ex = _extract_text("Strike on village\n\nThe army denied that any civilians had been hurt.\n", "Strike on village",
                       table)
    assert [f.figure.value for f in ex.figures] == [0]
