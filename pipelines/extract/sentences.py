"""Sentence and span bookkeeping shared by every extractor.

Lay articles are short and written one paragraph per line, so a regex splitter with an abbreviation
table is enough and stays linear in the text length (pysbd was ~100x slower for no gain here).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipelines.model import Evidence, Sentence

# Words that end with a period without ending a sentence ("et al.", "Dr.", "U.S.", initials).
ABBREVIATIONS = frozenset(
    """al e.g eg i.e ie dr drs prof mr mrs ms st vs v no nos vol vols fig figs approx ca cf etc jr sr
    inc ltd co dept univ jan feb mar apr jun jul aug sep sept oct nov dec min max mo yr yrs wk wks
    u.s u.k u.s.a n.b p pp ed eds rev est op ph.d m.d b.a m.a med int intern j am engl hon rt sen gov""".split()
)

# Abbreviations that stand before a number: "No. 5", "Vol. 12", "Fig. 2", "nos. 3 and 4"
_BEFORE_A_NUMBER = frozenset({"no", "nos", "vol", "vols", "fig", "figs"})
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace.
# "1. The big cohort" and "IV. Results": a list or section number, not the end of a sentence.
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,3}|[IVX]{1,4})")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# Abbreviations are short: looking further back than this only makes a `$`-anchored search quadratic in a line.
_ABBREVIATION_REACH = 24


def _is_abbreviation(line: str, dot: int, next_char: str = "") -> bool:
    match = _WORD_BEFORE.search(line, max(0, dot - _ABBREVIATION_REACH), dot)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if match.start() > 0 and line[match.start() - 1] in "'’":
        return False  # a possessive or a contraction ends the word: "than the placebo group's. But ..."
    if len(word) == 1:  # an initial: "J. Smith", "Kutner JS."
        return True
    if word in _BEFORE_A_NUMBER and not next_char.isdigit():
        return False  # "No. Long-term data come from ...": the answer "No." ends its sentence; "No. 5" does not
    return word in ABBREVIATIONS


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with their offsets; every line break ends a sentence."""
    sentences: list[Sentence] = []
    for line_match in _LINE.finditer(text):
        line = line_match.group(0)
        base = line_match.start()
        start = 0
        for boundary in _BOUNDARY.finditer(line):
            dot = boundary.start()
            next_char = line[boundary.end() : boundary.end() + 4].lstrip()[:1]
            if line[dot] == "." and (
                _is_abbreviation(line, dot, next_char) or (start == 0 and _LIST_NUMBER.fullmatch(line, 0, dot))
            ):
                continue
            _append(sentences, text, base + start, base + boundary.end())
            start = boundary.end()
        _append(sentences, text, base + start, base + len(line))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))


class SentenceIndex:
    """Finds the sentence around any span in O(log n)."""

    def __init__(self, text: str, sentences: Sequence[Sentence] | None = None):
        self.text = text
        self.sentences = list(sentences) if sentences is not None else split_sentences(text)
        self._starts = [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, offset + 1):
            return self.sentences[i]
        return None

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for text[start:end]: the span itself and the sentence (or sentences) holding it."""
        first = self.sentence_at(start)
        last = self.sentence_at(max(start, end - 1))
        if first is None or last is None:
            return Evidence(start, end, self.text[start:end])
        return Evidence(start, end, self.text[first.start : max(last.end, end)])
