"""Extract layer: study facts of every article whose facts are missing or from older extractor code."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.defs.ingest import articles, utc_now
from pipelines.defs.metadata import markdown_preview
from pipelines.defs.resources import WRITER_POOL
from pipelines.extract.version import extractor_version
from pipelines.store.batch_files import batches_root
from pipelines.store.quarantine import quarantine_row, write_quarantine
from pipelines.store.schema import STAGE_PREFIX, apply_schema
from pipelines.store.staging import stage_pending


@dg.asset(group_name="extract", kinds={"duckdb", "python"}, pool=WRITER_POOL, deps=[articles])
def extracted_facts(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Studies, arms, durations, outcomes, citations and statements of pending articles, staged for validation."""
    version = extractor_version()
    now = utc_now()
    with duckdb.get_connection() as con:
        apply_schema(con)
        # No enclosing transaction: DuckDB keeps a transaction's inserts in memory until commit (gigabytes at 100k
        # articles). The staging tables are scratch space, emptied at the start of every extract step, so a crash
        # half-way loses nothing: the next run starts them again.
        batches = batches_root(Path(duckdb.database))
        result = stage_pending(con, version, context.run.run_id, batches=batches)
        write_quarantine(
            con,
            [
                quarantine_row(
                    run_id=context.run.run_id,
                    now=now,
                    stage="extract",
                    rule="extractor_error",
                    article_id=article_id,
                    reason=f"the extractor failed on this article: {error}",
                )
                for article_id, error in result.failures
            ],
        )
        con.execute(
            "UPDATE ingest_runs SET articles_extracted = ? WHERE run_id = ?", [result.articles, context.run.run_id]
        )
        preview = markdown_preview(
            con,
            f"SELECT design, sample_size, sample_unit, population, sessions FROM {STAGE_PREFIX}studies LIMIT 5",
        )
    staged = sum(result.rows.values())
    context.log.info(f"extracted {result.articles} articles into {staged} staged rows ({version})")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": dg.MetadataValue.int(staged),
            "articles_extracted": result.articles,
            "articles_from_batches": result.from_batches,
            "extractor_version": version,
            "extractor_failures": len(result.failures),
            "staged_rows": dg.MetadataValue.json(result.rows),
            "preview": dg.MetadataValue.md(preview),
        }
    )
