"""Connections to the warehouse file, with DuckDB extensions (full-text search, DuckLake) loaded from wheels."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import duckdb


@cache
def wheel_extension(name: str) -> Path | None:
    """The DuckDB extension `name` shipped in its `duckdb-extension-<name>` wheel; None when not installed.

    DuckDB would otherwise download extensions on first use, and nothing here may reach the network."""
    module = f"duckdb_extension_{name}"
    try:
        package = __import__(module)
    except ImportError:
        return None
    found = sorted(Path(package.__file__).parent.glob(f"extensions/*/{name}.duckdb_extension"))
    return found[-1] if found else None


def load_wheel_extension(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Load an extension from its wheel; False if it is not installed or does not load."""
    path = wheel_extension(name)
    if path is None:
        return False
    try:
        con.execute(f"LOAD '{path}'")
    except duckdb.Error:
        return False
    return True


def load_fts(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the fts extension shipped in the duckdb-extension-fts wheel; False if unavailable."""
    return load_wheel_extension(con, "fts")


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; read-only connections can run beside a writer in another process only
    when DuckDB allows it, so readers should prefer the snapshot (see README)."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `evidence run` first")
    con = duckdb.connect(str(path), read_only=read_only)
    load_fts(con)
    return con
