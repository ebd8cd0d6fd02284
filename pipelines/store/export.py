"""Warehouse to the per-article JSON shape of ../shared/eval/FORMAT.md (one object per live file)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import duckdb

from pipelines.records import CITATION_FIELDS, plain_number


def _grouped(con: duckdb.DuckDBPyConnection, sql: str) -> dict[str, list[dict]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    out: dict[str, list[dict]] = defaultdict(list)
    for row in cursor.fetchall():
        record = dict(zip(names, row, strict=True))
        out[record.pop("_key")].append(record)
    return out


def article_records(con: duckdb.DuckDBPyConnection) -> Iterator[dict]:
    arms = _grouped(con, "SELECT study_id AS _key, role, name FROM study_arms ORDER BY study_id, arm_index")
    durations = _grouped(
        con, "SELECT study_id AS _key, value, unit, role FROM study_durations ORDER BY study_id, duration_index"
    )
    outcomes = _grouped(
        con, "SELECT study_id AS _key, name, direction FROM study_outcomes ORDER BY study_id, outcome_index"
    )
    studies = _grouped(
        con,
        "SELECT s.article_id AS _key, s.study_id, s.design, s.blinding, s.sample_size, s.sample_unit, s.population, "
        "s.sessions, c.citation_index FROM studies s LEFT JOIN citations c ON c.citation_id = s.citation_id "
        "ORDER BY s.article_id, s.study_index",
    )
    fields = ", ".join(CITATION_FIELDS)
    citations = _grouped(con, f"SELECT article_id AS _key, {fields} FROM citations ORDER BY article_id, citation_index")
    files = con.execute(
        "SELECT r.path, a.article_id, a.title FROM raw_files r JOIN articles a USING (article_id) "
        "WHERE r.deleted_at IS NULL ORDER BY r.path"
    ).fetchall()
    for path, article_id, title in files:
        yield {
            "file": path,
            "title": title,
            "studies": [
                {
                    "design": s["design"],
                    "blinding": s["blinding"],
                    "sample_size": s["sample_size"],
                    "sample_unit": s["sample_unit"],
                    "population": s["population"],
                    "interventions": [a["name"] for a in arms[s["study_id"]] if a["role"] == "intervention"],
                    "comparators": [a["name"] for a in arms[s["study_id"]] if a["role"] == "comparator"],
                    "sessions": s["sessions"],
                    "durations": [
                        {"value": plain_number(d["value"]), "unit": d["unit"], "role": d["role"]}
                        for d in durations[s["study_id"]]
                    ],
                    "outcomes": [{"name": o["name"], "direction": o["direction"]} for o in outcomes[s["study_id"]]],
                    "citation": s["citation_index"],
                }
                for s in studies[article_id]
            ],
            "citations": citations[article_id],
        }
