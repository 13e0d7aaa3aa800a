"""From source mentions to actors: the cast of one article.

:func:`resolve_cast` reads each attribution's source mention in order
(:mod:`claimgraph.ingest.names`), resolves pronouns and definite nouns against
the speakers before it and the organizations the text named
(:mod:`claimgraph.ingest.coref`), and merges every form an actor goes by into
one :class:`~claimgraph.graph.model.Actor`: the alias table's entry, "X or Y"
and "X (ACR)" given in the text, an acronym matching a name by initials or
word prefixes ("CENTCOM" ~ "Central Command"), a surname matching a full name
of the same article, and close spellings.

A document is no speaker: "a statement posted on its channel" is spoken by
the organization "its" stands for, "a transcript released by the ministry"
by the ministry. A phrase that names nobody ("a day earlier", "most"), a
reference nothing fits ("the group says" with no group before it) and an
attribution that states nothing ("declined to comment") have no speaker.

An actor's id comes from its canonical name: the alias table's name, else the
longest full form seen (never an acronym). Anonymous sources are scoped by the
outlet that originated the reporting (the wire agency when syndicated): the
scope is hashed into the id, not shown in the name.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Final

from mypy_extensions import mypyc_attr

from claimgraph.graph import ids
from claimgraph.graph.model import Actor, ActorKind, Channel, MemberOf, OutletKind, SpeaksFor
from claimgraph.ingest.aliases import AliasTable, KnownActor, is_acronym, name_key
from claimgraph.ingest.attribution import states_something, withholds
from claimgraph.ingest.coref import COMPANY_NOUNS, Turn, latest_channel_speaker, resolve_reference
from claimgraph.ingest.cues import CUE_WORDS, DETERMINERS, DOCUMENT_SOURCES, QUESTION_CUES, SHOWING_VERBS
from claimgraph.ingest.document import ArticleMeta
from claimgraph.ingest.names import (
    ANONYMOUS_HEADS,
    GROUP_HEADS,
    LEVELS,
    MASTHEAD_WORDS,
    MEDIA_HEADS,
    NAME_CONNECTORS,
    OFFICES_OF_STATE,
    ORG_HEADS,
    PERSON_NOUNS,
    PORTFOLIOS,
    ROLE_COMPLEMENTS,
    ROLE_WORDS,
    STANDALONE_ORGS,
    Gender,
    Mention,
    MentionKind,
    first_name_gender,
    has_anonymity_marker,
    parse_mention,
    surname,
    titled_name,
)
from claimgraph.ingest.spans import Attribution, Span

_FUZZY_MERGE: Final = 92.0
_ACRONYM_STOPWORDS: Final = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "al"})
_PARENTHESIZED_ACRONYM: Final = re.compile(r"\s\(([A-Z][A-Za-z.&]{1,11})\)")
_LONG_FORM_BEFORE: Final = re.compile(
    r"((?:[A-Z][\w'’-]*|of|the|and|for|in|on)(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|in|on)){0,7})$")
_LONG_FORM_REACH: Final = 120
_FIRST_PERSON: Final = frozenset({"i", "me", "we", "us"})
_LEADING_THE: Final = re.compile(r"^the\s+", re.IGNORECASE)
_WORD_BREAK: Final = re.compile(r"[\s-]+")
_NON_SPACE: Final = re.compile(r"\S+")
_RELATIVE_PRONOUNS: Final = frozenset({"who", "whom", "which"})
_NAME_BEFORE_RELATIVE: Final = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)\s*,\s*$")
_COMPASS: Final = frozenset("north south east west northern southern eastern western central northeastern northwestern"
                     " southeastern southwestern upper lower".split())
_COMMON_NOUN_BEFORE: Final = re.compile(r"\b[a-z][\w'’-]*\s+$")
# "Ana Ruiz, an analyst at the" before an organization's name: the name the role is given to.
_NAME_BEFORE_ROLE: Final = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s*,\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,4}"
    r"(?:from|at|of|with|for)\s+(?:the\s+)?$")
# A run of capitalized words, possibly joined by "of", "for", "the": a name the text gives.
# (The lookahead first lets the scan skip to the next capital in C.)
_CAPITALIZED_RUN: Final = re.compile(
    r"(?=[A-Z])(?<![\w-])[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|the|and|on|de|al)\s+)*[A-Z][\w'’&.-]*)*")
# A word whose full stop is not the end of a sentence: initials and the titles written before names.
_ABBREVIATION: Final = re.compile(r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Gens|Lt|Col|Sgt|Capt|Maj|Adm"
                           r"|Cmdr|Prof|Rev|Pres|Atty|Supt|St|Jr|Sr)\.")
_TITLE_REACH: Final = 60
# A name that is the subject of its sentence: a lowercase word after it, no possessive ("Roe met ...").
_SUBJECT_VERB: Final = re.compile(r" ([a-z]+)\b")
_SENTENCE_BREAK: Final = re.compile(r"[.!?][\"”’]?\s+|\n+")
_SENTENCE_REACH: Final = 1200
# A sentence opening on a described office-holder: "The provincial governor, ...", "The district police chief".
_OFFICE_OPENING: Final = re.compile(r"\bThe(?:\s+[a-z][\w-]*){1,4}(?=\s*,|\s+(?:said|told|gave|put|visited|"
                                   r"spoke|added|confirmed))")
_HEADLINE: Final = re.compile(r"\s*[^\n]*[^\s.!?\"”’)][ \t]*\n")
_RUN_OPENERS: Final = frozenset({"The", "A", "An", "This", "That", "In", "At", "On", "But", "And", "When", "After"})
_PERSON_POSSESSIVES: Final = frozenset({"his", "her"})
# Documents in which a speaker speaks for themselves; a poll or a report is nobody's words by default.
_OWN_WORDS: Final = frozenset("""statement post tweet message release communique communiqué announcement letter
    video transcript email e-mail""".split())
# Reports nobody is named for ("reports say", "according to local media reports") are an unnamed source.
_NEWS_REPORTS: Final = frozenset({"report", "reports"})
# Cues with no source that tell of reports nobody is named for: "it was initially reported that",
# "it is alleged that", "twelve people reportedly drowned". The outlet only passes them on.
_UNNAMED_REPORT_CUES: Final = frozenset({"reported", "reportedly", "alleged", "rumored", "rumoured", "claimed"})
_PEOPLE_LINKS: Final = frozenset({"of", "at", "for", "from"})
# Words before an organization's head that tell which one only by the text before ("the same agency",
# "the former ministry", "a leading authority").
_NOT_DESCRIBING: Final = frozenset("""former acting then interim top senior leading new same other main whole entire
    and or no not""".split())
# Words of a kind of people that a capital opening the sentence may start: "Local officials", "Hospital staff".
_KIND_WORDS: Final = frozenset("""local senior top some many several other security medical health hospital rescue
    emergency government military police aid relief state federal city county provincial regional district village
    camp fire school party opposition rights civil eyewitness""".split())
# Words that rank a body among others of its kind ("the main opposition party", "the largest union").
_FOREMOST: Final = frozenset("main largest biggest principal leading".split())
# A hyphenated description opening a name ("State-run Xinhua", "Government-owned ..."), not a name's
# own part ("Al-Jazeera").
_DESCRIPTION_OPENING: Final = re.compile(r"[A-Z][a-z]+-[a-z]+\s+[A-Z]")
# Words that say whose or where a broadcaster is, making "state television" one of its own.
_MEDIUM_OWNERS: Final = frozenset("state local national public regional provincial official government private"
                                  .split())
# What makes a "service" an outlet ("the wire service"); "the fire service" is no outlet.
_NEWS_WORDS: Final = frozenset("news wire press information".split())
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she"})
# Capitalized words opening a sentence before a name, which are no part of it ("While Garland ...").
_NOT_FIRST_NAMES: Final = frozenset("""while as instead those these when after before but and so then if although
    though because since until unless once also even only""".split())
# A body described by what it does ("the company that runs the plant", names.parse_mention).
_WHAT_IT_DOES: Final = re.compile(r"\s(?:that|which)\s")
# "the sheriff's office": an office named by its holder's title, which stands for itself.
_OFFICES: Final = frozenset("office department bureau".split())
# Bodies of a government's field whose officials a headline may name by the field alone ("health officials").
_FIELD_BODIES: Final = frozenset("ministry department agency authority office service directorate bureau".split())
_OFFICE_PLACE: Final = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[\w'-]+){0,2}$")
_OFFICE_HOLDER: Final = re.compile(r"(?i:the)\s+(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+")
# A possessor that is a thing no one speaks for: "the plant", "the chemical plant", not "the minister".
_THING_OWNER: Final = re.compile(r"(?i:the)\s+(?:[a-z][a-z-]+\s+)?(?:plant|mine|factory|refinery|dam|quarry|ship|vessel|"
                                 r"ferry|boat|train|railway|airline|airport|port|pipeline|reactor|site|facility|stadium|"
                                 r"building|tower|bridge|hotel|mall|market|school|club|venue|hospital|clinic|prison|jail|academy|"
                                 r"college|university|camp)")
# "The Clark County Coroner's Office", "the Montgomery County coroner's office": a place's named office.
_NAMED_OFFICE_HOLDER: Final = re.compile(r"(?:(?i:the)\s+)?(?:[A-Z][\w.-]*\s+)+[A-Za-z][a-z-]+")
# How far back a bare definite noun looks for a name ending in it ("the airline"): the paragraphs near it.
_NAME_REACH: Final = 1500
_BARE_DEFINITE: Final = re.compile(r"(?i:the)\s+([a-z]{3,})")
# Bodies the lexicons do not list, which a name ending in them introduces ("Ethiopian Airlines ... the
# airline"); titles and things ("the prince", "the district", "the movie") are not looked up so.
_BODY_NOUNS: Final = frozenset("""airline carrier operator railway railroad utility manufacturer automaker insurer
    charity church initiative""".split())
_GENERIC_PLACES: Final = frozenset("""country nation state province region city territory island kingdom town village
    district county municipality""".split())
# A place named with its lowercase kind ("Kaduna state", "Sindh province"): its office is described as "the
# state's governor" is, no owner the article named.
_NAMED_PLACE: Final = re.compile(rf"(?:[A-Z][\w.'-]*\s+)+(?:{'|'.join(sorted(_GENERIC_PLACES))})")
# A body's kind before its name: "The charity Sea-Watch", "the watchdog Airwars".
_KIND_BEFORE_NAME: Final = re.compile(r"(?i:the)\s+([a-z]+)\s+([A-Z].*)")
# Heads of an office that a description makes a first mention ("the director of the city hospital",
# "the police chief"); epithets for someone named before ("the former foreign minister", "the
# retired neurosurgeon") have other heads or a rank, and stay references.
_DESCRIBED_HEADS: Final = frozenset("""director head chief mayor governor commander superintendent commissioner
    coordinator administrator manager chairman chairwoman minister sheriff coroner""".split())
# Offices a place has one holder of, so that "the mayor" alone is someone even when no one was named
# so before ("the director" may be anyone's; "the president" opens political stories before the name).
_PLACE_OFFICES: Final = frozenset({"mayor", "governor", "sheriff", "coroner", "prime minister"})
# Bodies an event's report may name by their kind alone, there being one that matters: "the hospital said".
_LOCAL_BODIES: Final = frozenset({"hospital"})
_ORGANIZATION_KINDS: Final = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.OUTLET})


@dataclass(slots=True, unsafe_hash=True)
class Speaker:
    """Who made one attribution, and through which channel as far as the article tells."""

    actor_id: str | None
    channel: Channel | None = None
    anonymous: bool = False


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class Cast:
    """Everyone one article cites, plus the outlets that carried it."""

    actors: tuple[Actor, ...]
    speakers: tuple[Speaker, ...]
    speaks_for: tuple[SpeaksFor, ...] = ()
    member_of: tuple[MemberOf, ...] = ()
    publisher_id: str | None = None
    agency_id: str | None = None
    names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def voice_id(self) -> str | None:
        """Who asserts what the article says in its own voice: the wire agency, else the publisher."""
        return self.agency_id or self.publisher_id

    def find(self, mention: str) -> str | None:
        """The actor a name written in the text refers to ("Ryder", "the Pentagon"), if it is in the cast."""
        key = name_key(mention)
        if key in self.names:
            return self.names[key]
        words = key.split()
        return self.names.get(f"surname:{words[-1]}") if words else None


def acronym_matches(acronym: str, name: str) -> bool:
    """Whether ``acronym`` abbreviates ``name`` by initials or word prefixes ("DoD", "CENTCOM")."""
    letters = acronym.replace(".", "").replace("&", "").casefold()
    words = [w.casefold() for w in _WORD_BREAK.split(name) if w]
    if len(letters) < 2 or len(words) < 2:
        return False
    return _abbreviates(letters, words) or _abbreviates(letters, words[1:])


def _abbreviates(letters: str, words: list[str]) -> bool:
    if not letters:
        return all(w in _ACRONYM_STOPWORDS for w in words)
    if not words:
        return False
    word, rest = words[0], words[1:]
    if word in _ACRONYM_STOPWORDS and _abbreviates(letters, rest):
        return True
    return any(letters[:k] == word[:k] and _abbreviates(letters[k:], rest)
               for k in range(1, min(len(word), len(letters)) + 1))


def acronym_definitions(text: str) -> dict[str, str]:
    """"Islamic State (IS)": acronyms the text defines, each with its long form."""
    found: dict[str, str] = {}
    for m in _PARENTHESIZED_ACRONYM.finditer(text):
        before = _LONG_FORM_BEFORE.search(text, max(0, m.start() - _LONG_FORM_REACH), m.start())
        if before is None:
            continue
        acronym = m.group(1)
        words = before.group(1).split()
        for start in range(len(words) - 1):
            candidate = " ".join(words[start:])
            if words[start][:1].isupper() and acronym_matches(acronym, candidate):
                found.setdefault(name_key(acronym), _without_article(candidate))
                break
    return found


@dataclass(slots=True)
class _Cluster:
    """An actor while the article is read; merged clusters point to one root."""

    kind: ActorKind
    names: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    known: KnownActor | None = None
    role: str | None = None
    gender: Gender | None = None
    anonymous: bool = False
    head: str | None = None
    plural: bool = False
    org: int | None = None
    speaks_for: int | None = None
    source: Span | None = None
    outlet_kind: OutletKind | None = None
    # Every role the article gave the actor ("Republican nominee", "businessman"): what
    # "the nominee" or "the businessman" may later refer to.
    descriptions: list[str] = field(default_factory=list)
    # Named by a description of its kind only ("the health ministry"): which one is known in its article.
    described: bool = False


class _Registry:
    """The clusters of one article (local to one :func:`resolve_cast` call)."""

    def __init__(self, table: AliasTable, definitions: Mapping[str, str]) -> None:
        self.table = table
        self.definitions = definitions
        self.clusters: list[_Cluster] = []
        self.parent: list[int] = []
        self.index: dict[str, int] = {}
        # surname -> clusters that have a full name ending with it
        self.surnames: dict[str, list[int]] = {}
        # bodies first named in the headline, where a qualifier is often dropped ("Health ministry says")
        self.headlined: set[int] = set()

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def get(self, i: int) -> _Cluster:
        return self.clusters[self.root(i)]

    def new(self, cluster: _Cluster, keys: Iterable[str]) -> int:
        self.clusters.append(cluster)
        self.parent.append(len(self.parent))
        i = len(self.clusters) - 1
        for key in keys:
            self.index.setdefault(key, i)
        for name in cluster.names:
            self._note_surname(i, name)
        return i

    def _note_surname(self, i: int, name: str) -> None:
        if " " in name:
            self.surnames.setdefault(surname(name).casefold(), []).append(i)

    def lookup(self, key: str) -> int | None:
        i = self.index.get(key)
        return None if i is None else self.root(i)

    def union(self, keep: int, other: int) -> int:
        keep, other = self.root(keep), self.root(other)
        if keep == other:
            return keep
        a, b = self.clusters[keep], self.clusters[other]
        self.parent[other] = keep
        if not b.anonymous or a.anonymous:  # "provincial health minister" is no name of the minister named
            a.names.extend(n for n in b.names if n not in a.names)
        a.aliases.extend(n for n in b.aliases if n not in a.aliases)
        a.known = a.known or b.known
        a.role = a.role or b.role
        a.gender = a.gender or b.gender
        a.org = a.org if a.org is not None else b.org
        a.speaks_for = a.speaks_for if a.speaks_for is not None else b.speaks_for
        a.source = a.source or b.source
        a.outlet_kind = a.outlet_kind or b.outlet_kind
        a.descriptions.extend(d for d in b.descriptions if d not in a.descriptions)
        a.described = a.described and b.described  # given by name once, it is that name's actor
        if a.kind is ActorKind.PERSON and b.kind is not ActorKind.PERSON and not b.anonymous:
            a.kind = b.kind
        return keep

    # --- adding mentions ----------------------------------------------------

    def known(self, known: KnownActor, forms: Iterable[str] = ()) -> int:
        key = f"known:{self.table.key(known.name)}"
        i = self.lookup(key)
        if i is None:
            keys = [key, *(self.table.key(f) for f in (known.name, *known.aliases))]
            i = self.new(_Cluster(known.kind, names=[known.name], known=known,
                                  outlet_kind=known.outlet_kind), keys)
        self._add_forms(i, forms)
        return self.root(i)

    def named(self, kind: ActorKind, name: str, aliases: Sequence[str] = ()) -> int:
        """An organization, group or outlet by name (the alias table first, then names seen before)."""
        forms = [name, *aliases]
        known = next((k for k in map(self.table.actor, forms) if k), None)
        if known is not None:
            return self.known(known, forms)
        for form in forms:
            expanded = self.definitions.get(self.table.key(form))
            if expanded and expanded not in forms:
                forms.append(expanded)
        existing = next((i for i in (self.lookup(self.table.key(f)) for f in forms) if i is not None), None)
        if existing is None:
            bare = list(dict.fromkeys(_without_article(f) for f in forms))
            long_forms = [f for f in bare if not is_acronym(f)] or [_without_article(name)]
            aliases = [f for f in dict.fromkeys(forms) if f not in long_forms]
            return self.new(_Cluster(kind, names=long_forms, aliases=aliases), [self.table.key(f) for f in forms])
        self._add_forms(existing, forms)
        return existing

    def longer_name_ending(self, name: str) -> int | None:
        """The one body or group of this article whose longer name ends with ``name`` of two words or more,
        after capitalized words of its own ("Kenya Red Cross", not "Clinton and the State Department")."""
        bare = _without_article(name)
        if len(bare.split()) < 2:
            return None
        roots = {self.root(i) for i, c in enumerate(self.clusters)
                 if c.kind is not ActorKind.PERSON and not c.anonymous
                 and any(n.endswith(f" {bare}") and all(w[:1].isupper() for w in n[:-len(bare)].split())
                         for n in c.names)}
        return roots.pop() if len(roots) == 1 else None

    def person(self, mention: Mention, source: Span | None, org: int | None = None) -> int:
        name = mention.name
        key = self.table.key(name)
        i = self.lookup(key)
        if i is None and " " not in name:
            i = self.by_surname(name)
        if i is None:
            i = self.new(_Cluster(ActorKind.PERSON, names=[name]), [key])
        cluster = self.get(i)
        if name not in cluster.names:
            cluster.names.append(name)
            self.index.setdefault(key, i)
            self._note_surname(i, name)
        if mention.long_form and mention.long_form not in cluster.aliases:
            cluster.aliases.append(mention.long_form)
        cluster.gender = cluster.gender or mention.gender
        if mention.role and mention.role not in cluster.descriptions:
            cluster.descriptions.append(mention.role)
        if mention.role and not cluster.role:
            cluster.role = mention.role
            cluster.source = source
        if org is not None and cluster.speaks_for is None and self.root(org) != self.root(i):
            cluster.speaks_for = org
            cluster.source = cluster.source or source
        return self.root(i)

    def organization(self, name: str, aliases: Sequence[str] = ()) -> int:
        place = self.table.place(name)
        kind = ActorKind.ORGANIZATION
        return self.named(kind, place.name if place else name, aliases)

    def described_organization(self, name: str, aliases: Sequence[str] = ()) -> int:
        """An organization the article names only by its kind ("the health ministry"): its id is the
        article's own, as an unnamed source's is, unless the text also gives it by name. ``aliases``:
        an acronym it is given ("the national disaster agency (BNPB)"), by which it is named later."""
        before = len(self.clusters)
        i = self.organization(name, aliases)
        if i >= before and self.get(i).known is None:
            self.get(i).described = True
        return i

    def anonymous(self, mention: Mention, source: Span | None, org: int | None) -> int:
        org = self.root(org) if org is not None else None
        descriptor = _common_lead(mention.role or mention.name)
        key = f"anonymous:{org}:{mention.name}" if org is not None else f"anonymous::{descriptor.casefold()}"
        i = self.lookup(key)
        if i is None:
            # "Officials at the ministry": the head alone is no role
            role = _common_lead(mention.role) if mention.role and mention.role.casefold() != mention.name else None
            # "the army said" with no army named is an unnamed body, not an unnamed person
            kind = ActorKind.ORGANIZATION if (mention.name in STANDALONE_ORGS or mention.name in COMPANY_NOUNS) \
                and not mention.plural else ActorKind.PERSON
            i = self.new(_Cluster(kind, names=[descriptor], anonymous=True, head=mention.name,
                                  org=org, gender=mention.gender, plural=mention.plural, role=role,
                                  source=source), [key])
        return self.root(i)

    def outlet(self, name: str, outlet_kind: OutletKind) -> int:
        known = self.table.actor(name)
        if known is not None and known.kind is ActorKind.OUTLET:
            i = self.known(known, [name])
        else:
            i = self.named(ActorKind.OUTLET, name)
            self.get(i).kind = ActorKind.OUTLET
        cluster = self.get(i)
        cluster.outlet_kind = cluster.outlet_kind or outlet_kind
        return self.root(i)

    def _add_forms(self, i: int, forms: Iterable[str]) -> None:
        cluster = self.get(i)
        for form in forms:
            bare = _without_article(form)
            if bare not in cluster.names and bare not in cluster.aliases:
                if is_acronym(bare) or cluster.known:
                    cluster.aliases.append(bare)
                else:
                    cluster.names.append(bare)
                    self._note_surname(i, bare)
            if form != bare and form not in cluster.aliases:
                cluster.aliases.append(form)
            self.index.setdefault(self.table.key(form), self.root(i))

    def by_surname(self, word: str) -> int | None:
        """The one person of this article whose full name ends with ``word``."""
        roots = {self.root(i) for i in self.surnames.get(word.casefold(), ())}
        matches = [r for r in roots if self.clusters[r].kind is ActorKind.PERSON and not self.clusters[r].anonymous]
        return matches[0] if len(matches) == 1 else None

    # --- merging what only the whole article tells ----------------------------

    def merge_late(self) -> None:
        """Forward references and name variants: surnames seen before the full name, acronyms, spellings."""
        roots = sorted({self.root(i) for i in range(len(self.clusters))})
        for i in roots:
            c = self.clusters[i]
            if c.kind is ActorKind.PERSON and not c.anonymous and all(" " not in n for n in c.names):
                target = self.by_surname(c.names[0])
                if target is not None and target != i:
                    self.union(target, i)
        for i in roots:
            holder = self._named_holder(i) or self._qualified_body(i)
            if holder is not None:
                self.union(holder, i)
            elif (field := self._body_of_field(i)) is not None:
                self.clusters[i].speaks_for = field
        organizations = [i for i in sorted({self.root(i) for i in range(len(self.clusters))})
                         if self.clusters[i].kind is not ActorKind.PERSON and not self.clusters[i].anonymous]
        for i in organizations:
            for j in organizations:
                if i < j and self.root(i) != self.root(j) and self._same_organization(i, j):
                    self.union(i, j)

    def _named_holder(self, i: int) -> int | None:
        """The one person the article names with the office an unnamed speaker was described by
        ("the provincial health minister said" in the lead, "Health Minister Jane Roe" further down),
        or the one body it names with the noun an unnamed army or government was given ("Army
        denies ..." in the headline, "the Sudanese army said" in the lead). A reference back is
        resolved as it is read; this is the reference forward."""
        c = self.clusters[i]
        if c.anonymous and not c.plural and c.org is None and c.head in STANDALONE_ORGS:
            # "Army denies ..." in the headline, "the Sudanese army said" in the lead; failing a body of
            # that noun, the one body it qualifies ("Opposition says ...", "the main opposition party")
            forms = [(self.root(j), form.casefold().split()) for j, d in enumerate(self.clusters)
                     if d.kind is not ActorKind.PERSON and not d.anonymous and self.parent[j] == j
                     for form in (*d.names, *d.aliases)]
            bodies = {j for j, words in forms if words[-1:] == [c.head]} \
                or {j for j, words in forms if c.head in words[:-1]}
            return bodies.pop() if len(bodies) == 1 else None
        if not c.anonymous or c.plural or c.head not in _DESCRIBED_HEADS or not c.role:
            return None
        office = set(c.role.casefold().split())
        holders = {self.root(j) for j, d in enumerate(self.clusters)
                   if d.kind is ActorKind.PERSON and not d.anonymous and self.parent[j] == j
                   and any(_holds(r, c.head, office) for r in d.descriptions)}
        return holders.pop() if len(holders) == 1 else None

    def _qualified_body(self, i: int) -> int | None:
        """The one body the text names with more words before the name a headline gave it
        ("Health ministry says ..." in the headline, "the Gaza health ministry said" in the lead), or
        the one unnamed group of the headline's kind of people. Outside the headline, an organization's
        shorter name is the one body named with words that qualify it ("the U.S. Coast Guard said", then
        "The Coast Guard said"), not one whose name holds it after "of" ("Business Council of British
        Columbia" is no "British Columbia")."""
        c = self.clusters[i]
        headlined = i in self.headlined
        if c.anonymous or c.known is not None or c.kind is ActorKind.PERSON \
                or not (headlined or c.kind is ActorKind.ORGANIZATION):
            return None
        if c.kind is ActorKind.GROUP and c.described and len(c.names) == 1 and " " not in c.names[0]:
            # "Officials lower toll ..." in the headline, "officials in the province said" in the lead
            unnamed = {self.root(j) for j, d in enumerate(self.clusters)
                       if j not in self.headlined and d.anonymous and d.plural and d.head == c.names[0].casefold()
                       and self.root(j) != i}
            return unnamed.pop() if len(unnamed) == 1 else None
        tails = {tuple(form.casefold().split()) for form in c.names}
        bodies = {self.root(j) for j, d in enumerate(self.clusters)
                  if j not in self.headlined and d.kind is not ActorKind.PERSON and not d.anonymous
                  and self.root(j) != i
                  and any(words[-len(tail):] == tail and len(words) > len(tail)
                          and (headlined or words[-len(tail) - 1] not in NAME_CONNECTORS)
                          for words in (tuple(form.casefold().split()) for form in (*d.names, *d.aliases))
                          for tail in tails)}
        return bodies.pop() if len(bodies) == 1 else None

    def _body_of_field(self, i: int) -> int | None:
        """The one body of the text whose name holds the field a headline's officials are described by
        ("Health officials say ..." in the headline, "the Gaza health ministry said" in the lead): the
        officials speak for it, so their count and the ministry's are one source's."""
        c = self.clusters[i]
        if i not in self.headlined or c.kind is not ActorKind.GROUP or not c.described or len(c.names) != 1 \
                or c.speaks_for is not None:
            return None
        words = c.names[0].casefold().split()
        if len(words) != 2 or words[1] != "officials":
            return None
        bodies = {self.root(j) for j, d in enumerate(self.clusters)
                  if j not in self.headlined and d.kind is ActorKind.ORGANIZATION and not d.anonymous
                  and self.root(j) != i
                  and any(words[0] in form.casefold().split()[:-1] and form.casefold().split()[-1] in _FIELD_BODIES
                          for form in (*d.names, *d.aliases))}
        return bodies.pop() if len(bodies) == 1 else None

    def _same_organization(self, i: int, j: int) -> bool:
        a, b = self.get(i), self.get(j)
        if a.known is not None and b.known is not None:
            return a.known == b.known
        forms_a, forms_b = a.names + a.aliases, b.names + b.aliases
        acronyms_a = [x for x in forms_a if is_acronym(x)]
        acronyms_b = [y for y in forms_b if is_acronym(y)]
        if any(acronym_matches(x, y) for x in acronyms_a for y in forms_b if y not in acronyms_b) or \
                any(acronym_matches(y, x) for y in acronyms_b for x in forms_a if x not in acronyms_a):
            return True
        from rapidfuzz import fuzz

        keys_a = [self.table.key(x) for x in forms_a if len(x) >= 8]
        keys_b = [self.table.key(y) for y in forms_b if len(y) >= 8]
        return any(fuzz.ratio(x, y) >= _FUZZY_MERGE for x in keys_a for y in keys_b)


def _office_head(name: str) -> str:
    """The office a name gives before where it sits: "office" of "office in Nevsehir" (the governor's office
    in a province is the office still)."""
    return _OFFICE_PLACE.sub("", name)


def _holds(description: str, head: str, office: set[str]) -> bool:
    """Whether a named person's title is the office an unnamed speaker was given: "Health Minister"
    for "the provincial health minister", and "West Java Governor" for "the provincial governor" (a
    level of government is what the name of its place says)."""
    words = description.split()
    if not words or words[-1].casefold() != head:
        return False
    rest = [w for w in words[:-1] if w.casefold() not in office]
    return not rest or (not LEVELS.isdisjoint(office) and all(w[:1].isupper() for w in rest))


def resolve_cast(text: str, attributions: Sequence[Attribution], meta: ArticleMeta,
                 table: AliasTable, article_id: str) -> Cast:
    """The actors of one article and, for each attribution in order, its speaker."""
    registry = _Registry(table, acronym_definitions(text))
    publisher = registry.outlet(meta.outlet, OutletKind.OUTLET) if meta.outlet else None
    agency = registry.outlet(meta.syndicated_from, OutletKind.AGENCY) if meta.syndicated_from else None
    reader = _Reader(text, registry, agency if agency is not None else publisher)
    resolved = [reader.speaker(a, states_something(a)) for a in attributions]
    registry.merge_late()
    scope = _scope(registry, agency, publisher, article_id)
    actor_ids = _finalize(registry, scope, article_id)
    speakers = _speakers(registry, resolved, actor_ids)
    return Cast(
        actors=tuple(_actors(registry, actor_ids)),
        speakers=speakers,
        speaks_for=tuple(_speaks_for(registry, actor_ids, article_id)),
        member_of=tuple(_member_of(registry, actor_ids, article_id)),
        publisher_id=actor_ids[registry.root(publisher)] if publisher is not None else None,
        agency_id=actor_ids[registry.root(agency)] if agency is not None else None,
        names=MappingProxyType(_name_index(registry, actor_ids)),
    )


@dataclass(slots=True, unsafe_hash=True)
class _Site:
    """Where a mention is read: its position, the source span it came from, the content it frames."""

    position: int
    source: Span | None = None
    content: Span | None = None


class _Reader:
    """Reads the attributions of one article in order, remembering who spoke where.

    Organizations the text names are found only when a reference needs them
    (most articles never do), and become actors only when one is chosen.
    """

    def __init__(self, text: str, registry: _Registry, voice: int | None) -> None:
        self.text = text
        self.registry = registry
        self.voice = voice
        self.turns: list[Turn] = []
        self._named: _NamedInText | None = None
        self._said: list[Span] = []  # the contents speakers were found for, so far
        headline = _HEADLINE.match(text)
        self.headline_end = headline.end() if headline else 0

    def speaker(self, attribution: Attribution, states: bool) -> tuple[int | None, Channel | None]:
        """The cluster speaking in one attribution, and the channel the mention itself implies.

        An attribution that states nothing has no speaker, but a person named
        in it ("Jane Roe declined to comment") is still whom a later "she" means.
        """
        if attribution.source is None:
            cue = attribution.cue
            reported = cue is not None and cue.text.split()[-1].casefold() in _UNNAMED_REPORT_CUES
            if cue is not None and not reported and any(c.start <= cue.start < c.end for c in self._said):
                return None, attribution.channel  # "the navy said it had not been asked to help": its words
            if states and reported:
                return self._unnamed_reports(None), attribution.channel or Channel.REPORT
            return (self.voice if states else None), attribution.channel
        sentence = attribution.sentence.text
        source = _antecedent(self.text, attribution.sentence, attribution.source) or attribution.source
        if source is attribution.source and _restrictive_relative(self.text, attribution.sentence, source):
            return None, attribution.channel  # "the protesters who want ...": a kind of people, no one named
        if _opens_with_participle(source.text):
            return None, attribution.channel  # "Reported estimates put ...": a verb form names no one
        mention = parse_mention(source.text, self.registry.table, anonymity=has_anonymity_marker(sentence))
        if mention.kind is MentionKind.ORGANIZATION and _DESCRIPTION_OPENING.match(source.text) \
                and _opens_sentence(self.text, source.start):
            # "State-run Xinhua news agency said": the description's capital is the sentence's
            mention = parse_mention(f"{source.text[0].lower()}{source.text[1:]}", self.registry.table,
                                    anonymity=has_anonymity_marker(sentence))
        if mention.kind is MentionKind.ORGANIZATION and mention.known is None \
                and _sentence_case_body(self.text, source.text) and _opens_sentence(self.text, source.start):
            # "Health ministry says ..." in a headline, "State television said" opening a sentence: the
            # capital is the sentence's, and the body one the article describes by its kind
            mention = parse_mention(f"the {source.text[0].lower()}{source.text[1:]}", self.registry.table,
                                    anonymity=has_anonymity_marker(sentence))
        if mention.kind is MentionKind.PERSON and attribution.source.text.casefold() == "which":
            mention = replace(mention, kind=MentionKind.ORGANIZATION)  # "Ohio, which said": not a person
        if _bare_place(mention, self.registry.table):
            return None, attribution.channel  # "India ended its watch": a country names no one speaking
        if mention.kind is MentionKind.PERSON and mention.known is None \
                and _common_word_opening(self.text, source) and self.registry.by_surname(source.text) is None:
            # "Aftershocks continued ...", "Proponents say ...": a noun with the sentence's capital
            mention = parse_mention(source.text.strip().lower(), self.registry.table)
            if mention.kind in (MentionKind.PERSON, MentionKind.NOTHING):
                return None, attribution.channel
        if mention.unlisted and attribution.cue is not None and attribution.cue.text.casefold() in SHOWING_VERBS:
            return None, attribution.channel  # "the meter showed": a noun no lexicon lists may name a thing
        site = _Site(attribution.source.start, attribution.source,
                     attribution.content[0] if attribution.content else None)
        handle, channel = self._resolve(mention, site, attribution.channel)
        if handle is not None and mention.known is None and attribution.source.start < self.headline_end \
                and self.registry.get(handle).kind is not ActorKind.PERSON and not self.registry.get(handle).anonymous:
            self.registry.headlined.add(self.registry.root(handle))
        if handle is not None and (states or self.registry.get(handle).kind is ActorKind.PERSON
                                   or withholds(attribution)):
            # "The ministry did not comment. It said ...": a body that refused still spoke, and is "it"
            self._add_turn(handle, channel, attribution.source.start)
        if handle is not None and states:
            self._said.extend(attribution.content)
        return (handle if states else None), channel

    def _resolve(self, mention: Mention, site: _Site,
                 channel: Channel | None) -> tuple[int | None, Channel | None]:
        position = site.position
        kind = mention.kind
        if kind is MentionKind.NOTHING:
            bare = _BARE_DEFINITE.fullmatch(site.source.text.strip()) if site.source is not None else None
            name = _name_ending_in(self.text, position, bare.group(1)) \
                if bare is not None and bare.group(1) in _BODY_NOUNS else None
            # "Ethiopian Airlines ... the airline said": a noun no lexicon lists, named before
            return (self.registry.organization(name) if name is not None else None), channel
        if kind is MentionKind.PRONOUN:
            if mention.name in _FIRST_PERSON:
                return self.voice, channel
            turn = resolve_reference(mention, self.turns)
            subject = self._subject_since(mention, turn.position if turn else -1, position) \
                if mention.name in _SUBJECT_PRONOUNS else None
            if subject is not None:
                return self._handle(subject), channel
            office = self._office_subject_before(turn.position if turn else -1, position) \
                if mention.name in _SUBJECT_PRONOUNS else None
            if office is not None:
                return office, channel
            return (self._handle(turn), channel or turn.channel) if turn else (None, channel)
        if kind is MentionKind.NOMINAL and _unnamed_medium(mention):
            # "according to local television", "state radio reported": a broadcaster of its own, never
            # the outlet publishing the article
            return self.registry.described_organization(mention.role or mention.name), channel
        if kind is MentionKind.NOMINAL:
            persons = mention.name in PERSON_NOUNS
            turn = resolve_reference(mention, self.turns, lambda: self._named_before(position, persons))
            if turn is not None and not (self._handle(turn) == self.voice and mention.name not in MEDIA_HEADS):
                # "the company" is not the outlet its dateline names
                return self._handle(turn), channel or turn.channel
            if mention.name in ANONYMOUS_HEADS.values() or mention.unlisted:  # "the official said": unnamed
                org = self._organization(mention.org, mention.org_aliases, position) if mention.org else None
                return self.registry.anonymous(mention, site.source, org), channel
            if mention.name in STANDALONE_ORGS:  # "the government said", no government named: unnamed
                return self.registry.anonymous(mention, site.source, None), channel
            described = _described_role(site.source.text, mention.name) if site.source is not None else None
            if described is not None:  # "the director of the city hospital": a first mention, unnamed
                org = self._organization(mention.org, mention.org_aliases, position) \
                    if mention.org and _names_whole_complement(described, mention.name, mention.org) else None
                return self.registry.anonymous(replace(mention, role=described), site.source, org), channel
            if site.source is not None and _bare_office(mention, site.source.text) \
                    and not self._person_before(position):
                # "the mayor said" where the text named no person before: no epithet, so the first mention
                # of an unnamed holder of that office
                return self.registry.anonymous(replace(mention, role=mention.role or mention.name), site.source, None), channel
            organization = _described_organization(mention)
            if organization is not None:  # "the health ministry said", no ministry before: a first mention
                return self.registry.described_organization(organization, mention.aliases), channel
            described_body = _described_before(self.text, position, mention.name) \
                if mention.name in ORG_HEADS and mention.role is None else None
            if described_body is not None:  # "the provincial disaster office had counted ...; the office gave"
                return self.registry.described_organization(described_body), channel
            if mention.name in COMPANY_NOUNS:  # "the company said", no company named: an unnamed one
                return self.registry.anonymous(mention, site.source, None), channel
            if mention.name in _LOCAL_BODIES and site.source is not None and _alone(site.source.text) == mention.name:
                # "The hospital said it had treated 14", none named before: the one the event's wounded went to
                return self.registry.described_organization(mention.name), channel
            return None, channel
        if kind is MentionKind.DOCUMENT:
            return self._document(mention, site, channel)
        return self._register(mention, site), channel

    def _subject_since(self, mention: Mention, since: int, position: int) -> Turn | None:
        """A person named in full with a title, opening a sentence after the last speaker ``he`` or
        ``she`` could be: "President Jane Roe renewed her appeal. '...,' she wrote" is Roe's, though
        Roe said nothing before; or a person of known gender named before, by name alone: "Trump eased
        his tone. '...,' he said" is Trump's, not the last speaker's."""
        # Only the runs between the two are read: most pronouns have their speaker in the sentence before.
        runs = [run for m in _CAPITALIZED_RUN.finditer(self.text, since + 1, position) for run in _sentence_runs(m)]
        for start, words in reversed(runs):
            if not _opens_sentence(self.text, start):
                continue
            turn = _titled_turn(-1, start, words, [])
            if turn is not None and _full_name(turn.names[0]) and turn.gender in (mention.gender, None):
                return turn
            # A person the article named before, opening a sentence as its subject, with the pronoun's gender.
            name = " ".join(words)
            verb = _SUBJECT_VERB.match(self.text, start + len(name)) \
                if len(words) <= 3 and not name.endswith(("'s", "’s")) else None
            known = self._person_named(name) if verb is not None and verb.group(1) not in QUESTION_CUES else None
            if known is not None and mention.gender is not None and self.registry.get(known).gender is mention.gender:
                return Turn(known, ActorKind.PERSON, tuple(self.registry.get(known).names))  # "Trump eased ..."
        return None

    def _office_subject_before(self, since: int, position: int) -> int | None:
        """"The provincial governor, speaking to reporters, gave a lower figure. '...,' he said": the
        sentence before the pronoun's, after the last speaker it could be, opens on an office-holder that
        the article describes, who is its subject."""
        m = _OFFICE_OPENING.search(self.text, max(since + 1, _sentence_start_before(self.text, position)), position)
        if m is None or not _opens_sentence(self.text, m.start()):
            return None
        source = Span.of(self.text, m.start(), m.end())
        mention = parse_mention(source.text, self.registry.table)
        if mention.kind not in (MentionKind.NOMINAL, MentionKind.ANONYMOUS) or mention.name not in _DESCRIBED_HEADS:
            return None
        handle, _ = self._resolve(mention, _Site(m.start(), source, None), None)
        return handle if handle is not None and self.registry.get(handle).kind is ActorKind.PERSON else None

    def _register(self, mention: Mention, site: _Site) -> int | None:
        registry = self.registry
        position = site.position
        if mention.known is not None and (longer := registry.longer_name_ending(mention.name)) is not None:
            return longer  # "the Kenya Red Cross ... the Red Cross": the body named, not the one the table knows so
        if mention.known is not None:
            return registry.known(mention.known, [mention.name, *mention.aliases])
        if mention.possessor and _without_article(mention.possessor).casefold() in _GENERIC_PLACES \
                and mention.kind is MentionKind.ORGANIZATION \
                and _describes([w for w in mention.name.split()[:-1] if w not in _FOREMOST or w.endswith("est")]):
            # "the country's civil defence institute"; "the city's main hospital": the place says which one,
            # "main" only ranks it
            return registry.described_organization(mention.name)
        owner = self._possessor(mention.possessor, site, _holds_office(mention)) if mention.possessor else None
        if mention.possessor and owner is None and mention.kind is MentionKind.ORGANIZATION \
                and _office_head(mention.name) in _OFFICES and _OFFICE_HOLDER.fullmatch(mention.possessor):
            # "the sheriff's office", "the coroner's office" with no sheriff named: the office itself
            holder = _without_article(mention.possessor).casefold()
            return registry.described_organization(f"{holder}'s {mention.name}")
        if mention.possessor and owner is None and mention.kind is MentionKind.ORGANIZATION \
                and _office_head(mention.name).casefold() in _OFFICES and _NAMED_OFFICE_HOLDER.fullmatch(mention.possessor):
            # "The Clark County Coroner's Office": an office its place names, an organization of its own
            return registry.named(ActorKind.ORGANIZATION, f"{_without_article(mention.possessor)} {mention.name}")
        if mention.possessor and owner is None \
                and (mention.name in _DESCRIBED_HEADS or (mention.kind is MentionKind.ANONYMOUS and not mention.plural)) \
                and (_without_article(mention.possessor).casefold() in _GENERIC_PLACES
                     or _THING_OWNER.fullmatch(mention.possessor) or _NAMED_PLACE.fullmatch(mention.possessor)):
            # "the town's mayor", "the district's police chief": an office its place describes, unnamed;
            # so does the thing someone runs ("the ship's manager", "the school's principal")
            role = f"{_without_article(mention.possessor)}'s {mention.role or mention.name}"
            return registry.anonymous(replace(mention, kind=MentionKind.ANONYMOUS, role=role), site.source, None)
        if mention.possessor and owner is None and mention.kind is MentionKind.ORGANIZATION \
                and _THING_OWNER.fullmatch(mention.possessor):
            # "the plant's operator", "the mine's management": a body the thing it runs describes
            return registry.described_organization(f"{_without_article(mention.possessor)}'s {mention.name}")
        if mention.possessor and owner is None and _without_article(mention.possessor).casefold() in _GENERIC_PLACES \
                and ((mention.kind in (MentionKind.ANONYMOUS, MentionKind.GROUP) and mention.plural) or (
                    mention.kind is MentionKind.ORGANIZATION and any(w[:1].isupper() for w in mention.name.split()))):
            # "the city's police", "the city's Erawan emergency centre": the place only says where the body is
            return self._register(parse_mention(mention.role or mention.name, registry.table), site)
        if mention.possessor and owner is None and mention.kind is not MentionKind.PERSON \
                and mention.name not in ANONYMOUS_HEADS.values():
            return None  # "his campaign", "his wife" with nobody for "his"
        if mention.kind is MentionKind.PERSON:
            org = owner if owner is not None else \
                self._organization(mention.org, mention.org_aliases, position) if mention.org else None
            handle = registry.person(mention, site.source, org)
            self._link_role_to_earlier_organization(handle, mention, position)
            return handle
        if mention.kind is MentionKind.ANONYMOUS:
            org = owner if owner is not None else \
                self._organization(mention.org, mention.org_aliases, position) if mention.org else None
            return registry.anonymous(mention, site.source, org)
        if owner is not None:
            return registry.named(ActorKind.ORGANIZATION, f"{self._short_name(owner)} {mention.name}")
        if mention.kind is MentionKind.GROUP:
            before = len(registry.clusters)
            handle = registry.named(ActorKind.GROUP, mention.name, mention.aliases)
            if handle >= before and registry.get(handle).known is None and _generic_group(mention.name):
                registry.get(handle).described = True  # "Witnesses", "local officials": this article's
            return handle
        if mention.kind is MentionKind.OUTLET or _medium_named(mention.name):
            return registry.named(ActorKind.OUTLET, mention.name, mention.aliases)
        handle = registry.organization(mention.name, mention.aliases)
        kind = _KIND_BEFORE_NAME.match(site.source.text) if site.source is not None else None
        if kind is not None and kind.group(2) == mention.name and kind.group(1) in ORG_HEADS \
                and kind.group(1) not in registry.get(handle).descriptions:
            # "The charity Sea-Watch": the kind the text gave the body is what "the charity" later means
            registry.get(handle).descriptions.append(kind.group(1))
        return handle

    def _document(self, mention: Mention, site: _Site,
                  channel: Channel | None) -> tuple[int | None, Channel | None]:
        """The owner of a document speaks through it: the issuer, the possessor, else the last speaker
        through that channel ("the statement added")."""
        implied = _document_channel(mention)
        owner = self._owner(mention.org, site) if mention.org else None
        if owner is None and mention.possessor:
            owner = self._possessor(mention.possessor, site)
        if owner is not None:
            return owner, channel or implied
        turn = None
        if mention.definite:
            turn = latest_channel_speaker(mention.name, self.turns)
            if turn is None and mention.name in _OWN_WORDS:  # "the statement added": the last speaker's
                turn = next((t for t in reversed(self.turns) if not t.affiliated), None)
        if turn is None and mention.name in _NEWS_REPORTS:  # "some reports say": unnamed reports
            return self._unnamed_reports(site.source), channel or implied
        if turn is None:
            return None, channel or implied
        return self._handle(turn), channel or turn.channel or implied

    def _unnamed_reports(self, source: Span | None) -> int:
        return self.registry.anonymous(Mention(MentionKind.ANONYMOUS, "reports", plural=True), source, None)

    def _owner(self, phrase: str, site: _Site) -> int | None:
        """Who "by the ministry" or "a CNN poll" names: a reference or a name, never another document."""
        mention = parse_mention(phrase, self.registry.table)
        if mention.kind is MentionKind.DOCUMENT:
            return None
        return self._resolve(mention, site, None)[0]

    def _possessor(self, phrase: str, site: _Site, office: bool = False) -> int | None:
        """Whom "its", "his" or "the ministry's" stands for where the mention is; the holder of an
        ``office`` of state is a government, so a name the article gave no person is a place's."""
        folded = phrase.casefold()
        if folded == "its":
            return self._its(site)
        if folded in _PERSON_POSSESSIVES or folded == "their":
            pronoun = {"his": "he", "her": "she", "their": "they"}[folded]
            gender = Gender.MALE if folded == "his" else Gender.FEMALE if folded == "her" else None
            turn = resolve_reference(Mention(MentionKind.PRONOUN, pronoun, gender=gender,
                                             plural=pronoun == "they"), self.turns)
            return self._handle(turn) if turn else None
        if folded in {"our", "my", "your"}:
            return None
        if office and self._person_named(phrase) is None:
            mention = parse_mention(phrase, self.registry.table)
            if mention.kind is MentionKind.PERSON and " " not in mention.name:
                return self.registry.organization(mention.name)
        return self._owner(phrase, site)

    def _its(self, site: _Site) -> int | None:
        """The organization a sentence is about: the one its content opens with, else the last one named."""
        position = site.position
        content = site.content
        named = self._named_in_text().organizations(max(position, content.start + 5) if content else position)
        if content is not None:
            subject = next((t for t in named if content.start <= t.position <= content.start + 4), None)
            if subject is not None:
                return self._handle(subject)
        candidates = [t for t in (*self.turns, *named) if t.position < position and not t.anonymous
                      and t.kind in _ORGANIZATION_KINDS]
        latest = max(candidates, key=lambda t: t.position, default=None)
        return self._handle(latest) if latest else None

    def _organization(self, phrase: str, aliases: Sequence[str], position: int) -> int | None:
        """The organization a role or an anonymous source belongs to; "ministry" is one named before."""
        bare = _without_article(phrase)
        words = bare.split()
        if not words:
            return None
        if len(words) == 1 and words[0].casefold() in ORG_HEADS or not any(w[:1].isupper() for w in words):
            head = words[-1].casefold()
            turn = resolve_reference(Mention(MentionKind.NOMINAL, head), self.turns,
                                     lambda: self._named_before(position))
            if turn is not None:
                return self._handle(turn)
            if len(words) == 1:
                return self.registry.organization(head.title()) if head in STANDALONE_ORGS else None
            return self.registry.organization(bare, aliases)
        first = next(i for i, w in enumerate(words) if w[:1].isupper())
        name = " ".join(words[first:])
        person = self._person_named(name)
        if person is not None:
            return person  # "a Clinton aide": the person is who the aide works for
        mention = parse_mention(name, self.registry.table)
        if mention.kind is MentionKind.ORGANIZATION and mention.possessor:
            owner = self._owner(mention.possessor, _Site(position))
            if owner is not None:
                return self.registry.named(ActorKind.ORGANIZATION, f"{self._short_name(owner)} {mention.name}")
        return self.registry.organization(name, aliases)

    def _person_named(self, name: str) -> int | None:
        """A person of the article this name or surname stands for."""
        i = self.registry.lookup(self.registry.table.key(name))
        if i is None and " " not in name:
            i = self.registry.by_surname(name)
        return i if i is not None and self.registry.clusters[i].kind is ActorKind.PERSON \
            and not self.registry.clusters[i].anonymous else None

    def _link_role_to_earlier_organization(self, handle: int, mention: Mention, position: int) -> None:
        """"ministry spokeswoman Irene Vasko": the ministry is the one the article named before."""
        cluster = self.registry.get(handle)
        if not mention.role or cluster.speaks_for is not None:
            return
        for head in (w for w in mention.role.casefold().split() if w in ORG_HEADS):
            turn = resolve_reference(Mention(MentionKind.NOMINAL, head), self.turns,
                                     lambda: self._named_before(position))
            if turn is not None and self._handle(turn) != self.registry.root(handle):
                cluster.speaks_for = self._handle(turn)
                return

    def _short_name(self, handle: int) -> str:
        """"Clinton" for a person, the full name for an organization: how "his campaign" is named."""
        cluster = self.registry.get(handle)
        name = _canonical(self.registry, self.registry.root(handle))
        return surname(name) if cluster.kind is ActorKind.PERSON and not cluster.anonymous else name

    def _add_turn(self, handle: int, channel: Channel | None, position: int) -> None:
        cluster = self.registry.get(handle)
        org = cluster.speaks_for if cluster.speaks_for is not None else cluster.org
        if org is not None:
            self.turns.append(replace(_turn(self.registry, org, None, position), affiliated=True))
        self.turns.append(_turn(self.registry, handle, channel, position))

    def _handle(self, turn: Turn) -> int:
        """The cluster of a turn; an organization or a person only named in the text becomes one now."""
        if turn.actor >= 0:
            return self.registry.root(turn.actor)
        if turn.kind is ActorKind.PERSON:
            return self.registry.person(Mention(MentionKind.PERSON, turn.names[0], role=turn.role,
                                                gender=turn.gender), None)
        return self.registry.organization(turn.names[0])

    def _named_before(self, position: int, persons: bool = False) -> list[Turn]:
        """What the text named before ``position``: the organizations, or for a noun that names a
        person (which no organization fits), the persons named with a title."""
        named = self._named_in_text()
        found = named.titled_persons(position) if persons else named.organizations(position)
        return found[:bisect_left(found, position, key=lambda t: t.position)]

    def _person_before(self, position: int) -> bool:
        """Whether a person with a name spoke, or was named with a title, before ``position``."""
        return any(t.kind is ActorKind.PERSON and not t.anonymous for t in self.turns) \
            or bool(self._named_before(position, persons=True))

    def _named_in_text(self) -> _NamedInText:
        if self._named is None:
            self._named = _NamedInText(self.text, self.registry)
        return self._named


class _NamedInText:
    """The organizations and titled persons the text names, read only as far as a reference asks.

    A reference near the top of an article needs none of the names below it, and most of an
    article's capitalized words are read for nothing otherwise. Whether a name the alias table
    does not know is an organization's is what the actors registered when the first reference
    asked tell (their keys are noted then), so reading further later finds what reading the
    whole text then would have. Turns of names carry a negative actor: none is made yet.
    """

    def __init__(self, text: str, registry: _Registry) -> None:
        self._text = text
        self._table = registry.table
        self._organization_keys = _organization_keys(registry)
        headline = _HEADLINE.match(text)
        # The capitalized runs after the headline (a first line that does not end a sentence).
        self._scan = (run for m in _CAPITALIZED_RUN.finditer(text, headline.end() if headline else 0)
                      for run in _sentence_runs(m))
        self._runs: list[tuple[int, list[str]]] = []
        self._scanned = False
        self._organizations: list[Turn] = []
        self._organizations_read = 0
        self._titled: list[Turn] = []
        self._titled_read = 0

    def organizations(self, limit: int) -> list[Turn]:
        """The organizations named before ``limit``, in text order (maybe a few after it)."""
        self._read_to(limit)
        for start, words in self._runs[self._organizations_read:]:
            words = _without_people_lead(words)
            name = " ".join(words).removesuffix("'s").removesuffix("’s")
            if words and _names_organization(name, words, self._table, self._organization_keys):
                self._organizations.append(Turn(-1 - len(self._organizations), ActorKind.ORGANIZATION, (name,),
                                                position=start))
        self._organizations_read = len(self._runs)
        return self._organizations

    def titled_persons(self, limit: int) -> list[Turn]:
        """The persons named with a title before ``limit`` ("Sen. Jane Roe", "presidential
        candidate Jane Roe"), in text order (maybe a few after it); "Gov. Jane Roe's plan" names
        Jane Roe."""
        self._read_to(limit)
        for start, words in self._runs[self._titled_read:]:
            turn = _titled_turn(-1 - len(self._titled), start, words,
                                self._text[max(0, start - _TITLE_REACH):start].split()[-4:])
            if turn is not None:
                self._titled.append(turn)
        self._titled_read = len(self._runs)
        return self._titled

    def _read_to(self, limit: int) -> None:
        """Reads runs until one starts at or after ``limit`` (runs come in text order)."""
        runs = self._runs
        while not self._scanned and (not runs or runs[-1][0] < limit):
            run = next(self._scan, None)
            if run is None:
                self._scanned = True
            else:
                runs.append(run)


def _titled_turn(actor: int, start: int, words: list[str], before: list[str]) -> Turn | None:
    """A person a capitalized run names with a title ("Sen. Jane Roe", "Gov. Jane Roe's plan" names
    Jane Roe), as a turn of no actor yet; ``before`` are the words before the run."""
    titled = titled_name(words, before)
    if titled is None:
        return None
    title, name = titled
    name = name.removesuffix("'s").removesuffix("’s")
    return Turn(actor, ActorKind.PERSON, (name,), role=title, position=start, gender=first_name_gender(name.split()[0]))


def _sentence_runs(m: re.Match[str]) -> list[tuple[int, list[str]]]:
    """A run of capitalized words cut where a sentence ends inside it ("... the Dawn Brigade. The
    militia ..."), without an opening "The"."""
    words = m.group().split()
    if "." not in m.group():
        if words[0] in _RUN_OPENERS:
            words = words[1:]
        return [(m.start(), words)] if words else []
    runs: list[tuple[int, list[str]]] = []
    words = []
    start = m.start()
    for w in _NON_SPACE.finditer(m.group()):
        word = w.group()
        if not words:
            start = m.start() + w.start()
            if word in _RUN_OPENERS:
                continue
        ends_sentence = word.endswith(".") and not _ABBREVIATION.fullmatch(word)
        words.append(word.rstrip(".") if ends_sentence else word)
        if ends_sentence:
            runs.append((start, words))
            words = []
    if words:
        runs.append((start, words))
    return runs


def _without_people_lead(words: list[str]) -> list[str]:
    """"Members of the Dawn Brigade" opening a sentence: the organization is the Dawn Brigade."""
    if len(words) > 2 and words[1] in _PEOPLE_LINKS and words[0].casefold() in GROUP_HEADS:
        rest = words[2:]
        return rest[1:] if rest[0] == "the" else rest
    return words


def _organization_keys(registry: _Registry) -> frozenset[str]:
    """The keys of the actors registered so far that are organizations (not persons, not anonymous)."""
    return frozenset(key for key, i in registry.index.items()
                     if (c := registry.clusters[registry.root(i)]).kind is not ActorKind.PERSON and not c.anonymous)


def _names_organization(name: str, words: list[str], table: AliasTable, organization_keys: frozenset[str]) -> bool:
    """A capitalized name is an organization's: it ends in an organization word ("Dawn Brigade"),
    or the alias table or the registered actors know it as one."""
    if len(words) >= 2 and ((last := words[-1].casefold().removesuffix("'s").removesuffix("’s")) in ORG_HEADS
                            or last in MASTHEAD_WORDS):
        return True
    known = table.exact(name)
    if known is not None:
        return known.kind is not ActorKind.PERSON
    return table.key(name) in organization_keys


_UNNAMED_LEAD: Final = re.compile(r"^(?:(?:anonymous|unnamed|unidentified)\s+)+(?=\S)", re.IGNORECASE)
# Words that make an office of its own of the role after them ("the provincial deputy governor").
_SECONDS: Final = frozenset({"deputy", "assistant", "vice", "acting"})


def _described_role(source: str, head: str) -> str | None:
    """The role a definite phrase describes well enough to be a first mention ("the director of the
    city hospital", "the hospital director", "the provincial governor"), without its article; None
    for a bare or ranked role ("the director", "the former president"), which only refers back."""
    words = _LEADING_THE.sub("", source.strip()).split()
    folded = [w.casefold() for w in words]
    if head not in _DESCRIBED_HEADS or head not in folded or len(words) < 2:
        return None
    at = folded.index(head)
    # A place may name the level of government first: "Lagos state commissioner", "Butte County sheriff".
    place = next((k for k, w in enumerate(words[:at]) if not w[:1].isupper()), at)
    if place and (folded[place] if place < at else folded[place - 1]) not in LEVELS \
            or not all(w[:1].islower() and (w not in ROLE_WORDS or w in PORTFOLIOS or w in _SECONDS)
                       for w in words[place:at]):
        return None
    complement = at + 1 < len(words) and folded[at + 1] in ROLE_COMPLEMENTS
    if not complement and all(w in _SECONDS for w in folded[:at]):
        return None  # "the deputy minister" alone refers back; "the provincial deputy governor" describes
    return " ".join(words) if complement or at > 0 else None


def _bare_office(mention: Mention, source: str) -> bool:
    """"the mayor", "The prime minister, who visited the site,": a place's one office, the whole source
    (not "the coroner" of "the coroner's office") with no word but its own before an aside."""
    office = (mention.role or mention.name).casefold()
    written = _alone(source)
    return office in _PLACE_OFFICES and (written == office or written.startswith(office + ","))


def _alone(source: str) -> str:
    """A source's words without its article, in lower case: what "the hospital" or "The mayor" says alone."""
    return _LEADING_THE.sub("", source.strip()).casefold()


def _name_ending_in(text: str, position: int, head: str) -> str | None:
    """The latest name before ``position`` whose last word is ``head`` capitalized, or its plural
    ("Ethiopian Airlines" for "the airline", "Kenya Wildlife Service" for "the service"): the body a
    bare definite noun refers to when no speaker and no organization the text names fits it."""
    pattern = re.compile(rf"((?:[A-Z][\w'’&-]*\s+){{1,4}}){re.escape(head.capitalize())}s?\b")
    found = None
    for m in pattern.finditer(text, max(0, position - _NAME_REACH), position):
        words = m.group(1).split()
        while words and words[0] in _RUN_OPENERS:
            words = words[1:]
        if words:
            found = " ".join([*words, m.group(0).split()[-1]])
    return found


def _sentence_case_body(text: str, name: str) -> bool:
    """"Health ministry", "State television": a body's head after words in lower case but the first,
    a word the text writes in lower case elsewhere ("Aamin ambulance service" is a name; so are "The
    city's ..." and "Peru's ...", whose first word is no description)."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or not all(w.islower() for w in words[1:]) \
            or not (words[-1] in ORG_HEADS or words[-1] in MEDIA_HEADS):
        return False
    first = words[0].lower()
    return first.isalpha() and first not in DETERMINERS and _written(text, first)


# The last words of a medium's own name: "Harbor News Agency", "Calder Television", "Kyiv Times" (not "Fire
# Service", "Doctors Network", "Police Station").
_MEDIUM_NAME_ENDS: Final = (MEDIA_HEADS - {"service", "network", "station"}) | MASTHEAD_WORDS
_AGENCY_NAME: Final = re.compile(r"\b(?:News|Press)\s+Agency$")


def _medium_named(name: str) -> bool:
    """A capitalized name a medium goes by, which the alias table does not list ("Harbor News Agency",
    "Calder Television", "Donetsk Courier"): an outlet, not an organization."""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and (
        words[-1].casefold() in _MEDIUM_NAME_ENDS or _AGENCY_NAME.search(name) is not None)


def _unnamed_medium(mention: Mention) -> bool:
    """A medium described by whose or where it is ("state television", "local radio"), not by what
    the text named it before ("the newspaper", "the news agency")."""
    if mention.name not in MEDIA_HEADS or mention.role is None:
        return False
    modifiers = mention.role.split()[:-1]
    return bool(modifiers) and all(w.casefold() in _MEDIUM_OWNERS for w in modifiers)


def _described_before(text: str, position: int, head: str) -> str | None:
    """The latest body before ``position`` the text described by its kind with ``head`` ("the
    provincial disaster office") where no speaker was: what a bare "the office" said refers to."""
    pattern = re.compile(rf"\b[Tt]he\s+((?:[a-z][\w-]*\s+){{1,3}}){re.escape(head)}\b")
    found = None
    for m in pattern.finditer(text, max(0, position - _NAME_REACH), position):
        modifiers = m.group(1).split()
        if _describes(modifiers):
            found = " ".join([*modifiers, head])
    return found


def _described_organization(mention: Mention) -> str | None:
    """The organization a definite phrase describes by its kind ("the health ministry", "the civil
    defence agency in the territory" -> "civil defence agency") or by its place ("the main hospital in
    Wadi Kaam"); None for a bare head ("the ministry")."""
    if mention.name not in ORG_HEADS or mention.role is None:
        return None
    if _WHAT_IT_DOES.search(mention.role):
        return mention.role  # "the company that runs the plant"
    words: list[str] = []
    role = mention.role.split()
    for word in role:
        if word.casefold() in ROLE_COMPLEMENTS:
            break
        words.append(word)
    modifiers = words[:-1]
    if not words or words[-1].casefold() != mention.name:
        return None
    if mention.name in MEDIA_HEADS and not (mention.name == "service" and _NEWS_WORDS.isdisjoint(words)):
        return None  # "the wire service" is an outlet named before; "the fire service" is a first mention
    place = role[len(words) + 1:]
    if place and all(w[:1].isupper() for w in place) and all(w[:1].islower() for w in modifiers):
        return " ".join(role)  # "the main hospital in Wadi Kaam": its place says which one
    if modifiers and modifiers[0] in _FOREMOST and len(modifiers) > 1:
        modifiers = modifiers[1:]  # "the main opposition party": the kind says which one, "main" only ranks it
    if not modifiers or not _describes(modifiers):
        return None
    return " ".join(words)


def _describes(modifiers: Sequence[str]) -> bool:
    """Lowercase words that say what kind of body it is ("civil defence", "health"), not which one
    the text meant before ("the same", "the largest") and not a list or a negation."""
    return all(w[:1].islower() and w not in _NOT_DESCRIBING and not w.endswith("est") for w in modifiers)


def _names_whole_complement(described: str, head: str, org: str) -> bool:
    """"head of the Red Crescent" is the Red Crescent's; "director of Goma's general hospital" is not
    Goma's: the organization is the whole complement or none."""
    words = described.split()
    at = [w.casefold() for w in words].index(head)
    complement = " ".join(words[at + 2:]) if at + 1 < len(words) and words[at + 1].casefold() in ROLE_COMPLEMENTS \
        else ""
    return _without_article(complement).casefold() == _without_article(org).casefold()


def _holds_office(mention: Mention) -> bool:
    """"Calvera's foreign minister": a role naming an office of state."""
    role = mention.role
    if not role:
        return False
    return role.casefold().split()[-1] in OFFICES_OF_STATE


def _document_channel(mention: Mention) -> Channel | None:
    """"a transcript of the briefing": the channel a document noun implies."""
    if mention.name == "transcript":
        return Channel.PRESS_BRIEFING if mention.role and "briefing" in mention.role.casefold() else None
    return DOCUMENT_SOURCES.get(mention.name)


def _antecedent(text: str, sentence: Span, source: Span) -> Span | None:
    """For "Ana Ruiz, who said ...", the name the relative pronoun stands for.

    The name right before ", who" is the speaker; the latest speaker of the
    article, which coreference would pick, usually is not.
    """
    if source.text.casefold() not in _RELATIVE_PRONOUNS:
        return None
    m = _NAME_BEFORE_RELATIVE.search(text, sentence.start, source.start)
    if m is None:
        return None
    if source.text.casefold() != "which":
        # "Ana Ruiz, an analyst at the Calder Institute, who said": the person, not her institute.
        person = _NAME_BEFORE_ROLE.search(text, sentence.start, m.start(1))
        if person is not None:
            return Span.of(text, person.start(1), person.end(1))
    return Span.of(text, m.start(1), m.end(1))


def _opens_with_participle(source: str) -> bool:
    """"Reported estimates", "Speaking after the vote": a source opening with a reporting verb's
    participle is a verb phrase or an adjective, not a speaker."""
    first = source.split(maxsplit=1)[0].casefold()
    return first.endswith(("ed", "ing")) and first in CUE_WORDS


def _sentence_start_before(text: str, position: int) -> int:
    """Where the sentence before the one holding ``position`` begins (a rough split: ". " and line ends)."""
    reach = max(0, position - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, reach, position)]
    return ends[-2] if len(ends) >= 2 else reach


def _opens_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3):position].rstrip(" ")
    return not before or before[-1] in ".!?\n"


def _full_name(name: str) -> bool:
    """"Volodymyr Zelensky", not "Arizona" or "While Garland": two words or more, each a capitalized word
    that opens no clause."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words) \
        and words[0].casefold() not in _NOT_FIRST_NAMES


def _restrictive_relative(text: str, sentence: Span, source: Span) -> bool:
    """"the protesters who want", no comma between: the pronoun narrows a common noun, which
    names no speaker (coreference would wrongly take the latest one)."""
    return source.text.casefold() in _RELATIVE_PRONOUNS \
        and _COMMON_NOUN_BEFORE.search(text, sentence.start, source.start) is not None


def _turn(registry: _Registry, handle: int, channel: Channel | None, position: int) -> Turn:
    c = registry.get(handle)
    role = " ".join(c.descriptions) if c.descriptions else c.role
    return Turn(actor=registry.root(handle), kind=c.kind, names=tuple(c.names + c.aliases), role=role,
                gender=c.gender, channel=channel, anonymous=c.anonymous, plural=c.plural, position=position)


def _scope(registry: _Registry, agency: int | None, publisher: int | None, article_id: str) -> str:
    """Whose reporting an anonymous source belongs to: the originating outlet, else the article."""
    origin = agency if agency is not None else publisher
    return _canonical(registry, registry.root(origin)) if origin is not None else article_id


def _canonical(registry: _Registry, root: int) -> str:
    c = registry.clusters[root]
    if c.known is not None:
        return c.known.name
    full = [n for n in c.names if not is_acronym(n)] or c.names
    return max(full, key=lambda n: (len(n.split()), len(n)))


def _finalize(registry: _Registry, scope: str, article_id: str) -> dict[int, str]:
    roots = sorted({registry.root(i) for i in range(len(registry.clusters))})
    ids_by_root = {r: ids.actor_id(_canonical(registry, r)) for r in roots if not registry.clusters[r].anonymous}
    for r in roots:
        c = registry.clusters[r]
        if c.described and not c.anonymous:
            ids_by_root[r] = ids.actor_id(f"{_canonical(registry, r)} @ {scope}|{article_id}")
        elif c.anonymous:
            key_scope = scope if c.org is not None else f"{scope}|{article_id}"
            ids_by_root[r] = ids.actor_id(f"{_anonymous_name(registry, c)} @ {key_scope}")
    return ids_by_root


def _generic_group(name: str) -> bool:
    """"Residents", "witnesses", "local officials", "hospital officials": people of a kind that no
    name, nationality or body singles out, so those of one article are not those of another ("Israeli
    officials", "Hamas officials" are)."""
    words = name.split()
    first = words[0].casefold()
    return all(w.islower() for w in words[1:]) \
        and (words[0].islower() or first in GROUP_HEADS or first in _KIND_WORDS)


def _common_word_opening(text: str, source: Span) -> bool:
    """One capitalized word opening a sentence that the text also writes in lower case, and never
    with a capital inside a sentence: a common noun ("Aftershocks", "Protests"), not a name."""
    word = source.text.strip()
    if " " in word or not word[:1].isupper() or not word.isalpha() or not _opens_sentence(text, source.start):
        return False
    low = word.lower()
    if low == word or not _written(text, low):
        return False
    return all(_opens_sentence(text, m.start()) for m in _as_word(word).finditer(text))


def _as_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, case as given."""
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")


def _written(text: str, word: str) -> bool:
    """Whether the text writes ``word`` as a whole word, case as given."""
    return _as_word(word).search(text) is not None


def _bare_place(mention: Mention, table: AliasTable) -> bool:
    """A place name alone as a source: it stands for a government the text does not name."""
    if mention.kind not in (MentionKind.PERSON, MentionKind.ORGANIZATION) or mention.known is not None \
            or mention.role or mention.possessor:
        return False
    if table.place(mention.name) is not None:
        return True
    # "Southern Sudan", "West Darfur": a region of a place speaks no more than the place.
    compass, _, rest = mention.name.partition(" ")
    return compass.casefold() in _COMPASS and table.place(rest) is not None


def _common_lead(descriptor: str) -> str:
    """"Senior officials" -> "senior officials", "Local officials" -> "local officials": a common word
    capitalized only for opening a sentence."""
    first, _, rest = descriptor.partition(" ")
    folded = first.casefold()
    if first[1:].islower() and (folded in ROLE_WORDS or folded in PERSON_NOUNS or folded in GROUP_HEADS
                                or folded in ANONYMOUS_HEADS or folded in _KIND_WORDS):
        return f"{folded} {rest}".strip()
    return descriptor


def _anonymous_name(registry: _Registry, c: _Cluster) -> str:
    if c.org is None:
        return f"anonymous {_UNNAMED_LEAD.sub('', c.names[0])}"  # "an unnamed official": no "anonymous unnamed"
    return f"{_canonical(registry, registry.root(c.org))} {c.head}"


def _anonymous_aliases(registry: _Registry, c: _Cluster) -> list[str]:
    if c.org is None:
        return []
    org = registry.get(c.org)
    forms = dict.fromkeys([*org.names, *org.aliases, *(org.known.aliases if org.known else ())])
    return [f"{_without_article(f)} {c.head}" for f in forms]


def _without_article(form: str) -> str:
    return _LEADING_THE.sub("", form)


def _actors(registry: _Registry, actor_ids: Mapping[int, str]) -> list[Actor]:
    actors: dict[str, Actor] = {}
    for root, actor_id in sorted(actor_ids.items()):
        c = registry.clusters[root]
        if c.anonymous:
            name = _anonymous_name(registry, c)
            forms = _anonymous_aliases(registry, c)
        else:
            name = _canonical(registry, root)
            forms = [*c.names, *c.aliases, *(c.known.aliases if c.known else ())]
        aliases = tuple(dict.fromkeys(f for f in forms if f != name))
        if c.anonymous:
            kind = ActorKind.GROUP if c.plural else (
                ActorKind.ORGANIZATION if c.kind is ActorKind.ORGANIZATION else ActorKind.PERSON)
        else:
            kind = c.kind
        actors[actor_id] = Actor(id=actor_id, name=name, kind=kind, aliases=aliases, anonymous=c.anonymous,
                                 role=c.role, outlet_kind=c.outlet_kind if kind is ActorKind.OUTLET else None)
    return list(actors.values())


def _speakers(registry: _Registry, resolved: Sequence[tuple[int | None, Channel | None]],
              actor_ids: Mapping[int, str]) -> tuple[Speaker, ...]:
    """Speakers with their channel: as the text tells, else the speaker's last channel, else anonymous."""
    last_channel: dict[int, Channel] = {}
    speakers: list[Speaker] = []
    for handle, channel in resolved:
        if handle is None:
            speakers.append(Speaker(None, channel))
            continue
        root = registry.root(handle)
        cluster = registry.clusters[root]
        channel = channel or last_channel.get(root) or (Channel.ANONYMOUS if cluster.anonymous else None)
        if channel is not None:
            last_channel[root] = channel
        speakers.append(Speaker(actor_ids[root], channel, cluster.anonymous))
    return tuple(speakers)


def _speaks_for(registry: _Registry, actor_ids: Mapping[int, str], article_id: str) -> list[SpeaksFor]:
    edges = {}
    for root, actor_id in sorted(actor_ids.items()):
        c = registry.clusters[root]
        if c.speaks_for is not None and not c.anonymous:
            org_id = actor_ids[registry.root(c.speaks_for)]
            if org_id != actor_id:
                edges[(actor_id, org_id)] = SpeaksFor(actor_id, org_id, c.role, article_id,
                                                      c.source.start if c.source else None,
                                                      c.source.end if c.source else None)
    return list(edges.values())


def _member_of(registry: _Registry, actor_ids: Mapping[int, str], article_id: str) -> list[MemberOf]:
    edges = {}
    for root, actor_id in sorted(actor_ids.items()):
        c = registry.clusters[root]
        if c.anonymous and c.org is not None:
            org_id = actor_ids[registry.root(c.org)]
            edges[(actor_id, org_id)] = MemberOf(actor_id, org_id, article_id,
                                                 c.source.start if c.source else None,
                                                 c.source.end if c.source else None)
    return list(edges.values())


def _name_index(registry: _Registry, actor_ids: Mapping[int, str]) -> dict[str, str]:
    """Every form an actor went by, and each person's surname, for :meth:`Cast.find`."""
    index: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for root, actor_id in sorted(actor_ids.items()):
        c = registry.clusters[root]
        if c.anonymous:
            continue
        for form in (*c.names, *c.aliases, *(c.known.aliases if c.known else ())):
            index.setdefault(registry.table.key(form), actor_id)
        if c.kind is ActorKind.PERSON:
            for n in c.names:
                surnames.setdefault(surname(n).casefold(), set()).add(actor_id)
    for word, owners in surnames.items():
        if len(owners) == 1:
            index[f"surname:{word}"] = next(iter(owners))
    return index
