import pytest

from pipelines.readers.normalize import clean_characters, join_lines, normalize_newlines, tidy_line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("a\u2028b\u2029c\x85d", "a\nb\nc\nd"),
        ("a\x0cb", "a\nb"),
    ],
)
def test_newlines(text, expected):
    assert normalize_newlines(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NUL\x00 bytes\x00 go", "NUL bytes go"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("cafe\u0301", "caf\u00e9"),  # NFC
        ("C1\x9d control", "C1 control"),
        ("tab\tkept", "tab\tkept"),
    ],
)
def test_clean_characters(text, expected):
    assert clean_characters(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  a \t b\u00a0 c  ", "a b c"),
        ("", ""),
        ("\u2003x\u2003", "x"),
        # each kind of space alone still counts (the cheap screens must let every one through)
        ("a\tb", "a b"),
        ("a  b", "a b"),
        ("a\u3000b", "a b"),
        ("a\u205fb", "a b"),
        ("a\u00a0b", "a b"),
        ("  12 400 people  ", "12,400 people"),
        ("A clean line, left as it was.", "A clean line, left as it was."),
    ],
)
def test_tidy_line(line, expected):
    assert tidy_line(line) == expected


def test_join_lines_keeps_one_blank_line_between_paragraphs():
    assert join_lines(["", "a", "", "", "", "b", "c", "", ""]) == "a\n\nb\nc"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Some 12\u00a0400 schoolchildren took part.", "Some 12,400 schoolchildren took part."),
        ("1\u202f250\u202f000 people live there.", "1,250,000 people live there."),
        # a no-break space that separates anything else is an ordinary space
        ("in 60\u00a0schools", "in 60 schools"),
        ("page 12\u00a04000", "page 12 4000"),
        ("a ratio of 1.5\u00a0000", "a ratio of 1.5 000"),
        # an ordinary space, only before a word and never after another number
        ("It followed 12 400 residents of Upper Silesia.", "It followed 12,400 residents of Upper Silesia."),
        ("In 2021 400 patients were treated.", "In 2021 400 patients were treated."),
        ("Scores rose from 12 to 15 000 times.", "Scores rose from 12 to 15,000 times."),
        ("Call 020 7946 0183 today.", "Call 020 7946 0183 today."),
    ],
)
def test_spaced_thousands_become_one_number(line: str, expected: str) -> None:
    assert tidy_line(line) == expected
