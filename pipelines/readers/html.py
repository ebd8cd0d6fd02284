"""HTML pages: main text by trafilatura (no network), a plain visible-text fallback, title from the headline."""

from __future__ import annotations

import logging

import trafilatura

from pipelines.model import ArticleText
from pipelines.readers.cruft import remove_cruft
from pipelines.readers.errors import UnreadableFile
from pipelines.readers.html_fallback import fallback_lines
from pipelines.readers.html_render import render_tree
from pipelines.readers.html_title import html_title
from pipelines.readers.html_tree import parse_html
from pipelines.readers.normalize import join_lines, tidy_line
from pipelines.readers.published_date import date_in_html, date_in_lines

# Trafilatura found the article when it kept at least this share of the page's visible text;
# below it (teaser pages, unusual markup) the fallback text, cleaned of cruft, is the better reading.
_MIN_SHARE = 0.2
# Trafilatura warns about every empty or odd page; refused pages are reported by UnreadableFile instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_html(text: str) -> ArticleText:
    root = parse_html(text)
    if root is None:
        raise UnreadableFile("HTML page with no elements to read", rule="no_main_text")
    published = date_in_html(root)  # first: the fallback reading strips scripts and metadata from the tree
    title = html_title(root)
    main = [tidy_line(line) for line in _trafilatura_lines(text)]
    fallback = [tidy_line(line) for line in fallback_lines(root)]
    main_chars = sum(len(line) for line in main)
    fallback_chars = sum(len(line) for line in fallback)
    lines = main if main_chars >= _MIN_SHARE * fallback_chars and main_chars else fallback
    kept, removed = remove_cruft(lines)
    body = join_lines(kept)
    if not body.strip():
        raise UnreadableFile("HTML page with no main text (only scripts, menus or boilerplate)", rule="no_main_text")
    published = published or date_in_lines(fallback)
    return ArticleText(text=body, title=title, format="html", removed_lines=removed, published=published)


def _trafilatura_lines(text: str) -> list[str]:
    # bare_extraction hands over the tree; extract() would also serialise it and fingerprint the text (~40% of
    # the time) only for us to parse it back.
    try:
        document = trafilatura.bare_extraction(
            text,
            output_format="python",
            as_dict=False,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_recall=True,
            deduplicate=False,
        )
    except Exception:  # trafilatura is third-party; any failure means "no main text found"
        return []
    body = getattr(document, "body", None)
    return render_tree(body) if body is not None else []
