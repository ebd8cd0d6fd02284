"""Every noun of the one people-noun list is read alike by the sample-size, population and segmentation readers."""

from __future__ import annotations

import re

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.people_nouns import PEOPLE_NOUNS, STAFF_NOUNS, noun_alternation, plural_alternation
from pipelines.extract.population import extract_population
from pipelines.extract.sample_size import find_sample_size
from pipelines.extract.sentences import SentenceIndex, split_sentences

PLURALS = [plural for _, plural in PEOPLE_NOUNS]


@pytest.mark.parametrize("plural", PLURALS)
def test_a_counted_noun_is_a_sample_without_enrolment_words(plural: str) -> None:
    text = f"Results came from 140 {plural} with knee pain."
    found = find_sample_size(text, split_sentences(text), False)
    assert found is not None and (found.value, found.unit) == (140, "participants")


@pytest.mark.parametrize("plural", PLURALS)
def test_a_counted_noun_heads_the_population(plural: str) -> None:
    text = f"The trial recruited 140 {plural} with knee pain."
    index = SentenceIndex(text)
    population = extract_population(text, index, index.sentences, "randomized_controlled_trial")
    assert population is not None and population[0] == f"{plural} with knee pain"


@pytest.mark.parametrize("plural", PLURALS)
def test_a_counted_group_allocated_by_chance_is_a_study(plural: str) -> None:
    text = f"Half of the 500 {plural} were picked at random to get free glasses. Fewer fell over."
    studies = extract_article(text, "Headline").studies
    assert [(s.sample_size, s.design) for s in studies] == [(500, "randomized_controlled_trial")]


@pytest.mark.parametrize("plural", [plural for _, plural in STAFF_NOUNS])
def test_staff_need_enrolment_words_to_be_a_sample(plural: str) -> None:
    bare = f"The charity speaks for 5,600 {plural} across the country."
    assert find_sample_size(bare, split_sentences(bare), False) is None
    surveyed = f"A survey of 2,480 {plural} found most wanted shorter shifts."
    found = find_sample_size(surveyed, split_sentences(surveyed), False)
    assert found is not None and found.value == 2480


def test_alternations_match_whole_words_longest_first() -> None:
    plurals = re.compile(rf"\b(?:{plural_alternation()})\b")
    assert plurals.fullmatch("grandparents") and plurals.fullmatch("travelers")
    assert not plurals.fullmatch("grandparent")
    nouns = re.compile(rf"\b(?:{noun_alternation()})\b")
    assert nouns.fullmatch("grandparent") and nouns.fullmatch("woman") and nouns.fullmatch("people")
