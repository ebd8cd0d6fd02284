"""The incremental BM25 index on a real DuckDB file: new articles indexed once, vanished ones dropped."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from pipelines.store.schema import apply_schema
from pipelines.store.search_index import update_search_index

NOW = datetime(2026, 1, 1)
ARTICLES = {
    "a1": ("Massage for cancer pain", "Six massage sessions eased pain in adults with advanced cancer."),
    "a2": ("Tai chi and fibromyalgia", "Tai chi improved fibromyalgia symptoms more than aerobic exercise."),
    "a3": ("Coffee and sleep", "Coffee drinkers slept less on coffee days. Müller led the trial."),
}


def _add(con: duckdb.DuckDBPyConnection, article_id: str) -> None:
    title, text = ARTICLES[article_id]
    con.execute(
        "INSERT INTO articles (article_id, path, format, title, text, char_count, removed_lines, ingested_at) "
        "VALUES (?, ?, 'txt', ?, ?, ?, 0, ?)",
        [article_id, f"{article_id}.txt", title, text, len(text), NOW],
    )


def _search(con: duckdb.DuckDBPyConnection, query: str) -> list[str]:
    rows = con.execute("SELECT article_id FROM search_articles(?) ORDER BY score DESC", [query]).fetchall()
    return [r[0] for r in rows]


def test_index_grows_and_shrinks_with_the_articles(tmp_path: Path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    _add(con, "a1")
    _add(con, "a2")
    first = update_search_index(con)
    assert (first.added, first.removed) == (2, 0)
    # Stemming matches "massages" to "massage"; ranking puts the article about it first.
    assert _search(con, "massages for pain") == ["a1"]
    assert _search(con, "tai chi") == ["a2"]
    assert _search(con, "nothing here matches") == []

    again = update_search_index(con)
    assert (again.added, again.removed) == (0, 0)  # nothing new: nothing re-indexed

    _add(con, "a3")
    con.execute("DELETE FROM articles WHERE article_id = 'a1'")
    changed = update_search_index(con)
    assert (changed.added, changed.removed) == (1, 1)
    assert _search(con, "massage") == []
    assert _search(con, "muller coffee") == ["a3"]  # accents stripped on both sides
    assert con.execute("SELECT count(DISTINCT article_id) FROM search_terms").fetchone()[0] == 2
    con.close()


def test_common_words_are_not_indexed_and_counts_are_kept(tmp_path: Path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    _add(con, "a2")
    update_search_index(con)
    terms = dict(con.execute("SELECT term, tf FROM search_terms").fetchall())
    assert "the" not in terms and "than" not in terms
    assert terms["chi"] == 2  # title and text
    length = con.execute("SELECT term_count FROM search_documents WHERE article_id = 'a2'").fetchone()[0]
    assert length == sum(terms.values())
    con.close()
