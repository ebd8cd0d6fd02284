"""The issue's targets judged against benchmark rows: each target holds, misses, or is reported not measured."""

import pytest

from pipelines.bench.steps import BASELINE, COLD, EMPTY, EXTRACTION, ONE_PERCENT, UNCHANGED
from pipelines.bench.targets import judge


def _rows(articles, baseline, empty, cold, unchanged, one_percent, extraction_rate, peak):
    seconds = {BASELINE: baseline, EMPTY: empty, COLD: cold, UNCHANGED: unchanged, ONE_PERCENT: one_percent}
    rows = [
        {"articles": articles, "step": step, "seconds": s, "articles_per_s": None, "peak_rss_mib": peak // 2}
        for step, s in seconds.items()
    ]
    rows[2]["peak_rss_mib"] = peak  # the cold run is the largest
    rows.append(
        {
            "articles": articles,
            "step": EXTRACTION,
            "seconds": 10,
            "articles_per_s": extraction_rate,
            "peak_rss_mib": None,
        }
    )
    return rows


# A run that meets every target, and the 100k run beside it.
PASSING = _rows(10_000, 5.0, 3.0, 70.0, 4.0, 6.0, 210.0, 1000) + _rows(
    100_000, 50.0, 3.0, 700.0, 5.0, 30.0, 205.0, 1400
)


def _verdict(verdicts, target, articles):
    return next(v for v in verdicts if v.target.startswith(target) and v.articles == articles)


def test_a_run_within_every_limit_holds_everywhere():
    verdicts = judge(PASSING)
    assert len(verdicts) == 2 + 2 + 2 + 1 + 1 + 2  # the 10k-only and 100k-only targets once, the rest per size
    assert all(v.holds for v in verdicts), [v for v in verdicts if not v.holds]


@pytest.mark.parametrize(
    ("target", "articles", "step", "seconds", "limit"),
    [
        ("cold run ≤ 15", 10_000, COLD, 76.0, 75.0),  # 15 × 5 s baseline
        ("cold run ≤ 90", 10_000, COLD, 90.5, 90.0),
        ("unchanged", 10_000, UNCHANGED, 6.1, 6.0),  # 2 × 3 s empty folder
        ("1% changed", 100_000, ONE_PERCENT, 38.1, 38.0),  # 3 s + 5% of 700 s
        ("cold run ≤ 11", 100_000, COLD, 771.0, 770.0),  # 11 × the 70 s at 10k
    ],
)
def test_a_time_over_its_limit_misses(target, articles, step, seconds, limit):
    rows = [dict(r, seconds=seconds) if (r["articles"], r["step"]) == (articles, step) else r for r in PASSING]
    verdict = _verdict(judge(rows), target, articles)
    assert verdict.holds is False
    assert verdict.status == "MISSED"
    assert (verdict.measured, verdict.limit) == (pytest.approx(seconds), pytest.approx(limit))


def test_memory_is_compared_with_the_largest_run_at_10k():
    rows = [dict(r, peak_rss_mib=1600) if (r["articles"], r["step"]) == (100_000, UNCHANGED) else r for r in PASSING]
    verdict = _verdict(judge(rows), "peak memory", 100_000)
    assert (verdict.measured, verdict.limit, verdict.holds) == (1600, 1500, False)


def test_extraction_is_a_floor():
    rows = [dict(r, articles_per_s=199.9) if r["step"] == EXTRACTION else r for r in PASSING]
    verdicts = judge(rows)
    assert [v.holds for v in verdicts if v.target.startswith("extraction")] == [False, False]


def test_sizes_the_benchmark_did_not_run_are_not_measured_rather_than_passing():
    small = _rows(1_000, 0.7, 3.0, 12.0, 3.5, 3.5, 150.0, 400)
    verdicts = judge(small)
    by_target = {v.target: v for v in verdicts}
    assert by_target["cold run ≤ 90 s"].holds is None
    assert by_target["cold run ≤ 90 s"].status == "not measured"
    assert by_target["peak memory ≤ 1.5 × the 10k peak"].holds is None
    assert by_target["unchanged ≤ 2 × empty folder"].holds is True  # 3.5 ≤ 6.0 at 1k
    assert by_target["1% changed ≤ empty folder + 5% of cold"].holds is True  # 3.5 ≤ 3.6
    assert by_target["extraction ≥ 200 articles/s/core"].holds is False
    assert all(v.articles == 1_000 for v in verdicts if v.target.startswith(("unchanged", "1%", "extraction")))
