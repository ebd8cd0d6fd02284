"""`evidence run`: materialize every asset (the same job as `make run` and the UI) and summarise."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from pipelines import settings
from pipelines.cli.errors import UsageError
from pipelines.cli.lock import run_lock
from pipelines.cli.table import print_table

SUMMARY_TABLES = ("articles", "studies", "study_arms", "study_durations", "study_outcomes", "citations", "statements")


def run_pipeline(raw: Path | None, warehouse: Path | None, verify_hashes: bool = False, wait: float = 600) -> int:
    raw = (raw or settings.raw_dir()).resolve()
    warehouse = (warehouse or settings.warehouse_path()).resolve()
    if not raw.is_dir():
        raise UsageError(f"raw folder {raw} does not exist or is not a folder")
    os.environ["EVIDENCE_RAW_DIR"] = str(raw)
    os.environ["EVIDENCE_WAREHOUSE"] = str(warehouse)
    settings.ensure_dagster_home()
    # Before Dagster's own import (and DuckDB's): the GX helper imports GX during the ~2 s of Dagster start-up.
    from pipelines.validation.gx_process import start_helper

    start_helper()

    from pipelines.gc_free_imports import gc_paused_for_imports

    with gc_paused_for_imports():
        import dagster as dg
        from dagster_duckdb import DuckDBResource

        from pipelines.cli.dead_runs import release_dead_runs, run_tags
        from pipelines.cli.progress import progress_logger
        from pipelines.definitions import defs
        from pipelines.defs.resources import RawFolder

    job = defs.resolve_job_def("evidence_job").with_logger_defs({"progress": progress_logger})
    print(f"evidence run: {raw} -> {warehouse}", file=sys.stderr)
    started = time.monotonic()
    with run_lock(warehouse, wait), dg.DagsterInstance.get() as instance:
        for run_id in release_dead_runs(instance):
            print(f"marked run {run_id} failed: its process had died", file=sys.stderr)
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            run_config={"loggers": {"progress": {}}},
            resources={
                "raw_folder": RawFolder(
                    path=str(raw), verify_hashes=verify_hashes, max_article_bytes=settings.max_article_bytes()
                ),
                "duckdb": DuckDBResource(database=str(warehouse), connection_config=settings.duckdb_config()),
            },
            tags={"evidence/entrypoint": "cli", **run_tags()},
        )
    elapsed = time.monotonic() - started
    print_summary(warehouse, result.run_id, elapsed)
    if not result.success:
        print(f"run {result.run_id} failed: see the steps above or the Dagster UI (make dev)", file=sys.stderr)
        return 1
    return 0


def print_summary(warehouse: Path, run_id: str, elapsed: float) -> None:
    if not warehouse.exists():
        return
    import gc

    from pipelines.store.connection import connect

    # A failed step's traceback sits in a reference cycle with its frames, which hold the writer connection
    # open; DuckDB refuses a read-only one beside it in the same process until the cycle is collected.
    gc.collect()
    with connect(warehouse, read_only=True) as con:
        run = con.execute(
            "SELECT files_seen, files_new, files_changed, files_unchanged, files_deleted, files_quarantined, "
            "articles_extracted, rows_loaded, rows_quarantined FROM ingest_runs WHERE run_id = ?",
            [run_id],
        ).fetchone()
        counts = [(name, con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]) for name in SUMMARY_TABLES]
        open_quarantine = con.execute("SELECT count(*) FROM quarantine WHERE resolved_at IS NULL").fetchone()[0]
    print()
    if run:
        names = ["files", "new", "changed", "unchanged", "deleted", "unreadable", "extracted", "loaded", "rejected"]
        print_table(names, [run])
        print()
    print_table(["table", "rows"], [*counts, ("quarantine (open)", open_quarantine)])
    print(f"\nrun {run_id} finished in {elapsed:.1f} s; warehouse: {warehouse}")
