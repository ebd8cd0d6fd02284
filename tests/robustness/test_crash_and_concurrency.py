"""Killed runs and simultaneous runs, with real `evidence run` subprocesses on one warehouse file."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.settings import PROJECT_ROOT
from tests.conftest import table_counts


def _env(home: Path, **extra) -> dict:
    return {**os.environ, "DAGSTER_HOME": str(home), **extra}


class Run:
    """An `evidence run` subprocess in its own process group, its output in files (a killed parent can
    leave helper processes holding a pipe open, and pipes would then never close)."""

    def __init__(self, raw: Path, warehouse: Path, env: dict):
        self.log = warehouse.with_suffix(f".{os.getpid()}.{id(self)}.log")
        with self.log.open("w") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "pipelines.cli.main", "run", "--raw", str(raw), "--warehouse", str(warehouse)],
                cwd=PROJECT_ROOT,
                env=env,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def finish(self, timeout: float = 400) -> tuple[int, str]:
        try:
            code = self.process.wait(timeout=timeout)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)  # whatever the run left behind
        return code, self.log.read_text(errors="replace")


def _start(raw: Path, warehouse: Path, env: dict) -> Run:
    return Run(raw, warehouse, env)


@pytest.fixture(scope="module")
def setup(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("robust")
    raw = root / "raw"
    shutil.copytree(PROJECT_ROOT / "raw", raw)
    home = root / "home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    clean = root / "clean.duckdb"
    code, output = _start(raw, clean, _env(home)).finish()
    assert code == 0, output[-2000:]
    return {"root": root, "raw": raw, "home": home, "clean_counts": table_counts(clean)}


@pytest.mark.parametrize("point", ["extract", "load"])
def test_a_run_killed_mid_step_leaves_no_half_load(setup, point: str):
    warehouse = setup["root"] / f"killed-{point}.duckdb"
    code, _ = _start(setup["raw"], warehouse, _env(setup["home"], EVIDENCE_CRASH_AT=point)).finish()
    assert code == -signal.SIGKILL
    # Whatever survived the kill, no fact table holds a partial load.
    counts = table_counts(warehouse)
    assert counts["studies"] == 0 and counts["citations"] == 0
    code, output = _start(setup["raw"], warehouse, _env(setup["home"])).finish()
    assert code == 0, output[-2000:]
    assert table_counts(warehouse) == setup["clean_counts"]


def test_two_runs_started_together_both_finish_and_agree(setup):
    warehouse = setup["root"] / "together.duckdb"
    first = _start(setup["raw"], warehouse, _env(setup["home"]))
    second = _start(setup["raw"], warehouse, _env(setup["home"]))
    results = [run.finish() for run in (first, second)]
    assert [code for code, _ in results] == [0, 0], [output[-1500:] for _, output in results]
    assert any("waiting for another run" in output for _, output in results)
    assert table_counts(warehouse) == setup["clean_counts"]
