"""Actors from source mentions: names, roles, aliases, anonymous sources."""
from __future__ import annotations

import pytest

from claimgraph.graph.model import ActorKind, Channel, OutletKind, QuoteKind
from claimgraph.ingest.actors import acronym_definitions, acronym_matches, resolve_cast
from claimgraph.ingest.aliases import AliasFileError, KnownActor, load_aliases, parse_aliases
from claimgraph.ingest.document import ArticleMeta
from claimgraph.ingest.names import Gender, MentionKind, parse_mention
from claimgraph.ingest.spans import Attribution, Span


@pytest.fixture(scope="module")
def table():
    return load_aliases()


def attribution(text: str, source: str | None, cue: str, content: str, channel: Channel | None = None,
                after: int = 0) -> Attribution:
    """An attribution over ``text`` from the first occurrences (at or after ``after``) of its parts."""
    def span(part: str) -> Span:
        start = text.index(part, after)
        return Span.of(text, start, start + len(part))
    content_span = span(content)
    sentence_start = text.rfind("\n", 0, content_span.start) + 1
    sentence_end = text.find("\n", content_span.end)
    sentence = Span.of(text, sentence_start, len(text) if sentence_end < 0 else sentence_end)
    return Attribution(span(source) if source else None, span(cue), (content_span,), sentence,
                       QuoteKind.INDIRECT, channel)


def cast_of(text: str, attributions: list[Attribution], table, **meta):
    return resolve_cast(text, attributions, ArticleMeta(**meta), table, "article-test")


def spoken(table, text: str, source: str, cue: str, content: str):
    """The cast of a one-sentence report by Reuters with one attribution, and its speaker's id."""
    cast = cast_of(text, [attribution(text, source, cue, content)], table, outlet="Reuters")
    return cast, cast.speakers[0].actor_id


def by_name(cast, name: str):
    return next(a for a in cast.actors if a.name == name or name in a.aliases)


def test_role_and_rank_before_a_name_are_split_from_the_person(table):
    m = parse_mention("Navy spokeswoman Captain Jane Holloway", table)
    assert (m.kind, m.name, m.role, m.rank, m.gender) == (
        MentionKind.PERSON, "Jane Holloway", "Navy spokeswoman", "Captain", Gender.FEMALE)
    assert m.long_form == "Captain Jane Holloway"


def test_organization_named_in_a_role_is_spoken_for(table):
    text = "Deputy Pentagon Press Secretary Tom Walsh said the base was hit twice."
    cast = cast_of(text, [attribution(text, "Deputy Pentagon Press Secretary Tom Walsh", "said",
                                      "the base was hit twice")], table)
    walsh = by_name(cast, "Tom Walsh")
    assert walsh.kind is ActorKind.PERSON and walsh.role == "Deputy Pentagon Press Secretary"
    pentagon = by_name(cast, "Pentagon")
    assert [(e.actor_id, e.org_id, e.role) for e in cast.speaks_for] == [
        (walsh.id, pentagon.id, "Deputy Pentagon Press Secretary")]


def test_surname_alone_later_resolves_to_the_full_name(table):
    text = ("Army spokesman Major Carl Benning said the convoy was ambushed.\n"
            "Benning said two vehicles burned.")
    cast = cast_of(text, [
        attribution(text, "Army spokesman Major Carl Benning", "said", "the convoy was ambushed"),
        attribution(text, "Benning", "said", "two vehicles burned", after=60)], table)
    assert cast.speakers[0].actor_id == cast.speakers[1].actor_id
    benning = by_name(cast, "Carl Benning")
    assert {"Benning", "Major Carl Benning"} <= set(benning.aliases)


def test_surname_before_the_full_name_still_merges(table):
    text = "Okafor said the port reopened.\nHarbour chief Ngozi Okafor said ships were waiting."
    cast = cast_of(text, [
        attribution(text, "Okafor", "said", "the port reopened"),
        attribution(text, "Harbour chief Ngozi Okafor", "said", "ships were waiting")], table)
    assert cast.speakers[0].actor_id == cast.speakers[1].actor_id


def test_acronym_and_full_name_from_the_alias_table_are_one_actor(table):
    text = "US Central Command said drones were downed.\nCENTCOM said the ship was safe."
    cast = cast_of(text, [attribution(text, "US Central Command", "said", "drones were downed"),
                          attribution(text, "CENTCOM", "said", "the ship was safe")], table)
    assert cast.speakers[0].actor_id == cast.speakers[1].actor_id
    assert by_name(cast, "CENTCOM").name == "US Central Command"


def test_acronym_of_an_unknown_organization_merges_by_word_prefixes():
    assert acronym_matches("NORTHCOM", "Northern Command")
    assert acronym_matches("CENTCOM", "US Central Command")
    assert acronym_matches("DoD", "Department of Defense")
    assert acronym_matches("RPF", "Riverland Patriotic Front")
    assert not acronym_matches("RPF", "Riverland Peace Council")
    empty = parse_aliases([{}])
    text = "The Riverland Patriotic Front said it held the bridge.\nThe RPF said its fighters withdrew."
    cast = cast_of(text, [attribution(text, "The Riverland Patriotic Front", "said", "it held the bridge"),
                          attribution(text, "The RPF", "said", "its fighters withdrew")], empty)
    assert cast.speakers[0].actor_id == cast.speakers[1].actor_id
    assert by_name(cast, "RPF").name == "Riverland Patriotic Front"


def test_acronym_defined_in_parentheses_is_an_alias():
    assert acronym_definitions("fighters of the Northern Valley Alliance (NVA) crossed") == {
        "nva": "Northern Valley Alliance"}


def test_or_names_and_a_quoted_group_name_are_aliases(table):
    m = parse_mention("a source from the Kataib Sayyid or Lions of Dawn Brigade", table)
    assert m.kind is MentionKind.ANONYMOUS and m.org == "Lions of Dawn Brigade"
    assert m.org_aliases == ("Kataib Sayyid",)
    quoted = parse_mention('An outfit calling itself "the Sons of the Marsh"', table)
    assert (quoted.kind, quoted.name, quoted.aliases) == (
        MentionKind.ORGANIZATION, "Sons of the Marsh", ("the Sons of the Marsh",))


def test_anonymous_source_is_a_member_of_its_organization_with_aliases(table):
    text = "A source in the Popular Mobilisation Forces said two trucks were hit."
    cast = cast_of(text, [attribution(text, "A source in the Popular Mobilisation Forces", "said",
                                      "two trucks were hit")], table, outlet="Reuters")
    source = next(a for a in cast.actors if a.anonymous)
    assert source.name == "Popular Mobilization Forces source"
    assert {"PMF source", "Hashd al-Shaabi source"} <= set(source.aliases)
    pmf = by_name(cast, "PMF")
    assert [(e.actor_id, e.org_id) for e in cast.member_of] == [(source.id, pmf.id)]
    assert cast.speakers[0].anonymous and cast.speakers[0].channel is Channel.ANONYMOUS


def test_anonymous_source_id_depends_on_the_originating_outlet(table):
    text = "A Kremlin source said talks had stalled."
    att = [attribution(text, "A Kremlin source", "said", "talks had stalled")]
    by_wire_at_one = cast_of(text, att, table, outlet="CNN", syndicated_from="Reuters")
    by_wire_at_two = cast_of(text, att, table, outlet="BBC", syndicated_from="Reuters")
    own_reporting = cast_of(text, att, table, outlet="BBC")
    assert by_wire_at_one.speakers[0].actor_id == by_wire_at_two.speakers[0].actor_id
    assert by_wire_at_one.speakers[0].actor_id != own_reporting.speakers[0].actor_id


def test_plural_human_sources_are_groups_and_unnamed_officials_under_anonymity_are_anonymous(table):
    assert parse_mention("Syrian officials", table).kind is MentionKind.GROUP
    assert parse_mention("witnesses", table).kind is MentionKind.GROUP
    assert parse_mention("officials", table, anonymity=True).kind is MentionKind.ANONYMOUS


def test_a_neighbour_in_either_spelling_is_an_unnamed_person_and_neighbours_a_group(table):
    assert parse_mention("A neighbour", table).kind is MentionKind.ANONYMOUS
    assert parse_mention("a neighbor", table).kind is MentionKind.ANONYMOUS
    assert parse_mention("neighbours", table).kind is MentionKind.GROUP


def test_outlets_come_from_the_metadata_and_wire_agencies_are_agencies(table):
    text = "Nothing was said."
    cast = cast_of(text, [], table, outlet="NDTV", syndicated_from="AFP")
    agency = next(a for a in cast.actors if a.id == cast.agency_id)
    assert agency.kind is ActorKind.OUTLET and agency.outlet_kind is OutletKind.AGENCY
    assert "AFP" in agency.aliases
    assert cast.voice_id == cast.agency_id


def test_a_journalist_of_the_wire_agency_belongs_to_the_agency(table):
    text = "The road was closed, according to an AFP photographer's colleague, an AFP journalist."
    cast = cast_of(text, [attribution(text, "an AFP journalist", "according to", "The road was closed")],
                   table, outlet="NDTV", syndicated_from="AFP")
    journalist = next(a for a in cast.actors if a.anonymous)
    assert "AFP journalist" in journalist.aliases
    assert [e.org_id for e in cast.member_of] == [cast.agency_id]


def test_a_place_reads_as_an_organization_and_fuzzy_spelling_finds_a_known_actor(table):
    assert parse_mention("Iraq", table).kind is MentionKind.ORGANIZATION
    assert table.actor("Hizbollah").name == "Hezbollah"
    assert table.actor("Popular Mobilisation Force").name == "Popular Mobilization Forces"
    assert table.actor("Iranian Health Ministry") is None


def test_a_close_spelling_with_another_head_noun_is_no_known_actor(table):
    assert table.actor("Iraqi security sources") is None
    m = parse_mention("two Iraqi security sources", table)
    assert (m.kind, m.known) == (MentionKind.ANONYMOUS, None)


def test_alias_file_errors_name_the_entry():
    with pytest.raises(AliasFileError, match="actor 'Blue Party'.*kind"):
        parse_aliases([{"actors": [{"name": "Blue Party", "kind": "club"}]}])


def test_a_locality_names_the_areas_that_hold_it_and_a_bad_within_is_named():
    table = parse_aliases([{"localities": [
        {"name": "North Vale", "aliases": ["North Vale Province"]},
        {"name": "Camp Rook", "aliases": ["Rook Air Base"], "within": "Harlow"},
        {"name": "Harlow", "within": "North Vale"},
    ]}])
    assert table.site_keys("Rook Air Base") == ("camp rook", "harlow", "north vale")
    assert table.site_keys("the Rook Air Base airfield") == ("camp rook", "harlow", "north vale")
    assert table.site_keys("North Vale Province") == ("north vale",)
    assert table.site_keys("Dunmore") == ("dunmore",)
    with pytest.raises(AliasFileError, match="locality 'Camp Rook'.*within"):
        parse_aliases([{"localities": [{"name": "Camp Rook", "within": ["Harlow"]}]}])


def test_a_later_alias_file_replaces_an_entry_and_adds_new_ones(tmp_path):
    extra = tmp_path / "more.yaml"
    extra.write_text("actors:\n  - {name: NATO, kind: organization, aliases: [the Alliance]}\n"
                     "  - {name: Harbour Watch, kind: organization, aliases: [HW]}\n")
    table = load_aliases([extra])
    assert table.actor("the Alliance").name == "NATO"
    assert table.actor("North Atlantic Treaty Organization") is None
    assert table.actor("HW") == KnownActor("Harbour Watch", ActorKind.ORGANIZATION, ("HW",))


def test_a_relative_pronoun_source_is_the_name_it_follows() -> None:
    import datetime as dt

    from claimgraph.ingest.aliases import load_aliases
    from claimgraph.ingest.document import ArticleMeta, Document
    from claimgraph.ingest.extract import extract

    text = ("Mayor Ines Farah said the pier was safe. "
            "Tom Reed, who said the repairs cost $3 million, praised the crews.")
    ex = extract(Document(text, ArticleMeta(outlet="Harbour Gazette", published=dt.date(2024, 1, 2)), "t"),
                 load_aliases())
    names = {a.id: a.name for a in ex.actors}
    who = [r for r in ex.attributions if r.attribution.source is not None and r.attribution.source.text == "who"]
    assert who and all(names[r.speaker_id] == "Tom Reed" for r in who)


def test_unnamed_reports_and_an_unnamed_government_are_anonymous_sources(table):
    text = "Some reports said 30 people had died. The government said it had arrested 200 people."
    cast = cast_of(text, [attribution(text, "Some reports", "said", "30 people had died"),
                          attribution(text, "The government", "said", "it had arrested 200 people")], table)
    names = [next(a for a in cast.actors if a.id == s.actor_id) for s in cast.speakers]
    assert all(a.anonymous for a in names)
    assert [a.name for a in names] == ["anonymous reports", "anonymous government"]
    assert [a.kind for a in names] == [ActorKind.GROUP, ActorKind.ORGANIZATION]  # a body, though unnamed


def test_he_after_an_unnamed_army_is_the_person_named_before_not_the_army(table):
    text = "Colonel Dan Roe said the post was shelled. The army said two soldiers died. He said help came late."
    cast = cast_of(text, [attribution(text, "Colonel Dan Roe", "said", "the post was shelled"),
                          attribution(text, "The army", "said", "two soldiers died"),
                          attribution(text, "He", "said", "help came late")], table)
    names = [next(a for a in cast.actors if a.id == s.actor_id) for s in cast.speakers]
    assert [(a.name, a.kind) for a in names] == [("Dan Roe", ActorKind.PERSON), ("anonymous army", ActorKind.ORGANIZATION),
                                                 ("Dan Roe", ActorKind.PERSON)]


def test_a_capital_that_only_opens_the_sentence_owns_no_document(table):
    assert parse_mention("Regional news reports", table).org is None
    assert parse_mention("Grainy phone footage", table).org is None
    assert parse_mention("A new Gallup poll", table).org == "Gallup"


def test_a_country_alone_as_a_source_names_no_speaker_but_still_owns_its_committee(table):
    text = "Kenya ended its alert. Kenya's Disaster Committee said the roads were open."
    cast = cast_of(text, [attribution(text, "Kenya", "ended", "its alert"),
                          attribution(text, "Kenya's Disaster Committee", "said", "the roads were open")], table)
    assert cast.speakers[0].actor_id is None
    committee = next(a for a in cast.actors if a.id == cast.speakers[1].actor_id)
    assert "Disaster Committee" in committee.name


def test_a_role_noun_no_lexicon_lists_is_an_unnamed_speaker_whose_figure_is_kept() -> None:
    import datetime as dt

    from claimgraph.ingest.aliases import load_aliases
    from claimgraph.ingest.document import ArticleMeta, Document
    from claimgraph.ingest.extract import extract

    text = ("Two ferries struck the breakwater at dawn. The lock keeper said 14 passengers were injured. "
            "Tove Lind, the lock keeper, said the gates held. The lock keeper added that one boat sank. "
            "The gauge showed a record tide.")
    ex = extract(Document(text, ArticleMeta(outlet="Harbour Gazette", published=dt.date(2024, 1, 2)), "t"),
                 load_aliases())
    names = {a.id: a.name for a in ex.actors}
    speakers = [(r.attribution.source.text, names.get(r.speaker_id or ""))
                for r in ex.attributions if r.attribution.source is not None]
    assert speakers == [("The lock keeper", "anonymous lock keeper"), ("Tove Lind, the lock keeper,", "Tove Lind"),
                        ("The lock keeper", "Tove Lind"), ("The gauge", None)]
    injured = next(f for f in ex.figures if f.figure.raw == "14")
    assert ex.speaker_of(injured.claim_id) == next(i for i, n in names.items() if n == "anonymous lock keeper")


@pytest.mark.parametrize(("source", "name"), [
    ("The director of the district hospital", "anonymous director of the district hospital"),
    ("The clinic director", "anonymous clinic director"),
    ("the provincial governor", "anonymous provincial governor"),
])
def test_a_described_office_with_no_antecedent_is_an_unnamed_speaker(table, source: str, name: str) -> None:
    cast, speaker = spoken(table, f"{source} said nine people died.", source, "said", "nine people died")
    assert speaker == by_name(cast, name).id


@pytest.mark.parametrize("source", ["The director", "The former director", "the retired surgeon"])
def test_a_bare_ranked_or_epithet_role_with_no_antecedent_has_no_speaker(table, source: str) -> None:
    assert spoken(table, f"{source} said nine people died.", source, "said", "nine people died")[1] is None


@pytest.mark.parametrize("source", ["The mayor", "the coroner"])
def test_a_place_s_one_office_with_no_antecedent_is_an_unnamed_holder(table, source: str) -> None:
    cast, speaker = spoken(table, f"{source} said nine people died.", source, "said", "nine people died")
    assert speaker == by_name(cast, f"anonymous {source.split()[-1]}").id


def test_a_described_office_belongs_to_the_organization_that_is_its_whole_complement(table) -> None:
    text = "The chairman of the Harbour Workers Union said four died. The director of Tolo's main clinic said five."
    cast = cast_of(text, [attribution(text, "The chairman of the Harbour Workers Union", "said", "four died"),
                          attribution(text, "The director of Tolo's main clinic", "said", "five")],
                   table, outlet="Reuters")
    chairman = by_name(cast, "Harbour Workers Union chairman")
    union = by_name(cast, "Harbour Workers Union")
    assert [(m.actor_id, m.org_id) for m in cast.member_of] == [(chairman.id, union.id)]
    assert cast.speakers[1].actor_id == by_name(cast, "anonymous director of Tolo's main clinic").id


@pytest.mark.parametrize(("source", "name"), [
    ("the water ministry", "water ministry"),
    ("the regional disaster agency in the north", "regional disaster agency"),
    ("the country's flood relief office", "flood relief office"),
])
def test_an_organization_described_by_its_kind_speaks_under_an_id_of_its_article(table, source: str,
                                                                                  name: str) -> None:
    text = f"Six people drowned, according to {source}."
    att = [attribution(text, source, "according to", "Six people drowned")]
    one, other = (resolve_cast(text, att, ArticleMeta(outlet="Reuters"), table, article)
                  for article in ("article-one", "article-two"))
    assert one.speakers[0].actor_id == by_name(one, name).id
    assert one.speakers[0].actor_id != other.speakers[0].actor_id


@pytest.mark.parametrize("source", ["the ministry", "the same agency", "the largest union", "the daily newspaper"])
def test_a_bare_or_referring_organization_with_no_antecedent_has_no_speaker(table, source: str) -> None:
    text = f"Six people drowned, according to {source}."
    assert spoken(table, text, source, "according to", "Six people drowned")[1] is None


def test_an_office_named_by_its_holders_title_with_no_holder_named_speaks_for_itself(table) -> None:
    cast, speaker = spoken(table, "The coroner's office said three bodies were found.", "The coroner's office",
                           "said", "three bodies were found")
    assert speaker == by_name(cast, "coroner's office").id


def test_a_bare_noun_for_a_body_refers_to_the_name_before_it_that_ends_in_it(table) -> None:
    text = "A Lakeside Railways train left the rails on Monday, the railway said."
    cast, speaker = spoken(table, text, "the railway", "said", "A Lakeside Railways train left the rails on Monday")
    assert speaker == by_name(cast, "Lakeside Railways").id


def test_a_bare_noun_for_a_title_or_a_thing_is_not_looked_up_by_name(table) -> None:
    text = "The Harbour District flooded again, the district said."
    assert spoken(table, text, "the district", "said", "The Harbour District flooded again")[1] is None


def test_staff_at_a_named_body_are_its_unnamed_staff_not_a_group_of_anyone(table):
    m = parse_mention("Doctors at the Mercy General Hospital", table)
    assert (m.kind, m.name, m.org, m.plural) == (MentionKind.ANONYMOUS, "doctors", "Mercy General Hospital", True)
    assert parse_mention("Medics from the Red Crescent", table).org == "Red Crescent"
    assert parse_mention("Residents of Gaza", table).kind is MentionKind.GROUP  # no staff of a place
    assert parse_mention("Workers at the plant", table).org is None  # a plant is no body


def test_a_described_body_named_in_its_appositive_is_that_body(table):
    m = parse_mention("A war monitor based in Britain, the Syrian Observatory for Human Rights,", table)
    assert (m.kind, m.name) == (MentionKind.ORGANIZATION, "Syrian Observatory for Human Rights")
    assert parse_mention("A rights group based in London", table).name == "rights group"


@pytest.mark.parametrize(("phrase", "name"), [
    ("the United Nations Office for the Coordination of Humanitarian Affairs (OCHA)",
     "United Nations Office for the Coordination of Humanitarian Affairs"),
    ("the Directorate General of Health Services", "Directorate General of Health Services"),
])
def test_a_body_named_with_of_or_for_is_an_organization_not_a_person_with_a_title(table, phrase: str, name: str) -> None:
    m = parse_mention(phrase, table)
    assert (m.kind, m.name) == (MentionKind.ORGANIZATION, name)


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("the regional health directorate", MentionKind.NOMINAL, "directorate"),
    ("a district magistrate in Saran", MentionKind.ANONYMOUS, "magistrate"),
])
def test_a_directorate_is_a_body_and_a_magistrate_a_person(table, phrase: str, kind: MentionKind, name: str) -> None:
    m = parse_mention(phrase, table)
    assert (m.kind, m.name) == (kind, name)


@pytest.mark.parametrize(("phrase", "kind"), [
    ("the ruling party", MentionKind.NOMINAL),
    ("a spokesman for the ruling military council", MentionKind.ANONYMOUS),
    ("the RealClearPolitics polling average", MentionKind.DOCUMENT),
])
def test_a_document_word_in_ing_before_a_body_or_a_person_only_describes_it(table, phrase: str,
                                                                           kind: MentionKind) -> None:
    assert parse_mention(phrase, table).kind is kind


@pytest.mark.parametrize(("phrase", "org"), [
    ("Officials of the disaster agency Senapred", "Senapred"),
    ("officials from the agency AFAD", "AFAD"),
])
def test_unnamed_officials_of_a_body_its_name_follows_speak_for_that_name(table, phrase: str, org: str) -> None:
    m = parse_mention(phrase, table)
    assert (m.kind, m.org) == (MentionKind.ANONYMOUS, org)


def test_a_body_a_headline_names_without_its_qualifier_is_the_one_the_text_qualifies(table):
    text = "Transport ministry says ferry sank\n\nThe Harbour State transport ministry said 12 people drowned."
    cast = cast_of(text, [attribution(text, "Transport ministry", "says", "ferry sank"),
                          attribution(text, "The Harbour State transport ministry", "said", "12 people drowned")],
                   table)
    assert cast.speakers[0].actor_id == cast.speakers[1].actor_id


def test_a_headline_body_that_two_qualified_bodies_end_with_stays_apart(table):
    text = ("Transport ministry says ferry sank\n\nThe Harbour State transport ministry said 12 people drowned. "
            "The River State transport ministry said the ferry was its own.")
    cast = cast_of(text, [attribution(text, "Transport ministry", "says", "ferry sank"),
                          attribution(text, "The Harbour State transport ministry", "said", "12 people drowned"),
                          attribution(text, "The River State transport ministry", "said", "the ferry was its own")],
                   table)
    assert len({s.actor_id for s in cast.speakers}) == 3



def test_a_body_in_sentence_case_opening_a_sentence_is_its_article_s_own(table):
    text = "State television said the bridge had fallen. The state news agency gave no toll."
    attributions = [attribution(text, "State television", "said", "the bridge had fallen")]
    ids = {resolve_cast(text, attributions, ArticleMeta(), table, article).speakers[0].actor_id
           for article in ("article-one", "article-two")}
    assert len(ids) == 2  # the state television of one country is not another's
    text = "Aamin ambulance service said it had carried 19 people."
    attributions = [attribution(text, "Aamin ambulance service", "said", "it had carried 19 people")]
    ids = {resolve_cast(text, attributions, ArticleMeta(), table, article).speakers[0].actor_id
           for article in ("article-one", "article-two")}
    assert len(ids) == 1  # a name, whose first word the text never writes in lower case


def test_an_office_named_by_its_holders_title_and_its_place_speaks_for_itself(table) -> None:
    text = "Three people died, the governor's office in Nevsehir said."
    cast, speaker = spoken(table, text, "the governor's office in Nevsehir", "said", "Three people died")
    assert speaker == by_name(cast, "governor's office in Nevsehir").id


def test_a_county_named_before_a_lowercase_office_holder_names_the_office(table):
    text = "Four people died, according to the Harlan County coroner's office."
    cast, actor_id = spoken(table, text, "the Harlan County coroner's office", "according to", "Four people died")
    speaker = next(a for a in cast.actors if a.id == actor_id)
    assert (speaker.kind, speaker.name.startswith("Harlan County coroner")) == (ActorKind.ORGANIZATION, True)


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("A civil society coalition monitoring the vote", MentionKind.ORGANIZATION, "civil society coalition"),
    ("A forensic doctor working at the site", MentionKind.ANONYMOUS, "doctor"),
])
def test_a_body_or_a_person_a_participle_clause_describes_is_that_speaker(table, phrase: str, kind: MentionKind,
                                                                         name: str) -> None:
    m = parse_mention(phrase, table)
    assert (m.kind, m.name) == (kind, name)


@pytest.mark.parametrize(("phrase", "name"), [
    ("a think tank in Islamabad", "think tank"),
    ("Rights group Human Rights Watch", "Human Rights Watch"),
    ("the monitoring group Insecurity Insight", "Insecurity Insight"),
])
def test_a_think_tank_is_a_body_and_a_kind_of_body_before_a_name_ending_in_a_body_word_is_that_name(
        table, phrase: str, name: str) -> None:
    m = parse_mention(phrase, table)
    assert (m.kind, m.name) == (MentionKind.ORGANIZATION, name)


@pytest.mark.parametrize(("phrase", "name"), [
    ("A coalition of opposition parties", "coalition of opposition parties"),
    ("a group of doctors", "group of doctors"),
    ("A hospital in the district capital", "hospital in the district capital"),
    ("a charity at the camp", "charity at the camp"),
])
def test_an_unnamed_body_its_members_or_its_place_describe_is_an_organization(table, phrase: str, name: str) -> None:
    m = parse_mention(phrase, table)
    assert (m.kind, m.name) == (MentionKind.ORGANIZATION, name)
    assert parse_mention("a company", table).kind is MentionKind.NOTHING


def test_a_word_capitalized_as_the_sentence_opens_before_a_body_s_kind_is_no_part_of_its_name(table) -> None:
    assert parse_mention("Local broadcaster Dnipro TV", table).name == "Dnipro TV"


@pytest.mark.parametrize(("phrase", "org"), [
    ("A regional hospital director in Erzurum", None),
    ("a lawyer with Grange Partners in Orlando", "Grange Partners"),
    ("an executive in charge of sales at Northwind", "Northwind"),
])
def test_a_short_unknown_name_after_in_is_where_a_speaker_works_not_whom_they_speak_for(table, phrase: str,
                                                                                       org: str | None) -> None:
    assert parse_mention(phrase, table).org == org


@pytest.mark.parametrize(("source", "name"), [
    ("The city's police", "police"),
    ("The city's Erawan emergency centre", "Erawan emergency centre"),
    ("The state's party leader", "anonymous state's party leader"),
])
def test_a_body_or_an_unnamed_speaker_a_generic_place_owns_speaks_as_itself(table, source: str, name: str) -> None:
    text = f"{source} said five people were injured."
    cast, speaker = spoken(table, text, source, "said", "five people were injured")
    assert next(a.name for a in cast.actors if a.id == speaker) == name


@pytest.mark.parametrize(("phrase", "name"), [
    ("a Christian charity working in the town", "Christian charity"),
    ("A charity based in Goma", "charity based in Goma"),
])
def test_an_unnamed_body_where_it_works_describes_is_an_organization(table, phrase: str, name: str) -> None:
    m = parse_mention(phrase, table)
    assert (m.kind, m.name) == (MentionKind.ORGANIZATION, name)


def test_a_clergyman_named_by_his_role_is_an_unnamed_person_not_the_outlet(table):
    cast, speaker = spoken(table, "A local priest said 28 people had been killed.", "A local priest", "said",
                           "28 people had been killed")
    assert speaker == by_name(cast, "anonymous local priest").id


@pytest.mark.parametrize(("second", "same"), [("The Coast Guard", True), ("Isla Verde", False)])
def test_a_body_named_again_without_its_qualifier_is_the_one_first_named(table, second: str, same: bool):
    """"the U.S. Coast Guard said", then "The Coast Guard said": one body; "the Council of Isla Verde"
    holds "Isla Verde" after "of", and is no name of it."""
    first = "the U.S. Coast Guard" if same else "the Council of Isla Verde"
    text = f"Four people died, {first} said on Friday.\n{second} said a search went on overnight."
    cast = cast_of(text, [attribution(text, first, "said", "Four people died"),
                          attribution(text, second, "said", "a search went on overnight")], table)
    assert (cast.speakers[0].actor_id == cast.speakers[1].actor_id) is same


@pytest.mark.parametrize("name", ["Ali Özdemir", "Ekrem İmamoğlu", "Łukasz Nowak", "The city's mayor, Émile Roux"])
def test_a_name_whose_word_opens_with_an_accented_capital_is_a_person(table, name: str):
    assert parse_mention(name, table).kind is MentionKind.PERSON
