"""One study block to StudyFacts: design, blinding, sample size, sessions, arms, durations, outcomes."""

from __future__ import annotations

import re

from pipelines.extract.arms import extract_arms
from pipelines.extract.durations import extract_durations
from pipelines.extract.numbers import find_numbers
from pipelines.extract.outcomes import extract_outcomes
from pipelines.extract.population import extract_population
from pipelines.extract.segmentation import StudyBlock
from pipelines.extract.sentences import SentenceIndex
from pipelines.model import Citation, StudyFacts

_DESIGN_CUES = [
    (re.compile(r"(?i)meta-analy"), "meta_analysis"),
    (re.compile(r"(?i)systematic review|\breview\b"), "systematic_review"),
    (re.compile(r"(?i)randomi[sz]ed|randomly assigned"), "randomized_controlled_trial"),
    (re.compile(r"(?i)\bsurvey\b"), "survey"),
]
_PEOPLE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(adults|patients|participants|people|women|men|infants|children)\b")


def extract_study(text: str, index: SentenceIndex, block: StudyBlock, citations: list[Citation]) -> StudyFacts:
    study = StudyFacts(citation_index=block.citation_index)
    for sentence in block.sentences:
        for pattern, design in _DESIGN_CUES:
            if study.design == "other" and pattern.search(sentence.text):
                study.design = design
                study.evidence["design"] = index.evidence(sentence.start, sentence.end)
        if study.sample_size is None:
            for number in find_numbers(text, sentence.start, sentence.end):
                follow = _PEOPLE.match(text, number.end)
                if follow and float(number.value).is_integer():
                    study.sample_size = int(number.value)
                    study.sample_unit = "participants"
                    study.evidence["sample_size"] = index.evidence(number.start, follow.end())
                    break
    if block.sentences:
        study.durations = extract_durations(text, index, block.sentences)
        population = extract_population(text, index, block.sentences, study.design)
        if population is not None:
            study.population, study.evidence["population"] = population
        study.arms = extract_arms(text, index, block.sentences, study.design)
        study.outcomes = extract_outcomes(text, index, block.sentences, study.design, study.arms)
    return study
