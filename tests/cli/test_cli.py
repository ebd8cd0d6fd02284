"""The `evidence` command as a user runs it: a real subprocess, a real Dagster instance and DuckDB file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import dagster as dg
import pytest

from pipelines.settings import PROJECT_ROOT

SAMPLE_RAW = PROJECT_ROOT / "raw"


def evidence(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli.main", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
        cwd=PROJECT_ROOT,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("cli")
    raw = root / "raw"
    shutil.copytree(SAMPLE_RAW, raw)
    home = root / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    env = {"DAGSTER_HOME": str(home)}
    warehouse = root / "evidence.duckdb"
    result = evidence("run", "--raw", str(raw), "--warehouse", str(warehouse), env=env)
    return {"root": root, "raw": raw, "warehouse": warehouse, "env": env, "home": home, "run": result}


def test_run_prints_progress_and_summary_and_is_recorded_in_the_instance(built):
    run = built["run"]
    assert run.returncode == 0, run.stderr[-2000:]
    assert "✓ warehouse_tables" in run.stderr
    assert "studies" in run.stdout and "quarantine (open)" in run.stdout
    with dg.DagsterInstance.from_config(str(built["home"])) as instance:
        runs = instance.get_runs()
    assert len(runs) == 1 and runs[0].job_name == "evidence_job"


def test_export_writes_the_eval_shape(built):
    out = evidence("export", "--warehouse", str(built["warehouse"]), "--jsonl", "-")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert sorted(r["file"] for r in records) == sorted(p.name for p in built["raw"].iterdir())
    kutner = next(r for r in records if r["file"].startswith("000_"))
    assert {"title", "studies", "citations"} <= set(kutner)
    assert kutner["studies"][0]["sample_size"] == 380
    assert set(kutner["studies"][0]) >= {"design", "blinding", "durations", "outcomes", "citation", "interventions"}


def test_query_is_read_only(built):
    dropped = evidence("query", "DROP TABLE studies", "--warehouse", str(built["warehouse"]))
    assert dropped.returncode == 2
    assert len(dropped.stderr.strip().splitlines()) == 1 and "read-only" in dropped.stderr.lower()
    counted = evidence("query", "SELECT count(*) AS n FROM studies", "--warehouse", str(built["warehouse"]))
    assert counted.returncode == 0 and "n" in counted.stdout.splitlines()[0]


def test_query_reads_the_snapshot_or_says_how_one_is_made(built, tmp_path: Path):
    counted = evidence(
        "query", "SELECT count(*) AS n FROM studies", "--snapshot", "--warehouse", str(built["warehouse"])
    )
    assert counted.returncode == 0, counted.stderr
    assert int(counted.stdout.splitlines()[-1].strip()) >= 1
    missing = evidence("query", "SELECT 1", "--snapshot", "--warehouse", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 2
    assert "EVIDENCE_SNAPSHOT" in missing.stderr and "Traceback" not in missing.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("run", "--raw", "/no/such/folder"),
        ("query", "SELECT 1", "--warehouse", "/no/such/file.duckdb"),
        ("export", "--warehouse", "/no/such/file.duckdb", "--jsonl", "-"),
        ("extract", "/no/such/article.txt"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(args):
    result = evidence(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_the_program_exits_with_mains_code_after_atexit_handlers_and_buffered_output():
    # entry() skips the interpreter's last garbage collection; handlers and buffered output must still run.
    script = (
        "import atexit, sys\n"
        "from pipelines.cli import main\n"
        "atexit.register(lambda: print('atexit ran'))\n"
        "sys.argv = ['evidence', 'query', 'SELECT 1', '--warehouse', '/no/such/file.duckdb']\n"
        "print('buffered', end=' ')\n"
        "main.entry()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 2, result.stderr
    assert result.stdout == "buffered atexit ran\n"
    assert "no warehouse" in result.stderr
    (installed,) = [ep for ep in entry_points(group="console_scripts") if ep.name == "evidence"]
    assert installed.value == "pipelines.cli.main:entry"


def test_extract_prints_facts_without_a_warehouse(tmp_path: Path):
    result = evidence("extract", str(SAMPLE_RAW / "000_b3ca40df6ddc0109.txt"))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["studies"][0]["sample_size"] == 380


def test_ui_listens_on_loopback_by_default():
    from pipelines.cli.main import build_parser

    args = build_parser().parse_args(["dev"])
    assert args.host == "127.0.0.1"


def test_a_failed_step_still_prints_the_summary_and_exits_1(tmp_path: Path):
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLE_RAW, raw)
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    warehouse = tmp_path / "evidence.duckdb"
    env = {"DAGSTER_HOME": str(home), "EVIDENCE_FAIL_AT": "extract"}
    result = evidence("run", "--raw", str(raw), "--warehouse", str(warehouse), env=env)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "✗ extracted_facts failed" in result.stderr and "InjectedFailure" in result.stderr
    assert "ConnectionException" not in result.stderr  # the summary still opens the warehouse
    assert "quarantine (open)" in result.stdout
    assert "failed: see the steps above" in result.stderr
