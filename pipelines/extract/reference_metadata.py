"""Press-release metadata blocks that describe the paper field by field instead of as one reference string.

    Journal                         Journal: Sleep Health
    Sleep Health                    DOI: 10.1016/j.sleh.2023.01.002
    DOI                             Article Title: Naps and memory in older adults
    10.1016/j.sleh.2023.01.002      Article Publication Date: 3-Mar-2023
    Article Title
    Naps and memory in older adults

Keys are recognised on a line of their own (value on the next line) or as "Key: value". A block needs at
least two of the bibliographic keys, so a lone "Journal:" line in prose is not taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.extract.doi import DOI

_KEYS = {
    "journal": "journal",
    "journal title": "journal",
    "published in": "journal",
    "doi": "doi",
    "article title": "title",
    "title of paper": "title",
    "paper title": "title",
    "article publication date": "date",
    "publication date": "date",
    "published": "date",
    "authors": "authors",
    "author": "authors",
}
_KEY_NAMES = "|".join(sorted(_KEYS, key=len, reverse=True))
# The key alone on its line, or followed by a colon: "Journal Reference – ..." is not a key line.
_KEY_LINE = re.compile(rf"(?i)^\s*(?:\*\*)?({_KEY_NAMES})(?:\*\*)?\s*(?::\s*(?:\*\*)?\s*(.*)|$)")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_LINE = re.compile(r"[^\n]+")


@dataclass
class MetadataBlock:
    start: int
    end: int
    values: dict[str, str] = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        match = _YEAR.search(self.values.get("date", ""))
        return int(match.group(1)) if match else None

    @property
    def doi(self) -> str | None:
        match = DOI.search(self.values.get("doi", ""))
        return match.group(1).rstrip(".,;)") if match else None


def find_metadata_block(text: str) -> MetadataBlock | None:
    lines = [(m.start(), m.end(), m.group(0)) for m in _LINE.finditer(text)]
    block: MetadataBlock | None = None
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        key = _KEY_LINE.match(line)
        if key is None or len(line) > 200:
            i += 1
            continue
        name = _KEYS[key.group(1).lower()]
        value = (key.group(2) or "").strip(" *")
        value_end = end
        if not value and i + 1 < len(lines) and not _KEY_LINE.match(lines[i + 1][2]):
            value, value_end = lines[i + 1][2].strip(" *"), lines[i + 1][1]
            i += 1
        if value and (name != "doi" or DOI.search(value)):
            if block is None or start - block.end > 300:
                if block is not None and _is_bibliographic(block):
                    return block
                block = MetadataBlock(start, value_end)
            block.values.setdefault(name, value)
            block.end = value_end
        i += 1
    return block if block is not None and _is_bibliographic(block) else None


def _is_bibliographic(block: MetadataBlock) -> bool:
    keys = set(block.values) & {"journal", "doi", "title", "date"}
    return len(keys) >= 2 and bool({"journal", "doi"} & keys)
