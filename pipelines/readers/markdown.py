"""Markdown: markup stripped so offsets point at the words a reader sees."""

from __future__ import annotations

import re

from pipelines.model import ArticleText


def read_markdown(text: str) -> ArticleText:
    heading = re.search(r"(?m)^#\s+(.+)$", text)
    plain = re.sub(r"(?m)^#{1,6}\s+", "", text)
    plain = re.sub(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", "", plain)
    plain = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", plain)
    return ArticleText(text=plain, title=heading.group(1).strip() if heading else None, format="md")
