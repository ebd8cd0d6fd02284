"""The direction cue table and the rules that turn cues into directions."""

from __future__ import annotations

import pytest

from pipelines.extract.effect_direction import CUES, combine, negated, opposite, polarity_direction


@pytest.mark.parametrize(
    ("effect", "outcome", "expected"),
    [
        ("down", "pain", "improved"),
        ("down", "hospital admissions", "improved"),
        ("down", "grip strength", "worsened"),
        ("up", "quality of life", "improved"),
        ("up", "side effects", "worsened"),
        ("up", "pain relief", "improved"),  # a favourable change named as such
        ("down", "symptom remission", "worsened"),
        # ending a harm is good news
        ("up", "stopping smoking", "improved"),
        ("up", "smoking cessation", "improved"),
        ("up", "smoking", "worsened"),
        ("no_difference", "pain", "no_difference"),
        ("improved", "fatigue", "improved"),
    ],
)
def test_polarity(effect: str, outcome: str, expected: str) -> None:
    assert polarity_direction(effect, outcome) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (None, "improved", "improved"),
        ("improved", None, "improved"),
        ("improved", "improved", "improved"),
        ("improved", "no_difference", "mixed"),
        ("no_difference", "improved", "mixed"),
        ("mixed", "no_difference", "mixed"),
        ("no_difference", "worsened", "no_difference"),
        (None, None, None),
    ],
)
def test_combine(first, second, expected) -> None:
    assert combine(first, second) == expected


def test_opposite_only_for_benefit_and_harm() -> None:
    assert opposite("improved", "worsened")
    assert not opposite("improved", "no_difference")
    assert not opposite(None, "worsened")


@pytest.mark.parametrize(
    ("text", "cue_word", "expected"),
    [
        ("Neither drug produced significant improvements in mood", "significant", True),
        ("The drug did not lead to fewer falls", "fewer", True),
        ("The drug led to fewer falls", "fewer", False),
        ("No side effects were seen, and walkers had fewer falls", "fewer", False),  # negation in another clause
    ],
)
def test_negated(text: str, cue_word: str, expected: bool) -> None:
    assert negated(text, text.index(cue_word), 0) is expected


@pytest.mark.parametrize(
    ("sentence", "effect"),
    [
        ("There was no significant difference in weight between groups.", "no_difference"),
        ("Anxiety scores did not change.", "no_difference"),
        ("Outcomes were broadly similar.", "no_difference"),
        ("Surgery beat physiotherapy for knee function.", "improved"),
        ("Pilates ranked highest for pain.", "improved"),
        ("Patients given the drug had lower cholesterol.", "down"),
        ("The app led to higher adherence.", "up"),
    ],
)
def test_cue_table_finds_a_cue(sentence: str, effect: str) -> None:
    effects = {cue.effect for cue in CUES if cue.pattern.search(sentence)}
    assert effect in effects


def test_more_likely_to_report_improvement_is_not_an_increase_in_harm() -> None:
    sentence = "Patients were more likely to report meaningful improvement in pain."
    assert not any(
        cue.effect == "up" and "likely" in cue.pattern.pattern and cue.pattern.search(sentence) for cue in CUES
    )


@pytest.mark.parametrize(
    ("effect", "outcome", "expected"),
    [
        ("down", "strokes", "improved"),
        ("down", "lung disease", "improved"),
        ("down", "body weight", "improved"),
        ("up", "weight gain", "improved"),  # infants: gaining weight is the goal
        ("down", "time to fall asleep", "improved"),
        ("down", "daily step count", "worsened"),
        ("up", "sitting time", "worsened"),
        # urgent care is a harm avoided; routine visits (to a dentist, a screening) are not
        ("down", "emergency visits", "improved"),
        ("down", "visits to A&E", "improved"),
        ("down", "urgent care visits", "improved"),
        ("down", "dental check-ups", "worsened"),
    ],
)
def test_polarity_general_measures(effect: str, outcome: str, expected: str) -> None:
    assert polarity_direction(effect, outcome) == expected


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The jab cut severe flu illness in older adults.", True),
        ("The drug halved their risk of a second stroke.", True),
        ("Walking groups slashed the rate of falls.", True),
        # an aim or a behaviour, not an effect
        ("Few of them managed to cut their salt intake much.", False),
        ("Several cities have cut traffic fumes sharply.", False),
        ("Try to cut back on sugar.", False),
    ],
)
def test_cut_is_a_fall_only_in_a_harm_or_its_rate(sentence: str, found: bool) -> None:
    cut = [cue for cue in CUES if "cut" in cue.hints]
    assert any(cue.pattern.search(sentence) for cue in cut) is found
