"""The attributions of one sentence as token-range frames.

Each token outside quotation marks may cue a frame: "according to X"; a
passive with its agent ("endorsed by X"); a stance adjective after a copula
("X is eager to"); a cue that names no source ("X is expected to", "Asked
whether ..."); or a verb of saying, thinking or stance from the lexicon,
whose source is before it, after it ('"...," said X') or the subject it
shares with an earlier verb ("X left, saying ..."). A headline or
transcript label ("SMITH: ...") is a frame too.
"""
from __future__ import annotations

from typing import Final

from claimgraph.ingest.attribution.contents import COUNT_START, clause_before, contents, right_content, to_sentence_end
from claimgraph.ingest.attribution.cue_context import cue_end, is_cue, particle_length
from claimgraph.ingest.attribution.sources import (
    before_cue,
    phrase_end,
    sentence_subject,
    skippable_before_cue,
    source_after,
    source_before,
    subject_through_asides,
    through_aside,
    trim_noun_phrase,
)
from claimgraph.ingest.attribution.tokens import Frame, Tokens
from claimgraph.ingest.cues import (
    AGENT_CUES,
    CLAUSE_OPENING_CUES,
    CREDIT_DASHES,
    CUE_WORDS,
    DATELINE_DASHES,
    DETERMINERS,
    ISSUED_NOUNS,
    ISSUING_VERBS,
    NESTED_CUES,
    NON_STATEMENT,
    NOT_AGENTS,
    NOT_SPEAKER_LABELS,
    NOUN_DETERMINERS,
    PARTICIPLE_CUES,
    PARTICLE_CUES,
    PASSIVE_ONLY_CUES,
    POLL_NOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    PUTTING_VERBS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    REPORTING_NOUNS,
    REVISING_VERBS,
    SENTENCE_END,
    SOURCELESS_CUES,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    TELL_FORMS,
    TIME_WORDS,
    TOPIC_PREPOSITIONS,
    WEAK_FORMS,
)
from claimgraph.ingest.dates import CALENDAR_NAMES
from claimgraph.ingest.figures import TOLL_WORDS
from claimgraph.ingest.names import DOCUMENT_HEADS

_MAX_LABEL: Final = 5
_POLL_REACH: Final = 8
_WITH_REACH: Final = 5
# Words that end the noun phrase after "with": "with the vote counted, saying" is no source.
_CLAUSE_BREAKS: Final = frozenset("that which who and but or is are was were has have had".split())
_MAX_LABEL_AT: Final = 14
_MIN_LABELLED_WORDS: Final = 3

_PROGRESSIVE: Final = frozenset("is are was were be been am 's 're ’s ’re".split())
# "went on to say", "refused to say", "met to discuss": infinitives that report what the
# subject of the main verb said or talked over; "sought to portray", "moved to emphasize" too (PolNeAR
# train marks 7 of 8 and 4 of 6; "to declare" is as often the object's: "led the chair to declare").
_INFINITIVE_CUES: Final = frozenset("say tell explain assert argue suggest note add insist acknowledge admit discuss "
                                     "portray emphasize".split())
_FULL_BE_FORMS: Final = frozenset("is are was were be been being".split())
_BE_FORMS: Final = _FULL_BE_FORMS | {"'s", "’s"}
_PASSIVE_ADVERBS: Final = frozenset("not also widely still generally now already".split())
_WHEN_WORDS: Final = frozenset("when if after once".split())
_COPULAS: Final = _BE_FORMS | frozenset("seems seemed appears appeared remains remained became".split())
_DEGREE_WORDS: Final = frozenset("very so too more most less particularly increasingly deeply highly".split())
# "for saying", "of admitting": a gerund there names an act, not a statement ("while saying" reports
# what the subject said as they did something else).
_CLAUSE_CLOSERS: Final = frozenset({",", ".", ";", ")", "?", "!"})
_GERUND_PREPOSITIONS: Final = frozenset("for of from against about at without than over like".split())
_ACCORDING_ASIDES: Final = frozenset({"a", "an", "another", "including"})
_ACCORDING_STOPS: Final = frozenset({",", ";", ":", "(", ")", ".", "!", "?", "-", "--", "—", "–"})
_EXISTENTIAL_VERBS: Final = frozenset("is are was were has have had will may might could would".split())
_RELATIVES: Final = frozenset({"who", "which", "whose"})
# Lowercase words a headline label may hold: "Roe at the convention: ...".
# Reporting nouns that an infinitive completes: "the council's decision to ...", "his refusal to ...".
_INTENT_NOUNS: Final = frozenset("decision decisions promise promises pledge pledges refusal".split())
_NOT_MODIFIERS: Final = frozenset("the a an and or but of to in on for with that this".split())
_LABEL_LINKS: Final = frozenset({"at", "to", "of", "and", "from", "on"})
# Who a sentence opening with "To" may name before its comma: "To them, ...", "To many, ...".
_TO_WHOM_WORDS: Final = frozenset("him her them me us many most some".split())
_MAX_TO_WHOM: Final = 8


_POSSESSIVE_ENDINGS: Final = ("'s", "’s", "s'", "s’")
# Cues that report a clause rather than take an object, and the words a reported clause opens with.
_CLAUSE_TAKING: Final = frozenset("say says said tell tells told".split())
_EXPLETIVE_BE_FORMS: Final = frozenset({"is", "was", "'s", "’s"})
_PERFECT_FORMS: Final = frozenset({"has", "had", "have"})
# Adverbs between "it was" and its participle that end in no "-ly": "it was later reported".
_IMPERSONAL_ADVERBS: Final = _PASSIVE_ADVERBS | frozenset({"later", "first", "since", "then", "often"})
_MEANING_VERBS: Final = frozenset({"means", "meant"})
_CLAUSE_PRONOUNS: Final = frozenset("he she they it we i".split())
_REPORTING_VERBS: Final = frozenset("said says say added wrote argued noted explained".split())
_TELLING_VERBS: Final = frozenset({"told", "tells", "tell"})
_CLAUSE_OPENING_WORDS: Final = PRONOUNS | frozenset({"that"})
# Nouns of opinion that frame the rest of the sentence after "in X's": "in the mayor's view, ...".
_VIEW_NOUNS: Final = frozenset({"view", "opinion", "estimation"})
_VIEW_REACH: Final = 8
# "Roe seemed to blame ...", "Roe appears to concede ...": the subject is the source of the cue after "to".
_SEEM_FORMS: Final = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
# "X put the death toll at 29", "putting its losses at three": a count given as a value, a claim of
# the verb's subject. The verbs, the nouns that hold the count, and how far "at" may follow the verb.
_COUNT_HOLDERS: Final = frozenset("toll tolls number numbers figure figures tally count dead deaths casualties losses"
                                  .split())
_COUNT_REACH: Final = 9
# "the ministry raised its toll to 28", "later revised the death toll to 105": a body changing its own
# count states the new one (the verbs are cues' REVISING_VERBS). Only nouns of a count someone keeps: "raised
# the number of troops to 4,000" is an act, not a statement.
_REVISED_HOLDERS: Final = frozenset("toll tolls tally count figure figures estimate estimates".split())
# "the number of dead", "the number of inmates killed": a number is a kept count when a toll word follows
# within these words.
_NUMBER_HOLDERS: Final = frozenset(("number", "numbers"))
_HARMED_REACH: Final = 3
_MAX_APPOSED_NAME: Final = 4
# "gave a count of 58", "offers a figure as high as 11": the verbs, and how far the count's noun may follow.
_GIVING: Final = frozenset("give gives gave given giving offer offers offered offering provide provides provided providing"
                           .split())
_GIVEN_HOLDER_REACH: Final = 5
# "the disaster office had counted 118 dead", "the monitor has documented 40 killings": a body counting
# gives the count it names right after the verb.
_COUNTING: Final = frozenset("counted recorded registered documented tallied".split())
# Every cue of a count frame: the verbs that put, give, revise or count a toll.
COUNT_CUES: Final = PUTTING_VERBS | _GIVING | REVISING_VERBS | _COUNTING
_UPPER_AND_LOWER_BOUNDS: Final = frozenset({("as", "high", "as"), ("as", "low", "as")})
# What may open a count given after "at" or "of", or a clause's count: a number or a vague amount
# (contents.COUNT_START), or a word that bounds it ("at least", "more than", "up to", "as many as").
_COUNT_BOUNDS: Final = frozenset("about around some nearly almost roughly approximately over well more than at least"
                                 " between up to as".split())
# "She appears before the delegates", "the clip appears on screen": showing up somewhere, no stance.
_APPEARING_PLACES: Final = frozenset("in on before at with alongside during onstage together".split())
# Verbs of blame and the preposition of what they blame for.
_BLAME_PREPOSITIONS: Final = {"accused": "of", "charged": "with", "criticized": "for", "blamed": "for",
                       "condemned": "for"}
# Prepositions that open what a passive's agent blames ("criticized by rivals for ...", "accused by the
# board of ..."): the agent ends before them.
_REASON_PREPOSITIONS: Final = frozenset({"for", "of"})
# Prepositions that make the noun phrase after them their object, not a subject; the quantifiers
# before "of" that make "of" part of a subject.
_OBJECT_PREPOSITIONS: Final = frozenset("in on of by about over at into under".split())
_PARTITIVES: Final = frozenset("many most some all none one each several both few any much".split())
# Subordinators whose clause inside another cue's object has a speaker of its own, as PolNeAR train
# marks it in 36% of such clauses or more ("while", "though": 13 of 17; "as", "because": 9 of 27;
# "if" opens a question).
CLAUSE_OF_ITS_OWN: Final = frozenset({"while", "whereas", "though", "although", "after", "when"})
_OPENING_SUBORDINATORS: Final = frozenset("after while before when since in by".split())
_SUBORDINATORS: Final = frozenset("while although though when after before because since if as whereas once unless".split())
# Words between an issuing verb's determiner and its document noun: "a new 30-second ad".
_MAX_DOCUMENT_MODIFIERS: Final = 3
# Verbs that only carry a noun of saying ("made a commitment", "gave an answer"), and the nouns.
_LIGHT_VERBS: Final = frozenset("make makes made making give gives gave giving offer offers offered offering".split())
_SAYING_NOUNS: Final = frozenset(
    """comment comments argument arguments answer answers prediction predictions reference references
    commitment commitments suggestion suggestions apology apologies plea pleas assurance assurances
    observation observations allegation allegations accusation accusations""".split()
)
# Words that end the modifiers before a noun of saying ("made it clear the comment" is no commitment).
_LIGHT_STOPS: Final = PREPOSITIONS | PRONOUNS
_TOPIC_OPENERS: Final = TOPIC_PREPOSITIONS | {"regarding", "concerning"}
_DOCUMENT_DETERMINERS: Final = frozenset("a an the its his her their another".split())
_MAX_CREDITED_NAME: Final = 6
# Adverbs a leftward scan from a cue may stop at, which name no speaker: "X came away convinced".
_ADVERBS: Final = frozenset(
    "far there ever sometimes almost away please twice seldom soon very well much more often".split()
)
# What may follow the name a quote is credited to: the sentence end or an aside.
_AFTER_CREDITED_NAME: Final = SENTENCE_END | {","}
# Verbs of causing a feeling: "the remark angered party leaders" reports how the leaders took it, and
# PolNeAR marks the object as the source, the verb as the cue (train: 8 of the 10 such frames these
# find). "alarmed" was measured and left out (1 of 3), and so were forms as often adjectives
# ("surprised", "worried", "frustrated", "troubled").
_FEELING_CAUSED: Final = frozenset(
    "angered angering infuriated infuriating irritated unsettled startled exasperated outraged offended enraged"
    " incensed irked alienated".split()
)
# Words after which such a form is a participle or an adjective ("was angered by", "felt offended", "an
# outraged crowd"), not a verb taking an object.
_NOT_BEFORE_FEELING: Final = _FULL_BE_FORMS | NOUN_DETERMINERS | frozenset(
    "get got gets getting feel felt feels become became very so more most deeply clearly too".split()
)
# What may open the object of such a verb: a quantifier or an object pronoun (with a determiner or a
# capital, which any name has).
_OBJECT_OPENERS: Final = frozenset("him her them us me many some most both all".split())
_DEMONSTRATIVES: Final = frozenset("that this those these".split())
# "went on to say", "goes on to list": going on to a verb of saying or stance makes the whole phrase the cue
# of the subject's frame (train marks 21 of the 23 such phrases; "went on to win" is none).
_GOING_ON: Final = frozenset("go goes went going gone".split())
_GONE_ON_TO_CUES: Final = CUE_WORDS | WEAK_FORMS
# Marks after which a speaker and a verb of telling, inside another frame's content, open a clause.
_BREAKS_BEFORE_TELLING: Final = frozenset({",", "—", "--"})
# A weak form that is the verb after a name: "the Daily Courier reports that ...", ", CBS News reports."
# (PolNeAR train marks 16 of the 23 uses after a capitalized word; "FEC reports show" is the noun).
_REPORTS_AFTER_NAME: Final = frozenset({"reports"})
# So is "plans" or "planned" before "to" after a name or a pronoun: "the council plans to vote", "she planned to
# run" (14 of the 21 frames it opens on train are right; "her plans to" is the noun).
_PLANNING: Final = frozenset({"plans", "planned"})
# Weak forms alone ("the states that voted"), cues when a document is their subject ("the report states that").
_STATING: Final = frozenset({"states", "state"})
# Every word that can cue a frame (with ":", which ends a speaker label, and the dashes of a
# credit line): the others are passed over without a look, and a sentence with none of them has
# no frame.
FRAME_WORDS: Final = (CUE_WORDS | AGENT_CUES | STANCE_ADJECTIVES | SOURCELESS_CUES | POLL_NOUNS | REPORTING_NOUNS
               | _VIEW_NOUNS | ISSUING_VERBS | _LIGHT_VERBS | _SEEM_FORMS | PUTTING_VERBS | _GIVING | REVISING_VERBS | _COUNTING | CREDIT_DASHES | _FEELING_CAUSED
               | _REPORTS_AFTER_NAME | _PLANNING | _STATING | {"according", ":"})


def find_frames(toks: Tokens) -> list[Frame]:
    """Every attribution frame of one sentence, in the order of their cues."""
    speaker_label = _speaker_label(toks)
    frames: list[Frame] = [speaker_label] if speaker_label else []
    quoted = toks.quoted
    for i, low in enumerate(toks.lows):
        if low in FRAME_WORDS and not quoted[i] and not _asks_to_stay_unnamed(toks, i):
            frame = _frame_at(toks, i, frames)
            if frame is not None and frame.source is not None and _ends_cue_of(toks, i, frames, frame.source):
                frames[-1] = Frame(frame.source, (frames[-1].cue[0], frame.cue[1]), frame.content)
            elif frame is not None and (frame.source is None or _may_nest(toks, i, frames, frame.source)
                                        or _trails_label(toks, frame, speaker_label)) \
                    and not _verb_as_source(toks, frame.source) and not _pronoun_after_saying(toks, frame.source):
                frames.append(_past_label(toks, _without_expletive_it(toks, frame), speaker_label))
    frames = [f for f in frames if not _gapped_in_content(toks, f, frames)]
    credit = _credit_line(toks)
    if credit is not None:
        frames.append(credit)
    holder = _to_whom(toks)
    if holder is not None:
        frames.append(holder)
    return frames


def _asks_to_stay_unnamed(toks: Tokens, i: int) -> bool:
    """"a protester who asked to be identified only as Kemi told ...": the relative clause says how the
    source may be named, and its verb cues nothing; the frame is the cue after it."""
    return i > 0 and toks.lows[i - 1] == "who" and toks.lows[i] in {"asked", "requested"} \
        and NON_STATEMENT.match(" ".join(toks.lows[i + 1:i + 6])) is not None


def _to_whom(toks: Tokens) -> Frame | None:
    """"To Roe, the vote marked a turning point": a sentence opening with "To" and a name, an object
    pronoun or a quantifier before a comma tells how the rest of it seems to them (PolNeAR train marks
    8 of 10 such openings; "To date," or "To be sure," name no one). "To" is the cue."""
    if not toks.words or toks.words[0] != "To" or len(toks.words) < 4:
        return None
    if not (toks.is_capitalized(1) or toks.lows[1] in _TO_WHOM_WORDS):
        return None
    comma = next((q for q in range(2, min(len(toks.words), _MAX_TO_WHOM + 2)) if toks.words[q] == ","), None)
    if comma is None or not all(toks.is_word(q) and not toks.quoted[q] for q in range(1, comma)):
        return None
    end = comma
    if comma + 1 < len(toks.words) and toks.lows[comma + 1] in {"who", "whose"}:
        # "To Roe, who has studied the rallies, ...": the relative clause and its comma stay with the name.
        close = next((q for q in range(comma + 2, len(toks.words)) if toks.words[q] == ","), None)
        if close is None:
            return None
        end, comma = close + 1, close
    content = to_sentence_end(toks, comma + 1)
    return Frame((1, end), (0, 1), (content,)) if content else None


def _pronoun_after_saying(toks: Tokens, source: tuple[int, int] | None) -> bool:
    """"Ruiz said she requested the meeting", "Trump told reporters he thought ...": a verb whose
    subject is a pronoun right after a verb of saying (and its "that" or addressee) is what was
    said, no attribution of its own (PolNeAR train marks none of the 35 such frames the rules found, dev
    0 of 7)."""
    if source is None or source[1] - source[0] != 1 or toks.lows[source[0]] not in _CLAUSE_PRONOUNS:
        return False
    j = source[0] - 1
    if j >= 0 and toks.lows[j] == "that":
        j -= 1
    if j < 0:
        return False
    return toks.lows[j] in _REPORTING_VERBS or (j > 0 and toks.lows[j - 1] in _TELLING_VERBS and toks.is_word(j))


def _without_expletive_it(toks: Tokens, frame: Frame) -> Frame:
    """"It is too early to tell whether ...", "It's worth noting that ...", "It means admitting that ...":
    an "it" before a form of "be" with words between it and the cue, or before "means", stands for no
    one, and the cue has no source ("It's denouncing ..." is something's doing)."""
    source = frame.source
    if source is None or source[1] - source[0] != 1 or toks.lows[source[0]] != "it" or source[1] >= frame.cue[0]:
        return frame
    verb = toks.lows[source[1]]
    if verb in _MEANING_VERBS or (verb in _EXPLETIVE_BE_FORMS and frame.cue[0] > source[1] + 1):
        return Frame(None, frame.cue, frame.content)
    return frame


def _verb_as_source(toks: Tokens, source: tuple[int, int] | None) -> bool:
    """"Biden was arranging calls", "the parts that were hacked suggested", "came away convinced":
    a source that is one lowercase word ending in -ing, -ed or -ly, or a common adverb, is a verb
    or an adverb the scan stopped at, not a speaker, and the cue has none found."""
    if source is None or source[1] - source[0] != 1:
        return False
    word = toks.words[source[0]]
    return word.isalpha() and word.islower() and (word.endswith(("ing", "ed", "ly")) or word in _ADVERBS)


def _credit_line(toks: Tokens) -> Frame | None:
    """'"We will keep going." ― Dana Roe': a dash after a closing quote mark, then a name that
    ends the sentence, credits the quote to the name (how collected reactions and epigraphs are
    printed); a dash opening a sentence of its own ("- Dana Roe.") credits the quote before it.
    The dash is the cue. (An embedded post's "— Dana Roe (@danaroe) May 1" is marked in PolNeAR
    less often than not.)"""
    if CREDIT_DASHES.isdisjoint(toks.words):
        return None
    for dash in range(len(toks.words) - 2, -1, -1):
        if toks.words[dash] not in CREDIT_DASHES or toks.quoted[dash]:
            continue
        end = dash + 1
        while end < len(toks.words) and end - dash <= _MAX_CREDITED_NAME and toks.is_capitalized(end):
            end += 1
        if end == dash + 1:
            continue
        if end < len(toks.words) and toks.words[end] not in _AFTER_CREDITED_NAME:
            continue
        if dash == 0 or toks.words[dash - 1] in QUOTE_CLOSE:
            return Frame((dash + 1, end), (dash, dash + 1), ((0, dash),) if dash else ())
    return None


def _may_nest(toks: Tokens, i: int, earlier: list[Frame], source: tuple[int, int]) -> bool:
    """Inside what someone else is reported to have said, only verbs of saying
    start an attribution of their own: "X said voters want change" does not
    make the voters a source."""
    holders = [frame for frame in earlier if any(start <= i < end for start, end in frame.content)]
    return not holders or toks.lows[i] in NESTED_CUES or _with_subject(toks, i) is not None \
        or after_semicolon(toks, min(source[0], i)) \
        or _second_predicate(toks, i, holders[-1]) or _subordinate_in_object(toks, source, holders[-1]) \
        or _contrast_of_its_own(toks, i, source) or _told_after_a_break(toks, i, source) \
        or _count_an_outlet_relays(toks, i, source, holders[-1])


def _count_an_outlet_relays(toks: Tokens, i: int, source: tuple[int, int], holder: Frame) -> bool:
    """"According to Al Jazeera, a senior officer put the number of dead at 40": the count of a speaker who
    opens what "according to" relays is that speaker's, as "said" there would be."""
    return toks.lows[i] in COUNT_CUES and toks.lows[holder.cue[0]] == "according" \
        and source[0] == holder.content[0][0]


def _told_after_a_break(toks: Tokens, i: int, source: tuple[int, int]) -> bool:
    """"..., he told the paper", "— she tells the crowd": a verb of telling right after its speaker, who
    follows a comma or a dash inside another frame's content, opens a clause and a frame of its own."""
    return toks.lows[i] in TELL_FORMS and source[1] == i and source[0] > 0 \
        and toks.words[source[0] - 1] in _BREAKS_BEFORE_TELLING


def _past_label(toks: Tokens, frame: Frame, label: Frame | None) -> Frame:
    """A frame after a label and its colon ("Pakistan: A bomb killed four, an official said") says
    what follows the colon."""
    if not _trails_label(toks, frame, label):
        return frame
    assert label is not None
    (start, end), *rest = frame.content
    colon = label.cue[1]
    return Frame(frame.source, frame.cue, ((colon, end), *rest)) if start < colon < end else frame


def _trails_label(toks: Tokens, frame: Frame, label: Frame | None) -> bool:
    """"Pakistan: A bomb killed four, a police official said": after a label and its colon, a speaker
    after a comma, whose cue ends the sentence's report, speaks for what comes before it; the label
    may only head a section."""
    if label is None or frame is label or frame.source is None or not frame.content:
        return False
    colon, source = label.cue[0], frame.source
    return source[0] > colon + 1 and toks.words[source[0] - 1] == "," and all(end <= source[0] for _, end in frame.content)


def _contrast_of_its_own(toks: Tokens, i: int, source: tuple[int, int]) -> bool:
    """"X said 60 had died, while the ministry put the toll at 38", "it was first reported that eight had
    died, but hospital officials later put the toll at 20": a contrast after a comma with a speaker and
    a cue of its own is not what the first speaker said (after "but", only a count's cue: "..., but she
    supports ..." is mostly the first speaker's still)."""
    k = before_when(toks, source[0] - 1)
    first = toks.lows[source[0]]
    named = first in {"the", "a", "an"} or toks.is_capitalized(source[0]) \
        or (toks.lows[k] == "but" and first.isalpha() and first not in PRONOUNS)  # "about 4 in 10" is a share
    contrast = toks.lows[k] in {"while", "whereas"} or (toks.lows[k] == "but" and toks.lows[i] in COUNT_CUES)
    return k > 0 and named and contrast and toks.words[k - 1] == "," and not toks.quoted[k]


def before_when(toks: Tokens, k: int) -> int:
    """The word before a phrase saying when that ends at ``k`` ("but by morning", "and on Sunday": when,
    between a clause's joiner and its speaker); ``k`` itself when it says no time."""
    while k > 1 and (toks.lows[k] in TIME_WORDS or toks.lows[k] in _TIME_LEADS) and not toks.quoted[k]:
        k -= 1
    return k


_TIME_LEADS: Final = frozenset("by on in at".split())


def after_semicolon(toks: Tokens, k: int) -> bool:
    """"X says 40 killed; government puts toll at 12": a clause after a semicolon outside quotes is
    a sentence of its own, with its own speaker."""
    return k > 0 and toks.words[k - 1] == ";" and not toks.quoted[k - 1]


def _subordinate_in_object(toks: Tokens, source: tuple[int, int], holder: Frame) -> bool:
    """"X reassured voters after a woman told him she worried": a clause opened by a subordinator
    inside the object another cue took (not a clause it reports) has a speaker of its own."""
    k = source[0] - 1
    return k >= 0 and toks.lows[k] in CLAUSE_OF_ITS_OWN and _takes_object(toks, holder)


def _second_predicate(toks: Tokens, i: int, holder: Frame) -> bool:
    """"X endorsed Roe, but told reporters ...": a cue after ", and" or ", but" is a second verb of
    the main clause's subject, though the verb before it took the rest of the sentence as content.
    So is a past form right after "and" when the verb before it took an object, not a clause of its
    own: "X praised the crew and called the pier a marvel" (after "X said she was tired and
    wanted ..." the second verb is most often hers), and so is a participle after a comma there: "X
    hailed the vote as a triumph, telling reporters ..."."""
    j = before_cue(toks, i)
    if j <= 0:
        return False
    if toks.lows[i] in PARTICIPLE_CUES:
        return toks.words[j] == "," and _takes_object(toks, holder)
    if toks.lows[j] in {"and", "but"} and toks.words[j - 1] == ",":
        return True
    return toks.lows[j] == "and" and toks.lows[i].endswith("ed") and _takes_object(toks, holder)


def _takes_object(toks: Tokens, frame: Frame) -> bool:
    """Whether a frame's content is the object of its cue rather than a reported clause."""
    if toks.lows[frame.cue[0]] in _CLAUSE_TAKING or not frame.content:
        return False
    first = frame.content[0][0]
    return toks.lows[first] not in _CLAUSE_OPENING_WORDS


def _frame_at(toks: Tokens, i: int, earlier: list[Frame]) -> Frame | None:
    """The attribution cued by token ``i``: a special construction (passive
    with "by", stance adjective, sourceless cue) or else a verb of saying."""
    low = toks.lows[i]
    nxt = toks.lows[i + 1] if i + 1 < len(toks.words) else ""
    if low == "according":
        return _according_to(toks, i) if nxt == "to" else None
    if low in POLL_NOUNS:
        return _in_poll(toks, i)
    if low in _GOING_ON and toks.lows[i + 1 : i + 3] == ("on", "to"):
        return _going_on_to(toks, i, earlier)
    if i >= 3 and toks.lows[i - 3] in _GOING_ON and toks.lows[i - 2 : i] == ("on", "to"):
        return None  # the verb ends the cue that "went on to" opened
    if low in _STATING:
        return _document_states(toks, i) if nxt == "that" else None
    if low in _FEELING_CAUSED:
        felt = _feeling_frame(toks, i)
        if felt is not None:
            return felt
    counted = _count_frame(toks, i, earlier) \
        if low in COUNT_CUES else None
    if counted is not None:
        return counted
    reports = low in REPORTING_NOUNS and (nxt == "that" or (nxt == "to" and low in _INTENT_NOUNS))
    frame = _noun_frame(toks, i) if reports else None
    if frame is None and low in _VIEW_NOUNS and i > 1:
        frame = _in_view_frame(toks, i)
    if frame is not None:
        return frame
    if low in _LIGHT_VERBS:
        frame = _light_verb_frame(toks, i, earlier)
        if frame is not None or low not in CUE_WORDS:
            return frame
    if low in ISSUING_VERBS and (nxt in _DOCUMENT_DETERMINERS
                                 or (nxt == "out" and i + 2 < len(toks.words)
                                     and toks.lows[i + 2] in _DOCUMENT_DETERMINERS)):
        frame = _issued_document(toks, i)
        if frame is not None or low not in CUE_WORDS:
            return frame
    if low in AGENT_CUES and nxt == "by":
        frame = _passive_frame(toks, i)
    elif low in STANCE_ADJECTIVES:
        frame = _adjective_frame(toks, i)
    elif low in _SEEM_FORMS and nxt == "to" and i + 2 < len(toks.words) and toks.lows[i + 2] in CUE_WORDS \
            and (toks.lows[i + 2] not in PARTICLE_CUES or particle_length(toks, i + 2) > 0):
        frame = _seeming_cue(toks, i)
    if frame is None and low in SOURCELESS_CUES:
        frame = _sourceless_frame(toks, i)
    if frame is None and (low in CUE_WORDS or _reports_after_name(toks, i) or _plans_to(toks, i)) and is_cue(toks, i):
        frame = _verb_frame(toks, i, earlier)
    return frame


def _document_states(toks: Tokens, i: int) -> Frame | None:
    """"A ministry report issued on Monday states that ...": a document the text names "states"
    what it says ("states" alone is a weak cue: "the states that voted")."""
    source = source_before(toks, i)
    # "states" agrees with one document ("the two states that ...", "filings states" are nouns)
    heads = [q for q in range(*source) if toks.lows[q] in DOCUMENT_HEADS] if source is not None else []
    if not heads or toks.lows[i] == "states" and (toks.lows[heads[-1]].endswith("s") or not toks.is_word(i - 1)
                                                  or toks.lows[i - 1] in DETERMINERS or toks.words[i - 1][0].isdigit()):
        return None
    right = right_content(toks, i + 1, toks.lows[i])
    return Frame(source, (i, i + 1), (right,) if right else ())


def _plans_to(toks: Tokens, i: int) -> bool:
    if toks.lows[i] not in _PLANNING or i == 0 or i + 1 >= len(toks.words) or toks.lows[i + 1] != "to":
        return False
    prev = toks.lows[i - 1]
    return prev in _CLAUSE_PRONOUNS or (toks.is_word(i - 1) and toks.is_capitalized(i - 1) and prev not in DETERMINERS
                                        and not prev.endswith(_POSSESSIVE_ENDINGS))


def _reports_after_name(toks: Tokens, i: int) -> bool:
    return toks.lows[i] in _REPORTS_AFTER_NAME and i > 0 and toks.is_word(i - 1) and toks.is_capitalized(i - 1) \
        and toks.lows[i - 1] not in DETERMINERS


def _verb_frame(toks: Tokens, i: int, earlier: list[Frame]) -> Frame | None:
    """A verb of saying, thinking or stance: its source shared with an earlier
    verb, before it, or (for verbs of saying) after it; then its content."""
    if i > 0 and toks.lows[i] in PARTICIPLE_CUES and toks.lows[i - 1] in _GERUND_PREPOSITIONS:
        return None
    if toks.lows[i] in PARTICIPLE_CUES and _says_what_an_issued_document_says(toks, i):
        return None
    cue = (i, cue_end(toks, i))
    if _opens_sentence(toks, i):
        return _opening_participle(toks, cue)
    absolute = _with_subject(toks, i)
    if absolute is not None:
        right = right_content(toks, cue[1], toks.lows[i])
        return Frame(absolute, cue, (right,) if right else ())
    if _shares_subject(toks, i):
        source = _main_speaker(earlier)
        subject = sentence_subject(toks, i)
        # "After X said ..., Y fired a clerk, insisting ...": a clause whose subject follows the
        # latest speaker's is the one the verb continues.
        if source is None or (subject is not None and subject[0] > source[1]):
            source = subject
        if source is None:
            return None
        right = right_content(toks, cue[1], toks.lows[i])
        return Frame(source, cue, (right,) if right else ())
    if _passive_of_blame(toks, i) or _impersonal_passive(toks, i):
        right = right_content(toks, cue[1], toks.lows[i])
        return Frame(None, cue, (right,) if right else ())
    source = source_before(toks, i) or _progressive_subject(toks, i)
    if source is not None and _object_of_preposition(toks, source) and toks.lows[i] not in PARTICIPLE_CUES:
        return None
    if source is not None and toks.lows[i] in SPEECH_VERBS and _closes_which_aside(toks, source, i) \
            and _name_closing(toks, source_after(toks, i, cue[1])):
        source = None  # "Rescuers pumped water into the hole, which was wide, said Li Jun": the name speaks
    inverted = False
    if source is None:
        source = source_after(toks, i, cue[1]) if toks.lows[i] in SPEECH_VERBS else None
        inverted = source is not None
    if source is None and toks.lows[i] in SPEECH_VERBS:
        source = subject_through_asides(toks, i)
    if source is None:
        return None
    frame_start = i if inverted else source[0]
    # A closing comma kept in an inverted source still ends the frame before it.
    after = source[1] - (toks.words[source[1] - 1] == ",") if inverted else cue[1]
    found = contents(toks, frame_start, after, toks.lows[i])
    if inverted:
        # '"...," said the clerk, who asked not to be named': an aside on the speaker left out
        # of the source says nothing the speaker said; what was fronted before the cue is what was said
        kept = tuple(c for c in found if toks.lows[c[0]] not in _RELATIVES)
        found = kept if kept or kept == found else contents(toks, frame_start, len(toks.words), toks.lows[i])
    if _in_relative_aside(toks, source):
        found = tuple(_to_aside_end(toks, c) for c in found)
    elif _in_opening_clause(toks, source):
        found = _to_clause_end(toks, cue[1], found)
    return Frame(source, cue, found)


def _closes_which_aside(toks: Tokens, source: tuple[int, int], i: int) -> bool:
    """Whether the words before cue ``i`` end in an aside about a thing (", which ...,")."""
    return source[1] == i and toks.words[i - 1] == "," and any(
        toks.lows[q] == "which" and toks.words[q - 1] == "," for q in range(source[0] + 1, i - 1))


def _name_closing(toks: Tokens, after: tuple[int, int] | None) -> bool:
    """A capitalized name after the cue that a comma or the sentence's end closes ("said Li Jun, a
    spokesman for the brigade."; not "said Smith lied")."""
    if after is None:
        return False
    name_end = next((q for q in range(after[0], after[1]) if toks.words[q] == ","), after[1])
    return all(toks.is_capitalized(q) for q in range(after[0], name_end)) and (
        after[1] >= len(toks.words) or toks.words[after[1]] in {",", ";"} | SENTENCE_END)


def _count_frame(toks: Tokens, i: int, earlier: list[Frame]) -> Frame | None:
    """"Officials put the number of missing at 40", "the army denied it, putting its losses at
    three", "the coroner gave a count of 58 injured", "the paper offers a figure as high as 11":
    the subject gives a count; the content runs from the verb's object to the clause end (not into
    "and said ...", which is a frame of its own)."""
    n = len(toks.words)
    at = _count_value_at(toks, i)
    if at is not None and at + 2 < n and toks.words[at + 1] in QUOTE_OPEN:
        at += 1  # 'put the number of injured at "well over 200"': the speaker's own words
    if at is None or at + 1 >= n \
            or not (COUNT_START.match(toks.words[at + 1]) or toks.lows[at + 1] in _COUNT_BOUNDS):
        return None
    j = before_cue(toks, i)
    if toks.lows[i].endswith("ing") and j >= 0 and toks.words[j] == ",":  # ", putting its losses at"
        source = _main_speaker(earlier) or sentence_subject(toks, i)
    else:
        source = source_before(toks, i)
    if source is None:
        return None
    end = next((q for q in range(at + 1, n) if toks.words[q] in {";", ","} | SENTENCE_END
                or (toks.lows[q] in {"and", "but"} and q + 1 < n and toks.lows[q + 1] in CUE_WORDS)), n)
    return Frame(source, (i, i + 1), ((i + 1, end),))


def _counts_right_after(toks: Tokens, i: int) -> bool:
    """"had counted 118 dead", "documented more than 40 killings": a count right after the verb, bounded
    at most ("registered as Democrats" and "of registered 459 voters" count nothing)."""
    n = len(toks.words)
    if i == 0 or toks.lows[i - 1] in PREPOSITIONS or i + 1 >= n or toks.lows[i + 1] == "as":
        return False
    k = i + 1
    while k < min(n, i + 4) and toks.lows[k] in _COUNT_BOUNDS:
        k += 1
    return k < n and COUNT_START.match(toks.words[k]) is not None


def _name_ends_sentence(toks: Tokens, k: int) -> bool:
    """Whether the words from ``k`` to the sentence's last mark are a name of one to four capitalized
    words: the name a role before its comma belongs to."""
    last = len(toks.words) - 1
    if toks.words[last] not in SENTENCE_END:
        last += 1
    return 1 <= last - k <= _MAX_APPOSED_NAME and all(toks.is_capitalized(q) for q in range(k, last)) \
        and toks.lows[k] not in CALENDAR_NAMES


def _count_value_at(toks: Tokens, i: int) -> int | None:
    """The word right before the count a putting or giving verb at ``i`` gives: the "at" of "put
    the toll at", the "of" of "gave a count of", the last "as" of "offers a figure as high as"."""
    n = len(toks.words)
    if toks.lows[i] in REVISING_VERBS:
        if "according" in toks.lows[i:]:
            return None  # "raised its count to seven, according to a statement": that frame holds the count
        holder = next((q for q in range(i + 1, min(n - 1, i + _COUNT_REACH))
                       if toks.lows[q] in _REVISED_HOLDERS or _number_of_harmed(toks, q)), None)
        if holder is None:
            return None
        # "lowered the death toll from a landslide in the town of Alausi to 32": what the toll counts may
        # stand between its noun and the new count, within the clause
        to = next((q for q in range(holder + 1, min(n - 1, holder + _COUNT_REACH + 4))
                   if toks.lows[q] == "to" or toks.words[q] in {",", ";"} | SENTENCE_END), None)
        return to if to is not None and toks.lows[to] == "to" else None
    if toks.lows[i] in _COUNTING:
        return i if _counts_right_after(toks, i) else None
    if toks.lows[i] in PUTTING_VERBS:
        at = next((q for q in range(i + 2, min(n - 1, i + _COUNT_REACH)) if toks.lows[q] == "at"), None)
        return at if at is not None and any(toks.lows[q] in _COUNT_HOLDERS for q in range(i + 1, at)) else None
    holder = next((q for q in range(i + 2, min(n - 1, i + _GIVEN_HOLDER_REACH)) if toks.lows[q] in _COUNT_HOLDERS),
                  None)
    if holder is None or toks.lows[i + 1] not in DETERMINERS:
        return None
    if toks.lows[holder + 1] == "of":
        return holder + 1
    if tuple(toks.lows[holder + 1:holder + 4]) in _UPPER_AND_LOWER_BOUNDS:
        return holder + 3
    return None


def _number_of_harmed(toks: Tokens, q: int) -> bool:
    """"raised the number of dead to 34", "the number of officers killed to one": a number its toll word
    says is a toll is one a body keeps (not "the number of troops")."""
    return toks.lows[q] in _NUMBER_HOLDERS and q + 1 < len(toks.words) and toks.lows[q + 1] == "of" \
        and any(w in TOLL_WORDS for w in toks.lows[q + 2:q + 2 + _HARMED_REACH])


def _object_of_preposition(toks: Tokens, source: tuple[int, int]) -> bool:
    """"Roe, who in the past has praised ...": a source read leftwards that a preposition governs is
    no subject, and the verb after it has none found ("many of" opens a subject: "Many of you
    said")."""
    k = source[0] - 1
    if k < 0 or toks.lows[k] not in _OBJECT_PREPOSITIONS:
        return False
    return not (toks.lows[k] == "of" and k > 0 and toks.lows[k - 1] in _PARTITIVES)


def _says_what_an_issued_document_says(toks: Tokens, i: int) -> bool:
    """"X issued a statement calling ...": the participle tells what the document says, which the
    frame of "issued" (a cue of its own) already holds, with the same source."""
    j = i - 1
    while j > 0 and (toks.words[j] == "," or toks.lows[j] in TIME_WORDS):
        j -= 1
    noun = toks.lows[j]
    if noun not in ISSUED_NOUNS and noun.removesuffix("s") not in ISSUED_NOUNS:
        return False
    for k in range(j - 2, max(j - 3 - _MAX_DOCUMENT_MODIFIERS, -1), -1):
        if toks.lows[k] in ISSUING_VERBS and toks.lows[k] in CUE_WORDS and toks.lows[k + 1] in _DOCUMENT_DETERMINERS:
            return True
    return False


def _passive_of_blame(toks: Tokens, i: int) -> bool:
    """"a contractor accused of spying", "X was charged with fraud": a verb that takes whom it
    blames as its object, with no object before its preposition, is passive; who accuses goes
    unnamed."""
    nxt = i + 1
    return nxt < len(toks.words) and _BLAME_PREPOSITIONS.get(toks.lows[i]) == toks.lows[nxt]


def _impersonal_passive(toks: Tokens, i: int) -> bool:
    """"It was initially reported that 20 had died", "it has since been claimed that": a participle
    after "it" and a form of "be" (and adverbs), before "that", tells of a report and names no one."""
    if i + 1 >= len(toks.words) or toks.lows[i + 1] != "that" or not toks.lows[i].endswith("ed"):
        return False
    k = _before_adverbs_of_time(toks, i - 1)
    if k >= 0 and toks.lows[k] == "been":
        k = _before_adverbs_of_time(toks, k - 1)
        if k < 0 or toks.lows[k] not in _PERFECT_FORMS:
            return False
    elif k < 0 or toks.lows[k] not in _EXPLETIVE_BE_FORMS:
        return False
    return k >= 1 and toks.lows[k - 1] == "it"


def _before_adverbs_of_time(toks: Tokens, k: int) -> int:
    while k >= 0 and (toks.lows[k].endswith("ly") or toks.lows[k] in _IMPERSONAL_ADVERBS):
        k -= 1
    return k


def _opens_sentence(toks: Tokens, i: int) -> bool:
    """"Noting that ..., Roe said", "After saying ..., she left": a participle cue opening the
    sentence, alone or after a word of time."""
    if toks.lows[i] not in PARTICIPLE_CUES:
        return False
    return i == 0 or (i == 1 and toks.lows[0] in _OPENING_SUBORDINATORS)


def _opening_participle(toks: Tokens, cue: tuple[int, int]) -> Frame | None:
    """The subject of the main clause after the participle's phrase is its source; the phrase
    up to its comma is the content."""
    source = sentence_subject(toks, len(toks.words))
    if source is None or source[0] <= cue[1]:
        return None
    right = right_content(toks, cue[1], toks.lows[cue[0]])
    return Frame(source, cue, (_to_aside_end(toks, right),) if right else ())


def _with_subject(toks: Tokens, i: int) -> tuple[int, int] | None:
    """"..., with some reports indicating that ...": the words between "with" and a reporting
    participle are its source, whatever the sentence around it frames; a share counts as a word
    ("with 42% preferring Roe")."""
    if toks.lows[i] not in PARTICIPLE_CUES:
        return None
    j = i - 1
    while j >= 0 and i - j <= _WITH_REACH and toks.lows[j] != "with":
        if not (toks.is_word(j) or toks.words[j] == "%") or toks.quoted[j] or toks.lows[j] in _CLAUSE_BREAKS:
            return None
        j -= 1
    return (j + 1, i) if j >= 0 and toks.lows[j] == "with" and j + 1 < i else None


def _progressive_subject(toks: Tokens, i: int) -> tuple[int, int] | None:
    """"Roe is telling voters ...", "Roe was thanking her staff": the subject before the be-form."""
    if toks.lows[i] not in PARTICIPLE_CUES:
        return None
    j = before_cue(toks, i)
    return source_before(toks, j) if j > 0 and toks.lows[j] in _PROGRESSIVE else None


def _in_relative_aside(toks: Tokens, source: tuple[int, int]) -> bool:
    """"The coach, who said little, left": the frame is an aside."""
    start = source[0]
    return source[1] - start == 1 and toks.lows[start] in _RELATIVES and start > 0 and toks.words[start - 1] == ","


def _in_opening_clause(toks: Tokens, source: tuple[int, int]) -> bool:
    """"While X pushed for talks, Y told ...": the frame is a subordinate clause opening the sentence,
    which its comma closes."""
    return source[0] == 1 and toks.lows[0] in _SUBORDINATORS


def _to_clause_end(toks: Tokens, after: int, found: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Content up to the first comma after ``after`` that is not quoted, or that a quote closes: where
    the clause ends."""
    n = len(toks.words)
    close = next((c for q in range(after, n) if (c := _closing_comma(toks, q, n)) is not None), n)
    return tuple((start, min(end, close)) for start, end in found if start < close)


def _closing_comma(toks: Tokens, q: int, end: int) -> int | None:
    """Where the phrase that a comma at ``q`` closes ends: at the comma when it is not quoted, after the
    quote mark when the comma stands right inside it ('"a farce,"'); None for any other token."""
    if toks.words[q] != ",":
        return None
    if not toks.quoted[q]:
        return q
    return q + 2 if q + 1 < end and toks.words[q + 1] in QUOTE_CLOSE else None


def _to_aside_end(toks: Tokens, content: tuple[int, int]) -> tuple[int, int]:
    """Content cut at the comma that closes the aside it sits in."""
    start, end = content
    # 'Citing "storms at sea," the harbor master ...': the quote closes the aside with its comma.
    return start, next((c for q in range(start + 1, end) if (c := _closing_comma(toks, q, end)) is not None), end)


def _main_speaker(earlier: list[Frame]) -> tuple[int, int] | None:
    """The source of the latest attribution that is not itself reported inside
    another one's content ("X said he had called Y a liar, and then added"). A frame
    whose content holds the other's cue in turn reports that one: in "Washington did not
    complain when ..., an official said, adding ..." the content of "complain" runs over
    "an official said", whose content holds "complain"; the official is the speaker."""
    for frame in reversed(earlier):
        if frame.source is not None and not any(
            _holds(other, frame.source[0]) and not _holds(frame, other.cue[0]) for other in earlier
        ):
            return frame.source
    return None


def _ends_cue_of(toks: Tokens, i: int, earlier: list[Frame], source: tuple[int, int]) -> bool:
    """"X declined to say ...", "X continued to suggest ...", "X responded by saying ...": a verb right
    after the cue of the frame before it and "to" or "by", with the same speaker, ends that frame's
    cue and gives it its content, no frame of its own (PolNeAR train marks none of the 19 such
    frames apart). Further on, the first verb is most often a deed ("ended the feud with the board by
    praising": 8 of 21 marked apart) or a cue of its own ("said the fares would rise, while trying to
    explain the budget")."""
    if not earlier or earlier[-1].source != source:
        return False
    j = before_cue(toks, i)
    return j == earlier[-1].cue[1] and toks.lows[j] in {"to", "by"}


def _gapped_in_content(toks: Tokens, frame: Frame, frames: list[Frame]) -> bool:
    """"... widened the grants that the mayor demanded.", "... whatever the clerk claims.": a cue
    inside another frame's content that takes no content of its own and closes its clause is the verb
    of a clause about something said, no frame of its own (PolNeAR train marks 4 of the 29 such
    frames), unless "as" opens it ("..., as the paper reported.")."""
    end = frame.cue[1]
    if frame.content or end >= len(toks.words) or toks.words[end] not in _CLAUSE_CLOSERS:
        return False
    if frame.source is not None and frame.source[0] > 0 and toks.lows[frame.source[0] - 1] == "as":
        return False
    return any(other is not frame and _holds(other, frame.cue[0]) for other in frames)


def _holds(frame: Frame, i: int) -> bool:
    return any(start <= i < end for start, end in frame.content)


def _shares_subject(toks: Tokens, i: int) -> bool:
    """"X praised Y and said ...", "X left, saying ...": the cue has X's subject."""
    j = before_cue(toks, i)
    if j < 0:
        return False
    before = toks.lows[j]
    if toks.lows[i] in PARTICIPLE_CUES:
        return before not in _PROGRESSIVE and not (toks.is_capitalized(j) or before in PRONOUNS)
    return before in {"and", "but"} or (before == "to" and toks.lows[i] in _INFINITIVE_CUES)


def _issued_document(toks: Tokens, i: int) -> Frame | None:
    """"The mayor released a statement condemning ...", "X sent a letter to Y urging ...", "X sent out
    a notice ...": the subject of the verb is the source, the verb through the document noun the cue, what follows
    the noun the content; none when a cue follows in the sentence ("released a statement saying
    ...": the participle reports what the statement says, with the same source)."""
    first = i + 2 + (toks.lows[i + 1] == "out")
    noun = next((q for q in range(first, min(len(toks.words), first + 1 + _MAX_DOCUMENT_MODIFIERS))
                 if toks.lows[q].removesuffix("s") in ISSUED_NOUNS or toks.lows[q] in ISSUED_NOUNS), None)
    if noun is None or not all(toks.is_word(q) or toks.words[q] == "-" for q in range(i + 1, noun)):
        return None
    if any(toks.lows[q] in CUE_WORDS and not toks.quoted[q] for q in range(noun + 1, len(toks.words))):
        return None
    source = source_before(toks, i)
    if source is None:
        return None
    content = to_sentence_end(toks, noun + 1) if noun + 1 < len(toks.words) else None
    return Frame(source, (i, noun + 1), (content,) if content else ())


def _light_verb_frame(toks: Tokens, i: int, earlier: list[Frame]) -> Frame | None:
    """"X made a commitment that ...", "X gave a long answer about ...": a verb that only carries a noun
    of saying is, with the noun, the cue of its subject; what follows the noun is the content, save
    what it was about ("made a comment on the ruling") and after "no" ("offered no apology for ..."),
    where nothing was said."""
    noun = next((q for q in range(i + 1, min(len(toks.words), i + 2 + _MAX_DOCUMENT_MODIFIERS))
                 if toks.lows[q] in _SAYING_NOUNS), None)
    if noun is None or not all(toks.is_word(q) and not toks.quoted[q] and toks.lows[q] not in _LIGHT_STOPS
                               for q in range(i + 1, noun)):
        return None
    source = (_main_speaker(earlier) or sentence_subject(toks, i)) if _shares_subject(toks, i) \
        else source_before(toks, i)
    if source is None:
        return None
    content = to_sentence_end(toks, noun + 1) if noun + 1 < len(toks.words) else None
    if content is not None and (toks.lows[i + 1] == "no" or toks.lows[content[0]] in _TOPIC_OPENERS):
        content = None
    return Frame(source, (i, noun + 1), (content,) if content else ())


def _passive_frame(toks: Tokens, i: int) -> Frame | None:
    """"X was endorsed by Y", "a plan backed by Y": Y is the source, the cue
    runs from the auxiliary through "by", X is (part of) the content."""
    agent = i + 2
    if agent >= len(toks.words) or toks.lows[agent] in NOT_AGENTS or toks.lows[agent].endswith("ing"):
        return None
    phrase = phrase_end(toks, agent)
    end = next((q for q in range(agent + 1, phrase) if _says_why(toks, q)), phrase)
    if end + 1 < len(toks.words) and toks.words[end] == "," and toks.lows[end + 1] in _ACCORDING_ASIDES:
        end = _final_aside_end(toks, end + 1) or end  # "first reported by Roe, a reporter for the paper."
    source = trim_noun_phrase(toks, agent, end)
    if source is None:
        return None
    start = i
    while start > 0 and (toks.lows[start - 1] in _BE_FORMS or skippable_before_cue(toks, start - 1)):
        start -= 1
    patient = source_before(toks, start)
    if end < phrase:  # the blamed act, to the clause's end
        close = next((q for q in range(end, len(toks.words)) if toks.words[q] in _CLAUSE_CLOSERS), len(toks.words))
        rest: tuple[int, int] | None = (end, close)
    else:
        rest = to_sentence_end(toks, source[1]) if source[1] < len(toks.words) and toks.is_word(source[1]) else None
    content = tuple(c for c in (patient, rest) if c is not None)
    return Frame(source, (start, i + 2), content)


def _says_why(toks: Tokens, q: int) -> bool:
    """"criticized by rivals for skipping a vote", "accused by the league of hiding", "sued by the league
    for its remarks": "for" or "of" before a gerund, or "for" before a possessive, says what the agent
    blames, not who the agent is ("leaders of his party" are agents still)."""
    if toks.lows[q] not in _REASON_PREPOSITIONS or q + 1 >= len(toks.words):
        return False
    nxt = toks.lows[q + 1]
    return (nxt in POSSESSIVE_PRONOUNS and toks.lows[q] == "for") \
        or (nxt.endswith("ing") and len(nxt) > 4 and not toks.is_capitalized(q + 1))


def _adjective_frame(toks: Tokens, i: int) -> Frame | None:
    """"X is eager to ...", "X has been critical of ...": a stance adjective
    after a copula; the cue runs from the copula through the adjective."""
    j = i - 1
    while j >= 0 and (skippable_before_cue(toks, j) or toks.lows[j] in _DEGREE_WORDS):
        j -= 1
    if j < 0 or toks.lows[j] not in _COPULAS:
        return None
    source = source_before(toks, j)
    if source is None:
        return None
    right = right_content(toks, i + 1, toks.lows[i])
    return Frame(source, (j, i + 1), (right,) if right else ())


def _sourceless_frame(toks: Tokens, i: int) -> Frame | None:
    """Attributions that name no one: "X seems to ...", "X is expected to ...",
    "X was asked about ...", "Asked whether ...", "X reportedly ...". The
    subject of "seems" or "is expected" is part of what is attributed."""
    low = toks.lows[i]
    j = i - 1
    while j >= 0 and toks.lows[j] in _PASSIVE_ADVERBS:
        j -= 1
    # "he's said" is "he has said"; "'s" is a passive "is" only before "expected".
    passive = j >= 0 and toks.lows[j] in (_BE_FORMS if low == "expected" else _FULL_BE_FORMS)
    if low in PASSIVE_ONLY_CUES and not passive:
        if low not in CLAUSE_OPENING_CUES or (j >= 0 and toks.lows[j] not in _WHEN_WORDS):
            return None
    if j >= 0 and toks.lows[j] in NOUN_DETERMINERS:
        return None
    if low in _SEEM_FORMS and i + 1 < len(toks.words) and toks.lows[i + 1] in _APPEARING_PLACES:
        return None
    start = j if passive else i
    end = i + 2 if i + 1 < len(toks.words) and toks.lows[i + 1] == "about" else i + 1
    opening = low in CLAUSE_OPENING_CUES and not passive
    # "Asked about X, she said ...": what was asked runs to the comma.
    right = to_sentence_end(toks, end) if opening else right_content(toks, end, low)
    if opening and right is not None:
        right = _to_aside_end(toks, right)
    subject = None if opening else source_before(toks, start)
    content = tuple(c for c in (subject, right) if c is not None)
    return Frame(None, (start, end), content)


def _seeming_cue(toks: Tokens, i: int) -> Frame | None:
    """"Roe seemed to blame the network": what the subject seems to say is still said by the subject."""
    source = source_before(toks, i)
    if source is None:
        return None
    cue = (i, i + 3)
    right = right_content(toks, cue[1], toks.lows[i + 2])
    return Frame(source, cue, (right,) if right else ())


def _speaker_label(toks: Tokens) -> Frame | None:
    """Transcript or headline style: ``SMITH: We will win.``, ``Jane Roe: ...``,
    ``POLLS WRONG - Jane Roe: ...``, ``Roe at the convention: ...``."""
    colon = next((q for q in range(min(len(toks.words), _MAX_LABEL_AT + 1)) if toks.words[q] == ":"), None)
    if colon is None or colon + 1 >= len(toks.words):
        return None
    start = max((q + 1 for q in range(colon) if toks.words[q] in DATELINE_DASHES), default=0)
    label = range(start, colon)
    if not 0 < len(label) <= _MAX_LABEL or not toks.is_capitalized(start):
        return None
    if not all(toks.is_word(q) and (toks.is_capitalized(q) or toks.lows[q] in _LABEL_LINKS) for q in label):
        return None
    if toks.lows[colon - 1] in NOT_SPEAKER_LABELS:
        return None
    content = to_sentence_end(toks, colon + 1)
    if content is None or sum(toks.is_word(q) for q in range(*content)) < _MIN_LABELLED_WORDS:
        return None
    return Frame((start, colon), (colon, colon + 1), (content,))


def _clause_start(toks: Tokens, lo: int, hi: int) -> int | None:
    """Where a clause opens inside ``lo..hi``: an existential "there is/are/have been ...", or a
    count right after the name that is its subject ("According to the ministry over 300 pilgrims
    have died")."""
    for k in range(lo, hi - 1):
        if toks.lows[k] == "there" and toks.lows[k + 1] in _EXISTENTIAL_VERBS:
            return k
        if _count_opens_clause(toks, k, hi):
            return k
    return None


def _count_opens_clause(toks: Tokens, k: int, hi: int) -> bool:
    """A number (or "over", "more than", "nearly", ... before one) after a noun that is no
    determiner or preposition, with a verb of being or happening after it: "the ministry 14 people
    died", not "a poll of 400 voters" or "the 2020 census"."""
    prev = toks.lows[k - 1]
    if prev in DETERMINERS or prev in PREPOSITIONS or not toks.is_word(k - 1):
        return False
    j = k
    while j < hi and toks.lows[j] in _COUNT_BOUNDS:
        j += 1
    if j == hi or not COUNT_START.match(toks.words[j]) \
            or (j == k and prev in _COUNT_BOUNDS):
        return False
    return any(toks.lows[q] in _EXISTENTIAL_VERBS or toks.lows[q].endswith("ed") for q in range(j + 1, min(hi, j + 6)))


def _in_poll(toks: Tokens, i: int) -> Frame | None:
    """"In a CBS News poll released Monday, 50 percent chose ...": the poll opening the sentence is
    the source, "In" the cue, the clause after its comma the content. ("X leads in the polls" is
    more often a standing than a finding.)"""
    j = i - 1
    while j >= 0 and i - j <= _POLL_REACH and toks.lows[j] != "in":
        if toks.words[j] in _ACCORDING_STOPS or toks.quoted[j]:
            return None
        j -= 1
    if j < 0 or toks.lows[j] != "in" or j == i - 1:
        return None
    end = i + 1
    while end < len(toks.words) and toks.words[end] not in _ACCORDING_STOPS and end - i <= _POLL_REACH:
        end += 1
    if j != 0 or end >= len(toks.words) or toks.words[end] != ",":
        return None
    content = to_sentence_end(toks, end + 1)
    return Frame((1, end), (0, 1), (content,)) if content else None


def _going_on_to(toks: Tokens, i: int, earlier: list[Frame]) -> Frame | None:
    """"He went on to call the board a disgrace": the subject of "went" is the source, "went on to"
    and the verb after it the cue, what follows the verb the content; after "and", "but" or a comma
    ("..., going on to list ...") the subject is the clause's, as for a second verb."""
    verb = i + 3
    if verb >= len(toks.words) or toks.lows[verb] not in _GONE_ON_TO_CUES:
        return None
    source = source_before(toks, i) if i > 0 else None
    if source is None and i > 0 and toks.lows[i - 1] in {",", "and", "but"}:
        source = _main_speaker(earlier) or sentence_subject(toks, i)
    if source is None:
        return None
    right = right_content(toks, verb + 1, toks.lows[verb])
    return Frame(source, (i, verb + 1), (right,) if right else ())


def _feeling_frame(toks: Tokens, i: int) -> Frame | None:
    """"His remarks have angered party leaders": the object of a verb of causing a feeling is the
    source, the verb the cue, the clause before it what was felt about; none when the verb is a
    participle or an adjective ("were angered by", "an outraged crowd") or takes no object."""
    if i == 0 or i + 1 >= len(toks.words) or toks.lows[i - 1] in _NOT_BEFORE_FEELING \
            or not (toks.is_word(i - 1) or toks.words[i - 1] == ","):
        return None
    nxt = toks.lows[i + 1]
    if not (nxt in _OBJECT_OPENERS or (nxt in DETERMINERS and nxt not in _DEMONSTRATIVES) or toks.is_capitalized(i + 1)):
        return None
    end = phrase_end(toks, i + 1)
    source = trim_noun_phrase(toks, i + 1, end) if end > i + 1 else None
    if source is None:
        return None
    content = clause_before(toks, before_cue(toks, i) + 1)
    return Frame(source, (i, i + 1), (content,) if content else ())


def _noun_frame(toks: Tokens, i: int) -> Frame | None:
    """"his warning that ...", "the council's decision to ...": the possessive is the source, the
    noun the cue, the clause after it the content."""
    if i == 0:
        return None
    k = i - 1
    if k > 0 and _modifies_noun(toks, k):
        k -= 1  # "Stumpf's repeated emphasis that ...": one modifier between the owner and the noun
    owner = toks.lows[k]
    if owner in POSSESSIVE_PRONOUNS:
        source: tuple[int, int] | None = (k, k + 1)
    elif owner.endswith(("'s", "’s")) and toks.is_word(k):
        source = source_before(toks, k + 1)
    else:
        return None
    content = to_sentence_end(toks, i + 1)
    if source is None or content is None:
        return None
    stop = next((q for q in range(content[0] + 1, content[1]) if toks.words[q] in {";", ":"}), content[1])
    return Frame(source, (i, i + 1), ((content[0], stop),))


def _modifies_noun(toks: Tokens, k: int) -> bool:
    """A lowercase adjective or participle before a noun ("repeated", "original", "public")."""
    low = toks.lows[k]
    return toks.is_word(k) and low.isalpha() and low == toks.words[k] and low not in POSSESSIVE_PRONOUNS \
        and not low.endswith(("'s", "’s")) and low not in _NOT_MODIFIERS


def _in_view_frame(toks: Tokens, i: int) -> Frame | None:
    """"in the senator's view, ...": the possessor is the source and the rest of the sentence, on
    either side of the phrase, what the view holds; not "in her view of trade", nor "believed in
    her judgment" (the phrase must stand apart, set off by a comma or ending the sentence)."""
    owner = toks.lows[i - 1]
    if toks.quoted[i] or not (owner in POSSESSIVE_PRONOUNS or owner.endswith(_POSSESSIVE_ENDINGS)):
        return None
    if i + 1 < len(toks.words) and toks.words[i + 1] != "," and toks.words[i + 1] not in SENTENCE_END:
        return None
    k = i - 2
    while k >= 0 and i - k <= _VIEW_REACH and toks.lows[k] != "in" and (toks.is_word(k) or toks.words[k] == "."):
        k -= 1
    if k < 0 or toks.lows[k] != "in":
        return None
    source = (k + 1, i)
    before = clause_before(toks, k)
    after = to_sentence_end(toks, i + 2) if i + 1 < len(toks.words) and toks.words[i + 1] == "," else None
    content = tuple(c for c in (before, after) if c is not None)
    return Frame(source, (i, i + 1), content) if content else None


def _final_aside_end(toks: Tokens, k: int) -> int | None:
    """Where an aside opening at ``k`` ends when it closes the sentence, with no comma of its own
    (", a lawyer for the family."); None when it runs on ("another clerk, was a surprise ...")."""
    end = len(toks.words) - (toks.words[-1] in SENTENCE_END)
    return end if end > k and all(toks.words[q] != "," and not toks.quoted[q] for q in range(k, end)) else None


def _according_to(toks: Tokens, i: int) -> Frame | None:
    """"according to X": X runs to the next comma or the sentence end ("a poll
    of 400 voters released on Friday by ..."), with a relative clause after it
    when the content comes before ("..., according to Roe, who ..."), and so with an aside there
    ("..., according to Roe, a lawyer for the family."; in the train sentences it reads, PolNeAR keeps
    such an aside 6 times and leaves it out 4)."""
    start = i + 2
    end = start
    while end < len(toks.words) and toks.words[end] not in _ACCORDING_STOPS:
        end += 1
    # After a dateline's dash ("TRIPOLI (Example Wire) - According to ..."), what is before is no content.
    after_dateline = i > 0 and toks.words[i - 1] in DATELINE_DASHES and toks.is_capitalized(i)
    left = clause_before(toks, i) if not after_dateline else None
    clause = _clause_start(toks, start + 1, end) if left is None else None
    if clause is not None:
        # "According to rights groups there have been ...": no comma, the statement starts the clause.
        source, statement = trim_noun_phrase(toks, start, clause), to_sentence_end(toks, clause)
        return Frame(source, (i, i + 2), (statement,) if statement else ()) if source is not None else None
    closes_sentence = left is not None and end + 1 < len(toks.words) and toks.words[end] == ","
    if closes_sentence and toks.lows[end + 1] in _RELATIVES:
        end = through_aside(toks, end + 1)
    elif closes_sentence and _name_ends_sentence(toks, end + 1):
        end = len(toks.words) - 1  # "..., according to a doctor at the hospital, Samir Haddad."
    elif closes_sentence and toks.lows[end + 1] in _ACCORDING_ASIDES:
        end = _final_aside_end(toks, end + 1) or end
    source = trim_noun_phrase(toks, start, end) if end > start else None
    if source is None:
        return None
    cue = (i, i + 2)
    if left is not None:
        return Frame(source, cue, (left,))
    if source[1] < len(toks.words) and toks.words[source[1]] == ",":
        right = to_sentence_end(toks, source[1] + 1)
        return Frame(source, cue, (right,) if right else ())
    return Frame(source, cue, ())
