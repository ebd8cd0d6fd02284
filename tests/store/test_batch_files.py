"""Parquet extraction batches on a real DuckDB file: finished batches are staged once, unfinished ones wait."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from pipelines.store.batch_files import pending_in_bucket, stage_batches, write_batch
from pipelines.store.schema import apply_schema

NOW = datetime(2026, 1, 1)
TEXT = "Researchers randomly assigned 120 adults with back pain to yoga or stretching. Pain fell with yoga."


def _warehouse(path: Path, ids: list[str]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    apply_schema(con)
    for article_id in ids:
        con.execute(
            "INSERT INTO articles (article_id, path, format, title, text, char_count, removed_lines, ingested_at) "
            "VALUES (?, ?, 'txt', 'Yoga', ?, ?, 0, ?)",
            [article_id, f"{article_id}.txt", TEXT, len(TEXT), NOW],
        )
        con.execute(
            "INSERT INTO raw_files (path, article_id, size_bytes, format, modified_at, first_seen, last_seen, status) "
            "VALUES (?, ?, 1, 'txt', ?, ?, ?, 'new')",
            [f"{article_id}.txt", article_id, NOW, NOW, NOW],
        )
    return con


def test_buckets_partition_the_pending_articles(tmp_path: Path):
    ids = [f"art{i:02d}" for i in range(20)]
    con = _warehouse(tmp_path / "w.duckdb", ids)
    buckets = [{row[0] for row in pending_in_bucket(con, "v1", b, 4)} for b in range(4)]
    assert sorted(i for bucket in buckets for i in bucket) == ids
    con.close()


def test_finished_batches_are_staged_once_and_unfinished_ones_wait(tmp_path: Path):
    con = _warehouse(tmp_path / "w.duckdb", ["a1", "a2"])
    root = tmp_path / "w.batches"
    counts = write_batch(root, "v1", 0, 2, pending_in_bucket(con, "v1", 0, 1))
    assert counts["articles"] == 2 and counts["studies"] >= 2
    unfinished = root / "v1" / "1-of-2"
    unfinished.mkdir()  # a worker still writing: no _done marker yet
    (root / "v0" / "0-of-2").mkdir(parents=True)  # older extractor code

    staged = stage_batches(con, root, "v1", "run-1")
    assert staged == {"a1", "a2"}
    assert con.execute("SELECT count(*) FROM stage_extracted").fetchone()[0] == 2
    assert con.execute("SELECT count(DISTINCT article_id) FROM stage_studies").fetchone()[0] == 2
    assert unfinished.exists() and not (root / "v1" / "0-of-2").exists() and not (root / "v0").exists()
    # Staging again finds nothing new: the staged batch is gone and the articles are already staged.
    assert stage_batches(con, root, "v1", "run-1") == frozenset()
    con.close()
