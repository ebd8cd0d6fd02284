"""Extraction fanned out over hash buckets of the pending articles, one step per bucket.

On one machine `evidence_job` already uses every core (a process pool inside its extract step). When a corpus
outgrows one machine, run this job between ingest and load: each step extracts one bucket in its own process
(the multiprocess executor here; Kubernetes pods or Celery workers with the configs in pipelines/deploy/) and
writes Parquet; the single DuckDB writer, `extracted_facts`, then stages those files instead of extracting.
Steps only read the warehouse, so run it while no other run writes (DuckDB allows many readers or one writer).
"""

import importlib
import os
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.extract.version import extractor_version
from pipelines.store.batch_files import batches_root, pending_in_bucket, write_batch
from pipelines.store.connection import connect


class BatchPlan(dg.Config):
    buckets: int = 8  # more buckets than workers keeps every worker busy to the end


@dg.op(out=dg.DynamicOut(), description="One output per hash bucket of the articles awaiting extraction.")
def plan_extract_batches(config: BatchPlan):
    for bucket in range(config.buckets):
        yield dg.DynamicOutput((bucket, config.buckets), mapping_key=f"bucket_{bucket}")


@dg.op(description="Extract one bucket of pending articles into Parquet files beside the warehouse.")
def extract_batch(context: dg.OpExecutionContext, duckdb: DuckDBResource, bucket: tuple) -> dict:
    warehouse = Path(duckdb.database)
    version = extractor_version()
    number, buckets = bucket
    with connect(warehouse, read_only=True) as con:
        articles = pending_in_bucket(con, version, number, buckets)
    counts = write_batch(batches_root(warehouse), version, number, buckets, articles)
    context.log.info(f"bucket {number} of {buckets}: {counts['articles']} articles extracted")
    return counts


@dg.op(description="Total the buckets' row counts; extracted_facts stages the files on its next run.")
def summarize_extract_batches(context: dg.OpExecutionContext, counts: list[dict]) -> dict:
    total: dict[str, int] = {}
    for bucket in counts:
        for name, n in bucket.items():
            total[name] = total.get(name, 0) + n
    context.add_output_metadata({"rows_per_table": dg.MetadataValue.json(total)})
    return total


def batch_executor() -> dg.ExecutorDefinition:
    """EVIDENCE_BATCH_EXECUTOR picks where the bucket steps run: multiprocess (default), k8s or celery.

    The cluster executors come from dagster-k8s / dagster-celery, installed only where they are used; their
    run configs are in pipelines/deploy/.
    """
    choice = os.environ.get("EVIDENCE_BATCH_EXECUTOR", "multiprocess")
    if choice == "multiprocess":
        return dg.multiprocess_executor
    modules = {"k8s": ("dagster_k8s", "k8s_job_executor"), "celery": ("dagster_celery", "celery_executor")}
    if choice not in modules:
        raise ValueError(f"EVIDENCE_BATCH_EXECUTOR={choice!r}: expected multiprocess, k8s or celery")
    module, name = modules[choice]
    try:
        return getattr(importlib.import_module(module), name)
    except ImportError as exc:
        raise ImportError(f"EVIDENCE_BATCH_EXECUTOR={choice} needs `{module.replace('_', '-')}` installed") from exc


@dg.job(
    executor_def=batch_executor(),
    description="Fan extraction out over hash buckets (one process per step); evidence_job then loads the batches.",
)
def extract_batches_job():
    summarize_extract_batches(plan_extract_batches().map(extract_batch).collect())
