"""Emoji and pictographs, which posts and newsletters set around text ("📄 Raman P, ...", "... lungs. 🫁").

They are never part of a name, a reference field or a sentence's wording, so readers and extractors strip them
at the edges. One definition serves both.
"""

from __future__ import annotations

import re

# Emoji blocks, dingbats and arrows-and-symbols, plus the variation selector and joiner that glue emoji together.
_PICTOGRAPH = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
PICTOGRAPHS = re.compile(f"[{_PICTOGRAPH}]+")
TRAILING_PICTOGRAPHS = re.compile(f"[\\s{_PICTOGRAPH}]+$")
LEADING_PICTOGRAPHS = re.compile(f"^[\\s{_PICTOGRAPH}]+")


def is_pictograph(char: str) -> bool:
    return char > "\x7f" and PICTOGRAPHS.match(char) is not None
