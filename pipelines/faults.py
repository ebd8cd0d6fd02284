"""Crash points for the crash-recovery tests.

With EVIDENCE_CRASH_AT=<point> the process kills itself with SIGKILL when it reaches that point, the way
an OOM killer or a power cut would: no cleanup, no exception handlers. Unset, it costs one dict lookup.
"""

from __future__ import annotations

import os
import signal


def crash_point(name: str) -> None:
    if os.environ.get("EVIDENCE_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
