"""Pick a reader by file extension and turn bytes into ArticleText, or raise UnreadableFile.

Nothing but UnreadableFile ever leaves read_article: a crawler feeds it whatever the web served.
"""

from __future__ import annotations

import os
from pathlib import PurePath

from pipelines.model import ArticleText
from pipelines.readers.content_format import effective_format
from pipelines.readers.decoding import decode
from pipelines.readers.errors import UnreadableFile
from pipelines.readers.html import read_html
from pipelines.readers.markdown import read_markdown
from pipelines.readers.normalize import clean_characters
from pipelines.readers.plain_text import read_plain_text
from pipelines.readers.section_title import section_headline
from pipelines.readers.sniffing import refuse_non_text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "md",
    ".markdown": "md",
}
# Formats people drop in raw/ that we refuse by name rather than as "unknown".
_KNOWN_UNSUPPORTED = {
    ".pdf": "PDF",
    ".docx": "Word (.docx)",
    ".doc": "Word (.doc)",
    ".odt": "OpenDocument text",
    ".rtf": "RTF",
    ".epub": "EPUB",
    ".pptx": "PowerPoint",
    ".xlsx": "Excel",
    ".xls": "Excel",
}
_READERS = {"txt": read_plain_text, "html": read_html, "md": read_markdown}


def format_of(name: str) -> str | None:
    # os.path, not PurePath: this runs for every listed file of every run (a Path costs ~5 µs, 0.5 s per 100k files).
    return FORMATS.get(os.path.splitext(name)[1].lower())


def read_article(name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleText:
    """Read one file's bytes; raise UnreadableFile with a reason when it is not a readable article."""
    try:
        return _read(name, data, max_bytes)
    except UnreadableFile:
        raise
    except RecursionError:
        raise UnreadableFile("document nested too deeply to read", rule="too_complex") from None
    except Exception as err:  # a reader bug must not stop an ingest run; report it as this file's problem
        raise UnreadableFile(f"reader failed: {type(err).__name__}: {err}", rule="reader_error") from err


def _read(name: str, data: bytes, max_bytes: int) -> ArticleText:
    suffix = PurePath(name).suffix.lower()
    fmt = format_of(name)
    if fmt is None:
        what = _KNOWN_UNSUPPORTED.get(suffix)
        reason = f"{what} files are not supported" if what else f"unsupported format {suffix or '(no extension)'!r}"
        raise UnreadableFile(f"{reason}: convert to .txt, .html or .md", rule="unsupported")
    if len(data) > max_bytes:
        raise UnreadableFile(f"file too large: {len(data):,} bytes, limit {max_bytes:,}", rule="too_large")
    if not data:
        raise UnreadableFile("empty file: 0 bytes", rule="empty")
    refuse_non_text(data)
    text, encoding = decode(data)
    text = clean_characters(text)
    if not text.strip():
        raise UnreadableFile("empty file: nothing but whitespace", rule="whitespace_only")
    article = _READERS[effective_format(fmt, text)](text)
    if not article.text.strip():
        raise UnreadableFile("no article text left after removing boilerplate", rule="no_main_text")
    article.encoding = encoding
    article.title = section_headline(article.text, article.title)
    return article
