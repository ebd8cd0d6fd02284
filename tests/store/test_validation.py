"""Great Expectations validation of staged facts, on a real DuckDB file: bad rows go to quarantine."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import dagster as dg
import duckdb

from pipelines.defs.validate import rule_check_results
from pipelines.store.schema import apply_schema
from pipelines.store.validate_stage import StagedValidation, quarantine_failures
from pipelines.validation.gx_runner import TableValidation

TEXT = "A trial enrolled 120 adults. It was published in 2019."
NOW = datetime(2026, 1, 1)


def _study(study_id: str, **overrides) -> dict:
    row = {
        "study_id": study_id,
        "article_id": "a1",
        "study_index": 0,
        "design": "randomized_controlled_trial",
        "blinding": None,
        "sample_size": 120,
        "sample_unit": "participants",
        "population": "adults",
        "sessions": None,
        "citation_id": None,
        "char_start": 0,
        "char_end": 28,
        "sentence": TEXT[:28],
    }
    row.update(overrides)
    return row


def _staged_warehouse(path: Path, studies: list[dict]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    apply_schema(con)
    con.execute(
        "INSERT INTO articles (article_id, path, format, text, char_count, removed_lines, ingested_at) "
        "VALUES ('a1', 'a.txt', 'txt', ?, ?, 0, ?)",
        [TEXT, len(TEXT), NOW],
    )
    for row in studies:
        con.execute(
            f"INSERT INTO stage_studies ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
    con.execute(
        "INSERT INTO stage_study_arms VALUES ('a1:s9:a0', 'a1:s9', 'a1', 0, 'intervention', 'yoga', 0, 7, ?)",
        [TEXT[:28]],
    )
    return con


def test_failing_rows_move_to_quarantine_with_rule_and_reason(tmp_path: Path):
    con = _staged_warehouse(
        tmp_path / "w.duckdb",
        [
            _study("a1:s0"),
            _study("a1:s1", sample_size=0),
            _study("a1:s2", design="anecdote"),
            _study("a1:s3", char_start=40, char_end=999),
        ],
    )
    outcomes = quarantine_failures(con, "run-1", NOW)
    assert not outcomes["studies"].validation.success
    assert outcomes["studies"].quarantined == 3 and outcomes["studies"].staged_after == 1
    rules = dict(con.execute("SELECT row_id, rule FROM quarantine WHERE table_name = 'studies'").fetchall())
    assert rules == {"a1:s1": "sample_size_range", "a1:s2": "design_in_set", "a1:s3": "span_ok"}
    reason = con.execute("SELECT reason FROM quarantine WHERE row_id = 'a1:s1'").fetchone()[0]
    assert "positive integer" in reason
    assert con.execute("SELECT study_id FROM stage_studies").fetchall() == [("a1:s0",)]
    # The arm points at a study that never existed: its foreign-key rule fails.
    assert con.execute("SELECT rule FROM quarantine WHERE table_name = 'study_arms'").fetchall() == [("study_ok",)]
    con.close()


def test_checks_warn_about_quarantined_rows_and_pass_clean_tables(tmp_path: Path):
    con = _staged_warehouse(tmp_path / "w.duckdb", [_study("a1:s0"), _study("a1:s1", sample_size=20_000_000)])
    results = {r.check_name: r for r in rule_check_results(quarantine_failures(con, "run-1", NOW))}
    con.close()
    assert len(results) == 7
    studies = results["studies_rules"]
    assert not studies.passed and studies.severity == dg.AssetCheckSeverity.WARN  # reported, not blocking
    assert studies.metadata["quarantined"].value == 1 and studies.metadata["staged_after"].value == 1
    assert results["citations_rules"].passed


def test_a_stage_that_does_not_reconcile_blocks_the_load():
    # Three rows validated, one quarantined, but three still staged: a failing row was left behind.
    validation = TableValidation(table="studies", rows=3)
    outcome = StagedValidation(validation, quarantined=1, staged_after=3)
    (result,) = rule_check_results({"studies": outcome})
    assert not result.passed and result.severity == dg.AssetCheckSeverity.ERROR
    assert "expected 2" in result.description
    assert StagedValidation(validation, quarantined=1, staged_after=2).reconciled


def test_validation_in_chunks_quarantines_the_same_rows(tmp_path: Path, monkeypatch):
    import pipelines.store.validate_stage as validate_stage

    def quarantined(path: Path, chunk_rows: int) -> tuple[list, list, int]:
        monkeypatch.setattr(validate_stage, "CHUNK_ROWS", chunk_rows)
        con = _staged_warehouse(path, studies)
        outcomes = quarantine_failures(con, "run-1", NOW)
        rows = con.execute("SELECT row_id, rule FROM quarantine ORDER BY row_id").fetchall()
        kept = con.execute("SELECT study_id FROM stage_studies ORDER BY study_id").fetchall()
        con.close()
        return rows, kept, outcomes["studies"].validation.rows

    studies = [_study(f"a1:s{i}", sample_size=0 if i % 3 == 0 else 120) for i in range(9)]
    # One article's rows always share a chunk, so a single-article stage is one chunk however small CHUNK_ROWS is;
    # the per-chunk path still runs and must agree with the one-batch path.
    one_batch = quarantined(tmp_path / "one.duckdb", 1_000_000)
    chunked = quarantined(tmp_path / "chunked.duckdb", 2)
    assert chunked == one_batch
    assert one_batch[2] == 9 and len(one_batch[1]) == 6


def test_chunks_split_by_article_and_cover_every_row(tmp_path: Path, monkeypatch):
    import pipelines.store.validate_stage as validate_stage

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    for n in range(40):
        con.execute(
            "INSERT INTO articles (article_id, path, format, text, char_count, removed_lines, ingested_at) "
            "VALUES (?, ?, 'txt', ?, ?, 0, ?)",
            [f"art{n}", f"{n}.txt", TEXT, len(TEXT), NOW],
        )
        for i in range(3):
            row = _study(f"art{n}:s{i}", article_id=f"art{n}", study_index=i)
            con.execute(
                f"INSERT INTO stage_studies ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
    monkeypatch.setattr(validate_stage, "CHUNK_ROWS", 25)
    frames = [frame for _, frame in validate_stage.validate_chunks(con, "studies")]
    assert len(frames) == 5
    assert sum(len(f) for f in frames) == 120
    articles_per_chunk = [set(f["article_id"]) for f in frames]
    assert all(not (a & b) for i, a in enumerate(articles_per_chunk) for b in articles_per_chunk[i + 1 :])
    con.close()
