"""When an article was published, as precisely as the page says it: "2025-10-02", "2025-10" or "2025".

The date lets the extractor read "published last year in Heart" as a year. Pages state it in a labelled
line ("Published 14 March 2024", "Date: Wed, 8 Oct 2025 07:30", front matter "date: 2023-03-02"), in an
issue line at the top ("Autumn 2025 | Issue 58"), or, in HTML, in metadata (JSON-LD datePublished,
article:published_time, <time datetime>). A season or an ambiguous numeric date keeps only its year.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

import lxml.html

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_YEAR = r"(?P<year>(?:19[89]|20\d)\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# Tried in order; each must stand alone ("14 May 2025", "May 14, 2025", "2025-05-14", "May 2025", "Spring 2025").
_DATE_FORMS = [
    re.compile(rf"(?i)\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"(?i)\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),  # also "2023-03-02T09:15:00Z"
    re.compile(rf"\b{_YEAR}/(?P<month>[01]?\d)(?:/(?P<day>[0-3]?\d))?(?!\d)"),  # metadata's "2019/07/15"
    re.compile(rf"(?i)\b{_MONTH}\s+{_YEAR}\b"),
    re.compile(rf"(?i)\b{_SEASON}\s+{_YEAR}\b"),
    # 03/06/2025 is March or June depending on the country: the year is all it says for sure
    re.compile(rf"\b[0-3]?\d[/.][0-3]?\d[/.]{_YEAR}\b"),
]
# A line that says it carries the publication date: "Published 9 September 2024 | 6 min read".
_LABELLED = re.compile(
    r"(?i)(?:^|[|·•]\s*|\.\s+)(?:(?:page|article|column|story|post|episode)\s+)?(?:first\s+|last\s+)?"
    r"(?:published|posted|updated|reviewed|edited|date|sent|issued|released|dated|premiered|aired|broadcast)\b(?:\s+on)?\s*:?"
)
# A byline: "By Colin Mabbutt, Road Safety Editor · 22 September 2025 · 6 min read".
_BYLINE = re.compile(r"(?i)^(?:(?:words|text|story|reporting|live\s+coverage)\s+)?by\s")
# Only the opening lines are read for an unlabelled date: a masthead is at the top.
_HEADER_LINES = 8
_MAX_LINE_CHARS = 200
_MASTHEAD_BEFORE = re.compile(r"(?:^|[|·•,—–~\[(*_]|\s-|(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?))\s*$")
_META_DATES = (
    "article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "citation_publication_date",
    "pubdate",
    "publish-date",
    "sailthru.date",
)
# A page that gives no publication date is dated by its creation or last change, the reader's nearest guide.
_JSON_LD_DATES = [re.compile(rf'"{key}"\s*:\s*"([^"]+)"') for key in ("datePublished", "dateCreated", "dateModified")]


def date_in_text(value: str) -> str | None:
    """The first date written in `value`, as ISO text of its precision; None when there is none."""
    found = _first_date(value)
    return found[0] if found else None


def date_in_lines(lines: Iterable[str]) -> str | None:
    """A labelled date or byline date anywhere among the lines, else a masthead date in the opening lines."""
    opening: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if len(opening) < _HEADER_LINES:
            opening.append(stripped)
        if len(stripped) > _MAX_LINE_CHARS:
            continue
        labelled = _LABELLED.search(stripped)
        if labelled or _BYLINE.match(stripped):
            found = date_in_text(stripped[labelled.end() :] if labelled else stripped)
            if found:
                return found
    for line in opening:
        found = _first_date(line)
        # "Autumn 2025 | Issue 58", "Issue 58 | February 2026": a date standing alone between separators,
        # not one inside a sentence ("published in JAMA in May 2018")
        if found and _MASTHEAD_BEFORE.search(line[: found[1]]):
            return found[0]
    return None


def _first_date(value: str) -> tuple[str, int] | None:
    for form in _DATE_FORMS:
        match = form.search(value)
        if match is None:
            continue
        year = match.group("year")
        month = match.groupdict().get("month")
        if month is None:
            return year, match.start()
        number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
        if not 1 <= number <= 12:
            return year, match.start()
        day = match.groupdict().get("day")
        if day is None or not 1 <= int(day) <= 31:
            return f"{year}-{number:02d}", match.start()
        return f"{year}-{number:02d}-{int(day):02d}", match.start()
    return None


def date_in_front_matter(lines: Iterable[str]) -> str | None:
    """`date: 2023-03-02` (or `published:`) in YAML or TOML front matter lines."""
    for line in lines:
        key, _, value = line.partition(":") if ":" in line else line.partition("=")
        if key.strip().lower() in {"date", "published", "pubdate", "publishdate"}:
            found = date_in_text(value.strip().strip("'\""))
            if found:
                return found
    return None


def date_in_html(root: lxml.html.HtmlElement) -> str | None:
    """The publication date in a page's metadata: JSON-LD, <meta> and <time datetime>."""
    scripts = [s.text for s in root.iter("script") if "ld+json" in (s.get("type") or "") and s.text]
    for pattern in _JSON_LD_DATES:
        for script in scripts:
            match = pattern.search(script)
            found = date_in_text(_json_string(match.group(1))) if match else None
            if found:
                return found
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _META_DATES:
            found = date_in_text(meta.get("content") or "")
            if found:
                return found
    for time in root.iter("time"):
        found = date_in_text(time.get("datetime") or "")
        if found:
            return found
    return None


def _json_string(raw: str) -> str:
    try:
        return json.loads(f'"{raw}"')
    except ValueError:
        return raw
