"""Years written relative to the article's date: "published last year", "earlier this year", "last spring".

The article's publication date (read from the page, see pipelines/readers/published_date.py) anchors
them; without it they say nothing and none is returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The last month of each season, to tell "last spring" in an October issue (this year's spring)
# from "last spring" in a March issue (the year before).
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_SEASONS = "spring|summer|autumn|fall|winter"

_RELATIVE = re.compile(
    r"(?i)\b(?:"
    r"(?P<this>(?:earlier\s+|later\s+)?this\s+(?:year|month|week|" + _SEASONS + r")"
    # news time: "reported Wednesday in JAMA Network Open", "published on Monday", "is published in Sleep Health"
    r"|(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday"
    # a live blog's or a wire's clock: "published this afternoon in The New England Journal of Medicine"
    r"|(?:earlier\s+|late\s+)?this\s+(?:morning|afternoon|evening)|tonight|overnight"
    r"|(?:is|are)\s+(?:now\s+)?published|(?:appear|appears)(?=\s+(?:today\s+|this\s+week\s+)?in\b))"
    r"|(?P<last_year>last\s+year|a\s+year\s+ago|the\s+previous\s+year|the\s+year\s+before)"
    r"|(?P<last_month>last\s+month|a\s+month\s+ago)"
    r"|last\s+(?P<last_season>" + _SEASONS + r")"
    r"|(?P<ago>two|three|four|five|[2-5])\s+years\s+ago"
    # a month with no year: "published in May", in a June issue this May, in a March issue the May before
    r"|(?:in|last)\s+(?P<month>(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December))(?!\s*,?\s*\d)"
    # a day and a month: "published in Nature Medicine on 3 February", "on February 24"
    r"|on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?P<day_month>(?-i:January|February|March|April|May|June|July|August|September"
    r"|October|November|December))(?!\s*,?\s*\d{4})|(?P<month_day>(?-i:January|February|March|April|May|June|July"
    r"|August|September|October|November|December))\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{4}))"
    r")\b"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        "January February March April May June July August September October November December".split(), start=1
    )
}


@dataclass(frozen=True)
class ArticleDate:
    year: int
    month: int | None = None

    @classmethod
    def parse(cls, iso: str | None) -> ArticleDate | None:
        """ "2025-10-02", "2025-10" or "2025"; None for anything else."""
        match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-\d{2})?", (iso or "").strip())
        if match is None:
            return None
        month = int(match.group(2)) if match.group(2) else None
        return cls(int(match.group(1)), month if month and 1 <= month <= 12 else None)


def relative_years(sentence: str, published: ArticleDate | None) -> list[tuple[int, int]]:
    """(offset, year) for each relative year phrase in the sentence."""
    if published is None:
        return []
    found = []
    for match in _RELATIVE.finditer(sentence):
        found.append((match.start(), _resolve(match, published)))
    return found


def _resolve(match: re.Match, published: ArticleDate) -> int:
    year, month = published.year, published.month
    if match.group("this"):
        return year
    if match.group("last_year"):
        return year - 1
    if match.group("last_month"):
        return year - 1 if month == 1 else year
    if match.group("ago"):
        return year - _NUMBER_WORDS[match.group("ago").lower()]
    named = match.group("month") or match.group("day_month") or match.group("month_day")
    if named:
        return year - 1 if month is not None and _MONTHS[named] > month else year
    season_end = _SEASON_END[match.group("last_season").lower()]
    # Without a month the season most likely passed earlier in the same year, as magazines date their
    # issues by season ("Autumn 2025") and talk of the spring just gone.
    if month is None or month > season_end:
        return year
    return year - 1
