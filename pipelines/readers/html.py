"""HTML pages: main text only (trafilatura), title from the headline."""

from __future__ import annotations

import trafilatura

from pipelines.model import ArticleText
from pipelines.readers.errors import UnreadableFile


def read_html(text: str) -> ArticleText:
    body = trafilatura.extract(text, include_comments=False, include_tables=True, favor_recall=True)
    if not body or not body.strip():
        raise UnreadableFile("HTML page with no main text", rule="no_main_text")
    meta = trafilatura.extract_metadata(text)
    return ArticleText(text=body, title=meta.title if meta else None, format="html")
