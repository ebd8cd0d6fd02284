"""Great Expectations validation of staged facts, on a real DuckDB file: bad rows go to quarantine."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
from dagster_duckdb import DuckDBResource

from pipelines.defs.validate import staged_table_checks
from pipelines.store.schema import apply_schema
from pipelines.store.validate_stage import quarantine_failures

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
    assert not outcomes["studies"].success
    rules = dict(con.execute("SELECT row_id, rule FROM quarantine WHERE table_name = 'studies'").fetchall())
    assert rules == {"a1:s1": "sample_size_range", "a1:s2": "design_in_set", "a1:s3": "span_ok"}
    reason = con.execute("SELECT reason FROM quarantine WHERE row_id = 'a1:s1'").fetchone()[0]
    assert "positive integer" in reason
    assert con.execute("SELECT study_id FROM stage_studies").fetchall() == [("a1:s0",)]
    # The arm points at a study that never existed: its foreign-key rule fails.
    assert con.execute("SELECT rule FROM quarantine WHERE table_name = 'study_arms'").fetchall() == [("study_ok",)]
    con.close()


def test_blocking_check_passes_only_when_no_bad_row_is_left(tmp_path: Path):
    path = tmp_path / "w.duckdb"
    con = _staged_warehouse(path, [_study("a1:s0"), _study("a1:s1", sample_size=20_000_000)])
    con.close()
    resource = DuckDBResource(database=str(path))

    def studies_check_passed() -> bool:
        results = {r.check_name: r for r in staged_table_checks(duckdb=resource)}
        assert len(results) == 7
        return results["studies_rules"].passed

    assert not studies_check_passed()
    with duckdb.connect(str(path)) as con:
        quarantine_failures(con, "run-1", NOW)
    assert studies_check_passed()


def test_validation_in_chunks_quarantines_the_same_rows(tmp_path: Path, monkeypatch):
    import pipelines.store.validate_stage as validate_stage

    def quarantined(path: Path, chunk_rows: int) -> tuple[list, list, int]:
        monkeypatch.setattr(validate_stage, "CHUNK_ROWS", chunk_rows)
        con = _staged_warehouse(path, studies)
        outcomes = quarantine_failures(con, "run-1", NOW)
        rows = con.execute("SELECT row_id, rule FROM quarantine ORDER BY row_id").fetchall()
        kept = con.execute("SELECT study_id FROM stage_studies ORDER BY study_id").fetchall()
        con.close()
        return rows, kept, outcomes["studies"].rows

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
