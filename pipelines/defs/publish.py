"""Publish layer: this warehouse's new and changed articles and facts, copied into a shared DuckLake when one is set."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.defs.resources import WRITER_POOL, SharedLake
from pipelines.defs.warehouse import analysis_views
from pipelines.store.lake import Lake, LakeError, attach_lake, publish_into


@dg.asset(group_name="publish", kinds={"duckdb", "ducklake"}, pool=WRITER_POOL, deps=[analysis_views])
def published_lake(context: dg.AssetExecutionContext, duckdb: DuckDBResource, lake: SharedLake) -> dg.MaterializeResult:
    """Articles and facts the shared DuckLake lacks at their current versions, published into it (when set)."""
    if not lake.catalog:
        return dg.MaterializeResult(metadata={"lake": dg.MetadataValue.text("off: set EVIDENCE_LAKE to publish")})
    if not lake.data_path:
        raise dg.Failure(description="EVIDENCE_LAKE names a catalog but EVIDENCE_LAKE_DATA names no data path")
    publisher = lake.publisher_for(duckdb.database)
    with duckdb.get_connection() as con:
        warehouse_db = con.execute("SELECT current_database()").fetchone()[0]
        try:
            attach_lake(con, Lake(lake.catalog, lake.data_path))
            try:
                result = publish_into(con, warehouse_db, publisher)
            finally:
                con.execute("DETACH lake")
        except LakeError as exc:
            # The warehouse is loaded and consistent; only the lake is behind, and the next run catches it up.
            raise dg.Failure(description=f"could not publish into the lake: {exc}") from exc
    context.log.info(f"published {result.published} articles, removed {result.removed}, as {publisher}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": dg.MetadataValue.int(sum(result.rows.values())),
            "lake": dg.MetadataValue.text(lake.catalog),
            "publisher": dg.MetadataValue.text(publisher),
            "articles_published": result.published,
            "articles_removed": result.removed,
            "rows_by_table": dg.MetadataValue.json(result.rows),
            "attempts": result.attempts,
        }
    )
