"""Extract pending articles into the staging tables, in batches, on a process pool when it pays."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipelines.extract.article import extract_article
from pipelines.faults import crash_point
from pipelines.store.batch_files import stage_batches
from pipelines.store.batch_pool import map_batches
from pipelines.store.bulk_insert import insert_rows
from pipelines.store.fact_rows import Rows, fact_rows
from pipelines.store.schema import FACT_TABLES, STAGE_PREFIX, table

BATCH_ARTICLES = 500


def _extract_one(item: tuple[str, str, str | None, str | None]) -> tuple[Rows, str | None]:
    article_id, text, title, published = item
    try:
        return fact_rows(article_id, extract_article(text, title, published)), None
    except Exception as exc:  # an extractor bug must cost one article, not the run
        return {}, f"{type(exc).__name__}: {exc}"


@dataclass
class StageResult:
    articles: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (article_id, error)
    from_batches: int = 0  # articles staged from Parquet batches written by extract_batches_job


def pending_articles(
    con: duckdb.DuckDBPyConnection, version: str, staged: frozenset[str] = frozenset()
) -> Iterator[list[tuple[str, str, str | None, str | None]]]:
    """Articles with a live path whose loaded facts came from other extractor code (or none), except `staged`.

    The ids are listed first and the texts fetched one batch at a time: sorting every pending text in one
    result set would hold the whole corpus in memory at 100k articles.
    """
    ids = [
        row[0]
        for row in con.execute(
            """
            SELECT a.article_id FROM articles a
            WHERE a.facts_version IS DISTINCT FROM ?
              AND a.article_id IN (SELECT article_id FROM raw_files WHERE deleted_at IS NULL)
            ORDER BY a.article_id
            """,
            [version],
        ).fetchall()
        if row[0] not in staged
    ]
    for i in range(0, len(ids), BATCH_ARTICLES):
        chunk = ids[i : i + BATCH_ARTICLES]
        rows = con.execute(
            "SELECT article_id, text, title, published FROM articles WHERE article_id IN (SELECT unnest(?)) "
            "ORDER BY article_id",
            [chunk],
        ).fetchall()
        yield rows


def clear_stage(con: duckdb.DuckDBPyConnection) -> None:
    for name in FACT_TABLES:
        con.execute(f"DELETE FROM {STAGE_PREFIX}{name}")
    con.execute("DELETE FROM stage_extracted")


def append_stage(con: duckdb.DuckDBPyConnection, rows: Rows) -> dict[str, int]:
    counts = {}
    for name in FACT_TABLES:
        batch = rows.get(name) or []
        counts[name] = len(batch)
        insert_rows(con, f"{STAGE_PREFIX}{name}", table(name).column_names, batch)
    return counts


def stage_pending(
    con: duckdb.DuckDBPyConnection,
    version: str,
    run_id: str,
    workers: int | None = None,
    batches: Path | None = None,
) -> StageResult:
    """Stage the batches other processes extracted (batch_files), then extract every article still pending."""
    clear_stage(con)
    result = StageResult(rows={name: 0 for name in FACT_TABLES})
    from_batches: frozenset[str] = frozenset()
    if batches is not None:
        from_batches = stage_batches(con, batches, version, run_id)
        result.from_batches = len(from_batches)
        result.articles += result.from_batches
        for name in FACT_TABLES:
            result.rows[name] += con.execute(f"SELECT count(*) FROM {STAGE_PREFIX}{name}").fetchone()[0]
    for batch, outputs in map_batches(_extract_one, pending_articles(con, version, from_batches), workers):
        merged: Rows = {name: [] for name in FACT_TABLES}
        extracted = []
        for (article_id, *_), (rows, error) in zip(batch, outputs, strict=True):
            result.articles += 1
            if error:
                result.failures.append((article_id, error))
                continue
            extracted.append((article_id, version, run_id))
            for name, items in rows.items():
                merged[name].extend(items)
        for name, n in append_stage(con, merged).items():
            result.rows[name] += n
        insert_rows(con, "stage_extracted", table("stage_extracted").column_names, extracted)
        crash_point("extract")
    return result
