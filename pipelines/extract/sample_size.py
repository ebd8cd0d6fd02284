"""The total a study enrolled (people) or, for a review, the number of studies it included.

Candidates are exact counts followed by a participant or study noun; the context around each one decides:
enrolment words ("enrolled", "a total of", "involving") raise it, subsets ("screened", "completed", "died",
"of the 229", "n = 20 per group") rule it out. Approximate counts are never a sample size.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.extract.corrected_spans import states_a_wrong_figure
from pipelines.extract.numbers import NumberMention, parse_number
from pipelines.extract.people_nouns import AGED_PEOPLE, plural_alternation
from pipelines.extract.sentence_numbers import numbers_by_sentence
from pipelines.model import Sentence

_PARTICIPANT_NOUNS = (
    plural_alternation()
    # ("312 mother-baby pairs": people counted in twos, where "free pairs of glasses" is no population)
    + r"|youth|pairs(?!\s+of\b)|service\s+members|members\s+of\s+the\s+public|pregnancies|cases|americans|"
    + AGED_PEOPLE
    # "500 schoolchildren", "40 fishermen"
    + r"|[a-z]+children|[a-z]+(?<!regi)(?<!speci)(?<!abdo)men"
)
_STUDY_NOUNS = r"studies|trials|RCTs|meta-analyses|reviews|papers|articles|reports|publications|experiments"
_NOUN_AFTER = re.compile(
    # (a relative word ends the count's own noun phrase: "eight similar health centres where patients ...")
    r"(?P<mods>(?:[\s-]+(?!(?:of|the|were|was|are|is|had|who|where|which|that|whose|when|while|in|to|and|or|with|per|percent|million|billion"
    r"|thousand|hundred|years?|months?|weeks?|days?|hours?|minutes?|times?)\b)[A-Za-z][\w.'’–-]*,?){0,4}?"
    # two modifiers sharing the noun: "2,617 forestry and estate workers"
    r"(?:(?<=[A-Za-z])\s+and\s+(?!(?:the|a|an|other|their|its|were|was|had|who)\b)[A-Za-z][\w'’-]*)?)"
    r"[\s-]+(?:(?P<people>" + _PARTICIPANT_NOUNS + r")|(?P<studies>" + _STUDY_NOUNS + r"))\b",
    re.IGNORECASE,
)
# Any other plural noun counts only with enrolment words around it ("a trial of 320 travellers").
# ("a 2024 analysis": a word in -sis is no plural)
# ("2,000 Drift & Dune customers": a company's name may hold an ampersand)
# (a pronoun or a verb in -s is no plural: "26 of its branch offices")
_ANY_PLURAL = re.compile(
    r"[\s-]+(?:(?:[a-z][\w.-]*|&)\s+){0,3}?"
    r"(?!(?:its|his|this|thus|was|has|does|is|us|as|ours|yours|theirs|hers|whereas|perhaps|always|besides)\b)"
    r"(?P<noun>[a-z][\w-]*[^s\W]s)(?<!sis)\b",
    re.IGNORECASE,
)
_NOT_PARTICIPANTS = re.compile(
    r"(?i)(?:therapists|practitioners|clinicians|instructors|teachers|staff|members|subscribers|readers|followers"
    r"|attendees|chapters|clinics|hospitals|sites|centers|centres|records|articles|papers|citations|years|months"
    r"|weeks|days|hours|minutes|sessions|visits|times|points|percent|dollars|euros|pounds|grams|steps|calories"
    r"|cases|deaths|events|items|questions|comments|posts|issues|copies|hits|views|downloads|pages|words|miles"
    r"|meters|metres|blocks|doses|tablets|pills|injections|treatments|massages|classes|groups|arms|countries"
    r"|states|cities|schools|companies|volunteers|graduates|researchers|scientists|authors|experts|programs"
    r"|programmes|interventions|conditions|approaches|options|types|kinds|categories|schedules|regimens|therapies"
    r"|exercises|techniques|measures|outcomes|scales|questionnaires|databases|sources|reasons|factors|levels"
    # what was given or eaten: "ate two diets for two weeks each"
    r"|diets|meals|drinks|foods|supplements|drugs|medicines|vaccines|doses|creams|sprays|lamps|gloves|liners"
    r"|phases|stages|rounds|waves|cohorts|locations|regions|areas|languages|apps|devices|products|brands|workplaces"
    r"|offices|practices|wards|units|surgeries|pharmacies|firms|employers|villages|neighbourhoods|neighborhoods"
    # (places a cluster trial counts: "a trial across 24 warehouses")
    r"|warehouses|factories|stations|supermarkets|mines|kitchens|restaurants|libraries|mosques|temples|markets"
    r"|homes|hospices|facilities|shelters|prisons|universities|colleges|communities|districts|counties"
    # clusters a trial may randomise instead of people
    r"|salons|shops|stores|farms|herds|clubs|teams|nurseries|kindergartens|classrooms|estates|gyms|churches|crews"
    # places offered, not people: "with 20 places a year funded by our network"
    r"|places|seats|slots|spots|beds|vacancies"
    # what a programme was made of or what people used up: "24 lessons in all", "two cups a day"
    r"|lessons|workshops|meetings|courses|modules|calls|texts|messages|letters|videos|episodes|nights|drives|trips"
    r"|meals|cups|drinks|servings|portions|bottles|packs|cigarettes|kilometres|kilometers|laps|sets|repetitions|reps"
    # animals kept or met, not studied: "a family with a flock of 15 hens"
    r"|hens|chickens|birds|dogs|cats|cows|cattle|pigs|goats|horses|animals|mice|rats|mosquitoes|ticks|bees|flies"
    r"|squads|branches|blocks|marts|depots|agencies|clusters|towns|zones|precincts|wards|ships|vessels|fleets|flights)$"
)
# "800 agreed to take part": the verb says these are people even without a noun.
_BARE_ENROLLED = re.compile(
    r"\s+(?:took\s+part|participated|agreed\s+to\s+(?:take\s+part|participate|join)"
    # those who answered a survey: "we surveyed 640 coaches and 401 replied"
    r"|replied|responded|answered|returned\s+(?:it|them|the\s+(?:survey|questionnaire|form))"
    r"|were\s+(?:eligible\s+and\s+|then\s+|finally\s+)?(?:enrolled|randomi[sz]ed|recruited"
    r"|randomly\s+(?:assigned|allocated)|assigned|allocated))\b",
    re.IGNORECASE,
)
_SURVEYED_GROUP = re.compile(r"(?i)(?:members|readers|subscribers|followers|staff|volunteers)$")
_SURVEYED_BEFORE = re.compile(
    r"(?i)\b(?:(?:survey|poll|questionnaire)\s+of|surveyed|polled|asked|questioned|interviewed|tracked|followed|recruited"
    # "We ran focus groups with twenty-six teachers"
    r"|enrolled|(?:focus\s+groups?|interviews?|workshops?)\s+with|(?:spoke|talked)\s+(?:to|with)|sat\s+down\s+with"
    # the members whose records were studied: "followed the anonymised workout logs of 9,412 members"
    r"|(?:records|logs|accounts)\s+(?:of|from|for|on)"
    r"|(?:lent|loaned|gave|offered|provided|handed\s+out)\s+(?:[\w-]+\s+){1,3}?to)"
    r"\s+(?:\w+\s+)?\S+$"
)
_STAFF_GROUP = re.compile(r"(?i)(?:teachers|instructors|therapists|practitioners|clinicians|staff)$")
_STUDY_OF_BEFORE = re.compile(
    r"(?i)\b(?:trial|study|survey|pilot|analysis)\s+(?:of|in|among)\s+$"
    # the staff a trial allocated: "randomly assigned 1,200 staff"
    r"|\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\s+$"
)
_STAFF_AFTER = re.compile(r"(?i)(?:[\s-]+(?!(?:of|the|were|was|who|in)\b)[a-z][\w-]*){0,3}?\s+staff\b")
_ELIDED_STUDIES = re.compile(r"(?i)\s+(?:that|which)\s+(?:met|matched|fitted|fit|qualified|passed)\b")
_ELIDED_WITH_PEOPLE = re.compile(
    r"(?i),?\s+(?:involving|including|with|covering|enrolling)\s+(?:a\s+total\s+of\s+|about\s+|some\s+|over\s+|nearly\s+)?"
    r"\d[\d,]*\s+(?:people|participants|patients|adults|children|women|men|volunteers)\b"
)
_HYPHEN_PERSON = re.compile(r"-(?:patient|person|participant|subject)\b", re.IGNORECASE)

# Context that makes a count the enrolled total.
_ENROL_BEFORE = re.compile(
    r"(?i)\b(?:enrol(?:l)?(?:ed|ing|s)?|recruit(?:ed|ing|s)?|includ(?:ed|ing|es)|involv(?:ed|ing|es)|total\s+of"
    r"|sample\s+(?:of|size\s+of|was|included|comprised)|sample(?=\s*:)|(?:study|trial|survey|poll|analysis)\s+(?:of|in)|with|among"
    r"|studied|surveyed|interviewed|followed|asked|polled|questioned|covered|spanned|reached"
    # the people a treatment was handed to: "the cooperative lent carts to 46 members"
    r"|(?:lent|loaned|gave|offered|provided|handed\s+out)\s+(?:[\w-]+\s+){1,3}?to"
    r"|analy[sz]ed|identified|pooled|combined|randomi[sz]ed|randomly\s+(?:assigned|allocated)|(?:comprised|drew)"
    r"|data\s+(?:on|from)|collected\s+(?:data\s+)?(?:from|on)|tracked|monitored|(?:which|that|study|trial)\s+had"
    r"|samples?\s+from|wrote\s+up|described|reported\s+on"
    # people watched rather than asked: "Trained observers recorded how 1,264 children were travelling"
    r"|observed|watched|recorded\s+(?:how|whether|what)"
    # "followed the anonymised workout logs of 9,412 members", "ran the program on the chest X-rays of 5,112 adults"
    r"|(?:records|logs|accounts|x-rays|scans|images|photos|photographs|samples|recordings)\s+(?:of|from|for|on)"
    # "measured the fitness of 1,500 commuters"
    r"|(?:measured|tested|assessed|examined|checked|screened)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}of"
    # the people living in a trial's clusters: "The clusters were home to 618,437 residents"
    r"|(?:were|was)\s+home\s+to"
    # "A questionnaire filled in by 1,147 offshore racing sailors"
    r"|(?:filled\s+(?:in|out)|answered|returned)\s+by|(?:survey|questionnaire|poll)\s+(?:was\s+)?completed\s+by)"
    r"\b[^.;]{0,25}$"
)
_ENROL_AFTER = re.compile(
    r"(?i)^[^.;]{0,120}?\b(?:took\s+part|participated|agreed\s+to\s+be\s+(?:randomi[sz]ed|randomly|assigned|allocated)"
    # (not those "included in the results": the analysed part of a group counted before)
    r"|were\s+(?:enrolled|recruited|included(?!\s+in\s+the\s+(?:final\s+)?(?:results|analys[ie]s))|randomi[sz]ed|studied"
    r"|surveyed|interviewed|followed|analy[sz]ed|eligible)|were\s+(?:each\s+|all\s+|then\s+)?randomly"
    r"|(?:met|meeting)\s+(?:the|their|our)"
    # a group divided is the whole group: "1,200 commuters were split by lottery into two groups"
    r"|were\s+(?:then\s+)?(?:split|divided)\s+(?:by|at|into|in)"
    r"|made\s+it\s+into|entered|enrolled|volunteered|signed\s+up"
    # "Sixty-four adults with chronic pain started the programme"
    r"|(?:started|began|joined)\s+(?:the|a|an|our|their|this)\s+(?:[\w-]+\s+){0,2}?(?:programme|program|course|study|trial"
    r"|treatment|classes|sessions|therapy|scheme|project)"
    # (the body that asked and the survey's name between: "filled in the union's meal-break survey")
    r"|completed\s+(?:it|(?:the|our|their|this|an?)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:survey|questionnaire))"
    r"|replied|responded|answered|filled\s+(?:in|out)\s+(?:the|a|an|our|their)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:questionnaire|survey|form)"
    r"|response\s+rate)\b"
)
# "Of 3,412 people who answered ads, 2,318 were enrolled": the count after "of" is the pool the sample came from.
_POOL_BEFORE = re.compile(r"(?i)(?:^|[;:,.]\s+|\b(?:and|but)\s+)of\s+(?:the\s+|those\s+|these\s+|all\s+)?$")
_LATER_COUNT = re.compile(
    r"(?i)\b\d[\d,]*\b|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b"
)
# Words that say a count is the whole sample ("In all, the study included 7,700 people"): they beat a subgroup
# count that also has enrolment words ("identified 1,540 cases").
_TOTAL_BEFORE = re.compile(r"(?i)\b(?:in\s+(?:total|all)|altogether|a\s+total\s+of)\b[^.;]{0,40}$")
# "... with 408 who did not: 612 patients in total", "1,314 drivers in all": the sum after the group counts.
_TOTAL_AFTER = re.compile(r"(?i)\s*(?:in\s+(?:total|all)|altogether|overall|between\s+them)\b")
_RANDOMISED_BEFORE = re.compile(r"(?i)\brandomi[sz]ed\s+(?:a\s+total\s+of\s+)?$")
# A label, not a count: "Year 2 children", "phase 3 patients", "week 12 participants".
_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:year|grade|phase|stage|type|level|class|step|part|group|arm|wave|day|week|month|visit|ward|room"
    r"|no\.|number|table|figure|section|chapter|version)\s*$"
    # the second of two labels: "pupils in Years 3 and 4", "grades 5, 6 or 7"
    r"|\b(?:years|grades|classes|phases|stages|types|levels|steps|parts|groups|arms|waves|days|weeks|months|visits"
    r"|wards|rooms)\s+\d+(?:\s*,\s*\d+)*\s*(?:,?\s*(?:and|or|&|to)|[-–])\s*$"
)
# The pool a sample was drawn from: "403 people who filled in the screening questionnaire".
_DATA_OF_BEFORE = re.compile(
    r"(?i)\b(?:records|logs|x-rays|scans|images|photos|photographs|samples|recordings)\s+(?:of|from|for|on)\s+$"
)
_POOL_AFTER = re.compile(
    # ("applied to take part", not "applied a serum to one side of the face")
    r"(?i)^[^.;,]{0,50}?\b(?:screen(?:ed|ing)|assessed\s+for\s+eligibility|expressed\s+interest"
    r"|applied\s+(?:to\s+(?:take\s+part|join|participate|be\b|enter|the\s+(?:study|trial|programme|program|scheme))|for\b)"
    r"|were\s+(?:invited|approached|contacted))\b"
)
# Counts that are a subset of the sample or not the sample at all.
_SUBSET_BEFORE = re.compile(
    r"(?i)(?:\b(?:one\s+of|screened|assessed|approached|contacted|invited|excluded|remaining|of\s+the|of\s+those"
    r"|of\s+these"
    r"|each\s+of|those|the|these|final|last|first|per|analys[ie]s\s+\w+\s+on|cared\s+for|served|supports?"
    r"|treats?|sees?|see|represents?|represented|join|lost|dropped|withdrew"
    # the group set against the one just described: "improved ... compared with 48 men who kept to their routine"
    r"|compared\s+(?:with|to))\s*$|\bn\s*=\s*$|\(\s*$"
    r"|\b(?:one|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?$"  # a ratio: "one in three adults", "one in every 1,000"
    r"|\b(?:sent|emailed|e-mailed|mailed|posted|distributed|offered)\s+(?:[\w-]+\s+){0,3}to\s*$)"
)
_SUBSET_AFTER = re.compile(
    r"(?i)^\s*(?:\)|of\s+(?:them|those|these|the)\b|per\s+(?:group|arm)|in\s+(?:each|the)\s+(?:\w+\s+){0,3}?"
    r"(?:group|arm)s?\b|were\s+(?:placed|assigned\s+to\s+(?:each|the))|(?:had|have)\s+died|who\s+died|died"
    # one arm of a cluster trial: "7,390 contacts were in the rifampicin units and 7,472 in the comparison units"
    r"|(?:were|was)\s+in\s+the\s+(?:[\w-]+\s+){0,3}?(?:groups?|arms?|units|clusters|clinics|schools|villages|practices"
    r"|wards|communities|districts)\b"
    r"|completed(?!\s+(?:it|(?:the|our|their|this|an?)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:survey|questionnaire|interview|poll)))|finished|dropped|withdrew|were\s+lost"
    r"|left\s+(?:the\s+(?:study|trial|programme|program)|early)|in\s+the\s+sample|of\s+the\s+sample"
    r"|(?:had|were)\s+(?:excluded|ineligible)|(?:received|attended)\s+at\s+least"
    r"|(?:were|are)\s+(?:women|men|female|male|white|black)|had\s+usable)"
)
_OF_A_NAMED_BODY = re.compile(r"\s*of\s+the\s+[A-Z]")
_TAKEN_ON = re.compile(r"(?i)\b(?:enrol|recruit|randomi|eligib|invited|took\s+part|assigned|allocated|included)")
_RESEARCH_SUBJECT = re.compile(r"(?i)\b(?:team|researchers|investigators|scientists|nurses|we)\b[^.;]{0,60}$")
_DIED_AFTER = re.compile(r"(?i)^\s*(?:who\s+)?(?:had\s+)?died\b")
_RESEARCHED_BEFORE = re.compile(
    r"(?i)\b(?:interviewed|surveyed|questioned|talked\s+to|spoke\s+(?:to|with)"
    # "a separate interview study with 22 of the parents", "focus groups with 12 of the nurses"
    r"|(?:interview|focus[- ]group|qualitative)\s+(?:study|project)\s+with|(?:interviews|focus\s+groups)\s+with)\s+$"
)
# "Half of the 500", "a third of the 90": a share of the group, which is the count
# ("About 18% of the 2,000 adults surveyed said ...": a share of the whole group, which is the count)
_FRACTION_OF = re.compile(
    r"(?i)(?:\b(?:half|a\s+third|a\s+quarter|a\s+fifth|one-third|two-thirds|most|nearly\s+all|almost\s+all)"
    r"|\d+(?:\.\d+)?\s*(?:%|per\s*cent\b)"
    # "Nearly 4 in 10 of the 3,000 adults surveyed", "one in five of the 800 nurses"
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|ten|five|four|three))\s+of\s+the\s*$"
)
_THOSE_WHO_ANSWERED = re.compile(
    r"(?i)\s+of\s+(?:you|our\s+(?:\d[\d,]*\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:answered|replied|responded|took\s+part"
    r"|filled\s+(?:it\s+)?in|completed\s+(?:it|the\s+survey|the\s+questionnaire))\b"
)
_OF_THE_READERS = re.compile(r"(?i)\s+of\s+(?:you|us|them|the|those|these)\b")
_COUNT_BEFORE_VERB = re.compile(r"(?:\b(?:and|but|while|whereas)|,)\s+\d[\d,]*\s+(?:[a-z]+\s+)?[a-z]+$")
_ANSWERED = re.compile(r"(?i)\s+(?:replied|responded|answered|returned)\b")
_ANSWERED_AFTER = re.compile(
    # ("1,380 members answered our online poll")
    # ("412 members filled in the union's meal-break survey": the body that asked, then the survey's name)
    r"(?i)^\s*(?:who\s+)?(?:completed|answered|returned|filled\s+(?:it\s+)?(?:in|out))\s+(?:it|them|(?:the|our|this)\s+"
    r"(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:survey|questionnaire|poll|form))\b|^\s*who\s+(?:responded|replied)\b"
)
_RESULT_COUNT = re.compile(
    r"(?i)^[^.;]{0,80}?,\s*\d[\d,]*\s+(?:of\s+them\s+)?(?:left|died|survived|recovered|improved|returned|developed|relapsed"
    r"|were\s+(?:alive|cured|well|discharged|free)|had\s+(?:recovered|died|improved|relapsed))\b"
)
_STARTED_AFTER = re.compile(
    r"(?i)^\s*who\s+(?:started|began|enrolled|joined|took\s+part|were\s+(?:randomi[sz]ed|enrolled|recruited|included))\b"
)
_N_EQUALS_BEFORE = re.compile(r"\b[nN]\s*=\s*(?=\d|$)")
_PER_GROUP_AFTER = re.compile(r"(?i)\s*\)?\s*(?:per|in\s+each|each|for\s+each)\b")
# Counts about the world rather than a study: "1,000 women die of it each year in the U.S."
_POPULATION_FACT_AFTER = re.compile(
    # "for more than a year" is how long, not how often
    r"(?i)^[^.;]{0,60}?\b(?:(?:each|every|per|(?<!than\s)(?<!for\s)(?<!over\s)(?<!about\s)(?<!nearly\s)a)\s+year|annually|nationwide|worldwide|globally"
    r"|in\s+the\s+(?:U\.?S\.?|UK|U\.K\.|United\s+States|world|country))\b"
)
_FUTURE_AFTER = re.compile(
    r"(?i)^\s+(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,4}?(?:will|shall)\s+(?!have\s+(?:been|had)\b)"
)
_AFTER_ROUGH_COUNT = re.compile(
    r"(?i)\b(?:about|around|roughly|approximately|some|nearly|almost|over|more\s+than)\s+\d[\d,]*\s+(?:[\w-]+\s+){1,2}?"
    r"and\s+$"
)
_SCALE_WORD = re.compile(r"(?i)\b(?:million|billion|thousand|lakhs?|lac|crores?)\b")
_MIN_VALUE, _MAX_VALUE = 1, 10_000_000
# (but "two-year-olds" and "a three-patient case series" are people)
_HYPHEN_ADJECTIVE = re.compile(
    r"-(?!(?:years?|months?|weeks?|days?)-olds?\b|(?:patient|person|participant|subject|member|child|woman|man)\b)"
    r"[a-z]+(?:-[a-z]+)*\s+[a-z]"
)
_EQUAL_GROUPS_SCORE = 2  # as strong as an enrolment verb; a total stated first still wins
_WINDOW = 100  # characters of context before a number that the cue patterns look at


# Equal groups told by their size and number: "two groups of 150 patients each", "150 patients were assigned to
# each of two groups". The total is the product, a count the article states in all but the sum.
_GROUP_COUNT = r"(?P<{0}>two|three|four|five|six|[2-6])"
_GROUP_SIZE = r"(?P<{0}>\d{{1,3}}(?:,\d{{3}})*|[a-z]+(?:-[a-z]+)?)"
_EQUAL_GROUPS = re.compile(
    r"(?i)\b"
    + _GROUP_COUNT.format("k")
    + r"\s+(?:equal\s+|(?:equally[\s-])?sized\s+)?(?:groups|arms)\s+of\s+"
    + _GROUP_SIZE.format("n")
    + r"(?:\s+[\w-]+){0,2}?\s+(?:"
    + _PARTICIPANT_NOUNS
    + r")\b"
    r"|\b" + _GROUP_SIZE.format("n2") + r"(?:\s+[\w-]+){0,2}?\s+(?:" + _PARTICIPANT_NOUNS + r")\s+(?:were\s+)?"
    r"(?:assigned|allocated|randomi[sz]ed|put|placed)\s+(?:at\s+random\s+)?(?:to|in)\s+each\s+of\s+(?:the\s+)?"
    + _GROUP_COUNT.format("k2")
    + r"\s+(?:groups|arms)\b"
)


def _equal_groups_total(text: str, sentence: Sentence) -> SampleSize | None:
    lowered = sentence.text.lower()
    if "groups" not in lowered and "arms" not in lowered:
        return None
    m = _EQUAL_GROUPS.search(text, sentence.start, sentence.end)
    if m is None:
        return None
    groups = parse_number(m.group("k") or m.group("k2"))
    size = parse_number(m.group("n") or m.group("n2"))
    if not isinstance(groups, int) or not isinstance(size, int) or size < 2:
        return None
    return SampleSize(groups * size, "participants", m.start(), m.end())


@dataclass(frozen=True)
class SampleSize:
    value: int
    unit: str  # participants | studies
    start: int  # span covering the number and its noun
    end: int


def find_sample_size(
    text: str,
    sentences: list[Sentence],
    review: bool,
    numbers: Sequence[NumberMention] | None = None,
    hedged: bool = False,
) -> SampleSize | None:
    """The best-supported total; for reviews only counts of studies qualify.

    numbers: the mentions find_numbers gives for these sentences, when the caller already has them.
    hedged: take rounded counts too ("more than 500 adults"), to tell a study counted roughly from a passing remark;
    such a count is never a sample size.
    """
    best: tuple[int, int, SampleSize] | None = None
    order = 0
    withdrawn: dict[int, bool] = {}
    equal_groups: list[SampleSize] = []
    for sentence, number in numbers_by_sentence(text, sentences, numbers):
        if sentence.start not in withdrawn:
            withdrawn[sentence.start] = states_a_wrong_figure(sentence.text)
            total = None if review or withdrawn[sentence.start] else _equal_groups_total(text, sentence)
            if total is not None:
                equal_groups.append(total)
        if withdrawn[sentence.start]:
            continue  # the count a correction says the story got wrong
        if equal_groups and equal_groups[-1].start <= number.start < equal_groups[-1].end:
            continue  # one group's size, whose total is the groups' product
        candidate = _candidate(text, sentence, number, review, hedged)
        if candidate is None:
            continue
        order += 1
        score, found = candidate
        if best is None or score > best[0]:
            best = (score, -order, found)
    for total in equal_groups:  # (a count stated outright is worth as much, and wins a tie)
        if best is None or best[0] < _EQUAL_GROUPS_SCORE:
            best = (_EQUAL_GROUPS_SCORE, 0, total)
    return best[2] if best is not None else None


def _candidate(
    text: str, sentence: Sentence, number: NumberMention, review: bool, hedged: bool = False
) -> tuple[int, SampleSize] | None:
    if (getattr(number, "approximate", False) and not hedged) or getattr(number, "kind", "cardinal") not in (
        "cardinal",
        "n_equals",
    ):
        return None
    value = number.value
    if not float(value).is_integer() or not _MIN_VALUE <= value <= _MAX_VALUE:
        return None
    if _HYPHEN_ADJECTIVE.match(text, number.end, sentence.end):
        return None  # "two-wheeled carts", "a three-arm trial": a number inside an adjective counts no one
    before = text[max(sentence.start, number.start - _WINDOW) : number.start]
    # "about 6 million adults in the UK still smoke" is a population; "The study included 1.2 million Danish
    # adults" is a registry's sample, taken in by its verb
    # ("one thousand and twelve children" is an exact count in words, not a rounded scale)
    rounded = any(ch.isdigit() for ch in number.text) or value % 1000 == 0
    if _SCALE_WORD.search(number.text) and rounded and not _ENROL_BEFORE.search(before):
        return None
    if not hedged and _AFTER_ROUGH_COUNT.search(before):
        return None  # "focus groups with about 60 women and 20 husbands": the rounding covers both counts
    lead = text[max(sentence.start, number.start - 6) : number.start]
    if getattr(number, "kind", "") == "n_equals" or _N_EQUALS_BEFORE.search(lead):
        return _n_equals(text, sentence, number, lead, review)
    if getattr(number, "in_range", False) or _LABEL_BEFORE.search(before):
        return None
    if _THOSE_WHO_ANSWERED.match(text, number.end, sentence.end) and "thank" not in sentence.text.lower():
        # (not a thank-you for answering, with nothing of what was found: "1,450 of you replied, thank you")
        # "1,214 of you answered", "187 of our 412 members replied": an outlet's survey, counted by who answered
        return 2, SampleSize(int(value), "participants", number.start, number.end)
    if _OF_THE_READERS.match(text, number.end, sentence.end) and _RESEARCHED_BEFORE.search(before):
        # "We also interviewed 26 of you": a newsletter to a study's volunteers counts its next study's sample
        return 2, SampleSize(int(value), "participants", number.start, number.end)
    noun = _NOUN_AFTER.match(text, number.end, sentence.end)
    other = None
    if noun is None and not review and _TOTAL_AFTER.match(text, number.end, sentence.end):
        # "30 who could joined the choir, and 30 who couldn't were used for comparison, sixty in all"
        return 3, SampleSize(int(value), "participants", number.start, number.end)
    if noun is None and review and _ELIDED_WITH_PEOPLE.match(text, number.end, sentence.end):
        # "There were just 10, involving 213 people in total": the studies a review found, their noun left out
        return 2, SampleSize(int(value), "studies", number.start, number.end)
    if noun is None and review and _ELIDED_STUDIES.match(text, number.end, sentence.end):
        # "searched the literature ... and found eleven that met its standards"
        return 3, SampleSize(int(value), "studies", number.start, number.end)
    if noun is None:
        other = (
            _HYPHEN_PERSON.match(text, number.end, sentence.end)
            or _BARE_ENROLLED.match(text, number.end, sentence.end)
            or _other_people(text, number.start, number.end, sentence.end)
            or _studied_staff(text, number.start, number.end, sentence.end)
            or _surveyed_any(text, number.start, number.end, sentence.end)
        )
        if other is None:
            return None
    unit = "studies" if noun is not None and noun.group("studies") else "participants"
    end = noun.end() if noun is not None else other.end()
    if review != (unit == "studies"):
        return None
    after = text[end : sentence.end]
    total_after = _TOTAL_AFTER.match(after) is not None  # "22 crews (176 rowers in total)": a total in brackets
    subset = _SUBSET_BEFORE.search(before)
    if subset is not None and subset.group(0).strip().lower() == "the" and _ENROL_AFTER.match(after):
        subset = None  # "Thank you to the 9,130 donors who completed our survey": the whole sample, named
    elif subset is not None and subset.group(0).strip().lower() == "of the" and _ANSWERED_AFTER.match(after):
        subset = None  # "Of the 1,126 guests who completed it in 2025, 89% said ...": everyone who answered
    elif subset is not None and subset.group(0).strip().lower() == "of the" and _STARTED_AFTER.match(after):
        subset = None  # "Of the 640 people who started, 512 completed ...": everyone who started
    elif subset is not None and subset.group(0).strip().lower() == "of the" and _FRACTION_OF.search(before):
        subset = None  # "Half of the 500 schoolchildren were picked at random": the half is of the whole group
    elif (
        subset is not None
        and subset.group(0).strip().lower() == "screened"
        and not _TAKEN_ON.search(text, sentence.start, sentence.end)
        and _RESEARCH_SUBJECT.search(before)
    ):
        # "A team from the university hospital screened 1,104 mothers at six health centres": a screening study's
        # people, not the pool a trial drew from ("screened 2,030 people and enrolled 518")
        subset = None
    # ("went through the records of 9,412 people who died with heart failure": the dead are whose records were read)
    records_of_the_dead = _DATA_OF_BEFORE.search(before) is not None and _DIED_AFTER.match(after) is not None
    if (
        (subset is not None and not total_after)
        or (_SUBSET_AFTER.match(text[number.end : sentence.end]) and not records_of_the_dead)
        # ("1,512 members of the Mauritius Diabetes Association": members of a body, not part of a counted group)
        or (_SUBSET_AFTER.match(after) and not _OF_A_NAMED_BODY.match(after) and not records_of_the_dead)
    ):
        return None
    if _FUTURE_AFTER.match(after) and not _ENROL_BEFORE.search(before):
        return None  # "Our 22 community health workers will receive a refresher day": a plan, not a sample
    if (_POPULATION_FACT_AFTER.match(after) and not _ENROL_BEFORE.search(before)) or (
        # (whose X-rays or records were read are the sample, however they came to be screened)
        _POOL_AFTER.match(after) and not _DATA_OF_BEFORE.search(before)
    ):
        return None
    score = 0
    if _ENROL_BEFORE.search(before):
        score += 2
    if _RANDOMISED_BEFORE.search(before):
        score += 1  # "We randomised 188 children": the trial's own total, above a count of those who answered
    if _TOTAL_BEFORE.search(before) or total_after:
        score = max(score, 2) + 1
    enrolled_after = _ENROL_AFTER.match(after)
    # (not the verb of the next count: "surveyed 640 coaches late last year and 401 replied")
    if enrolled_after and not _COUNT_BEFORE_VERB.search(after, 0, enrolled_after.end()):
        score += 2
    if noun is None and other.re is _ANY_PLURAL and score < 2:
        return None
    if noun is None and other.re is _BARE_ENROLLED:
        # those who answered beat those asked: "we surveyed 640 coaches late last year and 401 replied"
        score += 3 if _ANSWERED.match(other.group(0)) else 2
    if (
        _POOL_BEFORE.search(text[sentence.start : number.start])
        and _LATER_COUNT.search(after)
        # ("Of the 640 people who started, 512 completed the programme": those who started are the sample)
        and not _STARTED_AFTER.match(after)
        # ("Of 19 patients treated between 2014 and 2025, 14 left the hospital alive": the later count is a result)
        and not _RESULT_COUNT.search(after)
    ):
        score -= 3
    return score, SampleSize(int(value), unit, number.start, end)


def _n_equals(
    text: str, sentence: Sentence, number: NumberMention, lead: str, review: bool
) -> tuple[int, SampleSize] | None:
    """'N = 150' is a total; a lone 'n=150' may be one, but several n= in a sentence are group sizes."""
    if review:
        return None
    if "N" in lead:
        return 3, SampleSize(int(number.value), "participants", number.start, number.end)
    if len(_N_EQUALS_BEFORE.findall(sentence.text)) > 1 or _PER_GROUP_AFTER.match(text, number.end, sentence.end):
        return None
    return 1, SampleSize(int(number.value), "participants", number.start, number.end)


# "A survey of 1,205 competitive judoka from 11 countries": whoever a study is said to be of, in any noun, when the
# noun ends its phrase
_ANY_NOUN = re.compile(
    r"[\s-]+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*[a-z])(?=\s+(?:from|in|at|aged|who|with|across|living)\b|\s*[,.;])",
    re.IGNORECASE,
)
_SURVEY_OF_BEFORE = re.compile(r"(?i)\b(?:survey|poll|census|questionnaire)\s+of\s+$")


def _surveyed_any(text: str, count_start: int, start: int, end: int) -> re.Match | None:
    if not _SURVEY_OF_BEFORE.search(text, max(0, count_start - 30), count_start):
        return None
    m = _ANY_NOUN.match(text, start, end)
    if m is None or _SCALE_WORD.search(m.group(0)) or _NOT_PARTICIPANTS.match(m.group("noun")):
        return None
    return m


def _studied_staff(text: str, count_start: int, start: int, end: int) -> re.Match | None:
    """ "A trial of 212 police and ambulance staff": staff are the sample only when a study is said to be of them,
    or when they are counted as the total ("61 staff got gel insoles and 59 foam ones, 120 staff in total")."""
    if "staff" not in text[start : min(end, start + 60)]:
        return None
    counted = _STAFF_AFTER.match(text, start, end)
    # (the sum of group counts given before it, not a headcount: "the clinic has 40 staff in total")
    if (
        counted is not None
        and _TOTAL_AFTER.match(text, counted.end(), end)
        and _LATER_COUNT.search(text, max(0, count_start - 200), count_start)
    ):
        return counted
    if not (
        _STUDY_OF_BEFORE.search(text, max(0, count_start - 40), count_start)
        or _SURVEYED_BEFORE.search(text, max(0, count_start - 40), count_start)
    ):
        return None
    return _STAFF_AFTER.match(text, start, end)


def _other_people(text: str, count_start: int, start: int, end: int) -> re.Match | None:
    m = _ANY_PLURAL.match(text, start, end)
    if m is None or _SCALE_WORD.search(m.group(0)):
        return None
    # "a survey of 2,480 members": the members an organisation surveyed are its sample; so are the teachers or
    # nurses a team tracked or recruited ("A second team tracked 350 yoga teachers")
    # ("a factorial trial in 248 primary-school teachers": the study said to be of them)
    if (
        _NOT_PARTICIPANTS.match(m.group("noun"))
        and not (
            (_SURVEYED_GROUP.match(m.group("noun")) or _STAFF_GROUP.match(m.group("noun")))
            and (
                _SURVEYED_BEFORE.search(text, max(0, start - 40), start)
                or _STUDY_OF_BEFORE.search(text, max(0, count_start - 40), count_start)
                # "the 1,832 Care Card members who answered our online questionnaire": those who answered are the sample
                or _ANSWERED_AFTER.match(text[m.end() : end])
            )
        )
    ):
        return None
    return m
