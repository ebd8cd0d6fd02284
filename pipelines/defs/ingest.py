"""Ingest layer: the raw folder's inventory and the clean text of new or changed files."""

from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.defs.metadata import markdown_preview, table_metadata
from pipelines.defs.resources import WRITER_POOL, RawFolder
from pipelines.ingest.inventory import list_files
from pipelines.store.ingest import ingest_articles, record_inventory
from pipelines.store.schema import apply_schema


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dg.asset(group_name="ingest", kinds={"duckdb", "python"}, pool=WRITER_POOL)
def raw_files(context: dg.AssetExecutionContext, raw_folder: RawFolder, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Every file under the raw folder with its SHA-256, and whether it is new, changed, unchanged or gone."""
    root = raw_folder.root
    if not root.is_dir():
        raise dg.Failure(f"raw folder {root} does not exist or is not a folder (set EVIDENCE_RAW_DIR or --raw)")
    now = utc_now()
    listed = list(list_files(root))
    with duckdb.get_connection() as con:
        apply_schema(con)
        con.execute("BEGIN TRANSACTION")
        result = record_inventory(con, root, listed, context.run.run_id, now, raw_folder.verify_hashes)
        con.execute(
            "INSERT OR REPLACE INTO ingest_runs (run_id, raw_dir, started_at, files_seen, files_new, files_changed, "
            "files_unchanged, files_deleted, files_quarantined, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ingested')",
            [
                context.run.run_id,
                str(root.resolve()),
                now,
                result.seen,
                result.counts["new"],
                result.counts["changed"],
                result.counts["unchanged"],
                result.counts["deleted"],
                result.counts["unreadable"],
            ],
        )
        con.execute("COMMIT")
        metadata = table_metadata(con, "raw_files")
        metadata["dagster/row_count"] = dg.MetadataValue.int(result.seen)
        metadata["preview"] = dg.MetadataValue.md(
            markdown_preview(
                con, "SELECT path, format, size_bytes, status FROM raw_files WHERE last_seen = ? ORDER BY path", [now]
            )
        )
    context.log.info(f"{result.seen} files: {dict(result.counts)}")
    return dg.MaterializeResult(
        metadata={
            **metadata,
            "raw_dir": dg.MetadataValue.path(str(root)),
            "new": result.counts["new"],
            "changed": result.counts["changed"],
            "unchanged": result.counts["unchanged"],
            "deleted": result.counts["deleted"],
            "not_readable_files": result.counts["unreadable"],
        }
    )


@dg.asset(group_name="ingest", kinds={"duckdb", "python"}, pool=WRITER_POOL, deps=[raw_files])
def articles(context: dg.AssetExecutionContext, raw_folder: RawFolder, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Clean text, title and date of new or changed files and of those older reader code read; bad files quarantined."""
    now = utc_now()
    with duckdb.get_connection() as con:
        apply_schema(con)
        # Each batch of articles commits on its own: one transaction over 100k texts would sit in memory until its
        # commit. Every row is whole, so a crash half-way leaves finished articles and the next run reads the rest.
        result = ingest_articles(con, raw_folder.root, context.run.run_id, now, raw_folder.max_article_bytes)
        metadata = table_metadata(con, "articles", "article_id, path, format, title, char_count")
    context.log.info(
        f"read {result.read} articles ({result.reread} of them again, for new reader code), "
        f"quarantined {result.quarantined} files"
    )
    return dg.MaterializeResult(
        metadata={
            **metadata,
            "articles_read": result.read,
            "articles_reread": result.reread,
            "articles_reread_changed": result.reread_changed,
            "files_quarantined": result.quarantined,
            "quarantine_reasons": dg.MetadataValue.json(dict(result.reasons)),
        }
    )
