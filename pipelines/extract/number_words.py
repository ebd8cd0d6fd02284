"""English number vocabulary: cardinal, ordinal and fraction words, and the phrase parser built on them.

text2num does the arithmetic of a validated cardinal phrase; this module decides what counts as one,
because text2num alone accepts too little ("a dozen") and its callers tend to feed it too much
("first seven", "one-third").
"""

from __future__ import annotations

import re

from text_to_num import text2num

UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
CARDINAL_WORDS = frozenset(UNITS + TENS + list(SCALES))

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip

# Denominators of spelled fractions ("two-thirds", "one quarter").
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip

# Word scales that may follow digits: "2.5 million", and South Asian English's "3 lakh" (100,000) and "2 crore"
# (ten million).
DIGIT_SCALES = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip

_TOKEN = re.compile(r"[a-z]+")


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


CARDINAL_WORD_PATTERN = _alternation(CARDINAL_WORDS)
ORDINAL_WORD_PATTERN = _alternation(ORDINAL_WORDS)
FRACTION_WORD_PATTERN = _alternation(FRACTION_DENOMINATORS)


def parse_cardinal_words(phrase: str) -> int | None:
    """'Seventy-six' -> 76, 'a hundred and twelve' -> 112, 'two dozen' -> 24; None unless every word is a cardinal."""
    tokens = _TOKEN.findall(phrase.lower())
    if not tokens or len(_TOKEN.sub("", phrase.lower()).replace("-", "").split()) > 0:
        return None
    multiplier = 1
    if tokens[-1] == "dozen":
        multiplier = 12
        tokens = tokens[:-1] or ["one"]
        if tokens in (["a"], ["an"]):  # "a dozen"
            tokens = ["one"]
    if tokens[0] in ("a", "an") and len(tokens) > 1 and tokens[1] in SCALES:
        tokens = ["one", *tokens[1:]]
    if tokens[0] == "and" or tokens[-1] == "and":
        return None
    if any(t not in CARDINAL_WORDS and t != "and" for t in tokens):
        return None
    try:
        value = text2num(" ".join(tokens), "en")
    except ValueError:
        return None
    return int(value) * multiplier
