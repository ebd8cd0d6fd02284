"""map_batches: results in order, small batches in process, large ones on the worker processes."""

from __future__ import annotations

import os

from pipelines.store.batch_pool import POOL_THRESHOLD, map_batches


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def test_small_batches_run_in_process_and_in_order():
    batches = [[1, 2, 3], [4, 5]]
    out = list(map_batches(_square_and_pid, iter(batches), workers=2))
    assert [b for b, _ in out] == batches
    assert [[r[0] for r in results] for _, results in out] == [[1, 4, 9], [16, 25]]
    assert {pid for _, results in out for _, pid in results} == {os.getpid()}


def test_large_batches_use_worker_processes_and_keep_order():
    batches = [list(range(POOL_THRESHOLD)), list(range(POOL_THRESHOLD, POOL_THRESHOLD + 5))]
    out = list(map_batches(_square_and_pid, iter(batches), workers=2))
    assert [r[0] for r in out[0][1]][:3] == [0, 1, 4]
    assert [r[0] for r in out[1][1]] == [n * n for n in batches[1]]
    assert os.getpid() not in {pid for _, pid in out[0][1]}


def test_no_batches_give_nothing():
    assert list(map_batches(_square_and_pid, iter([]), workers=2)) == []
