"""Great Expectations validation of staged facts, on a real DuckDB file: bad rows go to quarantine."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.defs.validate import rule_check_results
from pipelines.store.schema import FACT_TABLES, apply_schema
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


def test_rows_sharing_a_key_are_quarantined_as_duplicates(tmp_path: Path):
    """The fact tables have no PRIMARY KEY index: validation alone keeps their keys unique."""
    studies = [_study("a1:s0"), _study("a1:s1"), _study("a1:s1", sample_size=80)]
    con = _staged_warehouse(tmp_path / "w.duckdb", studies)
    evidence = "INSERT INTO stage_study_evidence VALUES ('a1:s0', 'a1', 'design', ?, 0, 28, ?)"
    for value in ("cohort", "trial"):
        con.execute(evidence, [value, TEXT[:28]])
    quarantine_failures(con, "run-1", NOW)
    rules = con.execute("SELECT table_name, row_id, rule, reason FROM quarantine ORDER BY ALL").fetchall()
    assert ("studies", "a1:s1", "study_id_unique", "study_id must be unique") in rules
    assert ("study_evidence", "a1:s0:design", "key_unique", "the row key (study_id, field) must be unique") in rules
    assert con.execute("SELECT study_id FROM stage_studies").fetchall() == [("a1:s0",)]
    assert con.execute("SELECT count(*) FROM stage_study_evidence").fetchone()[0] == 0
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


def _many_articles(path: Path, articles: int) -> duckdb.DuckDBPyConnection:
    """Three studies per article, each with an arm and an evidence row; every fourth article's first study fails."""
    con = duckdb.connect(str(path))
    apply_schema(con)
    for n in range(articles):
        con.execute(
            "INSERT INTO articles (article_id, path, format, text, char_count, removed_lines, ingested_at) "
            "VALUES (?, ?, 'txt', ?, ?, 0, ?)",
            [f"art{n}", f"{n}.txt", TEXT, len(TEXT), NOW],
        )
        for i in range(3):
            bad = n % 4 == 0 and i == 0
            row = _study(f"art{n}:s{i}", article_id=f"art{n}", study_index=i, sample_size=0 if bad else 120)
            con.execute(
                f"INSERT INTO stage_studies ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            con.execute(
                "INSERT INTO stage_study_arms VALUES (?, ?, ?, 0, 'intervention', 'yoga', 0, 7, ?)",
                [f"art{n}:s{i}:a0", f"art{n}:s{i}", f"art{n}", TEXT[:28]],
            )
            con.execute(
                "INSERT INTO stage_study_evidence VALUES (?, ?, 'sample_size', '120', 17, 20, ?)",
                [f"art{n}:s{i}", f"art{n}", TEXT[:28]],
            )
    return con


def test_chunks_split_by_article_and_cover_every_row(tmp_path: Path, monkeypatch):
    import pipelines.store.validate_stage as validate_stage

    con = _many_articles(tmp_path / "w.duckdb", 40)
    monkeypatch.setattr(validate_stage, "CHUNK_ROWS", 25)
    plan = [item for item in validate_stage.chunk_plan(con) if item[0] == "studies"]
    frames = [validate_stage.chunk_frame(con, *item) for item in plan]
    assert len(frames) == 5
    assert sum(len(f) for f in frames) == 120
    articles_per_chunk = [set(f["article_id"]) for f in frames]
    assert all(not (a & b) for i, a in enumerate(articles_per_chunk) for b in articles_per_chunk[i + 1 :])
    con.close()


def test_validation_order_puts_parents_first():
    from pipelines.store.validate_stage import _validation_order
    from pipelines.validation.rules import stage_parents

    order = _validation_order()
    assert sorted(order) == sorted(FACT_TABLES)
    assert all(order.index(parent) < order.index(name) for name in order for parent in stage_parents(name))
    assert stage_parents("study_arms") == {"studies"} and stage_parents("studies") == {"citations"}


@pytest.mark.parametrize("chunk_rows", [25, 1_000])
def test_querying_while_gx_validates_quarantines_the_same_rows(tmp_path: Path, monkeypatch, chunk_rows: int):
    """With overlap, the next chunk is queried while GX checks this one, but never a child before its parents."""
    import pipelines.store.validate_stage as validate_stage

    # With one chunk per table, a child prefetched too early would still see every bad study staged.
    monkeypatch.setattr(validate_stage, "CHUNK_ROWS", chunk_rows)

    def run(path: Path, overlap: bool) -> tuple[list, dict]:
        con = _many_articles(path, 40)
        outcomes = quarantine_failures(con, "run-1", NOW, overlap=overlap)
        rows = con.execute("SELECT table_name, row_id, rule FROM quarantine ORDER BY ALL").fetchall()
        con.close()
        return rows, {name: (o.quarantined, o.staged_after, o.reconciled) for name, o in outcomes.items()}

    sequential = run(tmp_path / "sequential.duckdb", overlap=False)
    overlapped = run(tmp_path / "overlapped.duckdb", overlap=True)
    assert overlapped == sequential
    # Ten studies failed their own rule; the arm of each failed its foreign key because the study was already gone.
    assert sequential[1]["studies"] == (10, 110, True)
    for child in ("study_evidence", "study_arms"):  # validated right after studies, and later
        assert sequential[1][child] == (10, 110, True)
        assert {rule for table_name, _, rule in sequential[0] if table_name == child} == {"study_ok"}


def test_a_study_whose_citation_is_quarantined_stays_unlinked(tmp_path: Path):
    """A misread year quarantines the citation; the studies citing it load without the link, their arms with them."""
    con = _staged_warehouse(
        tmp_path / "w.duckdb", [_study("a1:s0", citation_id="a1:c0"), _study("a1:s9", citation_id="a1:c0")]
    )
    con.execute(
        "INSERT INTO stage_citations (citation_id, article_id, citation_index, kind, first_author, year, raw, "
        "char_start, char_end, sentence) "
        "VALUES ('a1:c0', 'a1', 0, 'reference', 'Smith', 1641, 'Smith 1641', 29, 54, ?)",
        [TEXT[29:]],
    )
    outcomes = quarantine_failures(con, "run-1", NOW)
    assert con.execute("SELECT table_name, row_id, rule FROM quarantine").fetchall() == [
        ("citations", "a1:c0", "year_range")
    ]
    assert outcomes["studies"].quarantined == 0 and outcomes["studies"].reconciled
    assert con.execute("SELECT study_id, citation_id FROM stage_studies ORDER BY 1").fetchall() == [
        ("a1:s0", None),
        ("a1:s9", None),
    ]
    assert con.execute("SELECT count(*) FROM stage_study_arms").fetchone()[0] == 1
    con.close()


def test_a_study_pointing_to_a_citation_that_never_existed_is_still_quarantined(tmp_path: Path):
    con = _staged_warehouse(tmp_path / "w.duckdb", [_study("a1:s0", citation_id="a1:c7")])
    quarantine_failures(con, "run-1", NOW)
    assert con.execute("SELECT rule FROM quarantine WHERE table_name = 'studies'").fetchall() == [("citation_ok",)]
    con.close()
