"""Spans a correction says were wrong: "UPDATE: The patients were followed for nine months, not six".

A note appended to a story sets the right figure beside the wrong one, which the story states earlier as if it were
true: the extractor must drop it, not report both. Only corrections count: "took antibiotics for five days, not the
usual ten" in a story's own text describes a trial's two arms.
"""

from __future__ import annotations

import re

from pipelines.extract.number_words import CARDINAL_WORD_PATTERN, parse_cardinal_words
from pipelines.extract.time_units import UNIT_PATTERN, canonical_unit

_NUMBER = rf"(?:\d+(?:\.\d+)?|(?:{CARDINAL_WORD_PATTERN})(?:[\s-](?:{CARDINAL_WORD_PATTERN}))*)"
# A note appended to a story: "Update, 4 June:", "CORRECTION:", "Editor's note:", "This article was amended ..."
UPDATE_NOTE = re.compile(
    r"[*_\s]*(?:update[ds]?|correction|clarification|editor['’]s\s+note|this\s+article\s+was\s+(?:updated|amended|corrected))"
    r"\b[^:.]{0,40}[:.—–-]",
    re.IGNORECASE,
)
# A sentence that says it corrects: "to clarify two figures", "we wrongly reported", "an earlier version said"
# (matched against the lower-cased sentence: a case-insensitive scan costs several times more)
_CORRECTING = re.compile(
    r"\b(?:correct(?:ed|ion|s)?|clarif(?:y|ied|ies|ication)|wrongly|mistakenly|incorrectly|in\s+error"
    r"|misreported|an\s+earlier\s+version)\b"
)
# A sentence telling the figure a story got wrong: "An earlier version of this story said that the study included
# 4,100 children", "we wrongly reported 90 pupils" (lower-cased, as above)
_STATES_THE_WRONG_FIGURE = re.compile(
    r"\b(?:(?:an?|the)\s+(?:earlier|previous)\s+version|original\s+version\s+of\s+this|wrongly|mistakenly|incorrectly"
    r"|in\s+error|misreported)\b"
)
_WRONG_FIGURE_WORDS = ("version", "wrongly", "mistakenly", "incorrectly", "in error", "misreported")
# "nine months, not six", "nine months (not six)", "nine months and not six"
_RIGHT_NOT_WRONG = re.compile(
    rf"(?i)\b(?P<right>{_NUMBER})[\s-](?P<unit>{UNIT_PATTERN})\b,?\s*(?:\(\s*)?(?:and\s+)?not\s+"
    rf"(?:the\s+)?(?P<wrong>{_NUMBER})(?:[\s-](?P<wrong_unit>{UNIT_PATTERN})\b)?"
)
# "not six months but nine"
_NOT_WRONG_BUT_RIGHT = re.compile(
    rf"(?i)\bnot\s+(?P<wrong>{_NUMBER})[\s-](?P<unit>{UNIT_PATTERN})\b,?\s+but\s+(?P<right>{_NUMBER})"
    rf"(?:[\s-](?P<right_unit>{UNIT_PATTERN})\b)?"
)


def is_correction(line: str, sentence: str) -> bool:
    """Whether a sentence corrects the story: on a line that opens as a note, or saying that it corrects."""
    return UPDATE_NOTE.match(line) is not None or _CORRECTING.search(sentence.lower()) is not None


def states_a_wrong_figure(sentence: str) -> bool:
    """Whether a sentence tells what an earlier version of the story got wrong, whose facts must not be read."""
    lowered = sentence.lower()
    # (plain substring tests first: the pattern runs only where one of its words can be)
    return any(word in lowered for word in _WRONG_FIGURE_WORDS) and _STATES_THE_WRONG_FIGURE.search(lowered) is not None


def corrected_spans(text: str) -> set[tuple[float, str]]:
    """The (value, unit) spans a correction's text says were wrong."""
    if "not" not in text:
        return set()
    wrong: set[tuple[float, str]] = set()
    for m in _RIGHT_NOT_WRONG.finditer(text):
        unit = canonical_unit(m.group("wrong_unit") or m.group("unit"))
        value = _value(m.group("wrong"))
        if unit and value is not None and (value, unit) != (_value(m.group("right")), canonical_unit(m.group("unit"))):
            wrong.add((value, unit))
    for m in _NOT_WRONG_BUT_RIGHT.finditer(text):
        unit, value = canonical_unit(m.group("unit")), _value(m.group("wrong"))
        if unit and value is not None:
            wrong.add((value, unit))
    return wrong


def _value(number: str) -> float | None:
    if number[0].isdigit():
        return float(number)
    words = parse_cardinal_words(number)
    return float(words) if words is not None else None
