"""Where things live: the raw folder, the warehouse file, the Dagster instance. Env vars override."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SQL_DIR = PROJECT_ROOT / "warehouse"


def raw_dir() -> Path:
    return Path(os.environ.get("EVIDENCE_RAW_DIR", PROJECT_ROOT / "raw"))


def warehouse_path() -> Path:
    return Path(os.environ.get("EVIDENCE_WAREHOUSE", PROJECT_ROOT / "warehouse" / "evidence.duckdb"))


def duckdb_config() -> dict:
    """DuckDB settings for the writer: a memory cap keeps a 100k-article run's footprint near a 10k one's, as
    DuckDB spills big sorts and joins to disk instead of growing (EVIDENCE_DUCKDB_MEMORY, default 1GB)."""
    return {"memory_limit": os.environ.get("EVIDENCE_DUCKDB_MEMORY", "1GB")}


def snapshot_enabled() -> bool:
    """EVIDENCE_SNAPSHOT=off: no read-only copy after each load (a whole-file copy: ~6 s per run at 100k articles)."""
    return os.environ.get("EVIDENCE_SNAPSHOT", "on").strip().lower() not in ("off", "0", "false", "no")


def max_article_bytes() -> int:
    """Files above this size are quarantined as too large instead of being read into memory."""
    return int(os.environ.get("EVIDENCE_MAX_ARTICLE_BYTES", 20 * 1024 * 1024))


def ensure_dagster_home() -> Path:
    """Point DAGSTER_HOME at <project>/.dagster, whose dagster.yaml is the top-level one.

    Dagster wants its config inside DAGSTER_HOME and writes its run storage next to it; keeping that
    state in a hidden folder leaves the project's top level as it is.
    """
    if os.environ.get("DAGSTER_HOME"):
        return Path(os.environ["DAGSTER_HOME"])
    home = PROJECT_ROOT / ".dagster"
    home.mkdir(exist_ok=True)
    link = home / "dagster.yaml"
    if not link.exists():
        link.symlink_to(Path("..") / "dagster.yaml")
    os.environ["DAGSTER_HOME"] = str(home)
    return home


def lake_settings() -> tuple[str, str, str]:
    """The shared DuckLake to publish into (catalog, data path, publisher name); an empty catalog turns it off."""
    return (
        os.environ.get("EVIDENCE_LAKE", ""),
        os.environ.get("EVIDENCE_LAKE_DATA", ""),
        os.environ.get("EVIDENCE_LAKE_AS", ""),
    )
