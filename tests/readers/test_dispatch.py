"""Hostile input end to end: read_article returns ArticleText or raises UnreadableFile, nothing else."""

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.readers.dispatch import DEFAULT_MAX_BYTES, format_of, read_article
from pipelines.readers.errors import UnreadableFile

ARTICLE = "Café Study Finds Massage Helps\n\nThe “café” trial enrolled 64 adults — all with neck pain.\n"


def _rule(name: str, data: bytes, **kwargs) -> str:
    with pytest.raises(UnreadableFile) as err:
        read_article(name, data, **kwargs)
    assert err.value.reason
    return err.value.rule


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "txt"),
        ("A.HTML", "html"),
        ("x.htm", "html"),
        ("n.md", "md"),
        ("n.markdown", "md"),
        ("r.pdf", None),
        ("noext", None),
    ],
)
def test_format_of(name, fmt):
    assert format_of(name) == fmt


@pytest.mark.parametrize(
    ("name", "data", "rule"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\r\n \x0c ", "whitespace_only"),
        ("blank16.txt", codecs.BOM_UTF16_LE + " \n \n".encode("utf-16-le"), "whitespace_only"),
        ("noise.txt", bytes(range(256)) * 40, "binary"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (
            "scripts.html",
            b"<html><head><script>var a=1;</script></head><body><script>f()</script></body></html>",
            "no_main_text",
        ),
        ("only-cruft.txt", b"Share this:\nFacebook | Twitter | Email\nSubscribe\n", "no_main_text"),
        ("tiny.txt", b"\x00\x00\x00", "whitespace_only"),
    ],
)
def test_unreadable_files(name, data, rule):
    assert _rule(name, data) == rule


@pytest.mark.parametrize(
    ("name", "data", "named"),
    [
        ("report.docx", b"PK\x03\x04\x14\x00\x06\x00", "Word (.docx)"),
        ("paper.pdf", b"%PDF-1.7\n", "PDF"),
        ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("renamed.html", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", ".docx"),
        ("data.csv", b"a,b\n1,2\n", ".csv"),
    ],
)
def test_unsupported_formats_are_named(name, data, named):
    with pytest.raises(UnreadableFile) as err:
        read_article(name, data)
    assert err.value.rule == "unsupported"
    assert named in err.value.reason


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("cp1252"), "cp1252"),
        (ARTICLE.replace("“", '"').replace("”", '"').replace("—", "-").encode("latin-1"), "cp1252"),
    ],
)
def test_encodings_give_the_same_text(data, encoding):
    article = read_article("a.txt", data)
    assert article.encoding == encoding
    assert article.title == "Café Study Finds Massage Helps"
    assert article.text.startswith("Café Study Finds Massage Helps\n\nThe ")
    assert "\ufeff" not in article.text
    assert "café" in article.text


def test_mixed_line_endings():
    article = read_article("a.txt", b"First Line Headline Here\r\n\r\nSecond line.\rThird line.\nFourth line.")
    assert article.text == "First Line Headline Here\n\nSecond line.\nThird line.\nFourth line."


def test_nul_bytes_removed_and_sql_kept():
    data = (
        b"Massage study results\n\nThe trial\x00 enrolled 64 adults.\x00\n\n"
        b"Robert'); DROP TABLE articles;-- and SELECT * FROM users WHERE 1=1;"
    )
    article = read_article("a.txt", data)
    assert "\x00" not in article.text
    assert "The trial enrolled 64 adults." in article.text
    assert "Robert'); DROP TABLE articles;-- and SELECT * FROM users WHERE 1=1;" in article.text


def test_size_limit_is_configurable():
    data = b"Headline of the article\n\n" + b"word " * 100
    assert _rule("a.txt", data, max_bytes=100) == "too_large"
    assert read_article("a.txt", data, max_bytes=len(data)).text


def test_file_above_default_limit(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as sink:
        sink.seek(DEFAULT_MAX_BYTES)
        sink.write(b"x")
    assert _rule("big.txt", path.read_bytes()) == "too_large"


def test_one_five_megabyte_line_is_read():
    data = b"word " * 1_000_000
    article = read_article("one-line.txt", data)
    assert len(article.text) == len(data) - 1  # trailing space trimmed
    assert "\n" not in article.text


@pytest.mark.parametrize(
    ("name", "data", "fmt", "title"),
    [
        (
            "saved-page.txt",
            b"<!DOCTYPE html><html><head><title>Massage Trial Results | Site</title></head>"
            b"<body><p>The trial enrolled 64 adults.</p></body></html>",
            "html",
            "Massage Trial Results",
        ),
        (
            "not-really.html",
            b"Massage Trial Results Headline\n\nThe trial enrolled 64 adults.",
            "txt",
            "Massage Trial Results Headline",
        ),
    ],
)
def test_content_overrides_a_wrong_extension(name, data, fmt, title):
    article = read_article(name, data)
    assert (article.format, article.title) == (fmt, title)
    assert article.text.endswith("The trial enrolled 64 adults.")
    assert "<" not in article.text


def test_broken_html_is_read():
    article = read_article("broken.html", b"<html><body><div><p>Unclosed text about 64 adults <b>bold<p>More text")
    assert "Unclosed text about 64 adults bold" in article.text


def test_deeply_nested_html_does_not_crash():
    data = b"<div>" * 50_000 + b"Deep text" + b"</div>" * 50_000
    try:
        article = read_article("deep.html", data)
    except UnreadableFile as err:
        assert err.rule in {"no_main_text", "too_complex"}
    else:
        assert "Deep text" in article.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), name=st.sampled_from(["a.txt", "a.html", "a.md"]))
def test_random_bytes_never_raise_anything_else(data, name):
    try:
        article = read_article(name, data)
    except UnreadableFile as err:
        assert err.rule and err.reason
    else:
        assert "\r" not in article.text and "\x00" not in article.text
        assert article.text == article.text.strip("\n")


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=2000), name=st.sampled_from(["a.txt", "a.html", "a.md"]))
def test_random_text_is_deterministic(text, name):
    data = text.encode("utf-8")
    try:
        first = read_article(name, data)
    except UnreadableFile as err:
        with pytest.raises(UnreadableFile) as again:
            read_article(name, data)
        assert again.value.rule == err.rule
    else:
        assert read_article(name, data) == first
