"""Reference lists and inline journal mentions to Citation records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.extract.sentences import SentenceIndex
from pipelines.model import Citation


@dataclass
class CitationsFound:
    citations: list[Citation] = field(default_factory=list)
    # Offset where the reference list starts (its heading or first entry); None when there is none.
    reference_start: int | None = None


_HEADING = re.compile(r"(?im)^\s*(?:#+\s*)?(references|sources|bibliography|works cited|journal reference)\b.*$")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_DOI = re.compile(r"10\.\d{4,9}/[^\s\"<>]+")


def extract_citations(text: str, index: SentenceIndex) -> CitationsFound:
    heading = _HEADING.search(text)
    if heading is None:
        return CitationsFound()
    citations = []
    for line in re.finditer(r"[^\n]+", text[heading.end():]):
        raw = line.group(0).strip()
        year = _YEAR.search(raw)
        if not raw or not year:
            continue
        start = heading.end() + line.start()
        doi = _DOI.search(raw)
        citations.append(Citation(
            raw=raw,
            first_author=re.split(r"[ ,.]", re.sub(r"^\W*\d*\W*", "", raw))[0] or None,
            year=int(year.group(0)),
            doi=doi.group(0).rstrip(".,;)") if doi else None,
            evidence=index.evidence(start, start + len(line.group(0))),
        ))
    return CitationsFound(citations=citations, reference_start=heading.start())
