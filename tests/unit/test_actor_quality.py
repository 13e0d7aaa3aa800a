"""Actors and claims that must not come out as junk: words that name nobody, documents as
speakers, roles in appositives, unnamed officials of an organization, places, references
nothing fits, and attributions that assert nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.graph.model import Actor, ActorKind, ClaimLinkKind
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.document import ArticleMeta, Document
from claimgraph.ingest.extract import Extraction, extract
from claimgraph.ingest.names import Gender, MentionKind, parse_mention


@pytest.fixture(scope="module")
def table():
    return load_aliases()


def run(text: str, table) -> Extraction:
    return extract(Document(text, ArticleMeta(outlet="Lakeside Herald", published=dt.date(2025, 6, 4)), "t"),
                   table)


def speakers_of(ex: Extraction) -> dict[str, Actor | None]:
    """Source mention -> the actor speaking in it (None when nobody does)."""
    actors = {a.id: a for a in ex.actors}
    return {r.attribution.source.text: actors.get(r.speaker_id)
            for r in ex.attributions if r.attribution.source is not None}


def actor(ex: Extraction, name: str) -> Actor:
    return next(a for a in ex.actors if a.name == name)


def names(ex: Extraction) -> set[str]:
    return {a.name for a in ex.actors}


def test_a_verb_inside_the_source_is_never_an_actor(table):
    ex = run("Asked about the delay, a port official who declined to be named said the cranes had failed.", table)
    assert not any("named" in n.split() or n.casefold() == "declined" for n in names(ex))
    speaker = speakers_of(ex)["a port official who declined to be named"]
    assert speaker is not None and speaker.anonymous and speaker.name == "anonymous port official"
    assert [c.text for c in ex.claims] == ["the cranes had failed"]


def test_a_document_speaks_for_whoever_issued_it(table):
    ex = run("The Ridge Farmers Union held a rally on Sunday. Forty tractors took part, according to "
             "a statement posted on its Telegram channel.", table)
    union = actor(ex, "Ridge Farmers Union")
    assert speakers_of(ex)["a statement posted on its Telegram channel"] == union
    assert not any(word in n.casefold() for n in names(ex) for word in ("statement", "channel", "telegram"))


@pytest.mark.parametrize(("phrase", "owner"), [
    ("a tally compiled by AFP from hospital sources", "AFP"),
    ("a count by Reuters based on hospital records", "Reuters"),
    ("a survey by the Calder Polling Institute citing census data", "the Calder Polling Institute"),
])
def test_a_documents_owner_ends_where_the_words_say_where_it_got_its_figures(table, phrase, owner):
    assert parse_mention(phrase, table).org == owner


@pytest.mark.parametrize("phrase", ["Exit polls taken in the state", "Opinion polls", "New polls released Sunday",
                                    "Recent polling"])
def test_a_word_of_a_documents_kind_opening_a_sentence_owns_no_document(table, phrase):
    assert parse_mention(phrase, table).org is None


@pytest.mark.parametrize("documents", ["Initial assessments", "Investigations", "Messages"])
def test_documents_in_the_plural_are_no_speakers_of_their_own(table, documents):
    ex = run(f"The army struck the depot on Sunday. {documents} suggested that 40 fighters were killed.", table)
    assert not any(documents.casefold() in n.casefold() for n in names(ex))


def test_a_document_before_the_cue_speaks_for_its_owner(table):
    ex = run("The Ridge Farmers Union held a rally on Sunday. A statement posted on its Telegram "
             "channel said forty tractors took part.", table)
    union = actor(ex, "Ridge Farmers Union")
    claim = next(c for c in ex.claims if c.text == "forty tractors took part")
    assert {m.speaker_id for m in ex.mentions if m.claim_id == claim.id} == {union.id}
    assert not any(word in n.casefold() for n in names(ex) for word in ("statement", "channel", "telegram"))


def test_a_pronoun_speaking_through_a_posted_statement_keeps_its_content(table):
    ex = run("The Ridge Farmers Union said the rally would go ahead. It said in a statement posted on its website "
             "that forty tractors took part.", table)
    union = actor(ex, "Ridge Farmers Union")
    claim = next(c for c in ex.claims if c.text == "that forty tractors took part")
    assert {m.speaker_id for m in ex.mentions if m.claim_id == claim.id} == {union.id}


def test_a_possessive_role_with_an_appositive_name_is_the_person_speaking_for_the_antecedent(table):
    ex = run("The Eastline Ferry Company suspended sailings on Monday. Its spokeswoman, Mara Quinn, said two "
             "vessels needed repairs.", table)
    quinn = speakers_of(ex)["Its spokeswoman, Mara Quinn,"]
    assert quinn is not None and (quinn.name, quinn.kind, quinn.role) == ("Mara Quinn", ActorKind.PERSON,
                                                                          "spokeswoman")
    company = actor(ex, "Eastline Ferry Company")
    assert [(e.actor_id, e.org_id) for e in ex.speaks_for] == [(quinn.id, company.id)]
    assert not any(n.casefold().startswith("its") for n in names(ex))


def test_officials_at_an_organization_are_its_unnamed_officials(table):
    ex = run("Officials at the regional Water Board, which runs the dam, said the reservoir was half full.", table)
    officials = speakers_of(ex)["Officials at the regional Water Board, which runs the dam,"]
    board = actor(ex, "Water Board")
    assert officials is not None and officials.anonymous and officials.kind is ActorKind.GROUP
    assert officials.name == "Water Board officials" and officials.role in (None, "officials")
    assert [(e.actor_id, e.org_id) for e in ex.member_of] == [(officials.id, board.id)]


def test_a_ministry_of_a_place_is_named_as_written_without_its_epithet(table):
    ex = run("The Interior Ministry of neighbouring Calvera said in a statement that its border stayed open.",
             table)
    ministry = speakers_of(ex)["The Interior Ministry of neighbouring Calvera"]
    assert ministry is not None and (ministry.name, ministry.kind) == ("Interior Ministry of Calvera",
                                                                       ActorKind.ORGANIZATION)
    assert not any(a.kind is ActorKind.PERSON for a in ex.actors)


def test_a_place_owning_a_role_is_no_person(table):
    ex = run("Calvera's foreign minister, Ivo Santos, said the talks would resume in June.", table)
    santos = speakers_of(ex)["Calvera's foreign minister, Ivo Santos,"]
    assert santos is not None and santos.name == "Ivo Santos" and santos.role == "foreign minister"
    assert [a.name for a in ex.actors if a.kind is ActorKind.PERSON] == ["Ivo Santos"]
    (edge,) = ex.speaks_for
    assert next(a for a in ex.actors if a.id == edge.org_id).kind is ActorKind.ORGANIZATION


def test_a_reference_nothing_fits_has_no_speaker(table):
    ex = run("The group said its members had left the square.", table)
    assert speakers_of(ex)["The group"] is None
    assert names(ex) == {"Lakeside Herald"}


def test_a_reference_resolves_to_the_organization_named_before(table):
    ex = run("Members of the Grey Valley Brigade marched on Friday. The group says nine of them were arrested.",
             table)
    assert speakers_of(ex)["The group"] == actor(ex, "Grey Valley Brigade")


def test_a_reporter_is_named_for_the_outlet_not_for_where_they_stood(table):
    ex = run("About 200 people gathered outside the court, according to a Lakeside Herald reporter at the "
             "scene.", table)
    reporter = speakers_of(ex)["a Lakeside Herald reporter at the scene"]
    assert reporter is not None and reporter.anonymous and "scene" not in reporter.name
    assert [e.org_id for e in ex.member_of] == [actor(ex, "Lakeside Herald").id]


def test_attributions_that_assert_nothing_make_no_claim(table):
    ex = run("The Calder City Council confirmed on Tuesday that the bridge would close, matching the date the "
             "mayor's office announced a day earlier.\n"
             "The Harbour Authority did not respond to a request for comment.", table)
    texts = [c.text for c in ex.claims]
    assert texts == ["that the bridge would close, matching the date the mayor's office announced a day earlier"]
    authority = actor(ex, "Harbour Authority")
    assert all(m.speaker_id != authority.id for m in ex.mentions)


@pytest.mark.parametrize("phrase, kind, name", [
    ("The senator from Maine", MentionKind.NOMINAL, "senator"),
    ("the strike in Dover", MentionKind.NOTHING, ""),
    ("The Maritime Museum in Dover", MentionKind.ORGANIZATION, "Maritime Museum"),
    ("The Bank of Calder", MentionKind.ORGANIZATION, "Bank of Calder"),
    ("the provincial Board of Fisheries", MentionKind.ORGANIZATION, "Board of Fisheries"),
    ("a clear majority of Republicans", MentionKind.GROUP, "Republicans"),
    ("According to Lina Ortiz", MentionKind.PERSON, "Lina Ortiz"),
])
def test_a_name_after_a_preposition_is_where_the_head_is_from_not_the_speaker(table, phrase, kind, name):
    m = parse_mention(phrase, table)
    assert (m.kind, m.name) == (kind, name)


@pytest.mark.parametrize("phrase, name", [
    ("the Uganda National Commission on Land Reform", "Uganda National Commission on Land Reform"),
    ("the state Council on Arts Funding", "Council on Arts Funding"),
    ("The Review Panel on Monday", "Review Panel"),
])
def test_a_body_named_for_its_subject_keeps_on_and_the_subject_in_its_name_but_not_a_date(table, phrase, name):
    m = parse_mention(phrase, table)
    assert (m.kind, m.name) == (MentionKind.ORGANIZATION, name)


@pytest.mark.parametrize("phrase, owner", [
    ("a tally kept by the Yemeni Observatory for Landmine Victims", "the Yemeni Observatory for Landmine Victims"),
    ("figures released by the Joint Committee on Refugee Affairs", "the Joint Committee on Refugee Affairs"),
    ("a count released by the agency on Sunday", "the agency"),
    ("a survey by Ipsos for Reuters", "Ipsos"),
])
def test_a_document_s_issuer_keeps_for_or_on_inside_a_body_s_name(table, phrase, owner):
    m = parse_mention(phrase, table)
    assert (m.kind, m.org) == (MentionKind.DOCUMENT, owner)


@pytest.mark.parametrize("text", [
    "It was first reported that eight miners had been trapped.",
    "Eight miners were reportedly trapped below ground.",
])
def test_a_report_that_names_no_one_is_the_unnamed_reports_not_the_outlet(table, text):
    ex = run(text, table)
    speakers = {a.id: a for a in ex.actors}
    speaking = [speakers[m.speaker_id] for m in ex.mentions]
    assert [a.name for a in speaking] == ["anonymous reports"]


def test_a_sourceless_frame_that_tells_of_no_report_stays_the_outlet_s(table):
    ex = run("It was decided that the mine would reopen.", table)
    assert {a.name for a in ex.actors if any(m.speaker_id == a.id for m in ex.mentions)} == {"Lakeside Herald"}


def test_words_before_a_name_that_give_it_no_title_leave_the_name_alone(table):
    assert (parse_mention("Perhaps Syria", table).kind, parse_mention("Perhaps Syria", table).name) == (
        MentionKind.ORGANIZATION, "Syria")
    titled = parse_mention("Mrs. Vela", table)
    assert (titled.kind, titled.name, titled.gender) == (MentionKind.PERSON, "Vela", Gender.FEMALE)


def test_a_capitalized_plural_for_people_is_a_group_but_a_surname_stays_a_person(table):
    assert parse_mention("Pollsters", table).kind is MentionKind.GROUP
    assert parse_mention("Candidates", table).kind is MentionKind.GROUP
    assert parse_mention("Summers", table).kind is MentionKind.PERSON


def test_a_titled_person_named_in_the_possessive_is_named_without_it(table):
    ex = run("Republican nominee Nora Vance’s campaign bus broke down on Monday. The nominee said the repairs "
             "would take a day.", table)
    assert speakers_of(ex)["The nominee"].name == "Nora Vance"


def test_a_subject_pronoun_after_a_participle_phrase_is_the_source(table):
    ex = run('Speaking of the guides who led the climb she said "They knew every rock."', table)
    assert "she" in speakers_of(ex)
    assert not any(n.casefold().startswith("speaking") for n in names(ex))


def test_a_relative_pronoun_after_a_role_appositive_is_the_person_not_the_institute(table):
    ex = run('The paper spoke to Ana Ruiz, an analyst at the Calder Institute, who said "The strike will spread."',
             table)
    assert speakers_of(ex)["who"] == actor(ex, "Ana Ruiz")
    assert "Calder Institute" not in names(ex)


def test_a_relative_pronoun_narrowing_a_common_noun_names_no_speaker(table):
    ex = run("Sam Hale said on Monday the strike would go ahead. In Calder, tension grows between the "
             "striking workers who want higher pay and the port owners.", table)
    assert speakers_of(ex)["Sam Hale"] == actor(ex, "Sam Hale")
    assert speakers_of(ex)["who"] is None


def test_a_reporting_participle_opening_the_sentence_is_no_speaker(table):
    ex = run("Reported estimates put the crowd in Calder at 5,000 on Sunday.", table)
    assert "Reported" in speakers_of(ex)
    assert speakers_of(ex)["Reported"] is None
    assert "Reported" not in names(ex)


def test_a_count_given_by_a_name_is_its_claim_and_as_high_as_bounds_it(table):
    ex = run("Coroner Ada Voss gave a count of 23 dead; according to fire chief Tom Reyes, 40 people were hurt. "
             "The Valley Courier offers a figure as high as 31 dead.", table)
    stated = {(actor(ex, name).name, s.figure.raw) for s in ex.figures
              for name in [next(a.name for a in ex.actors if a.id == ex.speaker_of(s.claim_id))]}
    assert stated == {("Ada Voss", "23"), ("Tom Reyes", "40"), ("Valley Courier", "as high as 31")}


def test_as_many_as_inside_the_object_of_an_act_is_no_clause_of_time(table):
    ex = run("The Calder Relief Fund gave a count of as many as 60 missing after the storm.", table)
    assert [c.text for c in ex.claims] == ["a count of as many as 60 missing"]


@pytest.mark.parametrize("title", ["Sheriff", "Coroner", "Prosecutor"])
def test_a_county_office_s_title_before_a_name_is_a_role(table, title):
    m = parse_mention(f"{title} Ada Voss", table)
    assert (m.kind, m.name, m.role) == (MentionKind.PERSON, "Ada Voss", title)


def test_an_office_its_county_names_is_an_organization_of_its_own(table):
    ex = run("The Harlan County Coroner's Office said two bodies were found.", table)
    assert {a.name for a in ex.actors if any(m.speaker_id == a.id for m in ex.mentions)} == {
        "Harlan County Coroner Office"}


def test_a_dateline_with_a_day_of_the_month_is_no_part_of_the_first_claim(table):
    ex = run("HARBOR CITY, Aug 14 (Lakeside Herald) - Floods cut the coast road, the Calder Relief Fund said.", table)
    assert [c.text for c in ex.claims] == ["Floods cut the coast road"]


def test_police_and_witnesses_speak_together_and_a_police_spokesman_speaks_for_the_police(table):
    ex = run("Two boats capsized near the pier, police and witnesses said. Police spokesman Omar Jalloh said "
             "nine people were missing.", table)
    assert "police and witnesses" in {a.name for a in ex.actors}
    omar = actor(ex, "Omar Jalloh")
    assert [actor_named.name for s in ex.speaks_for if s.actor_id == omar.id
            for actor_named in ex.actors if actor_named.id == s.org_id] == ["Police"]


def test_an_office_a_generic_place_describes_and_a_body_its_place_names_are_speakers(table):
    ex = run("Storms hit the coast. The village's mayor said 14 homes had collapsed. The main hospital in Port "
             "Ellis said it had treated 30 people.", table)
    speaking = {actor(ex, name).name for name in ("anonymous village's mayor", "main hospital in Port Ellis")}
    assert speaking <= {a.name for a in ex.actors if any(m.speaker_id == a.id for m in ex.mentions)}


def test_a_region_of_a_known_place_speaks_for_no_one(table):
    ex = run("Northern Sudan also reported a rise in measles cases this month.", table)
    assert "Northern Sudan" not in names(ex)


def test_a_clause_of_time_after_an_act_is_the_articles_not_the_actors(table):
    ex = run("The Calder Relief Fund withdrew its volunteers from the valley after four of them were killed "
             "by a landslide in May.", table)
    fund = actor(ex, "Calder Relief Fund")
    speakers = {ex.speaker_of(s.claim_id) for s in ex.figures if s.figure.value == 4}
    assert speakers == {actor(ex, "Lakeside Herald").id} != {fund.id}
    assert [r.attribution.content[0].text for r in ex.attributions][0].endswith("in May")


def test_why_a_body_revised_its_toll_is_the_body_s_own_word(table):
    ex = run("The provincial governor raised the toll to 31 after six of the wounded died overnight, the Harbor "
             "Courier reported.", table)
    names = {a.id: a.name for a in ex.actors}
    assert {(names[ex.speaker_of(f.claim_id)], f.figure.raw) for f in ex.figures} == {
        ("anonymous provincial governor", "31"), ("anonymous provincial governor", "six")}


def test_a_dateline_with_a_place_of_two_words_is_no_part_of_the_first_claim(table):
    ex = run("PORT ELLIS, New Calder, May 2 (Lakeside Herald) - Floods cut the coast road, the relief fund said.",
             table)
    assert [c.text for c in ex.claims] == ["Floods cut the coast road"]


@pytest.mark.parametrize("office", ["health minister", "provincial health minister", "foreign minister"])
def test_an_unnamed_minister_of_a_portfolio_is_a_speaker_not_the_outlet(table, office):
    ex = run(f"Nine miners were killed in the collapse, the {office} said.", table)
    speaker = speakers_of(ex)[f"the {office}"]
    assert speaker is not None and speaker.anonymous and speaker.name == f"anonymous {office}"


def test_a_deputy_minister_unnamed_still_only_refers_back(table):
    ex = run("Nine miners were killed in the collapse, the deputy minister said.", table)
    assert speakers_of(ex)["the deputy minister"] is None


def test_an_office_in_the_lead_is_the_person_named_with_it_further_down(table):
    ex = run("Nine miners were killed in the collapse, the provincial health minister said. Health Minister "
             "Ada Voss told reporters that 12 more were in hospital. Union leader Sam Hale said the shaft "
             "had been unsafe for months.", table)
    voss = actor(ex, "Ada Voss")
    assert speakers_of(ex)["the provincial health minister"] == voss
    assert not any(a.anonymous for a in ex.actors)


def test_an_office_stays_unnamed_when_two_persons_hold_titles_like_it(table):
    ex = run("Nine miners were killed, the health minister said. Health Minister Ada Voss said 12 were hurt in "
             "Calder. Health Minister Sam Hale said 14 were hurt in Norvik.", table)
    assert speakers_of(ex)["the health minister"].name == "anonymous health minister"


@pytest.mark.parametrize("title", ["Emergency Manager", "Fire Chief", "City Attorney", "District Attorney"])
def test_the_field_of_an_office_in_a_title_is_no_organization(table, title):
    m = parse_mention(f"{title} Ada Voss", table)
    assert (m.kind, m.name, m.org) == (MentionKind.PERSON, "Ada Voss", None)


@pytest.mark.parametrize("name", ["The Tahrir Brigades", "the Revolutionary Guards", "Sultan Brigades"])
def test_a_name_ending_in_a_plural_body_is_an_organization(table, name):
    m = parse_mention(name, table)
    assert m.kind is MentionKind.ORGANIZATION and m.name == name.removeprefix("the ").removeprefix("The ")


def test_a_statement_from_the_office_of_a_named_person_is_that_office_s(table):
    ex = run("A statement from the office of Prime Minister Ada Voss condemned the strike and said Calder would "
             "not be drawn into the war.", table)
    assert {s.name for s in speakers_of(ex).values() if s is not None} == {"Voss office"}


def test_the_main_body_of_its_kind_is_an_organization_of_its_article(table):
    ex = run("Police killed 40 protesters, the main opposition party said.", table)
    assert speakers_of(ex)["the main opposition party"].name == "main opposition party"


@pytest.mark.parametrize(("phrase", "role"), [
    ("People familiar with the matter", "people familiar with the matter"),
    ("two people briefed on the talks about the ceasefire", "people briefed on the talks"),
    ("a person with direct knowledge of the plans", "person with direct knowledge of the plans"),
])
def test_people_familiar_with_something_are_an_unnamed_source(table, phrase, role):
    m = parse_mention(phrase, table)
    assert (m.kind, m.role) == (MentionKind.ANONYMOUS, role)


def test_officials_familiar_with_something_are_unnamed_officials(table):
    m = parse_mention("officials familiar with the investigation", table)
    assert (m.kind, m.name) == (MentionKind.ANONYMOUS, "officials")


def test_a_name_ending_in_a_branch_word_is_an_organization_not_a_titled_person(table):
    m = parse_mention("the Islamic State Sahel Province", table)
    assert (m.kind, m.name) == (MentionKind.ORGANIZATION, "Islamic State Sahel Province")


@pytest.mark.parametrize(("source", "name"), [
    ("The UN children's agency", "UN children's agency"),
    ("the fire service", "fire service"),
    ("The regional prosecutor's office", "regional prosecutor's office"),
    ("The company that operates the quarry", "company that operates the quarry"),
])
def test_a_body_its_description_identifies_is_a_speaker_of_its_article(table, source, name):
    ex = run(f"At least 12 people died when the roof fell in, {source} said.", table)
    assert speakers_of(ex)[source].name == name


def test_the_wire_service_unnamed_before_is_no_new_speaker(table):
    ex = run("At least 12 people died when the roof fell in, the wire service said.", table)
    assert speakers_of(ex)["the wire service"] is None


def test_an_unnamed_army_is_the_one_army_the_article_names_later(table):
    ex = run("Army denies deaths in village strike\n\nThe Calderan army said on Monday that nobody was hurt in the "
             "strike.", table)
    assert speakers_of(ex)["Army"] == speakers_of(ex)["The Calderan army"]


def test_an_unnamed_opposition_in_a_headline_is_the_one_body_it_qualifies_in_the_text(table):
    ex = run("Opposition says flood toll above 50\n\nThe main opposition party said on Monday that at least 52 "
             "people had drowned. The ministry has counted 31 dead.", table)
    assert speakers_of(ex)["Opposition"] == actor(ex, "main opposition party")


def test_a_headlines_officials_of_a_field_speak_for_the_one_body_of_that_field(table):
    ex = run("Strike on school kills 27, health officials say\n\nAn air strike on a school killed at least 27 "
             "people, according to the Calderan health ministry.", table)
    officials, ministry = speakers_of(ex)["health officials"], speakers_of(ex)["the Calderan health ministry"]
    assert officials is not None and ministry is not None and officials != ministry
    assert (officials.id, ministry.id) in {(s.actor_id, s.org_id) for s in ex.speaks_for}
    assert not [link for link in ex.claim_links if link.kind is ClaimLinkKind.CORROBORATES]


def test_an_unnamed_groups_kind_word_keeps_no_capital_from_opening_a_sentence(table):
    ex = run("Local officials, who spoke on condition of anonymity, said 31 people had died.", table)
    assert "anonymous local officials" in names(ex)


def test_it_after_a_body_that_declined_to_comment_is_that_body(table):
    ex = run("The Calderan defence ministry declined to comment on the strike. It said on Sunday that shelling had "
             "killed two civilians in the town.", table)
    names_of = {a.id: a.name for a in ex.actors}
    assert [names_of[ex.speaker_of(f.claim_id)] for f in ex.figures] == ["Calderan defence ministry"]


def test_an_unnamed_army_is_still_the_army_named_when_a_body_it_qualifies_is_named_too(table):
    ex = run("Army denies deaths in village strike\n\nThe Calderan army said on Monday that nobody was hurt. The "
             "army engineering corps said the bridge stood.", table)
    assert speakers_of(ex)["Army"] == speakers_of(ex)["The Calderan army"]


def test_the_company_a_clause_describes_is_not_the_outlet_of_the_dateline(table):
    ex = run("PORT ELLIS (Lakeside Herald) - Nine miners died in the collapse, the minister said. The company that "
             "operates the mine said in a statement that seven had died.", table)
    assert speakers_of(ex)["The company that operates the mine"].name == "company that operates the mine"


def test_she_after_a_titled_person_opening_the_sentence_is_that_person(table):
    ex = run("Governor Sam Hale said nine people had died. President Ada Voss renewed her appeal for aid. "
             "\"Every hour counts,\" she wrote on social media.", table)
    assert speakers_of(ex)["she"] == actor(ex, "Ada Voss")


def test_a_pronoun_after_a_sentence_opened_by_a_place_still_means_the_last_speaker(table):
    ex = run("Governor Sam Hale said nine people had died. New Calder sent two planes. \"We need more,\" he said.",
             table)
    assert speakers_of(ex)["he"] == actor(ex, "Sam Hale")


@pytest.mark.parametrize(("source", "name"), [
    ("Calderan's General Staff", "General Staff"),
    ("Norvik's Defence Headquarters", "Defence Headquarters"),
])
def test_a_capitalized_body_after_its_owners_possessive_is_an_organization(table, source, name):
    m = parse_mention(source, table)
    assert (m.kind, m.name) == (MentionKind.ORGANIZATION, name)


def test_the_operator_a_possessive_thing_names_is_a_speaker_not_the_outlet(table):
    ex = run("A blast at the refinery killed six workers, the plant's operator said in a filing.", table)
    speaker = speakers_of(ex)["the plant's operator"]
    assert speaker is not None and speaker.kind is ActorKind.ORGANIZATION and speaker.name == "plant's operator"


@pytest.mark.parametrize("firm", ["Calder Fine Chemicals", "Norvik Airlines", "Ridge Mining"])
def test_a_name_ending_in_a_trade_is_a_firm_not_a_person(table, firm):
    assert parse_mention(firm, table).kind is MentionKind.ORGANIZATION


@pytest.mark.parametrize("paper", ["Calderska Pravda", "Donetsk Courier", "Nova Gazeta", "Valley Sentinel"])
def test_a_name_ending_in_a_newspapers_word_is_a_body_not_a_person(table, paper):
    assert parse_mention(paper, table).kind is MentionKind.ORGANIZATION


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("Broadcaster NTV", MentionKind.OUTLET, "NTV"), ("The Daily Calderan", MentionKind.OUTLET, "Daily Calderan"),
    ("the daily Cumhuriyet", MentionKind.OUTLET, "Cumhuriyet"), ("state broadcaster CCTV", MentionKind.OUTLET, "CCTV"),
    ("Swiss operator Air Glaciers", MentionKind.ORGANIZATION, "Air Glaciers"),
])
def test_a_medium_named_after_its_kind_is_an_outlet_and_an_airline_a_body(table, phrase, kind, name):
    mention = parse_mention(phrase, table)
    assert (mention.kind, mention.name) == (kind, name)


@pytest.mark.parametrize("medium", ["Harbor News Agency", "Calder Television", "Donetsk Courier", "Kyiv Times"])
def test_a_medium_no_alias_lists_is_an_outlet_by_its_name(table, medium):
    ex = run(f"{medium} reported that 12 people had died in the blast.", table)
    assert actor(ex, medium).kind is ActorKind.OUTLET


def test_a_first_name_before_a_newspapers_word_is_still_a_person(table):
    assert parse_mention("Sarah Courier", table).kind is MentionKind.PERSON


def test_a_role_before_a_firms_name_set_off_by_commas_is_that_firm(table):
    ex = run("Six workers died in the blast. The operator, Calder Fine Chemicals, said production had stopped. "
             "The company said it would help investigators.", table)
    firm = actor(ex, "Calder Fine Chemicals")
    assert speakers_of(ex)["The operator, Calder Fine Chemicals,"] == firm
    assert speakers_of(ex)["The company"] == firm


def test_a_portfolio_ministry_in_a_spokesmans_title_is_his_organization_and_the_ministry_later(table):
    ex = run("Interior ministry spokesman Sam Hale told reporters that 150 people were missing. The ministry later "
             "said in a statement that 52 had died.", table)
    ministry = actor(ex, "Interior ministry")
    assert speakers_of(ex)["The ministry"] == ministry
    assert [s.org_id for s in ex.speaks_for] == [ministry.id]


def test_one_of_the_sources_is_the_group_of_sources_named_before(table):
    ex = run("Two military sources said 12 attackers were killed. The sources said the fight lasted hours. "
             "One of the sources said three soldiers were hurt.", table)
    group = speakers_of(ex)["Two military sources"]
    assert group is not None and group.anonymous
    assert speakers_of(ex)["The sources"] == group == speakers_of(ex)["One of the sources"]


def test_a_single_source_is_not_a_group_of_sources_named_before(table):
    ex = run("Several sources said the deal was close. A source at the bank said the board met. The source said "
             "it would vote on Friday.", table)
    assert speakers_of(ex)["The source"] != speakers_of(ex)["Several sources"]


@pytest.mark.parametrize("source", ["No group", "None of the officials", "Neither the army nor the police"])
def test_a_negated_subject_is_no_speaker(table, source):
    ex = run(f"{source} has claimed the attack on the Calder road.", table)
    assert speakers_of(ex).get(source) is None
    assert not any(n.casefold().startswith(("no ", "none", "neither")) for n in names(ex))


@pytest.mark.parametrize(("source", "org"), [
    ("Sam Hale, spokesman for the SPLM,", "SPLM"),
    ("the spokesman for the Pentagon", "Pentagon"),
    ("Sam Hale, spokesman for the army,", "army"),
])
def test_the_body_after_a_roles_preposition_and_article_is_its_organization(table, source, org):
    m = parse_mention(source, table)
    assert m.org == org and m.name != org


def test_a_name_a_body_describes_in_its_appositive_is_that_body_and_its_spokesman_speaks_for_it(table):
    ex = run("Mare-Vigil, a Norvik charity that runs a rescue ship, said its crew saw debris. A spokesman for the "
             "group added that the ship was heading to port.", table)
    charity = actor(ex, "Mare-Vigil")
    assert charity.kind is ActorKind.ORGANIZATION
    assert [m.org_id for m in ex.member_of] == [charity.id]


def test_the_group_is_no_people_a_common_noun_named(table):
    ex = run("Gunmen stormed a hotel, killing 21 people, officials said. The group claimed the attack in a statement.",
             table)
    assert speakers_of(ex)["The group"] is None


def test_a_quantity_opening_a_headline_is_no_speaker(table):
    ex = run("Dozens feared dead as boat sinks off the coast\n\nA boat capsized on Monday, the coast guard said.", table)
    assert not any(n.casefold() == "dozens" for n in names(ex))


def test_he_after_a_source_unnamed_on_condition_of_anonymity_is_that_source(table):
    ex = run("Spokesman Sam Hale said three soldiers died. A senior commander, speaking on condition of anonymity, "
             "said the real toll was six. He added that two of the dead were medics.", table)
    commander = speakers_of(ex)["A senior commander"]
    assert commander is not None and commander.anonymous
    assert speakers_of(ex)["He"] == commander


def test_a_coalition_spokesman_never_speaks_for_the_last_body_that_spoke(table):
    ex = run("A strike by the Norvik-led coalition killed nine people, the Calder health ministry said. Coalition "
             "spokesman Sam Hale said the strike was lawful.", table)
    ministry = speakers_of(ex)["the Calder health ministry"]
    assert ministry is not None and ex.speaks_for and ministry.id not in {s.org_id for s in ex.speaks_for}


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Calder News Agency quoted a police source as saying 12 people died.", "Police source"),
    ("Sam Hale, Norvik's interior minister, was quoted by state media as saying 12 people died.", "Sam Hale"),
])
def test_the_one_quoted_as_saying_is_the_speaker_and_the_quoter_carries_it(table, sentence, speaker):
    ex = run(sentence, table)
    claim, = [c for c in ex.claims if c.text.startswith("12 people died")]
    assert actor(ex, speaker).id == ex.speaker_of(claim.id)
    assert not any(c.text.startswith(("a police source", "as saying")) for c in ex.claims)


def test_a_passive_without_source_inside_what_someone_said_is_no_claim_of_the_outlet(table):
    ex = run("The Norvik navy said it had not been asked to help with the search.", table)
    assert [c.text for c in ex.claims] == ["it had not been asked to help with the search"]


def test_a_provincial_office_in_the_lead_is_the_person_titled_with_the_provinces_name(table):
    ex = run("The toll rose to 162, the provincial governor said. West Calder Governor Ada Voss told reporters that "
             "326 people were hurt.", table)
    assert speakers_of(ex)["the provincial governor"] == actor(ex, "Ada Voss")


def test_an_acronym_given_to_a_described_body_names_it_later(table):
    ex = run("The national disaster agency (NDMA) gave a toll of 103. NDMA head Ada Voss said 31 were missing. "
             "The agency's spokesman, Sam Hale, said aftershocks slowed the search.", table)
    agency = speakers_of(ex)["The national disaster agency (NDMA)"]
    assert agency is not None and {s.org_id for s in ex.speaks_for} == {agency.id}


def test_he_after_a_person_named_before_opening_the_sentence_by_name_alone_is_that_person(table):
    ex = run("President Peter Hale said the talks had failed. Governor John Voss said the state would sue. Hale "
             "eased his tone later. \"We will talk again,\" he said.", table)
    assert speakers_of(ex)["he"] == actor(ex, "Peter Hale")



@pytest.mark.parametrize(("source", "name", "role"), [
    ("The WHO's representative in Calder, Ada Voss", "Ada Voss", "representative in Calder"),
    ("Norvik's ambassador to the UN, Sam Hale", "Sam Hale", "ambassador to the UN"),
])
def test_a_place_after_a_roles_preposition_is_where_the_role_is_not_a_name(table, source, name, role):
    m = parse_mention(source, table)
    assert (m.kind, m.name, m.role) == (MentionKind.PERSON, name, role)


def test_a_participle_set_off_after_a_body_describes_it_and_names_no_other(table):
    m = parse_mention("The health ministry in Sanaa, run by the Houthi movement", table)
    assert m.kind is MentionKind.NOMINAL and m.role == "health ministry in Sanaa"


@pytest.mark.parametrize(("source", "name"), [
    ("the disaster agency NDMA", "NDMA"),
    ("An al Qaeda-linked group, Katibat Norvik,", "Katibat Norvik"),
    ("A local Islamic State affiliate", "Islamic State affiliate"),
])
def test_a_body_named_after_the_noun_that_describes_it_is_that_name(table, source, name):
    m = parse_mention(source, table)
    assert (m.kind, m.name) == (MentionKind.ORGANIZATION, name)


@pytest.mark.parametrize(("source", "name"), [("Families waiting at the gate", "Families"),
                                              ("Residents living near the quarry", "Residents")])
def test_people_a_participle_describes_are_still_those_people(table, source, name):
    m = parse_mention(source, table)
    assert (m.kind, m.name) == (MentionKind.GROUP, name)


def test_a_state_office_its_place_names_is_a_speaker_of_its_article(table):
    ex = run("The Calder state commissioner for planning said 19 bodies had been recovered.", table)
    speaker = speakers_of(ex)["The Calder state commissioner for planning"]
    assert speaker is not None and speaker.anonymous


def test_where_an_unnamed_source_stood_is_no_part_of_who_it_is(table):
    ex = run("Nine people were hurt in the blast. A doctor there said six of the wounded had died.", table)
    assert speakers_of(ex)["A doctor there"].name == "anonymous doctor"


@pytest.mark.parametrize("acronym", ["WHO", "US"])
def test_an_acronym_spelled_like_a_pronoun_is_a_name(table, acronym):
    assert parse_mention(acronym, table).kind is MentionKind.ORGANIZATION


def test_a_county_sheriff_in_the_lead_is_the_sheriff_named_further_down(table):
    ex = run("The toll rose to 36, the Calder County sheriff said. Sheriff Ada Voss told a news conference that 228 "
             "people were unaccounted for.", table)
    assert speakers_of(ex)["the Calder County sheriff"] == actor(ex, "Ada Voss")


def test_a_body_described_by_its_own_words_is_not_another_body_of_its_kind(table):
    ex = run("The Calder Commission on Human Rights said 14 people died. The electoral commission said turnout "
             "reached 78 percent.", table)
    assert speakers_of(ex)["The electoral commission"] != actor(ex, "Calder Commission on Human Rights")


@pytest.mark.parametrize(("source", "name"), [("the Palestinian Health Ministry in Ramallah", "Palestinian Health Ministry"),
                                              ("the Republican Party of Calder", "Republican Party of Calder")])
def test_a_body_whose_name_has_a_portfolio_keeps_its_name_before_the_place(table, source, name):
    m = parse_mention(source, table)
    assert (m.kind, m.name) == (MentionKind.ORGANIZATION, name)


def test_a_deputy_office_a_level_describes_is_a_speaker_of_its_own(table):
    ex = run("Nine miners were killed in the collapse, the provincial deputy governor said.", table)
    speaker = speakers_of(ex)["the provincial deputy governor"]
    assert speaker is not None and speaker.anonymous and speaker.name == "anonymous provincial deputy governor"


def test_an_unnamed_source_is_named_anonymous_once(table):
    ex = run("Nine miners were killed in the collapse, an unnamed mine official said.", table)
    assert speakers_of(ex)["an unnamed mine official"].name == "anonymous mine official"


def test_an_unnamed_source_in_a_town_is_unnamed_and_the_town_no_body(table):
    ex = run("A security source in Aden, who asked not to be named, said three crew members were missing.", table)
    assert "anonymous security source" in names(ex) and not any("Aden" in n for n in names(ex))
    assert parse_mention("officials in Kenya", table).org == "Kenya"  # a country stands for its government


def test_a_body_described_by_its_kind_and_its_town_is_that_body(table):
    assert parse_mention("An armed group in central Mali", table).name == "armed group"
    assert parse_mention("A rights group in Goma", table).name == "rights group"


def test_a_named_branch_of_an_owner_is_a_body(table):
    ex = run("The Islamic State's Khorasan branch claimed the attack in a statement, saying it had killed seven guards.",
             table)
    assert "Islamic State Khorasan branch" in names(ex)


def test_the_manager_of_a_thing_is_an_unnamed_speaker_the_thing_describes(table):
    ex = run("The ship's manager said in a statement that 22 crew members had been aboard.", table)
    assert "anonymous ship's manager" in names(ex)


def test_the_noun_a_relative_clause_without_that_describes_is_no_speaker(table):
    said = parse_mention("a figure officials", table)
    assert said.name == "officials" and "figure" not in (said.role or "")
    assert parse_mention("a number of officials", table).name == "officials"


@pytest.mark.parametrize("phrase", ["Mourners", "Meteorologists", "Eyewitnesses", "Investors", "Allies"])
def test_people_named_by_a_plural_common_noun_opening_a_sentence_are_a_group(table, phrase):
    mention = parse_mention(phrase, table)
    assert mention.kind is MentionKind.GROUP and mention.plural


@pytest.mark.parametrize(("phrase", "known"), [
    ("the paramilitary Rapid Support Forces", "Rapid Support Forces"),
    ("the Iran-backed Kataib Hezbollah", "Kataib Hezbollah"),
])
def test_a_known_body_behind_words_that_describe_it_is_that_body(table, phrase, known):
    mention = parse_mention(phrase, table)
    assert mention.known is not None and mention.known.name == known


def test_a_role_of_a_known_body_before_a_persons_name_is_still_the_person(table):
    mention = parse_mention("the head of the US Central Command, Ann B. Roe,", table)
    assert (mention.kind, mention.name) == (MentionKind.PERSON, "Ann B. Roe")


@pytest.mark.parametrize("word", ["His", "Whenever", "Together"])
def test_a_function_word_opening_a_sentence_names_no_one(table, word):
    assert parse_mention(word, table).kind is not MentionKind.PERSON


@pytest.mark.parametrize("surname", ["Sanders", "Rogers", "Peters"])
def test_a_surname_ending_in_s_is_still_a_person(table, surname):
    assert parse_mention(surname, table).kind is MentionKind.PERSON


@pytest.mark.parametrize("phrase", ["Jihadists", "Gunmen", "Separatists"])
def test_armed_people_opening_a_headline_are_a_group_not_a_person(table, phrase):
    mention = parse_mention(phrase, table)
    assert mention.kind is MentionKind.GROUP and mention.plural


def test_the_toll_of_an_attack_a_group_claimed_is_the_article_s_not_the_group_s(table):
    ex = run("In May, the Dawn Brigade claimed responsibility for an attack on a convoy, which killed 17 soldiers.",
             table)
    names = {a.id: a.name for a in ex.actors}
    assert [names[ex.speaker_of(f.claim_id)] for f in ex.figures if f.figure.raw == "17"] == ["Lakeside Herald"]


def test_the_head_of_a_school_is_a_person_its_school_describes(table):
    ex = run("The school's principal said on Wednesday that 112 pupils were missing.", table)
    assert "anonymous school's principal" in names(ex)


def test_the_director_of_a_hospital_or_a_prison_is_an_unnamed_speaker_the_place_describes(table):
    assert "anonymous hospital's director" in names(run("The hospital's director said 35 people had died.", table))
    assert "anonymous prison's director" in names(run("The prison's director said nine guards were killed.", table))


@pytest.mark.parametrize(("phrase", "name"), [("Pajhwok news agency", "Pajhwok Afghan News"),
                                              ("the Calder Gazette newspaper", "Calder Gazette")])
def test_a_name_before_a_lowercase_kind_of_medium_is_that_medium(table, phrase, name):
    mention = parse_mention(phrase, table)
    assert mention.kind is MentionKind.OUTLET and (mention.known.name if mention.known else mention.name) == name


@pytest.mark.parametrize("phrase", ["the Iranian newspaper", "a Calder newspaper", "the Sunday newspaper"])
def test_a_place_a_people_or_a_day_before_a_kind_of_medium_is_no_name(table, phrase):
    assert parse_mention(phrase, table).kind is not MentionKind.OUTLET


def test_a_name_after_a_relative_clause_says_which_body_or_person_spoke(table):
    ex = run("The firm that operates the mine, Orvek Minerals, said four of its workers had died. A driver who "
             "saw the blast, Tomas Beyer, said the road had been closed.", table)
    assert {a.name for a in ex.actors if a.kind in (ActorKind.ORGANIZATION, ActorKind.PERSON)} >= {
        "Orvek Minerals", "Tomas Beyer"}
    assert [c.text for c in ex.claims if "four" in c.text] == ["four of its workers had died"]


def test_a_known_short_name_that_ends_a_body_the_text_named_is_that_body(table):
    ex = run("The Kenya Red Cross said 37 people had been hurt. Later the Red Cross said 29 had died.", table)
    assert {a.name for a in ex.actors if "Red Cross" in a.name} == {"Kenya Red Cross"}
    alone = run("The Red Cross said 29 had died.", table)
    assert {a.name for a in alone.actors if "Red Cross" in a.name} == {"International Committee of the Red Cross"}


@pytest.mark.parametrize("phrase", ["Kaduna state's governor", "Sindh province's security commissioner"])
def test_an_office_of_a_place_named_with_its_kind_speaks_unnamed(table, phrase):
    ex = run(f"{phrase} said eight people had been killed in the attack.", table)
    speaker = speakers_of(ex)[phrase]
    assert speaker is not None and speaker.kind is ActorKind.PERSON and phrase.split()[0] in speaker.name


def test_a_body_s_kind_given_before_its_name_is_what_the_kind_means_later(table):
    ex = run("The charity Sea-Watch said its plane had seen the boat. The charity said 14 people had died.", table)
    speaker = speakers_of(ex)["The charity"]
    assert speaker is not None and speaker.name == "Sea-Watch"
