"""The per-article JSON shape of ../shared/eval/FORMAT.md, built from ArticleFacts."""

from __future__ import annotations

from pipelines.model import ArticleFacts, Citation, StudyFacts

CITATION_FIELDS = ("first_author", "year", "journal", "title", "volume", "issue", "pages", "doi", "pmid")


def plain_number(value: float | int | None) -> float | int | None:
    """12.0 -> 12 and 5.3 -> 5.3, as the eval shape writes numbers."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def study_record(study: StudyFacts) -> dict:
    return {
        "design": study.design,
        "blinding": study.blinding,
        "sample_size": study.sample_size,
        "sample_unit": study.sample_unit,
        "population": study.population,
        "interventions": study.interventions,
        "comparators": study.comparators,
        "sessions": study.sessions,
        "durations": [{"value": plain_number(d.value), "unit": d.unit, "role": d.role} for d in study.durations],
        "outcomes": [{"name": o.name, "direction": o.direction} for o in study.outcomes],
        "citation": study.citation_index,
    }


def citation_record(citation: Citation) -> dict:
    return {name: getattr(citation, name) for name in CITATION_FIELDS}


def article_record(file: str, facts: ArticleFacts) -> dict:
    return {
        "file": file,
        "title": facts.title,
        "studies": [study_record(s) for s in facts.studies],
        "citations": [citation_record(c) for c in facts.citations],
    }
