"""Lexicons for attribution: cue words, the words around sources, channels.

The cue lexicon is the one place to widen or narrow what counts as an
attribution. Verbs are listed as base forms plus irregular forms; the regular
inflections (-s, -ed, -ing) are generated. The choice of verbs follows what
political-news annotation (PolNeAR) marks as attribution cues: speech, writing,
belief, intention and evidence ("a poll shows").
"""
from __future__ import annotations

import re

from claimgraph.graph.model import Channel


def _inflect(base: str) -> tuple[str, ...]:
    """Regular -s/-ed/-ing forms of an English verb (good enough for a lexicon)."""
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        stem = base[:-1]
        return (base, base + "s", stem + "ed", stem + "ing")
    if base.endswith("y") and base[-2] not in "aeiou":
        stem = base[:-1]
        return (base, stem + "ies", stem + "ied", base + "ing")
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return (base, base + "es", base + "ed", base + "ing")
    return (base, base + "s", base + "ed", base + "ing")


def _forms(spec: str) -> frozenset[str]:
    """``spec``: base forms; a base written ``base:form,form`` lists its own forms."""
    forms: set[str] = set()
    for item in spec.split():
        if ":" in item:
            base, irregular = item.split(":")
            forms.add(base)
            forms.update(irregular.split(","))
        else:
            forms.update(_inflect(base=item))
    return frozenset(forms)


# Verbs of saying and writing: a clause or a quote follows, a speaker precedes.
SPEECH_VERBS = _forms(
    """say:says,said,saying tell:tells,told,telling write:writes,wrote,writing,written
    add note announce explain acknowledge declare claim warn urge insist
    state reply respond recall concede admit deny confirm reveal report
    assert contend stress emphasize remark comment joke complain lament
    boast brag quip caution testify allege charge reiterate repeat echo
    observe mention conclude predict promise pledge vow tweet retweet post
    email argue suggest describe ask question wonder counter retort shout
    yell chant propose demand threaten disclose signal hint imply
    reassure assure remind estimate forecast project speculate muse
    clarify elaborate recount opine proclaim affirm reaffirm concur
    agree disagree dispute criticize praise mock blast slam accuse blame
    dismiss reject defend endorse decry denounce condemn lambaste
    urge plead apologize thank applaud hail congratulate welcome tout
    underscore highlight cite quote read:reads,reading"""
)

# Verbs of thinking, wanting and showing: PolNeAR marks these as cues too.
COGNITION_VERBS = _forms(
    """believe think:thinks,thought,thinking hope fear worry expect
    know:knows,knew,knowing,known feel:feels,felt,feeling want intend plan:plans,planned,planning
    seek:seeks,sought,seeking doubt prefer:prefers,preferred,preferring
    find:finds,found,finding show:shows,showed,shown,showing indicate
    recognize realize consider"""
)

# Verbs of stance and of acting on a view: support, oppose, seem, decline.
STANCE_VERBS = _forms(
    """support oppose attack back favor seem appear continue decline refuse
    agree offer express discuss decide learn order sign name list challenge
    request deem portray convince encourage ignore compare release nominate
    talk speak:speaks,spoke,speaking,spoken focus raise push vote cast
    consider view:views,viewed,viewing see:sees,saw,seen,seeing
    like:likes,liked dislike embrace celebrate reference address respond
    accept reject welcome"""
)

# Forms whose attribution reading is rare in political news: mostly nouns
# ("state", "comments", "plans") or verbs that seldom frame a claim there.
# Measured on PolNeAR train: under 30% of their occurrences (at least three)
# were a gold attribution cue with the source found.
WEAK_FORMS = frozenset(
    """
    accept accepted accepting add address addresses addressing agreeing appear
    appeared appearing appears attack attacking attacks back backs believed
    believing casting caution celebrating challenge challenges challenging chants
    charge charges comment comments compared comparing consider considering continue
    continues continuing convinced convincing counter criticizing decides decline
    declining defend defending demand demanding deny denying disagrees dispute
    disputes doubted doubts email emails embrace embracing emphasizing encourage
    encourages encouraging endorse expected expects expressing favor favored
    favoring fears feeling feels felt find finding focus focuses focusing highlight
    highlighting implying intended intends knowing known learn like liked list
    listing name names naming nominating offering offers opposes opposing order
    orders plan planned planning plans post posting posts project projects promise
    propose push pushing question questions quote quotes raise raised raises raising
    reading reassuring recall reference references rejecting release released
    releases releasing remark remarks reminds report reporting reports request
    requests responding saw seeing seek seeking seem seemed seeming seems seen
    shouting showing sign signal signals signing signs speak speaking speaks spoken
    state states stress support supporting talk thanks thinking thought tweet tweets
    view views vote votes voting vow wanting welcome welcoming worries worrying
    written
    """.split()
)

CUE_WORDS = (SPEECH_VERBS | COGNITION_VERBS | STANCE_VERBS) - WEAK_FORMS

# Cues that need their particle to mean attribution ("pointed out", "called for").
PARTICLE_CUES: dict[str, frozenset[str]] = {
    "point": frozenset({"out", "to"}),
    "points": frozenset({"out", "to"}),
    "pointed": frozenset({"out", "to"}),
    "pointing": frozenset({"out", "to"}),
    "call": frozenset({"for", "on"}),
    "calls": frozenset({"for", "on"}),
    "called": frozenset({"for", "on"}),
    "calling": frozenset({"for", "on"}),
}

# Participles that continue the main clause's speaker: "X said ..., adding ...".
PARTICIPLE_CUES = frozenset(w for w in CUE_WORDS if w.endswith("ing"))

# Between a source and its cue: "X has also repeatedly said".
SKIP_BEFORE_CUE = frozenset(
    """also has have had will would could may might can should must did does do
    not never n't later previously earlier then now already repeatedly
    recently once again publicly privately reportedly first frequently often
    still even just ultimately initially subsequently originally quickly
    long last always openly widely further only""".split()
)

DETERMINERS = frozenset(
    """the a an this that these those his her its their our my your some many
    most several both all each every another other any no one two three four
    five six seven eight nine ten few""".split()
)

PRONOUNS = frozenset("he she they it we i you who which".split())

# Words that close a noun phrase scanned leftwards from a cue.
CLAUSE_WORDS = frozenset(
    """that and but or nor because while when if as so than where whether
    though although since until unless whereas whom whose what why how
    is was are were be been being am 's isn't wasn't aren't weren't
    has have had do does did will would could may might can should must
    not to said says say told tells asked""".split()
)

PREPOSITIONS = frozenset(
    """of for from at in on with by about under over among within without
    into onto across against during after before near like via per""".split()
)

# Prepositions allowed inside a source noun phrase ("a source from the
# ministry", "spokesman for the Pentagon", "Tom Miller at Gavekal").
NP_PREPOSITIONS = frozenset("of for from at with in".split())

# Sentence adverbs that are not part of a source when no comma sets them off.
LEADING_ADVERBS = frozenset(
    """meanwhile however still now later earlier then also instead yet
    separately indeed moreover furthermore besides thus hence today yesterday
    tonight nonetheless nevertheless otherwise likewise similarly and but or
    so""".split()
)

# Labels before a colon that name a section, not a speaker.
NOT_SPEAKER_LABELS = frozenset(
    """note update updated related correction clarification editor's photo
    video watch read more source sources disclaimer warning breaking exclusive
    analysis opinion commentary background getty reuters ap afp""".split()
)

TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today
    yesterday tonight morning afternoon evening night week weekend month year
    earlier later recently""".split()
)

TIME_MODIFIERS = frozenset("last this next on early late".split())

# Clauses that close a source rather than describe it: "Trump, who ..." keeps
# the relative clause, "X -- units integrated in ... --" drops a dash aside.
APPOSITIVE_DASHES = frozenset({"--", "—", "–"})

QUOTE_OPEN = frozenset({"“", '"', "''"})
QUOTE_CLOSE = frozenset({"”", '"', "''"})

# Phrases that tell through which channel a claim was made, in order of
# precedence. Each is matched against the sentence with its content blanked
# out, so a "report" quoted inside the claim does not count.
CHANNEL_PATTERNS: tuple[tuple[re.Pattern[str], Channel], ...] = tuple(
    (re.compile(p), c)
    for p, c in (
        (r"(?i:\bon (?:the )?condition of anonymity|\bspeaking anonymously|\banonymously"
         r"|\bdeclined to be (?:named|identified)|\bnot authori[sz]ed to (?:speak|comment|discuss)"
         r"|\brequested anonymity|\basked not to be (?:named|identified))", Channel.ANONYMOUS),
        (r"\b(?:on|via) (?:X|Twitter)\b|(?i:\btweet(?:s|ed|ing)?\b|\bin a post on (?:X|twitter)\b)",
         Channel.X),
        (r"\b(?:on|via) (?:Facebook|Instagram|Truth Social|Telegram|TikTok|YouTube|Threads"
         r"|Bluesky|LinkedIn|Weibo|WhatsApp)\b|(?i:\bon social media\b|\bin an? (?:social media |online )?post\b"
         r"|\bposted\b)", Channel.SOCIAL_MEDIA),
        (r"(?i:\bin an? (?:[\w-]+ )?statement\b|\bissued a statement\b|\bstatement (?:said|read)\b"
         r"|\bpress release\b|\bcommuniqu[eé]\b)", Channel.STATEMENT),
        (r"(?i:\btold reporters\b|\b(?:press|news) (?:briefing|conference)\b|\bbriefing\b"
         r"|\bpress gaggle\b)", Channel.PRESS_BRIEFING),
        (r"\b(?:on|to) (?:CNN|Fox News|Fox|MSNBC|NBC|CBS|ABC|PBS|BBC|Al Jazeera|Sky News|CNBC)\b"
         r"|(?i:\bon (?:national )?(?:television|TV)\b|\btelevised\b)", Channel.TELEVISION),
        (r"(?i:\bin an? (?:[\w-]+ )?interview\b|\binterview with\b)"
         r"|\btold (?:the )?(?:[A-Z][\w.&’'-]*)", Channel.INTERVIEW),
        (r"(?i:\b(?:report|study|survey|poll|analysis|filing|memo)s?\b)", Channel.REPORT),
    )
)

# Nouns naming a written channel when they are themselves the source
# ("the post added", "a poll shows").
DOCUMENT_SOURCES: dict[str, Channel] = {
    "tweet": Channel.X,
    "post": Channel.SOCIAL_MEDIA,
    "statement": Channel.STATEMENT,
    "release": Channel.STATEMENT,
    "report": Channel.REPORT,
    "study": Channel.REPORT,
    "poll": Channel.REPORT,
    "survey": Channel.REPORT,
    "analysis": Channel.REPORT,
    "memo": Channel.REPORT,
    "document": Channel.REPORT,
    "documents": Channel.REPORT,
    "polls": Channel.REPORT,
    "filing": Channel.REPORT,
}
