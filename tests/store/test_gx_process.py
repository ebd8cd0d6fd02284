"""The GX helper process: same results as validating in process, and a dead helper is replaced, not fatal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pandas as pd
import pytest

from pipelines.validation import gx_process
from pipelines.validation.gx_process import GXHelper, validate_in_helper
from pipelines.validation.gx_runner import validate_frame
from pipelines.validation.rules import Rule

RULES = [
    Rule("id_required", "not_null", "id", "id is required"),
    Rule("size_range", "between", "size", "size must be 1 to 100", low=1, high=100),
]
FRAME = pd.DataFrame({"id": ["a", None, "c"], "size": [5, 7, 500]})


def _failures(validation) -> dict[str, list[int]]:
    return {r.rule.rule: r.failed_rows for r in validation.results}


def test_helper_finds_the_same_failing_rows_as_validating_in_process():
    helper = GXHelper()
    try:
        in_helper = helper.validate("things", FRAME, RULES)
    finally:
        helper.close()
    expected = {"id_required": [1], "size_range": [2]}
    assert _failures(in_helper) == _failures(validate_frame("things", FRAME, RULES)) == expected
    assert in_helper.rows == 3


def test_a_helper_that_validated_exits_cleanly_and_an_idle_one_is_stopped():
    """A clean exit releases the lock tqdm took through multiprocessing (else: a 'leaked semaphore' warning)."""
    previous = signal.signal(signal.SIGTERM, signal.SIG_IGN)  # as a process Dagster set up may have it
    try:
        used, idle = GXHelper(), GXHelper()
    finally:
        signal.signal(signal.SIGTERM, previous)
    used.validate("things", FRAME, RULES)
    used.close()
    idle.close()  # never used: stopped, not waited for
    assert used.exitcode == 0
    assert idle.exitcode in (-signal.SIGTERM, -signal.SIGKILL)


# A whole process, because the resource tracker reports leaked semaphores only when the last process using it ends.
_VALIDATE_AND_EXIT = """
import pandas as pd
from pipelines.validation.gx_process import validate_in_helper
from pipelines.validation.rules import Rule

if __name__ == "__main__":
    frame = pd.DataFrame({"id": ["a", None]})
    print(validate_in_helper("things", frame, [Rule("id_required", "not_null", "id", "id is required")]).rows)
"""


def test_a_process_that_validated_in_the_helper_ends_without_warnings(tmp_path):
    script = tmp_path / "validate_and_exit.py"
    script.write_text(_VALIDATE_AND_EXIT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "2"
    assert "leaked" not in done.stderr and "Warning" not in done.stderr, done.stderr


def test_a_gx_error_in_the_helper_is_raised_in_the_caller():
    helper = GXHelper()
    try:
        with pytest.raises(RuntimeError, match="GX failed on things"):
            helper.validate("things", FRAME, [Rule("odd", "no_such_kind", "id", "never")])
        # The helper survives a failed request and answers the next one.
        assert helper.validate("things", FRAME, RULES).rows == 3
    finally:
        helper.close()


def test_a_dead_helper_is_replaced_once(monkeypatch):
    dead = GXHelper()
    os.kill(dead.pid, signal.SIGKILL)  # as the out-of-memory killer would
    monkeypatch.setattr(gx_process, "_shared", dead)
    assert validate_in_helper("things", FRAME, RULES).rows == 3
    assert gx_process._shared is not dead


def test_without_a_helper_validation_stays_in_process(monkeypatch):
    def no_processes_here():
        raise OSError("process limit reached")

    monkeypatch.setattr(gx_process, "_shared", None)
    monkeypatch.setattr(gx_process, "GXHelper", no_processes_here)
    assert not gx_process.start_helper()
    assert _failures(validate_in_helper("things", FRAME, RULES)) == {"id_required": [1], "size_range": [2]}
