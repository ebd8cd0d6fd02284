"""One `evidence run` per warehouse at a time: a second one waits for the first, then gives up clearly."""

from __future__ import annotations

import fcntl
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipelines.cli.errors import UsageError


@contextmanager
def run_lock(warehouse: Path, wait_seconds: float) -> Iterator[None]:
    lock_path = warehouse.with_name(warehouse.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a+") as handle:
        deadline = time.monotonic() + wait_seconds
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise UsageError(
                        f"another `evidence run` is loading {warehouse}; gave up after {wait_seconds:.0f} s "
                        "(use --wait to wait longer)"
                    ) from None
                if not told:
                    print(f"waiting for another run to finish loading {warehouse} …", file=sys.stderr, flush=True)
                    told = True
                time.sleep(0.5)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
