"""Figures inside claims: casualty counts, attack counts, troop numbers.

:func:`find_figures` reads every countable number in a claim's content spans
and says what it counts (:class:`~claimgraph.graph.model.Metric`), how the
words bound it (:mod:`claimgraph.ingest.numbers`), where, over which period,
and the incident features linking compares (agent, victim, date, aggregate).
:func:`find_figure_relations` finds relations the text states between
figures: parts adding up to a total, and a figure said to exclude another.

What a number counts is read from the words around it, in this order:

1. the noun it counts, when that noun names the metric: "nine injuries",
   "four enemy KIA", "12 attacks", "30 wounded";
2. a casualty/attendance verb around the noun phrase: before it ("killed two
   gunmen", "wounded five others", "has killed more than 500 people") or
   after it ("one of its commanders was killed", "hundreds of farmers ...
   attended", "scores of soldiers were wounded"); the nearer wins, a tie goes
   to the verb before (it takes the figure as its object);
3. "N times" / "on N occasions" take attacks or strikes from an attack or
   strike verb before them ("have been targeted roughly 40 times");
4. a figure coordinated with a neighbour that has a metric inherits it:
   "25 times in Jordan and 15 times in Kuwait", "3,000 British troops are
   based in Estonia and some 800 in Latvia", "5 soldiers and 3 civilians
   were killed", "at least 3 were killed, including 2 children";
5. troops, soldiers, personnel with no verb count troops.

A number with no metric is skipped: years, ages, distances ("30
kilometers"), durations, times of day, money, percentages, ordinals, dates,
designations ("F-16", "MQ-9"), multipliers ("1.5 times the loan"), and counts
of things that are not a metric ("three depots", "two bridges": targets, left
out on purpose; a strike count is read only from "strikes"/"raids" or
"struck N times").

The incident features (see :mod:`claimgraph.ingest.linking` for their use):

- ``incident_agent``: what caused the count, the event noun (strike,
  attack, bombing, campaign ...) right after the figure or its passive verb
  ("killed in an airstrike", "wounded in Tuesday's strikes"), else the
  nearest one before the figure in its sentence; None for a passive with no
  agent ("one of its commanders was killed"). Synonyms fold to one head
  (airstrike, air strike, drone strike -> strike; bomber, blast -> bombing).
- ``incident_victim``: a victim class, ``combatant``, ``military``,
  ``police``, ``civilian`` or ``people``, with the side when the text names
  it (``military:France``); from the counted noun and its modifiers
  ("enemy", "French"), "injuries to French soldiers", an apposition ("many of
  them children"), or the target of the attack ("rockets against Israeli
  troops"); "others" takes the victim of the figure before it.
- ``incident_date``: the nearest date inside the content span; a "since"
  date sets ``period_start`` instead.
- ``aggregate``: a cumulative count over many incidents: a plural or
  campaign-like agent ("the attacks", "campaign", "war"), a "since" period,
  "so far"/"in total", or a count of attacks/strikes other than one.

``unit`` is the counted noun as written ("people", "injuries", "times").
Numbers are read only inside the given spans; the words that explain them
may lie anywhere in the sentence around the span.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from enum import Enum
from itertools import accumulate
from typing import Final

from mypy_extensions import mypyc_attr

from claimgraph.graph.ids import figure_id
from claimgraph.graph.model import Figure, FigureLinkKind, Metric, Qualifier
from claimgraph.ingest.cues import ADMITTING_FORMS, NOUN_DETERMINERS, PUTTING_VERBS, REVISING_VERBS
from claimgraph.ingest.dates import WEEKDAY, DateKind, DateMention, find_dates
from claimgraph.ingest.numbers import (
    NUMBER,
    VAGUE,
    Amount,
    amount,
    format_number,
    parse_number,
    tolerance,
    vague_amount,
)
from claimgraph.ingest.spans import Span


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class FigureMention:
    """A figure found in a claim's content (offsets into the document)."""

    span: Span
    metric: Metric
    qualifier: Qualifier
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    place: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    incident_agent: str | None = None
    incident_victim: str | None = None
    incident_date: dt.date | None = None
    aggregate: bool = False
    # Set on the Figure once ids exist (see revised_values); a mention leaves it None.
    replaces: str | None = None
    hypothetical: bool = False

    def to_figure(self, claim_id: str) -> Figure:
        """The graph's Figure: every field of the mention but its span, which gives the raw text and the id."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "span"}
        return Figure(id=figure_id(claim_id, self.metric.value, self.span.text, self.place), raw=self.span.text,
                      **values)


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class ExternalFigure:
    """A figure a sentence points at but does not state as its own ("the 11
    reported by Colonel Haddad"): usually another speaker's, for the caller
    to resolve."""

    value: float
    span: Span
    speaker: Span | None = None


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class FigureRelationMention:
    """``figures[source]`` -[kind]-> ``figures[target]`` or an external figure."""

    kind: FigureLinkKind
    source: int
    reason: str
    target: int | None = None
    external: ExternalFigure | None = None

    def __post_init__(self) -> None:
        if (self.target is None) == (self.external is None):
            raise ValueError("a figure relation needs exactly one of target and external")


# --- lexicons ----------------------------------------------------------------

_METRIC_NOUNS: Final[dict[str, Metric]] = {
    **dict.fromkeys("deaths death dead fatalities fatality killed kia lives bodies killings murders homicides"
                    .split(), Metric.KILLED),
    **dict.fromkeys("injuries injury injured wounded hurt".split(), Metric.INJURED),
    **dict.fromkeys("attacks attack assaults assault ambushes ambush bombings bombing shootings shooting "
                    "incidents incident".split(), Metric.ATTACKS),
    **dict.fromkeys("strikes strike airstrikes airstrike raids raid sorties".split(), Metric.STRIKES),
    **dict.fromkeys("arrests arrest arrested detained detentions".split(), Metric.ARRESTED),
    "displaced": Metric.DISPLACED,
    "missing": Metric.MISSING,
    "cases": Metric.CASES,
}
# "Cases" count the sick only where a word says of what: "870 cholera cases", "1,200 suspected cases",
# "40 cases of measles", "870 cases had been confirmed" (not "in 12 cases", "court cases").
_CASE_MARKS: Final = frozenset("""cholera measles ebola dengue mpox malaria diphtheria typhoid meningitis polio
    covid covid-19 coronavirus influenza flu suspected confirmed new""".split())
_CASE_VERBS: Final = frozenset("confirmed recorded reported detected registered".split())
_DISEASES: Final = _CASE_MARKS - frozenset("suspected confirmed new".split())
_EVENT_NOUNS: Final = frozenset("times occasions".split())
# What befalls people (not acts they commit): "whose deaths", "whose arrests".
_PEOPLE_TOLLS: Final = frozenset({Metric.KILLED, Metric.INJURED, Metric.ARRESTED, Metric.MISSING})
# Nouns for killing as an act: a number counts them ("300 political killings"), a vague word does not.
_ACT_NOUNS: Final = frozenset("killings murders homicides".split())

_METRIC_VERBS: Final[dict[str, Metric]] = {
    **dict.fromkeys("killed kill kills killing died die dies dying slain murdered massacred "
                    "executed perished perish perishes murdering murder murders trampled drowned drown drowns electrocuted succumbed neutralised neutralized martyred".split(), Metric.KILLED),
    **dict.fromkeys("injured injuring injures wounded wounding wounds maimed hospitalised hospitalized"
                    .split(), Metric.INJURED),
    **dict.fromkeys("arrested arresting detained detaining apprehended".split(), Metric.ARRESTED),
    **dict.fromkeys("displaced displacing uprooted fled evacuated".split(), Metric.DISPLACED),
    **dict.fromkeys("missing disappeared unaccounted".split(), Metric.MISSING),
    **dict.fromkeys("attended attending attend gathered rallied marched protested "
                    "demonstrated mourned".split(), Metric.ATTENDED),
    **dict.fromkeys("sickened sickening infected infecting poisoned".split(), Metric.CASES),
}
# The words that say a number counts a toll of people harmed ("the number of dead", "the number of inmates
# killed"), against a number of anything else ("the number of troops").
TOLL_WORDS: Final = frozenset(w for w, m in (*_METRIC_NOUNS.items(), *_METRIC_VERBS.items())
                              if m in (Metric.KILLED, Metric.INJURED, Metric.MISSING))
# Nouns that name a metric for a number after them: "the death toll rose to
# 45", "the deaths of six soldiers", "shot dead roughly 100".
_BEFORE_NOUNS: Final[dict[str, Metric]] = {
    **dict.fromkeys("toll death deaths killings dead fatalities lives bodies remains".split(), Metric.KILLED),
    **dict.fromkeys("arrest arrests".split(), Metric.ARRESTED),
}
# Only "toll" reaches over other words ("the death toll from the disaster
# rose to 267"); the others must stand right before the number, or before
# "of" it ("the deaths of six soldiers"), or "Scalia's death left the
# court's eight members" would count deaths.
_FAR_BEFORE_NOUNS: Final = frozenset(("toll",))
_TOLL_NOUNS: Final[dict[str, Metric]] = {"toll": Metric.KILLED}
# "hurt millions of Americans" is seldom about bodies; "five were hurt" is.
_AFTER_ONLY_VERBS: Final[dict[str, Metric]] = {"hurt": Metric.INJURED, "dead": Metric.KILLED}
_MERE: Final = frozenset("only just merely".split())
# Verbs of a toll that take no object, so never stand as a participle after the noun they follow: "11 of the
# 12 miners died" has the part for its subject, with no auxiliary ("one of 20 students killed" may not).
_ONLY_INTRANSITIVE: Final = frozenset("died perished drowned succumbed".split())
# "were burned to death": the verb before "to death" says how, "death" says what.
_TO_DEATH_VERBS: Final = frozenset("burned burnt beaten stabbed crushed hacked stoned shot frozen starved "
                                   "bludgeoned clubbed choked hanged".split())
# "two were in critical condition", "five in a serious condition": the state of the wounded.
CONDITIONS: Final = ("critical", "serious", "grave", "stable", "life-threatening")
# Words that may stand between a metric noun and the number it names: "the dead at 29", "the
# deaths of six soldiers", "the dead numbered 14" (and no other: "Scalia's death left the
# court's eight members" counts no deaths).
_NOUN_LINKS: Final = frozenset("of at number numbered totalled totaled reached stood stands now rose risen climbed to"
                               " included include includes".split())
_NOUN_LINK_REACH: Final = 2
# "claimed the lives of 8 people": lives lost ("saved the lives of", "put the lives of ... at risk" are not).
_TAKING: Final = frozenset("claim claims claimed claiming take takes took taken taking cost costs costing".split())
_POSSESSIVES: Final = frozenset("their his her its".split())
_HOMES: Final = frozenset("home homes houses villages".split())
# What people "without" one of these have lost: their homes ("left 12,000 people without shelter").
_SHELTERS: Final = frozenset("homes home shelter housing".split())
# "fled the area", "fled their villages": what was left behind, so the people counted are displaced.
_LEFT_PLACES: Final = _HOMES | frozenset("area region town towns city district village camp camps".split())
# Verbs that take the hurt to a hospital: "were taken to hospital", "rushed 12 people to hospitals".
TAKEN_FORMS: Final = frozenset("taken rushed flown airlifted brought sent evacuated".split())
_TREATING: Final = frozenset("treated treating treats".split())
# Words between "taken to" and the hospital noun: "to the hospital", "to two nearby hospitals".
_WARD_WORDS: Final = frozenset("the a an local nearby several various different area regional city district "
                               "military field".split())
_WARD_WORDS_REACH: Final = 2
# What may follow "were being treated" when it says who is under care ("as", "like", "well" say how; so
# may a comma that opens no count: "how both leaders were being treated, as one ...").
_CARE_AFTER: Final = frozenset(". ; and in at for by".split())
_FALLING_ILL: Final = frozenset("fell fallen falling taken became become".split())
# What overcomes people in a leak or a fire: "were overcome by fumes" hurts them ("overcome by grief" does not).
_FUMES: Final = frozenset("gas gases fumes smoke monoxide heat".split())
# "lost four soldiers", "lost four of their own": a force's own dead (not "lost 12 seats", "lost 200 workers").
_LOSING: Final = frozenset("lost losing lose loses".split())
# Whom one loses only by death: "we have lost 12 colleagues", "she lost two children in the strike".
_KIN: Final = frozenset("colleagues comrades relatives children sons daughters brothers sisters".split())
_ARMED: Final = frozenset(("military", "combatant", "police"))
# "killing nine miners and trapping 11 others", "The blast trapped 40 workers": the verb's object, people
# not reached, so missing. Only right before its count: "were trapped" says it of the count before it.
_TRAPPING: Final = frozenset("trapping trapped traps trap".split())
# How far before "to hospital" or "for" an active verb may stand: "sent more than 300 people to hospital".
_ACTIVE_OBJECT_REACH: Final = 7
# How many words a passive predicate after a long subject may run to: "ordered out of their homes".
_PREDICATE_REACH: Final = 6
_LEAVING: Final = frozenset("leave flee abandon left".split())
_SHELTER_PLACES: Final = frozenset("shelters shelter centres centers camps camp".split())
_SHELTER_KINDS: Final = frozenset("evacuation relief temporary emergency displacement".split())
_MOVED: Final = frozenset("moved taken evacuated relocated sent brought transferred".split())
_BELIEVED: Final = frozenset("feared believed thought presumed".split())
_STAYING: Final = frozenset("remain remained remaining stay stayed staying sheltering sheltered living".split())
# "were forced from their homes", "driven from their villages": made to leave, so displaced.
_DRIVEN: Final = frozenset("forced driven chased evicted expelled".split())
# The active voice, its count between verb and homes: "forcing 40,000 people from their homes", "forces
# 40,000 from homes", "ordered 3,000 residents out of their homes".
_DRIVING: Final = _DRIVEN | frozenset("force forces forcing drove drives driving ordered ordering orders".split())
_HARMED: Final = frozenset((Metric.KILLED, Metric.INJURED, Metric.ARRESTED, Metric.DISPLACED, Metric.MISSING))
_IRREGULAR_PASTS: Final = frozenset("lost fled fell left went took made got ran came became".split())
_PLURAL_NOUN: Final = re.compile(r"[a-z][a-z-]*[a-z]s")
_NOT_PEOPLE: Final = frozenset("""animals cattle cows sheep goats camels horses donkeys pigs chickens birds dogs cats
    livestock fish dolphins whales elephants boats vessels ships planes aircraft helicopters vehicles cars trucks
    buses""".split())
# Nouns that hold a count: "put the number of missing at 40", "the tally stood at 12". A number
# after "at" is an age ("died at 45") unless one of these or a metric noun comes before it.
_COUNT_NOUNS: Final = frozenset("number tally count figure total".split())
# Nouns that count attacks only after "under": "came under fire 12 times".
_UNDER_EVENTS: Final = frozenset("attack fire".split())
# "The number of people killed by the floods rose to 74", "the number of dead was closer to 20": a count
# noun whose "of" phrase names the metric, reaching its number over a verb of change or level, or "was"
# (however long the words between).
_COUNT_CHANGES: Final = frozenset("rose risen climbed jumped fell fallen dropped reached stood stands totalled totaled"
                                  " hit was is".split())
_COUNT_OF_REACH: Final = 3
# "was higher, at seven": a level compared with another count's, given after a comma.
_COMPARED_LEVELS: Final = frozenset("higher lower greater smaller larger".split())
_DEGREE_WORDS: Final = frozenset("far much even slightly still".split())
# "put the number of confirmed cases at 2,638": a count noun a verb sets "at" its number.
_EVENT_VERBS: Final[dict[str, Metric]] = {
    **dict.fromkeys("attacked ambushed assaulted targeted".split(), Metric.ATTACKS),
    **dict.fromkeys("struck bombed shelled raided hit targeting".split(), Metric.STRIKES),
    **dict.fromkeys(_UNDER_EVENTS, Metric.ATTACKS),
}
_PASSIVE_MARKERS: Final = frozenset("been was were being is are".split())
# Between "were" and its participle: "were also found dead".
_PASSIVE_ADVERBS: Final = frozenset("also later then subsequently reportedly all both found".split())
_PERFECT_MARKERS: Final = frozenset("have has had".split())
# Words between a subject and its predicate: "were later found dead", "have reportedly died".
_AUXILIARIES: Final = _PASSIVE_MARKERS | _PASSIVE_ADVERBS | frozenset("have has had still remain remained remains"
                                                                       .split())
_SUBJECT_MODIFIERS: Final = frozenset("from of with in at".split())
_MEMBER_OPENERS: Final = frozenset("a an one".split())
# An aside telling what the people counted were, which may hold an "and": "61 migrants, among them women
# and children, drowned", "12 people, including a nurse and two guards, were hurt".
_MAKEUP_OPENERS: Final = frozenset("among including most many mostly mainly all some both".split())
# Words no subject holds: the verbs that end it ("were", "said", "has") and what they may be.
_NOT_IN_SUBJECT: Final = _PASSIVE_MARKERS | frozenset("has have had said says told will would could may might".split())
_STILL_WORDS: Final = frozenset("remain remained remaining still are were have had not yet been".split())
_STILL_HELD: Final = frozenset("still remain remained remains remaining".split())
_CAPTORS: Final = frozenset("gunmen kidnappers abductors captors militants bandits hostage-takers".split())
_RUBBLE: Final = frozenset("rubble debris wreckage ruins".split())
_MISSING_WORDS: Final = frozenset("lost missing unrecovered unaccounted unfound".split())

_COMBATANT, _MILITARY, _POLICE, _CIVILIAN = "combatant", "military", "police", "civilian"
# The class of a count of anyone ("people", "persons"): no class of victims of its own.
PEOPLE: Final = "people"
_PERSON_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys("fighters fighter militants militant militiamen militiaman insurgents insurgent "
                    "rebels rebel gunmen gunman jihadists jihadist terrorists terrorist combatants "
                    "attackers attacker assailants assailant operatives operative commanders "
                    "commander".split(), _COMBATANT),
    **dict.fromkeys("soldiers soldier troops servicemen serviceman servicemembers marines marine "
                    "airmen personnel forces reservists peacekeepers peacekeeper".split(), _MILITARY),
    **dict.fromkeys("police policemen policeman officers officer guards guard".split(), _POLICE),
    **dict.fromkeys("civilians civilian children child women woman residents villagers journalists "
                    "reporters medics doctors nurses patients students protesters demonstrators "
                    "worshippers mourners refugees migrants passengers pilgrims hostages workers "
                    "farmers fishermen miners firefighters rescuers bystanders passers-by passersby shoppers tourists teenagers boys girls babies infants "
                    "supporters settlers immigrants inmates escapees adults minors youths employees staff "
                    "volunteers contractors teens citizens nationals foreigners expatriates athletes players stars drivers truckers "
                    "climbers climber hikers hiker trekkers trekker mountaineers mountaineer skiers skier porters "
                    "porter campers guests "
                    # the one of a kind a count of one names: "one guard was killed", "a student died"
                    "teachers teacher student driver worker passenger migrant refugee inmate hostage journalist "
                    "medic doctor nurse resident villager".split(), _CIVILIAN),
    **dict.fromkeys("people persons person individuals victims men man members prisoners detainees captives "
                    "suspects officials others them crew crewmen crewmembers ministers pilots colleagues colleague "
                    "prisoner detainee "
                    # a navy's or a cargo ship's, a police or an army school's: the word does not say which
                    "sailors sailor seafarers seafarer cadets cadet recruits recruit instructors instructor"
                    .split(), PEOPLE),
}
_MEMBER_NOUNS: Final = frozenset(("members", "member"))
_MEMBER_OWNERS: Final = frozenset("its their group's militia's".split())
# The side of armed people a possessive gives them ("its soldiers", "our fighters"): the speaker's own,
# which extraction names after the speaker, so that two sides' counts of their own losses are no rivals.
OWN_SIDE: Final = "own"
# A count its sentence gives to both sides of a fight ("officials on both sides said", "killed on either
# side"): a total over the sides, so no side's count of its own losses is its rival.
BOTH_SIDES: Final = "both sides"
_BOTH_SIDES: Final = re.compile(r"\b(?:both|either) (?:sides?|armies|camps)\b|\bthe two (?:sides|armies)\b",
                                re.IGNORECASE)


def across_sides(victim: str | None, sentence: str) -> str | None:
    """``victim`` as a count of both sides' people where its sentence says so and it names no side."""
    if victim is None or ":" in victim or _BOTH_SIDES.search(sentence) is None:
        return victim
    return f"{victim}:{BOTH_SIDES}"
_OWN_DETERMINERS: Final = frozenset("its their our".split())
# What makes the whole a part is counted of definite: "of the 19", "of its 31".
_WHOLE_DETERMINERS: Final = _POSSESSIVES | _OWN_DETERMINERS | {"the"}
_PART_VERB_REACH: Final = 5
"""How far after the whole the part's verb may stand: "of the 19 people on board were killed"."""
_MEMBER_REACH: Final = 3
"""How far before "members" its owner may stand: "of its own members", "its senior members"."""
_ARMED_GROUP_WORDS: Final = frozenset(
    """militia militias brigade brigades battalion battalions faction factions guerrillas guerrilla
    rebels rebel insurgents insurgent militants militant jihadists jihadist paramilitary
    paramilitaries armed""".split())
# The last word of a named armed force: "the Rapid Support Forces", "the Revolutionary Guard".
_NAMED_FORCES: Final = frozenset("forces army guard guards navy".split())
_SAVED_FORMS: Final = frozenset("rescued freed released saved".split())
# What the missing do when they are missing no more: "two of the missing officers had returned to base".
_BACK_FORMS: Final = _SAVED_FORMS | frozenset("returned reappeared resurfaced rejoined escaped".split())
# The object of a verb that brings people out of harm ("free 19 hostages", "freed 19 of them", "rescues 40"):
# every tense of the saved forms, so a harm counted after it is not theirs.
_SAVED_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted({f for w in _SAVED_FORMS for f in (w, w[:-1], w[:-1] + 's')}))})\s+\Z",
    re.IGNORECASE)
_TROOP_NOUNS: Final = frozenset("soldiers troops servicemen servicemembers marines sailors airmen personnel "
                         "forces reservists".split())
_OTHERS: Final = frozenset(("others",))
# How far before a running count's value "of" and the people it counts may stand ("the number of inmates
# killed to 34").
_CLASS_OF_COUNT_REACH: Final = 8
# Kinds of wound naming people by them: "gunshot victims", "burn patients", "stab-wound victims".
_WOUND_WORDS: Final = frozenset("gunshot gunshot-wound bullet-wound stab stab-wound shrapnel burn burns".split())
_VICTIM_MODIFIERS: Final[dict[str, str]] = {
    **dict.fromkeys("enemy militia militant insurgent rebel jihadist".split(), _COMBATANT),
    **dict.fromkeys("service military army navy armed coalition".split(), _MILITARY),
    **dict.fromkeys(("civilian",), _CIVILIAN),
}
_CIVILIAN_APPOSITION: Final = frozenset("civilians children women".split())

DEMONYMS: Final[dict[str, str]] = {
    "us": "US", "u.s": "US", "u.s.": "US", "american": "US", "americans": "US", "usa": "US",
    "israeli": "Israel", "israelis": "Israel", "iraqi": "Iraq", "iraqis": "Iraq",
    "syrian": "Syria", "syrians": "Syria", "iranian": "Iran", "iranians": "Iran",
    "russian": "Russia", "russians": "Russia", "ukrainian": "Ukraine", "ukrainians": "Ukraine",
    "british": "UK", "uk": "UK", "french": "France", "german": "Germany", "turkish": "Turkey",
    "lebanese": "Lebanon", "palestinian": "Palestine", "palestinians": "Palestine",
    "egyptian": "Egypt", "saudi": "Saudi Arabia", "yemeni": "Yemen", "afghan": "Afghanistan",
    "pakistani": "Pakistan", "indian": "India", "chinese": "China", "filipino": "Philippines",
    "haitian": "Haiti", "somali": "Somalia", "sudanese": "Sudan", "nigerian": "Nigeria", "kenyan": "Kenya",
    "ethiopian": "Ethiopia", "libyan": "Libya", "mexican": "Mexico", "brazilian": "Brazil",
    "indonesian": "Indonesia", "bangladeshi": "Bangladesh", "nepali": "Nepal", "nepalese": "Nepal",
    "jordanian": "Jordan", "turks": "Turkey", "britons": "UK", "malian": "Mali", "congolese": "DR Congo",
}


def demonym(word: str) -> str | None:
    """The country a demonym (lower case, singular or plural: "afghans") names."""
    return DEMONYMS.get(word) or (DEMONYMS.get(word[:-1]) if word.endswith("s") else None)
# Sponsorship and alignment describe a group, not which side it is on.
_ALIGNMENT: Final = re.compile(r"-(?:backed|linked|aligned|allied|affiliated|sponsored)$|^pro-|^anti-")

# Strikes that are no blow struck by anyone: "lightning strikes", "a hunger strike", "a general strike".
NO_BLOW: Final = frozenset("lightning hunger general labor labour".split())
# Fire that is shot, not a blaze: "artillery fire" is shelling, "came under fire", "opened fire" shooting.
SHOT_FIRE: Final[dict[str, str]] = {
    **dict.fromkeys("artillery mortar rocket tank cross-border".split(), "shelling"),
    **dict.fromkeys("gun machine-gun sniper small-arms automatic under open opened opening return returned returning "
                    "exchange exchanged exchanging trade traded trading".split(), "shooting"),
}
_AGENTS: Final[dict[str, tuple[str, bool]]] = {
    **{w: ("strike", w.endswith("s")) for w in "strike strikes airstrike airstrikes air-strike air-strikes "
                                                "drone drones".split()},
    **{w: ("raid", w.endswith("s")) for w in "raid raids".split()},
    **{w: ("attack", w.endswith("s")) for w in "attack attacks assault assaults ambush ambushes".split()},
    **{w: ("bombing", w.endswith("s")) for w in "bombing bombings blast blasts explosion explosions bomb "
                                                 "bombs".split()},
    **{w: ("bombing", False) for w in "bomber bombers".split()},
    **{w: ("shooting", w.endswith("s")) for w in "shooting shootings gunfire".split()},
    **{w: ("shooting", False) for w in "gunman gunmen sniper".split()},
    **{w: ("shelling", False) for w in "shelling barrage".split()},
    **{w: (w, True) for w in "campaign war conflict fighting clashes violence offensive bombardment "
                             "hostilities crackdown insurgency unrest operations wave spate series".split()},
    **{w: (w, False) for w in "earthquake crash stampede massacre flood flooding fire".split()},
}

_NP_STOP: Final = frozenset(
    """the a an and or but in on at to from by with for of since during after before as that which who
    whom whose were was are is be been being have has had said say says will would could may might
    it its their his her they them he she we this these those than then more less all each per
    including while when where not no what if into over under about around near across against
    amid among there here off outside inside within along through throughout remain remains remained
    overnight yesterday today tonight earlier later afterwards""".split()
) | frozenset(_METRIC_VERBS) - frozenset(_METRIC_NOUNS) - frozenset(_PERSON_NOUNS)
_POSSESSIVE: Final = ("'s", "\u2019s")
_PARTITIVE_DETERMINERS: Final = frozenset("the its their his her our my your those these whom which".split())
# "killed two of our colleagues": a possessive after "of" makes the plural someone's people.
_PEOPLE_POSSESSIVES: Final = frozenset("my our his her their your".split())
# How many words the first object of a verb of harm may take before "and" and a count of people.
_FIRST_OBJECT_REACH: Final = 10
_UNITS: Final = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds decade
    decades century centuries km kilometers kilometres kilometer kilometre mile miles meter meters metre
    metres feet foot ft yards kg kilograms kilos tonnes tons pounds lbs dollars euros pounds cents
    percent degrees acres hectares square am pm a.m p.m o'clock mm cm inch inches calibre caliber
    billion million""".split()
)
_NUMBER_VERB: Final = frozenset(("number",))
_NUMBER_VERB_ADVERBS: Final = frozenset("now already still".split())
_AGE_CUES: Final = frozenset("aged age ages at top no number ranked rank #".split())
# "children under five", "adults over 65": a bound right after a noun for people, with no noun of its own,
# is an age that says whom the noun counts.
_AGE_BOUNDS: Final = frozenset("under over below above".split())
_IRREGULAR_SINGULARS: Final = frozenset("man woman child person militiaman gunman policeman serviceman".split())
_MULTIPLIER_AFTER: Final = frozenset("the as more higher larger greater bigger faster over".split())
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_AFTER_VERB_OBJECT: Final = frozenset("a an the his her their its our one two three four five six seven eight "
                               "nine ten several dozens hundreds".split())
_CLAUSE_STOPS: Final = frozenset(", ; : . ( ) [ ] -- \u2014 \u2013 \" \u201c \u201d ? !".split())
_QUOTE_MARKS: Final = frozenset("\" \u201c \u201d".split())
_AFTER_STOPS: Final = _CLAUSE_STOPS | frozenset("and but while that which who whom where when whereas".split())
_BEFORE_STOPS: Final = _CLAUSE_STOPS | frozenset("and but while whereas".split())
# Words that open a clause of its own after a figure ("had risen to 15 after a wounded teenager died"): its
# verb tells of another subject, so no verb after one is the figure's.
_LATER_CLAUSE: Final = frozenset("after before because until".split())
# Where the subject a force's "own" dead belong to may stand before them: "its soldiers had killed 37 rebels
# and lost four of their own" (not past "said" or "that").
_OWN_STOPS: Final = _CLAUSE_STOPS | frozenset("said says that".split())


def _singulars(*lexicons: Iterable[str]) -> frozenset[str]:
    """The singular nouns of the lexicons: "five death" is no count of deaths."""
    words = frozenset().union(*lexicons)
    return frozenset(w for w in words if w + "s" in words or w + "es" in words) | _IRREGULAR_SINGULARS


# "the chief of the defence forces and nine other officers", "its commander and four others": a singular
# noun phrase a determiner opens, then "and" and a count of "other" people.
_ONE_NAMED_BEFORE: Final = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:(?!\d|(?:two|three|four|five|six|seven|eight|nine|ten|"
                                      r"dozens?|several|many|some)\b)[\w'\u2019-]+\s+){1,6}?and\s+$",
                                      re.IGNORECASE)
_ONE_NAMED_REACH: Final = 60
_SPEAKS_AFTER: Final = re.compile(r"\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:said|says|told|added|stated|reported|put|gave)\b",
                                  re.IGNORECASE)
_OTHER_AFTER: Final = re.compile(r"\s+others?\b", re.IGNORECASE)
_SINGULAR_NOUNS: Final = _singulars(_METRIC_NOUNS, _PERSON_NOUNS)
_PLACE_PREPOSITIONS: Final = frozenset("in at inside across".split())
_SENTENCE_ENDS: Final = frozenset(".!?")
# Nouns of a kind of place after its name: "In Agam district,".
_PLACE_NOUNS: Final = frozenset("district province region county city town village state governorate prefecture"
                                " municipality".split())
# Where a place lies, between "in" and its name: "In neighbouring Kaduna state", "in northern Mali".
_WHERE_WORDS: Final = frozenset("neighbouring neighboring nearby northern southern eastern western central northeastern "
                                "northwestern southeastern southwestern north-eastern north-western south-eastern "
                                "south-western".split())
_AGENT_PREPOSITIONS: Final = frozenset("in by during from after following amid".split())
_TIME_WORDS: Final = frozenset("yesterday today tonight tomorrow last next earlier later ago".split())
_NOT_PLACES: Final = frozenset(
    """january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday mr mrs ms dr prof gen col lt sgt capt sen rep
    gov""".split()
)

_BEFORE_WINDOW: Final = 6
# "the death toll from Monday's strike on the camp rose to 236": a toll reaches over a longer phrase.
_TOLL_WINDOW: Final = 16
_EVENT_WINDOW: Final = 8
_AFTER_WINDOW: Final = 7
# A subject lengthened by a modifier ("from a rights group taking part in the march") reaches further.
_SUBJECT_WINDOW: Final = 18
_ASIDE_WINDOW: Final = 9
_AGENT_WINDOW: Final = 40
_CONTEXT: Final = 600
# Most sentences start close before the span: look there first, then further.
_LOOK_BACK_STEPS: Final = (120, _CONTEXT)

# --- patterns ------------------------------------------------------------------

_QUALIFIERS: Final[dict[str, Qualifier]] = {
    **dict.fromkeys("approximately about roughly around some estimated circa".split(), Qualifier.APPROXIMATELY),
    **dict.fromkeys(("an estimated", "closer to", "nearer to", "nearer"), Qualifier.APPROXIMATELY),
    **dict.fromkeys(("nearly", "almost", "close to", "just under", "just shy of"), Qualifier.NEARLY),
    **dict.fromkeys(("more than", "over", "above", "in excess of", "upwards of", "upward of", "just over",
                     "well over", "well above"),
                    Qualifier.MORE_THAN),
    # "death toll passes 100", "tops 50": a toll going past a mark says it is above it
    **dict.fromkeys("passes passed tops topped exceeds exceeded surpasses surpassed crosses crossed".split(),
                    Qualifier.MORE_THAN),
    # "toll climbs past 100": past the mark, said with a verb of rising (not "the past 12 months")
    **dict.fromkeys((f"{verb} past" for verb in "climbs climbed rises rose risen goes went gone soars soared jumps jumped"
                     " creeps crept".split()), Qualifier.MORE_THAN),
    **dict.fromkeys(("at least", "no fewer than", "no less than", "not less than", "a minimum of"),
                    Qualifier.AT_LEAST),
    **dict.fromkeys(("up to", "as many as", "as high as", "at most", "no more than", "a maximum of"), Qualifier.UP_TO),
    **dict.fromkeys(("fewer than", "less than", "under", "below"), Qualifier.LESS_THAN),
}
_SUFFIXES: Final[dict[str, Qualifier]] = {
    "or more": Qualifier.AT_LEAST, "+": Qualifier.AT_LEAST, "-plus": Qualifier.AT_LEAST,
    "or so": Qualifier.APPROXIMATELY, "or fewer": Qualifier.UP_TO, "or less": Qualifier.UP_TO,
}
_QUALIFIER: Final = "|".join(sorted((q.replace(" ", r"\s+") for q in _QUALIFIERS), key=len, reverse=True))
_NOT_AFTER: Final = r"(?<![\w$\u00a3\u20ac\u00a5/.\-])(?<!\bno\s)"

_FIRST_WORDS: Final = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|an?\s+(?:few|dozen|hundred|thousand|million)|half\s+a|several|multiple|numerous|dozens|scores"
    r"|hundreds|thousands|millions|tens\s+of|between"
)
# Where a figure can start: a cheap scan (a first-character prefix the regex
# engine can skip on) before the full pattern is tried at that position.
_CANDIDATE: Final = re.compile(rf"(?=[\dOoTtFfSsEeNnMmDdHhBbAa])(?:\d|\b(?i:{_FIRST_WORDS})\b)")
_FIGURE_PATTERN: Final = rf"""(?:
        between\s+(?P<ra>{NUMBER})\s+and\s+(?P<rb>{NUMBER})
      | {_NOT_AFTER}(?P<n>{NUMBER})
        (?:\s*(?P<join>-|\u2013|to|or)\s*(?P<m>{NUMBER}))?
        (?P<suffix>\s+or\s+(?:more|so|fewer|less)|\+|-plus)?
      | {_NOT_AFTER}(?P<vague>{VAGUE})
    )
    (?![\w$]|[-\u2013][^\W\d_]|[.,:/]\d|\s*(?:%|percent\b|per\s+cent\b))"""
_FIGURE: Final = re.compile(_FIGURE_PATTERN, re.VERBOSE | re.IGNORECASE)
# "raised the toll from 12 to 15", "lowered it from 25 to 21": after "from", "A to B" is a count and its
# successor, no range; each number is read alone (the older one is paired by _RISEN_FROM).
_FIGURE_ALONE: Final = re.compile(_FIGURE_PATTERN.replace(r"(?P<join>-|\u2013|to|or)", r"(?P<join>-|\u2013|or)"),
                                  re.VERBOSE | re.IGNORECASE)
_FROM_BEFORE_RANGE: Final = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_DIGIT: Final = re.compile(r"\d")
_LETTERS: Final = re.compile(r"[a-z]+")
_NUMBER_WORDS: Final = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety few dozen hundred
    thousand million half several multiple numerous dozens scores hundreds thousands millions tens
    between""".split()
)
_QUOTED_COUNT: Final = re.compile(rf"(?:(?:{_QUALIFIER})\s+)?(?:\d|(?:{_FIRST_WORDS})\b)", re.IGNORECASE)
_QUOTED_COUNT_REACH: Final = 9
"""How far a quotation that opens with a count may run and still be read as a count: "more than 10 soldiers"."""
_QUALIFIER_BEFORE: Final = re.compile(rf"\b(?P<qual>{_QUALIFIER})[\"\u201d]?\s+$", re.IGNORECASE)
_QUALIFIER_WINDOW: Final = 24
# "has risen from four to ", "raised the toll from 12 to ": the old value before the new one.
_RISEN_FROM: Final = re.compile(
    rf"\bfrom\s+(?P<old>{NUMBER})\s+(?:[a-z]+\s+){{0,2}}?to\s+$", re.IGNORECASE)
# "80 people, up from an initial report of 70": the old value after the new one.
# "31 killed, revising an earlier toll of 22", "31 from an earlier count of 22": the same, said otherwise.
_EARLIER: Final = r"(?:initial|earlier|previous|first|original)"
_COUNT_NOUN: Final = r"(?:(?:death|casualty)\s+)?(?:report|estimate|count|toll|figure|tally)s?"
_UP_FROM: Final = re.compile(
    rf"(?:\s+[a-z]+){{0,3}}?,?\s+(?:"
    rf"(?:up|down|revised)\s+from\s+(?:(?:an?|the)\s+)?(?:{_EARLIER}\s+)?(?:{_COUNT_NOUN}\s+of\s+)?"
    rf"|from\s+(?:an?|the|its|their)\s+{_EARLIER}\s+{_COUNT_NOUN}\s+of\s+"
    rf"|(?:revising|raising|lowering|updating|correcting)\s+(?:(?:an?|the|its|their)\s+)?(?:{_EARLIER}\s+)?"
    rf"{_COUNT_NOUN}\s+(?:of|from)\s+"
    rf")(?P<old>{NUMBER})\b", re.IGNORECASE)
# "31 on Monday, fewer than the 35 it had reported": the old value its own speaker gave (not "more than
# the 35 the ministry reported", a rival's).
_THAN_OWN: Final = re.compile(
    rf"(?:\s+[a-z]+){{0,3}}?,?\s+(?:fewer|less|lower|more|higher)\s+than\s+the\s+(?P<old>{NUMBER})"
    rf"\s+(?:it|they|he|she)\s+(?:had\s+)?(?:reported|given|gave|announced|counted|put|confirmed)\b",
    re.IGNORECASE)
# "lowered the toll to 32, from 40 a day earlier": the old value after "from" and a word of earlier time.
_FROM_BEFORE: Final = re.compile(
    rf",?\s+from\s+(?P<old>{NUMBER})(?=\s+(?:(?:a|one|the)\s+day\s+(?:earlier|before)|earlier|previously"
    rf"|initially|on\s+{WEEKDAY})\b)")
_REVISION_WINDOW: Final = 60
_VAGUE_HURT_COUNTS: Final = frozenset({"multiple", "several", "numerous", "many"})
_HURTS_AFTER: Final = re.compile(r"\s+(?:[a-z-]+\s+)?(?:injuries|wounds|burns|fractures|traumas)\b")
# "raised its count to ", "revised the death toll to ", "later said ": the source's new value of a
# count it gave before in the same sentence ("first reported four ..., raised its count to seven").
_REVISED_TO: Final = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(REVISING_VERBS))})\s+"
    r"(?:(?:its|their|his|her|the)\s+)?(?:(?:own|official|death|casualty|injury|final)\s+)*"
    r"(?:count|toll|figure|tally|estimate|number)s?\s+(?:(?:up|down)(?:wards?)?\s+)?(?:to|at)"
    r"|later\s+(?:said|gave|reported|counted|confirmed)(?:\s+that)?)\s+$", re.IGNORECASE)
# Verbs a running toll goes up by: "rose to 74", "has climbed from 12".
RISING: Final = r"(?:rose|risen|climbed|jumped|increased|grew|grown|soared)"
# And the verbs it goes down by: "the number of missing had dropped to nine".
FALLING: Final = r"(?:fell|fallen|dropped|declined|decreased)"
# "the actual figure was ", "the real number is ", "while another put the figure at ": a value set
# against one the sentence gave before; it counts what that one counts (who says it decides whether it
# revises or contradicts).
_RESTATED: Final = re.compile(
    r"\b(?:(?:actual|real|true|correct|corrected|revised|updated|new)\s+(?:(?:death|casualty)\s+)?"
    r"(?:figure|number|toll|count|tally)\s+(?:was|is|stood\s+at|of|at)"
    rf"|(?:{'|'.join(sorted(PUTTING_VERBS))})\s+(?:the|its|their|that)\s+(?:figure|number|count|tally|total)"
    r"\s+at"
    r"|\b(?:that|this|the)\s+(?:figure|number|count|tally|total)\s+(?:(?:had|has|have)\s+)?"
    rf"(?:{RISING}|reached|{FALLING})(?:\s+to)?)\s+$", re.IGNORECASE)
# "would have been more than", "could rise to", "is defined as": a number that counts nothing real.
_HYPOTHETICAL: Final = re.compile(
    r"\b(?:(?:would|could|might|may)(?:\s+(?:have|well))?(?:\s+(?:been|be|rise\s+to|reach|climb\s+to|exceed))?"
    r"|(?:is|are)\s+defined\s+as|\ban?\s+(?:[a-z]+\s+){1,2}(?:is|means)"
    # "the toll is expected to rise above 50", "likely to reach 100": a forecast, no count
    r"|(?:expected|likely|feared|forecast|projected|set)\s+to\s+(?:rise|climb|reach|exceed|top|increase|grow|pass))"
    r"\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_HYPOTHETICAL_WINDOW: Final = 48
_CHANGE_FROM: Final = re.compile(
    rf"\b(?:{RISING}|{FALLING}|went\s+(?:up|down))\s+from\s+$", re.IGNORECASE)
_PREFIX_WINDOW: Final = 30

# A stated exclusion: "does not include the 11 reported by Colonel Haddad",
# "excluding the 12 ...". ``num`` is the excluded figure; ``by``/``who`` its speaker.
_NAME: Final = r"[A-Z][\w'\u2019-]*(?:\.[\w'\u2019-]+)*"
_EXCLUSION: Final = re.compile(
    rf"""(?i:
        \b(?:(?:did|does|do|would|will|could|has|have)(?:\s+not|n['\u2019]t)|not|never)\s+
            (?:include|including|count|counting|cover|covering|reflect|contain)
      | \bexclud(?:e|es|ed|ing) | \bin\s+addition\s+to | \bon\s+top\s+of
    )\s+(?i:(?:the|those|these)\s+)?(?i:other\s+)?
    (?P<num>(?i:{NUMBER}))\b
    (?:
        (?:\s+[a-z][\w-]*){{0,2}}?\s+(?i:cited|reported|announced|given|mentioned|counted|confirmed|disclosed)
        (?:\s+(?i:earlier|separately|previously))?\s+by\s+
        (?P<by>(?:the\s+)?{_NAME}(?:\s+{_NAME}){{0,3}})
      | (?:\s+[a-z][\w-]*){{0,2}}?\s+
        (?P<who>{_NAME}(?:\s+{_NAME}){{0,3}})\s+(?:had\s+|has\s+)?
        (?i:cited|reported|announced|gave|mentioned|counted|confirmed|disclosed)
    )?""",
    re.VERBOSE,
)

# "no civilians were killed", "none of its fighters had been hurt", "no civilian casualties": a zero count
# of a class of victims.
_ZERO_VICTIMS: Final = re.compile(
    r"\b(?P<no>[Nn]o|[Nn]one\s+of\s+(?:the|its|their|his|her|our)|any)\s+(?:(?P<mod>[A-Za-z][\w.-]*)\s+)??"
    r"(?:(?P<noun>[a-z-]+)\s+(?:(?:were|was|had|have|has|been|being|reportedly)\s+){1,3}"
    r"(?P<verb>killed|dead|injured|wounded|hurt|harmed)"
    r"|(?P<toll>casualties|deaths|fatalities|injuries))\b")
# A zero of these is a zero of the dead and of the hurt.
_HARM_WORDS: Final = frozenset(("casualties", "harmed"))
_ZERO_METRICS: Final[dict[str, Metric]] = {
    **dict.fromkeys("killed dead deaths fatalities".split(), Metric.KILLED),
    **dict.fromkeys("injured wounded hurt injuries".split(), Metric.INJURED),
}
# "denied that any civilians had been harmed": "any" after a denial is "no".
_DENIED_BEFORE: Final = re.compile(r"\bden(?:y|ies|ied|ying)\s+(?:that\s+)?$", re.IGNORECASE)
_DENIAL_REACH: Final = 16
# "no more civilians were killed", "no other soldiers were hurt": nothing added, not a whole count of none.
_NOT_WHOLE_ZERO: Final = frozenset("more other further additional new".split())
_AGGREGATE_MARKERS: Final = re.compile(
    r"\b(?:so\s+far|in\s+total|in\s+all|to\s+date|overall|cumulative|a\s+total\s+of"
    r"|since\s+the\s+(?:start|beginning|outbreak)"
    r"|(?:each|every|per)\s+(?:year|month|week|day)|a\s+(?:year|month|week|day)(?!\s+(?:ago|earlier|later|before|after))"
    r"|this\s+year|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?)"
    r"|annually)\b", re.IGNORECASE)
_AGGREGATE_WINDOW: Final = 60
_DIFFERENCE_WORDS: Final = frozenset("more fewer less".split())
# A count over more than a month up to the report's day ("so far this year") counts no one event; "in
# September" or "in 2016" may still date one, set apart from the reported event.
_ONE_EVENT_DAYS: Final = dt.timedelta(days=31)
# Between coordinated figures: a few lowercase words ("are based", "in
# all"), a place or a date, then a conjunction or a dash.
_WHOLE_BEFORE: Final = re.compile(r"(?:^|[.!?\n]\s*|\b)Of\s+(?:(?:the|its|their)\s+)?$")
# A count after one of these is the object of what comes before it ("fired at hundreds of protesters"),
# so no later verb counts it; "of", "among" and "including" introduce parts and stay open.
_AIMED_AT: Final = re.compile(r"\b(?:at|on|upon|onto|against|toward|towards|into)\s+$", re.IGNORECASE)
# "19 soldiers loyal to the government and eight civilians": whose side the first conjunct is on stands
# between the two figures, as a place does; "allied" there is no participle of what befell them.
_ALLEGIANCE: Final = frozenset("loyal allied affiliated".split())
_COORDINATION_GAP: Final = re.compile(
    rf"""(?:\s+(?:{'|'.join(sorted(_ALLEGIANCE))})\s+(?:to|with)\s+(?:the\s+)?[\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]*)*)?
        (?:\s*[a-z]+){{0,3}}?\s*(?:(?:in|at|inside|across|since|on|from)\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*|\d+)
        (?:\s+(?:[A-Z][\w'\u2019.-]*|\d+|of))*\s*)?
        [,;]?\s*(?:and|or|while|plus|including|as\s+well\s+as|--|\u2014|\u2013|-)?\s*""",
    re.VERBOSE,
)
# Each match takes the whitespace before its token (possessively), so the matches tile the text.
_TOKEN: Final = re.compile(r"\s*+(?=\S)(?:(?:[A-Z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\w+(?:[-'\u2019.]\w+)*|--|[^\w\s])")
_SENTENCE_BREAK: Final = re.compile(r"[.!?][\"\u201d')\]]*\s+(?=[\"\u201c'(\[]*[A-Z])|\n")


# --- tokens ----------------------------------------------------------------------

@dataclass(slots=True, unsafe_hash=True)
class _Tokens:
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    raws: tuple[str, ...]
    words: tuple[str, ...]

    @classmethod
    def of(cls, text: str, start: int, end: int) -> _Tokens:
        # As attribution's DocTokens: offsets are running sums of the matches' lengths.
        matches = _TOKEN.findall(text, start, end)
        ends = tuple(accumulate(map(len, matches), initial=start))[1:]
        raws = tuple(map(str.lstrip, matches))
        starts = tuple(map(int.__sub__, ends, map(len, raws)))
        if _QUOTE_MARKS.isdisjoint(raws):
            return cls(starts, ends, raws, tuple(map(str.lower, raws)))
        # 'troops "neutralised" 17 insurgents': marks around a word or two change none of its counts
        scare = {i for a in range(len(raws)) if raws[a] in _QUOTE_MARKS
                 for b in range(a + 2, min(a + 4, len(raws))) if raws[b] in _QUOTE_MARKS
                 and all(raws[q][0].isalpha() for q in range(a + 1, b)) for i in (a, b)}
        # 'killed "more than 10 soldiers"', 'lost "more than 200" soldiers': a quotation that opens with a
        # count is the speaker's own count, read as if unquoted
        scare |= {i for a in range(len(raws) - 1) if raws[a] in _QUOTE_MARKS
                  and _QUOTED_COUNT.match(text, starts[a + 1])
                  for b in range(a + 2, min(a + _QUOTED_COUNT_REACH, len(raws))) if raws[b] in _QUOTE_MARKS
                  and not any(raws[q] in _QUOTE_MARKS for q in range(a + 1, b)) for i in (a, b)}
        kept = [i for i in range(len(raws)) if i not in scare]
        raws = tuple(raws[i] for i in kept)
        return cls(tuple(starts[i] for i in kept), tuple(ends[i] for i in kept), raws, tuple(map(str.lower, raws)))

    def __len__(self) -> int:
        return len(self.words)

    def first_at_or_after(self, pos: int) -> int:
        return bisect.bisect_left(self.starts, pos)

    def last_before(self, pos: int) -> int:
        return bisect.bisect_right(self.ends, pos) - 1


class _Head(Enum):
    METRIC = "metric"
    EVENT = "event"
    PERSON = "person"
    UNKNOWN = "unknown"


@dataclass(slots=True, unsafe_hash=True)
class _NounPhrase:
    kind: _Head | None
    head: int | None
    modifiers: tuple[int, ...]
    end: int
    partitive: bool = False


@dataclass(slots=True, unsafe_hash=True)
class _Reading:
    """A number read in its sentence; the working form of a FigureMention."""

    span: Span
    amount: Amount
    first: int
    np: _NounPhrase
    metric: Metric | None
    strong: bool
    victim: str | None
    verb: int | None
    verb_after: bool
    place: str | None
    np_end_char: int
    others: bool
    own_verb: bool
    """A verb of its own follows that counts no metric ("61 people rescued"): nothing to inherit."""


# --- find_figures ----------------------------------------------------------------

def find_figures(text: str, spans: Sequence[Span], published: dt.date | None) -> list[FigureMention]:
    """Every countable figure inside ``spans`` (a claim's content spans)."""
    found: list[FigureMention] = []
    for span in spans:
        found.extend(_figures_in_span(text, span, published))
        found.extend(_zero_counts(text, span))
    return found


def _zero_counts(text: str, span: Span) -> Iterator[FigureMention]:
    """A denial that names whom it spares: "no civilians were killed", "There were no civilian casualties",
    "none of its soldiers was hurt", "denied that any civilians had been harmed". A zero of a class of victims (not "no one", not "no casualties",
    whose words may count another part of the event than a rival count's) is compared only with counts
    of that class (see linking)."""
    for m in _ZERO_VICTIMS.finditer(text, span.start, span.end):
        modifier, noun = (m.group("mod") or "").casefold(), (m.group("noun") or m.group("toll")).casefold()
        if modifier in _NOT_WHOLE_ZERO or (m.group("no") == "any" and _DENIED_BEFORE.search(
                text, max(0, m.start() - _DENIAL_REACH), m.start()) is None):
            continue
        cls = _VICTIM_MODIFIERS.get(modifier, _PERSON_NOUNS.get(noun, PEOPLE))
        if cls == PEOPLE:
            continue
        side = demonym(modifier.rstrip(".")) or demonym(modifier)
        verb = (m.group("verb") or noun).casefold()
        metrics = (Metric.KILLED, Metric.INJURED) if verb in _HARM_WORDS else (_ZERO_METRICS[verb],)
        for metric in metrics:
            yield FigureMention(span=Span.of(text, m.start("no"), m.start("no") + len(m.group("no").split()[0])),
                                metric=metric,
                                qualifier=Qualifier.EXACT, value=0.0, unit=noun,
                                incident_victim=f"{cls}:{side}" if side else cls)


def _figures_in_span(text: str, span: Span, published: dt.date | None) -> list[FigureMention]:
    matches = list(_numbers(text, span))
    if not matches:
        return []
    ctx_start, ctx_end = _sentence_around(text, span)
    tokens = _Tokens.of(text, ctx_start, ctx_end)
    all_dates = find_dates(text, span, published)
    dates = [d for d in all_dates if not _reporting_date(text, d)]
    masked = [(d.span.start, d.span.end) for d in all_dates]
    masked += [m.span("num") for m in _exclusions_in(text, ctx_start, ctx_end)]
    readings: list[_Reading] = []
    for qualifier, m in matches:
        if any(s < m.end() and m.start() < e for s, e in masked):
            continue
        reading = _read(text, qualifier, m, tokens, readings)
        if reading is not None:
            readings.append(reading)
    readings = _restated(text, _inherit(text, readings), tokens)
    found = [_with_one_named(text, _mention(text, r, r.metric, tokens, dates, (ctx_start, ctx_end), published))
             for r in readings if r.metric is not None and not _hurts_of_one(text, r.span)
             and not _one_who_speaks(text, r.span)]
    return _with_revisions(text, span, found)


def _one_who_speaks(text: str, span: Span) -> bool:
    """"One said 16 soldiers had died": one of the sources just named, who speaks, counts nobody."""
    return span.text.casefold() == "one" and _SPEAKS_AFTER.match(text, span.end) is not None


def one_named_before(text: str, span: Span) -> bool:
    """"killing the convoy's commander and nine other soldiers": one person named before the count, who
    is of its kind ("other"), so the count and that one are the toll."""
    return _OTHER_AFTER.match(text, span.end) is not None and _ONE_NAMED_BEFORE.search(
        text, max(0, span.start - _ONE_NAMED_REACH), span.start) is not None


def _with_one_named(text: str, f: FigureMention) -> FigureMention:
    if f.value is None or not one_named_before(text, f.span):
        return f
    return replace(f, value=f.value + 1, low=None if f.low is None else f.low + 1,
                   high=None if f.high is None else f.high + 1)


def _hurts_of_one(text: str, span: Span) -> bool:
    """"patients with multiple traumatic injuries", "succumbed to several wounds": a vague
    number of hurts, not of hurt people (an exact one, "caused 12 injuries", may count people)."""
    return span.text.casefold() in _VAGUE_HURT_COUNTS and _HURTS_AFTER.match(text, span.end) is not None


def _with_revisions(text: str, span: Span, found: list[FigureMention]) -> list[FigureMention]:
    """Each figure marked hypothetical where the words make it so, and the older value a revised
    figure states beside it ("rose from 4 to 11", "80, up from an earlier count of 70") as a figure
    of its own (:func:`revised_values` pairs them)."""
    out: list[FigureMention] = []
    starts = {f.span.start for f in found}
    for f in found:
        if _HYPOTHETICAL.search(text, max(span.start, f.span.start - _HYPOTHETICAL_WINDOW), f.span.start):
            f = replace(f, hypothetical=True)
        out.append(f)
        old = _old_value(text, span, f, found)
        if old is not None and old[1].start not in starts:
            value, where = old
            starts.add(where.start)
            out.append(replace(f, span=where, qualifier=Qualifier.EXACT, value=value, low=value, high=value))
    return sorted(out, key=lambda f: f.span.start)


def revised_values(text: str, spans: Sequence[Span], figures: Sequence[FigureMention]) -> list[tuple[int, int]]:
    """(newer, older) indices into ``figures`` (found in ``spans``) where the words give a revised
    value and the one it replaces: "has risen from four to eleven", "80, up from an initial 70"."""
    at = {f.span.start: i for i, f in enumerate(figures)}
    pairs: list[tuple[int, int]] = []
    for i, f in enumerate(figures):
        span = next((s for s in spans if s.start <= f.span.start < s.end), None)
        old = _old_value(text, span, f, figures) if span is not None else None
        if old is not None and old[1].start in at and at[old[1].start] != i:
            pairs.append((i, at[old[1].start]))
    return pairs


def _old_value(text: str, span: Span, f: FigureMention, found: Sequence[FigureMention] = ()
               ) -> tuple[float, Span] | None:
    """The value a figure's words say it replaces, and where it is written: in the same words
    ("rose from 4 to 11"), or the same count earlier in its sentence ("first reported four ...,
    raised its count to seven", one of ``found``)."""
    m = _RISEN_FROM.search(text, max(span.start, f.span.start - _REVISION_WINDOW), f.span.start)
    if m is None:
        m = _UP_FROM.match(text, f.span.end, min(len(text), f.span.end + _REVISION_WINDOW)) \
            or _FROM_BEFORE.match(text, f.span.end, min(len(text), f.span.end + _REVISION_WINDOW)) \
            or _THAN_OWN.match(text, f.span.end, min(len(text), f.span.end + _REVISION_WINDOW))
    if m is None:
        if _REVISED_TO.search(text, max(span.start, f.span.start - _REVISION_WINDOW), f.span.start) is None:
            return None
        old = next((g for g in reversed(found) if g.span.end <= f.span.start and g.metric is f.metric
                    and g.value is not None and g.value != f.value
                    and _SENTENCE_BREAK.search(text, g.span.end, f.span.start) is None), None)
        return (old.value, old.span) if old is not None and old.value is not None else None
    value = parse_number(m.group("old"))
    if value is None or value == f.value:
        return None
    return value, Span.of(text, m.start("old"), m.end("old"))


def _numbers(text: str, span: Span) -> Iterator[tuple[re.Match[str] | None, re.Match[str]]]:
    """(qualifier, number) matches inside ``span``."""
    if not _may_hold_number(span.text):
        return
    pos = span.start
    while (candidate := _CANDIDATE.search(text, pos, span.end)) is not None:
        m = _FIGURE.match(text, candidate.start(), span.end)
        if m is not None and (m.group("join") or "").casefold() == "to" \
                and _FROM_BEFORE_RANGE.search(text, max(span.start, m.start() - 6), m.start()):
            m = _FIGURE_ALONE.match(text, candidate.start(), span.end)
        if m is None:
            pos = candidate.end()
            continue
        yield _QUALIFIER_BEFORE.search(text, max(span.start, m.start() - _QUALIFIER_WINDOW), m.start()), m
        pos = m.end()


def _may_hold_number(words: str) -> bool:
    """A cheap first look: most sentences hold no number at all."""
    return _DIGIT.search(words) is not None or not _NUMBER_WORDS.isdisjoint(_LETTERS.findall(words.lower()))


_EXCLUSION_HINTS: Final = ("includ", "exclud", "count", "addition to", "top of", "cover", "reflect", "contain")


def _exclusions_in(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    window = text[start:end].lower()
    if any(hint in window for hint in _EXCLUSION_HINTS):
        yield from _EXCLUSION.finditer(text, start, end)


_REPORTED_ON: Final = re.compile(
    r"\b(?:said|says|say|told\s+\w+|announced|added|confirmed|reported|stated|claimed|wrote|tweeted|posted)"
    r"(?:\s+(?:on|late|early|in\s+a\s+statement\s+on))?\s+$")
_REPORTED_WINDOW: Final = 40
# "rose to 74 on Thursday", "had climbed to 20 by Monday": the day of the count, not of the event.
_COUNTED_ON: Final = re.compile(
    rf"\b(?:{RISING}|reached|stood\s+at)\s+(?:to\s+)?(?:(?:{_QUALIFIER})\s+)?{NUMBER}"
    rf"(?:\s+[a-z]+)?(?:\s+(?:on|by))?\s+$", re.IGNORECASE)
# "On Tuesday the town's mayor had said 20 ...": a day that opens the clause of a speech verb.
_SAID_AFTER: Final = re.compile(
    r"[^\d.;:!?]{0,40}?\b(?:had\s+|has\s+)?(?:said|told|announced|reported|confirmed|stated)\b")
_SAID_OPENERS: Final = frozenset(("on", "by"))


def _reporting_date(text: str, date: DateMention) -> bool:
    """"said Tuesday", "On Tuesday the mayor said", "rose to 74 on Thursday": the day of the claim or
    of the count, not of the event (see dates.claim_date)."""
    start = date.span.start
    if _REPORTED_ON.search(text, max(0, start - _REPORTED_WINDOW), start) is not None \
            or _COUNTED_ON.search(text, max(0, start - _REPORTED_WINDOW), start) is not None:
        return True
    opener = text[max(0, start - 4):start].split()
    opens = (opener[-1].casefold() in _SAID_OPENERS if opener else False) and _starts_sentence(text, start - 3)
    return opens and _SAID_AFTER.match(text, date.span.end) is not None


def _starts_sentence(text: str, at: int) -> bool:
    """Whether only white space and a sentence's end (or the text's start) come before ``at``."""
    before = text[max(0, at - 5):at].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"\u201c"


def _sentence_around(text: str, span: Span) -> tuple[int, int]:
    start = max(0, span.start - _CONTEXT)
    for reach in _LOOK_BACK_STEPS:
        lo = max(0, span.start - reach)
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, span.start)]
        if breaks or lo == 0:
            start = breaks[-1] if breaks else lo
            break
    hi = min(len(text), span.end + _CONTEXT)
    end = _SENTENCE_BREAK.search(text, max(span.start, span.end - 1), hi)
    return start, (end.start() + 1 if end else hi)


def _read(text: str, qualifier: re.Match[str] | None, m: re.Match[str], tokens: _Tokens,
          before: list[_Reading]) -> _Reading | None:
    parsed = _amount(text, qualifier, m)
    if parsed is None:
        return None
    figure_span, quantity = parsed
    first = tokens.first_at_or_after(figure_span.start)
    after = tokens.first_at_or_after(m.end())
    np = _noun_phrase(tokens, after)
    if not _is_count(text, figure_span, quantity, np, tokens, first) or _difference(tokens, after) \
            or _ratio(tokens, first, after):
        return None
    floor = tokens.last_before(before[-1].span.end) + 1 if before else 0
    metric, strong, verb, verb_after = _metric(tokens, np, first, floor)
    whole = before and _whole_of(before[-1], first) and np.kind is not _Head.METRIC
    part_subject = whole and verb is not None and verb > first and _predicate_of_part(tokens, first, np.end, verb)
    if part_subject and before[-1].metric is None:
        # "12 of its 31 crew were missing": the verb counts the part, with the whole's people as its victims
        before[-1] = replace(before[-1], metric=metric, strong=strong,
                             victim=before[-1].victim or _victim(tokens, np, first))
    if (whole and (verb is None or verb < first or part_subject)) \
            or (metric in _PEOPLE_TOLLS | {Metric.DISPLACED} and _share_of(tokens, first)):
        metric, strong, verb, verb_after = None, False, None, False  # the whole a part was counted of
    if m.group("vague") and np.kind is _Head.METRIC and tokens.words[np.head or 0] in _ACT_NOUNS:
        metric = None  # "numerous killings" tells of acts, not a toll
    if verb is not None and _two_harms(tokens, verb):
        metric = None  # "12 people were killed or injured": the dead and the hurt together, neither toll
    victim = _victim(tokens, np, first)
    place = _place(tokens, verb + 1 if verb_after and verb is not None else np.end) or _clause_place(tokens, first) \
        or _fronted_place(tokens, first)
    np_end_char = tokens.ends[np.end - 1] if np.end > after else m.end()
    others = np.head is not None and tokens.words[np.head] in _OTHERS
    return _Reading(figure_span, quantity, first, np, metric, strong, victim, verb, verb_after, place,
                    np_end_char, others, _own_verb(tokens, np.end))


_TIME_SPANS: Final = frozenset("seconds minutes hours days weeks months years decades".split())


def _fronted_whole(tokens: _Tokens, first: int) -> int | None:
    """Where the metric noun is in a fronted "Of the dead," or "Of the injured," right before the count: the
    toll the count is a part of."""
    words = tokens.words
    k = first - 2
    if k < 2 or words[first - 1] != "," or words[k] not in _METRIC_NOUNS or words[k - 1] not in ("the", "those") \
            or words[k - 2] != "of":
        return None
    return k if _METRIC_NOUNS[words[k]] in _PEOPLE_TOLLS else None


def _ratio(tokens: _Tokens, first: int, after: int) -> bool:
    """"nine in ten of the population", "four out of five victims", "one in three children": a share, neither
    number a count (the smaller number first: "40 in three provinces" is a count)."""
    words = tokens.words
    return (words[after:after + 1] == ("in",) and _share_of_numbers(words, first, after + 1)) \
        or (words[after:after + 2] == ("out", "of") and _share_of_numbers(words, first, after + 2)) \
        or (first > 1 and words[first - 1] == "in" and _share_of_numbers(words, first - 2, first)) \
        or (first > 2 and words[first - 2:first] == ("out", "of") and _share_of_numbers(words, first - 3, first))


def _share_of_numbers(words: Sequence[str], low: int, high: int) -> bool:
    if not (_ratio_number(words, low) and _ratio_number(words, high)):
        return False
    small, large = parse_number(words[low]), parse_number(words[high])
    return small is not None and large is not None and small < large


def _ratio_number(words: Sequence[str], k: int) -> bool:
    """A number that may stand in a share: not a year ("killed 12 in 2023"), "one of" ("14 in one of the worst
    attacks") or a span of time ("in 10 minutes")."""
    if not 0 <= k < len(words) or not (words[k][:1].isdigit() or words[k] in _NUMBER_WORDS) or _YEAR.fullmatch(words[k]):
        return False
    following = words[k + 1] if k + 1 < len(words) else ""
    return following not in _TIME_SPANS and not (words[k] == "one" and following == "of")


def _difference(tokens: _Tokens, i: int) -> bool:
    """"five, one more than the police figure", "two fewer than reported": how far one count is from
    another, no count of its own."""
    words = tokens.words
    return i + 2 < len(tokens) and words[i] in _DIFFERENCE_WORDS and words[i + 1] == "than" \
        and not words[i + 2][0].isdigit()


def _own_verb(tokens: _Tokens, i: int) -> bool:
    """A participle right after the noun phrase ("and 61 people rescued", "61 were rescued") that
    names no metric: the figure says what befell it in its own words ("six others had been abducted")."""
    i = _past_auxiliaries(tokens, i)
    if i >= len(tokens):
        return False
    w = tokens.words[i]
    return (w.endswith("ed") and w.isalpha() and tokens.raws[i].islower() and w not in _METRIC_VERBS
            and w not in _METRIC_NOUNS and w not in _AFTER_ONLY_VERBS and w not in _ALLEGIANCE)


def _saved(tokens: _Tokens, i: int) -> bool:
    """"19 sailors had been rescued", "40 soldiers were freed": people brought out of harm, no force's strength."""
    i = _past_auxiliaries(tokens, i)
    return i < len(tokens) and tokens.words[i] in _SAVED_FORMS


def _back(tokens: _Tokens, i: int) -> bool:
    """"two of the missing officers had returned", "three of the missing were rescued", "two of the missing
    were found alive": a part of the missing that is missing no more, so no count of the missing."""
    if i < len(tokens) and tokens.words[i] in _PERSON_NOUNS:
        i += 1
    i = _past_auxiliaries(tokens, i)
    return i < len(tokens) and (tokens.words[i] in _BACK_FORMS or _found_alive(tokens, i))


def _past_auxiliaries(tokens: _Tokens, i: int) -> int:
    """Where the participle after "had been", "were" or "have" stands."""
    if i < len(tokens) and tokens.words[i] in _PERFECT_MARKERS:
        i += 1
    if i < len(tokens) and tokens.words[i] in _PASSIVE_MARKERS:
        i += 1
    return i


def _is_count(text: str, span: Span, quantity: Amount, np: _NounPhrase, tokens: _Tokens, first: int) -> bool:
    """Whether the number counts things at all (not a year, an age, a unit, a multiplier)."""
    words = tokens.words
    head = words[np.head] if np.head is not None else None
    if np.kind is _Head.UNKNOWN and head in _UNITS:
        return False
    if np.head is None and first > 0 and (words[first - 1] in _AGE_CUES or (
            first > 1 and words[first - 1] == "of" and words[first - 2] in _AGE_CUES)) \
            and not _count_at(tokens, first) and _count_of(tokens, first, 0) is None:
        return False
    if np.head is None and 0 < first and words[first] in _AGE_BOUNDS and words[first - 1] in _PERSON_NOUNS:
        return False
    point = quantity.value if quantity.value is not None else quantity.low
    if point is not None and not float(point).is_integer():
        return False
    if _YEAR.fullmatch(span.text) and np.kind is not _Head.PERSON:
        return False
    if head in _SINGULAR_NOUNS and point != 1:  # "at least one person": a bound of one counts too
        return False
    if np.kind in (_Head.EVENT, _Head.METRIC) and np.partitive and quantity.value == 1 \
            and head in _METRIC_NOUNS and _METRIC_NOUNS[head] is Metric.ATTACKS:
        return False  # "died in one of the attacks": which attack, not how many
    return not (np.kind is _Head.EVENT and np.end < len(tokens) and words[np.end] in _MULTIPLIER_AFTER)


def _count_at(tokens: _Tokens, first: int) -> bool:
    """"put the dead at 29", "the tally stood at 12": "at" after a noun that holds a count; "the dead now
    number seven": "number" the verb, right after such a noun (a number after the noun "number" is an
    identifier)."""
    words = tokens.words
    if words[first - 1] in _NUMBER_VERB:
        k = first - 2 - (first > 2 and words[first - 2] in _NUMBER_VERB_ADVERBS)
        return k >= 0 and (words[k] in _BEFORE_NOUNS or words[k] in _COUNT_NOUNS)
    if words[first - 1] != "at":
        return False
    k, reach = first - 1, 5
    while (k := k - 1) >= max(0, first - 1 - reach):
        w = words[k]
        if w == "," and (opening := _relative_aside_before(tokens, k, 0)) is not None:
            reach += k - opening  # "The toll, which officials said could rise, stood at 23"
            k = opening
            continue
        if w in _BEFORE_STOPS:
            return False
        if w in _BEFORE_NOUNS or w in _COUNT_NOUNS or w in _FAR_BEFORE_NOUNS:
            return True
    return False


def _amount(text: str, qual: re.Match[str] | None, m: re.Match[str]) -> tuple[Span, Amount] | None:
    """The figure's own words and what they allow."""
    qualifier = _QUALIFIERS[" ".join(qual.group("qual").lower().split())] if qual else None
    start = qual.start() if qual else m.start()
    if qual and qual.end("qual") < qual.end() and text[qual.end("qual")] in _QUOTE_MARKS and start > 0 \
            and text[start - 1] in _QUOTE_MARKS:
        start -= 1  # '"approximately" 40': the qualifier's quote marks both, or neither
    if m.group("vague"):
        vague = vague_amount(m.group("vague"))
        return None if vague is None else (Span.of(text, m.start("vague"), m.end()), vague)
    if m.group("ra"):
        low, high = parse_number(m.group("ra")), parse_number(m.group("rb"))
        if low is None or high is None or low >= high:
            return None
        return Span.of(text, start, m.end()), amount(Qualifier.RANGE, low, high)
    n = parse_number(m.group("n"))
    if n is None:
        return None
    if m.group("m"):
        upper = parse_number(m.group("m"))
        if upper is not None and m.group("join").lower() == "to" and _CHANGE_FROM.search(
                text, max(0, m.start() - _PREFIX_WINDOW), m.start()):
            return Span.of(text, m.start("m"), m.end("m")), amount(Qualifier.EXACT, upper)
        if upper is not None and n < upper:
            return Span.of(text, start, m.end()), amount(Qualifier.RANGE, n, upper)
    if m.group("suffix"):
        suffix = " ".join(m.group("suffix").lower().split())
        return Span.of(text, start, m.end()), amount(_SUFFIXES[suffix], n)
    return Span.of(text, start, m.end("n")), amount(qualifier or Qualifier.EXACT, n)


def _noun_phrase(tokens: _Tokens, i: int) -> _NounPhrase:
    """The noun a number counts: "[of its] [modifiers] head" after it."""
    words = tokens.words
    n = len(tokens)
    partitive = i < n and words[i] == "of"
    if partitive:
        i += 1
        while i < n and (words[i] in _PARTITIVE_DETERMINERS or words[i].endswith(_POSSESSIVE)):
            i += 1
    elif i + 1 < n and words[i] == "more" and words[i + 1] not in _NP_STOP:
        i += 1  # "found 12 more bodies": the noun after the increment ("12 more than" is no noun phrase)
    phrase = _head_of(tokens, i)
    return replace(phrase, partitive=True) if partitive else phrase


def _head_of(tokens: _Tokens, i: int) -> _NounPhrase:
    words = tokens.words
    modifiers: list[int] = []
    for k in range(i, min(len(tokens), i + 4)):
        w = words[k]
        if w.endswith(_POSSESSIVE):
            if k == i:
                return _NounPhrase(_Head.UNKNOWN, k, (), k + 1)
            continue
        if modifiers and _active_verb(tokens, k):
            break  # "two earlier sinkings killed 17": the number counts the verb's subject
        if modifiers and _verb_after_plural(tokens, k, modifiers[-1]):
            break  # "six hikers lost their lives": the noun ends where its verb begins
        phrase = _known_head(tokens, k, tuple(modifiers))
        if phrase is not None:
            return phrase
        if w in _NP_STOP or w in _CLAUSE_STOPS or not w[0].isalpha():
            break
        modifiers.append(k)
    if modifiers:
        return _NounPhrase(_Head.UNKNOWN, modifiers[-1], tuple(modifiers[:-1]), modifiers[-1] + 1)
    return _NounPhrase(None, None, (), i)


def _active_verb(tokens: _Tokens, k: int) -> bool:
    """A casualty verb at ``k`` that takes an object ("killed 17 people", "wounded a policeman"): a verb
    whose subject ends before it, not the noun a number counts ("30 killed")."""
    if tokens.words[k] not in _METRIC_VERBS or k + 1 >= len(tokens):
        return False
    following = tokens.words[k + 1]
    return following in _AFTER_VERB_OBJECT or following[:1].isdigit()


def _verb_after_plural(tokens: _Tokens, k: int, before: int) -> bool:
    """A past verb right after a plural noun: "hikers lost", "families fled", "crews reported"."""
    w = tokens.words[k]
    if w in _METRIC_NOUNS or _PLURAL_NOUN.fullmatch(tokens.raws[before]) is None:
        return False
    return w in _IRREGULAR_PASTS or (w.endswith("ed") and w.isalpha())


def _known_head(tokens: _Tokens, k: int, modifiers: tuple[int, ...]) -> _NounPhrase | None:
    """The phrase that ends at ``k`` when the lexicons know the noun there."""
    words = tokens.words
    w = words[k]
    if w in _METRIC_NOUNS:
        if w in _SINGULAR_NOUNS and _compound_follows(tokens, k + 1):
            return _NounPhrase(_Head.UNKNOWN, k + 1, modifiers, k + 2)
        return _NounPhrase(_Head.METRIC, k, modifiers, k + 1)
    if w in _EVENT_NOUNS:
        return _NounPhrase(_Head.EVENT, k, modifiers, k + 1)
    if w in _PERSON_NOUNS:
        head = k
        while head + 1 < len(tokens) and words[head + 1] in _PERSON_NOUNS:
            head += 1
        # "passengers and crew": one group of people
        while head + 2 < len(tokens) and words[head + 1] == "and" and words[head + 2] in _PERSON_NOUNS:
            head += 2
        return _NounPhrase(_Head.PERSON, head, (*modifiers, *range(k, head)), head + 1)
    if w in _UNITS:
        return _NounPhrase(_Head.UNKNOWN, k, modifiers, k + 1)
    if _is_people_name(tokens.raws, k):
        return _NounPhrase(_Head.PERSON, k, modifiers, k + 1)
    return None


def _is_people_name(raws: tuple[str, ...], k: int) -> bool:
    """"Palestinians", "Americans": a capitalised plural that ends the phrase
    (not "Dallas" in "five Dallas police officers")."""
    raw = raws[k]
    if not (raw[0].isupper() and raw.endswith("s") and not raw.isupper() and len(raw) > 3):
        return False
    if k + 1 >= len(raws):
        return True
    following = raws[k + 1].lower()
    return (following in _NP_STOP or following in _CLAUSE_STOPS or following in _METRIC_VERBS
            or following in _METRIC_NOUNS)


def _compound_follows(tokens: _Tokens, k: int) -> bool:
    """"attack helicopters", "death row": the metric noun only modifies another noun."""
    if k >= len(tokens):
        return False
    w = tokens.words[k]
    return (w[0].isalpha() and w[0].islower() and w not in _NP_STOP and w not in _CLAUSE_STOPS
            and w not in _METRIC_VERBS and w not in _TIME_WORDS and not w.endswith(("ing", "ed")))


def _metric(tokens: _Tokens, np: _NounPhrase, first: int,
            floor: int) -> tuple[Metric | None, bool, int | None, bool]:
    """(metric, strong, verb index, verb after the figure) for one number."""
    if np.kind is _Head.METRIC and np.head is not None:
        if _still_missing(tokens, np.end):
            return Metric.MISSING, True, None, False
        metric = _METRIC_NOUNS[tokens.words[np.head]]
        # "two wounded officers died", "two missing hikers were found dead": the hurt or the missing who died,
        # as "two of the wounded died", count among the dead; the missing who came back count nowhere
        wounded_people = np.end < len(tokens) and tokens.words[np.end] in _PERSON_NOUNS
        if metric is Metric.MISSING and (np.partitive or wounded_people) and _back(tokens, np.end):
            return None, False, None, False
        if metric is Metric.CASES and not _cases_of_illness(tokens, np):
            return None, False, None, False
        if (np.partitive or wounded_people) and metric in (Metric.INJURED, Metric.MISSING) \
                and (died := _died_later(tokens, np.end)) is not None:
            return Metric.KILLED, True, died, True
        return metric, True, None, False
    if np.kind is _Head.EVENT:
        k = _search_back(tokens, first, floor, _EVENT_WINDOW, _EVENT_VERBS)
        if k is None or (tokens.words[k] in _UNDER_EVENTS and (k == 0 or tokens.words[k - 1] != "under")):
            return None, False, None, False
        return _event_metric(tokens, k), True, k, False
    whose = _whose_toll(tokens, np.end)
    if whose is not None:
        return whose, True, None, False
    # "had lost only 12 fighters": a word that makes the count few stands between the verb and it
    lead = first - 2 if first > 1 and tokens.words[first - 1] in _MERE else first - 1
    if lead >= 0 and tokens.words[lead] in _LOSING and (_own_people(tokens, np) or _armed_noun(tokens, np)
                                                        or (np.head is not None and tokens.words[np.head] in _KIN)):
        return Metric.KILLED, True, lead, False
    if lead >= 0 and tokens.words[lead] in _TRAPPING and _trapped_people(tokens, np):
        return Metric.MISSING, True, lead, False
    if np.kind is _Head.UNKNOWN:
        ahead = _search_ahead(tokens, np.end) if _may_be_people(tokens, np) else None
        harm = _object_of_harm(tokens, np, first)
        # "killing five co-workers": whom the verb harmed; past a first object only with no verb of
        # the count's own after it ("killed the mayor and two aides were hurt")
        if harm is not None and (harm == first - 1 or ahead is None):
            return _METRIC_VERBS[tokens.words[harm]], True, harm, False
        harmed = _predicate(tokens, ahead) if ahead is not None else None
        # "six hikers lost their lives": what befell them, in the verb phrase the noun opens (not
        # "[converts] indicated the killing", "[parties] remain in a dead heat")
        if harmed is not None and harmed[0] in _HARMED \
                and all(tokens.words[j] in _AUXILIARIES for j in range(_past_aside(tokens, np.end), harmed[1])):
            return harmed[0], True, ahead, True
        return None, False, None, False
    if (fronted := _fronted_whole(tokens, first)) is not None:
        return _METRIC_NOUNS[tokens.words[fronted]], True, fronted, False  # "Of the dead, 11 were children"
    back = _search_back(tokens, first, floor, _BEFORE_WINDOW, _METRIC_VERBS, _BEFORE_NOUNS)
    if back is None:
        back = _search_back(tokens, first, floor, _TOLL_WINDOW, _TOLL_NOUNS)
    if back is None and (counted := _count_of(tokens, first, floor)) is not None:
        return counted[0], True, counted[1], False
    if back is None and np.kind is _Head.PERSON:
        back = _verb_before_first_object(tokens, first)
    ahead = _search_ahead(tokens, np.end)
    if back is not None and (ahead is None or first - back - 1 <= ahead - np.end):
        word = tokens.words[back]
        return _METRIC_VERBS.get(word) or _BEFORE_NOUNS[word], True, back, False
    said = _predicate(tokens, ahead) if ahead is not None else None
    if said is not None:
        return said[0], True, ahead, True
    if np.head is not None and not _WOUND_WORDS.isdisjoint(tokens.words[m] for m in np.modifiers):
        return Metric.INJURED, True, None, False  # "31 gunshot victims" were hurt, unless a verb says more
    # not "19 sailors had been rescued", "40 soldiers were freed": what befell them, no force's strength
    if np.head is not None and tokens.words[np.head] in _TROOP_NOUNS and not np.partitive \
            and not _saved(tokens, np.end):
        return Metric.TROOPS, False, None, False
    return None, False, None, False


def _cases_of_illness(tokens: _Tokens, np: _NounPhrase) -> bool:
    """Whether "cases" counts the sick: a disease or "suspected", "confirmed" before it, "of" a disease after
    it, or a verb of recording after it ("870 cases had been confirmed")."""
    words = tokens.words
    if any(words[k] in _CASE_MARKS for k in np.modifiers):
        return True
    after = words[np.end:np.end + 4]
    return (len(after) > 1 and after[0] == "of" and after[1] in _CASE_MARKS) or not _CASE_VERBS.isdisjoint(after)


def _died_later(tokens: _Tokens, i: int) -> int | None:
    """Where the verb is that says some of the wounded died ("six of the wounded had died overnight", "two of
    the injured later died"): they count among the dead, not the hurt."""
    ahead = _search_ahead(tokens, i)
    said = _predicate(tokens, ahead) if ahead is not None else None
    return ahead if said is not None and said[0] is Metric.KILLED else None


def _own_people(tokens: _Tokens, np: _NounPhrase) -> bool:
    """"four of their own", "two of its own": the speaker's side's people."""
    return np.partitive and np.head is not None and tokens.words[np.head] == "own"


def _armed_noun(tokens: _Tokens, np: _NounPhrase) -> bool:
    return np.kind is _Head.PERSON and np.head is not None and _PERSON_NOUNS.get(tokens.words[np.head]) in _ARMED


def _subject_class(tokens: _Tokens, first: int) -> str | None:
    """The class of the first people its clause names before ``first``: whose "own" the count is ("its
    soldiers had killed 37 rebels and lost four of their own": soldiers, not rebels)."""
    found = None
    for k in range(first - 1, -1, -1):
        w = tokens.words[k]
        if w in _OWN_STOPS:
            break
        if w in _PERSON_NOUNS and (k + 1 >= len(tokens) or not tokens.words[k + 1][0].isdigit()):
            found = _PERSON_NOUNS[w]
    return found


def _trapped_people(tokens: _Tokens, np: _NounPhrase) -> bool:
    """People a disaster traps ("11 others", "40 miners"): not troops or fighters an enemy traps (encircled,
    not lost), nor things ("two floors"); a bare count is people, as a bare count killed is ("Gas leak
    kills 12, traps 30")."""
    if np.head is None:
        return np.kind is None
    head = tokens.words[np.head]
    if np.kind is _Head.PERSON:
        return _PERSON_NOUNS.get(head) not in (_MILITARY, _COMBATANT)
    return head in _OTHERS


def _object_of_harm(tokens: _Tokens, np: _NounPhrase, first: int) -> int | None:
    """Where the verb is that kills, wounds or arrests a plural noun no lexicon lists, counted right
    after it ("killing five co-workers", "wounded 12 bystanders") or after its first object
    ("killed a commander and two of his guards"): people, unless the noun names animals."""
    if first == 0 or not _may_be_people(tokens, np):
        return None
    if _METRIC_VERBS.get(tokens.words[first - 1]) in _HARMED:
        return first - 1
    return _verb_before_first_object(tokens, first)


def _verb_before_first_object(tokens: _Tokens, first: int) -> int | None:
    """The verb of harm in "killed a senior commander and two of his guards": "and" right before the
    number, and before it a first object of a few words with no number, verb or clause mark."""
    if first < 3 or tokens.words[first - 1] != "and":
        return None
    for k in range(first - 2, max(-1, first - 2 - _FIRST_OBJECT_REACH), -1):
        w = tokens.words[k]
        if _METRIC_VERBS.get(w) in _HARMED:
            return k if k < first - 2 else None
        if w in _BEFORE_STOPS or not w[0].isalpha() or w in _METRIC_VERBS or w in _NUMBER_WORDS:
            return None
    return None


def _count_of(tokens: _Tokens, first: int, floor: int) -> tuple[Metric, int] | None:
    """"The number of people killed by the floods rose to 74", "the total of those displaced stood at
    900", "the number of cholera cases rose to 1,500": what the count noun's "of" phrase says befell its
    people, and where that word is, when a verb
    of change or level ("rose to", "stood at", "reached") comes right before the number, or "at" after a
    verb that sets the count ("put the number of confirmed cases at 2,638")."""
    words = tokens.words
    link = first - 2 if first > 1 and words[first - 1] in ("to", "at") else first - 1
    level = _compared_level(words, first)
    if level is not None:
        link = level  # "the number of missing was higher, at seven"
    put_at = first > 0 and words[first - 1] == "at" and (link < 0 or words[link] not in _COUNT_CHANGES)
    if put_at:
        link = first - 1
    elif link < 0 or words[link] not in _COUNT_CHANGES:
        return None
    for c in range(link - 1, max(floor, first - _SUBJECT_WINDOW) - 1, -1):
        if words[c] in _BEFORE_STOPS or words[c][0].isdigit():
            return None
        if words[c] in _COUNT_NOUNS and c + 1 < link and words[c + 1] == "of":
            if put_at and PUTTING_VERBS.isdisjoint(words[max(0, c - 2):c]):
                return None  # "at" a count only after a verb that sets it there
            for k in range(c + 2, min(link, c + 2 + _COUNT_OF_REACH)):
                metric = _METRIC_VERBS.get(words[k]) or _METRIC_NOUNS.get(words[k])
                if metric in _HARMED or (metric is Metric.CASES and words[k - 1] in _CASE_MARKS):
                    return metric, k  # "the number of cholera cases rose to 1,500"
                if words[k] in _TRAPPING:
                    return Metric.MISSING, k  # "the number of trapped miners fell to 21": not yet reached
            return None
    return None


def _count_aside(words: Sequence[str], k: int) -> bool:
    """", nine of them ...": a comma that opens a count of some of those just named."""
    return k + 1 < len(words) and words[k] == "," and (words[k + 1][0].isdigit() or words[k + 1] in _NUMBER_WORDS)


def _compared_level(words: Sequence[str], first: int) -> int | None:
    """Where the verb stands when a level is compared before a comma and "at" gives it: "the number of
    missing was higher, at seven", "the toll is far lower, at 12"."""
    k = first - 3
    if k < 1 or words[first - 1] != "at" or words[first - 2] != "," or words[k] not in _COMPARED_LEVELS:
        return None
    k -= 1 + (words[k - 1] in _DEGREE_WORDS)
    return k if k >= 0 and words[k] in _COUNT_CHANGES else None


def _past_aside(tokens: _Tokens, i: int) -> int:
    """Where the verb phrase after a noun phrase ending at ``i`` may begin: past an aside between
    commas ("nine hikers, including a guide, died")."""
    close = _aside_end(tokens, i) if i < len(tokens) and tokens.words[i] == "," else None
    return i if close is None else close + 1


def _may_be_people(tokens: _Tokens, np: _NounPhrase) -> bool:
    """A plural noun no lexicon lists that a verb of harm may count (not units, animals or vehicles),
    or someone's ("two of our colleagues"), not a part of a thing ("two of the floors")."""
    if np.head is None:
        return False
    start = np.modifiers[0] if np.modifiers else np.head
    if np.partitive and not (start >= 1 and tokens.words[start - 1] in _PEOPLE_POSSESSIVES):
        return False
    noun = tokens.raws[np.head]
    return _PLURAL_NOUN.fullmatch(noun) is not None and noun.lower() not in _UNITS and noun.lower() not in _NOT_PEOPLE


def _whose_toll(tokens: _Tokens, i: int) -> Metric | None:
    """"among eight whose arrests were announced", "12 miners whose deaths": what befell the people
    counted, named by the noun after "whose"."""
    if i + 1 >= len(tokens) or tokens.words[i] != "whose":
        return None
    metric = _METRIC_NOUNS.get(tokens.words[i + 1])
    return metric if metric in _PEOPLE_TOLLS else None


def _still_missing(tokens: _Tokens, i: int) -> bool:
    """"50 bodies remain lost", "bodies still unaccounted for": not recovered, so missing."""
    for k in range(i, min(len(tokens), i + 3)):
        w = tokens.words[k]
        if w in _MISSING_WORDS:
            return True
        if w not in _STILL_WORDS:
            return False
    return False


def _event_metric(tokens: _Tokens, k: int) -> Metric:
    word = tokens.words[k]
    if word == "targeted" and k > 0 and tokens.words[k - 1] not in _PASSIVE_MARKERS:
        return Metric.STRIKES
    return _EVENT_VERBS[word]


def _search_back(tokens: _Tokens, first: int, floor: int, window: int,
                 *lexicons: dict[str, Metric]) -> int | None:
    k = first
    while (k := k - 1) >= max(floor, first - window):
        w = tokens.words[k]
        if w == "," and (opening := _relative_aside_before(tokens, k, floor)) is not None:
            k = opening  # "The toll, which officials said could rise, stood at 23": past the aside
            continue
        if w in _BEFORE_STOPS:
            return None
        if any(w in lexicon for lexicon in lexicons) and _reaches(tokens, k, first):
            return k
    return None


_RELATIVES: Final = frozenset(("which", "who"))
_RELATIVE_ASIDE_REACH: Final = 10


def _relative_aside_before(tokens: _Tokens, comma: int, floor: int) -> int | None:
    """The comma opening a relative aside that ``comma`` closes (", which officials said could rise,")."""
    for j in range(comma - 2, max(floor, comma - _RELATIVE_ASIDE_REACH) - 1, -1):
        if tokens.words[j] == ",":
            return j if tokens.words[j + 1] in _RELATIVES else None
    return None


def _reaches(tokens: _Tokens, k: int, first: int) -> bool:
    """Whether the metric word at ``k`` can govern the number at ``first``."""
    w = tokens.words[k]
    if w not in _BEFORE_NOUNS or w in _FAR_BEFORE_NOUNS or w in _METRIC_VERBS:
        return True
    start = k + 1
    if start + 1 < first and tokens.words[start] == "," and tokens.words[start + 1] in _RELATIVES:
        # "The toll, which officials said could rise, stood at 23": the aside stands apart
        start = next((j + 1 for j in range(start + 2, first) if tokens.words[j] == ","), start)
    between = tokens.words[start:first]
    if w == "lives" and not any(tokens.words[j] in _TAKING for j in range(max(0, k - 2), k)):
        return False
    if w == "dead" and between and between[0] in _PERSON_NOUNS:
        between = between[1:]  # "put the number of dead guards at seven": the dead named by whom they were
    return len(between) <= _NOUN_LINK_REACH and all(b in _NOUN_LINKS for b in between)


def _search_ahead(tokens: _Tokens, i: int) -> int | None:
    """A verb after the noun phrase whose subject the figure is; an aside between commas ("26
    people, according to officials, were killed", "1,300 people, most of them civilians, died")
    and quote marks are passed over."""
    n = len(tokens)
    limit = min(n, i + _AFTER_WINDOW)
    k = i - 1
    while (k := k + 1) < limit:
        w = tokens.words[k]
        if w in _QUOTE_MARKS:
            limit = min(n, limit + 1)
            continue
        if w == "among" and k + 1 < n and tokens.words[k + 1] in _AMONG_THE:  # "were among the dead": one predicate
            limit = min(n, limit + 2)
        if w in _ASIDE_MARKS and k == i:
            close = _aside_end(tokens, k)
            if close is not None:
                limit = min(n, close + 1 + _AFTER_WINDOW)
                k = close
                continue
        if w == "who" and k == i:
            continue  # "two passengers who remain missing": the people the clause tells of are the count's
        if w == "and" and k == i and (one := _one_more_subject(tokens, k + 1)) is not None:
            limit = min(n, one + _AFTER_WINDOW)
            k = one - 1  # "Eleven passengers and the driver died": one more person, the same verb
            continue
        if w in _AFTER_STOPS or w in _LATER_CLAUSE or w[0].isdigit():
            return None
        if w in _METRIC_VERBS or w in _AFTER_ONLY_VERBS:
            following = tokens.words[k + 1] if k + 1 < n else ""
            takes_object = following in _AFTER_VERB_OBJECT or following[:1].isdigit()
            if takes_object and _METRIC_VERBS.get(w) is not Metric.ATTENDED and not _fled_home(tokens, k):
                return None
            return None if _found_alive(tokens, k) else k
        if _predicate(tokens, k) is not None:
            return None if _found_alive(tokens, k) else k
    return _passive_after_modifier(tokens, i) if k == limit < n else None


# What opens one more person beside a count's people: "and the driver", "and his wife".
_ONE_MORE_OPENERS: Final = frozenset("the a an his her their its".split())


def _one_more_subject(tokens: _Tokens, k: int) -> int | None:
    """Where the words after "Eleven passengers and the driver" go on: past one more person that a
    determiner and a word or two in lower case name; None when no such phrase follows."""
    if k >= len(tokens) or tokens.words[k] not in _ONE_MORE_OPENERS:
        return None
    j = k + 1
    while j < min(len(tokens), k + 3) and tokens.raws[j].isalpha() and tokens.raws[j].islower() \
            and tokens.words[j] not in _METRIC_VERBS and tokens.words[j] not in _AFTER_ONLY_VERBS \
            and tokens.words[j] not in _AUXILIARIES:
        j += 1
    return j if j > k + 1 else None


# What the clause's own verb says of people a toll had counted: they live.
_ALIVE: Final = frozenset("survived alive".split())
_ALIVE_REACH: Final = 4


def _found_alive(tokens: _Tokens, k: int) -> bool:
    """"four passengers listed as dead had survived", "two miners reported missing were found alive":
    the toll's word is what had been believed of them; the count is of the living."""
    return _ahead_before_stop(tokens, k + 1, _ALIVE_REACH, _ALIVE, _AFTER_STOPS)


def _ahead_before_stop(tokens: _Tokens, start: int, reach: int, wanted: frozenset[str], stops: frozenset[str]) -> bool:
    """Whether one of ``wanted`` stands within ``reach`` words from ``start``, before any of ``stops``."""
    for j in range(start, min(len(tokens), start + reach)):
        w = tokens.words[j]
        if w in wanted:
            return True
        if w in stops:
            return False
    return False


# "among the dead", "among those killed": the toll the count is part of.
_AMONG_THE: Final = frozenset(("the", "those"))
# What a person suffers that counts them among the injured, and the verbs that say so.
_HARMS: Final = frozenset("injuries wounds burns injury wound".split())
_SUFFERED: Final = frozenset("suffered sustained received suffering sustaining".split())
# Harms of cold or heat that count the hurt when someone is admitted with them (a disease counts cases instead).
WEATHER_HARMS: Final = frozenset("frostbite fractures hypothermia heatstroke heat-stroke dehydration exhaustion".split())


def _predicate(tokens: _Tokens, k: int) -> tuple[Metric, int] | None:
    """What the predicate ending at ``k`` says befell its subject, and where its words begin: a
    casualty verb ("died", "were hurt"), "burned to death", "in critical condition", "(still) in
    hospital", "taken to hospital", "(being) treated for", "left homeless", "forced from their homes", "lost their lives"."""
    words = tokens.words
    w = words[k]
    if w in _METRIC_VERBS or w in _AFTER_ONLY_VERBS:
        # "Nine drivers were among the dead": the toll's own words, begun at "among"
        among = k > 1 and words[k - 1] in _AMONG_THE and words[k - 2] == "among"
        return _METRIC_VERBS.get(w) or _AFTER_ONLY_VERBS[w], k - 2 if among else k
    if w == "homeless":  # "were left homeless", "made homeless"
        return Metric.DISPLACED, k - 1
    if w in _SHELTERS and k > 0 and words[k - 1] == "without":  # "left 12,000 people without homes"
        return Metric.DISPLACED, k - 1
    if k < 2:
        return None
    before, verb = words[k - 1], words[k - 2]
    if w == "lives" and before in _POSSESSIVES and verb in ("lost", "lose", "losing"):
        return Metric.KILLED, k - 2
    if w == "death" and before == "to" and verb in _TO_DEATH_VERBS:
        return Metric.KILLED, k - 2
    if w in ("death", "deaths") and before in _POSSESSIVES and verb == "to" and k > 2:
        return Metric.KILLED, k - 3  # "five workers plunged to their deaths", "fell to his death"
    if w == "sea" and before == "at" and verb == "lost":
        return Metric.MISSING, k - 2  # "17 fishermen were lost at sea": not found, so missing
    if w == "treated" and before == "being" and (verb in _PASSIVE_MARKERS or verb == "still") \
            and (k + 1 == len(words) or words[k + 1] in _CARE_AFTER or _count_aside(words, k + 1)):
        return Metric.INJURED, k - 2  # "62 people were being treated, nine of them for burns": under care, hurt
    if w == "for" and verb in _PASSIVE_MARKERS and before == "treated":  # "were being treated for burns"
        return Metric.INJURED, k - 1
    if w in ("hospital", "hospitals") and before == "in" and verb == "treated" and k > 2 \
            and words[k - 3] in _PASSIVE_MARKERS:  # "were being treated in hospitals": hurt, as "in hospital" is
        return Metric.INJURED, k - 3
    if w in ("hospital", "hospitals") and (treated := _treated_at(words, k)) is not None:
        return Metric.INJURED, treated - 1
    if w == "scene" and before == "the" and verb == "at" and k > 3 and words[k - 3] == "treated" \
            and words[k - 4] in _PASSIVE_MARKERS:  # "had been treated at the scene": hurt, if not taken away
        return Metric.INJURED, k - 3
    if w == "ill" and before in _FALLING_ILL:  # "124 students had fallen ill": made ill, as "sickened" says
        return Metric.CASES, k - 1
    if w in _HOMES and before in _POSSESSIVES and verb == "from" and k > 2 and words[k - 3] in _DRIVEN:
        return Metric.DISPLACED, k - 3
    if w in _LEAVING and before == "to" and verb in _DRIVEN:  # "have been forced to leave", "forced to flee"
        return Metric.DISPLACED, k - 2
    # "were ordered out of their homes", "forced out of their homes": made to leave them as well.
    if w in _HOMES and before in _POSSESSIVES and verb == "of" and k > 3 and words[k - 3] == "out" \
            and words[k - 4] in _DRIVING:
        return Metric.DISPLACED, k - 4
    leaving = k - 1 if before == "from" else k - 2 if verb == "from" and before in _POSSESSIVES else \
        k - 3 if verb == "of" and before in _POSSESSIVES and words[k - 3] == "out" else -1
    if w in _HOMES and leaving > 0 and _verb_before(tokens, leaving, _DRIVING):
        return Metric.DISPLACED, leaving
    # "had been admitted to hospitals with the disease", "admitted to hospital with dengue": the outbreak's cases.
    with_at = k - 2 if w == "disease" and before == "the" else k - 1 if w in _DISEASES else -1
    if with_at > 2 and words[with_at] == "with" and words[with_at - 1] in ("hospital", "hospitals") \
            and words[with_at - 2] == "to" and words[with_at - 3] == "admitted":
        return Metric.CASES, with_at - 3
    # "had been moved to evacuation centres", "were taken to shelters": out of their homes, so displaced.
    if w in _SHELTER_PLACES:
        to = k - 2 if before in _SHELTER_KINDS else k - 1
        if to > 1 and words[to] == "to" and words[to - 1] in _MOVED and words[to - 2] in _PASSIVE_MARKERS:
            return Metric.DISPLACED, to - 2
        if before in _SHELTER_KINDS and words[to] in ("in", "at") and to > 0 and words[to - 1] in _STAYING:
            return Metric.DISPLACED, to - 1  # "40,000 people remain in evacuation centres": still out of their homes
    # "were forced to leave their homes", "had to flee their homes", "had left their homes": gone from them.
    if w in _HOMES and before in _POSSESSIVES and verb in _LEAVING and k > 2:
        if words[k - 3] == "to" and k > 3 and (words[k - 4] in _DRIVEN or words[k - 4] in ("had", "have", "has")):
            return Metric.DISPLACED, k - 4
        if verb == "left" and words[k - 3] in ("had", "have", "has"):
            return Metric.DISPLACED, k - 3
    if w == "condition" and before in CONDITIONS:
        opening = next((j for j in range(k - 2, max(-1, k - 5), -1) if words[j] == "in"), None)
        return (Metric.INJURED, opening) if opening is not None else None
    if w in ("hospital", "hospitals") and before == "in" and verb in _STILL_WORDS:
        return Metric.INJURED, k - 1
    # "61 pupils were still held by the gunmen", "remain in captivity", "still held hostage": not freed,
    # so missing to their families (not "were held by police": arrested).
    by = k - 2 if before == "the" else k - 1
    if w in _CAPTORS and by > 1 and words[by] == "by" and words[by - 1] == "held" and words[by - 2] in _STILL_HELD:
        return Metric.MISSING, by - 2
    if w in ("captivity", "captive", "hostage") and before in ("in", "held") and verb in _STILL_HELD:
        return Metric.MISSING, k - 2
    # "eight remained trapped", "three people were still under the rubble": not reached, so missing.
    if w == "trapped" and before in _STILL_WORDS:
        return Metric.MISSING, k - 1
    if w == "trapped" and before in _BELIEVED and verb in _PASSIVE_MARKERS:  # "were feared trapped", "believed trapped"
        return Metric.MISSING, k - 2
    if w == "trapped" and before == "be" and verb == "to" and k > 3 and words[k - 3] in _BELIEVED \
            and words[k - 4] in _PASSIVE_MARKERS:  # "were believed to be trapped"
        return Metric.MISSING, k - 4
    if w in _RUBBLE and before == "the" and verb == "under" and k > 2:
        # "were still under the rubble", "might still be under the rubble"
        still = k - 4 if k > 3 and words[k - 3] == "be" else k - 3
        if words[still] in _STILL_WORDS:
            return Metric.MISSING, still
    taken_to = _to_hospital(words, k)
    if taken_to is not None and taken_to > 0 and words[taken_to - 1] in TAKEN_FORMS:  # "were taken to hospital", "to four hospitals"
        return Metric.INJURED, taken_to - 1
    if w in ("custody", "detention") and before == "in" and verb in _STILL_WORDS:  # "600 were in custody"
        return Metric.ARRESTED, k - 1
    if w in _HARMS or w in WEATHER_HARMS:  # "23 people had been admitted with frostbite", "admitted to hospital with burns"
        with_at = next((j for j in range(k - 1, max(-1, k - 3), -1) if words[j] == "with"), -1)
        admitted = with_at - 3 if with_at > 2 and words[with_at - 1] in ("hospital", "hospitals") \
            and words[with_at - 2] == "to" else with_at - 1
        if with_at > 0 and admitted >= 0 and words[admitted] == "admitted":
            return Metric.INJURED, admitted
        if with_at > 0 and _verb_before(tokens, with_at, ADMITTING_FORMS):  # "hospitals admitted 300 people with heatstroke"
            return Metric.INJURED, with_at
        if w in _HARMS and with_at > 1 and words[with_at - 1] == "them" and words[with_at - 2] == "of":
            return Metric.INJURED, with_at  # "19 were rescued, four of them with injuries": the hurt among them
    overcome_by = k - 1 if before == "by" else k - 2  # "overcome by gas", "overcome by carbon monoxide"
    if w in _FUMES and overcome_by > 0 and words[overcome_by] == "by" and words[overcome_by - 1] == "overcome":
        return Metric.INJURED, overcome_by - 1
    if w in _HARMS:  # "suffered minor injuries", "sustained serious burns"
        suffered = next((j for j in range(k - 1, max(-1, k - 4), -1) if words[j] in _SUFFERED), None)
        if suffered is not None and all(words[j].isalpha() for j in range(suffered + 1, k)):
            return Metric.INJURED, suffered
    # The active voice, its verb before the count: "sent more than 300 people to hospital", "treated 180
    # people for breathing problems".
    if taken_to is not None and _verb_before(tokens, taken_to, TAKEN_FORMS):
        return Metric.INJURED, taken_to
    if w == "for" and _verb_before(tokens, k, _TREATING):
        return Metric.INJURED, k
    return None


# How many words may name which hospitals after "treated at": "at two hospitals", "at the city's main hospital".
_HOSPITAL_WORDS: Final = 3


def _treated_at(words: Sequence[str], k: int) -> int | None:
    """Where "treated" stands in "were being treated at two hospitals", "had been treated at a local hospital"
    (the hospital at ``k``), a passive before it; None otherwise."""
    at = next((j for j in range(k - 1, max(0, k - _HOSPITAL_WORDS - 2), -1) if words[j] in ("at", "in")), None)
    if at is None or at < 2 or words[at - 1] != "treated" or words[at - 2] not in _PASSIVE_MARKERS:
        return None
    return at - 1


def _to_hospital(words: Sequence[str], k: int) -> int | None:
    """Where "to" stands before the hospital noun at ``k``: "to hospital", "to the hospital", "to four
    hospitals", "to a nearby hospital"."""
    if words[k] not in ("hospital", "hospitals"):
        return None
    j = k - 1
    while j > 0 and k - j <= _WARD_WORDS_REACH and (words[j] in _WARD_WORDS or words[j] in _NUMBER_WORDS
                                                     or words[j][0].isdigit()):
        j -= 1
    return j if j >= 0 and words[j] == "to" else None


def _verb_before(tokens: _Tokens, k: int, verbs: frozenset[str]) -> bool:
    """Whether one of ``verbs`` stands a few words before ``k``, in its clause, with a number between
    (the count is its object)."""
    number = False
    for j in range(k - 1, max(-1, k - _ACTIVE_OBJECT_REACH), -1):
        w = tokens.words[j]
        if w in verbs:
            return number
        if w in _AFTER_STOPS:
            return False
        number = number or w[0].isdigit() or w in _NUMBER_WORDS
    return False


def _fled_home(tokens: _Tokens, k: int) -> bool:
    """"fled their homes", "fled the area": an object that only says what was left behind."""
    words = tokens.words
    return (_METRIC_VERBS.get(words[k]) is Metric.DISPLACED and k + 2 < len(tokens)
            and (words[k + 1] in _POSSESSIVES or words[k + 1] == "the") and words[k + 2] in _LEFT_PLACES)


def _passive_after_modifier(tokens: _Tokens, i: int) -> int | None:
    """"Two women from a rights group taking part in the march were arrested": a subject that a
    prepositional or participle phrase lengthens past the window still takes a passive verb
    ("were arrested", "were also found dead") before any other verb or clause."""
    words = tokens.words
    if not (words[i] in _SUBJECT_MODIFIERS or words[i].endswith("ing")):
        return None
    for k in range(i, min(len(tokens) - 1, i + _SUBJECT_WINDOW)):
        w = words[k]
        if w in _PERFECT_MARKERS and words[k + 1] in _PASSIVE_MARKERS:
            continue  # "11 fighters of a local defence force had been killed"
        if w in _AFTER_STOPS or w in _NOT_IN_SUBJECT or w[0].isdigit():
            if w not in _PASSIVE_MARKERS:
                return None
            for verb in range(k + 1, min(len(tokens), k + 4)):
                if words[verb] in _METRIC_VERBS or words[verb] in _AFTER_ONLY_VERBS:
                    return verb
                # "More than 3,000 residents of the town were ordered out of their homes": a predicate of
                # several words that the verb opens, read where it ends.
                phrase = next((end for end in range(verb + 1, min(len(tokens), verb + _PREDICATE_REACH))
                               if (said := _predicate(tokens, end)) is not None and said[1] == verb), None)
                if phrase is not None:
                    return phrase
                if words[verb] not in _PASSIVE_ADVERBS:
                    return None
            return None
    return None


_ASIDE_MARKS: Final = frozenset({",", "\u2014", "\u2013", "--"})


def _aside_end(tokens: _Tokens, comma: int) -> int | None:
    """The comma closing a short aside opened at ``comma``, when a verb phrase follows it. An aside
    naming the people counted one by one ("two journalists, a reporter for ... and a cameraman
    with ..., were found dead") or what they were ("among them women and children") may be longer
    and hold an "and"."""
    members = comma + 1 < len(tokens) and (tokens.words[comma + 1] in _MEMBER_OPENERS
                                           or tokens.words[comma + 1] in _MAKEUP_OPENERS)
    closer = tokens.words[comma]  # "12 people — including four children — were killed": dashes close as they open
    for k in range(comma + 1, min(len(tokens), comma + (_SUBJECT_WINDOW if members else _ASIDE_WINDOW))):
        w = tokens.words[k]
        if w == closer:
            return k if k > comma + 1 and k + 1 < len(tokens) and tokens.words[k + 1] not in _AFTER_STOPS \
                and not tokens.words[k + 1][0].isdigit() else None
        if w == "and" and members:
            continue
        if w in _CLAUSE_STOPS or w in _METRIC_VERBS or w in ("and", "but", "while"):
            return None
    return None


def _victim(tokens: _Tokens, np: _NounPhrase, first: int) -> str | None:
    """Victim class (and side) of a casualty figure, when the text tells."""
    words = tokens.words
    if np.kind is _Head.PERSON and np.head is not None and words[np.head] not in _OTHERS:
        victim = _person(tokens, np.head, np.modifiers)
        if ":" not in victim and victim in _ARMED and _owned(tokens, np):
            return f"{victim}:{OWN_SIDE}"  # "three of its soldiers": the speaker's side
        if victim.split(":")[0] != PEOPLE:
            return victim
        return _apposition(tokens, np.end) or victim
    if np.kind in (_Head.METRIC, None):
        return (_from_modifiers(tokens, np.modifiers) or _recipient(tokens, np.end)
                or _apposition(tokens, np.end) or _target(tokens, first) or _class_of_count(tokens, first))
    if _own_people(tokens, np):
        cls = _subject_class(tokens, first)
        return f"{cls}:{OWN_SIDE}" if cls in _ARMED else cls
    return None


def _class_of_count(tokens: _Tokens, first: int) -> str | None:
    """"raised the number of inmates killed to 34", "the number of dead soldiers rose to 12": the people a
    running count names before its value, so an earlier count of that class is a step of the same toll."""
    for k in range(first - 1, max(0, first - _CLASS_OF_COUNT_REACH), -1):
        if tokens.words[k] == "of" and tokens.words[k - 1] in _COUNT_NOUNS \
                and not any(w[:1].isdigit() for w in tokens.words[k + 1:first]):  # "a count of 12 soldiers, with 300 hurt"
            head = next((q for q in range(k + 1, min(first, k + 3)) if tokens.words[q] in _PERSON_NOUNS), None)
            return _person(tokens, head, tuple(range(k + 1, head))) if head is not None else None
    return None


def _owned(tokens: _Tokens, np: _NounPhrase) -> bool:
    """"its soldiers", "three of our own fighters": people a possessive gives to whoever speaks of them."""
    assert np.head is not None
    k = min((*np.modifiers, np.head)) - 1
    if k >= 0 and tokens.words[k] == "own":
        k -= 1
    return k >= 0 and tokens.words[k] in _OWN_DETERMINERS


def _person(tokens: _Tokens, head: int, modifiers: tuple[int, ...]) -> str:
    word = tokens.words[head]
    cls = _PERSON_NOUNS.get(word, PEOPLE)
    if word in _MEMBER_NOUNS and (named := _armed_group_named(tokens, head)) is not None:
        return named
    if word in _MEMBER_NOUNS and _armed_group_members(tokens, head):
        cls = _COMBATANT
    for k in modifiers:
        cls = _VICTIM_MODIFIERS.get(tokens.words[k], cls)
    side = _side(tokens, (*modifiers, head) if word not in _PERSON_NOUNS else modifiers)
    return f"{cls}:{side}" if side else cls


def _armed_group_named(tokens: _Tokens, head: int) -> str | None:
    """"40 members of the Rapid Support Forces", "members of the Dawn Brigade": fighters of the armed
    force the name after "of" gives (its side), not anyone killed."""
    k = head + 1
    if k >= len(tokens) or tokens.words[k] != "of":
        return None
    k += 2 if k + 1 < len(tokens) and tokens.words[k + 1] == "the" else 1
    run = []
    while k < len(tokens) and tokens.raws[k][:1].isupper():
        run.append(k)
        k += 1
    if not run:
        # "members of the security forces", "of the police": the armed people the noun names, no side
        end = next((j for j in range(k, min(k + 2, len(tokens))) if tokens.words[j] in _PERSON_NOUNS), None)
        cls = _PERSON_NOUNS.get(tokens.words[end]) if end is not None else None
        return cls if cls in _ARMED else None
    if not _ARMED_GROUP_WORDS.isdisjoint(tokens.words[j] for j in run):
        cls = _COMBATANT
    elif tokens.words[run[-1]] in _NAMED_FORCES:
        cls = _MILITARY
    else:
        return None
    return f"{cls}:{' '.join(tokens.raws[j] for j in run)}"


def _armed_group_members(tokens: _Tokens, head: int) -> bool:
    """"four of its members" where the sentence names an armed group ("The Dawn Brigade, which
    first reported four of its members dead"): the group's own fighters, not anyone killed."""
    owner = tokens.words[max(0, head - _MEMBER_REACH):head]
    return not _MEMBER_OWNERS.isdisjoint(owner) and not _ARMED_GROUP_WORDS.isdisjoint(tokens.words)


def _from_modifiers(tokens: _Tokens, modifiers: tuple[int, ...]) -> str | None:
    classes = [_VICTIM_MODIFIERS[tokens.words[k]] for k in modifiers if tokens.words[k] in _VICTIM_MODIFIERS]
    if not classes:
        return None
    side = _side(tokens, modifiers)
    return f"{classes[-1]}:{side}" if side else classes[-1]


def _side(tokens: _Tokens, indices: Sequence[int]) -> str | None:
    """Whose people they are: a demonym ("US", "American"), else the first run of
    capitalised words ("New Jersey" police)."""
    run: list[str] = []
    for k in indices:
        raw, word = tokens.raws[k], tokens.words[k]
        if _ALIGNMENT.search(word):
            continue
        if (country := demonym(word)) is not None and not run:
            return country
        if raw[0].isupper() and word not in _VICTIM_MODIFIERS:
            run.append(raw)
        elif run:
            break
    return " ".join(run) or None


def _recipient(tokens: _Tokens, i: int) -> str | None:
    """"injuries to French soldiers", "deaths among civilians"."""
    if i < len(tokens) and tokens.words[i] in ("to", "among"):
        return _person_after(tokens, i + 1)
    return None


def _person_after(tokens: _Tokens, i: int) -> str | None:
    """The person noun a short phrase leads to ("US and coalition forces")."""
    modifiers: list[int] = []
    for k in range(i, min(len(tokens), i + 6)):
        w = tokens.words[k]
        if w in _PERSON_NOUNS:
            return _person(tokens, k, tuple(modifiers))
        if w in _CLAUSE_STOPS and w != ",":
            return None
        if w not in ("the", "a", "an", "and", ","):
            modifiers.append(k)
    return None


_APPOSITION_REACH: Final = 5
# Asides that tell of some of the people counted, not what most of them were.
_SOME_OF: Final = frozenset("including among".split())


def _apposition(tokens: _Tokens, i: int) -> str | None:
    """"500 people, many of them children" (not "16 people, including civilians": some are, so the
    count is of anyone)."""
    if i >= len(tokens) or tokens.words[i] != "," or (i + 1 < len(tokens) and tokens.words[i + 1] in _SOME_OF):
        return None
    return _CIVILIAN if _ahead_before_stop(tokens, i + 1, _APPOSITION_REACH, _CIVILIAN_APPOSITION, _CLAUSE_STOPS) \
        else None


def _target(tokens: _Tokens, first: int) -> str | None:
    """The target of the attack the sentence tells of ("rockets against Israeli troops")."""
    for k in range(first - 1, max(-1, first - _AGENT_WINDOW), -1):
        if tokens.words[k] in ("against", "targeting"):
            return _person_after(tokens, k + 1)
    return None


def _two_harms(tokens: _Tokens, k: int) -> bool:
    """"killed or injured", "dead or wounded", "killed and wounded": the verb at ``k`` joined to one of
    another harm, so the count is of both together."""
    words = tokens.words
    here = _METRIC_VERBS.get(words[k]) or _AFTER_ONLY_VERBS.get(words[k])
    if here is None or here not in _PEOPLE_TOLLS:
        return False
    for joint, other in ((k + 1, k + 2), (k - 1, k - 2)):
        if 0 <= other < len(words) and words[joint] in ("or", "and"):
            harm = _METRIC_VERBS.get(words[other]) or _AFTER_ONLY_VERBS.get(words[other])
            if harm is not None and harm is not here and harm in _PEOPLE_TOLLS:
                return True
    return False


def _place(tokens: _Tokens, i: int) -> str | None:
    """"25 times in Jordan": a capitalised place right after the figure."""
    n = len(tokens)
    for k in range(i, min(n, i + 4)):
        w = tokens.words[k]
        if w in _PLACE_PREPOSITIONS:
            # "30 in neighbouring Belvan": where the place lies is no part of its name
            return _proper_name(tokens, k + 2 if k + 1 < n and tokens.words[k + 1] in _WHERE_WORDS else k + 1)
        if w in _AFTER_STOPS or w[0].isdigit():
            return None
    return None


# Words that open a clause of its own after a comma: "..., while in Tamsin province it counted 12".
_CLAUSE_OPENERS: Final = frozenset("while whereas and but".split())


def _clause_place(tokens: _Tokens, first: int) -> str | None:
    """"In Ardel province the agency said 23 had died, while in Tamsin province it counted 12": a place
    opening the figure's own clause after a comma is where that clause's count happened, not the place
    opening the sentence."""
    k = first - 1
    while k > 0 and tokens.words[k] not in (",", ";") and tokens.words[k] not in _SENTENCE_ENDS:
        k -= 1
    if k <= 0 or tokens.words[k] in _SENTENCE_ENDS:
        return None
    start = k + 1
    if start < first and tokens.words[start] in _CLAUSE_OPENERS:
        start += 1
    if start + 1 >= first or tokens.words[start] != "in":
        return None
    name, end = _place_after(tokens, start, first)
    return " ".join(tokens.raws[name:end]) if end > name else None


def _fronted_place(tokens: _Tokens, first: int) -> str | None:
    """"In Dnipro, four people were killed": a place opening the sentence, set off by its comma before
    the figure, is where the sentence's counts happened."""
    start = next((k + 1 for k in range(first - 1, -1, -1) if tokens.words[k] in _SENTENCE_ENDS), 0)
    if first - start < 3 or tokens.words[start] not in _PLACE_PREPOSITIONS:
        return None
    name, end = _place_after(tokens, start, first)
    comma = end + 1 if end < first and tokens.words[end] in _PLACE_NOUNS else end  # "In Agam district,"
    if end == name or comma >= first:
        return None
    # "In Agam district the agency said": a kind of place, or a determiner after the name, ends it as a comma does.
    if tokens.words[comma] != "," and comma == end and tokens.words[comma] not in NOUN_DETERMINERS:
        return None
    return " ".join(tokens.raws[name:end])


def _place_after(tokens: _Tokens, preposition: int, first: int) -> tuple[int, int]:
    """Where the capitalised name after the preposition at ``preposition`` begins and ends, before the figure
    at ``first``, past a word for where it lies ("in neighbouring Kaduna state"); an empty run when none."""
    name = preposition + 2 if tokens.words[preposition + 1] in _WHERE_WORDS else preposition + 1
    end = name
    while end < first and tokens.raws[end][0].isupper() and tokens.words[end] not in _NOT_PLACES:
        end += 1
    return name, end


def _proper_name(tokens: _Tokens, i: int) -> str | None:
    """A capitalised name that ends its phrase ("in Jordan and", not "in the French capital")."""
    n = len(tokens)
    if i < n and tokens.words[i] == "the":
        i += 1
    parts: list[str] = []
    k = i
    while k < min(n, i + 5):
        raw = tokens.raws[k]
        capitalised = raw[0].isupper() and raw.lower() not in _NOT_PLACES and not (raw.isupper() and len(raw) > 4)
        if capitalised or (raw == "of" and parts):
            parts.append(raw)
        else:
            break
        k += 1
    while parts and parts[-1] == "of":
        parts.pop()
        k -= 1
    if not parts or (k < n and _compound_follows(tokens, k)):
        return None
    return " ".join(parts)


# --- inheritance between coordinated figures ------------------------------------------

# "40 people, four of them with injuries": what befell a part says nothing of the whole before it.
_PART_OF_THEM: Final = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
# The rest of a clause up to the comma that opens an aside: "eight people had died, "
_CLAUSE_TO_COMMA: Final = re.compile(r"[^,.;:!?\"“”]*,\s*")


def _inherit(text: str, readings: list[_Reading]) -> list[_Reading]:
    """Give coordinated figures the metric their neighbour states, and "others"
    the victim of the figure before them."""
    out = list(readings)
    for i in range(1, len(out)):
        if _may_inherit(out[i]) and out[i - 1].metric is not None and not _whole_of(out[i - 1], out[i]) \
                and (_coordinated(text, out[i - 1], out[i]) or _part_of_them(text, out[i - 1], out[i])):
            out[i] = _take(out[i], out[i - 1])
    for i in range(len(out) - 2, -1, -1):
        if (_may_inherit(out[i]) and out[i + 1].strong and _coordinated(text, out[i], out[i + 1])
                and _SAVED_BEFORE.search(text, max(0, out[i].span.start - 12), out[i].span.start) is None
                and _AIMED_AT.search(text, max(0, out[i].span.start - 12), out[i].span.start) is None
                and _PART_OF_THEM.match(text, out[i + 1].span.end) is None):
            out[i] = _take(out[i], out[i + 1])
    for i, r in enumerate(out):
        if r.others:
            earlier = next((p.victim for p in reversed(out[:i]) if p.victim), None)
            out[i] = replace(r, victim=earlier)
    return out


def _part_of_them(text: str, whole: _Reading, part: _Reading) -> bool:
    """"eight people had died, six of them children, and 24 were hurt": the aside counts a part of the
    toll its clause closes, not the subject of the verb after it."""
    return whole.strong and whole.metric in _CASUALTY_METRICS and _PART_OF_THEM.match(text, part.span.end) is not None \
        and _CLAUSE_TO_COMMA.fullmatch(text, whole.span.end, part.span.start) is not None


def _restated(text: str, readings: list[_Reading], tokens: _Tokens) -> list[_Reading]:
    """A number with no metric of its own that restates a count of its sentence ("raised its count
    to seven", "the actual figure was 115") counts what that count counts: the figure before it,
    else the toll its sentence names before it (when that figure is another speaker's claim)."""
    out = list(readings)
    for i, r in enumerate(out):
        if r.metric is not None:
            continue
        lo = max(0, r.span.start - _REVISION_WINDOW)
        if _REVISED_TO.search(text, lo, r.span.start) is None and _RESTATED.search(text, lo, r.span.start) is None:
            continue
        earlier = next((p for p in reversed(out[:i]) if p.metric is not None
                        and _SENTENCE_BREAK.search(text, p.span.end, r.span.start) is None), None)
        if earlier is not None:
            out[i] = replace(r, metric=earlier.metric, victim=earlier.victim)
            continue
        # the toll its sentence names before it, by a noun or a verb ("had killed dozens of children,
        # putting the number at 56", the count another claim's)
        named = next((_BEFORE_NOUNS.get(w) or _METRIC_VERBS[w] for w in reversed(tokens.words[:r.first])
                      if w in _BEFORE_NOUNS or w in _METRIC_VERBS), None)
        if named is not None:
            out[i] = replace(r, metric=named)
    return out


# Words for a share of a whole: "half of the 40 passengers died" counts no 40 dead.
_SHARES: Final = frozenset("half third quarter fifth tenth most majority many some all none two-thirds three-quarters"
                           .split())


def _share_of(tokens: _Tokens, first: int) -> bool:
    """"Roughly half of the 40 passengers died", "most of its 300 residents fled": the number is the whole a
    share is taken of, not a count of the harmed (a count of troops it still is: "half of the 4,200 troops
    abroad serve in two countries")."""
    words = tokens.words
    return first > 2 and words[first - 1] in _WHOLE_DETERMINERS and words[first - 2] == "of" \
        and words[first - 3] in _SHARES


def _whole_of(part: _Reading, whole: _Reading | int) -> bool:
    """"killing 18 of the 19 people on board": the second number counts what the first is a part of, so
    the verb before the part counts only the part (not "one of 20 students killed", a whole with its own
    verb)."""
    first = whole if isinstance(whole, int) else whole.first
    return part.np.partitive and part.np.head is None and part.np.end == first


def _predicate_of_part(tokens: _Tokens, first: int, end: int, verb: int) -> bool:
    """"12 of its 31 crew were missing", "18 of the 19 people on board were killed": a whole its determiner
    makes definite, and an auxiliary before the verb after it, so that the part is the verb's subject, not
    the whole ("one of 20 students killed" has a verb of its own)."""
    return first > 0 and tokens.words[first - 1] in _WHOLE_DETERMINERS and verb - end <= _PART_VERB_REACH \
        and (any(tokens.words[j] in _AUXILIARIES for j in range(end, verb)) or tokens.words[verb] in _ONLY_INTRANSITIVE)


def _may_inherit(r: _Reading) -> bool:
    """Without a metric of its own, and not counting some other noun ("3,900 tanks")."""
    return not r.strong and r.np.kind is not _Head.UNKNOWN and not r.own_verb


def _take(r: _Reading, source: _Reading) -> _Reading:
    own_victim = r.np.kind is _Head.PERSON and r.victim is not None
    return replace(r, metric=source.metric, strong=source.strong,
                   victim=r.victim if own_victim else source.victim or r.victim)


def _coordinated(text: str, a: _Reading, b: _Reading) -> bool:
    """Only a conjunction, a place or a date stands between the two figures (no verb that counts
    one of them: "cleared two men of murdering six"); "Of 307 on board, three died" counts a part
    of the first, not the same thing."""
    if a.np_end_char > b.span.start or _COORDINATION_GAP.fullmatch(text, a.np_end_char, b.span.start) is None:
        return False
    gap_words = _LETTERS.findall(text[a.np_end_char:b.span.start].lower())
    if (gap_words and gap_words[-1] in _METRIC_VERBS) or "but" in gap_words:
        return False  # "saved 40 people but 12 others drowned": set against each other, not one count
    after_and = gap_words[gap_words.index("and") + 1:] if "and" in gap_words else []
    if any(w.endswith(("ing", "ed")) and w not in _METRIC_VERBS for w in after_and):
        return False  # "killing 30 people and kidnapping dozens more": another verb counts the second
    return _WHOLE_BEFORE.search(text, max(0, a.span.start - 12), a.span.start) is None


# --- the finished mention --------------------------------------------------------------

_CASUALTY_METRICS: Final = frozenset((Metric.KILLED, Metric.INJURED, Metric.MISSING, Metric.DISPLACED,
                               Metric.ARRESTED))


def _mention(text: str, r: _Reading, metric: Metric, tokens: _Tokens, dates: list[DateMention],
             context: tuple[int, int], published: dt.date | None) -> FigureMention:
    agent, plural_agent = _agent(tokens, r) if metric in _CASUALTY_METRICS else (None, False)
    period_start, period_end, day = _period(r, dates)
    a = r.amount
    # Killings counted as acts ("300 political killings") are as many events as attacks are.
    acts = r.np.kind is _Head.METRIC and r.np.head is not None and tokens.words[r.np.head] in _ACT_NOUNS
    counted_events = (metric in (Metric.ATTACKS, Metric.STRIKES) or acts) and not (
        a.qualifier is Qualifier.EXACT and a.value == 1)
    window = text[max(context[0], r.span.start - _AGGREGATE_WINDOW):
                  min(context[1], r.span.end + _AGGREGATE_WINDOW)]
    to_date = period_start is not None and period_end is not None and published is not None \
        and period_end >= published and period_end - period_start > _ONE_EVENT_DAYS
    aggregate = (plural_agent or counted_events or (period_start is not None and period_end is None) or to_date
                 or _AGGREGATE_MARKERS.search(window) is not None)
    unit = tokens.raws[r.np.head] if r.np.head is not None and r.np.kind is not _Head.UNKNOWN else None
    return FigureMention(
        span=r.span, metric=metric, qualifier=a.qualifier, value=a.value, low=a.low, high=a.high,
        unit=unit, place=r.place, period_start=period_start, period_end=period_end,
        incident_agent=agent, incident_victim=r.victim if metric is not Metric.ATTENDED else None,
        incident_date=day, aggregate=aggregate,
    )


def _agent(tokens: _Tokens, r: _Reading) -> tuple[str | None, bool]:
    """(agent head, whether it is plural or campaign-like)."""
    found = _agent_after(tokens, r.verb + 1 if r.verb is not None and r.verb_after else r.np.end)
    if found is not None:
        return found
    start = r.verb if r.verb is not None and r.verb < r.first else r.first
    for k in range(start - 1, max(-1, start - _AGENT_WINDOW), -1):
        agent = _agent_at(tokens, k)
        if agent is not None:
            return agent
    return None, False


def _agent_at(tokens: _Tokens, k: int) -> tuple[str, bool] | None:
    agent = _AGENTS.get(tokens.words[k])
    if agent is not None and agent[0] == "strike" and k > 0 and tokens.words[k - 1] in NO_BLOW:
        return None
    if agent is not None and agent[0] == "fire" and k > 0 and tokens.words[k - 1] in SHOT_FIRE:
        return SHOT_FIRE[tokens.words[k - 1]], False
    return agent


def _agent_after(tokens: _Tokens, i: int) -> tuple[str, bool] | None:
    """"killed in an Israeli airstrike", "wounded by a drone strike"."""
    n = len(tokens)
    for k in range(i, min(n, i + 3)):
        if tokens.words[k] in _AGENT_PREPOSITIONS:
            for j in range(k + 1, min(n, k + 6)):
                w = tokens.words[j]
                if w in _AGENTS:
                    return _agent_at(tokens, j)
                if w in _CLAUSE_STOPS:
                    return None
            return None
    return None


def _period(r: _Reading, dates: list[DateMention]) -> tuple[dt.date | None, dt.date | None, dt.date | None]:
    """(period start, period end, incident day) from the nearest date in the content."""
    resolved = [d for d in dates if d.resolved]
    if not resolved:
        return None, None, None
    nearest = min(resolved, key=lambda d: _distance(d.span, r.span))
    if nearest.kind is DateKind.SINCE:
        return nearest.start, None, None
    if nearest.kind is DateKind.UNTIL:
        return None, nearest.end, None
    if nearest.date is not None:
        return None, None, nearest.date
    return nearest.start, nearest.end, None


def _distance(a: Span, b: Span) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


# --- relations between figures ---------------------------------------------------------

def find_figure_relations(text: str, sentence: Span,
                          figures: Sequence[FigureMention]) -> list[FigureRelationMention]:
    """Relations ``sentence`` states between ``figures`` (indices into it).

    PART_OF: a run of two or more figures of one metric right before or after
    a figure of that metric whose values add up to it (exactly, or within the
    total's "approximately"): "roughly 40 times -- 25 ... in Jordan and 15 ...
    in Kuwait". EXCLUDES: "its tally does not include the 11 reported by X",
    "excluding the 12 ...": from the figure the sentence states (the
    nearest before the phrase, else after it) to an external figure (value and
    speaker as written), which usually belongs to another claim.
    """
    order = sorted((i for i, f in enumerate(figures)
                    if sentence.start <= f.span.start and f.span.end <= sentence.end),
                   key=lambda i: figures[i].span.start)
    return _sums(figures, order) + _exclusions(text, sentence, figures, order)


def _sums(figures: Sequence[FigureMention], order: list[int]) -> list[FigureRelationMention]:
    relations: list[FigureRelationMention] = []
    parts_seen: set[int] = set()
    for pos, total in enumerate(order):
        if total in parts_seen:
            continue
        for run in (_run(figures, order, pos, 1), _run(figures, order, pos, -1)):
            if len(run) >= 2 and _adds_up(figures[total], [figures[i] for i in run]):
                reason = " + ".join(format_number(figures[i].value or 0) for i in run) + \
                    f" = {figures[total].span.text}"
                relations += [FigureRelationMention(FigureLinkKind.PART_OF, i, reason, target=total)
                              for i in run]
                parts_seen.update(run)
                break
    return relations


def _run(figures: Sequence[FigureMention], order: list[int], pos: int, step: int) -> list[int]:
    metric = figures[order[pos]].metric
    run: list[int] = []
    k = pos + step
    while 0 <= k < len(order) and figures[order[k]].metric is metric:
        run.append(order[k])
        k += step
    return run if step > 0 else run[::-1]


def _adds_up(total: FigureMention, parts: list[FigureMention]) -> bool:
    point = (Qualifier.EXACT, Qualifier.APPROXIMATELY)
    if total.value is None or total.qualifier not in point:
        return False
    if any(p.value is None or p.qualifier not in point for p in parts):
        return False
    gap = abs(sum(p.value or 0 for p in parts) - total.value)
    return gap == 0 or (total.qualifier is Qualifier.APPROXIMATELY and gap <= tolerance(total.value))


def _exclusions(text: str, sentence: Span, figures: Sequence[FigureMention],
                order: list[int]) -> list[FigureRelationMention]:
    relations: list[FigureRelationMention] = []
    for m in _EXCLUSION.finditer(text, sentence.start, sentence.end):
        value = parse_number(m.group("num"))
        source = _stated_figure(figures, order, m.start(), m.end())
        if value is None or source is None:
            continue
        who = "by" if m.group("by") else "who" if m.group("who") else None
        speaker = Span.of(text, m.start(who), m.end(who)) if who else None
        external = ExternalFigure(value, Span.of(text, m.start("num"), m.end()), speaker)
        relations.append(FigureRelationMention(FigureLinkKind.EXCLUDES, source, " ".join(m.group().split()),
                                               external=external))
    return relations


def _stated_figure(figures: Sequence[FigureMention], order: list[int], start: int, end: int) -> int | None:
    before = [i for i in order if figures[i].span.end <= start]
    if before:
        return before[-1]
    return next((i for i in order if figures[i].span.start >= end), None)


def victim_class(f: Figure) -> str:
    """The class of victims a figure counts ("civilian" of "civilian:Kenya"); PEOPLE when it names none."""
    return (f.incident_victim or PEOPLE).partition(":")[0]
