"""Quarantine rows: what did not load and why. Ids are deterministic so re-runs never duplicate."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

import duckdb

from pipelines.store.bulk_insert import insert_rows
from pipelines.store.schema import table


def quarantine_row(
    *,
    run_id: str,
    now: datetime,
    stage: str,
    rule: str,
    reason: str,
    path: str | None = None,
    article_id: str | None = None,
    table_name: str | None = None,
    row_id: str | None = None,
    offending: dict | None = None,
    attempted_with: str | None = None,
) -> dict:
    key = "|".join(str(x) for x in (stage, path, article_id, table_name, row_id, rule))
    return {
        "quarantine_id": hashlib.sha1(key.encode("utf-8")).hexdigest()[:24],
        "run_id": run_id,
        "path": path,
        "article_id": article_id,
        "stage": stage,
        "table_name": table_name,
        "row_id": row_id,
        "rule": rule,
        "reason": reason,
        "offending": json.dumps(offending, default=str, ensure_ascii=False) if offending is not None else None,
        "quarantined_at": now,
        "resolved_at": None,
        "attempted_with": attempted_with,
    }


def write_quarantine(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> int:
    """Insert new quarantine rows; a row already open for the same file/rule stays as it was."""
    if not rows:
        return 0
    before = con.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    insert_rows(
        con,
        "quarantine",
        table("quarantine").column_names,
        rows,
        on_conflict="ON CONFLICT (quarantine_id) DO UPDATE SET resolved_at = NULL, run_id = excluded.run_id, "
        "reason = excluded.reason, offending = excluded.offending, attempted_with = excluded.attempted_with",
    )
    return con.execute("SELECT count(*) FROM quarantine").fetchone()[0] - before
