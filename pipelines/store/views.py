"""Analysis views (warehouse/views.sql) and the full-text index over article text."""

from __future__ import annotations

import duckdb

from pipelines.store.connection import load_fts
from pipelines.store.schema import views_sql


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    con.execute(views_sql())
    return [r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()]


def rebuild_text_index(con: duckdb.DuckDBPyConnection) -> bool:
    """BM25 index over article titles and text (query with fts_main_articles.match_bm25)."""
    if not load_fts(con):
        return False
    con.execute("PRAGMA create_fts_index('articles', 'article_id', 'title', 'text', overwrite = 1)")
    return True
