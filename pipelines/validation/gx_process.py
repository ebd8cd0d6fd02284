"""Great Expectations in a helper process that starts importing it when a run starts.

Importing GX costs about 3 s of one core on this machine, more than a nightly run with a few changed files
spends on everything else. Started with the run, the helper imports GX while the run lists, reads and extracts,
on a core those steps leave idle when little changed; validation then sends it one frame at a time. A process,
not a thread: importing GX in a thread while Dagster imports lazily in the main thread raced ("partially
initialized module").

This module imports nothing heavy at the top: the run's process starts the helper before it has imported
pandas or DuckDB (0.4 s), and the helper imports GX before anything else.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import signal
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from pipelines.validation.gx_runner import TableValidation
    from pipelines.validation.rules import Rule


def _serve(connection: Connection) -> None:
    # An ignored signal stays ignored across exec, and Dagster points SIGTERM at its SIGINT handler, which can be
    # "ignore": a helper started from such a process would shrug off terminate().
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _no_process_shared_tqdm_lock()
    from pipelines.gc_free_imports import gc_paused_for_imports

    with gc_paused_for_imports():
        import great_expectations  # noqa: F401  (imported before the first request arrives: the point of the helper)

        from pipelines.validation.gx_runner import validate_frame

    while True:
        try:
            request = connection.recv()
        except EOFError:  # the run's process closed the pipe or is gone: nothing left to validate for
            # Tearing down an interpreter that holds GX takes ~1 s, which the run's process would wait for.
            os._exit(0)
        try:
            connection.send((validate_frame(*request), None))
        except Exception as exc:  # sent back as text: not every exception pickles
            connection.send((None, f"{type(exc).__name__}: {exc}"))


class GXHelper:
    """One spawned process that validates frames, so the run's own process never imports GX."""

    def __init__(self) -> None:
        # spawn: a fresh interpreter, so no lock or thread of the (already multi-threaded) run process is copied.
        context = multiprocessing.get_context("spawn")
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), name="gx-helper", daemon=True)
        self._process.start()
        child.close()
        self._used = False

    @property
    def pid(self) -> int | None:
        return self._process.pid

    @property
    def exitcode(self) -> int | None:
        """None while running; 0 after a clean exit; minus the signal number when it was stopped."""
        return self._process.exitcode

    def validate(self, name: str, frame: pd.DataFrame, rules: list[Rule]) -> TableValidation:
        if frame.empty:  # answered without GX: not worth a round trip
            from pipelines.validation.gx_runner import validate_frame

            return validate_frame(name, frame, rules)
        self._used = True
        self._connection.send((name, frame, rules))
        result, error = self._connection.recv()
        if error is not None:
            raise RuntimeError(f"GX failed on {name}: {error}")
        return result

    def close(self) -> None:
        """Stop the helper: let a helper that validated exit on its own, stop one still importing GX at once."""
        if self._used and self._process.is_alive():
            self._connection.close()
            self._process.join(timeout=2)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=2)
        if self._process.is_alive():  # SIGTERM still ignored: not yet past the reset at the top of _serve
            self._process.kill()
        self._process.join(timeout=5)
        self._connection.close()


_shared: GXHelper | None = None


def shared_helper() -> GXHelper:
    """The process's helper, started on first use and kept for later runs in the same process (tests, sensors)."""
    global _shared
    if _shared is None:
        _shared = GXHelper()
        atexit.register(_shared.close)
    return _shared


def start_helper() -> bool:
    """Start the shared helper now; False when no process can be started here (validation then stays local)."""
    try:
        shared_helper()
    except OSError:
        return False
    return True


def validate_in_helper(name: str, frame: pd.DataFrame, rules: list[Rule]) -> TableValidation:
    """Validate in the shared helper. A killed helper is replaced once; if none can run, validate in this process:
    a helper is a speed-up, never a reason for the run to fail."""
    global _shared
    for _ in range(2):
        try:
            return shared_helper().validate(name, frame, rules)
        except (EOFError, OSError):  # killed (EOF, broken pipe), closed, or no process could be started
            _shared = None
    from pipelines.validation.gx_runner import validate_frame

    return validate_frame(name, frame, rules)


def _no_process_shared_tqdm_lock() -> None:
    """GX's (disabled) progress bars still take tqdm's lock, which tqdm makes as a multiprocessing semaphore; a
    helper leaving without tearing down would leave it for the resource tracker to report as leaked. The helper
    has no processes of its own to share it with: tqdm's thread lock is enough."""
    import tqdm.std

    tqdm.std.TqdmDefaultWriteLock.mp_lock = None
