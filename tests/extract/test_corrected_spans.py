import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.corrected_spans import corrected_spans, is_correction


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (
            "The patients were followed for nine months, not six, and 11 of the 38, not 13, still had symptoms.",
            {(6, "month")},
        ),
        ("The course lasted 8 weeks (not 12).", {(12, "week")}),
        ("It ran for not six months but nine.", {(6, "month")}),
        ("The programme lasted 10 weeks, not 10 months.", {(10, "month")}),
        # nothing corrected
        ("They were seen at 6 months, not at 12.", set()),
        ("Not smoking for 12 months improved health.", set()),
        ("The trial ran for nine months.", set()),
    ],
)
def test_corrected_spans(sentence, wrong):
    assert corrected_spans(sentence) == wrong


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("UPDATE, 13 November 2026, 4.15 pm: The patients were followed for nine months, not six.", True),
        ("Correction: the trial lasted 8 weeks, not 12.", True),
        ("Editor's note: an earlier version of this story gave the wrong length.", True),
        ("Dr Lee called to clarify that the course lasted 8 weeks, not 12.", True),
        # a story's own account of two arms corrects nothing
        ("Children took antibiotics for five days, not the usual ten.", False),
    ],
)
def test_only_corrections_correct(line, expected):
    assert is_correction(line, line) is expected


def test_a_correction_note_replaces_the_span_the_story_gave():
    text = (
        "A case series described 38 patients treated for fish poisoning. "
        "The patients were followed for six months after their illness.\n\n"
        "UPDATE, 13 November: The patients were followed for nine months, not six.\n"
    )
    durations = [(d.value, d.unit, d.role) for s in extract_article(text, "H").studies for d in s.durations]
    assert durations == [(9, "month", "follow_up")]


def test_a_story_that_sets_two_arms_side_by_side_keeps_both():
    text = (
        "A trial randomly assigned 400 children with pneumonia to antibiotics for five days, not the usual ten days, "
        "or to the standard ten-day course."
    )
    durations = {(d.value, d.unit) for s in extract_article(text, "H").studies for d in s.durations}
    assert (10, "day") in durations
