"""Plain text scraped from the web: the first short line is the title when it looks like one."""

from __future__ import annotations

from pipelines.model import ArticleText


def read_plain_text(text: str) -> ArticleText:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = lines[0] if lines and len(lines[0]) < 150 and not lines[0].endswith((".", ":")) else None
    return ArticleText(text=text.replace("\r\n", "\n"), title=title, format="txt")
