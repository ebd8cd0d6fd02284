"""Plain text scraped from the web: cruft lines removed, hard-wrapped paragraphs rejoined, headline detected."""

from __future__ import annotations

from pipelines.model import ArticleText
from pipelines.readers.cruft import remove_cruft
from pipelines.readers.normalize import join_lines, tidy_line
from pipelines.readers.published_date import date_in_lines
from pipelines.readers.title import find_headline, is_masthead
from pipelines.readers.unwrap import unwrap_paragraphs


def read_plain_text(text: str) -> ArticleText:
    lines = unwrap_paragraphs([tidy_line(line) for line in text.split("\n")])
    published = date_in_lines(lines)  # before the masthead goes: issue lines carry the date
    found = find_headline(lines)
    masthead = 0
    if found:
        # Site names, kickers and menus above the headline go; anything else there is kept as content.
        header = [i for i in range(found[0]) if lines[i] and is_masthead(lines, i)]
        masthead = len(header)
        dropped = set(header)
        lines = [line for i, line in enumerate(lines) if i not in dropped]
    kept, removed = remove_cruft(lines)
    return ArticleText(
        text=join_lines(kept),
        title=found[1] if found else None,
        format="txt",
        removed_lines=removed + masthead,
        published=published,
    )
