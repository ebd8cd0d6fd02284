"""`evidence`: run the pipeline, extract files, export, query, evaluate, open the UI."""

from __future__ import annotations

import argparse
import gc
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from pipelines import settings
from pipelines.cli.errors import UsageError


def _run(args) -> int:
    from pipelines.cli.run import run_pipeline

    return run_pipeline(args.raw, args.warehouse, verify_hashes=args.verify_hashes, wait=args.wait)


def _extract(args) -> int:
    from pipelines.extract.article import extract_article
    from pipelines.readers.dispatch import read_article
    from pipelines.readers.errors import UnreadableFile
    from pipelines.records import article_record

    status = 0
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            raise UsageError(f"{name}: no such file")
        try:
            article = read_article(path.name, path.read_bytes())
        except UnreadableFile as exc:
            print(f"{name}: {exc.reason}", file=sys.stderr)
            status = 1
            continue
        record = article_record(path.name, extract_article(article.text, article.title, article.published))
        print(json.dumps(record, ensure_ascii=False, indent=None if args.jsonl else 2))
    return status


def _export(args) -> int:
    from pipelines.store.connection import connect
    from pipelines.store.export import article_records

    warehouse = args.warehouse or settings.warehouse_path()
    if not Path(warehouse).exists():
        raise UsageError(f"no warehouse at {warehouse}: run `evidence run` first")
    sink = sys.stdout if args.jsonl == "-" else open(args.jsonl, "w", encoding="utf-8")  # noqa: SIM115
    try:
        with connect(warehouse, read_only=True) as con:
            count = 0
            for record in article_records(con):
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    finally:
        if sink is not sys.stdout:
            sink.close()
    if args.jsonl != "-":
        print(f"wrote {count} articles to {args.jsonl}", file=sys.stderr)
    return 0


def _query(args) -> int:
    import duckdb

    from pipelines.cli.table import print_table
    from pipelines.store.connection import connect

    warehouse = Path(args.warehouse or settings.warehouse_path())
    if args.snapshot:
        from pipelines.store.snapshot import snapshot_path

        warehouse = snapshot_path(warehouse)
    if not warehouse.exists():
        if args.snapshot:
            raise UsageError(f"no snapshot at {warehouse}: runs write one after each load unless EVIDENCE_SNAPSHOT=off")
        raise UsageError(f"no warehouse at {warehouse}: run `evidence run` first")
    with connect(warehouse, read_only=True) as con:
        try:
            cursor = con.execute(args.sql)
        except duckdb.Error as exc:
            raise UsageError(str(exc).splitlines()[0]) from None
        if cursor.description is None:
            return 0
        rows = cursor.fetchmany(args.limit)
        print_table([d[0] for d in cursor.description], rows)
        if len(rows) == args.limit:
            print(f"(first {args.limit} rows; --limit to see more)", file=sys.stderr)
    return 0


def _eval(args) -> int:
    from pipelines.evaluation import main as evaluation_main

    forwarded = ["--articles", str(args.articles), "--gold", str(args.gold)]
    if args.show_errors:
        forwarded.append("--show-errors")
    if args.fast:
        forwarded.append("--fast")
    return evaluation_main(forwarded)


def _publish(args) -> int:
    import duckdb

    from pipelines.store.lake import Lake, LakeError, default_publisher, publish

    warehouse = Path(args.warehouse or settings.warehouse_path())
    if args.snapshot:
        from pipelines.store.snapshot import snapshot_path

        warehouse = snapshot_path(warehouse)
    catalog, data = args.lake or os.environ.get("EVIDENCE_LAKE"), args.lake_data or os.environ.get("EVIDENCE_LAKE_DATA")
    if not catalog or not data:
        raise UsageError("name the lake: --lake CATALOG --lake-data PATH (or EVIDENCE_LAKE and EVIDENCE_LAKE_DATA)")
    publisher = args.publisher or default_publisher(args.warehouse or settings.warehouse_path())
    try:
        result = publish(warehouse, Lake(catalog, data), publisher)
    except LakeError as exc:
        raise UsageError(str(exc)) from exc
    except duckdb.IOException as exc:  # the warehouse file is locked by a run that is writing it
        raise UsageError(
            f"cannot read {warehouse} ({exc}); publish after the run, or from its copy with --snapshot"
        ) from exc
    rows = sum(result.rows.values())
    print(
        f"published {result.published} articles ({rows} rows), removed {result.removed}, "
        f"as {publisher!r} into {catalog} in {result.attempts} attempt(s)"
    )
    return 0


def _dev(args) -> int:
    settings.ensure_dagster_home()
    cmd = [sys.executable, "-m", "dagster", "dev", "-m", "pipelines.definitions", "-h", args.host, "-p", str(args.port)]
    # dagster dev ignores SIGTERM: run it in its own process group and pass Ctrl-C on as SIGINT.
    process = subprocess.Popen(cmd, cwd=settings.PROJECT_ROOT, start_new_session=True)
    try:
        return process.wait()
    except KeyboardInterrupt:
        os.killpg(process.pid, signal.SIGINT)
        return process.wait()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="evidence", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="materialize every asset over the raw folder into the warehouse")
    run.add_argument("--raw", type=Path, help="folder of articles (default raw/ or EVIDENCE_RAW_DIR)")
    run.add_argument("--warehouse", type=Path, help="DuckDB file (default warehouse/evidence.duckdb)")
    run.add_argument("--verify-hashes", action="store_true", help="re-hash files whose size and mtime are unchanged")
    run.add_argument("--wait", type=float, default=600, help="seconds to wait for another run on the same warehouse")
    run.set_defaults(func=_run)

    extract = sub.add_parser("extract", help="print the facts of files as JSON, without a warehouse")
    extract.add_argument("files", nargs="+")
    extract.add_argument("--jsonl", action="store_true", help="one compact line per file")
    extract.set_defaults(func=_extract)

    export = sub.add_parser("export", help="write the warehouse as JSON lines in the eval FORMAT.md shape")
    export.add_argument("--warehouse", type=Path)
    export.add_argument("--jsonl", required=True, help="output file, or - for stdout")
    export.set_defaults(func=_export)

    query = sub.add_parser("query", help="run read-only SQL against the warehouse and print a table")
    query.add_argument("sql")
    query.add_argument("--warehouse", type=Path)
    query.add_argument("--limit", type=int, default=200)
    query.add_argument("--snapshot", action="store_true", help="query the copy made after the last load (never locked)")
    query.set_defaults(func=_query)

    shared = settings.PROJECT_ROOT.parent / "shared" / "eval"
    evaluate = sub.add_parser("eval", help="build a warehouse from a gold folder's articles and score it")
    evaluate.add_argument("--articles", type=Path, default=shared / "dev" / "articles")
    evaluate.add_argument("--gold", type=Path, default=shared / "dev" / "gold")
    evaluate.add_argument("--show-errors", action="store_true")
    evaluate.add_argument("--fast", action="store_true", help="extract directly, without Dagster or DuckDB")
    evaluate.set_defaults(func=_eval)

    lake = sub.add_parser("publish", help="copy new and changed articles and their facts into a shared DuckLake")
    lake.add_argument("--warehouse", type=Path)
    lake.add_argument("--snapshot", action="store_true", help="publish the copy made after the last load")
    lake.add_argument(
        "--lake", help="DuckLake catalog: sqlite:/path/catalog.sqlite, postgres:dbname=... (EVIDENCE_LAKE)"
    )
    lake.add_argument(
        "--lake-data", help="folder or object-store prefix of the lake's Parquet files (EVIDENCE_LAKE_DATA)"
    )
    lake.add_argument("--as", dest="publisher", help="the name this warehouse publishes under (default host:path)")
    lake.set_defaults(func=_publish)

    dev = sub.add_parser("dev", help="open the Dagster UI (dagster dev) with this project loaded")
    dev.add_argument("--host", default="127.0.0.1")
    dev.add_argument("--port", type=int, default=3000)
    dev.set_defaults(func=_dev)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"evidence {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def entry() -> None:
    """The `evidence` program: main(), then exit without the interpreter's last sweep of the heap."""
    code = main()
    # Every file is written and closed by now. Python's shutdown would still garbage-collect the millions of
    # objects Dagster, pandas and DuckDB leave behind, about 0.7 s after every run; frozen objects are skipped
    # (atexit handlers and stream flushes still run) and the operating system takes the memory back at once.
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    entry()
