"""The performance issue's targets as data, judged against one benchmark's rows.

A target names the corpus sizes it applies to (None: every size measured) and how to read its measured value
and its limit from the rows; a size the benchmark did not run is reported as not measured, never as passing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipelines.bench.steps import BASELINE, COLD, EMPTY, EXTRACTION, ONE_PERCENT, PIPELINE_RUNS, UNCHANGED


class Figures:
    """One benchmark's rows, looked up by corpus size and step; a missing row reads as None."""

    def __init__(self, rows: Iterable[dict]) -> None:
        self._rows = {(r["articles"], r["step"]): r for r in rows}
        self.sizes = sorted({articles for articles, _ in self._rows})

    def seconds(self, articles: int, step: str) -> float | None:
        row = self._rows.get((articles, step))
        return None if row is None else row["seconds"]

    def rate(self, articles: int, step: str) -> float | None:
        row = self._rows.get((articles, step))
        return None if row is None else row["articles_per_s"]

    def peak_mib(self, articles: int) -> float | None:
        """The largest resident set of any pipeline run at this size (the cold run, in practice)."""
        peaks = [self._rows[(articles, s)]["peak_rss_mib"] for s in PIPELINE_RUNS if (articles, s) in self._rows]
        return max(peaks) if peaks else None


Reading = Callable[[Figures, int], "float | None"]


@dataclass(frozen=True)
class Target:
    name: str
    sizes: tuple[int, ...] | None
    measured: Reading
    limit: Reading
    unit: str
    at_least: bool = False  # a floor (throughput) rather than a ceiling (time, memory)


def _scaled(factor: float, step: str, at: int | None = None) -> Reading:
    """factor × the step's seconds, at the target's corpus size or at a fixed one (`at`)."""

    def read(figures: Figures, articles: int) -> float | None:
        seconds = figures.seconds(at or articles, step)
        return None if seconds is None else factor * seconds

    return read


def _one_percent_limit(figures: Figures, articles: int) -> float | None:
    empty, cold = figures.seconds(articles, EMPTY), figures.seconds(articles, COLD)
    return None if empty is None or cold is None else empty + 0.05 * cold


def _peak_at_10k(figures: Figures, articles: int) -> float | None:
    peak = figures.peak_mib(10_000)
    return None if peak is None else 1.5 * peak


TARGETS = (
    Target("cold run ≤ 15 × baseline", (10_000,), _scaled(1, COLD), _scaled(15, BASELINE), "s"),
    Target("cold run ≤ 90 s", (10_000,), _scaled(1, COLD), lambda figures, articles: 90.0, "s"),
    Target("unchanged ≤ 2 × empty folder", None, _scaled(1, UNCHANGED), _scaled(2, EMPTY), "s"),
    Target("1% changed ≤ empty folder + 5% of cold", None, _scaled(1, ONE_PERCENT), _one_percent_limit, "s"),
    Target("cold run ≤ 11 × the 10k cold run", (100_000,), _scaled(1, COLD), _scaled(11, COLD, at=10_000), "s"),
    Target("peak memory ≤ 1.5 × the 10k peak", (100_000,), lambda f, n: f.peak_mib(n), _peak_at_10k, "MiB"),
    Target(
        "extraction ≥ 200 articles/s/core",
        None,
        lambda f, n: f.rate(n, EXTRACTION),
        lambda figures, articles: 200.0,
        "articles/s",
        at_least=True,
    ),
)


@dataclass(frozen=True)
class Verdict:
    target: str
    articles: int
    measured: float | None
    limit: float | None
    unit: str
    holds: bool | None  # None: the benchmark did not measure what the target needs

    @property
    def status(self) -> str:
        return {True: "holds", False: "MISSED", None: "not measured"}[self.holds]

    def as_row(self) -> dict:
        return {
            "target": self.target,
            "articles": self.articles,
            "measured": None if self.measured is None else round(self.measured, 2),
            "limit": None if self.limit is None else round(self.limit, 2),
            "unit": self.unit,
            "holds": self.holds,
        }


def judge(rows: Iterable[dict], targets: Iterable[Target] = TARGETS) -> list[Verdict]:
    """Every target at every size it applies to, in table order."""
    figures = Figures(rows)
    verdicts = []
    for target in targets:
        for articles in target.sizes or figures.sizes:
            measured, limit = target.measured(figures, articles), target.limit(figures, articles)
            if measured is None or limit is None:
                holds = None
            else:
                holds = measured >= limit if target.at_least else measured <= limit
            verdicts.append(Verdict(target.name, articles, measured, limit, target.unit, holds))
    return verdicts
