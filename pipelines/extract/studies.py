"""One study block to StudyFacts: design, blinding, sample size, sessions, arms, durations, outcomes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipelines.extract.arms import OBSERVATIONAL, extract_arms, names_no_treatment
from pipelines.extract.blinding import classify_blinding
from pipelines.extract.design import WEAK_RANK, ranked_design
from pipelines.extract.dose_units import DOSE_AMOUNT
from pipelines.extract.durations import extract_durations
from pipelines.extract.numbers import NumberMention
from pipelines.extract.outcomes import extract_outcomes
from pipelines.extract.population import extract_population, population_in_title
from pipelines.extract.sample_size import SampleSize, find_sample_size
from pipelines.extract.segmentation import StudyBlock
from pipelines.extract.sentence_numbers import numbers_in
from pipelines.extract.sentences import SentenceIndex
from pipelines.extract.sessions import find_session_count
from pipelines.extract.title_arms import title_arms, title_treatment
from pipelines.model import REVIEW_DESIGNS, ArmFact, Citation, Sentence, StudyFacts

TRIAL_DESIGNS = frozenset({"randomized_controlled_trial", "non_randomized_trial"})


def extract_study(text: str, index: SentenceIndex, block: StudyBlock, citations: list[Citation]) -> StudyFacts:
    study = StudyFacts(citation_index=block.citation_index)
    if not block.sentences:
        return study
    design = ranked_design(block.sentences)
    if design is None or (design[0] >= WEAK_RANK and design[1] in TRIAL_DESIGNS):
        # A "trial" the article never calls randomized, whose paper's title does. Only for trials: a survey or
        # an interview study given a neighbour's citation would otherwise take that paper's design.
        cited = _design_from_citation(text, block, citations)
        if cited is not None and (design is None or cited[0] < design[0]):
            design = cited
    if design is not None:
        study.design = design[1]
        study.evidence["design"] = index.evidence(design[2], design[3])
    # A review's "double-blind trials" describes the studies it included, not the review itself.
    blinding = None if study.design in REVIEW_DESIGNS else classify_blinding(block.sentences)
    if blinding is not None:
        study.blinding = blinding[0]
        study.evidence["blinding"] = index.evidence(blinding[1], blinding[2])
    numbers = numbers_in(text, block.sentences)
    sample = find_sample_size(text, block.sentences, review=study.design in REVIEW_DESIGNS, numbers=numbers)
    if sample is not None:
        study.sample_size, study.sample_unit = sample.value, sample.unit
        study.evidence["sample_size"] = index.evidence(sample.start, sample.end)
    # (a study that assigns nothing has no sessions: "a full course of four classes" is a notice beside it)
    if study.design not in REVIEW_DESIGNS and study.design not in OBSERVATIONAL:
        sessions = find_session_count(text, block.sentences, numbers)
        if sessions is not None:
            study.sessions = sessions.value
            study.evidence["sessions"] = index.evidence(sessions.start, sessions.end)
    study.durations = extract_durations(text, index, block.sentences, study.design in OBSERVATIONAL)
    if "sample_size" in study.evidence:
        sample_at = study.evidence["sample_size"].start
    else:  # "a study of roughly 700 trekkers on the Annapurna Circuit": the rounded count still names who took part
        # (a review counts studies: the people its trials held are no count of its own)
        rough = None if study.design in REVIEW_DESIGNS else _rough_count(text, block, numbers)
        sample_at = None
        if rough is not None:
            sample_at = rough.start
            # the sentence that says why the sample size is null, and that tells a study from a passing remark
            study.evidence["sample_size"] = index.evidence(rough.start, rough.end)
    population = extract_population(text, index, block.sentences, study.design, sample_at)
    if population is None:  # the article names no one: the paper's title often does ("... in older adults")
        title = _cited_title_span(text, block, citations)
        population = None if title is None else population_in_title(text, index, title)
    if population is not None:
        study.population, study.evidence["population"] = population
    study.arms = extract_arms(text, index, block.sentences, study.design)
    if study.design not in OBSERVATIONAL:
        study.arms = _with_title_arms(study.arms, text, index, block, citations, study.design)
    study.outcomes = extract_outcomes(text, index, block.sentences, study.design, study.arms)
    return study


# A rounded count that is an estimate or a plan, not the people a study took in: "estimated that about 86,000 people
# went to an ER", "the bigger trial will include about 600 women"
_ESTIMATE_OR_PLAN_BEFORE = re.compile(
    r"(?i)\b(?:estimated?|estimates|projected|will|would|plans?\s+to|aims?\s+to|hopes?\s+to|expects?\s+to)\b[^.;]{0,50}$"
)


def _rough_count(text: str, block: StudyBlock, numbers: Sequence[NumberMention]) -> SampleSize | None:
    """The rounded count of the people a study took in ("a study of more than 500 adults found"): no sample size,
    but it tells research a reader can weigh from a passing remark, and who took part."""
    rough = find_sample_size(text, block.sentences, review=False, numbers=numbers, hedged=True)
    if rough is None or _ESTIMATE_OR_PLAN_BEFORE.search(text, max(0, rough.start - 60), rough.start):
        return None
    return rough


def _design_from_citation(text: str, block: StudyBlock, citations: list[Citation]) -> tuple[int, str, int, int] | None:
    """The cited paper's title often names the design ("... a randomized trial") that the article only hints at."""
    if block.citation_index is None or not 0 <= block.citation_index < len(citations):
        return None
    evidence = citations[block.citation_index].evidence
    if evidence is None or not 0 <= evidence.start < evidence.end <= len(text):
        return None
    return ranked_design([Sentence(evidence.start, evidence.end, text[evidence.start : evidence.end])])


def _with_title_arms(
    arms: list[ArmFact], text: str, index: SentenceIndex, block: StudyBlock, citations: list[Citation], design: str
) -> list[ArmFact]:
    """The arms the cited paper's title compares, over those read from the article's sentences: a title names
    both arms as their authors do ("Tai chi versus aerobic exercise ..."), where lay text says "the app group".
    A trial's title that names only its treatment supplies the treatment the sentences left unnamed."""
    span = _cited_title_span(text, block, citations)
    if span is None:
        return arms
    compared = title_arms(text, span)
    if compared and len(compared) < _arms_counted(text[span[0] : span[1]]) <= len(arms):
        return arms  # "Hard versus soft splints ...: a three-arm trial": the sentences name the third arm too
    if compared and not _told_in_more_detail(arms, [name for _, name, _ in compared]):
        return [ArmFact(name, role, index.evidence(*where)) for where, name, role in compared]
    if compared:
        return arms
    if design not in TRIAL_DESIGNS or not names_no_treatment(arms):
        return arms
    treatment = title_treatment(text, span)
    if treatment is None:
        return arms
    named = ArmFact(treatment[1], "intervention", index.evidence(*treatment[0]))
    return [named, *(replace(arm, role="comparator") for arm in arms)]


_ARMS_COUNTED = re.compile(r"(?i)\b(?P<count>two|three|four|five|2|3|4|5)[- ](?:arm|group)(?:ed)?\b")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _arms_counted(title: str) -> int:
    """How many arms a title says its trial had ("a three-arm randomized trial"); 0 when it does not say."""
    m = _ARMS_COUNTED.search(title)
    if m is None:
        return 0
    count = m.group("count").lower()
    return int(count) if count.isdigit() else _COUNTS[count]


_DOSE = re.compile(rf"(?i)\s+{DOSE_AMOUNT}$")


def _told_in_more_detail(arms: list[ArmFact], title_names: list[str]) -> bool:
    """Whether the sentences give more arms than the title, each title arm among them ("ralaprazan 10 mg,
    ralaprazan 20 mg or omeprazole 20 mg" under "Ralaprazan versus omeprazole ...")."""
    undosed = [_DOSE.sub("", arm.name) for arm in arms]
    if len(arms) <= len(title_names) or len(set(undosed)) == len(undosed):
        return False  # (only a trial of doses, two arms one drug: sentences read more freely are often noisier)
    told = [set(arm.name.lower().split()) for arm in arms]
    return all(any(set(name.lower().split()) <= words for words in told) for name in title_names)


def _cited_title_span(text: str, block: StudyBlock, citations: list[Citation]) -> tuple[int, int] | None:
    if block.citation_index is None or not 0 <= block.citation_index < len(citations):
        return None
    citation = citations[block.citation_index]
    if not citation.title or citation.evidence is None:
        return None
    start = text.find(citation.title, citation.evidence.start, citation.evidence.end)
    if start >= 0:
        return start, start + len(citation.title)
    # The reference may wrap the title over lines that the parsed title joins with single spaces.
    printed = re.compile(r"\s+".join(map(re.escape, citation.title.split())))
    found = printed.search(text, citation.evidence.start, citation.evidence.end)
    return None if found is None else found.span()
