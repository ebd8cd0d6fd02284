"""Which role a stated time span plays in a study: session, intervention, follow_up or study_period.

Three kinds of cue, strongest first:
1. the noun the span qualifies ("a 6-week follow-up", "30-minute sessions", "8 weeks of training");
2. words right after it ("six months later", "4 weeks after enrolment");
3. words right before it ("at 12 weeks", "for eight weeks", "covering 15 years"), read together with the
   clause ("participants were followed for 52 weeks").
A span with no cue gets no role and is dropped: a bare "4 minutes" in page chrome is not a study fact.
"""

from __future__ import annotations

import re

from pipelines.extract.duration_exclusions import MEASURED_WITHIN
from pipelines.extract.time_units import SESSION_UNITS

_FOLLOW_UP_NOUNS = r"follow[-\s]?ups?|followups?"
_TIME_POINT_NOUNS = (
    r"marks?|checks?|check[-\s]?ins?|check[-\s]?ups?|time[-\s]?points?|points?|assessments?|reassessments?"
    r"|evaluations?|outcomes?|results?|endpoints?|end[-\s]points?|measurements?|interviews?|questionnaires?"
    r"|surveys?|intervals?|post[-\s]?tests?"
)
_SESSION_NOUNS = (
    r"sessions?|class(?:es)?|lessons?|meetings?|appointments?|visits?|workouts?|bouts?|calls?|consultations?"
    r"|massages?|treatments?|therapy|therapies|practices?|exercises?|walks?|rubs?|sittings?|seminars?"
    r"|workshops?|modules?"
    # what each sitting was spent doing: "two 90-minute night drives in a simulator", "a 20-minute swim"
    r"|drives?|rides?|runs?|swims?|naps?|baths?|soaks?|talks?|interviews?"
)
_PERIOD_NOUNS = (
    r"programs?|programmes?|courses?|regimens?|regimes?|interventions?|phases?|periods?|protocols?|plans?"
    r"|training|curriculum|trials?|blocks?|cycles?|supplementation|series|schedules?|packages?|challenges?"
    r"|retreats?|camps?|stays?|admissions?|seasons?|terms?|semesters?"
)
_STUDY_NOUNS = (
    r"stud(?:y|ies)|looks?|windows?|spans?|observation|analysis|data|records|claims|cohort|surveillance|longitudinal"
)
# (head-noun pattern, role when the unit is minutes/hours, role for days and longer); None = not a duration.
# Order matters only for nouns in two rows; the nearest noun to the span is taken first.
_HEAD_NOUNS: tuple[tuple[str, str | None, str | None], ...] = (
    (_FOLLOW_UP_NOUNS, None, "follow_up"),
    (_TIME_POINT_NOUNS, None, "follow_up"),
    (r"maintenance|booster", "session", "intervention"),
    (_SESSION_NOUNS, "session", "intervention"),
    (_PERIOD_NOUNS, None, "intervention"),
    (_STUDY_NOUNS, None, "study_period"),
)
_HEADS = [(re.compile(r"(?i)\b(?:" + pattern + r")\b"), short, long) for pattern, short, long in _HEAD_NOUNS]

# Up to three modifiers between the span and its noun: "a 30-minute bedtime massage", "two-hour group sessions".
_HEAD_WINDOW = re.compile(r"^[-\s]*(?:long\s+)?((?:[A-Za-z’'-]+\s+){0,4}[A-Za-z-]+)")
_PERIOD_OF = re.compile(r"(?i)\b(?:period|span|window)\s+of\s+(?:about\s+|approximately\s+|nearly\s+|almost\s+)?$")
_OPEN_PERIOD = re.compile(r"(?i)(?:periods?|spans?|windows?)\b")
_WINDOW_WORD = re.compile(r"[A-Za-z’'-]+")
_CALENDAR_OF = re.compile(
    r"(?i)^\s+of\s+(?:the|that|this|last|each)\s+(?:[\w-]+\s+)?(?:season|summer|winter|spring|autumn|fall|year|term"
    r"|semester|school\s+year|monsoon)\b"
)
_OF_HEAD = re.compile(r"(?i)^\s+of\s+((?:[A-Za-z’'-]+\s*){1,4})")
# (not the watching that follow-up is, nor living or waiting: "after 12 weeks of monitoring", "years of waiting")
_TREATMENT_GERUND = re.compile(
    r"(?i)(?!(?:follow|monitor|track|record|wait|liv|be|hav|do|test|screen|observ|collect|measur|assess|smok|drink)ing\b)"
    r"[a-z]{2,}ing\b"
)

_TAIL_FOLLOW_UP = re.compile(
    r"(?i)^\s*(?:later|afterwards?|thereafter|post[-\s]?(?:treatment|intervention|randomi[sz]ation|baseline|op)\b"
    r"|after\b|following\b|from\s+(?:baseline|the\s+start|enrol?ment|randomi[sz]ation)|into\s+the\s+study"
    r"|since\s+(?:baseline|enrol?ment|randomi[sz]ation)|on(?=\s*[.,;:)]|\s*$))"
)
_TAIL_SESSION = re.compile(
    r"(?i)^\s*(?:long\b|in\s+length|each\b|apiece|per\s+(?:session|class|visit|treatment|day)|a\s+day\b|daily\b"
    r"|at\s+a\s+time|a\s+(?:session|time|visit|class)\b|every\s+(?:day|evening|morning|night)|at\s+bedtime)"
)
# Minutes per week is a training volume ("150 minutes a week"), not the length of one sitting.
# "150 minutes of exercise a week" is a total; "30 minutes of massage, two times a week" is one sitting.
_OF_VOLUME = re.compile(
    r"(?i)^\s+of\s+[^,;.()]{0,40}?(?<!times\s)(?<!twice\s)(?<!once\s)\b(?:a|per|each|every)\s+(?:week|month)\b"
    r"|^\s+of\s+[^,;.()]{0,40}?\b(?:weekly|in\s+total)\b"
)
_TAIL_VOLUME = re.compile(r"(?i)^\s*(?:a|per|each|every)\s+(?:week|month)\b|^\s*weekly\b|^\s*(?:in\s+)?total\b")

# Words skipped when looking for the cue word before a span: determiners and hedges.
_LEAD_FILLER = re.compile(
    r"(?i)(?:\s*\b(?:a|an|the|those|these|this|that|another|additional|further|first|full|whole|entire|initial"
    r"|at\s+least|at\s+most|about|approximately|around|roughly|nearly|almost|some|up\s+to|more\s+than|less\s+than"
    r"|under|just|only|next|following|subsequent|remaining|between|total\s+of|average\s+of|mean\s+of|median\s+of"
    r"|period\s+of|again|each|both|end\s+of\s+the|previous|past|preceding)\b)+\s*$"
)
_LEAD_FOLLOW_UP = re.compile(
    r"(?i)\b(?:at|by|after|on|until|till|through|to|when|beyond|from|before)\s*$|\bend\s+of\s*$"
    r"|\bbaseline\s*(?:,|and|,\s*and)\s*$"
    r"|\b(?:follow[-\s]?up|followed[-\s]up)\s+(?:of|at|to)\s*$"
)
_AT_TIME_POINT = re.compile(r"(?i)\b(?:at|by)\s*(?:\d+-?,?\s*(?:and\s+)?)*$")
# A second span right after the first, sharing what follows it: "7 days or 14 days of the same antibiotic",
# "checked two weeks and again six weeks after the tablets finished"
_PAIRED_SPAN = re.compile(
    r"(?i)^\s*,?\s*(?:and|or|versus|vs\.?)\s+(?:again\s+|then\s+|once\s+more\s+)?(?:at\s+)?"
    r"(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)[\s-]+(?:minutes?|hours?|days?|weeks?|months?|years?)\b"
)
_DIFFERENCE_TAIL = re.compile(r"(?i)^\s+(?:less|more|fewer|longer|shorter|sooner|later\s+than|earlier\s+than)\b")
# "randomly assigned to 7 days of antibiotics": a span one is assigned to is a treatment's length
_ASSIGNED_TO = re.compile(r"(?i)\b(?:assigned|allocated|randomi[sz]ed|switched|moved)\s+(?:\w+\s+){0,2}?to\s*$")
_VISIT_HEAD = re.compile(r"(?i)^[-\s]*(?:[\w-]+\s+)?(?:visits?|appointments?|check[-\s]?ups?|clinics?)\b")
_LEAD_SPAN = re.compile(
    r"(?i)\b(?:for|over|during|throughout|within|across|lasting|lasted|lasts|last|ran|run|runs|took|spent|spanning"
    r"|spanned|spans|covering|covered|covers|of|totall?ing|was|were|is|are)\s*$"
)
_OVER_SPAN = re.compile(r"(?i)\b(?:over|during|across|throughout)\s*$")
_LEAD_PERIOD_VERB = re.compile(r"(?i)\b(?:spanning|spanned|spans|covering|covered|covers)\s*$")
_CLAUSE_FOLLOW = re.compile(
    # (not a treatment followed: "Everyone followed the same supervised strength-training program ... for 24 weeks")
    r"(?i)\bfollow(?:ed|ing|s)?(?:[-\s]?ups?)?\b(?!\s+(?:the|a|an|their|this|that)\s+(?:[\w-]+\s+){0,4}?(?:program|programme"
    r"|diet|plan|regimen|routine|course|protocol|advice|instructions|guidance|schedule)s?\b)"
    r"|\btracked\b|\bmonitored\b|\bkept\s+track\s+of\b|\blogged\b"
    # outcomes counted as they happened over a span: "Injuries were recorded for a year"
    r"|\b(?:were|was)\s+(?:recorded|counted|registered|noted)\s+(?:for|over|during|throughout)\b"
    # "the researchers kept checking their symptoms for another two years" (after the treatment stopped)
    r"|\b(?:kept|continued|went\s+on)\s+(?:to\s+)?(?:check(?:ing)?|monitor(?:ing)?|track(?:ing)?|test(?:ing)?"
    r"|measur(?:e|ing)|assess(?:ing)?|watch(?:ing)?)\b"
    # outcomes written down as they happened: "Parents kept a diary for five days"
    r"|\b(?:kept|keep|keeping|filled\s+in|completed)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:diary|diaries|log|logbook|record)\b"
)
_CLAUSE_STUDY = re.compile(
    r"(?i)\b(?:whole|entire|overall)\s+(?:study|trial|project)\b|\b(?:study|studies|data|records|claims|observation"
    r"|cohort|survey|analysis|review)\s+(?:\w+\s+)?(?:ran|lasted|spanned|covered|took|period)\b"
    r"|\b(?:took\s+place|was\s+conducted|were\s+conducted|were\s+collected|was\s+collected|recruit\w*|enrol\w*)"
    r"\s+(?:over|during|across|for)\s*$"
    # a review's trials "published over nearly 40 years": the window the evidence spans
    r"|\bpublished\s+(?:over|during|across|between|in)\s+(?:the\s+(?:previous|past|last|preceding)\s+)?"
    r"(?:(?:nearly|almost|about|around|roughly|more\s+than)\s+)?$"
)
_CLAUSE_MEETING = re.compile(r"(?i)\b(?:met|meet|meets|meeting|sessions?|class(?:es)?|lessons?|visits?)\b")
_CLAUSE_SESSION_NOUN = re.compile(r"(?i)\b(?:" + _SESSION_NOUNS + r")\b")
_CLAUSE_TREATMENT_NOUN = re.compile(r"(?i)\b(?:" + _SESSION_NOUNS + "|" + _PERIOD_NOUNS + r")\b")
# ("spent 30 minutes in the sauna": one sitting)
_EACH_AFTER_SESSIONS = re.compile(
    r"(?i)\b(?:" + _SESSION_NOUNS + r")\b[^.;:,]{0,60},\s*each\s+(?:(?:about|around|roughly|nearly|approximately)\s+)?$"
)
_LEAD_SESSION_VERB = re.compile(
    r"(?i)\b(?:for|lasting|lasted|lasts|last|took|taking|takes|of|spent|spend|spends|spending)\s*$"
)
_AFTER_EVENT = re.compile(
    r"(?i)\s*after\s+(?!(?:the\s+)?(?:treatment|intervention|randomi[sz]ation|baseline|enrol?ment|start|end|surgery"
    r"|operation|course|programme|program|trial|study)\b)"
)
_FOR_SPAN = re.compile(r"(?i)\bfor\s+(?:the\s+(?:first|next)\s+)?$")
_TAKEN = re.compile(r"(?i)\b(?:take|took|taking|use|used|using|wear|wore|wearing|apply|applied|drink|drank|eat|ate)\b")
_LEAD_COPULA = re.compile(r"(?i)\b(?:was|were|is|are)\s*$")
_LEAD_COPULA_OR_OF = re.compile(r"(?i)\b(?:was|were|is|are|of)\s*$")
_PUNCTUATION = re.compile(r"[.,;:!?()]")


# An assessment hours after the treatment: exercise, surgery and drug studies measure in hours
_HOURS_MEASURED = re.compile(
    r"(?i)\b(?:measured|assessed|tested|re-?tested|checked|recorded|rated|scored|collected|repeated|examined"
    # asked how they were: "Parents were phoned 24 hours after each visit"
    r"|phoned|called|rang|contacted|texted|e-?mailed|interviewed|surveyed|visited|asked)\b"
)
_ENDS_AT = re.compile(r"(?i)\b(?:at|after)\s+(?:(?:\d+|[a-z]+),\s+)*$")
# a time point in hours that opens a result: "At 48 hours, the cold-water group reported less soreness"
_OPENING_TIME_POINT = re.compile(r"(?:^|[:;]\s*)\W*(?:At|at|After|after|By|by|Within|within)\s+$")


def role_of(unit: str, lead: str, tail: str, adjective: bool, observational: bool = False) -> str | None:
    """The role of a span of `unit`, given the clause before it and the text after it; None = not a study span.

    `adjective` says the span qualifies a noun ("a 6-week course", "hour-long sessions") or an "of" phrase.
    `observational`: the study assigns no treatment, so "followed for 20 years" is its observation window.
    """
    if _DIFFERENCE_TAIL.match(tail) and not _LEAD_FOLLOW_UP.search(_LEAD_FILLER.sub("", lead)):
        # "spent about 38 minutes less per school day sitting": a result, not a span of the study (but "At 12 weeks
        # more walkers than sitters had improved" is a time point)
        return None
    short = unit in SESSION_UNITS
    paired = _PAIRED_SPAN.match(tail)
    if paired and (_OF_HEAD.match(tail[paired.end() :]) or _TAIL_FOLLOW_UP.match(tail[paired.end() :])):
        tail = tail[paired.end() :]
        adjective = adjective or bool(_OF_HEAD.match(tail))
    if adjective and _CALENDAR_OF.match(tail):
        adjective = False  # "followed for four months of the hot season": time of the year, no programme
    of_phrase = bool(_OF_HEAD.match(tail)) and not _CALENDAR_OF.match(tail)
    if short and (_TAIL_VOLUME.match(tail) or (of_phrase and _OF_VOLUME.match(tail))):
        # "150 minutes a week" is a weekly total; "classes met for 2 hours each week" is one sitting.
        return "session" if _CLAUSE_MEETING.search(lead[-60:]) else None
    if adjective:
        role = _role_from_head(tail, short, unit)
        # "at the 6-month visit", "at 3-, 6- and 12-month visits": a visit at a time point is an assessment
        if role == "intervention" and _VISIT_HEAD.match(tail) and _AT_TIME_POINT.search(_LEAD_FILLER.sub("", lead)):
            return "follow_up"
        if role is not None:
            return role or None
    if (
        unit == "hour"
        and _HOURS_MEASURED.search(lead[-100:])
        and (_ENDS_AT.search(lead) or _TAIL_FOLLOW_UP.match(tail))
    ):
        return "follow_up"  # "soreness was measured at 24, 48 and 72 hours", "assessed 24 hours after surgery"
    if unit == "hour" and _OPENING_TIME_POINT.search(lead) and tail.lstrip().startswith(","):
        return "follow_up"
    if _TAIL_FOLLOW_UP.match(tail):
        # "to take melatonin at bedtime for five days after landing": how long the treatment was taken
        if not short and _AFTER_EVENT.match(tail) and _FOR_SPAN.search(lead) and _TAKEN.search(lead[-120:]):
            return "intervention"
        return None if short else "follow_up"
    if short:
        return _session_role(lead, tail)
    if _TAIL_VOLUME.match(tail):
        return None
    if of_phrase and _ASSIGNED_TO.search(lead):
        return "intervention"
    role = _long_span_role(lead, unit, observational)
    if role is None and of_phrase:
        return "intervention"  # "received 8 weeks of yoga"
    return role


def _role_from_head(tail: str, short: bool, unit: str) -> str | None:
    """The role named by the noun after the span; '' when that noun rules the span out; None when no noun."""
    of_head = _OF_HEAD.match(tail)
    words = of_head.group(1) if of_head else None
    if words is None:
        window = _HEAD_WINDOW.match(tail)
        words = window.group(1) if window else ""
    words = _PUNCTUATION.split(words)[0]
    # The nearest noun wins: "a 30-minute walk to the study site" is a walk, not a study.
    for word in _WINDOW_WORD.finditer(words):
        rest = words[word.start() :]
        for pattern, short_role, long_role in _HEADS:
            hit = pattern.match(rest)
            if hit and (hit.end() == len(rest) or not rest[hit.end()].isalpha()):
                role = short_role if short else long_role
                if unit == "year" and _OPEN_PERIOD.match(rest):
                    role = "study_period"  # "a 10-year period": an observation window, not a treatment
                if role is None and short:
                    break  # "30-minute training sessions": a modifier noun; the head noun may follow
                return role if role is not None else ""
            else:
                continue
            if rest[hit.end() :].strip():
                continue
            return ""
    if of_head:
        # "checked after 16 weeks of patching": a span of doing something is how long it was done
        if _TREATMENT_GERUND.match(words):
            return "intervention"
        return None  # "15 years of real-world care": the words before decide
    return ""  # a span qualifying an unknown noun: "a 12-week sleep guide"


def _session_role(lead: str, tail: str) -> str | None:
    if _TAIL_VOLUME.match(tail):
        return None
    if _TAIL_SESSION.match(tail):
        return "session"
    of_phrase = _OF_HEAD.match(tail)
    if of_phrase:
        # "30 minutes of stretching" is one sitting unless it is a weekly total.
        return None if _OF_VOLUME.match(tail) else "session"
    stripped = _LEAD_FILLER.sub("", lead)
    if _LEAD_SESSION_VERB.search(stripped):
        return "session"
    if _LEAD_COPULA.search(stripped) and _CLAUSE_SESSION_NOUN.search(lead[-60:]):
        return "session"
    if _EACH_AFTER_SESSIONS.search(lead[-90:]):
        return "session"  # "six sessions with a renal dietitian, each about 45 minutes"
    return None


def _long_span_role(lead: str, unit: str, observational: bool) -> str | None:
    if unit == "year" and _PERIOD_OF.search(lead):
        return "study_period"  # "over a period of 5 years": an observation window
    stripped = _LEAD_FILLER.sub("", lead)
    clause = lead[-90:]
    if _LEAD_FOLLOW_UP.search(stripped) or MEASURED_WITHIN.search(stripped):
        return "follow_up"
    if _LEAD_PERIOD_VERB.search(stripped) or (_LEAD_SPAN.search(stripped) and _CLAUSE_STUDY.search(clause)):
        return "study_period"
    if _LEAD_SPAN.search(stripped):
        # In a study that assigns nothing, a span "over" which people were seen is its observation window ("tracked
        # them over 12 years", "patients treated over five years"); "followed for a median of 2.7 years" is how long
        # each was followed up, in a cohort as in a trial.
        if observational and _OVER_SPAN.search(stripped):
            return "study_period"
        # ("It followed 6,438 children who carried the genes ... from birth, for a median of 9.2 years")
        if _CLAUSE_FOLLOW.search(lead[-110:]):
            return "follow_up"
        if _LEAD_COPULA_OR_OF.search(stripped) and not _CLAUSE_TREATMENT_NOUN.search(clause):
            return None
        return "intervention"
    return None
