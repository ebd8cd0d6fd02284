"""Outcomes a study measured and the direction of effect reported for the intervention arm.

Two kinds of sentence name outcomes: declarations ("the primary outcome was pain", "pain and mood
were measured", "they looked at disability and satisfaction") and results ("massage reduced pain",
"sleep did not improve"). Declared outcomes are kept as named; outcomes read from result sentences
must look like a clinical measure (a vocabulary of outcome words) so that "reduced costs for the
clinic" style noise stays out. Reports about the same outcome are merged; observational studies
report associations, not effects, so their directions are None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.effect_direction import (
    DOWN,
    IMPROVED,
    MIXED,
    NO_DIFFERENCE,
    UP,
    WORSENED,
    combine,
    cues_for,
    negated,
    opposite,
    polarity_direction,
)
from pipelines.extract.noun_phrases import (
    Span,
    cut_at,
    phrase_name,
    split_items,
    strip_edges,
    strip_leading,
    strip_trailing,
)
from pipelines.extract.number_words import UNITS
from pipelines.extract.sentences import SentenceIndex
from pipelines.extract.stems import Stems
from pipelines.extract.survey_shares import survey_outcomes
from pipelines.extract.told_outcomes import ADJECTIVE_NOUNS, HEALED_VERBS, healed_outcomes, told_outcomes
from pipelines.model import ArmFact, OutcomeFact, Sentence

NO_EFFECT_DESIGNS = frozenset({"cohort", "case_control", "cross_sectional", "survey", "qualitative"})
# Designs that report what they measured as shares of the people in them ("41% had smoked", "almost all had")
_TOLD_BY_SHARES = frozenset({"survey", "cross_sectional", "case_series"})
_MAX_OUTCOMES = 8
_MAX_WORDS = 8
_MAX_LABEL_WORDS = 10
_LIST_WINDOW = 240  # characters of a sentence searched for one cue's outcome list

_DECLARED_AFTER = re.compile(
    r"(?i)\b(?:(?:primary|secondary|main|key|co-primary)\s+(?:outcomes?|endpoints?|measures?|results?)"
    r"(?:\s+measures?)?\s*(?:was|were|included|includes|are|is|:|,)|"
    r"(?:measured|assessed|evaluated|examined|tracked|monitored|recorded|looked\s+at|followed|to\s+look\s+at"
    r"|checked|counted|rated|scored|logged|gauged)"
    # ("What the team measured: lung function, symptoms and quality of life")
    r"(?!\s+(?:at|by|in|on|when|before|after|using)\b))(?::\s*|\s+)"
    r"(?:(?:\w+\s+){0,2}(?:outcomes?|measures?|things):\s*)?"
)
# A device or programme doing the tracking is part of the treatment, not the study measuring its outcomes.
_DEVICE_BEFORE = re.compile(
    r"(?i)\b(?:apps?|devices?|watch(?:es)?|sensors?|trackers?|monitors?|wearables?|phones?|programmes?|programs?|"
    r"platforms?|bracelets?|bands?)\s+(?:that|which)\s+(?:also\s+|automatically\s+|continuously\s+)?$"
)
_DECLARED_BEFORE = re.compile(
    r"(?i)\s+(?:was|were)\s+(?:also\s+|then\s+|all\s+)?(?:measured|assessed|evaluated|examined|recorded|"
    r"tracked|monitored|compared|checked|counted|rated|scored|logged|gauged|confirmed|verified)\b"
)
# Where a list of outcome names stops.
_LIST_END = re.compile(
    # (a quotation opening after the list is someone's words about it: 'the drop in HbA1c "faded as ...')
    r"(?i)[;:]|\.(?:\s|$)|\s[-–—]\s|\s?[–—]\s?|\s[\"“](?=[a-z])"
    # the posture it was felt in ("less leg and back discomfort standing on mats"), not time spent in it
    r"|(?<!spent)(?<!time)\s(?:standing|sitting|kneeling|lying)\b"
    # how much, after the list: "cut hamstring injuries roughly in half", "by about a third"
    r"|\s(?:(?:roughly|about|nearly|almost|more\s+than|around|by)\s+)?in\s+half\b"
    # a time point after the list: "quality of life six months after surgery"
    r"|\s(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?|years?)\b"
    # what the arm was compared to: "similar everyday benefit to prescription aids" (but "return to work")
    r"|(?<!return)(?<!time)(?<!ability)(?<!able)(?<!admitted)(?<!response)(?<!access)(?<!adherence)(?<!exposure)(?<!visits)(?<!visit)(?<!trips)\sto\s(?!work\b|school\b|normal\b)"
    r"|,\s+(?:but|while|whereas|although|though|unless|yet|which|who|with|meaning|and\s+(?:the|they|it|their"
    r"|was|were))\b"
    r"|\s(?:than|compared|versus|vs\.?|relative|at(?!\s+the\s+end\s+of\s+life)|after|before|by|when|among|from|"
    r"between|over|during|until|"
    r"using|via|in\s+(?:the|both|all|each|every|those|people|patients|participants|teenagers|children|adults|women|men"
    r"|girls|boys|(?:older|younger|young)\s+\w+)|for\s+(?:the|both|all|those|"
    r"\d+|at\s+least)|with\s+(?:the|a|an|massage|\w+\s+group|(?-i:[A-Z])(?=\.))|right|immediately|compared|relative|as|"
    r"was|were|is|are|had|has|did|do|does|could|would|can|may|might|will|remained|stayed|got|showed|held|"
    r"lasted|faded|went|reported|seen|who|which|that|whereas|while(?!\s+[a-z]+ing\b)|but|(?:less|more)\s+often|improved|reduced|increased|decreased|"
    r"lowered|relieved|eased|also|means|meant|although|though|unless)\b"
)
_ITEM_SEPARATOR = re.compile(
    r"(?i),\s*(?:and\s+|or\s+)?(?:in\s+|on\s+|for\s+)?|\s+(?:and|or|nor|as\s+well\s+as)\s+(?:in\s+|on\s+|for\s+)?"
)
_ITEM_LEADING = re.compile(
    # "The yoga group's blood pressure was unchanged": whose it was is no part of the outcome's name
    r"(?i)(?:(?:[\w-]+\s+){0,2}(?:group|arm|groups|arms)['’]s?\s+|[\w-]+(?:['’]s|s['’])\s+|"
    r"(?:a|an|the|their|its|his|her|our|both|either|each|all|any|also|only|several|various|overall\s+and|"
    r"own|scores?\s+(?:on|for)|ratings?\s+of|levels?\s+of|measures?\s+of|(?:rated|scored)(?=\s+(?:their|its)\b)|"
    r"significantly|statistically|clinically|meaningfully|slightly|much|far|somewhat|"
    # "The number of people who needed surgery fell": what happened to them is the outcome
    r"(?:people|patients|participants|children|adults|women|men|babies|those)\s+who(?=\s+(?:needed|required|had|developed"
    r"|got|caught|suffered|went\s+on\s+to)\b)|"
    # "the share of people with active sores had fallen": what the people had is the outcome
    # ("the number of people reporting crashes after exertion was similar")
    r"(?:people|patients|participants|children|adults|women|men|babies|those)\s+(?:with|reporting|having|needing)(?=\s)|"
    # "More side effects, mostly nausea, were reported"
    r"mostly|mainly|chiefly|largely|especially|particularly|notably|typically|"
    r"(?:clinically\s+)?(?:important|meaningful|significant)|things\s+like|such\s+as|"
    r"lower|less|fewer|better|greater|higher|more|reduced|improved|worse|increased|decreased|"
    # "needed fewer painkillers": the need is told by the comparative; what was needed is the outcome
    r"need(?:ed|ing)?\s+(?:fewer|less|more)|"
    r"(?:\w+\s+)?changes?\s+(?:in|from)|"
    r"along\s+with|as\s+well\s+as|including|(?:the\s+)?(?:number|amount|total|share|proportion|percentage|doses?)\s+of|"
    r"(?:the\s+)?(?:chances?|odds|likelihood|probability)\s+of|"
    r"(?:rates?|risk|incidence|episodes|cases|occurrence|prevention|onset)\s+of|first|[\w-]*confirmed|"
    # a second cue inside a list item: "eye-strain symptoms, and no difference in headaches"
    r"no\s+(?:(?:real|significant|clear)\s+)?difference\s+(?:between\s+the\s+groups\s+)?in|"
    # a verb left at the front: "(where it did better) was completion", "(fewer) were hospitalised"
    r"was|were|is|are|be|been|"
    # ("measured as peak oxygen uptake": how it was measured, told as an aside; not "as reported by the families")
    r"as(?!\s+[a-z]+ed\b)|"
    r"in|on|of|for|and|or|to|how|whether|neither)(?![\w-])[\s,]*)"
)
_ITEM_TRAILING = re.compile(
    r"(?i)\s+(?:and|or|but|both|only|such|themselves|itself|more\s+highly|highly|a\s+little|a\s+lot|a\s+bit|slightly|somewhat|more|less|further|too|also|either|scores?|measures?|ratings?|levels?|outcomes?|results?|"
    # a comparative left after a rated measure: "rated their quality of life slightly higher"
    r"(?:slightly\s+|much\s+|far\s+|a\s+little\s+)?(?:higher|lower|better|worse|faster|sooner|quicker|more\s+quickly)|"
    r"questionnaires?|"
    # how it compared, and when: "rated their quality of life no differently", "memory problems later on"
    r"(?:no\s+)?differently|later\s+on|later\s+in\s+life|"
    # a verb left at the end of a subject: "symptoms on the rating scale had (improved)"
    r"scales?|components?|had|has|have|was|were|is|are|"
    # a word that governs what was cut away: "smokers stay off cigarettes for", "die within", "statin and"
    r"for|within|with|to|than|of|the|a|an|at|by|from|"
    # a change left at the end: "clot roughly tripled"
    r"(?:(?:roughly|about|nearly|almost|more\s+than)\s+)?(?:doubled|tripled|quadrupled|halved))\s*$"
)
_ITEM_END = re.compile(
    # when it was measured is not part of the name: "recurrence at 12 months", "BMI at week 72"
    r"(?i)\s+(?:at|by|after|within)\s+(?:(?:week|month|day|year)\s+\d+|(?:\d+|one|two|three|four|five|six|eight"
    r"|nine|ten|twelve|eighteen|twenty-four)\s+(?:weeks?|months?|years?|days?|hours?|minutes?))\b|"
    # "quit a year later"
    r"\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:weeks?|months?|years?)\s+later\b|"
    # "loneliness scores after the ten workshops": when, told by the treatment
    # ("swelling after each session" is measured at every session, and stays)
    r"\s+(?:after|at\s+the\s+end\s+of)\s+the\s+(?:[\w-]+\s+)?(?:workshops?|sessions?|classes|course"
    r"|programme|program|treatment|intervention)\b|"
    # over what span it was counted: "severe attacks over a year", "falls during the following six months"
    r"\s+(?:over|during|across)\s+(?:a|an|the|one|two|three|four|five|six|twelve|\d+)\s+(?:(?:first|following|next|whole)\s+)?"
    r"(?:(?:one|two|three|four|five|six|twelve|\d+)\s+)?(?:days?|weeks?|months?|years?)\b|"
    r"\s*\(|\s+such\s+as\b|\s+(?:was|were|is|are|had|has|have|remained|improved|worsened|fell|rose|declined|dropped)\s|"
    # where it was measured is not part of the name: "infections on the six wards"
    # nor the instrument that measured it: "anxiety on a questionnaire", "mood on the HADS scale"
    r"\s+(?:on|in|by|using|with)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}(?:questionnaires?|scales?|tests?|"
    r"surveys?|checklists?|inventory|index|assessments?|instruments?)\b|"
    # where it was measured in the body: "inflammation markers in their blood"
    r"\s+in\s+(?:their|the|his|her)\s+(?:blood|urine|saliva|stools?|breath)\b|"
    # whose it was: "hospital admissions for diarrhoea among young children"
    r"\s+among\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,2}(?:children|adults|women|men|people|patients|participants|babies"
    r"|infants|pupils|students|residents|workers|members|users)\b|"
    r"\s+(?:on|in|at|across)\s+(?:the|both|all|each|every|its|their)\s+(?:[\w-]+\s+){0,2}(?:wards?|units?|sites?|clinics?"
    r"|schools?|hospitals?|practices|homes|centres|centers)\b|\s+(?:of\s+(?:the|their|his|her)\s+(?:\w+\s+)?(?:group|arm|participants|patients))\b"
)
_GENERIC = re.compile(
    # "one encouraging finding", "longer life) clearly outweigh ...": a remark, or a phrase cut out of a bracket
    r"(?i)\bfindings?$|^[^(]*\)|"
    r"^(?:results?|outcomes?|measures?|effects?|benefits?|data|scores?|groups?|participants?|patients?|people|"
    r"it|they|them|this|that|those|these|things|everyone|others?|one|two|three|four|times?|weeks?|months?|years?|"
    r"chances?|odds|likelihood|share|proportion|number|percentage|rates?|point|points|difference|change|"
    r"improvement|time|likely|often|study|trial|researchers?|authors?|evidence|findings?|questions?|"
    r"programs?|programmes?|sessions?|treatments?|therapy|care|massage|group|women|men|adults|babies|infants|mothers)$"
    r"|\b(?:group|crews?|teams?|squads?|researchers?|authors?|we|you|i|our|my|study|trial|participants|people|things|said|adults|"
    r"children|patients|volunteers|subjects)\b"
    # (a number in a name is a count, not a measure; but "type 2 diabetes", "COVID-19" are names, and so are a
    # timed test and a span of intake: "3 km time trial", "6-minute walk test", "food eaten over 24 hours")
    # ("24-hour urine volume", "7-day average": a span made an adjective)
    r"|(?:^|(?<!type)\s)(?<!over\s)(?<!per\s)(?<!within\s)\d(?![\d.,]*-(?:hour|day|week|month|minute)s?\b)"
    r"(?![\d.,]*[\s-]*(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|m|miles?"
    r"|minutes?|min)[\s-]+(?:[\w-]+\s+){0,2}?(?:walk|run|time\s+trial|test|swim|ride|row)\b)"
    # an appositive that explains the name before it: "fewer intrusive memories, those unwanted flashbacks that ..."
    r"|^(?:those|these)\s"
    # Instruments record outcomes without being one ("headache diaries", "activity monitors").
    r"|\b(?:diar(?:y|ies)|questionnaires?|records|monitors?|devices?|samples?|forms?|surveys?)$"
    r"|^(?:potential\s+|possible\s+|main\s+)?(?:benefits?|effects?|harms?|ideas?|roles?|value|mechanisms?|"
    r"reasons?|impact)\s+(?:of|on)\b"
    r"|^(?:chronic|acute|subacute)\s+(?:[\w-]+\s+){0,3}(?:pain|disease|condition|illness|disorder)$"
    # a clause, not a measure: "the home-visit programme ran for a year"
    r"|\b(?:ran|lasted|began|ended)\s+(?:for|over|from|until)\b"
    # the places compared, not what was measured in them: "(fell more in the) home-visit clinics"
    r"|^(?:[\w-]+\s+){0,2}(?:clinics|schools|wards|practices|villages|sites|communities|classrooms)$"
    r"|^(?:with|than|compared|to|from|by|at|again|main|immediate|sustained|overall|primary|secondary|when|"
    r"where|[a-z]+ed)$|^(?:with|than|compared|to|from|by|at)\b|^(?:after|before|during)\s"
)
# Words that make a phrase a clinical measure; result-sentence outcomes must contain one.
_OUTCOME_VOCABULARY = re.compile(
    r"(?i)\b(?:pain|function|functioning|functional|disabilit|dysfunction|limitation|quality[\s-]+of[\s-]+life|mood|"
    r"depress|anxiety|stress|distress|sleep|insomnia|fatigue|symptom|bothersome|severity|remission|relapse|"
    # symptoms of the airways and the mouth, and health problems named by where they are ("knee problems")
    r"cough|phlegm|sputum|mucus|dry\s+mouth|dryness|sting|fever|taste|problems|alert|episodes|loudness|size|morphine|"
    # time lost to illness and what builds up on teeth: "missed fewer days of school", "less dental plaque"
    r"days\s+(?:of|off)\b|plaque|crash(?:es)?\b|comfort\b|"
    # infections named as what a trial prevents: "laboratory-confirmed cholera", "malaria", "pneumonia"
    r"cholera|malaria|dengue|measles|hiv\b|pneumonia|typhoid|trachoma|spread\s+of|transmission|"
    r"recurrence|survival|mortality|death|weight|growth|length\s+of|stay|range\s+of\s+motion|mobility|strength|"
    r"balance|satisfaction|medication|opioid|analgesic|use|adherence|health|well-?being|blood\s+pressure|"
    # "the pressure inside the eye", "eye pressure"
    r"(?:eye|intraocular|pulse)\s+pressure|pressure\s+inside\s+the\s+(?:eye|skull|head)|"
    # respiratory and drug-use measures: "coughing", "hoarse voices", "steroid tablets", "rescue inhaler"
    r"coughing\s+(?:fits|episodes|bouts)|hoarse|steroid|inhaler|painkiller|"
    r"heart\s+rate|glucose|cholesterol|hba1c|bmi|cognit|memor(?:y|ies)|flashbacks?|falls?|fractures?|infections?|hospitali|"
    r"admissions?|side\s+effects?|adverse|wakings?|awakenings?|melatonin|rhythm|activities|improvement|impact|"
    r"eczema|flexibility|stiffness|swelling|inflammation|walking|gait|endurance|fitness|appetite|nausea|"
    r"craving|smoking|abstinence|self-efficacy|energy|tension|spasm|cramp|headaches?|migraines?|itch|lesions?|"
    r"recovery|return\s+to\s+work|sick|absence|costs?|care\s+at\s+the\s+end|end-of-life|wound|healing|"
    r"readmission|complications?|exacerbations?|attacks?|seizures?|mental|physical|emotional|social|psychological|"
    # General clinical-research measures beyond pain and function.
    r"density|bone|insulin|lipids?|ldl|hdl|triglycerides?|waist|body\s+fat|fat\s+mass|muscle|blood\s+sugar|"
    r"(?:visceral|belly|abdominal|liver|tummy)\s+fat|leak|incontinen|sunburn|inflammator|damage|"
    # how births went: "needed induction less often", "shorter labour", "fewer caesareans"
    r"induction|induced|caesarean|c-sections?|labou?r\b|stillbirths?|"
    r"viral\s+load|tumou?rs?|progression|incidence|events?|strokes?|heart\s+attacks?|infarction|cardiovascular|"
    r"emergency|birth|breastfeeding|vision|hearing|dementia|delirium|agitation|behaviou?r|concentration|"
    r"language|reading|motor|alcohol|drinking|intake|consumption|diet|physical\s+activity|steps|sedentary|"
    r"oxygen|lung|fev1|breathlessness|dyspn|asthma|rash|bleeding|transfusion|antibiotic|sepsis|frailty|grip|"
    r"speed|posture|dexterity|coordination|agility|jump|sprint|exertion|performance|productivity|absenteeism|isolation|burnout|resilience|self-esteem|confidence|knowledge|"
    r"adherence|compliance|engagement|dropout|quit|relapse|mortality|fractures?|falls?|remission|response|"
    r"cancers?|carcinoma|diseases?|illness|diabetes|hypoglyc|body[\s-]mass\s+index|steps?\b|step\s+count|sitting|"
    r"wakefulness|burnout|exhaustion|intention\s+to\s+leave|turnover|dropping\s+out|drop-?outs?|hip|wrist|"
    r"dizziness|vomiting|diarrh|constipation|ha?emorrhag|thrombos|clots?|irritation|soreness|redness|discomfort|"
    r"tiredness|sleepiness|crying|tantrums?|meltdowns?|attendance|loneliness|exercising|"
    r"dying|pregnan|miscarriage|ability\s+to|independence|everyday\s+tasks|daily\s+living|emissions\b|carbon\s+footprint|crash(?:es)?|days\s+(?:missed|off|lost|absent)|missed\s+(?:school|work)|time\s+off\s+(?:work|school|sick)|born\s+(?:too\s+)?early|preterm|premature|amputations?|skin|blisters?|sores?|ulcers?|reaction|appearance|"
    r"body\s+image|(?:driving|memory|reading|hearing|eye|fitness|walking|balance)\s+tests?|"
    # Measures of uptake, cure and behaviour that any field reports.
    r"uptake|vaccin|immuni[sz]ation|screening|cure|clearance|resolution|iq|attention|rumination|lonel|flares?|"
    r"errors?|mistakes?|hesitan|intention|intent|completion|retention|myopia|eyesight|visual|refract|arrhythmi|"
    r"heartbeats?|palpitations?|grades?|achievement|development|milestones?|vocabulary|literacy|prescri|visits?|"
    r"on-task|focus|worry|fear|suicid|self-harm|psychosis|ptsd|trauma|addiction|dependence|withdrawal|"
    r"caries|cavities|decay|teeth|tooth|gum|acne|psoriasis|scar|pressure\s+ulcers?|(?:perineal\s+|severe\s+)?tears?\b|kidney|renal|liver|"
    r"stroke|sodium|potassium|bicarbonate|acidosis|haemoglobin|hemoglobin|ferritin|iron|anaemi|anemi|vitamin|uric|thyroid"
    # skin and hair measures
    r"|wrinkl|elasticity|hydration|moisture|pigment|melasma|hair\s+(?:count|density|loss|growth)|strain\b"
    r"|flush(?:es|ing)?|snoring|apnoea|apnea|(?:re)?admitted|days\s+in\s+hospital|confusion|hallucinat|dry\s+eyes?"
    # infections by name, and any condition named with a clinical suffix: "gastroenteritis", "keratitis", "fibrosis"
    r"|influenza|flu\b|norovirus|covid|rsv\b|virus|bacteri|\w+(?:itis|osis|aemia|emia|algia|pathy|oma)s?\b"
    r"|casualt|injur|deaths?|wounded|\w+\s+cases|wheez|overweight|obes|die\b|overdos"
    # measures of the body and of performance: "saliva cortisol", "24-hour urine volume", "aim accuracy"
    r"|cortisol|hormones?\b|urine\s+(?:volume|output|flow)|urinary|\w+\s+accuracy|fibrillation"
    r"|return\s+to\s+(?:sport|school|play|training|normal|usual|activit)|breathing\s+pauses|niggles"
    # (not "surgery" or "operation": a British GP practice is a surgery)
    r"|colds?\b|congest|transfusions?|caesareans?|c-sections?|ventilat|intubat|time\s+to\s+\w+"
    r"|(?:heart|kidney|renal|liver|respiratory|organ|treatment)\s+failure"
    # blood and the time spent in care: "platelet counts", "time in hospital"
    r"|platelets?|(?:blood|cell)\s+counts?|time\s+(?:spent\s+)?in\s+(?:hospital|intensive\s+care|icu|bed)"
    # the gut: "stomach upset", "indigestion", "heartburn"
    r"|stomach|indigestion|heartburn|reflux|bloating|dyspeps|musculoskeletal|complaints|(?:kidney\s+|bladder\s+|gall)stones?\b"
    # a need for care is a measure of it: "the number of people who needed surgery", "less need for painkillers"
    # (not a name that still holds its comparison: "needed reliever inhalers less often")
    r"|\bneed\s+for\b|^need(?:ed|ing)\s+(?!.*\b(?:less|more|fewer|often)\b)[a-z])"
)
_DIRECTION_LEAD = re.compile(
    r"(?i)(?:(?:needed|had|used|took|required|reported|made|showed)\s+)?"
    # (not a compound that names a body part or a measure: "lower-body strength", "higher-order thinking")
    r"(?:less|lower|fewer|better|greater|higher|more|reduced|improved|worse|increased|decreased)\b(?!-)"
    # "CBT reduced inattention symptoms and helped with emotional regulation": a second cue of its own
    r"|helped\s+(?:with\s+|to\s+improve\s+|improve\s+)"
)
# A sentence that says the between-group differences were not significant overrides its cue words.
_NOT_SIGNIFICANT = re.compile(
    r"(?i)\bnot\s+(?:statistically\s+)?significantly\s+different|\bdid\s+not\s+differ\b"
    # "..., but the change was not statistically significant", "the drop did not reach significance"
    r"|\b(?:differences?|changes?|effects?|reductions?|improvements?|drops?|falls?|rises?|increases?|gains?|benefits?"
    r"|results?)\b[^.;]{0,50}?\b(?:were|was|is|are)\s+not\s+(?:statistically\s+)?significant"
    r"|\bnot\s+statistically\s+significant|\b(?:did\s+not|didn't|failed\s+to)\s+reach\s+(?:statistical\s+)?significance"
    r"|\bfell\s+short\s+of\s+(?:statistical\s+)?significance"
)
# Observational findings name their outcomes as the thing whose risk or odds went with the exposure.
_ASSOCIATION = re.compile(
    r"(?i)\b(?:(?:risk|odds|rates?|incidence|hazard|likelihood|chances?)\s+(?:ratios?\s+)?(?:of|for)"
    r"(?:\s+(?:developing|having|getting|a|an))?|(?P<link>link|links|linked|association|associations|associated"
    r"|tied|connected|related)\s+(?:with|to)"
    # "were more likely to have decay themselves", "tended to have a few more missing teeth"
    # ("more likely to have been vaccinated" names the exposure, not an outcome)
    # ("twice as likely to have a stroke", "more likely to end up needing dialysis", "to be breastfeeding at 6 weeks")
    r"|(?:more|less|(?:twice|half|\w+\s+times)\s+as)\s+likely\s+to\s+(?:have(?!\s+been\b)(?:\s+developed)?|develop|get"
    r"|need|suffer(?:\s+from)?|catch|experience|be\s+diagnosed\s+with|lose|report(?:\s+having)?(?!\s+(?:that|how|what|whether)\b)|become"
    r"|end\s+up(?:\s+needing|\s+with|\s+in)?"
    r"|be(?=\s+(?:overweight|obese|admitted|hospitali[sz]ed|readmitted|depressed|anxious|[a-z]+ing)\b))"
    r"|(?:more|less|(?:twice|half|\w+\s+times)\s+as)\s+likely\s+to(?=\s+die\b)"
    # "were admitted more often for heart attacks"
    r"|\b(?:admitted|hospitali[sz]ed|treated|seen)\s+(?:(?:to|in)\s+hospital\s+)?(?:more|less)\s+often\s+(?:for|with)"
    # "Regular sauna users had fewer strokes"
    r"|\b(?:had|have|reported|suffered)\s+(?:fewer|more|less|lower|higher)(?:\s+rates?\s+of)?(?=\s+[a-z])"
    r"|tended\s+to\s+have\s+(?:a\s+few\s+|slightly\s+|somewhat\s+)?(?:more|fewer|less|higher|lower)"
    # "more screen time went with poorer sleep"
    r"|(?:went|goes|go|came)\s+(?:hand\s+in\s+hand\s+)?with\s+(?:poorer|better|worse|more|less|fewer|higher|lower))\s+"
)
# A result that held at first and then faded ("..., but by 12 months the difference had disappeared").
_FADED = re.compile(
    r"(?i)\b(?:but|although|though)\b[^.;]{0,60}?\b(?:disappeared|faded|vanished|wore\s+off|waned"
    r"|petered\s+out|(?:had|was|were)\s+gone|no\s+longer|(?:was|were)\s+lost"
    r"|looked\s+(?:much\s+|about\s+)?the\s+same|(?:was|were)\s+(?:much\s+|about\s+)?the\s+same|(?:had\s+)?(?:caught\s+up"
    r"|evened\s+out)|(?:was|were)\s+no\s+different|no\s+different\s+(?:at|by|after)\b"
    # "but by day five the two groups were level", "were back on level terms"
    r"|(?:was|were)\s+(?:back\s+)?(?:level|even|on\s+(?:level|equal|even)\s+terms)\b)"
    # "improved at 8 weeks; at 6 months the groups were similar": the later time point in its own clause
    r"|;\s*(?:at|by|after)\s+[^.;]{0,30}?\bthe\s+(?:two\s+)?groups\s+(?:were|was)\s+(?:similar|the\s+same|no\s+different)"
)
_FADED_HINTS = ("but", "though", ";")
_HEALED_STEMS = Stems(HEALED_VERBS)
_FADED_LATER_STEMS = Stems(
    (
        "disappeared",
        "faded",
        "vanished",
        "wore off",
        "waned",
        "gone",
        "no longer",
        "closed",
        "shrunk",
        "shrank",
        "narrowed",
    )
)
# The next sentence saying the difference did not last: "By 12 weeks, however, the difference had faded", "But at
# one year the benefit was gone"
_FADED_LATER = re.compile(
    # ("By 12 months the gap had shrunk to 2 mmol/mol, and the researchers could no longer be confident it was real":
    # the time point without its comma)
    r"(?i)^\W*(?:but\s+|however,?\s+|yet\s+)?(?:(?:at|by|after|when)\s+[^.;]{0,100}?,?\s*)?(?:however,?\s+)?"
    r"(?:the|this|that|these|any)\s+(?:[\w-]+\s+)?(?:difference|benefit|effect|advantage|gap|improvement|gain)s?\b"
    r"[^.;]{0,30}?\b(?:disappeared|faded|vanished|wore\s+off|waned|(?:was|were|had)\s+(?:all\s+but\s+)?gone"
    r"|(?:was|were|had)\s+no\s+longer\b|no\s+longer\s+(?:held|showed|existed)|had\s+(?:closed"
    # (a gap that only narrowed may still be clear: "the gap had narrowed a little but was still clear")
    r"|(?:shrunk|shrank|narrowed)\s+to\s+(?:almost\s+)?nothing|(?:shrunk|shrank|narrowed)\b[^.;]{0,80}?\bno\s+longer\b))"
)
# "whether they translate into fewer heart attacks": a question, not a result.
_HYPOTHETICAL = re.compile(r"(?i)\b(?:whether|if|would|could|might)\b[^,;.]{0,50}$")
# "improved in every group, but the tai chi groups improved more": the arms did differ after all.
# ("fell in both groups, but there was no difference between them" confirms it)
_CONTRAST = re.compile(
    r"(?i)\b(?:but|however|yet)\b(?![^.;]{0,30}?\b(?:no|not|n't)\s+(?:\w+\s+)?(?:difference|differ))|\bmore\s+than\b"
)
_HYPOTHETICAL_HINTS = ("whether", "if ", "would", "could", "might")
_NEGATED_CUE = re.compile(r"(?i)\b(?:not|n't|never)\b")
# "improved in both groups": every arm improved, so the arms did not differ.
_ALL_ARMS = re.compile(
    # ("fell a little in both groups": how much, before where)
    r"(?i)\s+(?:(?:a\s+little|a\s+bit|a\s+lot|slightly|somewhat|modestly|sharply|markedly|substantially)\s+)?"
    r"(?:similarly\s+|equally\s+)?(?:in|across|for)\s+(?:both|all|all\s+\w+|every)\s+(?:groups|arms|group)\b"
    # "declined at about the same rate in both groups", "fell by a similar amount"
    r"|\s+(?:at\s+(?:about\s+|roughly\s+|much\s+)?the\s+same\s+(?:rate|pace)|by\s+(?:a\s+similar|the\s+same)\s+amount"
    # ("had fallen by similar amounts", "by about the same amount")
    r"|by\s+(?:about\s+|roughly\s+|much\s+)?(?:similar|comparable|the\s+same)\s+amounts?)\b"
)
# "on both", "on either measure", "for all outcomes": the result refers back to the declared outcomes.
_ANAPHORA = re.compile(
    r"(?i)(?:both|either|all|each|any)(?:\s+(?:of\s+(?:them|these|those|the\s+\w+)|\w+\s+)?(?:measures?|outcomes?"
    r"|counts?|scales?))?\s*[.;,]"
)
# A result set between the study's own groups: "were similar in both groups", "no difference ... between the two
# groups", "in the tablet group than in the placebo group"
_GROUPS_COMPARED = re.compile(
    # (a crossover's periods too: "the same under all three conditions")
    r"(?i)\b(?:between|in|across|for|among|under)\s+(?:both|all\s+(?:three|four)|the\s+(?:two|three|four))\s+"
    r"(?:groups|arms|conditions)\b"
    r"|\bbetween\s+the\s+groups\b|\bgroup\s+(?:than|as)\s+(?:in\s+)?(?:the|those\s+in\s+the)\s+[\w-]+(?:\s+[\w-]+)?\s+group\b"
    # "no different from those in the placebo schools"
    r"|\b(?:from|than|as|with)\s+(?:those|that|the\s+ones?)\s+(?:in|of|at)\s+the\s+(?:[\w-]+\s+){0,2}?(?:group|arm"
    r"|schools|clinics|wards|homes|practices|villages|communities|branches|units|sites)\b"
)
# Traits a randomised comparison balances rather than measures: "the groups were similar in age and sex"
_BASELINE_TRAIT = re.compile(
    r"(?i)^(?:(?:average|mean|median|their)\s+)?(?:age|ages|sex|gender|ethnicity|race|height|education|income|"
    r"backgrounds?|characteristics|size|make-?up|numbers?|baseline\b.*|starting\s+[\w-]+)$"
)
_MAX_COMPARED_WORDS = 4
# people counted by what they needed: the need is the outcome
_WHO_NEEDED = re.compile(
    r"^(?:(?:the\s+)?(?:number|share|proportion|percentage)\s+of\s+)?(?:people|patients|participants|children|adults"
    r"|women|men|babies|residents)\s+who\s+(?:still\s+|later\s+|then\s+)?"
    r"(?:needed|required)\s+(?P<what>[\w-]+(?:\s+(?!(?:afterwards|later|again)\b)[\w-]+){0,3}?)"
    r"(?:\s+(?:afterwards|later|again))?$"
)
# What a result clause can open with that names nothing: "However, ... was similar in both groups", "On the other
# hand", "that pilot", "the proportion who"
_NO_MEASURE_NAMED = re.compile(
    r"(?i)^(?:however|but|though|although|yet|still|also|there|here|meanwhile|instead|overall|again|then|so|thus|"
    r"indeed|(?:importantly|crucially|notably|interestingly)\b.*|(?:on\s+the\s+)?other\s+hand|"
    r"(?:that|this|these|those|which|what|such)\b.*|little|much|many|few|more|less|(?:a\s+)?lot|.*\b(?:who|which|that))$"
)
_OCCURRENCE_CUE = re.compile(r"(?i)\b(?:common|frequent|often|rarer?)\b")
_REPORTED_BY_GROUP = re.compile(r"(?i)\b(?:group|arm)\s+(?:also\s+)?$")
_SMALL_WORDS = frozenset("a an the of for in on and or to with vs vs. at by from is are as".split())


def _is_headline(sentence: str) -> bool:
    """Headings and titles ("Massage Eases Back Pain: New Study") summarise; the body reports the result."""
    words = sentence.split()
    if len(words) < 3 or len(words) > 25 or sentence.rstrip()[-1] in ".!?":
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return bool(content) and capitalised >= 0.8 * len(content)


# Cheap pre-check: a declaration needs one of these fragments (case-insensitive alternations are slow).
_DECLARATION_HINTS = (
    "outcome",
    "endpoint",
    "measure",
    "result",
    "assess",
    "evaluat",
    "examin",
    "track",
    "monitor",
    "record",
    "look",
    "follow",
    "compared",
    "check",
    "count",
    "rated",
    "scored",
    "logged",
    "gauged",
    "confirm",
    "verif",
)
_DECLARATION_STEMS = Stems(_DECLARATION_HINTS)
# "Pain improved at the higher dose but not at the lower one": a benefit in one arm or time point only.
# ("improved at 6 weeks but not at 6 months"; not "improved in the exercise group but not in the control group",
# which is the benefit itself)
_BUT_NOT_OUTCOME = re.compile(
    r"(?i)\s*,?\s+but\s+not\s+(?:on\s+|in\s+|for\s+)?(?!(?:in|for|among|with)\s)(?P<outcome>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
    r"(?=\s*[,;.)]|\s*$)"
)
# A benefit seen at one dose of several: "reduced only at 100 mg", "only with the highest dose"
_ONLY_AT_DOSE = re.compile(
    r"(?i)\bonly\s+(?:at|with|on|in)\s+(?:the\s+)?(?:\d+(?:\.\d+)?\s*(?:mg|mcg|µg|g|ml|iu|units)\b|(?:highest|top|largest"
    r"|biggest|strongest|higher|full)\s+doses?\b)"
)
_BUT_NOT = re.compile(
    r"(?i)[^.;]{0,80}?\bbut\s+not\b(?!\s+(?:in|for|among|with)\s+(?:the\s+|those\s+in\s+the\s+)?(?:control|comparison"
    r"|placebo|sham|other|usual[- ]care|waiting[- ]list|wait[- ]list)\b)"
)
_SUBJECT_ASIDE = re.compile(
    # "Bicarbonate, which is a marker of how acidic your blood is, got better"
    # ("The ATRS score, which measures symptoms and physical activity, was similar")
    r"(?i),\s+which\s+(?:is|are|was|were|measures?|measured|records?|tracks?|assesses|reflects?|captures?)\s[^,]{1,100},|\s[-–—]\s[^-–—]{3,140}?\s[-–—]\s|,\s+(?:such\s+as|including|like|e\.g\.|i\.e\.|measured\s+(?:by|with|as)"
    r"|rated\s+by|assessed\s+(?:by|with))\s[^,]{1,120},"
    # "Dry mouth, the complaint that makes so many women give up older tablets, was no more common"
    r"|,\s+(?:the|a|an)\s+[^,]{1,60}?\b(?:that|which|who)\s[^,]{1,100},"
    # "Saliva cortisol, a stress hormone, was lower": a short gloss between commas
    r"|,\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+){0,4},(?=\s*$|\s+(?:was|were|is|are|had|has|did|fell|rose|went|got|improved"
    r"|dropped|stayed|remained)\b)"
)
_LABEL_COMMA = re.compile(r"\s*,?\s*")
_LABEL_ASIDE = re.compile(r"\s*(?:[-–—]|,)\s(?P<outcome>[^-–—,]{3,140}?)\s?(?:[-–—]|,)\s*")
_SUCH_AS = re.compile(r"(?i)\s+(?:such\s+as|including|like)\s")
_SUBJECT_LABEL = re.compile(
    r"(?i)\s*(?:the\s+)?(?:primary|secondary|main|key)\s+(?:outcomes?|measures?|endpoints?|end\s+points?)(?=\s*[,\s\-–—])"
)
_LABEL = re.compile(r"(?i)\b(?:primary|secondary|main|key|co-primary)\b")
# Commas and "and" separate list items, so only stronger breaks start the clause holding a subject list.
_CLAUSE_START = re.compile(
    # "Teens on the drug saw their body-mass index fall by 16%": the outcome follows the possessive
    # ("pain while walking": "while" before a gerund names when, inside the outcome)
    r"(?i)(?:\b(?:saw|see|sees)\s+(?:their|its|his|her)\s+|[;:]\s+|\b(?:but|while(?!\s+[a-z]+ing\b)|whereas|although|though"
    r"|because|where|so)\s+"
    # ("after", "when" and "once" open a clause only before its subject: "infection after surgery" is one outcome)
    # (nor after a noun: "Bleeding after the birth was similar" is one outcome)
    r"|(?:(?<![\w-]\s)|(?<=straight\s)|(?<=right\s)|(?<=just\s)|(?<=shortly\s)|(?<=soon\s)|(?<=even\s)|(?<=only\s))"
    r"\b(?:after|when|once)\s+(?=(?:the|they|we|he|she|it|their|patients|people|participants|children)\s)"
    # a second change after a first: "UTIs fell by 36 per cent and average daily fluid intake rose by 250 ml"
    r"|\b(?:fell|rose|dropped|climbed|increased|decreased|declined|improved|worsened|halved|doubled|went\s+(?:up|down)"
    r"|came\s+down|shot\s+up)\b[^,;]{0,40}?,?\s+and\s+"
    r"|\b(?:reported|said|found|showed|noted|felt)\s+that\s+"
    # when, before the subject: "By week 16 the number of seizures had fallen"
    r"|\b(?:by|at|after)\s+(?:week|month|day|year)\s+\d+\s*,?\s+"
    # a second verdict after a first: "Wheeze was lower during the weeks, and lung function was no worse"
    r"|\b(?:was|were)\s+(?:[\w-]+\s+){0,6}?[\w-]+,\s+and\s+"
    # reported speech without its "that": "It found the risk of a heart attack was about 4% higher"
    r"|\b(?:found|showed|suggested|concluded)\s+(?=(?:the|their|its)\s))"
)


def _clean(text: str, span: Span) -> Span:
    # A quoted list with elisions ("immediate … and sustained … change in pain"): the name follows the last one.
    elided = max(text.rfind("…", span[0], span[1]), text.rfind("...", span[0], span[1]))
    if elided >= 0:
        span = (elided + 1, span[1])
    span = cut_at(text, span, _ITEM_END)
    span = strip_leading(text, span, _ITEM_LEADING)
    for _ in range(2):
        span = strip_trailing(text, span, _ITEM_TRAILING)
    return strip_leading(text, span, _ITEM_LEADING)


# One outcome made of several events: "a combination of heart attack, stroke and death", "a composite of ..."
_COMPOSITE = re.compile(
    r"(?i)(?:an?|the)\s+(?:combination|composite|combined\s+(?:outcome|endpoint|measure))\s+of\s+(?:(?:the|any)\s+)?"
)


def _list_spans(text: str, start: int, end: int) -> list[Span]:
    # Outcome lists are short; the window keeps a run-on sentence from making this quadratic.
    end = min(end, start + _LIST_WINDOW)
    composite = _COMPOSITE.match(text, start, end)
    stop = _LIST_END.search(text, composite.end() if composite else start, end)
    if stop:
        end = stop.start()
    if composite and end > composite.end():
        return [strip_edges(text, (composite.end(), end))]
    if end <= start:
        return []
    # "The main measure was visceral fat, the deep fat packed around the organs": with no "and" to join a list,
    # a second item opening with an article explains the first
    appositive = _APPOSITIVE.match(text, start, end) if "," in text[start:end] else None
    if appositive and not _JOINED_LIST.search(text, start, end):
        end = appositive.end("first")
    return split_items(text, (start, end), _ITEM_SEPARATOR)


_HOW_FELT = re.compile(r"(?i)\s*(?:[a-z]+ly,\s+)?how\s+(?:[\w'’-]+\s+){1,5}?(?:felt|feel|feels|rated|slept|coped)\b")
_SAID_THEY = re.compile(r"\b(?:they|he|she)\s+(?:said|reported)\s+(?=(?:they|he|she)\b)")
_APPOSITIVE = re.compile(r"(?i)(?P<first>[^,]{2,60}),\s+(?:the|an?)\s")
_JOINED_LIST = re.compile(r"(?i)\s(?:and|or|nor)\s|\bas\s+well\s+as\b")


def _subject_spans(text: str, sentence: Sentence, cue_start: int) -> list[Span]:
    """The outcome list that is the subject of a cue verb: from the clause start to the cue."""
    window_start = max(sentence.start, cue_start - _LIST_WINDOW)
    # An aside right before the verb may hold clause words of its own ("Dry mouth, the complaint that makes so many
    # women give up older tablets, was no more common"): the subject is before it.
    if "," in text[window_start:cue_start]:
        for aside in _SUBJECT_ASIDE.finditer(text, window_start, cue_start):
            if not text[aside.end() : cue_start].strip():
                cue_start = aside.start()
                break
    starts = [m.end() for m in _CLAUSE_START.finditer(text, window_start, cue_start)]
    start = starts[-1] if starts else window_start
    # A leading label ("The main outcomes, pain and function, were measured") names the list that follows.
    label = _SUBJECT_LABEL.match(text[start:cue_start])
    if label:
        start += label.end()
        # "The primary endpoint - the number of severe attacks over a year - was lower": the aside names it
        named = _LABEL_ASIDE.fullmatch(text, start, cue_start)
        if named:
            return split_items(text, named.span("outcome"), _ITEM_SEPARATOR)
        start = _LABEL_COMMA.match(text, start, cue_start).end()
    end = cue_start
    # "Foot function - how easily people could walk - was better", "Functioning, such as managing money, showed":
    # an aside between the subject and its verb explains the outcome; it names no other.
    aside = _SUBJECT_ASIDE.search(text, start, end)
    if aside:
        end = aside.start()
    # "Side effects such as flushing or a short-lived flare of pain were uncommon": the examples name no outcome
    examples = _SUCH_AS.search(text, start, end)
    if examples:
        end = examples.start()
    if end - start > 160:
        return []
    return split_items(text, (start, end), _ITEM_SEPARATOR)


def _stems(name: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", name)
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def _same_outcome(a: str, b: str) -> bool:
    ta, tb = _stems(a), _stems(b)
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(small) and small <= large and len(large) - len(small) <= 1


@dataclass
class _Finding:
    name: str
    direction: str | None
    span: Span


_LEADING_VERB = re.compile(
    r"^(?:was|were|had|has|have)\s+(?:(?:faster|slower|better|worse|more|less|higher|lower|fewer)\s+)?(?=\w+\s+\w)"
)
_THAT_THE = re.compile(r"^that\s+(?=the\s)")
_SCORES_ON = re.compile(
    r"(?i)\s*(?:the\s+)?(?:scores?|results?|performance)\s+(?:on|in)\s+(?:a|an|the|their)\s+(?:standard\s+|validated\s+)?"
    r"(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:tests?|scales?|questionnaires?|assessments?|checklists?|inventory)\b"
)


_WITH_WORD = re.compile(r"(?i)\s+with\s+(?:the\s+|a\s+|an\s+)?([\w-]+)")
_NOT_ARM_WORDS = frozenset("the and for with group usual care standard plus only alone daily weekly".split())


def _arm_words(arms: list[ArmFact]) -> frozenset[str]:
    words = {w for arm in arms for w in re.findall(r"[\w-]+", arm.name.lower()) if len(w) > 2}
    return frozenset(words - _NOT_ARM_WORDS)


class _Collector:
    """Outcomes found so far for one study; repeated reports of one outcome merge their directions."""

    def __init__(self, text: str, observational: bool, arm_words: frozenset[str] = frozenset()):
        self.text = text
        self.observational = observational
        self.arm_words = arm_words
        self.found: list[_Finding] = []
        # the findings the current sentence gave a direction to: a next sentence may say their benefit faded
        self.touched: list[_Finding] = []
        # labelled result lines (start, end, the label's word stems): the label already names the outcome that
        # the line's result is about, so a cue there re-reading it ("Coughing: less coughing with honey") adds none
        self.labelled_lines: list[tuple[int, int, frozenset[str]]] = []

    def _without_arm(self, span: Span) -> Span:
        """ "less fatigue with yoga": the arm after "with" is who had the change, not part of the outcome."""
        for m in _WITH_WORD.finditer(self.text, span[0], span[1]):
            if m.group(1).lower() in self.arm_words:
                return (span[0], m.start())
        return span

    def add(
        self, span: Span, direction: str | None, trusted: bool, groups_compared: bool = False, occurrence: bool = False
    ) -> bool | None:
        """trusted: named by an explicit label ("primary outcome"), so no vocabulary check is needed.
        groups_compared: the sentence sets the study's groups side by side ("between the two groups"), which marks
        a short name as a measure even when the vocabulary does not know it ("no difference in tinnitus"), unless
        it is a trait the groups were matched on ("similar in age").
        occurrence: the cue says how common the outcome was, or counts it in each group; one the vocabulary does not
        know is then an event to avoid ("ringing in the ears was more common in the tablet group" is a harm).

        True when the outcome was kept; False when the span opens with a cue of its own (the caller then leaves it
        to that cue); None when the span names no measure."""
        # "better function and less pain": the second item belongs to its own cue, with its own direction.
        if direction is not None and _DIRECTION_LEAD.match(self.text, span[0], span[1]):
            return False
        scored = _SCORES_ON.match(self.text, span[0], span[1])
        if scored:
            span = scored.span("what")  # "Scores on a memory test": what the test measured
        # "How close parents felt to their child was no different": a feeling people reported is a measure by its
        # wording, and keeps its "how"
        felt = (
            direction is not None
            and "how " in self.text[span[0] : span[0] + 30].lower()
            and _HOW_FELT.match(self.text, span[0], span[1]) is not None
        )
        span = _clean(self.text, self._without_arm(span))
        if span[1] <= span[0]:
            return
        name = phrase_name(self.text, span)
        if felt and re.search(r"\bslept\b", name):
            name = "sleep"  # "How well they slept was no different"
        elif felt:
            # ("how sleepy they said they felt": the saying is how it was measured)
            name = _SAID_THEY.sub("", name if name.startswith("how ") else "how " + name)
        name = _NOMINAL.get(name, name)  # "a lower risk of dying": the outcome is death
        # a verb left before the measure ("had faster reaction times"), or a relative clause read as one
        name = _LEADING_VERB.sub("", name)
        if name.startswith("which "):
            return
        name = _THAT_THE.sub("", name)
        needed = _WHO_NEEDED.match(name)
        if needed:
            name = "need for " + needed.group("what")  # "the number of people who still needed pain tablets"
        if name.startswith("still be "):
            name = "still " + name[len("still be ") :]  # "more likely to still be exercising"
        words = name.split()
        if not words or len(words) > _MAX_WORDS or _GENERIC.search(name):
            return
        printed = self.text[span[0] : span[1]]
        if printed.isupper() and len(printed.split()) > 1:
            return  # a speaker's label in a transcript ("DR CASTELLANOS-REID:"), not a measure
        # (a state told by its adjective after a comparative is a measure: "felt less sleepy and less anxious")
        told_state = direction in (UP, DOWN) and name in ADJECTIVE_NOUNS
        if not trusted and not felt and not told_state and not _OUTCOME_VOCABULARY.search(name):
            if (
                not groups_compared
                or len(words) > _MAX_COMPARED_WORDS
                or _BASELINE_TRAIT.search(name)
                or _NO_MEASURE_NAMED.search(name)
                or not self.arm_words.isdisjoint(words)
            ):
                return
            if occurrence and direction in (UP, DOWN):
                direction = WORSENED if direction == UP else IMPROVED
        if not trusted and self._restates_label(span, name):
            return
        adjective = ADJECTIVE_NOUNS.get(name)
        if adjective is not None:
            # "felt less sleepy": the state's noun, and less of it good news when the state is a bad one
            name, less_is_better = adjective
            if direction in (UP, DOWN):
                direction = IMPROVED if (direction == DOWN) == less_is_better else WORSENED
        self.add_named(name, span, direction)
        return True

    def _restates_label(self, span: Span, name: str) -> bool:
        if not self.labelled_lines:
            return False
        stems = _stems(name) - _SMALL_WORDS
        return any(start <= span[0] < end and stems & label for start, end, label in self.labelled_lines)

    def add_named(self, name: str, span: Span, direction: str | None) -> None:
        """An outcome whose name is not the text at its span ("slept longer" is sleep)."""
        if self.observational:
            direction = None
        elif direction is not None:
            direction = polarity_direction(direction, name)
        for finding in self.found:
            if _same_outcome(finding.name, name) and (
                finding.name == name or not opposite(finding.direction, direction)
            ):
                finding.direction = combine(finding.direction, direction)
                self.touched.append(finding)
                return
        if len(self.found) < _MAX_OUTCOMES:
            self.found.append(_Finding(name, direction, span))
            self.touched.append(self.found[-1])

    def fade_last(self) -> None:
        """ "By 12 weeks, however, the difference had faded": the changes the last sentence told held only at first."""
        for finding in self.touched:
            if finding.direction in (IMPROVED, WORSENED):
                finding.direction = MIXED

    def apply_to_declared(self, effect: str) -> None:
        """ "on both measures": the result covers every outcome named so far without a result."""
        for finding in self.found:
            if finding.direction is None:
                finding.direction = polarity_direction(effect, finding.name)


_RATED_NO_DIFFERENTLY = re.compile(r"\b(?:rated|scored|reported)\b[^.;]{0,60}?\bno\s+differently\b")


def _collect_declared(text: str, sentences: list[Sentence], collector: _Collector) -> None:
    """Outcomes the article says were measured, without a result yet."""
    for sentence in sentences:
        lowered = sentence.text.lower()
        if not _DECLARATION_STEMS.found_in_lowercase(lowered):
            continue
        for m in _DECLARED_AFTER.finditer(text, sentence.start, sentence.end):
            labelled = _LABEL.search(m.group(0)) is not None
            if collector.observational and not labelled:
                continue
            if _DEVICE_BEFORE.search(text, max(sentence.start, m.start() - 40), m.start()):
                continue  # "an app that tracked their heart rate and steps" tells what the treatment did
            # "rated their quality of life no differently": a rating told with its result
            told = NO_DIFFERENCE if "differently" in lowered and _RATED_NO_DIFFERENTLY.search(lowered) else None
            for span in _list_spans(text, m.end(), sentence.end):
                collector.add(span, told, trusted=labelled)
        if collector.observational:
            continue
        for m in _DECLARED_BEFORE.finditer(text, sentence.start, sentence.end):
            for span in _subject_spans(text, sentence, m.start()):
                collector.add(span, None, trusted=False)


def _collect_results(text: str, sentences: list[Sentence], collector: _Collector) -> None:
    """Outcomes named by a result cue, with the cue's direction."""
    for sentence in sentences:
        # (a question asks about a result, its answer tells it: "Did fewer women need their labour induced? No.")
        if _is_headline(sentence.text) or sentence.text.rstrip().endswith("?"):
            continue
        lowered = sentence.text.lower()
        if _FADED_LATER_STEMS.found_in_lowercase(lowered) and _FADED_LATER.match(sentence.text):
            collector.fade_last()
        collector.touched = []
        taken: set[int] = set()  # offsets already inside a cue, so a shorter cue cannot re-read them
        if "ed " in lowered and _HEALED_STEMS.found_in_lowercase(lowered):
            for healed in healed_outcomes(text, sentence.start, sentence.end):
                collector.add_named(healed.name, (healed.start, healed.end), healed.effect)
                taken.update(range(healed.start, healed.end))
        overridden = ("signific" in lowered and _NOT_SIGNIFICANT.search(sentence.text) is not None) or (
            # "..., although the difference could have been due to chance": a result the authors do not trust
            ("chance" in lowered or "too small" in lowered) and _CHANCE_DIFFERENCE.search(sentence.text) is not None
        )
        faded = any(word in lowered for word in _FADED_HINTS) and _FADED.search(sentence.text) is not None
        dose_limited = "only" in lowered and _ONLY_AT_DOSE.search(sentence.text) is not None
        conditional = any(word in lowered for word in _HYPOTHETICAL_HINTS)
        groups_compared = (
            "group" in lowered or "arms" in lowered or " those " in lowered or "conditions" in lowered
        ) and _GROUPS_COMPARED.search(lowered) is not None
        for cue in cues_for(lowered):
            for m in cue.pattern.finditer(text, sentence.start, sentence.end):
                if m.start() in taken:
                    continue
                taken.update(range(m.start(), m.end()))
                if (
                    conditional
                    and cue.outcomes_after
                    and _HYPOTHETICAL.search(text, max(sentence.start, m.start() - 50), m.start())
                ):
                    continue
                effect = cue.effect
                if overridden:
                    effect = NO_DIFFERENCE
                elif (
                    not cue.outcomes_after
                    and effect in (IMPROVED, UP, DOWN)
                    and _BUT_NOT.match(text, m.end(), sentence.end)
                ):
                    effect = MIXED  # "fell with 50 mg and 100 mg, but not with 25 mg"
                elif dose_limited and effect in (IMPROVED, UP, DOWN):
                    effect = MIXED  # "were reduced only at 100 mg": a benefit at one dose and not the others
                elif (
                    not cue.outcomes_after
                    and effect in (IMPROVED, UP, DOWN)
                    and _ALL_ARMS.match(text, m.end())
                    and not _CONTRAST.search(text, m.end(), sentence.end)
                ):
                    effect = NO_DIFFERENCE
                elif not cue.outcomes_after and effect in (UP, DOWN) and _NEGATED_CUE.search(m.group(0)):
                    effect = NO_DIFFERENCE  # "was not more common"
                elif faded and effect in (IMPROVED, UP, DOWN):
                    effect = MIXED
                if cue.outcomes_after and effect != NO_DIFFERENCE and negated(text, m.start(), sentence.start):
                    effect = NO_DIFFERENCE
                elif (
                    not cue.outcomes_after
                    and effect in _REVERSED
                    and _COMPARATIVE.search(m.group(0))
                    and _COMPARATOR_FIRST.match(text, m.end(), sentence.end)
                ):
                    # "Pain scores were higher in the placebo group": the comparison is told from the comparator's side
                    effect = _REVERSED[effect]
                if cue.outcomes_after and _ANAPHORA.match(text, m.end(), sentence.end):
                    collector.apply_to_declared(effect)
                    continue
                spans = (
                    _list_spans(text, m.end(), sentence.end)
                    if cue.outcomes_after
                    else _subject_spans(text, sentence, m.start())
                )
                occurrence = groups_compared and _OCCURRENCE_CUE.search(m.group(0)) is not None
                compared = groups_compared
                if m.group(0)[:1] in "rR" and _REPORTED_BY_GROUP.search(text, sentence.start, m.start()):
                    # "the bedtime group reported getting up in the night more often": how often a group told of
                    # an event compares it with the other group, and an event more often is one to avoid
                    compared = occurrence = True
                for span in spans:
                    if collector.add(span, effect, False, compared, occurrence) is False:
                        continue
                    if cue.outcomes_after:  # "reduced lower respiratory disease": no cue inside a named outcome
                        taken.update(range(span[0], span[1]))
                if cue.outcomes_after and spans and effect in (IMPROVED, WORSENED, UP, DOWN):
                    # "acupuncture reduced pain but not disability": the outcome after "but not" did not change
                    spared = _BUT_NOT_OUTCOME.match(text, spans[-1][1], sentence.end)
                    if spared:
                        for span in _list_spans(text, spared.start("outcome"), spared.end("outcome")):
                            collector.add(span, NO_DIFFERENCE, trusted=False)
        # (after the cues: "were less tired" also reads as a cue on its subject, which names no outcome)
        for told in told_outcomes(text, sentence.start, sentence.end):
            collector.add_named(told.name, (told.start, told.end), NO_DIFFERENCE if overridden else told.effect)
        if "and so " in lowered:
            _collect_and_so(text, sentence, collector, groups_compared)
        if lowered.startswith(("on ", "for ")) and " as well as " in lowered:
            # "On joint symptoms the tablets did about as well as the biologics": the measure fronted, the arms level
            fronted = _FRONTED_AS_WELL.match(text, sentence.start, sentence.end)
            if fronted:
                collector.add(fronted.span("what"), NO_DIFFERENCE, False)


_REVERSED = {UP: DOWN, DOWN: UP, IMPROVED: WORSENED, WORSENED: IMPROVED}
_COMPARATIVE = re.compile(r"(?i)\b(?:more|less|higher|lower|fewer|greater|smaller|better|worse|rarer|commoner)\b")
# the comparator named as the group where the measure stood higher or lower ("... in the placebo group"), unless it
# only joined the treatment ("in the control group too")
_COMPARATOR_FIRST = re.compile(
    r"(?i)\s+(?:[a-z]+ly\s+)?(?:in|among|with|for|on)\s+(?:the\s+|those\s+(?:in|on|given|taking)\s+(?:the\s+)?)?"
    r"(?:[\w-]+\s+)?(?:placebo|dummy|control|sham|comparison|usual[- ]care|waiting[- ]list|wait[- ]list)\b"
    r"(?![^.;]{0,40}\b(?:too|also|as\s+well)\b)"
)


_FRONTED_AS_WELL = re.compile(
    r"(?i)(?:on|for)\s+(?P<what>[^,.;]{3,60}?)(?:,\s+(?:the\s+|those\s+)?|\s+(?:the|those)\s+)(?:[\w-]+\s+){0,3}?"
    r"(?:did|worked|performed|fared|scored)"
    r"\s+(?:about\s+|roughly\s+|just\s+|every\s+bit\s+)?as\s+well\s+as\b"
)
# "Time in hospital was the same in both groups, and so was the number of patients who had any bleeding": the
# verdict of the clause before, carried over to what follows
_AND_SO = re.compile(r"(?i),?\s+and\s+so\s+(?:was|were|did|had)\s+")


def _collect_and_so(text: str, sentence: Sentence, collector: _Collector, groups_compared: bool) -> None:
    for m in _AND_SO.finditer(text, sentence.start, sentence.end):
        before = [f for f in collector.touched if f.span[1] <= m.start()]
        if not before or before[-1].direction is None:
            continue
        # ("the number of patients who had any bleeding": what befell them is the outcome)
        counted = _COUNTED_WHO_HAD.match(text, m.end(), sentence.end)
        for span in _list_spans(text, counted.end() if counted else m.end(), sentence.end):
            collector.add(span, before[-1].direction, False, groups_compared)


_COUNTED_WHO_HAD = re.compile(
    r"(?i)(?:the\s+)?(?:number|share|proportion|percentage)\s+of\s+(?:people|patients|participants|children|women|men"
    r"|babies|adults)\s+(?:who|that)\s+(?:had|needed|developed|got|suffered)\s+(?:any\s+|a\s+|an\s+)?"
)


# "21 people in the vaccine group and 97 in the placebo group developed confirmed Lyme disease": two counts, each
# with its group, and what happened to them; the direction is read from the counts
_COUNT = r"(?:\d[\d,]*(?:\.\d+)?(?:\s*%|\s+per\s*cent)?|(?:" + "|".join(UNITS[1:]) + r")(?!-))"
_IN_GROUP = r"\s+(?:[a-z]+\s+){0,2}?(?:in|on|from)\s+the\s+(?P<arm_%s>(?:[\w-]+\s+){1,3}?)(?:group|arm)"
_GROUP_COUNTS = re.compile(
    rf"(?i)(?<![\w.,])(?P<a>{_COUNT})"
    + _IN_GROUP % "a"
    + rf"\s*,?\s+(?:and|compared\s+with|versus|vs\.?|against)\s+(?P<b>{_COUNT})"
    + _IN_GROUP % "b"
    + r"\s+(?:had\s+(?=(?:needed|required|developed|got|caught|suffered|experienced|died)\b))?"
    r"(?:(?:were|was|had\s+been)\s+(?:admitted|diagnosed|readmitted)\s+(?:with|to|for)|developed|had|got|caught|needed"
    r"|required|suffered(?:\s+from)?|experienced|reported|died\s+(?:of|from))\s+"
)
# "..., a difference that could have been due to chance" (a non-significant one is _NOT_SIGNIFICANT's)
_CHANCE_DIFFERENCE = re.compile(
    r"(?i)\b(?:difference|gap|result|benefit|effect)s?\b[^.;]{0,40}?\b(?:could|might|may)\s+(?:well\s+|easily\s+)?"
    r"(?:have\s+been|be)\s+(?:due\s+to\s+|down\s+to\s+|a\s+matter\s+of\s+)?(?:chance|luck)\b"
    # "..., but the study was too small for that difference to count as real"
    r"|\btoo\s+small\s+(?:for\s+(?:that|the|this|any)\s+(?:difference|gap|result)\s+to\s+(?:count|be)|to\s+(?:tell|be\s+sure"
    r"|show\s+(?:a|whether|if)))\b"
)
_DUE_TO_CHANCE = re.compile(r"(?i)\b(?:due|down)\s+to\s+chance\b|\bby\s+chance\b")
# "The incidence of delirium was 15% in the melatonin group compared with 24% in the placebo group": the outcome is
# the subject
_SUBJECT_COUNTS = re.compile(
    rf"(?i)\b(?:was|were)\s+(?:about\s+|around\s+|just\s+)?(?P<a>{_COUNT})"
    + _IN_GROUP % "a"
    + rf"\s*,?\s+(?:and|compared\s+with|versus|vs\.?|against)\s+(?:about\s+|around\s+|just\s+)?(?P<b>{_COUNT})"
    + _IN_GROUP % "b"
)
_COMPARATOR_ARM = re.compile(
    r"(?i)\b(?:placebo|control|usual|standard|dummy|sham|comparison|untreated|no-treatment|wait(?:ing)?[- ]?list)\b"
)

# "The Nordic clubs had 19 hamstring injuries; the others had 41": each group's own count of what it had, the
# outcome named once after the first
_UNITS_OF_GROUP = r"(?:group|arm|clubs|schools|wards|homes|practices|villages|teams|classes|units|others|rest|controls)"
_GROUP_HAD = r"\s+(?:had|recorded|reported|saw|suffered)\s+"
_GROUP_HAD_COUNTS = re.compile(
    rf"(?i)\bthe\s+(?P<arm_a>(?:[\w-]+\s+){{0,2}}?)(?P<unit_a>{_UNITS_OF_GROUP}){_GROUP_HAD}(?P<a>{_COUNT})\s+"
    r"(?P<what>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:;|,)\s*(?:while\s+|whereas\s+|and\s+)?"
    rf"the\s+(?P<arm_b>(?:[\w-]+\s+){{0,2}}?)(?P<unit_b>{_UNITS_OF_GROUP}){_GROUP_HAD}(?P<b>{_COUNT})\b"
)
_THE_OTHERS = re.compile(r"(?i)^(?:others|rest|controls)$")
# "The infection rate went from 8% to 3%": a change told by its two ends, the outcome its subject; which way is
# read from the numbers ("dropped from 20% to 12%" is the verb's own cue)
_WENT_HINT = re.compile(r"(?i)\b(?:went|changed|moved|shifted|got)\s+(?:down\s+|up\s+)?from\b")
_WENT_FROM_TO = re.compile(
    rf"(?i)\b(?:went|changed|moved|shifted|got)\s+(?:down\s+|up\s+)?from\s+(?:about\s+|around\s+|roughly\s+)?"
    rf"(?P<a>{_COUNT})\s+(?:(?:a|per)\s+\w+\s+)?to\s+(?:about\s+|around\s+|roughly\s+|just\s+)?(?P<b>{_COUNT})(?![\w.,]\d)"
)


def _collect_group_counts(text: str, sentences: list[Sentence], collector: _Collector) -> None:
    for sentence in sentences:
        if " from " in sentence.text and _WENT_HINT.search(sentence.text) and not _COMPARATOR_ARM.search(sentence.text):
            # (not in a sentence that also tells a comparison arm's numbers: whose change it was is unclear)
            for m in _WENT_FROM_TO.finditer(text, sentence.start, sentence.end):
                before, after = _count_value(m.group("a")), _count_value(m.group("b"))
                effect = NO_DIFFERENCE if before == after else DOWN if after < before else UP
                for span in _subject_spans(text, sentence, m.start()):
                    collector.add(span, effect, trusted=False)
        if sentence.text.count(" had ") >= 2:
            for m in _GROUP_HAD_COUNTS.finditer(text, sentence.start, sentence.end):
                effect = _counts_effect(m, text, sentence)
                if effect:
                    collector.add(m.span("what"), effect, False, groups_compared=True, occurrence=True)
        if "group" not in sentence.text and "arm" not in sentence.text:
            continue
        for m in _GROUP_COUNTS.finditer(text, sentence.start, sentence.end):
            effect = _counts_effect(m, text, sentence)
            for span in _list_spans(text, m.end(), sentence.end) if effect else ():
                collector.add(span, effect, trusted=False)
        for m in _SUBJECT_COUNTS.finditer(text, sentence.start, sentence.end):
            effect = _counts_effect(m, text, sentence)
            for span in _subject_spans(text, sentence, m.start()) if effect else ():
                collector.add(span, effect, trusted=False)


def _counts_effect(m: re.Match[str], text: str, sentence: Sentence) -> str | None:
    """The direction two group counts give, the treated group's against the comparison's; None when neither group
    (or both) is a comparison."""
    a_control = _COMPARATOR_ARM.search(_arm_of(m, "a")) is not None
    b_control = _COMPARATOR_ARM.search(_arm_of(m, "b")) is not None
    if a_control == b_control:
        return None
    treated, control = (m.group("a"), m.group("b")) if b_control else (m.group("b"), m.group("a"))
    treated_value, control_value = (_count_value(x) for x in (treated, control))
    if (
        treated_value == control_value
        or _DUE_TO_CHANCE.search(text, m.end(), sentence.end)
        or _NOT_SIGNIFICANT.search(sentence.text)
    ):
        return NO_DIFFERENCE
    return DOWN if treated_value < control_value else UP


def _arm_of(m: re.Match[str], which: str) -> str:
    """The group's name, or "control" when it is called the others ("the others had 41")."""
    unit = m.groupdict().get(f"unit_{which}")
    return "control" if unit and _THE_OTHERS.match(unit) else m.group(f"arm_{which}")


def _count_value(count: str) -> float:
    digits = re.sub(r"[^\d.]", "", count)
    return float(digits) if digits else float(UNITS.index(count.lower()))


def _collect_associations(text: str, sentences: list[Sentence], collector: _Collector) -> None:
    """ "a higher risk of hip fracture", "odds of colon cancer", "the link with falls": observational outcomes."""
    for sentence in sentences:
        lowered = sentence.text.lower()
        if _is_headline(sentence.text):
            continue
        if any(hint in lowered for hint in _ASSOCIATION_HINTS):
            for m in _ASSOCIATION.finditer(text, sentence.start, sentence.end):
                # "linked to a lower risk of dementia": the risk phrase right after names the outcome, not the link
                if m.group("link") and _ASSOCIATION.search(text, m.end(), min(sentence.end, m.end() + 40)):
                    continue
                for position, span in enumerate(_list_spans(text, m.end(), sentence.end)):
                    if position and _DIRECTION_LEAD.match(text, span[0], span[1]):
                        break  # "higher rates of X and lower Y": Y is another finding, not X's risk
                    collector.add(span, None, trusted=False)
        # "Genital numbness and saddle sores were a lot more common in the cyclists": the subject is the outcome
        if "common" in lowered or "frequent" in lowered or "similar" in lowered or "different" in lowered:
            for m in _COMMONER_IN.finditer(text, sentence.start, sentence.end):
                for span in _subject_spans(text, sentence, m.start()):
                    collector.add(span, None, trusted=False)
        # "Coffee drinkers lived longer", "slept less": a verb that carries its own outcome names it here too
        for told in told_outcomes(text, sentence.start, sentence.end):
            # ("less likely to have been vaccinated" tells who the exposed people were, not what befell them, and
            # so does a verb right after "who": "adults who slept less")
            if "have been" not in text[told.start : told.end].lower() and not _RELATIVE_BEFORE.search(
                text, max(sentence.start, told.start - 24), told.start
            ):
                collector.add_named(told.name, (told.start, told.end), None)


_COMMONER_IN = re.compile(
    r"(?i)\b(?:was|were)\s+(?:(?:(?:a\s+lot|much|far|slightly|somewhat|twice|\w+\s+times|no)\s+)?(?:more|less)\s+"
    r"(?:common|frequent)|similar|no\s+different)\s+(?:in|among|for|between|across)\b"
)
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:who|that)\s+(?:[a-z]+\s+)?$")
_NOMINAL = {"dying": "death", "dying early": "early death", "die": "death", "falling": "falls", "relapsing": "relapse"}
_ASSOCIATION_HINTS = (
    # (a bare " with " is in most sentences: only the links that end in it)
    "tied with",
    "connected with",
    "related with",
    "went with",
    "goes with",
    "go with",
    "came with",
    "hand with",
    "risk",
    "odds",
    "rate",
    "incidence",
    "hazard",
    "likelihood",
    "chance",
    "link",
    "associat",
    "likely to",
    "often for",
    "often with",
    "tended to",
    "had fewer",
    "had more",
    "had less",
    "had lower",
    "had higher",
    "have fewer",
    "have more",
    "have lower",
    "have higher",
    "reported fewer",
    "reported more",
    "suffered fewer",
    "suffered more",
)

# "Nausea was reported by 22% of glucatide users and 6% of those on placebo": two shares, the comparator's second.
_SHARES = re.compile(
    r"(?i)\b(?:was|were)\s+(?:\w+\s+)?(?:reported|seen|found|recorded|experienced|noted)\s+(?:by|in|among)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?(?P<first>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)[^.;%]{0,80}?"
    r"\b(?:and|versus|vs\.?|compared\s+with|against|but\s+only)\s+(?:about\s+|around\s+|only\s+|just\s+)?"
    r"(?P<second>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+(?:of\s+)?(?P<rest>[^.;]{0,60})"
)
_COMPARATOR_WORDS = re.compile(
    r"(?i)\b(?:placebo|control|usual\s+care|comparison|standard|sham|dummy|the\s+other\s+group|those\s+(?:not|who\s+did"
    r"\s+not)|no\s+treatment)\b"
)


def _collect_shares(text: str, sentences: list[Sentence], collector: _Collector) -> None:
    """An outcome whose shares in the two arms are given: more of it with the intervention is UP, less is DOWN."""
    for sentence in sentences:
        if "%" not in sentence.text and "cent" not in sentence.text:
            continue
        for m in _SHARES.finditer(text, sentence.start, sentence.end):
            if not _COMPARATOR_WORDS.search(m.group("rest")):
                continue  # which share belongs to the intervention arm is not said
            first, second = float(m.group("first")), float(m.group("second"))
            effect = NO_DIFFERENCE if first == second else UP if first > second else DOWN
            for span in _subject_spans(text, sentence, m.start()):
                collector.add(span, effect, trusted=False)


# "- Side effects: no more common than with placebo." A list line or paragraph led by a short label reports
# the result for the outcome the label names.
# ("HbA1c (the blood test that shows average blood sugar): ...": what the measure is, in brackets before the colon)
_LINE_LABEL = re.compile(r"[-•*·▪–\s]*((?-i:[A-Z])(?:[\w'’-]+\s+){0,4}[\w'’-]+)(?:\s+\([^()\n]{1,120}\))?:\s+(?=\S)")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-•*·▪–][ \t]*)?$")
# Labels of article furniture, not outcomes ("Bottom line:", "What they found:", "Limitations:").
_NOT_OUTCOME_LABEL = re.compile(
    r"(?i)^(?:the\s+)?(?:bottom\s+line|takeaways?|key\s+(?:points?|findings?)|why|what|who|how|where|when|design|"
    r"methods?|background|conclusions?|limitations?|caveats?|notes?|study|reference|sources?|funding|costs?|price|"
    r"doses?|dosing|timing|ages?|sample|setting|location|participants?|population|interventions?|comparison|"
    r"comparators?|control|duration|follow-up|length|editor|update|disclosure|conflicts?|tip|advice|verdict"
    # a summary's lead-in: "In plain words: the training gets men dry sooner", "In short: ..."
    r"|in\s+(?:plain\s+(?:words|english|language|terms)|short|brief|sum|summary|a\s+nutshell|other\s+words)"
    r"|put\s+simply|simply\s+put|summary|(?:our|my)\s+take|take[- ]?home(?:\s+message)?)\b"
)

# Who speaks in a Q&A or a transcript, not what was measured: "Dr Žemaitytė: Back and neck discomfort was ...",
# "Baltic Pulse: Who took part?", "DR NKEMELU: A review ...", "Q: ..."
_SPEAKER_LABEL = re.compile(
    r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Rev|Cllr|Q|A|Host|Interviewer|Presenter|Reporter|Caller)\b"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+$)"
)

# In a labelled line the outcome is already named, so bare verdicts count: "no benefit", "no more common".
_BARE_SAME = re.compile(
    r"(?i)\s*(?:no\s+different|unchanged|similar|the\s+same|no\s+change"
    # "Recovery: just as good on one sachet as on two"
    r"|(?:just\s+|every\s+bit\s+|about\s+|roughly\s+)?as\s+(?:good|high|low|effective|common|likely)\s+(?:with|on|in|for|after)\b)"
    r"\b"
)
_BARE_VERDICT = re.compile(
    r"(?i)\s*(?:clearly\s+|much\s+|slightly\s+|a\s+little\s+|significantly\s+|somewhat\s+|far\s+)?"
    # ("Stomach side effects: more common with iron": how often, then the arm by its treatment's name)
    r"(?P<verdict>better|improved|worse|higher|lower|fewer|less|more|slower|faster|quicker)"
    r"(?:\s+(?P<often>common|frequent|often))?\s+(?:in|with|for|among|on|during)"
    r"\s+(?(often)[a-z][\w-]*|(?:the|those))\b"
)
_SHARES_AGAINST = re.compile(
    r"(?i)(?P<a>\d+(?:\.\d+)?)\s*(?:%|per\s*cent)\s+(?:in|with|on|among|for)\s+(?:the\s+)?(?P<arm>[^,;.\d]{2,40}?)\s*,?\s+"
    r"(?:against|versus|vs\.?|compared\s+with)\s+(?P<b>\d+(?:\.\d+)?)\s*(?:%|per\s*cent)"
)
_COMPARISON_ARM = re.compile(r"(?i)(?:usual|placebo|dummy|control|sham|comparison|standard|no\s)")
_IN_COMPARATOR_ARM = re.compile(
    r"(?i)\s+(?:with|in|on|for|among)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:placebo|dummy|control|sham|comparison|usual|other)\b"
)
_LINE_VERDICT = re.compile(
    r"(?i)\b(?:(?:found|showed|made|with|had|little\s+or)\s+(?:no|little)\s+(?:clear\s+|real\s+|significant\s+)?"
    r"(?:benefit|effect|difference|improvement|change)|no\s+(?:more|less)\s+(?:common|frequent|likely|often)"
    r"|(?:did\s+not|didn't)\s+(?:change|differ|outperform)|(?:was|were)\s+(?:similar|unchanged)|(?P<mixed>inconsistent|mixed)"
    r"|\bno\s+(?:\w+\s+)?(?:difference|benefit|effect|change)|(?:a\s+)?similar\s+(?:number|proportion|share|rate|amount)"
    r"|(?:about|roughly|much|essentially)\s+the\s+same)\b"
)


# A label is a noun phrase; these words make it a clause ("Here is the honest result:", "The headline result:").
_CLAUSE_WORDS = re.compile(
    r"(?i)\b(?:is|are|was|were|be|the|a|an|this|that|these|those|here|there|we|i|you|it|they|our|my|what|how)\b"
)


def _line_direction(text: str, start: int, end: int, name: str) -> tuple[str | None, bool]:
    """(combined direction, whether any result cue spoke) for the result text of a labelled line."""
    lowered = text[start:end].lower()
    overridden = ("signific" in lowered and _NOT_SIGNIFICANT.search(text, start, end) is not None) or (
        # "slightly fewer in the waiting-home areas, but the difference could be due to chance"
        ("chance" in lowered or "too small" in lowered) and _CHANCE_DIFFERENCE.search(text, start, end) is not None
    )
    direction: str | None = None
    spoke = False
    for cue in cues_for(lowered):
        for m in cue.pattern.finditer(text, start, end):
            if cue.effect == NO_DIFFERENCE and not cue.outcomes_after and _IN_COMPARATOR_ARM.match(text, m.end(), end):
                continue  # "rose in the iron group and hardly moved with the dummy tablets": the comparator stood still
            spoke = True
            effect = cue.effect
            denied = (
                negated(text, m.start(), start)
                if cue.outcomes_after
                else effect in (UP, DOWN) and _NEGATED_CUE.search(m.group(0)) is not None
            )
            if overridden or denied:
                effect = NO_DIFFERENCE
            elif not cue.outcomes_after and effect in (IMPROVED, UP, DOWN) and _ALL_ARMS.match(text, m.end(), end):
                effect = NO_DIFFERENCE  # "went up in both groups, by about the same amount"
            effect = polarity_direction(effect, name + " " + text[m.end() : min(end, m.end() + 40)])
            direction = combine(direction, effect)
    shares = _SHARES_AGAINST.search(text, start, end) if direction is None else None
    if shares is not None:
        # "Unplanned readmission: 22% in the nurse programme against 35% with usual follow-up": the first arm told
        # is the treatment unless its name says it is the comparison
        first, second = float(shares.group("a")), float(shares.group("b"))
        if _COMPARISON_ARM.match(shares.group("arm")):
            first, second = second, first
        spoke = True
        effect = NO_DIFFERENCE if first == second else UP if first > second else DOWN
        direction = polarity_direction(effect, name)
    for m in _LINE_VERDICT.finditer(text, start, end):
        spoke = True
        direction = combine(direction, MIXED if m.group("mixed") else NO_DIFFERENCE)
    if not spoke and _BARE_SAME.match(text, start, end):
        spoke = True
        direction = NO_DIFFERENCE  # "Mood: no different in the two groups", "Weight: unchanged"
    bare = _BARE_VERDICT.match(text, start, end) if not spoke else None
    if bare:
        # "Quality of life: better in the singing group": the comparative alone is the verdict
        spoke = True
        verdict = bare.group("verdict").lower()
        effect = {"better": IMPROVED, "improved": IMPROVED, "worse": WORSENED}.get(verdict)
        # ("Weight gain: a little slower on the reduced dose": a slower gain is less of it)
        effect = effect or polarity_direction(UP if verdict in ("higher", "more", "faster", "quicker") else DOWN, name)
        direction = combine(direction, NO_DIFFERENCE if overridden else effect)
    if direction in (None, IMPROVED, UP, DOWN) and "but" in lowered and _FADED.search(text, start, end):
        spoke = True
        direction = MIXED  # "gained 11 minutes a day during the programme, but the gain had disappeared"
    elif direction in (IMPROVED, UP, DOWN) and _FADED_LATER_STEMS.found_in_lowercase(lowered):
        # "HbA1c: at six months it was lower in the group-session arm. By 12 months the gap had shrunk ..."
        for later in _NEXT_SENTENCE.finditer(text, start, end):
            if _FADED_LATER.match(text[later.end() : end]):
                direction = MIXED
                break
    return direction, spoke


_NEXT_SENTENCE = re.compile(r"[.!?]\s+(?=[A-Z])")


def _collect_labelled(text: str, sentences: list[Sentence], collector: _Collector) -> None:
    for sentence in sentences:
        # (the label's own bracket may come before the colon: "HbA1c (the blood test that shows ...): ...")
        if ":" not in sentence.text[:_LABEL_CHARS]:
            continue
        if _collect_bulleted(text, sentence, collector):
            continue
        m = _LINE_LABEL.match(text, sentence.start, sentence.end)
        if not m or not _LINE_START.search(text, max(0, sentence.start - 8), sentence.start):
            # "* Fatigue, scored with the Fatigue Severity Scale: lower in the iron group"
            _collect_bulleted(text, sentence, collector, capital=True)
            continue
        if _NOT_OUTCOME_LABEL.match(m.group(1)) or _SPEAKER_LABEL.match(m.group(1)):
            continue
        if _CLAUSE_WORDS.search(m.group(1)):
            # "- Visits to the emergency department: no significant difference": a bullet's label may hold "the"
            _collect_bulleted(text, sentence, collector, capital=True)
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        name = m.group(1).lower()
        direction, spoke = _line_direction(text, m.end(), line_end, name)
        # A one-word label ("Here:", "Headline:") must itself be a clinical measure.
        measure = _OUTCOME_VOCABULARY.search(name) or (spoke and " " in name)
        if measure and collector.add(m.span(1), direction, trusted=True) and spoke:
            collector.labelled_lines.append((sentence.start, line_end, _stems(name) - _SMALL_WORDS))


# A bullet under "The team measured:" that names its measure in lower case, with an aside on how it was measured:
# "- sleepiness during the shift, on the Karolinska Sleepiness Scale: lower during the snack weeks"
_LABEL_CHARS = 200
_BULLET_LABEL = re.compile(r"(?P<label>(?-i:[a-z])[^:\n.;]{2,160}?):\s+(?=\S)")
_CAPITAL_BULLET_LABEL = re.compile(r"(?P<label>(?-i:[A-Z])[^:\n.;]{2,160}?):\s+(?=\S)")
# "The combined outcome of death or liver transplant: no difference": the events are the outcome
_LABEL_LEAD = re.compile(r"(?i)the\s+(?:(?:combined|composite)\s+(?:outcome|endpoint|measure)\s+of\s+)?")
_BULLET_LABEL_END = re.compile(r",|\s[-–—]\s|\s\(")
_BULLET_CLAUSE_WORDS = re.compile(
    r"(?i)\b(?:is|are|was|were|be|this|that|these|those|here|there|we|i|you|it|they|our|my|what|how|said|found)\b"
)


def _collect_bulleted(text: str, sentence: Sentence, collector: _Collector, capital: bool = False) -> bool:
    """Whether the sentence opens a bullet with a lower-case label (capital: a capitalised one with an aside or an
    article, which the plain labelled line does not read); its outcome is collected when it gives a verdict."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    marker = _BULLET_LINE.match(text, line_start)
    if marker is None or text[marker.end() : sentence.start].strip():
        return False
    pattern = _CAPITAL_BULLET_LABEL if capital else _BULLET_LABEL
    m = pattern.match(text, max(marker.end(), sentence.start), sentence.end)
    if m is None:
        return False
    cut = _BULLET_LABEL_END.search(text, m.start("label"), m.end("label"))
    lead = _LABEL_LEAD.match(text, m.start("label"), m.end("label")) if capital else None
    span = (lead.end() if lead else m.start("label"), cut.start() if cut else m.end("label"))
    name = text[span[0] : span[1]].strip().lower()
    words = len(name.split())
    if words > _MAX_LABEL_WORDS or _BULLET_CLAUSE_WORDS.search(name) or _NOT_OUTCOME_LABEL.match(name):
        return True
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    direction, spoke = _line_direction(text, m.end(), line_end, name)
    # (only a verdict makes the bullet a result: "- age: 18 to 65" describes who took part)
    if not spoke:
        return True
    # a label names its measure whole, which may take more words than a name read from prose: "Stillbirths and
    # deaths of babies in their first week"
    if words > _MAX_WORDS:
        collector.add_named(name, span, direction)
    elif not collector.add(span, direction, trusted=True):
        return True
    collector.labelled_lines.append((sentence.start, line_end, _stems(name) - _SMALL_WORDS))
    return True


# "Three main themes came out of the conversations:" followed by one bullet per theme.
_THEMES_INTRO = re.compile(r"(?i)\b(?:themes?|findings)\b[^.]{0,80}:\s*$")
_THEMES_INLINE = re.compile(r"(?i)\b(?:themes?)\b[^.:;]{0,60}?(?::|\bwere\b|\bincluded\b)\s+")
_BULLET_LINE = re.compile(r"[ \t]*[-*•·▪][ \t]+")
# what a qualitative study's talks were about: "held in-depth interviews with 26 counsellors about what helps"
_INTERVIEWED_ABOUT = re.compile(
    # (not any talk in a quote: "she spoke about the birth")
    # (nor what the people said in them: "Her interviews found young people ... asking about ingredients")
    r"(?i)\b(?:interview(?:ed|s)|conversations|focus\s+groups|group\s+discussions)\b"
    r"(?:(?!\b(?:found|said|showed|talked|told|asking|asked|spoke)\b)[^.;:]){0,80}?\babout\s+"
    r"(?P<topic>[a-z])"
)
_TOPIC_END = re.compile(r"[.;:,()]|\s[-–—]\s|\s(?:and\s+(?:found|said|told|asked)|because|while|but)\b")
_MAX_THEME_WORDS = 7


def _collect_themes(text: str, sentences: list[Sentence], collector: _Collector) -> None:
    """A qualitative study's findings are its themes: the bullets under "themes ...:", or the list after it; or,
    without themes, the topic its interviews were about ("interviewed 29 volunteers about mealtime help")."""
    for sentence in sentences:
        if "about" in sentence.text:
            for m in _INTERVIEWED_ABOUT.finditer(text, sentence.start, sentence.end):
                end = _TOPIC_END.search(text, m.start("topic"), sentence.end)
                span = (m.start("topic"), end.start() if end else sentence.end)
                if len(text[span[0] : span[1]].split()) <= _MAX_THEME_WORDS:
                    collector.add(span, None, trusted=True)
    for position, sentence in enumerate(sentences):
        if "theme" not in sentence.text.lower() and "findings" not in sentence.text.lower():
            continue
        if _THEMES_INTRO.search(sentence.text):
            for bullet in sentences[position + 1 : position + 9]:
                line_start = text.rfind("\n", 0, bullet.start) + 1
                if line_start != bullet.start and text[line_start : bullet.start].strip(" \t*-•·▪"):
                    continue  # a bullet's second sentence
                marker = _BULLET_LINE.match(text, line_start)
                if marker is None:
                    break  # the list is over
                start, end = max(marker.end(), bullet.start), bullet.end - (1 if bullet.text.endswith(".") else 0)
                if len(text[start:end].split()) <= _MAX_THEME_WORDS:
                    collector.add((start, end), None, True)
            continue
        inline = _THEMES_INLINE.search(sentence.text)
        if inline:
            for span in _list_spans(text, sentence.start + inline.end(), sentence.end):
                collector.add(span, None, trusted=True)


def extract_outcomes(
    text: str, index: SentenceIndex, sentences: list[Sentence], design: str, arms: list[ArmFact]
) -> list[OutcomeFact]:
    collector = _Collector(text, design in NO_EFFECT_DESIGNS, _arm_words(arms))
    _collect_labelled(text, sentences, collector)
    _collect_declared(text, sentences, collector)
    # Observational studies report associations, not effects: their outcomes come without a direction, and
    # only association phrasing names them (result cues there mostly describe who the exposed people were).
    if design == "qualitative":
        _collect_themes(text, sentences, collector)
    if design in _TOLD_BY_SHARES:
        for sentence in sentences:
            for name, span in survey_outcomes(text, sentence.start, sentence.end):
                collector.add_named(name, span, None)
    if collector.observational:
        _collect_associations(text, sentences, collector)
    else:
        _collect_results(text, sentences, collector)
        _collect_group_counts(text, sentences, collector)
        _collect_shares(text, sentences, collector)
    return [
        OutcomeFact(name=f.name, direction=f.direction, evidence=index.evidence(*f.span))
        for f in sorted(collector.found, key=lambda f: f.span[0])
    ]
