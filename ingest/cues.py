"""Lexicons for attribution: cue words, the words around sources, channels.

The cue lexicon is the one place to widen or narrow what counts as an
attribution. Verbs are listed as base forms plus irregular forms; the regular
inflections (-s, -ed, -ing) are generated. The choice of verbs follows what
political-news annotation (PolNeAR) marks as attribution cues: speech, writing,
belief, intention and evidence ("a poll shows").
"""
from __future__ import annotations

import re
from typing import Final

from claimgraph.graph.model import Channel


def _inflect(base: str) -> tuple[str, ...]:
    """Regular -s/-ed/-ing forms of an English verb (good enough for a lexicon);
    a base written ``admit+`` doubles its last consonant (admitted)."""
    if base.endswith("+"):
        base = base[:-1]
        return (base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing")
    if base.endswith(("ee", "ye", "oe")):
        return (base, base + "s", base + "d", base + "ing")
    if base.endswith("e"):
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
SPEECH_VERBS: Final = _forms(
    """say:says,said,saying tell:tells,told,telling write:writes,wrote,writing,written
    add note announce explain acknowledge declare claim warn urge insist
    state reply respond recall concede admit+ deny confirm reveal report
    assert contend stress emphasize remark comment joke complain lament
    boast brag+ quip+ caution testify allege charge reiterate repeat echo
    observe mention conclude predict promise pledge vow tweet retweet post
    email argue suggest describe ask question wonder counter retort shout
    yell chant propose demand threaten disclose signal hint imply
    reassure assure remind estimate forecast project speculate muse
    clarify elaborate recount opine proclaim affirm reaffirm concur+
    agree disagree dispute criticize praise mock blast slam+ accuse blame
    dismiss reject defend endorse decry denounce condemn lambaste
    urge plead apologize thank applaud hail congratulate welcome tout
    underscore highlight cite quote read:reads,reading"""
)

# What a thing does as well as a person ("the meter showed", "the sign read"): a noun no lexicon lists
# is no speaker by these.
SHOWING_VERBS: Final = _forms("""show:shows,showed,shown,showing indicate suggest reveal signal imply read:reads,reading
    find:finds,found,finding mean:means,meant,meaning""")
# Verbs of thinking, wanting and showing: PolNeAR marks these as cues too.
COGNITION_VERBS: Final = _forms(
    """believe think:thinks,thought,thinking hope fear worry expect
    know:knows,knew,knowing,known feel:feels,felt,feeling want intend plan:plans,planned,planning
    seek:seeks,sought,seeking doubt prefer:prefers,preferred,preferring
    find:finds,found,finding show:shows,showed,shown,showing indicate
    recognize realize consider"""
)

# Verbs of stance and of acting on a view: support, oppose, seem, decline.
STANCE_VERBS: Final = _forms(
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
# were a gold attribution cue with the source found, or under 34% with under
# 40% of the source words right (counting occurrences outside other
# attributions' content, see NESTED_CUES). Forms that train marks as a cue with its source in
# at least half of their occurrences (seven or more) stay cues whatever those rates say:
# "..., acknowledging that", "questioning whether", "predicting".
WEAK_FORMS: Final = frozenset(
    """
    accept accepted accepting add address addresses addressing
    agreeing appear appeared appearing appears attack attacking attacks back backs
    believed casting caution celebrating challenge challenges
    challenging chants charge charges comment comments compared comparing
    considering continue continues continuing convincing counter decides
    decline declining defend defending demand demanding deny denying disagrees
    dispute disputes doubted doubts email emails embrace embracing
    encourage encourages encouraging endorse expected expects expressing favor
    favored favoring favors fears feeling feels felt find finding focus focuses
    focusing highlight highlighting ignoring intended intends knowing known
    learn learning like liked list listing name names naming nominating note
    offering offers opposes opposing order orders plan planned planning plans
    pledged post posting posts project projects promise propose
    push pushing question questions quote quotes raise raised raises
    raising reading reassuring recall reference references reject release
    released releases releasing remark remarks reminds report reporting reports
    request requests responding seeing seek seeking seem seemed seeming seems seen
    shouting showing sign signal signals signing signs speak speaking speaks spoken
    state states stress support supporting talk thanks thinking threatening tweet
    tweets view views vote votes voting vow wanting welcome welcoming worries
    worrying written
    """.split()
)

# Single forms (not whole verbs: their other forms are mostly nouns, "the
# rule", "an issue") that PolNeAR train marks as cues about half the time or
# more, with the source found: reactions, characterizations, filings.
REACTION_FORMS: Final = frozenset(
    """
    called calls calling referring referred refers sounded remember remembered
    remembers voiced ruled railed knocked likened reacted resisted imagined
    bemoaned sparred attributed rebuffed sided credited coined distanced brushed
    lashed persuaded framed dubbed downplayed balked rebuked derided pronounced
    lays singled envisioned informed shrugged envision foresee withdrew vouched
    contradicted rebut advocated advocates sued answered filed issued invoked
    assailed alluding chided identified blocked appointed recommended outlined
    presented unveiled championed interjected articulated documented ripped
    unleashed shared noticed rattled understood aiming contemplate identify
    negotiated acquiesced displayed opted pivoted ticked uttered suspected promoted interpreted disavowed
    revised cracked
    outlining paints insulted crediting lauded trumpeting rips demonstrates illustrates vetoed vented
    vouching dwelled labeling mulling assails promotes pressured chiding recites
    calculates champions contrasted cried interpret intimated lectured marveled pegs preaches
    reprimanded alluded characterize criticised floated heralded repudiate
    """.split()
)

_FREE_CUES: Final = (SPEECH_VERBS | COGNITION_VERBS | STANCE_VERBS | REACTION_FORMS) - WEAK_FORMS

# Cues that need their particle to mean attribution ("pointed out", "pledged
# to", "weighed in"): forms that are weak or no cues alone. A particle of more
# than one word is joined by "+" ("made it clear", "made the case"). Weak forms
# PolNeAR train marks before one complement: "note that" (7 of 9), "pledged
# that" (3 of 3) and "pledged his support" (4 of 5), "threatening to" (4 of 5), "pushing for" (6 of 7), "walked back" (4 of 5), "defending his" (10 of 14),
# "showing that" (8 of 15, where "showing" alone is 26 of 98).
_PARTICLE_SPEC: Final = {
    "point": "out to",
    "pledge": "to that his+support her+support their+support its+support",
    "note": "that",
    "show:showing": "that",
    "threaten": "to",
    "push:pushing": "for",
    "walk:walks,walked,walking": "back",
    "defend": "his her their its",
    "weigh": "in",
    "lay:lays,laid,laying": "out",
    "rail": "against",
    "lash": "out",
    "hint": "at",
    "complain": "about",
    "go:goes,went,going,gone": "after",
    "shoot:shoots,shot,shooting": "back",
    "fire": "back",
    "hit:hits,hitting": "back",
    "make:makes,made,making": "clear it+clear the+case a+case his+case her+case their+case no+secret no+mention",
    "put:puts,putting": "it",
    "take:takes,took,taking": "issue+with credit+for aim+at swipes+at",
    "come:comes,came,coming": "out+against out+for",
}
PARTICLE_CUES: Final[dict[str, frozenset[tuple[str, ...]]]] = {
    form: frozenset(tuple(particle.split("+")) for particle in particles.split())
    for base, particles in _PARTICLE_SPEC.items()
    for form in _forms(base)
    if form not in _FREE_CUES
}

CUE_WORDS: Final = _FREE_CUES | frozenset(PARTICLE_CUES)

# Cues that name no source: the subject of "seems" or "is expected" is part of
# the content, "reportedly" leaves the reporter unnamed. "asked", "expected"
# and "said" are such cues only in the passive ("was asked", "is expected",
# "it is said"); "asked" also opening a clause ("Asked whether ...", "when
# asked"). So are the passives with no agent whose frames PolNeAR train marks,
# with no source, in three of eight uses or more, above what a frame must reach
# to raise attribution F1 near 0.72 ("is known as", "was announced", "was
# declared", "has been shown", "was confirmed", "was mentioned as").
_PASSIVE_CUES: Final = frozenset(
    """expected asked said known criticized announced declared shown revealed recognized challenged
    confirmed mentioned dubbed""".split()
)
SOURCELESS_CUES: Final = frozenset("seem seems seemed appears reportedly".split()) | _PASSIVE_CUES
PASSIVE_ONLY_CUES: Final = _PASSIVE_CUES
CLAUSE_OPENING_CUES: Final = frozenset({"asked"})
# Sourceless cues whose content is a question put to someone, not a claim.
QUESTION_CUES: Final = frozenset({"asked", "ask", "asks", "asking"})
# Cues whose object may be only whom a report relied on ("WAFA reported 21 dead, quoting a security
# source", "citing officials"): a short noun phrase after them, and no quote, is no claim.
SOURCING_CUES: Final = frozenset({"quoting", "citing"})
# Cues that say a speaker holds the content false ("denied that 40 were killed", "rejected reports that
# ...", "a figure the army disputed"): the counts in it are not the speaker's.
DENYING_CUES: Final = frozenset("""deny denies denied denying reject rejects rejected rejecting dismiss dismisses
    dismissed dismissing dispute disputes disputed disputing refute refutes refuted refuting contest contests
    contested contesting""".split())

# Adjectives of stance after a copula ("X is eager to", "was critical of"),
# those PolNeAR train marks as cues at least half the time (the last eight in
# 45% of their train uses or more: "was concerned that", "is interested in").
# The last line's adjectives of feeling ("were outraged", "have been startled by") and "proud": 11 of the 15
# frames they add on train are right.
STANCE_ADJECTIVES: Final = frozenset(
    """critical worried quick eager hopeful convinced pleased upset reluctant
    adamant wary vocal unhappy supportive skeptical aware confident
    concerned disappointed thrilled impressed scared outspoken interested shocked
    outraged startled angered offended infuriated dismayed alarmed exasperated unsettled proud""".split()
)

# Participles whose agent is a source: "endorsed by the Times", "first
# reported by Politico" (not the makers of documents: "a letter signed by").
AGENT_CUES: Final = frozenset(
    w for w in SPEECH_VERBS | COGNITION_VERBS | STANCE_VERBS | REACTION_FORMS
    if w.endswith(("ed", "en", "wn")) or w in {"thought", "sought", "found"}
) - frozenset("written issued filed signed posted released offered decided backed known raised".split())

# "a statement posted on its channel", "a video released by the group": a participle after a
# document noun, before a preposition, tells where the document came from; the document is not
# its subject.
DOCUMENT_NOUNS: Final = frozenset("""statement post tweet message video letter release report memo email e-mail
    transcript notice bulletin communique communiqué announcement document footage recording""".split())
# Verbs that put a document out ("released a statement", "sent a letter", "published an op-ed"):
# with a document noun as their object they cue what the document says, their subject its source.
ISSUING_VERBS: Final = _forms("release issue publish send:sends,sent,sending")
ISSUED_NOUNS: Final = DOCUMENT_NOUNS | frozenset("ad op-ed column editorial".split())
PLACING_WORDS: Final = frozenset("on by in at via online from overnight late earlier after during".split())

# What follows "by" without being an agent: "said by telephone", "responded
# by saying".
NOT_AGENTS: Final = frozenset("phone telephone email e-mail text mail video far default contrast comparison".split())

# Cues that still report a statement when they sit inside another one's
# content ("X said Y had written that ...", "according to"); thinking and
# wanting there are part of the content, not attributions of their own
# (PolNeAR rarely marks them, nor a "told" there).
TELL_FORMS: Final = frozenset({"tell", "tells", "told", "telling"})
NESTED_CUES: Final = (SPEECH_VERBS - TELL_FORMS) | {"according", "calling"}

# Verbs that take a topic rather than a statement ("commented on the attack", "spoke about the
# crash"): said with no content, they introduce the quote that follows them.
TOPIC_CUES: Final = frozenset("""commented spoke responded reacted remarked talked""".split())
TOPIC_PREPOSITIONS: Final = frozenset({"on", "about", "to"})
# "spoke at a rally", "talked with donors": speaking followed by where, with whom or for whom tells
# of a meeting, not of what was said (PolNeAR train marks a fifth of these).
TALK_VERBS: Final = frozenset({"speak", "speaks", "spoke", "speaking", "spoken", "talk", "talks", "talked", "talking"})
MEETING_PREPOSITIONS: Final = frozenset("with at for in before against over".split())
# "who spoke on the condition that she not be named", "spoke on behalf of the senator": the terms on which, or
# for whom, someone spoke, not a topic (PolNeAR train marks 2 of 20 such uses, dev has none).
SPEAKING_TERMS: Final = frozenset({"condition", "behalf"})
# "who was granted anonymity to describe the raid", "not authorized to comment publicly": why a
# speaker is not named.
WHY_UNNAMED: Final = frozenset("anonymity anonymously authorized authorised".split())
# "Jane Roe reported from Dover.": a credit line telling where a reporter worked, not a statement.
REPORTING_FORMS: Final = frozenset({"reported", "reporting", "reports", "report"})

# A poll stands for what it found: "In a CBS News poll released Monday, 50 percent ...", "X leads in
# the polls" ("in" is the cue, the poll the source).
POLL_NOUNS: Final = frozenset("poll polls survey surveys".split())

# Nouns of saying and stance that, after a possessive and before "that" or "to", frame what their
# owner holds: "his warning that ...", "the council's decision to ...".
REPORTING_NOUNS: Final = frozenset("""claim claims assertion assertions warning warnings view views decision
    decisions concern concerns allegation allegations complaint complaints fear fears worry worries
    promise promises pledge pledges proposal proposals argument arguments accusation accusations
    belief beliefs hope hopes insistence demand demands denial suggestion suggestions conclusion
    conclusions estimate estimates admission assurance assurances refusal emphasis""".split())
POSSESSIVE_PRONOUNS: Final = frozenset("his her their its my our your".split())

# Cue forms that are as often nouns ("a radio show", "his claims", "a gas blast tears through"): cues only
# where a complement follows them.
NOUN_LIKE_CUES: Final = frozenset("show shows claim claims fear hope hopes talks blast blasts".split())
# Plural nouns of people that are also verb forms: "refugee advocates", "Some advocates for ...".
# A verb after a name, a comma, a subject pronoun or a determined noun ("Roe advocates a tax", "which
# advocates for", "The union advocates a shorter week").
PEOPLE_NOUN_CUES: Final = frozenset({"advocates"})

# Cue forms that also name things: "a group called X" is no attribution.
NAMING_CUES: Final = frozenset("called named dubbed".split())

# Participles that continue the main clause's speaker: "X said ..., adding ...".
PARTICIPLE_CUES: Final = frozenset(w for w in CUE_WORDS if w.endswith("ing"))

# Between a source and its cue: "X has also repeatedly said".
SKIP_BEFORE_CUE: Final = frozenset(
    """also has have had will would could may might can should must did does do
    not never n't later previously earlier then now already repeatedly
    recently once again publicly privately reportedly first frequently often
    still even just ultimately initially subsequently originally quickly
    long last always openly widely further only since quite cannot let
    however meanwhile too himself herself themselves itself
    's ’s 've ’ve 'd ’d 'll ’ll""".split()
)

DETERMINERS: Final = frozenset(
    """the a an this that these those his her its their our my your some many
    most several both all each every another other any no one two three four
    five six seven eight nine ten few""".split()
)

PRONOUNS: Final = frozenset("he she they it we i you who which".split())

# Determiners after which a cue word is a noun ("the post", "his claims").
NOUN_DETERMINERS: Final = frozenset(
    "the a an this that these those his her its their our my your no every each".split()
)

# Endings of a possessive word ("Trump's", "voters'").
POSSESSIVE_ENDINGS: Final = ("'s", "’s", "s'", "s’")

SENTENCE_END: Final = frozenset({".", "!", "?"})

# Dashes that end a dateline or a headline ("CLEVELAND — ...", "POLLS - Roe: ...").
DATELINE_DASHES: Final = frozenset({"—", "--", "–", "-"})

# Words that close a noun phrase scanned leftwards from a cue.
CLAUSE_WORDS: Final = frozenset(
    """that and but or nor because while when if as so than where whether
    though although since until unless whereas whilst whom whose what why how
    is was are were be been being am 's isn't wasn't aren't weren't
    has have had do does did will would could may might can should must
    not to said says say told tells asked after before despite""".split()
)

# Common verb forms, to tell where a noun phrase read leftwards from a cue
# stops ("Clinton began Sunday with a ..."): irregular past tenses mostly,
# since regular ones are told by their "-ed".
VERB_FORMS: Final = frozenset(
    """took made gave went began came got kept left held ran won lost met put set
    led brought sent spent sought felt knew saw became stood fell grew drew wrote
    spoke told said thought built paid sold bought caught taught heard meant let
    takes makes gives goes begins comes gets keeps holds runs wins loses meets puts
    leads brings sends spends includes included remains remained""".split()
)

PREPOSITIONS: Final = frozenset(
    """of for from at in on with by about under over among within without
    into onto across against during after before near like via per""".split()
)

# Prepositions allowed inside a source noun phrase ("a source from the
# ministry", "spokesman for the Pentagon", "Tom Miller at Gavekal").
NP_PREPOSITIONS: Final = frozenset("of for from at with in".split())

# Sentence adverbs that are not part of a source when no comma sets them off.
LEADING_ADVERBS: Final = frozenset(
    """meanwhile however still now later earlier then also instead yet
    separately indeed moreover furthermore besides thus hence today yesterday
    tonight nonetheless nevertheless otherwise likewise similarly and but or
    so""".split()
)

# Labels before a colon that name a section, not a speaker.
NOT_SPEAKER_LABELS: Final = frozenset(
    """note update updated related correction clarification editor's photo
    video watch read more source sources disclaimer warning breaking exclusive
    analysis opinion commentary background getty reuters ap afp twitter email
    look latest busted plus contributing contributors notice so q
    live explainer factbox timeline heatwave heat floods flood flooding earthquake quake storm snowstorm
    hailstorm cyclone typhoon hurricane wildfire wildfires fire blaze explosion blast crash outbreak
    drought famine landslide mudslide sinkhole tsunami stampede""".split()
)

TIME_WORDS: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today
    yesterday tonight morning afternoon evening night week weekend month year
    earlier later recently""".split()
)

TIME_MODIFIERS: Final = frozenset("last this next on early late".split())

# Every word of a phrase that only says when ("a day earlier", "on Friday",
# "two weeks ago"): such a phrase after a cue is no content.
TIME_PHRASE_WORDS: Final = TIME_WORDS | TIME_MODIFIERS | frozenset(
    """a an the one two three four five six seven eight nine ten few several
    day days week weeks month months year years hour hours minute minutes decade
    decades ago before after since then past in at of
    january february march april may june july august september october
    november december""".split()
)

# What a cue and its content say when they state nothing: "declined to
# comment", "did not respond to a request for comment", "asked not to be
# named". PolNeAR marks these as attributions; they make no claim.
# What a body does that identifies it ("the company that operates the quarry"): verbs, never plural nouns.
RUNNING_VERBS: Final = frozenset("runs operates owns manages controls oversees employs ran operated owned managed "
                                 "controlled built".split())

# "a group calling itself the Freedom Front": a name taken, not a statement.
SELF_NAMING: Final = frozenset({"itself", "themselves"})

NON_STATEMENT: Final = re.compile(
    r"(?i)^\W*(?:to\s+(?:comment|be\s+(?:named|identified|quoted)|give\s+(?:his|her|their)\s+names?)\b"
    r"|not\s+to\s+be\s+(?:named|identified|quoted)\b"
    r"|that\s+(?:his|her|their)\s+names?\s+(?:be\s+withheld|not\s+be\s+(?:used|given|published))\b"
    r"|to\s+(?:(?:a|an|the|multiple|repeated|several|two|three|numerous)\s+)?(?:\w+\s+)?"
    r"(?:requests?|messages?|calls?|e-?mails?|inquiries|queries|questions)\b[^.;]{0,40}$)"
)

# Clauses that close a source rather than describe it: "Trump, who ..." keeps
# the relative clause, "X -- units integrated in ... --" drops a dash aside.
APPOSITIVE_DASHES: Final = frozenset({"--", "—", "–", "―"})

# Dashes that credit a quote to whoever follows them: '"We will win." ― Dana Roe'.
CREDIT_DASHES: Final = APPOSITIVE_DASHES | DATELINE_DASHES

QUOTE_OPEN: Final = frozenset({"“", '"', "''"})
QUOTE_CLOSE: Final = frozenset({"”", '"', "''"})

# Phrases that tell through which channel a claim was made, in order of
# precedence. Each is matched against the sentence with its content blanked
# out, so a "report" quoted inside the claim does not count. Each comes with
# strings ("|"-separated, lowercase) one of which any match contains: a phrase
# is searched for only where one of them is, since most sentences name no channel.
# The platforms a statement is posted on, by name: a channel, never a place ("said on X", "on Facebook").
X_NAMES: Final = ("X", "Twitter")
SOCIAL_PLATFORMS: Final = ("Facebook", "Instagram", "Truth Social", "Telegram", "TikTok", "YouTube", "Threads",
                           "Bluesky", "LinkedIn", "Weibo", "WhatsApp")
PLATFORMS: Final = frozenset(X_NAMES + SOCIAL_PLATFORMS)
# "X put the death toll at 29", "putting its losses at three": a count given as a value.
PUTTING_VERBS: Final = frozenset("put puts putting placed places placing".split())
# Verbs a speaker changes its own count by: "raised its toll to 28", "revised the death toll to 105".
REVISING_VERBS: Final = frozenset("""raise raises raised raising revise revises revised revising lower lowers lowered
    lowering update updates updated updating increase increases increased increasing reduce reduces reduced reducing
    correct corrects corrected correcting adjust adjusts adjusted adjusting upped""".split())
# "Hospitals admitted 300 people": a ward's intake, read by the figures and kept from the cue of conceding.
ADMITTING_FORMS: Final = frozenset("admit admits admitted admitting".split())
CHANNEL_PATTERNS: Final[tuple[tuple[re.Pattern[str], Channel, tuple[str, ...]], ...]] = tuple(
    (re.compile(p), c, tuple(words.split("|")))
    for p, c, words in (
        (r"(?i:\bon (?:the )?condition of anonymity|\bspeaking anonymously|\banonymously"
         r"|\bdeclined to be (?:named|identified)|\bnot authori[sz]ed to (?:speak|comment|discuss)"
         r"|\brequested anonymity|\basked not to be (?:named|identified))", Channel.ANONYMOUS,
         "anonym|declined|authori|asked"),
        (r"\b(?:on|via) (?:(?:its|his|her|their|the) (?:official )?)?(?:" + "|".join(X_NAMES) + r")\b"
         r"|(?i:\btweet(?:s|ed|ing)?\b|\bin a post on (?:X|twitter)\b)",
         Channel.X, " x|twitter|tweet"),
        (r"\b(?:on|via) (?:(?:its|his|her|their|the) (?:official )?)?(?:" + "|".join(SOCIAL_PLATFORMS) + r")\b"
         r"|\bin an? [A-Z]\w+ post\b|(?i:\bon social media\b|\bin an? (?:social media |online )?post\b|\bposted\b)", Channel.SOCIAL_MEDIA,
         "facebook|instagram|truth|telegram|tiktok|youtube|threads|bluesky|linkedin|weibo|whatsapp|social|post"),
        (r"(?i:\bin an? (?:[\w-]+ )?statement\b|\bissued a statement\b|\bstatement (?:said|read)\b"
         r"|\bpress release\b|\bcommuniqu[eé]\b)", Channel.STATEMENT, "statement|release|communiqu"),
        (r"(?i:\btold reporters\b|\b(?:press|news) (?:briefing|conference)\b|\bbriefing\b"
         r"|\bpress gaggle\b)", Channel.PRESS_BRIEFING, "reporters|briefing|conference|gaggle"),
        (r"\b(?:on|to) (?:CNN|Fox News|Fox|MSNBC|NBC|CBS|ABC|PBS|BBC|Al Jazeera|Sky News|CNBC)\b"
         r"|(?i:\bon (?:national )?(?:television|TV)\b|\btelevised\b)", Channel.TELEVISION,
         "cnn|fox|nbc|cbs|abc|pbs|bbc|jazeera|sky|television|tv|televised"),
        (r"(?i:\bin an? (?:[\w-]+ )?interview\b|\binterview with\b)"
         r"|\btold (?:the )?[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*)*", Channel.INTERVIEW, "interview|told"),
        (r"(?i:\b(?:report|study|survey|poll|analysis|filing|memo)s?\b)", Channel.REPORT,
         "report|study|survey|poll|analysis|filing|memo"),
    )
)

# Nouns naming a written channel when they are themselves the source
# ("the post added", "a poll shows").
DOCUMENT_SOURCES: Final[dict[str, Channel]] = {
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
