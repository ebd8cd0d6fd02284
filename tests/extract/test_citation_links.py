"""Which citation reports a study, from the study's sentences."""

from __future__ import annotations

import pytest

from pipelines.extract.citation_links import link_citation
from pipelines.extract.sentences import split_sentences
from pipelines.model import Citation

CITATIONS = [
    Citation(
        raw="a",
        first_author="Okafor",
        year=2019,
        journal="Sleep Med",
        marker="1",
        title="Melatonin for shift workers: a randomized trial",
    ),
    Citation(
        raw="b",
        first_author="Lindgren",
        year=2012,
        journal="N Engl J Med",
        marker="2",
        title="Light therapy for winter depression: a pilot study",
    ),
    Citation(
        raw="c",
        first_author="Lindgren",
        year=2016,
        journal="BMJ",
        marker="3",
        title="Light therapy and mood in older adults: a cohort study",
    ),
]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A trial in nurses tested melatonin [1]. Sleep improved.", 0),
        ("An earlier study found benefits (2). It had 40 people.", 1),
        ("Mood improved in 60% of patients.3 The effect lasted a year.", 2),
        ("Sleep got better in nurses (Okafor et al., 2019).", 0),
        ("Lindgren and colleagues published a cohort in 2016 in the BMJ.", 2),
        ("The 2012 trial by Lindgren, published in the New England Journal of Medicine, was small.", 1),
        ("The same team first ran a small pilot study of light boxes.", 1),
        ("Nobody is named here and no number marks it.", None),
        # a study said to be unpublished cites no paper, whatever words it shares with a title
        ("Our own poll on light therapy and mood has not been published anywhere else.", None),
        ("", None),
    ],
)
def test_link_citation(text: str, expected) -> None:
    assert link_citation(text, split_sentences(text), CITATIONS) == expected


def test_repeated_printed_markers_fall_back_to_list_position() -> None:
    citations = [Citation(raw=x, first_author=x, marker="1") for x in ("Aa", "Bb", "Cc")]
    text = "A third study reported lower stress.3"
    assert link_citation(text, split_sentences(text), citations) == 2


def test_bracketed_marker_beyond_the_list_is_ignored() -> None:
    text = "This was shown before [9]."
    assert link_citation(text, split_sentences(text), CITATIONS) is None


def test_no_citations() -> None:
    text = "A trial [1] found benefits."
    assert link_citation(text, split_sentences(text), []) is None
