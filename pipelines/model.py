"""The fact types every layer speaks: readers produce ArticleText, extractors produce ArticleFacts.

Offsets are character offsets into ArticleText.text (Python str indices), so a span can always be
checked with text[start:end]. Extractors never see files, Dagster or DuckDB.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DESIGNS = (
    "randomized_controlled_trial",
    "non_randomized_trial",
    "systematic_review",
    "meta_analysis",
    "cohort",
    "case_control",
    "cross_sectional",
    "survey",
    "case_series",
    "qualitative",
    "other",
)
# Designs whose sample is a count of studies, not of people.
REVIEW_DESIGNS = frozenset({"systematic_review", "meta_analysis"})
BLINDINGS = ("double_blind", "single_blind", "open_label")
SAMPLE_UNITS = ("participants", "studies")
DURATION_UNITS = ("minute", "hour", "day", "week", "month", "year")
DURATION_ROLES = ("session", "intervention", "follow_up", "study_period")
DIRECTIONS = ("improved", "worsened", "no_difference", "mixed")
ARM_ROLES = ("intervention", "comparator")
STATEMENT_KINDS = ("percentage", "money", "age", "count", "calendar_year", "measure", "other")

# Weeks per unit, for the analysis views and for comparing durations across units.
WEEKS_PER_UNIT = {
    "minute": 1 / (60 * 24 * 7),
    "hour": 1 / (24 * 7),
    "day": 1 / 7,
    "week": 1.0,
    "month": 52.1775 / 12,
    "year": 52.1775,
}


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """Where a fact came from: a span of the article text and the sentence around it."""

    start: int
    end: int
    sentence: str


@dataclass
class ArticleText:
    """What a reader makes of one file: clean main text, a title when one is found."""

    text: str
    title: str | None
    format: str  # txt | html | md
    encoding: str | None = None
    # Cruft removed by the reader, kept for auditing ("Share this", cookie banners, ...).
    removed_lines: int = 0
    # Publication date as ISO text of the precision the page gives ("2025-10-02", "2025-10", "2025").
    published: str | None = None


@dataclass
class Citation:
    raw: str
    first_author: str | None = None
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    title: str | None = None
    journal: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    pmid: str | None = None
    kind: str = "reference"  # reference (a list entry) | inline (mentioned in the body only)
    marker: str | None = None  # the list label as printed: "1", "[2]", ...
    evidence: Evidence | None = None


@dataclass
class DurationFact:
    value: float
    unit: str
    role: str
    evidence: Evidence


@dataclass
class OutcomeFact:
    name: str
    direction: str | None
    evidence: Evidence


@dataclass
class ArmFact:
    name: str
    role: str  # intervention | comparator
    evidence: Evidence


@dataclass
class StudyFacts:
    design: str = "other"
    blinding: str | None = None
    sample_size: int | None = None
    sample_unit: str | None = None
    population: str | None = None
    sessions: int | None = None
    arms: list[ArmFact] = field(default_factory=list)
    durations: list[DurationFact] = field(default_factory=list)
    outcomes: list[OutcomeFact] = field(default_factory=list)
    citation_index: int | None = None
    # Evidence for the scalar fields, keyed by field name ("design", "sample_size", ...).
    evidence: dict[str, Evidence] = field(default_factory=dict)

    @property
    def interventions(self) -> list[str]:
        return [a.name for a in self.arms if a.role == "intervention"]

    @property
    def comparators(self) -> list[str]:
        return [a.name for a in self.arms if a.role == "comparator"]


@dataclass
class Statement:
    """A number in the article that is not a study fact: prevalence, money, ages, other counts."""

    kind: str
    value: float
    text: str
    evidence: Evidence


@dataclass
class ArticleFacts:
    title: str | None
    studies: list[StudyFacts] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
