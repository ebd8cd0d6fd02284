"""Resources: the raw folder to read and the DuckDB warehouse to write."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines import settings

WRITER_POOL = "duckdb_writer"  # one slot (dagster.yaml): DuckDB allows one writing process per file


class RawFolder(dg.ConfigurableResource):
    """The folder of article files to ingest."""

    path: str
    verify_hashes: bool = False  # re-hash every file instead of trusting an unchanged size and mtime
    max_article_bytes: int = 20 * 1024 * 1024

    @property
    def root(self) -> Path:
        return Path(self.path)


def default_resources() -> dict:
    warehouse = settings.warehouse_path()
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    return {
        "raw_folder": RawFolder(path=str(settings.raw_dir()), max_article_bytes=settings.max_article_bytes()),
        "duckdb": DuckDBResource(database=str(warehouse), connection_config=settings.duckdb_config()),
    }
