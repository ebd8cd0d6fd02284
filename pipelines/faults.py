"""Crash and failure points for the crash-recovery and failure-reporting tests.

With EVIDENCE_CRASH_AT=<point> the process kills itself with SIGKILL when it reaches that point, the way
an OOM killer or a power cut would: no cleanup, no exception handlers. With EVIDENCE_FAIL_AT=<point> the step
raises InjectedFailure there instead, the way a bug would. Unset, each costs one dict lookup.
"""

from __future__ import annotations

import os
import signal


class InjectedFailure(RuntimeError):
    """Raised at a failure point named by EVIDENCE_FAIL_AT."""


def crash_point(name: str) -> None:
    if os.environ.get("EVIDENCE_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get("EVIDENCE_FAIL_AT") == name:
        raise InjectedFailure(f"failure injected at {name!r} (EVIDENCE_FAIL_AT)")
