"""How many treatment sessions a study gave, only when the article states the count.

"ten treatments", "up to 3 massages", "eight weekly two-hour group sessions" count; "twice a week for 12
weeks" does not (a frequency times a length is a computation, not a statement). The first stated count is the
featured arm's, since articles list the arm they are about first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.extract.number_words import UNITS, parse_cardinal_words
from pipelines.extract.numbers import NumberMention
from pipelines.extract.sentence_numbers import numbers_by_sentence
from pipelines.model import Sentence

_SESSION_NOUNS = (
    r"sessions|treatments|treatment\s+sessions|visits|classes|lessons|appointments|massages|consultations"
    r"|meetings|workshops|modules|infusions|injections|acupuncture\s+treatments|manipulations|adjustments"
    r"|calls|phone\s+calls|video\s+calls|check-ins|walks|guided\s+walks|workouts|training\s+sessions|cycles"
    # ("tablets on three treatment days, one at the start of each term")
    r"|treatment\s+days|dosing\s+days"
    # each cast or dressing put on is a sitting: "up to eight casts", "six dressing changes"
    r"|casts|plaster\s+casts|dressing\s+changes"
    # "ran four one-hour group talks about TB"
    r"|talks|group\s+talks|lectures|seminars|sittings"
)
_TAIL = re.compile(
    r"(?P<mods>(?:[\s-]+(?!(?:of|the|were|was|in|to|and|or|with|per|for|at|who|had)\b)[A-Za-z0-9][\w'’-]*){0,3}?)"
    r"[\s-]+(?P<noun>" + _SESSION_NOUNS + r")\b",
    re.IGNORECASE,
)
_SESSION_HINT = re.compile(r"(?i)(?:" + _SESSION_NOUNS + r"|-session)\b")
_HYPHEN_SESSION = re.compile(
    r"-session\s+(?:program|programme|course|intervention|protocol|series|treatment)", re.IGNORECASE
)
# A count of sessions someone attended or completed is adherence, not the planned dose.
# ("attended 7 of the 12 sessions", "all ten sessions were run by nurses": the 12 and the ten are the plan)
_ATTENDANCE_BEFORE = re.compile(
    r"(?i)\b(?:at\s+least|(?:completed|finished)(?:\s+all)?|missed|only|average\s+of|mean\s+of)\s*$"
)
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:compared|comparing|between|of)\s+(?:the|both|all)\s+$|\bboth\s+$")
_COMPARED_VERB_BEFORE = re.compile(r"(?i)\b(?:compared|comparing)\s+(?:the\s+|both\s+)?$")
# "The two treatments did not boost each other": a few treatments named with "the" are the arms
_THE_FEW_BEFORE = re.compile(r"(?i)\bthe\s+$")
_FEW_ARMS = 4
# ("a 60-minute session" is a length; "the 12-month visits" a time point)
_UNIT_MODIFIER = re.compile(r"(?i)-?\s?(?:minute|hour|min|hr)s?\b|-(?:day|week|month|year)s?\b")
_MIN_SESSIONS, _MAX_SESSIONS = 2, 200  # "one-on-one sessions" is not a count; a single session is stated below
# "received a single infusion", "in a single eight-hour dosing session", "a one-off injection": one session, stated
# (but "a single session a week" is a frequency, and "not a single session" is advice).
_SINGLE_SESSION = re.compile(
    r"(?i)(?<!not\s)\b(?:a\s+single|a\s+one-(?:off|time)|(?:just\s+|only\s+)?one\s+single"
    # "randomly assigned 48 adults to one 90-minute walk", "received just one injection"
    r"|(?:(?<=\bto\s)|(?:received|had|got|attended|completed|given)\s+(?:just\s+|only\s+)?)one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>session|treatment|infusion|injection|dosing\s+session|visit|class|lesson|massage|walk|workout|workshop"
    # ("a single dose of rifampicin", "a single scratch in the month before treatment", "a single 15-minute fit test")
    r"|seminar|consultation|appointment|dose|procedure|scratch|(?:fit\s+)?test)"
    # the noun ends its phrase ("a single treatment schedule" is about schedules), and no frequency follows
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|with|in|into|at|on|for|after|during|that|which|lasting|given|delivered|supported|under"
    r"|by|and|was|were|is)\b"
    # what the session was spent doing: "a single 20-minute session stroking and playing with a trained therapy dog"
    r"|\s+(?!(?:a|per|each|every)\b)[a-z]+ing\b)"
)


# "The volunteer then came back three times": a small count, in words or digits, of visits
_CAME_BACK = re.compile(
    r"(?i)\b(?:came\s+back|returned|visited(?:\s+(?:them|the\s+(?:home|household|family)|each\s+(?:home|household|family)))?)"
    r"\s+(?P<count>\d{1,2}|" + "|".join(UNITS[2:13]) + r")\s+times\b(?!\s+(?:a|per|each|every)\b)"
)


@dataclass(frozen=True)
class SessionCount:
    value: int
    start: int
    end: int


# "up to 3 massages" states the planned count; "delivered over 12 sessions" spreads a programme across them
_EXACT_DESPITE_CUE = re.compile(
    r"(?i)(?:up\s+to|(?:delivered|given|spread|run|held|taught|offered|provided)\s+over)\s*$"
)
_FREQUENCY_AFTER = re.compile(
    r"(?i)\s*(?:a|an|per|each|every)\s+(?:day|week|month|fortnight|night|morning|evening)\b|\s+(?:daily|weekly|monthly)\b"
)
_PRICE = re.compile(r"[£$€]\s?\d|\b\d+(?:\.\d+)?\s*(?:dollars|euros|pounds|EUR|USD|GBP)\b")


def find_session_count(
    text: str, sentences: list[Sentence], numbers: Sequence[NumberMention] | None = None
) -> SessionCount | None:
    """The first stated session count; numbers: find_numbers' mentions for these sentences, if already found."""
    for sentence, number in numbers_by_sentence(text, sentences, numbers):
        if not _SESSION_HINT.search(text, number.end, min(sentence.end, number.end + 80)):
            continue
        found = _session_count(text, sentence, number)
        if found is not None:
            return found
    for sentence in sentences:
        if "times" in sentence.text:
            # "The volunteer then came back three times": the visits a home or a person was given, counted
            back = _CAME_BACK.search(sentence.text)
            count = back.group("count") if back else ""
            value = int(count) if count.isdigit() else parse_cardinal_words(count)
            if back and value is not None and _MIN_SESSIONS <= value <= _MAX_SESSIONS:
                return SessionCount(
                    value,
                    sentence.start + back.start(),
                    sentence.start + back.end(),
                )
    for sentence in sentences:
        if "single" in sentence.text or "one" in sentence.text:
            single = _SINGLE_SESSION.search(sentence.text)
            if single:
                return SessionCount(1, sentence.start + single.start(), sentence.start + single.end())
    return None


def _session_count(text: str, sentence: Sentence, number: NumberMention) -> SessionCount | None:
    if getattr(number, "kind", "cardinal") != "cardinal" or getattr(number, "in_range", False):
        return None
    if getattr(number, "approximate", False) and not _EXACT_DESPITE_CUE.search(text[sentence.start : number.start]):
        return None
    value = number.value
    if not float(value).is_integer() or not _MIN_SESSIONS <= value <= _MAX_SESSIONS:
        return None
    if _UNIT_MODIFIER.match(text, number.end):
        return None  # "a 60-minute session" is a length
    if _ATTENDANCE_BEFORE.search(text, max(sentence.start, number.start - 40), number.start):
        return None
    if _PRICE.search(sentence.text):
        return None  # a price list: "Course of three sessions | £525"
    m = _TAIL.match(text, number.end, sentence.end) or _HYPHEN_SESSION.match(text, number.end, sentence.end)
    if m is None or _FREQUENCY_AFTER.match(text, m.end(), sentence.end):
        return None  # "four play sessions a week": how often, not how many
    before = (max(sentence.start, number.start - 30), number.start)
    if m.re is _TAIL and (
        # "compared two modules", "compared the two treatments head to head": the arms, not sittings
        _COMPARED_VERB_BEFORE.search(text, *before)
        or (
            m.group("noun").lower().startswith("treatment")
            and (
                _COMPARED_BEFORE.search(text, *before)
                or (value <= _FEW_ARMS and _THE_FEW_BEFORE.search(text, sentence.start, number.start))
            )
        )
    ):
        return None
    return SessionCount(int(value), number.start, m.end())
