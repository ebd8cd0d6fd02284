"""Markdown: front matter and markup removed, cruft lines removed, headline from the first "# " heading."""

from __future__ import annotations

from pipelines.model import ArticleText
from pipelines.readers.cruft import remove_cruft
from pipelines.readers.front_matter import split_front_matter
from pipelines.readers.markdown_markup import strip_html_comments, strip_markup
from pipelines.readers.normalize import join_lines, tidy_line
from pipelines.readers.published_date import date_in_front_matter, date_in_lines
from pipelines.readers.title import is_publication_name, plain_text_title


def read_markdown(text: str) -> ArticleText:
    all_lines = strip_html_comments(text).split("\n")
    lines, front_title, front_count = split_front_matter(all_lines)
    plain, headline = strip_markup(lines)
    plain = [tidy_line(line) for line in plain]
    if headline is not None and is_publication_name(headline):
        headline = None  # "# The Kitchen Table Letter — Issue 112" is the masthead; the piece's headline follows
    title = headline or front_title or plain_text_title(plain)
    published = date_in_front_matter(all_lines[:front_count]) or date_in_lines(plain)
    kept, removed = remove_cruft(plain)
    return ArticleText(text=join_lines(kept), title=title, format="md", removed_lines=removed, published=published)
