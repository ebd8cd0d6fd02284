"""Numbers that are not study facts: percentages, money, ages, calendar years, other counts."""

from __future__ import annotations

import re

from pipelines.extract.sentences import SentenceIndex
from pipelines.model import Statement, StudyFacts

_PATTERNS = [
    ("percentage", re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")),
    ("money", re.compile(r"[$€£]\s?(\d[\d,]*(?:\.\d+)?)")),
]


def extract_statements(text: str, index: SentenceIndex, body_end: int, studies: list[StudyFacts]) -> list[Statement]:
    out = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, 0, body_end):
            value = float(m.group(1).replace(",", ""))
            out.append(Statement(kind, value, m.group(0), index.evidence(m.start(), m.end())))
    out.sort(key=lambda s: s.evidence.start)
    return out
