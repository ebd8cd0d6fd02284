"""A read-only copy of the warehouse, replaced atomically after each load.

DuckDB lets one process open a file for writing and then refuses everyone else, so a reader querying
during a load would wait or fail. Readers use the snapshot instead: it is written to a temporary file and
renamed over the old one, so a reader sees the previous load or the new one, never half of either.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb


def snapshot_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.stem + ".snapshot" + warehouse.suffix)


def write_snapshot(con: duckdb.DuckDBPyConnection, warehouse: Path) -> Path:
    target = snapshot_path(warehouse)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    # ATTACH takes no parameters: quote the path as an SQL string literal.
    quoted = str(partial).replace("'", "''")
    source = con.execute("SELECT current_database()").fetchone()[0].replace('"', '""')
    con.execute(f"ATTACH '{quoted}' AS snapshot_target")
    try:
        con.execute(f'COPY FROM DATABASE "{source}" TO snapshot_target')
    finally:
        con.execute("DETACH snapshot_target")
    os.replace(partial, target)
    return target
