"""The headline of the item that reports research, when a page is a bulletin of several items.

A parish newsletter, a union bulletin or a practice newsletter opens with its masthead and a contents list;
its research item is one section among the notices, under its own heading. The reader's title is then the
masthead (or nothing at all), while the article a reader wants is that section. The heading just above the
first paragraph that talks about research is taken instead when the page gave no title, or when it has a
contents list and the title is not repeated after it (a masthead, not a headline).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# "IN THIS ISSUE", "Contents", "Inside this bulletin:" on a short line of their own
_CONTENTS = re.compile(
    r"(?im)^\W*(?:in\s+this\s+(?:issue|bulletin|edition|newsletter|email)|contents|inside\s+this\s+issue)\b[^\n]{0,30}$"
)
_RESEARCH = re.compile(
    r"(?i)\b(?:study|trial|researchers|review|meta-analysis|survey|randomi[sz]ed|cohort)\b"
    # research told vaguely still marks the item that is about it: "Research suggests that ...", "studies show"
    r"|(?P<told>\b(?:research|studies|evidence)\s+(?:suggest|suggests|suggesting|show|shows|showing|finds|found|says"
    r"|have\s+shown|tells\s+us))\b"
)
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]\s+|\d{1,2}(?:\.\d{1,2})+\s+|[IVX]{1,4}\.\s+)")
_NOT_A_HEADING = re.compile(
    r"(?i)(?:by|posted|published|posts?:)\b"
    # the heading of a reference list, whose titles are full of research words
    r"|(?:notes\s+and\s+)?(?:references?|sources?|bibliography|further\s+reading|works\s+cited|notes)\b"
    # a byline with the writer's role: "Dr Hesketh Moyo, Fleet Surgeon", "Jane Okafor, practice nurse"
    r"|(?-i:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s|[A-Z][a-z]+\s+[A-Z][\w'’-]+,\s)"
    # a contents entry with its page number, or a line of metadata fields: "Digital health | Views my own"
    r"|.*\s\d{1,3}$|.*\s[|·•]\s"
    # a speaker's line in a transcript ("CB: And I hear ...?") or a stage direction ("[JINGLE: ...]")
    r"|(?-i:[A-Z]{1,4}):\s|\["
)
# A publication's name, issue line or date, not an item's headline: "Members' Newsletter - Spring 2026",
# "TRANSCRIPT: The Tuesday Teatime Show, 18 March 2025", "VOLUNTEER HANDBOOK, version 7.2"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ISSUE_MARKS = (
    r"\b(?:issue|no\.|vol\.|volume|edition|version)\s*\d|\b(?:spring|summer|autumn|fall|winter)\s+(?:19|20)\d\d\b"
)
_DATE = rf"\b\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d\b|\b{_MONTH}\s+\d{{1,2}},\s+(?:19|20)\d\d\b"
# A page's furniture taken for its title: a subscription offer, a motto, an office's extension, a bulletin's time
# slot ("Subscribe to the e-paper: FBu 60,000 a year", "The island's voice since 1998", "Midday News, 12:00")
_FURNITURE = (
    r"\bsubscri(?:be|ption)\b|\b(?:since|founded|established|est\.)\s+(?:in\s+)?(?:19|20)\d\d\b"
    r"|\b(?:ext|tel|phone)\.?\s*\d|\b\d{1,2}[:.]\d{2}\s*$"
    # a price by the period ("FCFA 2,500 a month", "BDS$45 a quarter"), not a headline's "for a month"
    r"|(?:[£$€]\s?|\b(?-i:[A-Z]{2,4})\$?\s?)\d[\d,.]*\s+(?:a|per)\s+(?:month|year|quarter)\b"
)
_MASTHEAD_TITLE = re.compile(
    rf"(?i){_ISSUE_MARKS}|{_DATE}|\b(?:newsletter|bulletin|handbook|e-?news|annual\s+report)\b|^transcript\b|{_FURNITURE}"
)
# The line under a masthead: "The magazine of the Tarnside Pensioners' Association · Winter 2025 · No. 88" (a date
# alone is no sign: a headline is often followed by its dateline)
# (a reprint note, "From the Autumn issue of Good Company, the newsletter of ...", follows a real headline)
_MASTHEAD_LINE = re.compile(rf"(?i){_ISSUE_MARKS}|^\W*the\s+(?:magazine|newsletter|bulletin|newspaper)\s+(?:of|for)\b")
# A subheading inside an item, not the item's headline: "What the research says", "The evidence"
_GENERIC_SUBHEADING = re.compile(
    r"(?i)^\W*(?:\d+(?:\.\d+)*\s+)?(?:(?:what|how)\s+(?:the\s+)?(?:research|evidence|studies|science|study|trials?)"
    r"\s+(?:says|said|shows|showed|found|finds|tells\s+us)|(?:the\s+)?(?:research|evidence|studies|science))\W*$"
)
_MAX_HEADING_CHARS = 120
_MIN_HEADING_WORDS = 3


def section_headline(text: str, title: str | None) -> str | None:
    """The research item's heading in a multi-item page, or the reader's title unchanged."""
    contents = _CONTENTS.search(text)
    if (
        title is not None
        and (contents is None or text.find(title, contents.end()) >= 0)
        and not _names_the_publication(text, title)
    ):
        return title
    heading = _heading_above_research(text)
    if heading is None or (title is not None and _same(heading, title)):
        return title
    return heading


def _names_the_publication(text: str, title: str) -> bool:
    """Whether the title is the publication's masthead or issue line."""
    if _MASTHEAD_TITLE.search(title):
        return True
    at = text.find(title)
    if at < 0:
        return False
    after = text[at + len(title) :].lstrip("\n").split("\n", 1)[0]
    return bool(_MASTHEAD_LINE.search(after))


def _heading_above_research(text: str) -> str | None:
    """The nearest heading above the first paragraph that talks about research, or that heading itself
    ("IT'S GOOD TO TALK AT THE MART: WHAT THE RESEARCH SAYS")."""
    research = _RESEARCH.search(text)
    if research is None:
        return None
    # A heading that itself says what research tells is the item's headline; a bare "The biggest study so far"
    # is a subheading inside it.
    end = text.find("\n", research.end()) if research.group("told") else text.rfind("\n", 0, research.start()) + 1
    for line in reversed(text[: end if end >= 0 else len(text)].split("\n")):
        candidate = line.strip()
        if candidate and _is_heading(candidate) and not _GENERIC_SUBHEADING.match(candidate):
            if _MASTHEAD_TITLE.search(candidate) or candidate.startswith(("-", "*", "•")):
                return None  # the nearest heading is an issue or date line: no headline to offer
            return _SECTION_NUMBER.sub("", candidate.lstrip("# "))
    return None


def _is_heading(line: str) -> bool:
    return (
        len(line) <= _MAX_HEADING_CHARS
        and not line.endswith((".", ",", ";", ":"))
        and len(re.findall(r"[A-Za-z]{3,}", line)) >= _MIN_HEADING_WORDS
        and not _NOT_A_HEADING.match(line)
    )


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", s.lower()))

    return SequenceMatcher(None, key(a), key(b)).ratio() >= 0.8
