"""The whole code location loads, and its sensor and schedule behave."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipelines.definitions import defs
from pipelines.defs.automation import daily_reingest, raw_folder_sensor


def test_code_location_loads_with_every_layer():
    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    groups = {graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert groups == {"ingest", "extract", "validate", "warehouse", "publish"}
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.description, f"{key} needs a description for the UI"
        assert "duckdb" in node.kinds
    job = defs.resolve_job_def("evidence_job")
    assert job.executor_def.name == "in_process"
    assert defs.resolve_schedule_def("daily_reingest") is daily_reingest
    assert defs.resolve_sensor_def("raw_folder_sensor") is raw_folder_sensor


def test_every_writing_step_shares_one_pool():
    graph = defs.resolve_asset_graph()
    pools = {graph.assets_def_for_key(key).op.pool for key in graph.get_all_asset_keys()}
    assert pools == {"duckdb_writer"}


def test_sensor_requests_a_run_only_when_the_folder_changes(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("EVIDENCE_RAW_DIR", str(tmp_path))
    (tmp_path / "a.txt").write_text("A trial of 40 adults.", encoding="utf-8")
    with dg.build_sensor_context() as context:
        first = raw_folder_sensor(context)
        assert isinstance(first, dg.RunRequest)
        cursor = context.cursor
    with dg.build_sensor_context(cursor=cursor) as context:
        assert isinstance(raw_folder_sensor(context), dg.SkipReason)
    (tmp_path / "b.md").write_text("# New\nA survey of 90 nurses.", encoding="utf-8")
    with dg.build_sensor_context(cursor=cursor) as context:
        assert isinstance(raw_folder_sensor(context), dg.RunRequest)
