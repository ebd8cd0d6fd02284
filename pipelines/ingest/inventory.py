"""List every file under the raw folder with its size, mtime and (when needed) SHA-256.

Symlinks are followed only when they resolve inside the raw folder; FIFOs, sockets and devices are
listed with a reason instead of being opened (opening a FIFO would block the run forever).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

_CHUNK = 1 << 20


@dataclass(frozen=True)
class ListedFile:
    path: str  # relative to the raw folder, '/'-separated
    size_bytes: int
    modified_at: datetime | None
    mtime_ns: int
    problem: str | None = None  # why the file cannot be read as an article, if known from listing


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _kind(mode: int) -> str | None:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return None


def list_files(root: Path) -> Iterator[ListedFile]:
    """Every entry under root, sorted by path, without following links out of root."""
    root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]):
            full = Path(dirpath) / name
            rel = full.relative_to(root).as_posix()
            yield _describe(root, full, rel)


def _describe(root: Path, full: Path, rel: str) -> ListedFile:
    try:
        st = full.lstat()
        if stat.S_ISLNK(st.st_mode):
            target = full.resolve()
            if not target.is_relative_to(root):
                return ListedFile(rel, 0, None, 0, f"a symlink pointing outside the raw folder ({target})")
            st = target.stat()
            if stat.S_ISDIR(st.st_mode):
                return ListedFile(rel, 0, None, 0, "a symlink to a folder inside the raw folder (listed there)")
        problem = _kind(st.st_mode)
        modified = datetime.fromtimestamp(st.st_mtime, UTC).replace(tzinfo=None)
        return ListedFile(rel, st.st_size, modified, st.st_mtime_ns, problem)
    except FileNotFoundError:
        return ListedFile(rel, 0, None, 0, "deleted while the folder was being listed")
    except OSError as exc:
        return ListedFile(rel, 0, None, 0, f"cannot be inspected: {exc.strerror or exc}")
