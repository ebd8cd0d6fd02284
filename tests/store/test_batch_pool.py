"""map_batches: results in order, the next batch in flight, on_start once after the workers exist."""

from __future__ import annotations

import multiprocessing
import os

from pipelines.store.batch_pool import POOL_THRESHOLD, map_batches


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def test_small_batches_run_in_process_and_in_order():
    started = []
    batches = [[1, 2, 3], [4, 5]]
    out = list(map_batches(_square_and_pid, iter(batches), workers=2, on_start=lambda: started.append(1)))
    assert [b for b, _ in out] == batches
    assert [[r[0] for r in results] for _, results in out] == [[1, 4, 9], [16, 25]]
    assert {pid for _, results in out for _, pid in results} == {os.getpid()}
    assert started == [1]


def test_large_batches_use_worker_processes_and_start_hook_runs_after_them():
    seen_children = []

    def on_start():  # a thread started here must find every worker already forked
        seen_children.append(len(multiprocessing.active_children()))

    batches = [list(range(POOL_THRESHOLD)), list(range(POOL_THRESHOLD, POOL_THRESHOLD + 5))]
    out = list(map_batches(_square_and_pid, iter(batches), workers=2, on_start=on_start))
    assert [r[0] for r in out[0][1]][:3] == [0, 1, 4]
    assert len(out[1][1]) == 5
    assert os.getpid() not in {pid for _, pid in out[0][1]}  # the big batch ran on the workers
    assert seen_children == [2]


def test_no_batches_never_starts_anything():
    started = []
    assert list(map_batches(_square_and_pid, iter([]), workers=2, on_start=lambda: started.append(1))) == []
    assert started == []
