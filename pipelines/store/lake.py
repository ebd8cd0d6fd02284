"""Publish a warehouse into a shared DuckLake, which many warehouses may write at the same time.

A DuckDB file has one writer. Past one machine, split `raw/` into shards, let each machine run `evidence_job` over
its shard into its own warehouse, and let each publish into one DuckLake: the catalog in Postgres (or SQLite for
writers on one host), the rows as Parquet files in a shared folder or object store. Publishing copies `articles` and
the fact tables of every article the lake does not hold at its current reader and extractor versions, removes the
articles this warehouse published and no longer has, and records both in `published_articles` (warehouse/lake.sql).

DuckLake has no primary keys and commits optimistically: one publish is one transaction that replaces rows by
article_id and keeps the ledger with MERGE INTO; when another writer's commit got in first, the whole transaction
is rolled back and tried again.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import re
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from pipelines.settings import SQL_DIR
from pipelines.store.connection import load_wheel_extension
from pipelines.store.schema import FACT_TABLES, table, views_sql

# What a lake holds of each warehouse: the texts the facts' offsets point into, and the facts.
PUBLISHED_TABLES = ("articles", *FACT_TABLES)
LEDGER = "published_articles"
_CATALOG_EXTENSIONS = {"sqlite:": "sqlite_scanner", "postgres:": "postgres_scanner"}
_EXTRA_FOR = {"postgres_scanner": "uv sync --extra lake-postgres"}
_STATEMENT_END = re.compile(r";[ \t]*(?:\n|$)")
_VIEW_NAME = re.compile(r"CREATE\s+OR\s+REPLACE\s+VIEW\s+(\w+)", re.IGNORECASE)


class LakeError(RuntimeError):
    """The lake cannot be reached, or stayed busy through every attempt."""


@dataclass(frozen=True)
class Lake:
    """Where a DuckLake lives: its catalog ('sqlite:/path/lake.sqlite', 'postgres:dbname=... host=...', or a
    DuckDB file path for a single writer) and the folder or object-store prefix of its Parquet files."""

    catalog: str
    data_path: str


@dataclass
class PublishResult:
    published: int = 0  # articles whose rows were (re)written
    removed: int = 0  # articles this publisher had put in the lake and no longer has
    rows: dict[str, int] = field(default_factory=dict)
    attempts: int = 1


def lake_sql() -> str:
    return (SQL_DIR / "lake.sql").read_text(encoding="utf-8")


def open_lake(lake: Lake, warehouse: Path | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with the lake attached as `lake` and, when given, the warehouse read-only as `wh`."""
    con = duckdb.connect()
    try:
        if warehouse is not None:
            if not Path(warehouse).exists():
                raise LakeError(f"no warehouse at {warehouse}: run `evidence run` first")
            con.execute(f"ATTACH {_quoted(str(warehouse))} AS wh (READ_ONLY)")
        attach_lake(con, lake)
    except BaseException:
        con.close()
        raise
    return con


def attach_lake(con: duckdb.DuckDBPyConnection, lake: Lake) -> None:
    """Attach the lake to an open connection as `lake`, with the extensions its catalog needs loaded from wheels."""
    for prefix, extension in _CATALOG_EXTENSIONS.items():
        if lake.catalog.startswith(prefix) and not load_wheel_extension(con, extension):
            hint = _EXTRA_FOR.get(extension, f"install duckdb-extension-{extension.replace('_', '-')}")
            raise LakeError(f"a {prefix[:-1]} catalog needs DuckDB's {extension} extension: {hint}")
    if not load_wheel_extension(con, "ducklake"):
        raise LakeError("DuckDB's ducklake extension is not installed (duckdb-extension-ducklake)")
    con.execute("SET enable_progress_bar = false")  # publishing prints its own summary
    if "://" not in lake.data_path:
        Path(lake.data_path).mkdir(parents=True, exist_ok=True)
    local_catalog = lake.catalog.removeprefix("sqlite:")
    if ":" not in local_catalog:  # a SQLite or DuckDB catalog file: its folder must exist
        Path(local_catalog).parent.mkdir(parents=True, exist_ok=True)
    _attach_lake(con, lake)


def _attach_lake(con: duckdb.DuckDBPyConnection, lake: Lake, attempts: int = 10) -> None:
    """ATTACH the lake. Writers that meet a lake no one has created yet all try to create its catalog tables, and
    SQLite lets one at a time: the others see "database is locked" and attach again once it is there."""
    statement = f"ATTACH {_quoted('ducklake:' + lake.catalog)} AS lake (DATA_PATH {_quoted(lake.data_path)})"
    for attempt in range(1, attempts + 1):
        try:
            con.execute(statement)
            return
        except duckdb.Error as exc:
            if "locked" not in str(exc) or attempt == attempts:
                raise LakeError(f"cannot attach the lake {lake.catalog}: {exc}") from exc
            _back_off(attempt)


def default_publisher(warehouse: Path | str) -> str:
    """Host and warehouse path: unique per warehouse, so two on one host never take each other's articles."""
    return f"{socket.gethostname()}:{Path(warehouse).resolve()}"


@contextlib.contextmanager
def _in_lake(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Unqualified names mean the lake's inside the block; the connection's own database again after it."""
    previous = con.execute("SELECT current_database()").fetchone()[0]
    con.execute("USE lake")
    try:
        yield
    finally:
        con.execute(f"USE {_identifier(previous)}")


def ensure_lake_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the lake's tables, and add columns the warehouse gained since (schema.sql is the one definition)."""
    with _in_lake(con):
        con.execute(lake_sql())
        for name in PUBLISHED_TABLES:
            columns = table(name).columns
            # Keys are left out: DuckLake has no PRIMARY KEY; publishing replaces rows by article_id instead.
            definitions = ", ".join(f"{c.name} {c.type}{'' if c.nullable else ' NOT NULL'}" for c in columns)
            con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({definitions})")
            present = {
                row[0]
                for row in con.execute(
                    "SELECT column_name FROM duckdb_columns() WHERE database_name = 'lake' AND table_name = ?", [name]
                ).fetchall()
            }
            for column in columns:
                if column.name not in present:
                    con.execute(f"ALTER TABLE {name} ADD COLUMN {column.name} {column.type}")


def ensure_lake_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The analysis views of warehouse/views.sql that read only what the lake holds (study_overview, ...), so the
    lake answers the same SQL as a warehouse. Each view carries a hash of its statement as its comment and is made
    again only when views.sql changed it: writers do not replace each other's views on every publish."""
    made = []
    with _in_lake(con):
        # Statements end with ";" at the end of a line; a ";" inside a string ("string_agg(reason, '; ')") does not.
        for statement in (part.strip() for part in _STATEMENT_END.split(views_sql())):
            name = _VIEW_NAME.search(statement)
            if name is None:
                continue
            marker = "views.sql " + hashlib.sha256(statement.encode()).hexdigest()[:16]
            held = con.execute(
                "SELECT comment FROM duckdb_views() WHERE database_name = 'lake' AND view_name = ?", [name.group(1)]
            ).fetchall()
            if held != [(marker,)]:
                try:
                    con.execute(statement)
                except duckdb.CatalogException:
                    continue  # reads a table only warehouses have (raw_files, quarantine)
                con.execute(f"COMMENT ON VIEW {name.group(1)} IS {_quoted(marker)}")
            made.append(name.group(1))
    return made


def publish(
    warehouse: Path, lake: Lake, publisher: str, attempts: int = 10, now: datetime | None = None
) -> PublishResult:
    """Bring the lake up to date with a warehouse file's articles and facts; retried while other writers commit."""
    with open_lake(lake, warehouse) as con:
        return publish_into(con, "wh", publisher, attempts, now)


def publish_into(
    con: duckdb.DuckDBPyConnection, source: str, publisher: str, attempts: int = 10, now: datetime | None = None
) -> PublishResult:
    """Publish the warehouse attached to `con` as database `source` into the lake attached as `lake`."""
    _retrying(con, attempts, lambda: (ensure_lake_tables(con), ensure_lake_views(con)))
    outcome: list[PublishResult] = []
    tries = _retrying(
        con,
        attempts,
        lambda: outcome.append(_publish_once(con, _identifier(source), publisher, now or datetime.now(UTC))),
    )
    result = outcome[-1]
    result.attempts = tries
    return result


def _publish_once(con: duckdb.DuckDBPyConnection, source: str, publisher: str, now: datetime) -> PublishResult:
    result = PublishResult()
    con.execute("BEGIN TRANSACTION")
    stale = [
        article_id
        for (article_id,) in con.execute(
            f"""
            SELECT a.article_id FROM {source}.articles a
            WHERE a.facts_loaded_at IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM lake.{LEDGER} p
                WHERE p.article_id = a.article_id AND p.facts_version = a.facts_version
                  AND p.reader_version IS NOT DISTINCT FROM a.reader_version)
            """
        ).fetchall()
    ]
    gone = [
        article_id
        for (article_id,) in con.execute(
            f"SELECT article_id FROM lake.{LEDGER} WHERE publisher = ? "
            f"AND article_id NOT IN (SELECT article_id FROM {source}.articles WHERE facts_loaded_at IS NOT NULL)",
            [publisher],
        ).fetchall()
    ]
    if stale or gone:
        replaced = stale + gone
        for name in PUBLISHED_TABLES:
            columns = ", ".join(table(name).column_names)
            con.execute(f"DELETE FROM lake.{name} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [replaced])
            result.rows[name] = con.execute(  # an INSERT returns its row count
                f"INSERT INTO lake.{name} ({columns}) SELECT {columns} FROM {source}.{name} "
                "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                [stale],
            ).fetchone()[0]
        con.execute(
            f"""
            MERGE INTO lake.{LEDGER} AS p
            USING (
                SELECT article_id, ? AS publisher, facts_version, reader_version, facts_loaded_at, ? AS published_at
                FROM {source}.articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
            ) AS s
            ON p.article_id = s.article_id
            WHEN MATCHED THEN UPDATE SET publisher = s.publisher, facts_version = s.facts_version,
                reader_version = s.reader_version, facts_loaded_at = s.facts_loaded_at, published_at = s.published_at
            WHEN NOT MATCHED THEN INSERT (article_id, publisher, facts_version, reader_version, facts_loaded_at,
                published_at) VALUES (s.article_id, s.publisher, s.facts_version, s.reader_version,
                s.facts_loaded_at, s.published_at)
            """,
            [publisher, now.replace(tzinfo=None), stale],
        )
        con.execute(f"DELETE FROM lake.{LEDGER} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [gone])
    con.execute("COMMIT")
    result.published, result.removed = len(stale), len(gone)
    return result


def _retrying(con: duckdb.DuckDBPyConnection, attempts: int, work) -> int:
    """Run `work` until it commits; the number of attempts it took. A conflict with another writer's commit rolls
    back and waits (_back_off) before the next attempt."""
    for attempt in range(1, attempts + 1):
        try:
            work()
            return attempt
        except (duckdb.TransactionException, duckdb.IOException) as exc:
            with contextlib.suppress(duckdb.Error):  # a failed commit has already ended the transaction
                con.execute("ROLLBACK")
            if attempt == attempts:
                raise LakeError(f"the lake stayed busy through {attempts} attempts: {exc}") from exc
            _back_off(attempt)
    raise AssertionError("unreachable")


def _back_off(attempt: int) -> None:
    """Up to 2 s, doubling from 0.1 s, by a random factor: two writers that collided do not collide again in step."""
    time.sleep(min(2.0, 0.05 * 2**attempt) * random.uniform(0.5, 1.5))


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
