"""`python -m pipelines.bench --articles 1000 10000`: time the pipeline against a bulk-insert baseline.

Each measurement runs as its own process; peak memory is the largest resident set of that process tree.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pipelines.bench.corpus import edit_files, write_corpus
from pipelines.bench.floor import cold_floors
from pipelines.bench.machine import describe_machine
from pipelines.bench.steps import (
    BASELINE,
    COLD,
    EMPTY,
    EXTRACTION,
    ONE_PERCENT,
    PUBLISH_NEW,
    PUBLISH_UNCHANGED,
    READING,
    UNCHANGED,
)
from pipelines.bench.targets import judge
from pipelines.cli.table import print_table
from pipelines.settings import PROJECT_ROOT

_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def measure(cmd: list[str], env: dict) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one command, measured by a fresh parent process."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, env=env, check=True)
    seconds, rss_kib, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"benchmark step failed ({code}): {' '.join(cmd)}")
    return float(seconds), int(rss_kib) / 1024


def _figures_of(module: str, raw: Path, env: dict) -> dict:
    """The JSON line a measuring module prints over the corpus, run as a process of its own."""
    out = subprocess.run([sys.executable, "-m", module, str(raw)], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def _row_without_run(n: int, step: str, seconds: float, processed: int, rate: float | None, detail: str) -> dict:
    """A row measured inside a process of its own rather than as a whole run: it has no peak memory."""
    print(f"  {n:>7} {step:<22} {seconds:8.1f} s  ({detail})", file=sys.stderr, flush=True)
    return {
        "articles": n,
        "step": step,
        "seconds": seconds,
        "processed": processed,
        "articles_per_s": rate,
        "peak_rss_mib": None,
    }


def extraction_alone(n: int, raw: Path, env: dict) -> dict:
    """CPU seconds of extract_article over a sample of the corpus, in a process of its own."""
    figures = _figures_of("pipelines.bench.extraction", raw, env)
    rate = figures["articles_per_s_per_core"]
    detail = f"{figures['articles']} articles, {rate} per second per core"
    return _row_without_run(n, EXTRACTION, figures["cpu_seconds"], figures["articles"], rate, detail)


def reading_alone(n: int, raw: Path, env: dict) -> dict:
    """Wall seconds of the reader over every file on the ingest step's pool, in a process of its own."""
    figures = _figures_of("pipelines.bench.reading", raw, env)
    detail = f"{figures['workers']} workers"
    return _row_without_run(n, READING, figures["seconds"], figures["articles"], figures["articles_per_s"], detail)


def bench_size(n: int, work: Path, env: dict) -> list[dict]:
    raw, empty = work / f"raw-{n}", work / "empty"
    empty.mkdir(exist_ok=True)
    files = write_corpus(raw, n)
    evidence = [sys.executable, "-m", "pipelines.cli.main", "run"]
    rows = []

    def step(name: str, cmd: list[str], articles: int) -> None:
        seconds, rss = measure(cmd, env)
        rows.append(
            {
                "articles": n,
                "step": name,
                "seconds": round(seconds, 2),
                "processed": articles,
                "articles_per_s": round(articles / seconds, 1) if articles else None,
                "peak_rss_mib": round(rss),
            }
        )
        print(f"  {n:>7} {name:<22} {seconds:8.1f} s  {rss:7.0f} MiB", file=sys.stderr, flush=True)

    step(
        BASELINE,
        [sys.executable, "-m", "pipelines.bench.baseline", str(raw), str(work / f"b{n}.duckdb")],
        n,
    )
    rows.append(extraction_alone(n, raw, env))
    rows.append(reading_alone(n, raw, env))
    step(EMPTY, [*evidence, "--raw", str(empty), "--warehouse", str(work / f"e{n}.duckdb")], 0)
    warehouse = str(work / f"w{n}.duckdb")
    step(COLD, [*evidence, "--raw", str(raw), "--warehouse", warehouse], n)
    step(UNCHANGED, [*evidence, "--raw", str(raw), "--warehouse", warehouse], 0)
    changed = max(1, n // 100)
    edit_files(files[:changed])
    write_corpus(raw, changed, seed=99, start=n)
    step(ONE_PERCENT, [*evidence, "--raw", str(raw), "--warehouse", warehouse], 2 * changed)
    lake = work / f"lake-{n}"
    publish = [
        *evidence[:-1],
        "publish",
        "--warehouse",
        warehouse,
        "--lake",
        f"sqlite:{lake / 'catalog.sqlite'}",
        "--lake-data",
        str(lake / "data"),
        "--as",
        "bench",
    ]
    step(PUBLISH_NEW, publish, n + changed)
    step(PUBLISH_UNCHANGED, publish, 0)
    base = next(r["seconds"] for r in rows if r["step"] == BASELINE)
    for r in rows:
        # The extraction row times a sample of the corpus on one core: no ratio to a run over every file.
        r["x_baseline"] = None if r["step"] == EXTRACTION else round(r["seconds"] / base, 1)
    shutil.rmtree(raw)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--json", type=Path, default=PROJECT_ROOT / "bench-results" / "bench.json")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="evidence-bench-"))
    home = work / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    # The runs must not publish into a lake the user's environment names (the publish steps name their own).
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_LAKE")} | {"DAGSTER_HOME": str(home)}
    rows = []
    try:
        for n in args.articles:
            rows += bench_size(n, work, env)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    names = ["articles", "step", "seconds", "articles_per_s", "x_baseline", "peak_rss_mib"]
    print_table(names, [[r[k] for k in names] for r in rows])
    verdicts = judge(rows)
    print()
    print_table(
        ["target", "articles", "measured", "limit", "unit", "status"],
        [[v.target, v.articles, v.as_row()["measured"], v.as_row()["limit"], v.unit, v.status] for v in verdicts],
    )
    floors = cold_floors(rows)
    print()
    print_table(
        ["articles", "empty folder", "reading alone", "cold floor", "cold run", "15 × baseline", "left for the rest"],
        [[f.articles, f.empty, f.reading, f.floor, f.cold, f.baseline_limit, f.leaves] for f in floors],
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    machine = describe_machine()
    document = {
        "machine": machine,
        "rows": rows,
        "targets": [v.as_row() for v in verdicts],
        "cold_floors": [f.as_row() for f in floors],
    }
    args.json.write_text(json.dumps(document, indent=1), encoding="utf-8")
    print(
        f"\nwritten to {args.json}; machine: {machine['cores']} cores, Python {machine['python']} "
        f"({machine['python_executable']}, {machine['python_compiler']})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
