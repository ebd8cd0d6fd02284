"""A fingerprint of the extractor code: facts made by other code are re-extracted on the next run."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    for path in [*sorted(_PACKAGE.glob("*.py")), _PACKAGE.parent / "model.py"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
