"""Reading a source mention: who a phrase like "Pentagon spokesman Brigadier
General Pat Ryder" or "a source from the Popular Mobilization Forces" names.

:func:`parse_mention` turns the words of one mention into a :class:`Mention`:
a person (name, role, rank, gender), an organization, a group, an anonymous
source (its head noun and the organization it comes from), a document whose
owner speaks through it ("a statement posted on its channel"), a reference to
resolve against earlier speakers (a pronoun, "the ministry", "the post"), or
nothing that can speak ("a day earlier", "most", "the findings").
An appositive is read with its head: "Its spokesman, Abu Hamza," is a person
with a role; "Dr. Leila Mansour, the ministry's director," a person whose
role belongs to the ministry. A possessor ("its", "the ministry's") is kept
as written for :mod:`claimgraph.ingest.actors` to resolve.
It only reads the phrase; merging mentions into actors is
:mod:`claimgraph.ingest.actors`' job.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Final

from claimgraph.graph.model import ActorKind
from claimgraph.ingest.aliases import AliasTable, KnownActor, is_acronym
from claimgraph.ingest.cues import RUNNING_VERBS
from claimgraph.ingest.dates import CALENDAR_NAMES


class MentionKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    OUTLET = "outlet"
    ANONYMOUS = "anonymous"
    PRONOUN = "pronoun"
    NOMINAL = "nominal"
    DOCUMENT = "document"
    NOTHING = "nothing"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """What one source phrase says about its speaker.

    ``name`` is the name as written for persons, organizations and groups,
    the pronoun for pronouns, and the head noun for nominals, documents and
    anonymous sources. ``org`` is the organization a role or an anonymous
    source points to ("Pentagon" in "Pentagon spokesman", "AFP" in "an AFP
    journalist"), or who issued a document ("the ministry" in "a transcript
    released by the ministry"). ``possessor`` is a possessive that owns the
    role, group or document ("its", "his", "the ministry"): a reference that
    only the article around the phrase resolves. ``unlisted``: the head is a
    noun for who does something that the lexicons lack ("the harbour
    master"), read as a role.
    """

    kind: MentionKind
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    rank: str | None = None
    org: str | None = None
    org_aliases: tuple[str, ...] = ()
    gender: Gender | None = None
    plural: bool = False
    known: KnownActor | None = None
    possessor: str | None = None
    definite: bool = False
    unlisted: bool = False

    @property
    def long_form(self) -> str | None:
        """"Brigadier General Pat Ryder": the name with its rank, kept as an alias."""
        return f"{self.rank} {self.name}" if self.rank and self.kind is MentionKind.PERSON else None


_NOTHING: Final = Mention(MentionKind.NOTHING, "")


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_DEFINITE: Final = _words("the this that these those")
_INDEFINITE: Final = _words("a an one another some several two three four five many other multiple various few")
_PRONOUN_GENDER: Final = {"he": Gender.MALE, "him": Gender.MALE, "she": Gender.FEMALE, "her": Gender.FEMALE}
_PRONOUNS: Final = _words("he him she her they them it i me we us you who whom which one")

_HONORIFIC_GENDER: Final = {
    "mr": Gender.MALE, "mr.": Gender.MALE, "sir": Gender.MALE, "lord": Gender.MALE, "king": Gender.MALE,
    "prince": Gender.MALE, "sheikh": Gender.MALE, "mrs": Gender.FEMALE, "mrs.": Gender.FEMALE,
    "ms": Gender.FEMALE, "ms.": Gender.FEMALE, "miss": Gender.FEMALE, "dame": Gender.FEMALE,
    "lady": Gender.FEMALE, "queen": Gender.FEMALE, "princess": Gender.FEMALE,
}
_HONORIFICS: Final = frozenset(_HONORIFIC_GENDER) | _words("dr dr. prof prof. rev rev. hon hon.")

# Military and police ranks stand right before a name; they are not the role.
_RANKS: Final = tuple(sorted((tuple(r.split()) for r in """
    brigadier general|major general|lieutenant general|general|brig. gen.|maj. gen.|lt. gen.|gen.
    |lieutenant colonel|lt. col.|colonel|col.|major|maj.|captain|capt.|lieutenant|lt.|first lieutenant
    |admiral|adm.|rear admiral|rear adm.|vice admiral|vice adm.|commodore|air marshal|field marshal
    |marshal|sergeant|sgt.|staff sergeant|staff sgt.|master sergeant|corporal|cpl.|private|pvt.
    |commander|cmdr.|lieutenant commander|brigadier|air commodore|wing commander|squadron leader
    """.replace("\n", "").split("|") if r.strip()), key=len, reverse=True))
_RANK_WORDS: Final = frozenset(word for rank in _RANKS for word in rank)

# Words of a role before a name ("Deputy Pentagon Press Secretary"), compared casefolded.
ROLE_WORDS: Final = _words("""
    spokesman spokeswoman spokesperson spokespeople secretary press deputy assistant undersecretary
    under minister ministers president vice prime premier chancellor chief head director commander
    leader chairman chairwoman chair ambassador envoy official officials adviser advisor aide senior
    top former acting then interim sen. sen senator rep. rep representative congressman congresswoman
    gov. gov governor mayor lt. attorney general justice judge foreign defense defence interior health
    state affairs homeland security national public information communications media relations
    executive managing editor correspondent reporter journalist analyst economist professor dr. dr
    candidate nominee presidential republican democratic democrat campaign manager strategist
    chairperson speaker majority minority whip member members staff of for the
    ceo cfo founder co-founder owner coordinator coordinator general-secretary secretary-general
    commissioner inspector superintendent chief-of-staff coroner sheriff prosecutor magistrate
""")

# Head nouns that make a name an organization ("US Central Command", "the Gaza health ministry").
ORG_HEADS: Final = _words("""
    command ministry department forces force army navy military council committee party agency
    office court bank company corporation corp corp. inc inc. ltd university association union
    organization organisation commission authority government administration police service
    services institute foundation center centre network news times post journal campaign group
    brigade brigades battalion regiment division movement front coalition federation alliance board
    bureau secretariat cabinet parliament assembly congress senate house fund programme program
    mission embassy consulate guard guards corps unit militia tribunal monitor observatory watch
    cross crescent league society trust tv radio television broadcaster daily magazine herald
    tribune gazette examiner channel kremlin presidency palace municipality hospital
    newspaper firm nonprofit watchdog station headquarters charity affiliate directorate opposition tank
    think-tank
""")

# Words that end a newspaper's name and are no organization's head in lower case ("a courier", "an
# observer", "the express"): they make only a capitalized name of two words or more a body ("Ukrainska
# Pravda", "Donetsk Courier").
MASTHEAD_WORDS: Final = _words("""
    pravda gazeta gazzetta zeitung vestnik izvestia courier courrier corriere chronicle telegraph express
    mirror inquirer dispatch sentinel bulletin globe observer guardian standard
""")

# The kinds of media a name may follow, capitalized or not ("Broadcaster NTV", "the daily Cumhuriyet").
_MEDIA_KINDS: Final = _words("broadcaster newspaper daily magazine channel station tabloid weekly")
# What "agency" follows when a medium's kind ends its name: "Pajhwok news agency".
_AGENCY_WORDS: Final = _words("news press")

# Heads of a medium's description ("a local channel", "the conservative-leaning newspaper"); described,
# they mostly name an outlet the text named, so they stay references.
MEDIA_HEADS: Final = _words("""newspaper daily magazine tv radio television broadcaster channel network station
    times post journal news service herald tribune gazette""")

# Plural human nouns that make a mention a group ("Israeli officials", "residents").
GROUP_HEADS: Final = _words("""
    officials sources militants residents witnesses analysts experts activists doctors medics
    rescuers protesters protestors fighters soldiers troops lawmakers legislators senators
    representatives republicans democrats voters critics supporters observers diplomats
    researchers scientists investigators prosecutors authorities leaders members people rebels
    insurgents villagers survivors relatives families students workers employees aides advisers
    advisors organizers organisers economists officers paramedics journalists reporters
    correspondents insiders campaigners politicians ministers staffers delegates negotiators
    mediators lawyers attorneys judges police security forces locals citizens commanders
    spokespeople parents teachers farmers traders pilots nurses media gunmen jihadists separatists islamists
    militiamen guerrillas paramilitaries mourners miners investors participants demonstrators eyewitnesses
    millennials hispanics latinos evangelicals
""")

# Head nouns of a speaker who is not named ("a Pentagon source", "an AFP journalist").
ANONYMOUS_HEADS: Final = {
    "source": "source", "sources": "source", "insider": "insider", "insiders": "insider",
    "official": "official", "officials": "official", "journalist": "journalist",
    "journalists": "journalist", "correspondent": "correspondent", "reporter": "reporter",
    "spokesman": "spokesman", "spokeswoman": "spokeswoman", "spokesperson": "spokesperson",
    "diplomat": "diplomat", "diplomats": "diplomat", "officer": "officer", "officers": "officer",
    "member": "member", "members": "member", "aide": "aide", "aides": "aide", "adviser": "adviser",
    "advisor": "adviser", "commander": "commander", "person": "person", "people": "person",
    "employee": "employee", "staffer": "staffer", "negotiator": "negotiator",
}
_ALWAYS_ANONYMOUS: Final = _words("source sources insider insiders")
_PERSON_HEADS: Final = _words("""spokesman spokeswoman spokesperson official officer aide adviser advisor
    diplomat commander journalist correspondent reporter minister secretary envoy""")
_FEMALE_HEADS: Final = _words("spokeswoman chairwoman congresswoman businesswoman")
_MALE_HEADS: Final = _words("spokesman chairman congressman businessman")

# Singular nouns for a person ("the candidate", "a lawyer for the family"):
# a definite one points back to someone named before, an indefinite one is
# an unnamed speaker of its own.
PERSON_NOUNS: Final = _PERSON_HEADS | _words("""
    candidate nominee president senator governor mayor judge justice lawyer attorney man woman
    boy girl businessman businesswoman billionaire mogul tycoon magnate actor actress singer star
    host anchor narrator surgeon neurosurgeon doctor physician nurse professor teacher student
    scientist researcher economist analyst expert strategist pollster consultant activist advocate
    organizer organiser protester critic supporter donor delegate voter resident witness friend
    father mother wife husband son daughter brother sister uncle aunt cousin colleague ally rival
    opponent challenger front-runner frontrunner hopeful contender incumbent lawmaker legislator
    congressman congresswoman representative chairman chairwoman chairperson chair leader head
    chief director executive founder owner manager assistant ambassador general soldier veteran
    fighter militant driver farmer worker fan republican democrat conservative liberal
    progressive independent socialist libertarian writer author editor columnist commentator
    pundit blogger historian person guy lady gentleman citizen immigrant refugee victim survivor
    relative parent partner prosecutor investigator detective sheriff coroner medic paramedic
    rescuer photographer producer lobbyist operative negotiator mediator observer monitor
    inspector commissioner superintendent coordinator administrator deputy member employee
    staffer insider source diplomat envoy magistrate priest pastor imam cleric bishop rabbi monk nun
    principal headmaster headmistress headteacher warden neighbour neighbor
""")
_PERSON_SUFFIXES: Final = ("man", "woman", "person", "ist", "ian")

# Things that report without speaking themselves: their owner is the speaker
# ("the ministry's statement", "a poll by Gallup", "a transcript released by X").
DOCUMENT_HEADS: Final = _words("""
    post tweet message statement release communique communiqué report reports letter video announcement
    notice bulletin filing filings transcript poll polls polling survey surveys study studies
    analysis memo memorandum document documents data record records findings results result
    email emails e-mail ad ads advertisement book column article story op-ed editorial footage
    recording audio website page lawsuit complaint ruling order decision verdict indictment
    motion petition count tally estimate estimates projection projections forecast figures
    numbers chart map review assessment audit investigation inquiry probe research assessments analyses
    audits investigations inquiries statements letters messages videos tallies forecasts reviews releases
    rulings announcements articles stories tweets memos notices
""")
NOMINAL_HEADS: Final = ORG_HEADS | DOCUMENT_HEADS | PERSON_NOUNS

# Words that open a quantity of people rather than name them ("most Republicans",
# "about half of voters", "four in 10 voters").
_QUANTITY_OPENERS: Final = _words("""
    most many some several all both few each either neither none any half majority majorities
    minority plurality third thirds quarter quarters percent per cent about nearly almost only
    just roughly around over under more less than least vast overwhelming large small growing
    other others another one two three four five six seven eight nine ten dozen dozens hundreds
    thousands millions handful number in out of three-quarters two-thirds one-third one-quarter
""")
# What an office deals with, capitalized in a title ("Emergency Manager", "Fire Chief", "City Manager",
# "District Attorney"): a field of work or a kind of place, no organization of its own.
_OFFICE_FIELDS: Final = _words("""
    emergency fire rescue disaster medical safety operations program programme project finance sales
    marketing research technology legal policy city county town village district municipal regional
""")
# Words that alone name nobody ("most said", "far", "there").
_NOBODY: Final = _words("""
    most many some several all both few each either neither none any half majority minority
    plurality third others another one two three four five six seven eight nine ten
    everyone everybody anyone anybody nobody someone somebody no-one nothing something everything
    far ever never sometimes almost twice once there here then now also even still just only
    yet so such same own more less no perhaps quarter three-quarters two-thirds one-third one-quarter
    dozens scores hundreds thousands millions
    his her their its whenever wherever whatever whoever together meanwhile however moreover
    instead
""")
_TIME_NOUNS: Final = _words("""
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
    morning afternoon evening night week weeks weekend month months year years day days hour
    hours minute minutes decade decades ago earlier later recently last next early late past
    january february march april may june july august september october november december
""")
_CALENDAR: Final = _words("monday tuesday wednesday thursday friday saturday sunday")
_TIME_LEAD: Final = _words("in on at since by last this next early late until")
_NUMBER: Final = re.compile(r"^\d[\d,.]*%?$")
_POSSESSIVE_DETERMINERS: Final = _words("its his her their our my your")
# Words that make the words after them a titled name ("Sen.", "Secretary", "candidate").
# Offices a country, a state or a city holds, never a person: "Calvera's foreign minister" is
# a minister of Calvera's government, whoever "Calvera" is.
OFFICES_OF_STATE: Final = _words("""minister ministers president premier chancellor ambassador envoy consul
    governor mayor king queen monarch ministry government parliament""")
_TITLE_WORDS: Final = (ROLE_WORDS - _words("the of for state public national media")) | PERSON_NOUNS | _RANK_WORDS
_SUBJECT_PRONOUNS: Final = _words("he she they we i")
# Prepositions that end the head noun of a role ("director of emergency services").
_ROLE_PREPOSITIONS: Final = _words("of for at from in with on to")
# Bodies named for the subject they sit on ("the Commission on Human Rights", "the Council on Foreign
# Relations"): "on" and the capitalized words after it are the rest of the name, unless they are a date.
_BODIES_ON_A_SUBJECT: Final = _words("commission committee subcommittee council conference panel forum board")
# Capitalized words opening a sentence before a preposition that head no noun phrase ("According to X").
_NOT_HEADS: Final = _words("according thanks due next close prior compared similar")
# Lowercase words a name holds between its capitalized ones ("Ministry of Health", "Doctors for Peace").
NAME_CONNECTORS: Final = _words("of for the and on in de al")
_ADJECTIVE_SUFFIXES: Final = ("ive", "ous", "al", "ed", "ing", "ful", "able", "ible", "ic")
# Endings of a noun for who does something ("harbour master", "announcer", "trustee"), and the nouns
# so ending that name a thing.
_AGENT_SUFFIXES: Final = ("er", "or", "ee")
_AGENTLESS: Final = _words("""
    number paper letter order chamber matter power border water answer cover corner error factor
    sector rumor rumour center centre theater theatre weather river meter metre filter computer
    register barrier quarter dollar summer winter minor major senior junior superior inferior prior
    interior exterior floor door color colour honor honour labor labour favor favour harbor harbour
    behavior behaviour mirror tower shelter manner dinner character chapter cluster disaster poster
    flyer trailer container motor trigger tractor committee fee degree decree
    guarantee coffee jubilee tree other either neither together whether further rather after ever
    never however later earlier over under per offer transfer layer maneuver manoeuvre
    larger longer bigger smaller greater higher lower older younger stronger weaker better faster
    slower harder easier deeper wider closer tougher cheaper richer poorer busier heavier
""")

_PARTY_ADJECTIVES: Final = _words("republican democratic democrat gop conservative labour liberal progressive"
                           " independent socialist libertarian green")
_PARTICLES: Final = _words("al al- el bin ibn bint abu abd de del della der den van von da di du la le st. dos das")

FIRST_NAMES_FEMALE: Final = _words("""
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie
    rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole
    samantha katherine christine emma catherine ruth julie olivia victoria kelly lauren christina
    joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa
    kathryn sara janet maria heather diane julia grace hillary sabrina kamala nikki condoleezza
    madeleine ursula angela theresa marine giorgia jacinda golda benazir indira
    fatima aisha layla leila noor mariam maryam zainab yasmin hanan huda rania amira samira
    nadia olena yulia svetlana tatiana natalia irina elena anastasia sophie claire isabelle
    nathalie francoise marie anne ingrid karin greta liz kate jen ellen nina rosa carmen lucia
    kristi karine jill melania ivanka huma kellyanne dana nikki elise rashida
    ilhan alexandria nancy dianne amy kirsten tammy susan lisa debbie marsha joni
""")
FIRST_NAMES_MALE: Final = _words("""
    james robert john michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
    brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
    jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
    roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy
    joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
    russell bobby mason philip louis barack bill ted marco jeb ben chris mike rand lindsey mitch
    chuck bernie martin lloyd antony tony pat ned jake rishi boris emmanuel olaf vladimir sergei
    volodymyr dmitry recep benjamin yoav isaac yair naftali mahmoud ismail yahya hassan hussein
    ali mohammed muhammad mohamed ahmed ahmad omar khalid abdullah ibrahim yousef youssef hamid
    hamad bashar ebrahim hossein nasser saeed salman faisal tariq karim qais muqtada nouri haider
    abbas kais jens xi wang li narendra rahul imran shehbaz justin rodrigo luiz
    javier pedro carlos jair nicolas gustavo andres ashraf reince sean stephen rudy
    newt jim tim tom steve dick al jimmy rick hunter jared lloyd
""")

_TOKEN: Final = re.compile(r"[^\s]+")
_QUOTED_NAME: Final = re.compile(
    r"""^(?:an?|the)?\s*(?P<noun>[\w\s-]*?)\s*\b(?:called|named|known\s+as|calling\s+itself|dubbed)\s+
        ["“'‘](?P<name>[^"”’]+)""",
    re.IGNORECASE | re.VERBOSE)
_PARENTHESIS: Final = re.compile(r"\s*\(([^()]*)\)")
# "Sen. Jane Roe (D-Ore." when the source span stops inside the parenthesis.
_OPEN_PARENTHESIS: Final = re.compile(r"\s*\([^()]*$")
_APPOSITIVE: Final = re.compile(r"\s+(?:--|—|–)\s+|,\s+|\s+-\s+|\s+(?:who|which|speaking|reached|familiar|briefed"
                         r"|contacted|interviewed|quoted|cited|citing|involved|knowledgeable)\b")
_APPOSITIVE_DELIMITERS: Final = frozenset({",", "--", "—", "–", "-"})
_NOT_APPOSITIVE: Final = _words("who whom whose which that where when as like in on at for with by from after before"
                         " however though although and but or also too")
# "Jane Roe in a Facebook post": the channel, not part of the speaker's name.
_CHANNEL_TAIL: Final = re.compile(
    r"\s+(?:in|on|via|through)\s+(?:an?|the|his|her|its|their)\s+(?:[\w.'’-]+\s+){0,3}"
    r"(?:post|tweet|statement|interview|video|message|letter|op-ed|column|release|e-?mail|appearance"
    r"|speech|briefing|broadcast|podcast)s?\b.*$",
    re.IGNORECASE)
_OR: Final = re.compile(r"\s+or\s+|\s*/\s*")
_PREPOSITION: Final = re.compile(r"\s+(?:from|at|in|with|within|for|of|close\s+to|familiar\s+with|inside|among)\s+",
                          re.IGNORECASE)
_ANONYMITY: Final = re.compile(
    r"condition\s+of\s+anonymity|speaking\s+anonymously|declined\s+to\s+be\s+(?:named|identified)"
    r"|asked\s+not\s+to\s+be\s+(?:named|identified)|requested\s+anonymity|not\s+authori[sz]ed\s+to"
    r"|without\s+being\s+(?:named|identified)|on\s+background|anonymous",
    re.IGNORECASE)
# One of these is in every phrase _ANONYMITY matches: most sentences are passed over with them.
_ANONYMITY_WORDS: Final = ("anonym", "named", "identified", "authori", "background")
_EDGE: Final = re.compile(r"^[\s\"'“”‘’.,;:()\[\]—–-]+|[\s\"'“”‘’.,;:()\[\]—–-]+$")
# A capital letter, accented ones too: "Özdemir", "İmamoğlu", "Łukasz", "Émile" are names as "Ozdemir" is.
_CAPITAL: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_NAME_TOKEN: Final = re.compile(rf"^(?:[{_CAPITAL}][\w'’.-]*|(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu)-[{_CAPITAL}][\w'’-]*)$")
_INITIAL: Final = re.compile(r"^[A-Z]\.$")
# "BuzzFeed", "HuffPost", "Factcheck.org": one word spelt like a brand, not a person.
_BRAND: Final = re.compile(r"^[A-Z][a-z]+[A-Z][\w-]*$|^[\w-]+\.(?i:com|org|net|gov)$")
# Last words of a firm's name that say what trade it is in: no surname ends a person's name so.
_TRADES: Final = frozenset("""chemicals industries holdings motors airlines airways mining minerals steel petroleum
    pharmaceuticals technologies logistics shipping enterprises construction textiles railways telecom
    refineries utilities""".split())
# Bodies a portfolio word before them names ("Interior ministry", "Health department").
_PORTFOLIO_BODIES: Final = frozenset({"ministry", "department"})
# Words of a title or a body that say which office it is, not its rank ("the health minister", "the prime
# minister", "Interior ministry spokesman"): a description as good as "the police chief".
PORTFOLIOS: Final = frozenset("""foreign defense defence interior health state homeland security national public
    information prime finance justice education transport energy agriculture""".split())
# Levels of government an office or a body is described by ("the provincial governor", "the state
# commissioner"), where a title may name the place instead ("West Java Governor", "Lagos state").
LEVELS: Final = frozenset("provincial regional state federal national local city county district municipal".split())
# Prepositions after a role that say where or whose it is ("director of", "representative in", "envoy to").
ROLE_COMPLEMENTS: Final = frozenset({"in", "at", "for", "to", "of", "from"})
_POSSESSIVE_ENDINGS: Final = ("'s", "’s", "s'", "s’")
_LEADING_THE: Final = re.compile(r"^the\s+", re.IGNORECASE)
_WORD_EDGE: Final = ".,;:\"'“”‘’()"
# Organizations whose head noun names them alone ("the Army", "the Senate");
# a bare "Ministry" or "Department" needs the article to say which.
STANDALONE_ORGS: Final = _words("army navy police military kremlin senate congress parliament cabinet government"
                          " presidency coalition marines pentagon opposition")


def has_anonymity_marker(text: str) -> bool:
    """Whether a sentence says its source is kept unnamed ("on condition of anonymity")."""
    folded = text.lower()
    return any(w in folded for w in _ANONYMITY_WORDS) and _ANONYMITY.search(text) is not None


def parse_mention(text: str, table: AliasTable, *, anonymity: bool = False) -> Mention:
    """Read one source phrase. ``anonymity``: the sentence says the source spoke unnamed."""
    found = table.readings.get((text, anonymity))
    if isinstance(found, Mention):
        return found
    mention = _parse(text, table, anonymity)
    table.readings.put((text, anonymity), mention)
    return mention


def _parse(text: str, table: AliasTable, anonymity: bool) -> Mention:
    quoted = _QUOTED_NAME.match(text.strip())
    if quoted:
        return _quoted_name(quoted, table)
    phrase, aliases = _without_parentheses(text)
    running = _RUNNING_BODY.fullmatch(phrase.strip())
    if running is not None and running.group("head").casefold() in ORG_HEADS:
        # "the company that runs the plant": which company the clause says, a first mention
        return Mention(MentionKind.NOMINAL, running.group("head").casefold(), role=running.group("body"))
    placed = _PLACED_BODY.fullmatch(phrase.strip())
    if placed is not None and placed.group("head").casefold() in ORG_HEADS:
        # named by its kind when words before the head give one ("a rights group based in London")
        kind = placed.group("kind")
        return Mention(MentionKind.ORGANIZATION, kind if " " in kind else placed.group("body"), aliases=aliases)
    partitive = _PARTITIVE.match(phrase)
    if partitive is not None:
        whole = _head_mention(phrase[partitive.end():], aliases, table, anonymity)
        head = ANONYMOUS_HEADS.get(whole.name, whole.name)
        if whole.kind in (MentionKind.NOMINAL, MentionKind.GROUP) and head in _SOURCE_NOUNS:
            return Mention(MentionKind.NOMINAL, head, plural=True)  # "one of the sources": those named before
    knowing = _KNOWING.search(phrase)
    if knowing is not None:  # the words after the head say the source is kept unnamed
        anonymity = True
        words = phrase[:knowing.start()].split()
        if words and words[-1].casefold() in _PERSONS:  # "people familiar with the talks": no other head
            topic = _TOPIC_END.split(phrase[knowing.end():], maxsplit=1)[0]  # "the planning (for the meeting)"
            return Mention(MentionKind.ANONYMOUS, words[-1].casefold(), plural=words[-1].casefold() != "person",
                           role=_EDGE.sub("", f"{words[-1].casefold()} {knowing.group()}{topic}"))
    head, appositive = _split_appositive(phrase)
    described_first = _RELATIVE_THEN_NAME.fullmatch(phrase)
    if described_first is not None:
        # "The man who runs the shop, Ali Hassan,": the clause tells which man; the name after it is his
        head, appositive = _split_appositive(f"{described_first.group('head')}{described_first.group('rest')}")
    mention = _head_mention(head, aliases, table, anonymity)
    if appositive is None:
        return mention
    # "a German charity that operates a rescue ship": what the clause adds does not change the kind
    described = _RELATIVE_CLAUSE.split(appositive, maxsplit=1)[0]
    return _with_appositive(mention, _head_mention(described, (), table, anonymity), described)


def _quoted_name(match: re.Match[str], table: AliasTable) -> Mention:
    """'A group called "the Islamic resistance in Iraq"': the quoted words are the name."""
    written = match.group("name").strip().rstrip(",.")
    name = _LEADING_THE.sub("", written)
    known = table.actor(name)
    kind = _kind_of_known(known) if known else MentionKind.ORGANIZATION
    aliases = (written,) if written != name else ()
    return Mention(kind, name, aliases=aliases, known=known)


def _without_parentheses(text: str) -> tuple[str, tuple[str, ...]]:
    """The phrase without parentheses; an acronym in parentheses is an alias ("(IS)"), "(R-Tex.)" is not."""
    if "(" not in text:
        return _EDGE.sub("", text), ()
    aliases = tuple(inner for inner in (m.group(1).strip() for m in _PARENTHESIS.finditer(text))
                    if is_acronym(inner))
    phrase = _OPEN_PARENTHESIS.sub("", _PARENTHESIS.sub("", text))
    return _EDGE.sub("", phrase), aliases


def _split_appositive(phrase: str) -> tuple[str, str | None]:
    """"Its spokesman, Abu Hamza," -> ("Its spokesman", "Abu Hamza"); a relative clause is no appositive."""
    m = _APPOSITIVE.search(phrase)
    if m is None:
        return phrase, None
    head = _EDGE.sub("", phrase[:m.start()])
    if m.group().strip() not in _APPOSITIVE_DELIMITERS:
        return head, None
    rest = phrase[m.end():]
    end = _APPOSITIVE.search(rest)
    appositive = _EDGE.sub("", rest[:end.start()] if end else rest)
    words = appositive.split()
    if not words or words[0].casefold() in _NOT_APPOSITIVE or words[0][0].isdigit() \
            or (words[0][0].islower() and words[0].endswith(("ing", "ed", "ly"))):
        return head, None
    return head, appositive


def _with_appositive(mention: Mention, appositive: Mention, described: str) -> Mention:
    """A name with the role its appositive gives, or a role with the name its appositive gives;
    ``described``: the appositive's words."""
    if mention.kind is MentionKind.PERSON and _is_role(appositive):
        return _replace(mention, role=mention.role or appositive.role, org=mention.org or appositive.org,
                        org_aliases=mention.org_aliases or appositive.org_aliases,
                        possessor=mention.possessor or appositive.possessor,
                        gender=mention.gender or appositive.gender)
    if (_is_role(mention) or mention.kind is MentionKind.NOTHING) and appositive.kind is MentionKind.PERSON:
        return _replace(appositive, role=appositive.role or mention.role, org=appositive.org or mention.org,
                        org_aliases=appositive.org_aliases or mention.org_aliases,
                        possessor=appositive.possessor or mention.possessor,
                        gender=appositive.gender or mention.gender)
    if mention.kind in (MentionKind.NOMINAL, MentionKind.ORGANIZATION) and mention.name.split()[-1].islower() \
            and mention.name.split()[-1].casefold() in ORG_HEADS | _OPERATORS and appositive.name[:1].isupper() \
            and described[:1].isupper() and (appositive.kind is MentionKind.ORGANIZATION or (
                appositive.kind is MentionKind.PERSON and appositive.role is None and appositive.rank is None)):
        # "The operator, Binhai Fine Chemicals,", "an al Qaeda-linked group, JNIM,": the name says which body
        return Mention(MentionKind.ORGANIZATION, appositive.name, aliases=appositive.aliases, known=appositive.known)
    if _is_role(mention) and mention.kind is MentionKind.ANONYMOUS and appositive.kind is MentionKind.ORGANIZATION \
            and _LEADING_THE.sub("", described)[:1].isupper() and appositive.name.split()[-1][:1].isupper():
        # "A war monitor, the Syrian Observatory for Human Rights,": the name says which body
        return Mention(MentionKind.ORGANIZATION, appositive.name, aliases=appositive.aliases, known=appositive.known)
    if mention.kind is MentionKind.PERSON and mention.role is None and mention.rank is None and mention.org is None \
            and appositive.kind is MentionKind.ORGANIZATION and appositive.name.split()[-1].islower() \
            and _INDEFINITE_ARTICLE.sub("", described) == appositive.name:
        # "Sea-Watch, a German charity,": a name its description makes a body
        return Mention(MentionKind.ORGANIZATION, mention.name, aliases=mention.aliases)
    return mention


def _is_role(mention: Mention) -> bool:
    """A singular unnamed person with a role: "its spokesman", "a lawyer for the family"."""
    return mention.kind in (MentionKind.NOMINAL, MentionKind.ANONYMOUS) and mention.role is not None \
        and not mention.plural and (mention.unlisted or _is_person_noun(mention.name))


def _replace(mention: Mention, **changes: object) -> Mention:
    return replace(mention, **changes)  # type: ignore[arg-type]


def _head_mention(head: str, aliases: tuple[str, ...], table: AliasTable, anonymity: bool) -> Mention:
    tokens = _first_conjunct(_without_time_tail(_TOKEN.findall(_CHANNEL_TAIL.sub("", head))))
    if not tokens:
        return _NOTHING
    if tokens[0].casefold() in _NEGATIVE_DETERMINERS and not (len(tokens) > 2 and tokens[1] in {"wonder", "doubt"}):
        return _NOTHING  # "No group has claimed the attack", "None of the officials": nobody spoke
    if len(tokens) > 2 and tokens[0].casefold() in _SAID_THING_DETERMINERS and tokens[1].casefold() in _SAID_THINGS \
            and (tokens[2][:1].isupper() or tokens[2].casefold() in _DEFINITE or tokens[2].casefold().endswith("s")):
        # "30 were hurt, a figure officials later said included ...": whom the relative clause names
        return _head_mention(" ".join(tokens[2:]), aliases, table, anonymity)
    participle = next((k for k in range(1, len(tokens)) if tokens[k].islower() and tokens[k].endswith("ing")
                       and len(tokens[k]) > 4), None)
    if participle is not None:
        people = _head_mention(" ".join(tokens[:participle]), aliases, table, anonymity)
        if people.plural and people.kind in (MentionKind.GROUP, MentionKind.ANONYMOUS):
            return people  # "Residents living near the mine": what they do says which residents
        if tokens[0].casefold() in _INDEFINITE and people.kind in (MentionKind.ORGANIZATION, MentionKind.ANONYMOUS) \
                and participle + 1 < len(tokens) and tokens[participle + 1] in _CLAUSE_OBJECT_OPENERS:
            # "A civil society coalition monitoring the vote", "A forensic doctor working at the site": a
            # clause with its object or place (not a compound, "a monitoring group"; not a name taken,
            # "a man calling himself ...")
            return people
    placed = next((k for k in range(1, len(tokens) - 1) if tokens[k] in _PLACED and tokens[k + 1] in _PLACED_BY), None)
    if placed is not None:  # "a war monitor based in Britain": where the body sits does not say who it is
        return _head_mention(" ".join(tokens[:placed]), aliases, table, anonymity)
    pronoun = _pronoun_of(tokens)
    if pronoun is not None:
        return Mention(MentionKind.PRONOUN, pronoun, gender=_PRONOUN_GENDER.get(pronoun),
                       plural=pronoun in {"they", "them", "we", "us"})
    possessor, body = _possessor(tokens)
    determiner = None
    if possessor is None and body[0].casefold() in _DEFINITE | _INDEFINITE:
        determiner, body = body[0].casefold(), body[1:]
    if body and possessor is None:
        known = table.actor(" ".join(body))
        if known is not None:
            return Mention(_kind_of_known(known), " ".join(body), aliases=aliases, known=known)
    quantified = False
    if possessor is None:
        body, quantified = _without_quantity(body)
        if quantified and determiner in _DEFINITE:
            return _NOTHING  # "the two men": people named before, not one speaker
    if not body or _says_nothing(body):
        return _NOTHING
    document = _document(body, possessor, determiner, table)
    if document is not None:
        return document
    if possessor is not None:
        return _possessed(body, possessor, aliases, table)
    head_text = " ".join(body)
    anonymous = _anonymous(body, head_text, determiner, anonymity, table)
    if anonymous is not None:
        return anonymous
    if determiner in _INDEFINITE:
        body = _without_place(body, table)
    mention = _named(body, determiner, aliases, table)
    if quantified and mention.kind is not MentionKind.GROUP:
        return _NOTHING
    return mention


_CLAUSE_OBJECT_OPENERS: Final = frozenset("the a an at in on for with near from its their".split())
# What is said, never who says it: the noun a relative clause with no "that" describes.
_SAID_THINGS: Final = frozenset("figure number claim toll estimate count tally allegation account version".split())
_SAID_THING_DETERMINERS: Final = frozenset("a an the that this".split())


def _without_place(body: list[str], table: AliasTable) -> list[str]:
    """"an armed group in central Mali" -> "armed group": a body described by its kind, and where it is
    (a place, not a body: "a unit in the Wagner Group" keeps its name)."""
    where = next((k for k, t in enumerate(body) if t.casefold() == "in"), None)
    if where is None or where == 0 or body[where - 1].casefold() not in ORG_HEADS:
        return body
    place = [t for t in body[where + 1:] if t[:1].isupper()]
    if not place or not body[-1][:1].isupper() or not all(_NAME_TOKEN.match(t) for t in place):
        return body
    name = " ".join(place)
    if table.actor(name) is not None or place[-1].casefold() in ORG_HEADS:
        return body
    return body[:where]


def _without_time_tail(tokens: list[str]) -> list[str]:
    """"The Post in April" -> "The Post": a time at the end says when, not who; so "there" in "a doctor
    there" says where."""
    end = len(tokens)
    if end > 1 and tokens[-1].casefold() in {"there", "here"}:
        end -= 1
    while end > 1 and tokens[end - 1].casefold().strip(_WORD_EDGE) in _TIME_NOUNS \
            and (tokens[end - 1].islower() or tokens[end - 2].islower()):  # "Theresa May" is a name
        end -= 1
        while end > 1 and tokens[end - 1].casefold() in _TIME_LEAD:
            end -= 1
    return tokens[:end]


def _first_conjunct(tokens: list[str]) -> list[str]:
    """"Hawkins and others", "She and her aides": the one named first speaks for the rest."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].casefold() in {"and", "&"}:
            nxt = tokens[k + 1].casefold()
            if nxt in _POSSESSIVE_DETERMINERS or nxt in {"others", "other", "allies", "aides"}:
                return tokens[:k]
            return tokens
    return tokens


def _pronoun_of(tokens: list[str]) -> str | None:
    """"she", "He soon", "Pretty soon she": a pronoun with at most an adverb around it is the speaker;
    "WHO" and "US" in capitals are a name."""
    if any(len(t) > 1 and t.isupper() for t in (tokens[0], tokens[-1])):
        return None
    first, last = tokens[0].casefold(), tokens[-1].casefold()
    if len(tokens) == 1:
        return first if first in _PRONOUNS else None
    if last in _SUBJECT_PRONOUNS:
        return last
    if first in _SUBJECT_PRONOUNS and tokens[1].islower() and tokens[1] not in {"and", "or"}:
        return first  # "He soon", "they entered caucus sites"
    return None


def _possessor(tokens: list[str]) -> tuple[str | None, list[str]]:
    """"its spokesman" -> ("its", [spokesman]); "the ministry's director" -> ("the ministry", [director])."""
    first = tokens[0].casefold()
    if first in _POSSESSIVE_DETERMINERS and len(tokens) > 1:
        return first, tokens[1:]
    for k, token in enumerate(tokens[:-1]):
        if token.endswith(_POSSESSIVE_ENDINGS) and len(token) > 2:
            bare = token[:-2] if token.endswith(("'s", "’s")) else token[:-1]
            if bare.casefold() in _KINDS_OF_PEOPLE:
                return None, tokens  # "the UN children's agency", "the women's rights group": whom it serves
            owner = [*tokens[:k], bare]
            lead = owner[0].casefold()
            # "A spokesman for Santorum's campaign": the possessive is inside a phrase, not the owner's.
            inside = any(w.casefold() in _ROLE_PREPOSITIONS for w in owner[1:])
            if not inside and (lead in _DEFINITE or (owner[0][0].isupper() and lead not in _INDEFINITE)):
                return " ".join(owner), tokens[k + 1:]
            return None, tokens
    return None, tokens


def _without_quantity(body: list[str]) -> tuple[list[str], bool]:
    """"about half of voters" -> [voters]; "most" -> []. True when a quantity was cut."""
    if not body:
        return body, False
    i = 0
    while i < len(body) - 1 and (body[i].casefold() in _QUANTITY_OPENERS or _NUMBER.match(body[i])):
        i += 1
    if i == 0:
        return (body, False) if len(body) > 1 or body[0].casefold() not in _NOBODY else ([], True)
    rest = body[i:]
    while rest and rest[0].casefold() in {"the", "those", "these", "them", "us", "their", "its", "his", "her"}:
        rest = rest[1:]
    return rest, True


def _says_nothing(body: list[str]) -> bool:
    """A time, a number, a quantity word or a lone participle: nothing that can speak."""
    lows = [t.casefold().strip(_WORD_EDGE) for t in body]
    if all(w in _TIME_NOUNS or w in _NOBODY or _NUMBER.match(w) or w in {"a", "an", "the", ""} for w in lows):
        return True
    word = lows[0]
    return len(lows) == 1 and body[0][0].islower() and word.endswith(("ed", "ing", "en")) \
        and word not in PERSON_NOUNS and word not in GROUP_HEADS and word not in ORG_HEADS


def _head_index(tokens: list[str]) -> int:
    """The head noun of a common noun phrase: the last word before its first preposition."""
    for i in range(1, len(tokens)):
        if tokens[i].casefold() in _ROLE_PREPOSITIONS:
            return i - 1
    return len(tokens) - 1


def _is_person_noun(word: str) -> bool:
    folded = word.casefold().removeprefix("ex-")
    return folded in PERSON_NOUNS or (len(folded) > 5 and folded.endswith(_PERSON_SUFFIXES))


def _is_people(word: str) -> bool:
    """A plural noun for people: "officials", "voters", "congressmen"."""
    folded = word.casefold()
    if folded in GROUP_HEADS or folded.endswith(("men", "women", "people")):
        return True
    return folded.endswith("s") and (_is_person_noun(folded[:-1])
                                     or (folded.endswith("ies") and _is_person_noun(folded[:-3] + "y")))


def _document(body: list[str], possessor: str | None, determiner: str | None,
              table: AliasTable) -> Mention | None:
    """"a transcript released by the ministry", "a CNN poll", "its statement": a document and its owner."""
    lows = [t.casefold().strip(_WORD_EDGE) for t in body]
    # A capitalized document noun is one only where it opens the phrase ("Polls show"); "the
    # Washington Post" is a name.
    # A document noun in "-ing" before a body or a person modifies it: "the ruling party", "the ruling
    # military council" (not "the polling average": a document).
    d = next((i for i, w in enumerate(lows) if w in DOCUMENT_HEADS
              and (body[i][0].islower() or (i == 0 and determiner is None and possessor is None))
              and not (w.endswith("ing") and i + 1 < len(lows)
                       and (lows[i + 1] in ORG_HEADS or lows[i + 1] in PERSON_NOUNS))), None)
    if d is None:
        return None
    owner = _agent(body[d + 1:]) or _capitalized_owner(body[:d], table)
    if possessor is None:
        possessor = next((w for w in lows[d + 1:] if w in _POSSESSIVE_DETERMINERS), None)
    return Mention(MentionKind.DOCUMENT, lows[d], role=" ".join(body), org=owner, possessor=possessor,
                   definite=determiner in _DEFINITE)


_AGENT_ENDS: Final = _words("for in on at with to about after before from based citing using drawing")


def _agent(after: list[str]) -> str | None:
    """"released by the ministry", "from Marquette Law School": who issued the document."""
    lows = [t.casefold() for t in after]
    for marker in ("by", "from"):
        if marker not in lows:
            continue
        start = lows.index(marker) + 1
        words: list[str] = []
        for i in range(start, len(after)):
            folded = lows[i].strip(_WORD_EDGE)
            # "compiled by AFP from hospital sources", "by Reuters based on records": where the owner got it
            if words and (folded in _AGENT_ENDS or folded in _TIME_NOUNS):
                if i + 1 == len(after) or not _joins_name(words[-1], folded, after[i + 1].strip(_WORD_EDGE)):
                    break
            words.append(after[i].strip(_WORD_EDGE))
        agent = " ".join(w for w in words if w)
        if agent and (marker == "by" or agent[0].isupper() or _LEADING_THE.match(agent)):
            return agent
    return None


def _joins_name(before: str, preposition: str, after: str) -> bool:
    """Whether "for" or "on" between two words is inside one organization's name: after a head noun
    ("the Observatory for Human Rights", "the Commission on Human Rights"), before a capitalized word that
    is no date ("the commission on Monday")."""
    heads = ORG_HEADS if preposition == "for" else _BODIES_ON_A_SUBJECT if preposition == "on" else frozenset()
    return (before.casefold() in heads and after[:1].isupper() and after.casefold() not in CALENDAR_NAMES)


def _capitalized_owner(before: list[str], table: AliasTable) -> str | None:
    """"a new CNN/ORC poll" -> "CNN/ORC": the names right before a document's noun (a capital that
    only opens the sentence, "Local media reports", "Amateur camera footage", names no one)."""
    words: list[str] = []
    reaches_noun = True
    for token in before:
        bare = token.strip(_WORD_EDGE)
        if bare[:1].isupper() and not bare[:1].isdigit():
            words.append(bare)
        elif words and bare.casefold() in {"of", "for", "and", "&"}:
            words.append(bare)
        elif words:
            reaches_noun = False
            break
    while words and words[-1].casefold() in {"of", "for", "and", "&"}:
        words.pop()
    owner = " ".join(words)
    if not owner or table.place(owner) or table.place_of_adjective(owner) or owner.casefold() in _PARTY_ADJECTIVES \
            or owner.casefold() in _DOCUMENT_KINDS:
        return None
    return owner if reaches_noun or table.actor(owner) is not None else None


# Words that say what kind a document is, capitalized only when they open a sentence ("Exit polls show",
# "Preliminary figures suggest"): no owner.
_DOCUMENT_KINDS: Final = _words("exit opinion straw internal public private recent new latest early initial "
                                "preliminary official independent separate final")


def _possessed(body: list[str], possessor: str, aliases: tuple[str, ...], table: AliasTable) -> Mention:
    """What a possessor owns: "its spokesman", "his campaign", "Clinton's lawyers", "his wife"."""
    run = _name_run(body)
    linked = [w.casefold() for w in body[:len(body) - run]]
    if run and linked and (linked[-1] in ROLE_COMPLEMENTS
                           or (linked[-1] == "the" and len(linked) > 1 and linked[-2] in ROLE_COMPLEMENTS)):
        run = 0  # "the WHO's representative in Yemen", "its envoy to the UN": where the role is, not a name
    if run == len(body):
        if len(body) == 1 and not is_acronym(body[0]) and table.actor(body[0]) is None:
            return _NOTHING  # "Trump's Islamophobia": a capitalized word, not a speaker
        return _named(body, None, aliases, table)  # "his Justice Department": a name needs no owner
    if run:
        person = _titled_person(body[: len(body) - run], body[len(body) - run:], aliases, table)
        return _replace(person, possessor=possessor)
    if len(body) > 1 and all(_NAME_TOKEN.match(w) for w in body):
        named = _named(body, None, aliases, table)
        if named.kind is MentionKind.ORGANIZATION:  # "Ukraine's General Staff": a capitalized body of its owner
            return _replace(named, possessor=possessor)
    h = _head_index(body)
    head = body[h].casefold().strip(_WORD_EDGE)
    role = " ".join(body)
    if _is_people(head):
        return Mention(MentionKind.ANONYMOUS, head, role=role, plural=True, possessor=possessor)
    if _is_person_noun(head):
        return Mention(MentionKind.ANONYMOUS, head, role=role, gender=_head_gender(head), possessor=possessor)
    if head in ORG_HEADS or head in _OPERATORS or (head in _BRANCH_HEADS and body[0][:1].isupper()):
        # "the Islamic State's Khorasan branch": a named part of its owner
        return Mention(MentionKind.ORGANIZATION, role, possessor=possessor)
    return _NOTHING


# Who runs a thing a possessive names ("the plant's operator", "the ferry's operators"): a body, not a person.
_OPERATORS: Final = frozenset({"operator", "operators"})


def _head_gender(head: str) -> Gender | None:
    return Gender.FEMALE if head in _FEMALE_HEADS else Gender.MALE if head in _MALE_HEADS else None


def _kind_of_known(known: KnownActor) -> MentionKind:
    return {ActorKind.PERSON: MentionKind.PERSON, ActorKind.GROUP: MentionKind.GROUP,
            ActorKind.OUTLET: MentionKind.OUTLET}.get(known.kind, MentionKind.ORGANIZATION)


def _anonymous(body: list[str], phrase: str, determiner: str | None, anonymity: bool,
               table: AliasTable) -> Mention | None:
    """An unnamed speaker identified by a head noun: "a Pentagon source", "officials at the ministry"."""
    folded = [t.casefold().strip(",.") for t in body]
    index = next((i for i, t in enumerate(folded) if t in ANONYMOUS_HEADS), None)
    if index is None:
        return _staff_of(body, folded)
    word = folded[index]
    modifiers = body[:index]
    after = " ".join(body[index + 1:])
    if any(_NAME_TOKEN.match(t) and t.casefold() not in ROLE_WORDS for t in body[index + 1:])\
            and not _PREPOSITION.match(" " + after):
        return None  # "spokesman John Kirby": a named person follows the head
    plural = word.endswith("s") or word == "people"
    singular_indefinite = determiner in {"a", "an", "one", "another"}
    org_phrase = _org_after_preposition(after) or _org_in_modifiers(modifiers, table)
    if not (word in _ALWAYS_ANONYMOUS or anonymity or singular_indefinite or (plural and org_phrase)):
        return None
    if determiner in _DEFINITE and org_phrase is None:
        return Mention(MentionKind.NOMINAL, ANONYMOUS_HEADS[word], plural=plural)
    org, org_aliases = _split_or(org_phrase) if org_phrase else (None, ())
    if org is not None and _IN_PLACE.match(after) and _is_place_name(org, table):
        org, org_aliases = None, ()  # "a security source in Aden": where the source is, not whom it speaks for
    name = word if plural else ANONYMOUS_HEADS[word]
    return Mention(MentionKind.ANONYMOUS, name, org=org, org_aliases=org_aliases,
                   gender=_head_gender(word), plural=plural, role=" ".join(body[: index + 1]))


# People who work for a body and speak for it unnamed when the text says which ("doctors at Mercy
# Hospital", "medics from the Red Crescent"); "residents of Gaza" are no staff of Gaza.
_STAFF_HEADS: Final = _words("doctors medics nurses paramedics surgeons rescuers staff workers employees")


def _staff_of(body: list[str], folded: list[str]) -> Mention | None:
    """"Doctors at Mercy General Hospital": unnamed staff of the body the preposition names."""
    if len(folded) < 3 or folded[0] not in _STAFF_HEADS:
        return None
    org_phrase = _org_after_preposition(" ".join(body[1:]))
    if org_phrase is None or org_phrase.split()[-1].casefold().strip(_WORD_EDGE) not in ORG_HEADS:
        return None
    org, org_aliases = _split_or(org_phrase)
    return Mention(MentionKind.ANONYMOUS, folded[0], org=org, org_aliases=org_aliases, plural=True,
                   role=body[0])


# Past participles that say where a body sits or who stands behind it ("based in Britain", "backed by Iran").
_PLACED: Final = frozenset("based headquartered located stationed backed funded linked allied affiliated".split())
_PLACED_BY: Final = frozenset("in at near outside by to with".split())


# What makes a person a source the text keeps unnamed: "people familiar with the matter", "a person
# briefed on the plans", "officials with knowledge of the talks".
_KNOWING: Final = re.compile(r"\b(?:familiar with|briefed on|with (?:direct |first-hand |firsthand )?knowledge of"
                             r"|knowledgeable about)\b", re.IGNORECASE)
_PERSONS: Final = frozenset({"people", "person", "persons"})
_INDEFINITE_ARTICLE: Final = re.compile(r"^(?:a|an)\s+", re.IGNORECASE)
_RELATIVE_CLAUSE: Final = re.compile(r"\s+(?:that|which|who|whose)\s+")
# A head, a relative clause that a comma closes, and the name after the comma ("a start-up" is a description).
_RELATIVE_THEN_NAME: Final = re.compile(r"(?P<head>[^,]+?)\s+(?:that|which|who)\s+[^,]+(?P<rest>,\s+(?!(?:The|A|An)\b)[A-Z].*)")
_NEGATIVE_DETERMINERS: Final = frozenset({"no", "none", "neither"})
# Bodies a lowercase noun after a role's preposition names alone ("a spokesman for the army").
_ARMED_BODIES: Final = frozenset({"army", "police", "military", "navy"})
# "One of the officials", "another of those sources": a member of sources the article named before.
_PARTITIVE: Final = re.compile(r"(?i:one|another|two|three|both|some|several|each|all|most)\s+of\s+(?=(?i:the|those|these)\s)")
_SOURCE_NOUNS: Final = frozenset(ANONYMOUS_HEADS.values())
# A body a clause of what it does identifies: "the company that runs the plant", "the firm which owns the mine".
_RUNNING_BODY: Final = re.compile(r"(?i:the)\s+(?P<body>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+)\s+(?:that|which)\s+"
                                  rf"(?:{'|'.join(sorted(RUNNING_VERBS))})\s+[\w\s'’-]+)")
# Plurals whose possessive names whom a body serves, not who owns it.
# "a Christian charity working in the town", "a charity based in Goma": an unnamed body its place of work describes.
_PLACED_BODY: Final = re.compile(r"(?i:an?)\s+(?P<body>(?P<kind>(?:[\w-]+\s+){0,2}(?P<head>[a-z]+))\s+"
                                 r"(?:working|based|operating|active)\s+(?:in|at|on|from|across)\s+[\w\s'’-]+)")
_KINDS_OF_PEOPLE: Final = frozenset("children women men workers veterans farmers refugees teachers doctors nurses "
                                    "journalists students writers miners peoples".split())
# Last words of a name that make it a part of an organization, never a person.
_BRANCH_HEADS: Final = frozenset("province branch wing chapter affiliate".split())
# Where what an unnamed source knows about ends: "familiar with the planning | for the meeting".
_TOPIC_END: Final = re.compile(r"\s+(?:for|of|at|in|on|about|who|that|and)\s+|,")


_IN_PLACE: Final = re.compile(r"(?i)in\s+(?!the\s)")


def _is_place_name(org: str, table: AliasTable) -> bool:
    """A short name no table knows and no head makes a body: a town ("Jermuk", "Mazar-i-Sharif"), not
    "the Interior Ministry" nor "Hamas"; a country or its capital ("officials in Kenya") stands for its
    government."""
    return (table.actor(org) is None and table.place(org) is None and org.split()[-1].casefold() not in ORG_HEADS
            and not is_acronym(org) and len(org.split()) <= 2)


def _org_after_preposition(after: str) -> str | None:
    """"from the Pentagon", "at the provincial Health Ministry"; "at the scene" names no organization."""
    m = _PREPOSITION.match(" " + after)
    if not m:
        return None
    org = _EDGE.sub("", after[m.end() - 1:])
    org = _LEADING_THE.sub("", org)
    if not org:
        return None
    if org[:1].isupper() or org.split()[-1].casefold() in ORG_HEADS:
        return org
    words = org.split()
    run = _name_run(words)
    if 0 < run < len(words) and words[-run - 1] in ORG_HEADS:
        return " ".join(words[-run:])  # "of the disaster agency Senapred": the body its name names
    return None


_QUALIFIERS: Final = _words("senior top high-ranking high-level junior local regional military security government"
                     " intelligence anonymous unnamed knowledgeable well-placed former current")


def _org_in_modifiers(modifiers: list[str], table: AliasTable) -> str | None:
    """The organization words before the head: "Pentagon" in "a senior Pentagon official"."""
    words = [t for t in modifiers if t.casefold() not in _QUALIFIERS]
    while words and (table.place_of_adjective(words[0]) or table.place(words[0])) and len(words) > 1:
        words = words[1:]
    if not words:
        return None
    candidate = " ".join(words)
    if table.place_of_adjective(candidate) or table.place(candidate) and not table.actor(candidate):
        return None
    if candidate.casefold() in _PARTY_ADJECTIVES:
        return None
    if not any(w[:1].isupper() for w in words) and not (len(words) == 1 and words[0].casefold() in ORG_HEADS):
        return None
    return candidate


def _split_or(phrase: str) -> tuple[str, tuple[str, ...]]:
    """"Hashed al-Shaabi or Popular Mobilization Forces": two names of one organization."""
    parts = [p.strip() for p in _OR.split(phrase) if p.strip()]
    if len(parts) > 1 and all(_capitalized(p) for p in parts):
        parts = [_LEADING_THE.sub("", p) for p in parts]
        longest = max(parts, key=lambda p: (not is_acronym(p), len(p)))
        return longest, tuple(p for p in parts if p != longest)
    return phrase, ()


def _capitalized(phrase: str) -> bool:
    words = [w for w in phrase.split() if w.casefold() not in {"the", "of", "for", "and", "in", "to", "on"}]
    return bool(words) and all(w[:1].isupper() or _NAME_TOKEN.match(w) for w in words)


def _named(body: list[str], determiner: str | None, aliases: tuple[str, ...], table: AliasTable) -> Mention:
    phrase = " ".join(body)
    name, or_aliases = _split_or(phrase)
    aliases = aliases + or_aliases
    known = table.actor(name) or next((k for k in map(table.actor, or_aliases) if k), None)
    if known is None and (bare := _without_descriptors(name)) != name:
        # "the paramilitary Rapid Support Forces", "the Iran-backed Kataib Hezbollah": the known body
        known = table.actor(bare)
        name = bare if known is not None else name
    if known is not None:
        return Mention(_kind_of_known(known), name, aliases=aliases, known=known)
    tokens = name.split()
    medium = _medium_after_name(tokens, aliases, table) if determiner not in _INDEFINITE else None
    if medium is not None:
        return medium
    # An organization's name before a person's reading: "Office for the Coordination of Humanitarian Affairs"
    # holds no person "Coordination" from "Humanitarian Affairs".
    of_place = _organization_of(tokens) or _person_of(tokens, aliases, table)
    if of_place is not None:
        return of_place
    if len(tokens) > 2 and tokens[0] == "office" and tokens[1] == "of" and tokens[2][:1].isupper():
        # "the office of Prime Minister Jane Roe" is "Jane Roe's office"
        return Mention(MentionKind.ORGANIZATION, "office", aliases=aliases, possessor=" ".join(tokens[2:]))
    h = _head_index(tokens)
    head = tokens[h].casefold()
    if head in GROUP_HEADS or (tokens[h][0].islower() and (_is_people(head) or head.removesuffix("s") in ORG_HEADS)) \
            or (len(tokens) == 1 and _is_listed_people(head)):
        return _common_noun(tokens, determiner, aliases, table)
    run = _name_run(tokens)
    if run == len(tokens) and run:
        return _bare_name(name, aliases, determiner, table)
    if run == 0:
        kind = next((k for k in range(len(tokens) - 2, -1, -1) if tokens[k] in ORG_HEADS), None)
        if kind is not None and all(w[:1].isupper() for w in tokens[kind + 1:]):
            # "Rights group Human Rights Watch": the kind of body, then a name its own body word ends
            return Mention(MentionKind.ORGANIZATION, " ".join(tokens[kind + 1:]), aliases=aliases)
        return _common_noun(tokens, determiner, aliases, table)
    prefix, name_tokens = tokens[: len(tokens) - run], tokens[len(tokens) - run:]
    after_preposition = _name_after_preposition(tokens, prefix, name_tokens, determiner, aliases, table)
    if after_preposition is not None:
        return after_preposition
    if name_tokens[-1].casefold() in _BRANCH_HEADS:  # "Islamic State West Africa Province": a group's branch
        return Mention(MentionKind.ORGANIZATION, name, aliases=aliases)
    if prefix[-1].casefold() in _MEDIA_KINDS:
        # "Broadcaster NTV": a medium's kind opening a sentence, then its name; "The Daily Beast": the
        # capitalized "Daily" or "Weekly" opens the name itself
        opens_name = prefix[-1] in ("Daily", "Weekly")
        return Mention(MentionKind.OUTLET, " ".join([*prefix[-1:], *name_tokens] if opens_name else name_tokens),
                       aliases=aliases)
    if prefix[-1].islower() and prefix[-1] in ORG_HEADS:
        return Mention(MentionKind.ORGANIZATION, " ".join(name_tokens), aliases=aliases)  # "the disaster agency AFAD"
    if prefix[-1] == "Air" and (len(prefix) == 1 or not prefix[-2][:1].isupper()):
        return Mention(MentionKind.ORGANIZATION, " ".join(["Air", *name_tokens]), aliases=aliases)  # "Air Glaciers"
    person = _titled_person(prefix, name_tokens, aliases, table)
    if person.role is None and person.rank is None and person.org is None \
            and not any(w.casefold() in _HONORIFICS for w in prefix):
        # "Perhaps Syria": words before the name that give it no title leave the name alone
        return _bare_name(" ".join(name_tokens), aliases, determiner, table)
    return person


def _medium_after_name(tokens: list[str], aliases: tuple[str, ...], table: AliasTable) -> Mention | None:
    """"Pajhwok news agency", "the El Universo newspaper": a capitalized name, then the kind of medium
    in lower case, is that medium (the known one when the table lists the name); "the Iranian
    newspaper", "Kenyan daily", "the Sunday newspaper", "a Baton Rouge newspaper" (the caller's
    indefinite article) tell where or when a medium is, not its name."""
    kind = 2 if len(tokens) > 2 and tokens[-1] == "agency" and tokens[-2] in _AGENCY_WORDS else 1
    if len(tokens) <= kind or (kind == 1 and tokens[-1] not in _MEDIA_KINDS) or not all(
            w[:1].isupper() for w in tokens[:-kind]):
        return None
    name = " ".join(tokens[:-kind])
    if len(tokens) == kind + 1 and (table.place(name) is not None or table.place_of_adjective(name) is not None
                                    or name.casefold() in CALENDAR_NAMES):
        return None
    known = table.actor(name)
    return Mention(_kind_of_known(known) if known is not None else MentionKind.OUTLET, name, aliases=aliases,
                   known=known)


def _name_after_preposition(tokens: list[str], prefix: list[str], name_tokens: list[str],
                            determiner: str | None, aliases: tuple[str, ...], table: AliasTable) -> Mention | None:
    """A name after a preposition ("the senator from Maine", "the Maritime Museum in Dover", "the Bank
    of Calder") is where or whose the head before it is, or part of an organization's name; None
    when no preposition stands before the name or the words before it are titles."""
    # "spokesman for the SPLM": a common noun's article before the name ("As for the Sanders claim" is no head)
    link = 2 if len(prefix) > 2 and prefix[-1] == "the" and all(w.islower() for w in prefix[:-2]) else 1
    head_words, preposition = prefix[:-link], prefix[-link].casefold()
    if not head_words or preposition not in _ROLE_PREPOSITIONS:
        return None
    # Lowercase words before a capitalized head only describe it ("the provincial Board of ...").
    first = next((i for i, w in enumerate(head_words) if w[:1].isupper()), len(head_words))
    lead, head_words = head_words[:first], head_words[first:]
    if not head_words or any(w[:1].islower() for w in head_words) \
            or any(w.casefold() in _ROLE_PREPOSITIONS for w in lead):
        return _head_before_name(tokens, name_tokens, determiner, aliases, table)
    if len(head_words) == 1 and _is_listed_people(head_words[0]):
        return _common_noun(tokens[first:], determiner, aliases, table)  # "Workers at Calder Mills"
    if head_words[-1].casefold() not in ORG_HEADS \
            and any(w.casefold() in _TITLE_WORDS or w.casefold() in _HONORIFICS for w in head_words):
        return None  # "the Health Minister in Gaza", not "the Palestinian Health Ministry in Ramallah"
    if preposition in {"of", "for"} or (preposition == "on" and _joins_name(head_words[-1], preposition, name_tokens[0])):
        return Mention(MentionKind.ORGANIZATION, " ".join([*head_words, *prefix[-link:], *name_tokens]), aliases=aliases)
    if len(head_words) == 1 and head_words[0].casefold() in _NOT_HEADS:
        return None
    return _named(head_words, determiner, aliases, table)


def _head_before_name(tokens: list[str], name_tokens: list[str], determiner: str | None,
                      aliases: tuple[str, ...], table: AliasTable) -> Mention:
    """"the senator from Maine", "the strike in Dover", "a majority of Republicans": a common noun
    heads the phrase and the name after its preposition only says where or whose; a plural for
    people there is the group a quantity is taken from."""
    mention = _common_noun(tokens, determiner, aliases, table)
    if mention.kind not in (MentionKind.NOTHING, MentionKind.ORGANIZATION):
        return mention
    if len(name_tokens) == 1 and _is_listed_people(name_tokens[0]):
        return _common_noun(name_tokens, None, aliases, table)
    # "a third of Calder residents", "Lee reminds me of Grant": a capitalized word inside names
    # no organization the phrase is headed by
    return _NOTHING


def _is_listed_people(word: str) -> bool:
    """"Pollsters", "Candidates" opening a sentence: a plural of a listed noun for people (a suffix
    alone does not tell a plural noun from a surname like "Summers")."""
    folded = word.casefold()
    return folded in GROUP_HEADS or (folded.endswith("s") and folded[:-1] in PERSON_NOUNS)


def _person_of(tokens: list[str], aliases: tuple[str, ...], table: AliasTable) -> Mention | None:
    """"Senator Jane Roe of Oregon", "Tom Lee of the Daily Ledger": a person, and where they come from."""
    k = next((i for i, t in enumerate(tokens) if t.casefold() in {"of", "at", "from"}), None)
    if k is None or k == 0 or k == len(tokens) - 1:
        return None
    left, right = tokens[:k], tokens[k + 1:]
    run = _name_run(left)
    if run == 0 or (run < 2 and run == len(left)):
        return None
    place = _without_lowercase_lead(_LEADING_THE.sub("", " ".join(right)))
    if not place[:1].isupper():
        return None
    if run == len(left):
        person = Mention(MentionKind.PERSON, " ".join(left), aliases=aliases, gender=first_name_gender(left[0]))
    else:
        person = _titled_person(left[: len(left) - run], left[len(left) - run:], aliases, table)
    if person.org or table.place(place) or table.place_of_adjective(place):
        return person
    return _replace(person, org=place)


def _organization_of(tokens: list[str]) -> Mention | None:
    """"Foreign Ministry of neighbouring Dariya" -> "Foreign Ministry of Dariya"; "Directorate General of
    Health Services": "General" after the head is no rank but part of the body's name."""
    for h in range(len(tokens) - 2):
        link = h + 2 if tokens[h + 1] == "General" else h + 1
        if not (tokens[h][0].isupper() and tokens[h].casefold() in ORG_HEADS
                and link < len(tokens) - 1 and tokens[link].casefold() in {"of", "for"}):
            continue
        if not all(w[0].isupper() and w.casefold() not in PERSON_NOUNS for w in tokens[:h]):
            return None
        tail: list[str] = []
        for word in tokens[link + 1:]:
            if word[0].isupper() or word.casefold() in NAME_CONNECTORS:
                tail.append(word)
            elif tail:
                return None  # "Ministry of Health spokesman ...": a role follows the name
        if not tail or not tail[-1][0].isupper():
            return None
        return Mention(MentionKind.ORGANIZATION, " ".join([*tokens[: link + 1], *tail]))
    return None


def _name_run(tokens: list[str]) -> int:
    """How many tokens at the end spell a name (capitalized, not a title, rank or organization word)."""
    count = 0
    for token in reversed(tokens):
        folded = token.casefold()
        is_name = (_NAME_TOKEN.match(token) or folded in _PARTICLES) and folded not in ROLE_WORDS \
            and folded not in _HONORIFICS and folded not in ORG_HEADS and folded not in _RANK_WORDS \
            and folded not in _CALENDAR and folded not in _NOBODY
        if not is_name or count >= 5:
            break
        count += 1
    return count


def _bare_name(name: str, aliases: tuple[str, ...], determiner: str | None, table: AliasTable) -> Mention:
    """A phrase that is all name: an acronym, a place speaking as its government, an organization or a person."""
    tokens = name.split()
    if is_acronym(name) or determiner in _DEFINITE or table.place(name) \
            or (len(tokens) == 1 and _BRAND.match(name)):
        return Mention(MentionKind.ORGANIZATION, name, aliases=aliases)
    if len(tokens) > 1 and tokens[-1].casefold() in _TRADES:  # "Binhai Fine Chemicals", "Ethiopian Airlines"
        return Mention(MentionKind.ORGANIZATION, name, aliases=aliases)
    if len(tokens) > 1 and tokens[-1].casefold() in MASTHEAD_WORDS and first_name_gender(tokens[0]) is None:
        return Mention(MentionKind.ORGANIZATION, name, aliases=aliases)  # "Ukrainska Pravda", not "Jane Courier"
    if len(tokens) == 1 and name.endswith("s") and (table.place_of_adjective(name[:-1]) or _is_people(name)):
        return Mention(MentionKind.GROUP, name, aliases=aliases, plural=True)  # "Iraqis", "Meteorologists"
    return Mention(MentionKind.PERSON, name, aliases=aliases, gender=first_name_gender(tokens[0]))


# Prepositions that say where a body is ("a hospital in the district capital").
_LOCATING: Final = frozenset("in at near outside".split())


def _common_noun(tokens: list[str], determiner: str | None, aliases: tuple[str, ...],
                 table: AliasTable) -> Mention:
    """No name at the end: "the ministry", "the Gaza health ministry", "Israeli officials", "Pentagon spokesman".

    A definite noun points back to someone named before (a :attr:`MentionKind.NOMINAL`),
    an indefinite one for a person is an unnamed speaker of its own; a noun
    for something that cannot speak names nobody.
    """
    h = _head_index(tokens)
    head = tokens[h].casefold().strip(_WORD_EDGE)
    modifiers = tokens[:h]
    capitalized_modifier = any(_NAME_TOKEN.match(t) for t in modifiers)
    name = " ".join(tokens)
    if head in GROUP_HEADS or (head.endswith(("ers", "ists", "ians", "ants", "ents")) and not capitalized_modifier):
        complement = tokens[h + 1:]
        if complement and not _capitalized(" ".join(complement)):
            name = " ".join(tokens[: h + 1])  # "Republican voters in each state": the group is the voters
        return Mention(MentionKind.GROUP, name, aliases=aliases, plural=True)
    if _is_person_noun(head):
        org = _org_in_role(tokens, table)
        kind = MentionKind.ANONYMOUS if determiner in _INDEFINITE else MentionKind.NOMINAL
        return Mention(kind, head, role=name, org=org, gender=_head_gender(head))
    if head.endswith("s") and head[:-1] in ORG_HEADS and capitalized_modifier and tokens[h][:1].isupper() \
            and not _is_people(head):
        return Mention(MentionKind.ORGANIZATION, _without_lowercase_lead(name), aliases=aliases)  # "the Tahrir Brigades"
    if _is_people(head) or (head.endswith("s") and head[:-1] in ORG_HEADS):
        return _NOTHING if determiner in _DEFINITE else Mention(MentionKind.GROUP, name, aliases=aliases,
                                                                 plural=True)
    if head in ORG_HEADS or head == "pac":
        if capitalized_modifier or (determiner in _INDEFINITE and modifiers):
            return Mention(MentionKind.ORGANIZATION, _without_lowercase_lead(name), aliases=aliases)
        if determiner in _INDEFINITE and not _of_members(tokens[h + 1:]) and not _located(tokens[h + 1:]):
            return _NOTHING  # "a company": an organization the text does not tell
        if determiner in _INDEFINITE:  # "a coalition of opposition parties": a body its members describe
            return Mention(MentionKind.ORGANIZATION, name, aliases=aliases)
        return Mention(MentionKind.NOMINAL, head, aliases=aliases, role=name if modifiers else None)
    if capitalized_modifier and tokens[-1][:1].isupper():
        return Mention(MentionKind.ORGANIZATION, _without_lowercase_lead(name), aliases=aliases)
    if _is_role_noun(tokens[h]):
        kind = MentionKind.ANONYMOUS if determiner in _INDEFINITE else MentionKind.NOMINAL
        return Mention(kind, head, role=name, org=_org_in_role(tokens, table), unlisted=True)
    return _NOTHING


def _located(complement: list[str]) -> bool:
    """"in the district capital", "in Kandahar": where a body is, which makes "a hospital" one of its own."""
    return len(complement) >= 2 and complement[0].casefold() in _LOCATING


def _of_members(complement: list[str]) -> bool:
    """"of opposition parties", "of doctors": an "of" phrase that ends in people or bodies."""
    if len(complement) < 2 or complement[0].casefold() != "of":
        return False
    last = complement[-1].casefold()
    return _is_people(last) or (last.endswith("ies") and last[:-3] + "y" in ORG_HEADS) or (
        last.endswith("s") and last[:-1] in ORG_HEADS)


def _is_role_noun(word: str) -> bool:
    """A singular noun for who does something that no lexicon lists: "master" in "the harbour master"."""
    folded = word.casefold()
    return word[:1].islower() and len(folded) > 4 and folded.replace("-", "").isalpha() \
        and folded.endswith(_AGENT_SUFFIXES) and folded.rpartition("-")[2] not in _AGENTLESS


# A word that says who backs or runs a body, before its name: "Iran-backed", "Hamas-run", "UK-based".
_DESCRIBING_COMPOUND: Final = re.compile(r"[A-Z][\w.]*-(?:backed|based|run|led|aligned|allied|linked|affiliated|"
                                         r"controlled|sponsored)$")


def _without_descriptors(name: str) -> str:
    """"paramilitary Rapid Support Forces" -> "Rapid Support Forces", "Iran-backed Kataib Hezbollah" ->
    "Kataib Hezbollah": the words before a name that only describe it."""
    words = name.split()
    start = 0
    while start < len(words) - 1 and (_DESCRIBING_COMPOUND.match(words[start]) or (
            words[start][:1].islower() and not _is_role_word(words[start]) and words[start] not in _ROLE_PREPOSITIONS
            and words[start] not in NAME_CONNECTORS)):
        start += 1
    rest = words[start:]
    return " ".join(rest) if all(w[:1].isupper() or w in NAME_CONNECTORS for w in rest) else name


def _without_lowercase_lead(name: str) -> str:
    """"provincial Health Ministry" -> "Health Ministry": words before the name only describe it."""
    words = name.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    if first == 0 and len(words) > 2 and words[1][:1].islower():
        # "Local broadcaster Dnipro TV": a word capitalized as the sentence opens, before a body's kind
        kind_end = next((i for i in range(1, len(words)) if words[i][:1].isupper()), len(words)) - 1
        if kind_end < len(words) - 1 and words[kind_end].casefold() in ORG_HEADS:
            first = kind_end + 1
    return " ".join(words[first:])


def _titled_person(prefix: list[str], name_tokens: list[str], aliases: tuple[str, ...],
                   table: AliasTable) -> Mention:
    """Titles, rank and role before a name: "Pentagon spokesman Brigadier General Pat Ryder"."""
    gender = first_name_gender(name_tokens[0])
    words = list(prefix)
    rank: list[str] = []
    while words:
        folded = tuple(w.casefold() for w in words)
        if folded[-1] in _HONORIFICS:
            gender = gender or _HONORIFIC_GENDER.get(folded[-1])
            words.pop()
            continue
        matched = next((r for r in _RANKS if folded[-len(r):] == r), None)
        if matched is None:
            break
        rank[:0] = words[-len(matched):]
        del words[-len(matched):]
    words = _role_words(words)
    role = " ".join(words) or None
    if role:
        role_folded = {w.casefold() for w in words}
        gender = gender or (Gender.FEMALE if role_folded & _FEMALE_HEADS else
                            Gender.MALE if role_folded & _MALE_HEADS else None)
    return Mention(MentionKind.PERSON, " ".join(name_tokens), aliases=aliases, role=role,
                   rank=" ".join(rank) or None, org=_org_in_role(words, table), gender=gender)


def _role_words(words: list[str]) -> list[str]:
    """The words of a role right before a name: "He and House Judiciary Chairman" -> "House Judiciary
    Chairman"; "It doesn't sound like" is no role."""
    start = len(words)
    while start > 0 and _is_role_word(words[start - 1]):
        start -= 1
    return words[start:]


def _is_role_word(word: str) -> bool:
    folded = word.casefold().strip(_WORD_EDGE)
    if folded in _NOBODY or folded in _PRONOUNS or folded in _TIME_NOUNS or folded in {"and", "or", "&"}:
        return False
    return word[:1].isupper() or folded in ROLE_WORDS or _is_person_noun(folded) or folded in _RANK_WORDS \
        or folded in _HONORIFICS or folded in ORG_HEADS or folded.endswith(("al", "ic", "ian", "ive", "-elect"))


def _org_in_role(words: list[str], table: AliasTable) -> str | None:
    """The organization a role names: "Pentagon" in "Deputy Pentagon Press Secretary"."""
    if not words:
        return None
    text = " ".join(words)
    after = _PREPOSITION.split(" " + text)
    if len(after) > 1:
        candidate = _LEADING_THE.sub("", after[-1].strip())
        if candidate[:1].isupper() and text.endswith(f" in {candidate}") and _is_place_name(candidate, table):
            # "a hospital director in Erzurum": where the speaker works, not whom they speak for
            return _org_in_role(text.removesuffix(f" in {candidate}").split(), table)
        if candidate and candidate.casefold() not in ROLE_WORDS \
                and (_capitalized(candidate) or candidate in _ARMED_BODIES):
            return candidate  # "spokesman for the SPLM", "spokesman for the army"
    # A close spelling may carry a word or two more than the known form; no
    # longer span can match, and trying every span of a long run is quadratic.
    longest = min(len(words), table.longest_name_words + 2)
    for size in range(longest, 0, -1):
        for start in range(len(words) - size + 1):
            if not words[start][:1].isupper():
                continue
            span = " ".join(words[start:start + size])
            if table.actor(span):
                return span
    start = 0
    while start < len(words) and words[start].casefold() in ROLE_WORDS:
        start += 1
    leading: list[str] = []
    for word in words[start:]:
        if not (_NAME_TOKEN.match(word) and word.casefold() not in ROLE_WORDS):
            break
        leading.append(word)
    if 0 < start < len(words) and words[start].casefold() in _PORTFOLIO_BODIES and len(leading) <= 1 \
            and words[start - 1].casefold().strip(_WORD_EDGE) in PORTFOLIOS:
        return " ".join(words[start - 1:start + 1])  # "Interior ministry spokesman": the interior ministry
    nxt = start + len(leading)
    if leading and nxt < len(words) and words[nxt].casefold() in ORG_HEADS and words[nxt][0].islower():
        leading.append(words[nxt])  # "Clinton campaign chairman": the campaign
    candidate = " ".join(leading).removesuffix("'s").removesuffix("’s")
    if not candidate or table.place_of_adjective(candidate) or table.place(candidate) \
            or candidate.casefold() in _PARTY_ADJECTIVES or "'" in candidate or "’" in candidate \
            or candidate.casefold() in _NOBODY or candidate.casefold() in _PRONOUNS \
            or candidate.casefold() in _OFFICE_FIELDS:
        return None
    if len(leading) == 1 and not is_acronym(candidate) and candidate.casefold() not in STANDALONE_ORGS \
            and (candidate.casefold() in ORG_HEADS or candidate.casefold().endswith(_ADJECTIVE_SUFFIXES)):
        return None  # "Ministry spokesman": which ministry the article says; "Presumptive nominee": no organization
    return candidate


def titled_name(words: Sequence[str], before: Sequence[str] = ()) -> tuple[str, str] | None:
    """"Florida Sen. Marco Rubio" -> ("Florida Sen.", "Marco Rubio"): a name written with a title,
    the title inside the capitalized words or in the words ``before`` them ("presidential
    candidate" before "Jane Roe")."""
    if _TITLE_WORDS.isdisjoint(map(str.casefold, (*before, *words))):
        return None
    words = list(words)
    k = next((i for i, w in enumerate(words) if w.casefold() in {"and", "&"}), len(words))
    words = words[:k]  # "Mr. Roe and Gov. Lee": the first one
    k = next((i for i, w in enumerate(words) if w.casefold() in {"of", "from", "at"}), len(words))
    if _name_run(words[:k]):
        words = words[:k]  # "Gov. Jane Roe of Oregon"
    run = _name_run(words)
    if not run or run > 4:
        return None
    prefix = _role_words([*before, *words[: len(words) - run]])
    if not any(w.casefold() in _TITLE_WORDS for w in prefix):
        return None
    return " ".join(prefix), " ".join(words[len(words) - run:])


def first_name_gender(token: str) -> Gender | None:
    folded = token.casefold()
    if folded in FIRST_NAMES_FEMALE:
        return Gender.FEMALE
    if folded in FIRST_NAMES_MALE:
        return Gender.MALE
    return None


def surname(name: str) -> str:
    """The last word of a person's name (suffixes like "Jr." skipped)."""
    words = [w for w in name.split() if w.casefold().strip(".,") not in {"jr", "sr", "ii", "iii", "iv"}]
    return words[-1] if words else name

