"""Who was studied: a short noun phrase such as "adults with chronic neck pain"."""

from __future__ import annotations

from pipelines.extract.sentences import SentenceIndex
from pipelines.model import Evidence, Sentence


def extract_population(
    text: str, index: SentenceIndex, sentences: list[Sentence], design: str
) -> tuple[str, Evidence] | None:
    return None
