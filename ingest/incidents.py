"""Incidents: the real events that figures count, resolved on positive evidence.

Within an article (:func:`article_incidents`, pure): the figures about the
event the article reports belong to one incident, its *main* incident, unless
the text separates them. The main incident takes its kind from the headline
(else the lead paragraph, else the first figure that names what caused it),
its place from the headline ("... near Qasr Badr"), else the dateline, and
its day from the figures of its kind. A figure leaves the main incident when

- it names an event of another kind ("injured in an attack" in a report of a
  strike; kinds of one family go together: a strike and a raid);
- it names a specific place other than the main one (a country is too coarse
  to separate or to join anything; when the main event has no place and the
  figures name one specific place, that is the main event's, when they name
  several, each counts its own), or names none but its sentence names the
  place of another figure of the article ("Nyanza Province, with 45 deaths,
  ..." beside "45 people dead in Nyanza Province");
- its day is more than a day from the main incident's;
- a short sentence naming no event ("At least seven were killed.") is read
  with the sentence before it, whose event and place it goes on with;
- it stands in another section of a digest (paragraphs a place and a colon
  open, "Brazil: Floods ...", or headings over stories of different kinds,
  "Bus crash in Peru"), each of which is read as an article of its own;
- its sentence says so: "a separate attack", "another bombing", "last month's
  bombing";
- its sentence names a month or a year outside the days the article can
  report ("In September, the group claimed an attack which killed 17" in a
  December report; "2016 saw 90 aid workers killed" in a 2017 one).

Such a figure counts an incident of its own kind, place and day, shared with
the other figures of that article that agree on all three.

Figures that count no single incident: aggregates over a period or a
campaign ("since October 17", "in the campaign", "so far", "this year"),
counts of several attacks, hypothetical or definitional numbers, and
metrics that are no toll (troops, attendance). They stay unlinked: a total
over a campaign is not comparable with one event's toll, and a fact-checker
reads it in ``figures``. A plural event noun is one incident when the text
anchors it to a day ("Thursday's air strikes"), a place ("the Qasr Badr
strikes") or it is the article's main event.

How a figure counts its incident (:func:`share`, kept on the COUNTS edge):
the whole toll, or a *part* of it ("two of the dead", "six people died at
the hospital", "five of them", "four guards were among the dead", one
hospital's or ambulance service's intake; not "one of its fighters", a side's
own count), an *increment* ("two more died", "wounding another one"), or a
count its sentence says was given *earlier* or overtaken ("an earlier count
put the dead at 29", "police earlier put the toll at 29", "it was initially
reported that 12 had died", "first reports put the toll at 9"), or a running
toll "by" a day when another count of the incident is "by" a later day ("21
dead by Saturday" against "52 by Sunday"). A part below
another figure is no rival count; an increment, and an earlier count that a
later one by anyone may have replaced, are compared with nothing.

Across articles (:func:`resolve`, at write time against the stored
incidents): two incidents are one only when their kinds are of one family,
both have a specific place and the places are the same (or one name holds
the other: "Qasr Badr" and "Qasr Badr camp"), and their date windows
overlap. When in doubt they stay apart: a missed contradiction costs a
fact-checker less than a false one.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from mypy_extensions import mypyc_attr

from claimgraph.graph import ids
from claimgraph.graph.model import (
    INCIDENT_KINDS,
    INCIDENT_MERGE_SPAN,
    Batch,
    Counts,
    Figure,
    Incident,
    Metric,
    Qualifier,
    Reports,
)
from claimgraph.graph.store import IncidentWindow
from claimgraph.ingest.aliases import AliasTable, name_key
from claimgraph.ingest.cues import PLATFORMS, REVISING_VERBS
from claimgraph.ingest.dates import find_dates
from claimgraph.ingest.figures import (
    CONDITIONS,
    FALLING,
    NO_BLOW,
    PEOPLE,
    RISING,
    SHOT_FIRE,
    TAKEN_FORMS,
    WEATHER_HARMS,
    one_named_before,
    victim_class,
)
from claimgraph.ingest.names import GROUP_HEADS
from claimgraph.ingest.spans import Span

INCIDENT_METRICS: Final = frozenset((Metric.KILLED, Metric.INJURED, Metric.MISSING, Metric.DISPLACED,
                              Metric.ARRESTED, Metric.ATTACKS, Metric.STRIKES, Metric.CASES))
"""Metrics that count what happened in one event (troops and attendance do not)."""

DAY_SLACK: Final = dt.timedelta(days=1)
"""Two days of one event: the same day, or the next (reports straddle midnight and time zones)."""
REPORT_LAG: Final = dt.timedelta(days=3)
"""An undated event happened at most this long before the article reporting it."""

# Event nouns -> the kind they name. Kinds of one family may be one event told two ways.
_KINDS: Final[dict[str, str]] = {
    **dict.fromkeys("strike strikes airstrike airstrikes air-strike air-strikes drone drones".split(), "strike"),
    **dict.fromkeys("raid raids".split(), "raid"),
    **dict.fromkeys("shelling barrage bombardment".split(), "shelling"),
    **dict.fromkeys("attack attacks assault assaults ambush ambushes".split(), "attack"),
    **dict.fromkeys("bombing bombings blast blasts explosion explosions bomb bombs bomber bombers car-bomb "
                    "car-bombs".split(), "bombing"),
    **dict.fromkeys("shooting shootings gunfire gunman gunmen sniper".split(), "shooting"),
    **dict.fromkeys("massacre massacres killings".split(), "killing"),
    **dict.fromkeys("crash crashes collision collisions derailment".split(), "crash"),
    **dict.fromkeys("earthquake quake tsunami".split(), "earthquake"),
    **dict.fromkeys("flood floods flooding".split(), "flood"),
    **dict.fromkeys("fire fires blaze".split(), "fire"),
    **dict.fromkeys("stampede crush".split(), "stampede"),
    **dict.fromkeys("outbreak epidemic cholera".split(), "outbreak"),
    **dict.fromkeys("riot riots rioting".split(), "riot"),
    **dict.fromkeys("kidnapping abduction".split(), "kidnapping"),
}
assert set(_KINDS.values()) < set(INCIDENT_KINDS)
_FAMILIES: Final[dict[str, str]] = {"raid": "strike", "shelling": "strike", "bombing": "attack", "shooting": "attack",
                             "killing": "attack"}
# A raid is made from the air (a strike) or on the ground (gunmen's raid on a village is their attack on it):
# of both families.
_ALSO: Final[dict[str, str]] = {"raid": "attack"}
# A bare definite general noun for a violent event ("the attack", "this assault"): the event already
# reported, whatever its kind, unless words after it say which ("the attack on the market").
_GENERIC_BACK: Final = re.compile(r"\b(?:the|this|that)\s+(?:attack|assault|incident)\b"
                                  r"(?!\s+(?:on|in|at|near|against|by|of|last|earlier)\b)", re.IGNORECASE)
_CAMPAIGNS: Final = frozenset("campaign war conflict fighting clashes violence offensive hostilities crackdown "
                       "insurgency unrest operations".split())
# Weather and slides that last some days, whose toll "since Monday" is one event's: no campaign's.
_HAZARD: Final = re.compile(r"\b(?:(?:snow|rain|wind|hail|dust|sand|ice)?storms?|blizzards?|snow(?:fall)?|heavy\s+rains?"
                            r"|downpours?|heat\s*waves?|cold\s+(?:snap|spell|wave)s?|floods?|flooding|cyclones?"
                            r"|typhoons?|hurricanes?|(?:land|mud)slides?|wildfires?)\b", re.IGNORECASE)
_HAZARD_DAYS: Final = dt.timedelta(days=7)
# Campaigns that a day or a few days can hold, and the words that give them so few days.
_SHORT_CAMPAIGNS: Final = frozenset("clashes unrest crackdown violence fighting".split())
_FEW_DAYS: Final = re.compile(r"\b(?:two|three|four|five|\d)\s+days\s+of\b|\bweekend\b", re.IGNORECASE)
# "died in the unrest", "killed in the clashes": the outbreak the article reports, pointed back to.
_THE_OUTBREAK: Final = re.compile(r"\b(?:in|during)\s+the\s+(?:unrest|clashes)\b", re.IGNORECASE)
_PLURAL_EVENTS: Final = re.compile(r"\b(?:air\s+)?(?:strikes|airstrikes|raids|attacks|bombings|blasts|explosions|"
                            r"shootings|assaults)\b", re.IGNORECASE)
_TOTAL_MARKERS: Final = re.compile(
    r"\b(?:since|so\s+far|in\s+total|total\s+of|to\s+date|this\s+(?:year|month)|last\s+year|"
    r"over\s+the\s+(?:past|last)|in\s+recent\s+(?:weeks|months)|cumulative|overall|altogether|"
    r"campaign|war)\b", re.IGNORECASE)
# Blows spread over several places are several events, whatever the day: "attacks on polling stations and
# clashes across several states", "in raids in five districts", "across both countries", "nationwide".
_SEVERAL_PLACES: Final = re.compile(
    r"\b(?:across|in|throughout)\s+(?:the\s+|all\s+)?(?:several|many|multiple|various|dozens\s+of|both|two|three|four|"
    r"five|six|"
    r"seven|eight|nine|ten|\d+)\s+(?:states|provinces|districts|regions|counties|cities|towns|villages|"
    r"municipalities|governorates|countries)\b|\b(?:nationwide|across\s+the\s+country)\b", re.IGNORECASE)
# An event counted over many places: "tore across the northern islands", "across the region", "nationwide".
_ACROSS_PLACES: Final = re.compile(r"\bacross\s+(?:the\s+|all\s+)?(?:[a-z]+\s+)?(?:islands|provinces|states|regions|"
                                   r"districts|counties|region|country|nation)\b|\bnationwide\b", re.IGNORECASE)
# One place among the event's many: "the worst hit", "the provincial capital", "in Bantan province".
_ONE_PLACE_OF_MANY: Final = re.compile(r"\b(?:worst|hardest)[\s-]+(?:hit|affected)\b|\bprovincial\s+capital\b"
                                       r"|\bin\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:province|state|district|county|"
                                       r"region)\b")
_SEVERAL_COUNTRIES: Final = re.compile(
    r"\b(?:across|in|throughout)\s+(?:the\s+|all\s+)?(?:both|two|three|four|five|several)\s+countries\b", re.IGNORECASE)
# Deaths from hunger come day by day over a siege or a famine, not in one blow: "13 had died of malnutrition
# in the last three days", "hunger alone had killed dozens of children".
_STARVED: Final = re.compile(r"\b(?:of|from)\s+(?:hunger|malnutrition|starvation|thirst|famine)\b"
                             r"|\b(?:hunger|malnutrition|starvation|famine)\s+(?:alone\s+)?(?:has\s+|had\s+|have\s+)?"
                             r"(?:killed|claimed)\b|\bstarved\s+to\s+death\b", re.IGNORECASE)
_DAY_WORDS: Final = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"last\s+night|overnight)(?:'s|\u2019s)?\b", re.IGNORECASE)
# Nouns for an event of any kind: "two earlier sinkings", "a previous accident", "a second storm".
_ANY_EVENT: Final = r"accidents?|disasters?|incidents?|traged(?:y|ies)|sinkings?|(?:hail|snow|ice|rain|wind)?storms?"
# "A second storm on Sunday injured three": a count of the second event is none of the first's, and, when
# the two are one event told twice ("a second blast an hour later"), compared with nothing is the safe side.
_SEPARATE: Final = re.compile(
    r"\b(?:a\s+separate|another|earlier|previous|prior|a\s+later|an?\s+(?:second|third)|an?\s+(?:\w+\s+)?(?:week|month|year)s?\s+earlier|"
    r"last\s+(?:month|year)(?:'s|\u2019s))\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(_KINDS, key=len, reverse=True)) + "|" + _ANY_EVENT + r")\b", re.IGNORECASE)
_PLACE_AFTER: Final = re.compile(
    r"\b(?i:in|at|near|outside|on|through)\s+((?:[A-Z][\w'\u2019-]*|al-\w+|of|the|de|el)"
    r"(?:\s+(?:[A-Z][\w'\u2019-]*|al-\w+|of|de|el))*)")
_TRAILING_WORDS: Final = frozenset(("of", "the", "de", "el"))
_DEFINITE_EVENT: Final = re.compile(r"\b(?i:the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
                             + "|".join(sorted(_KINDS, key=len, reverse=True)) + r")\b(?!-)", re.IGNORECASE)
_SENTENCES: Final = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD: Final = re.compile(r"[\w'\u2019-]+")
_MONTHS: Final = ("january february march april may june july august september october november december").split()
_MONTH: Final = re.compile(r"\b(?:(?i:in|on|of|since|until|by|early|late|mid|last|this)[\s-]+)(?P<month>" +
                    "|".join(m.capitalize() for m in _MONTHS) + r")\b|\b(?P<dated>" +
                    "|".join(m.capitalize() for m in _MONTHS) + r")\s+\d{1,2}\b")
# A year, not a number that holds one ("2,023", "2023.5", "2023%"): "In 2023, ..." is a year.
_YEAR: Final = re.compile(r"(?<![\d,.$])\b(?P<year>(?:19|20)\d\d)\b(?![\d%]|[,.]\d)")
# A part of the toll: "two of the dead", "six died in hospital", "five (people) in critical condition",
# "34 bodies (recovered)": those found so far are as many as the dead or fewer; "62 wounded were being
# treated there (at the hospital)": one hospital's patients. So is a witness's
# "two of my neighbours", "three of her neighbours" (one person's own circle); "two of our fighters" is a side's own count, a rival to the other side's. A count
# "in Bhojpur district alone", "in the province alone": one place's share of a wider toll. So are one
# ward's or clinic's dead ("four children had died in her ward") and the dead of one harm of cold or heat
# ("three hypothermia deaths" of a storm whose toll also counts crashes), and those taken to one hospital or
# a few named by their number ("taken to the county hospital", "to four hospitals"; "taken to hospital" is
# how the hurt are counted, and stays the whole).
_PART_AFTER: Final = re.compile(
    r"\s+(?:of\s+(?:the|those|them|whom|my|his|her)\b|(?:[\w-]+\s+){0,4}?(?:died|dead|were\s+killed|killed)?\s*"
    r"(?:at|in)\s+(?:(?:the|a|two|three|four|several|local|nearby|my|his|her|its|their|our)\s+)?"
    r"(?:hospitals?|wards?|clinics?)\b"
    r"|(?:" + "|".join(sorted(WEATHER_HARMS)) + r")\s+(?:deaths|fatalities)\b"
    r"|(?:[\w-]+\s+){0,4}?(?:" + "|".join(sorted(TAKEN_FORMS)) + r")\s+to\s+(?:[\w-]+\s+){1,2}hospitals?\b"
    r"|(?:[\w-]+\s+){0,3}?in\s+(?:an?\s+)?(?:" + "|".join(CONDITIONS) + r")\s+condition\b"
    r"|(?:[\w-]+\s+)?bodies\b"
    r"|(?:[\w-]+\s+){0,4}?(?:were|was|are|is)\s+among\s+(?:the\s+)?(?:dead|killed|victims|injured|wounded)\b"
    r"|(?:[\w-]+\s+){0,4}?(?:treated|cared\s+for|admitted)\s+(?:there|at\s+(?:the|its|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:hospital|clinic|facility))\b"
    r"|(?:[\w-]+\s+){0,4}?admitted\s+with\b"  # "23 people had been admitted with frostbite": a ward's intake
    r"|(?:[\w-]+\s+){0,6}?(?:in|on|during)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}?alone\b)",
    re.IGNORECASE)
# "A district magistrate in Saran said five people had died there": a count "there" after its sentence
# named a place counts that place's dead, a part of a wider toll.
# "killing 18 of the 19 people on board", "12 of the 40 passengers": a toll out of all who were there, the
# whole toll (not "two of the 19 dead": a part of it).
_OF_ALL_ABOARD: Final = re.compile(r"\s+of\s+(?:the|those)\s+[\d,]+\s+(?!(?:dead|killed|victims|injured|wounded|"
                                   r"hurt|casualties|fatalities|deaths|bodies)\b)", re.IGNORECASE)
_THERE_AFTER: Final = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:died|dead|killed|injured|hurt|wounded)\s+there\b",
                                 re.IGNORECASE)
_IN_PLACE: Final = re.compile(r"\b(?i:in)\s+[A-Z][\w'\u2019-]+")
# "On Sunday alone, 30 died": one day's or one place's share of a larger toll, said before it.
_ALONE_BEFORE: Final = re.compile(r"\b(?:on|in|at|during)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}\s+alone\s*,",
                                  re.IGNORECASE)
# "recovered the bodies of nine people": those found so far, as "34 bodies" is; so are "found five
# victims dead inside", "found 12 people dead in the rubble".
_BODIES_BEFORE: Final = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_FOUND_BEFORE: Final = re.compile(r"\bfound\s+$", re.IGNORECASE)
_DEAD_AFTER: Final = re.compile(r"(?:\s+[\w-]+){0,2}?\s+dead\b", re.IGNORECASE)
_INCREMENT_AFTER: Final = re.compile(r"\s+(?:more|others?|additional|further)\b", re.IGNORECASE)
_INCLUDING_BEFORE: Final = re.compile(r"\b(?:including|included|includes?|among\s+them|of\s+whom)\s+$"
                                      r"|\bof\s+(?:the|those)\s+(?:dead|injured|wounded|victims|missing),\s+$",
                                      re.IGNORECASE)
# One hospital's, clinic's or ambulance service's intake ("we received 14 wounded", "treated 18 people",
# "was treating 47 wounded", "carried 19 wounded people to hospitals", a helicopter crew's "had flown five
# injured people to hospitals"): a part of the toll.
_INTAKE: Final = (r"\b(?:receiv(?:ed|ing)|admit(?:ted|ting)|treat(?:ed|ing)|(?:took|taking)\s+in"
                  r"|(?:brought|bringing)\s+in|carr(?:ied|ying)|ferr(?:ied|ying)|transport(?:ed|ing)"
                  r"|fl(?:ew|own|ying)|airlift(?:ed|ing))")
_INTAKE_BEFORE: Final = re.compile(_INTAKE + r"\s+$", re.IGNORECASE)
# The second count of one intake: "had received more than 180 wounded and 28 dead".
_INTAKE_CONJUNCT: Final = re.compile(_INTAKE + r"\s+(?:[\w,-]+\s+){1,5}?and\s+$", re.IGNORECASE)
_INTAKE_CONJUNCT_REACH: Final = 60
# The second share of one toll: "Eleven of the wounded were pupils and three were teachers" (a class, not a
# verb that counts the three anew: "two of the dead were soldiers and 12 were wounded" is a toll of its own).
_SHARE_CONJUNCT: Final = re.compile(r"\bof\s+(?:the|those)\s+[\w-]+\s+(?:were|was)\s+[\w-]+,?\s+and\s+$",
                                    re.IGNORECASE)
_SHARE_CONJUNCT_AFTER: Final = re.compile(r"\s+(?:were|was)\s+(?!(?:also\s+)?(?:killed|wounded|injured|hurt|dead|missing"
                                          r"|unaccounted|hospitali[sz]ed)\b)[a-z]", re.IGNORECASE)
_INCREMENT_BEFORE: Final = re.compile(r"\b(?:another|a\s+further|an\s+additional|(?:and|with)\s+\w+\s+more)\s*$",
                               re.IGNORECASE)
# "Last year, 52 people died in rail accidents", "two years ago": a year before the article's, the dated
# article's year less the count.
_YEARS_BACK: Final = re.compile(r"\blast\s+year\b|\b(?P<count>a|one|two|three|four|five)\s+years?\s+ago\b",
                                re.IGNORECASE)
_YEARS_BACK_COUNTS: Final = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# "Heavy rain last month left 47 dead", "three months ago": a month before the dated article's.
_MONTHS_BACK: Final = re.compile(r"\blast\s+month\b|\b(?P<count>a|one|two|three|four|five)\s+months?\s+ago\b",
                                 re.IGNORECASE)
_PAST: Final = re.compile(r"\blast\s+(?:year|month|" + "|".join(m.capitalize() for m in _MONTHS) + r")\b|"
                   r"\b(?:a|one|two|three)\s+(?:years?|months?)\s+ago\b", re.IGNORECASE)
# A count its sentence says was given before or overtaken: "An earlier count by the navy put the dead at
# 29", "Police earlier put the toll at 29", "the mayor had said 20" (not "said it had counted 47": a count
# made before the statement, given now), "it was initially reported that 12 had died", "first reports put
# the toll at 9", "a preliminary count". A later count by anyone may have replaced it, so it is compared
# with nothing; a count said to be newer after the marker ("now", "later", "latest") or another number
# between them is not. Not "had earlier confirmed": a source's earlier word stands until another replaces it.
_EARLIER_COUNT: Final = re.compile(
    r"\b(?:(?:earlier|initial|previous|original|early|earliest|first|preliminary)\s+(?:[\w-]+\s+)?"
    r"(?:count|toll|tally|figure|estimate|report)s?"
    r"|(?:earlier|previously|initially|originally|at\s+first)\s+(?:put|gave|given|said|reported|counted|announced"
    r"|estimated|set)|at\s+first|^earlier(?=,)"
    r"|(?:said|reported|announced)\s+earlier"
    r"|had\s+(?:said|put|given)"
    r"|(?:a|one|two)\s+days?\s+earlier|the\s+(?:day|night)\s+before|the\s+previous\s+day)\b"
    r"(?![^.!?\n\d]*\b(?:now|later|latest|new|current|updated|revised)\b)[^.!?\n\d]*$", re.IGNORECASE)
_NAMED_STORM: Final = re.compile(r"\b(?P<storm>Typhoon|Hurricane|Cyclone|Tropical\s+Storm|Storm)\s+[A-Z][a-z]+")
# Events that run for weeks, whose counts run "since" the month they began.
_RUNNING_KINDS: Final = frozenset(("outbreak",))
_SINCE: Final = re.compile(r"\bsince\s+(?:(?:early|mid|late|the\s+(?:start|end|beginning)\s+of)[\s-]+)?$", re.IGNORECASE)
_SINCE_REACH: Final = 30
_BY_DAY: Final = re.compile(r"\b(?:by|as\s+of)\s+$", re.IGNORECASE)
# The day a source said its count on: "said on Tuesday", "told reporters Tuesday", "announced late on Monday".
_SAID_ON: Final = re.compile(r"\b(?:said|says|reported|announced|added|confirmed|told\s+\w+"
                             r"|(?:gave|put|issued|published)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?"
                             r"(?:count|toll|figure|tally|estimate))\s+"
                             r"(?:on\s+|late\s+(?:on\s+)?)?$", re.IGNORECASE)
_SAID_ON_REACH: Final = 40
# "by Tuesday evening", "as of Sunday night": the day's end, after any count of the same day.
# What is left on a day is the count as of that day: "31 fishermen were still missing on Thursday".
_LEFT_ON: Final = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:(?:are|were|is|was)\s+)?(?:still|remain(?:s|ed)?)\s+"
                             r"(?:missing|trapped|unaccounted\s+for)\s+on\s+$", re.IGNORECASE)
_LATE_IN_DAY: Final = re.compile(r"\s+(?:evening|night)\b", re.IGNORECASE)
_SENTENCE_START: Final = re.compile(r".*(?:[.!?]\s|\n)", re.DOTALL)
_EARLIER_REACH: Final = 300
PART: Final = "part"
INCREMENT: Final = "increment"
EARLIER: Final = "earlier"
# A count a later running toll went past ("four were killed" ... "the toll rose to six"): compared only
# with other counts so overtaken, the rivals of its time.
OVERTAKEN: Final = "overtaken"
# A running toll the text says went up to the count after it: "the toll rose to", "bringing the toll to",
# "raised the toll from the strike to", "later raised the toll to", "raised the weekend's toll to".
_RISEN_TO: Final = re.compile(rf"\b(?:{RISING}\s+to|(?:had|has)\s+reached"
                              rf"|(?:{'|'.join(sorted(REVISING_VERBS))})\s+(?:the|its)\s+(?:[\w'’-]+\s+){{0,2}}?"
                              r"(?:toll|total|number|count|tally)(?:\s+[\w'-]+){0,5}?\s+to"
                              r"|now\s+(?:stands?\s+at|is|are|numbers?)|later\s+put\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,2}(?:toll|total|number)\s+at"
                              r"|bring(?:ing|s)?\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,2}(?:toll|total|number)(?:\s+of\s+(?:the\s+)?\w+)?\s+to)"
                              r"\s+(?:(?:at\s+least|more\s+than|over|some|about)\s+)?$", re.IGNORECASE)
_RISEN_REACH: Final = 60
_NUMBER_MOVED_TO: Final = re.compile(r"\b(?:number|toll|total|count)\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?"
                                     r"(?:killed|dead|wounded|injured|hurt|missing)\s+to\s+$", re.IGNORECASE)
# A count the text says went down to the count after it, as the missing do when people are found: "the
# number of missing had dropped to nine".
_FALLEN_TO: Final = re.compile(rf"\b{FALLING}\s+to\s+(?:(?:about|some|around)\s+)?$", re.IGNORECASE)
# A source's newest count, every figure of its clause: "the emergency service now says five died and 14 were hurt"
# (the figures after "now says" in its sentence, as "rose to" marks the one after it).
_NOW_SAYS: Final = re.compile(r"\bnow\s+(?:says?|said|puts?|reports?)\b", re.IGNORECASE)
# A count of the missing that says it is what is left: "seven miners were still trapped", "13 remain missing",
# "eight people still unaccounted for", "put the number still missing at 190".
_REMAINDER_AFTER: Final = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:(?:are|were|is|was|have|had)\s+(?:been\s+)?)?"
                                     r"(?:still|remain(?:s|ed|ing)?)\b", re.IGNORECASE)
_REMAINDER_BEFORE: Final = re.compile(r"\b(?:still|remain(?:s|ed|ing)?)\s+(?:missing|trapped|unaccounted\s+for|held)"
                                      r"\s+(?:(?:at|to|was|is|stood\s+at)\s+)?$", re.IGNORECASE)
_REMAINDER_REACH: Final = 40
# Shares compared with no other count: an increment adds to a toll, an earlier count was overtaken.
UNCOMPARED: Final = frozenset({INCREMENT, EARLIER})
_LEAD_CHARS: Final = 600
# A paragraph of a digest that a place and a colon open ("Brazil: Floods in the south ...").
_SECTION_LABEL: Final = re.compile(r"(?m)^(?P<label>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}): (?P<rest>[A-Z0-9].*)")
# A heading over a paragraph: a short line with no closing stop, a blank line before and after it.
_HEADING: Final = re.compile(r"(?<=\n\n)(?P<heading>[A-Z][^\n.!?:;,]*[^\n.!?:;,\s])\n\n(?=[A-Z\"“'‘])")
_BARE_WORDS: Final = 8
_UNKNOWN_KIND: Final = INCIDENT_KINDS[-1]


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class FigureAt:
    """A stated figure and what incident resolution reads around it."""

    figure: Figure
    span: Span
    sentence: Span
    headline: bool = False


@dataclass(slots=True)
class _Draft:
    kind: str
    place: str | None
    day: dt.date | None
    window: tuple[dt.date | None, dt.date | None] | None
    """Set when the text gives the time another way than a day; None: from the day or the article."""
    separate: int | None = None
    members: list[tuple[FigureAt, str]] = field(default_factory=list)


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class ArticleIncidents:
    """An article's incidents (ids local to the article until :func:`resolve`) and what they count."""

    incidents: tuple[Incident, ...] = ()
    counts: tuple[Counts, ...] = ()
    reports: tuple[Reports, ...] = ()

    def incident_of(self) -> dict[str, str]:
        """Figure id -> incident id."""
        return {c.figure_id: c.incident_id for c in self.counts}


# --- within one article ----------------------------------------------------------------

def article_incidents(text: str, article_id: str, title: str | None, dateline: str | None,
                      published: dt.date | None, figures: Sequence[FigureAt], aliases: AliasTable) -> ArticleIncidents:
    """The incidents the article's figures count (see the module docstring). Pure."""
    counted = [f for f in figures if counts_one_incident(text, f, published)]
    if not counted:
        return ArticleIncidents()
    sections = _digest_sections(text, aliases)
    starts = [section.start for section in sections]
    if len({bisect.bisect_right(starts, f.span.start) for f in counted} - {0}) < 2:
        whole = _drafts(text, 0, len(text), title, dateline, published, counted, aliases)
        return _finish(text, article_id, published, [d for d in whole if d.members], aliases)
    # A digest of several stories: each section reports its own event, so each is read as an article of
    # its own, its heading (or its label's first sentence) the headline and its label the dateline.
    drafts: list[_Draft] = []
    for k, section in enumerate([_Section(0, None, title), *sections]):
        end = starts[k] if k < len(starts) else len(text)
        members = [f for f in counted if section.start <= f.span.start < end]
        if not members:
            continue
        for d in _drafts(text, section.start, end, section.headline, section.label or dateline, published,
                         members, aliases):
            if d.separate is None:
                d.separate = section.start or None  # one section's event is not another's of its kind and day
            if d.members:
                drafts.append(d)
    return _finish(text, article_id, published, drafts, aliases)


@dataclass(frozen=True, slots=True)
class _Section:
    start: int
    label: str | None
    headline: str | None


def _digest_sections(text: str, aliases: AliasTable) -> list[_Section]:
    """The sections of a digest of several stories: paragraphs a place and a colon open ("Brazil: Floods
    in ..."), when two or more do; else headings over paragraphs ("Bus crash in Peru"), when two or more
    name events of different kinds (subheadings of one story name no other event)."""
    labelled = [_Section(m.start(), m.group("label"), re.split(r"(?<=[.!?])\s", m.group("rest"), maxsplit=1)[0])
                for m in _SECTION_LABEL.finditer(text) if aliases.place(m.group("label")) is not None]
    if len(labelled) >= 2:
        return labelled
    headed = [_Section(m.start(), None, m.group("heading")) for m in _HEADING.finditer(text) if m.start() > 0]
    kinds = {_FAMILIES.get(k, k) for section in headed if (k := _kind_in(section.headline or "")) is not None}
    return headed if len(kinds) >= 2 else []


def _drafts(text: str, start: int, end: int, title: str | None, dateline: str | None, published: dt.date | None,
            counted: Sequence[FigureAt], aliases: AliasTable) -> list[_Draft]:
    """The incidents of the figures of ``text[start:end]``, its main one first (which may count none)."""
    lead = text[start:min(end, start + _LEAD_CHARS)]
    kind = _kind_in(title or "") or _kind_in(lead) or next(
        (k for f in counted if (k := _kind_of(f.figure)) is not None), _UNKNOWN_KIND)
    headline = title or lead.split("\n", 1)[0]
    body = text[start + len(headline):end]
    main_place = _specific(_headline_place(headline, body, aliases), aliases) \
        or _specific(dateline, aliases)
    days = sorted(f.figure.incident_date for f in counted
                  if f.figure.incident_date is not None and _same_family(_kind_of(f.figure) or kind, kind))
    places = sorted({p for f in counted if (p := _specific(f.figure.place, aliases)) is not None
                     and (main_place is None or not _one_site(p, main_place, aliases))}, key=len, reverse=True)
    if main_place is None and len(places) == 1:
        # The one specific place the figures name is where the reported event happened.
        main_place, places = places[0], []
    if main_place is None and not places:
        main_place = _event_place(body, kind, aliases)
    main = _Draft(kind, main_place, days[0] if days else None, None)
    drafts = [main]
    replaced_by = {f.figure.replaces: f for f in counted if f.figure.replaces}
    placed: dict[str, _Draft] = {}
    for f in sorted(counted, key=lambda f: f.figure.id in replaced_by):
        if f.figure.id in replaced_by and replaced_by[f.figure.id].figure.id in placed:
            # The older value stated beside the new one counts the same event.
            draft = placed[replaced_by[f.figure.id].figure.id]
            draft.members.append((f, "the older value the same words revise"))
            placed[f.figure.id] = draft
            continue
        draft, reason = _place_figure(text, f, main, drafts, aliases, published, places,
                                      [g.span.start for g in counted])
        draft.members.append((f, reason))
        placed[f.figure.id] = draft
    return drafts


def counts_one_incident(text: str, f: FigureAt, published: dt.date | None = None) -> bool:
    """Whether the figure counts one event (not a total over a campaign, not hypothetical, not troops)."""
    fig = f.figure
    if fig.hypothetical or fig.metric not in INCIDENT_METRICS:
        return False
    if _STARVED.search(text, f.sentence.start, f.sentence.end):
        return False
    if not fig.aggregate:
        # "40 militants were killed across both countries": a sum over states, each with its own toll
        return _SEVERAL_COUNTRIES.search(text, f.sentence.start, f.sentence.end) is None
    if fig.period_start is not None and fig.period_end is None and fig.incident_agent is None and published \
            and published - fig.period_start <= _HAZARD_DAYS and _HAZARD.search(text, f.sentence.start, f.sentence.end):
        return True  # "the snowstorm has killed nine people since Monday": one storm's running toll
    # "since October 17" opens a period: a total; "last week's strikes" closes one: an event's days.
    if (fig.period_start is not None and fig.period_end is None) or fig.metric in (Metric.ATTACKS, Metric.STRIKES):
        return False
    sentence = text[f.sentence.start:f.sentence.end]
    if fig.incident_agent in _SHORT_CAMPAIGNS and not _TOTAL_MARKERS.search(sentence) \
            and (_DAY_WORDS.search(sentence) or _FEW_DAYS.search(sentence) or _THE_OUTBREAK.search(sentence)):
        return True  # "killed 40 in two days of unrest", "Friday's clashes": one outbreak, its tolls compared
    if fig.incident_agent is None or fig.incident_agent in _CAMPAIGNS:
        return False
    if _TOTAL_MARKERS.search(sentence) or _SEVERAL_PLACES.search(sentence):
        return False
    # "killed in Thursday's air strikes", "the Qasr Badr strikes": one event made of several blows.
    return f.headline or fig.incident_date is not None or fig.place is not None or _anchored(sentence)


def _anchored(sentence: str) -> bool:
    """Plural blows tied to one day or one place: "Tuesday's air strikes", "the Qasr Badr strikes",
    "the strikes near Qasr Badr"."""
    for m in _PLURAL_EVENTS.finditer(sentence):
        before = sentence[max(0, m.start() - 40):m.start()]
        if _DAY_WORDS.search(before) or re.search(r"[A-Z][\w-]+\s+(?:air\s+)?$", before) \
                or re.match(r"\s+(?:near|in|at|on|outside)\s+[A-Z]", sentence[m.end():]):
            return True
    return False


def _place_figure(text: str, f: FigureAt, main: _Draft, drafts: list[_Draft], aliases: AliasTable,
                  published: dt.date | None, places: Sequence[str], figure_starts: Sequence[int],
                  ) -> tuple[_Draft, str]:
    fig = f.figure
    kind = _kind_of(fig)
    sentence = text[f.sentence.start:f.sentence.end]
    if kind is not None and not _same_family(kind, main.kind) and _GENERIC_BACK.search(sentence):
        kind = None  # "called the attack an aggression": the event the article reports, by a general noun
    place = _specific(fig.place, aliases) or next(
        (p for p in places if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", sentence)), None)
    if kind is None and place is None and fig.incident_date is None and _bare(sentence):
        # "At least seven were killed." goes on from the sentence before it (when that one
        # states no figure of its own): its event and place.
        start = _sentence_before(text, f.sentence.start)
        if not any(start <= at < f.sentence.start for at in figure_starts):
            before = text[start:f.sentence.start]
            kind = _kind_in(before)
            place = _specific(_place_in(before), aliases)
            sentence = before + sentence
    if place is None and fig.incident_date is None and (told := _told_before(text, f.sentence, drafts)) is not None:
        kind, place = told.kind, told.place
    if place is None and kind is not None and not _same_family(kind, main.kind):
        # Another kind of event than the reported one: where its sentence says it happened.
        place = _specific_place_in(text[f.sentence.start:f.sentence.end], aliases)
    separate = _SEPARATE.search(sentence) or _new_storm(text, f.sentence)
    other_time = _other_time(sentence, fig.incident_date, main.day, published, main.kind in _RUNNING_KINDS) \
        if separate is None else None
    if other_time is not None:
        separate = other_time[0]
    if separate is None and not f.headline and _joins(main, kind, place, fig.incident_date, aliases):
        return main, _main_reason(kind, main)
    if f.headline and separate is None:
        return main, "stated in the headline, about the event the article reports"
    own_kind = kind or main.kind
    marker = f.sentence.start if separate is not None else None
    for d in drafts[1:]:
        if d.separate == marker and d.kind == own_kind and d.place == place and d.day == fig.incident_date:
            return d, _own_reason(own_kind, place, fig.incident_date, separate)
    # Set apart by words alone, its time is unknown: no window, so no other report joins it.
    window = other_time[1] if other_time else (None, None) if separate is not None else None
    draft = _Draft(own_kind, place, fig.incident_date, window, marker)
    drafts.append(draft)
    return draft, _own_reason(own_kind, place, fig.incident_date, separate)


def _told_before(text: str, sentence: Span, drafts: Sequence[_Draft]) -> _Draft | None:
    """"A community leader said the gunmen attack had left 11 people dead" right after the sentence that
    told of gunmen raiding a village in Kaduna: the event "the" points back to, of its family, is the one
    the sentence before placed, not the article's main one."""
    nouns = [_KINDS[m.group("noun").casefold()] for m in _DEFINITE_EVENT.finditer(text, sentence.start, sentence.end)]
    if not nouns:
        return None
    before = text[_sentence_before(text, sentence.start):sentence.start]
    return next((d for d in drafts[1:] if d.place is not None and d.separate is None
                 and re.search(rf"(?<!\w){re.escape(d.place)}(?!\w)", before)
                 and any(_same_family(noun, d.kind) for noun in nouns)), None)


def _new_storm(text: str, sentence: Span) -> re.Match[str] | None:
    """A named storm the text had not spoken of before the sentence ("weakened by floodwaters from Typhoon
    Yagi, which killed 233 people" in a report of a bridge collapse): another event than the reported one."""
    m = _NAMED_STORM.search(text, sentence.start, sentence.end)
    if m is None or re.search(rf"\b{m.group('storm')}\b", text[:sentence.start], re.IGNORECASE):
        return None
    return m


def _bare(sentence: str) -> bool:
    """A short sentence that names no event: it goes on from the one before."""
    return len(sentence.split()) <= _BARE_WORDS and _kind_in(sentence) is None


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before ``start`` begins, in its paragraph (``start`` at a paragraph's start)."""
    head = text[:start].rstrip()
    paragraph = head.rfind("\n") + 1
    if paragraph >= len(head):
        return start
    cut = max(head.rfind(". ", paragraph, len(head) - 1), head.rfind("? ", paragraph), head.rfind("! ", paragraph))
    return cut + 2 if cut >= 0 else paragraph


def _other_time(sentence: str, day: dt.date | None, main_day: dt.date | None, published: dt.date | None,
                running: bool = False) -> tuple[re.Match[str], tuple[dt.date | None, dt.date | None]] | None:
    """A month or year the sentence names that the event the article reports cannot fall in, and its days
    (none when the article is undated and the words still say "last November", "last year"). When the
    reported event is one that runs for weeks (``running``: an outbreak), a month it runs "since" is its
    start ("has sickened more than 1,200 since late August"), not another time."""
    if day is not None:
        return None
    if published is None:
        past = _PAST.search(sentence)
        return (past, (None, None)) if past else None
    start, end = (main_day - DAY_SLACK, main_day + DAY_SLACK) if main_day else (published - REPORT_LAG, published)
    for m in _MONTH.finditer(sentence):
        if running and _SINCE.search(sentence, max(0, m.start() - _SINCE_REACH), m.start()):
            continue
        month = _MONTHS.index((m.group("month") or m.group("dated")).casefold()) + 1
        year = published.year if month <= published.month else published.year - 1
        first = dt.date(year, month, 1)
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        if last < start or first > end:
            return m, (first, last)
    for m in _YEAR.finditer(sentence):
        year = int(m.group("year"))
        if year not in (start.year, end.year):
            return m, (dt.date(year, 1, 1), dt.date(year, 12, 31))
    for m in _MONTHS_BACK.finditer(sentence):
        back = published.year * 12 + published.month - 1 - _YEARS_BACK_COUNTS.get((m.group("count") or "one").casefold(), 1)
        first = dt.date(back // 12, back % 12 + 1, 1)
        last = dt.date(back // 12 + (back % 12 + 1) // 12, (back % 12 + 1) % 12 + 1, 1) - dt.timedelta(days=1)
        if last < start or first > end:
            return m, (first, last)
    for m in _YEARS_BACK.finditer(sentence):
        year = published.year - _YEARS_BACK_COUNTS.get((m.group("count") or "one").casefold(), 1)
        if year not in (start.year, end.year):
            return m, (dt.date(year, 1, 1), dt.date(year, 12, 31))
    return None


def share(text: str, span: Span) -> str | None:
    """Whether the figure counts a part of the toll, an increment to it or a count given earlier, from
    the words around it."""
    after = text[span.end:span.end + 60]
    if (_INCREMENT_AFTER.match(after) and not one_named_before(text, span)) \
            or _INCREMENT_BEFORE.search(text[max(0, span.start - 30):span.start]):
        return INCREMENT
    head = text[max(0, span.start - _EARLIER_REACH):span.start]
    opening = _SENTENCE_START.match(head)
    clause = head[opening.end() if opening else 0:]  # the figure's sentence up to it
    if _EARLIER_COUNT.search(clause):
        return EARLIER
    before = text[max(0, span.start - 20):span.start]
    if (_PART_AFTER.match(after) and not _OF_ALL_ABOARD.match(after)) or _INCLUDING_BEFORE.search(before) \
            or _INTAKE_BEFORE.search(before) \
            or _BODIES_BEFORE.search(before) or (_FOUND_BEFORE.search(before) and _DEAD_AFTER.match(after)) \
            or _INTAKE_CONJUNCT.search(text, max(0, span.start - _INTAKE_CONJUNCT_REACH), span.start) \
            or (_SHARE_CONJUNCT.search(text, max(0, span.start - _INTAKE_CONJUNCT_REACH), span.start)
                and _SHARE_CONJUNCT_AFTER.match(after)):
        return PART
    if (_THERE_AFTER.match(after) and _IN_PLACE.search(clause)) or _ALONE_BEFORE.search(clause):
        return PART
    return None


def _joins(main: _Draft, kind: str | None, place: str | None, day: dt.date | None, aliases: AliasTable) -> bool:
    if kind is not None and not _same_family(kind, main.kind):
        return False
    # With no place of its own, the main event is none of several places the figures name.
    if place is not None and (main.place is None or not _one_site(place, main.place, aliases)):
        return False
    return day is None or main.day is None or abs(day - main.day) <= DAY_SLACK


def _main_reason(kind: str | None, main: _Draft) -> str:
    if kind is None:
        return f"no other event named: the {main.kind} the article reports"
    return f"{kind}: the {main.kind} the article reports"


def _own_reason(kind: str, place: str | None, day: dt.date | None, separate: re.Match[str] | None) -> str:
    if separate is not None:
        return f"the text sets it apart: {separate.group(0)!r}"
    parts = [kind] + ([place] if place else []) + ([day.isoformat()] if day else [])
    return "another event than the article's main one: " + ", ".join(parts)


def _finish(text: str, article_id: str, published: dt.date | None, drafts: list[_Draft],
            aliases: AliasTable) -> ArticleIncidents:
    incidents: list[Incident] = []
    counts: list[Counts] = []
    for d in drafts:
        day = d.day.isoformat() if d.day else None
        incident_id = ids.incident_id(article_id, d.kind, d.place, f"{day}#{d.separate}" if d.separate else day)
        start, end = d.window if d.window is not None else _window(d.day, published)
        incidents.append(Incident(id=incident_id, kind=d.kind, label=_label(d.kind, d.place, d.day, start, end),
                                  place=d.place, places=aliases.site_keys(d.place) if d.place else (),
                                  date=d.day, window_start=start, window_end=end))
        earlier = (_remainders(text, d.members) | _running_days(text, d.members, published) | _overtaken(text, d.members)
                   | _replaced_counts(d.members) | _added_to(text, d.members))
        place_parts = _place_parts(text, d.members, aliases)
        counts.extend(Counts(f.figure.id, incident_id, article_id, f.span.start, f.span.end, reason,
                             share(text, f.span) or place_parts.get(f.figure.id) or earlier.get(f.figure.id))
                      for f, reason in d.members)
    reports = tuple(Reports(article_id, i.id) for i in incidents)
    return ArticleIncidents(tuple(incidents), tuple(counts), reports)


def _place_parts(text: str, members: Sequence[tuple[FigureAt, str]], aliases: AliasTable) -> dict[str, str]:
    """Figure id -> "part" for a count whose sentence names one country, in an article that says its event
    struck several ("killing 50 in Turkey and 30 in Syria, officials in both countries said" ... "Syria's
    health ministry said 31 had died"): one country's toll, no rival of another country's; and for a count
    of one place, in an article that counts its event across many ("killing 21 across the northern islands"
    ... "In Bantan province, the worst hit, the governor said 12 had died"): that place's share."""
    parts: dict[str, str] = {}
    if _SEVERAL_COUNTRIES.search(text) is not None:
        for f, _ in members:
            countries = {place.name for where, place in aliases.find_places(text, f.sentence.start, f.sentence.end)
                         if aliases.locality(where.text) is None}
            if len(countries) == 1:
                parts[f.figure.id] = PART
    if _ACROSS_PLACES.search(text) is not None:
        for f, _ in members:
            if _ACROSS_PLACES.search(text, f.sentence.start, f.sentence.end) is None \
                    and _ONE_PLACE_OF_MANY.search(text, f.sentence.start, f.sentence.end) is not None:
                parts[f.figure.id] = PART
    return parts


def _running_days(text: str, members: Sequence[tuple[FigureAt, str]], published: dt.date | None) -> dict[str, str]:
    """Figure id -> "earlier" for a count made before a running toll given "by" a later time of the incident
    ("By Saturday, the institute had reported 21 dead" beside "rose to 52 by Sunday"; "13 remain missing, the
    committee said on Tuesday" beside "eight still unaccounted for by Tuesday evening"): the later count updates
    it, whoever gave either, so they are no rivals. A count whose sentence gives no "by" is dated by the day
    its source said it on, when the sentence says so. A part ("19 bodies had been recovered by Tuesday
    morning") updates no toll."""
    by = {f.figure.id: when for f, _ in members if (when := _counted_by(text, f, published)) is not None}
    latest: dict[Metric, tuple[dt.date, bool]] = {}
    for f, _ in members:
        if f.figure.id in by and share(text, f.span) is None:
            latest[f.figure.metric] = max(latest.get(f.figure.metric, by[f.figure.id]), by[f.figure.id])
    made = {f.figure.id: when for f, _ in members if f.figure.metric in latest
            if (when := by.get(f.figure.id) or _said_on(text, f, published)) is not None}
    return {f.figure.id: EARLIER for f, _ in members
            if f.figure.id in made and made[f.figure.id] < latest[f.figure.metric]}


def _replaced_counts(members: Sequence[tuple[FigureAt, str]]) -> dict[str, str]:
    """Figure id -> "earlier" for another source's count of the value a revision replaced ("lowered the
    toll to 32, from 40" beside a minister's 40 the day before): the count the revision corrected, no
    rival of the corrected one."""
    by_id = {f.figure.id: f.figure for f, _ in members}
    replaced = {(old.metric, old.value) for f, _ in members if f.figure.replaces
                if (old := by_id.get(f.figure.replaces)) is not None and old.value is not None}
    replacing = {f.figure.id for f, _ in members if f.figure.replaces}
    return {f.figure.id: EARLIER for f, _ in members
            if f.figure.id not in replacing and f.figure.qualifier is Qualifier.EXACT
            and (f.figure.metric, f.figure.value) in replaced}


def _overtaken(text: str, members: Sequence[tuple[FigureAt, str]]) -> dict[str, str]:
    """Figure id -> "overtaken" for a count stated before a running toll the text says rose to a higher
    value ("four people were killed" ... "the toll rose to six", "bringing the toll to 43"), or fell to a
    lower one ("13 hikers were unaccounted for" ... "the number of missing had dropped to nine"): the later
    count updates it, whoever gave either, so they are no rivals; two counts it overtook still are."""
    risen = [f for f, _ in members if f.figure.value is not None
             and (_RISEN_TO.search(text, max(0, f.span.start - _RISEN_REACH), f.span.start)
                  or _NOW_SAYS.search(text, f.sentence.start, f.span.start))]
    fallen = [f for f, _ in members if f.figure.value is not None
              and _FALLEN_TO.search(text, max(0, f.span.start - _RISEN_REACH), f.span.start)]
    # "the number of dead had risen to 21, with 16 still missing": a count of another kind the update gives
    # after its risen toll is as current, up or down from the one before it
    along = [f for f, _ in members if f.figure.value is not None and f not in risen and f not in fallen
             and (any(r.sentence == f.sentence and r.span.end <= f.span.start and r.figure.metric is not f.figure.metric
                      for r in risen)
                  # "bringing the number of officers killed to one and the number wounded to four": the number
                  # a toll's word names, moved to a value, whichever way it went
                  or _NUMBER_MOVED_TO.search(text, max(0, f.span.start - _RISEN_REACH), f.span.start))]
    # A running count that a later one went past too is an earlier step of the same toll, no rival of the
    # counts it went past itself ("now says 14 were hurt" after six, before "had reached 19").
    return {f.figure.id: EARLIER if f in risen or f in fallen or f in along else OVERTAKEN for f, _ in members
            if f.figure.value != 0  # a denial is no running count
            if any(r.figure.metric is f.figure.metric and f.span.end <= r.sentence.start
                   and victim_class(f.figure) in (PEOPLE, victim_class(r.figure))  # "22 civilians": a class of its own
                   and (f.figure.high if f.figure.high is not None else f.figure.value or 0) < (r.figure.value or 0)
                   for r in risen)
            # what a whole count fell to is less than any class it held before ("13 hikers" ... "nine")
            or any(r.figure.metric is f.figure.metric and f.span.end <= r.sentence.start
                   and victim_class(r.figure) in (PEOPLE, victim_class(f.figure))
                   and (f.figure.value or 0) > (r.figure.value or 0) for r in fallen)
            or any(a.figure.metric is f.figure.metric and f.span.end <= a.sentence.start
                   and victim_class(a.figure) in (PEOPLE, victim_class(f.figure)) for a in along)}


def _added_to(text: str, members: Sequence[tuple[FigureAt, str]]) -> dict[str, str]:
    """Figure id -> "earlier" for a count its own sentence adds to after it ("five men were beaten to death on
    Sunday and two more died of their wounds on Monday"): the toll before the rest died, so no rival of a count
    of all the dead."""
    added = [f for f, _ in members if share(text, f.span) == INCREMENT]
    return {f.figure.id: EARLIER for f, _ in members
            if any(a.figure.metric is f.figure.metric and a.sentence == f.sentence and f.span.end <= a.span.start
                   for a in added)}


def _remainders(text: str, members: Sequence[tuple[FigureAt, str]]) -> dict[str, str]:
    """Figure id -> "overtaken" for a count of the missing its words do not say are still missing ("trapping
    11 others", "11 miners are trapped") when another count of the incident's missing does ("seven miners
    were still trapped on Tuesday", "8 remain missing"): what is left after some were found, so no rival of
    the count of all who went missing, whoever gave either; two counts of what is left still are."""
    missing = [f for f, _ in members if f.figure.metric is Metric.MISSING]
    left = [f for f in missing if _REMAINDER_AFTER.match(text, f.span.end)
            or _REMAINDER_BEFORE.search(text, max(0, f.span.start - _REMAINDER_REACH), f.span.start)]
    ids_left = {f.figure.id for f in left}
    return {f.figure.id: OVERTAKEN for f in missing if f.figure.id not in ids_left
            if any(victim_class(f.figure) in (PEOPLE, victim_class(r.figure)) for r in left)}


def _counted_by(text: str, f: FigureAt, published: dt.date | None) -> tuple[dt.date, bool] | None:
    """The time a count was made "by" ("by Saturday", "as of Sunday", "by Tuesday evening": a day and whether
    its end), the nearest such day in its sentence."""
    if published is None:
        return None
    days = [(abs(d.span.start - f.span.start), d.date, _LATE_IN_DAY.match(text, d.span.end) is not None)
            for d in find_dates(text, f.sentence, published)
            if d.date is not None and (_BY_DAY.search(text, max(0, d.span.start - 8), d.span.start)
                                       or (f.span.end <= d.span.start and _LEFT_ON.fullmatch(text, f.span.end, d.span.start)))]
    return min(days)[1:] if days else None


def _said_on(text: str, f: FigureAt, published: dt.date | None) -> tuple[dt.date, bool] | None:
    """The day a count's source said it on ("13 remain missing, the committee said on Tuesday", "told reporters
    Tuesday"), the nearest to it, as not the day's end; not the day of the event ("collapsed on Monday,
    killing at least 16")."""
    if published is None:
        return None
    days = [(abs(d.span.start - f.span.start), d.date) for d in find_dates(text, f.sentence, published)
            if d.date is not None and _SAID_ON.search(text, max(0, d.span.start - _SAID_ON_REACH), d.span.start)]
    return (min(days)[1], False) if days else None


def _window(day: dt.date | None, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    if day is not None:
        return day - DAY_SLACK, day + DAY_SLACK
    if published is not None:
        return published - REPORT_LAG, published
    return None, None


def _label(kind: str, place: str | None, day: dt.date | None, start: dt.date | None, end: dt.date | None) -> str:
    if day is not None:
        when = day.isoformat()
    elif start is not None and end is not None and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        when = str(start.year)
    elif start is not None and end is not None and start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        when = start.strftime("%B %Y")
    else:
        when = f"by {end.isoformat()}" if end else "undated"
    return ", ".join([kind, *([place] if place else []), when])


# --- reading the words -------------------------------------------------------------------

_FIRED_ON: Final = re.compile(r"\s+(?:on|at|into|upon)\b", re.IGNORECASE)
_FIRE_SERVICE: Final = re.compile(r"\s+(?:brigades?|services?|departments?|fighters?|crews?|chiefs?|stations?|trucks?|"
                                  r"engines?|officials?|officers?|safety|alarms?|exits?|escapes?|marshals?)\b", re.IGNORECASE)


def _kind_in(words: str) -> str | None:
    before = ""
    for m in _WORD.finditer(words):
        word = m.group(0).casefold()
        kind = _KINDS.get(word)
        if kind == "fire" and before in SHOT_FIRE:
            return SHOT_FIRE[before]
        if word == "fire" and before in GROUP_HEADS and _FIRED_ON.match(words, m.end()):
            return "shooting"  # "Security forces fire on protesters": people's verb of shooting, no blaze
        if kind == "fire" and _FIRE_SERVICE.match(words, m.end()):
            kind = None  # "the fire brigade said": who fights fires, no fire
        if kind is not None and not (kind == "strike" and before in NO_BLOW):
            return kind
        before = word
    return None


def _kind_of(f: Figure) -> str | None:
    agent = f.incident_agent
    if agent is None or agent in _CAMPAIGNS:
        return None
    return _KINDS.get(agent)


def kind_family(kind: str) -> list[str]:
    """The kinds that may name the same event as ``kind`` (itself included)."""
    return sorted(k for k in INCIDENT_KINDS if _same_family(k, kind))


def kind_families(kind: str) -> list[str]:
    """The families ``kind`` is of: two kinds may name one event when they share one."""
    return sorted(_families(kind))


def _families(kind: str) -> set[str]:
    return {_FAMILIES.get(kind, kind)} | ({_ALSO[kind]} if kind in _ALSO else set())


def _same_family(a: str, b: str) -> bool:
    return a == b or not _families(a).isdisjoint(_families(b))


def _place_names(words: str) -> Iterable[str]:
    """The capitalised names after a place preposition: "crashed in West Slovakia", "Near Qasr Badr"."""
    for m in _PLACE_AFTER.finditer(words):
        names = m.group(1).split()
        while names and (names[-1].casefold() in _TRAILING_WORDS or names[-1].casefold() in _KINDS):
            names.pop()
        if names and names[0].casefold() not in _TRAILING_WORDS and names[0][:1].isupper() \
                and not _DAY_WORDS.fullmatch(names[0]) and names[0].casefold() not in _MONTHS:
            yield " ".join(names)


def _place_in(words: str) -> str | None:
    return next(iter(_place_names(words)), None)


def _event_place(body: str, kind: str, aliases: AliasTable) -> str | None:
    """Where the body says the reported event happened: the first specific place named in a
    sentence about it by a definite article ("The strike hit a vehicle ... through Abu Ghraib")."""
    for sentence in _SENTENCES.split(body):
        for m in _DEFINITE_EVENT.finditer(sentence):
            if _same_family(_KINDS[m.group("noun").casefold()], kind):
                place = _specific_place_in(sentence[m.end():], aliases)
                if place is not None:
                    return place
    return None


def _specific_place_in(words: str, aliases: AliasTable) -> str | None:
    return next((p for name in _place_names(words) if (p := _specific(name, aliases)) is not None), None)


def _headline_place(headline: str, body: str, aliases: AliasTable) -> str | None:
    """"... Near Qasr Badr", "... at Northern Illinois University": the words after a place
    preposition, when the body writes them as a name too (in a title-case headline every word
    is capitalised: "Bombing at Market" names no place unless the body has "Market" mid-sentence)."""
    for name in _place_names(headline):
        if re.search(rf"(?<=[a-z0-9,;] ){re.escape(name)}(?!\w)", body):
            return name
    found = aliases.find_places(headline)
    return found[0][1].name if found else None


def _specific(place: str | None, aliases: AliasTable) -> str | None:
    """The place when it can tell events apart: a country, a capital or a state the alias table knows
    is too coarse; a place the localities table knows (a base, a town, a province) is not."""
    if not place or not place.strip():
        return None
    place = place.strip()
    owner, possessive, inner = place.partition("'s ")
    if possessive and inner and aliases.place(owner) is not None:
        place = inner  # "Nigeria's Plateau": the place, not the country that holds it
    if place in PLATFORMS:
        return None  # "said on X", "a statement on Facebook": where it was posted, not where it happened
    if aliases.place_of_adjective(place) is not None:
        return None  # "on American forces": a demonym, no place
    return None if aliases.place(place) is not None and aliases.locality(place) is None else place


def _one_site(a: str, b: str, aliases: AliasTable) -> bool:
    """Two places of one article at one site: by name, or by the localities table (see _same_site)."""
    sites_a, sites_b = aliases.site_keys(a), aliases.site_keys(b)
    return sites_a[0] in sites_b or sites_b[0] in sites_a or _same_place(a, b)


def _same_place(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    wa, wb = ka.split(), kb.split()
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return any(longer[i:i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


# --- across articles ---------------------------------------------------------------------

def candidate_window(incident: Incident) -> IncidentWindow | None:
    """The days and kinds of the stored incidents this one may be another report of; None when it
    can join none (no kind, no window, or a window too long to tell one event from the next)."""
    start, end = incident.window_start, incident.window_end
    if incident.kind == _UNKNOWN_KIND or start is None or end is None or end - start > INCIDENT_MERGE_SPAN:
        return None
    return IncidentWindow(tuple(kind_family(incident.kind)), start, end)


def same_event(a: Incident, b: Incident) -> bool:
    """Whether two incidents are one event on positive evidence: kind family, specific place,
    overlapping windows of a few days."""
    wa, wb = candidate_window(a), candidate_window(b)
    if wa is None or wb is None or not _same_family(a.kind, b.kind):
        return False
    if a.place is None or b.place is None or not _same_site(a, b):
        return False
    return wa.start <= wb.end and wb.start <= wa.end


def _same_site(a: Incident, b: Incident) -> bool:
    """One place by name ("Qasr Badr" and "Qasr Badr camp"), by the localities table ("Al-Asad" and
    "Ain al-Asad"), or one the area that holds the other ("Ain al-Asad" and "Anbar"); never two
    places of one area."""
    assert a.place is not None and b.place is not None
    sites_a, sites_b = a.places or (name_key(a.place),), b.places or (name_key(b.place),)
    return sites_a[0] in sites_b or sites_b[0] in sites_a or _same_place(a.place, b.place)


def resolve(found: Sequence[ArticleIncidents], stored: Iterable[Incident]) -> dict[str, str]:
    """Local incident id -> the id it is written under: a stored (or earlier) incident
    of the same event, else its own. Articles are taken in order, so two new
    reports of one event in one batch join as they would one after the other."""
    known = list(stored)
    renamed: dict[str, str] = {}
    for article in found:
        for incident in article.incidents:
            match = next((k for k in known if same_event(incident, k)), None)
            if match is None:
                known.append(incident)
                renamed[incident.id] = incident.id
            else:
                renamed[incident.id] = match.id
    return renamed


def renamed_batch(batch: Batch, renamed: dict[str, str]) -> Batch:
    """The batch with its incidents written under their resolved ids (an incident
    that joins a stored one is not written again; its counts and reports point there)."""
    keep = [i for i in batch.incidents if renamed.get(i.id, i.id) == i.id]
    counts = [replace(c, incident_id=renamed.get(c.incident_id, c.incident_id)) for c in batch.counts]
    reports = list({(r.article_id, renamed.get(r.incident_id, r.incident_id)): Reports(
        r.article_id, renamed.get(r.incident_id, r.incident_id)) for r in batch.reports}.values())
    return replace(batch, incidents=keep, counts=counts, reports=reports)
