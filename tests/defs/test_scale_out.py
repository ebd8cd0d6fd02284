"""extract_batches_job on the real multiprocess executor: buckets extracted in separate processes, then loaded.

The warehouse it produces must hold exactly the facts a plain evidence_job run produces.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.definitions import defs
from pipelines.defs.ingest import articles, raw_files
from pipelines.defs.resources import RawFolder
from pipelines.settings import PROJECT_ROOT
from pipelines.store.batch_files import batches_root
from tests.conftest import query, run_pipeline

FACTS = "SELECT study_id, design, sample_size, population, sessions FROM studies ORDER BY study_id"


def batches_job() -> dg.JobDefinition:
    return defs.resolve_job_def("extract_batches_job")


def test_multiprocess_batches_give_the_same_warehouse(tmp_path: Path, monkeypatch):
    raw = tmp_path / "raw"
    shutil.copytree(PROJECT_ROOT / "raw", raw)
    for path in sorted((PROJECT_ROOT / "tests/fixtures/generalization/articles").glob("*"))[:6]:
        shutil.copy(path, raw / path.name)
    plain, batched = tmp_path / "plain" / "w.duckdb", tmp_path / "batched" / "w.duckdb"
    assert run_pipeline(raw, plain).success

    batched.parent.mkdir()
    resources = {"raw_folder": RawFolder(path=str(raw)), "duckdb": DuckDBResource(database=str(batched))}
    assert dg.materialize([raw_files, articles], resources=resources).success
    # Child processes rebuild the job from the code location, whose resources come from the environment.
    monkeypatch.setenv("EVIDENCE_WAREHOUSE", str(batched))
    monkeypatch.setenv("EVIDENCE_RAW_DIR", str(raw))
    with dg.instance_for_test() as instance:
        result = dg.execute_job(
            dg.reconstructable(batches_job),
            instance=instance,
            run_config={
                "ops": {"plan_extract_batches": {"config": {"buckets": 3}}},
                "execution": {"config": {"max_concurrent": 2}},
            },
        )
        assert result.success
        steps = {e.step_key for e in result.all_events if e.event_type_value == "STEP_SUCCESS"}
        assert {f"extract_batch[bucket_{i}]" for i in range(3)} <= steps
    assert len(list(batches_root(batched).glob("*/*/_done"))) == 3

    assert run_pipeline(raw, batched).success
    assert not batches_root(batched).exists() or not any(batches_root(batched).rglob("_done"))
    assert query(batched, FACTS) == query(plain, FACTS)
    for name in ("study_arms", "study_outcomes", "citations", "statements"):
        assert query(batched, f"SELECT count(*) FROM {name}") == query(plain, f"SELECT count(*) FROM {name}")
    staged_from_batches = query(
        batched,
        "SELECT count(*) FROM articles WHERE facts_version IS NOT NULL",
    )
    assert staged_from_batches == [(9,)]


def test_deploy_configs_parse_and_fit_the_job():
    import yaml

    from pipelines.defs.scale_out import extract_batches_job

    deploy = PROJECT_ROOT / "pipelines" / "deploy"
    for path in deploy.glob("*.yaml"):
        assert isinstance(yaml.safe_load(path.read_text()), dict), path
    for name in ("extract_batches.k8s.yaml", "extract_batches.celery.yaml"):
        ops = yaml.safe_load((deploy / name).read_text())["ops"]
        # The op config is the same whatever the executor; only `execution` differs between them.
        assert dg.validate_run_config(extract_batches_job, {"ops": ops})


def test_cluster_executors_need_their_packages(monkeypatch):
    import pytest

    from pipelines.defs.scale_out import batch_executor

    monkeypatch.setenv("EVIDENCE_BATCH_EXECUTOR", "multiprocess")
    assert batch_executor() is dg.multiprocess_executor
    monkeypatch.setenv("EVIDENCE_BATCH_EXECUTOR", "celery")
    with pytest.raises(ImportError, match="dagster-celery"):
        batch_executor()
    monkeypatch.setenv("EVIDENCE_BATCH_EXECUTOR", "threads")
    with pytest.raises(ValueError, match="expected multiprocess, k8s or celery"):
        batch_executor()
