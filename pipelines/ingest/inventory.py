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
    """Every entry under root: a folder's files in name order, then its subfolders; links never lead out of root.

    os.scandir and string paths rather than pathlib: listing is the one cost of a run where nothing changed, and
    building a Path per file took as long as the stat calls themselves (1.5 s per 100,000 files).
    """
    root = root.resolve()
    yield from _walk(root, str(root), "")


def _walk(root: Path, folder: str, prefix: str) -> Iterator[ListedFile]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:  # a folder that vanished or cannot be opened while listing: as os.walk, it holds no files
        return
    subfolders = []
    for entry in entries:
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            subfolders.append(entry)
        else:
            yield _describe_entry(root, entry, prefix + entry.name)
    for entry in subfolders:
        yield from _walk(root, entry.path, prefix + entry.name + "/")


def _describe_entry(root: Path, entry: os.DirEntry, rel: str) -> ListedFile:
    try:
        if entry.is_symlink():
            return _describe(root, Path(entry.path), rel)
        st = entry.stat(follow_symlinks=False)
    except FileNotFoundError:
        return ListedFile(rel, 0, None, 0, "deleted while the folder was being listed")
    except OSError as exc:
        return ListedFile(rel, 0, None, 0, f"cannot be inspected: {exc.strerror or exc}")
    return _listed(rel, st)


def _listed(rel: str, st: os.stat_result) -> ListedFile:
    modified = datetime.fromtimestamp(st.st_mtime, UTC).replace(tzinfo=None)
    return ListedFile(rel, st.st_size, modified, st.st_mtime_ns, _kind(st.st_mode))


def _describe(root: Path, full: Path, rel: str) -> ListedFile:
    """A symbolic link: followed only when it resolves inside root."""
    try:
        target = full.resolve()
        if not target.is_relative_to(root):
            return ListedFile(rel, 0, None, 0, f"a symlink pointing outside the raw folder ({target})")
        st = target.stat()
        if stat.S_ISDIR(st.st_mode):
            return ListedFile(rel, 0, None, 0, "a symlink to a folder inside the raw folder (listed there)")
        return _listed(rel, st)
    except FileNotFoundError:
        return ListedFile(rel, 0, None, 0, "deleted while the folder was being listed")
    except OSError as exc:
        return ListedFile(rel, 0, None, 0, f"cannot be inspected: {exc.strerror or exc}")
