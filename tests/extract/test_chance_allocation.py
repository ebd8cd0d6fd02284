"""Allocation by chance in lay words: the one pattern the design classifier and segmentation share."""

from __future__ import annotations

import re

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.chance_allocation import ALLOCATION_BY_CHANCE, CHANCE_STEMS
from pipelines.extract.design import classify_design
from pipelines.extract.sentences import SentenceIndex
from pipelines.extract.stems import Stems

_PATTERN = re.compile("(?i)" + ALLOCATION_BY_CHANCE)
_STEMS = Stems(CHANCE_STEMS)

ALLOCATIONS = [
    "The 90 volunteers were randomly split into two groups.",
    "Patients were assigned, at random, to the new cream or the old one.",
    "Half were picked at random to wear the real bracelet.",
    "Households were put into three groups by the toss of a coin.",
    "Schools were chosen by lottery to get the breakfast club first.",
    "Clinics were allocated by a computerised draw.",
    "The names were pulled out of a hat.",
    "Families were entered into a ballot for the new housing.",
    "The researchers pulled straws to decide who went first.",
    "Wards were allocated by computer.",
    "Allocation was by coin toss.",
    "Assignment was made by drawing lots.",
    "The coach tossed a coin to decide which squad trained first.",
    "A computer decided, at random, which group each child joined.",
    "A Dutch trial gave 620 adults a free bike or nothing, at random.",
    "Each runner tried both shoes, a month apart, in random order.",
    "They used a random number table to put mothers into groups.",
    "A computer chose one knee to have the injection.",
    "Everyone had both drinks, with the order drawn by lot.",
    "A coin toss decided which ward went first.",
    "Health units were divided in two groups by a public lottery.",
    "The doctors allocated them by sealed, randomly ordered envelopes to sachets or tablets.",
    "In a trial, 120 volunteers were split by coin toss into two groups.",
    "Twenty schools were randomly chosen to get the new lunches; twenty others carried on as before.",
    "A computer split them into two equal groups of 243.",
    "Half of them, picked at random, put two fingers on a small handheld ECG device.",
    "The names of the villages were put in a hat, and 15 were drawn to host a surgery camp.",
    "A sealed envelope, opened in front of the parents, decided whether a baby had weekly casts.",
    "A computer assigned 182 of them to the new mattress and 182 to the old one.",
]
NOT_ALLOCATIONS = [
    "Controls were picked at random from the electoral roll.",
    "I met 300 nurses by chance at a conference.",
    "Eight households were selected at random for interviews.",
    "There is a lot of interest in the drug.",
    "Results were posted to families in sealed envelopes.",
    "Twenty schools were randomly chosen from the county list.",
    "A computer sorted the records by date.",
]


@pytest.mark.parametrize("sentence", ALLOCATIONS)
def test_lay_allocation_is_read_and_gated_by_its_stems(sentence: str) -> None:
    assert _PATTERN.search(sentence)
    assert _STEMS.found_in(sentence)  # else the pattern would never run where a stem test guards it


@pytest.mark.parametrize("sentence", ALLOCATIONS)
def test_lay_allocation_makes_a_randomised_trial(sentence: str) -> None:
    found = classify_design(SentenceIndex(sentence).sentences)
    assert found is not None and found[0] == "randomized_controlled_trial"


@pytest.mark.parametrize("sentence", NOT_ALLOCATIONS)
def test_samples_and_chance_meetings_are_no_allocation(sentence: str) -> None:
    assert not _PATTERN.search(sentence)


def test_a_proper_trial_after_another_study_is_a_second_study() -> None:
    text = (
        "A study in Bergen put thirty-six volunteers into a motion simulator. Everyone had ginger and a dummy capsule, "
        "with the order drawn by lot. Ginger made no difference. The wristbands got a proper trial at sea. "
        "Twenty voyages were shared out at random. Two hundred and ten trainees took part, and the bands did not help."
    )
    assert [s.sample_size for s in extract_article(text, "Seasickness").studies] == [36, 210]


def test_a_trial_still_to_be_funded_is_no_second_study() -> None:
    text = (
        "A pilot study enrolled 48 adults with gout and found fewer flares. "
        "The team is now applying for funding for a proper trial with about 300 people."
    )
    assert [s.sample_size for s in extract_article(text, "Gout").studies] == [48]
