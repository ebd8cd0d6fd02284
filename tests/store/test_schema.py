"""Fact tables keep row keys without PRIMARY KEY indexes; older warehouses are rebuilt or widened in place."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.store.bulk_insert import insert_rows
from pipelines.store.schema import FACT_TABLES, apply_schema, table

OLD_STUDIES = """
CREATE TABLE studies (
    study_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, study_index INTEGER NOT NULL,
    design VARCHAR NOT NULL, blinding VARCHAR, sample_size INTEGER, sample_unit VARCHAR, population VARCHAR,
    sessions INTEGER, citation_id VARCHAR, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    sentence VARCHAR NOT NULL
);
INSERT INTO studies VALUES ('a1:s0', 'a1', 0, 'cohort', NULL, 120, 'participants', NULL, NULL, NULL, 0, 9, 's');
"""


def _primary_keys(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'").fetchall()
    return {name for (name,) in rows}


def test_fact_tables_declare_row_keys_without_primary_key_indexes(tmp_path: Path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        apply_schema(con)
        assert not _primary_keys(con) & set(FACT_TABLES)
        assert {"articles", "raw_files"} <= _primary_keys(con)  # small tables upserted by key keep theirs
        declared = con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE comment = 'row key' ORDER BY ALL"
        ).fetchall()
    assert {name for name, _ in declared} == set(FACT_TABLES)
    assert table("study_evidence").key == ("study_id", "field")
    assert table("studies").key == ("study_id",) and table("articles").key == ("article_id",)


def test_a_warehouse_with_primary_keys_on_fact_tables_is_rebuilt_once_keeping_its_rows(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(OLD_STUDIES)
    with duckdb.connect(str(path)) as con:
        apply_schema(con)
        apply_schema(con)  # the second call finds nothing to rebuild
        assert "studies" not in _primary_keys(con)
        assert con.execute("SELECT study_id, sample_size FROM studies").fetchall() == [("a1:s0", 120)]
        tables = {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert "studies__indexed" not in tables
        comment = con.execute(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'studies' AND column_name = 'study_id'"
        ).fetchone()[0]
    assert comment == "row key"


OLD_ARTICLES = """
CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY, path VARCHAR NOT NULL, format VARCHAR NOT NULL, encoding VARCHAR,
    title VARCHAR, text VARCHAR NOT NULL, char_count INTEGER NOT NULL, removed_lines INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL, facts_version VARCHAR, facts_loaded_at TIMESTAMP
);
INSERT INTO articles VALUES ('a1', 'a.txt', 'txt', NULL, 'T', 'text', 4, 0, '2026-01-01', NULL, NULL);
"""


def test_a_warehouse_without_a_newer_column_gets_it_at_the_end_and_keeps_its_rows(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(OLD_ARTICLES)
    with duckdb.connect(str(path)) as con:
        apply_schema(con)
        apply_schema(con)  # nothing left to add
        columns = [name for (name,) in con.execute("SELECT column_name FROM (DESCRIBE articles)").fetchall()]
        assert columns == table("articles").column_names
        assert con.execute("SELECT article_id, published FROM articles").fetchall() == [("a1", None)]
        # loaders insert by column name, so the widened table takes new rows as a fresh one does
        insert_rows(
            con,
            "articles",
            table("articles").column_names,
            [
                {
                    "article_id": "a2",
                    "path": "b.txt",
                    "format": "txt",
                    "text": "t",
                    "char_count": 1,
                    "removed_lines": 0,
                    "ingested_at": "2026-01-02",
                    "published": "2025-10",
                }
            ],
        )
        assert con.execute("SELECT published FROM articles WHERE article_id = 'a2'").fetchone() == ("2025-10",)
