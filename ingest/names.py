"""Reading a source mention: who a phrase like "Pentagon spokesman Brigadier
General Pat Ryder" or "a source from the Popular Mobilization Forces" names.

:func:`parse_mention` turns the words of one mention into a :class:`Mention`:
a person (name, role, rank, gender), an organization, a group, an anonymous
source (its head noun and the organization it comes from), or a reference to
resolve against earlier speakers (a pronoun, "the ministry", "the post").
It only reads the phrase; merging mentions into actors is
:mod:`claimgraph.ingest.actors`' job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from claimgraph.graph.model import ActorKind
from claimgraph.ingest.aliases import AliasTable, KnownActor, is_acronym


class MentionKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    OUTLET = "outlet"
    ANONYMOUS = "anonymous"
    PRONOUN = "pronoun"
    NOMINAL = "nominal"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


@dataclass(frozen=True, slots=True)
class Mention:
    """What one source phrase says about its speaker.

    ``name`` is the name as written for persons, organizations and groups,
    the pronoun for pronouns, and the head noun for nominals and anonymous
    sources. ``org`` is the organization a role or an anonymous source points
    to ("Pentagon" in "Pentagon spokesman", "AFP" in "an AFP journalist").
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

    @property
    def long_form(self) -> str | None:
        """"Brigadier General Pat Ryder": the name with its rank, kept as an alias."""
        return f"{self.rank} {self.name}" if self.rank and self.kind is MentionKind.PERSON else None


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_DEFINITE = _words("the this that these those")
_INDEFINITE = _words("a an one another some several two three four five many other multiple various few")
_PRONOUN_GENDER = {"he": Gender.MALE, "him": Gender.MALE, "she": Gender.FEMALE, "her": Gender.FEMALE}
_PRONOUNS = _words("he him she her they them it i me we us you who whom which one")

_HONORIFIC_GENDER = {
    "mr": Gender.MALE, "mr.": Gender.MALE, "sir": Gender.MALE, "lord": Gender.MALE, "king": Gender.MALE,
    "prince": Gender.MALE, "sheikh": Gender.MALE, "mrs": Gender.FEMALE, "mrs.": Gender.FEMALE,
    "ms": Gender.FEMALE, "ms.": Gender.FEMALE, "miss": Gender.FEMALE, "dame": Gender.FEMALE,
    "lady": Gender.FEMALE, "queen": Gender.FEMALE, "princess": Gender.FEMALE,
}
_HONORIFICS = frozenset(_HONORIFIC_GENDER) | _words("dr dr. prof prof. rev rev. hon hon.")

# Military and police ranks stand right before a name; they are not the role.
_RANKS = tuple(sorted((tuple(r.split()) for r in """
    brigadier general|major general|lieutenant general|general|brig. gen.|maj. gen.|lt. gen.|gen.
    |lieutenant colonel|lt. col.|colonel|col.|major|maj.|captain|capt.|lieutenant|lt.|first lieutenant
    |admiral|adm.|rear admiral|rear adm.|vice admiral|vice adm.|commodore|air marshal|field marshal
    |marshal|sergeant|sgt.|staff sergeant|staff sgt.|master sergeant|corporal|cpl.|private|pvt.
    |commander|cmdr.|lieutenant commander|brigadier|air commodore|wing commander|squadron leader
    """.replace("\n", "").split("|") if r.strip()), key=len, reverse=True))

# Words of a role before a name ("Deputy Pentagon Press Secretary"), compared casefolded.
ROLE_WORDS = _words("""
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
    commissioner inspector superintendent chief-of-staff
""")

# Head nouns that make a name an organization ("US Central Command", "the Gaza health ministry").
ORG_HEADS = _words("""
    command ministry department forces force army navy military council committee party agency
    office court bank company corporation corp corp. inc inc. ltd university association union
    organization organisation commission authority government administration police service
    services institute foundation center centre network news times post journal campaign group
    brigade brigades battalion regiment division movement front coalition federation alliance board
    bureau secretariat cabinet parliament assembly congress senate house fund programme program
    mission embassy consulate guard guards corps unit militia tribunal monitor observatory watch
    cross crescent league society trust tv radio television broadcaster daily magazine herald
    tribune gazette examiner channel kremlin presidency palace municipality hospital
""")

# Plural human nouns that make a mention a group ("Israeli officials", "residents").
GROUP_HEADS = _words("""
    officials sources militants residents witnesses analysts experts activists doctors medics
    rescuers protesters protestors fighters soldiers troops lawmakers legislators senators
    representatives republicans democrats voters critics supporters observers diplomats
    researchers scientists investigators prosecutors authorities leaders members people rebels
    insurgents villagers survivors relatives families students workers employees aides advisers
    advisors organizers organisers economists officers paramedics journalists reporters
    correspondents insiders campaigners politicians ministers staffers delegates negotiators
    mediators lawyers attorneys judges police security forces locals citizens commanders
    spokespeople parents teachers farmers traders pilots nurses
""")

# Head nouns of a speaker who is not named ("a Pentagon source", "an AFP journalist").
ANONYMOUS_HEADS = {
    "source": "source", "sources": "source", "insider": "insider", "insiders": "insider",
    "official": "official", "officials": "official", "journalist": "journalist",
    "journalists": "journalist", "correspondent": "correspondent", "reporter": "reporter",
    "spokesman": "spokesman", "spokeswoman": "spokeswoman", "spokesperson": "spokesperson",
    "diplomat": "diplomat", "diplomats": "diplomat", "officer": "officer", "officers": "officer",
    "member": "member", "members": "member", "aide": "aide", "aides": "aide", "adviser": "adviser",
    "advisor": "adviser", "commander": "commander", "person": "person", "people": "person",
    "employee": "employee", "staffer": "staffer", "negotiator": "negotiator",
}
_ALWAYS_ANONYMOUS = _words("source sources insider insiders")
_PERSON_HEADS = _words("""spokesman spokeswoman spokesperson official officer aide adviser advisor
    diplomat commander journalist correspondent reporter minister secretary envoy""")
_FEMALE_HEADS = _words("spokeswoman chairwoman congresswoman businesswoman")
_MALE_HEADS = _words("spokesman chairman congressman businessman")

# "the ministry", "the post": a definite common noun pointing back to an earlier speaker.
DOCUMENT_HEADS = _words("post tweet message statement release communique communiqué report letter video"
                        " announcement notice bulletin filing")
NOMINAL_HEADS = ORG_HEADS | DOCUMENT_HEADS | _PERSON_HEADS

_PARTY_ADJECTIVES = _words("republican democratic democrat gop conservative labour liberal progressive")
_PARTICLES = _words("al al- el bin ibn bint abu abd de del della der den van von da di du la le st. dos das")

FIRST_NAMES_FEMALE = _words("""
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
FIRST_NAMES_MALE = _words("""
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

_TOKEN = re.compile(r"[^\s]+")
_QUOTED_NAME = re.compile(
    r"""^(?:an?|the)?\s*(?P<noun>[\w\s-]*?)\s*\b(?:called|named|known\s+as|calling\s+itself|dubbed)\s+
        ["“'‘](?P<name>[^"”’]+)""",
    re.IGNORECASE | re.VERBOSE)
_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)")
_APPOSITIVE = re.compile(r"\s+(?:--|—|–)\s+|,\s+|\s+-\s+|\s+(?:who|which|speaking|reached|familiar|briefed"
                         r"|contacted|interviewed|quoted|cited|citing|involved|knowledgeable)\b")
_OR = re.compile(r"\s+or\s+|\s*/\s*")
_PREPOSITION = re.compile(r"\s+(?:from|at|in|with|within|for|of|close\s+to|familiar\s+with|inside|among)\s+",
                          re.IGNORECASE)
_ANONYMITY = re.compile(
    r"condition\s+of\s+anonymity|speaking\s+anonymously|declined\s+to\s+be\s+(?:named|identified)"
    r"|asked\s+not\s+to\s+be\s+(?:named|identified)|requested\s+anonymity|not\s+authori[sz]ed\s+to"
    r"|without\s+being\s+(?:named|identified)|on\s+background|anonymous",
    re.IGNORECASE)
_EDGE = re.compile(r"^[\s\"'“”‘’.,;:()\[\]—–-]+|[\s\"'“”‘’.,;:()\[\]—–-]+$")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu)-[A-Z][\w'’-]*)$")
_INITIAL = re.compile(r"^[A-Z]\.$")


def has_anonymity_marker(text: str) -> bool:
    """Whether a sentence says its source is kept unnamed ("on condition of anonymity")."""
    return _ANONYMITY.search(text) is not None


def parse_mention(text: str, table: AliasTable, *, anonymity: bool = False) -> Mention:
    """Read one source phrase. ``anonymity``: the sentence says the source spoke unnamed."""
    phrase = _EDGE.sub("", text)
    quoted = _QUOTED_NAME.match(text.strip())
    if quoted:
        return _quoted_name(quoted, table)
    head, aliases = _head_and_aliases(phrase)
    tokens = _TOKEN.findall(head)
    if not tokens:
        return Mention(MentionKind.NOMINAL, phrase.casefold())
    first = tokens[0].casefold()
    if len(tokens) == 1 and first in _PRONOUNS:
        return Mention(MentionKind.PRONOUN, first, gender=_PRONOUN_GENDER.get(first),
                       plural=first in {"they", "them", "we", "us"})
    determiner = first if first in _DEFINITE or first in _INDEFINITE else None
    body = tokens[1:] if determiner else tokens
    if not body:
        return Mention(MentionKind.NOMINAL, phrase.casefold())
    anonymous = _anonymous(body, head, determiner, anonymity, table)
    if anonymous is not None:
        return anonymous
    return _named(body, determiner, aliases, table)


def _quoted_name(match: re.Match[str], table: AliasTable) -> Mention:
    """'A group called "the Islamic resistance in Iraq"': the quoted words are the name."""
    written = match.group("name").strip().rstrip(",.")
    name = re.sub(r"^the\s+", "", written, flags=re.IGNORECASE)
    known = table.actor(name)
    kind = _kind_of_known(known) if known else MentionKind.ORGANIZATION
    aliases = (written,) if written != name else ()
    return Mention(kind, name, aliases=aliases, known=known)


def _head_and_aliases(phrase: str) -> tuple[str, tuple[str, ...]]:
    """Cut an appositive and a parenthesis off the head phrase; an acronym in parentheses is an alias."""
    aliases: list[str] = []
    for m in _PARENTHESIS.finditer(phrase):
        inner = m.group(1).strip()
        if is_acronym(inner):
            aliases.append(inner)
    phrase = _PARENTHESIS.sub("", phrase)
    head = _APPOSITIVE.split(phrase, maxsplit=1)[0]
    return _EDGE.sub("", head), tuple(aliases)


def _kind_of_known(known: KnownActor) -> MentionKind:
    return {ActorKind.PERSON: MentionKind.PERSON, ActorKind.GROUP: MentionKind.GROUP,
            ActorKind.OUTLET: MentionKind.OUTLET}.get(known.kind, MentionKind.ORGANIZATION)


def _anonymous(body: list[str], phrase: str, determiner: str | None, anonymity: bool,
               table: AliasTable) -> Mention | None:
    """An unnamed speaker identified by a head noun: "a Pentagon source", "officials speaking anonymously"."""
    folded = [t.casefold().strip(",.") for t in body]
    index = next((i for i, t in enumerate(folded) if t in ANONYMOUS_HEADS), None)
    if index is None:
        return None
    word = folded[index]
    modifiers = body[:index]
    after = " ".join(body[index + 1:])
    if any(_NAME_TOKEN.match(t) and t.casefold() not in ROLE_WORDS for t in body[index + 1:])\
            and not _PREPOSITION.match(" " + after):
        return None  # "spokesman John Kirby": a named person follows the head
    plural = word.endswith("s") or word == "people"
    singular_indefinite = determiner in {"a", "an", "one", "another"}
    if not (word in _ALWAYS_ANONYMOUS or anonymity or singular_indefinite):
        return None
    org_phrase = _org_after_preposition(after) or _org_in_modifiers(modifiers, table)
    if determiner in _DEFINITE and org_phrase is None:
        return Mention(MentionKind.NOMINAL, ANONYMOUS_HEADS[word], plural=plural)
    org, org_aliases = _split_or(org_phrase) if org_phrase else (None, ())
    gender = Gender.FEMALE if word in _FEMALE_HEADS else Gender.MALE if word in _MALE_HEADS else None
    return Mention(MentionKind.ANONYMOUS, ANONYMOUS_HEADS[word], org=org, org_aliases=org_aliases,
                   gender=gender, plural=plural, role=" ".join(body[: index + 1]))


def _org_after_preposition(after: str) -> str | None:
    m = _PREPOSITION.match(" " + after)
    if not m:
        return None
    org = _EDGE.sub("", after[m.end() - 1:])
    org = re.sub(r"^the\s+", "", org, flags=re.IGNORECASE)
    return org or None


_QUALIFIERS = _words("senior top high-ranking high-level junior local regional military security government"
                     " intelligence anonymous unnamed knowledgeable well-placed")


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
    return candidate


def _split_or(phrase: str) -> tuple[str, tuple[str, ...]]:
    """"Hashed al-Shaabi or Popular Mobilization Forces": two names of one organization."""
    parts = [p.strip() for p in _OR.split(phrase) if p.strip()]
    if len(parts) > 1 and all(_capitalized(p) for p in parts):
        parts = [re.sub(r"^the\s+", "", p, flags=re.IGNORECASE) for p in parts]
        longest = max(parts, key=lambda p: (not is_acronym(p), len(p)))
        return longest, tuple(p for p in parts if p != longest)
    return phrase, ()


def _capitalized(phrase: str) -> bool:
    words = [w for w in phrase.split() if w.casefold() not in {"the", "of", "for", "and", "in"}]
    return bool(words) and all(w[:1].isupper() or _NAME_TOKEN.match(w) for w in words)


def _named(body: list[str], determiner: str | None, aliases: tuple[str, ...], table: AliasTable) -> Mention:
    phrase = " ".join(body)
    name, or_aliases = _split_or(phrase)
    aliases = aliases + or_aliases
    known = table.actor(name) or next((k for k in map(table.actor, or_aliases) if k), None)
    if known is not None:
        return Mention(_kind_of_known(known), name, aliases=aliases, known=known)
    tokens = name.split()
    run = _name_run(tokens)
    if tokens[-1].casefold() in GROUP_HEADS:
        return _common_noun(tokens, determiner, aliases, table)
    if run == len(tokens) and run:
        return _bare_name(name, aliases, determiner, table)
    if run == 0:
        return _common_noun(tokens, determiner, aliases, table)
    return _titled_person(tokens[: len(tokens) - run], tokens[len(tokens) - run:], aliases, table)


def _name_run(tokens: list[str]) -> int:
    """How many tokens at the end spell a name (capitalized, not a title, rank or organization word)."""
    count = 0
    for token in reversed(tokens):
        folded = token.casefold()
        is_name = (_NAME_TOKEN.match(token) or folded in _PARTICLES) and folded not in ROLE_WORDS \
            and folded not in _HONORIFICS and folded not in ORG_HEADS and not _is_rank_word(folded)
        if not is_name or count >= 5:
            break
        count += 1
    while count and tokens[len(tokens) - count].casefold() in _PARTICLES:
        count -= 1
    return count


def _is_rank_word(folded: str) -> bool:
    return any(folded in rank for rank in _RANKS)


def _bare_name(name: str, aliases: tuple[str, ...], determiner: str | None, table: AliasTable) -> Mention:
    """A phrase that is all name: an acronym, a place speaking as its government, an organization or a person."""
    tokens = name.split()
    if is_acronym(name) or determiner in _DEFINITE or table.place(name):
        return Mention(MentionKind.ORGANIZATION, name, aliases=aliases)
    if len(tokens) == 1 and name.endswith("s") and table.place_of_adjective(name[:-1]):
        return Mention(MentionKind.GROUP, name, aliases=aliases, plural=True)
    return Mention(MentionKind.PERSON, name, aliases=aliases, gender=first_name_gender(tokens[0]))


def _common_noun(tokens: list[str], determiner: str | None, aliases: tuple[str, ...],
                 table: AliasTable) -> Mention:
    """No name at the end: "the ministry", "the Gaza health ministry", "Israeli officials", "Pentagon spokesman"."""
    head = tokens[-1].casefold()
    modifiers = tokens[:-1]
    capitalized_modifier = any(_NAME_TOKEN.match(t) for t in modifiers)
    name = " ".join(tokens)
    if head in GROUP_HEADS or (head.endswith(("ers", "ists", "ians", "ants", "ents")) and not capitalized_modifier):
        return Mention(MentionKind.GROUP, name, aliases=aliases, plural=True)
    if head in _PERSON_HEADS:
        org = _org_in_role(modifiers, table)
        gender = Gender.FEMALE if head in _FEMALE_HEADS else Gender.MALE if head in _MALE_HEADS else None
        kind = MentionKind.ANONYMOUS if determiner in _INDEFINITE else MentionKind.NOMINAL
        return Mention(kind, head, role=name, org=org, gender=gender)
    if head in NOMINAL_HEADS and not capitalized_modifier and determiner in _DEFINITE:
        return Mention(MentionKind.NOMINAL, head, role=name if modifiers else None)
    return Mention(MentionKind.ORGANIZATION, name, aliases=aliases)


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
    role = " ".join(words) or None
    if role:
        role_folded = {w.casefold() for w in words}
        gender = gender or (Gender.FEMALE if role_folded & _FEMALE_HEADS else
                            Gender.MALE if role_folded & _MALE_HEADS else None)
    return Mention(MentionKind.PERSON, " ".join(name_tokens), aliases=aliases, role=role,
                   rank=" ".join(rank) or None, org=_org_in_role(words, table), gender=gender)


def _org_in_role(words: list[str], table: AliasTable) -> str | None:
    """The organization a role names: "Pentagon" in "Deputy Pentagon Press Secretary"."""
    if not words:
        return None
    text = " ".join(words)
    after = _PREPOSITION.split(" " + text)
    if len(after) > 1:
        candidate = re.sub(r"^the\s+", "", after[-1].strip(), flags=re.IGNORECASE)
        if candidate and candidate.casefold() not in ROLE_WORDS and _capitalized(candidate):
            return candidate
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            if not words[start][:1].isupper():
                continue
            span = " ".join(words[start:start + size])
            if table.actor(span):
                return span
    trimmed = list(words)
    while trimmed and trimmed[0].casefold() in ROLE_WORDS:
        trimmed.pop(0)
    while trimmed and trimmed[-1].casefold() in ROLE_WORDS:
        trimmed.pop()
    leading: list[str] = []
    for word in trimmed:
        if not (_NAME_TOKEN.match(word) and word.casefold() not in ROLE_WORDS):
            break
        leading.append(word)
    candidate = " ".join(leading).removesuffix("'s").removesuffix("’s")
    if not candidate or table.place_of_adjective(candidate) or table.place(candidate) \
            or candidate.casefold() in _PARTY_ADJECTIVES or "'" in candidate or "’" in candidate:
        return None
    return candidate


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

