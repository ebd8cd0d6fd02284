"""Record the raw folder's listing in raw_files and read new content into articles.

An article is keyed by the SHA-256 of its bytes. Hashing is skipped for a path whose size and mtime
are what the last run recorded (as git and make do); `verify_hashes` re-hashes every file. Content read
by other reader code is read again, so a better reader reaches the articles already in the warehouse.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from pipelines.ingest.inventory import ListedFile, sha256_file
from pipelines.readers.dispatch import format_of, read_article
from pipelines.readers.errors import UnreadableFile
from pipelines.readers.version import reader_version
from pipelines.store.batch_pool import map_batches
from pipelines.store.bulk_insert import insert_rows
from pipelines.store.quarantine import quarantine_row, write_quarantine
from pipelines.store.schema import table


@dataclass
class InventoryResult:
    counts: Counter = field(default_factory=Counter)  # new / changed / unchanged / deleted / unreadable
    quarantined: int = 0

    @property
    def seen(self) -> int:
        return sum(v for k, v in self.counts.items() if k != "deleted")


def record_inventory(
    con: duckdb.DuckDBPyConnection,
    root: Path,
    listed: list[ListedFile],
    run_id: str,
    now: datetime,
    verify_hashes: bool = False,
) -> InventoryResult:
    previous = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT path, article_id, size_bytes, modified_at, first_seen, status, format FROM raw_files "
            "WHERE deleted_at IS NULL"
        ).fetchall()
    }
    result = InventoryResult()
    rows, problems = [], []

    def refuse(path: str, rule: str, reason: str) -> None:
        problems.append(quarantine_row(run_id=run_id, now=now, stage="ingest", rule=rule, path=path, reason=reason))

    for f in listed:
        prev = previous.pop(f.path, None)
        first_seen = prev[3] if prev else now
        if f.problem:
            status, article_id = "unreadable", None
            reason = f"{f.path} is {f.problem}" if f.problem.startswith("a ") else f"{f.path}: {f.problem}"
            refuse(f.path, "not_a_readable_file", reason)
        elif prev and prev[0] and not verify_hashes and (prev[1], prev[2]) == (f.size_bytes, f.modified_at):
            status, article_id = "unchanged", prev[0]
        else:
            try:
                article_id = sha256_file(root / f.path)
            except FileNotFoundError:
                previous.pop(f.path, None)
                if prev:
                    previous[f.path] = prev  # gone now: recorded as deleted below
                continue
            except OSError as exc:
                status, article_id = "unreadable", None
                refuse(f.path, "cannot_open", f"{f.path} cannot be opened: {exc.strerror or exc}")
            else:
                status = "new" if prev is None else ("unchanged" if prev[0] == article_id else "changed")
        result.counts[status] += 1
        if (
            status == "unchanged"
            and prev[:3] == (article_id, f.size_bytes, f.modified_at)
            and prev[5] == format_of(f.path)
        ):
            continue  # the row stays but for last_seen and status, set below for every such row at once
        rows.append(
            {
                "path": f.path,
                "article_id": article_id,
                "size_bytes": f.size_bytes,
                "format": format_of(f.path),
                "modified_at": f.modified_at,
                "first_seen": first_seen,
                "last_seen": now,
                "status": status,
                "deleted_at": None,
            }
        )
    if previous:
        result.counts["deleted"] += len(previous)
        con.execute(
            "UPDATE raw_files SET status = 'deleted', deleted_at = ? WHERE path IN (SELECT unnest(?))",
            [now, list(previous)],
        )
    # Rewriting every row cost more than listing the folder (the first re-run after a cold one turns every status
    # from new to unchanged): two columns of the live rows change in one statement, then the rows that changed
    # are rewritten whole.
    con.execute("UPDATE raw_files SET last_seen = ?, status = 'unchanged' WHERE deleted_at IS NULL", [now])
    insert_rows(con, "raw_files", table("raw_files").column_names, rows, verb="INSERT OR REPLACE")
    result.quarantined = write_quarantine(con, problems)
    return result


@dataclass
class IngestResult:
    read: int = 0
    quarantined: int = 0
    reasons: Counter = field(default_factory=Counter)
    reread: int = 0  # articles read again because other reader code had read them
    reread_changed: int = 0  # of those, articles whose text, title or date came out different


def pending_files(con: duckdb.DuckDBPyConnection, version: str, attempt: str) -> list[tuple[str, str, int]]:
    """Live paths whose content is not an article this reader code read, nor refused in an attempt like this one.

    `attempt` is the reader version and size limit of this run: a file refused under others is tried again, so
    raising the limit or upgrading the readers reaches files quarantined before.
    """
    return con.execute(
        """
        SELECT r.path, r.article_id, r.size_bytes FROM raw_files r
        WHERE r.deleted_at IS NULL AND r.article_id IS NOT NULL
          AND r.article_id NOT IN (SELECT article_id FROM articles WHERE reader_version = ?)
          AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.stage = 'ingest' AND q.path = r.path
                          AND q.article_id = r.article_id AND q.resolved_at IS NULL AND q.attempted_with = ?)
        ORDER BY r.path
        """,
        [version, attempt],
    ).fetchall()


INSERT_BATCH = 1000  # articles held in memory before a bulk insert: memory stays flat on large folders


# What the extractor reads: an article read again with all three unchanged keeps its loaded facts.
_EXTRACTOR_INPUTS = ("text", "title", "published")


def _keep_what_still_holds(con: duckdb.DuckDBPyConnection, articles: list[dict], result: IngestResult) -> None:
    """Articles read before keep their first path, and their facts and read time when the reader gives the same."""
    ids = [a["article_id"] for a in articles]
    earlier = {
        row[0]: row[1:]
        for row in con.execute(
            f"SELECT article_id, path, ingested_at, facts_version, facts_loaded_at, {', '.join(_EXTRACTOR_INPUTS)} "
            "FROM articles WHERE article_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
    }
    for article in articles:
        before = earlier.get(article["article_id"])
        if before is None:
            continue
        result.reread += 1
        path, ingested_at, facts_version, facts_loaded_at, *inputs = before
        article["path"] = path
        if tuple(inputs) == tuple(article[name] for name in _EXTRACTOR_INPUTS):
            article.update(ingested_at=ingested_at, facts_version=facts_version, facts_loaded_at=facts_loaded_at)
        else:
            result.reread_changed += 1


def _insert_articles(con: duckdb.DuckDBPyConnection, articles: list[dict], result: IngestResult) -> None:
    if articles:
        _keep_what_still_holds(con, articles, result)
    insert_rows(con, "articles", table("articles").column_names, articles, verb="INSERT OR REPLACE")
    articles.clear()


# A read is (path, article_id, outcome): outcome is the article's columns, (rule, reason), or None when the
# file vanished after listing (the next run records it as deleted).
ReadOutcome = tuple[str, str, dict | tuple[str, str] | None]


def _read_one(item: tuple[Path, str, str, int, int]) -> ReadOutcome:
    root, path, article_id, size, max_bytes = item
    if size > max_bytes:
        return (
            path,
            article_id,
            ("too_large", f"{size:,} bytes is above the {max_bytes:,}-byte limit (EVIDENCE_MAX_ARTICLE_BYTES)"),
        )
    try:
        data = (root / path).read_bytes()
    except FileNotFoundError:
        return path, article_id, None
    except OSError as exc:
        return path, article_id, ("cannot_open", f"cannot be read: {exc.strerror or exc}")
    try:
        article = read_article(path, data, max_bytes=max_bytes)
    except UnreadableFile as exc:
        return path, article_id, (exc.rule, exc.reason)
    return (
        path,
        article_id,
        {
            "format": article.format,
            "encoding": article.encoding,
            "title": article.title,
            "text": article.text,
            "char_count": len(article.text),
            "removed_lines": article.removed_lines,
            "published": article.published,
        },
    )


def _read_batches(
    con: duckdb.DuckDBPyConnection, root: Path, max_bytes: int, version: str, attempt: str
) -> Iterator[list[tuple[Path, str, str, int, int]]]:
    batch, seen = [], set()
    for path, article_id, size in pending_files(con, version, attempt):
        if article_id in seen:  # the same content under another name: one article, both paths kept
            continue
        seen.add(article_id)
        batch.append((root, path, article_id, size, max_bytes))
        if len(batch) >= INSERT_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_articles(
    con: duckdb.DuckDBPyConnection,
    root: Path,
    run_id: str,
    now: datetime,
    max_bytes: int,
    workers: int | None = None,
) -> IngestResult:
    result = IngestResult()
    version = reader_version()
    attempt = f"{version}|{max_bytes}"
    articles, problems, tried = [], [], []
    for _, outcomes in map_batches(_read_one, _read_batches(con, root, max_bytes, version, attempt), workers):
        for path, article_id, outcome in outcomes:
            if outcome is None:
                continue
            tried.append(path)
            if isinstance(outcome, tuple):
                rule, reason = outcome
                result.quarantined += 1
                result.reasons[rule] += 1
                problems.append(
                    quarantine_row(
                        run_id=run_id,
                        now=now,
                        stage="ingest",
                        rule=rule,
                        reason=reason,
                        path=path,
                        article_id=article_id,
                        attempted_with=attempt,
                    )
                )
                continue
            result.read += 1
            articles.append(
                {
                    "article_id": article_id,
                    "path": path,
                    **outcome,
                    "ingested_at": now,
                    "facts_version": None,
                    "facts_loaded_at": None,
                    "reader_version": version,
                }
            )
        _insert_articles(con, articles, result)
    write_quarantine(con, problems)
    # A path that reads fine now closes the quarantine rows it had under older content or older reader code. One
    # refused in this run stays open even when an article from older reader code is still there: that article and
    # its facts stay, and the row says the current code cannot read the file.
    con.execute(
        """
        UPDATE quarantine SET resolved_at = ?
        WHERE stage = 'ingest' AND resolved_at IS NULL AND run_id <> ? AND path IN (
            SELECT r.path FROM raw_files r
            WHERE r.deleted_at IS NOT NULL OR r.article_id IN (SELECT article_id FROM articles)
        )
        """,
        [now, run_id],
    )
    # A file tried again and refused for another reason than before: the earlier reason no longer holds.
    if tried:
        con.execute(
            "UPDATE quarantine SET resolved_at = ? WHERE stage = 'ingest' AND resolved_at IS NULL AND run_id <> ? "
            "AND path IN (SELECT unnest(?))",
            [now, run_id, tried],
        )
    return result
