"""What a valid fact row is, per table, as data. The GX runner turns each rule into an expectation.

Required columns and primary keys come from warehouse/schema.sql; enums from pipelines/model.py.
Rules over several tables (foreign keys, spans inside the article text) are computed in SQL as
boolean columns prefixed with '_' and checked with an expectation that they are true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipelines import model
from pipelines.store.schema import FACT_TABLES, table

DOI_PATTERN = r"^10\.\d{4,9}/\S+$"
PMID_PATTERN = r"^\d{1,9}$"


@dataclass(frozen=True)
class Rule:
    rule: str  # short id stored in quarantine.rule
    kind: str  # not_null | unique | in_set | between | regex | true
    column: str
    reason: str  # what a person reads in the quarantine table
    values: tuple = ()
    low: float | None = None
    high: float | None = None
    pattern: str | None = None


def _enum(column: str, values: tuple[str, ...]) -> Rule:
    return Rule(f"{column}_in_set", "in_set", column, f"{column} must be one of {', '.join(values)}", values=values)


# Checks that join other tables: each becomes a boolean column in the validation query.
SPAN_CHECK = (
    "a.article_id IS NOT NULL AND t.char_start >= 0 AND t.char_end > t.char_start "
    "AND t.char_end <= a.char_count AND t.sentence IS NOT NULL "
    "AND contains(t.sentence, substr(a.text, t.char_start + 1, t.char_end - t.char_start))"
)
DERIVED_COLUMNS: dict[str, dict[str, str]] = {
    "citations": {"_span_ok": SPAN_CHECK},
    "studies": {
        "_span_ok": SPAN_CHECK,
        "_citation_ok": "t.citation_id IS NULL OR t.citation_id IN (SELECT citation_id FROM stage_citations)",
    },
    "study_evidence": {"_span_ok": SPAN_CHECK, "_study_ok": "t.study_id IN (SELECT study_id FROM stage_studies)"},
    "study_arms": {"_span_ok": SPAN_CHECK, "_study_ok": "t.study_id IN (SELECT study_id FROM stage_studies)"},
    "study_durations": {"_span_ok": SPAN_CHECK, "_study_ok": "t.study_id IN (SELECT study_id FROM stage_studies)"},
    "study_outcomes": {"_span_ok": SPAN_CHECK, "_study_ok": "t.study_id IN (SELECT study_id FROM stage_studies)"},
    "statements": {"_span_ok": SPAN_CHECK},
}
# Links a row may lose without losing its meaning: parent table -> (child table, column). When a parent row is
# quarantined, these links are set to NULL instead of failing the child's key rule.
OPTIONAL_LINKS: dict[str, tuple[tuple[str, str], ...]] = {"citations": (("studies", "citation_id"),)}
_DERIVED_REASONS = {
    "_span_ok": "evidence span must lie inside the article text and inside its sentence",
    "_citation_ok": "citation_id must point to a citation of the same article",
    "_study_ok": "study_id must point to a loaded study",
    "_key_unique": "the row key ({columns}) must be unique",
}

_TABLE_RULES: dict[str, list[Rule]] = {
    "citations": [
        _enum("kind", ("reference", "inline")),
        Rule(
            "year_range",
            "between",
            "year",
            "year must be between 1900 and next year",
            low=1900,
            high=date.today().year + 1,
        ),
        Rule("doi_pattern", "regex", "doi", "doi must look like 10.NNNN/suffix", pattern=DOI_PATTERN),
        Rule("pmid_pattern", "regex", "pmid", "pmid must be digits only", pattern=PMID_PATTERN),
    ],
    "studies": [
        _enum("design", model.DESIGNS),
        _enum("blinding", model.BLINDINGS),
        _enum("sample_unit", model.SAMPLE_UNITS),
        Rule(
            "sample_size_range",
            "between",
            "sample_size",
            "sample_size must be a positive integer below 10,000,000",
            low=1,
            high=9_999_999,
        ),
        Rule("sessions_range", "between", "sessions", "sessions must be between 1 and 1000", low=1, high=1000),
    ],
    "study_arms": [_enum("role", model.ARM_ROLES)],
    "study_durations": [
        _enum("unit", model.DURATION_UNITS),
        _enum("role", model.DURATION_ROLES),
        Rule(
            "duration_positive",
            "between",
            "value",
            "duration must be positive and below 1000 units",
            low=0.0001,
            high=1000,
        ),
    ],
    "study_outcomes": [_enum("direction", model.DIRECTIONS)],
    "statements": [_enum("kind", model.STATEMENT_KINDS)],
    "study_evidence": [],
}


def rules_for(name: str) -> list[Rule]:
    schema = table(name)
    rules = [Rule(f"{c}_not_null", "not_null", c, f"{c} is required") for c in schema.required]
    if len(schema.key) == 1:
        key = schema.key[0]
        rules.append(Rule(f"{key}_unique", "unique", key, f"{key} must be unique"))
    rules += _TABLE_RULES[name]
    rules += [
        Rule(col.lstrip("_"), "true", col, _DERIVED_REASONS[col].format(columns=", ".join(schema.key)))
        for col in derived_columns(name)
    ]
    return rules


def derived_columns(name: str) -> dict[str, str]:
    """DERIVED_COLUMNS, plus a uniqueness check for a key of several columns (GX's unique rule takes one)."""
    key = table(name).key
    if len(key) < 2:
        return DERIVED_COLUMNS[name]
    partition = ", ".join(f"t.{column}" for column in key)
    return {**DERIVED_COLUMNS[name], "_key_unique": f"count(*) OVER (PARTITION BY {partition}) = 1"}


def validation_query(name: str, source_prefix: str = "stage_", chunk: tuple[int, int] | None = None) -> str:
    """Rows of one staged table with the derived boolean columns its rules need.

    chunk=(i, n) keeps the articles whose id hashes to i of n: every row of an article (and so every key,
    since keys start with the article id) lands in the same chunk, so uniqueness holds per chunk.
    """
    derived = ", ".join(f"coalesce(({sql}), false) AS {col}" for col, sql in derived_columns(name).items())
    articles, where = "articles", ""
    if chunk and chunk[1] > 1:
        i, n = chunk
        where = f"WHERE hash(t.article_id) % {n} = {i} "
        # The same filter on articles: joining every article's text for each chunk made validation grow with the
        # square of the corpus (24 chunks of statements at 100k articles, each scanning all the text).
        articles = f"(SELECT article_id, char_count, text FROM articles WHERE hash(article_id) % {n} = {i})"
    return (
        f"SELECT t.*, {derived} FROM {source_prefix}{name} t "
        f"LEFT JOIN {articles} a ON a.article_id = t.article_id {where}ORDER BY t.{table(name).column_names[0]}"
    )


def stage_parents(name: str, source_prefix: str = "stage_") -> frozenset[str]:
    """Tables whose staged rows the key rules of `name` read: their failures must be quarantined first."""
    return frozenset(
        other
        for other in FACT_TABLES
        if other != name
        and any(re.search(rf"\b{source_prefix}{other}\b", sql) for sql in DERIVED_COLUMNS[name].values())
    )


assert set(_TABLE_RULES) == set(FACT_TABLES) == set(DERIVED_COLUMNS)
