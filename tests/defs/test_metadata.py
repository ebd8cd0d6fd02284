"""The markdown previews the UI shows: the first rows of the query, in its order."""

from __future__ import annotations

import duckdb

from pipelines.defs.metadata import PREVIEW_ROWS, markdown_preview


def test_preview_keeps_the_first_rows_of_an_ordered_query():
    con = duckdb.connect()
    con.execute("CREATE TABLE t AS SELECT i AS n, 'row ' || i AS label FROM range(1000) r(i)")
    preview = markdown_preview(con, "SELECT n, label FROM t WHERE n % ? = 0 ORDER BY n DESC", [7])
    lines = preview.splitlines()
    assert lines[:2] == ["| n | label |", "|---|---|"]
    assert lines[2:] == [f"| {n} | row {n} |" for n in (994, 987, 980, 973, 966)][:PREVIEW_ROWS]
