"""Acronym definitions and their expansion in names."""

from __future__ import annotations

import pytest

from pipelines.extract.acronyms import expand_acronym, find_acronyms
from pipelines.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients received cognitive behavioural therapy (CBT) weekly.", {"cbt": "cognitive behavioural therapy"}),
        (
            "They tested transcutaneous electrical nerve stimulation (TENS).",
            {"tens": "transcutaneous electrical nerve stimulation"},
        ),
        # Initials of hyphenated parts count too.
        ("A trial of mother-performed infant massage (MPIM) in eczema.", {"mpim": "mother-performed infant massage"}),
        ("Readers of the New York Times (NYT) liked it.", {"nyt": "new york times"}),
        # Brackets that are not acronyms of the words before them.
        ("Pain fell by half (P) in the trial.", {}),
        ("The trial (n = 40) was small.", {}),
        ("It was published in 2019 (BMJ).", {}),
    ],
)
def test_find_acronyms(text: str, expected: dict[str, str]) -> None:
    assert find_acronyms(text, split_sentences(text)) == expected


def test_expand_acronym_whole_words_only() -> None:
    acronyms = {"cbt": "cognitive behavioural therapy"}
    assert expand_acronym("group cbt", acronyms) == "group cognitive behavioural therapy"
    assert expand_acronym("cbtx", acronyms) == "cbtx"
    assert expand_acronym("yoga", {}) == "yoga"
