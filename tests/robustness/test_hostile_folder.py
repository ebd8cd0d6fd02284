"""A raw folder nobody should have to clean first: every file ends as an article or a quarantine row."""

from __future__ import annotations

import codecs
import os
import socket
from pathlib import Path

import pytest

from tests.conftest import query, run_pipeline

ARTICLE = (
    "Yoga eased back pain in a new trial\n\n"
    "The randomised trial enrolled 240 adults with chronic low back pain. Participants took twelve weekly "
    "75-minute yoga classes or read a self-care book. Pain improved more with yoga than with the book.\n"
)


def _hostile_files(raw: Path, outside: Path) -> dict[str, str]:
    """Write the files; return path -> 'article' or the quarantine rule expected for it."""
    expected = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = outcome

    put("empty.txt", b"", "empty")
    put("whitespace.txt", b"  \n\t\n   ", "whitespace_only")
    put("binary.txt", bytes(range(256)) * 16, "binary")
    put("image.html", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary")
    put("latin1.txt", ARTICLE.replace("randomised", "randomisé").encode("latin-1"), "article")
    put("cp1252.txt", ARTICLE.replace("Pain", "“Pain”").encode("cp1252"), "article")
    put("utf16.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "article")
    put("utf8-bom.md", codecs.BOM_UTF8 + ("# Yoga\n\n" + ARTICLE).encode(), "article")
    put("mixed endings.txt", ARTICLE.replace("\n", "\r\n", 1).replace(". ", ".\r", 1).encode(), "article")
    put(
        "scripts-only.html",
        b"<html><head><script>var a=1;</script></head><body><script>b()</script></body></html>",
        "no_main_text",
    )
    put("broken.html", b"<html><body><p>" + ARTICLE.encode() + b"<div><p>unclosed", "article")
    put("report.pdf", b"%PDF-1.7\n1 0 obj\n", "unsupported")
    put("letter.docx", b"PK\x03\x04" + bytes(100), "unsupported")
    put('it\'s a "quoted" name.txt', ARTICLE.replace("240", "241").encode(), "article")
    put("ünïcødé-名前.txt", ARTICLE.replace("240", "242").encode(), "article")
    put("-leading-dash.txt", ARTICLE.replace("240", "243").encode(), "article")
    put("nested/deeper/still/article.md", ARTICLE.replace("240", "244").encode(), "article")
    put("sql.txt", (ARTICLE + "'; DROP TABLE studies; -- and \x00NUL\x00 bytes\n").encode(), "article")
    put("same content/copy.txt", ARTICLE.encode(), "article")
    put("original.txt", ARTICLE.encode(), "article")
    put("huge.txt", b"A trial of 40 adults. " * 60_000, "too_large")
    (outside / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(outside / "secret.txt", raw / "link-outside.txt")
    expected["link-outside.txt"] = "not_a_readable_file"
    os.mkfifo(raw / "pipe.txt")
    expected["pipe.txt"] = "not_a_readable_file"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(raw / "sock.txt"))
    expected["sock.txt"] = "not_a_readable_file"
    return expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_every_file_is_an_article_or_quarantined_with_a_reason(tmp_path: Path, warehouse: Path):
    raw, outside = tmp_path / "hostile", tmp_path / "outside"
    raw.mkdir()
    outside.mkdir()
    expected = _hostile_files(raw, outside)
    result = run_pipeline(raw, warehouse, max_article_bytes=1_000_000)
    assert result.success
    status = {
        path: (article_id, rule)
        for path, article_id, rule in query(warehouse, "SELECT path, article_id, quarantine_rule FROM file_status")
    }
    assert set(status) == set(expected), "every file listed once, none missing"
    articles = {r[0] for r in query(warehouse, "SELECT article_id FROM articles")}
    for path, outcome in expected.items():
        article_id, rule = status[path]
        if outcome == "article":
            assert article_id in articles, path
        else:
            assert rule == outcome, (path, rule)
            reason = query(warehouse, "SELECT reason FROM open_quarantine WHERE path = ?", [path])[0][0]
            assert len(reason) > 10, path
    # Identical bytes under two names: one article, both paths kept.
    same = query(
        warehouse,
        "SELECT count(DISTINCT article_id) FROM raw_files WHERE path IN (?, ?)",
        ["same content/copy.txt", "original.txt"],
    )
    assert same == [(1,)]
    text = query(warehouse, "SELECT text FROM articles a JOIN raw_files r USING (article_id) WHERE r.path = 'sql.txt'")
    assert "DROP TABLE studies" in text[0][0] and "\x00" not in text[0][0]
    assert query(warehouse, "SELECT count(*) FROM studies")[0][0] >= 1
    # A second run over the same hostile folder changes nothing.
    before = query(warehouse, "SELECT count(*) FROM quarantine")
    assert run_pipeline(raw, warehouse, max_article_bytes=1_000_000).success
    assert query(warehouse, "SELECT count(*) FROM quarantine") == before
