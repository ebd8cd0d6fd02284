"""Analysis views (warehouse/views.sql)."""

from __future__ import annotations

import duckdb

from pipelines.store.schema import views_sql


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    con.execute(views_sql())
    return [r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()]
