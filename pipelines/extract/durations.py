"""Time spans (value, unit) and the role each plays in a study."""

from __future__ import annotations

import re

from pipelines.extract.numbers import parse_number
from pipelines.extract.sentences import SentenceIndex
from pipelines.model import DurationFact, Sentence

_SPAN = re.compile(
    r"(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](minute|hour|day|week|month|year)s?\b"
)


def extract_durations(text: str, index: SentenceIndex, sentences: list[Sentence]) -> list[DurationFact]:
    out = []
    for sentence in sentences:
        for m in _SPAN.finditer(text, sentence.start, sentence.end):
            value = parse_number(m.group(1))
            if value is None:
                continue
            role = "session" if m.group(2).lower() in ("minute", "hour") else "intervention"
            out.append(DurationFact(value, m.group(2).lower(), role, index.evidence(m.start(), m.end())))
    return out
