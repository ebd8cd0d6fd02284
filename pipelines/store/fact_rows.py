"""ArticleFacts to rows of the fact tables, keyed by article_id. Pure: no DuckDB here."""

from __future__ import annotations

from collections import defaultdict

from pipelines.model import WEEKS_PER_UNIT, ArticleFacts, Evidence

Rows = dict[str, list[dict]]


def _span(evidence: Evidence | None) -> dict:
    if evidence is None:
        return {"char_start": None, "char_end": None, "sentence": None}
    return {"char_start": evidence.start, "char_end": evidence.end, "sentence": evidence.sentence}


def fact_rows(article_id: str, facts: ArticleFacts) -> Rows:
    rows: Rows = defaultdict(list)
    citation_ids = []
    for i, c in enumerate(facts.citations):
        citation_id = f"{article_id}:c{i}"
        citation_ids.append(citation_id)
        rows["citations"].append(
            {
                "citation_id": citation_id,
                "article_id": article_id,
                "citation_index": i,
                "kind": c.kind,
                "marker": c.marker,
                "first_author": c.first_author,
                "authors": list(c.authors),
                "year": c.year,
                "title": c.title,
                "journal": c.journal,
                "volume": c.volume,
                "issue": c.issue,
                "pages": c.pages,
                "doi": c.doi,
                "pmid": c.pmid,
                "raw": c.raw,
                **_span(c.evidence),
            }
        )
    for s_index, study in enumerate(facts.studies):
        study_id = f"{article_id}:s{s_index}"
        anchor = min(study.evidence.values(), key=lambda e: e.start, default=None)
        if anchor is None and study.arms:
            anchor = study.arms[0].evidence
        citation = study.citation_index
        citation_id = citation_ids[citation] if citation is not None and 0 <= citation < len(citation_ids) else None
        rows["studies"].append(
            {
                "study_id": study_id,
                "article_id": article_id,
                "study_index": s_index,
                "design": study.design,
                "blinding": study.blinding,
                "sample_size": study.sample_size,
                "sample_unit": study.sample_unit,
                "population": study.population,
                "sessions": study.sessions,
                "citation_id": citation_id,
                **_span(anchor),
            }
        )
        for field, evidence in sorted(study.evidence.items()):
            value = getattr(study, field, None)
            rows["study_evidence"].append(
                {
                    "study_id": study_id,
                    "article_id": article_id,
                    "field": field,
                    "value": None if value is None else str(value),
                    **_span(evidence),
                }
            )
        for i, arm in enumerate(study.arms):
            rows["study_arms"].append(
                {
                    "arm_id": f"{study_id}:a{i}",
                    "study_id": study_id,
                    "article_id": article_id,
                    "arm_index": i,
                    "role": arm.role,
                    "name": arm.name,
                    **_span(arm.evidence),
                }
            )
        for i, d in enumerate(study.durations):
            rows["study_durations"].append(
                {
                    "duration_id": f"{study_id}:d{i}",
                    "study_id": study_id,
                    "article_id": article_id,
                    "duration_index": i,
                    "value": float(d.value),
                    "unit": d.unit,
                    "role": d.role,
                    "weeks": float(d.value) * WEEKS_PER_UNIT.get(d.unit, float("nan")),
                    **_span(d.evidence),
                }
            )
        for i, o in enumerate(study.outcomes):
            rows["study_outcomes"].append(
                {
                    "outcome_id": f"{study_id}:o{i}",
                    "study_id": study_id,
                    "article_id": article_id,
                    "outcome_index": i,
                    "name": o.name,
                    "direction": o.direction,
                    **_span(o.evidence),
                }
            )
    for i, st in enumerate(facts.statements):
        rows["statements"].append(
            {
                "statement_id": f"{article_id}:n{i}",
                "article_id": article_id,
                "statement_index": i,
                "kind": st.kind,
                "value": float(st.value),
                "text": st.text,
                **_span(st.evidence),
            }
        )
    return rows
