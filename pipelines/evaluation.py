"""Score extraction against a gold folder with ../shared/eval/score.py.

`evidence eval` goes through the real pipeline (run, then export from the warehouse). The --fast path
calls the readers and extractors directly: for iterating on rules, never for reported figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from pipelines.extract.article import extract_article
from pipelines.readers.dispatch import format_of, read_article
from pipelines.records import article_record

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def extract_folder_jsonl(articles: Path, out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as sink:
        for path in sorted(articles.iterdir()):
            if format_of(path.name) is None:
                continue
            article = read_article(path.name, path.read_bytes())
            facts = extract_article(article.text, article.title, article.published)
            sink.write(json.dumps(article_record(path.name, facts), ensure_ascii=False) + "\n")
            count += 1
    return count


def build_and_export(articles: Path, warehouse: Path, out: Path) -> None:
    """The real pipeline: `evidence run` into a fresh warehouse, then `evidence export`."""
    for argv in (
        ["run", "--raw", str(articles), "--warehouse", str(warehouse)],
        ["export", "--warehouse", str(warehouse), "--jsonl", str(out)],
    ):
        code = subprocess.call([sys.executable, "-m", "pipelines.cli.main", *argv])
        if code != 0:
            raise SystemExit(f"evidence {argv[0]} failed with exit code {code}")


def score(gold: Path, pred: Path, show_errors: bool = False, score_script: Path | None = None) -> int:
    script = score_script or gold.parent.parent / "score.py"
    if not script.exists():
        script = DEFAULT_SHARED / "score.py"
    cmd = [sys.executable, str(script), "--gold", str(gold), "--pred", str(pred)]
    if show_errors:
        cmd.append("--show-errors")
    return subprocess.call(cmd)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=Path, default=DEFAULT_SHARED / "dev" / "articles")
    parser.add_argument("--gold", type=Path, default=DEFAULT_SHARED / "dev" / "gold")
    parser.add_argument("--fast", action="store_true", help="extract directly, without Dagster or DuckDB")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        if args.fast:
            extract_folder_jsonl(args.articles, pred)
        else:
            build_and_export(args.articles, Path(tmp) / "eval.duckdb", pred)
        return score(args.gold, pred, args.show_errors)


if __name__ == "__main__":
    sys.exit(main())
