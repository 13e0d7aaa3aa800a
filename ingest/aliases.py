"""The alias table: known actors and places, and matching names against them.

The table is knowledge, kept in editable YAML files (``aliases.yaml`` and
``localities.yaml`` beside this module, or any file a user passes). Loading is
the only I/O here and happens once, outside extraction; extraction takes the
loaded :class:`AliasTable` as an argument.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Final

from mypy_extensions import mypyc_attr

from claimgraph.errors import ClaimgraphError
from claimgraph.graph.model import ActorKind, OutletKind
from claimgraph.ingest.memo import Memo
from claimgraph.ingest.spans import Span
from claimgraph.ingest.trie import trie_pattern

# A fuzzy match must be close to an exact one: "Popular Mobilisation Forces"
# for "Popular Mobilization Forces", never "Iraqi" for "Iranian".
FUZZY_CUTOFF: Final = 92.0
_FUZZY_MIN_LENGTH: Final = 8
# A close spelling keeps the last word close too: "Kataib Hizbollah" is "Kataib Hezbollah" (89), but
# "Iraqi security sources" is no "Iraqi security forces" (77), whatever the whole names score.
_HEAD_CUTOFF: Final = 85.0

_FOLD: Final = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-"})
_INITIAL_DOTS: Final = re.compile(r"\b((?:[A-Za-z]\.){2,})")
_LEADING_THE: Final = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE: Final = re.compile(r"'s?$")
_SPACE: Final = re.compile(r"\s+")
_EDGE_PUNCT: Final = re.compile(r"^[\s\"'.,;:()\[\]-]+|[\s\"'.,;:()\[\]-]+$")
# Letters, digits and spaces only: nothing for name_key to fold but case, spacing and "the".
_PLAIN: Final = re.compile(r"[A-Za-z0-9 ]*")


def name_key(text: str) -> str:
    """The form names are compared on: case, quotes, "the", dots of "U.S." and a possessive folded away."""
    if _PLAIN.fullmatch(text):
        key = " ".join(text.split()).casefold()
        return key[4:] if key.startswith("the ") else key
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    text = _INITIAL_DOTS.sub(lambda m: m.group(1).replace(".", ""), text)
    text = _EDGE_PUNCT.sub("", text)
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return _SPACE.sub(" ", text).strip().casefold()


def _named(text: str) -> bool:
    """Only a capitalized phrase can be a misspelt name; common nouns are left to exact lookup."""
    return _EDGE_PUNCT.sub("", text)[:1].isupper()


def is_acronym(text: str) -> bool:
    """"CENTCOM", "U.S.", "DoD": short, no spaces, mostly capitals."""
    bare = text.replace(".", "")
    if not 2 <= len(bare) <= 10 or " " in bare or not bare.isalpha():
        return False
    capitals = sum(ch.isupper() for ch in bare)
    return bare[0].isupper() and capitals >= 2 and capitals * 3 >= len(bare) * 2 - 1


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class KnownActor:
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    outlet_kind: OutletKind | None = None


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class KnownPlace:
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class KnownLocality:
    """A place inside a country (a base, a town, a province) and the area that holds it."""

    name: str
    aliases: tuple[str, ...] = ()
    within: str | None = None


@mypyc_attr(native_class=False)
@dataclass(frozen=True, slots=True)
class AliasTable:
    """Known actors and places, indexed for exact, fuzzy and in-text lookup."""

    actors: tuple[KnownActor, ...] = ()
    places: tuple[KnownPlace, ...] = ()
    _actor_index: Mapping[str, KnownActor] = field(default_factory=dict, repr=False)
    _place_index: Mapping[str, KnownPlace] = field(default_factory=dict, repr=False)
    _adjective_index: Mapping[str, KnownPlace] = field(default_factory=dict, repr=False)
    # Keys of fuzzy matching by the length of a key they could match at all (see _near_lengths).
    _fuzzy_keys: Mapping[int, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _place_pattern: re.Pattern[str] | None = field(default=None, repr=False)
    _locality_index: Mapping[str, KnownLocality] = field(default_factory=dict, repr=False)
    longest_name_words: int = 0
    """Words in the longest known actor name or alias: a longer span of words names no known actor."""
    # Memos of name_key and of actor lookups: the same names come back in every article.
    _keys: Memo[str, str] = field(default_factory=Memo, repr=False, compare=False)
    _found: Memo[str, KnownActor | None] = field(default_factory=Memo, repr=False, compare=False)
    # What a source phrase reads as depends only on its words and this table: names.parse_mention's memo.
    readings: Memo[tuple[str, bool], object] = field(default_factory=Memo, repr=False, compare=False)

    @classmethod
    def build(cls, actors: Iterable[KnownActor], places: Iterable[KnownPlace] = (),
              localities: Iterable[KnownLocality] = ()) -> AliasTable:
        actors, places = tuple(actors), tuple(places)
        locality_index: dict[str, KnownLocality] = {}
        for locality in localities:
            for form in (locality.name, *locality.aliases):
                locality_index.setdefault(name_key(form), locality)
        actor_index: dict[str, KnownActor] = {}
        for actor in actors:
            for form in (actor.name, *actor.aliases):
                actor_index.setdefault(name_key(form), actor)
        place_index: dict[str, KnownPlace] = {}
        adjective_index: dict[str, KnownPlace] = {}
        for place in places:
            for form in (place.name, *place.aliases):
                place_index.setdefault(name_key(form), place)
            for adjective in place.adjectives:
                adjective_index.setdefault(name_key(adjective), place)
        fuzzy = _by_near_length(k for k in actor_index if len(k) >= _FUZZY_MIN_LENGTH)
        longest = max((len(key.split()) for key in actor_index), default=0)
        return cls(actors, places, MappingProxyType(actor_index), MappingProxyType(place_index),
                   MappingProxyType(adjective_index), fuzzy, _place_regex(places),
                   MappingProxyType(locality_index), longest)

    def key(self, text: str) -> str:
        """:func:`name_key` of ``text``, remembered."""
        key = self._keys.get(text)
        return key if key is not None else self._keys.put(text, name_key(text))

    def actor(self, text: str) -> KnownActor | None:
        """The known actor ``text`` names, exactly (after :func:`name_key`) or by a close spelling."""
        known, found = self._found.lookup(text)
        return found if known else self._found.put(text, self._lookup(text))

    def _lookup(self, text: str) -> KnownActor | None:
        key = self.key(text)
        if not key:
            return None
        hit = self._actor_index.get(key)
        if hit is not None or len(key) < _FUZZY_MIN_LENGTH or not _named(text):
            return hit
        choices = self._fuzzy_keys.get(len(key), ())
        if not choices:
            return None
        from rapidfuzz import fuzz, process

        best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if best is None or fuzz.ratio(key.rsplit(maxsplit=1)[-1], best[0].rsplit(maxsplit=1)[-1]) < _HEAD_CUTOFF:
            return None
        return self._actor_index[best[0]]

    def exact(self, text: str) -> KnownActor | None:
        """The known actor ``text`` names exactly (after :func:`name_key`), without fuzzy matching."""
        return self._actor_index.get(self.key(text))

    def place(self, text: str) -> KnownPlace | None:
        return self._place_index.get(self.key(text))

    def locality(self, text: str) -> KnownLocality | None:
        """The place inside a country ``text`` names exactly (after :func:`name_key`)."""
        return self._locality_index.get(self.key(text))

    def site_keys(self, place: str) -> tuple[str, ...]:
        """The place's key (its entry's name, when the localities know one of its forms or one
        written within it: "Al-Asad Airbase" is Ain al-Asad), then the keys of the areas that
        hold it, innermost first: what an incident at that place can be matched on."""
        key = self.key(place)
        found = self._locality_index.get(key) or next(
            (self._locality_index[form] for form in _word_runs(key) if form in self._locality_index), None)
        keys = [key] if found is None else []
        while found is not None and self.key(found.name) not in keys:
            keys.append(self.key(found.name))
            if found.within is None:
                break
            within = self.key(found.within)
            found = self._locality_index.get(within)
            if found is None:
                keys.append(within)
        return tuple(dict.fromkeys(keys))

    def place_of_adjective(self, word: str) -> KnownPlace | None:
        """The place a demonym names: "Iraqi" -> Iraq."""
        return self._adjective_index.get(self.key(word))

    def find_places(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[Span, KnownPlace]]:
        """Every known place name written in ``text[start:end]`` (case as written, whole words)."""
        if self._place_pattern is None:
            return []
        stop = len(text) if end is None else end
        return [(Span.of(text, m.start(), m.end()), self._place_index[self.key(m.group())])
                for m in self._place_pattern.finditer(text, start, stop) if _starts_word(text, m.start())]


def _word_runs(key: str) -> Iterable[str]:
    """Runs of a key's words, longest first: "al-asad airbase" gives "al-asad airbase",
    "al-asad", "airbase"."""
    words = key.split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            yield " ".join(words[start:start + size])


def _by_near_length(keys: Iterable[str]) -> Mapping[int, tuple[str, ...]]:
    """For each length of a key, the keys (in order) whose length lets a ratio reach the cutoff:
    the ratio is 2 * common / (len a + len b), and common is at most the shorter length."""
    keys = tuple(keys)
    if not keys:
        return MappingProxyType({})
    longest = max(map(len, keys))
    by_length: dict[int, tuple[str, ...]] = {}
    for n in range(_FUZZY_MIN_LENGTH, int(longest * 200 / FUZZY_CUTOFF) + 2):
        near = tuple(k for k in keys if 200 * min(n, len(k)) >= FUZZY_CUTOFF * (n + len(k)))
        if near:
            by_length[n] = near
    return MappingProxyType(by_length)


def _place_regex(places: Sequence[KnownPlace]) -> re.Pattern[str] | None:
    forms = {f for p in places for f in (p.name, *p.aliases)}
    if not forms:
        return None
    # The start of a word is checked after matching (see _starts_word): a regex that opens with a
    # literal is scanned for far faster than one that opens with a lookbehind.
    return re.compile(r"(?:" + trie_pattern(forms) + r")(?![\w-]|\.\w)")


def _starts_word(text: str, i: int) -> bool:
    """No letter, digit, underscore, full stop or hyphen right before ``i``."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_.-")


class AliasFileError(ClaimgraphError, ValueError):
    """An alias file that does not say what the table needs; the message names the entry."""


def parse_aliases(documents: Iterable[Mapping[str, object]]) -> AliasTable:
    """A table from parsed alias documents; an actor or place of a later document replaces one of the same name."""
    actors: dict[str, KnownActor] = {}
    places: dict[str, KnownPlace] = {}
    localities: dict[str, KnownLocality] = {}
    for number, document in enumerate(documents, 1):
        if not isinstance(document, Mapping):
            raise AliasFileError(f"alias document {number}: expected a mapping with 'actors' and/or 'places'")
        for entry in _entries(document, "actors", number):
            actor = _known_actor(entry, number)
            actors[name_key(actor.name)] = actor
        for entry in _entries(document, "places", number):
            place = _known_place(entry, number)
            places[name_key(place.name)] = place
        for entry in _entries(document, "localities", number):
            locality = _known_locality(entry, number)
            localities[name_key(locality.name)] = locality
    return AliasTable.build(actors.values(), places.values(), localities.values())


DEFAULT_FILES: Final = ("aliases.yaml", "localities.yaml")
"""The packaged tables: known actors and countries, then places inside countries."""


def load_aliases(paths: Sequence[str | Path] = (), *, include_default: bool = True) -> AliasTable:
    """The alias table from the packaged files (unless excluded) and then each file of ``paths``."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    texts: list[str] = []
    defaults = list(DEFAULT_FILES) if include_default else []
    texts.extend(resources.files("claimgraph.ingest").joinpath(name).read_text(encoding="utf-8") for name in defaults)
    texts.extend(Path(p).read_text(encoding="utf-8") for p in paths)
    documents = []
    for text, origin in zip(texts, defaults + [str(p) for p in paths], strict=True):
        try:
            documents.append(yaml.load(text, Loader=loader) or {})
        except yaml.YAMLError as err:
            raise AliasFileError(f"{origin}: not valid YAML: {err}") from err
    return parse_aliases(documents)


def _entries(document: Mapping[str, object], key: str, number: int) -> list[Mapping[str, object]]:
    entries = document.get(key) or []
    if not isinstance(entries, list) or not all(isinstance(e, Mapping) for e in entries):
        raise AliasFileError(f"alias document {number}: '{key}' must be a list of mappings")
    return entries


def _strings(entry: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
    values = entry.get(key) or []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise AliasFileError(f"{where}: '{key}' must be a list of strings")
    return tuple(values)


def _name(entry: Mapping[str, object], where: str) -> str:
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise AliasFileError(f"{where}: every entry needs a non-empty 'name'")
    return name.strip()


def _known_actor(entry: Mapping[str, object], number: int) -> KnownActor:
    name = _name(entry, f"alias document {number}, actors")
    where = f"alias document {number}, actor {name!r}"
    try:
        kind = ActorKind(str(entry.get("kind", "organization")))
    except ValueError:
        raise AliasFileError(f"{where}: kind must be one of {[k.value for k in ActorKind]}") from None
    outlet_kind = None
    if kind is ActorKind.OUTLET:
        try:
            outlet_kind = OutletKind(str(entry.get("outlet_kind", "outlet")))
        except ValueError:
            raise AliasFileError(f"{where}: outlet_kind must be one of {[k.value for k in OutletKind]}") from None
    return KnownActor(name, kind, _strings(entry, "aliases", where), outlet_kind)


def _known_locality(entry: Mapping[str, object], number: int) -> KnownLocality:
    name = _name(entry, f"alias document {number}, localities")
    where = f"alias document {number}, locality {name!r}"
    within = entry.get("within")
    if within is not None and (not isinstance(within, str) or not within.strip()):
        raise AliasFileError(f"{where}: 'within' must be the name of the area that holds it")
    return KnownLocality(name, _strings(entry, "aliases", where), within.strip() if within else None)


def _known_place(entry: Mapping[str, object], number: int) -> KnownPlace:
    name = _name(entry, f"alias document {number}, places")
    where = f"alias document {number}, place {name!r}"
    return KnownPlace(name, _strings(entry, "aliases", where), _strings(entry, "adjectives", where))
