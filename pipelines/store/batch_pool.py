"""Map a function over batches of work items on a process pool, in order, keeping the next batch in flight.

Reading and extracting are CPU-bound pure functions; writing their results to DuckDB happens in the caller's
process. While the caller writes batch k, the workers already compute batch k+1, so both cores stay busy.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many items in a batch a pool's start-up (~0.3 s per worker) costs more than it saves.
POOL_THRESHOLD = 200
_CHUNK = 25  # items sent to a worker at once: few enough pickles, small enough to balance the cores


def default_workers() -> int:
    """One worker per core (EVIDENCE_WORKERS overrides), at most 8."""
    configured = os.environ.get("EVIDENCE_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return max(1, min(8, os.cpu_count() or 1))


def map_batches(
    function: Callable[[Item], Result], batches: Iterable[list[Item]], workers: int | None = None
) -> Iterator[tuple[list[Item], list[Result]]]:
    """(batch, results) for each batch, in order; `function` must be a picklable top-level function."""
    workers = workers or default_workers()
    pool: ProcessPoolExecutor | None = None
    pending: tuple[list[Item], Iterator[Result]] | None = None
    try:
        for batch in batches:
            if pool is None and workers > 1 and len(batch) >= POOL_THRESHOLD:
                pool = ProcessPoolExecutor(max_workers=workers)
            if pool is None:
                if pending is not None:
                    yield pending[0], list(pending[1])
                    pending = None
                yield batch, [function(item) for item in batch]
                continue
            submitted = (batch, pool.map(function, batch, chunksize=_CHUNK))  # starts work now
            if pending is not None:
                yield pending[0], list(pending[1])
            pending = submitted
        if pending is not None:
            yield pending[0], list(pending[1])
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
