"""The cold-run floor: the empty-folder run plus reading alone, set beside the 15 × baseline limit."""

from pipelines.bench.floor import cold_floors
from pipelines.bench.steps import BASELINE, COLD, EMPTY, EXTRACTION, READING


def _row(articles, step, seconds):
    return {"articles": articles, "step": step, "seconds": seconds, "articles_per_s": None, "peak_rss_mib": None}


def test_floor_adds_the_empty_run_and_reading_and_says_what_the_limit_leaves():
    rows = [_row(10_000, BASELINE, 1.0), _row(10_000, EMPTY, 2.3), _row(10_000, READING, 13.3), _row(10_000, COLD, 79)]
    [floor] = cold_floors(rows)
    assert (floor.articles, floor.floor, floor.baseline_limit, floor.cold) == (10_000, 15.6, 15.0, 79)
    assert floor.leaves == -0.6  # over the limit before anything is extracted
    assert floor.as_row()["leaves"] == -0.6


def test_a_floor_under_the_limit_leaves_the_difference():
    rows = [_row(1_000, BASELINE, 0.5), _row(1_000, EMPTY, 2.5), _row(1_000, READING, 1.4)]
    [floor] = cold_floors(rows)
    assert floor.leaves == 3.6 and floor.cold is None


def test_sizes_without_a_reading_row_have_no_floor():
    rows = [_row(1_000, BASELINE, 0.5), _row(1_000, EMPTY, 2.5), _row(1_000, EXTRACTION, 10.0)]
    assert cold_floors(rows) == []


def test_a_size_without_a_baseline_has_a_floor_but_no_limit():
    [floor] = cold_floors([_row(100, EMPTY, 2.5), _row(100, READING, 0.2)])
    assert floor.baseline_limit is None and floor.leaves is None
