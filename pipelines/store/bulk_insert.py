"""Rows as dicts to a DuckDB table in one statement: a pandas frame registered for the INSERT, never row by row."""

from __future__ import annotations

import duckdb
import pandas as pd


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    target: str,
    columns: list[str],
    rows: list,
    verb: str = "INSERT",
    on_conflict: str = "",
) -> None:
    """`verb` INTO target SELECT * FROM the rows; columns give the frame the table's column order."""
    if not rows:
        return
    frame = pd.DataFrame(rows, columns=columns)
    con.register("bulk_rows", frame)
    try:
        # Columns by name: a table widened by schema.py's migration may hold them in another order.
        names = ", ".join(columns)
        con.execute(f"{verb} INTO {target} ({names}) SELECT {names} FROM bulk_rows {on_conflict}".rstrip())
    finally:
        con.unregister("bulk_rows")
