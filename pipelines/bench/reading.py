"""Reading alone, on every core: `python -m pipelines.bench.reading RAW` prints one JSON line.

The pipeline's own reader (decoding, HTML main text, cruft removal) over every file of the corpus, on the process
pool the ingest step uses, timed by the wall clock from the pool's start to the last text; no hashing, no DuckDB,
no Dagster. Every cold run reads every file, so the empty-folder run plus this is a floor no extractor,
validation or load, however fast, can bring a cold run under.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pipelines.readers.dispatch import read_article
from pipelines.store.batch_pool import default_workers, map_batches

_BATCH = 1000


def _text_length(path: str) -> int:
    file = Path(path)
    return len(read_article(file.name, file.read_bytes()).text)


def measure_reading(raw: Path, workers: int | None = None) -> dict:
    paths = [str(p) for p in sorted(raw.rglob("*")) if p.is_file()]
    batches = [paths[i : i + _BATCH] for i in range(0, len(paths), _BATCH)]
    workers = workers or default_workers()
    started = time.perf_counter()
    characters = sum(sum(lengths) for _, lengths in map_batches(_text_length, batches, workers))
    seconds = time.perf_counter() - started
    return {
        "articles": len(paths),
        "workers": workers,
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(paths) / seconds, 1) if seconds else None,
        "characters": characters,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("raw", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps(measure_reading(args.raw)))


if __name__ == "__main__":
    main()
