"""`python -m pipelines.bench` end to end on a tiny corpus: every step runs the real CLI and lands in the JSON."""

import json
import subprocess
import sys

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
from pipelines.settings import PROJECT_ROOT


def test_bench_writes_every_step_and_judges_the_targets(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "pipelines.bench", "--articles", "20", "--json", str(out)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    document = json.loads(out.read_text())
    rows = {row["step"]: row for row in document["rows"]}
    assert list(rows) == [
        BASELINE,
        EXTRACTION,
        READING,
        EMPTY,
        COLD,
        UNCHANGED,
        ONE_PERCENT,
        PUBLISH_NEW,
        PUBLISH_UNCHANGED,
    ]
    assert all(row["articles"] == 20 and row["seconds"] > 0 for row in rows.values())
    assert rows[COLD]["processed"] == 20 and rows[ONE_PERCENT]["processed"] == 2  # one edited, one added
    assert rows[PUBLISH_NEW]["processed"] == 21 and rows[PUBLISH_UNCHANGED]["processed"] == 0
    assert rows[EXTRACTION]["peak_rss_mib"] is None  # CPU time of a sample, not a run of its own
    assert rows[READING]["processed"] == 20 and rows[READING]["peak_rss_mib"] is None
    assert all(
        rows[step]["peak_rss_mib"] > 50
        for step in (BASELINE, EMPTY, COLD, UNCHANGED, ONE_PERCENT, PUBLISH_NEW, PUBLISH_UNCHANGED)
    )
    targets = {(t["target"], t["articles"]): t for t in document["targets"]}
    # At 20 articles only the per-size targets are measured; the 10k and 100k ones say so instead of passing.
    assert targets[("cold run ≤ 90 s", 10_000)]["holds"] is None
    assert targets[("unchanged ≤ 2 × empty folder", 20)]["holds"] in (True, False)
    [floor] = document["cold_floors"]
    assert floor["floor"] == round(rows[EMPTY]["seconds"] + rows[READING]["seconds"], 2)
    assert floor["floor"] < rows[COLD]["seconds"]  # the cold run reads every file too, and does more
    assert document["machine"]["cores"] >= 1
    assert "holds" in done.stdout or "MISSED" in done.stdout
