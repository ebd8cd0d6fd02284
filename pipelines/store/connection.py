"""Connections to the warehouse file, with full-text search loaded from its wheel (no download)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import duckdb


@cache
def _fts_extension() -> Path | None:
    try:
        import duckdb_extension_fts
    except ImportError:
        return None
    found = sorted(Path(duckdb_extension_fts.__file__).parent.glob("extensions/*/fts.duckdb_extension"))
    return found[-1] if found else None


def load_fts(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the fts extension shipped in the duckdb-extension-fts wheel; False if unavailable."""
    path = _fts_extension()
    if path is None:
        return False
    try:
        con.execute(f"LOAD '{path}'")
    except duckdb.Error:
        return False
    return True


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
