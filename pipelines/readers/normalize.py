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


def normalize_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def clean_characters(text: str) -> str:
    """Newlines unified, invisible characters dropped, NFC so "café" is one code point per letter."""
    text = _INVISIBLE.sub("", normalize_newlines(text))
    return unicodedata.normalize("NFC", text)


def tidy_line(line: str) -> str:
    """Runs of spaces, tabs and no-break spaces become one space; ends trimmed."""
    return _SPACES.sub(" ", line).strip()


def join_lines(lines: list[str]) -> str:
    """Lines back to text: at most one blank line between paragraphs, none at either end."""
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
