"""A fingerprint of the code behind a kind of row, so rows made by other code are made again on the next run."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PIPELINES = Path(__file__).resolve().parent


def code_fingerprint(sources: Iterable[Path], libraries: Iterable[str] = ()) -> str:
    """Hash of the source files' names and bytes and of the installed versions of the libraries that shape the rows.

    A library upgrade can change the rows as surely as an edit can (trafilatura's cleaning, for one), so its
    version counts like a source file.
    """
    digest = hashlib.sha256()
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for name in libraries:
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "absent"
        digest.update(f"{name}=={installed}".encode())
    return digest.hexdigest()[:16]
