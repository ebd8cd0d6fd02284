"""The publish layer in real runs: off by default, and a real DuckLake kept up to date when one is named."""

from __future__ import annotations

import gc

import dagster as dg
import pytest
from dagster_duckdb import DuckDBResource

from pipelines.defs.publish import published_lake
from pipelines.defs.resources import SharedLake
from pipelines.store.lake import PUBLISHED_TABLES, Lake, open_lake
from tests.conftest import query, run_pipeline


def _metadata(result: dg.ExecuteInProcessResult) -> dict:
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey("published_lake")]
    return {k: v.value for k, v in event.materialization.metadata.items()}


def test_without_a_lake_the_run_publishes_nothing_and_says_so(raw_dir, warehouse):
    result = run_pipeline(raw_dir, warehouse, snapshot=False)
    assert result.success
    assert _metadata(result)["lake"].startswith("off")


def test_a_run_with_a_lake_publishes_its_articles_once(raw_dir, warehouse, tmp_path):
    lake = SharedLake(catalog=f"sqlite:{tmp_path / 'lake.sqlite'}", data_path=str(tmp_path / "lake"), publisher="here")
    first = _metadata(run_pipeline(raw_dir, warehouse, snapshot=False, lake=lake))
    assert first["articles_published"] == 3 and first["publisher"] == "here"
    with open_lake(Lake(lake.catalog, lake.data_path)) as con:
        for name in PUBLISHED_TABLES:
            held = con.execute(f"SELECT count(*) FROM lake.{name}").fetchone()[0]
            assert held == query(warehouse, f"SELECT count(*) FROM {name}")[0][0], name
    assert first["dagster/row_count"] == sum(first["rows_by_table"].values()) > 0
    again = _metadata(run_pipeline(raw_dir, warehouse, snapshot=False, lake=lake))
    assert (again["articles_published"], again["articles_removed"], again["dagster/row_count"]) == (0, 0, 0)


def test_a_catalog_without_a_data_path_fails_with_the_reason(tmp_path):
    lake = SharedLake(catalog=f"sqlite:{tmp_path / 'lake.sqlite'}")
    duckdb = DuckDBResource(database=str(tmp_path / "evidence.duckdb"))
    with pytest.raises(dg.Failure, match="EVIDENCE_LAKE_DATA"):
        published_lake(context=dg.build_asset_context(), duckdb=duckdb, lake=lake)


def test_the_publisher_is_named_after_the_warehouse_unless_given(tmp_path):
    assert SharedLake(publisher="shard-3").publisher_for("x.duckdb") == "shard-3"
    one, two = (SharedLake().publisher_for(str(tmp_path / f"{n}.duckdb")) for n in ("one", "two"))
    assert one != two and one.endswith("one.duckdb")


def test_a_lake_that_cannot_be_attached_fails_the_step_with_the_reason(raw_dir, warehouse, tmp_path):
    unusable = SharedLake(catalog=f"sqlite:{tmp_path}", data_path=str(tmp_path / "data"))  # a folder, not a file
    result = run_pipeline(raw_dir, warehouse, snapshot=False, lake=unusable, raise_on_error=False)
    assert not result.success
    [failure] = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    assert failure.step_key == "published_lake"
    assert "could not publish into the lake" in failure.step_failure_data.error.message
    gc.collect()  # the failed step's traceback holds its connection in a reference cycle (as `evidence run` knows)
    assert query(warehouse, "SELECT count(*) FROM articles") == [(3,)]  # the load before it stands
