"""Numbers in the body that are not study facts: percentages, money, ages, calendar years, other counts.

Each number mention gets one kind from model.STATEMENT_KINDS by its context (a cue table, first match wins).
Numbers already used as a study fact (sample size, sessions) and time spans (durations belong to studies) are
left out, as are scores and other statistics that read as "other" only when nothing better fits.
"""

from __future__ import annotations

import re

from pipelines.extract.numbers import find_numbers
from pipelines.extract.sentences import SentenceIndex
from pipelines.model import Statement, StudyFacts

_PERCENT_AFTER = re.compile(r"(?i)\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)")
_MONEY_BEFORE = re.compile(r"[$€£¥]\s?$")
_MONEY_AFTER = re.compile(r"(?i)\s+(?:(?:thousand|million|billion)\s+)?(?:dollars|euros|pounds|USD|EUR|GBP)\b")
_AGE_BEFORE = re.compile(r"(?i)\b(?:aged|ages|age\s+of|age|I'm|I\s+am|turned)\s+(?:\d+\s+(?:to|and|-)\s+)?$")
_AGE_AFTER = re.compile(
    r"(?i)^(?:\s*(?:to|and|-|–)\s*\d+)?(?:\s*|-)(?:years?|yrs?)[\s-]*old\b|^s\b|^\+|^\s+and\s+(?:older|over)"
)
_YEAR_BEFORE = re.compile(
    r"(?i)\b(?:in|since|from|between|by|until|through|to|of|founded|published|copyright|during|before|after|early"
    r"|late|mid|and|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\s*,?\s*(?:\d{4}\s+(?:and|to|-|–)\s+)?$"
)
_TIME_UNIT_AFTER = re.compile(r"(?i)^[\s-]*(?:minute|hour|day|week|month|year|min|hr|session)s?\b")
_MEASURE_AFTER = re.compile(
    r"(?i)^[\s-]*(?:grams?|kg|kilograms?|mg|milligrams?|g|ml|millilit(?:er|re)s?|lbs?|pounds|cm|mm|centimet(?:er|re)s?"
    r"|met(?:er|re)s?|km|miles?|blocks|points?|steps|calories|kcal|mmhg|bpm|degrees?|°)\b|^\s*-?\s*point\s+scale"
)
_COUNT_AFTER = re.compile(r"(?i)^[\s-]*(?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*s\b")
_YEAR_RANGE = (1800, 2100)
# "in their 60s": a decade of age, which the number finder leaves alone because digits run into letters.
# "in their 60s": a decade of age. The decade is looked for first (a digit is rare), then the possessive before it:
# one case-insensitive scan of the whole text for the possessive cost more than all the rest of this module.
_DECADE = re.compile(r"(?<!\w)(?P<n>\d0)s\b")
_DECADE_AGE_BEFORE = re.compile(r"(?i)\b(?:their|his|her|your|my|our)\s+(?:early\s+|mid-?\s*|late\s+)?$")


def extract_statements(text: str, index: SentenceIndex, body_end: int, studies: list[StudyFacts]) -> list[Statement]:
    used = _study_spans(studies)
    out = []
    # Per sentence, as the study extractors asked: find_numbers has cached each of these already.
    numbers = (
        number
        for sentence in index.sentences
        if sentence.start < body_end
        for number in find_numbers(text, sentence.start, min(sentence.end, body_end))
    )
    for number in numbers:
        if any(start <= number.start < end for start, end in used):
            continue
        kind = _kind(text, number)
        if kind is None:
            continue
        end = number.end
        tail = _PERCENT_AFTER.match(text, number.end) if kind == "percentage" else None
        if tail:
            end = tail.end()
        start = number.start
        symbol = _MONEY_BEFORE.search(text, max(0, start - 2), start) if kind == "money" else None
        if symbol:
            start = symbol.start()
        out.append(Statement(kind, float(number.value), text[start:end], index.evidence(start, end)))
    for m in _DECADE.finditer(text, 0, body_end) if "0s" in text else ():
        if _DECADE_AGE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            out.append(Statement("age", float(m.group("n")), m.group("n"), index.evidence(m.start("n"), m.end("n"))))
    out.sort(key=lambda statement: statement.evidence.start)
    return out


def _study_spans(studies: list[StudyFacts]) -> list[tuple[int, int]]:
    spans = []
    for study in studies:
        for name in ("sample_size", "sessions"):
            evidence = study.evidence.get(name)
            if evidence is not None:
                spans.append((evidence.start, evidence.end))
        spans.extend((d.evidence.start, d.evidence.end) for d in study.durations)
    return spans


def _kind(text: str, number) -> str | None:
    mention_kind = getattr(number, "kind", "cardinal")
    before = text[max(0, number.start - 40) : number.start]
    after = text[number.end : number.end + 60]
    if mention_kind == "percent" or _PERCENT_AFTER.match(after):
        return "percentage"
    if mention_kind == "money" or _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after):
        return "money"
    if mention_kind in ("ordinal", "fraction", "n_equals"):
        return None
    if (_AGE_BEFORE.search(before) and not _TIME_UNIT_AFTER.match(after)) or _AGE_AFTER.match(after):
        return "age"
    value = number.value
    is_integer = float(value).is_integer()
    if mention_kind == "year" or (
        is_integer
        and _YEAR_RANGE[0] <= value <= _YEAR_RANGE[1]
        and "," not in number.text
        and _YEAR_BEFORE.search(before)
    ):
        return "calendar_year"
    if _TIME_UNIT_AFTER.match(after):
        return None  # a time span: the duration extractor's business
    if _MEASURE_AFTER.match(after):
        return "measure"
    if _COUNT_AFTER.match(after) and is_integer:
        return "count"
    return "other"
