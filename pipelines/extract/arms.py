"""Interventions and comparators of a study, as short noun phrases.

Arms are read from the way articles describe group assignment ("randomly assigned to X, Y or Z",
"one group received X while the control group received Y", "compared X with Y"), then each list
item is trimmed to its name. Roles come from a table of comparator words (usual care, wait list,
placebo, education, medication...); with none of those, the arm the text talks about most is the
intervention. Observational designs have no assigned arms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.extract.acronyms import expand_acronym, find_acronyms
from pipelines.extract.arm_names import fuller_name
from pipelines.extract.dose_units import SPELLED_DOSE_AMOUNT
from pipelines.extract.noun_phrases import Span, cut_at, phrase_name, split_items, strip_leading, strip_trailing
from pipelines.extract.sentences import SentenceIndex
from pipelines.extract.stems import HintBits
from pipelines.model import ArmFact, Sentence

_MAX_ARMS = 8  # more than this is a misread list, not a trial design
OBSERVATIONAL = frozenset({"cohort", "case_control", "cross_sectional", "survey", "qualitative"})
REVIEWS = frozenset({"systematic_review", "meta_analysis"})

_ASSIGN = re.compile(
    # (not a willingness: "women were willing to be randomised and to wear the bands")
    # (nor a denial: "Patients were not allocated to wards at random, so the comparison is not perfect")
    r"(?<!\bto\sbe\s)(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)\b(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed|divided|split"
    r"|placed|stratified"
    # "used a random number list to put them into one of three groups: ..."
    r"|put(?=\s+(?:them|everyone|(?:the\s+)?[\w-]+)\s+(?:in)?to\s+(?:one\s+of\s+)?(?:two|three|four|five|\d)\s+groups)"
    r"|(?:picked|chosen|selected)(?=\s+at\s+random\s+to\b))\b"
    # (not the adjective: "pooled 22 randomised trials and concluded that X led to ...")
    r"(?!\s+(?:controlled\s+|clinical\s+)?(?:trials?|studies|study|RCTs?|evidence|design|order)\b)"
    # an allocation ratio may sit before the arms: "randomized 2:1 to velanatide or placebo"
    # ("aged 60 to 85 ... to one of three programmes": a range's "to" is not the allocation's)
    # ("randomly split 300 adults between a Mediterranean diet and a low-fat diet", not "between 2019 and 2021")
    # ("were randomly split four ways: HIIT, cardio, weights or a control group")
    r"(?P<object>(?:\d:\d|[^.;:]){0,160}?)\b(?:(?!(?<=\d\s)to\s+\d)(?:in)?to|between(?!\s+\d)"
    r"|(?<=\s)(?:two|three|four|five|six|\d)\s+ways\s*:)(?:\s+|(?<=to)(?=:))"
    r"(?:receive\s+|either\s+|take\s+|get\s+|use\s+|wear\s+|eat\s+|drink\s+"
    r"|join\s+|attend\s+|do\s+"
    r"|add\s+|(?:switch|turn)\s+on\s+|start\s+|try\s+)*",
    re.IGNORECASE,
)
# "one of three groups:", "three groups, n = 20 per group:", "one of five massage schedules or"
_GROUP_COUNT = re.compile(
    r"(?i)^(?:one\s+of\s+)?(?:the\s+)?(?:two|three|four|five|six|\d)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:groups?|arms?|approaches|programs?|programmes?|conditions?|treatments?|interventions?|options)\b"
)
# (or a table row whose first cell labels the group: "A | Acupuncture: 10 weekly sessions")
_BULLET = re.compile(r"\s*(?:[-*•·]|\d{1,2}[.)]|[a-z][.)]|\|?\s*[A-Za-z0-9]{1,2}\s*\|)\s*")
# a table's header row above its groups: "Group | What they got"
_TABLE_HEADER = re.compile(r"(?i)\s*\|?\s*(?:groups?|arms?|condition|treatment)\s*\|")
_SENTENCE_STOP = re.compile(r"[.!?](?=[*_]*\s)")
# "The programme had two parts:" followed by list lines: every line is a component of one intervention.
_COMPONENTS = re.compile(
    r"(?i)\b(?:had|has|included|includes|consisted\s+of|combined|comprised|involved)\s+(?:two|three|four|\d)\s+"
    r"(?:[\w-]+\s+)?(?:parts|components|elements|strands|arms)\s*:\s*$"
)
_SHARE_QUALIFIED = re.compile(r"(?i)\b(?:than|about|nearly|almost|over|under|around|roughly|of|only|just)\s+$")
_COUNT_WORD = re.compile(r"(?i)(?:one\s+of\s+)?(?:the\s+)?\w+\s+")
_RECEIVED_EITHER = re.compile(
    r"(?i)\b(?:received?|got|given|underwent|were\s+offered|took|take|used|ate|drank|wore|had|(?:were|was)\s+put\s+on"
    r"|(?:were|was)\s+placed\s+on)\s+either\s+"
    # "Smokers were randomly offered e-cigarettes or nicotine patches"
    r"|\brandomly\s+(?:offered|given|sent|prescribed)\s+(?=[^.;]{3,60}?\s+or\s+)"
    # "randomly put them on the combo, the steroid alone, or the antihistamine alone"
    r"|\brandomly\s+put\s+(?:them|everyone|(?:the\s+)?[\w-]+)\s+on\s+(?=[^.;]{3,80}?\s+or\s+)"
    # "The trial gave 500 pregnant women vitamin D supplements or dummy pills"
    r"|\b(?:gave|offered)\s+(?:\d[\d,]*|all|each\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:women|men|children|people|adults"
    # ("gave 144 women aged 40 to 60 either a daily drink ... or a placebo drink")
    r"|patients|participants|volunteers|[a-z]+ers|[a-z]+ists)(?:\s+aged\s+\d+\s*(?:to|-|–)\s*\d+)?\s+(?:either\s+)?"
    r"(?=[^.;]{3,60}?\s+or\s+)"
    # "Wounds were treated with the new dressing or with standard gauze"; "heard music or silence through headphones"
    r"|\b(?:treated|managed)\s+with\s+(?=[^.;]{3,60}?\s+or\s+with\s+)"
    # "Participants injected themselves with either the drug or a dummy injection"
    r"|\b[a-z]+ed\s+(?:themselves\s+)?with\s+either\s+"
    # "A sealed envelope decided whether a baby followed the usual schedule ... or a faster one"
    r"|\b(?:decided|determined|chose)\s+whether\s+(?:a|an|each|the)\s+[\w-]+\s+(?:would\s+)?(?:followed?|got|get|received?"
    r"|had|have|joined?|went)\s+(?=[^.;]{3,120}?\s+or\s+)"
)
_SMALL_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_GROUP_RECEIVED = re.compile(
    r"(?i)\b(?:(?P<which>one|the\s+first|the\s+second|the\s+other|the\s+control|the\s+comparison|the\s+intervention|"
    r"the\s+treatment|the\s+experimental|the\s+[\w-]+)\s+(?:group|arm)(?:\s+of\s+\d[\d,]*\s+[\w-]+)?"
    # the places a cluster trial allocated: "the other communities carried on as usual"
    # ("The other 12 villages carried on as usual", "the other seven schools")
    r"|(?P<places>the\s+other\s+(?:\d[\d,]*\s+|" + _SMALL_COUNT + r"\s+)?(?:communities|villages|schools|clinics|wards"
    r"|homes|practices|towns|districts|clubs"
    r"|teams|families|sites|centres|centers|branches|offices|pharmacies))"
    # "In half, families received wire and posts ...": the half of the places, then who in them
    r"|(?P<places_share>(?<=\bin\s)half(?:\s+of\s+(?:them|the\s+[\w-]+))?,\s+(?:the\s+)?[\w-]+)"
    # "Half received X; the other half received Y": a share of the sample stands for its group.
    # ("Half the 300 patients got ...", "while another 300 received ...")
    # ("Half of the 240 pupils in the trial were taught mindfulness")
    r"|(?P<share>(?:the\s+other\s+|the\s+remaining\s+)?half(?:\s+(?:of\s+)?(?:them|the\s+(?:\d[\d,]*\s+)?[\w-]+"
    r"(?:\s+in\s+the\s+(?:[\w-]+\s+){0,2}?(?:trial|study))?))?"
    r"|the\s+rest|the\s+others|another\s+\d[\d,]*(?:\s+[\w-]+)?"
    # ("the other seven carried on with their normal timetable")
    r"|the\s+remainder|the\s+other\s+(?:\d[\d,]*|" + _SMALL_COUNT + r")|the\s+other(?=\s+(?:took|got|received|had|wore"
    r"|used|ate|drank|did|kept"
    r"|stayed|continued|carried)\b)"
    # "Some were given melatonin at bedtime while others got a look-alike pill"
    r"|\b(?-i:Some)(?=\s+(?:were|got|received|took|had)\b[^.;]{3,80}?\b(?:while|whereas|and)\s+others\b)"
    r"|(?<=while\s)others|(?<=whereas\s)others))"
    # "Half of them (106) were given ...", "Half of them, chosen by lottery, got ...": a count or an aside between
    r"(?:\s*\(\s*(?:n\s*=\s*)?\d[\d,]*\s*\)|,[^,.;]{3,40},)?"
    r"\s+(?:could\s+|would\s+|also\s+|then\s+|were\s+|was\s+|simply\s+|just\s+|only\s+|instead\s+)*"
    # ("half to a breathing app and half to usual care": the second half's verb is left out)
    r"(?:(?<=half\s)to|received?|got|get|given|was\s+given|were\s+given|underwent|attended|was\s+offered|offered|took(?!\s+part\b)|used|ate|"
    r"(?:was|were)\s+(?:posted|sent|mailed)|went\s+to|wore|"
    r"drank|wore|practi[cs]ed|followed|completed|delivered|carried\s+on\s+with|continued(?:\s+with)?|kept|did|"
    r"stayed\s+on|were\s+taught|were\s+trained\s+in|learned|learnt|(?:was|were)\s+asked\s+to"
    r"|carried\s+on(?=\s+as\s+(?:usual|normal|before)\b)"
    r")\b"
    r"\s*(?:\.{2,}|…)?\s*(?!not\b)"
)
_ELLIPTIC_OTHER = re.compile(
    r"(?i)(?:,|;|\s+and|,?\s+while|,?\s+whereas)\s+(?:the\s+other\s+(?:half|group)|the\s+others|the\s+rest"
    r"|the\s+remainder)\s+(?=(?:a|an|the|their|his|her|no|usual|standard|ordinary|regular|just|only|both)\b)"
    # the next groups by their order: "in the second, a set of reusable pads; in the third, ...", "the second drank ..."
    r"|(?i:;|,)\s+(?:and\s+)?(?:in\s+)?the\s+(?:second|third|fourth)(?:\s+(?:group|arm))?,?(?:\s+(?:they|[a-z]+s)"
    r"(?=\s+(?:received|got|were|drank|took|had|used|ate|wore)\b))?(?:\s+(?:received|got|were\s+given|drank|took|had"
    r"|used|ate|wore))?\s+(?=[a-z])"
)
# "In the fit-testing group, each worker had a single session ...; in the comparison group, workers had the usual
# toolbox talk": a group named by its treatment gives the arm's name, a control group gives what it had.
_IN_GROUP = re.compile(
    r"(?i)\bin\s+the\s+(?P<label>[\w-]+(?:\s+[\w-]+)?)\s+(?:group|arm),?\s+(?:(?:each|every|all(?:\s+the)?)\s+)?"
    r"(?:[a-z]+s?\s+)?(?:had|received|got|were\s+given|was\s+given|used|took|attended|wore)\s+"
    # (a result, not what the group had: "14% in the placebo group had been diagnosed", "had fewer attacks")
    r"(?!(?:been|not|no|more|less|fewer|higher|lower|better|worse|similar|the\s+same)\b)"
)
_CONTROL_LABEL = re.compile(r"(?i)control|comparison|other|second|usual|placebo|sham")
_DESCRIPTIVE_LABEL = re.compile(r"[a-z]+-[a-z]+|[a-z]+\s+[a-z]+")
_LABEL_GENERIC = re.compile(
    r"(?i)^(?:control|comparison|intervention|treatment|experimental|other|first|second|usual[- ]care|placebo|sham"
    r"|active|study|trial)$"
)
# "A lottery decided who got a free pair of reading glasses straight away": the arm chance gave
_DECIDED_WHO = re.compile(
    r"(?i)\b(?:decided|determined|chose|picked)\s+who\s+(?:got|received|would\s+(?:get|receive))\s+"
    r"(?P<a>[^.;,]{3,80}?)(?=\s+(?:straight\s+away|first|immediately|right\s+away|and\s+who|at\s+once)\b|[.;,]|$)"
)
# A crossover: "On one visit they drank an energy drink; on the other, a lookalike with no caffeine"
_CROSSOVER = re.compile(
    r"(?i)\bon\s+one\s+(?:visit|occasion|day|night|morning|evening|week|session)\b[^;.]{0,40}?\b(?:drank|took|had|got"
    r"|received|ate|used|wore|were\s+given|was\s+given)\s+(?P<a>[^;.]{3,80});\s*(?:and\s+)?on\s+the\s+other(?:\s+\w+)?,?"
    r"\s+(?:they\s+\w+\s+)?(?P<b>[^.;]{3,100})"
    # "had a 30-minute sauna session on one day and sat resting in a cool room ... on another",
    # "wore amber-tinted glasses for two hours before bed for one week and clear-lensed glasses for another week"
    r"|\b(?:drank|took|had|got|received|ate|used|wore|tried)\s+(?P<a2>[^;.:]{3,100}?)\s+(?:on\s+one\s+(?:visit|occasion|day|night"
    r"|morning|evening|week|session)|for\s+(?:one|a)\s+(?:week|day|night|month|fortnight|period))\s+and\s+"
    r"(?:(?:sat|had|took|got|received|ate|used|wore|drank|tried|spent)\s+)?(?P<b2>[^;.]{3,100}?)\s+(?:(?:on|for)\s+(?:another|the\s+other)"
    r"|in\s+(?:a\s+)?random(?:i[sz]ed)?\s+order)\b"
    # "Each ship spent six months with staffed handwashing stations ... and six months with only the usual gel"
    # ("each player spent two weeks taking a five-minute stretch break every hour and two weeks practising as normal")
    # ("each nurse spent four weeks eating a light snack at around 2 a.m. and four weeks eating a full hot meal")
    r"|\bspent\s+(?:\w+\s+){1,2}(?:days?|weeks?|months?|years?|nights?)\s+(?:with|on|[a-z]+ing)\s+"
    r"(?P<a3>(?:[ap]\.m\.|[^;.]){3,120}?)\s+and\s+(?:\w+\s+){1,2}(?:days?|weeks?|months?|years?|nights?)\s+(?:(?:with|on"
    r"|[a-z]+ing(?!\s+(?:as|like|normally|usual)\b))\s+(?:only\s+)?(?=[^;.,]{3,100})|(?=[a-z]+ing\s))(?P<b3>[^;.,]{3,100})"
    # "drove a simulator twice: once after two weeks on methylphenidate and once after two weeks on a placebo"
    r"|\bonce\s+(?:after\s+[^,;.]{0,30}?\s+)?(?:on|with|using|wearing|taking)\s+(?P<a4>[^,;.]{3,60}?)\s+and\s+once\s+"
    r"(?:after\s+[^,;.]{0,30}?\s+)?(?:on|with|using|wearing|taking)\s+(?P<b4>[^,;.]{3,60}?)(?=\s*[,;.]|\s+in\s+random|$)"
    # "once after a drink containing 200 mg of caffeine, roughly two cups of coffee, and once after a decaffeinated
    # drink": each turn named by what came before it
    r"|\bonce\s+(?:after|before)\s+(?P<a5>[^;.]{3,90}?),?\s+and\s+once\s+(?:after|before)\s+(?P<b5>[^,;.]{3,60}?)"
    r"(?=\s*[,;.]|\s+(?:that|which|in\s+random)\b|$)"
    # "each for four weeks, in random order: a handheld magnifier and a phone camera with zoom"
    r"|\bin\s+(?:a\s+)?random(?:i[sz]ed)?\s+order\s*:\s*(?P<a6>[^;.]{3,80}?)\s+(?:and|or)\s+(?P<b6>[^.;]{3,80}?)(?=\s*[.;]|$)"
    # "Each of the 20 volunteers tried both a standing desk and a normal desk, in random order"
    r"|\btried\s+both\s+(?P<a7>[^,;.]{3,60}?)\s+and\s+(?P<b7>[^,;.]{3,60}?),?\s+in\s+(?:a\s+)?random(?:i[sz]ed)?\s+order\b"
    # "...: heated liners for one period and ordinary cotton-wool liners for the other"
    r"|[:,]\s*(?P<a8>[^;.,:]{3,60}?)\s+for\s+one\s+(?:period|week|month|phase|block|session|visit|night|day|spell)\s+and\s+"
    r"(?P<b8>[^;.,]{3,80}?)\s+for\s+the\s+other\b"
)
_GENERIC_GROUP = re.compile(
    r"(?i)(?:one|the\s+(?:first|second|other|control|comparison|intervention|treatment|experimental))$"
)
_COMPARED = re.compile(
    r"(?i)\bcompar(?:ed|ing)\s+(?!(?:with|to|against)\b)(?:the\s+(?:effects?|effectiveness|efficacy)\s+of\s+)?(?P<a>[^.;:]{3,80}?)\s+"
    # (what the comparison found is no arm: "compared ibuprofen with paracetamol and found no extra bleeding")
    r"(?:with|to|against|and|versus|vs\.?)\s+(?P<b>[^.;:]{3,80}?)(?=\s+(?:on|for|in|among|at)\b"
    r"|\s+and\s+(?:found|showed|concluded|reported|saw|noted)\b|[.;:,]|$)"
)
# Two counted groups side by side: "Of the 150 patients, 75 had acupuncture and 75 had sham acupuncture",
# "randomised: 250 to the app and 250 to usual care"
_GOT = r"(?:had|got|received|took|were\s+given|were\s+(?:assigned|allocated|randomi[sz]ed)\s+to|went\s+to|to)"
_COUNTED_ARMS = re.compile(
    # ("80 stroke patients received mirror therapy ..., while 80 received standard rehabilitation alone")
    # ("Randomised: 244 got CalmPath, 242 got a control app": a comma alone between the two)
    rf"(?i)(?=\d)(?<![\w.,])\d[\d,]*\s+(?:[a-z-]+\s+){{0,2}}{_GOT}\s+(?P<a>[^,;.:()]{{2,60}}?)"
    rf"(?:,?\s+(?:and|while|whereas|but)\s+|,\s+(?=\d))"
    # ("517 took a daily probiotic capsule and 515 an identical dummy capsule": the second verb left out)
    # ("242 got a "control" app with relaxing nature sounds and a mood diary": a second arm told at length)
    rf"(?:the\s+other\s+|another\s+)?\d[\d,]*\s+(?:(?:[a-z-]+\s+)?{_GOT}\s+|(?=(?:an?|the)\s))(?P<b>[^,;.:()]{{2,80}}?)"
    r"(?=\s*[,;.)]|\s+(?:for|at|during|over|in|each|every|daily)\b|\s*$)"
)
# "198 bought a stove and used it; the other 214 kept cooking on a fire": the offer some took up, against the rest
_TOOK_UP = re.compile(
    r"(?i)(?=\d)(?<![\w.,])\d[\d,]*\s+(?:[a-z-]+\s+)?(?:bought|chose|opted\s+for|took\s+up|signed\s+up\s+for|accepted)\s+"
    r"(?P<a>[^,;.:()]{2,60}?)(?:\s+and\s+[^;.]{1,40}?)?[;,]\s+(?:and\s+|while\s+|whereas\s+)?the\s+(?:other|remaining)\s+"
    r"\d[\d,]*\s+(?:[a-z-]+\s+)?(?:kept|carried\s+on|continued|stayed|did\s+not|didn't)\b"
)
# "divided into those who received the vaccine and those who did not"
_THOSE_WHO_NOT = re.compile(
    r"(?i)\bthose\s+who\s+(?:received|got|had|took|used|wore)\s+(?P<a>[^,;.]{2,50}?)\s+and\s+those\s+who\s+"
    r"(?:did\s*(?:not|n't)|didn't)\b"
)
# "Adults who did tai chi twice a week had as much pain relief as those who had standard physiotherapy": the two
# groups named by what they did, set side by side in a result
_DO = r"(?:did|had|took|received|used|got|practi[cs]ed|were\s+given|attended|wore)"
_THOSE_WHO = re.compile(
    rf"(?i)\bwho\s+{_DO}\s+(?P<a>[^,.;]{{3,40}}?)(?=\s+(?:twice|once|three\s+times|every|each|daily|weekly|for|at"
    rf"|in|during|had|reported|felt|showed|were|was|did)\b)[^.;]{{0,120}}?\b(?:as|than)\s+(?:those|people|patients"
    rf"|participants|others)\s+who\s+{_DO}\s+(?P<b>[^,.;]{{3,50}}?)(?=\s+(?:twice|once|every|each|daily|for|at|in"
    rf"|during|instead|alone)\b|[,.;]|$)"
)
# "The trial pitted ibuprofen against paracetamol", "The app was tested against a paper diary"
_PITTED = re.compile(
    r"(?i)\b(?:pitted|pitting|tested|testing|trialled|trialed)\s+(?P<a>[^.;:]{3,80}?)\s+against\s+"
    r"(?P<b>[^.;:]{3,80}?)(?=\s+(?:on|for|in|among|at)\b|[.;:,]|$)"
    # (the subject starts its sentence or follows a comma: not "the day on which the app was tested against ...")
    r"|(?<![^\s])(?<![a-z]\s)(?P<a2>(?:[Tt]he\s+|[Aa]n?\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:was|were)\s+"
    r"(?:tested|pitted|compared)"
    r"\s+(?:head[- ]to[- ]head\s+)?(?:against|with)\s+(?P<b2>[^.;:]{3,80}?)(?=\s+(?:on|for|in|among|at)\b|[.;:,]|$)"
)
_VERSUS = re.compile(
    r"(?i)(?P<a>\b[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:versus|vs\.?)\s+"
    r"(?P<b>[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s+(?:for|in|on|among|to|at|group)\b|[.;:,)]|$)"
)
# A comparator named only in a result ("reduced pain compared with no intervention"); kept only when it
# carries a comparator word, so ordinary comparisons between arms do not add arms.
_AGAINST = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|than|versus|vs\.?|relative\s+to)\s+(?:an?\s+|the\s+)?"
    r"(?P<a>[^,.;:()]{3,50}?)(?=\s*[,.;:(]|\s+(?:for|on|in|at|group|arm|condition)\b|$)"
)
_REVIEW_OF = re.compile(
    # ("A review of 26 studies from the UK and Europe looked at 20mph limits and zones": what it looked at, first)
    r"(?i)\b(?:(?:review|meta-analysis)\s+(?:of\s+)?[^.;]{0,60}?\b(?:looked\s+at|examined|assessed|evaluated)"
    r"|(?:review|meta-analysis|trials|studies|RCTs)\s+(?:of|on|testing|that\s+tested|evaluating)|"
    r"(?:they|that|which)\s+(?:tested|evaluated|examined|compared))\s+"
    # ("a review of the evidence on balneotherapy": what the evidence is about)
    r"(?:(?:the\s+)?(?:evidence|research|literature|data)\s+(?:on|for|about)\s+)?"
    r"(?P<a>[^.;:,]{3,60}?)(?=\s+(?:in|for|among|on|versus|compared|found|showed|suggested|concluded|reported)\b|[.;:,]|$)"
)
_COUNTED_STUDIES = re.compile(
    r"(?i)(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}(?:studies|trials|RCTs|reviews|papers)\b(?:\s+(?:of|on|testing)\s+)?"
)
# "concluded that acupuncture reduced ...": a review's treatment is the subject of its finding.
_FOUND_THAT = re.compile(
    r"(?i)\b(?:concluded|found|showed|suggested|reported)\s+that\s+(?!(?:there|it|this|these|they|those|we|people|patients|participants|the\s+(?:evidence|"
    r"effects?|results?|differences?|benefits?|treatments?|trials?|studies|groups?))\b)(?P<a>(?:[\w-]+\s+){0,3}?[\w-]+)"
    r"(?=\s+(?:reduced|reduces|improved|improves|lowered|lowers|eased|eases|relieved|helped|helps|cut|prevented|led\s+to|"
    r"was|were|is|are|had|has|did|does|worked|works|can|could|may|might)\b)"
)
_SINGLE_ARM = re.compile(
    r"(?i)\b(?:each|every|all)\s+(?:patient|participant|person|child|infant|subject)s?\s+(?:could\s+|would\s+)?"
    r"(?:received?|got|underwent|was\s+given|were\s+given)\s+(?P<a>[^.;:,]{3,60}?)(?=\s+(?:roughly|about|at|for|over|"
    r"from|by|twice|once|three|every|each|weekly|daily|given)\b|[.;:,]|$)"
)

# (not the comma inside a number: "a 10,000-lux light box", "walk 10,000 steps")
_THOUSANDS = r"(?!(?<=\d,)\d{3}(?!\d))"
_ITEM_SEPARATOR = re.compile(
    r"(?i)," + _THOUSANDS + r"(?!\s*followed\s+by\b)\s*(?:or\s+|and\s+)?(?:to\s+)?|\s+or\s+(?:to\s+)?"
    r"|\s+and\s+(?=(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,4}\s+group)"
)
_BETWEEN_SEPARATOR = re.compile(_ITEM_SEPARATOR.pattern + r"|\s+and\s+")
_PLACEBO_LIKE = re.compile(
    r"(?i)(?:matching\s+|identical\s+)?(?:placebo|dummy|sugar|fake|inactive)(?:\s+(?:pills?|tablets?|capsules?|drinks?|drops?"
    r"|injections?|sprays?|creams?))?|placebo"
)
_OR_SEPARATOR = re.compile(r"(?i),?\s+or\s+")
_SEMICOLON_SEPARATOR = re.compile(r"(?i)\s*;\s*(?:or\s+|and\s+)?")
# Where an assignment list stops: a new clause after a semicolon or a trailing participle.
_LIST_END = re.compile(
    # (not inside a list set off by semicolons: "X; the training alone; or carrying on as usual")
    r"(?i);\s+(?![^.]*;\s+(?:or|and)\s)(?=\d|(?:the|this|these|those|all|both|each|they|it|neither|nobody|none|everyone|but|however|so|yet"
    r"|while|whereas|although|though|because|then)\b|no\s+one\b|(?:\S+\s+){0,3}(?:were|was|had|received)\b)"
    r"|,\s+(?:receiving|each|both|all|while|whereas|starting|beginning|lasting|ending|and\s+(?:were|was|then))\b"
    # how often every arm was taken: "X 10 mg, X 20 mg or Y 20 mg, once a day for eight weeks"
    r"|,\s+(?:once|twice|three\s+times)\s+(?:a|per|each|every)\s+(?:day|night|week|month)(?:\s+for\s+[\w\s-]{1,30}?)?"
    r"(?=\s*[.;]|\s*$)"
    # how the arms were given: "velanatide or placebo, injected once a week"
    # (unless a colon still follows: "one of three injections, given once under ultrasound: X, Y or Z")
    r"|,\s+(?:injected|taken|given|swallowed|applied|inhaled|worn|delivered|administered|infused)\b(?![^.;]*:)"
    # the second count of a split: "assigned 182 of them to the sensor mattress and 182 to the standard mattress"
    r"|\s+and\s+\d[\d,]*\s+to\s+"
    # how the usual care was given: "..., with nurses turning patients every two hours as usual"
    r"|,\s+with\s+(?!or\b|and\b|either\b)[a-z]+\s+[a-z]+ing\b"
    # what every arm had besides: "X or a matching placebo, on top of diet counselling"
    r"|,\s+(?:on\s+top\s+of|in\s+addition\s+to|alongside|as\s+well\s+as)\b"
    # who knew what: "..., or both medicines together, with neither parents nor researchers knowing"
    r"|,\s+with\s+(?:neither|nobody|no\s+one|none)\b"
    # how the arms were allocated: "the new dressing or standard gauze, chosen at random"
    r"|,\s+(?:chosen|allocated|assigned|decided|picked|selected)\s+(?:at\s+random|by)\b"
    r"|\s+and\s+(?:were|was|then)\b"
    r"|\s+and\s+(?:the\s+other\s+|the\s+remaining\s+)?(?:half|the\s+rest|the\s+others|the\s+remainder)\b"
)
# ("to learn time-out, to learn time-in, or simply to receive an advice leaflet")
_TO_SEPARATOR = re.compile(r"(?i),?\s+or\s+(?:simply\s+|just\s+|only\s+|else\s+)?to\s+|,\s+to\s+")
# Where an item's name ends: an appositive, a relative clause, a schedule or a provider.
_ITEM_END = re.compile(
    r"(?i)," + _THOUSANDS + r"|;|:\s|\s[-–—]\s|\s(?:which|that|who|meaning|where|whereby|held|taught|(?-i:led)|given"
    r"|worn|delivered|offered|"
    r"provided|(?<!ly\s)prescribed|on\s+a|for\s+(?:\d+|one|two|three|four|five|six|eight|ten|twelve|the|a|an)\b|over\s+|"
    # what the item shows or is made of describes it: "a headset showing a cartoon game", "a blanket made with chains"
    # (but a dose says which of two look-alikes it was: "a drink containing 200 mg of caffeine")
    r"showing|playing|containing(?!\s+\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|ml|iu)\b)|made\s+(?:with|of|from)|to\s+(?:wear|use|take|keep)|"
    # what a letter or a leaflet said: "the standard reminder letter asking them to book an appointment"
    r"asking|telling|inviting|reminding|explaining|encouraging|advising|urging|"
    # the study's purpose: "to real or sham bands to check whether a full trial would work"
    r"to\s+(?:check|see|test|find\s+out|learn|assess|measure|compare|judge|work\s+out)\b|"
    r"in\s+the\s+(?:\w+\s+)?(?:days?|weeks?|months?|year)\s+(?:before|after)|"
    # "high-fibre foods to their diet": where the treatment went, not what it was
    r"to\s+(?:their|the|his|her|your)\s+(?:usual\s+|normal\s+|daily\s+)?(?:diet|routine|meals?|day|care|treatment)|"
    r"at\s+(?:home|a|the|\d+|bedtime|random)|twice|once|three\s+times|weekly|daily|every|each|per|until|during|a\s+(?:day|week|night)|"
    r"from\s+(?:one|an?|the|their|licensed|certified|trained|experienced|\d+)|and\s+(?:were|was|had|then)|"
    # what the group did next: "a single advice session with a physiotherapist and went home with a booklet"
    r"and\s+(?:went|came|left|returned|stayed|got\s+sent)\b|"
    # a second thing the group took: "a look-alike dummy drink and took a standard blood-pressure tablet"
    r"and\s+(?:took|swallowed|drank|ate|used|wore|received|got)\b|"
    # "glasses with ordinary clear lenses made to look identical"
    r"made\s+to\s+(?:look|seem|appear|taste|feel)|"
    # how the treatment was prepared: "gloves and socks chilled to minus 25 degrees", "tape applied to the heel"
    # (but "a Mediterranean diet supplemented with olive oil" is what sets the arm apart)
    r"(?<=[a-z]\s)(?!(?:based|led|used|supplemented|combined|paired|enriched|fortified|topped|mixed|added)\b)"
    r"[a-z]{3,}ed\s+(?:to|in|with|by|at|until)\s|"
    r"before\s+(?:the|a|an|their|each|every)|after(?=\s)|prior\s+to|"
    r"and\s+(?:the\s+other\s+|the\s+remaining\s+)?(?:half|the\s+rest|the\s+others|the\s+remainder)"
    # "One group took vitamin D tablets and the other took placebo tablets"
    r"|and\s+the\s+other(?:\s+(?:group|arm|one))?(?=\s+[a-z]+(?:ed|ok|ot|ore|ent|ad|id)\b)"
    # "melatonin at bedtime while others got a look-alike pill"
    r"|(?:while|whereas)\s+(?:others|the\s+others|the\s+rest|the\s+other\s+half))\b"
    r"|\s*\[\d|\s*\("
    # a dose after the drug's name: "acetazolamide 62.5 mg twice a day"
    rf"|(?<!containing)\s+{SPELLED_DOSE_AMOUNT}\b"
    # double-dummy designs pair each active treatment with an inactive copy of the other one
    r"|\s+(?:plus|and|with)\s+(?:an?\s+|matching\s+)?(?:dummy|placebo|sham|inactive|fake|imitation)\b"
)
_ITEM_LEADING = re.compile(
    r"(?i)(?:all\s+of\s+(?:that|this|the\s+above)\s+plus\s+|(?:that|this|the\s+same)\s+plus\s+|"
    # "compared 12 drugs with each other and with placebo": the comparator follows the reciprocal
    r"(?:each\s+other|one\s+another)\s+(?:and|or|as\s+well\s+as)\s+(?:with\s+|to\s+|against\s+)?|"
    r"(?:commonly|widely|routinely|frequently|currently)\s+(?:prescribed|used|available|sold|recommended)\s+|"
    # a dose or a length before the treatment: "a further five days of X", "800 mg of DHA"
    r"(?:further|additional|extra|more|matching|identical|identical-looking)\s+|"
    # "one group ate two kiwi fruit, and the other took one sachet of psyllium": the other group, by its verb
    r"(?:other|others|rest|remainder)(?=\s+(?:half\s+|group\s+)?(?:took|got|had|received|ate|drank|used|wore|did)\b)|"
    # "to switch to a forward-rotating roster", "got what the trial called the plant-forward programme"
    r"(?:switch(?:ing)?|chang(?:e|ing)|mov(?:e|ing))\s+(?:over\s+)?to\s+|"
    # "the other 214 kept cooking on a traditional three-stone fire": what they carried on using
    r"(?:(?:kept|carried\s+on|continued|went\s+on)\s+|(?<=kept\s)|(?<=continued\s))(?:[a-z]+ing\s+)?(?:on|with|using)\s+|"
    # an infinitive arm: "(to) carry on with their usual inhaler", "(to) join the walking group", "(to) apply sunscreen"
    # (not before a count: "to carry on with five days" is the five-day week)
    r"carry(?:ing)?\s+on\s+(?:with|using)\s+(?!(?:\d|one|two|three|four|five|six|seven)\b)|join(?:ing)?\s+(?=the\s)"
    r"|apply(?:ing)?\s+|"
    r"what\s+(?:the\s+)?(?:trial|study|researchers|authors|team)\s+(?:called|calls|dubbed|named)\s+|"
    r"(?:days?|weeks?|months?|doses?|courses?|mg|milligrams?|g|grams?|mcg|micrograms?|ml|iu|units)\s+of\s+|"
    # "those receiving usual support": the people are not the arm
    r"(?:those|people|patients|participants)\s+(?:receiving|getting|given|on|taking|using)\s+|"
    r"(?:a|an|the|their|its|our|your|either|both|or|and|to|then|just|only|simply|group|groups|arm|of|receive|receiving|get|"
    # what they were taught: "to learn time-out"
    r"learn|learning|"
    r"getting|keep(?:ing)?(?:\s+(?:getting|on|with))?|continue(?:d)?(?:\s+with)?|continuing|practise|practice|do|attend|take|have|having|undergo|undergoing|use|using|with|on|"
    # "157 took 5 grams of creatine every day, and 155 took a placebo powder"
    r"took(?!\s+part\b)|received|got|had|wore|used|ate|drank|(?:were|was)\s+given|"
    # what a ward or a unit was allocated to do: "to hand out a simple sleep kit", "to offer sugar-free gum"
    r"hand(?:ed)?\s+out|offer(?:ed)?|provide(?:d)?|give|introduce(?:d)?|single|"
    r"up\s+to|n\s*=\s*\d+|"
    r"one\s+of\s+(?:\w+)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    # (a dose naming a made thing stays with its unit, "a 60 mg iron tablet"; "800 mg of DHA" is DHA)
    r"\d+(?:,\d{3})*(?:\.\d+)?(?![.,]?\d|\s*(?:mg|g|mcg|µg|ml|iu|micrograms?|milligrams?|grams?)\b(?!\s+of\b))"
    r"(?:[-\s](?:minute|min|hour|day|week|month|year)s?)?(?:[-\s]long)?|weekly|daily|"
    r"(?:\w+-)?(?:minute|hour|day|week|month|year|session|visit|class|dose)(?:ly)?)(?![\w-])[\s.:,]*"
    r"|\d+(?:\.(?!\d)|\))\s*|[-*•·>–—]+\s*|\.{2,}\s*|…\s*)"
)
# Count nouns that carry no treatment name of their own ("yoga classes" -> "yoga").
_ARTICLE = re.compile(r"(?i)(?:a|an|the|to|either|or|and|their|its)\s+")
_ARM_SUFFIX = re.compile(r"(?i)\s+(?:group|arm|condition|groups|arms|alone|only)\s*$")
_ITEM_TRAILING = re.compile(
    # ("the same programme of leg exercises either with": a word left governing the part cut away)
    r"(?i)\s+(?:or|and|either|(?:either\s+)?(?:with|without|to|of|for|by))\s*$|\s+(?:sessions?|classes|class|treatments|visits|appointments|programs?|programmes?|schedules?)\s*$"
)
_ARM_WORD = re.compile(r"[A-Za-z]")
# A list piece that is a relative clause describes the arm before it ("sham needling, in which the needle ...").
_RELATIVE_START = re.compile(r"(?i)(?:(?:in|with|by|through|during|under|for|of)\s+)?(?:which|whom|whose|whereby)\b")
_GENERIC_ARM = re.compile(
    r"(?i)^(?:it|them|this|that|those|these|one|each|both|all|groups?|arms?|something|nothing|treatment|drug|"
    r"care|therapy|the\s+same|control|intervention|program|programme|approach|method|technique|style|"
    r"results|outcomes|rates|data|scores|figures|each\s+other|one\s+another|"
    r"\w+\s+of\s+(?:them|those))$"
    # a schedule left over from the list ("..., for 12 weeks") is no arm
    r"|^(?:for|over|during|until|within)\s+(?:\d+|one|two|three|four|five|six|eight|ten|twelve|a|an|the)\b"
    # a place, a pronoun or a whole clause is not a treatment ("from 40 schools", "it on average 4 days a week")
    r"|^(?:from|across|it|they|them|he|she|we|you)\s|\s(?:was|were)\s+(?:seen|found|reported|observed)\b"
    # a name pointing back at one already given: "this approach", "that kind of therapy"
    r"|^(?:this|that|these|those|such)\s+(?:\w+\s+of\s+)?(?:approach|approaches|method|methods|kind|type|sort|therapy"
    r"|treatment|intervention|programme|program|technique|strategy)$"
    # (whole words: "whole milk" is a treatment, "who ..." a clause)
    r"|^(?:(?:which|that|who|meaning|where|alongside|including|besides|as\s+well|not)\b|investigat|examin|determin|"
    r"assess|evaluat|explor|identif|measur|know\b|see\b|find\b|learn|understand|help\b|make\b|test\b)"
    r"|\b(?:trials?|studies|study|review|meta-analys[ie]s|randomi[sz]ed|participants|patients)\b"
    # a question word, a number, a share or a verdict left from a clause: "what", "five", "% under usual care"
    r"|^(?:what|how|why|who|where|\d+|one|two|three|four|five|six|seven|eight|nine|ten)$|^%"
    r"|^(?:days?|weeks?|months?|years?|hours?|minutes?)$"
    # a lone verb or a span of time left from the clause: "(asked to) begin", "through the darkest part of the winter"
    r"|^(?:begin|start|stop|continue|finish)$|^(?:through|throughout)\s"
    r"|\bno\s+difference\b|\b(?:double|single|triple)-blind\b"
    # the arms counted, not named: "(wore two) kinds of liner under their gloves"
    r"|^(?:kinds?|types?|sorts?|versions?|forms?)\s+of\b"
    # a name cut before what it governs: "aspirin doses of (100 mg)", "doses below (100 mg)"
    r"|^.*\s(?:of|below|above|than)$"
)
# "a control group that kept its usual routine": the control arm's content is named after the verb.
_CONTROL_CONTENT = re.compile(
    r"(?i)\bcontrol\s+(?:group|arm|condition)\s+(?:that|who|which)\s+(?:\w+\s+)?(?:kept|continued|received|got|had)"
    r"\s+(?:with\s+)?(?:its|their|the|a|an)?\s*"
)

# Comparator cues. Strong cues mark an arm wherever they sit near its start; weak cues (often an
# attention control or the drug arm in a non-drug trial) only when they lead the name.
_STRONG_COMPARATOR = re.compile(
    r"(?i)\b(?:usual|standard|routine|conventional)\s+[\w-]+"
    r"|\bcontrol\b|\bwait(?:ing)?[-\s]?list|\bplacebo|\bsham\b|\bno[-\s](?!\w+\s+plus)\w+|\bnothing\b"
    r"|\bdummy\b|\battention\b|\balone$|\bonly$|\bas\s+usual\b"
)
_WEAK_COMPARATOR = re.compile(
    r"(?i)^(?:[\w-]+\s+)?(?:education(?:al)?|advice|information|leaflets?|booklets?|books?|pamphlets?|"
    r"medications?|drugs?|pills?|painkillers?|analgesics?|self-care|minimal|brochures?|newsletters?|visits\s+from)\b"
)
_COMBINATION = re.compile(r"(?i)\b(?:plus|combined\s+with|in\s+addition\s+to|added\s+to|along\s+with)\b")


def _clean_item(text: str, span: Span) -> Span:
    control = _CONTROL_CONTENT.search(text, span[0], span[1])
    if control:
        span = (control.end(), span[1])
    whole = span
    span = strip_leading(text, span, _ITEM_LEADING)
    span = cut_at(text, span, _ITEM_END)
    span = strip_leading(text, span, _ITEM_LEADING)
    if span[1] <= span[0]:
        # "to a four-day week": a schedule that is the whole arm, not a length before its treatment
        span = cut_at(text, strip_leading(text, whole, _ARTICLE), _ITEM_END)
    # "yoga classes group" -> "yoga": one group word, then one count noun ("active class programme" keeps "class").
    span = strip_trailing(text, span, _ARM_SUFFIX)
    stripped = strip_trailing(text, span, _ITEM_TRAILING)
    # ("the usual schedule", "a faster programme": a count noun after a lone modifier is what the modifier describes)
    return span if _LONE_MODIFIER.fullmatch(text, stripped[0], stripped[1]) else stripped


def _usable(name: str) -> bool:
    words = name.split()
    return (
        bool(_ARM_WORD.search(name))
        and 1 <= len(words) <= 12
        and not _GENERIC_ARM.match(name)
        and not _CLAUSE_IN_NAME.search(name)
    )


# a clause read as an arm: "nobody said", "all of their", "but the classes need ...", "were"
_CLAUSE_IN_NAME = re.compile(r"(?i)^(?:but|all\s+of|nobody|were|was)\b|\b(?:said|seen)\b")
# the verb of a clause after the arm's name: "placebo was unchanged" names the placebo
_VERB_TAIL = re.compile(r"(?i)\s+(?:was|were)\s.*$")


def _list_after(text: str, start: int, end: int, between: bool = False) -> list[Span]:
    span = strip_leading(text, (start, end))
    head = _GROUP_COUNT.match(text[span[0] : span[1]])
    if head:
        rest = text[span[0] + head.end() : span[1]]
        colon = rest.find(":")
        if colon >= 0:
            span = (span[0] + head.end() + colon + 1, span[1])
        elif re.match(r"(?i)\s*(?:,|or\b|and\b)", rest):
            # "one of five massage schedules or to a wait list": the group noun is itself an arm.
            count = _COUNT_WORD.match(text, span[0]) or head
            span = (span[0] + count.end(), span[1])
        else:
            return []
    stop = _LIST_END.search(text, span[0], span[1])
    if stop:
        span = (span[0], stop.start())
    pieces = split_items(text, span, _TO_SEPARATOR) if _TO_SEPARATOR.search(text, span[0], span[1]) else [span]
    items: list[Span] = []
    for piece in pieces:
        if len(pieces) > 1:
            items.append(piece)
        else:
            separator = _SEMICOLON_SEPARATOR if ";" in text[piece[0] : piece[1]] else _ITEM_SEPARATOR
            items.extend(split_items(text, piece, _BETWEEN_SEPARATOR if between else separator))
    # ("the usual schedule, with a new cast every week, or a faster one": the piece after "with" describes the arm)
    return [item for item in items if not _DESCRIBING.match(text, item[0], item[1])]


def _with_elliptic_others(text: str, start: int, end: int, role: str | None) -> list[tuple[Span, str | None]]:
    """The arm from start, and the next groups' arms when their verb is left out ("Half got a probiotic drink, the
    other half a dummy drink"; "in the second, a set of reusable pads; in the third, ...")."""
    pieces: list[tuple[Span, str | None]] = []
    while role == "intervention" or pieces:
        other = _ELLIPTIC_OTHER.search(text, start, end)
        if other is None or len(pieces) >= _MAX_ARMS:
            break
        pieces.append(((start, other.start()), role if not pieces else "comparator"))
        start = other.end()
    pieces.append(((start, end), role if not pieces else "comparator"))
    return pieces


_LONE_MODIFIER = re.compile(
    r"(?i)usual|standard|normal|regular|routine|faster|slower|shorter|longer|new|old|weekly|daily|monthly|intensive"
)
_DESCRIBING = re.compile(r"(?i)\s*with\s+(?:a|an|the)\s")
_LINE_LABEL = re.compile(r"[*_]*((?:[\w'’-]+\s+){0,4}[\w'’-]+)[*_]*\s*[:–—][*_]*\s")


def _bullet_items(index: SentenceIndex, sentence: Sentence, limit: int = 6) -> list[Span]:
    """The list lines that follow an assignment sentence ending with a colon. Read from the text's lines, not
    its sentences: a numbered line ("1. A low-fat diet. Meals were ...") may be cut into several sentences."""
    text = index.text
    items: list[Span] = []
    pos = text.find("\n", sentence.end)
    while pos >= 0 and len(items) < limit:
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos + 1 : line_end]
        pos = line_end if line_end < len(text) else -1
        if not line.strip():
            if items:
                break
            continue
        if not items and _TABLE_HEADER.match(line):
            continue
        marker = _BULLET.match(line)
        if not marker or marker.end() == 0:
            break
        body_start = line_end - len(line) + marker.end()
        # "Exercise group: three classes a week": a labelled line names its arm before the colon.
        label = _LINE_LABEL.match(text, body_start, line_end)
        if label:
            items.append((body_start, label.end(1)))
            continue
        stop = _SENTENCE_STOP.search(text, body_start, line_end)
        items.append((body_start, stop.start() + 1 if stop else line_end))
    return items


# Fragments one of which a sentence must contain for the pattern to match. Case-insensitive alternations
# cost a full regex attempt at every position, so this cheap check keeps the module fast.
_HINTS: dict[re.Pattern[str], tuple[str, ...]] = {
    _ASSIGN: ("assign", "allocat", "randomi", "divided", "split", "placed", "stratified", "at random", "put "),
    _RECEIVED_EITHER: ("either", "treated with", "managed with", "randomly", "gave ", "offered ", "whether"),
    _GROUP_RECEIVED: (
        "group",
        " arm",
        "half",
        "the rest",
        "the others",
        "the remainder",
        "the other",
        "another",
        "while others",
        "whereas others",
    ),
    _COMPARED: ("compar",),
    # the second group's count follows the joining word: "75 had acupuncture and 75 had sham"
    _COUNTED_ARMS: (
        *(f"{word} {digit}" for word in ("and", "while", "whereas", "but", ",") for digit in "123456789"),
        "the other ",
        "another ",
    ),
    _THOSE_WHO_NOT: ("and those who did",),
    _THOSE_WHO: (
        "as those who",
        "than those who",
        "as people who",
        "than people who",
        "as patients who",
        "than patients who",
        "as participants who",
        "than participants who",
        "as others who",
        "than others who",
    ),
    _PITTED: ("against",),
    _VERSUS: ("versus", "vs"),
    _REVIEW_OF: ("review", "meta-analysis", "trials", "studies", "rcts", "tested", "evaluated", "examined", "compared"),
    _SINGLE_ARM: ("each", "every", "all "),
    _FOUND_THAT: ("that",),
    _AGAINST: ("compared", "than", "versus", "vs", "relative"),
    _DECIDED_WHO: ("who got", "who received", "who would"),
    _TOOK_UP: ("the other", "the remaining"),
    _IN_GROUP: (" group", " arm"),
    _CROSSOVER: (
        "and once",
        "random order",
        "spent ",  # ("spent six months with ...", "spent four weeks eating ...")
        "on one",
        "for one",
        "for a week",
        "for a day",
        "for a night",
        "for a month",
        "for a fortnight",
        "for a period",
    ),
}


# One pass over a sentence finds the hints of every pattern: testing each pattern's hints with `in` cost more than
# the patterns it spared.
_PATTERN_BIT = {pattern: 1 << number for number, pattern in enumerate(_HINTS)}
_HINT_BITS: dict[str, int] = {}
for _pattern, _hints in _HINTS.items():
    for _hint in _hints:
        _HINT_BITS[_hint] = _HINT_BITS.get(_hint, 0) | _PATTERN_BIT[_pattern]
_HINT_SCAN = HintBits(_HINT_BITS)


def _hint_mask(sentence: Sentence) -> int:
    """Bits of the patterns whose hints the sentence holds."""
    return _HINT_SCAN.found_in_lowercase(sentence.text.lower())


def _scan(pattern: re.Pattern[str], text: str, sentence: Sentence, mask: int) -> Iterator[re.Match[str]]:
    # (a plain function, not a generator: most calls find the pattern's hint missing and return at once)
    return pattern.finditer(text, sentence.start, sentence.end) if mask & _PATTERN_BIT[pattern] else _NO_MATCHES


_NO_MATCHES: Iterator[re.Match[str]] = iter(())  # exhausted for good, so it can be handed out again and again


def _candidates(
    text: str, index: SentenceIndex, sentences: list[Sentence], design: str
) -> list[tuple[Span, str | None]]:
    """Raw arm spans with a role hint ("intervention"/"comparator") when the phrasing gives one."""
    found: list[tuple[Span, str | None]] = []
    lowered = [s.text.lower() for s in sentences]
    masks = [_HINT_SCAN.found_in_lowercase(low) for low in lowered]
    for i, sentence in enumerate(sentences):
        # (a question assigns nothing: "Were people assigned to the treatment, or only observed?")
        asked = sentence.text.rstrip(" *_\"'”’)").endswith("?")
        for m in _scan(_ASSIGN, text, sentence, 0 if asked else masks[i]):
            # "assigned to one of three groups:" introduces list lines; otherwise the list follows inline.
            if text[m.start() : sentence.end].rstrip().endswith(":"):
                found.extend((item, None) for item in _bullet_items(index, sentence))
            else:
                # ("split between A and B": the "and" joins the two arms)
                between = m.group(0).rstrip().lower().endswith("between")
                found.extend((item, None) for item in _list_after(text, m.end(), sentence.end, between))
        if lowered[i].rstrip().endswith(":") and _COMPONENTS.search(sentence.text):
            found.extend((item, "intervention") for item in _bullet_items(index, sentence))
        for m in _scan(_RECEIVED_EITHER, text, sentence, masks[i]):
            found.extend((item, None) for item in _list_after(text, m.end(), sentence.end))
        for m in _scan(_GROUP_RECEIVED, text, sentence, masks[i]):
            if m.group("share") and _SHARE_QUALIFIED.search(text, max(sentence.start, m.start() - 12), m.start()):
                continue  # "fewer than half used the app" is a result, not an arm
            share = m.group("share") or m.group("places") or m.group("places_share")
            which = (m.group("which") or share).lower()
            # "the wait-list group received no massage" restates an arm already listed by the assignment.
            if found and not _GENERIC_GROUP.match(which) and not share:
                continue
            role = "comparator" if re.search(r"control|comparison|other|second|rest|remain", which) else "intervention"
            if share and any(h == "intervention" for _, h in found):
                role = "comparator"  # "half did X and half did Y": the second half is the comparison
            # "Half got a probiotic drink, the other half a dummy drink": the second group's verb is left out
            found.extend(_with_elliptic_others(text, m.end(), sentence.end, role))
        for m in _scan(_IN_GROUP, text, sentence, masks[i]):
            label = m.group("label")
            if _LABEL_GENERIC.match(label):
                role = "comparator" if _CONTROL_LABEL.match(label) else None
                if label.lower() == "first":  # "In the first group, ...; in the second, ...": each group in turn
                    found.extend(_with_elliptic_others(text, m.end(), sentence.end, "intervention"))
                    continue
                found.extend((item, role) for item in _list_after(text, m.end(), sentence.end)[:1])
            elif _DESCRIPTIVE_LABEL.fullmatch(label) and not found:
                # (a hyphenated or two-word label says what the group had; "the EC group" or "the app group" does not)
                found.append((m.span("label"), "intervention"))
        for m in _scan(_DECIDED_WHO, text, sentence, masks[i]):
            found.append((m.span("a"), "intervention"))
        for m in _scan(_COUNTED_ARMS, text, sentence, masks[i]):
            found.extend([(m.span("a"), None), (m.span("b"), None)])
        for m in _scan(_THOSE_WHO_NOT, text, sentence, masks[i]):
            found.append((m.span("a"), "intervention"))
        for m in _scan(_TOOK_UP, text, sentence, masks[i]):
            found.append((m.span("a"), "intervention"))
        for m in _scan(_CROSSOVER, text, sentence, masks[i]):
            a, b = next(
                (x, y)
                for x, y in (
                    ("a", "b"),
                    ("a2", "b2"),
                    ("a3", "b3"),
                    ("a4", "b4"),
                    ("a5", "b5"),
                    ("a6", "b6"),
                    ("a8", "b8"),
                    ("a7", "b7"),
                )
                if m.group(x)
            )
            found.extend([(m.span(a), "intervention"), (m.span(b), "comparator")])
    if found:
        return found
    for sentence, mask in zip(sentences, masks, strict=True):
        for m in _scan(_PITTED, text, sentence, mask):
            a, b = ("a", "b") if m.group("a") else ("a2", "b2")
            found.append((m.span(a), "intervention"))
            found.extend((item, "comparator") for item in split_items(text, m.span(b), _OR_SEPARATOR))
        for m in _scan(_THOSE_WHO, text, sentence, mask):
            found.extend([(m.span("a"), "intervention"), (m.span("b"), "comparator")])
        for m in _scan(_COMPARED, text, sentence, mask):
            found.append((m.span("a"), "intervention"))
            # "compared fermented milk drinks with regular milk or a placebo drink": two comparators
            found.extend((item, "comparator") for item in split_items(text, m.span("b"), _OR_SEPARATOR))
    if not found:
        for sentence, mask in zip(sentences, masks, strict=True):
            for m in _scan(_VERSUS, text, sentence, mask):
                found.extend([(m.span("a"), "intervention"), (m.span("b"), "comparator")])
                break
            if found:
                break
    if not found and design in REVIEWS:
        for sentence, mask in zip(sentences, masks, strict=True):
            m = next(_scan(_REVIEW_OF, text, sentence, mask), None)
            if m is not None:
                # "a review of 17 studies of pharmacist-led deprescribing": what the counted studies were of
                counted = _COUNTED_STUDIES.match(text, m.start("a"), m.end("a"))
                if counted is None or counted.end() < m.end("a"):
                    found.append(((counted.end() if counted else m.start("a"), m.end("a")), "intervention"))
                    break
            m = next(_scan(_FOUND_THAT, text, sentence, mask), None)
            if m:
                found.append((m.span("a"), "intervention"))
                break
    if not found and design not in REVIEWS:
        for sentence, mask in zip(sentences, masks, strict=True):
            m = next(_scan(_SINGLE_ARM, text, sentence, mask), None)
            if m:
                found.append((m.span("a"), "intervention"))
                break
    return found


def _role(name: str) -> str | None:
    head = " ".join(name.split()[:4])
    if _STRONG_COMPARATOR.search(head) or re.search(r"(?i)\b(?:alone|only)$", name):
        return "comparator"
    if _WEAK_COMPARATOR.search(name) and not _COMBINATION.search(name):
        return "comparator"
    return None


def _stems(name: str) -> set[str]:
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in name.split()}


def _same_arm(a: str, b: str) -> bool:
    if _PLACEBO_LIKE.fullmatch(a) and _PLACEBO_LIKE.fullmatch(b):
        return True  # "a dummy pill" is the placebo already listed
    ta, tb = _stems(a), _stems(b)
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    # "acupuncture" and "sham acupuncture" are two arms: a comparator word makes the difference.
    return small <= large and len(large) - len(small) <= 1 and _role(a) == _role(b)


def _mentions(body: str, name: str) -> int:
    words = [w for w in re.findall(r"[a-z][a-z-]+", name) if len(w) > 3]
    if not words:
        return 0
    return max(body.count(w) for w in words[:2]) if len(words) == 1 else body.count(" ".join(name.split()[:2]))


def extract_arms(text: str, index: SentenceIndex, sentences: list[Sentence], design: str) -> list[ArmFact]:
    if design in OBSERVATIONAL or not sentences:
        return []
    try:
        candidates = _candidates(text, index, sentences, design)
    except re.error:  # pragma: no cover - the tables are static; never let a bad pattern break extraction
        return []
    acronyms = find_acronyms(text, index.sentences)  # defined once per article, maybe outside this study
    arms: list[tuple[str, Span, str | None]] = []
    dose_names = _named_at_two_doses(text, candidates[: _MAX_ARMS * 3], acronyms)
    for raw, hint in candidates[: _MAX_ARMS * 3]:
        if len(arms) >= _MAX_ARMS:
            break
        if _RELATIVE_START.match(text, raw[0], raw[1]):
            continue
        span = _clean_item(text, raw)
        name = _VERB_TAIL.sub("", expand_acronym(phrase_name(text, span), acronyms))
        if span[1] <= span[0] or not _usable(name):
            continue
        if name in dose_names:
            # "ralaprazan 10 mg, ralaprazan 20 mg or omeprazole 20 mg": two doses of one drug are two arms, and the
            # drug named without its dose ("tested ralaprazan") is neither of them
            if _DOSE_AFTER.match(text, span[1]) is None:
                continue
            name, span, hint = _with_dose(text, name, span, hint, acronyms)
        same = next((k for k, (other, _, _) in enumerate(arms) if _same_arm(name, other)), None)
        if same is not None:
            if name == "placebo" and arms[same][0] != name:
                arms[same] = (name, span, arms[same][2])  # the plain word over "a dummy pill"
            continue
        arms.append((name, span, hint))
    if not any(_role(name) == "comparator" for name, _, _ in arms):
        for sentence in sentences:
            for m in _scan(_AGAINST, text, sentence, _hint_mask(sentence)):
                span = _clean_item(text, m.span("a"))
                name = _VERB_TAIL.sub("", phrase_name(text, span))
                if _usable(name) and _STRONG_COMPARATOR.search(name) and not any(n == name for n, _, _ in arms):
                    arms.append((name, span, "comparator"))
                if len(arms) >= _MAX_ARMS:
                    break
    if not arms:
        return []
    if dose_names:
        # in a trial of doses every arm is named with its dose ("omeprazole 20 mg" beside the two ralaprazan doses)
        arms = [_with_dose(text, name, span, hint, acronyms) for name, span, hint in arms]
    arms = [(_usual_care(_share_the_noun(_name_the_one(name, arms), arms)), span, hint) for name, span, hint in arms]
    roles = _assign_roles([name for name, _, _ in arms], [hint for _, _, hint in arms], sentences)
    return [
        ArmFact(name=_named_in_full(text, name, arms), role=role, evidence=index.evidence(*span))
        for (name, span, _), role in zip(arms, roles, strict=True)
    ]


# a dose right after a drug's name: "ralaprazan 20 mg", "aspirin 150 mg"
_DOSE_AFTER = re.compile(rf"(?i)\s+{SPELLED_DOSE_AMOUNT}\b")


def _named_at_two_doses(
    text: str, candidates: list[tuple[Span, str | None]], acronyms: dict[str, str]
) -> frozenset[str]:
    """The arm names that candidates give with two different doses after them."""
    doses: dict[str, set[str]] = {}
    for raw, _ in candidates:
        span = _clean_item(text, raw)
        dose = _DOSE_AFTER.match(text, span[1]) if span[1] > span[0] else None
        if dose is not None:
            name = _VERB_TAIL.sub("", expand_acronym(phrase_name(text, span), acronyms))
            doses.setdefault(name, set()).add(" ".join(dose.group(0).lower().split()))
    return frozenset(name for name, found in doses.items() if len(found) >= 2)


def _with_dose(
    text: str, name: str, span: Span, hint: str | None, acronyms: dict[str, str]
) -> tuple[str, Span, str | None]:
    dose = _DOSE_AFTER.match(text, span[1])
    if dose is None:
        return name, span, hint
    span = (span[0], dose.end())
    return expand_acronym(phrase_name(text, span), acronyms), span, hint


def _named_in_full(text: str, name: str, arms: list[tuple[str, Span, str | None]]) -> str:
    """ "kit" as the article names it elsewhere ("self-sampling kit"), unless that is another arm's name."""
    fuller = fuller_name(text, name)
    return name if any(fuller == other for other, _, _ in arms) else fuller


# "or to carry on as usual", "or to continue as normal": the control arm in lay words
_AS_USUAL = re.compile(
    r"(?:(?:carr(?:y|ied|ying)\s+on|continu(?:e|ed|ing)|stay(?:ed)?|go(?:ne)?\s+on)\s+)?as\s+(?:usual|normal|before)"
)


def _usual_care(name: str) -> str:
    return "usual care" if _AS_USUAL.fullmatch(name) else name


# Adjectives that set two arms apart by one quality, sharing the noun: "real or sham bands", "high- or low-dose".
_CONTRASTS = frozenset(
    """real sham active inactive fake genuine dummy true high low high-dose low-dose standard hot cold warm cool
    full short long early late regular decaffeinated caffeinated ordinary modified""".split()
)


def _share_the_noun(name: str, arms: list[tuple[str, Span, str | None]]) -> str:
    """ "real or sham bands": the lone adjective takes the noun of the arm it is set against ("real bands")."""
    if name not in _CONTRASTS:
        return name
    other = next((n.split() for n, _, _ in arms if len(n.split()) >= 2 and n.split()[0] in _CONTRASTS), None)
    return " ".join([name, *other[1:]]) if other else name


def _name_the_one(name: str, arms: list[tuple[str, Span, str | None]]) -> str:
    """ "a real LED mask or a dummy one": the "one" is the other arm's noun ("dummy led mask")."""
    words = name.split()
    if len(words) < 2 or words[-1] != "one":
        return name
    other = next((n.split() for n, _, _ in arms if n != name and len(n.split()) >= 2), None)
    return " ".join(words[:-1] + other[1:]) if other else name


def _assign_roles(names: list[str], hints: list[str | None], sentences: list[Sentence]) -> list[str]:
    """Comparator words decide first, then the phrasing ("the control group received"), then emphasis."""
    if len(names) == 1:
        return ["intervention"]
    roles = [_role(name) for name in names]
    if "comparator" in roles:
        # a name without a comparator word keeps the phrasing's hint ("compared X with regular milk or a placebo")
        resolved = [r or h or "intervention" for r, h in zip(roles, hints, strict=True)]
        if all(r == "comparator" for r in resolved):
            resolved[0] = "intervention"
        return resolved
    if "comparator" in hints:
        return [h or "intervention" for h in hints]
    if all(h == "intervention" for h in hints):
        return ["intervention"] * len(names)  # components of one programme, with no comparison arm
    # No comparator word: the arm the article keeps talking about is the featured one, else the first named.
    body = " ".join(s.text for s in sentences).lower()
    counts = [_mentions(body, name) for name in names]
    top = max(range(len(names)), key=lambda i: counts[i])
    featured = top if top != 0 and counts[top] >= 2 * max(counts[0], 1) else 0
    return ["intervention" if i == featured else "comparator" for i in range(len(names))]


def names_no_treatment(arms: list[ArmFact]) -> bool:
    """No arm, or only arms named as a comparison (placebo, usual care...): the treatment itself went unnamed."""
    return all(_role(arm.name) == "comparator" for arm in arms)
