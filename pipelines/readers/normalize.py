"""Text layout every reader ends with: "\\n" line endings, no control characters, one paragraph per line.

Evidence offsets point into this text, so every step is deterministic and never reorders content.
"""

from __future__ import annotations

import re
import unicodedata

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# C0/C1 controls except tab and newline, plus zero-width and BOM characters that break matching.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u200e\u200f\u2060\ufeff\ufffe]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?![\d])")
_GROUP_SPACE = re.compile(r"[\u00a0\u2009\u202f]")
# What a line must hold for each rewrite to change it: one scan each, cheaper than the rewrite's own.
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]|  ")
_DIGIT_GROUP_AFTER_SPACE = re.compile(r"\d \d{3}")
_PLAIN_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(?<!\d )\b\d{1,3}(?: \d{3})+(?= [a-z])")


def normalize_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def clean_characters(text: str) -> str:
    """Newlines unified, invisible characters dropped, NFC so "café" is one code point per letter."""
    text = _INVISIBLE.sub("", normalize_newlines(text))
    return unicodedata.normalize("NFC", text)


def tidy_line(line: str) -> str:
    """Runs of spaces, tabs and no-break spaces become one space; ends trimmed. A (thin or no-break) space between
    groups of three digits is a thousands separator ("12 400 schoolchildren", as French, Polish or SI style print
    it): it becomes a comma, so the number stays one number once the space is an ordinary one."""
    # Most lines need none of the three rewrites. The rewrites open with look-behinds, which the regex engine tries
    # at every position; the screens open with a character class, which it skips through in C (a quarter of reading
    # time went to these rewrites on lines they left unchanged).
    if _GROUP_SPACE.search(line):
        line = _SPACED_THOUSANDS.sub(lambda m: _GROUP_SPACE.sub(",", m.group(0)), line)
    if _ODD_SPACE.search(line):
        line = _SPACES.sub(" ", line)
    line = line.strip()
    # An ordinary space between digit groups is read the same way only before a word ("followed 12 400 residents"),
    # and never after another number ("in 2021 400 patients").
    if _DIGIT_GROUP_AFTER_SPACE.search(line):
        line = _PLAIN_SPACED_THOUSANDS.sub(lambda m: m.group(0).replace(" ", ","), line)
    return line


def join_lines(lines: list[str]) -> str:
    """Lines back to text: at most one blank line between paragraphs, none at either end."""
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
