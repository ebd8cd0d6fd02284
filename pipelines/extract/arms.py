"""Interventions and comparators of a study, as short noun phrases."""

from __future__ import annotations

from pipelines.extract.sentences import SentenceIndex
from pipelines.model import ArmFact, Sentence


def extract_arms(text: str, index: SentenceIndex, sentences: list[Sentence], design: str) -> list[ArmFact]:
    return []
