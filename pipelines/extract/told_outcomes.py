"""Results told by a verb or an adjective that carries its own outcome: "slept longer", "cried less", "felt less tired".

Lay articles often report a change in what people did or felt rather than in a named measure. The outcome is then
the noun behind the word ("slept" is sleep, "tired" is tiredness), and the direction comes from the comparative
("more", "less", "better", "sooner", "half as likely") and whether more of that thing is good news. Each table
below holds one way of telling it: verbs with how much, verbs with how well, "as likely to" with a verb, how soon
people returned to work, weight lost, and adjectives after "felt".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.effect_direction import DOWN, IMPROVED, NO_DIFFERENCE, UP, WORSENED
from pipelines.extract.noun_phrases import TRAILING_JOINER
from pipelines.extract.stems import Stems

_DEGREE = r"(?:much\s+|far\s+|a\s+(?:little|lot|bit)\s+|slightly\s+|significantly\s+|noticeably\s+|somewhat\s+)?"
# how much, between the verb and its comparative ("slept about 40 minutes longer"), but no phrase of its own ("had
# lived with neck pain for more than five years")
# (nor across the next verb: "the groups that had exercised reported less pain" is pain's result)
_FEW_WORDS = (
    r"(?:(?!(?:with|for|in|on|at|to|from|of|than|and|but|through|since|reported|said|felt|had|were|was|showed|needed"
    r"|used|took|got)\b)[\w-]+\s+){0,4}?"
)
# (not a comparative of manner: "walked more slowly" says nothing of how much)
# (nor a quantity: "lived more than 10 km from their health centre")
_QUANTITY = r"\s+than\s+(?:\d|a\s|an\s|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half)"
_MORE = rf"(?:more|longer|further|farther)(?!\s+(?:likely|often)\b|\s+[a-z]+ly\b|{_QUANTITY})"
_LESS = rf"(?:less|shorter)(?!\s+(?:likely|often)\b|\s+[a-z]+ly\b|{_QUANTITY})"

# (verb pattern, outcome, effect when "more", effect when "less")
_VERBS: tuple[tuple[str, str, str, str], ...] = (
    (r"slept", "sleep duration", IMPROVED, WORSENED),
    (r"cried", "crying", WORSENED, IMPROVED),
    (r"sneezed?", "sneezing", WORSENED, IMPROVED),
    (r"coughed", "coughing", WORSENED, IMPROVED),
    (r"vomited", "vomiting", WORSENED, IMPROVED),
    (r"snored", "snoring", WORSENED, IMPROVED),
    (r"smoked", "smoking", WORSENED, IMPROVED),
    (r"walked", "walking", IMPROVED, WORSENED),
    (r"lived|survived", "survival", IMPROVED, WORSENED),
    (r"exercised", "exercise", IMPROVED, WORSENED),
)
# "felt less tired", "were more confident": (the adjective's noun, whether less of it is the good news)
ADJECTIVE_NOUNS: dict[str, tuple[str, bool]] = {
    "tired": ("tiredness", True),
    "anxious": ("anxiety", True),
    "depressed": ("depression", True),
    "lonely": ("loneliness", True),
    "isolated": ("isolation", True),
    "stressed": ("stress", True),
    "breathless": ("breathlessness", True),
    "sleepy": ("sleepiness", True),
    "irritable": ("irritability", True),
    "nauseous": ("nausea", True),
    "dizzy": ("dizziness", True),
    "restless": ("restlessness", True),
    "agitated": ("agitation", True),
    "confused": ("confusion", True),
    "worried": ("worry", True),
    "fearful": ("fear", True),
    "hungry": ("hunger", True),
    "itchy": ("itch", True),
    "confident": ("confidence", False),
    "energetic": ("energy", False),
    "alert": ("alertness", False),
    "rested": ("feeling rested", False),
    "active": ("physical activity", False),
    "independent": ("independence", False),
    "satisfied": ("satisfaction", False),
}


# "returned to work a week earlier": how soon, for the outcome the return is
_SOONER = re.compile(
    r"(?i)\b(?P<verb>returned\s+to\s+work|went\s+back\s+to\s+work|returned\s+to\s+(?:school|sport|normal\s+activities)"
    # "recovered two days faster", "healed more quickly"
    r"|recovered|healed|got\s+better|were\s+discharged|went\s+home"
    # "fell asleep faster, about 23 minutes sooner"
    r"|fell\s+asleep|got\s+to\s+sleep|went\s+to\s+sleep|dropped\s+off)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:(?P<sooner>earlier|sooner|faster|more\s+quickly)|later|more\s+slowly)\b"
)
_SOONER_HINT = re.compile(
    r"returned|went\s+back|recovered|healed|got\s+better|discharged|went\s+home|asleep|to\s+sleep|dropped\s+off"
)
# "slept better", "walked worse": how well, not how much
_QUALITY: tuple[tuple[str, str], ...] = (("slept", "sleep quality"), ("fed", "feeding"), ("walked", "walking"))


@dataclass(frozen=True)
class ToldOutcome:
    name: str
    effect: str  # improved | worsened | no_difference, or up | down for the outcome's own polarity to turn
    start: int
    end: int


_COMPARATIVE = rf"{_DEGREE}(?:(?P<more>{_MORE})|(?P<less>{_LESS}))\b"
_VERB_ROWS = tuple(
    (re.compile(rf"(?i)\b(?:{verb})\s+{_FEW_WORDS}{_COMPARATIVE}"), name, more, less)
    for verb, name, more, less in _VERBS
)
_QUALITY_ROWS = tuple(
    (re.compile(rf"(?i)\b{verb}\s+{_DEGREE}(?:(?P<better>better)|worse)\b(?!\s+than\b)"), name)
    for verb, name in _QUALITY
)
# "sealed teeth were less than half as likely to have decayed": (the verb's noun, whether less of it is good news)
_LIKELY_VERBS: dict[str, tuple[str, bool]] = {
    "decayed": ("decay", True),
    "decay": ("decay", True),
    "relapsed": ("relapse", True),
    "relapse": ("relapse", True),
    "fallen": ("falls", True),
    "fall": ("falls", True),
    "recovered": ("recovery", False),
    "recover": ("recovery", False),
    "healed": ("healing", False),
    "heal": ("healing", False),
    "returned to work": ("return to work", False),
    "return to work": ("return to work", False),
    "breastfed": ("breastfeeding", False),
    "breastfeed": ("breastfeeding", False),
    # what a reminder or an invitation trial counts: "twice as likely to have been screened"
    "screened": ("screening uptake", False),
    "vaccinated": ("vaccination uptake", False),
    "immunised": ("vaccination uptake", False),
    "immunized": ("vaccination uptake", False),
    "tested": ("testing uptake", False),
    "quit": ("quitting smoking", False),
    "quit smoking": ("quitting smoking", False),
    "stopped smoking": ("quitting smoking", False),
}
# ("admitted to hospital" and "die" are read by the result and association cues; a claim quoted to be checked,
# "half as likely to die", is no finding)
_LIKELY = re.compile(
    r"(?i)(?P<no>\b(?:no|not|n't)\s+)?\b(?:(?P<less>less|fewer)(?:\s+than\s+(?:half|a\s+third|a\s+quarter|[\w-]+\s+times)\s+as)?"
    r"|(?P<more>more)(?:\s+than\s+(?:twice|[\w-]+\s+times)\s+as)?"
    r"|(?P<fraction>half|a\s+third|a\s+quarter)\s+as|(?:twice|[\w-]+\s+times)\s+as)\s+likely\s+to\s+"
    r"(?:have\s+been\s+|have\s+|be\s+|get\s+|go\s+and\s+get\s+)?"
    r"(?P<verb>" + "|".join(sorted(_LIKELY_VERBS, key=len, reverse=True)) + r")\b"
)
# "were 40% less likely to need knee surgery", "less likely to see a GP": what they needed or caught is the outcome,
# and less of it is the good news
_LIKELY_OBJECT = re.compile(
    r"(?i)(?P<no>\b(?:no|not|n't)\s+)?\b(?:(?P<less>less|fewer)(?:\s+than\s+(?:half|a\s+third|a\s+quarter|[\w-]+\s+times)\s+as)?"
    r"|more(?:\s+than\s+(?:twice|[\w-]+\s+times)\s+as)?"
    r"|(?P<fraction>half|a\s+third|a\s+quarter)\s+as|(?:twice|[\w-]+\s+times)\s+as)\s+likely\s+to\s+(?:have\s+)?"
    # (not "develop" or "get": "more likely to develop X" is an association, read with the study's other associations)
    r"(?:(?P<need>need|needed|require|required|catch|caught|be\s+prescribed)"
    r"|(?P<visit>see|visit|go\s+to|attend|call)|(?P<miss>miss|take\s+time\s+off))\s+"
    # (not a phrasal verb's particle: "more likely to take on a dog")
    r"(?!(?:on|up|in|off|out|over|into|part|place|to)\b)"
    r"(?P<object>(?:an?\s+|the\s+|their\s+|any\s+)?[a-z][\w&-]*(?:\s+(?!(?:than|compared|after|within|during|over|by|in|at"
    r"|because|as|for|if|when|while|about|with|from|on|to|even|and\s+(?:were|had|was))\b)[\w&-]+){0,5})"
)
_NOT_AN_OUTCOME = re.compile(
    r"(?i)^(?:an?\s+|the\s+|their\s+|any\s+)?(?:it|them|part|place|one|more|less|care|longer)$"
)
_ARTICLE = re.compile(r"(?i)^(?:an?|the|their|any)\s+")

# "lost an average of 5 kg more", "lost more weight": weight, told by the loss (not "lost more blood")
_WEIGHT_LOST = re.compile(
    r"(?i)\blost\s+(?:(?:an\s+average\s+of|on\s+average|about|around|nearly|almost|roughly)\s+)?"
    r"(?:(?P<amount>[\d.]+\s*(?:kg|kilos?|kilograms?|pounds?|lbs?|stone))\s+)?(?P<comparative>more|less)\b"
    r"(?(amount)|\s+weight\b)"
)
_FELT = re.compile(
    # (or what the treatment left them: "a light meal left nurses less sleepy")
    r"(?i)\b(?:felt|feel|feeling|were|was|became|got|seemed|grew|(?:left|made|kept|leaves|makes|keeps)\s+"
    r"(?:the\s+|their\s+)?(?:them|people|patients|participants|[a-z]+s)(?:\s+feeling)?)\s+"
    + _DEGREE
    + r"(?P<comparative>less|more)\s+"
    r"(?P<adjective>" + "|".join(ADJECTIVE_NOUNS) + r")\b"
)
# "clearly more ulcers had healed by 12 weeks": the healing is the outcome, and more of it the good news
_HEALED_NOUNS = {"healed": "healing", "closed": "healing", "cleared": "clearance", "resolved": "resolution"}
HEALED_VERBS = tuple(_HEALED_NOUNS)
_HEALED = re.compile(
    r"(?i)\b(?P<dir>more|fewer)\s+(?P<what>(?:[\w-]+\s+)?(?:ulcers|wounds|sores|rashes|infections|lesions|warts|fractures"
    r"|tears|cuts|burns|blisters))\s+(?:had\s+|were\s+)?(?P<verb>healed|closed|cleared|resolved)\b"
)
# "rated their quality of life slightly higher", "scored their pain as worse": what they rated, and which way
_RATED = re.compile(
    r"(?i)\b(?:rated|scored)\s+(?:their|its|his|her|the)\s+(?P<what>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:as\s+)?"
    r"(?:slightly\s+|much\s+|far\s+|clearly\s+|significantly\s+|a\s+little\s+|a\s+lot\s+|somewhat\s+)?"
    r"(?P<verdict>higher|better|lower|worse)\b"
)
# "fewer were admitted to hospital in their last month": people counted by a stay in hospital, which is the outcome
_ADMITTED = re.compile(
    r"(?i)\b(?P<comparative>fewer|more)\b(?:\s+(?!than\b)[\w'’-]+){0,6}?\s+(?:were|was|had\s+been|(?:needed|had)\s+to\s+be)\s+"
    # (not "hospitalised with bronchiolitis": the illness is named, and is the outcome)
    r"(?:(?P<again>readmitted)(?:\s+to\s+(?:the\s+)?hospital)?|admitted\s+to\s+(?:the\s+)?hospital|hospitali[sz]ed)\b"
    r"(?!\s+(?:with|for)\b)"
)
# "missed fewer clinic appointments": what was missed, and fewer of it is the good news
_MISSED = re.compile(
    r"(?i)\bmissed\s+(?P<comparative>fewer|more)\s+(?P<what>(?:[\w-]+\s+){0,2}?(?:appointments|doses|visits|classes"
    r"|sessions|shifts|meals|check-ups))\b"
)
_COMPARATIVE_STEMS = Stems(("less", "more", "fewer", "longer", "further", "farther", "better", "worse", "shorter"))
_VERB_STEMS = Stems(
    (
        "slept",
        "cried",
        "sneez",
        "cough",
        "vomit",
        "snored",
        "smoked",
        "walked",
        "lived",
        "survived",
        "exercised",
        "fed ",
    )
)
_ADJECTIVE_STEMS = Stems(tuple(ADJECTIVE_NOUNS))


def told_outcomes(text: str, start: int, end: int) -> list[ToldOutcome]:
    """Outcomes carried by a verb or adjective in text[start:end] (one sentence)."""
    sentence = text[start:end].lower()
    if not (
        _COMPARATIVE_STEMS.found_in_lowercase(sentence)
        or "as likely" in sentence
        or "returned" in sentence
        or "went back" in sentence
        or "faster" in sentence
        or "quickly" in sentence
        or "sooner" in sentence
        or "earlier" in sentence
        or "rated" in sentence
        or "scored" in sentence
    ):
        return []
    found: list[ToldOutcome] = []
    verbs, adjectives = _VERB_STEMS.found_in_lowercase(sentence), _ADJECTIVE_STEMS.found_in_lowercase(sentence)
    for pattern, name, more, less in _VERB_ROWS if verbs else ():
        for m in pattern.finditer(text, start, end):
            found.append(ToldOutcome(name, more if m.group("more") else less, m.start(), m.end()))
    for pattern, name in _QUALITY_ROWS if verbs else ():
        for m in pattern.finditer(text, start, end):
            found.append(ToldOutcome(name, IMPROVED if m.group("better") else WORSENED, m.start(), m.end()))
    for m in _LIKELY.finditer(text, start, end) if "likely to" in sentence else ():
        name, less_is_better = _LIKELY_VERBS[" ".join(m.group("verb").lower().split())]
        fewer = bool(m.group("less") or m.group("fraction"))
        effect = NO_DIFFERENCE if m.group("no") else IMPROVED if fewer == less_is_better else WORSENED
        found.append(ToldOutcome(name, effect, m.start(), m.end()))
    for m in _LIKELY_OBJECT.finditer(text, start, end) if "likely to" in sentence else ():
        if any(m.start() < other.end and other.start < m.end() for other in found):
            continue  # told by the table of verbs above
        thing = m.group("object")
        if _NOT_AN_OUTCOME.match(thing) or thing.lower().startswith(("be ", "to ")):
            continue
        thing = TRAILING_JOINER.sub("", _ARTICLE.sub("", thing)).lower()  # "a statin and (to keep taking it)"
        if m.group("visit"):
            name = f"visits to {thing}"
        elif m.group("miss"):
            name = f"time off {thing}" if thing in ("work", "school") else f"missed {thing}"
        else:
            name = thing
        fewer = bool(m.group("less") or m.group("fraction"))
        effect = NO_DIFFERENCE if m.group("no") else IMPROVED if fewer else WORSENED
        found.append(ToldOutcome(name, effect, m.start(), m.end()))
    for m in _SOONER.finditer(text, start, end) if _SOONER_HINT.search(sentence) else ():
        verb = m.group("verb").lower()
        name = (
            "time to fall asleep"
            if "sleep" in verb or "dropped" in verb
            else "return to work"
            if "work" in verb
            else "healing"
            if verb == "healed"
            else "time to discharge"
            if "discharged" in verb or "home" in verb
            else "recovery"
            if "return" not in verb
            else "return to normal activities"
        )
        found.append(ToldOutcome(name, IMPROVED if m.group("sooner") else WORSENED, m.start(), m.end()))
    for m in _WEIGHT_LOST.finditer(text, start, end) if "lost" in sentence else ():
        better = m.group("comparative").lower() == "more"
        found.append(ToldOutcome("weight", IMPROVED if better else WORSENED, m.start(), m.end()))
    for m in _RATED.finditer(text, start, end) if "rated" in sentence or "scored" in sentence else ():
        verdict = m.group("verdict").lower()
        effect = {"better": IMPROVED, "worse": WORSENED, "higher": UP}.get(verdict, DOWN)
        found.append(ToldOutcome(m.group("what").lower(), effect, m.start(), m.end()))
    for m in _ADMITTED.finditer(text, start, end) if "admitted" in sentence or "hospitali" in sentence else ():
        name = "hospital readmissions" if m.group("again") else "hospital admissions"
        fewer = m.group("comparative").lower() == "fewer"
        found.append(ToldOutcome(name, IMPROVED if fewer else WORSENED, m.start(), m.end()))
    for m in _MISSED.finditer(text, start, end) if "missed" in sentence else ():
        fewer = m.group("comparative").lower() == "fewer"
        what = " ".join(m.group("what").lower().split())
        found.append(ToldOutcome(f"missed {what}", IMPROVED if fewer else WORSENED, m.start(), m.end()))
    for m in _FELT.finditer(text, start, end) if adjectives else ():
        name, less_is_better = ADJECTIVE_NOUNS[m.group("adjective").lower()]
        better = (m.group("comparative").lower() == "less") == less_is_better
        found.append(ToldOutcome(name, IMPROVED if better else WORSENED, m.start(), m.end()))
    return found


def healed_outcomes(text: str, start: int, end: int) -> list[ToldOutcome]:
    """ "clearly more ulcers had healed": the healing of what was counted, in text[start:end] (one sentence). The
    caller reads these before its cues, which would otherwise take "more ulcers" for a harm, and calls this only
    for sentences that hold one of HEALED_VERBS."""
    found = []
    for m in _HEALED.finditer(text, start, end):
        what = m.group("what").lower()
        what = what[:-1] if what.endswith("s") and not what.endswith("ss") else what
        name = f"{what} {_HEALED_NOUNS[m.group('verb').lower()]}"
        found.append(ToldOutcome(name, IMPROVED if m.group("dir").lower() == "more" else WORSENED, m.start(), m.end()))
    return found
