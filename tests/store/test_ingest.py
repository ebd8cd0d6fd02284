"""Listing, hashing and reading the raw folder against a real DuckDB file."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import duckdb

from pipelines.ingest.inventory import list_files
from pipelines.readers.version import reader_version
from pipelines.store.ingest import ingest_articles, record_inventory
from pipelines.store.schema import apply_schema

NOW = datetime(2026, 1, 1)
TEXT = b"A randomised trial enrolled 90 adults with asthma.\n"


def test_a_file_deleted_between_listing_and_reading_is_neither_lost_nor_invented(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "keep.txt").write_bytes(TEXT)
    (raw / "gone.txt").write_bytes(TEXT + b"More text.\n")
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    record_inventory(con, raw, list(list_files(raw)), "run-1", NOW)
    (raw / "gone.txt").unlink()
    result = ingest_articles(con, raw, "run-1", NOW, max_bytes=1_000_000)
    assert result.read == 1 and result.quarantined == 0
    # The next listing records it as deleted.
    second = record_inventory(con, raw, list(list_files(raw)), "run-2", NOW)
    assert second.counts["deleted"] == 1 and second.counts["unchanged"] == 1
    assert con.execute("SELECT status FROM raw_files WHERE path = 'gone.txt'").fetchone() == ("deleted",)


def test_unchanged_size_and_mtime_skip_hashing_unless_asked(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    path = raw / "a.txt"
    path.write_bytes(TEXT)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    record_inventory(con, raw, list(list_files(raw)), "run-1", NOW)
    stat = path.stat()
    path.write_bytes(TEXT.replace(b"90", b"91"))  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    quick = record_inventory(con, raw, list(list_files(raw)), "run-2", NOW)
    assert quick.counts["unchanged"] == 1
    verified = record_inventory(con, raw, list(list_files(raw)), "run-3", NOW, verify_hashes=True)
    assert verified.counts["changed"] == 1


def test_every_run_records_when_it_last_saw_each_file(tmp_path: Path):
    """Steady rows are not rewritten, only their last_seen moves; a touched file keeps its id but records its mtime."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (raw / name).write_bytes(TEXT + name.encode())
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    later, latest = datetime(2026, 1, 2), datetime(2026, 1, 3)
    record_inventory(con, raw, list(list_files(raw)), "run-1", NOW)
    record_inventory(con, raw, list(list_files(raw)), "run-2", later)
    (raw / "c.txt").unlink()
    os.utime(raw / "b.txt", (1_700_000_000, 1_700_000_000))  # same bytes, new mtime: hashed again, same article
    third = record_inventory(con, raw, list(list_files(raw)), "run-3", latest)
    assert third.counts == {"unchanged": 2, "deleted": 1}
    rows = con.execute(
        "SELECT path, status, first_seen, last_seen, deleted_at, modified_at FROM raw_files ORDER BY path"
    ).fetchall()
    assert [r[:5] for r in rows] == [
        ("a.txt", "unchanged", NOW, latest, None),
        ("b.txt", "unchanged", NOW, latest, None),
        ("c.txt", "deleted", NOW, later, latest),
    ]
    assert rows[1][5] == datetime(2023, 11, 14, 22, 13, 20)


def test_the_publication_date_the_reader_finds_is_stored_with_the_article(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "dated.txt").write_bytes(b"PARISH NEWS | Issue 318 | October 2025\n\n" + TEXT)
    (raw / "undated.txt").write_bytes(TEXT)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    record_inventory(con, raw, list(list_files(raw)), "run-1", NOW)
    ingest_articles(con, raw, "run-1", NOW, max_bytes=1_000_000)
    stored = con.execute("SELECT path, published FROM articles ORDER BY path").fetchall()
    assert stored == [("dated.txt", "2025-10"), ("undated.txt", None)]


def _ingested(tmp_path: Path, files: dict[str, bytes]) -> tuple[duckdb.DuckDBPyConnection, Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in files.items():
        (raw / name).write_bytes(data)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    record_inventory(con, raw, list(list_files(raw)), "run-1", NOW)
    ingest_articles(con, raw, "run-1", NOW, max_bytes=1_000_000)
    return con, raw


def test_articles_read_by_this_reader_code_are_not_read_again(tmp_path: Path):
    con, raw = _ingested(tmp_path, {"a.txt": TEXT})
    assert con.execute("SELECT reader_version FROM articles").fetchall() == [(reader_version(),)]
    again = ingest_articles(con, raw, "run-2", datetime(2026, 1, 2), max_bytes=1_000_000)
    assert (again.read, again.reread) == (0, 0)


def test_an_article_older_reader_code_read_differently_is_read_again_and_its_facts_redone(tmp_path: Path):
    """A warehouse from before the publication date was read gets the date, and the extractor sees it."""
    con, raw = _ingested(tmp_path, {"dated.txt": b"PARISH NEWS | Issue 318 | October 2025\n\n" + TEXT})
    con.execute("UPDATE articles SET reader_version = NULL, published = NULL, facts_version = 'f1'")
    later = datetime(2026, 1, 2)
    again = ingest_articles(con, raw, "run-2", later, max_bytes=1_000_000)
    assert (again.read, again.reread, again.reread_changed) == (1, 1, 1)
    row = con.execute("SELECT published, facts_version, ingested_at, reader_version FROM articles").fetchall()
    assert row == [("2025-10", None, later, reader_version())]


def test_an_article_older_reader_code_read_the_same_keeps_its_facts_and_first_path(tmp_path: Path):
    con, raw = _ingested(tmp_path, {"a.txt": TEXT})
    loaded = datetime(2026, 1, 1, 12)
    con.execute("UPDATE articles SET reader_version = 'older', facts_version = 'f1', facts_loaded_at = ?", [loaded])
    (raw / "a.txt").rename(raw / "b.txt")
    (raw / "c.txt").write_bytes(TEXT)  # the same content under two new names
    record_inventory(con, raw, list(list_files(raw)), "run-2", datetime(2026, 1, 2))
    again = ingest_articles(con, raw, "run-2", datetime(2026, 1, 2), max_bytes=1_000_000)
    assert (again.read, again.reread, again.reread_changed) == (1, 1, 0)
    row = con.execute("SELECT path, facts_version, facts_loaded_at, ingested_at, reader_version FROM articles")
    assert row.fetchall() == [("a.txt", "f1", loaded, NOW, reader_version())]


def _open_quarantine(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT path, rule FROM quarantine WHERE resolved_at IS NULL ORDER BY path, rule").fetchall()


def test_a_file_refused_is_not_tried_again_until_the_size_limit_or_the_reader_code_changes(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "long.txt").write_bytes(TEXT * 4)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    record_inventory(con, raw, list(list_files(raw)), "run-1", NOW)
    assert ingest_articles(con, raw, "run-1", NOW, max_bytes=100).quarantined == 1
    same = ingest_articles(con, raw, "run-2", NOW, max_bytes=100)
    assert (same.read, same.quarantined) == (0, 0)
    assert _open_quarantine(con) == [("long.txt", "too_large")]
    raised = ingest_articles(con, raw, "run-3", NOW, max_bytes=1_000_000)
    assert (raised.read, raised.quarantined) == (1, 0)
    assert _open_quarantine(con) == []


def test_a_file_tried_again_and_refused_for_another_reason_closes_the_old_reason(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "noise.txt").write_bytes(bytes(range(32)) * 20)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    record_inventory(con, raw, list(list_files(raw)), "run-1", NOW)
    ingest_articles(con, raw, "run-1", NOW, max_bytes=100)
    assert _open_quarantine(con) == [("noise.txt", "too_large")]
    ingest_articles(con, raw, "run-2", NOW, max_bytes=1_000_000)
    assert _open_quarantine(con) == [("noise.txt", "binary")]


def test_an_article_new_reader_code_refuses_keeps_its_older_reading_and_says_so_in_quarantine(tmp_path: Path):
    con, raw = _ingested(tmp_path, {"a.txt": TEXT * 4})
    con.execute("UPDATE articles SET reader_version = 'older', facts_version = 'f1'")
    again = ingest_articles(con, raw, "run-2", NOW, max_bytes=100)  # stands in for a reader that now refuses it
    assert (again.read, again.quarantined) == (0, 1)
    assert _open_quarantine(con) == [("a.txt", "too_large")]
    assert con.execute("SELECT facts_version, reader_version FROM articles").fetchall() == [("f1", "older")]
    settled = ingest_articles(con, raw, "run-3", NOW, max_bytes=100)
    assert (settled.read, settled.quarantined) == (0, 0)
