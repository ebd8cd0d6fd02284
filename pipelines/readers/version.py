"""A fingerprint of the reader code: articles read by other code are read again on the next run."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipelines.code_fingerprint import PIPELINES, code_fingerprint

# The libraries whose output becomes an article's text or title.
READER_LIBRARIES = ("trafilatura", "justext", "lxml", "lxml_html_clean")


def reader_sources() -> list[Path]:
    return [*sorted((PIPELINES / "readers").glob("*.py")), PIPELINES / "model.py", PIPELINES / "pictographs.py"]


@cache
def reader_version() -> str:
    return code_fingerprint(reader_sources(), READER_LIBRARIES)
