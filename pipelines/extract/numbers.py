"""Numbers as people write them (digits, separators, words) to values, or None rather than a guess."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num


@dataclass(frozen=True)
class NumberMention:
    value: float
    start: int
    end: int
    text: str
    approximate: bool = False  # "about 20", "more than 100", "several thousand"


_DIGITS = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.])\d+(?:\.\d+)?(?![\d])")


def parse_number(phrase: str) -> float | None:
    """'1,161' -> 1161, 'forty-four' -> 44; anything not a plain cardinal -> None."""
    phrase = phrase.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", phrase):
        return int(phrase.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", phrase):
        return float(phrase)
    try:
        return text2num(phrase.lower(), "en")
    except ValueError:
        return None


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    end = len(text) if end is None else end
    out = []
    for m in _DIGITS.finditer(text, start, end):
        value = parse_number(m.group(0))
        if value is not None:
            out.append(NumberMention(value, m.start(), m.end(), m.group(0)))
    return out
