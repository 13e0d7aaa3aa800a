"""Whether a lexicon word reads as an attribution cue where it stands.

"show" in "a radio show", "called" in "a firm called Gavekal", "claims" in
"his repeated claims" are nouns or names, not cues; a capitalized "Says" is
a cue only in a title-case headline.
"""
from __future__ import annotations

from typing import Final

from claimgraph.ingest.attribution.tokens import Tokens
from claimgraph.ingest.cues import (
    ADMITTING_FORMS,
    AGENT_CUES,
    CUE_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    MEETING_PREPOSITIONS,
    NAMING_CUES,
    NOT_AGENTS,
    NOUN_DETERMINERS,
    NOUN_LIKE_CUES,
    PARTICLE_CUES,
    PEOPLE_NOUN_CUES,
    PLACING_WORDS,
    POLL_NOUNS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    REPORTING_FORMS,
    SELF_NAMING,
    SENTENCE_END,
    SKIP_BEFORE_CUE,
    SPEAKING_TERMS,
    TALK_VERBS,
    WHY_UNNAMED,
)

# Words that open the complement of a verb cue ("polls show that ...").
_COMPLEMENT_OPENERS: Final = frozenset(
    "that how what why whether who where when if to him her them us me little much more less signs support".split()
)
_SUBJECT_PRONOUNS: Final = frozenset("he she they we i it who".split())
_PRONOUN_ADVERBS: Final = frozenset("now also still often always never".split())
# "X found himself at the center", "X found ways to": finding oneself somewhere or a way to do
# something reports no finding (PolNeAR train marks 2 of 41 such uses).
_FIND_FORMS: Final = frozenset({"find", "finds", "found"})
_FOUND_NOT_FINDINGS: Final = frozenset("himself herself itself themselves ourselves myself yourself ways way".split())
# "X voted early", "residents voted in the primary", "donors signed on": the act of voting or of
# joining, not a stance on something (PolNeAR train marks 13 of 203 such uses, dev 0 of 11).
_VOTE_AND_SIGN_FORMS: Final = frozenset("vote votes voted voting sign signs signed signing".split())
_ACT_NOT_STANCE: Final = frozenset("in at on up off early by last this twice again absentee".split())
# "voters cast their ballots", "votes cast in the primary": casting a ballot is the act of voting, a stance
# only when for whom follows ("cast their votes for Roe": PolNeAR train marks 6 of the 23 such frames the
# cue list found, all six with "for"). The forms, the nouns of a ballot, and how far the noun may follow.
_CAST_FORMS: Final = frozenset({"cast", "casts"})
_BALLOT_NOUNS: Final = frozenset("ballot ballots vote votes".split())
_BALLOT_REACH: Final = 4
# Endings of a past participle ("backed", "written", "shown").
_PARTICIPLE_ENDINGS: Final = ("ed", "en", "wn")
# "adding to his lead", "the hiccup adds to the drama": adding to something, not adding a remark
# (PolNeAR train marks none of 13 such uses the cue list found; "Roe added to People" is said to
# someone, a name after "to").
_ADD_FORMS: Final = frozenset({"add", "adds", "added", "adding"})
# "voters who showed up", "a liberal think tank": turning up somewhere and a research group, no
# showing or thinking (PolNeAR train marks none of the 14 such uses the cue list found, dev 0 of 2).
_NOT_CUE_BEFORE: Final = {
    "show": frozenset({"up"}), "shows": frozenset({"up"}), "showed": frozenset({"up"}),
    "showing": frozenset({"up"}), "shown": frozenset({"up"}), "think": frozenset({"tank", "tanks"}),
    "calling": SELF_NAMING,
    # "a class named for its founder", "a woman identified as Dana Roe", "voters most identified with free
    # trade": a name or an identity given, no statement (train: none of the 10 such frames right)
    "named": frozenset({"for", "after"}), "identified": frozenset({"as", "with"}),
}
# "refused to admit that", "fails to acknowledge", "a plan to admit refugees": conceding in the
# infinitive is mostly not done, or is letting in (PolNeAR train marks 9 of 35 such uses, and the
# source with the cue for 1 of the 18 the cue list found; dev 0 of 3).
_CONCEDING_FORMS: Final = frozenset({"acknowledge", "admit", "concede", "assert"})
# "admitted" after a body that takes in patients: its intake, no admission of a fact.
_WARDS: Final = frozenset("hospital hospitals clinic clinics ward wards infirmary centre centres center centers".split())
_WARD_REACH: Final = 5
# Why a speaker is not named ("granted anonymity to describe") is no frame of its own; the reach is
# the words back from "to".
_WHY_UNNAMED_REACH: Final = 5
# "Gunmen attacked a village", "militants attacked the base": an attack with arms, no stance. The
# verb's forms, what such an attack strikes, and who makes one.
_ATTACK_FORMS: Final = frozenset({"attack", "attacks", "attacked", "attacking"})
_PHYSICAL_TARGETS: Final = frozenset("""village villages town towns city base bases convoy convoys camp camps
    checkpoint checkpoints post posts position positions school schools hospital market mosque church bus
    train ship vessel patrol patrols compound building police station stations barracks airport prison
    embassy army soldiers troops forces civilians""".split())
_ARMED_SUBJECTS: Final = frozenset("""gunmen militants rebels insurgents fighters troops soldiers attackers
    jihadists bandits assailants militiamen""".split())
_TARGET_REACH: Final = 4
# Nouns of data, polls and records, which show what they hold: "polls show", "records show".
_EVIDENCE_NOUNS: Final = POLL_NOUNS | frozenset(
    "records results data findings numbers figures study studies statistics estimates report reports".split()
)
# Participles that describe a document or a grant after its noun ("a lawsuit filed in", "visas issued by").
_FILING_FORMS: Final = frozenset({"filed", "issued"})
# How far back a plural or a noun of data makes "show" the verb it is the subject of.
_PROGRAM_REACH: Final = 8
_NOT_BEFORE_A_PROGRAM: Final = frozenset({"to", "there", "here"})
# In a title-case headline at least this share of the longer words is capitalized.
_TITLE_CASE_SHARE: Final = 0.8


def is_cue(toks: Tokens, i: int) -> bool:
    """A lexicon word is a cue only where it reads as a verb of attribution."""
    if toks.lows[i] in PARTICLE_CUES:
        return particle_length(toks, i) > 0
    if toks.is_capitalized(i) and i > 0 and toks.is_word(i - 1) and not _title_case(toks):
        return False
    if toks.lows[i] in NOUN_LIKE_CUES and not _takes_complement(toks, i + 1) and not _closes_report(toks, i) \
            and not _after_subject_pronoun(toks, i) and not _after_evidence(toks, i):
        return False
    if toks.lows[i] in NAMING_CUES and _names_something(toks, i):
        return False
    if toks.lows[i] in PEOPLE_NOUN_CUES and _names_people(toks, i):
        return False
    if toks.lows[i] == "show" and _names_a_program(toks, i):
        return False
    nxt = toks.lows[i + 1] if i + 1 < len(toks.words) else ""
    if toks.lows[i] in _FIND_FORMS and (nxt in _FOUND_NOT_FINDINGS or (
            nxt == "a" and i + 2 < len(toks.words) and toks.lows[i + 2] == "way")):
        return False
    if toks.lows[i] in _VOTE_AND_SIGN_FORMS and nxt in _ACT_NOT_STANCE:
        return False
    if toks.lows[i] in _CAST_FORMS and _casts_a_ballot(toks, i):
        return False
    if nxt == "by" and _passive_without_agent_cue(toks, i):
        return False
    if (toks.lows[i] in TALK_VERBS and nxt in MEETING_PREPOSITIONS) or (toks.lows[i] in REPORTING_FORMS and nxt == "from"):
        return False
    if toks.lows[i] in TALK_VERBS and nxt == "on" and _speaking_terms(toks, i + 2):
        return False
    if nxt in _NOT_CUE_BEFORE.get(toks.lows[i], ()):
        return False
    if toks.lows[i] in _CONCEDING_FORMS and i > 0 and toks.lows[i - 1] == "to":
        return False
    if toks.lows[i] in ADMITTING_FORMS and _after_ward(toks, i):
        return False  # "Hospitals in the city admitted more than 300 people": patients taken in, nothing conceded
    if toks.lows[i] in _ATTACK_FORMS and _armed_attack(toks, i):
        return False
    if i > 1 and toks.lows[i - 1] == "to" and not WHY_UNNAMED.isdisjoint(toks.lows[max(0, i - 1 - _WHY_UNNAMED_REACH):i - 1]):
        return False
    if toks.lows[i] == "saying" and i > 1 and toks.lows[i - 1] == "as" and toks.lows[i - 2] != "quoted":
        # "The Post quoted an aide as saying that ...": the quoting frame holds what the aide said
        # (PolNeAR train marks none of 6 such uses); "Roe is quoted as saying" is Roe's own.
        return False
    if toks.lows[i] in _ADD_FORMS and nxt == "to" and i + 2 < len(toks.words) and not toks.is_capitalized(i + 2):
        return False
    if nxt == "," and toks.lows[i + 2 : i + 4] == ("according", "to") and _closes_what_came_before(toks, i):
        return False
    if _subject_before_its_verb(toks, i):
        return False
    if i == 0:
        return True
    if determines_noun(toks, i - 1) or _describes_document(toks, i) or _describes_a_filing(toks, i):
        return False
    if toks.lows[i].endswith("s") and toks.lows[i] != "says" and toks.lows[i - 1] in PREPOSITIONS:
        return False  # "with promises to ...", "full of claims": a plural noun after a preposition
    # "his repeated claims": a plural after a determined participle is a noun.
    return not (
        i > 1 and toks.lows[i].endswith("s") and toks.lows[i - 1].endswith(("ed", "est"))
        and determines_noun(toks, i - 2)
    )


def _passive_without_agent_cue(toks: Tokens, i: int) -> bool:
    """"rebel groups backed by the army", "a slogan shared by both camps": a participle before "by" and
    its agent is a passive whose subject did nothing; a participle whose agent is no source (the
    makers of documents, AGENT_CUES leaves out) opens no frame ("responded by saying" is active)."""
    low = toks.lows[i]
    if low in AGENT_CUES or not low.endswith(_PARTICIPLE_ENDINGS) or i + 2 >= len(toks.words):
        return False
    agent = toks.lows[i + 2]
    return toks.is_word(i + 2) and not agent.endswith("ing") and agent not in NOT_AGENTS


def _casts_a_ballot(toks: Tokens, i: int) -> bool:
    """"ballots cast in the county", "voters cast their ballots on Tuesday": the ballot noun before the
    participle or after the verb, with no "for" right after the noun."""
    if i > 0 and toks.lows[i - 1] in _BALLOT_NOUNS:
        return True
    noun = next((k for k in range(i + 1, min(len(toks.words), i + 1 + _BALLOT_REACH))
                 if toks.lows[k] in _BALLOT_NOUNS), None)
    return noun is not None and (noun + 1 >= len(toks.words) or toks.lows[noun + 1] != "for")


def _armed_attack(toks: Tokens, i: int) -> bool:
    """"Gunmen attacked a village", "the militia attacked a convoy": who attacks is armed, or what is
    attacked is a place, a vehicle or a force."""
    if i > 0 and toks.lows[i - 1] in _ARMED_SUBJECTS:
        return True
    return any(toks.lows[k] in _PHYSICAL_TARGETS for k in range(i + 1, min(len(toks.words), i + 1 + _TARGET_REACH)))


def _names_a_program(toks: Tokens, i: int) -> bool:
    """"the reality TV show", "a slide show", "his radio show Dawn Talk": "show" after a word that is
    no pronoun, auxiliary, adverb or "to", with no plural or noun of data among the words before it
    (the subject of a verb: "records from the 2008 cycle show"), is the noun (PolNeAR train marks none
    of the 8 such uses the cue list found, dev 0 of 2)."""
    if i == 0 or not toks.is_word(i - 1):
        return False
    prev = toks.lows[i - 1]
    if prev in PRONOUNS or prev in SKIP_BEFORE_CUE or prev in _NOT_BEFORE_A_PROGRAM or prev.endswith(("ly", "n't", "n’t")):
        return False
    return not any(_plural_or_data(toks.lows[k]) for k in range(max(0, i - _PROGRAM_REACH), i))


def _plural_or_data(low: str) -> bool:
    return low in _EVIDENCE_NOUNS or (low.endswith("s") and not low.endswith(POSSESSIVE_ENDINGS) and len(low) > 3)


def _names_people(toks: Tokens, i: int) -> bool:
    """"gun rights advocates", "Some advocates for", "scientists and advocates": after a lowercase
    word that is no subject pronoun, or after the word opening the sentence, the word is the
    plural noun (PolNeAR train marks none of 11 such uses; after a name, a comma or "which" 2 of 3);
    after a determined noun it is the verb the noun is the subject of ("The union advocates a ...")."""
    if i == 0:
        return True
    prev = i - 1
    if not toks.is_word(prev) or toks.lows[prev] in _SUBJECT_PRONOUNS or toks.lows[prev] in {"which", "that"}:
        return False
    if prev > 0 and toks.lows[prev - 1] in NOUN_DETERMINERS:
        return False
    return prev == 0 or not toks.is_capitalized(prev)


def _closes_what_came_before(toks: Tokens, i: int) -> bool:
    """'"...," Roe said, according to the station': a cue after a quote or a comma, whose content came
    first, and then "according to": the station's frame reports Roe's words, and PolNeAR marks the
    "according to" alone (train marks 0 of 8 such verbs; "Politico reported, according to ..., X
    did" is a cue before its content)."""
    return any(w == "," or w in QUOTE_CLOSE for w in toks.words[:i])


def _speaking_terms(toks: Tokens, k: int) -> bool:
    """"(spoke on) the condition that she not be named", "(on) behalf of": the terms of speaking at ``k``."""
    if k < len(toks.words) and toks.lows[k] == "the":
        k += 1
    return k < len(toks.words) and toks.lows[k] in SPEAKING_TERMS


def _subject_before_its_verb(toks: Tokens, i: int) -> bool:
    """"refugee advocates also said", "reform advocates believe": a plural cue word followed, past
    adverbs and auxiliaries, by a verb cue is the noun that verb's subject ends on."""
    if not toks.lows[i].endswith("s") or (i > 0 and toks.lows[i - 1] in _SUBJECT_PRONOUNS):
        return False
    k = i + 1
    while k < len(toks.words) and (toks.lows[k] in SKIP_BEFORE_CUE or toks.lows[k].endswith("ly")):
        k += 1
    if k >= len(toks.words) or toks.lows[k] not in CUE_WORDS or toks.lows[k].endswith("s") or toks.is_capitalized(k):
        return False
    # A cue that needs its particle is no verb cue without it: "estimates put the crowd at ...".
    return toks.lows[k] not in PARTICLE_CUES or particle_length(toks, k) > 0


def particle_length(toks: Tokens, i: int) -> int:
    """How many words the particle after cue ``i`` has ("out", "it clear"); 0 when none of its
    particles follows."""
    following = toks.lows[i + 1 : i + 3]
    return max((len(p) for p in PARTICLE_CUES.get(toks.lows[i], ()) if following[: len(p)] == p), default=0)


def _before_adverbs(toks: Tokens, i: int) -> int:
    """The index of the first word before ``i`` that is no adverb (-1 when none)."""
    k = i - 1
    while k >= 0 and (toks.lows[k].endswith("ly") or toks.lows[k] in _PRONOUN_ADVERBS):
        k -= 1
    return k


def _after_evidence(toks: Tokens, i: int) -> bool:
    """"polls show voters ...", "the survey shows only ...", "records show,": after a noun of data or
    of a poll (past adverbs) the word is a verb, whatever follows it."""
    k = _before_adverbs(toks, i)
    return k >= 0 and toks.lows[k] in _EVIDENCE_NOUNS


def _after_subject_pronoun(toks: Tokens, i: int) -> bool:
    """"she talks about", "he now hopes", "who hopes for": after a subject pronoun (past adverbs)
    the word is a verb, whatever follows it."""
    k = _before_adverbs(toks, i)
    return k >= 0 and toks.lows[k] in _SUBJECT_PRONOUNS


def determines_noun(toks: Tokens, k: int) -> bool:
    """"the calls", "Trump's calls": the word after ``k`` is a noun."""
    low = toks.lows[k]
    return low in NOUN_DETERMINERS or (low.endswith(POSSESSIVE_ENDINGS) and len(low) > 2)


def _describes_document(toks: Tokens, i: int) -> bool:
    """"a statement posted on its channel said": a participle telling where a document came from."""
    return toks.lows[i - 1] in DOCUMENT_NOUNS and toks.lows[i].endswith("ed") \
        and i + 1 < len(toks.words) and toks.lows[i + 1] in PLACING_WORDS


def _describes_a_filing(toks: Tokens, i: int) -> bool:
    """"a complaint filed in Denver by ...", "disclosures filed on Sunday", "visas issued in": "filed"
    or "issued" after a lowercase noun and before where, when or by whom tells of the noun, no
    statement (PolNeAR train marks none of the 16 such uses the cue list found, dev 0 of 1; "CREW filed
    a request" is a verb)."""
    if toks.lows[i] not in _FILING_FORMS or i + 1 >= len(toks.words):
        return False
    prev = toks.lows[i - 1]
    if not toks.is_word(i - 1) or toks.is_capitalized(i - 1) or prev in PRONOUNS or prev in SKIP_BEFORE_CUE \
            or prev == "that":
        return False
    return toks.lows[i + 1] in PLACING_WORDS or toks.lows[i + 1] in {"against", "for"}


def _names_something(toks: Tokens, i: int) -> bool:
    """"a firm called Gavekal", "a book titled ...", "called off": naming or a
    phrasal verb, not a speaker's characterization."""
    if i + 1 >= len(toks.words):
        return False
    if toks.lows[i + 1] in {"off", "up", "back", "in", "out"}:
        return True
    if not (toks.is_capitalized(i + 1) or toks.words[i + 1] in QUOTE_OPEN):
        return False
    prev = i - 1
    if prev < 0 or not toks.is_word(prev) or toks.lows[prev] in PRONOUNS:
        return False
    # "a group of exiled rebels called Dawn 9": a body its members describe, then its name
    opening = next((q for q in range(prev - 1, max(-1, prev - 5), -1) if toks.lows[q] in {"a", "an"}), None)
    if opening is not None and "of" in toks.lows[opening:prev] and _name_then_stop(toks, i + 1):
        return True  # not "a group of senators called Trump a liar"
    if toks.is_capitalized(prev):
        return False
    return any(toks.lows[q] in DETERMINERS for q in range(max(0, prev - 3), prev + 1))


def _after_ward(toks: Tokens, i: int) -> bool:
    """Whether the cue's subject is a ward or a hospital: its noun a few words before, with no verb or
    clause mark between ("Hospitals in the city admitted", "the clinic has admitted")."""
    for k in range(i - 1, max(-1, i - 1 - _WARD_REACH), -1):
        if toks.lows[k] in _WARDS:
            q = k - 1
            if q >= 0 and toks.words[q].isalpha() and toks.words[q].islower() and toks.lows[q] not in DETERMINERS \
                    and toks.lows[q] not in PREPOSITIONS:
                q -= 1  # one word saying which ("the district hospital")
            while q >= 0 and toks.lows[q] in DETERMINERS:
                q -= 1
            return q < 0 or toks.lows[q] not in PREPOSITIONS  # not "the head of the hospital admitted"
        if not toks.is_word(k) or toks.lows[k] in CUE_WORDS:
            return False
    return False


def _name_then_stop(toks: Tokens, k: int) -> bool:
    """A capitalized name (with its numbers) that punctuation or the sentence's end closes: "Dawn 9,"."""
    while k < len(toks.words) and (toks.is_capitalized(k) or toks.words[k][:1].isdigit()):
        k += 1
    return k == len(toks.words) or not toks.is_word(k)


def _takes_complement(toks: Tokens, k: int) -> bool:
    """"polls show that", "polls show Roe ahead": what follows a verb cue, not
    a noun ("a radio show on", "talk show sales")."""
    if k >= len(toks.words):
        return False
    low = toks.lows[k]
    return (
        low in _COMPLEMENT_OPENERS
        or low in DETERMINERS
        or low in PRONOUNS
        or toks.is_capitalized(k)
        or low[0].isdigit()
        or toks.words[k] in QUOTE_OPEN
        or toks.words[k] == ":"
    )


def _closes_report(toks: Tokens, i: int) -> bool:
    """"..., fundraising records show.", "..., his aides fear.": the cue ends a sentence whose content
    came first, after a plural, a name or a pronoun (not "a radio show.")."""
    if i + 1 != len(toks.words) - 1 or toks.words[i + 1] not in SENTENCE_END or "," not in toks.words[:i]:
        return False
    prev = toks.lows[i - 1]
    return prev.endswith("s") or prev in PRONOUNS or toks.is_capitalized(i - 1)


def _title_case(toks: Tokens) -> bool:
    """A headline written in title case, where a capitalized "Says" is a verb."""
    words = [w for w in toks.words if w[0].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def cue_end(toks: Tokens, i: int) -> int:
    """End of the cue at ``i``: with its particle ("pointed out") and a colon
    glued to it ("said:")."""
    end = i + 1 + particle_length(toks, i)
    if end < len(toks.words) and toks.words[end] == ":" and toks.starts[end] == toks.ends[end - 1]:
        end += 1
    return end
