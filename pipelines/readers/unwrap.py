"""Rejoin paragraphs of hard-wrapped text (e-mail newsletters wrapped at ~72 columns).

Extractors read each line as ending a sentence, so a paragraph broken mid-sentence must be one line
again. Only documents whose long lines cluster just under a fixed width count as wrapped; a line is
joined to the next only when it is long and the next one starts neither a list item nor a heading.
"""

from __future__ import annotations

import re

_MIN_WIDTH, _MAX_WIDTH = 50, 100
_LIST_START = re.compile(r"^(?:[-*+•>]|\d{1,3}[.)]|\[\d{1,3}\]|\(?[a-z]\))\s")
_MIN_SHARE_NEAR_WIDTH = 0.6


def unwrap_paragraphs(lines: list[str]) -> list[str]:
    width = _wrap_width(lines)
    if width is None:
        return lines
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1] and line and _continues(joined[-1], line, width):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _wrap_width(lines: list[str]) -> int | None:
    """The wrap column when most non-trivial lines end within 15 characters of it, else None."""
    lengths = [len(line) for line in lines if len(line) >= 30]
    if len(lengths) < 8 or max(lengths) > _MAX_WIDTH:
        return None
    width = max(lengths)
    if width < _MIN_WIDTH:
        return None
    near = sum(1 for n in lengths if n >= width - 15)
    return width if near / len(lengths) >= _MIN_SHARE_NEAR_WIDTH else None


def _continues(previous: str, line: str, width: int) -> bool:
    if len(previous) < width - 20 or _LIST_START.match(line):
        return False
    return not previous.endswith(":")
