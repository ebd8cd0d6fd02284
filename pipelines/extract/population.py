"""Who was studied: a short noun phrase such as "adults with chronic neck pain".

The strongest cue is an enrolment count followed by a people noun ("380 adults with advanced cancer");
next comes a people noun introduced as the study's scope ("trials in adults with asthma").
The condition after the noun is kept up to the first clause boundary; bounded age ranges are dropped
because readers summarise them away, open ones ("aged 65 and older") define the group and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.extract.acronyms import expand_acronym, find_acronyms
from pipelines.extract.noun_phrases import TRAILING_JOINER, Span, phrase_name, strip_edges
from pipelines.extract.people_nouns import AGED_PEOPLE, PEOPLE_NOUNS, STAFF_NOUNS, noun_alternation
from pipelines.extract.sentences import SentenceIndex
from pipelines.extract.stems import Stems
from pipelines.model import REVIEW_DESIGNS, Evidence, Sentence

_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
)
# Cheap pre-checks before the case-insensitive patterns (slow when run at every position).
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "teen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
)
_SCOPE_HINTS = (
    "with",
    "who",
    "experienc",
    "suffer",
    "diagnos",
    "living",
    "aged",
    "end of life",
    "palliative",
    "hospice",
    "intensive",
)
# (one pass over a sentence each, where testing the words one by one cost a generator per sentence)
_NUMBER_WORD_STEMS = Stems(_NUMBER_WORDS)
_SCOPE_STEMS = Stems(_SCOPE_HINTS)
_COUNT = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_NUMBER_WORD}(?:(?:\s+and\s+|[\s-]+){_NUMBER_WORD})*)"

# People nouns, singular and plural, including staff: a population may be made of them.
_PEOPLE = rf"(?:{noun_alternation(PEOPLE_NOUNS + STAFF_NOUNS)}|{AGED_PEOPLE})"
# Up to four modifier words between the count and the noun ("active-duty U.S. military personnel").
_MODIFIERS = (
    r"(?:(?!(?:of|to|in|who|whose|were|and|the|a|an|their|his|her|its|our|my|your|said|says|"
    r"(?-i:minutes?|hours?|days?|weeks?|months?|years?)|recruited|enrolled|included|randomi[sz]ed|assigned|studied|among|for|with|from|"
    r"at|by|per|each|across|trials?|studies|followed|involving|involved|surveyed|interviewed|tracked|than|"
    # verbs, which end the count's phrase: "by one degree helped people on dialysis"
    r"helped|helps|made|makes|kept|let|lets|gave|gives|got|saw|found|showed|told|led|caused|meant|allowed|"
    r"enabled|brought|sent|asked|left|treated|saw|"
    # a pronoun starts a clause: "between January and December 2025 we treated 47 patients"
    r"we|they|i|you|he|she|it|them|these|those|"
    # a relative pronoun, a conjunction or a quantifier starts another phrase: "in which people with scabies",
    # "two groups, but fewer patients", "the other half, pharmacists"
    r"which|that|but|yet|so|then|more|fewer|less|half|groups?|"
    r"million|billion)\b)"
    # (a digit after "and" starts another count: "14 mothers and 5 fathers")
    r"(?:[A-Za-z][\w.'’-]*|(?<=[A-Za-z]\s)(?<!and\s)(?<!or\s)\d{1,2}),?\s+){0,4}?"
)
_AGE_NUMBER = rf"(?:\d+|{_NUMBER_WORD}(?:-{_NUMBER_WORD})?)"
_AGE = (
    r"(?:\(?\s*(?:aged|ages|age|between\s+the\s+ages\s+of)\s+\d+\s*(?:-|–|to)\s*\d+(?:\s+(?:years?|months?|weeks?)(?:\s+old)?)?\s*\)?"
    # in words, with units: "aged six months to six years", "aged one to three"
    rf"|(?:aged|ages)\s+{_AGE_NUMBER}(?:\s+(?:months?|years?))?\s+to\s+{_AGE_NUMBER}(?:\s+(?:months?|years?)(?:\s+old)?)?"
    r"|\(?\s*(?:aged|age)\s+\d+\s*(?:years?\s+)?(?:and|or)\s+(?:older|over|above|up|younger|under)\s*\)?"
    r"|(?:aged\s+)?(?:over|under|above)\s+\d+(?!\s*(?:-|–|to)\s*\d)"
    r"|(?:older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?\d+"
    r"|\d+\s+(?:years?\s+(?:of\s+age\s+|old\s+)?)?(?:and|or)\s+(?:older|over|above))"
)
_BOUNDED_AGE = re.compile(r"\d+\s*(?:-|–|to)\s*\d+|\bto\s+(?:\d+|[a-z]+)(?:\s+(?:months?|years?))?(?:\s+old)?\s*$")
_COMPANION = r"(?:\s+and\s+their\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
# Words that hand over to the condition defining the group.
_CONDITION_INTRO = (
    # "people with and without dementia", "women with or at risk of postnatal depression": one group
    # (not the instrument that measured them: "1,640 adults with a wrist tracker")
    r"(?:with\s+(?:and|or)\s+without|with\s+or\s+at\s+risk\s+(?:of|for)|with(?!\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?"
    r"(?:trackers?|monitors?|devices?|apps?|watch(?:es)?|phones?|sensors?|pedometers?|questionnaires?)\b)|without|whose"
    r"|who(?:\s+(?:had|have|has)|['’]d|['’]ve)"
    # "who had had a stroke": the past perfect of a condition they had
    r"(?:\s+(?:had|just|recently|newly|all|been|already))*"
    r"(?:\s+(?:diagnosed\s+with|experiencing|living\s+with|suffering\s+from|undergoing|recovering\s+from))?"
    # "who had done the physiotherapy", "who had broken a hip": something they did, not a condition they have
    r"(?!\s+(?:[a-z]+ed|done|made|got|gone|taken|given|seen|broken|fallen|undergone|worn)\s+(?:a|an|the|their|his|"
    r"her|at\s+least|one|two|three|some|any)\b)"
    r"|who\s+(?:were|are)(?:\s+(?:just|recently|newly|all|already))*\s+(?:diagnosed\s+with|experiencing|"
    r"living\s+with|suffering\s+from|undergoing|recovering\s+from)"
    # ("women who were between 6 and 12 weeks pregnant")
    r"|who\s+(?:were|are)(?=\s+(?:between\s+[\w\s]{1,20}?\s+)?(?:pregnant|overweight|obese|sedentary|inactive|hospitali[sz]ed|admitted|breastfeeding|waiting|due|"
    r"scheduled|awaiting|taking|receiving|using|attending|at\s+risk|vaping|smoking|drinking|gambling)\b)"
    r"|who\s+(?:reported|experienced|suffered\s+from|lived\s+with|underwent)|experiencing|suffering\s+from|"
    # what defines the group by habit: "adults who ground their teeth at night", "women who use insulin"
    r"who(?=\s+(?:regularly\s+|still\s+|often\s+|usually\s+)?(?:use|smoke|drink|snore|grind|ground|drive|work|live"
    r"|play|run|cycle|fast|wear|sleep|eat|take|care|stand|sit|walk|swim|sail|brought|bring|vape|gamble)s?\b"
    # (in the past tense: "adults who smoked at least 10 cigarettes a day", "people who started treatment for ...")
    r"|\s+(?:regularly\s+)?(?:used|smoked|drank|snored|drove|worked|lived|played|ran|cycled|fasted|wore|slept|ate"
    r"|cared|walked|swam|sailed|vaped|gambled|sat|stood)\b"
    # what the group wanted: "smokers who wanted to quit", "adults who hoped to lose weight"
    r"|\s+(?:wanted|wished|hoped|planned)\s+to\b)|"
    # where and when the group was born: "3,905 children born in Malmö"
    r"born(?=\s+(?:in|before|after|between|preterm|early|prematurely|at)\b)|"
    # where the group lives: "4,861 adults living around four European airports"
    r"living(?=\s+(?:around|near|close\s+to|under|beside|next\s+to|alone|in\s+care)\b)|"
    r"(?:newly\s+|recently\s+)?diagnosed\s+with|living\s+with|recovering\s+from|undergoing"
    r"|at\s+(?:(?:very\s+)?(?:high|higher|increased|raised|low|moderate)\s+)?risk\s+(?:of|for)|"
    r"of|at(?=\s+the\s+end\s+of\s+life)|"
    # what the group was doing: "318 adults flying eastbound across six time zones"
    r"(?:flying|travell?ing|commuting|working|attending|visiting|awaiting|waiting|returning|starting"
    # the care that defines the group: "48 adults having in-centre haemodialysis", "patients taking statins"
    r"|having|receiving|taking|giving\s+birth|caring\s+for|looking\s+after|recovering|playing|training|serving|studying"
    # what the group was booked for: "640 patients scheduled for hip replacement surgery"
    r"|scheduled\s+for|booked\s+(?:in\s+)?for|due\s+to\s+have)"
    r"(?!\s+(?:part|the\s+(?:drug|placebo|intervention|treatment)|a\s+placebo)\b)|"
    # what brought a case series' patients in: "14 patients treated for keratitis", "children admitted with croup"
    r"(?:treated|admitted|seen|hospitali[sz]ed)(?:\s+(?:here|there|locally))?\s+(?:for|with)(?=\s)|"
    # "patients admitted to intensive care with sepsis", "adults on dialysis": where their care put them
    r"admitted\s+to\s+(?:an?\s+|the\s+)?(?:hospital|intensive\s+care|(?-i:ICU)|critical\s+care|emergency\s+departments?"
    r"|wards?|(?-i:A&E))(?=\s+(?:with|for|after|because)\b)|"
    r"on(?=\s+(?:long-term\s+|home\s+)?(?:dialysis|chemotherapy|insulin|methadone|opioids|antidepressants|statins"
    r"|blood\s+thinners|ventilators?|sick\s+leave|the\s+waiting\s+list)\b)|"
    r"in\s+(?:palliative|hospice|primary|intensive|nursing)\b[\w\s-]{0,20}?\b(?:care|homes?|units?)"
    # where the group lives: "118,406 adults in France", "logistics workers in Denmark", "people in the UK"
    r"|in(?=\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Phase|Year|Stage|Group|Week)\b)"
    r"(?-i:[A-Z])[A-Za-z])"
    # a named place or route the group was on: "trekkers on the Annapurna Circuit", "children on the Isle of Wight"
    r"|on(?=\s+the\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Internet|Web|NHS)\b)(?-i:[A-Z])[a-z]+\s+(?:of\s+)?(?-i:[A-Z])))"
)
# A condition ends at a clause boundary: punctuation, a verb, or a preposition starting a new idea.
_CONDITION_END = re.compile(
    r"[,;:()\[\]!?]|\.(?:\s|$)|\s[-–—]\s|(?<![-\w])(?:between|from|at(?!\s+least\b)|in|who|which|that|were|was|is|are|had|has|have|took|"
    # a modal starts what will happen to them: "community health workers in Koumra district will receive ..."
    r"will|would|can|could|should|may|might|must|"
    # ("who sat for more than six hours a day": a quantity's "than" is no boundary)
    r"received|receiving|participated|enrolled|recruited|completed|(?<!more\s)(?<!less\s)(?<!fewer\s)than|"
    # (an age band in words stays whole: "a child aged two to four")
    r"to(?!\s+(?:very\s+)?(?:severe|moderate|mild|high|low|advanced|moderately|severely)\b|\s+\d"
    r"|\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)\b)|"
    r"into|for|without|during|over|about(?!\s+to\b)|"
    r"after|before|on|by|and\s+(?:were|was|had|their|then|randomly|split|divided|assigned|allocated|gave|asked|followed)|but|while|whereas|as|through|across|within|"
    r"whether|because|since|per|either|gave|agreed|consented|signed|alongside|"
    # how often, which describes the care, not the group: "having haemodialysis three times a week"
    r"once|twice|(?:two|three|four|five|six|seven|\d+)\s+times|"
    # the next group's count: "186 people with keratitis and 372 without", "500 who had been breastfed with 500"
    r"(?:and|with)\s+(?=\d)|"
    # "220 people with type 2 diabetes followed either a low-carb diet or ..."
    r"followed(?=\s+(?:either|an?|the|their|one)\b)|"
    # a verb of what the group did next: "32 patients with chronic dizziness tried the same programme"
    r"tried|used|tested|joined|started|stopped|showed|reported|said|found|did|got|went|came|saw|felt|applied|rubbed|"
    # the study as subject again: "A randomised trial of 310 smokers who wanted to quit compared vaping with patches"
    r"compared|assessed|measured|looked|examined|evaluated|"
    # the headline's verb after its study: "a study of 204 people in Boston suggests"
    r"suggests|shows|finds|says|reports|indicates|concludes|"
    r"answered|responded|replied|returned|filled|lived|wore|ate|drank|spent|kept|drove|rode|swam|slept|sat|stood|"
    # a fact about them in the present: "some 1,413 people in England use intermittent catheters"
    # (not "opioid use disorder" or "live lice")
    r"live(?=\s+(?:with|in|alone|on|near)\b)|use(?=\s+(?:a|an|the|their|[a-z]+s)\b)|"
    # what the study did with them: "700 hikers in Nepal recorded every blister"
    r"recorded|logged|noted|documented|counted|"
    # "64 adults with knee osteoarthritis each wore ...": the group's next action, with its distributive word
    r"(?:each|both|all)(?=\s+(?:wore|took|had|received|got|used|tried|spent|did|completed|ate|drank|kept)\b)|"
    # "a choir for people with lung conditions and offered it to ...": the sentence's next verb
    r"and\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|put|split|gave|sent|set|let)\s+(?:it|them|him|her|their|everyone)|"
    # "eighty adults who snore and gave half a guard": what the researchers did next
    r"and\s+(?:gave|put|split|sent|asked|told|offered|assigned|allocated|randomi[sz]ed|followed|tracked|matched|compared)|"
    r"and\s+(?:concluded|found|showed|reported|said|suggested|noted|an?\s+[a-z]+\d\w*))\b"
    # (a word inside a compound is no boundary: "in-centre haemodialysis", "on-site care")
    r"(?!-)"
)
_MAX_CONDITION = 80

_COUNTED = re.compile(
    # two modifiers may share the noun: "212 police and ambulance staff"
    rf"(?<![\w.,])(?P<count>{_COUNT})\s+(?P<people>(?:[a-z][\w-]*\s+(?:and|or)\s+(?={_MODIFIERS}{_PEOPLE}\b))?"
    rf"{_MODIFIERS}{_PEOPLE}\b(?:\s+(?:and|or)\s+{_PEOPLE}\b)?"
    rf"(?!\s+{_MODIFIERS}{_PEOPLE}\b){_COMPANION}?)"
    rf"(?P<age>\s*,?\s*{_AGE})?",
    re.IGNORECASE,
)
# Any noun for people by what they do ("612 pickers", "462 adult trekkers", "845 dog owners"): read only where the
# count is the study's sample size, since "300 containers" has the same shape.
_COUNTED_AGENTS = re.compile(
    rf"(?<![\w.,])(?P<count>{_COUNT})\s+(?P<people>{_MODIFIERS}[a-z]+(?:ers|ors|ists|ians|ees)\b)(?P<age>\s*,?\s*{_AGE})?",
    re.IGNORECASE,
)
# A people noun introduced as the scope of a study, without a count ("trials in adults with asthma").
_SCOPED = re.compile(
    rf"\b(?:in|among|of|for|recruited|enrolled|included|involving|involved|asked|surveyed|polled|questioned|interviewed)"
    # (two nouns may share the condition: "in children and adults with reading difficulties")
    rf"\s+(?P<people>{_MODIFIERS}{_PEOPLE}\b(?:\s+(?:and|or)\s+{_MODIFIERS}{_PEOPLE}\b)?)"
    rf"(?:(?P<age>\s*,?\s*{_AGE})(?!\s+(?:with|who|whose|experiencing|suffering|diagnosed|living))|"
    rf"(?=\s+(?:with|who|whose|experiencing|suffering|diagnosed|living|aged|"
    rf"at\s+the\s+end\s+of\s+life|in\s+(?:palliative|hospice|intensive))))",
    re.IGNORECASE,
)
# Whom a review's studies were done in, told after what they tested: "11 studies of short afternoon naps in healthy
# young adults", "14 trials of food fortification for older adults". A review counts studies, so no count of
# people names its population; the noun needs a word of its own before it ("healthy young adults", not "people").
_REVIEWED_IN = re.compile(
    rf"\b(?:studies|trials|RCTs|experiments|papers)\b[^.;:!?]{{0,80}}?\s(?:in|among|for|of)\s+"
    rf"(?P<people>{_MODIFIERS}{_PEOPLE}\b)(?P<age>\s*,?\s*{_AGE})?",
    re.IGNORECASE,
)
_REVIEWED_HINTS = Stems(("studies", "trials", "rcts", "experiments", "papers"))
# Whom a cited paper's title names: "Daytime napping and memory in healthy young adults: a systematic review",
# "Singing for adults with chronic obstructive pulmonary disease". Read only when the article's sentences name no one.
_TITLED_FOR = re.compile(
    rf"\b(?:in|for|among|amongst)\s+(?P<people>{_MODIFIERS}{_PEOPLE}\b)(?P<age>\s*,?\s*{_AGE})?", re.IGNORECASE
)
_INTRO_AT = re.compile(rf"\s*,?\s*{_CONDITION_INTRO}\s+", re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()]{0,60}\)")
_KEPT_INTRO = re.compile(
    r"(?i)\s*,?\s*(?:of|at|in|without|born|flying|travell?ing|commuting|working|attending|visiting|awaiting|waiting|returning"
    r"|starting|living|having|receiving|taking|giving\s+birth|caring\s+for|looking\s+after|scheduled\s+for|booked|due\s+to\s+have"
    r"|playing|training|serving|studying|(?:treated|admitted|seen|hospitali[sz]ed)(?:\s+(?:here|there|locally))?\s+(?:for|with)|admitted\s+to|on|with\s+(?:and|or)\s+without|with\s+or\s+at\s+risk|who\s+(?:were|are)(?!\s+(?:diagnosed|experiencing|living|"
    r"suffering|undergoing|recovering))|who(?=\s*$))\b"
)
_ALL_OF_THEM = re.compile(
    rf"\s*,\s*(?:all|each|mostly|most\s+of\s+them|every\s+one\s+of\s+them)\s+(?P<people>{_MODIFIERS}{_PEOPLE}\b)"
    rf"(?P<age>\s*,?\s*{_AGE})?",
    re.IGNORECASE,
)
_GENERIC_ONLY = re.compile(rf"(?i)^(?:{_PEOPLE}|them|those)$")
# "Sixty-four of them", "70 of those studies": a count of something already named.
_PARTITIVE = re.compile(r"(?i)\s+of\s+(?:them|those|these|the)\b")


_WHOSE_CLAUSE = re.compile(
    r"(?i)(?:[\w-]+\s+){1,3}(?:showed|show|shows|suggested|revealed|indicated|confirmed|gave|came)\b"
)
_DOING = re.compile(r"(?i)(?:taking|using|receiving|attending|living|working|caring|awaiting|having)\b")
# a rough count as the object of the study's own verb: "followed nearly 400 people", "a survey of about 2,000 adults"
_ROUGHLY_STUDIED = re.compile(
    r"(?i)\b(?:followed|enrolled|recruited|studied|surveyed|tracked|included|involving|involved|interviewed|questioned"
    r"|examined|tested|of)\s+(?:about|around|roughly|nearly|almost|approximately|some|over|more\s+than|just\s+over"
    r"|just\s+under)\s+$"
)
# "two in five said ...": a count in a ratio counts no one
_RATIO_BEFORE = re.compile(r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+$")
_HAPPENED_TO = re.compile(
    r"(?i)(?:never|not|no\s+longer)\s+[a-z]+\b"
    r"|(?:[a-z]+ed|stung|bitten|hit|hurt|struck|caught|thrown|shot|told|sent|brought|left|kept)"
    r"\s+(?:by|in|on|at|during|while|after|before|from|with|to|for|into|under|through)\b"
)
# a verb in the past tense or a participle: "waited", "lost", "developed"
# (not an adjective in -ed, which "with" stands for well: "who had limited mobility", "who had raised blood pressure")
_PAST_VERB = re.compile(
    r"(?i)(?!(?:limited|reduced|raised|increased|decreased|impaired|advanced|elevated|untreated|uncontrolled|diagnosed"
    r"|confirmed|suspected|treated|repeated|prolonged|disturbed|infected|inflamed|depressed|fractured|enlarged"
    r"|blocked|damaged|weakened|restricted|disordered|mixed|varied|skilled|unexplained|undiagnosed|unvaccinated"
    r"|need|feed|bleed|speed|breed)\b)"
    r"(?:[a-z]{2,}ed|lost|broken|fallen|run|swum|won)\b"
    r"(?!\s+(?:by|in|on|at|during|while|after|before|from|with|to|for|into|under|through)\b)"
)
_DID_SOMETHING = re.compile(
    r"(?i)(?:used|tried|received|completed|attended|visited|joined|participated|applied|signed|registered|requested"
    r"|asked|opted|agreed|started|stopped|finished|answered|responded|returned|volunteered|enrolled|booked|searched"
    r"|contacted|called|bought|paid|accessed|downloaded|installed|watched|played|cared|looked|worked"
    r"|come|came|gone|went|been\s+(?:to|on|at))\b"
)


# A relative clause read whole, up to the sentence's own verb or the researchers' next step: prepositions and
# numbers inside it are the group's ("who were between 6 and 12 weeks pregnant joined the trial").
_CLAUSE_STOP = (
    r"(?:joined|took|were|was|received|completed|answered|responded|filled|agreed|signed|enrolled|participated|who"
    r"|which|that|while|but|because|when|and\s+(?:let|then|were|was|had|their|gave|asked|told|offered|found"
    # the researchers' next step: "64 children who had finished their treatment ... and looked at how they walked"
    r"|looked|compared|measured|tracked|assessed|examined|recorded|tested|interviewed)"
    # when and for how long, not who: "members who joined TatraFit in the first half of 2024 for 12 months"
    r"|in\s+(?:the\s+)?(?:first|second|last|early|late)\b"
    r"|for\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many)\s)\b"
)
# ("who were randomly split into two groups" is what the researchers did to them, not who they are)
_DONE_TO_THEM = (
    r"(?:were|was|had\s+been|have\s+been)\s+(?:(?:then|later|also|all|\w+ly)\s+){0,2}(?:randomi[sz]ed|assigned|allocated|split|divided|given"
    r"|offered|asked|invited|sent|followed|told|recruited|enrolled|included|selected|chosen|picked|put|placed)\b"
)
_CLAUSE_WORD = r"[^\s,;:()\[\].!?]+"
_RELATIVE_CLAUSE = re.compile(
    rf"(?i)\s+(?P<clause>who\s+(?!{_DONE_TO_THEM}){_CLAUSE_WORD}\s+(?:(?!{_CLAUSE_STOP}){_CLAUSE_WORD}\s*){{1,11}}?)"
    # (a comma may part a list the clause goes on with: "who developed itchy, red skin" is left alone)
    rf"(?=[;:()\[\]!?]|\.(?:\s|$)|\s+{_CLAUSE_STOP}|\s*$)"
)


def _condition(text: str, at: int, limit: int) -> tuple[int, int, bool, str | None] | None:
    """The condition phrase after a people noun, from its intro word to the next clause boundary: (start, end,
    whether the span keeps its intro word, the words to put before the span instead of any)."""
    intro = _INTRO_AT.match(text, at, limit)
    if not intro:
        return None
    body_start = intro.end()
    # "carers who had used respite care": something they did, not a condition they have ("who had had a stroke"
    # and "who had suffered a fall" still are).
    if _DID_SOMETHING.match(text, body_start) and re.search(r"(?i)\bha(?:d|ve|s)\s*$", intro.group(0)):
        return None
    # Readers write "with" for every "who had been diagnosed with" or "experiencing"; scope words stay.
    keep_intro = _KEPT_INTRO.match(intro.group(0)) is not None
    happened = None
    lead = None
    if re.search(r"(?i)\bwho\b", intro.group(0)) and re.search(r"(?i)\bha(?:d|ve|s)\b", intro.group(0)):
        # "who had been stung by jellyfish", "who had never played an instrument": what happened to them or what
        # they never did, which "with" cannot stand for; the clause keeps its own words
        happened = _HAPPENED_TO.match(text, body_start)
        keep_intro = keep_intro or happened is not None
        if happened is None and _PAST_VERB.match(text, body_start):
            # "who had waited more than a year", "who had developed tetanus": a verb of theirs, which "with" cannot
            # stand for; readers drop the "had" ("who developed tetanus"), and a passive reads as a participle
            # ("women who had been prescribed spironolactone" are "women prescribed spironolactone")
            happened = _PAST_VERB.match(text, body_start)
            lead = "" if re.search(r"(?i)\bbeen\s*$", intro.group(0)) else "who "
    # After a bare "who" or "born" the next word is the condition's own verb or preposition ("who started treatment",
    # "born in Malmö"), not a boundary.
    search_from = happened.end() if happened else body_start
    if not happened and intro.group(0).strip().lower() in ("who", "born"):
        # ("who lived at home", "born in Malmö": with the preposition that completes the verb)
        # ("who wanted to quit": the infinitive completes the verb too)
        first_word = re.match(r"[\w'’-]+(?:\s+(?:at|in|on|with|for|before|after|to))?\b", text[body_start:limit])
        search_from = body_start + (first_word.end() if first_word else 0)
    elif not happened and re.search(r"(?i)\bwho\s+(?:were|are)\s*$", intro.group(0)):
        # "who were waiting for a knee replacement": the verb and its preposition belong to the condition
        # ("who were admitted to hospital with pneumonia")
        verb = re.match(r"(?:[a-z]+ing|admitted|hospitali[sz]ed)(?:\s+(?:for|to|on|in))?\b", text[body_start:limit])
        search_from = body_start + (verb.end() if verb else 0)
    stop = _CONDITION_END.search(text, search_from, min(limit, body_start + _MAX_CONDITION))
    body_end = stop.start() if stop else min(limit, body_start + _MAX_CONDITION)
    start, end = strip_edges(text, (body_start, body_end))
    trailing = TRAILING_JOINER.search(text, start, end)
    if trailing:
        end = trailing.start()  # "adults who smoked 10 cigarettes a day and came to ...": the joiner is not the group's
    if end <= start:
        return None
    # A runaway phrase without a boundary is not a condition ("with 9,211 participants most of them ...").
    # "children whose parents gave consent" names other people, not a condition.
    if (
        end - start >= _MAX_CONDITION - 1
        or re.match(r"\d", text[start:end])
        or ("whose" in intro.group(0).lower() and _GENERIC_ONLY.match(text[start:end]))
        # "women whose blood tests showed a recent infection": a clause about something of theirs, not a condition
        or ("whose" in intro.group(0).lower() and _WHOSE_CLAUSE.match(text, body_start))
    ):
        return None
    if lead is not None:
        return body_start, end, False, lead
    return (intro.start() if keep_intro else body_start), end, keep_intro, None


def _candidate(text: str, m: re.Match[str], limit: int, counts_sample: bool = False) -> tuple[str, Span, int] | None:
    """counts_sample: the match's count is the study's sample size, so a bare noun may take its whole clause."""
    if _GENERIC_ONLY.match(m.group("people")) and not m.group("age"):
        # "The trial's 180 participants, all adults with severe asthma, ...": the aside says who they were
        inner = _ALL_OF_THEM.match(text, m.end(), limit)
        if inner:
            m = inner
    people_start, people_end = m.span("people")
    after = m.end()
    # "(mean age 62)" or "(n = 40)" between the noun and its condition is skipped.
    aside = _ASIDE.match(text, after, limit)
    if aside:
        after = aside.end()
    age = m.group("age")
    condition = _condition(text, after, limit)
    name_parts = [text[people_start:people_end]]
    # A bounded age band is summarised away beside a condition; without one it is what defines the group ("drivers
    # aged 72 to 89", "pupils aged 12-15").
    bounded = bool(age) and _BOUNDED_AGE.search(age) is not None
    age_kept = bounded and condition is None
    age_only = age_kept and _GENERIC_ONLY.match(name_parts[0]) is not None
    if age and (not bounded or age_kept):
        name_parts.append(age)
    end = after
    if condition is not None:
        cond_start, end, keep_intro, lead = condition
        # "adults who had been taking a PPI" -> "adults taking a ppi": an action reads without "with"
        doing = not keep_intro and _DOING.match(text, cond_start) and "who" in text[after:cond_start].lower()
        if lead is None:
            lead = "" if keep_intro or doing else "with "
        name_parts.append(lead + text[cond_start:end])
    elif counts_sample and _GENERIC_ONLY.match(name_parts[0]) and not age:
        # "21 people who had been through a weight-loss programme": a bare noun has only its clause to say who
        clause = _RELATIVE_CLAUSE.match(text, after, limit)
        if clause:
            end = strip_edges(text, clause.span("clause"))[1]
            condition = (clause.start("clause"), end, True, None)
            name_parts.append(text[clause.start("clause") : end])
    name = " ".join(phrase_name(part, (0, len(part))) for part in name_parts).strip()
    name = re.sub(r"\s+", " ", name)
    if not name or _GENERIC_ONLY.match(name):
        return None
    strength = 2 if condition is not None else 0 if age_only else 1
    return name, (people_start, end), strength


def _named_group(text: str, m: re.Match[str], limit: int) -> tuple[str, Span, int] | None:
    """A scope read without a count: kept only when it says more than a bare noun ("healthy young adults", not
    "people"), and with no comma inside ("the largest of all, comparing people ..." is a list, not a modifier)."""
    found = _candidate(text, m, limit)
    if found and found[2] >= 1 and " " in found[0] and "," not in m.group("people"):
        return found
    return None


def _ranked(
    text: str, sentences: list[Sentence], sample_at: int | None, review: bool = False
) -> Iterator[tuple[int, str, Span, str | None, bool]]:
    """Candidates with a rank: 4 counted by the study's sample size, 3 counted with a condition, 2 counted
    without one, 1 scoped with a condition.

    An enrolment count is the surest sign that a phrase describes the sample, and the count already chosen as
    the sample size the surest of all; a scope phrase ("trials in adults with asthma") is the fallback for
    reviews and articles that give no count.
    """
    for sentence in sentences:
        lowered = sentence.text.lower()
        if _DIGIT.search(lowered) or _NUMBER_WORD_STEMS.found_in_lowercase(lowered):
            for m in _COUNTED.finditer(text, sentence.start, sentence.end):
                if _PARTITIVE.match(text, m.end("count")) or _RATIO_BEFORE.search(
                    text, max(sentence.start, m.start() - 16), m.start()
                ):
                    continue
                counts_sample = sample_at is not None and m.start("count") <= sample_at < m.end("count")
                # "followed nearly 400 people who had finished treatment": a study with only a rough count still
                # says who its people were, in the clause after them
                before = max(sentence.start, m.start() - 30)
                rough = sample_at is None and _ROUGHLY_STUDIED.search(text, before, m.start())
                found = _candidate(text, m, sentence.end, counts_sample or bool(rough))
                if found:
                    if counts_sample:
                        yield 4, found[0], found[1], m.group("count"), found[2] == 2
                        continue
                    # a bare noun kept only by its age band is the weakest candidate of all
                    yield {2: 3, 1: 2, 0: 0}[found[2]], found[0], found[1], m.group("count"), found[2] == 2
        if sample_at is not None and sentence.start <= sample_at < sentence.end:
            for m in _COUNTED_AGENTS.finditer(text, sentence.start, sentence.end):
                if m.start("count") <= sample_at < m.end("count"):
                    found = _candidate(text, m, sentence.end)
                    if found:
                        yield 4, found[0], found[1], m.group("count"), found[2] == 2
        if _SCOPE_STEMS.found_in_lowercase(lowered):
            for m in _SCOPED.finditer(text, sentence.start, sentence.end):
                if text[m.start("people")].isdigit():
                    continue  # "about 1 in 6 adults with hearing loss": a ratio, not a scope
                found = _candidate(text, m, sentence.end)
                # An open age band ("adults aged 65 and older") defines the group as well as a condition.
                if found and (found[2] == 2 or (m.group("age") and not _BOUNDED_AGE.search(m.group("age")))):
                    yield 1, found[0], found[1], None, True
        if review and _REVIEWED_HINTS.found_in_lowercase(lowered):
            for m in _REVIEWED_IN.finditer(text, sentence.start, sentence.end):
                found = _named_group(text, m, sentence.end)
                if found:
                    yield 1, found[0], found[1], None, found[2] == 2


# The sample counted with a bare noun, then described in the next sentence: "Forty-four nurses took part. They
# were working nights on medical and surgical wards", "... All had been diagnosed with asthma in childhood".
_DESCRIBED_AFTER = re.compile(
    r"(?:They|All\s+of\s+them|All|Everyone|Every\s+one\s+of\s+them|Each\s+of\s+them)\s+(?:were|was|had\s+been|had)"
    r"(?:\s+(?:all|either|already|still))?(?=\s)"
)
# a later predicate of the same subject: "Everyone was of Pacific heritage, had been diagnosed with type 2 diabetes"
_NEXT_PREDICATE = re.compile(r"(?i),\s+(?:and\s+)?(?:had\s+been|had|were|was)(?=\s)")
# a condition they have says more than where they come from
_WEAK_INTRO = re.compile(r"(?i)\s*,?\s*(?:of|in|on|at)\b")


def _described_next(
    text: str, sentences: list[Sentence], sample_at: int
) -> tuple[int, str, Span, str | None, bool] | None:
    position = next((n for n, s in enumerate(sentences) if s.start <= sample_at < s.end), None)
    if position is None or position + 1 >= len(sentences):
        return None
    counted, following = sentences[position], sentences[position + 1]
    people = next(
        (
            m
            for m in _COUNTED.finditer(text, counted.start, counted.end)
            if m.start("count") <= sample_at < m.end("count") and not m.group("age")
        ),
        None,
    )
    subject = _DESCRIBED_AFTER.match(text, following.start, following.end)
    if people is None or subject is None or _condition(text, people.end(), counted.end) is not None:
        return None
    found = []
    for at in [subject.end()] + [m.end() for m in _NEXT_PREDICATE.finditer(text, subject.end(), following.end)]:
        condition = _condition(text, at, following.end)
        if condition is not None:
            found.append(condition)
    if not found:
        return None
    start, end, keep_intro, lead = next((c for c in found if not _WEAK_INTRO.match(text, c[0])), found[0])
    condition_text = text[start:end]
    if lead is not None:
        condition_text = lead + condition_text
    elif not keep_intro and not _DOING.match(condition_text):
        condition_text = "with " + condition_text
    noun = text[people.start("people") : people.end("people")]
    name = re.sub(
        r"\s+", " ", f"{phrase_name(noun, (0, len(noun)))} {phrase_name(condition_text, (0, len(condition_text)))}"
    )
    return 3, name.strip(), (people.start("people"), end), people.group("count"), True


def extract_population(
    text: str, index: SentenceIndex, sentences: list[Sentence], design: str, sample_at: int | None = None
) -> tuple[str, Evidence] | None:
    """sample_at: where the study's sample size was read, so the noun it counts is preferred."""
    best: tuple[int, str, Span, str | None, bool] | None = None
    told_with_condition: dict[str, tuple[int, str, Span, str | None, bool]] = {}
    for candidate in _ranked(text, sentences, sample_at, review=design in REVIEW_DESIGNS):
        rank, _, _, count, with_condition = candidate
        if count is not None and with_condition and rank >= 3:
            told_with_condition.setdefault(count, candidate)
        if best is None or rank > best[0]:
            best = candidate
            if rank == 4 and with_condition:
                break  # the sample's own count, with its condition: nothing says more
            if rank == 4 and sum(s.text.count(count) for s in sentences) <= 1:
                break  # the count is told nowhere else, so no later sentence can give its condition
    if (best is None or best[0] < 3) and sample_at is not None:
        described = _described_next(text, sentences, sample_at)
        if described is not None:
            best = described
    if best is None:
        return None
    if best[0] == 4 and not best[4] and best[3] in told_with_condition:
        # "The 38 patients, aged 19 to 77, were followed ...": the same count told with its condition elsewhere
        # ("38 patients treated for ciguatera") says more about who they were than the age band
        best = told_with_condition[best[3]]
    _, name, span, _, _ = best
    # Acronyms are defined once per article, often outside this study's sentences.
    name = expand_acronym(name, find_acronyms(text, index.sentences))
    return name, index.evidence(span[0], span[1])


def population_in_title(text: str, index: SentenceIndex, title: Span) -> tuple[str, Evidence] | None:
    """The group a cited title names between `title`'s offsets, when it says more than a bare noun."""
    start, end = title
    for m in _TITLED_FOR.finditer(text, start, end):
        found = _named_group(text, m, end)
        if found:
            name = expand_acronym(found[0], find_acronyms(text, index.sentences))
            return name, index.evidence(found[1][0], found[1][1])
    return None
