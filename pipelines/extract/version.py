"""A fingerprint of the extractor code: facts made by other code are re-extracted on the next run."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipelines.code_fingerprint import PIPELINES, code_fingerprint


def extractor_sources() -> list[Path]:
    return [*sorted((PIPELINES / "extract").glob("*.py")), PIPELINES / "model.py", PIPELINES / "pictographs.py"]


@cache
def extractor_version() -> str:
    return code_fingerprint(extractor_sources())
