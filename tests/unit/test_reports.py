"""Whole reports written for these tests, read as an ingest reads them: who states which toll, and no contradiction
where the counts do not compete. Attacks and their aftermath: air strikes, a village raid, a market bombing, an
army's denial of civilian deaths, a city's shelling, a school kidnapping, a rocket strike on a market, a strike on a
shelter, a drone attack on a base, a crackdown on protests, a checkpoint attack, missiles on three cities, an ambush
on a convoy claimed by two groups, a ceasefire breach with each side's count, a front line's broken truce, a hotel
siege, a strike on a fuel depot, a prison break, a border clash, an ambush on peacekeepers, a strike on a tent camp,
a strike on a hospital, a drone boat attack on a ship, a governor's killing claimed by two groups, a militia's
claimed attacks against an army's count, a school shooting, a car ramming a market, a bombing outlets count apart, a
roadside bomb on a convoy, election-day violence across states, a border artillery duel, a mob attack, a besieged
town's hunger and shelling, a mass grave, a drone strike on a wedding, a mosque bombing, a police raid on a favela, a
church service attack, a grenade in a bar, a metro bomb, snipers firing on a protest, rockets on an airport, a
naval clash with sailors missing, militants storming a police training centre, pupils abducted from a boarding
school, guards trading fire at a border crossing, a car bomb at a football screening, an ambush on a police
patrol with officers missing, a coup attempt in a capital, a suicide bombing at a funeral, a gang war in a port
city, a roadside bomb on a school bus, a drone strike on a power plant, gunmen storming a university campus, a
knife attack at a primary school, a hostage release with some still held, a prison riot, a police raid on a cartel ranch, a migrant boat intercepted with
bodies recovered. Disasters and accidents: a
sinking, earthquakes, a bus and a plane crash, a building fire, floods, a stampede, a heat wave, a plant explosion,
migrant boats, a protest, a tornado, a derailment, a cyclone, a camp fire, a gas leak, a bridge collapse, a quarry
collapse, floods across districts, a mine blast with trapped miners, a cholera outbreak, a chemical plant blast, a
dam burst, a cold wave, a dengue outbreak, lightning strikes, a bus plunge into a ravine, a landslide on a mine camp,
an avalanche, a wildfire with evacuations, a volcanic eruption, a bootleg liquor poisoning, a tsunami, a gas blast in
a block of flats, a small-plane crash, a fishing fleet lost at sea, a stadium crush, a mudslide on a highway, a
scaffold collapse, an mpox outbreak, a snowstorm, a sinkhole, a wedding-hall fire, a dam spill with evacuations, a
chlorine leak from a derailed train, a typhoon across provinces, a lake boat capsizing with students, a crush at a charity food handout, a hot-air
balloon crash, a glacier collapse on hikers, a dust storm pile-up, a school food poisoning, a fuel tanker fire, a market
roof collapse, carbon monoxide at a party, a fireworks warehouse blast, a grain silo explosion, a measles outbreak,
an ice storm, an escalator collapse in a metro station, a tour helicopter crash, a hailstorm at a concert, a gas
explosion in an apartment block.
Forms: a digest
of short items, a live page, a relayed report, a briefing, a revised toll, sources named after their words, a
headline that names a body without its qualifier."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.graph.model import ActorKind, Channel, Metric
from claimgraph.ingest.aliases import load_aliases
from claimgraph.ingest.extract import Extraction, extract
from claimgraph.ingest.readers.files import documents_of
from tests.links import contradicted

REPORTS = Path(__file__).parent / "reports"


@pytest.fixture(scope="module")
def read():
    table = load_aliases()

    def read(name: str) -> Extraction:
        document, = documents_of(REPORTS / f"{name}.txt")
        return extract(document, table)
    return read


def stated(ex: Extraction) -> set[tuple[str, str, str]]:
    """(speaker name, metric, raw figure) of every figure."""
    names = {a.id: a.name for a in ex.actors}
    return {(names[ex.speaker_of(f.claim_id)], f.figure.metric.value, f.figure.raw) for f in ex.figures}


def test_a_sinking_reports_each_toll_once_and_sets_no_count_against_a_partial_or_earlier_one(read) -> None:
    ex = read("ferry")
    figures = stated(ex)
    assert ("police", "killed", "At least 34") in figures
    assert ("Jean-Paul Mugisha", "killed", "34") in figures
    assert ("anonymous director of Goma's general hospital", "injured", "Five") in figures
    assert not any(raw == "61" for _, _, raw in figures)  # rescued, not dead
    assert not any(raw.lower() == "two" for _, metric, raw in figures if metric == "killed")  # two sinkings
    assert all("twelve" not in pair and "17" not in pair for pair in contradicted(ex))
    assert all("29" not in pair for pair in contradicted(ex))  # the navy's earlier count


def test_an_earthquake_toll_comes_from_the_institute_the_report_cites(read) -> None:
    ex = read("quake")
    figures = stated(ex)
    assert {("civil defence institute", "killed", "at least 112"), ("civil defence institute", "injured", "more than 600"),
            ("civil defence institute", "missing", "37"), ("civil defence institute", "displaced", "about 4,500")} <= figures
    assert all("12" not in pair for pair in contradicted(ex))  # a relief agency's own volunteers


def test_a_strike_toll_comes_from_the_agency_and_the_ministry_named_in_lowercase(read) -> None:
    figures = stated(read("strike"))
    assert ("civil defence agency", "killed", "more than 90") in figures
    assert ("health ministry", "killed", "at least 39,790") in figures
    assert ("Israel Defense Forces", "killed", "at least 19") in figures
    assert {metric for _, metric, _ in figures} <= {Metric.KILLED.value, Metric.INJURED.value}


def test_a_crash_toll_is_compared_with_no_yearly_count(read) -> None:
    ex = read("bus")
    figures = stated(ex)
    assert ("police", "killed", "at least 27") in figures and ("Kantipur", "killed", "29") in figures
    assert ("Officials", "injured", "six") in figures
    linked = {f.figure.raw for f in ex.figures for link in ex.claim_links if f.claim_id in (link.a_id, link.b_id)}
    assert "2,300" not in linked and "hundreds" not in linked


def test_a_crash_toll_comes_from_the_airline_and_no_nationals_count_contradicts_it(read) -> None:
    ex = read("plane")
    assert ("Highland Airlines", "killed", "157") in stated(ex)
    assert all("33" not in pair for pair in contradicted(ex))


def test_a_tornado_s_counts_go_to_whoever_gave_them_and_a_witness_s_neighbours_are_a_part(read) -> None:
    ex = read("tornado")
    assert {("Dale Whitcomb", "injured", "58"), ("Lorna Pike", "missing", "four"),
            ("Prairie Ledger", "killed", "as high as 11")} <= stated(ex)
    assert ex.claim_links == ()  # "two of my neighbours" is a part of the toll, no rival and no backing


def test_a_strike_on_a_car_counts_the_guards_and_the_security_sources_stay_anonymous(read) -> None:
    ex = read("carstrike")
    figures = stated(ex)
    assert ("anonymous Iraqi security sources", "killed", "two") in figures
    assert {("Kataib Hezbollah", "killed", "four"), ("Iraqi government", "killed", "three")} <= figures
    assert frozenset({"three", "four"}) in contradicted(ex)
    assert not any(a.name == "Iraqi Security Forces" for a in ex.actors)
    assert ex.claims[0].text.startswith("A US drone strike")  # no dateline in the first claim


def test_a_raid_s_toll_comes_from_police_and_residents_and_no_yearly_count_contradicts_it(read) -> None:
    ex = read("raid")
    figures = stated(ex)
    assert ("police and residents", "killed", "at least 30") in figures
    assert not any(raw == "dozens" for _, _, raw in figures)  # abducted, not killed
    assert not contradicted(ex)


def test_an_early_flood_toll_the_text_says_was_overtaken_contradicts_nothing(read) -> None:
    ex = read("flashflood")
    assert ("anonymous reports", "killed", "12") in stated(ex)
    assert all("12" not in pair for pair in contradicted(ex))


def linked(ex: Extraction) -> set[str]:
    """The raw figures of every claim in a contradiction or corroboration."""
    claims = {c for link in ex.claim_links for c in (link.a_id, link.b_id)}
    return {f.figure.raw for f in ex.figures if f.claim_id in claims}


def test_a_fire_toll_sets_no_earlier_count_against_the_minister_and_the_treated_are_hurt(read) -> None:
    ex = read("fire")
    figures = stated(ex)
    assert {("Health Minister Samanta Lal Sen", "killed", "43"), ("Health Minister Samanta Lal Sen", "injured", "22"),
            ("Police", "killed", "29"), ("Dhaka Medical College Hospital", "killed", "33")} <= figures
    assert not ({"29", "33", "More than 1,500"} & linked(ex))  # an earlier count, one hospital's bodies, a total


def test_a_flood_toll_rising_over_days_is_one_event_set_against_a_rival_count_not_an_earlier_one(read) -> None:
    ex = read("flood")
    figures = stated(ex)
    assert {("regional emergency authority", "killed", "74"), ("regional emergency authority", "missing", "118"),
            ("regional emergency authority", "displaced", "about 6,000")} <= figures
    assert frozenset({"74", "51", "96"}) in contradicted(ex)
    assert not ({"20", "17", "11"} & linked(ex))  # said on an earlier day, children among the dead, another year


def test_a_siege_toll_is_set_against_the_attackers_claim_but_not_the_ambulance_services_count(read) -> None:
    ex = read("siege")
    figures = stated(ex)
    assert {("police", "killed", "at least 12"), ("Mohamed Abdi", "injured", "27"), ("Al-Shabaab", "killed", "30"),
            ("Aamin ambulance service", "injured", "19")} <= figures
    # The headline's "12 killed" restates the lead's "at least 12", which the attackers' 30 may be; the
    # officer's nine civilians and three soldiers are "among the dead", parts of it: no count is a rival.
    assert not contradicted(ex)


def test_a_stampede_toll_comes_from_the_officer_and_no_witness_or_hospital_count_competes(read) -> None:
    ex = read("stampede")
    figures = stated(ex)
    assert {("officials", "killed", "29"), ("Vaibhav Krishna", "killed", "29"), ("Vaibhav Krishna", "injured", "60"),
            ("police", "killed", "At least 29")} <= figures
    assert not ({"25", "at least 40", "36"} & linked(ex))


def test_a_heat_wave_toll_is_compared_with_no_morgue_or_hospital_count(read) -> None:
    ex = read("heat")
    figures = stated(ex)
    assert {("provincial health officials", "killed", "At least 65"), ("Edhi Foundation", "killed", "128"),
            ("Azra Pechuho", "killed", "22"), ("Jinnah Postgraduate Medical Centre", "killed", "11")} <= figures
    assert not ({"128", "22", "11", "some 1,200"} & linked(ex))


def test_a_plant_explosions_earlier_toll_and_one_hospitals_dead_compete_with_no_toll(read) -> None:
    ex = read("factory")
    figures = stated(ex)
    assert {("CCTV", "killed", "14"), ("CCTV", "injured", "46"), ("Xinhua", "killed", "nine"),
            ("provincial emergency management bureau", "missing", "three"), ("fire department", "killed", "11")} <= figures
    assert not ({"nine", "33", "11", "78"} & linked(ex))


def test_a_boat_sinkings_toll_is_read_past_an_aside_naming_who_drowned(read) -> None:
    ex = read("migrants")
    assert {("U.N. migration agency", "killed", "At least 61"), ("Ayoub Qassem", "killed", "43")} <= stated(ex)
    assert not contradicted(ex)


def test_a_protests_rival_counts_of_detentions_contradict_one_another(read) -> None:
    ex = read("protest")
    figures = stated(ex)
    assert {("interior ministry", "arrested", "63"), ("interior ministry", "injured", "11"),
            ("Levan Khabeishvili", "arrested", "more than 100"), ("GYLA", "arrested", "86")} <= figures
    assert {frozenset({"63", "more than 100"}), frozenset({"63", "86", "9"}),
            frozenset({"more than 100", "86", "9"})} <= contradicted(ex)


def test_a_derailment_toll_is_set_against_no_count_of_last_year(read) -> None:
    ex = read("derail")
    figures = stated(ex)
    assert {("railway officials", "killed", "at least 27"), ("Amitabh Sharma", "killed", "31"),
            ("Amitabh Sharma", "injured", "140"), ("Pradeep Jena", "killed", "35")} <= figures
    assert frozenset({"31", "35"}) in contradicted(ex)
    assert not ({"52", "19", "88"} & linked(ex))  # last year's rail deaths, one hospital's bodies and patients


def test_a_cyclone_toll_by_saturday_is_updated_by_sundays_not_contradicted(read) -> None:
    ex = read("cyclone")
    figures = stated(ex)
    assert {("national disaster management institute", "killed", "52"),
            ("national disaster management institute", "killed", "21"),
            ("national disaster management institute", "missing", "14")} <= figures
    assert all("21" not in pair and "40" not in pair for pair in contradicted(ex))
    assert any({"52", "at least 60"} <= pair for pair in contradicted(ex))


def test_a_camp_fire_leaving_people_without_homes_sets_rival_counts_of_displaced_against_each_other(read) -> None:
    ex = read("campfire")
    assert ("UN High Commissioner for Refugees", "displaced", "about 15,000") in stated(ex)
    assert frozenset({"12,000", "about 15,000"}) in contradicted(ex)
    assert "5,000" not in linked(ex)  # a fire in March


def test_a_market_bombing_s_patients_treated_at_one_hospital_compete_with_no_toll(read) -> None:
    ex = read("bombing")
    figures = stated(ex)
    assert {("provincial health ministry", "killed", "at least 33"), ("provincial health ministry", "injured", "more than 70"),
            ("Islamic State", "killed", "50"), ("Sajid Hussain", "injured", "62"),
            ("main hospital in Parachinar", "killed", "41")} <= figures
    assert not ({"62", "41", "25", "more than 600"} & linked(ex))


def test_an_armys_denial_of_civilian_deaths_contradicts_the_residents_count_of_civilians_only(read) -> None:
    ex = read("denial")
    figures = stated(ex)
    assert {("Nabil Abdullah", "killed", "no"), ("Nabil Abdullah", "killed", "40"), ("residents", "killed", "at least 22"),
            ("Rapid Support Forces", "killed", "none")} <= figures
    pairs = contradicted(ex)
    assert frozenset({"at least 22", "no"}) in pairs
    assert all("none" not in pair for pair in pairs)  # the militia's own fighters: no count of them is set against it
    assert all(not ({"no", "27"} <= pair or {"no", "40"} <= pair) for pair in pairs)


def test_a_gas_leak_s_hospital_counts_come_from_officials_and_one_hospital_s_treated_are_a_part(read) -> None:
    ex = read("leak")
    figures = stated(ex)
    assert {("district officials", "injured", "more than 300"), ("Tushar Sumera", "injured", "312"),
            ("civil hospital in Bharuch", "injured", "180"), ("Police", "killed", "four")} <= figures
    assert not contradicted(ex)
    assert {"more than 300", "312"} <= linked(ex) and "180" not in linked(ex)


def test_a_shelling_s_un_count_competes_with_the_governor_s_and_the_denial_with_both_counts_of_civilians(read) -> None:
    ex = read("shelling")
    figures = stated(ex)
    assert {("Oleh Syniehubov", "killed", "11"), ("Oleh Syniehubov", "injured", "39"), ("Ihor Terekhov", "killed", "14"),
            ("Ihor Terekhov", "missing", "three"), ("UN human rights monitoring mission", "killed", "eight"),
            ("Russian Ministry of Defence", "killed", "any")} <= figures
    pairs = contradicted(ex)
    assert any({"11", "eight"} <= pair for pair in pairs) and any({"11", "14"} <= pair for pair in pairs)
    assert any({"any", "eight"} <= pair for pair in pairs) and any({"any", "11"} <= pair for pair in pairs)
    assert all(not {"any", "14"} <= pair for pair in pairs)  # the mayor's toll names no class
    assert "five" not in linked(ex)  # bodies a resident saw from one building


def test_a_bridge_collapse_toll_is_set_against_no_toll_of_the_storm_nor_the_missing_against_the_evenings_count(
        read) -> None:
    ex = read("bridge")
    figures = stated(ex)
    assert {("provincial people committee", "killed", "At least nine"), ("provincial people committee", "missing", "13"),
            ("Ministry of Transport", "killed", "11"), ("Ministry of Transport", "missing", "eight"),
            ("VTV", "killed", "14")} <= figures
    assert not ({"233", "14", "two"} & linked(ex))  # the typhoon's toll, bodies recovered
    assert all("13" not in pair for pair in contradicted(ex))  # said on Tuesday, the ministry's eight by its evening


def test_a_kidnapping_s_count_of_pupils_still_held_competes_with_the_parents_count_still_missing(read) -> None:
    ex = read("kidnap")
    assert {("Uba Sani", "missing", "61"), ("Parents", "missing", "190")} <= stated(ex)
    assert contradicted(ex) == {frozenset({"61", "190"})}


def speakers(ex: Extraction) -> set[str]:
    """The names of every actor stating a claim."""
    names = {a.id: a.name for a in ex.actors}
    return {names[m.speaker_id] for m in ex.mentions}


def test_a_quarry_collapse_gives_the_lead_to_the_minister_named_later_and_the_operator_its_own_toll(read) -> None:
    ex = read("quarry")
    figures = stated(ex)
    assert ("Phophi Ramathuba", "killed", "At least 14") in figures
    assert ("company that operates the quarry", "killed", "12") in figures
    assert ("Phophi Ramathuba", "injured", "19") in figures
    assert "Emergency" not in {a.name for a in ex.actors}
    assert frozenset({"At least 14", "12", "three"}) in contradicted(ex)


def test_a_market_strike_keeps_the_doctors_quote_and_the_named_brigades(read) -> None:
    ex = read("market")
    figures = stated(ex)
    assert ("anonymous doctor at the city's main hospital", "killed", "31") in figures
    assert not any(raw == "31" for name, _, raw in figures if name == "Example Wire")
    assert "Tahrir Brigades" in speakers(ex)
    assert not any(c.text.startswith("because") for c in ex.claims)


def test_a_strike_on_a_shelter_sets_no_count_of_militants_or_of_one_hospital_against_the_toll(read) -> None:
    ex = read("shelter")
    assert ("Israel Defense Forces", "killed", "nine") in stated(ex)
    assert all("nine" not in pair and "27" not in pair for pair in contradicted(ex))


def test_a_drone_attack_on_a_base_keeps_the_press_secretarys_lead_and_the_prime_ministers_office(read) -> None:
    ex = read("basedrone")
    assert ("Pat Ryder", "injured", "Eight") in stated(ex)
    assert "al-Sudani office" in speakers(ex)
    kanaani = {c.text for c in ex.claims for m in ex.mentions
               if m.claim_id == c.id and m.speaker_id == next(a.id for a in ex.actors if a.name == "Nasser Kanaani")}
    assert kanaani == {"that Tehran had any role"}


def test_a_crackdown_compares_the_oppositions_the_governments_and_a_rights_groups_tolls(read) -> None:
    ex = read("crackdown")
    figures = stated(ex)
    assert {("main opposition party", "killed", "at least 40"), ("anonymous government", "killed", "12"),
            ("Human Rights Watch", "killed", "28"), ("Fred Enanga", "arrested", "600")} <= figures
    assert ("Opposition", "killed", "12") not in figures
    assert frozenset({"12", "at least 40"}) in contradicted(ex)


def test_a_checkpoint_attack_reads_the_armys_euphemism_and_unnamed_sources(read) -> None:
    ex = read("checkpoint")
    figures = stated(ex)
    assert ("Onyema Nwachukwu", "killed", "17") in figures
    assert "anonymous people familiar with the matter" in speakers(ex)
    assert "Islamic State West Africa Province" in {a.name for a in ex.actors}


def test_missiles_on_three_cities_set_no_citys_toll_against_another_or_against_its_update(read) -> None:
    ex = read("missiles")
    figures = stated(ex)
    assert {("Serhiy Lysak", "killed", "four"), ("regional administration", "killed", "three")} <= figures
    assert not contradicted(ex)
    assert {i.place for i in ex.incidents.incidents} >= {"Dnipro", "Odesa"}


def test_floods_set_no_districts_toll_against_the_total_or_the_total_against_its_update(read) -> None:
    ex = read("landslide")
    figures = stated(ex)
    assert ("national disaster agency", "killed", "at least 38") in figures
    assert ("Abdul Muhari", "killed", "43") in figures
    assert all("19" not in pair and "43" not in pair for pair in contradicted(ex))


def test_a_broken_truce_gives_each_side_its_toll_and_the_unnamed_commander_his_second(read) -> None:
    ex = read("frontline")
    figures = stated(ex)
    assert {("Ukraine General Staff", "killed", "four"), ("Russian Ministry of Defence", "killed", "three"),
            ("anonymous senior Ukrainian commander", "killed", "six"),
            ("anonymous senior Ukrainian commander", "killed", "two")} <= figures
    assert not any(name == "Example Wire" for name, _, _ in figures)
    # Each side's count of its own dead: the General Staff's four Ukrainians, the ministry's three of its own.
    assert not any({"four", "three"} <= pair for pair in contradicted(ex))
    # Officials of both sides gave a total: neither side's count of its own dead is its rival.
    assert not any(pair & {"four", "three"} and "At least seven" in pair for pair in contradicted(ex))


def test_a_plant_blast_gives_the_lead_to_the_operator_and_the_company_to_the_firm_named(read) -> None:
    ex = read("chemplant")
    figures = stated(ex)
    assert {("plant's operator", "killed", "11"), ("emergency management bureau", "injured", "38"),
            ("CCTV", "killed", "13")} <= figures
    firm = next(a.id for a in ex.actors if a.name == "Binhai Fine Chemicals")
    assert {ex.speaker_of(c.id) for c in ex.claims if "investigators" in c.text or "production" in c.text} == {firm}


def test_a_dam_burst_keeps_the_ministrys_lower_toll_apart_from_the_mayors(read) -> None:
    ex = read("damburst")
    figures = stated(ex)
    assert {("Abdulmenam al-Ghaithi", "killed", "at least 60"), ("interior ministry", "killed", "38"),
            ("interior ministry", "killed", "52")} <= figures
    assert ("Abdulmenam al-Ghaithi", "killed", "38") not in figures
    assert frozenset({"38", "at least 60"}) in contradicted(ex)


def test_a_hotel_siege_gives_the_attackers_toll_to_the_ministry_quoted_and_the_groups_claim_to_no_officials(read) -> None:
    ex = read("hotel")
    figures = stated(ex)
    assert ("information ministry", "killed", "five") in figures
    names = {a.id: a.name for a in ex.actors}
    assert {names[ex.speaker_of(c.id)] for c in ex.claims if "responsibility" in c.text} == {"Example Wire"}


def test_a_depot_strike_keeps_the_coalitions_statement_and_its_spokesman(read) -> None:
    ex = read("depot")
    names = {a.id: a.name for a in ex.actors}
    assert any(names[ex.speaker_of(c.id)] == "Saudi-led coalition" for c in ex.claims if "drones" in c.text)
    assert {(names[s.actor_id], names[s.org_id]) for s in ex.speaks_for} == {
        ("Turki al-Maliki", "Saudi-led coalition"), ("Mohammed Abdulsalam", "Houthi")}


def test_a_provincial_quake_toll_goes_to_the_governor_named_later_and_the_agency_keeps_its_acronym(read) -> None:
    ex = read("javaquake")
    figures = stated(ex)
    assert {("Ridwan Kamil", "killed", "162"), ("national disaster agency", "killed", "103"),
            ("Suharyanto", "missing", "31")} <= figures
    names = {a.id: a.name for a in ex.actors}
    assert {names[s.org_id] for s in ex.speaks_for if names[s.actor_id] != "Ridwan Kamil"} == {"national disaster agency"}
    assert frozenset({"103", "162"}) in contradicted(ex)

def test_a_mine_blast_sets_no_count_of_the_miners_first_trapped_against_those_still_trapped(read) -> None:
    ex = read("mine")
    figures = stated(ex)
    assert {("energy ministry", "missing", "11"), ("Alparslan Bayraktar", "killed", "13"),
            ("mining union", "killed", "closer to 20"), ("regional hospital", "injured", "18")} <= figures
    assert ("missing", "seven") in {(metric, raw) for _, metric, raw in figures}
    pairs = contradicted(ex)
    assert frozenset({"13", "9", "closer to 20"}) in pairs  # the union disputes the minister's toll
    assert all(not {"11", "seven"} <= pair for pair in pairs)  # those left after six were pulled out
    assert "301" not in linked(ex)


def test_an_ambush_counts_the_drivers_among_the_dead_as_a_part_and_the_claimed_toll_as_a_rival(read) -> None:
    ex = read("ambush")
    figures = stated(ex)
    assert {("anonymous security sources", "killed", "24"), ("anonymous regional official", "killed", "9")} <= figures
    assert ("attacks", "three") in {(metric, raw) for _, metric, raw in figures}
    assert not any(metric == "attacks" for _, metric, raw in figures if raw != "three")  # "the fourth such ambush"
    pairs = contradicted(ex)
    assert frozenset({"24", "51"}) in pairs and frozenset({"24", "12", "dozens"}) in pairs  # the army's claim holds both
    assert ("anonymous army", "killed", "dozens") in figures  # its troops' count of the attackers, quoted
    assert "9" not in linked(ex) and "More than 2 million" not in linked(ex)


def test_a_capsizing_sets_the_missing_first_counted_against_no_count_of_those_still_missing(read) -> None:
    ex = read("capsize")
    figures = stated(ex)
    assert {("Italian coast guard", "missing", "at least 41"), ("Italian coast guard", "killed", "nine"),
            ("Italian coast guard", "missing", "33"), ("UN High Commissioner for Refugees", "missing", "46")} <= figures
    pairs = contradicted(ex)
    assert "nine" not in linked(ex)  # bodies found so far
    assert all(not ({"at least 41", "more than 40"} & pair and {"33", "46"} & pair) for pair in pairs)
    assert frozenset({"14", "33", "46"}) in pairs  # two counts of those still missing


def test_a_ceasefire_breach_sets_each_sides_count_of_the_rebel_dead_against_the_other_and_wounded_who_died_are_dead(
        read) -> None:
    ex = read("truce")
    figures = stated(ex)
    assert {("anonymous army", "killed", "37"), ("Lawrence Kanyuka", "killed", "more than 60"),
            ("local civil society group", "killed", "at least 11"), ("main hospital in Sake", "injured", "27")} <= figures
    assert ("killed", "six") in {(metric, raw) for _, metric, raw in figures}
    assert {("anonymous army", "killed", "four"), ("Lawrence Kanyuka", "killed", "two")} <= figures
    assert contradicted(ex) == {frozenset({"37", "four", "two", "more than 60"})}  # not the civilians' 11
    assert "six" not in linked(ex) and "at least 11" not in linked(ex)


def test_a_cholera_outbreak_sets_the_ministrys_cases_against_the_who_s_and_no_hospitals_dead_against_either(
        read) -> None:
    ex = read("cholera")
    figures = stated(ex)
    assert {("World Health Organization", "cases", "more than 1,200"), ("World Health Organization", "killed", "48"),
            ("federal health ministry", "cases", "870"), ("Sudan Doctors Network", "killed", "between 60 and 70")} <= figures
    pairs = contradicted(ex)
    assert frozenset({"31", "870", "48", "more than 1,200"}) in pairs  # counted since late August: the outbreak
    assert frozenset({"between 60 and 70", "48"}) in pairs
    assert not ({"11", "more than 11,000"} & linked(ex))  # one hospital's dead, last year's


def test_a_digest_of_several_stories_sets_no_count_of_one_story_against_another(read) -> None:
    ex = read("digest")
    figures = stated(ex)
    assert {("Police official", "killed", "four"), ("Police official", "injured", "two"),
            ("state civil defence agency", "killed", "31"), ("provincial safety bureau", "killed", "15")} <= figures
    # The broadcaster's 16 and the bureau's 15 count one mine fire; the other stories' tolls are no rivals.
    assert contradicted(ex) == {frozenset({"16", "15"})}


def test_headings_over_stories_of_different_events_keep_each_story_toll_apart(read) -> None:
    ex = read("shorts")
    figures = stated(ex)
    assert {("anonymous island's police commissioner", "killed", "at least 14"),
            ("Peru transport ministry", "killed", "Eleven")} <= figures
    stories = [{"at least 14"}, {"23", "nine"}, {"Eleven"}]
    assert not any(len([s for s in stories if pair & s]) > 1 for pair in contradicted(ex))


def test_a_live_blog_toll_that_a_source_now_gives_updates_the_earlier_counts(read) -> None:
    ex = read("live")
    figures = stated(ex)
    assert {("anonymous regional governor", "killed", "three"), ("emergency service", "killed", "five"),
            ("emergency service", "injured", "14"), ("State television", "injured", "19"),
            ("anonymous mayor", "killed", "seven")} <= figures
    # Six, then 14 ("now says"), then 19 ("had reached"): one toll's steps through the day, no rivals.
    assert contradicted(ex) == set()


def test_a_toll_state_media_carried_citing_an_official_is_the_official_s(read) -> None:
    ex = read("relay")
    figures = stated(ex)
    assert {("anonymous provincial deputy governor", "killed", "11"), ("anonymous local official", "killed", "13"),
            ("Jaish al-Adl", "killed", "16"), ("Eskandar Momeni", "killed", "four")} <= figures
    names = {a.id: a.name for a in ex.actors}
    cited = [m for m in ex.mentions if names[m.speaker_id] == "anonymous provincial deputy governor"]
    assert cited and all(m.channel is Channel.REPORT for m in cited)


def test_a_briefing_gives_each_toll_to_its_source_and_the_headline_s_second_clause_to_the_outlet(read) -> None:
    ex = read("briefing")
    figures = stated(ex)
    assert {("Basim al-Awadi", "killed", "16"), ("Basim al-Awadi", "injured", "25"),
            ("Syrian Observatory for Human Rights", "killed", "18"), ("Example Wire", "killed", "16")} <= figures
    assert not any(name == "US Department of Defense" for name, _, _ in figures)  # "Pentagon says" ends at the semicolon


def test_a_prison_break_counts_one_guard_the_quoted_dozens_and_the_dead_guards_but_no_escapee_against_a_guard(
        read) -> None:
    ex = read("prison")
    figures = stated(ex)
    assert {("Umar Abubakar", "killed", "one"), ("Rauf Aregbesola", "killed", "seven"),
            ("Islamic State West Africa Province", "killed", "dozens"), ("Police", "killed", "11")} <= figures
    pairs = contradicted(ex)
    assert frozenset({"dozens", "seven"}) in pairs and frozenset({"four", "one", "seven"}) in pairs
    assert all("11" not in pair for pair in pairs)  # escaped inmates shot later, not guards
    assert "nine" not in linked(ex)  # the bodies one hospital received


def test_a_border_clash_sets_a_side_s_quoted_count_of_the_other_s_dead_against_the_raised_toll(read) -> None:
    ex = read("border")
    figures = stated(ex)
    assert {("Armenian defence ministry", "killed", "105"), ("Azerbaijani defence ministry", "killed", "more than 200"),
            ("Azerbaijani defence ministry", "killed", "50")} <= figures
    assert frozenset({"105", "more than 200"}) in contradicted(ex)
    assert all("49" not in pair for pair in contradicted(ex))  # the toll the ministry raised
    assert sum(f.figure.raw == "two" for f in ex.figures) == 1  # the agency quoting a source says it once
    assert "anonymous local official" in {a.name for a in ex.actors}


def test_an_ambush_on_peacekeepers_sets_the_claimed_quoted_toll_against_the_mission_s(read) -> None:
    ex = read("peacekeepers")
    assert ("JNIM", "killed", "more than 10") in stated(ex)
    pairs = contradicted(ex)
    # the security source's "four ..., one of them in hospital": the one is a part of the four
    assert frozenset({"more than 10", "three"}) in pairs and frozenset({"four", "one", "three"}) in pairs


def test_a_strike_on_a_camp_sets_no_charity_s_intake_against_the_toll_and_a_nurse_unnamed_says_nothing_else(
        read) -> None:
    ex = read("camp")
    assert ("Hamas-run government media office", "killed", "50") in stated(ex)
    assert all("28" not in pair for pair in contradicted(ex))  # one trauma centre's dead, and bodies carried
    assert not any(c.text.startswith("that her name") for c in ex.claims)


def test_a_strike_on_a_hospital_gives_the_raised_toll_to_the_ministry(read) -> None:
    ex = read("hospital")
    assert {("Gaza Health Ministry", "killed", "28"), ("UN Office for the Coordination of Humanitarian Affairs",
                                                        "killed", "24")} <= stated(ex)


def test_a_drone_boat_attack_s_unnamed_source_in_a_port_is_unnamed(read) -> None:
    ex = read("ship")
    assert ("anonymous security source", "missing", "three") in stated(ex)
    assert frozenset({"two", "three"}) in contradicted(ex)


def test_a_governor_s_killing_gives_no_claim_to_a_group_for_the_name_it_calls_itself(read) -> None:
    ex = read("assassination")
    figures = stated(ex)
    assert {("anonymous hospital official", "killed", "five"), ("Mohammad Asif Waziri", "killed", "two")} <= figures
    assert not any(a.name == "little-known group" for a in ex.actors)
    assert not any(c.text.startswith("Hours later") for c in ex.claims)  # the group and its name speak as one


def test_a_militia_s_claim_of_attacks_is_the_group_s_and_one_of_the_attacks_counts_none(read) -> None:
    ex = read("telegram")
    figures = stated(ex)
    assert {("armed group", "attacks", "40"), ("armed group", "killed", "more than 100"),
            ("armed forces", "attacks", "three"), ("armed forces", "killed", "Eight")} <= figures
    assert ("anonymous local officials", "attacks", "one") not in figures  # "in one of the attacks alone"


def test_a_school_shooting_s_revised_injury_count_names_no_figure_as_a_speaker(read) -> None:
    ex = read("shooting")
    assert {("Georgia Bureau of Investigation director", "injured", "eight"), ("authorities", "injured", "nine")} \
        <= stated(ex)
    assert not any("figure" in a.name for a in ex.actors)


def test_a_ramming_s_earlier_count_and_a_quoted_count_go_to_who_gave_them_and_contradict_nothing(read) -> None:
    ex = read("ramming")
    figures = stated(ex)
    assert {("anonymous city spokesman", "killed", "two"), ("anonymous city spokesman", "injured", "68"),
            ("anonymous police union official", "injured", "well over 200")} <= figures
    assert not contradicted(ex)


def test_the_attack_a_spokesman_speaks_of_is_the_strike_reported_so_his_toll_meets_the_others(read) -> None:
    ex = read("sources")
    figures = stated(ex)
    assert {("Police officer", "killed", "four"), ("Yehia Rasool", "killed", "three")} <= figures
    assert frozenset({"four", "three"}) in contradicted(ex)


def test_a_toll_lowered_from_an_earlier_count_sets_no_rival_against_that_count(read) -> None:
    ex = read("revised")
    figures = stated(ex)
    assert {("Ecuador risk management agency", "killed", "32"), ("Ecuador risk management agency", "killed", "40"),
            ("Rosa Chavez", "missing", "67"), ("Rosa Chavez", "missing", "57"), ("Juan Zapata", "killed", "40")} <= figures
    # The minister's 40 of the day before is the count the agency corrected, no rival of its 32.
    assert contradicted(ex) == set()


def test_a_cold_wave_toll_comes_from_the_un_office_named_in_full_and_one_provinces_dead_alone_contradict_nothing(
        read) -> None:
    ex = read("coldwave")
    figures = stated(ex)
    assert ("United Nations Office for the Coordination of Humanitarian Affairs", "killed", "162") in figures
    assert ("anonymous provincial official", "killed", "34") in figures  # a place is no body
    assert all("34" not in pair for pair in contradicted(ex))  # the province alone: a part


def test_a_dengue_toll_comes_from_the_directorate_general_that_states_it(read) -> None:
    figures = stated(read("dengue"))
    assert ("Directorate General of Health Services", "killed", "712") in figures
    assert ("World Health Organization", "cases", "more than 150,000") in figures


def test_lightning_deaths_in_one_district_alone_are_a_part_and_a_magistrate_states_his_districts(read) -> None:
    ex = read("lightning")
    figures = stated(ex)
    assert {("state disaster management department", "killed", "23"), ("Nitish Kumar", "killed", "21"),
            ("anonymous district magistrate in Saran", "killed", "five")} <= figures
    pairs = contradicted(ex)
    assert frozenset({"21", "23"}) in pairs
    assert all("Seven" not in pair for pair in pairs)  # Bhojpur district alone
    assert all("five" not in pair for pair in pairs)  # the dead "there", in the magistrate's district
    assert {i.kind for i in ex.incidents.incidents} == {"event"}  # lightning strikes are no air strikes


def test_a_bus_plunge_s_injured_come_from_the_regional_health_directorate(read) -> None:
    figures = stated(read("ravine"))
    assert ("regional health directorate", "injured", "16") in figures
    assert ("police", "killed", "at least 24") in figures and ("Expreso Molina", "killed", "21") in figures


def test_a_mine_camp_s_missing_come_from_the_ruling_council_s_spokesman_and_more_bodies_are_dead(read) -> None:
    figures = stated(read("minecamp"))
    assert ("Zaw Min Tun", "missing", "18") in figures
    assert ("fire services department", "missing", "70") in figures
    assert ("fire services department", "killed", "12") in figures  # "12 more bodies": dead, not missing
    assert ("missing", "12") not in {(metric, raw) for _, metric, raw in figures}


def test_an_avalanche_s_missing_trekkers_are_counted_and_its_injured_come_from_the_unnamed_official(read) -> None:
    figures = stated(read("avalanche"))
    assert ("Ramesh Thapa", "missing", "17") in figures
    assert ("anonymous hospital official", "injured", "Two") in figures  # a source closing with "who asked ..."
    assert ("Trekking Agencies Association of Nepal", "killed", "12") in figures


def test_a_wildfire_s_people_forced_to_leave_their_homes_are_displaced_by_the_agency_s_officials(read) -> None:
    figures = stated(read("wildfire"))
    assert ("Senapred officials", "displaced", "more than 19,000") in figures
    assert ("Carolina Toha", "killed", "at least 51") in figures


def test_an_eruption_s_climbers_are_counted_the_agency_raising_the_toll_states_it_and_the_last_missing_overtake(
        read) -> None:
    ex = read("volcano")
    figures = stated(ex)
    assert {("anonymous local search and rescue official", "killed", "11"), ("Abdul Malik", "missing", "12"),
            ("search agency", "missing", "one"), ("search agency", "killed", "22")} <= figures
    assert not contradicted(ex)


def test_a_poisoning_toll_a_chief_minister_posts_on_x_is_a_rival_count_of_the_same_poisoning(read) -> None:
    ex = read("alcohol")
    figures = stated(ex)
    assert ("M.K. Stalin", "killed", "34") in figures and ("AIADMK party", "killed", "closer to 50") in figures
    pairs = contradicted(ex)
    assert frozenset({"34", "37"}) in pairs
    assert all("six" not in pair for pair in pairs)  # six more overnight: an increment


def test_a_tsunami_s_evacuees_are_displaced_and_a_governor_s_bodies_set_against_no_toll(read) -> None:
    ex = read("tsunami")
    figures = stated(ex)
    assert {("Office of Civil Defense", "killed", "at least 28"), ("Ben Evardone", "missing", "more than 60"),
            ("national disaster council", "displaced", "13,500"), ("national disaster council", "injured", "112")
            } <= figures
    assert all("41" not in pair for pair in contradicted(ex))  # bodies brought in so far: a part


def test_outlets_giving_rival_tolls_each_state_their_own_and_a_governor_speaks_after_a_visit(read) -> None:
    ex = read("outlets")
    figures = stated(ex)
    assert {("BBC", "killed", "31"), ("Al Jazeera", "killed", "27"), ("Amina Bello", "killed", "29")} <= figures
    assert ("BBC", "killed", "27") not in figures  # the contrast after "while" is Al Jazeera's
    assert frozenset({"31", "27"}) in contradicted(ex)
    assert all("12" not in pair for pair in contradicted(ex))  # March's bombing, another incident


def test_a_body_a_headline_names_bare_is_the_one_the_lead_names_in_full(read) -> None:
    ex = read("headline")
    speakers = {name for name, metric, _ in stated(ex) if metric == "killed"}
    assert speakers == {"Gaza Health Ministry"}


def test_a_roadside_bomb_s_commander_and_other_dead_are_one_toll_and_one_of_two_sources_states_a_count(read) -> None:
    ex = read("roadside")
    figures = stated(ex)
    assert {("anonymous army", "killed", "nine"), ("anonymous security sources", "killed", "16"),
            ("anonymous security sources", "killed", "at least 13"), ("JNIM", "killed", "31"),
            ("anonymous local official", "killed", "three")} <= figures
    assert not any(raw == "One" for _, _, raw in figures)  # one of the sources, no count
    army = next(f.figure for f in ex.figures if f.figure.raw == "nine")
    assert army.value == 10  # the commander and nine other soldiers
    pairs = contradicted(ex)
    assert frozenset({"31", "nine"}) in pairs and frozenset({"16", "at least 13", "nine"}) in pairs


def test_an_election_day_total_across_states_meets_no_village_s_count_and_the_raid_s_two_counts_meet(read) -> None:
    ex = read("election")
    figures = stated(ex)
    assert ("civil society coalition", "killed", "at least 23") in figures
    assert not any(raw == "six" for _, _, raw in figures)  # abducted, not killed
    assert ("local rights group", "killed", "two") not in figures  # the commission's, before ", and"
    assert contradicted(ex) == {frozenset({"eight", "11"})}


def test_each_army_s_count_of_one_army_s_dead_in_a_border_artillery_duel_are_rivals(read) -> None:
    ex = read("artillery")
    figures = stated(ex)
    assert {("Pakistan military", "killed", "23"), ("Zabihullah Mujahid", "killed", "58")} <= figures
    assert any({"23", "58"} <= pair for pair in contradicted(ex))


def test_a_mob_attack_s_dead_now_numbering_seven_is_a_toll_and_the_police_s_count_before_two_more_died_no_rival(
        read) -> None:
    ex = read("mob")
    figures = stated(ex)
    assert ("Example Wire", "killed", "seven") in figures and ("Shahidul Islam", "killed", "five") in figures
    pairs = contradicted(ex)
    assert frozenset({"eight", "seven"}) in pairs
    assert all("five" not in pair for pair in pairs)


def test_deaths_from_hunger_in_a_besieged_town_are_no_rival_of_a_toll_of_fighting(read) -> None:
    ex = read("townsiege")
    figures = stated(ex)
    assert {("anonymous health official", "killed", "13"), ("Doctors Without Borders", "killed", "97"),
            ("local resistance committee", "killed", "56")} <= figures
    assert all("13" not in pair for pair in contradicted(ex))


def test_a_forensic_doctor_at_a_mass_grave_states_the_count_of_remains_a_part_of_the_dead(read) -> None:
    ex = read("grave")
    assert {("anonymous forensic doctor", "killed", "45"), ("missing persons authority", "killed", "at least 38")
            } <= stated(ex)
    assert not contradicted(ex)


def test_an_army_s_count_of_fighters_killed_by_a_drone_at_a_wedding_is_its_own(read) -> None:
    ex = read("wedding")
    figures = stated(ex)
    assert {("Zaw Min Tun", "killed", "11"), ("Sagaing Rescue Team", "killed", "26")} <= figures
    assert not contradicted(ex)  # fighters against people: the army's denial names no class the others count


def test_a_digest_s_gunmen_raid_and_the_police_toll_of_their_attack_are_rivals(read) -> None:
    assert frozenset({"23", "nine"}) in contradicted(read("shorts"))


def test_a_mosque_bombing_s_yearly_toll_comes_from_the_think_tank_the_report_cites(read) -> None:
    ex = read("mosque")
    figures = stated(ex)
    assert {("police", "killed", "at least 56"), ("Taimur Jhagra", "killed", "57"),
            ("think tank", "killed", "more than 600")} <= figures
    assert all("600" not in raw for pair in contradicted(ex) for raw in pair)


def test_a_police_raid_s_counts_come_from_the_secretary_the_defender_and_the_rights_group_by_its_name(read) -> None:
    ex = read("favela")
    figures = stated(ex)
    assert {("Victor Santos", "killed", "60"), ("state public defender office", "killed", "132"),
            ("Human Rights Watch", "killed", "at least 10")} <= figures


def test_a_gas_blast_in_the_headline_is_no_speaker_and_a_broadcaster_keeps_only_its_name(read) -> None:
    figures = stated(read("gasflats"))
    assert {("Reuters", "killed", "seven"), ("Dnipro TV", "killed", "nine"),
            ("State Emergency Service", "killed", "at least seven")} <= figures
    assert not any(speaker == "Gas" for speaker, _, _ in figures)


def test_a_plane_crash_counts_the_dead_not_everyone_on_board(read) -> None:
    ex = read("smallplane")
    figures = stated(ex)
    assert ("Civil Aviation Authority of Nepal", "killed", "18") in figures
    assert ("Civil Aviation Authority of Nepal", "killed", "19") not in figures  # the 19 on board
    assert not contradicted(ex)


def test_a_ministry_s_missing_fishermen_of_one_day_are_no_rival_of_the_navy_s_still_missing_the_next(read) -> None:
    ex = read("fishing")
    assert {("Navy", "missing", "Thirty-one"), ("fisheries ministry", "missing", "42")} <= stated(ex)
    assert not contradicted(ex)


def test_a_coalition_its_parties_describe_states_its_stadium_toll_against_the_government_s(read) -> None:
    ex = read("stadium")
    assert ("coalition of opposition parties", "killed", "135") in stated(ex)
    assert frozenset({"56", "135"}) in contradicted(ex)


def test_a_mudslide_s_toll_meets_no_toll_of_last_month_s_rain(read) -> None:
    ex = read("mudslide")
    assert ("provincial emergency management department", "killed", "36") in stated(ex)
    assert all("47" not in pair for pair in contradicted(ex))


def test_a_city_s_emergency_centre_states_its_injured_and_a_yearly_toll_meets_no_collapse(read) -> None:
    ex = read("scaffold")
    figures = stated(ex)
    assert ("Erawan emergency centre", "injured", "five") in figures
    assert not any(raw == "one" for _, _, raw in figures)  # one more than the police's count
    pairs = contradicted(ex)
    assert frozenset({"at least six", "four", "five"}) in pairs
    assert all("24" not in pair for pair in pairs)  # construction deaths so far this year


def test_an_outbreak_s_confirmed_cases_a_minister_puts_at_a_number_are_his(read) -> None:
    figures = stated(read("mpox"))
    assert {("Roger Kamba", "cases", "15,664"), ("Roger Kamba", "cases", "2,638"), ("Roger Kamba", "killed", "548")
            } <= figures


def test_a_snowstorm_s_frostbite_admissions_are_injured_by_a_hospital_director_in_a_town(read) -> None:
    figures = stated(read("snowstorm"))
    assert ("anonymous regional hospital director in Erzurum", "injured", "23") in figures


def test_a_snowstorm_s_toll_since_monday_is_the_storm_s_and_a_lawmaker_s_higher_toll_its_rival(read) -> None:
    ex = read("snowstorm")
    pairs = contradicted(ex)
    assert frozenset({"nine", "at least 60", "at least 12"}) in pairs
    assert all("23" not in pair for pair in pairs)  # one hospital's frostbite cases


def test_a_sinkhole_s_fire_brigade_spokesman_after_the_cue_states_the_evacuees(read) -> None:
    ex = read("sinkhole")
    names = {a.id: a.name for a in ex.actors}
    assert any(names[ex.speaker_of(c.id)] == "Li Jun" and "moved out" in c.text for c in ex.claims)
    assert ("anonymous city official", "killed", "nine") in stated(ex)


def test_a_wedding_fire_s_charity_working_in_the_town_is_a_speaker_and_the_governor_s_higher_toll_no_rival(
        read) -> None:
    ex = read("weddinghall")
    names = {a.id: a.name for a in ex.actors}
    assert any(names[ex.speaker_of(c.id)] == "Christian charity" for c in ex.claims)
    assert ("Najim al-Jubouri", "killed", "113") in stated(ex)
    assert not contradicted(ex)  # 113 against "at least 107"; 100 was the ministry's overnight count


def test_a_church_attack_s_priest_named_by_his_role_keeps_his_word_and_a_later_toll_is_no_rival(read) -> None:
    ex = read("church")
    figures = stated(ex)
    assert {("anonymous local priest", "killed", "28"), ("anonymous local priest", "killed", "nine")} <= figures
    assert not contradicted(ex)  # at least 21, the priest's 28, then 31 after the wounded died


def test_a_metro_bomb_s_count_an_agency_gave_earlier_is_no_rival_of_the_minister_s_risen_toll(read) -> None:
    ex = read("metro")
    figures = stated(ex)
    assert ("Veronika Orlova", "killed", "14") in figures
    assert ("Interfax", "killed", "nine") in figures  # the agency the table knows, its kind after its name
    assert ("Veronika Orlova", "injured", "51") in figures  # being treated in hospitals
    assert all("nine" not in pair for pair in contradicted(ex))


def test_a_bar_grenade_s_first_count_is_overtaken_when_more_die_and_the_hospital_brings_the_dead_to_six(
        read) -> None:
    ex = read("grenade")
    assert ("Amani Bahati", "killed", "six") in stated(ex)
    assert all("four" not in pair for pair in contradicted(ex))


def test_a_sniper_attack_s_ministry_count_of_the_dead_in_the_unrest_is_the_doctors_rival(read) -> None:
    ex = read("sniper")
    figures = stated(ex)
    assert {("independent doctors' committee", "killed", "17"), ("interior ministry", "killed", "four")} <= figures
    assert any({"17", "four"} <= pair for pair in contradicted(ex))


def test_a_dam_spill_that_forces_people_from_their_homes_displaces_them_and_a_villager_s_neighbours_are_a_part(
        read) -> None:
    ex = read("damspill")
    figures = stated(ex)
    assert ("anonymous provincial government", "displaced", "about 40,000") in figures
    assert ("Associated Press", "displaced", "40,000") in figures  # the headline's
    assert ("Nguyen Thi Lan", "killed", "three") in figures
    assert all("three" not in pair for pair in contradicted(ex))  # three of her neighbours, no rival toll


def test_a_chlorine_leak_s_residents_ordered_out_of_their_homes_are_displaced(read) -> None:
    ex = read("trainleak")
    assert ("state officials", "displaced", "More than 3,000") in stated(ex)
    assert not contradicted(ex)  # the headline's "Thousands" holds the 3,000


def test_a_typhoon_s_round_headline_count_is_no_rival_of_the_lead_s_more_than(read) -> None:
    ex = read("typhoon")
    assert ("state media", "displaced", "more than 600,000") in stated(ex)
    assert frozenset({"600,000", "dozens", "at least 37", "more than 600,000"}) not in contradicted(ex)


def test_a_lake_capsizing_s_missing_student_after_an_inserted_cue_is_the_officer_s(read) -> None:
    ex = read("lakeboat")
    assert ("anonymous senior police officer", "missing", "one") in stated(ex)
    assert not contradicted(ex)  # "at least 14" students and two teachers hold the collector's 15


def test_a_rocket_attack_s_first_toll_gives_way_to_the_toll_a_ministry_later_raised(read) -> None:
    ex = read("airport")
    figures = stated(ex)
    assert {("civil aviation authority", "killed", "two"), ("health ministry", "killed", "three"),
            ("health ministry", "injured", "14")} <= figures
    assert contradicted(ex) == set()


def test_a_naval_clash_counts_the_missing_not_their_whole_crew_and_the_rescued_as_hurt_not_troops(read) -> None:
    ex = read("naval")
    figures = stated(ex)
    assert {("Westland defence ministry", "killed", "three"), ("anonymous navy", "injured", "four")} <= figures
    assert not any(raw == "31" for _, _, raw in figures)  # the whole crew
    assert not any(metric == Metric.TROOPS.value for _, metric, _ in figures)  # sailors rescued
    assert contradicted(ex) == set()


def test_a_training_centre_attack_s_cadets_and_instructors_are_both_dead_and_no_rival_of_the_lead(read) -> None:
    ex = read("training")
    figures = stated(ex)
    assert {("Taimur Jhagra", "killed", "14"), ("Taimur Jhagra", "killed", "two")} <= figures
    assert contradicted(ex) == {frozenset({"19", "more than 100"})}  # the militants' claim against the hospitals


def test_a_school_raid_s_roll_call_is_the_principal_s_word_not_the_wire_s(read) -> None:
    ex = read("pupils")
    assert "anonymous school's principal" in speakers(ex)
    assert ("Mohammed Jalige", "killed", "one") in stated(ex)


def test_a_border_shooting_s_wounded_who_died_are_dead_and_each_side_s_own_dead_no_rival(read) -> None:
    ex = read("crossing")
    figures = stated(ex)
    assert ("Belorian official", "killed", "two") in figures
    assert ("Belorian official", "injured", "two") not in figures
    assert all("four" not in pair for pair in contradicted(ex))


def test_a_crush_s_rival_counts_joined_by_and_are_each_speaker_s_own(read) -> None:
    figures = stated(read("aidcrush"))
    assert ("Edhi Foundation", "killed", "19") in figures
    assert ("Jinnah Postgraduate Medical Centre spokesman", "killed", "17") in figures
    assert ("Edhi Foundation", "killed", "17") not in figures  # the hospital's count, after ", and"


def test_a_balloon_crash_toll_comes_from_the_governor_s_office_in_a_province(read) -> None:
    figures = stated(read("balloon"))
    assert {("governor's office in Nevşehir", "killed", "at least three"),
            ("governor's office in Nevşehir", "injured", "nine")} <= figures


def test_a_glacier_s_missing_that_dropped_and_a_rescue_crew_s_flights_set_no_count_against_another(read) -> None:
    ex = read("glacier")
    figures = stated(ex)
    assert {("Valais cantonal police", "missing", "13"), ("Steve Léger", "missing", "nine")} <= figures
    assert not contradicted(ex)  # the missing fell to nine; five of the injured flown by the crew


def test_a_pile_up_s_count_treated_at_the_scene_is_the_unnamed_official_s_injured(read) -> None:
    figures = stated(read("duststorm"))
    assert ("state transportation department official", "injured", "nearly 40") in figures
    assert ("Jim Allmon", "killed", "seven") in figures


def test_pupils_who_fell_ill_after_a_school_lunch_are_cases(read) -> None:
    figures = stated(read("poisoning"))
    assert ("Bernard Wanyama", "cases", "124") in figures
    assert ("anonymous teacher at the school", "killed", "four") in figures
    assert ("Bernard Wanyama", "killed", "four") not in figures  # the aside's "she feared ..., said" is no frame


def test_a_tanker_fire_s_missing_after_he_are_the_unnamed_leader_s_who_told_a_broadcaster(read) -> None:
    figures = stated(read("tanker"))
    assert ("Agaie leader", "missing", "dozens") in figures
    assert ("Ezekiel Manzo", "missing", "dozens") not in figures  # the agency's spokesman named before


def test_a_paper_that_relays_traders_states_no_count_of_its_own(read) -> None:
    ex = read("marketroof")
    figures = stated(ex)
    assert ("traders", "missing", "dozens") in figures
    assert not any(speaker == "Daily Star" for speaker, _, _ in figures)
    assert ("Bangladesh Red Crescent Society", "missing", "40") in figures
    assert not contradicted(ex)  # "dozens" trapped and 40 missing; 32, 34 and a risen 38 dead


def test_guests_poisoned_by_fumes_are_the_minister_s_cases(read) -> None:
    ex = read("monoxide")
    figures = stated(ex)
    assert ("María Rojas", "cases", "nearly two dozen") in figures
    assert ("Carabineros police", "killed", "Eight") in figures
    assert ("La Tercera", "killed", "nine") in figures  # the toll that rose
    assert not contradicted(ex)


def test_a_neighbour_who_withheld_her_name_speaks_for_herself(read) -> None:
    ex = read("monoxide")
    names = {a.id: a.name for a in ex.actors}
    said = {names[ex.speaker_of(c.id)] for c in ex.claims if "broke down the door" in c.text}
    assert said == {"anonymous neighbour"}


def test_a_screening_bomb_s_toll_that_rose_after_a_wounded_teenager_died_counts_the_dead(read) -> None:
    ex = read("screening")
    figures = stated(ex)
    assert ("Ali Jeyte Osman", "killed", "15") in figures
    assert ("Ali Jeyte Osman", "injured", "15") not in figures
    assert frozenset({"nine", "23", "15"}) not in contradicted(ex)  # the 15 dead set against 23 hurt


def test_officers_who_returned_from_an_ambush_are_no_count_of_the_missing(read) -> None:
    ex = read("patrol")
    figures = stated(ex)
    assert ("Orlando Mudumane", "missing", "five") in figures
    assert ("Orlando Mudumane", "missing", "two") not in figures
    assert all("two" not in pair for pair in contradicted(ex))


def test_soldiers_loyal_to_a_government_killed_in_a_coup_attempt_are_dead_not_a_force(read) -> None:
    figures = stated(read("coup"))
    assert ("Rimtalba Jean Emmanuel Ouedraogo", "killed", "19") in figures
    assert ("Rimtalba Jean Emmanuel Ouedraogo", "troops", "19") not in figures


def test_an_officer_s_count_a_broadcaster_relays_in_a_coup_attempt_is_the_officer_s(read) -> None:
    figures = stated(read("coup"))
    assert ("Army officer", "killed", "more than 40") in figures
    assert ("Al Jazeera", "killed", "more than 40") not in figures


def test_a_funeral_bombing_toll_a_news_agency_relays_is_the_governor_s_alone(read) -> None:
    ex = read("funeral")
    figures = stated(ex)
    assert {("anonymous provincial governor", "killed", "27"), ("anonymous provincial governor", "killed", "nine")} \
        <= figures  # the nine wounded who died are why the governor raised the toll
    assert not any(raw in ("27", "nine") and speaker != "anonymous provincial governor" for speaker, _, raw in figures)
    assert ("regional hospital official", "killed", "26") in figures
    assert any("more than 50" in pair for pair in contradicted(ex))  # the group's claim against the police count


def test_a_port_gang_war_toll_the_police_raised_for_the_weekend_is_no_rival_of_the_chief_s(read) -> None:
    ex = read("gangwar")
    figures = stated(ex)
    assert {("Fausto Salinas", "killed", "23"), ("El Universo", "killed", "31"), ("police", "killed", "28")} <= figures
    assert all("28" not in pair for pair in contradicted(ex))


def test_a_school_bus_bomb_s_children_among_the_dead_are_dead_not_hurt(read) -> None:
    figures = stated(read("schoolbus"))
    assert {("district hospital official", "killed", "eight"), ("district hospital official", "killed", "six"),
            ("district hospital official", "injured", "24")} <= figures
    assert ("district hospital official", "injured", "six") not in figures


def test_a_power_plant_s_operator_named_after_what_it_runs_states_its_own_toll(read) -> None:
    ex = read("powerplant")
    assert ("DTEK", "killed", "five") in stated(ex)
    assert frozenset({"five", "four"}) in contradicted(ex)


def test_a_campus_siege_s_red_cross_is_the_national_society_the_report_named_not_the_committee(read) -> None:
    ex = read("campus")
    figures = stated(ex)
    assert {("Kenya Red Cross", "injured", "37"), ("Kenya Red Cross", "killed", "29")} <= figures
    assert not any("Committee" in a.name for a in ex.actors)
    assert all("29" not in pair or "over 100" in pair for pair in contradicted(ex))  # a running toll


def test_a_school_stabbing_s_patients_at_two_hospitals_are_hurt_and_set_against_no_count(read) -> None:
    ex = read("stabbing")
    figures = stated(ex)
    assert {("CCTV", "killed", "three"), ("local police", "injured", "14")} <= figures
    assert any(metric == "injured" and raw == "13" for _, metric, raw in figures)
    assert next(a for a in ex.actors if a.name == "CCTV").kind.value == "outlet"
    assert all("13" not in pair for pair in contradicted(ex))


def test_a_fireworks_blast_s_patients_under_treatment_are_the_coordinator_s_count_of_the_hurt(read) -> None:
    ex = read("fireworks")
    figures = stated(ex)
    assert {("Adrián Ramos", "injured", "62"), ("Delfina Gómez", "killed", "19"),
            ("Mexico federal government", "injured", "71")} <= figures
    assert frozenset({"62", "71", "nine"}) in contradicted(ex)  # two counts of the hurt that cannot both hold
    assert all("19" not in pair and "14" not in pair for pair in contradicted(ex))


def test_a_union_s_higher_count_of_workers_missing_after_a_silo_blast_is_read(read) -> None:
    ex = read("silo")
    assert ("anonymous union representative", "missing", "seven") in stated(ex)
    assert all("11" not in pair for pair in contradicted(ex))


def test_a_measles_toll_of_children_under_five_counts_no_age_and_one_ward_s_dead_are_no_rival(read) -> None:
    ex = read("measles")
    figures = stated(ex)
    assert {("provincial health ministry", "killed", "at least 31"), ("anonymous nurse in Tshikapa", "killed", "four"),
            ("World Health Organization", "killed", "38")} <= figures
    assert not any(raw == "under five" for _, _, raw in figures)
    assert all("four" not in pair and "more than 5,000" not in pair for pair in contradicted(ex))


def test_a_county_s_hypothermia_deaths_are_a_part_of_an_ice_storm_s_statewide_toll(read) -> None:
    ex = read("icestorm")
    figures = stated(ex)
    assert {("state officials", "killed", "at least nine"), ("Clay Jenkins", "killed", "three")} <= figures
    assert all("three" not in pair and "five" not in pair for pair in contradicted(ex))


def test_commuters_taken_to_four_hospitals_after_an_escalator_collapse_are_counted_hurt(read) -> None:
    ex = read("escalator")
    figures = stated(ex)
    assert {("Istanbul governor office", "injured", "29"), ("Anadolu Agency", "injured", "34"),
            ("Ekrem İmamoğlu", "injured", "31"), ("NTV", "killed", "one")} <= figures
    assert not any(raw == "four" for name, _, raw in figures if name == "Anadolu Agency")  # hospitals, not people
    assert any({"29", "31"} <= pair for pair in contradicted(ex))  # the governor's office and the mayor
    assert all("34" not in pair for pair in contradicted(ex))  # those taken to four hospitals: a part
    mayor = next(a for a in ex.actors if a.name == "Ekrem İmamoğlu")
    assert mayor.kind is ActorKind.PERSON
    said = {ex.speaker_of(c.id) for c in ex.claims if "would stay closed" in c.text}
    assert said == {mayor.id}  # "He said": the mayor, no passenger named before him


def test_a_coast_guard_named_again_without_its_country_is_one_source_of_a_helicopter_toll(read) -> None:
    ex = read("helicopter")
    speakers = {speaker for speaker, metric, raw in stated(ex) if metric == "killed" and raw == "four"}
    assert speakers == {"U.S. Coast Guard", "Wikinews"}
    assert not contradicted(ex)  # the crash of 2026 is another incident


def test_a_hailstorm_s_second_storm_is_another_incident_and_no_rival_of_the_concert_toll(read) -> None:
    ex = read("hailstorm")
    figures = stated(ex)
    assert {("Pecos County sheriff office", "injured", "47"), ("anonymous spokesman", "injured", "about 30")} <= figures
    assert contradicted(ex) == {frozenset({"47", "about 30"})}


def test_residents_believed_to_be_trapped_or_still_under_rubble_are_missing(read) -> None:
    ex = read("gasblock")
    figures = stated(ex)
    assert {("Emergencies Ministry", "missing", "nine"), ("RIA Novosti agency", "missing", "up to 20"),
            ("Emergencies Ministry", "missing", "seven"), ("Denis Pasler", "killed", "14")} <= figures
    assert not contradicted(ex)  # a running toll, a count up to a bound and another year's blast


def test_hostages_freed_are_no_toll_and_a_state_s_commissioner_speaks(read) -> None:
    figures = stated(read("hostages"))
    assert ("anonymous Kaduna state's security commissioner", "killed", "eight") in figures
    assert not any(raw == "19" for _, _, raw in figures)
    assert {("relatives", "killed", "four"), ("Abdullahi Musa", "killed", "four")} <= figures


def test_a_prison_service_raising_the_number_of_inmates_killed_states_it_and_overtakes_its_first(read) -> None:
    ex = read("riot")
    figures = stated(ex)
    assert {("SNAI", "killed", "27"), ("SNAI", "killed", "34"), ("Laura Paredes", "killed", "34")} <= figures
    assert not any(speaker == "Wikinews" for speaker, _, _ in figures)
    assert not contradicted(ex)  # the service's first count of inmates is a step of the toll it raised


def test_a_charity_named_with_its_kind_keeps_its_count_when_an_outlet_relays_it(read) -> None:
    figures = stated(read("intercept"))
    assert {("Sea-Watch", "killed", "at least 14"), ("Masoud Abdel Samad", "killed", "nine"),
            ("International Organization for Migration", "killed", "eleven")} <= figures
    assert not any(speaker == "BBC" for speaker, _, _ in figures)


def test_a_raid_s_wounded_brought_down_to_four_by_a_death_are_no_rival_of_the_five_first_wounded(read) -> None:
    ex = read("cartel")
    assert {("Sinaloa security council", "injured", "four"), ("Example Wire", "injured", "Five")} <= stated(ex)
    assert not contradicted(ex)  # "bringing ... the number wounded to four": the five, updated after one died
