"""The least a cold run can take: the empty-folder run (Dagster, the job, the warehouse) plus reading every file.

Both are parts of every cold run that no extractor, validation or load can remove, so when the floor alone is over
the issue's "cold run ≤ 15 × baseline" limit, that target cannot hold on this machine whatever the rest costs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from pipelines.bench.steps import BASELINE, COLD, EMPTY, READING
from pipelines.bench.targets import Figures

BASELINE_FACTOR = 15


@dataclass(frozen=True)
class ColdFloor:
    articles: int
    empty: float
    reading: float
    cold: float | None
    baseline_limit: float | None

    @property
    def floor(self) -> float:
        return round(self.empty + self.reading, 2)

    @property
    def leaves(self) -> float | None:
        """Seconds the 15× limit leaves for extraction, validation and load; negative when the floor is over it."""
        return None if self.baseline_limit is None else round(self.baseline_limit - self.floor, 2)

    def as_row(self) -> dict:
        return {**asdict(self), "floor": self.floor, "leaves": self.leaves}


def cold_floors(rows: Iterable[dict]) -> list[ColdFloor]:
    """One floor per corpus size that has both an empty-folder run and a reading row."""
    figures = Figures(rows)
    floors = []
    for articles in figures.sizes:
        empty, reading = figures.seconds(articles, EMPTY), figures.seconds(articles, READING)
        if empty is None or reading is None:
            continue
        baseline = figures.seconds(articles, BASELINE)
        limit = None if baseline is None else round(BASELINE_FACTOR * baseline, 2)
        floors.append(ColdFloor(articles, empty, reading, figures.seconds(articles, COLD), limit))
    return floors
