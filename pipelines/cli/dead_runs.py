"""Runs of `evidence run` whose process died (SIGKILL, OOM, power cut) still hold their pool slot.

Each CLI run records its PID in a tag; before a new run starts, any run still marked as started whose
process is gone is marked failed and its `duckdb_writer` slot is freed, or the new run would wait forever.
"""

from __future__ import annotations

import os
import socket

import dagster as dg

PID_TAG = "evidence/pid"
HOST_TAG = "evidence/host"


def run_tags() -> dict[str, str]:
    return {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def release_dead_runs(instance: dg.DagsterInstance) -> list[str]:
    released = []
    unfinished = instance.get_runs(
        filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING])
    )
    for run in unfinished:
        pid, host = run.tags.get(PID_TAG), run.tags.get(HOST_TAG)
        if pid is None or host != socket.gethostname() or _alive(int(pid)):
            continue
        instance.report_run_failed(run, f"the process running it (pid {pid}) died before the run finished")
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        released.append(run.run_id)
    return released
