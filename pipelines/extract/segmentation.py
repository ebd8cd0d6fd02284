"""Which sentences of an article speak about which study."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.extract.citation_links import link_citation
from pipelines.extract.sentences import SentenceIndex
from pipelines.model import Citation, Sentence

_STUDY_CUE = re.compile(r"(?i)\b(study|trial|review|meta-analysis|survey|participants|patients)\b")


@dataclass
class StudyBlock:
    """The sentences about one study, in text order (they need not be contiguous)."""

    sentences: list[Sentence] = field(default_factory=list)
    citation_index: int | None = None


def segment_studies(text: str, index: SentenceIndex, body_end: int, citations: list[Citation]) -> list[StudyBlock]:
    body = [s for s in index.sentences if s.end <= body_end]
    if not any(_STUDY_CUE.search(s.text) for s in body):
        return []
    return [StudyBlock(sentences=body, citation_index=link_citation(text, body, citations))]
