"""Direction-of-effect cues: which words report a result, and which way the result went.

A cue either names its outcomes after it ("reduced pain and fatigue") or before it ("sleep did not
improve"). Some cues carry a fixed direction ("no significant difference in"); others only say that
a quantity went up or down ("lower", "more"), and the outcome's polarity decides whether that is an
improvement: less pain is better, less function is worse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.people_nouns import plural_alternation
from pipelines.extract.stems import HintBits

IMPROVED, WORSENED, NO_DIFFERENCE, MIXED = "improved", "worsened", "no_difference", "mixed"
UP, DOWN = "up", "down"


@dataclass(frozen=True)
class DirectionCue:
    pattern: re.Pattern[str]
    effect: str  # improved | worsened | no_difference | up | down
    outcomes_after: bool  # True: "reduced <outcomes>"; False: "<outcomes> did not improve"
    # Lowercase fragments of which one must occur for the pattern to match: a cheap pre-check that keeps
    # the table fast, since case-insensitive alternations give the regex engine no literal to skip to.
    hints: tuple[str, ...] = ()

    def could_match(self, lowered: str) -> bool:
        return not self.hints or any(hint in lowered for hint in self.hints)


def _cue(pattern: str, effect: str, after: bool = True, hints: tuple[str, ...] = ()) -> DirectionCue:
    return DirectionCue(re.compile(pattern, re.IGNORECASE), effect, after, hints)


_NO = (
    r"(?:no|not\s+(?:any|a)|without\s+(?:any|a)?)\s+(?:statistically\s+|clinically\s+)?"
    r"(?:significant|relevant|meaningful|important|real|notable|measurable|clear|obvious|overall|detectable)?\s*"
)
# How much higher or lower: "significantly", "about 30%", "1.6-fold", "three times", "a third".
_AMOUNT = (
    r"(?:significantly\s+|slightly\s+|much\s+|substantially\s+|considerably\s+|modestly\s+|somewhat\s+|far\s+"
    r"|clearly\s+|markedly\s+|noticeably\s+|dramatically\s+|sharply\s+|marginally\s+|moderately\s+|measurably\s+"
    r"|a\s+(?:little|bit|lot)\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent|percentage\s+points?|-fold|\s+times)\s+|"
    r"(?:two|three|four|five|ten)(?:-fold|\s+times)\s+|a\s+(?:third|quarter|half|fifth|tenth)\s+"
    # "were two days shorter", "was 4 points lower"
    r"|(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+(?:days?|nights?|hours?|minutes?"
    r"|weeks?|months?|years?|points?|kg|kilos?|pounds?|cm|mm|metres?|meters?)\s+)?"
)
# How much a measure moved, between the verb and what follows it: "fell sharply in", "dropped a lot", "much more"
_DEGREE_AFTER = r"(?:\s+(?:(?!only\b|early\b)[a-z]+ly|a\s+(?:lot|little|bit)|much|far))?"
# "more slowly", "much less quickly": a change at a slower pace than in the comparison
_SLOWER = (
    r"(?:much\s+|far\s+|somewhat\s+|slightly\s+|a\s+(?:little|lot|bit)\s+|significantly\s+)?"
    r"(?:more\s+slowly|less\s+(?:quickly|rapidly|fast|steeply|sharply))\b"
)
_SLOWER_HINTS = ("slowly", "less quickly", "less rapidly", "less fast", "less steeply", "less sharply")
# "no difference in how often people got infections": what they got is the outcome
_HOW_OFTEN = (
    r"(?:how\s+often\s+(?:people|patients|participants|they|children|adults|women|men|babies)\s+(?:got|had|needed"
    r"|developed|caught|suffered\s+from|used|took|saw|noticed|reported)\s+)?"
)
# What happened to people counted by it: "Fewer children ... caught a cold", "more women ... needed a caesarean"
_EVENT_VERB = (
    r"(?:\s+(?!than\b)[\w'’-]+){0,6}?\s+(?:had|got|caught|needed|required|developed|suffered(?:\s+from)?|experienced"
    r"|complained\s+(?:of|about)|reported(?!\s+(?:that|feeling|being)\b)|(?:were|was)\s+given"
    # "more mothers in the counsellor areas were still breastfeeding at 6 months": what they were still doing
    r"|(?:were|was)\s+still(?=\s+[a-z]+ing\b)"
    r"|went\s+on\s+to\s+(?:develop|have|need)|(?:were|was)\s+(?:newly\s+)?(?:admitted\s+(?:to|with|for)|diagnosed\s+with|readmitted\s+"
    r"(?:to|with|for))|died\s+(?:of|from))\s+"
)
CUES: tuple[DirectionCue, ...] = (
    # "joint damage on the X-rays progressed less": a disease that advanced less is the good news
    _cue(
        r"\b(?:progressed|advanced|spread)\s+(?:much\s+|far\s+|significantly\s+|a\s+little\s+)?(?:less|more\s+slowly)\b",
        IMPROVED,
        after=False,
        hints=("progressed", "advanced", "spread"),
    ),
    _cue(
        r"\b(?:progressed|advanced|spread)\s+(?:much\s+|far\s+|significantly\s+|a\s+little\s+)?(?:more|faster|more\s+quickly)"
        r"\b(?!\s+slowly)",
        WORSENED,
        after=False,
        hints=("progressed", "advanced", "spread"),
    ),
    _cue(
        # (each "(?=x)" below only tells the engine the first letter, so most positions fail at once)
        r"(?=[nw])"
        + _NO
        + r"(?:differences?|changes?|improvements?|effects?|benefits?|advantages?)\s+(?:over\s+time\s+|"
        # ("between the two splints in", "between tablets and injections in": the arms, however they are named)
        r"between\s+(?:the\s+)?(?:groups|arms)\s+|between\s+(?=[^.;,]{3,60}?\s(?:in|on)\s)(?:[\w-]+\s+){1,8}?)?(?:(?:was|were)\s+(?:seen|found|observed|detected|reported)\s+)?"
        r"(?:in|on|for|to|regarding)\s+" + _HOW_OFTEN,
        NO_DIFFERENCE,
        hints=("no", "not", "without"),
    ),
    # "the trials did not show a clear difference in how often people got infections"
    _cue(
        r"\b(?:did\s+not|didn't|does\s+not|doesn't|failed\s+to)\s+(?:show|find|make|see|detect)\s+(?:a|any)\s+"
        r"(?:clear\s+|significant\s+|real\s+|meaningful\s+|measurable\s+)?differences?\s+(?:in|to|on|for)\s+"
        + _HOW_OFTEN,
        NO_DIFFERENCE,
        hints=("not", "n't", "failed"),
    ),
    # "made little difference to blood pressure", "had hardly any effect on sleep": too small a change to count
    _cue(
        r"\b(?:made|makes|make|had|has|have)\s+(?:(?:very\s+)?little|hardly\s+any|barely\s+any|next\s+to\s+no"
        r"|little\s+or\s+no|almost\s+no)\s+(?:difference|effect|impact)\s+(?:to|on|in)\s+" + _HOW_OFTEN,
        NO_DIFFERENCE,
        hints=("little", "hardly", "barely", "next to no", "almost no"),
    ),
    # "The spray did nothing for congestion", "did little to ease the pain"
    _cue(
        r"\b(?:did|does|do)\s+(?:nothing|(?:very\s+)?little|not\s+much)\s+(?:for\s+|to\s+(?:help|improve|ease|reduce|"
        # (not whom it did nothing for: "if it does nothing for them")
        r"change|prevent|relieve|shorten)\s+)(?:with\s+)?(?!(?:them|him|her|us|you|me|people|patients|many|most)\b)"
        r"(?=[a-z])",
        NO_DIFFERENCE,
        hints=("nothing", "little", "not much"),
    ),
    # "Blood pressure was unaffected", "remained unaffected by the tablet"
    _cue(
        r"\b(?:was|were|remained|stayed)\s+(?:largely\s+|essentially\s+|virtually\s+|completely\s+)?unaffected\b",
        NO_DIFFERENCE,
        after=False,
        hints=("unaffected",),
    ),
    # A slower fall is a relative rise: "kidney function declined more slowly", "bone density fell less quickly"
    _cue(
        r"\b(?:declined|fell|dropped|decreased|shrank|thinned)\s+" + _SLOWER,
        UP,
        after=False,
        hints=_SLOWER_HINTS,
    ),
    _cue(
        r"\b(?:rose|increased|grew|climbed|went\s+up)\s+" + _SLOWER,
        DOWN,
        after=False,
        hints=_SLOWER_HINTS,
    ),
    _cue(
        r"\b(?:deteriorated|worsened|got\s+worse|progressed)\s+" + _SLOWER,
        IMPROVED,
        after=False,
        hints=_SLOWER_HINTS,
    ),
    # "slowed the decline in kidney function" keeps more of it
    _cue(
        r"\bslow(?:ed|s)?\s+(?:down\s+)?(?:the\s+)?(?:decline|loss|deterioration|fall|drop|thinning|shrinking|"
        r"shrinkage)\s+(?:in|of)\s+",
        UP,
        hints=("slow",),
    ),
    # "Perceived loudness didn't change any differently between the groups"
    _cue(
        r"\b(?:did\s+not|didn't)\s+(?:change|improve|fall|rise)\s+(?:any\s+)?differently\b",
        NO_DIFFERENCE,
        after=False,
        hints=("differently",),
    ),
    # "did not prevent falls": the outcome is the object; "pain did not improve": it is the subject.
    _cue(
        r"\b(?:did\s+not|didn't|does\s+not|doesn't|failed\s+to)\s+(?:significantly\s+)?(?:prevent|reduce|lower|"
        # "did not help with sleep", "did not stop the itching", "did not ease the pain"
        r"help\s+with|help|stop|ease|relieve|shorten|speed\s+up|"
        r"affect|alter|change|improve|increase|raise)\s+(?![a-z]+ly\b|much\b|either\b|over\b|at\b|in\b|by\b|between\b|"
        r"from\b|with\b|for\b|after\b|during\b)(?=[a-z])",
        NO_DIFFERENCE,
        hints=("not", "n't", "failed"),
    ),
    _cue(
        r"\b(?:did\s+not|didn't|does\s+not|doesn't|failed\s+to|was\s+not\s+able\s+to)\s+(?:significantly\s+)?"
        r"(?:improve|differ|change|budge|decrease|increase|reduce|get\s+better)",
        NO_DIFFERENCE,
        after=False,
        hints=("not", "n't", "failed"),
    ),
    # "Average pain intensity barely moved", "weight hardly changed": a change too small to count
    _cue(
        r"\b(?:barely|hardly|scarcely)\s+(?:moved|changed|budged|shifted|differed|improved|altered)\b",
        NO_DIFFERENCE,
        after=False,
        hints=("barely", "hardly", "scarcely"),
    ),
    # "The children's reading improved, but their behaviour in class did not."
    _cue(
        # (not a comparison group: "than women who did not")
        # ("d" first: the look-behinds then run only where a "did" or "does" can start)
        r"\b(?=d)(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bthose\s)(?<!\bothers\s)"
        r"(?:(?:did|does|do)\s+not|didn't|doesn't)(?=\s*[.;]|\s*$)",
        NO_DIFFERENCE,
        after=False,
        hints=("not", "n't"),
    ),
    # (before the subject cue below, which would otherwise take "identical" first)
    # "Live birth rates were almost identical in the two groups, as were rates of clinical pregnancy and miscarriage"
    _cue(
        r"\b(?:similar|comparable|identical|the\s+same|no\s+different)\b[^.;]{0,50}?,\s+as\s+(?:were|was)\s+",
        NO_DIFFERENCE,
        hints=("as were", "as was"),
    ),
    # "Everyday functioning showed no meaningful difference between the groups": the outcome is the subject.
    _cue(
        r"\b(?:showed|had|made|found)\s+" + _NO + r"(?:differences?|changes?)\s+(?:between|across|among)\b",
        NO_DIFFERENCE,
        after=False,
        hints=("no", "not", "without"),
    ),
    _cue(
        r"\b(?:was|were)\s+(?:also\s+)?(?:[a-z]+\s+and\s+)?(?:[a-z]+ly\s+)?(?:broadly\s+|statistically\s+|about\s+|roughly\s+|much\s+"
        r"|almost\s+|nearly\s+|virtually\s+|essentially\s+)?"
        r"(?:similar|comparable|unchanged|identical|"
        r"the\s+same|not\s+(?:significantly\s+|statistically\s+)?different|no\s+different)",
        NO_DIFFERENCE,
        after=False,
        hints=("similar", "comparable", "unchanged", "same", "different", "identical"),
    ),
    # "Serious side effects were rare and occurred at similar rates in both groups", "were reported in similar numbers"
    _cue(
        r"\b(?:occurred|happened|arose|appeared|(?:were|was)\s+(?:reported|seen|recorded|noted))\s+(?:at|in)\s+"
        r"(?:very\s+|broadly\s+)?(?:similar|comparable|the\s+same)\s+(?:rates?|numbers|frequency|levels)\b",
        NO_DIFFERENCE,
        after=False,
        hints=("similar", "comparable", "same"),
    ),
    # "Satisfaction was high in both groups": a level both arms reached
    _cue(
        r"\b(?:was|were|remained|stayed)\s+(?:very\s+|equally\s+|similarly\s+)?(?:high|low|good|excellent|poor)\s+"
        r"(?:in|for|across)\s+(?:both|all|each\s+of\s+the)\s+(?:\w+\s+)?(?:groups|arms)\b",
        NO_DIFFERENCE,
        after=False,
        hints=("both groups", "all groups", "both arms", "all three groups", "all four groups"),
    ),
    # "Serious reactions happened about equally often in the two groups", "Falls occurred as often with the app"
    _cue(
        r"\b(?:occurred|happened|arose|appeared|came\s+up)\s+(?:about\s+|roughly\s+|almost\s+|just\s+)?"
        r"(?:equally\s+often|as\s+often)\b",
        NO_DIFFERENCE,
        after=False,
        hints=("equally often", "as often"),
    ),
    # "Ferritin rose and fell just the same in both groups": a change that matched the other arm's
    _cue(
        r"\b(?:rose|fell|changed|moved|improved)(?:\s+and\s+(?:fell|rose))?\s+(?:just\s+|much\s+|about\s+)?the\s+same\b",
        NO_DIFFERENCE,
        after=False,
        hints=("the same",),
    ),
    # "Their blood sugar and their weight ended up much the same as the control group's"
    _cue(
        r"\b(?:ended\s+up|finished|came\s+out|stayed|remained)\s+(?:much\s+|about\s+|roughly\s+|broadly\s+|almost\s+)?"
        r"(?:the\s+same|similar|identical|no\s+different)\b",
        NO_DIFFERENCE,
        after=False,
        hints=("the same", "similar", "identical", "no different"),
    ),
    # "The groups did not differ in pain scores", "the two arms were similar on every measure of sleep":
    # the groups are the subject, so the outcome follows
    _cue(
        r"\b(?:groups|arms)\s+(?:(?:did\s+not|didn't|do\s+not|don't)\s+(?:significantly\s+|really\s+)?differ(?:\s+significantly)?"
        r"|were\s+(?:(?:very|broadly|much|about|roughly)\s+)?(?:similar|alike|comparable|no\s+different))"
        r"\s+(?:in|on|for|when\s+it\s+came\s+to)\s+(?:(?:their|the)\s+)?",
        NO_DIFFERENCE,
        hints=("groups", "arms"),
    ),
    # "Neither hay fever symptoms nor sleep differed between the groups"
    _cue(
        r"\b(?:differed|changed|improved|were\s+different|was\s+different)\b(?=[^.;]{0,40}?\b(?:between|across|in\s+either"
        r"|in\s+both)\b)",
        NO_DIFFERENCE,
        after=False,
        hints=("neither",),
    ),
    _cue(
        r"\b(?:did\s+not|didn't|does\s+not|doesn't|failed\s+to)\s+(?:outperform|beat|do\s+better\s+than)\s+"
        r"(?:[\w-]+\s+){1,4}?(?:on|for|in|at)\s+(?:the\s+)?",
        NO_DIFFERENCE,
        hints=("not", "n't", "failed"),
    ),
    _cue(r"\bnon-?inferior\s+(?:to\s+[\w\s-]{1,40}?\s+)?(?:on|for|in)\s+", NO_DIFFERENCE, hints=("inferior",)),
    _cue(
        r"\b(?:no|not|neither)\b[^.;]{0,60}?\b(?:better|superior|more\s+effective)\s+"
        r"(?:(?:than|to)\s+[\w\s-]{1,40}?\s+)?"
        r"(?:on|for|in|at\s+improving)\s+(?:either\s+)?",
        NO_DIFFERENCE,
        hints=("better", "superior", "effective"),
    ),
    # "had as much pain relief as those who had physiotherapy", "lost as much weight as the diet group"
    _cue(
        r"\b(?:had|got|gained|reported|felt|lost|saw|needed|used)\s+(?:just\s+)?as\s+much\s+(?=[a-z][\w\s-]{2,40}?\s+as\b)",
        NO_DIFFERENCE,
        hints=("as much",),
    ),
    # "gave similar everyday benefit to ...", "had similar knee function", "had the same number of asthma attacks",
    # "took the same number of days off work", "lost a similar amount of weight"
    _cue(
        r"\b(?:had|gave|showed|reported|achieved|saw|took|lost|gained|needed|used)\s+(?:a\s+)?(?:very\s+|broadly\s+|much\s+)?(?:similar|comparable"
        r"|the\s+same)\s+(?:(?:number|amount|rates?|levels?|proportion)\s+of\s+)?"
        r"(?!(?:to|as|way|thing|kind|outcomes?|results?|effects?|improvements?|benefits?)\b)",
        NO_DIFFERENCE,
        hints=("similar", "comparable", "the same"),
    ),
    _cue(
        r"\bsimilar\s+(?:outcomes|results|effects|improvements|benefits)\s+(?:to\s+[\w\s-]{1,40}?\s*,?\s*)?"
        r"(?:both\s+)?(?:for|in|on)\s+",
        NO_DIFFERENCE,
        hints=("similar",),
    ),
    # "the advantage on fatigue had faded by 6 months": a benefit at one time point but not a later one.
    _cue(
        r"\b(?:advantages?|benefits?|differences?|effects?|gains?|improvements?)\s+(?:on|in|for)\s+"
        r"(?=[^.;]{0,80}?\b(?:faded|evaporated|disappeared|vanished|wore\s+off|(?:was|were)\s+lost|no\s+longer))",
        MIXED,
        hints=("faded", "evaporated", "disappeared", "vanished", "wore off", "lost", "no longer"),
    ),
    # "improved pain but not in function" (a second outcome without a benefit), not "improved in the exercise group
    # but not in the control group" (the comparison arm, which makes the benefit the exercise group's)
    _cue(
        r"\bbut\s+not\s+(?:for|on|in)\s+(?!(?:the\s+|those\s+in\s+the\s+)?(?:control|comparison|placebo|sham|other"
        r"|usual[- ]care|waiting[- ]list|wait[- ]list)\b)(?:either\s+)?",
        NO_DIFFERENCE,
        hints=("but not",),
    ),
    # "the reviewers concluded that none showed a convincing effect on blood pressure"
    _cue(
        r"\bnone\s+(?:of\s+(?:them|the\s+[\w-]+)\s+)?(?:showed|had|found|produced|made|reported|gave)\s+(?:a|an|any)\s+"
        r"(?:(?:convincing|clear|significant|real|meaningful|consistent|reliable|lasting)\s+)?"
        r"(?:effects?|differences?|benefits?|improvements?)\s+(?:on|in|to|for)\s+",
        NO_DIFFERENCE,
        hints=("none",),
    ),
    # "Nor was there any difference in postnatal depression."
    _cue(
        r"\b(?:nor|neither)\s+(?:was|were|did)\s+there\s+(?:any|a)\s+(?:real\s+|significant\s+|meaningful\s+)?"
        r"(?:differences?|changes?|effects?|benefits?)\s+(?:in|on|for)\s+",
        NO_DIFFERENCE,
        hints=("nor ", "neither "),
    ),
    # "the game group scored better on the on-road test", "scored higher on a memory test"
    _cue(r"\bscored\s+(?:\w+\s+)?better\s+(?:on|in|for)\s+", IMPROVED, hints=("scored",)),
    _cue(r"\bscored\s+(?:\w+\s+)?worse\s+(?:on|in|for)\s+", WORSENED, hints=("scored",)),
    _cue(r"\bscored\s+(?:\w+\s+)?higher\s+(?:on|in|for)\s+", UP, hints=("scored",)),
    _cue(r"\bscored\s+(?:\w+\s+)?lower\s+(?:on|in|for)\s+", DOWN, hints=("scored",)),
    # "felt better about their appearance"
    _cue(r"\bfelt\s+(?:\w+\s+)?better\s+about\s+", IMPROVED, hints=("felt",)),
    # "Reaction times were quicker in the game group", "recovery was faster"
    _cue(
        r"\b(?:was|were)\s+(?:also\s+)?" + _AMOUNT + r"(?:quicker|faster|speedier)\b",
        IMPROVED,
        after=False,
        hints=("quicker", "faster", "speedier"),
    ),
    # "saw their body-mass index fall by 16%", "blood pressure would drop by"
    _cue(
        r"\b(?:fall|drop|decline|shrink)\s+by\b",
        DOWN,
        after=False,
        hints=("fall by", "drop by", "decline by", "shrink by"),
    ),
    _cue(r"\b(?:rise|increase|grow)\s+by\b", UP, after=False, hints=("rise by", "increase by", "grow by")),
    # "were no less likely to get diarrhoea than those on the dummy capsule": what they were no likelier to get follows
    _cue(
        r"\b(?:was|were)\s+no\s+(?:more|less)\s+likely\s+to\s+(?:get|develop|have|need|suffer(?:\s+from)?|catch"
        r"|experience|report)\s+",
        NO_DIFFERENCE,
        hints=("no more likely", "no less likely"),
    ),
    # "Skin irritation was no more common with the treated clothing": no difference, whichever way it is put.
    _cue(
        r"\b(?:was|were)\s+(?:[a-z]+\s+and\s+)?(?:no|not)\s+(?:more|less)\s+(?:common|frequent|likely|rare|often)\b",
        NO_DIFFERENCE,
        after=False,
        hints=("no more", "no less", "not more", "not less"),
    ),
    _cue(
        r"\b(?:was|were|became|grew)\s+(?:a\s+(?:little|bit|lot)\s+|(?!no\b|not\b)\w+\s+)?more\s+(?:common|frequent)\b",
        UP,
        after=False,
        hints=("more common", "more frequent"),
    ),
    _cue(
        r"\b(?:was|were|became|grew)\s+(?:a\s+(?:little|bit|lot)\s+|(?!no\b|not\b)\w+\s+)?(?:less\s+(?:common|frequent"
        r"|severe)|rarer)\b",
        DOWN,
        after=False,
        hints=("less common", "less frequent", "rarer"),
    ),
    _cue(
        r"\b(?:was|were)\s+(?:about\s+|roughly\s+|just\s+)?as\s+(?:common|frequent|rare|likely)",
        NO_DIFFERENCE,
        after=False,
        hints=(" as ",),
    ),
    _cue(
        r"\b(?:was|were)\s+(?:(?:reported|seen|recorded|found)\s+)?(?:about\s+|roughly\s+|broadly\s+)?equally\s+"
        r"(?:common|frequent|often|rare|likely|good|high|low)\b",
        NO_DIFFERENCE,
        after=False,
        hints=("equally",),
    ),
    _cue(r"\bdiffer(?:ed)?\s+significantly\s+(?:for|on|in)\s+", IMPROVED, hints=("differ",)),
    # "people taking magnesium had about as many cramps per week as those taking the dummy tablets"
    _cue(
        r"\b(?:had|reported|experienced|suffered|needed|took)\s+(?:about\s+|roughly\s+|much\s+|nearly\s+|almost\s+|just\s+)?"
        r"as\s+(?:many|much|few|little)\s+(?!as\b)",
        NO_DIFFERENCE,
        hints=("as many", "as much", "as few", "as little"),
    ),
    # "half as likely to report diarrhoea", "twice as likely to need surgery"
    _cue(
        r"\b(?:half|a\s+third|a\s+quarter|a\s+fifth)\s+as\s+likely\s+to\s+(?:report|have|experience|develop|need|"
        r"get|use|suffer)\s+",
        DOWN,
        hints=("as likely",),
    ),
    _cue(
        r"\b(?:twice|(?:two|three|four|five|\d+(?:\.\d+)?)(?:-fold|\s+times))\s+as\s+likely\s+to\s+(?:report|have|"
        r"experience|develop|need|get|use|suffer)\s+",
        UP,
        hints=("as likely",),
    ),
    _cue(
        r"\bless\s+likely\b[^.;]{0,80}?\bto\s+(?:be\s+)?(?:(?:using|use|need|needing|have|having|take|taking|"
        r"experience|report|develop|get|getting|suffer(?:ing)?(?:\s+from)?|catch)\s+|(?=(?:re)?admitted\b|hospitali[sz]ed\b|diagnosed\b))",
        DOWN,
        hints=("less likely",),
    ),
    _cue(
        r"\bmore\s+likely\b[^.;]{0,80}?\bto\s+(?:be\s+)?(?:(?:using|use|need|needing|have|having|take|taking|"
        r"experience|report|develop|get|getting|suffer(?:ing)?(?:\s+from)?|catch)\s+|(?=(?:re)?admitted\b|hospitali[sz]ed\b|diagnosed\b))"
        r"(?!(?:\w+\s+){0,2}(?:improvement|relief|benefit|recovery))",
        UP,
        hints=("more likely",),
    ),
    # "were more likely to be breastfeeding at six weeks": the outcome is the activity itself ("still exercising"
    # when they are still at it)
    _cue(
        r"\bmore\s+likely\s+to\s+(?:be\s+|(?=still\s+be\s+))(?=(?:still\s+be\s+)?[a-z]+ing\b)",
        UP,
        hints=("more likely",),
    ),
    _cue(
        r"\bless\s+likely\s+to\s+(?:be\s+|(?=still\s+be\s+))(?=(?:still\s+be\s+)?[a-z]+ing\b)",
        DOWN,
        hints=("less likely",),
    ),
    # people counted, before the things counted below: "more than twice as many people in the screened group were newly
    # diagnosed with atrial fibrillation"
    _cue(
        r"\b(?:(?:more\s+than\s+|almost\s+|nearly\s+|about\s+)?(?:twice|three\s+times|four\s+times)\s+as\s+many)\s+"
        r"(?:[\w-]+\s+)?(?:" + plural_alternation() + r")" + _EVENT_VERB,
        UP,
        hints=("as many",),
    ),
    _cue(
        r"\b(?:(?:only\s+|about\s+|roughly\s+)?half\s+as\s+many)\s+(?:[\w-]+\s+)?(?:"
        + plural_alternation()
        + r")"
        + _EVENT_VERB,
        DOWN,
        hints=("half as many",),
    ),
    # "roughly half as many skin tears", "twice as many falls"
    _cue(r"\b(?:half|a\s+third|a\s+quarter)\s+as\s+many\s+", DOWN, hints=("as many",)),
    _cue(r"\b(?:twice|(?:two|three|four)\s+times)\s+as\s+many\s+", UP, hints=("as many",)),
    # "the chance of a clot roughly tripled", "hospital stays halved"
    _cue(
        r"\b(?:roughly\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:doubled|tripled|trebled|quadrupled)\b"
        r"(?!\s+(?:the|their|its|a|an|his|her)\b)",
        UP,
        after=False,
        hints=("doubled", "tripled", "trebled", "quadrupled"),
    ),
    _cue(
        r"\b(?:roughly\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?halved\b(?!\s+(?:the|their|its|a|an|his|her)\b)",
        DOWN,
        after=False,
        hints=("halved",),
    ),
    # "Fewer of them had relapses", "more patients needed surgery": a count of people with the outcome.
    _cue(
        r"\bfewer\s+(?:of\s+(?:them|those)\s+|(?:people|patients|participants|women|men|children|babies)\s+)?"
        r"(?:(?:in|on|from)\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:group|arm)\s+)?"
        r"(?:had|reported|experienced|received|needed|developed|used|required|suffered)\s+",
        DOWN,
        hints=("fewer",),
    ),
    _cue(
        r"\bmore\s+(?:of\s+(?:them|those)\s+|(?:people|patients|participants|women|men|children|babies)\s+)"
        r"(?:(?:in|on|from)\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:group|arm)\s+)?"
        r"(?:had|reported|experienced|received|needed|developed|used|required|suffered|started|began)\s+",
        UP,
        hints=("more ",),
    ),
    # "The cyclists were no worse than the swimmers on erection problems": the measure follows "on"
    _cue(
        r"\b(?:was|were|did|fared|performed|scored)\s+(?:also\s+)?no\s+(?:better|worse)\s+(?:than\s+[^.;:]{1,60}?\s+)?on\s+"
        r"(?:the\s+|their\s+|a\s+)?",
        NO_DIFFERENCE,
        hints=("no better", "no worse"),
    ),
    # "Children in the app group did worse on the reading test"
    _cue(
        r"\b(?:did|fared|performed|scored)\s+(?:slightly\s+|much\s+|far\s+|significantly\s+|a\s+little\s+)?better"
        r"\s+on\s+(?:the\s+|their\s+|a\s+)?",
        IMPROVED,
        hints=("better on",),
    ),
    _cue(
        r"\b(?:did|fared|performed|scored)\s+(?:slightly\s+|much\s+|far\s+|significantly\s+|a\s+little\s+)?worse"
        r"\s+on\s+(?:the\s+|their\s+|a\s+)?",
        WORSENED,
        hints=("worse on",),
    ),
    # "Asthma control was no worse after switching"
    _cue(
        r"\b(?:was|were)\s+(?:also\s+)?no\s+(?:better|worse)\b",
        NO_DIFFERENCE,
        after=False,
        hints=("no better", "no worse"),
    ),
    # "better" and "worse" judge the change; "higher" and "lower" only measure it ("pain was much better").
    _cue(
        r"\b(?:was|were)\s+(?:also\s+)?" + _AMOUNT + r"(?:better|improved)\b",
        IMPROVED,
        after=False,
        hints=("better", "improved"),
    ),
    _cue(r"\b(?:was|were)\s+(?:also\s+)?" + _AMOUNT + r"worse\b", WORSENED, after=False, hints=("worse",)),
    _cue(
        r"\b(?:was|were)\s+(?:also\s+)?" + _AMOUNT + r"(?:longer|higher|greater|"
        r"increased)\b",
        UP,
        after=False,
        hints=("longer", "higher", "greater", "increased"),
    ),
    _cue(
        # (not "were less than half as likely to have decayed": a likelihood, whose outcome comes after it)
        r"\b(?:was|were)\s+(?:also\s+)?" + _AMOUNT + r"(?:lower|shorter|reduced|less|"
        r"decreased)\b(?!(?:\s+than\s+[\w-]+(?:\s+times)?\s+as)?\s+likely\b)"
        # ("their skin was less dry": the adjective after "less" is the outcome, which the subject is not)
        r"(?!\s+(?:dry|itchy|painful|stiff|tired|swollen|red|sore|anxious|depressed|lonely|stressed|sleepy|breathless)\b)",
        DOWN,
        after=False,
        hints=("lower", "shorter", "reduced", "less", "decreased"),
    ),
    # "Asthma attacks were cut by almost half", "Admissions were halved"
    _cue(
        r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?(?:roughly\s+|about\s+|nearly\s+|almost\s+"
        r"|more\s+than\s+)?(?:cut|halved|slashed|trimmed)\b",
        DOWN,
        after=False,
        hints=("cut", "halved", "slashed", "trimmed"),
    ),
    # "Soreness lasted about a day longer with the cream": how long a symptom or an effect went on
    _cue(
        r"\blasted\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:(?:an?|one|two|three|\d+(?:\.\d+)?|half\s+an?)\s+"
        r"(?:days?|hours?|weeks?|minutes?)\s+)?longer\b",
        UP,
        after=False,
        hints=("lasted",),
    ),
    _cue(
        r"\blasted\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:(?:an?|one|two|three|\d+(?:\.\d+)?|half\s+an?)\s+"
        r"(?:days?|hours?|weeks?|minutes?)\s+)?shorter\b",
        DOWN,
        after=False,
        hints=("lasted",),
    ),
    # "Bone density increased less with the new drug": a rise smaller than the other arm's is relatively a fall
    _cue(
        r"\b(?:increased|rose|went\s+up|grew)\s+(?:much\s+|far\s+|slightly\s+)?less\b(?!\s+likely\b)",
        DOWN,
        after=False,
        hints=("less",),
    ),
    _cue(
        r"\b(?:decreased|fell|dropped|declined|went\s+down|eased)\s+(?:much\s+|far\s+|slightly\s+)?less\b(?!\s+likely\b)",
        UP,
        after=False,
        hints=("less",),
    ),
    _cue(r"\bimproved\s+(?:much\s+|far\s+|slightly\s+)?less\b(?!\s+likely\b)", WORSENED, after=False, hints=("less",)),
    # "Coughing got worse in a few patients": a subject that worsened, whatever its polarity
    _cue(
        r"\b(?:got|became|grew)\s+worse\b",
        WORSENED,
        after=False,
        hints=("worse",),
    ),
    # "Those on the new inhaler needed their rescue inhaler less often"; "the bedtime group reported getting up in
    # the night more often": an event they told of, by how often
    *(
        _cue(
            rf"\b(?:(?:needed|used|took|visited|called|missed)\s+(?=[^.;]{{2,50}}?\s+{how}\s+(?:often|frequently)\b)"
            rf"|reported\s+(?=[a-z]+ing\b[^.;]{{2,60}}?\s+{how}\s+(?:often|frequently)\b))",
            effect,
            hints=(f"{how} often", f"{how} frequently"),
        )
        for how, effect in (("less", DOWN), ("more", UP))
    ),
    # "There were more hoarse voices with the new inhaler", "There were fewer falls"
    _cue(
        r"\bthere\s+(?:were|was)\s+(?:also\s+)?(?:slightly\s+|far\s+|many\s+)?more\s+",
        UP,
        hints=("there were more", "there was more"),
    ),
    _cue(
        r"\b(?:beat|outperformed|was\s+superior\s+to|were\s+superior\s+to|did\s+better\s+than)\s+"
        r"(?:[\w-]+\s+){1,4}?(?:for|on|in)\s+",
        IMPROVED,
        hints=("beat", "outperform", "superior", "better than"),
    ),
    _cue(r"\b(?:was|were)\s+superior\s+(?:for|on|in)\s+(?:both\s+)?", IMPROVED, hints=("superior",)),
    # Network meta-analysis rankings: "X came out on top for pain", "Y ranked highest for function".
    _cue(
        r"\b(?:came\s+out\s+on\s+top|ranked\s+(?:highest|best|first|top)|did\s+best|performed\s+best|"
        r"(?:was|were)\s+(?:the\s+)?most\s+effective)\s+(?:for|on|in)\s+",
        IMPROVED,
        hints=("top", "ranked", "best", "most effective"),
    ),
    # "Skin clearance was just as good at home as in hospital"
    _cue(
        # (a measure set beside the places or arms it was measured in; "home care was as good as hospital care" and
        # "was about as effective as manipulation" judge treatments)
        r"\b(?:was|were)\s+(?:just\s+|every\s+bit\s+|about\s+|roughly\s+)?as\s+(?:good|high|low)\s+"
        r"(?=(?:at|in|with|on|for|among)\s[^.;]{0,40}?\bas\b)",
        NO_DIFFERENCE,
        after=False,
        hints=(" as good", " as high", " as low"),
    ),
    # "<outcome> improved in the yoga group", "<outcome> fell by a third": the subject is the outcome.
    _cue(
        # ("Pain and swelling improved much more with tozaletinib": how much more, before the comparison)
        r"\bgot\s+better(?=\s+on\b)|\b(?:improved|got\s+better|eased|lessened|subsided)(?=(?:\s+(?!only\b|early\b)[a-z]+ly"
        r"|\s+(?:much|far|a\s+lot|a\s+little|slightly))?(?:\s+(?:in|for|among|at|by|significantly|more|over|after|with|only|"
        r"from|during|across|too|as\s+well|again|further)\b|\s*[.,;]|$))",
        IMPROVED,
        after=False,
        hints=("improved", "got better", "eased", "lessened", "subsided"),
    ),
    _cue(
        r"\b(?:decreased|fell|dropped|declined|went\s+down|came\s+down|(?<=had\s)fallen|(?<=have\s)fallen)(?="
        + _DEGREE_AFTER
        + r"(?:\s+(?:in|for|among|at|by|significantly|more|over|after|with|and|"
        r"only|from|during|across|further|faster)\b|\s*[.,;]|$))",
        DOWN,
        after=False,
        hints=("decreased", "fell", "dropped", "declined", "went down", "came down", "fallen"),
    ),
    _cue(
        r"\b(?:increased|rose|went\s+up|shot\s+up|(?<=had\s)risen|(?<=have\s)risen)(?="
        + _DEGREE_AFTER
        + r"(?:\s+(?:in|for|among|at|by|significantly|more|over|and|"
        r"after|with|only|from|during|across|further|faster)\b|\s*[.,;]|$))",
        UP,
        after=False,
        hints=("increased", "rose", "went up", "shot up", "risen"),
    ),
    _cue(
        r"\b(?:significant(?:ly)?\s+|clinically\s+(?:important|meaningful|relevant)\s+|greater\s+|larger\s+|"
        r"meaningful\s+|marked\s+|modest\s+)?improve(?:ments?|d)\s+(?:in|on)\s+(?:both\s+)?",
        IMPROVED,
        hints=("improv",),
    ),
    _cue(
        # (not an adverb that closes the clause: "Confidence in water improved too")
        # (nor one that says how much: "Their pain improved quite a lot too")
        r"\b(?:improved|improving|improves|enhanced|boosted|eased|relieved|alleviated)\s+(?!by\b|in\b|on\b|with\b|too\b"
        r"|as\s+well\b|again\b|further\b|quite\b|rather\b|very\b|much\b|a\s+(?:lot|little|bit)\b|[a-z]+ly\b)",
        IMPROVED,
        hints=("improv", "enhanc", "boost", "eased", "reliev", "alleviat"),
    ),
    # "Fewer children in the vitamin group caught a cold", "Nobody in the gel group needed a transfusion": people
    # counted by what happened to them (before the bare "fewer", which would read the people as the outcome)
    _cue(
        r"\b(?:fewer\s+(?:of\s+(?:the|those)\s+)?(?:[\w-]+\s+)?(?:" + plural_alternation() + r")"
        r"|(?:nobody|no\s+one|none\s+of\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:" + plural_alternation() + r"))"
        r"(?=\s+(?:in|on|given|taking|who)\b)(?![^.;]{0,40}?\b(?:either|both|any)\s+(?:group|arm)))" + _EVENT_VERB,
        DOWN,
        hints=("fewer", "nobody", "no one", "none of"),
    ),
    # "fewer of them were still taking sleeping pills": what fewer people were on is the outcome
    _cue(
        r"\bfewer\s+(?:of\s+them\s+)?(?:were|was)\s+(?:still\s+)?(?:taking|using|on)\s+",
        DOWN,
        hints=("fewer of them", "fewer were", "fewer was"),
    ),
    # "the attention tests showed no difference, and neither did maths and reading scores": a null result that
    # carries over to what follows
    _cue(
        r"\b(?:and\s+)?(?:neither|nor)\s+(?:did|were|was|had)\s+(?:the\s+)?",
        NO_DIFFERENCE,
        hints=tuple(f"{word} {verb}" for word in ("neither", "nor") for verb in ("did", "were", "was", "had")),
    ),
    # "led to a quicker return to sport and work": how soon they went back is the outcome
    _cue(
        r"\b(?:quicker|faster|earlier|speedier|sooner)\s+(?=return\s+to\b)",
        IMPROVED,
        hints=("return to",),
    ),
    _cue(
        r"\bmore\s+(?:of\s+(?:the|those)\s+)?(?:[\w-]+\s+)?(?:" + plural_alternation() + r")" + _EVENT_VERB,
        UP,
        hints=("more",),
    ),
    _cue(
        r"\b(?=[rldf])(?:reduced|reduces|reducing|reductions?\s+in|lowered|decreased|decreases?\s+in|declines?\s+in|less|lower|"
        # (not an arm named by its dose: "slower on the reduced dose", "the lower-dose group"; but "needed lower
        # doses of painkillers" is less medication)
        r"fewer|drops?\s+in|falls?\s+in)\s+(?!than\b|likely\b|often\b|dose\b(?!\s+of\b)|(?:dose|dosage)\s+(?:group|arm)\b)",
        DOWN,
        hints=("reduc", "lower", "decreas", "declin", "less", "fewer", "drop", "fall"),
    ),
    # "the vaccine cut severe RSV illness", "halved the risk of a second stroke": only with a word for harm or its
    # rate after it, and not as an aim or a behaviour ("managed to cut their fat intake", "cities have cut NO2")
    _cue(
        r"(?<!\bto\s)(?<!\bhave\s)(?<!\bhas\s)\b(?:cut|halved|slashed)\s+(?=(?:the\s+|their\s+|its\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:risk|rates?|number|odds|chances?|incidence|severity|frequency|episodes|admissions|cases"
        r"|illness(?:es)?|deaths|infections|hospitali[sz]ations|attacks|falls|symptoms|pain|time\s+to\s+\w+|duration"
        r"|complaints|errors|injuries|crashes|absences|readmissions|complications|spread|transmission)\b)",
        DOWN,
        hints=("cut", "halved", "slashed"),
    ),
    # "The injections shortened recovery by a week", "sped up healing": a quicker recovery is good news
    _cue(
        r"\b(?:shortened|sped\s+up|speeded\s+up|hastened|quickened)\s+(?=(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:recovery|healing|return|discharge|rehabilitation|stays?|time\s+to)\b)",
        IMPROVED,
        hints=("shortened", "sped up", "speeded up", "hastened", "quickened"),
    ),
    # "probiotics shortened diarrhoea by about a day", "shortened the illness": a shorter bout is good news
    _cue(
        r"\bshorten(?:ed|s)\s+(?=(?:the\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:diarrh\w*|illness(?:es)?|symptoms|fever|colds?|flu"
        r"|infections?|episodes?|bouts?|labou?r|hospital\s+stays?)\b)",
        IMPROVED,
        hints=("shortens", "shortened"),
    ),
    # "The stockings prevented blood clots" (but "did not prevent", read above, and "to prevent" as an aim)
    # "prevented about 85 per cent of infections": how many it prevented is no part of the outcome's name
    _cue(
        r"(?<!\bto\s)\bprevented\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than)\s+)?"
        r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|most|half|two[- ]thirds|three[- ]quarters|a\s+(?:third|quarter)"
        r"|(?:nearly|almost)\s+all)\s+of\s+(?:the\s+|all\s+)?(?=[a-z])|most\s+(?!of\b)(?=[a-z])",
        DOWN,
        hints=("prevented",),
    ),
    _cue(r"(?<!\bto\s)\bprevented\s+(?=[a-z])", DOWN, hints=("prevented",)),
    # Vaccine-style efficacy: "was 80% effective against severe illness", "efficacy against infection was 62%",
    # "offered 90% protection against hospitalisation": fewer of the outcome in the vaccinated group
    _cue(
        r"\b(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:effective|efficacious|protective|protection|efficacy"
        r"|effectiveness)|efficacy|effectiveness|(?:was|were|proved|remained)\s+(?:highly\s+|very\s+|largely\s+)?"
        r"(?:effective|protective))\s+(?:against|at\s+preventing|in\s+preventing)\s+(?:the\s+)?(?=[a-z])",
        DOWN,
        hints=("effective", "efficac", "protect"),
    ),
    _cue(
        r"\b(?:(?:was|were|proved)\s+(?:not\s+|in)effective|(?:gave|offered|provided|showed)\s+(?:no|little)\s+"
        r"(?:protection|efficacy))\s+(?:against|at\s+preventing|in\s+preventing)\s+(?:the\s+)?(?=[a-z])",
        NO_DIFFERENCE,
        hints=("effective", "protection", "efficacy"),
    ),
    # "helped with emotional regulation", "helped to improve balance"
    _cue(
        r"\bhelped\s+(?:with|to\s+improve|improve)\s+(?=[a-z])",
        IMPROVED,
        hints=("helped",),
    ),
    # "had milder nasal symptoms": a milder harm is less of it (not who had it: "people with milder pain")
    _cue(
        r"\b(?:had|have|has|reported|experienced|got|suffered)\s+(?:much\s+|far\s+|slightly\s+)?milder\s+(?!than\b)(?=[a-z])",
        DOWN,
        hints=("milder",),
    ),
    # "had lost more visceral fat than the controls": losing more weight or fat is the aim of the trials that count it
    # (not "lost more muscle", which the generic cue below reads as more of a loss)
    _cue(
        r"\blost\s+(?:much\s+|far\s+|significantly\s+|slightly\s+)?more\s+(?=(?:[\w-]+\s+){0,2}?(?:fat|weight)\b)",
        IMPROVED,
        hints=("lost",),
    ),
    _cue(
        r"\blost\s+(?:much\s+|far\s+|significantly\s+|slightly\s+)?less\s+(?=(?:[\w-]+\s+){0,2}?(?:fat|weight)\b)",
        WORSENED,
        hints=("lost",),
    ),
    # "lost more bone density", "lost more sleep": more of anything else lost is a harm
    _cue(
        r"\blost\s+(?:much\s+|far\s+|significantly\s+|slightly\s+)?more\s+(?!(?:[\w-]+\s+){0,2}?(?:fat|weight)\b)(?=[a-z])",
        WORSENED,
        hints=("lost",),
    ),
    # "better glucose control", "worse sleep": the word judges the change, whichever way the measure runs
    _cue(
        r"\bbetter\s+(?!than\b|likely\b|often\b|off\b|at\b|in\b|on\b|for\b|with\b)(?=[a-z])",
        IMPROVED,
        hints=("better",),
    ),
    _cue(
        r"\bworse\s+(?!than\b|likely\b|often\b|off\b|at\b|in\b|on\b|for\b|with\b)(?=[a-z])",
        WORSENED,
        hints=("worse",),
    ),
    _cue(
        # (not who the people were: "adults with mildly raised blood pressure", "people with higher cholesterol")
        r"\b(?=[igrhml])(?<!\bwith\s)(?<!\bwith\smildly\s)(?<!\bwith\sslightly\s)(?<!\bwith\smoderately\s)"
        r"(?:increased|increases?\s+in|rises?\s+in|gains?\s+in|raised|greater|higher|more|longer)\s+"
        r"(?!than\b|likely\b|often\b|frequently\b|frequent\b|common\b|people\b|participants\b|patients\b"
        # ("improved much more with tozaletinib, and ...": the arm compared, not a measure, follows)
        r"|with\b|and\b|or\b|so\b|slowly\b|quickly\b)",
        UP,
        hints=("increas", "rise", "gain", "raised", "greater", "higher", "better", "more", "longer"),
    ),
)

_ALL_HINTS = tuple(sorted({hint for cue in CUES for hint in cue.hints}))
# Each hint as a bit mask of the cues it enables; the cue list for a mask is computed once.
_HINT_MASKS = tuple((hint, sum(1 << i for i, cue in enumerate(CUES) if hint in cue.hints)) for hint in _ALL_HINTS)
_ALWAYS = sum(1 << i for i, cue in enumerate(CUES) if not cue.hints)
_CUES_BY_MASK: dict[int, list[DirectionCue]] = {}


_HINT_BITS = HintBits(dict(_HINT_MASKS))


def cues_for(lowered: str) -> list[DirectionCue]:
    """The cues that could match a lowercased sentence, in table order (the hints are found in one pass)."""
    mask = _ALWAYS | _HINT_BITS.found_in_lowercase(lowered)
    cues = _CUES_BY_MASK.get(mask)
    if cues is None:
        cues = _CUES_BY_MASK[mask] = [cue for i, cue in enumerate(CUES) if mask >> i & 1]
    return cues


# Outcomes where a drop is the good news. Everything else (function, quality of life, sleep,
# survival, range of motion) is better when higher.
_LOWER_IS_BETTER = re.compile(
    r"(?i)\b(?:pain|aches?|disabilit|dysfunction|limitation|symptom|bothersome|severity|depressi|anxiety|stress|"
    r"distress|fatigue|insomnia|relapse|recurrence|mortality|death|risk|side\s+effects?|adverse|harm|cortisol|niggles|"
    r"medication|opioid|morphine|drug|analgesic|steroid|sedat|sleeping\s+(?:tablets?|pills?)|antipsychotic|benzodiazepine|(?:rescue|reliever)\s+inhaler|painkiller|hoarse|wakings?|awakenings?|aggressive|hospitali|admission|readmission|"
    r"length\s+of\s+(?:hospital\s+)?stay|(?:hospital|inpatient)\s+stays?|falls?|fractures?|infections?|complications?|nausea|vomiting|"
    r"blood\s+pressure|(?:eye|intraocular)\s+pressure|pressure\s+inside\s+the\s+eye|cholesterol|glucose|bmi|"
    r"inflammat|eczema|stiffness|tenderness|damage|"
    r"cravings?|smoking|absence|absenteeism|sick\s+days|costs?|exacerbation|migraines?|headaches?|attacks?|seizures?|"
    r"episodes?|flares?|hot\s+flashes|wheez|cough|itch|lesions?|ulcers?|swelling|spasms?|cramps?|tension|loneliness|"
    r"(?:\w+\s+)?days\s+(?:of|with|off)|\w+\s+days|"
    r"strokes?|heart\s+attacks?|events?|diseases?|illness|cancers?|tumou?rs?|fever|hypoglyc|blood\s+sugar|hba1c|"
    r"body\s+weight|waist|body\s+fat|(?:visceral|belly|abdominal|liver|tummy)\s+fat|ldl|triglycerides?|viral\s+load|"
    r"drop(?:ping)?[\s-]?outs?|wakefulness|time\s+to\s+fall\s+asleep|sleep\s+latency|sitting|sedentary|"
    r"burnout|exhaustion|hypertension|obesity|overweight|body[\s-]mass\s+index|bleeding|ha?emorrhag|thrombos|clots?|"
    r"dizziness|diarrh|constipation|crying|irritability|tantrums?|conflicts?|aggression|bullying|irritation|soreness|redness|discomfort|"
    r"tiredness|sleepiness|rumination|worr(?:y|ies)|fears?\b|afraid|phobia|panic|problems?|errors?|mistakes?|hesitan|lonel|"
    r"sickness|injur(?:y|ies)|numbness|tingling|toxicity|syndromes?|disorders?|decay|caries|cavities|plaque|strain\b"
    r"|delirium|agitation|confusion|hallucinations?|nightmares?|flashbacks?|intrusive|flush(?:es|ing)?|snoring|apnoea|apnea|(?:re)?admitted"
    r"|days\s+in\s+hospital|time\s+(?:spent\s+)?in\s+(?:hospital|intensive\s+care|icu|bed)"
    r"|stomach|indigestion|heartburn|reflux|bloating|dyspeps|upset|complaints|(?:kidney\s+|bladder\s+|gall)?stones?\b"
    r"|gingivitis|dying|(?:skin\s+|perineal\s+|severe\s+)?tears?\b|wounds?|emissions?|pollution|footprint|crash(?:es)?|blisters?|sores?|rash(?:es)?|amputations?|preterm|premature|born\s+(?:too\s+)?early"
    # infections by name and conditions named with a clinical suffix: "gastroenteritis", "keratitis", "anaemia"
    r"|influenza|flu\b|norovirus|covid|rsv\b|casualt|\w+(?:itis|osis|aemia|emia|algia|pathy|oma)s?\b"
    # antibiotics used are a cost and a resistance risk: "needed fewer courses of antibiotics"
    r"|antibiotics?|cases|diabetes|(?:heart|kidney|renal|liver|respiratory|organ|treatment)\s+failure"
    # how long it took to get better: "time to recovery", "time to healing"
    r"|time\s+to\s+(?:full\s+)?(?:recover|heal|discharge|return|resolution|clear|symptom\s+relief|settle)\w*"
    # events a treatment hopes to spare people: "nobody in the gel group needed a transfusion"
    r"|cholera|malaria|dengue|measles|hiv\b|pneumonia|typhoid|trachoma|spread\s+of|transmission"
    r"|breathless|shortness\s+of\s+breath|dyspn|phlegm|sputum|mucus|dry\s+(?:mouth|eyes?|skin)|dryness|sting|bitter|colds?\b|congest|transfusions?|caesareans?|c-sections?|ventilat|intubat|surgery|operations?\b|intensive\s+care"
    # urgent care sought: "fewer emergency visits", "visits to A&E"
    r"|emergenc|a\s*&\s*e\b|urgent\s+care|out[\s-]of[\s-]hours"
    # how hard an effort felt: "how hard the workout felt", "perceived exertion"
    r"|how\s+hard\b|exertion|effortful"
    # leaks and the feelings people hide: "fewer leaks and less shame", "urinary incontinence"
    r"|leak|incontinen|embarrass|shame|stigma|guilt|sunburn|induction|induced|stillbirth|labou?r\b"
    r"|(?:hospital|gp|doctor)\s+(?:visits?|trips?)|visits?\s+to\s+(?:the\s+|a\s+|their\s+|your\s+)?(?:hospital|gp|doctor))"
)
_NEGATION_BEFORE = re.compile(r"(?i)\b(?:not|no|neither|nor|never|without|n't|didn't|wasn't|weren't)\b[^,;.]{0,40}$")
_TIME_TO = re.compile(r"(?i)time\s+to\s+")
_AFTER_HEAD = re.compile(r"(?i)\s+(?:in|at|after|during|on|from|among|while|when)\s+")
# Names that are themselves a favourable change: more pain relief is good news.
# ("stopping smoking", "quitting vaping", "cessation": ending a harm is good news)
_FAVOURABLE_CHANGE = re.compile(
    r"(?i)\b(?:reduction|relief|improvement|remission|recovery|healing|abstinence|cessation|stopping|quitting"
    # ("more people had stopped smoking": the stopping is the good news)
    r"|giving\s+up|stopped|quit|gave\s+up|given\s+up)\b"
)


def polarity_direction(effect: str, outcome: str) -> str:
    """Turn an up/down cue into improved/worsened for this outcome; fixed cues pass through."""
    if effect not in (UP, DOWN):
        return effect
    # ("time to recovery": the sooner the better, though recovery itself is good news)
    # (only the name's head can be the favourable change: "pain in recovery" is pain, "pain relief" is relief)
    head = _AFTER_HEAD.split(outcome, maxsplit=1)[0]
    lower_better = _LOWER_IS_BETTER.search(outcome) is not None and (
        not _FAVOURABLE_CHANGE.search(head) or _TIME_TO.match(outcome) is not None
    )
    if effect == DOWN:
        return IMPROVED if lower_better else WORSENED
    return WORSENED if lower_better else IMPROVED


def negated(text: str, cue_start: int, clause_start: int) -> bool:
    """A negation shortly before the cue in the same clause ("did not produce significant improvements")."""
    return _NEGATION_BEFORE.search(text[max(clause_start, cue_start - 60) : cue_start]) is not None


def opposite(first: str | None, second: str | None) -> bool:
    """A benefit and a harm: "less pain" and "more minor pain" are two findings, not one mixed one."""
    return {first, second} == {IMPROVED, WORSENED}


def combine(first: str | None, second: str | None) -> str | None:
    """Two reports about one outcome: agreement stays, benefit plus no-benefit is mixed."""
    if first is None or first == second:
        return second if first is None else first
    if second is None:
        return first
    if MIXED in (first, second):
        return MIXED
    if {first, second} == {IMPROVED, NO_DIFFERENCE} or {first, second} == {IMPROVED, WORSENED}:
        return MIXED
    return first
