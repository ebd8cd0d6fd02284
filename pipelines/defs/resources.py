"""Resources: the raw folder to read, the DuckDB warehouse to write, Great Expectations, and the lake to publish to."""

from pathlib import Path

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipelines import settings
from pipelines.store.lake import default_publisher
from pipelines.validation.gx_process import start_helper, validate_in_helper
from pipelines.validation.gx_runner import TableValidation, validate_frame
from pipelines.validation.rules import Rule

WRITER_POOL = "duckdb_writer"  # one slot (dagster.yaml): DuckDB allows one writing process per file


class RawFolder(dg.ConfigurableResource):
    """The folder of article files to ingest."""

    path: str
    verify_hashes: bool = False  # re-hash every file instead of trusting an unchanged size and mtime
    max_article_bytes: int = 20 * 1024 * 1024

    @property
    def root(self) -> Path:
        return Path(self.path)


class ReadOnlySnapshot(dg.ConfigurableResource):
    """Whether each load leaves a read-only copy of the warehouse that queries can open while a run writes."""

    enabled: bool = True


class GreatExpectations(dg.ConfigurableResource):
    """Runs the GX suites; by default in a helper process started with the run, so GX's import overlaps it."""

    helper_process: bool = True

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        if self.helper_process and not start_helper():
            context.log.warning("no GX helper process could be started: validating in the run's own process")

    def validate(self, name: str, frame: pd.DataFrame, rules: list[Rule]) -> TableValidation:
        if self.helper_process:
            return validate_in_helper(name, frame, rules)
        return validate_frame(name, frame, rules)


class SharedLake(dg.ConfigurableResource):
    """The DuckLake that many warehouses publish into (EVIDENCE_LAKE, EVIDENCE_LAKE_DATA, EVIDENCE_LAKE_AS)."""

    catalog: str = ""  # sqlite:/path/catalog.sqlite, postgres:dbname=... host=...; empty: publishing is off
    data_path: str = ""  # folder or object-store prefix of the lake's Parquet files
    publisher: str = ""  # the name this warehouse publishes under; empty: host and warehouse path

    def publisher_for(self, warehouse: str) -> str:
        return self.publisher or default_publisher(warehouse)


def default_resources() -> dict:
    catalog, data_path, publisher = settings.lake_settings()
    warehouse = settings.warehouse_path()
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    return {
        "raw_folder": RawFolder(path=str(settings.raw_dir()), max_article_bytes=settings.max_article_bytes()),
        "duckdb": DuckDBResource(database=str(warehouse), connection_config=settings.duckdb_config()),
        "great_expectations": GreatExpectations(),
        "read_only_snapshot": ReadOnlySnapshot(enabled=settings.snapshot_enabled()),
        "lake": SharedLake(catalog=catalog, data_path=data_path, publisher=publisher),
    }
