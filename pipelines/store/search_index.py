"""Keep the full-text index (search_documents, search_terms) in step with the articles table.

DuckDB's fts extension can only rebuild its index whole, which took 18 s at 10,000 articles and grows with
the corpus. An article's text never changes under its id (the id is the hash of the file), so indexing only
new ids and dropping vanished ones keeps a nightly run's cost proportional to what changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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

# Articles tokenized per statement: a cold index over 100k articles would otherwise unnest every word at once.
_BATCH_ARTICLES = 5_000

_TOKENIZE_NEW = f"""
CREATE OR REPLACE TEMP TABLE new_search_terms AS
WITH batch AS (
    -- The ids first, then the text of those alone: joining on the text-bearing rows made DuckDB decompress every
    -- article's text to find none pending (0.7 s at 100k articles on a run that changed nothing).
    SELECT a.article_id, a.title, a.text FROM articles a
    WHERE a.article_id IN (
        SELECT p.article_id FROM articles p ANTI JOIN search_documents d ON d.article_id = p.article_id
        ORDER BY p.article_id LIMIT {_BATCH_ARTICLES}
    )
),
words AS (SELECT article_id, unnest(search_tokens(coalesce(title, '') || ' ' || text)) AS word FROM batch),
counted AS (
    SELECT article_id, word, count(*) AS tf FROM words
    WHERE length(word) > 1 AND word NOT IN ({", ".join(f"'{w}'" for w in _STOP_WORDS)})
    GROUP BY ALL
),
-- Stemming each distinct word once is ~10x cheaper than stemming every occurrence.
stems AS (SELECT word, stem(word, 'porter') AS term FROM (SELECT DISTINCT word FROM counted))
SELECT b.article_id, s.term, sum(c.tf)::INTEGER AS tf
FROM batch b LEFT JOIN counted c USING (article_id) LEFT JOIN stems s USING (word)
GROUP BY ALL
"""


@dataclass
class SearchIndexUpdate:
    added: int
    removed: int


def create_search_macros(con: duckdb.DuckDBPyConnection) -> None:
    con.execute((SQL_DIR / "search.sql").read_text(encoding="utf-8"))


def update_search_index(con: duckdb.DuckDBPyConnection) -> SearchIndexUpdate | None:
    """Drop vanished articles, then index new ones a batch per transaction; None when fts (stem) is unavailable.

    Each transaction leaves the index consistent (an article's terms and its document row arrive together), and
    small transactions keep memory flat: DuckDB holds uncommitted rows in memory.
    """
    if not load_fts(con):
        return None
    create_search_macros(con)
    with _transaction(con):
        removed = con.execute(
            "SELECT count(*) FROM search_documents d ANTI JOIN articles a ON a.article_id = d.article_id"
        ).fetchone()[0]
        if removed:
            con.execute(
                "DELETE FROM search_terms WHERE article_id IN "
                "(SELECT d.article_id FROM search_documents d ANTI JOIN articles a ON a.article_id = d.article_id)"
            )
            con.execute("DELETE FROM search_documents WHERE article_id NOT IN (SELECT article_id FROM articles)")
    added = 0
    while True:
        with _transaction(con):
            con.execute(_TOKENIZE_NEW)  # an article without words still gets a row (term NULL) to be counted
            batch = con.execute(
                "INSERT INTO search_documents SELECT article_id, coalesce(sum(tf), 0)::INTEGER "
                "FROM new_search_terms GROUP BY article_id"
            ).fetchone()[0]
            con.execute("INSERT INTO search_terms SELECT * FROM new_search_terms WHERE term IS NOT NULL")
            con.execute("DROP TABLE new_search_terms")
        if not batch:
            break
        added += batch
    return SearchIndexUpdate(added=added, removed=removed)


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
