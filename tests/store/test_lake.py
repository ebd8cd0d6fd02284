"""Publishing warehouses into one DuckLake (SQLite catalog, local Parquet): real runs, a real lake, two writers."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines.settings import PROJECT_ROOT
from pipelines.store import lake as lake_module
from pipelines.store.lake import (
    PUBLISHED_TABLES,
    Lake,
    LakeError,
    ensure_lake_tables,
    ensure_lake_views,
    open_lake,
    publish,
)
from pipelines.store.schema import table
from tests.conftest import SAMPLE_RAW, query, run_pipeline

SHARDS = {"a": ["000_b3ca40df6ddc0109.txt", "001_e109998d71b1425b.txt"], "b": ["002_5a35ce7cf8361372.txt"]}


def _shard_warehouse(root: Path, shard: str) -> Path:
    raw, warehouse = root / f"raw-{shard}", root / f"wh-{shard}" / "evidence.duckdb"
    raw.mkdir(parents=True)
    for name in SHARDS[shard]:
        shutil.copy(SAMPLE_RAW / name, raw / name)
    assert run_pipeline(raw, warehouse, snapshot=False).success
    return warehouse


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> dict[str, Path]:
    """Two warehouses, each built by a real run over its own share of the sample articles."""
    root = tmp_path_factory.mktemp("shards")
    return {shard: _shard_warehouse(root, shard) for shard in SHARDS}


def _lake(root: Path) -> Lake:
    return Lake(f"sqlite:{root / 'catalog' / 'lake.sqlite'}", str(root / "data"))


def _lake_rows(lake: Lake, sql: str) -> list[tuple]:
    with open_lake(lake) as con:
        return con.execute(sql).fetchall()


def _counts(lake: Lake) -> dict[str, int]:
    return {name: _lake_rows(lake, f"SELECT count(*) FROM lake.{name}")[0][0] for name in PUBLISHED_TABLES}


def test_publishing_copies_every_article_and_fact_and_names_the_publisher(shards, tmp_path):
    lake = _lake(tmp_path)
    result = publish(shards["a"], lake, "shard-a")
    expected = {name: query(shards["a"], f"SELECT count(*) FROM {name}")[0][0] for name in PUBLISHED_TABLES}
    assert result.published == 2 and result.removed == 0
    assert result.rows == expected and _counts(lake) == expected
    assert expected["studies"] > 0 and expected["statements"] > 0
    ledger = _lake_rows(lake, "SELECT publisher, count(*) FROM lake.published_articles GROUP BY publisher")
    assert ledger == [("shard-a", 2)]
    # The lake's rows are the warehouse's rows, evidence spans included.
    spans = "SELECT article_id, char_start, char_end, sentence FROM {} ORDER BY ALL"
    assert _lake_rows(lake, spans.format("lake.study_outcomes")) == query(shards["a"], spans.format("study_outcomes"))


def test_publishing_again_with_nothing_changed_writes_nothing(shards, tmp_path):
    lake = _lake(tmp_path)
    publish(shards["a"], lake, "shard-a")
    before = _counts(lake)
    snapshots = _lake_rows(lake, "SELECT count(*) FROM ducklake_snapshots('lake')")
    again = publish(shards["a"], lake, "shard-a")
    assert (again.published, again.removed, again.rows) == (0, 0, {})
    assert _counts(lake) == before
    # Not a table, view or ledger row was written: the lake has no new snapshot.
    assert _lake_rows(lake, "SELECT count(*) FROM ducklake_snapshots('lake')") == snapshots


def _publish_in_step(warehouse: str, catalog: str, data: str, publisher: str, barrier) -> None:
    barrier.wait()  # both writers start together, on a lake that has no tables yet
    publish(Path(warehouse), Lake(catalog, data), publisher)


def test_two_warehouses_publish_into_one_lake_at_the_same_time(shards, tmp_path):
    lake = _lake(tmp_path)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    writers = [
        context.Process(target=_publish_in_step, args=(str(shards[s]), lake.catalog, lake.data_path, s, barrier))
        for s in SHARDS
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
    assert [w.exitcode for w in writers] == [0, 0]
    for name in PUBLISHED_TABLES:
        expected = sum(query(shards[s], f"SELECT count(*) FROM {name}")[0][0] for s in SHARDS)
        assert _lake_rows(lake, f"SELECT count(*) FROM lake.{name}")[0][0] == expected, name
    ledger = _lake_rows(lake, "SELECT publisher, count(DISTINCT article_id) FROM lake.published_articles GROUP BY 1")
    assert sorted(ledger) == [("a", 2), ("b", 1)]


def test_an_article_its_warehouse_no_longer_has_leaves_the_lake_and_no_other(shards, tmp_path):
    lake = _lake(tmp_path)
    own = _shard_warehouse(tmp_path, "a")  # a warehouse of its own: this test deletes one of its files
    publish(own, lake, "a")
    publish(shards["b"], lake, "b")
    gone_id = query(own, "SELECT article_id FROM raw_files WHERE path = ?", [SHARDS["a"][0]])[0][0]
    (tmp_path / "raw-a" / SHARDS["a"][0]).unlink()
    assert run_pipeline(tmp_path / "raw-a", own, snapshot=False).success
    result = publish(own, lake, "a")
    assert (result.published, result.removed) == (0, 1)
    for name in PUBLISHED_TABLES:
        assert _lake_rows(lake, f"SELECT count(*) FROM lake.{name} WHERE article_id = '{gone_id}'")[0][0] == 0
    assert sorted(_lake_rows(lake, "SELECT publisher FROM lake.published_articles")) == [("a",), ("b",)]
    assert (
        _lake_rows(lake, "SELECT count(*) FROM lake.studies")[0][0]
        == query(own, "SELECT count(*) FROM studies")[0][0] + query(shards["b"], "SELECT count(*) FROM studies")[0][0]
    )


def test_facts_from_other_extractor_code_are_replaced_not_added(shards, tmp_path):
    lake = _lake(tmp_path)
    publish(shards["a"], lake, "shard-a")
    before = _counts(lake)
    with open_lake(lake) as con:  # as if the lake's copy of one article came from older extractor code
        con.execute(
            "UPDATE lake.published_articles SET facts_version = 'older' "
            "WHERE article_id = (SELECT min(article_id) FROM lake.published_articles)"
        )
    result = publish(shards["a"], lake, "shard-a")
    assert result.published == 1
    assert _counts(lake) == before
    assert _lake_rows(lake, "SELECT count(*) FROM lake.published_articles WHERE facts_version = 'older'") == [(0,)]


def test_the_lake_gains_columns_the_warehouse_schema_gained(shards, tmp_path):
    lake = _lake(tmp_path)
    publish(shards["a"], lake, "shard-a")
    with open_lake(lake) as con:  # a lake made before `published` was added to articles
        con.execute("ALTER TABLE lake.articles DROP COLUMN published")
        ensure_lake_tables(con)
        columns = [r[0] for r in con.execute("SELECT column_name FROM (DESCRIBE lake.articles)").fetchall()]
    assert set(columns) == set(table("articles").column_names)


def test_a_catalog_whose_extension_is_missing_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(lake_module, "load_wheel_extension", lambda con, name: name != "postgres_scanner")
    with pytest.raises(LakeError, match=r"postgres_scanner.*--extra lake-postgres"):
        open_lake(Lake("postgres:dbname=evidence", str(tmp_path / "data")))


def test_a_missing_warehouse_is_a_clear_error(tmp_path):
    with pytest.raises(LakeError, match="no warehouse"):
        publish(tmp_path / "none.duckdb", _lake(tmp_path), "x")


def test_a_lake_that_stays_busy_gives_up_with_the_reason(tmp_path):
    con = duckdb.connect()
    calls = []

    def always_conflicting():
        calls.append(1)
        raise duckdb.TransactionException("Failed to commit DuckLake transaction")

    with pytest.raises(LakeError, match="busy through 3 attempts"):
        lake_module._retrying(con, 3, always_conflicting)
    assert len(calls) == 3


def test_the_query_in_the_deploy_notes_runs_on_a_published_lake(shards, tmp_path):
    lake = _lake(tmp_path)
    publish(shards["a"], lake, "shard-a")
    notes = (PROJECT_ROOT / "pipelines" / "deploy" / "ducklake.sql").read_text(encoding="utf-8")
    example = notes.split("USE lake;", 1)[1]  # the statements after the (Postgres) ATTACH, run on this lake
    with open_lake(lake) as con:
        con.execute("USE lake")
        rows = con.execute(example).fetchall()
    assert rows and {publisher for publisher, *_ in rows} == {"shard-a"}


def test_the_lake_has_the_analysis_views_that_read_only_what_it_holds(shards, tmp_path):
    lake = _lake(tmp_path)
    publish(shards["a"], lake, "shard-a")
    views = _lake_rows(lake, "SELECT view_name FROM duckdb_views() WHERE database_name = 'lake' ORDER BY 1")
    assert views == [("cited_papers",), ("outcome_evidence",), ("study_overview",)]  # no raw_files, no quarantine
    overview = "SELECT study_id, design, sample_size FROM {} ORDER BY study_id"
    assert _lake_rows(lake, overview.format("lake.study_overview")) == query(
        shards["a"], overview.format("study_overview")
    )


def test_a_view_views_sql_changed_is_made_again(shards, tmp_path):
    lake = _lake(tmp_path)
    publish(shards["a"], lake, "shard-a")
    with open_lake(lake) as con:
        con.execute("COMMENT ON VIEW lake.study_overview IS 'views.sql from an older release'")
        ensure_lake_views(con)
        [(comment,)] = con.execute(
            "SELECT comment FROM duckdb_views() WHERE database_name = 'lake' AND view_name = 'study_overview'"
        ).fetchall()
    assert comment.startswith("views.sql ") and "older" not in comment
