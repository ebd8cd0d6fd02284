"""Time spans stated for one study: value, unit and role (see duration_roles), each with its evidence.

A span is found by shape ("30-minute", "12 weeks", "at 4, 10 and 26 weeks", "2- and 5-month", "at week
12", "hour-long", "for a year"), dropped when duration_exclusions says its context makes it something
else (an age, a symptom history, a recall window, an outcome value...), and given a role by duration_roles.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from pipelines.extract.corrected_spans import corrected_spans, is_correction
from pipelines.extract.duration_exclusions import not_a_study_span, skip_sentence, weak_span_holds
from pipelines.extract.duration_roles import role_of
from pipelines.extract.number_words import CARDINAL_WORD_PATTERN, ORDINAL_WORD_PATTERN, ORDINAL_WORDS
from pipelines.extract.numbers import parse_number
from pipelines.extract.sentences import SentenceIndex
from pipelines.extract.time_units import SESSION_UNITS, UNIT_PATTERN, canonical_unit, compile_idioms
from pipelines.model import DurationFact, Sentence

_ITEM = (
    r"(?:\d+(?:\.\d+)?|(?:" + CARDINAL_WORD_PATTERN + r")(?:[\s-](?:" + CARDINAL_WORD_PATTERN + r"))*)"
    r"(?:\s+and\s+a\s+half)?"
)
_AND_A_HALF = re.compile(r"(?i)\s+and\s+a\s+half$")
_JOIN = r"(?:-?\s*,\s*(?:(?:and|or)\s+)?|-?\s+(?:and|or|to|through)\s+|\s*[-–—]\s*)"
_SPAN_PATTERN = (
    r"(?<![\w.$€£])(?<![A-Za-z]-)(?P<items>" + _ITEM + r"(?:" + _JOIN + _ITEM + r")*)"
    r"(?P<sep>\s*[-–]\s*|\s+(?:(?:consecutive|successive|straight|additional|further|full)\s+)?)"
    r"(?P<unit>" + UNIT_PATTERN + r")\b(?!-(?:old|olds)\b)(?P<hyphen>-(?=[A-Za-z]))?"
)
# "at week 12", "by month 6", "on day 3 and day 28", "on days 7, 14 and 21": time points named the other way round.
_REVERSED_PATTERN = (
    r"\b(?P<prep>at|by|on|through|until|to)\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?P<items>\d+(?:" + _JOIN + r"(?:(?:again\s+)?(?:on\s+|at\s+)?(?:days?|weeks?|months?|years?)\s+)?\d+)*)\b"
)


@dataclass(frozen=True)
class _Patterns:
    """The span patterns, compiled for lower-cased text (about 3x faster) or for text of any case."""

    span: re.Pattern
    reversed: re.Pattern
    idioms: tuple
    article: re.Pattern


# "for a year", "lasted a month": the article as the value 1.
_ARTICLE_PATTERN = r"\ba\s+(?:full\s+|whole\s+|single\s+)?(?P<unit>day|week|month|year)\b"

_LOWER = _Patterns(
    re.compile(_SPAN_PATTERN), re.compile(_REVERSED_PATTERN), compile_idioms(0), re.compile(_ARTICLE_PATTERN)
)
_ANY_CASE = _Patterns(
    re.compile(_SPAN_PATTERN, re.IGNORECASE),
    re.compile(_REVERSED_PATTERN, re.IGNORECASE),
    compile_idioms(),
    re.compile(_ARTICLE_PATTERN, re.IGNORECASE),
)
_ITEM_RE = re.compile(_ITEM, re.IGNORECASE)
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_SPACE = re.compile(r"\s")
_CHECKED = re.compile(r"(?i)\b(?:checked|counted|phoned|called|seen|visited|asked|weighed|again)\b")
_ORDINAL_DAY = re.compile(
    r"(?i)\b(?:on|at)\s+the\s+(?P<ordinal>" + ORDINAL_WORD_PATTERN + r")\s+(?P<unit>day|week|month)\b"
)
_NOT_WORD = re.compile(r"not\s")
_ORDINAL_HINTS = tuple(f"{ending} {unit}" for ending in ("st", "nd", "rd", "th") for unit in ("day", "week", "month"))
# Substrings of every unit form but "mo(s)"; a plain literal alternation scans at C speed.
_UNIT_HINT = re.compile(r"min|hour|hr|day|week|wk|month|year|yr|fortnight")
_UNIT_HINT_ANY_CASE = re.compile(_UNIT_HINT.pattern, re.IGNORECASE)
_CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d")

# Matched against lower-cased text: case-insensitive scans of a whole article cost ~10x more.
_OBSERVATIONAL = re.compile(
    r"\b(?:cohort|longitudinal|observational|registry|database|medical\s+records|prospective\s+study|case\s+series"
    # a case series told in lay words: "an eye hospital described 14 patients treated over five years"
    r"|described\s+\d[\d,]*\s+(?:[\w-]+\s+)?(?:patients|people|cases|children|adults|women|men)"
    r"|(?:charts|notes|files)\s+of\s+(?:every|all|each)"
    r"|(?:insurance|medicare|medicaid|billing)\s+claims|claims\s+(?:data|records))\b"
)
_TRIAL = re.compile(r"\b(?:randomi[sz]\w*|trials?|placebo|sham|assigned|allocated|intervention\s+groups?)\b")
_END_OF_LEAD = re.compile(
    r"(?i)\b(?:at|by|after)\s+the\s+(?:end|close|completion)\s+of\s+(?:the|an?|their|each)\s+$"
    r"|\b(?:after|upon\s+completing|on\s+completing|when)\s+(?:the|an?|their)\s+$"
)
# "again" matters: "at the start and at the end" is a before/after comparison, not a time point of its own.
_AGAIN_AT_THE_END = re.compile(r"(?i)\bagain\s+at\s+the\s+end\b(?!\s+of\b)")
_ASSESSED = re.compile(
    r"(?i)\b(?:measured|assessed|evaluated|re-?assessed|tested|surveyed|compared|scored|rated|recorded|examined)\b"
)
_LIST_GAP = re.compile(r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:at\s+|by\s+|after\s+)?")
_OF_NEXT = re.compile(r"\s+of\s+[A-Za-z]")
_NOUN_NEXT = re.compile(r"[-\s]+[A-Za-z]")

_LEAD_CHARS = 120
# How far a span reaches around its unit word: a list of numbers before it, "week 4, 8 and 12" after it.
_REACH_BEFORE_UNIT = 110
_REACH_AFTER_UNIT = 40
_TAIL_CHARS = 80


def extract_durations(
    text: str, index: SentenceIndex, sentences: list[Sentence], assigns_nothing: bool = False
) -> list[DurationFact]:
    """Every distinct (value, unit, role) time span stated in the given sentences, in text order.

    assigns_nothing: the study's design is known to be observational (a case-control study told as "compared 88
    children who had drowned with 352 who had not" names no cohort or registry word)."""
    found: list[DurationFact] = []
    seen: set[tuple[float, str, str]] = set()
    scan, patterns, hints = _unit_hints(text)
    observational = None  # decided once, and only for a study that states some span
    for sentence in sentences:
        first, last = bisect_left(hints, sentence.start), bisect_left(hints, sentence.end)
        if first == last:
            continue
        windows = _windows(hints[first:last], sentence)
        spans = [span for lo, hi in windows for span in _find_spans(text, scan, patterns, lo, hi)]
        if not spans or skip_sentence(sentence.text):
            continue
        if observational is None:
            observational = assigns_nothing or _is_observational(scan, sentences)
        for value, unit, role, start, end in _judge_spans(text, sentence, spans, observational):
            key = (value, unit, role)
            if key not in seen:
                seen.add(key)
                found.append(DurationFact(value, unit, role, index.evidence(start, end)))
    found = _without_fractional_restatements(found)
    wrong = _corrected(text, sentences)
    return [fact for fact in found if (fact.value, fact.unit) not in wrong] if wrong else found


# Exact conversions to the next smaller unit: "a year and a half" is the "18 months" the results are told at.
_SMALLER_UNIT = {"year": ("month", 12), "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60)}


def _without_fractional_restatements(found: list[DurationFact]) -> list[DurationFact]:
    """Drop "1.5 years" when the same study also states it whole in a smaller unit ("18 months"), same role."""
    whole = {(fact.value, fact.unit, fact.role) for fact in found if float(fact.value).is_integer()}
    kept = []
    for fact in found:
        smaller = _SMALLER_UNIT.get(fact.unit)
        if smaller and not float(fact.value).is_integer() and (fact.value * smaller[1], smaller[0], fact.role) in whole:
            continue
        kept.append(fact)
    return kept


def _corrected(text: str, sentences: list[Sentence]) -> set[tuple[float, str]]:
    """Spans a correction note in these sentences says were wrong ("followed for nine months, not six")."""
    wrong: set[tuple[float, str]] = set()
    for sentence in sentences:
        # ("another", "note" and "nothing" hold "not" too: only the word itself can set right beside wrong)
        if _NOT_WORD.search(sentence.text.lower()):
            line_start = text.rfind("\n", 0, sentence.start) + 1
            if is_correction(text[line_start : sentence.end], sentence.text):
                wrong |= corrected_spans(sentence.text)
    return wrong


# Each study of an article asks for the same article-wide scan: kept for the last few texts.
@lru_cache(maxsize=8)
def _unit_hints(text: str) -> tuple[str, _Patterns, list[int]]:
    """The text to scan (lower-cased when offsets allow), its patterns, and where a time unit might start."""
    scan, patterns = text.lower(), _LOWER
    if len(scan) != len(text):  # a few characters change length when lower-cased: keep offsets exact
        scan, patterns = text, _ANY_CASE
    # Most sentences name no time unit: one literal scan finds those that might, the span patterns are costlier.
    hints = [m.start() for m in (_UNIT_HINT if patterns is _LOWER else _UNIT_HINT_ANY_CASE).finditer(scan)]
    return scan, patterns, hints


@dataclass
class _Span:
    start: int
    end: int  # end of the unit word: the evidence ends here
    unit: str
    items: list[tuple[int, float]]  # (start offset, value) of each number sharing the unit
    adjective: bool
    role: str | None = None
    excluded: bool = False
    weak: bool = False  # "a year": a span only after "for"/"lasted", not in "a year later" or "over a full year"
    unit_first: bool = False  # "at week 12"


def _is_observational(scan: str, sentences: list[Sentence]) -> bool:
    """A study described with cohort/registry words and no trial words assigns no treatment."""
    joined = "\n".join(scan[sentence.start : sentence.end] for sentence in sentences).lower()
    return bool(_OBSERVATIONAL.search(joined)) and not _TRIAL.search(joined)


def _windows(hints: list[int], sentence: Sentence) -> list[tuple[int, int]]:
    """Stretches of the sentence around its unit words, merged: the only places a span can be."""
    windows: list[tuple[int, int]] = []
    for hint in hints:
        start, end = max(sentence.start, hint - _REACH_BEFORE_UNIT), min(sentence.end, hint + _REACH_AFTER_UNIT)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _judge_spans(
    text: str, sentence: Sentence, spans: list[_Span], observational: bool
) -> list[tuple[float, str, str, int, int]]:
    """(value, unit, role, evidence start, evidence end) for each span of one sentence that is a study's."""
    for span in spans:
        lead = text[max(sentence.start, span.start - _LEAD_CHARS) : span.start]
        tail = text[span.end : min(sentence.end, span.end + _TAIL_CHARS)]
        span.excluded = not_a_study_span(lead, tail, span.adjective) or (span.weak and not weak_span_holds(lead, tail))
        if not span.excluded and span.role is None:
            span.role = role_of(span.unit, lead, tail, span.adjective, observational)
    _share_roles_along_lists(text, spans)
    out = []
    for span in spans:
        if span.role is None or span.excluded:
            continue
        if observational and span.role in ("session", "intervention"):
            continue  # a study that assigns nothing has no sessions or treatment periods: these are exposures
        roles = [span.role]
        if span.role == "intervention" and (
            (span.adjective and _measured_at_end_of(text, sentence, span))
            or _checked_at_its_end(text, sentence, span)
            or _results_after_treatment(text, sentence, span)
        ):
            roles.append("follow_up")
        for item_start, value in span.items:
            # Evidence runs from the number (or from the unit, in "week 12") to the end of the span.
            start = span.start if span.unit_first else item_start
            out.extend((value, span.unit, role, start, span.end) for role in roles)
    return out


# "After 12 months of treatment, the researchers found ...": a result told at the end of the treatment period
_OPENS_AFTER = re.compile(r"(?i)^\W*after\s+$")
_OF_TREATMENT_THEN = re.compile(
    r"(?i)\s+of\s+(?:[\w-]+\s+)?(?:treatment|therapy|training|supplementation|use|the\s+(?:programme|program|course"
    r"|treatment|intervention))\s*,"
)


def _results_after_treatment(text: str, sentence: Sentence, span: _Span) -> bool:
    lead = text[sentence.start : span.start]
    return bool(_OPENS_AFTER.match(lead)) and bool(_OF_TREATMENT_THEN.match(text, span.end, sentence.end))


def _checked_at_its_end(text: str, sentence: Sentence, span: _Span) -> bool:
    """'The treatment lasted eight weeks, and haemoglobin was checked after four weeks and again at the end': the
    treatment's length, said in the same sentence as a check at its end, is also a time point."""
    after = text[span.end : sentence.end]
    return bool(_AGAIN_AT_THE_END.search(after)) and bool(_ASSESSED.search(after) or _CHECKED.search(after))


def _measured_at_end_of(text: str, sentence: Sentence, span: _Span) -> bool:
    """'Pain was measured at the end of the 8-week program': the treatment length is also a time point."""
    lead = text[max(sentence.start, span.start - 40) : span.start]
    return bool(_END_OF_LEAD.search(lead)) and bool(_ASSESSED.search(sentence.text))


def _find_spans(text: str, scan: str, patterns: _Patterns, lo: int, hi: int) -> list[_Span]:
    """Candidate spans in text[lo:hi]; `scan` is `text` or its lower-cased copy, with the same offsets."""
    spans: list[_Span] = []
    for m in patterns.span.finditer(scan, lo, hi):
        unit = canonical_unit(m.group("unit"))
        hyphen_bound = m.group("sep") == "-"
        items = _item_values(m.group("items"), m.start("items"), hyphen_bound)
        if unit is None or not items:
            continue
        adjective = bool(m.group("hyphen")) or "-" in m.group("sep") or "–" in m.group("sep")
        adjective = adjective or bool(_OF_NEXT.match(text, m.end("unit")))
        spans.append(_Span(m.start(), m.end("unit"), unit, items, adjective))
    for m in patterns.reversed.finditer(scan, lo, hi):
        items = _item_values(m.group("items"), m.start("items"))
        if m.group("prep").lower() == "on":
            items = [(at, value) for at, value in items if value != 1]  # "on day 1 of the trial" is its start
        if items and not _overlaps(spans, m.start("unit"), m.end()):
            unit = canonical_unit(m.group("unit"))
            spans.append(_Span(m.start("unit"), m.end(), unit, items, False, "follow_up", unit_first=True))
    window = text[lo:hi].lower()
    # every ordinal word ends in st, nd, rd or th: a cheap test before the case-insensitive scan
    ordinal_days = _ORDINAL_DAY.finditer(text, lo, hi) if any(hint in window for hint in _ORDINAL_HINTS) else ()
    for m in ordinal_days:
        value = ORDINAL_WORDS[m.group("ordinal").lower()]
        # (only where something was measured then: "on the second day of the festival" is no time point)
        assessed = _ASSESSED.search(text, max(lo, m.start() - 80), m.start()) or _CHECKED.search(
            text, max(lo, m.start() - 80), m.start()
        )
        if value > 1 and assessed and not _overlaps(spans, m.start(), m.end()):
            # "compared platelet counts on the third day and again on the fifth day": a time point, like "day 3"
            unit = canonical_unit(m.group("unit"))
            spans.append(
                _Span(m.start(), m.end(), unit, [(m.start("ordinal"), value)], False, "follow_up", unit_first=True)
            )
    idioms, idiom_values = patterns.idioms
    for m in idioms.finditer(scan, lo, hi):
        value, unit = idiom_values[m.lastgroup]
        if not _overlaps(spans, m.start(), m.end()):
            # "hour-long sessions", "a half-hour appointment" qualify a noun; "for an hour" does not.
            adjective = ("-" in m.group(0) or "long" in m.group(0).lower()) and bool(_NOUN_NEXT.match(text, m.end()))
            spans.append(_Span(m.start(), m.end(), unit, [(m.start(), value)], adjective))
    for m in patterns.article.finditer(scan, lo, hi):
        if not _overlaps(spans, m.start(), m.end()):
            unit = canonical_unit(m.group("unit"))
            spans.append(_Span(m.start(), m.end(), unit, [(m.start(), 1)], False, weak=True))
    spans.sort(key=lambda span: span.start)
    return spans


def _item_values(items: str, offset: int, hyphen_bound: bool = False) -> list[tuple[int, float]]:
    out = []
    for item in _ITEM_RE.finditer(items):
        raw = item.group(0)
        if _CALENDAR_YEAR.fullmatch(raw):
            continue
        half = _AND_A_HALF.search(raw)
        value = parse_number(raw[: half.start()] if half else raw)
        start = item.start()
        if hyphen_bound and not half and item.end() == len(items) and _SPACE.search(raw):
            # "seven one-hour sessions", "twenty one-hour sessions": the hyphen binds only the word before the unit;
            # the words before it count the sessions
            last = _LAST_WORD.search(raw)
            value, start = parse_number(last.group(0)), item.start() + last.start()
        if value is None or value <= 0:
            continue
        out.append((offset + start, value + 0.5 if half else value))
    return out


def _share_roles_along_lists(text: str, spans: list[_Span]) -> None:
    """'at 1 week, 1 month and 3 months after treatment': spans joined by a list share the cue of one of them."""
    for order in (spans, spans[::-1]):
        for prev, cur in pairwise(order):
            first, second = (prev, cur) if prev.start < cur.start else (cur, prev)
            if cur.role is not None or cur.excluded or prev.role is None or prev.excluded:
                continue
            if (prev.unit in SESSION_UNITS) != (cur.unit in SESSION_UNITS):
                continue
            if _LIST_GAP.fullmatch(text[first.end : _first_item(second)]):
                cur.role = prev.role


def _first_item(span: _Span) -> int:
    return min(span.start, span.items[0][0])


def _overlaps(spans: list[_Span], start: int, end: int) -> bool:
    return any(start < span.end and span.start < end for span in spans)
