"""Mentions of a single study in a sentence ("a 2023 study", "that trial", "an earlier Cochrane review").

Each mention says whether it introduces a study, refers back to the one under discussion, or is talk about
research in general ("one study is not enough", "a bigger trial is needed"). Segmentation decides from that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.stems import Stems

# Singular nouns naming one piece of research. Plurals ("studies", "two trials") never name one study.
# The study doing research on a counted group: "The Framingham Heart Study followed 5,209 adults", "This registry
# cohort followed 52,416 children" (a name, but the study reported, not a data source it drew on).
COUNTED_ACTION = (
    r"\s+(?:has\s+|have\s+|had\s+)?(?:followed|enrolled|recruited|tracked|included|surveyed|randomi[sz]ed|studied"
    r"|involved|interviewed)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?\d"
    # "Our own 2024 Residents' Health Survey, completed by 1,212 people"
    r"|,?\s+(?:which\s+was\s+)?(?:completed|answered|filled\s+in|returned)\s+by\s+(?:more\s+than\s+|over\s+|nearly\s+)?\d"
)
_NOUN = re.compile(
    r"(?i)\b(?:meta-?analysis|metaanalysis|case[- ]series|case[- ]report|RCT"
    r"|(?:cross-sectional|secondary|pooled|post[- ]hoc|longitudinal|retrospective|prospective|observational)"
    r"\s+analysis"
    # "an earlier analysis that pooled four trials": another piece of research, told apart by when it was done
    r"|(?:(?<=earlier\s)|(?<=previous\s)|(?<=prior\s)|(?<=separate\s)|(?<=[12]\d{3}\s))analysis(?!\s+of\s+(?:the|this|its|their)\b)"
    # "a Danish registry analysis of 1.2 million births": research told by the records it read
    r"|(?:(?<=registry\s)|(?<=register\s)|(?<=records\s)|(?<=biobank\s)|(?<=database\s))analysis"
    # "An analysis published last year that pooled eight screening trials": research on research, told by pooling
    r"|(?<=an\s)analysis(?=\s+(?:published\s+[^.;,]{0,30}?\s+)?(?:that|which)\s+(?:pooled|combined|brought\s+together)\b)"
    r"|study|trial|review|survey|pilot(?!\s+(?:study|trial|RCT|survey))|experiment"
    # "The evaluation compared 296 patients": a service evaluation doing research on a counted group
    r"|evaluation(?=\s+(?:compared|included|involved|enrolled|followed|covered|looked\s+at)\s+(?:more\s+than\s+|over\s+"
    r"|nearly\s+|some\s+)?\d)"
    # ("a controlled before-and-after evaluation", "a service evaluation")
    r"|(?:(?<=after\s)|(?<=after-)|(?<=service\s))evaluation"
    # "a poll of 2,000 UK adults" (not a poll tax or a polling station)
    r"|poll(?=\s+of\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?\d)|(?<=\ban\sonline\s)poll\b|(?<=\ban\sopinion\s)poll\b"
    # "In a questionnaire sent out by their professional chamber, ... of the 131 pharmacists who answered"
    r"|questionnaire(?=\s+(?:sent|posted|mailed|e-?mailed|circulated|handed\s+out)\b)"
    # "a birth cohort in Bradford, which followed almost 6,000 children" ("a cohort study" is read at "study")
    # ("A large British cohort, the Thames Valley Diet Cohort, followed ...", "A retrospective cohort looked back at")
    r"|cohort(?!\s+(?:study|studies|analysis))(?=\s*,|\s+(?:in|of|from|that|which|study|looked|gathered|analy[sz]ed"
    r"|reviewed|drew|linked|compared|used)\b|" + COUNTED_ACTION + r")"
    r")"
    # a footnote number run into the noun by a flattened superscript: "The new trial2 tested ..."
    r"(?:\b|(?<=[a-z])(?=\d{1,2}\b))(?!-)"
    # Everyday senses: "study guide", "trial and error", "free trial period", "review board".
    r"(?!\s+(?:guides?|tips|halls?|abroad|groups?|skills|materials|and\s+error|period|version|membership"
    r"|subscription|offer|board|committee|panel|process|site|page|form|link|questions?|visits?|appointments?"
    r"|meetings?)\b)"
)
# Rarer nouns, looked for only when their words occur (a second pattern keeps the common one short).
_RARER_NOUN = re.compile(
    # research that is not done on participants: "a life-cycle assessment", "an economic evaluation"
    r"(?i)\b(?:(?:life[- ]cycle|health\s+technology|economic)\s+(?:assessment|analysis|evaluation)"
    r"|cost[- ](?:effectiveness|benefit)\s+(?:analysis|study|evaluation)"
    # a publication or conference item that reports research of its own: "a 2024 paper in JAMA Pediatrics pooled",
    # "a research letter ... looked at", "poster P-117 from a team at ... compared"
    r"|(?:research\s+)?(?:paper|letter|poster)(?=(?:\s+[A-Z]{0,3}-?\d{1,4})?\s*,?\s+(?:in|from|by|published|presented)\s"
    r"[^.;]{0,80}?\b(?:pooled|combined|followed|compared|reviewed|analy[sz]ed|tracked|surveyed|looked|tested"
    r"|found|showed|reported|recruited|enrolled)\b)"
    # "The biggest piece of work I know of put together 92 trials"
    r"|piece\s+of\s+(?:work|research)"
    # tests on products rather than people: "a laboratory report ... which showed that the fabric released"
    r"|(?:laboratory|lab)\s+(?:report|test|tests|testing|analysis)"
    # a congress talk or abstract: "an oral presentation (OR-27) looked at", "abstract SA-PO112 reported"
    r"|(?:oral|poster|conference|congress|late[- ]breaking)\s+presentation"
    r"|(?:presentation|abstract)(?=\s+\(?(?-i:[A-Z]{1,3}(?:-[A-Z]{1,3})?-?\d{1,4})\)?)"
    # "A questionnaire filled in by 1,147 offshore sailors": a survey told by its form and who answered it
    r"|questionnaire(?=\s+(?:(?:was\s+)?(?:filled\s+in|filled\s+out|completed|answered|returned)\s+by|"
    r"(?:was\s+)?sent\s+(?:out\s+)?to)\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:\d|[a-z]+ty\b|[a-z]+teen\b)))\b"
)
_RARER_STEMS = Stems(
    (
        "assessment",
        "evaluation",
        "effectiveness",
        "benefit analysis",
        "paper",
        "letter",
        "poster",
        "piece of",
        "questionnaire",
        "presentation",
        "abstract",
        "laboratory",
        "lab ",
    )
)
# Modifiers that make the noun something other than research ("a free trial", "our reader survey").
_EVERYDAY_MODIFIERS = frozenset(
    """free court jury murder criminal peer performance annual book film movie product restaurant salary reader
    readers readers' customer customers subscriber satisfaction user thought bible self home
    independent business occasional regular routine periodic yearly quarterly medication clinical roster rota pay
    policy budget spending contract judicial rent price pricing salary staffing""".split()
)
_SOCIAL_POLL_AFTER = re.compile(
    r"(?i)\s+(?:on|in|via)\s+(?:our|their|my|his|her)\s+(?:instagram|facebook|twitter|x|tiktok|threads|stories"
    r"|story|socials|social\s+media|website|app|newsletter|channel|page)\b"
)
_COUNTED_PEOPLE = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:people|readers|followers|users|members|of\s+you)\b")
# Calls to the reader ("Take our survey", "Start a free trial") are not reports of research.
_IMPERATIVE = re.compile(
    r"(?i)^\W*(?:take|fill\s+out|complete|answer|join|sign\s+up|start|try|click|share|book|arrange|ask\s+for)\b"
)
# "In another, ..." and "Another found ...": the study noun is understood from the sentence before.
_ELLIPTIC_ANOTHER = re.compile(
    r"(?i)\b(?:in\s+)?another(?:\s+one)?(?=\s*,|\s+(?:found|showed|reported|tested|compared))"
    # "One of the most careful single studies was carried out in ...": one study, singled out of many
    r"|^\W*one\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:studies|trials)(?=\s+(?:was|is|came|comes)\b)"
    # "There are now two good answers. The first comes from GP records."
    r"|^\W*the\s+(?:first|second|third|other|next)(?:\s+one)?(?=\s+(?:comes|came)\s+from\b)"
)
_NOUN_STEMS = Stems(
    (
        "stud",
        "trial",
        "review",
        "survey",
        "poll",
        "questionnaire",
        "pilot",
        "experiment",
        "analys",
        "series",
        "cohort",
        "report",
        "rct",
        "another",
        "comes from",
        "came from",
        "one of the",
    )
)
_PLURAL_AFTER = re.compile(r"(?:s|es)\b|'s\s+(?:participants|authors|findings|results)")

_STOP_BACKWARD = frozenset(
    """of in on for with by from to at and or but that which who whom whose was were is are be been being has have
    had did do does into than as about after before during while when where if because so each every any no some
    many few several most all both either neither these those such other""".split()
)
INDEFINITE = frozenset({"a", "an", "one"})
DEFINITE = frozenset({"the", "this", "that", "its", "their", "our", "my", "your", "his", "her", "same"})
_DISTINCT_DETERMINERS = frozenset({"another"})
# Modifiers that mark a second study next to the one already discussed ("got a proper trial at sea", after a
# simulator study).
_DISTINCT_MODIFIERS = frozenset(
    """second third fourth fifth earlier previous prior later subsequent separate different follow-up companion
    original older newer smaller larger bigger related parallel new similar follow-on identical comparable
    proper full formal full-scale definitive""".split()
)
# Verbs linking the study under discussion to another one ("built on an earlier study").
LINKING = re.compile(
    r"(?i)\b(?:buil[dt]s?\s+on|grew\s+out\s+of|grows\s+out\s+of|follows|followed\s+up|follow-up\s+to|echo(?:es|ed)"
    r"|extends?|extended|replicat\w*|confirm(?:s|ed)?\s+(?:the\s+)?(?:results|findings)\s+of|contrasts?\s+with"
    r"|in\s+contrast\s+to|unlike|earlier|previously|before\s+that|in\s+line\s+with|consistent\s+with"
    # "Alongside the trial, the same team carried out a qualitative study": a companion study, not the trial (but
    # "alongside a healthy control group" is part of the same study)
    r"|alongside(?=\s+(?:the|this|that|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:trial|study|survey|review|analysis"
    r"|programme|program|project|preprint|paper|report|results|findings)\b))\b"
)
# "a non-randomized pilot", "her feasibility pilot": words that only research carries.
# A fact box's label for the kind of study: "Design: randomised crossover trial", "Study type: cohort study"
_DESIGN_LABEL = re.compile(
    r"(?i)(?:^|\n)[\W_]*(?:design|study\s+design|study\s+type|type\s+of\s+study|method)[*_]*\s*[:–—-]\s*[*_]*"
    r"(?:[\w-]+\s+){0,3}$"
)
_COUNTED_AFTER = re.compile(r"[^.;]{0,20}?\b\d[\d,]*\s+(?:[\w-]+\s+)?(?:people|members|respondents|readers|[a-z]+s)\b")
_GENUINE_MODIFIERS = frozenset({"genuine", "real", "actual"})
_RESEARCH_MODIFIERS = frozenset(
    """randomized randomised non-randomized non-randomised nonrandomized controlled uncontrolled feasibility
    single-arm open-label clinical""".split()
)
_PILOT_AS_RESEARCH = re.compile(
    r"(?i),?\s+(?:run|project|programme|program|phase|scheme|in\s+which|where|that\s+(?:enrolled|tested|recruited))\b"
    # "a small pilot of the app involved 30 patients", "a pilot with 38 patients": people counted in it
    r"|\s+(?:of\s+(?:the|a|an|this|their|its)\s+[^.;,]{1,40}?\s+)?(?:with|involving|(?:involved|enrolled|recruited|included"
    r"|followed)\s+)(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?\d"
)
_TOOK_PART_IN = re.compile(
    r"(?i)\b(?:took\s+part|participated|(?:were\s+)?enrolled|joined|signed\s+up)\s+(?:in|for)?\s*$"
    # "In that pilot, 40 pupils were randomly given ...": the people it was done on follow
    r"|(?:^|[.;:]\s*)(?:in|during)\s+$"
)
_PILOT_RUN_BEFORE = re.compile(
    r"(?i)\b(?:tried|trialled|trialed|ran|launched|set\s+up|started|began|piloted|tested|evaluated)\s+$"
)
_POSSESSIVE_PILOT = re.compile(r"(?i)\b(?:its|their)\s+(?:own\s+)?(?:earlier\s+|original\s+)?pilot\b")

# Talk about research in general, or research that has not been done ("a larger trial is needed").
_HYPOTHETICAL_BEFORE = re.compile(
    r"(?i)\b(?:would|could|should|might|must|need|needs|needed|call(?:s|ed)?\s+for|calling\s+for|future|further"
    r"|plan(?:s|ned)?\s+to|planning|hope\s+to|design|designing|developing|preparing|setting\s+up|if|whether|until|without|any|every|no|not|never|n't|rather\s+than"
    r"|more|each|per"
    # research still to be paid for: "we are applying for funding for a proper trial"
    # (not a word inside a bracket already closed: "the centre (not a clinic) tried an arts pilot")
    r"|(?:funding|funds|money|a\s+grant)\s+for|apply(?:ing)?\s+for|bid(?:ding)?\s+for)\b[^,;:)]*$"
)
# Research an appeal asks money for: "we need to raise £180,000 to fund the next stage: a trial of ..."
_FUNDRAISING_BEFORE = re.compile(
    r"(?i)\b(?:to\s+fund|raise\s+(?:£|\$|€|money|funds)|help\s+us\s+(?:fund|pay\s+for)|your\s+gift\s+could)\b[^.]{0,60}$"
)
# Research not yet done: "A larger trial is under way", "a follow-up study will report next year".
_NOT_YET_AFTER = re.compile(
    r"(?i)[^.;]{0,80}?\b(?:is|are)\s+(?:now\s+|still\s+|currently\s+|already\s+)?(?:under\s*way|ongoing"
    r"|in\s+progress|planned|recruiting|being\s+planned|expected\s+to)\b|[^.;]{0,80}?\bwill\s+(?:begin|start|report"
    r"|run|recruit|be\s+(?:run|conducted|launched))\b"
    # "PACE-MND, a trial of home exercise that plans to recruit 250 people"
    r"|[^.;]{0,80}?\b(?:that|which)\s+(?:plans|aims|hopes|is\s+due|are\s+due|intends)\s+to\b"
    # "a randomised trial is needed": the noun's own verb, not a later clause ("..., but more work is needed")
    r"|\s+(?:is|are|would\s+be|will\s+be)\s+(?:now\s+|still\s+|urgently\s+|also\s+)?(?:needed|required|warranted)\b"
)
# A figure quoted from another study only to compare ("up from 31% in a similar survey") introduces no study.
_COMPARISON_BEFORE = re.compile(
    r"(?i)\b(?:up|down)\s+from\b[^,;:.]{0,40}\b(?:in|from)\s+$"
    # a value set against another study's ("than 12% in a 2019 survey"), not a group set against another group in
    # this one ("slept worse than day-only staff in a survey of 2,140 nurses")
    r"|\b(?:compared\s+with|than)\s+(?:(?:\S+\s+){0,3}?\S*\d\S*\s+(?:\S+\s+){0,2}?)?in\s+$"
)
# "in line with the international trial that ...", "grew out of our pilot study": the study under discussion set
# beside another one or grown from it, so "the" or "our" names that other study.
_OTHER_STUDY_BEFORE = re.compile(
    r"(?i)\b(?:in\s+line\s+with|consistent\s+with|(?:agree|agrees|agreed|chimes?|chimed|fits?)(?:\s+[a-z]+ly)?\s+with"
    r"|mirror(?:s|ed)?"
    r"|echo(?:es|ed)?|similar\s+to|buil[dt]s?\s+on|gr[eo]w(?:s|n)?\s+out\s+of|extends?|extended"
    r"|replicat(?:es|ed))\s+$"
)
_OTHER_STUDY_DETERMINERS = frozenset({"the", "our", "their", "its", "his", "her"})
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_COUNT_OF_AFTER = re.compile(r"\s+of\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?\d[\d,]*\s")
_GENERIC_AFTER = re.compile(
    r"(?i)[\s,]*(?:alone|by\s+itself|on\s+its\s+own|(?:is|was|does|can|will)\s*(?:not|n't|never|rarely|hardly)"
    r"|isn't|wasn't|doesn't|can't|cannot|won't|proves|is\s+(?:only|just)\s+one"
    # "A study like this shows a link": the kind of study just described, not another one
    r"|like\s+(?:this|that|these|those|ours|it)"
    # "an observational study always has that limitation": what any study of the kind does
    r"|always|usually|typically|generally|tends?\s+to"
    # "A randomised trial would be stronger", "a bigger study could settle it": research wished for
    r"|(?:would|could|might|should)\s+(?:(?:be|have\s+been)\s+(?:stronger|better|needed|useful|more|the|a)|settle|answer"
    r"|tell|show|prove|help))\b"
)
# "There's a meta-analysis that pooled eleven trials" introduces one: "there" is no subject to describe.
_PREDICATE = re.compile(
    r"(?i)(?<!\bthere)(?<!\bthere\s)\b(?:is|was|be|been|are|were|'s|it's|this's)\s+(?:not\s+)?(?:just\s+|only\s+)?"
    # ("It was what scientists call an open-label study": the name a design goes by)
    r"(?:what\s+(?:scientists|researchers|doctors|experts|statisticians)\s+(?:call|describe\s+as)\s+)?$"
    # the trials a review found, put together: "The results of the trials were pooled in a meta-analysis"
    r"|\b(?:pooled|combined|analy[sz]ed)\s+(?:together\s+)?in\s+$"
    # the paper already named, saying what it holds: "The paper is real. It describes a double-blind randomised trial"
    r"|\b(?:it|this|the\s+(?:paper|article|report))\s+(?:describes|described|reports|reported|details|detailed)\s+$"
)
# (or a bracketed one: "A study like this (a case-control study) cannot prove ...")
_APPOSITIVE = re.compile(r"[,(]\s*$")
_OTHER_SUBJECT = re.compile(
    r"(?i)^\W*(?:the\s+)?(?:other|another|second|third|fourth|next|last|final|latest)\s+(?:\w+\s+)?"
    r"(?:paper|one|study|piece|report|publication)\b"
    # the noun left out: "The second is a proper randomised trial"
    r"|^\W*(?:the\s+)?(?:other|second|third|fourth|next|last|final|latest)\s+(?:is|was|one\s+is)\s+$"
    # the evidence on a question, not the study already told: "The best answer so far is a meta-analysis"
    r"|^\W*(?:but\s+|and\s+)?(?:the|our)\s+(?:best|strongest|clearest|most\s+reliable|most\s+convincing)\s+"
    r"(?:answer|evidence|data|guide|test)(?:\s+(?:so\s+far|yet|to\s+date|we\s+have))?\s+(?:is|was)\s+$"
)
# Questions put to the reader ("How would you design a study?") introduce nothing.
_QUESTION = re.compile(
    r"(?i)^\W*(?:what|how|which|why|who|where|when|does|do|did|is|are|was|were|can|could|should|would|will|has|have)\b"
    r"[^?]*\?\s*$"
)
# A question about one published study is no generic question: "Is she aware of the study reported in Community Dental
# Health in 2022 by Dr ...?"
_SOURCED = re.compile(
    r"\b(?:published|reported|appeared)\s+(?:\w+\s+){0,3}?in\s+(?:the\s+)?[A-Z][^?]{0,60}\b(?:19|20)\d\d\b"
)
# "her group's meta-analysis": the speaker's team's own study, not the one the article is about
_GROUP_POSSESSIVES = frozenset({"group's", "team's", "lab's", "unit's", "department's", "colleagues'", "own"})
# "her meta-analysis, which pooled 11 trials": a study described by its size is being introduced
_DESCRIBED_AFTER = re.compile(
    r"\s*,?\s+(?:which|that)\s+(?:pooled|combined|enrolled|recruited|followed|included|involved|surveyed|tracked)"
    r"\s+(?:data\s+(?:from|on)\s+)?(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?(?:\d|[a-z]+\s+(?:\w+\s+)?"
    r"(?:studies|trials|people|patients|adults|children))"
)
_SUPERLATIVES = frozenset("biggest largest latest newest strongest best longest most".split())
_SO_FAR = re.compile(
    r"\s+(?:so\s+far|to\s+date|yet|(?:that\s+)?I\s+know(?:\s+of)?|(?:that\s+)?I(?:'ve|\s+have)?\s+(?:seen|found|read)"
    r"|(?:that\s+)?I\s+could\s+find|ever\s+(?:done|run|carried\s+out))\b"
)
_POSTER_NUMBER = re.compile(r"\s+[A-Z]{0,3}-?\d{1,4}\b")
_NAME_WORD = re.compile(r"^[A-Z][a-z]")
_HEADLINE_LEAD = re.compile(r"\W*(?:(?:new|major|large|small|landmark|recent|latest|a)\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}")
_HEADLINE_VERB = re.compile(
    r"\s*(?::|[-–—]|\d{1,2}\b|(?!(?:authors|participants|results|findings|data|subjects|leaders|sites|design|protocol)\b)"
    r"[a-z]+s\b|found\b|showed\b|suggested\b|linked\b)"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_YEAR = re.compile(r"(?:19|20)\d\d")
_PUBLISHED_IN_YEAR = re.compile(
    r"\s*,?\s+(?:published|reported|that\s+appeared|which\s+appeared|appearing)\s+"
    r"(?:(?:in\s+(?:the\s+)?[A-Z][\w&'’ -]{0,60}?\s+)?in\s+(?:19|20)\d\d\b"
    # "A study published last fall in the Journal of Emergency Medicine" (but one "published this month" is the
    # news the article reports, not another study)
    r"|(?:last|earlier\s+this)\s+(?:year|spring|summer|fall|autumn|winter|month)\b)"
)
_MORE_RECENT = re.compile(r"(?i)\b(?:more|most)\s+recent\s+(?:[\w-]+\s+){0,3}$")
_LOOKBEHIND = 160  # characters before a noun that can hold its determiner and the words that qualify it
_LAST_WORD = re.compile(r"([\w'’.-]+,?)$")
_QUOTED_LAST = re.compile(r"(?:\"[^\"]{2,40}\"|“[^”]{2,40}”)$")


@dataclass(frozen=True)
class StudyMention:
    start: int
    end: int
    # "new" (introduces a study) | "distinct" (introduces another study) | "ref" | "predicate" | "labelled" (a fact
    # box's "Design: cohort study", which segmentation reads by where it stands)
    kind: str
    ordinal: int | None = None  # "the second trial" -> 2: which study, in order of mention, a "ref" names


def find_study_mentions(sentence: str) -> list[StudyMention]:
    """Mentions of one study in a sentence, with offsets relative to the sentence; generic talk is left out."""
    lowered = sentence.lower()
    rarer = _RARER_STEMS.found_in_lowercase(lowered)
    if not rarer and not _NOUN_STEMS.found_in_lowercase(lowered):
        return []
    if "?" in sentence and _QUESTION.search(sentence) and not _SOURCED.search(sentence):
        return []
    elliptic = "another" in lowered or " from" in lowered or "one of the" in lowered
    out = (
        [StudyMention(m.start(), m.end(), "distinct") for m in _ELLIPTIC_ANOTHER.finditer(sentence)] if elliptic else []
    )
    linking: bool | None = None
    if _IMPERATIVE.match(sentence):
        return out
    nouns = list(_NOUN.finditer(sentence))
    if rarer:
        nouns = sorted(nouns + list(_RARER_NOUN.finditer(sentence)), key=lambda m: m.start())
    for m in nouns:
        if _PLURAL_AFTER.match(sentence, m.end()) and not m.group(0).lower().endswith(("analysis", "series")):
            continue
        if _is_proper_name(sentence, m):
            continue
        if m.group(0).lower() == "poster" and _POSTER_NUMBER.match(sentence, m.end()):
            out.append(
                StudyMention(m.start(), m.end(), "new")
            )  # "poster P-117 from a team at ...": named by its number
            continue
        prefix = sentence[max(0, m.start() - _LOOKBEHIND) : m.start()]
        if _GENERIC_AFTER.match(sentence, m.end()):
            continue
        if _SOCIAL_POLL_AFTER.match(sentence, m.end()) and not _COUNTED_PEOPLE.search(sentence):
            continue  # "In a poll on our Instagram last year, 71% of you said ...": a show of hands, no study
        determiner, modifiers, det_start = _determiner(prefix)
        if modifiers & _EVERYDAY_MODIFIERS:
            continue
        if (
            m.group(0).lower() == "pilot"
            and determiner not in ("its", "their", "his", "her", "our")
            and not (
                modifiers & (_DISTINCT_MODIFIERS | _RESEARCH_MODIFIERS)
                or _PILOT_AS_RESEARCH.match(sentence, m.end())
                # "HYDRATE-CH grew out of a council-run pilot": the study it grew from
                or _OTHER_STUDY_BEFORE.search(prefix[max(0, det_start - 30) : det_start])
                # "A total of 64 stroke survivors took part in the pilot": people take part in research
                or _TOOK_PART_IN.search(prefix[max(0, det_start - 30) : det_start])
                # "the centre tried an arts pilot": a pilot run is tried out, not flown
                or _PILOT_RUN_BEFORE.search(prefix[max(0, det_start - 30) : det_start])
            )
        ):
            continue  # "the pilot said" is someone flying; "its pilot", "a smaller pilot", "a pilot run" are research
        if determiner is None:
            if m.start() == len(prefix) and _is_headline_subject(sentence, m):
                out.append(StudyMention(0, m.end(), "new"))
            elif _DESIGN_LABEL.search(prefix):
                # "- Design: meta-analysis of 14 randomised trials": segmentation decides whether it opens a study
                out.append(StudyMention(m.start(), m.end(), "labelled"))
            continue
        before_det = prefix[:det_start]
        if determiner in INDEFINITE and (
            _HYPOTHETICAL_BEFORE.search(before_det[-60:])
            or _FUNDRAISING_BEFORE.search(before_det[-80:])
            or _COMPARISON_BEFORE.search(before_det[-60:])
            or _NOT_YET_AFTER.match(sentence, m.end())
        ):
            continue
        if linking is None:
            linking = bool(LINKING.search(sentence)) or bool(_POSSESSIVE_PILOT.search(sentence))
        # "Because this was an observational study, it cannot prove that earlier tubes ...": a description of the
        # study at hand, whatever linking word the sentence has elsewhere
        describes = (
            determiner in INDEFINITE
            and linking
            and _PREDICATE.search(before_det) is not None
            and not _DISTINCT_MODIFIERS & modifiers
            and not _OTHER_SUBJECT.search(before_det)
            and not LINKING.search(before_det)
        )
        if describes:
            kind = "predicate"
        elif determiner in INDEFINITE and modifiers & _GENUINE_MODIFIERS and not _PREDICATE.search(before_det):
            # "The video uses a genuine study but exaggerates it": a fact-check's verdict on the one it checked
            kind = "ref"
        elif determiner in _DISTINCT_DETERMINERS or (
            determiner in INDEFINITE
            and (_DISTINCT_MODIFIERS & modifiers or linking or _dated(modifiers, prefix, sentence, m.end()))
        ):
            kind = "distinct"
        elif determiner in INDEFINITE:
            # "this was a pilot study", "the 2011 survey, a national survey of ..." describe; they do not introduce
            # ("Finally, a meta-analysis pooled ..." has a comma but no noun for an appositive to describe.)
            appositive = _APPOSITIVE.search(before_det) is not None and _NOUN.search(before_det) is not None
            kind = "predicate" if _PREDICATE.search(before_det) or appositive else "new"
            if kind == "predicate" and _OTHER_SUBJECT.search(before_det):
                kind = "distinct"  # "The other paper is a meta-analysis": a roundup moving to its next item
        elif determiner in {"its", "their"} and m.group(0).lower() == "pilot":
            kind = "distinct"
        elif determiner in {"his", "her", "their", "its"} and (
            modifiers & _RESEARCH_MODIFIERS
            or modifiers & _GROUP_POSSESSIVES
            or _DESCRIBED_AFTER.match(sentence, m.end())
        ):
            # "enrolled in her non-randomized pilot", "presented her group's meta-analysis, which pooled 11 trials":
            # the person's own study, introduced here
            kind = "new"
        elif (
            determiner == "our"
            and (
                "own" in modifiers
                or _COUNT_OF_AFTER.match(sentence, m.end())
                # "In our 2024 member survey, 1,020 people told us ...": dated, and counted in its own sentence
                or (
                    any(re.fullmatch(r"(?:19|20)\d\d", w) for w in modifiers)
                    and _COUNTED_AFTER.match(sentence, m.end())
                )
            )
        ) or (
            # "The council's own Residents' Panel survey asked 2,071 people": an organisation's own study
            determiner == "the" and "own" in modifiers and any(w.endswith(("'s", "’s")) for w in modifiers)
        ):
            # "Our own survey of 2,480 members found ...", "In our survey of 3,408 members this June": the outlet's
            # own study, beside the one reported, introduced with its count
            kind = "new"
        elif (
            determiner == "the"
            and modifiers & _GROUP_POSSESSIVES
            and (modifiers & _DISTINCT_MODIFIERS or any(re.fullmatch(r"(?:19|20)\d\d", w) for w in modifiers))
            and _COUNT_OF_AFTER.match(sentence, m.end())
        ):
            # "The trial follows the team's 2024 cohort study of 1,160 women": the same team's other study, dated or
            # called earlier, and counted where it is named
            kind = "distinct"
        elif determiner == "the" and modifiers & _SUPERLATIVES and _SO_FAR.match(sentence, m.end()):
            kind = "new"  # "The biggest study so far is MART TALK": the article's own next study
        elif (
            determiner in _OTHER_STUDY_DETERMINERS
            and _OTHER_STUDY_BEFORE.search(before_det[-30:])
            and not _POSSESSIVE_AFTER.match(sentence, m.end())
        ):
            kind = "distinct"  # (but "in line with the study's hypothesis" is the same study's)
        else:
            kind = "ref"
        ordinal = next((_ORDINALS[w] for w in modifiers if w in _ORDINALS), None) if kind == "ref" else None
        out.append(StudyMention(det_start, m.end(), kind, ordinal))
    return out


def _is_headline_subject(sentence: str, noun: re.Match) -> bool:
    """'Study finds ...', 'New Harvard trial shows ...': headline style, with the article left out."""
    lead = _HEADLINE_LEAD.fullmatch(sentence, 0, noun.start())
    return bool(lead) and bool(_HEADLINE_VERB.match(sentence, noun.end()))


def _dated(modifiers: set[str], prefix: str, sentence: str = "", end: int = 0) -> bool:
    """'a 2015 study', 'a more recent review', 'a study published in the BMJ in 2003': a study told apart by when it
    was done or published."""
    return (
        any(_YEAR.fullmatch(w) for w in modifiers)
        or bool(_MORE_RECENT.search(prefix))
        or bool(sentence and _PUBLISHED_IN_YEAR.match(sentence, end))
    )


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s*$")


def _determiner(prefix: str) -> tuple[str | None, set[str], int]:
    """The determiner governing a noun whose preceding text is prefix, scanning back over modifiers."""
    end = len(prefix)
    modifiers: set[str] = set()
    capitalised = False
    for _ in range(7):
        stripped = prefix[:end].rstrip()
        quoted = _QUOTED_LAST.search(stripped, max(0, len(stripped) - 50))
        if quoted:
            # 'an "arts on prescription" pilot': a quoted name is one modifier, whatever words it holds
            modifiers.add(quoted.group(0).lower())
            end = quoted.start()
            continue
        m = _LAST_WORD.search(stripped, max(0, len(stripped) - 40))
        if not m:
            return None, modifiers, 0
        original = m.group(1).rstrip(",")
        word = original.lower()
        if word in INDEFINITE or word in DEFINITE or word in _DISTINCT_DETERMINERS:
            return word, modifiers, m.start()
        if original[:1].isupper() and original.endswith(("'s", "’s")) and not modifiers & _GROUP_POSSESSIVES:
            return "their", modifiers, m.start()  # "Kemi's pilot trial": a person's study, named as theirs
        if word == "most" and modifiers:
            modifiers.add(word)  # "the most useful study": a superlative, not "most studies"
            end = m.start()
            continue
        # ("The Tri-County Food and Health Study": a joiner inside a capitalised name is part of the name)
        inside_name = word in ("and", "of", "&") and capitalised and _CAPITALISED_BEFORE.search(prefix, 0, m.start())
        if word in _STOP_BACKWARD and not inside_name:
            return None, modifiers, 0
        modifiers.add(word)
        capitalised = original[:1].isupper()
        end = m.start()
    return None, modifiers, 0


def _is_proper_name(sentence: str, noun: re.Match) -> bool:
    """'the National Health and Aging Trends Study' names a data source, not the study reported."""
    if not noun.group(0)[:1].isupper() or _is_title_case(sentence) or re.match(COUNTED_ACTION, sentence[noun.end() :]):
        return False
    before = sentence[: noun.start()].split()[-2:]
    return len(before) == 2 and all(_NAME_WORD.match(w) for w in before)


def _is_title_case(sentence: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence)
    return len(words) > 1 and sum(w[0].isupper() for w in words) / len(words) > 0.6
