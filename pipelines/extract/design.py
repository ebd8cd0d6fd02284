"""Study design from the words an article uses for it ("randomly assigned", "cohort", "pooled").

A cue table maps phrases to designs with a rank: the most specific design stated wins, so a review that
"analysed 47 randomised trials" stays a review and a "pilot" that randomized is a randomized trial.
"""

from __future__ import annotations

import re

from pipelines.extract.cases_and_controls import CASES_AND_CONTROLS
from pipelines.extract.chance_allocation import ALLOCATION_BY_CHANCE, CHANCE_STEMS
from pipelines.extract.stems import HintBits, Stems
from pipelines.model import Sentence

# (rank, design, pattern): lower rank wins when a block states several designs.
_CUES: list[tuple[int, str, re.Pattern[str]]] = [
    (
        0,
        "meta_analysis",
        re.compile(
            # (not the plural: "and then the meta-analyses came along" is research in general)
            r"(?i)\bmeta-?analy[sz](?!es\b)\w*|\bmetaanaly(?!ses\b)\w*|\bpooled\s+analysis\b"
            # "an analysis that pooled data from four trials" is a meta-analysis whatever the article calls it
            r"|\bpool(?:ed|ing)\s+(?:the\s+)?(?:individual\s+|patient\s+|participant\s+|raw\s+)*(?:data|results)\s+"
            r"(?:of|from)\s+(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}(?:studies|trials|RCTs|cohorts)\b"
            # "a 2024 analysis ... that pooled 22 trials involving 1,075 older adults"
            r"|\bpool(?:ed|ing)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+)?(?:studies|trials|RCTs)\b"
            # "Combining data from 19 trials, the analysis found ..."
            r"|\bcombin(?:ed|ing)\s+(?:the\s+)?(?:data|results)\s+(?:of|from)\s+(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+)?"
            r"(?:studies|trials|RCTs)\b"
            # "pulled together the results of 31 earlier trials into one analysis"
            r"|\b(?:pull(?:ed|ing)\s+together|combin(?:ed|ing)|merg(?:ed|ing)|pool(?:ed|ing))\s+(?:the\s+)?(?:results|data|findings)"
            r"\s+(?:of|from)\s+[^.;]{0,80}?\binto\s+(?:one|a\s+single)\s+(?:analysis|estimate|figure|result|number)\b"
        ),
    ),
    (
        1,
        "systematic_review",
        re.compile(
            r"(?i)\b(?:systematic|cochrane|evidence|literature|scoping|umbrella|rapid|narrative)\s+review\b"
            r"|\b(?:a|an|the|this|their|new|large|larger|earlier|previous|recent|later|separate|major|big|second)\s+review\b(?!\s+(?:board|committee|panel|process))|\breview\s+of\s+(?:\d[\d,]*|[a-z]+)\s+(?:studies|trials)"
            r"|\breviewed\s+(?:\d[\d,]*|[a-z-]+)\s+(?:studies|trials|papers)"
            # "Researchers analysed 18 randomised trials": research on many trials is a review of them
            r"|\b(?:analy[sz]ed|examined|assessed)\s+(?:the\s+(?:results|data|findings)\s+(?:of|from)\s+)?(?:(?!1\b)\d[\d,]*"
            r"|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)(?:-[a-z]+)?)"
            r"\s+(?:[\w-]+\s+){0,2}?(?:studies|trials|RCTs|papers)\b"
            r"|\b(?:reviewers|review\s+authors)\s+(?:found|identified|included)\s+(?:\d[\d,]*|[a-z-]+)\s+(?:[\w-]+\s+)?"
            r"(?:studies|trials|papers)\b"
            # "The team searched the medical literature and found 22 studies that met their criteria"
            r"|\bsearched\s+(?:the\s+)?(?:medical\s+|scientific\s+|published\s+|research\s+|world\s+)?(?:literature|databases"
            r"|research\s+databases)\b"
            # "The Cochrane team pulled together nine trials", "gathered 14 studies"
            r"|\b(?:(?:pulled|put|brought)\s+together|gathered|rounded\s+up)\s+(?:\d[\d,]*|[a-z-]+)\s+(?:[\w-]+\s+)?"
            r"(?:studies|trials|papers)\b"
        ),
    ),
    (
        2,
        "randomized_controlled_trial",
        re.compile(
            r"(?i)(?<!non-)(?<!non)(?<!non\s)\brandomi[sz]ed\s+(?:controlled\s+|clinical\s+|comparative\s+|pragmatic\s+"
            r"|noninferiority\s+)*trial"
            # "non-randomized" is the opposite of randomized
            r"|(?<!mendelian\s)(?<!non-)(?<!non\s)\brandomi[sz]ed\b"
            r"|" + ALLOCATION_BY_CHANCE + r"|(?<!mendelian\s)\brandomi[sz]ation\b|\bRCT\b|\bplacebo-controlled\b"
        ),
    ),
    (
        3,
        "case_control",
        re.compile(
            r"(?i)\bcase[- ]control\b"
            # a test-negative design compares people who tested positive (the cases) with those who tested negative
            r"|\btest[- ]negative\s+(?:design|study|analysis|approach)\b|\((?:the\s+)?(?:cases|controls)\)"
            # "compared lens wearers who came in with keratitis with lens wearers ... who had no infection"
            r"|\bcompared\s+[^.;]{0,80}?\bwho\s+(?:had|have|came\s+in\s+with|developed|were\s+diagnosed\s+with|got)\b"
            r"[^.;]{0,80}?\bwith\s+[^.;]{0,60}?\b(?:who\s+(?:had|did|have|do)\s*(?:not|n't|no)\b|without\b)"
            # controls sampled from the people the cases came from: "compared 310 drivers who had been injured in
            # crashes with 620 drivers stopped at roadside checkpoints on the same roads"
            r"|\bcompared\s+\d[\d,]*\s+[^.;]{0,60}?\bwho\s+had\s+(?:been\s+)?(?:injured|diagnosed|hurt|killed|admitted"
            r"|hospitali[sz]ed|infected|poisoned|crashed|fallen|broken|developed|died)\b[^.;]{0,80}?\bwith\s+\d[\d,]*\s+"
            r"(?:[\w-]+\s+){0,3}?(?:stopped|picked|chosen|selected|drawn|sampled|matched|of\s+the\s+same|from\s+the\s+same"
            r"|registered\s+with\s+the\s+same)\b"
            # chosen by what happened to them: "compared 204 people who lost a limb with 408 who did not", "found
            # 438 drivers who had crashed and compared them with 876 ... who had not crashed"
            # "compared 300 people with lung cancer with 600 people of the same age without it"
            r"|\bcompared\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:people|patients|adults|children|women|men)\s+with\s+[^.;]{3,60}?"
            r"\s+with\s+\d[\d,]*\s[^.;]{0,60}?\bwithout\b"
            # (places compared are an intervention's comparison, not controls: "compared them with 12 towns that did
            # not get it")
            r"|\bcompared\s+(?:them|these|those|(?:the\s+)?\d[\d,]*\s[^.;]{0,120}?)\s+with\s+(?:\d[\d,]*|[a-z]+)\s+"
            r"(?!(?:[\w-]+\s+){0,2}?(?:towns|cities|villages|schools|practices|hospitals|wards|clinics|sites|areas|districts"
            r"|communities|councils|pharmacies|workplaces|companies|units|homes|neighbourhoods|neighborhoods|regions)\b)"
            # (also "with 280 women who had the same kind of surgery and did not")
            r"[^.;:]{0,120}?\b(?:who|that|which)\s+(?:[^.;:]{0,60}?\s+and\s+)?(?:(?:did|had|were|have|do)\s*(?:not|n't|never)\b"
            r"|stayed\s+well|remained\s+well|did\s+not\s+fall\s+ill)"
            # "compared 250 people with sciatica with 250 people without"
            r"|\bcompared\s+\d[\d,]*\s+[^.;]{0,80}?\bwith\s+\d[\d,]*\s+(?:[\w-]+\s+){0,3}?without\b"
            # "compared 170 people with motor neurone disease with 170 healthy neighbours"
            r"|\bcompared\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+[^.;]{0,100}?\bwith\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
            r"(?:similar\s+|matched\s+)?(?:healthy|unaffected|disease-free|cancer-free|well|uninjured|injury-free)\s"
            # "People who developed the disease were compared with healthy neighbours of the same age"
            r"|\b(?:were|was)\s+compared\s+with\s+(?:\d[\d,]*\s+)?(?:similar\s+|matched\s+)?(?:healthy|unaffected|disease-free"
            r"|cancer-free|uninjured|injury-free)\s"
            # the two groups counted side by side: "1,648 people, 412 with Lyme disease and 1,236 without"
            r"|" + CASES_AND_CONTROLS,
        ),
    ),
    (
        4,
        "cross_sectional",
        re.compile(
            r"(?i)\bcross[- ]sectional\b"
            # a survey that examined people rather than asked them: "a national survey that examined the teeth of
            # 2,311 twelve-year-olds", "a survey that measured the blood pressure of"
            # ("A survey carried out in 2024 examined 3,216 people")
            r"|\bsurvey\s+(?:that|which|(?:carried\s+out|conducted|done|run)(?:\s+in\s+\d{4})?)\s+"
            r"(?:examined|measured|tested|screened|checked|weighed|swabbed)\b"
            # a test checked against a reference test in the same people at one time: "a diagnostic accuracy study"
            r"|\b(?:diagnostic|test|screening)[- ](?:test[- ])?accuracy\s+(?:study|studies|trial|analysis|evaluation)\b"
            # how many have a marker at one time: "a blood-testing study of 3,409 residents", "a prevalence survey"
            r"|\b(?:sero-?prevalence|sero-?survey|prevalence\s+(?:study|survey)"
            r"|(?:blood|antibody)[- ]testing\s+study)\b"
            r"|\b(?:all\s+)?at\s+(?:one|a\s+single|the\s+same)\s+(?:point|moment)\s+in\s+time\b|\ba\s+snapshot\b"
            # "measured the fitness of 1,500 commuters on a single day"
            r"|\b(?:measured|tested|assessed|examined|checked|screened)\b[^.;]{0,60}?\b(?:on|in|during|at)\s+(?:a\s+single|one)\s+"
            r"(?:day|occasion|visit|appointment|examination)\b"
            # a survey someone else ran, analysed for one question: "an analysis of national health-survey data on"
            r"|\banaly(?:sis|sed|zed|sing|zing)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:survey|census)\s+data\b"
            r"|\banaly(?:sis|sed|zed|sing|zing)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+-survey\s+data\b"
            # "everything was measured at the same moment", "questioned and examined 2,306 workers once"
            r"|\b(?:measured|assessed|recorded|collected)\s+at\s+(?:the\s+same|a\s+single|one)\s+(?:moment|time\s+point)\b"
            r"|\b(?:questioned|examined|surveyed|measured|tested|assessed)\s+(?:and\s+[a-z]+\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,3}?"
            r"once\b"
            # a prevalence read off one examination: "examined 2,450 twelve-year-olds and found that about 1 in 6 had"
            r"|\b(?:examined|screened|tested|checked)\s+\d[\d,]*\s[^.;]{0,60}?\band\s+found\s+that\s+(?:about\s+|around\s+"
            r"|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:\d+\s+in\s+\d+|\d+(?:\.\d+)?\s*(?:%|per\s*cent)"
            r"|one\s+in\s+\w+|a\s+(?:third|quarter|fifth|half))(?!\w)"
        ),
    ),
    (
        5,
        "cohort",
        re.compile(
            r"(?i)\bcohort\b|\blongitudinal\b|\bretrospective\b|\b(?:tracked|followed|monitored)\s+[^.;]{0,60}?\b(?:for|over)\s+"
            r"(?:an?\s+(?:average|median|mean)\s+of\s+|the\s+(?:next|following)\s+)?"
            r"(?:\d+(?:\.\d+)?|[a-z]+)\s+(?:years|decades)\b"
            # the span told first: "Over five years, the investigators monitored 1,100 women"
            r"|\b(?:over|for)\s+(?:the\s+(?:next|following)\s+)?(?:\d+|[a-z]+)\s+(?:years|decades),?\s+[^.;]{0,40}?"
            r"\b(?:tracked|followed|monitored)\s"
            # a biobank is a cohort kept for research; a register study reads people's records over time
            r"|\bbiobank\b|\bregist(?:ry|er)[- ](?:based\s+)?(?:analysis|study|data)\b"
            # "has followed 7,214 children since they were born"
            r"|\bkept\s+track\s+of\s+(?:\d[\d,]*|[a-z]+)\s+[^.;]{0,80}?\bfor\s+(?:\d|[a-z]+\s+(?:and\s+a\s+half\s+)?years)"
            r"|\b(?:tracked|followed)\s+[^.;]{0,60}?\bsince\s+(?:they\s+were\s+born|birth|childhood|(?:19|20)\d\d)\b"
            # "9,000 babies born in 2001 have been tracked ever since"
            r"|\b(?:have|has)\s+been\s+(?:tracked|followed|monitored)\s+(?:up\s+)?ever\s+since\b|\bprospective(?:ly)?\s+(?:observational\s+)?(?:study|followed)"
            r"|\bobservational\b|\bfollowed\s+(?:them|participants|\d[\d,]*\s+\w+)\s+for\s+"
            # "tracked sleep data from 31,204 people who wear fitness trackers"
            # ("followed the anonymised workout logs of 9,412 members ... for 12 months")
            r"|\b(?:tracked|followed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:data|records|logs)\s+(?:from|of|on)\s+\d"
            # "Using national registers, researchers followed every child born in Denmark between 2000 and 2010"
            r"|\b(?:using|from|linked)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?regist(?:ers|ries|ry)\b"
            r"|\b(?:followed|tracked)\s+(?:every|all\s+(?:the\s+)?)(?:[\w-]+\s+){0,2}?(?:child|children|baby|babies|person|people"
            r"|adults?|man|men|woman|women|patients?|residents?)\s+(?:born|living|diagnosed|treated|registered)\b"
            # "An analysis of hospital records for 45,000 people living near airports"
            r"|\b(?:analysis\s+of|analy[sz]ed|studied|looked\s+at|reviewed|using|used)\s+(?:the\s+)?"
            r"(?:hospital|medical|health|patient|insurance|prescription|gp|dental)\s+records\s+(?:of|for|from|on)\s+"
            r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?\d"
            # "analysed account data from 23,918 customers, following each one for 18 months"
            r"|\bfollowing\s+(?:each\s+one|each\s+of\s+them|everyone|them(?:\s+all)?|all\s+of\s+them)\s+for\s+"
            r"(?:\d+|[a-z]+)\s+(?:months|years)\b"
            # "followed 212 owners whose dogs had just been prescribed antibiotics": a group followed over time
            r"|\b(?:followed|tracked)\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+)?\d[\d,]*\s+"
            r"(?:[\w-]+\s+)?(?:people|adults|children|owners|patients|women|men"
            r"|participants|residents|workers|babies|infants|mothers|families|households|veterans|nurses|students"
            # any group named by what its members do or how old they are: "teenagers", "drivers", "Danes aged 60"
            r"|[a-z]+ers|[a-z]+s(?=\s+(?:with|aged|who|born)\b))\b"
            # records read back in time: "researchers looked back at 13,702 people", "looked at pharmacy claims for"
            r"|\blooked\s+back\s+(?:at|through|over)\b"
            # "recorded the health of 3,250 Muslims with diabetes ... for six weeks after Eid"
            r"|\b(?:recorded|monitored|logged)\s+the\s+(?:health|progress|outcomes)\s+of\s+\d[\d,]*\b"
            # "went back through the records of 2,495 children treated for burns"
            r"|\bwent\s+back\s+through\s+(?:the\s+)?(?:[\w-]+\s+)?records\s+of\b"
            # "We went through the records of 9,412 people who died with heart failure": whose records were read,
            # counted (not a search that turned up a few patients, a case series)
            r"|\b(?:went|combed)\s+through\s+(?:the\s+)?(?:[\w-]+\s+)?records\s+of\s+(?:more\s+than\s+|over\s+|nearly\s+)?"
            r"\d[\d,]*\s"
            r"|\b(?:looked\s+at|analy[sz]ed|went\s+(?:back\s+)?through|examined|used|using|drew\s+on|drawing\s+on)\s+"
            r"(?:\w+\s+){0,3}?(?:health\s+|medical\s+|GP\s+"
            r"|hospital\s+|pharmacy\s+|insurance\s+|prescription\s+|electronic\s+)(?:records|claims)\b"
        ),
    ),
    (
        6,
        "non_randomized_trial",
        re.compile(
            r"(?i)\b(?:non[-\s]?randomi[sz]ed|single[- ]arm|uncontrolled|open[- ]label)"
            # "The two sites were not chosen at random", "Pharmacies were not allocated at random"
            r"|(?:\bnot|n't|\bnever)\s+(?:chosen|assigned|allocated|selected|picked|split|divided|put|formed|made|created"
            r"|decided)\s+(?:\w+\s+){0,2}?"
            r"(?:at\s+random|by\s+(?:lottery|chance|lot|drawing\s+lots))\b|\b(?:(?:were|was)\s+not|wasn't|weren't)\s+randomi[sz]ed\b"
            # "This was not a randomised trial: people decided for themselves"
            r"|\b(?:was|is)\s+not\s+a\s+randomi[sz]ed\s+(?:controlled\s+)?(?:trial|study)\b"
            # "Nobody was allocated at random; patients simply picked"
            r"|\b(?:nobody|no\s+one|none\s+of\s+them)\s+(?:was|were)\s+(?:allocated|assigned|randomi[sz]ed|chosen|picked|put)"
            r"\b(?:\s+\w+){0,2}?\s*(?:at\s+random|by\s+(?:lottery|chance))?"
            r"|\bone-group\s+(?:pre|design|study|trial)\b|\bpilot\s+(?:study|trial)\b|\bfeasibility\s+(?:study|trial)\b"
            # a pilot told as research on people: "ran a small pilot with 38 patients", "In that pilot, 40 pupils ..."
            r"|\b(?:a|an|the|that|this|our|its|their|small|first|earlier|short)\s+pilot(?=\s*,|\s+(?:with|involving|of\s+the"
            r"|in\s+(?:which|\d)|run|at|that\s+(?:enrolled|tested|recruited|involved))\b)"
            # places or people that chose to take part, set against others that did not: "Six homes that volunteered
            # introduced drinks rounds and were compared with six similar homes nearby"
            r"|\b(?:volunteered|chose\s+to|opted\s+(?:in|to))\b[^.;]{0,80}?\b(?:were|was)\s+compared\s+with\b"
            # two counted groups that chose: "30 chose to join the walking group and 28 chose to carry on as usual"
            r"|\b\d[\d,]*\s+(?:[a-z]+\s+)?chose\s+to\b[^.;]{0,80}?\b(?:and|while|whereas)\s+\d[\d,]*\s+(?:[a-z]+\s+)?chose\b"
            # a group that took up an offer against the rest who carried on: "198 bought a stove and used it; the other
            # 214 kept cooking on a traditional fire"
            r"|\b\d[\d,]*\s+(?:[a-z]+\s+)?(?:bought|chose|opted\s+for|took\s+up|signed\s+up\s+for|accepted|joined)\b"
            r"[^.]{0,80}?[;,]\s+(?:and\s+|while\s+|whereas\s+)?the\s+(?:other|remaining)\s+\d[\d,]*\s+(?:[a-z]+\s+)?"
            r"(?:kept|carried\s+on|stayed|continued|did\s+not|didn't)\b"
            # patients choosing their own treatment: "120 patients chose whether to have surgery or physiotherapy"
            r"|\b(?:patients|people|participants|women|men|parents|families|members|users)\s+(?:themselves\s+)?"
            r"(?:chose|picked|decided)\s+(?:for\s+themselves\s+)?(?:whether\s+to\s+(?:have|use|take|join|switch|try|turn)"
            r"|between|which\s+(?:treatment|group|programme|program|option))\b"
            r"|\bpre-?\s*(?:and|/|-)\s*post\b"
            r"|\bbefore[- ](?:and[- ])?after\s+(?:study|design|trial|evaluation|comparison|analysis)\b"
            r"|\b(?:uncontrolled|controlled)\s+before[- ](?:and[- ])?after\b"
            # a historical comparison: "compared 150 patients treated with the new protocol last year with 150 treated
            # the year before", "compared falls in the six months before and after the change"
            r"|\bcompared\b[^.;]{0,120}?\bwith\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,3}?(?:treated|seen|admitted|operated\s+on"
            r"|cared\s+for|born|delivered)\s+(?:the\s+(?:year|month)s?\s+before|in\s+the\s+(?:previous|preceding)\s+\w+"
            r"|before\s+(?:the\s+)?(?:change|switch|programme|program|scheme|introduction))\b"
            r"|\bcompared\b[^.;]{0,80}?\bbefore\s+and\s+after\s+(?:the\s+)?(?:change|switch|introduction|programme|program"
            r"|scheme|new)\b"
        ),
    ),
    (
        7,
        "case_series",
        re.compile(
            r"(?i)\bcase[- ](?:series|report|study\s+of\s+(?:a|one|two|three))\b"
            # a clinic's look at its own treated patients: "We audit every course of treatment we provide"
            r"|\b(?:we\s+audit(?:ed)?|(?:an?|our|this|the)\s+(?:clinical\s+)?audit)\b"
            # every patient a clinic treated, read back from their notes: "went back through the charts of every ..."
            r"|\b(?:charts|notes|case\s+notes|files)\s+of\s+(?:every|all|each)\b"
            r"|\ba\s+series\s+of\s+(?:\d[\d,]*|[a-z]+)\s+(?:consecutive\s+)?(?:patients|people|children|adults|cases)\b"
            r"|\b(?:all\s+)?(?:\d[\d,]*|[a-z]+)\s+consecutive\s+(?:patients|cases)\s+(?:who\s+(?:had|underwent|received)"
            r"|treated|seen|operated)\b"
            # "A sports physician wrote up fourteen rowers she had looked after", "a write-up of cases like this"
            # "A hospital department in Glasgow described 17 patients seen over six years"
            r"|\b(?:wrote\s+up|describe[sd]|reported\s+on)\s+(?:all\s+|every\s+one\s+of\s+)?(?:the\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+)?"
            r"(?:patients|people|cases|children|adults|women|men|[a-z]+ers|[a-z]+ists)\b(?!\s+(?:who|with)\s+(?:took|were)\s+part)"
            r"|\bwrite-up\s+of\s+(?:\w+\s+)?cases\b"
            # the patients a search of the records turned up: "searched the records of three centres and identified 11
            # patients treated for splenic injury"
            r"|\b(?:searched|reviewed|went\s+through|combed\s+through|looked\s+(?:back\s+)?through)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:records|notes|charts|files)\b(?:[^.;]|(?<=[A-Z])\.){0,80}?\b(?:identified|found)\s+(?:\d[\d,]*|[a-z]+)\s+"
            r"(?:[\w-]+\s+)?(?:patients|people|cases|children|adults|women|men)\s+(?:treated|seen|who\s+had|with)\b"
        ),
    ),
    (
        8,
        "qualitative",
        re.compile(
            r"(?i)\bqualitative\b|\bfocus\s+groups?\b|\bthematic\s+analysis\b"
            r"|\binterview\s+study\b|\b(?:in-depth|semi-structured)\s+interviews\b"
            # "held in-depth conversations with 26 young carers"
            r"|\b(?:in-depth|long|lengthy|detailed|one-to-one|one-on-one|open-ended)\s+(?:conversations|discussions)\s+with\b"
            # "Interviews with 48 nurses revealed ..."
            r"|\binterviews\s+(?:with|of)\s+(?:[1-9]\d?|(?:eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)[a-z-]*)\s+"
            r"(?!(?:percent|per\s+cent|%|thousand|hundred)\b)"
            r"|\btook\s+part\s+in\s+(?:[\w-]+\s+)?(?:interviews|focus\s+groups)\b"
            # a few dozen people interviewed is a qualitative study; a poll interviews thousands
            r"|\b(?:interviewed|sat\s+down\s+with|talked\s+(?:at\s+length\s+)?(?:to|with)|spoke\s+(?:at\s+length\s+)?(?:to|with))"
            r"\s+(?:[1-9]\d?|(?:eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)[a-z-]*)\s+"
            r"(?!(?:percent|per\s+cent|%|thousand|hundred)\b)"
            # "Forty women were interviewed at length about their experience of the treatment"
            r"|\b(?:were|was)\s+interviewed\s+(?:at\s+length\s+|in\s+depth\s+|in\s+detail\s+)?about\s+(?:(?:their|his|her)\s+"
            r"(?:own\s+)?(?:experiences?|views|feelings|lives|day-to-day|everyday|memories)\b"
            # "Twenty-one fathers were interviewed about how they deal with toddler meltdowns"
            r"|(?:how|what|why|whether)\s+(?:they|he|she)\b)"
        ),
    ),
    (
        9,
        "survey",
        re.compile(
            # ("we have asked every guest to fill in a short questionnaire")
            r"(?i)\b(?:fill(?:ed)?\s+(?:in|out)|complete|completed|answer|answered)\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,2}"
            r"questionnaire\b"
            # "we asked 2,000 customers about their sleep habits"
            r"|\b(?:asked|polled|questioned)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d[\d,]*\s+[^.;]{0,50}?"
            r"\b(?:about|whether|what|how|if)\b"
            r"|\bsurvey(?:ed)?\b|\bpoll\b|\bquestionnaire\s+(?:study|(?:was\s+)?(?:filled\s+(?:in|out)|completed"
            r"|answered|returned)\s+by)\b"
            # "we sent a questionnaire to every speech therapist"
            r"|\bsent\s+(?:out\s+)?(?:a|an|our|the)\s+(?:[\w-]+\s+){0,2}?questionnaire\s+to\b"
        ),
    ),
    # A treatment tried with nothing to compare it with: "There was no comparison group". Weaker than a case series,
    # a survey or any observational design, which have no comparison group either.
    (
        10,
        "non_randomized_trial",
        re.compile(r"(?i)\b(?:there\s+was|had|with)\s+no\s+(?:comparison|control)\s+(?:group|arm)\b"),
    ),
    (
        11,
        "randomized_controlled_trial",
        re.compile(
            r"(?i)\b(?:controlled|clinical|comparative(?:\s+effectiveness)?|dosing|efficacy)\s+trial\b"
            # late-phase drug and vaccine trials compare against a control arm ("a phase 3 trial", "phase III study")
            r"|\bphase\s*(?:3|III|2b|IIb|4|IV)\s+(?:[\w-]+\s+){0,2}(?:trial|study)\b"
            r"|\b(?:double|single|triple)[- ]?blind(?:ed)?,?\s+(?:[\w-]+\s+){0,2}trial\b"
        ),
    ),
    # A study with a control or placebo arm that a lay article does not call randomized is still, in practice, a trial.
    (
        12,
        "randomized_controlled_trial",
        re.compile(
            r"(?i)\b(?:divided|split|assigned|allocated)\s+(?:in)?to\s+(?:two|three|four|\d)\s+(?:\w+\s+)?groups"
            r"|\bcontrol\s+group\b|\bsham\b|\bplacebo\b"
            r"|\bdumm(?:y|ies)\s+(?:pills?|tablets?|capsules?|injections?|drugs?|treatments?|devices?|inhalers?|sprays?)\b"
        ),
    ),
    # A counted group examined, with nothing said of time or comparison: "nurses examined 1,106 adults at home",
    # "checked the feet of 512 adults with diabetes". The weakest cue: any design word elsewhere says more.
    (
        13,
        "cross_sectional",
        re.compile(
            # ("measured back pain among 356 cocoa workers")
            # ("three prisons tested 2,418 people on arrival": places testing everyone they took in)
            r"(?i)\b(?:(?:examined|checked)\s+(?:the\s+[\w-]+\s+of\s+)?|measured\s+(?:[\w-]+\s+){1,3}?among\s+"
            r"|(?<=s\s)tested\s+|screened\s+)"
            r"(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?"
            r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:people|adults|children|women|men|residents|workers|pupils|students|patients"
            r"|babies|infants|teenagers|adolescents|villagers|households|employees|farmers|fishermen|mothers|fathers"
            r"|parents)\b"
        ),
    ),
]
# A review becomes a meta-analysis when the article says its results were pooled.
_POOLED = re.compile(
    r"(?i)\bpool(?:ed|ing)\s+(?:the\s+)?(?:results|data|estimates|effects|findings|the\s+different)"
    r"|\b(?:pool(?:ed|s|ing)?|combin(?:ed|es|ing))\s+(?:(?:the\s+)?(?:results|data)\s+(?:of|from)\s+)?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}(?:studies|trials|RCTs|cohorts|experiments)\b"
    r"|\bresults\s+were\s+pooled\b|\bcombined\s+(?:the\s+)?(?:results|data)\b"
)
# Design words in talk about research not done, or denied ("not every paper is a randomized trial").
_NEGATED_BEFORE = re.compile(
    r"(?i)(?:\b(?:not|no|nobody|never|without|future|would|could|should|need|needs|needed|call(?:ed|s)?\s+for|unlike"
    # ("than a trial could show" denies; "slept worse than day-only staff in a survey of 2,140 nurses" sets two groups
    # of one study side by side)
    r"|than(?!\s+[^,;:.\d]{1,40}?\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$)"
    r"|plan(?:s|ned|ning)?|hope(?:s|d)?\s+to"
    r"|rather\s+than|instead\s+of|if|whether|any|design"
    # "not every paper is a randomised trial"; "who used social media every day and randomly split" denies nothing
    # ("we have asked every guest to fill in a questionnaire" counts people, it denies nothing)
    r"|every(?!\s+(?:day|night|week|month|year|morning|evening|time|hour|session|visit|other|guest|member|patient"
    r"|participant|resident|customer|visitor|client|student|child|person|one|worker|player|employee)\b))|n't)\b"
    r"[^,;:.]{0,40}$"
)
_NEGATION_WINDOW = 60
_PLAN_AFTER = re.compile(
    r"(?i)\s*(?:is|are|would\s+be)\s+(?:needed|required|warranted)"
    # research wished for: "A randomised trial would be stronger", "a bigger study could settle it"
    r"|\s*(?:would|could|might|should)\s+(?:(?:be|have\s+been)\s+(?:stronger|better|more|useful)|settle|answer|tell"
    r"|show|prove)\b"
    # trials still running report nothing yet: "two randomized trials now under way", "a trial is ongoing"
    r"|[\w\s-]{0,30}?\b(?:(?:is|are)\s+)?(?:now\s+|still\s+|currently\s+)?(?:under\s*way|ongoing|in\s+progress)\b"
)

# Each cue contains one of its stems: a cheap substring test decides which cue patterns run on a sentence.
_CUE_STEMS: list[tuple[str, ...]] = [
    (
        "meta",
        "pooled",
        "pooling",
        "combining data",
        "combined data",
        "combining the",
        "combined the",
        "into one",
        "into a single",
    ),
    ("review", "together", "gathered", "rounded up", "searched", "analysed", "analyzed", "examined", "assessed"),
    ("rct", "placebo", *CHANCE_STEMS),
    ("case", "compared", "negative", "controls", "without"),
    (
        "cross",
        "accuracy",
        "survey that",
        "survey which",
        "survey carried out",
        "survey conducted",
        "survey done",
        "survey run",
        "point in time",
        "moment in time",
        "snapshot",
        "same moment",
        "single moment",
        "once",
        "found that",
        "prevalence",
        "serosurvey",
        "testing study",
        "single day",
        "one day",
        "single visit",
        "one visit",
        "single appointment",
        "single examination",
        "single occasion",
        "one occasion",
        "survey data",
        "census data",
    ),
    (
        "cohort",
        "longitud",
        "retrospect",
        "tracked",
        "monitored",
        "biobank",
        "registry",
        "register",
        "followed",
        "following",
        "prospect",
        "observ",
        "looked back",
        "records",
        "claims",
        "kept track",
        "the health of",
        "the progress of",
        "the outcomes of",
    ),
    (
        "random",
        "arm",
        "uncontrol",
        "label",
        "compared with",
        "compared ",
        "one-group",
        "pilot",
        "feasib",
        "post",
        "after",
        "lotter",
        "chance",
        " lot",
        "chose",
        "picked",
        "decided",
        "bought",
        "opted",
        "took up",
        "signed up",
        "accepted",
        "joined",
    ),
    (
        "case",
        "series",
        "consecutive",
        "wrote up",
        "write-up",
        "described",
        "describes",
        "reported on",
        "audit",
        " of every",
        " of all",
        "records",
        "notes",
        "charts",
        "files",
    ),
    ("qualitat", "focus", "themat", "interview", "sat down", "talked", "spoke", "conversations", "discussions"),
    ("survey", "questionnaire", "poll", "asked ", "questioned "),
    ("no comparison", "no control"),
    ("trial", "phase"),
    ("divided", "split", "assigned", "allocated", "control", "sham", "placebo", "dumm"),
    ("examined", "checked", "measured", "tested", "screened"),
]
_POOLED_STEMS = ("pool", "combin")


_POOLED_STEM = Stems(_POOLED_STEMS)
# One pass over a sentence tells which cues' stems it holds (cue number n is bit n).
_CUE_BITS: dict[str, int] = {}
for _number, _stems in enumerate(_CUE_STEMS):
    for _stem in _stems:
        _CUE_BITS[_stem] = _CUE_BITS.get(_stem, 0) | 1 << _number
_CUE_STEM_SCAN = HintBits(_CUE_BITS)


# Cues from this rank on ("open-label", "pilot", "survey", a bare "trial") say less about the design than a cited
# paper's title that names one ("... : a randomised controlled trial").
WEAK_RANK = 6


def classify_design(sentences: list[Sentence]) -> tuple[str, int, int] | None:
    """(design, start, end) for the best design cue in these sentences (offsets into the article text)."""
    ranked = ranked_design(sentences)
    return None if ranked is None else ranked[1:]


def ranked_design(sentences: list[Sentence]) -> tuple[int, str, int, int] | None:
    """(rank, design, start, end): classify_design with the rank of the cue that decided it (lower is surer)."""
    best: tuple[int, str, int, int] | None = None
    pooled: tuple[int, int] | None = None
    for sentence in sentences:
        text = sentence.text
        lowered = text.lower()
        if pooled is None and _POOLED_STEM.found_in_lowercase(lowered):
            m = _POOLED.search(sentence.text)
            if m:
                pooled = (sentence.start + m.start(), sentence.start + m.end())
        present = _CUE_STEM_SCAN.found_in_lowercase(lowered)
        if not present:
            continue
        for number, (rank, design, pattern) in enumerate(_CUES):
            if best is not None and rank >= best[0]:
                break
            if not present >> number & 1:
                continue
            m = _first_asserted(pattern, sentence.text)
            if m is not None:
                best = (rank, design, sentence.start + m.start(), sentence.start + m.end())
                break
    if best is None:
        return None
    if best[1] == "systematic_review" and pooled is not None:
        return best[0], "meta_analysis", pooled[0], pooled[1]
    return best


def _first_asserted(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match not denied or put in the future ("not a randomized trial", "a trial is needed")."""
    for m in pattern.finditer(text):
        window = max(0, m.start() - _NEGATION_WINDOW)
        if _NEGATED_BEFORE.search(text, window, m.start()) or _PLAN_AFTER.match(text, m.end()):
            continue
        return m
    return None
