"""The table definitions in warehouse/schema.sql, read once and shared by loaders and checks."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import duckdb

from pipelines.settings import SQL_DIR

# Tables holding facts extracted from one article; a re-extracted article replaces its rows in each.
FACT_TABLES = (
    "citations",
    "studies",
    "study_evidence",
    "study_arms",
    "study_durations",
    "study_outcomes",
    "statements",
)
STAGE_PREFIX = "stage_"
ROW_KEY_COMMENT = "row key"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool


@dataclass(frozen=True)
class TableSchema:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # the PRIMARY KEY, or the columns commented 'row key' (fact tables: see schema.sql)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns if not c.nullable]


def schema_sql() -> str:
    return (SQL_DIR / "schema.sql").read_text(encoding="utf-8")


def views_sql() -> str:
    return (SQL_DIR / "views.sql").read_text(encoding="utf-8")


@cache
def tables() -> dict[str, TableSchema]:
    """Parse schema.sql by running it in a throwaway in-memory DuckDB and reading the catalog."""
    con = duckdb.connect()
    try:
        con.execute(schema_sql())
        out: dict[str, TableSchema] = {}
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall()]
        for name in names:
            cols = con.execute(
                "SELECT column_name, data_type, is_nullable = 'YES' FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position",
                [name],
            ).fetchall()
            key = con.execute(
                "SELECT constraint_column_names FROM duckdb_constraints() "
                "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'",
                [name],
            ).fetchall()
            declared = con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND comment = ? ORDER BY column_index",
                [name, ROW_KEY_COMMENT],
            ).fetchall()
            # DuckDB reports primary-key columns as nullable=False already.
            out[name] = TableSchema(
                name=name,
                columns=tuple(Column(c, t, bool(n)) for c, t, n in cols),
                key=tuple(key[0][0]) if key else tuple(c for (c,) in declared),
            )
        return out
    finally:
        con.close()


def table(name: str) -> TableSchema:
    return tables()[name]


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and staging twins. Staging tables have the same columns but no
    constraints, so a bad row can be stored, validated and quarantined instead of failing the insert."""
    _drop_fact_primary_keys(con)
    con.execute(schema_sql())
    _add_new_columns(con)
    for name in FACT_TABLES:
        con.execute(f"CREATE TABLE IF NOT EXISTS {STAGE_PREFIX}{name} AS SELECT * FROM {name} LIMIT 0")


def _add_new_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses made by an older schema.sql: add the nullable columns it has gained since, at the end.

    New columns are appended to a table in schema.sql, so a widened table has the same column order as a
    fresh one (and as its staging twin, widened alike). Existing rows hold NULL in them.
    """
    live: dict[str, set[str]] = {}
    for table_name, column_name in con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main'"
    ).fetchall():
        live.setdefault(table_name, set()).add(column_name)
    for name, schema in tables().items():
        for twin in (name, f"{STAGE_PREFIX}{name}"):
            if twin not in live:
                continue
            for column in schema.columns:
                if column.name not in live[twin] and column.nullable:
                    con.execute(f"ALTER TABLE {twin} ADD COLUMN {column.name} {column.type}")


def _drop_fact_primary_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses made before the fact tables lost their PRIMARY KEY constraints: rebuild those tables once.

    DuckDB cannot drop a constraint, so the table is renamed, created again from schema.sql, and refilled.
    """
    indexed = [
        name
        for (name,) in con.execute(
            "SELECT DISTINCT table_name FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY' AND database_name = current_database() AND schema_name = 'main' "
            "AND list_contains(?, table_name)",
            [list(FACT_TABLES)],
        ).fetchall()
    ]
    if not indexed:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        for name in indexed:
            con.execute(f"ALTER TABLE {name} RENAME TO {name}__indexed")
        con.execute(schema_sql())
        for name in indexed:
            con.execute(f"INSERT INTO {name} SELECT * FROM {name}__indexed")
            con.execute(f"DROP TABLE {name}__indexed")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
