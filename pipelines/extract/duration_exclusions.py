"""Context that makes a time span something other than a study's own duration.

Ages ("10 to 14 days old"), gestational ages, recall windows ("in the past 30 days"), symptom histories
("had back pain for 7 years"), outcome values ("median survival of 11.6 months", "relief lasted 2 hours"),
frequencies ("every 2 weeks"), careers ("has been in practice for 25 years"), and whole sentences that are
price lists, personal asides or headings.
"""

from __future__ import annotations

import re

_EXCLUDE_TAIL = re.compile(
    r"(?i)^(?:['’]s?)?\s*(?:-\s*)?(?:old|olds)\b|^\s+of\s+(?:age|life|gestation|pregnancy)\b"
    r"|^(?:['’]s?)?\s*(?:of\s+)?(?:gestation|gestational|pregnan\w*|postmenstrual|corrected\s+age)"
    r"|^\s+(?:or|and)\s+(?:longer|more|older|over|above|greater|beyond)\b"
    r"|^\s+(?:longer|shorter|earlier|sooner|ago|younger|older)\b"
)
_AGE_LEAD = re.compile(
    r"(?i)\b(?:aged?|ages(?:\s+of)?|age\s+of|between\s+the\s+ages\s+of)\s*$"
    # the upper end of an age band: "children aged six months to six years"
    r"|\b(?:aged?|ages)\s+(?:[\w-]+\s+){1,3}(?:to|and)\s*$"
    # a gestational age told by birth: "babies born before 35 weeks", "born at 32 to 36 weeks"
    r"|\bborn\s+(?:at|before|after|from|by|under|earlier\s+than)\s+(?:about\s+|around\s+|less\s+than\s+)?"
    r"(?:(?:\d+|[a-z]+)\s+(?:to|and|or)\s+)?$"
)
_FOR_THE_LAST = re.compile(r"(?i)\bfor\s+the\s+(?:last|final|first)\s*$")
_OF_PREGNANCY = re.compile(r"(?i)\s+of\s+(?:the\s+|their\s+|her\s+)?(?:pregnancy|gestation)\b")
_RECALL_LEAD = re.compile(r"(?i)\b(?:past|previous|preceding|prior|recent|last|within)\s*$")
# "research published over the previous 15 years" is the window a review covers, not a recall window.
_PUBLISHED_WINDOW = re.compile(
    r"(?i)\bpublished\s+(?:over|during|across|in)\s+the\s+(?:previous|past|last|preceding)\s*$"
)
# "protection measured within 90 days of birth": a time point at which an outcome was assessed, not a recall window
MEASURED_WITHIN = re.compile(
    r"(?i)\b(?:measured|assessed|counted|recorded|checked|tested|evaluated)\b[^.;:]{0,30}\bwithin\s*$"
)
# "Your anonymised data will be kept securely for 15 years": how long records are held, not how long a study ran
_RETENTION = re.compile(
    r"(?i)\b(?:data|records|samples|information|details|files)\b[^.;]{0,40}\b(?:kept|stored|retained|held|archived)\b"
    r"[^.;]{0,20}\bfor\s*$"
)
# "stopped after two weeks", "gave up after 3 months": when someone quit, not how long anything was planned to run
_QUIT_AFTER = re.compile(r"(?i)\b(?:stopped|quit|gave\s+up|dropped\s+out|withdrew|left)\b[^.;,]{0,20}\bafter\s*$")
_FREQUENCY_LEAD = re.compile(r"(?i)\b(?:every|per)\s*$")
# "The team now plans a longer study of one year": research not yet done
_PLANNED_STUDY = re.compile(
    r"(?i)\b(?:plans?|planning|hopes?|wants?|intends?|aims?)\s+(?:to\s+(?:run|start|launch|do)\s+)?(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:study|trial|follow-up)\s+(?:of|lasting|over)\s*$"
)
_FOR_AT_START = re.compile(r"(?i)^\W*for\s*$")
_PRESENT_PERFECT_AFTER = re.compile(r"(?i)^\s*,?\s*(?:we|i|they|he|she|doctors|people|patients)\s+(?:have|has|'ve)\b")
_COMPARISON_LEAD = re.compile(r"(?i)(?:compared\s+(?:with|to)|versus|vs\.?|than)\s*$")
_HEDGE_TRIM = re.compile(
    r"(?i)(?:\s*\b(?:the|a|an|at\s+least|at\s+most|about|approximately|around|roughly|nearly|almost|up\s+to|more\s+than"
    r"|less\s+than|over|under|just|only|average\s+of|mean\s+of|median\s+of|total\s+of)\b)+\s*$"
)
_OUTCOME_CLAUSE = re.compile(
    r"(?i)\b(?:survival|survived|survive|life\s+expectancy|median\s+time|time\s+to|length\s+of\s+stay"
    r"|waiting|waited|wait\s+time|hospital\s+stay)\b"
)
# "pain relief lasted about 2 hours" reports how long an effect lasted: a result, not a schedule.
_EFFECT_LASTED = re.compile(
    r"(?i)\b(?:relief|effects?|benefits?|improvements?|gains?)\s+(?:[\w-]+\s+){0,3}?(?:lasted|lasting|persisted"
    r"|remained|wore\s+off|faded)(?:\s+for)?\s*$"
)
_CAREER_CLAUSE = re.compile(
    r"(?i)\b(?:has|have|’ve|'ve)\s+(?:been|had|lived|worked|practi[sc]ed|taught|suffered|spent|known|used)\b"
)
# Studies are reported in the past tense; "has served the community for 30 years" is an ongoing state.
_PRESENT_PERFECT_FOR = re.compile(r"(?i)\b(?:has|have|’ve|'ve)\s+[^.;]{0,60}\bfor\s*$")
# Subscription and offer blurbs: "Offer valid for 30 days", "Subscribe for 12 months".
_MARKETING = re.compile(
    r"(?i)\b(?:subscribe|subscription|coupon|promo(?:tion)?|discount|valid\s+for|free\s+trial|sign\s+up"
    r"|membership|gift\s+card)\b"
)
# "had been hospitalised for 3 days": a history before the study, told in the past perfect.
_PAST_PERFECT_FOR = re.compile(
    r"(?i)\bhad\s+(?:been|had|lived|suffered|experienced|used|taken|worked|smoked|played|driven|served)\b[^.;]{0,50}"
    r"\bfor\s*(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+)?$"
)
_SYMPTOM_HISTORY = re.compile(
    r"(?i)\b(?:had|has|have|having|with|living|lived|experienc\w+|suffer\w*|reported|history\s+of)\b[^.;:]{0,40}?"
    r"\b(?:pain|aches?|symptoms?|conditions?|fibro\w*|illness\w*|diseases?|disorders?|diagnos\w+|injur(?:y|ies)"
    r"|complaints?|headaches?|migraines?|insomnia|depression|problems?|it|them)\b(?:\s+[\w-]+){0,2}?"
    r"\s+(?:for|lasting|lasted|of|since|persisting|persisted|longer\s+than)\s*$"
)
_MONEY = re.compile(r"[$€£]\s?\d|\b\d+(?:\.\d+)?\s*(?:dollars|euros)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d)\b|\b(?:[Mm]y|[Mm]e)\b")
_STUDY_WORDS = re.compile(
    r"(?i)\b(?:participants?|patients?|subjects?|volunteers?|trial|study|researchers?|randomi[sz]ed|enrolled"
    r"|investigators?|cohort|respondents?)\b"
)
# "for a year": the article as a value needs a span verb right before it.
_WEAK_LEAD = re.compile(r"(?i)\b(?:for|lasted|lasting|lasts|took)\s+$")
_MEASURED_LEAD = re.compile(
    r"(?i)\b(?:checked|assessed|measured|tested|examined|followed\s+up|seen|contacted|phoned|interviewed|surveyed"
    r"|re-?tested|re-?assessed)(?:\s+again)?\s+$"
)
_OPENING_AFTER = re.compile(r"(?:^|[:;]\s*)\W*(?:After|after|Within|within|By|by)\s+$")
_AGAIN_AFTER = re.compile(r"(?i)\bagain\s+(?:after|at)\s+$")
_AGAIN = re.compile(r"(?i)\bagain\s+$")
_AFTER_TAIL = re.compile(r"(?i)^\s*(?:later|after(?:wards?)?)\b")
_WEAK_TAIL = re.compile(r"(?i)^\s*(?:or\s+(?:so|two|more|longer)|later|ago|earlier|before|or\s+less)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def skip_sentence(sentence: str) -> bool:
    """Price lists, personal asides and headings state time spans that are not a study's."""
    if _MARKETING.search(sentence):
        return True
    if (_MONEY.search(sentence) or _FIRST_PERSON.search(sentence)) and not _STUDY_WORDS.search(sentence):
        return True
    # ("THE RESULTS AT SIX MONTHS": a section heading that names the time point its results were measured at)
    return _is_heading(sentence) and not _RESULTS_AT_HEADING.search(sentence)


_RESULTS_AT_HEADING = re.compile(
    r"(?i)\b(?:results?|findings|outcomes?)\s+(?:at|after)\s+[\w-]+\s+(?:weeks?|months?|years?)\b"
)


def _is_heading(sentence: str) -> bool:
    if sentence.rstrip().endswith((".", "!", "?", ")", "”", '"')):
        return False
    words = [w for w in _WORD.findall(sentence) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def not_a_study_span(lead: str, tail: str, adjective: bool) -> bool:
    """True when the words around a span (`lead` before it in its sentence, `tail` after) make it no study span.

    `adjective` says the span qualifies a noun ("a 12-week program"), which a comparison cue cannot rule out.
    """
    if _FOR_THE_LAST.search(lead) and _OF_PREGNANCY.match(tail):
        return False  # "eat six dates a day for the last four weeks of pregnancy": how long the treatment went on
    if _EXCLUDE_TAIL.match(tail):
        return True
    trimmed = _HEDGE_TRIM.sub("", lead)
    recall = (
        _RECALL_LEAD.search(trimmed) and not _PUBLISHED_WINDOW.search(trimmed) and not MEASURED_WITHIN.search(trimmed)
    )
    if _AGE_LEAD.search(trimmed) or recall or _FREQUENCY_LEAD.search(trimmed):
        return True
    if not adjective and _COMPARISON_LEAD.search(trimmed):
        return True
    clause = _clause(lead)
    if _OUTCOME_CLAUSE.search(clause) or _CAREER_CLAUSE.search(clause):
        return True
    # "For thirty years we have told patients ...": a history told in the present perfect after its span
    if _FOR_AT_START.search(lead) and _PRESENT_PERFECT_AFTER.match(tail):
        return True
    return any(
        pattern.search(trimmed)
        for pattern in (
            _SYMPTOM_HISTORY,
            _EFFECT_LASTED,
            _PAST_PERFECT_FOR,
            _PRESENT_PERFECT_FOR,
            _RETENTION,
            _QUIT_AFTER,
            _PLANNED_STUDY,
        )
    )


def _clause(lead: str) -> str:
    """The part of the lead after the last clause break, where the span's own verb and subject are."""
    cut = max(
        lead.rfind(";"), lead.rfind(", and "), lead.rfind(" but "), lead.rfind(" while "), lead.rfind(" whereas ")
    )
    return lead[cut + 1 :] if cut >= 0 else lead


def weak_span_holds(lead: str, tail: str) -> bool:
    """'for a year', 'lasted a month' count; 'a year later', 'over a full year', 'for a week or so' do not, unless
    someone was measured then: 'everyone was checked again a year after it ended'."""
    if _MEASURED_LEAD.search(lead) and _AFTER_TAIL.match(tail):
        return True
    if _OPENING_AFTER.search(lead) and tail.lstrip().startswith(","):
        return True  # "After a year, the phone group slept better": the time point a result opens with
    if _AGAIN_AFTER.search(lead) or (_AGAIN.search(lead) and _AFTER_TAIL.match(tail)):
        # "visited the homes after six months and again after a year", "tested at the end and again a year later"
        return True
    return bool(_WEAK_LEAD.search(lead)) and not _WEAK_TAIL.match(tail)
