"""From source mentions to actors: the cast of one article.

:func:`resolve_cast` reads each attribution's source mention in order
(:mod:`claimgraph.ingest.names`), resolves pronouns and definite nouns against
the speakers before it (:mod:`claimgraph.ingest.coref`), and merges every form
an actor goes by into one :class:`~claimgraph.graph.model.Actor`: the alias
table's entry, "X or Y" and "X (ACR)" given in the text, an acronym matching a
name by initials or word prefixes ("CENTCOM" ~ "Central Command"), a surname
matching a full name of the same article, and close spellings.

An actor's id comes from its canonical name: the alias table's name, else the
longest full form seen (never an acronym). Anonymous sources are scoped by the
outlet that originated the reporting (the wire agency when syndicated): the
scope is hashed into the id, not shown in the name.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from claimgraph.graph import ids
from claimgraph.graph.model import Actor, ActorKind, Channel, MemberOf, OutletKind, SpeaksFor
from claimgraph.ingest.aliases import AliasTable, KnownActor, is_acronym, name_key
from claimgraph.ingest.coref import Turn, resolve_reference
from claimgraph.ingest.document import ArticleMeta
from claimgraph.ingest.names import (
    DOCUMENT_HEADS,
    ORG_HEADS,
    Gender,
    Mention,
    MentionKind,
    has_anonymity_marker,
    parse_mention,
    surname,
)
from claimgraph.ingest.spans import Attribution, Span

_FUZZY_MERGE = 92.0
_ACRONYM_STOPWORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "al"})
_PARENTHESIZED_ACRONYM = re.compile(r"\s\(([A-Z][A-Za-z.&]{1,11})\)")
_LONG_FORM_BEFORE = re.compile(
    r"((?:[A-Z][\w'’-]*|of|the|and|for|in|on)(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|in|on)){0,7})$")
_LONG_FORM_REACH = 120
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which"})
_NAME_BEFORE_RELATIVE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)\s*,\s*$")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who made one attribution, and through which channel as far as the article tells."""

    actor_id: str | None
    channel: Channel | None = None
    anonymous: bool = False


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
    words = [w.casefold() for w in re.split(r"[\s-]+", name) if w]
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
                found.setdefault(name_key(acronym), re.sub(r"^the\s+", "", candidate, flags=re.I))
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


class _Registry:
    """The clusters of one article (local to one :func:`resolve_cast` call)."""

    def __init__(self, table: AliasTable, definitions: Mapping[str, str]) -> None:
        self.table = table
        self.definitions = definitions
        self.clusters: list[_Cluster] = []
        self.parent: list[int] = []
        self.index: dict[str, int] = {}

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
        return i

    def lookup(self, key: str) -> int | None:
        i = self.index.get(key)
        return None if i is None else self.root(i)

    def union(self, keep: int, other: int) -> int:
        keep, other = self.root(keep), self.root(other)
        if keep == other:
            return keep
        a, b = self.clusters[keep], self.clusters[other]
        self.parent[other] = keep
        a.names.extend(n for n in b.names if n not in a.names)
        a.aliases.extend(n for n in b.aliases if n not in a.aliases)
        a.known = a.known or b.known
        a.role = a.role or b.role
        a.gender = a.gender or b.gender
        a.org = a.org if a.org is not None else b.org
        a.speaks_for = a.speaks_for if a.speaks_for is not None else b.speaks_for
        a.source = a.source or b.source
        a.outlet_kind = a.outlet_kind or b.outlet_kind
        if a.kind is ActorKind.PERSON and b.kind is not ActorKind.PERSON and not b.anonymous:
            a.kind = b.kind
        return keep

    # --- adding mentions ----------------------------------------------------

    def known(self, known: KnownActor, forms: Iterable[str] = ()) -> int:
        key = f"known:{name_key(known.name)}"
        i = self.lookup(key)
        if i is None:
            keys = [key, *(name_key(f) for f in (known.name, *known.aliases))]
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
            expanded = self.definitions.get(name_key(form))
            if expanded and expanded not in forms:
                forms.append(expanded)
        existing = next((i for i in (self.lookup(name_key(f)) for f in forms) if i is not None), None)
        if existing is None:
            bare = list(dict.fromkeys(_without_article(f) for f in forms))
            long_forms = [f for f in bare if not is_acronym(f)] or [_without_article(name)]
            aliases = [f for f in dict.fromkeys(forms) if f not in long_forms]
            return self.new(_Cluster(kind, names=long_forms, aliases=aliases), [name_key(f) for f in forms])
        self._add_forms(existing, forms)
        return existing

    def person(self, mention: Mention, source: Span | None) -> int:
        name = mention.name
        key = name_key(name)
        i = self.lookup(key)
        if i is None and " " not in name:
            i = self._by_surname(name)
        if i is None:
            i = self.new(_Cluster(ActorKind.PERSON, names=[name]), [key])
        cluster = self.get(i)
        if name not in cluster.names:
            cluster.names.append(name)
            self.index.setdefault(key, i)
        if mention.long_form and mention.long_form not in cluster.aliases:
            cluster.aliases.append(mention.long_form)
        cluster.gender = cluster.gender or mention.gender
        if mention.role and not cluster.role:
            cluster.role = mention.role
            cluster.source = source
            if mention.org:
                cluster.speaks_for = self.organization(mention.org, mention.org_aliases)
        return self.root(i)

    def organization(self, name: str, aliases: Sequence[str] = ()) -> int:
        place = self.table.place(name)
        kind = ActorKind.ORGANIZATION
        return self.named(kind, place.name if place else name, aliases)

    def anonymous(self, mention: Mention, source: Span | None) -> int:
        org = self.organization(mention.org, mention.org_aliases) if mention.org else None
        descriptor = (mention.role or mention.name).casefold()
        key = f"anonymous:{org}:{mention.name}" if org is not None else f"anonymous::{descriptor}"
        i = self.lookup(key)
        if i is None:
            i = self.new(_Cluster(ActorKind.PERSON, names=[descriptor], anonymous=True, head=mention.name,
                                  org=org, gender=mention.gender, plural=mention.plural,
                                  role=mention.role if mention.role != mention.name else None,
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
                (cluster.aliases if is_acronym(bare) or cluster.known else cluster.names).append(bare)
            if form != bare and form not in cluster.aliases:
                cluster.aliases.append(form)
            self.index.setdefault(name_key(form), self.root(i))

    def _by_surname(self, word: str) -> int | None:
        """The one person of this article whose full name ends with ``word``."""
        folded = word.casefold()
        matches = {self.root(i) for i, c in enumerate(self.clusters)
                   if c.kind is ActorKind.PERSON and not c.anonymous
                   and any(" " in n and surname(n).casefold() == folded for n in c.names)}
        return matches.pop() if len(matches) == 1 else None

    # --- merging what only the whole article tells ----------------------------

    def merge_late(self) -> None:
        """Forward references and name variants: surnames seen before the full name, acronyms, spellings."""
        roots = sorted({self.root(i) for i in range(len(self.clusters))})
        for i in roots:
            c = self.clusters[i]
            if c.kind is ActorKind.PERSON and not c.anonymous and all(" " not in n for n in c.names):
                target = self._by_surname(c.names[0])
                if target is not None and target != i:
                    self.union(target, i)
        organizations = [i for i in sorted({self.root(i) for i in range(len(self.clusters))})
                         if self.clusters[i].kind is not ActorKind.PERSON]
        for i in organizations:
            for j in organizations:
                if i < j and self.root(i) != self.root(j) and self._same_organization(i, j):
                    self.union(i, j)

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

        keys_a = [name_key(x) for x in forms_a if len(x) >= 8]
        keys_b = [name_key(y) for y in forms_b if len(y) >= 8]
        return any(fuzz.ratio(x, y) >= _FUZZY_MERGE for x in keys_a for y in keys_b)


def resolve_cast(text: str, attributions: Sequence[Attribution], meta: ArticleMeta,
                 table: AliasTable, article_id: str) -> Cast:
    """The actors of one article and, for each attribution in order, its speaker."""
    registry = _Registry(table, acronym_definitions(text))
    publisher = registry.outlet(meta.outlet, OutletKind.OUTLET) if meta.outlet else None
    agency = registry.outlet(meta.syndicated_from, OutletKind.AGENCY) if meta.syndicated_from else None
    voice = agency if agency is not None else publisher
    turns: list[Turn] = []
    resolved: list[tuple[int | None, Channel | None]] = []
    for attribution in attributions:
        handle, channel = _speaker_of(attribution, text, registry, turns, voice)
        resolved.append((handle, channel))
        if handle is not None:
            turns.append(_turn(registry, handle, channel))
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


def _speaker_of(attribution: Attribution, text: str, registry: _Registry, turns: list[Turn],
                voice: int | None) -> tuple[int | None, Channel | None]:
    """The cluster speaking in one attribution, and the channel the mention itself implies."""
    if attribution.source is None:
        return voice, attribution.channel
    sentence = text[attribution.sentence.start:attribution.sentence.end]
    source = _antecedent(text, attribution.sentence, attribution.source) or attribution.source
    mention = parse_mention(source.text, registry.table, anonymity=has_anonymity_marker(sentence))
    channel = attribution.channel
    if mention.kind in (MentionKind.PRONOUN, MentionKind.NOMINAL):
        if mention.kind is MentionKind.PRONOUN and mention.name in _FIRST_PERSON:
            return voice, channel
        turn = resolve_reference(mention, turns)
        if turn is not None:
            return registry.root(turn.actor), channel or turn.channel
        if mention.kind is MentionKind.PRONOUN:
            return None, channel
        if mention.name in DOCUMENT_HEADS:
            return (registry.root(turns[-1].actor), channel or turns[-1].channel) if turns else (voice, channel)
        if mention.role:
            return registry.anonymous(mention, attribution.source), channel
        return registry.named(ActorKind.ORGANIZATION, mention.name), channel
    handle = _register(mention, registry, source)
    _link_role_to_earlier_organization(registry, handle, mention, turns)
    return handle, channel


def _antecedent(text: str, sentence: Span, source: Span) -> Span | None:
    """For "Ana Ruiz, who said ...", the name the relative pronoun stands for.

    The name right before ", who" is the speaker; the latest speaker of the
    article, which coreference would pick, usually is not.
    """
    if source.text.casefold() not in _RELATIVE_PRONOUNS:
        return None
    m = _NAME_BEFORE_RELATIVE.search(text, sentence.start, source.start)
    return Span.of(text, m.start(1), m.end(1)) if m else None


def _link_role_to_earlier_organization(registry: _Registry, handle: int, mention: Mention,
                                       turns: Sequence[Turn]) -> None:
    """"ministry spokeswoman Irene Vasko": the ministry is the one the article named before."""
    cluster = registry.get(handle)
    if mention.kind is not MentionKind.PERSON or not mention.role or cluster.speaks_for is not None:
        return
    heads = [w for w in mention.role.casefold().split() if w in ORG_HEADS]
    for head in heads:
        turn = resolve_reference(Mention(MentionKind.NOMINAL, head), turns)
        if turn is not None:
            cluster.speaks_for = turn.actor
            return


def _register(mention: Mention, registry: _Registry, source: Span) -> int:
    if mention.known is not None:
        return registry.known(mention.known, [mention.name, *mention.aliases])
    if mention.kind is MentionKind.PERSON:
        return registry.person(mention, source)
    if mention.kind is MentionKind.ANONYMOUS:
        return registry.anonymous(mention, source)
    kind = {MentionKind.GROUP: ActorKind.GROUP, MentionKind.OUTLET: ActorKind.OUTLET}.get(
        mention.kind, ActorKind.ORGANIZATION)
    if kind is ActorKind.ORGANIZATION:
        return registry.organization(mention.name, mention.aliases)
    return registry.named(kind, mention.name, mention.aliases)


def _turn(registry: _Registry, handle: int, channel: Channel | None) -> Turn:
    c = registry.get(handle)
    return Turn(actor=registry.root(handle), kind=c.kind, names=tuple(c.names + c.aliases), role=c.role,
                gender=c.gender, channel=channel, anonymous=c.anonymous, plural=c.plural)


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
        if c.anonymous:
            key_scope = scope if c.org is not None else f"{scope}|{article_id}"
            ids_by_root[r] = ids.actor_id(f"{_anonymous_name(registry, c)} @ {key_scope}")
    return ids_by_root


def _anonymous_name(registry: _Registry, c: _Cluster) -> str:
    if c.org is None:
        return f"anonymous {c.names[0]}"
    return f"{_canonical(registry, registry.root(c.org))} {c.head}"


def _anonymous_aliases(registry: _Registry, c: _Cluster) -> list[str]:
    if c.org is None:
        return []
    org = registry.get(c.org)
    forms = dict.fromkeys([*org.names, *org.aliases, *(org.known.aliases if org.known else ())])
    return [f"{_without_article(f)} {c.head}" for f in forms]


def _without_article(form: str) -> str:
    return re.sub(r"^the\s+", "", form, flags=re.IGNORECASE)


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
        kind = ActorKind.PERSON if c.anonymous and not c.plural else (ActorKind.GROUP if c.anonymous else c.kind)
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
            index.setdefault(name_key(form), actor_id)
        if c.kind is ActorKind.PERSON:
            for n in c.names:
                surnames.setdefault(surname(n).casefold(), set()).add(actor_id)
    for word, owners in surnames.items():
        if len(owners) == 1:
            index[f"surname:{word}"] = next(iter(owners))
    return index
