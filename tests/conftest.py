"""Shared fixtures: a copy of the sample corpus, a temporary warehouse, and a real in-process run."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from pipelines.definitions import defs
from pipelines.defs.resources import RawFolder, ReadOnlySnapshot, SharedLake
from pipelines.settings import PROJECT_ROOT

SAMPLE_RAW = PROJECT_ROOT / "raw"


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    target = tmp_path / "raw"
    shutil.copytree(SAMPLE_RAW, target)
    return target


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "evidence.duckdb"


def run_pipeline(
    raw: Path,
    warehouse: Path,
    max_article_bytes: int = 20 * 1024 * 1024,
    snapshot: bool = True,
    instance: dg.DagsterInstance | None = None,
    lake: SharedLake | None = None,
    raise_on_error: bool = True,
) -> dg.ExecuteInProcessResult:
    """Materialize every asset and check of the code location, in process, on an ephemeral instance by default."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    job = defs.resolve_job_def("evidence_job")
    return job.execute_in_process(
        instance=instance or dg.DagsterInstance.ephemeral(),
        resources={
            "raw_folder": RawFolder(path=str(raw), max_article_bytes=max_article_bytes),
            "duckdb": DuckDBResource(database=str(warehouse)),
            "read_only_snapshot": ReadOnlySnapshot(enabled=snapshot),
            "lake": lake or SharedLake(),
        },
        raise_on_error=raise_on_error,
    )


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def table_counts(warehouse: Path) -> dict[str, int]:
    names = [
        "raw_files",
        "articles",
        "studies",
        "study_evidence",
        "study_arms",
        "study_durations",
        "study_outcomes",
        "citations",
        "statements",
        "quarantine",
    ]
    return {name: query(warehouse, f"SELECT count(*) FROM {name}")[0][0] for name in names}
