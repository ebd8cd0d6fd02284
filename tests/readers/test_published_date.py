"""The article's publication date: written forms, labelled lines, mastheads, front matter and HTML metadata."""

from __future__ import annotations

import lxml.html
import pytest

from pipelines.readers.dispatch import read_article
from pipelines.readers.published_date import date_in_front_matter, date_in_html, date_in_lines, date_in_text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("14 May 2025", "2025-05-14"),
        ("3rd March 2024", "2024-03-03"),
        ("September 22, 2025", "2025-09-22"),
        ("Sept. 9, 2023", "2023-09-09"),
        ("Wed, 8 Oct 2025 07:30", "2025-10-08"),
        ("2023-03-02T09:15:00+00:00", "2023-03-02"),
        ("June 2025", "2025-06"),
        ("Autumn 2025", "2025"),
        ("fall 2019", "2019"),
        ("03/06/2025, 08:14", "2025"),  # day and month order depend on the country
        ("2025-13-01", "2025"),  # no month 13: the year is all that is sure
        ("Issue 58", None),
        ("since 2017", None),
        ("", None),
    ],
)
def test_date_forms(text: str, expected: str | None) -> None:
    assert date_in_text(text) == expected


@pytest.mark.parametrize(
    "lines,expected",
    [
        (["Headline", "Published 14 March 2024 | 5 min read"], "2024-03-14"),
        (["Posted by Jade Morrow | 4 March 2024"], "2024-03-04"),
        (["Date: Wed, 8 Oct 2025 07:30", "Subject: wellbeing"], "2025-10-08"),
        (["By Colin Mabbutt, Road Safety Editor · 22 September 2025 · 6 min read"], "2025-09-22"),
        (["48,213 views • Premiered 14 May 2025 • #CKD"], "2025-05-14"),
        (["Page last updated 28 April 2025 by the Advice Centre"], "2025-04-28"),
        (["(c) The Herald 2024. Column published Saturday 27 January 2024, page 31."], "2024-01-27"),
        (["Published 4:12 PM EDT, October 8, 2025 | Updated 6:40 PM EDT, October 9, 2025"], "2025-10-08"),
        (["Autumn 2025 | Issue 58", "IN THIS ISSUE"], "2025"),
        (["Issue 58 | February 2026"], "2026-02"),
        (["EMBARGOED UNTIL 23:30 UK TIME, THURSDAY 5 JUNE 2025"], "2025-06-05"),
        (["THE COMPOST HEAP  ~  Autumn 2025 newsletter"], "2025"),
        # a date inside a sentence is the paper's, not the article's
        (["Ask the doctor", "The results were published in JAMA Network Open in May 2018."], None),
        (["Headline", "They searched the databases up to June 2013 for trials."], None),
        # an unlabelled date far down the page is not a masthead
        ([*(f"Paragraph {n}." for n in range(10)), "March 2024"], None),
        (["Dates for your diary: 12 May 2025 coffee morning"], None),
    ],
)
def test_date_in_lines(lines: list[str], expected: str | None) -> None:
    assert date_in_lines(lines) == expected


def test_front_matter_date() -> None:
    assert date_in_front_matter(["---", "title: Sleep apps", "date: 2023-03-02", "---"]) == "2023-03-02"
    assert date_in_front_matter(["+++", 'publishDate = "2024-11-05"', "+++"]) == "2024-11-05"
    assert date_in_front_matter(["---", "title: Undated", "---"]) is None


@pytest.mark.parametrize(
    "head,expected",
    [
        ('<script type="application/ld+json">{"@type":"Article","datePublished":"2025-10-02"}</script>', "2025-10-02"),
        (
            '<script type="application/ld+json">{"dateModified":"2025-04-28","datePublished":"2024-01-05"}</script>',
            "2024-01-05",
        ),
        ('<script type="application/ld+json">{"@type":"WebPage","dateModified":"2025-04-28"}</script>', "2025-04-28"),
        ('<meta property="article:published_time" content="2021-06-14T08:00:00Z">', "2021-06-14"),
        ('<meta name="citation_publication_date" content="2019/07">', "2019-07"),
        ("<title>No date here</title>", None),
    ],
)
def test_date_in_html_metadata(head: str, expected: str | None) -> None:
    root = lxml.html.document_fromstring(f"<html><head>{head}</head><body><p>Text.</p></body></html>")
    assert date_in_html(root) == expected


def test_time_element_with_datetime() -> None:
    root = lxml.html.document_fromstring('<html><body><time datetime="2022-09-20">20 Sep</time><p>x</p></body></html>')
    assert date_in_html(root) == "2022-09-20"


PAGE = """<html><head><title>Trial news</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-14"}</script></head>
<body><article><h1>Walking halves knee pain, trial finds</h1>
<p>A randomised trial enrolled 240 adults with knee osteoarthritis and compared walking with advice.</p>
<p>The walkers reported less pain after twelve weeks than those given advice alone, the team said.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    "name,data,expected",
    [
        ("page.html", PAGE.encode(), "2025-05-14"),
        ("note.md", b"---\ntitle: Sleep\ndate: 2023-03-02\n---\n# Sleep apps\n\nA trial of 80 adults.\n", "2023-03-02"),
        ("bulletin.txt", b"PARISH NEWS | Issue 318 | October 2025\n\nWarm homes\n\nA survey of 90 homes.\n", "2025-10"),
        ("plain.txt", b"Warm homes\n\nA survey of 90 homes found damp in a third.\n", None),
    ],
)
def test_readers_record_the_date(name: str, data: bytes, expected: str | None) -> None:
    assert read_article(name, data).published == expected
