"""Outcomes a study measured and the direction of effect reported for the intervention arm."""

from __future__ import annotations

from pipelines.extract.sentences import SentenceIndex
from pipelines.model import ArmFact, OutcomeFact, Sentence


def extract_outcomes(
    text: str, index: SentenceIndex, sentences: list[Sentence], design: str, arms: list[ArmFact]
) -> list[OutcomeFact]:
    return []
