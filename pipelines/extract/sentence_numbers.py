"""Number mentions paired with the sentence holding them, so several extractors can share one find_numbers pass."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from pipelines.extract.numbers import NumberMention, find_numbers
from pipelines.model import Sentence


def numbers_in(text: str, sentences: Sequence[Sentence]) -> list[NumberMention]:
    """Every number mention inside the given sentences, in text order."""
    out: list[NumberMention] = []
    for sentence in sentences:
        out.extend(find_numbers(text, sentence.start, sentence.end))
    return out


def numbers_by_sentence(
    text: str, sentences: Sequence[Sentence], numbers: Sequence[NumberMention] | None = None
) -> Iterator[tuple[Sentence, NumberMention]]:
    """(sentence, mention) for each mention inside one of the sentences; numbers=None finds them here."""
    if numbers is None:
        for sentence in sentences:
            for number in find_numbers(text, sentence.start, sentence.end):
                yield sentence, number
        return
    ordered = sorted(sentences, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    for number in numbers:
        i = bisect.bisect_right(starts, number.start) - 1
        if i >= 0 and number.start >= ordered[i].start and number.end <= ordered[i].end:
            yield ordered[i], number
