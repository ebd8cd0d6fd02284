"""Extraction alone on one core: `python -m pipelines.bench.extraction RAW [--sample N]` prints one JSON line.

Files are read and cleaned first, untimed; only `extract_article` is timed, in this one process, so the figure
is articles per second per core with no pool, no DuckDB and no Dagster. A seeded random sample keeps the
corpus's mix of formats and sizes; the rate does not depend on the corpus size.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from pipelines.extract.article import extract_article
from pipelines.readers.dispatch import read_article

DEFAULT_SAMPLE = 2000


def sample_paths(raw: Path, sample: int) -> list[Path]:
    paths = sorted(p for p in raw.rglob("*") if p.is_file())
    # Seeded, not every k-th file: a stride can fall in step with the corpus's cycle of formats.
    return sorted(random.Random(0).sample(paths, min(sample, len(paths))))


def measure_extraction(raw: Path, sample: int = DEFAULT_SAMPLE) -> dict:
    texts = [read_article(p.name, p.read_bytes()) for p in sample_paths(raw, sample)]
    for article in texts[:20]:  # compiles the patterns and fills the caches a long run has warm
        extract_article(article.text, article.title, article.published)
    started = time.process_time()
    for article in texts:
        extract_article(article.text, article.title, article.published)
    seconds = time.process_time() - started
    return {
        "articles": len(texts),
        "cpu_seconds": round(seconds, 2),
        "articles_per_s_per_core": round(len(texts) / seconds, 1) if seconds else None,
        "ms_per_article": round(seconds / len(texts) * 1000, 2) if texts else None,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("raw", type=Path)
    parser.add_argument("--sample", type=int, default=DEFAULT_SAMPLE)
    args = parser.parse_args(argv)
    print(json.dumps(measure_extraction(args.raw, args.sample)))


if __name__ == "__main__":
    main()
