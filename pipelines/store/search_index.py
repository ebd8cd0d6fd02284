"""Keep the full-text index (search_documents, search_terms) in step with the articles table.

DuckDB's fts extension can only rebuild its index whole, which took 18 s at 10,000 articles and grows with
the corpus. An article's text never changes under its id (the id is the hash of the file), so indexing only
new ids and dropping vanished ones keeps a nightly run's cost proportional to what changed.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from pipelines.settings import SQL_DIR
from pipelines.store.connection import load_fts

# Words too common to rank anything; leaving them out keeps search_terms about a third smaller.
_STOP_WORDS = (
    "the and of to in a is for that with on was were are as by at it be this from or an have has had their "
    "who which they not but than more its been also after about all can one two when those these there "
    "would what will into our your you his her she he them we i"
).split()

_TOKENIZE_NEW = f"""
CREATE OR REPLACE TEMP TABLE new_search_terms AS
WITH words AS (
    SELECT a.article_id, unnest(search_tokens(coalesce(a.title, '') || ' ' || a.text)) AS word
    FROM articles a ANTI JOIN search_documents d ON d.article_id = a.article_id
),
counted AS (
    SELECT article_id, word, count(*) AS tf FROM words
    WHERE length(word) > 1 AND word NOT IN ({", ".join(f"'{w}'" for w in _STOP_WORDS)})
    GROUP BY ALL
),
-- Stemming each distinct word once is ~10x cheaper than stemming every occurrence.
stems AS (SELECT word, stem(word, 'porter') AS term FROM (SELECT DISTINCT word FROM counted))
SELECT c.article_id, s.term, sum(c.tf)::INTEGER AS tf FROM counted c JOIN stems s USING (word) GROUP BY ALL
"""


@dataclass
class SearchIndexUpdate:
    added: int
    removed: int


def create_search_macros(con: duckdb.DuckDBPyConnection) -> None:
    con.execute((SQL_DIR / "search.sql").read_text(encoding="utf-8"))


def update_search_index(con: duckdb.DuckDBPyConnection) -> SearchIndexUpdate | None:
    """Index new articles and drop vanished ones, in one transaction; None when fts (stem) is unavailable."""
    if not load_fts(con):
        return None
    create_search_macros(con)
    con.execute("BEGIN TRANSACTION")
    try:
        removed = con.execute(
            "SELECT count(*) FROM search_documents d ANTI JOIN articles a ON a.article_id = d.article_id"
        ).fetchone()[0]
        if removed:
            con.execute(
                "DELETE FROM search_terms WHERE article_id IN "
                "(SELECT d.article_id FROM search_documents d ANTI JOIN articles a ON a.article_id = d.article_id)"
            )
            con.execute("DELETE FROM search_documents WHERE article_id NOT IN (SELECT article_id FROM articles)")
        con.execute(_TOKENIZE_NEW)
        con.execute("INSERT INTO search_terms SELECT * FROM new_search_terms")
        added = con.execute(
            """
            INSERT INTO search_documents
            SELECT a.article_id, coalesce(sum(n.tf), 0)::INTEGER
            FROM articles a ANTI JOIN search_documents d ON d.article_id = a.article_id
            LEFT JOIN new_search_terms n ON n.article_id = a.article_id
            GROUP BY a.article_id
            """
        ).fetchone()[0]
        con.execute("DROP TABLE new_search_terms")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return SearchIndexUpdate(added=added, removed=removed)
