"""Real materializations of the whole code location into temporary DuckDB files."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb

from pipelines.store.schema import FACT_TABLES
from tests.conftest import query, run_pipeline, table_counts

KUTNER = "000_b3ca40df6ddc0109.txt"


def test_sample_corpus_loads_the_massage_trial(raw_dir: Path, warehouse: Path):
    result = run_pipeline(raw_dir, warehouse)
    assert result.success
    study = query(
        warehouse,
        "SELECT design, sample_size, sample_unit, intervention_weeks, session_minutes, cited_journal, cited_year "
        "FROM study_overview WHERE article_path = ?",
        [KUTNER],
    )
    assert study, "the Kutner article should yield a study"
    design, sample_size, unit, weeks, minutes, journal, year = study[0]
    assert (design, sample_size, unit) == ("randomized_controlled_trial", 380, "participants")
    assert weeks == 2.0
    assert minutes == 30
    assert (journal, year) == ("Annals of Internal Medicine", 2008)
    # The GX suites report as validated_facts' own checks, one per fact table, in the same step.
    checks = {e.check_name: e for e in result.get_asset_check_evaluations() if e.asset_key.path == ["validated_facts"]}
    assert len(checks) == 7 and all(e.passed for e in checks.values())
    assert checks["studies_rules"].metadata["rows_checked"].value > 0


def test_every_fact_points_into_its_article(raw_dir: Path, warehouse: Path):
    assert run_pipeline(raw_dir, warehouse).success
    for name in ("studies", "study_arms", "study_durations", "study_outcomes", "citations", "statements"):
        bad = query(
            warehouse,
            f"SELECT count(*) FROM {name} t JOIN articles a USING (article_id) "
            "WHERE NOT contains(t.sentence, substr(a.text, t.char_start + 1, t.char_end - t.char_start))",
        )[0][0]
        assert bad == 0, name
    spans = query(
        warehouse,
        "SELECT substr(a.text, e.char_start + 1, e.char_end - e.char_start) FROM study_evidence e "
        "JOIN articles a USING (article_id) WHERE e.field = 'sample_size' AND e.value = '380'",
    )
    assert spans and "380" in spans[0][0]


def test_second_run_changes_nothing(raw_dir: Path, warehouse: Path):
    assert run_pipeline(raw_dir, warehouse).success
    before = table_counts(warehouse)
    result = run_pipeline(raw_dir, warehouse)
    assert result.success
    assert table_counts(warehouse) == before
    statuses = query(warehouse, "SELECT status, count(*) FROM raw_files GROUP BY status")
    assert statuses == [("unchanged", 3)]
    run = query(warehouse, "SELECT articles_extracted, rows_loaded FROM ingest_runs ORDER BY started_at DESC LIMIT 1")
    assert run == [(0, 0)]


def test_a_run_that_changed_no_row_shows_the_last_overview_preview(raw_dir: Path, warehouse: Path, tmp_path: Path):
    instance = dg.DagsterInstance.ephemeral()

    def overview(raw: Path, target: Path) -> dict:
        result = run_pipeline(raw, target, instance=instance)
        assert result.success
        shown = result.asset_materializations_for_node("analysis_views")[0].metadata
        return {key: shown[key].value for key in ("preview", "preview_fingerprint", "preview_recomputed")}

    first = overview(raw_dir, warehouse)
    assert first["preview_recomputed"] and "380" in first["preview"]
    unchanged = overview(raw_dir, warehouse)
    assert not unchanged["preview_recomputed"] and unchanged["preview"] == first["preview"]
    # The same instance over another warehouse file: the last preview is of other rows.
    elsewhere = overview(raw_dir, tmp_path / "other" / "evidence.duckdb")
    assert elsewhere["preview_recomputed"] and elsewhere["preview_fingerprint"] != first["preview_fingerprint"]
    article = raw_dir / KUTNER
    article.write_text(article.read_text(encoding="utf-8").replace("380 adults", "412 adults"), encoding="utf-8")
    edited = overview(raw_dir, warehouse)
    assert edited["preview_recomputed"] and "412" in edited["preview"] and "380" not in edited["preview"]
    assert not overview(raw_dir, warehouse)["preview_recomputed"]


def test_changed_file_replaces_its_facts(raw_dir: Path, warehouse: Path):
    assert run_pipeline(raw_dir, warehouse).success
    others_sql = "SELECT study_id, design, sample_size FROM studies JOIN raw_files r USING (article_id) WHERE path <> ?"
    others_before = query(warehouse, others_sql + " ORDER BY 1", [KUTNER])
    (old,) = query(warehouse, "SELECT article_id FROM raw_files WHERE path = ?", [KUTNER])[0]
    article = raw_dir / KUTNER
    article.write_text(article.read_text(encoding="utf-8").replace("380 adults", "412 adults"), encoding="utf-8")
    assert run_pipeline(raw_dir, warehouse).success
    assert _fact_rows(warehouse, old) == {}  # the old content's facts go with it, not only out of the views
    sizes = query(warehouse, "SELECT sample_size FROM study_overview WHERE article_path = ?", [KUTNER])
    assert (412,) in sizes and (380,) not in sizes
    assert query(warehouse, "SELECT count(*) FROM articles")[0][0] == 3
    assert query(warehouse, "SELECT status FROM raw_files WHERE path = ?", [KUTNER]) == [("changed",)]
    assert query(warehouse, others_sql + " ORDER BY 1", [KUTNER]) == others_before
    run = query(warehouse, "SELECT articles_extracted FROM ingest_runs ORDER BY started_at DESC LIMIT 1")
    assert run == [(1,)]


def test_articles_older_reader_code_read_are_read_again_and_only_changed_ones_re_extracted(
    raw_dir: Path, warehouse: Path
):
    """As after an upgrade whose reader finds a better title in one article: one re-extraction, nothing lost."""
    assert run_pipeline(raw_dir, warehouse).success
    before = table_counts(warehouse)
    (title,) = query(warehouse, "SELECT title FROM articles WHERE path = ?", [KUTNER])[0]
    with duckdb.connect(str(warehouse)) as con:
        con.execute("UPDATE articles SET reader_version = NULL")
        con.execute("UPDATE articles SET title = 'A title older reader code got wrong' WHERE path = ?", [KUTNER])
    result = run_pipeline(raw_dir, warehouse)
    assert result.success
    read = result.asset_materializations_for_node("articles")[0].metadata
    assert (read["articles_reread"].value, read["articles_reread_changed"].value) == (3, 1)
    assert query(warehouse, "SELECT title FROM articles WHERE path = ?", [KUTNER]) == [(title,)]
    assert query(warehouse, "SELECT count(DISTINCT reader_version) FROM articles") == [(1,)]
    run = query(warehouse, "SELECT articles_extracted FROM ingest_runs ORDER BY started_at DESC LIMIT 1")
    assert run == [(1,)]
    assert table_counts(warehouse) == before


def _fact_rows(warehouse: Path, article_id: str) -> dict[str, int]:
    counts = {
        name: query(warehouse, f"SELECT count(*) FROM {name} WHERE article_id = ?", [article_id])[0][0]
        for name in FACT_TABLES
    }
    return {name: n for name, n in counts.items() if n}


def test_deleted_file_loses_its_facts(raw_dir: Path, warehouse: Path):
    assert run_pipeline(raw_dir, warehouse).success
    (gone,) = query(warehouse, "SELECT article_id FROM raw_files WHERE path = ?", [KUTNER])[0]
    assert _fact_rows(warehouse, gone)
    (raw_dir / KUTNER).unlink()
    assert run_pipeline(raw_dir, warehouse).success
    assert _fact_rows(warehouse, gone) == {}
    assert query(warehouse, "SELECT count(*) FROM study_overview WHERE article_path = ?", [KUTNER])[0][0] == 0
    assert query(warehouse, "SELECT status FROM raw_files WHERE path = ?", [KUTNER]) == [("deleted",)]
    assert query(warehouse, "SELECT count(*) FROM articles")[0][0] == 2


def test_bad_files_are_quarantined_with_reasons(raw_dir: Path, warehouse: Path):
    (raw_dir / "empty.txt").write_bytes(b"")
    (raw_dir / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (raw_dir / "report.pdf").write_bytes(b"%PDF-1.7\n%binary")
    (raw_dir / "nested" / "deeper").mkdir(parents=True)
    (raw_dir / "nested" / "deeper" / "copy of sample.txt").write_bytes((raw_dir / KUTNER).read_bytes())
    result = run_pipeline(raw_dir, warehouse)
    assert result.success
    reasons = dict(query(warehouse, "SELECT path, rule FROM quarantine WHERE stage = 'ingest'"))
    assert set(reasons) == {"empty.txt", "binary.txt", "report.pdf"}
    assert reasons["report.pdf"] == "unsupported"
    # The copy shares its content with the original: one article, both paths kept.
    assert query(warehouse, "SELECT count(*) FROM articles")[0][0] == 3
    assert (
        query(
            warehouse,
            "SELECT count(DISTINCT article_id) FROM raw_files WHERE path LIKE '%sample.txt' OR path = ?",
            [KUTNER],
        )[0][0]
        == 1
    )
    accounted = query(
        warehouse, "SELECT count(*) FROM file_status WHERE article_id IS NULL AND quarantine_rule IS NULL"
    )
    assert accounted == [(0,)]


def test_with_the_snapshot_off_no_copy_is_written_and_an_old_one_is_removed(raw_dir: Path, warehouse: Path):
    from pipelines.store.snapshot import snapshot_path

    assert run_pipeline(raw_dir, warehouse).success
    assert snapshot_path(warehouse).exists()
    result = run_pipeline(raw_dir, warehouse, snapshot=False)
    assert result.success
    # a copy left from the earlier load would answer queries with rows this warehouse may no longer hold
    assert not snapshot_path(warehouse).exists()
    shown = result.asset_materializations_for_node("analysis_views")[0].metadata
    assert shown["read_only_snapshot"].value.startswith("off") and shown["snapshot_rewritten"].value is False
    assert query(warehouse, "SELECT count(*) > 0 FROM study_overview") == [(True,)]


def test_evidence_snapshot_off_in_the_environment_turns_the_snapshot_off(monkeypatch, tmp_path: Path):
    from pipelines.defs.resources import default_resources

    monkeypatch.setenv("EVIDENCE_WAREHOUSE", str(tmp_path / "w.duckdb"))
    for value, enabled in [("off", False), ("0", False), ("OFF ", False), ("on", True), ("", True)]:
        monkeypatch.setenv("EVIDENCE_SNAPSHOT", value)
        assert default_resources()["read_only_snapshot"].enabled is enabled, value
    monkeypatch.delenv("EVIDENCE_SNAPSHOT")
    assert default_resources()["read_only_snapshot"].enabled


def test_snapshot_can_be_read_while_a_writer_holds_the_warehouse(raw_dir: Path, warehouse: Path):
    import duckdb

    from pipelines.store.snapshot import snapshot_path

    assert run_pipeline(raw_dir, warehouse).success
    writer = duckdb.connect(str(warehouse))  # a load in progress holds the file lock
    try:
        with duckdb.connect(str(snapshot_path(warehouse)), read_only=True) as reader:
            assert reader.execute("SELECT count(*) FROM study_overview").fetchone()[0] >= 1
    finally:
        writer.close()
