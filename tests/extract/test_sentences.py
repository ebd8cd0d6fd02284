import pytest

from pipelines.extract.sentences import SentenceIndex, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pain fell. Mood rose.", ["Pain fell.", "Mood rose."]),
        ("Did it work? Yes! It did.", ["Did it work?", "Yes!", "It did."]),
        # abbreviations and initials do not end a sentence
        (
            "Kutner JS et al. reported it. Then Dr. Smith agreed.",
            ["Kutner JS et al. reported it.", "Then Dr. Smith agreed."],
        ),
        ("Data from the U.S. Census were used.", ["Data from the U.S. Census were used."]),
        ("See J. Smith. Next one.", ["See J. Smith.", "Next one."]),
        # parliamentary and political titles
        ("Will the hon. Member give way? I will.", ["Will the hon. Member give way?", "I will."]),
        # a list or section number at the start of a line is not a sentence
        ("1. The big cohort: coffee and living longer", ["1. The big cohort: coffee and living longer"]),
        ("12. Sleep and screens", ["12. Sleep and screens"]),
        ("IV. Results are in. Yes.", ["IV. Results are in.", "Yes."]),
        # ...but a number ending a sentence still ends it
        ("The count was 12. Then it fell.", ["The count was 12.", "Then it fell."]),
        # "No." ends an answer unless a number follows it
        ("No. Long-term data come from a registry.", ["No.", "Long-term data come from a registry."]),
        ("See No. 5 and Fig. 2 for details.", ["See No. 5 and Fig. 2 for details."]),
        # closing quotes stay with their sentence; every line break ends a sentence
        ('She said "it helped." Then left.', ['She said "it helped."', "Then left."]),
        ("A heading\nBody text here.", ["A heading", "Body text here."]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_point_at_the_sentence_text():
    text = "  First one.  Second one.\n\nThird."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_a_long_line_of_short_sentences_splits_every_one():
    text = "Word. " * 5000
    assert len(split_sentences(text)) == 5000


def test_index_finds_the_sentence_around_a_span():
    text = "Pain fell. Mood rose in 40 adults."
    index = SentenceIndex(text)
    start = text.index("40")
    assert index.sentence_at(start).text == "Mood rose in 40 adults."


def test_a_possessive_before_the_full_stop_ends_the_sentence() -> None:
    text = "Memory improved more than in the listening group's. But at 12 months the difference was gone."
    assert [s.text for s in split_sentences(text)] == [
        "Memory improved more than in the listening group's.",
        "But at 12 months the difference was gone.",
    ]


def test_an_initial_still_does_not_end_the_sentence() -> None:
    assert len(split_sentences("The paper by J. Smith appeared in May.")) == 1
