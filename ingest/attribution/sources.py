"""Where the source of a cue is: the noun phrase before it, after it, or the
subject of the clause it shares.

The spans follow what PolNeAR annotators mark: a speaker with the aside that
describes them ("Ana Ruiz, a lawyer for the family,"), coordinated speakers
("Mrs. Clinton and her campaign"), the relative pronoun of "officials who
said", quantities ("about half of voters"), but not a fronted phrase ("In
October, ..."), an aside that frames the statement ("X, in turn, said") or
auxiliaries and adverbs before the cue.
"""
from __future__ import annotations

from typing import Final

from claimgraph.ingest.attribution.contents import is_quantity
from claimgraph.ingest.attribution.cue_context import determines_noun, is_cue
from claimgraph.ingest.attribution.tokens import Tokens
from claimgraph.ingest.cues import (
    APPOSITIVE_DASHES,
    CLAUSE_WORDS,
    CUE_WORDS,
    DATELINE_DASHES,
    DETERMINERS,
    LEADING_ADVERBS,
    NOUN_DETERMINERS,
    NP_PREPOSITIONS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    RUNNING_VERBS,
    SELF_NAMING,
    SENTENCE_END,
    SKIP_BEFORE_CUE,
    SPEECH_VERBS,
    TIME_MODIFIERS,
    TIME_PHRASE_WORDS,
    TIME_WORDS,
    VERB_FORMS,
    WHY_UNNAMED,
)

_MAX_ASIDE_COMMAS: Final = 4
# Words of a role named before the name it describes ("her chief adviser, Omar Lind,").
_MAX_ROLE_WORDS: Final = 4
_MAX_NAME_WORDS: Final = 6
_MAX_CLOSING_WORDS: Final = 5
_MAX_CONJUNCT: Final = 8
_MAX_DATELINE: Final = 8
_MAX_APPOSITIVE: Final = 14
_MAX_SUBJECT: Final = 12
_MAX_RELATIVE: Final = 12
_MAX_NAME_IN_QUOTES: Final = 10
_MAX_PARENTHESIS: Final = 8
_MAX_ASIDE_SUBJECT: Final = 30
_ASIDE_DASHES: Final = APPOSITIVE_DASHES | {"-"}
# Words describing a speaker that take the preposition after them into the source: "a person familiar
# with the talks", "an official involved in the planning", "an aide knowledgeable about the deal".
_TIED_PREPOSITIONS: Final = {"familiar": "with", "involved": "in", "knowledgeable": "about", "briefed": "on"}
# Prepositions inside the name of a body: "the Institute for Harbor and Ferry Research".
_NAME_PREPOSITIONS: Final = frozenset({"of", "for", "on"})
# "who asked not to be named": how a speaker stays unnamed.
_UNNAMED_PARTICIPLES: Final = frozenset({"named", "identified", "quoted"})

_ADVERBIAL_OPENERS: Final = (PREPOSITIONS - {"of", "like", "on"}) | frozenset(
    "after before when while as since although though if because despite once unless and".split()
)
_QUANTIFIERS: Final = DETERMINERS - {"the", "a", "an", "this", "that", "these", "those"} | frozenset(
    "nearly almost about only just least some".split()
)
# A cue after these may have its speaker after it ('"...," said Roe'); "“" is
# here too because it is often typed where "”" was meant.
_BEFORE_INVERSION: Final = QUOTE_CLOSE | {",", "“"}
# "and" or "to" followed by a name stays inside a phrase read rightwards:
# "CNN and The New York Times", "an aide to President Obama".
_JOINERS: Final = frozenset({"and", "or", "&", "to"})
# Nouns plural in sense with no "-s": "police and witnesses said".
_COLLECTIVE_PLURALS: Final = frozenset({"police", "people", "staff", "personnel", "military", "media"})
# Words after which a subject may start.
_CLAUSE_OPENERS: Final = frozenset(
    "that and but or while when as because if although though since so where after before whereas whilst".split()
)
# "They have both said": a quantifier floated away from its noun phrase.
_FLOATING: Final = frozenset({"both", "all", "each"})
# Words that cannot end a source: "most" or "both" can ("most said"), "the" cannot.
_DANGLING: Final = PREPOSITIONS | NOUN_DETERMINERS
_TIME_LEAD: Final = TIME_MODIFIERS | frozenset({"past", "earlier", "later", "in"})
_FRONTING_WORDS: Final = PREPOSITIONS | frozenset(
    "after before when while as since although though if because despite once unless".split()
) | frozenset("outside inside amid amidst alongside absent beyond behind beside throughout upon following".split())
# What a dateline holds besides names and numbers: "ORLANDO, Fla. (Reuters) -".
_DATELINE_MARKS: Final = frozenset({",", ".", "(", ")"})
# The word that makes a fronted run of time words a phrase of time: "Hours later", "Two weeks after".
_TIME_PHRASE_ENDS: Final = frozenset("later earlier ago after before".split())
_FRONTED_ADVERBS: Final = TIME_WORDS | frozenset("here there then now still yet so instead last".split())
# "Asked about X, ...", "Reached by phone, ...": a participle opening a fronted phrase.
_AFTER_FRONTED_PARTICIPLE: Final = PREPOSITIONS | frozenset("whether if why how what when".split())
# "But on Tuesday, Ana Ruiz, the chair, said": a conjunction opening the sentence ties it to the one
# before; a fronted phrase starts after it.
_OPENING_CONJUNCTIONS: Final = frozenset({"but", "and", "yet"})
# Verbs whose speaker may follow them after a clause and a comma ("the ferry is late, said Roe"); after
# a comma others take an object ("X summed up Y, denounced her record": PolNeAR train marks 0 of 24
# such inverted frames of verbs other than these).
_INVERTING: Final = frozenset(
    "said says say explained added adds noted notes asked asks reported predicted recalled replied continued".split()
)
_OPENING_SPEECH: Final = frozenset({"said", "says", "added", "stated"})
# Capitalized words opening a sentence that name no speaker of a list: "First, she and ...".
_NOT_LISTED: Final = LEADING_ADVERBS | TIME_WORDS | frozenset("first second third finally last next".split())
_MAX_LISTED_PHRASE: Final = 4
# Adverbs that single out the subject after them: "Even the crews ...", "Only Roe ...".
_FOCUS_ADVERBS: Final = frozenset("even only just especially particularly".split())
# Of those, the ones a source leaves out: "Even Republicans who praised him warned" (PolNeAR train leaves
# "even" out of 29 sources and keeps it in 8; "only" it keeps in 15 of 20).
_LEFT_OUT_FOCUS: Final = frozenset({"even"})
_FINITE_VERBS: Final = frozenset(
    "is was are were will would could can may might should must has have had does did do".split()
)
_RELATIVE_PRONOUNS: Final = frozenset({"who", "which"})
_RELATIVE_OPENERS: Final = frozenset({"who", "whose", "which"})
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i"})
_NEGATION: Final = ("n't", "n’t")
_RELEASE_PARTICIPLES: Final = frozenset({"out", "taken", "done", "written"})
# Words that grade the adverb after them: "almost immediately", "very aptly".
_DEGREE_ADVERBS: Final = frozenset("almost very quite rather fairly most more less".split())
# Participles that open a title ("managing director", "ranking member"), not a framing phrase.
_INDEFINITE_OPENERS: Final = frozenset(("a", "an"))
_TITLE_PARTICIPLES: Final = frozenset("managing ranking founding outgoing incoming presiding".split())
# Words opening an aside that describes the speaker, though they may open a framing phrase elsewhere:
# "officials, including the mayor,", "Roe, now a consultant," (PolNeAR train keeps such an aside
# in a source 40 times, leaves it out 6).
_DESCRIBING_OPENERS: Final = frozenset({"including", "now", "then"}) | _TITLE_PARTICIPLES
# Nouns that end in -ly, which no scan should skip as adverbs: "the family said", "the rally denounced".
_LY_NOUNS: Final = frozenset("""family rally assembly ally supply monopoly anomaly bully homily folly
    melancholy butterfly""".split())
_NAMING_TIMES: Final = frozenset({"today", "tonight"})
# "Calif.", "Tenn.", "Pa.": the longest abbreviation of a state or province after a place's name.
_MAX_PLACE_ABBREVIATION: Final = 6
_BE_AUXILIARIES: Final = frozenset("is was are were".split())
_AUXILIARIES: Final = frozenset("has have had is was are were will would could can may might".split())
_COMPARATIVES: Final = frozenset({"more", "less", "fewer"})
_AS_MANY: Final = frozenset({"many", "much", "few"})
_NEGATED_SUBJECTS: Final = frozenset({"everyone", "everybody", "all", "every", "many"})
# Words a "to" ties to the noun after it inside one source: "aides to the governor", "people close to
# the campaign", "the ambassador to France".
_TIED_BY_TO: Final = frozenset(
    """close closest privy adviser advisers advisor advisors aide aides ambassador ambassadors envoy
    envoys delegation delegations spokesman spokeswoman spokesperson counsel consultant consultants
    assistant assistants successor predecessor letter letters""".split()
)


def source_before(toks: Tokens, i: int) -> tuple[int, int] | None:
    """The source ending right before cue ``i`` (past adverbs, auxiliaries and
    time phrases): a noun phrase, with its aside when a comma, a dash or a
    quoted nickname ends it."""
    j = before_cue(toks, i)
    if j < 0:
        return None
    w = toks.words[j]
    if w == "," or w in APPOSITIVE_DASHES:
        return _appositive_source(toks, j)
    if w in QUOTE_CLOSE and j > 1 and toks.words[j - 1] == ",":
        opening = _opening_quote(toks, j)
        if opening is not None and opening > 0 and toks.is_word(opening - 1):
            return _appositive_source(toks, j, opening)
    if w in QUOTE_CLOSE and j > 0 and toks.words[j - 1] not in {",", ".", "?", "!"}:
        return _name_in_quotes_source(toks, j)
    if (not toks.is_word(j) and w not in {")", "%"}) or toks.quoted[j]:
        return None
    head = _noun_phrase_ending_at(toks, j)
    if head is None:
        # "a hospital official who asked not to be named said": a relative clause ending in no noun
        return _relative_source(toks, j + 1, j, opening=False)
    head = _with_self_name(toks, head)
    source = _with_participle_clause(toks, _with_relative_clause(toks, _with_listed_conjuncts(toks, head), j), j)
    return source[0], _dated_release_end(toks, source[1], i)


def subject_through_asides(toks: Tokens, i: int) -> tuple[int, int] | None:
    """"Some voters who heard him over the years, at rallies or on television, said ...": when no
    noun phrase before the cue reads as its source and a comma ends what comes before it, the
    subject is the clause's opening up to that comma, asides and all (PolNeAR marks the whole
    stretch); None when the clause opens with a clause word or a quote."""
    j = before_cue(toks, i)
    # "..., did not respond": an auxiliary or a negation after the comma makes a verb phrase of its own.
    if j < 2 or not all(toks.lows[q].endswith("ly") for q in range(j + 1, i)):
        return None
    mark = toks.words[j]
    # "Roe - a pilot on the night ferry - told ...": a dash closing an aside that a dash opened.
    if mark != "," and not (mark in _ASIDE_DASHES and mark in toks.words[:j]):
        return None
    start = 1 if toks.lows[0] in _OPENING_CONJUNCTIONS else 0
    p = _past_fronted_phrase(toks, start, j)
    if p is None or p >= j - 1 or not toks.is_word(p) or toks.quoted[p] or toks.lows[p] in CLAUSE_WORDS \
            or j - p > _MAX_ASIDE_SUBJECT:
        return None
    if any(toks.words[q] in SENTENCE_END or toks.words[q] in {";", ":"} or toks.words[q] in QUOTE_OPEN
           for q in range(p, j)):
        return None
    # The opening must be a noun phrase that a comma, a relative clause or a participle with its
    # preposition ends ("veterans interviewed at rallies"), not a clause with a verb of its own.
    e = _noun_phrase_from(toks, p, j)
    if e == p or any(toks.lows[q].endswith("ly") or toks.lows[q] in LEADING_ADVERBS for q in range(p, e)) \
            or any(toks.lows[q] in SPEECH_VERBS for q in range(e, j)) or not (
        toks.words[e] == mark or toks.lows[e] in _RELATIVE_OPENERS or toks.lows[e - 1] in _RELATIVE_OPENERS
        or (toks.lows[e + 1] in PREPOSITIONS and (toks.lows[e] == "not" or (
            toks.lows[e].endswith("ed") and not toks.is_capitalized(e - 1))))):
        return None
    # "The deal, announced Friday, ...": a participle and its time or place is an aside of its own.
    if toks.lows[i].endswith("ed") and i + 1 < len(toks.words) and (
            toks.lows[i + 1] in TIME_WORDS or toks.lows[i + 1] in PREPOSITIONS or toks.lows[i + 1] == "to"):
        return None
    return p, j + 1


def _dated_release_end(toks: Tokens, end: int, i: int) -> int:
    """"a poll released last week showed", "a filing made public on Friday says": the time phrase
    between a participle and the cue dates the source, and stays in it (PolNeAR train: 21 times, left
    out none)."""
    if not _dates_a_release(toks, end - 1):
        return end
    last = end
    for k in range(end, i):
        if toks.lows[k] in TIME_WORDS:
            last = k + 1
        elif toks.lows[k] not in _TIME_LEAD:
            break
    return last


def _with_self_name(toks: Tokens, head: tuple[int, int]) -> tuple[int, int]:
    """"a little-known group calling itself the Freedom Front said": the name a body takes and the
    body that takes it are one source."""
    k = head[0]
    if k < 3 or toks.lows[k - 1] not in SELF_NAMING or toks.lows[k - 2] != "calling":
        return head
    antecedent = _noun_phrase_ending_at(toks, k - 3)
    return (antecedent[0], head[1]) if antecedent is not None and antecedent[1] == k - 2 else head


def _with_participle_clause(toks: Tokens, head: tuple[int, int], j: int) -> tuple[int, int]:
    """"farmers trying to sell abroad say", "riders heading to the pier on Monday said": the phrase
    before the cue ends a clause of an "-ing" participle after "to" (and the verb "to" takes), so the
    source is the noun the participle describes, with the clause (PolNeAR marks the whole phrase)."""
    if toks.lows[head[0]] in PRONOUNS:
        return head
    if head[0] > 1 and _participle(toks, head[0] - 1):
        # "A civil society coalition monitoring the vote said": the object of a participle right before
        # the cue, after a body or a person the clause opens with
        antecedent = _noun_phrase_ending_at(toks, head[0] - 2)
        if antecedent is not None and antecedent[1] == head[0] - 1 and _opens_clause(toks, antecedent[0]) \
                and toks.lows[antecedent[0]] in _INDEFINITE_OPENERS:
            return antecedent[0], j + 1
    to = next((w for w in (head[0] - 1, head[0] - 2) if w > 0 and toks.lows[w] == "to"), None)
    if to is None or (to == head[0] - 2 and toks.is_capitalized(to + 1)):
        return head
    for w in range(to - 1, max(to - _MAX_RELATIVE, 0), -1):
        low = toks.lows[w]
        if not toks.is_word(w) or toks.quoted[w] or low in CLAUSE_WORDS:
            return head
        if _participle(toks, w):
            antecedent = _noun_phrase_ending_at(toks, w - 1)
            if antecedent is not None and antecedent[1] == w and _opens_clause(toks, antecedent[0]):
                return antecedent[0], j + 1
            return head
    return head


def _participle(toks: Tokens, w: int) -> bool:
    low = toks.lows[w]
    return low.endswith("ing") and len(low) > 4 and not toks.is_capitalized(w) and low not in CUE_WORDS


def _with_listed_conjuncts(toks: Tokens, head: tuple[int, int]) -> tuple[int, int]:
    """"Roe, Diaz and Smith said", "Obama, Clinton, and other Democrats said": the names listed with
    commas before the last conjunct belong to the source, when the list opens the clause (after a
    comma and "and", two names at least: ", and he said" most often opens a clause of its own)."""
    start = head[0]
    if start >= 2 and toks.lows[start - 1] in {"and", "or"} and toks.words[start - 2] == ",":
        comma, needed = start - 2, 2
    elif start >= 1 and toks.words[start - 1] == "," and any(toks.lows[q] in {"and", "or"} for q in range(*head)):
        comma, needed = start - 1, 1
    else:
        return head
    first, items = None, 0
    while comma > 0:
        item = _noun_phrase_ending_at(toks, comma - 1)
        if item is None or item[1] != comma or not _names_an_item(toks, item):
            break
        first, items = item[0], items + 1
        if first < 2 or toks.words[first - 1] != ",":
            break
        comma = first - 1
    if first is None or items < needed or not _opens_clause(toks, first):
        return head
    return first, head[1]


def _names_an_item(toks: Tokens, item: tuple[int, int]) -> bool:
    """A name ("Ana Ruiz") or a short determined noun phrase ("the governor"), no verb or adverb in
    it: an item of a list of speakers."""
    words = range(*item)
    if all(toks.is_word(q) and toks.is_capitalized(q) for q in words):
        return item[1] - item[0] > 1 or toks.lows[item[0]] not in _NOT_LISTED
    return toks.lows[item[0]] in DETERMINERS and item[1] - item[0] <= _MAX_LISTED_PHRASE and all(
        toks.is_word(q) and (q == item[0] or not toks.is_capitalized(q)) and toks.lows[q] not in VERB_FORMS
        and toks.lows[q] not in CUE_WORDS and not toks.lows[q].endswith(("ed", "ing", "ly")) for q in words
    )


def _with_relative_clause(toks: Tokens, head: tuple[int, int], j: int) -> tuple[int, int]:
    """``officials who spoke with the Post said``, ``officials whose laws were struck down say``: the
    phrase before the cue ends a relative clause, so the source is the clause's antecedent with it.
    A subject pronoun there ends no relative clause: in "Speaking of the crew
    who died he said" the source is "he"."""
    if head[1] - head[0] == 1 and toks.lows[head[0]] in _SUBJECT_PRONOUNS:
        return head
    return _relative_source(toks, head[0], j) or head


def _relative_source(toks: Tokens, start: int, j: int, opening: bool = True) -> tuple[int, int] | None:
    """The antecedent of a relative clause that ends right before the cue after ``j`` and whose last
    words before ``start`` hold its pronoun, with the clause; None when there is none. The antecedent
    follows the comma after the content when the cue ends the sentence ("..., an official who asked
    not to be named said."), or (``opening``) opens a clause."""
    for w in range(start - 1, max(start - _MAX_RELATIVE, 0), -1):
        if not toks.is_word(w) or toks.quoted[w]:
            return None
        if (toks.lows[w] in {"who", "whose"} or (toks.lows[w] == "that" and _relative_that(toks, w))) and w > 0 \
                and toks.is_word(w - 1):
            antecedent = _noun_phrase_ending_at(toks, w - 1)
            if antecedent is not None and (_closing_source(toks, antecedent[0], j)
                                           or (opening and _opens_clause(toks, antecedent[0]))):
                return antecedent[0], j + 1
            return None
    return None


def _closing_source(toks: Tokens, k: int, j: int) -> bool:
    """Whether a source starting at ``k`` follows a comma and the one-word cue after ``j`` ends the
    sentence, or only a time phrase follows it ("said on Tuesday")."""
    if k < 2 or toks.words[k - 1] != ",":
        return False
    q = j + 2
    while q < len(toks.words) and (toks.lows[q] in TIME_PHRASE_WORDS or toks.lows[q][0].isdigit()):
        q += 1
    return q >= len(toks.words) or toks.words[q] in SENTENCE_END


def _relative_that(toks: Tokens, w: int) -> bool:
    """"A study that appeared in the journal found": "that" after a common noun (no verb, no pronoun)
    and before a verb opens a relative clause rather than a reported one."""
    if w == 0 or w + 1 >= len(toks.words):
        return False
    nxt = toks.lows[w + 1]
    if not (nxt in VERB_FORMS or nxt in _AUXILIARIES or nxt in RUNNING_VERBS
            or (nxt.endswith("ed") and not toks.is_capitalized(w + 1))):
        return False
    if nxt in _BE_AUXILIARIES and w + 2 < len(toks.words) and toks.lows[w + 2].endswith("ed"):
        return False  # "the files that were hacked suggested": the thing done to is no speaker
    low = toks.lows[w - 1]
    return low.isalpha() and not toks.is_capitalized(w - 1) and low not in CUE_WORDS and low not in VERB_FORMS \
        and low not in PRONOUNS and low not in CLAUSE_WORDS and not low.endswith(("ed", "ly", "ing"))


def _name_in_quotes_source(toks: Tokens, j: int) -> tuple[int, int] | None:
    """``A group called "the X resistance" said``: a quoted name ends the source."""
    for o in range(j - 1, max(j - _MAX_NAME_IN_QUOTES, 0), -1):
        if toks.words[o] in QUOTE_OPEN and not toks.quoted[o]:
            head = _noun_phrase_ending_at(toks, o - 1)
            return (head[0], j + 1) if head else None
    return None


def before_cue(toks: Tokens, i: int) -> int:
    """The last token before cue ``i`` that is not an adverb, auxiliary or time
    phrase ("has since", "on Tuesday", "this past week")."""
    j = i - 1
    while j >= 0:
        if skippable_before_cue(toks, j):
            j -= 1
        elif toks.lows[j] in TIME_WORDS and j > 0 and not _time_in_name(toks, j):
            j -= 1
            while j >= 0 and toks.lows[j] in _TIME_LEAD:
                j -= 1
        elif toks.lows[j] in _FLOATING and j > 0 and toks.lows[j - 1] not in PREPOSITIONS | DETERMINERS:
            j -= 1
        else:
            break
    return j


def skippable_before_cue(toks: Tokens, j: int) -> bool:
    """An auxiliary, negation or adverb between a source and its cue."""
    low = toks.lows[j]
    if low in SKIP_BEFORE_CUE or low.endswith(_NEGATION):
        return True
    if low in _DEGREE_ADVERBS and j + 1 < len(toks.words) and toks.lows[j + 1].endswith("ly"):
        return True
    return low.endswith("ly") and len(low) > 4 and not toks.is_capitalized(j) and low not in _LY_NOUNS


def _opening_quote(toks: Tokens, j: int) -> int | None:
    """The opening mark of the quote that the mark at ``j`` closes."""
    q = j - 1
    while q >= 0 and toks.quoted[q]:
        q -= 1
    return q if q >= 0 and toks.words[q] in QUOTE_OPEN else None


def _appositive_source(toks: Tokens, j: int, aside_end: int | None = None) -> tuple[int, int] | None:
    """``X, a spokesman for Y, said`` keeps the aside, and so does ``X -- a teacher from Dover --
    said``, with its closing dash (PolNeAR train: 33 times, without it 11).

    An aside may itself hold commas ("a driver from Dover, Del., who ..."):
    when the phrase before the nearest comma does not stand alone as a name,
    the aside reaches back over earlier commas to the sentence start.
    """
    dash = toks.words[j] in APPOSITIVE_DASHES
    k = _previous_delimiter(toks, j if aside_end is None else aside_end, dash)
    if dash:
        head = _noun_phrase_ending_at(toks, k - 1) if k is not None else None
        if head is not None and k is not None and (toks.lows[k + 1] in _RELATIVE_OPENERS or toks.lows[head[0]] in PRONOUNS):
            return head  # "Roe -- who chairs the panel -- said" (train: without the aside 8 times, with it 2)
        return (head[0], j + 1) if head is not None else None
    role = _role_before_name(toks, k, j) if k is not None else None
    if role is None and k is not None:
        role = _name_before_role(toks, k, j)
    if role is not None:
        return role, j + 1
    for _ in range(_MAX_ASIDE_COMMAS):
        if k is None:
            return None
        head = _noun_phrase_ending_at(toks, k - 1)
        if head is not None and _opens_clause(toks, head[0]):
            return head if _is_adverbial(toks, k + 1) or _lone_name_before_relative(toks, head, k) \
                or _speaks_again(toks, k + 1) else (head[0], j + 1)
        if head is not None and all(toks.is_capitalized(q) for q in range(k + 1, j)) \
                and (described := _relative_source(toks, head[0], k - 1)) is not None:
            # "The company that runs the plant, DTEK, said": a name after a relative clause (", Ms. Roe
            # recalled," is an aside of its own)
            return described[0], j + 1
        k = _previous_delimiter(toks, k, dash)
    return None


def _role_before_name(toks: Tokens, comma: int, j: int) -> int | None:
    """"..., her chief adviser, Omar Lind, told the paper": after what was said and a comma, a short
    determined noun phrase and the name set off after it are one source, though the phrase opens no
    clause of its own; where the phrase starts."""
    name = range(comma + 1, j)
    if not name or not all(toks.is_word(q) and toks.is_capitalized(q) for q in name):
        return None
    head = _noun_phrase_ending_at(toks, comma - 1)
    if head is None or head[1] != comma or head[0] < 2 or toks.words[head[0] - 1] != ",":
        return None
    phrase = range(*head)
    # A name may describe the role ("the Pentagon's press secretary"); the role's own noun is lowercase.
    if toks.lows[head[0]] not in NOUN_DETERMINERS or len(phrase) > _MAX_ROLE_WORDS \
            or not all(toks.is_word(q) for q in phrase) or toks.is_capitalized(head[1] - 1):
        return None
    return head[0]


def _name_before_role(toks: Tokens, comma: int, j: int) -> int | None:
    """"..., Jane Roe, a police spokeswoman, said", "..., General Ali Reza, director of the staff, told
    reporters": after what was said and a comma, a name and the role set off after it are one source,
    though the name opens no clause of its own (else the source would reach back over what was said);
    where the name starts."""
    if comma + 1 >= j or toks.is_capitalized(comma + 1) or not toks.words[comma + 1][:1].isalpha() \
            or not _ends_report(toks, j + 1):
        return None
    opening = _previous_delimiter(toks, comma, False)
    if opening is None or opening < 2 or comma - opening - 1 > _MAX_NAME_WORDS:
        return None
    name = range(opening + 1, comma)
    if not name or not all(toks.is_word(q) and toks.is_capitalized(q) for q in name) \
            or toks.words[comma - 1].endswith("."):  # "of Raleigh, N.C., who ...": a place's abbreviation
        return None
    return opening + 1


def _ends_report(toks: Tokens, cue: int) -> bool:
    """Whether the cue at ``cue`` closes its sentence's report: a few words at most after it ("said on
    Friday.", "told reporters."), no clause ("said that ...", "said he ...")."""
    end = next((q for q in range(cue + 1, len(toks.words)) if toks.words[q] in SENTENCE_END), len(toks.words))
    tail = range(cue + 1, end)
    return len(tail) <= _MAX_CLOSING_WORDS and not any(
        toks.lows[q] == "that" or toks.lows[q] in PRONOUNS or not toks.is_word(q) for q in tail)


def _lone_name_before_relative(toks: Tokens, head: tuple[int, int], comma: int) -> bool:
    """"Roe, who chairs the panel, said": PolNeAR marks a one-word name before its cue without the
    relative clause after it (train: 61 times, with it 28), while a longer phrase keeps it; so too a
    one-word name of an organization or a place before "which" ("Harwich, which runs the ferry,
    said")."""
    return head[1] - head[0] == 1 and toks.is_capitalized(head[0]) and toks.lows[comma + 1] in _RELATIVE_OPENERS


def _opens_clause(toks: Tokens, k: int) -> bool:
    """Whether a subject may start at ``k``: the sentence start, after a
    conjunction or a fronted phrase, not inside a phrase ("by a margin")."""
    if k == 0:
        return True
    prev = toks.words[k - 1]
    if prev == ",":
        return _after_fronted(toks, k)
    if toks.lows[k - 1] in _FOCUS_ADVERBS:
        return _opens_clause(toks, k - 1)  # "Even the crews, like the captains, say"
    if k == 1 and toks.lows[0] in LEADING_ADVERBS:
        return True  # "Now Roe, who has raised the most, hopes ..."
    return toks.lows[k - 1] in _CLAUSE_OPENERS or not toks.is_word(k - 1)


def _after_fronted(toks: Tokens, k: int) -> bool:
    """``In October, Mrs. Roe, the nominee, proposed``: ``k`` opens the clause
    right after a fronted phrase."""
    start = 1 if toks.lows[0] in _OPENING_CONJUNCTIONS else 0
    return _past_fronted_phrase(toks, start, k) == k


def _is_adverbial(toks: Tokens, k: int) -> bool:
    """An aside that frames the statement ("in turn", "speaking in Ohio",
    "however", "who was granted anonymity") rather than describing the speaker."""
    low = toks.lows[k]
    if low == "who" and _tells_why_unnamed(toks, k):
        return True
    if low in _DESCRIBING_OPENERS:
        return False
    if low in _ADVERBIAL_OPENERS or low in LEADING_ADVERBS:
        return True
    return not toks.is_capitalized(k) and low.endswith(("ing", "ly")) and len(low) > 4


def _tells_why_unnamed(toks: Tokens, k: int) -> bool:
    """"..., who was granted anonymity to describe the ferry talks, said", "..., who asked not to be
    named,": a relative clause telling the terms on which the source spoke, which PolNeAR leaves
    out of the source (train: out 17 times, kept 4)."""
    for q in range(k + 1, len(toks.words)):
        low = toks.lows[q]
        if low == "," or low in SENTENCE_END or not toks.is_word(q):
            return False
        if low in WHY_UNNAMED or (low in _UNNAMED_PARTICIPLES and toks.lows[q - 1] == "be"):
            return True
    return False


def _previous_delimiter(toks: Tokens, j: int, dash: bool) -> int | None:
    """The comma (or dash) that opens the aside ending at ``j``, skipping a
    quote inside the aside; None when a sentence boundary comes first."""
    k = j - 1
    while k >= 0:
        w = toks.words[k]
        if (dash and w in APPOSITIVE_DASHES) or (not dash and w == ","):
            break
        if w in QUOTE_CLOSE and k > 0 and toks.quoted[k - 1]:
            opening = _opening_quote(toks, k)
            if opening is None:
                return None
            k = opening - 1
            continue
        if w in QUOTE_OPEN or w in QUOTE_CLOSE or w in SENTENCE_END or w == ";":
            return None
        k -= 1
    if k <= 0 or j - k < 2:
        return None
    return k


def _noun_phrase_ending_at(toks: Tokens, j: int) -> tuple[int, int] | None:
    """The noun phrase whose last token is ``j``, scanning leftwards.

    A pronoun right before the cue is the whole source: PolNeAR marks the
    relative pronoun of "officials who said", not its antecedent.
    """
    if toks.lows[j] in PRONOUNS:
        return j, j + 1
    k = j
    while k >= 0:
        w, low = toks.words[k], toks.lows[k]
        if low in _RELATIVE_PRONOUNS:
            break
        if w == ")":
            opening = _matching_paren(toks, k)
            if opening is None:
                break
            k = opening - 1
            continue
        if low in {"and", "or", "&"} and (_joins_names(toks, k) or (k < j and _inside_a_name(toks, k))):
            k -= 1
            continue
        if (not toks.is_word(k) and w != "%") or toks.quoted[k]:
            break
        if low == "to" and 0 < k < j and toks.lows[k - 1] in _TIED_BY_TO:
            k -= 1
            continue
        if k < j and (opening := _quantity_opening(toks, k)) is not None:
            k = opening - 1
            continue
        if low == "whose" and k < j:
            k -= 1
            break
        if low in CLAUSE_WORDS and not (k > 0 and toks.is_capitalized(k)):
            break
        if low in CUE_WORDS and k < j and not _reads_as_noun(toks, k) and is_cue(toks, k):
            break
        if k < j and _reads_as_verb(toks, k):
            break
        if low in DETERMINERS and k > 0 and not _extends_determiner(toks, k - 1):
            k -= 1
            break
        k -= 1
    return trim_noun_phrase(toks, k + 1, j + 1)


def _inside_a_name(toks: Tokens, k: int) -> bool:
    """"the progressive Institute for Harbor and Ferry Research", "by the Dover Gazette and Coast Radio":
    an "and" between capitalized words, the one before it the end of a name of two words or more, joins
    within one name (or two named bodies), not two clauses ("to Iowa and Trump said" is no name)."""
    if k < 2 or not (toks.is_capitalized(k - 1) and toks.is_capitalized(k + 1)) or not toks.is_word(k - 1):
        return False
    if toks.is_capitalized(k - 2) and toks.is_word(k - 2):
        return True
    return k >= 3 and toks.lows[k - 2] in _NAME_PREPOSITIONS and toks.is_capitalized(k - 3)


def _quantity_opening(toks: Tokens, k: int) -> int | None:
    """Where a quantity or a negated subject that a clause word at ``k`` belongs to opens: "more
    than half of voters", "as many as 40 percent", "neither Roe nor her aides", "not everyone"."""
    low = toks.lows[k]
    if low == "than" and k > 0 and toks.lows[k - 1] in _COMPARATIVES:
        return k - 1
    if low == "as" and k > 1 and toks.lows[k - 1] in _AS_MANY and toks.lows[k - 2] == "as":
        return k - 2
    if low == "nor":
        return next((q for q in range(k - 1, max(k - _MAX_CONJUNCT, -1), -1) if toks.lows[q] == "neither"), None)
    if low == "not" and toks.lows[k + 1] in _NEGATED_SUBJECTS:
        return k
    return None


def _reads_as_verb(toks: Tokens, k: int) -> bool:
    """"Clinton began Sunday", "a speech that included Trump": a verb form not
    used as a modifier (modifiers follow a determiner: "the embattled mayor")."""
    low = toks.lows[k]
    if toks.is_capitalized(k) or low not in VERB_FORMS:
        return False
    prev = toks.lows[k - 1] if k > 0 else ""
    return not (
        prev in DETERMINERS or prev.endswith(POSSESSIVE_ENDINGS) or prev.endswith("ly") or prev in {"most", "more"}
    )


def _extends_determiner(toks: Tokens, k: int) -> bool:
    """What may stand before a determiner inside one noun phrase: "voters in
    all the states", "nearly all", "Sanders's most ardent fans"."""
    low = toks.lows[k]
    if low in {"and", "or"}:
        return _joins_names(toks, k)
    if low == "to":
        return k > 0 and toks.lows[k - 1] in _TIED_BY_TO
    if low in {"nor", "than", "as"}:
        return _quantity_opening(toks, k) is not None
    return (
        low in PREPOSITIONS or low in DETERMINERS or low in _QUANTIFIERS or low.endswith(POSSESSIVE_ENDINGS)
    )


def _reads_as_noun(toks: Tokens, k: int) -> bool:
    """"the post", "Washington Post": a cue word used as a noun or a name."""
    return k > 0 and (toks.is_capitalized(k) or toks.lows[k - 1] in DETERMINERS)


def _matching_paren(toks: Tokens, k: int) -> int | None:
    """The "(" of the short parenthesis closed at ``k`` ("(D-Ill.)")."""
    for p in range(k - 1, max(k - _MAX_PARENTHESIS, -1), -1):
        if toks.words[p] == "(":
            return p
    return None


def _joins_names(toks: Tokens, k: int) -> bool:
    """"Mrs. Clinton and her campaign said": ``and`` at ``k`` joins two noun
    phrases when the one before it opens the clause and reads as a name or a
    determined noun phrase (no verb in it)."""
    if not 0 < k < len(toks.words) - 1:
        return False
    end = k
    if toks.words[k - 1] == ")":
        # "Sen. Dana Roe (D-Ohio) and ...": the label after a name is part of the left conjunct
        opening = _matching_paren(toks, k - 1)
        if opening is None or opening == 0 or not toks.is_capitalized(opening - 1):
            return False
        end = opening
    start = end - 1
    while start >= 0 and toks.is_word(start) and toks.lows[start] not in CLAUSE_WORDS:
        start -= 1
    start += 1
    if start >= end or end - start > _MAX_CONJUNCT:
        return False
    if _plural_nouns(toks, start, end):
        return True
    if end - start == 1 and toks.lows[start] in _SUBJECT_PRONOUNS:
        return True  # "she and other Democrats said"
    if end - start == 1 and toks.lows[k] == "and" and _modifies_like(toks, start, k + 1):
        return True  # "current and former clerks said", "city and county records show"
    # "candidates Hillary Clinton and Donald Trump", "experts on North Korea and ...": a left conjunct
    # that ends on a name may open with the nouns and prepositions that describe it.
    named = toks.is_capitalized(end - 1)
    determined = False
    for q in range(start, end):
        low = toks.lows[q]
        if low in DETERMINERS or low in _QUANTIFIERS or low.endswith(POSSESSIVE_ENDINGS):
            determined = True
        elif not (toks.is_capitalized(q) or low in NP_PREPOSITIONS or determined
                  or (named and _describes_name(toks, q))):
            return False
    return True


def _modifies_like(toks: Tokens, left: int, right: int) -> bool:
    """A lone lowercase word before "and" and a lowercase word after it that a noun follows: two
    modifiers of one noun, not two noun phrases."""
    if right + 1 >= len(toks.words) or toks.is_capitalized(left) or toks.is_capitalized(right) \
            or not _reads_as_noun_after(toks, right + 1):
        return False
    return all(toks.lows[q].isalpha() and toks.lows[q] not in VERB_FORMS and toks.lows[q] not in CUE_WORDS
               and toks.lows[q] not in CLAUSE_WORDS and toks.lows[q] not in DETERMINERS
               and not toks.lows[q].endswith(("ly", "ing")) for q in (left, right))


def _reads_as_noun_after(toks: Tokens, q: int) -> bool:
    """A word after a modifier that may be the noun it modifies: no verb form, determiner or clause word."""
    low = toks.lows[q]
    return toks.is_word(q) and low.isalpha() and low not in VERB_FORMS and low not in CUE_WORDS \
        and low not in CLAUSE_WORDS and low not in DETERMINERS and not low.endswith(("ed", "ly"))


def _describes_name(toks: Tokens, q: int) -> bool:
    """A lowercase word that may stand in a phrase ending on a name: a noun or a preposition, no verb."""
    low = toks.lows[q]
    return low.isalpha() and low not in VERB_FORMS and low not in CUE_WORDS \
        and not low.endswith(("ed", "ing", "ly"))


def _plural_nouns(toks: Tokens, start: int, end: int) -> bool:
    """"lawyers and legal experts said", "police and witnesses said": a bare plural opening the clause,
    with no verb form in it."""
    last = toks.lows[end - 1]
    return (start == 0 or toks.lows[start - 1] in _CLAUSE_OPENERS or toks.words[start - 1] == ",") \
        and ((last.endswith("s") and not last.endswith("ss")) or last in _COLLECTIVE_PLURALS) and all(
            toks.is_word(q) and toks.lows[q] not in VERB_FORMS and toks.lows[q] not in CUE_WORDS
            and not toks.lows[q].endswith(("ed", "ing", "ly")) for q in range(start, end)
        )


def trim_noun_phrase(toks: Tokens, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` without a leading adverb or fronted phrase and without a
    trailing time phrase, preposition or article; None when nothing is left."""
    while start < end and (toks.lows[start] in LEADING_ADVERBS or toks.lows[start] in _LEFT_OUT_FOCUS):
        start += 1
    if start < end and toks.lows[start] in PREPOSITIONS and not is_quantity(toks, start):
        start = _subject_after_fronted_phrase(toks, start, end)
    kept = end
    while end - start > 1 and toks.lows[end - 1] in TIME_WORDS and not _time_in_name(toks, end - 1):
        end -= 1
        while end - start > 1 and toks.lows[end - 1] in TIME_MODIFIERS:
            end -= 1
    # A time phrase after a participle, or ending a relative clause ("..., who spoke here on Tuesday"), says
    # when the source did something, and stays in it.
    if end < kept and (_dates_a_release(toks, end - 1)
                       or not _RELATIVE_OPENERS.isdisjoint(toks.lows[start:end])):
        end = kept
    while end > start and toks.lows[end - 1] in _DANGLING:
        end -= 1
    if start >= end:
        return None
    return start, end


def _time_in_name(toks: Tokens, k: int) -> bool:
    """"USA Today", "USA TODAY": a capitalized "today" or "tonight" after a capitalized word is part of a
    name."""
    return toks.lows[k] in _NAMING_TIMES and k > 0 and toks.is_capitalized(k) and toks.is_capitalized(k - 1)


def _dates_a_release(toks: Tokens, k: int) -> bool:
    """"a poll released Monday", "figures published Thursday": a time phrase after a participle dates
    the source, and stays in it."""
    low = toks.lows[k]
    return k > 0 and not toks.is_capitalized(k) and (low.endswith("ed") or low in _RELEASE_PARTICIPLES)


def _subject_after_fronted_phrase(toks: Tokens, start: int, end: int) -> int:
    """``At a rally Tuesday the senator said``: the subject starts at the last
    determiner, or the last name that follows a lowercase or time word."""
    for p in range(end - 1, start, -1):
        low = toks.lows[p]
        prev = toks.lows[p - 1]
        if low in DETERMINERS and low != "that":
            return p
        if toks.is_capitalized(p) and (p - 1 == start or not toks.is_capitalized(p - 1) or prev in TIME_WORDS):
            if prev not in NP_PREPOSITIONS:
                return p
    return end


def source_after(toks: Tokens, i: int, cue_end: int) -> tuple[int, int] | None:
    """Inverted order after a fronted quote or clause: ``"...," said Roe``."""
    end = phrase_end(toks, cue_end)
    if i == 0:
        # 'Said Roe, "We will win."': a verb of saying opening the sentence before a name and a comma.
        if not (toks.lows[0] in _OPENING_SPEECH and end > cue_end and toks.is_capitalized(cue_end)
                and end < len(toks.words) and toks.words[end] in {",", ":"}):
            return None
    elif toks.words[i - 1] not in _BEFORE_INVERSION or (toks.words[i - 1] == "," and toks.lows[i] not in _INVERTING):
        return None
    if end == cue_end + 1 and toks.lows[cue_end] in PRONOUNS and end < len(toks.words) and toks.is_word(end):
        return None
    if end < len(toks.words) and toks.lows[end] in _FINITE_VERBS and toks.lows[end - 1] not in _RELATIVE_PRONOUNS:
        return None  # "X, the chair, said the council will vote": the phrase is the subject of what was said
    if end < len(toks.words) and toks.lows[end] in {"and", "or"} and _verb_ahead(toks, end + 1):
        return None  # "X, Rafiqul, said his wife and two children were missing": the first of two subjects
    if end - 1 > cue_end and toks.lows[end - 1] == "who":
        # "..., said a police officer who asked not to be named.": the clause runs to the sentence end
        close = next((q for q in range(end, len(toks.words)) if not toks.is_word(q)), len(toks.words))
        if close == len(toks.words) or toks.words[close] in SENTENCE_END:
            return trim_noun_phrase(toks, cue_end, close)
    return _noun_phrase_after(toks, cue_end, end)


def _verb_ahead(toks: Tokens, k: int) -> bool:
    """Whether a finite verb comes within a few words from ``k``, with no mark or other verb between
    ("and added that the vote was close" is a second verb of the source, not a second subject)."""
    for q in range(k, min(len(toks.words), k + _MAX_CONJUNCT)):
        if not toks.is_word(q) or toks.lows[q] in CUE_WORDS or toks.lows[q] in VERB_FORMS:
            return False
        if toks.lows[q] in _FINITE_VERBS:
            return True
    return False


def phrase_end(toks: Tokens, start: int) -> int:
    """End of the words from ``start`` up to a clause word, a time word or a
    preposition that does not belong to a name ("of", "for", "from")."""
    end = start
    while end < len(toks.words) and toks.is_word(end) and not toks.quoted[end]:
        low = toks.lows[end]
        if low in _JOINERS and end + 1 < len(toks.words) and toks.is_capitalized(end + 1):
            end += 1
            continue
        # "endorsed by the union and the board": a second determined noun phrase joins the first.
        if low in {"and", "or"} and end > start and end + 1 < len(toks.words) \
                and toks.lows[end + 1] in NOUN_DETERMINERS:
            end += 1
            continue
        if end > start and _tied_to_speaker(toks, end):
            end += 1
            continue
        if (low in CLAUSE_WORDS and not toks.is_capitalized(end)) or (low in TIME_WORDS and not _time_in_name(toks, end)):
            break
        if low == "who" and _tells_why_unnamed(toks, end):
            break  # "said an aide who was granted anonymity to ...": see _tells_why_unnamed
        if low in PREPOSITIONS and low not in NP_PREPOSITIONS - {"in", "at", "with"}:
            break
        end += 1
    return end


def _tied_to_speaker(toks: Tokens, k: int) -> bool:
    """"said an aide close to the harbor board", "said one clerk familiar with the talks", "said a pilot
    involved in the planning": a preposition the word before it takes says who the speaker is, and
    the phrase after it stays in the source."""
    low, prev = toks.lows[k], toks.lows[k - 1]
    return (low == "to" and prev in _TIED_BY_TO) or _TIED_PREPOSITIONS.get(prev) == low


def _noun_phrase_after(toks: Tokens, start: int, end: int) -> tuple[int, int] | None:
    """The phrase ``start:end`` with the short parenthesis ("Sen. Ana Ruiz (D-Ore.)") and the aside
    that follow it, if any, with the aside's closing comma (PolNeAR train: 17 times, without it 7)."""
    if end == start:
        return None
    if end < len(toks.words) and toks.words[end] == "(":
        end = next((q + 1 for q in range(end + 1, min(len(toks.words), end + _MAX_PARENTHESIS))
                    if toks.words[q] == ")"), end)
    if end + 1 < len(toks.words) and toks.words[end] == "," and not _is_adverbial(toks, end + 1) \
            and not _speaks_again(toks, end + 1):
        aside_end = through_aside(toks, end + 1)
        if aside_end > end + 1:  # no aside when a quote follows the comma: 'said Roe, "We ..."'
            end = aside_end
            if end < len(toks.words) and toks.words[end] == ",":
                end += 1  # the comma closing the aside, as before a cue ("said Roe, a lawyer, adding")
    return trim_noun_phrase(toks, start, end)


def _speaks_again(toks: Tokens, k: int) -> bool:
    """"said one aide, who added that ...", "Roe, who said in May that ..., issued a statement": a
    relative clause whose verb is one of saying is a frame of the relative pronoun's own, not an aside
    of the source."""
    return toks.lows[k] == "who" and k + 1 < len(toks.words) and toks.lows[k + 1] in SPEECH_VERBS


def through_aside(toks: Tokens, k: int) -> int:
    """End of an aside after a source ("said Roe, a lawyer for the family, who
    ..."): the sentence end, or a comma before a phrase that frames the statement."""
    n = len(toks.words)
    while k < n:
        w = toks.words[k]
        if w == "," and k + 1 < n and _is_adverbial(toks, k + 1):
            return k
        if w in QUOTE_OPEN and not toks.quoted[k] or (w in SENTENCE_END and k == n - 1):
            return k
        k += 1
    return k


def sentence_subject(toks: Tokens, limit: int) -> tuple[int, int] | None:
    """The subject of the clause that ends at ``limit``: the noun phrase opening
    it, after a dateline or a fronted phrase set off by a comma."""
    p = _past_fronted_phrase(toks, _clause_start(toks, limit), limit)
    if p is None or p >= limit or not toks.is_word(p) or toks.quoted[p]:
        return None
    if toks.lows[p] in PRONOUNS:
        return p, p + 1
    end = _noun_phrase_from(toks, p, limit)
    if end == p:
        return None
    end = _through_appositive(toks, p, end, limit)
    return trim_noun_phrase(toks, p, end)


def _clause_start(toks: Tokens, limit: int) -> int:
    """After the last ``;`` or ``, and``/``, but`` that opens a new clause."""
    for q in range(limit - 2, 0, -1):
        w = toks.words[q]
        if w == ";" or (toks.lows[q] in {"and", "but"} and toks.words[q - 1] == ","):
            nxt = q + 1
            if nxt < limit and (toks.is_capitalized(nxt) or toks.lows[nxt] in PRONOUNS | DETERMINERS):
                return nxt
    return 0


def _past_fronted_phrase(toks: Tokens, p: int, limit: int) -> int | None:
    """Where the clause proper starts after ``p``: past a dateline
    ("CLEVELAND, Ohio — ") and a fronted phrase set off by a comma ("In
    October, ", "Speaking in Ohio, ", "Moreover, "); None when such a phrase has no comma."""
    while p < limit and not toks.is_word(p):
        p += 1
    dash = next(
        (q for q in range(p, min(limit, p + _MAX_DATELINE)) if toks.words[q] in DATELINE_DASHES), None
    )
    if dash is not None and all(
        toks.is_capitalized(q) or toks.words[q] in _DATELINE_MARKS or toks.words[q][0].isdigit()
        for q in range(p, dash)
    ):
        p = dash + 1
    if p < limit and (
        toks.lows[p] in _FRONTING_WORDS
        or toks.lows[p] in _FRONTED_ADVERBS
        or (toks.lows[p] in LEADING_ADVERBS and p + 1 < limit and toks.words[p + 1] == ",")
        or (toks.lows[p].endswith(("ly", "ing")) and not _is_first_name(toks, p, limit))
        or _opens_with_participle(toks, p, limit)
        or _opens_with_time_phrase(toks, p, limit)
    ):
        comma = next((q for q in range(p, limit) if toks.words[q] == ","), None)
        if comma is None:
            return None
        after = comma + 1
        if after < limit and toks.words[after] in QUOTE_CLOSE:
            after += 1  # 'When X called it "a farce," Roe ...': the quote closes after its comma
        return _past_more_fronted(toks, after, limit)
    return p


def _past_more_fronted(toks: Tokens, p: int, limit: int) -> int:
    """``On Tuesday, however, the chair, Ana Ruiz, said``: after a fronted phrase, more of them, each
    with its comma (an adverb, a phrase of place or time), before the clause proper."""
    for _ in range(_MAX_ASIDE_COMMAS):
        nxt = p + 1
        if nxt < limit and toks.words[nxt] == "," and (
            toks.lows[p] in LEADING_ADVERBS or (toks.lows[p].endswith("ly") and not toks.is_capitalized(p))
            or _abbreviated_place(toks, p)
        ):
            p = nxt + 1
            continue
        if p < limit and (toks.lows[p] in _FRONTING_WORDS or _opens_with_time_phrase(toks, p, limit)):
            comma = next((q for q in range(p, limit) if toks.words[q] == ","), None)
            if comma is None:
                return p
            p = comma + 1
            continue
        return p
    return p


def _abbreviated_place(toks: Tokens, p: int) -> bool:
    """"(in Beaumont,) Tex.,", "(in Dover,) Del.,": a short capitalized abbreviation after a place and its
    comma ends the place a fronted phrase names, not the phrase."""
    w = toks.words[p]
    return p > 1 and toks.words[p - 1] == "," and toks.is_capitalized(p - 2) and w.endswith(".") \
        and w[:-1].isalpha() and toks.is_capitalized(p) and len(w) <= _MAX_PLACE_ABBREVIATION


def _is_first_name(toks: Tokens, p: int, limit: int) -> bool:
    """"Carly Fiorina", "Kelly Ayotte": a capitalized "-ly" word before a name is no adverb."""
    nxt = p + 1
    return (
        toks.lows[p].endswith("ly") and toks.is_capitalized(p) and nxt < limit
        and toks.is_capitalized(nxt) and toks.lows[nxt] not in TIME_WORDS
    )


def _opens_with_time_phrase(toks: Tokens, p: int, limit: int) -> bool:
    """"Hours later, ", "A few days later, ", "Two weeks after the vote, ", "This Sunday, ": a phrase of
    time that opens the sentence is no subject."""
    if p + 1 < limit and toks.lows[p] in TIME_MODIFIERS and toks.lows[p + 1] in TIME_WORDS:
        return True
    q = p
    while q < limit and (toks.lows[q] in TIME_PHRASE_WORDS or toks.lows[q][0].isdigit()):
        if toks.lows[q] in _TIME_PHRASE_ENDS and q > p:
            return True
        q += 1
    return False


def _opens_with_participle(toks: Tokens, p: int, limit: int) -> bool:
    return toks.lows[p].endswith("ed") and p + 1 < limit and toks.lows[p + 1] in _AFTER_FRONTED_PARTICIPLE


def _noun_phrase_from(toks: Tokens, p: int, limit: int) -> int:
    """End of the subject starting at ``p``, scanning rightwards up to what
    reads as its verb: an auxiliary, a cue or common verb, an "-ed" form
    after a noun, or punctuation (a parenthesis like "(R-Tex.)" is kept). An "and" that joins
    two names ("The mayor and her deputy toured the pier and warned ...") is passed over once."""
    k = p
    joined = None
    while k < limit:
        if k - p >= _MAX_SUBJECT:
            # Past the cap no verb was found: a subject joined by "and" ends before it.
            return joined if joined is not None else k
        w, low = toks.words[k], toks.lows[k]
        if w == "(":
            close = next(
                (q for q in range(k + 1, min(limit, k + _MAX_PARENTHESIS)) if toks.words[q] == ")"), None
            )
            if close is None:
                break
            k = close + 1
            continue
        if low == "and" and k > p and joined is None and _joins_names(toks, k):
            joined = k
            k += 1
            continue
        if not toks.is_word(k) or toks.quoted[k] or low in CLAUSE_WORDS or low in SKIP_BEFORE_CUE:
            break
        if k > p and not toks.is_capitalized(k) and (
            low in CUE_WORDS or low in VERB_FORMS or (low.endswith("ed") and not determines_noun(toks, k - 1))
        ):
            break
        k += 1
    return joined if joined is not None and k == joined + 1 else k


def _through_appositive(toks: Tokens, start: int, end: int, limit: int) -> int:
    """``Mrs. Roe, the party's nominee, proposed``: the aside up to its comma; a relative clause too
    ("Ana Roe, who chairs the panel, left, saying"), save after a one-word name (see
    :func:`_lone_name_before_relative`)."""
    if end + 1 >= limit or toks.words[end] != "," or _is_adverbial(toks, end + 1):
        return end
    relative = toks.lows[end + 1] in _RELATIVE_OPENERS
    if relative and end - start == 1 and toks.is_capitalized(start):
        return end
    if not (toks.lows[end + 1] in DETERMINERS or toks.is_capitalized(end + 1) or relative):
        return end
    for q in range(end + 1, min(limit, end + _MAX_APPOSITIVE)):
        if toks.words[q] == ",":
            return q + 1
        if not toks.is_word(q) or (toks.lows[q] in CLAUSE_WORDS and not relative):
            return end
    return end
