"""Numbers as people write them (digits, separators, words) to values, or None rather than a guess.

`find_numbers` scans for places where a number can start (digits, currency signs, number words) and tries
the full mention pattern only there. Every mention gets a `kind` so that callers looking for counts can skip
percentages, money, years, ordinals and fractions without re-reading the context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipelines.extract.number_words import (
    CARDINAL_WORD_PATTERN,
    CARDINAL_WORDS,
    DIGIT_SCALES,
    FRACTION_DENOMINATORS,
    FRACTION_WORD_PATTERN,
    ORDINAL_WORD_PATTERN,
    ORDINAL_WORDS,
    TENS,
    parse_cardinal_words,
)

KINDS = ("cardinal", "percent", "money", "year", "ordinal", "n_equals", "fraction")


@dataclass(frozen=True)
class NumberMention:
    value: float
    start: int
    end: int
    text: str
    approximate: bool = False  # "about 20", "more than 100", "several thousand"
    kind: str = "cardinal"  # one of KINDS
    in_range: bool = False  # a bound of "10 to 14", "2-12", "between 20 and 30"


# ("3,00,000": South Asian English groups by two digits above the thousands)
_INT = r"\d{1,3}(?:,\d{3})+(?![\d])|\d{1,2}(?:,\d{2})+,\d{3}(?![\d])|\d+"
_DIGITS_ONLY = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+")
_DECIMAL_ONLY = re.compile(r"\d+\.\d+|\.\d+")
_DIGIT_SCALE_PHRASE = re.compile(r"(?i)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(" + "|".join(DIGIT_SCALES) + r")")

# Digits glued to letters are identifiers or measures ("COVID-19", "B12", "3D", "5mg"), not counts.
_DIGIT_START = r"(?<![\w.])(?<![A-Za-z]-)"
_DIGIT_END = r"(?![A-Za-z0-9_]|\.\d)"

_MENTION = re.compile(
    r"(?P<neq_lead>\b[nN]\s*=\s*)(?P<neq>" + _INT + r")" + _DIGIT_END
    + r"|(?P<cur>[$€£¥])\s?(?P<money>(?:" + _INT + r")(?:\.\d+)?)"
    + r"(?:\s*(?P<mscale>thousand|million|billion|bn|m|k)\b)?"
    + r"|" + _DIGIT_START + r"(?P<dord>\d+)(?:st|nd|rd|th)\b"
    + r"|" + _DIGIT_START + r"(?P<num>(?:" + _INT + r")(?:\.\d+)?)" + _DIGIT_END
    + r"(?:\s+(?P<dscale>thousand|million|billion|lakhs?|lac|crores?)\b)?"
    + r"|\b(?P<fnum>" + CARDINAL_WORD_PATTERN + r")[\s-](?P<fden>" + FRACTION_WORD_PATTERN + r")\b"
    + r"|\b(?P<word_ord>(?:(?:" + "|".join(TENS) + r")[\s-])?(?:" + ORDINAL_WORD_PATTERN + r"))\b"
    + r"|\b(?P<vague>dozens|hundreds|thousands|millions|billions)\b"
    + r"|\b(?P<words>(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:" + CARDINAL_WORD_PATTERN + r")"
    + r"(?:(?:\s*-\s*|\s+and\s+|\s+)(?:" + CARDINAL_WORD_PATTERN + r"))*(?:\s+dozen)?)\b"
    + r"|\b(?P<dozen>an?\s+dozen)\b",
    re.IGNORECASE,
)  # fmt: skip

_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_WORD_PHRASE = re.compile(r"[A-Za-z][A-Za-z\s-]*")
_WORD_SEPARATOR = re.compile(r"[\s-]+")
_TWO_DIGITS = re.compile(r"\d{2}")
_START_WORDS = frozenset(
    set(CARDINAL_WORDS)
    | set(ORDINAL_WORDS)
    | {"a", "an", "n", "dozens", "hundreds", "thousands", "millions", "billions"}
)


def _first_letter_alternation(words) -> str:
    """'one|only|two' as 'o(?:ne|nly)|t(?:wo)': the regex engine then rejects most word starts on one letter."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in sorted(by_letter.items()))


_CANDIDATE_PATTERN = r"\d+|[$€£¥]|\b(?:" + _first_letter_alternation(_START_WORDS) + r")\b"
_CANDIDATE = re.compile(_CANDIDATE_PATTERN)
_CANDIDATE_ANY_CASE = re.compile(_CANDIDATE_PATTERN, re.IGNORECASE)
# Hedges before a number, by how many words they have ("about", "more than", "in excess of").
_HEDGE_WORDS = {
    1: frozenset(
        "about approximately approx approx. around roughly nearly almost some over under estimated several many "
        "circa ca. upwards".split()
    ),
    2: frozenset(
        "more than|fewer than|less than|up to|at least|at most|close to|upwards of|tens of|a few|just over|just under"
        "|well over|an estimated".split("|")
    ),
    3: frozenset(["in excess of"]),
}
_HEDGE_SIGNS = ("~", "≈", "<", ">", "≤", "≥")
_HEDGE_AFTER = re.compile(r"(?i)^(?:\s*\+|-?\s?plus\b|\s+or\s+(?:more|so|fewer|less|longer|over)\b)")
_PERCENT_AFTER = re.compile(r"(?i)^\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|pct\b)")
_MONEY_AFTER = re.compile(r"(?i)^\s*(?:dollars|euros|usd|eur|gbp)\b")
# A four-digit number is a count, not a year, when a plural noun follows ("2000 adults").
_COUNT_NOUN_AFTER = re.compile(
    r"^\s+(?!(?:this|thus|plus|was|has|its|his|is|as|does|always|across|perhaps|whereas|unless|versus)\b)"
    r"(?:[a-z]{2,}s|people|men|women|children)\b(?!')"
)
# Words that only ever precede a year: "since 2012 researchers", "in March 2015 nurses".
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?i)\b(?:since|during|until|till|through|between|circa|early|late|mid|spring|summer|autumn|fall|winter"
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)[\s.,-]+$"
)
_PRONOUN_ONE_AFTER = re.compile(r"(?i)^(?:\s+(?:of|another)\b|-on-)")
_PRONOUN_ONE_BEFORE = re.compile(r"(?i)\b(?:no|the|this|that|each|every|any|which|anyone|someone)\s+$|-on-$")
_RANGE_GAP = re.compile(r"(?i)^\s*(?:[-–—]|to|through)\s*$")
_AND_GAP = re.compile(r"(?i)^\s+and\s+$")
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+(?:[a-z]+\s+){0,2}$")
_YEAR_DASH = re.compile(r"^[-–/]$")

_MONEY_SCALES = {**DIGIT_SCALES, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000}
_VAGUE_VALUES = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}


def _as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else value


def parse_number(phrase: str) -> int | float | None:
    """'1,161' -> 1161, 'forty-four' -> 44, '2.5 million' -> 2500000; anything not a plain cardinal -> None.

    Lists ('2,3'), year ranges ('2012-13'), ordinals ('first seven') and fractions ('one-third') are None.
    """
    phrase = phrase.strip()
    if not phrase:
        return None
    if _DIGITS_ONLY.fullmatch(phrase):
        return int(phrase.replace(",", ""))
    if _DECIMAL_ONLY.fullmatch(phrase):
        return float(phrase)
    scaled = _DIGIT_SCALE_PHRASE.fullmatch(phrase)
    if scaled:
        base = parse_number(scaled.group(1))
        return None if base is None else _as_number(base * DIGIT_SCALES[scaled.group(2).lower()])
    if not _WORD_PHRASE.fullmatch(phrase):
        return None
    return parse_cardinal_words(phrase)


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Every number mention in text[start:end], in text order, with its kind and whether it is hedged."""
    end = len(text) if end is None else min(end, len(text))
    return list(_find_numbers_cached(text, max(0, start), end))


# Several extractors ask for the numbers of the same sentences; a str caches its hash, so the key is cheap.
@lru_cache(maxsize=4096)
def _find_numbers_cached(text: str, start: int, end: int) -> tuple[NumberMention, ...]:
    return tuple(_scan_numbers(text, start, end))


def _scan_numbers(text: str, start: int, end: int) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    done = start
    # The full pattern is tried only where a number can begin: scanning every position with it is ~10x slower.
    window = text[start:end]
    lowered = window.lower()
    scan, candidates = (lowered, _CANDIDATE) if len(lowered) == len(window) else (window, _CANDIDATE_ANY_CASE)
    for token in candidates.finditer(scan):
        if start + token.start() < done:
            continue
        match = _MENTION.match(text, start + token.start(), end)
        if match:
            mentions.extend(_mentions_of(text, match, start, end))
            done = match.end()
    return _mark_ranges(text, _mark_year_ranges(text, mentions))


def _mentions_of(text: str, m: re.Match, lo: int, hi: int) -> list[NumberMention]:
    if m.group("neq"):
        return [_mention(text, m.start("neq"), m.end("neq"), int(m.group("neq").replace(",", "")), "n_equals", lo, hi)]
    if m.group("money"):
        value = parse_number(m.group("money"))
        if value is None:
            return []
        if m.group("mscale"):
            value = _as_number(value * _MONEY_SCALES[m.group("mscale").lower()])
        return [_mention(text, m.start("money"), m.end(), value, "money", lo, hi)]
    if m.group("dord"):
        return [_mention(text, m.start(), m.end(), int(m.group("dord")), "ordinal", lo, hi)]
    if m.group("num"):
        return [_digit_mention(text, m, lo, hi)]
    if m.group("fnum"):
        numerator = parse_cardinal_words(m.group("fnum"))
        if numerator is None:
            return []
        value = round(numerator / FRACTION_DENOMINATORS[m.group("fden").lower()], 4)
        return [_mention(text, m.start(), m.end(), value, "fraction", lo, hi)]
    if m.group("word_ord"):
        words = _WORD_SEPARATOR.split(m.group("word_ord").lower())
        tens = parse_cardinal_words(words[0]) if len(words) == 2 else 0
        return [_mention(text, m.start(), m.end(), (tens or 0) + ORDINAL_WORDS[words[-1]], "ordinal", lo, hi)]
    if m.group("vague"):
        value = _VAGUE_VALUES[m.group("vague").lower()]
        return [_mention(text, m.start(), m.end(), value, "cardinal", lo, hi, approximate=True)]
    if m.group("dozen"):
        return [_mention(text, m.start(), m.end(), 12, "cardinal", lo, hi)]
    return _word_mentions(text, m.start("words"), m.end("words"), lo, hi)


def _digit_mention(text: str, m: re.Match, lo: int, hi: int) -> NumberMention:
    raw = m.group("num")
    value = parse_number(raw)
    if m.group("dscale"):
        value = _as_number(value * DIGIT_SCALES[m.group("dscale").lower()])
    kind = "cardinal"
    after = text[m.end() : min(len(text), m.end() + 24)]
    before = text[max(0, m.start() - 4) : m.start()]
    if _PERCENT_AFTER.match(after):
        kind = "percent"
    elif before.rstrip().endswith(("$", "€", "£")) or _MONEY_AFTER.match(after):
        kind = "money"
    elif _is_year(text, m, raw, after):
        kind = "year"
    return _mention(text, m.start(), m.end(), value, kind, lo, hi)


def _is_year(text: str, m: re.Match, raw: str, after: str) -> bool:
    if not (len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2099) or m.group("dscale"):
        return False
    before = text[max(0, m.start() - 12) : m.start()]
    return not _COUNT_NOUN_AFTER.match(after) or bool(_YEAR_CONTEXT_BEFORE.search(before))


def _word_mentions(text: str, start: int, end: int, lo: int, hi: int) -> list[NumberMention]:
    """A run of number words is one number when it parses as one ('two hundred and twelve'), else several."""
    tokens = list(_WORD_TOKEN.finditer(text, start, end))
    out = []
    i = 0
    while i < len(tokens):
        if tokens[i].group(0).lower() == "and":
            i += 1
            continue
        for j in range(len(tokens) - 1, i - 1, -1):
            value = parse_number(text[tokens[i].start() : tokens[j].end()])
            if value is not None:
                first, last = tokens[i].start(), tokens[j].end()
                if not _is_pronoun_one(text, first, last, value):
                    kind = "percent" if _PERCENT_AFTER.match(text[last : last + 24]) else "cardinal"
                    out.append(_mention(text, first, last, value, kind, lo, hi))
                i = j + 1
                break
        else:
            i += 1
    return out


def _is_pronoun_one(text: str, start: int, end: int, value: float) -> bool:
    if value != 1 or text[start:end].lower() != "one":
        return False
    before = text[max(0, start - 12) : start]
    return bool(_PRONOUN_ONE_AFTER.match(text[end : end + 12]) or _PRONOUN_ONE_BEFORE.search(before))


def _mention(
    text: str, start: int, end: int, value: float, kind: str, lo: int, hi: int, approximate: bool = False
) -> NumberMention:
    before = text[max(lo, start - 24) : start]
    if kind == "money":
        before = before.rstrip("$€£¥ ")
    after = text[end : min(hi, end + 16)]
    hedged = approximate or _hedged_before(before) or bool(_HEDGE_AFTER.match(after))
    return NumberMention(_as_number(value), start, end, text[start:end], hedged, kind)


def _hedged_before(before: str) -> bool:
    before = before.rstrip()
    if before.endswith(_HEDGE_SIGNS):
        return True
    words = before.lower().split()[-3:]
    return any(" ".join(words[-n:]).lstrip("(") in _HEDGE_WORDS[n] for n in (1, 2, 3) if len(words) >= n)


def _mark_year_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """'2012-13' is the years 2012 and 2013, never 201213 nor a count of 13."""
    out = list(mentions)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        gap = text[prev.end : cur.start]
        if prev.kind == "year" and _YEAR_DASH.match(gap) and _TWO_DIGITS.fullmatch(cur.text):
            century = int(prev.value) // 100 * 100
            out[i] = replace(cur, value=century + int(cur.text), kind="year")
    return out


def _mark_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    out = list(mentions)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        gap = text[prev.end : cur.start]
        is_range = bool(_RANGE_GAP.match(gap)) or (
            bool(_AND_GAP.match(gap)) and bool(_BETWEEN_BEFORE.search(text[max(0, prev.start - 30) : prev.start]))
        )
        if is_range:
            out[i - 1] = replace(prev, in_range=True)
            out[i] = replace(cur, in_range=True)
    return out
