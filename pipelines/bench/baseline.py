"""The baseline: read every file and bulk-insert its raw text into DuckDB, nothing else."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pyarrow as pa


def main(raw: str, warehouse: str) -> None:
    paths = sorted(p for p in Path(raw).rglob("*") if p.is_file())
    con = duckdb.connect(warehouse)
    con.execute("CREATE OR REPLACE TABLE raw_text (path VARCHAR, body VARCHAR)")
    for i in range(0, len(paths), 1000):
        chunk = paths[i : i + 1000]
        batch = pa.table({"path": [str(p) for p in chunk], "body": [p.read_text(errors="replace") for p in chunk]})
        con.register("batch", batch)
        con.execute("INSERT INTO raw_text SELECT * FROM batch")
        con.unregister("batch")
    con.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
