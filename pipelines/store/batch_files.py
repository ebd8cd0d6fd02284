"""Extraction batches as Parquet files: how extraction scales past one process without a second DuckDB writer.

Workers (Dagster steps in other processes, pods or Celery tasks) each read one hash bucket of the pending
articles through a read-only connection, extract them, and write one Parquet file per fact table into
`<warehouse>.batches/<extractor version>/<bucket>-of-<buckets>/`. The single writer (extracted_facts) later
stages every finished batch in one pass and extracts only what no batch covered.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.extract.article import extract_article
from pipelines.store.fact_rows import Rows, fact_rows
from pipelines.store.schema import FACT_TABLES, STAGE_PREFIX, table

_DONE = "_done"  # written last: a batch without it was interrupted and is ignored


def batches_root(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.stem + ".batches")


def pending_in_bucket(
    con: duckdb.DuckDBPyConnection, version: str, bucket: int, buckets: int
) -> list[tuple[str, str, str | None, str | None]]:
    return con.execute(
        """
        SELECT a.article_id, a.text, a.title, a.published FROM articles a
        WHERE a.facts_version IS DISTINCT FROM ? AND hash(a.article_id) % ? = ?
          AND a.article_id IN (SELECT article_id FROM raw_files WHERE deleted_at IS NULL)
        ORDER BY a.article_id
        """,
        [version, buckets, bucket],
    ).fetchall()


def write_batch(root: Path, version: str, bucket: int, buckets: int, articles) -> dict[str, int]:
    """Extract `articles` and write their rows; returns rows written per table and articles extracted."""
    folder = root / version / f"{bucket}-of-{buckets}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    merged: Rows = {name: [] for name in FACT_TABLES}
    extracted = []
    for article_id, text, title, published in articles:
        try:
            rows = fact_rows(article_id, extract_article(text, title, published))
        except Exception:  # left out: the writer extracts it again and quarantines it with the error
            continue
        extracted.append({"article_id": article_id})
        for name, items in rows.items():
            merged[name].extend(items)
    counts = {}
    for name in FACT_TABLES:
        pd.DataFrame(merged[name], columns=table(name).column_names).to_parquet(folder / f"{name}.parquet")
        counts[name] = len(merged[name])
    pd.DataFrame(extracted, columns=["article_id"]).to_parquet(folder / "extracted.parquet")
    (folder / _DONE).touch()
    counts["articles"] = len(extracted)
    return counts


def stage_batches(con: duckdb.DuckDBPyConnection, root: Path, version: str, run_id: str) -> frozenset[str]:
    """Stage every finished batch of this extractor version, then delete the staged batch files.

    Only articles still pending and not yet staged are taken, so a batch that raced an earlier load is
    harmless. Returns the ids of the articles staged.
    """
    staged: set[str] = set()
    folders = sorted(p.parent for p in (root / version).glob(f"*/{_DONE}")) if root.is_dir() else []
    for folder in folders:
        take = (
            f"SELECT e.article_id FROM read_parquet('{_quoted(folder / 'extracted.parquet')}') e "
            "JOIN articles a ON a.article_id = e.article_id "
            "WHERE a.facts_version IS DISTINCT FROM $version "
            f"AND e.article_id NOT IN (SELECT article_id FROM {STAGE_PREFIX}extracted)"
        )
        con.execute(f"CREATE OR REPLACE TEMP TABLE batch_take AS {take}", {"version": version})
        for name in FACT_TABLES:
            source = _quoted(folder / f"{name}.parquet")
            con.execute(
                f"INSERT INTO {STAGE_PREFIX}{name} SELECT * FROM read_parquet('{source}') "
                "WHERE article_id IN (SELECT article_id FROM batch_take)"
            )
        con.execute(f"INSERT INTO {STAGE_PREFIX}extracted SELECT article_id, ?, ? FROM batch_take", [version, run_id])
        staged.update(r[0] for r in con.execute("SELECT article_id FROM batch_take").fetchall())
        con.execute("DROP TABLE batch_take")
        shutil.rmtree(folder, ignore_errors=True)
    # Batches of older extractor code are never used again; an unfinished batch of this version may still be
    # being written by a worker, so it stays.
    for stale in root.iterdir() if root.is_dir() else ():
        if stale.name != version:
            shutil.rmtree(stale, ignore_errors=True)
    return frozenset(staged)


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
