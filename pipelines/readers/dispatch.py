"""Pick a reader by file extension and turn bytes into ArticleText."""

from __future__ import annotations

from pathlib import PurePath

from pipelines.model import ArticleText
from pipelines.readers.decoding import decode
from pipelines.readers.errors import UnreadableFile
from pipelines.readers.html import read_html
from pipelines.readers.markdown import read_markdown
from pipelines.readers.plain_text import read_plain_text

FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}
_READERS = {"txt": read_plain_text, "html": read_html, "md": read_markdown}


def format_of(name: str) -> str | None:
    return FORMATS.get(PurePath(name).suffix.lower())


def read_article(name: str, data: bytes) -> ArticleText:
    """Read one file's bytes; raise UnreadableFile with a reason when it is not a readable article."""
    fmt = format_of(name)
    if fmt is None:
        raise UnreadableFile(f"unsupported format {PurePath(name).suffix or '(no extension)'!r}", rule="unsupported")
    text, encoding = decode(data)
    article = _READERS[fmt](text)
    if not article.text.strip():
        raise UnreadableFile("no article text after cleaning", rule="empty")
    article.encoding = encoding
    return article
