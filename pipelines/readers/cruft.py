"""Remove web cruft from an article's lines, by whole-line patterns and by known blocks.

Three shapes of cruft (see cruft_patterns.py for the table):
- single lines (cookie banners, share buttons, bylines, sign-up prompts, navigation bars);
- link blocks under a heading ("Related", "You might also like"), up to the next blank or prose line;
- the comment section, from its heading to the end of the page, sparing reference-like lines.
"""

from __future__ import annotations

import re

from pipelines.readers.cruft_patterns import (
    BLOCK_START,
    BYLINE,
    LINE_RULES,
    MAX_CRUFT_LINE,
    NAV_WORDS,
    SECTION_WORDS,
    TAIL_START,
)

_LIST_MARKER = re.compile(r"^(?:[-*+•>·]+|#{1,6})\s+")
_NAV_SEPARATORS = re.compile(r"\s+(?:\||·|•|::|»|>|/|–|—|~)\s+|\s*\|\s*")
_BREADCRUMB = re.compile(r"\s+(?:>|»|›|/)\s+")
_WORD = re.compile(r"[a-z]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
_REFERENCE_LIKE = re.compile(r"\bdoi\b|\b10\.\d{4,9}/|\bpmid\b|\b(?:19|20)\d{2}\s*[;:]\s*\d|\bet al\b", re.IGNORECASE)
# A bibliographic entry: a surname with initials and a year ("Smith J, Lee K (2019) ...", "Smith, J. ... 2019").
_CITATION_LINE = re.compile(
    r"^\W*(?:\d{1,3}[.)\]]\s*)?[A-Z][\w'’-]+,?\s+(?:[A-Z]{1,3}\b|(?:[A-Z]\.\s*-?){1,3})[^\n]{0,300}?"
    r"\b(?:19|20)\d\d\b"
)
# Link lists under a block heading are short titles; longer lines are prose and end the block.
_MAX_LINK_LINE = 120
_MAX_NAV_ITEM_WORDS = 6
# A menu scraped without its separators: it starts at "Home" or "Menu", names at least one more menu word, and is
# made of capitalised words and the small words menus use ("About us", "Support our work").
_BARE_MENU = re.compile(
    r"(?:Home|Menu|HOME|MENU)(?:\s+[\w&'’-]+){2,13}\s+(?:About(?:\s+us)?|Contact(?:\s+us)?|Subscribe|Donate|Search"
    r"|Newsletters?|Log\s*in|Sign\s+in|Support\s+(?:us|our\s+work)|Shop|Archive|More)"
)


def core(line: str) -> str:
    """The line without list markers or emphasis, as patterns see it."""
    return _LIST_MARKER.sub("", line.strip()).strip("*_ ").strip()


def cruft_rule(line: str) -> str | None:
    """The id of the pattern a whole line matches, or None when the line is content."""
    text = core(line)
    if not text:
        return "separator" if line.strip() else None  # "* * *", "- -": markers with nothing in between
    if len(text) > MAX_CRUFT_LINE:
        return None
    for rule, pattern in LINE_RULES.items():
        if pattern.fullmatch(text):
            return rule
    if len(text) <= 160 and BYLINE.fullmatch(text) and not text.endswith("."):
        return "byline_meta"
    if is_navigation(text):
        return "navigation"
    return None


def is_navigation(text: str) -> bool:
    """Menus and breadcrumbs: short items joined by separators ("Home | About | Contact", "Forums > Massage")."""
    if _SENTENCE_END.search(text) and not text.endswith(")"):
        return False
    if _BARE_MENU.fullmatch(text):
        # a menu whose separators were lost in scraping: "Home Fact checks Explainers About us Support our work"
        words = set(_WORD.findall(text.lower())) - {"home", "menu"}
        if len(NAV_WORDS.union(SECTION_WORDS).intersection(words)) >= 1 and len(text.split()) >= 4:
            return True
    crumbs = [c for c in _BREADCRUMB.split(text) if c.strip()]
    if len(crumbs) >= 3 and all(_short_item(c) for c in crumbs):
        return True
    items = [i for i in _NAV_SEPARATORS.split(text) if i.strip()]
    if len(items) < 2 or not all(_short_item(i) for i in items):
        return False
    strong = sum(1 for i in items if NAV_WORDS.intersection(_WORD.findall(i.lower())))
    weak = sum(1 for i in items if SECTION_WORDS.intersection(_WORD.findall(i.lower())))
    if len(items) == 2:
        return strong + weak >= 2 and all(_is_menu_item(i) for i in items)
    # Four or more short items in a row are a menu whatever they say ("Results · Evidence corner · Dates").
    return strong >= 1 or weak >= 2 or len(items) >= 4


def _is_menu_item(item: str) -> bool:
    words = _WORD.findall(item.lower())
    return bool(words) and bool(NAV_WORDS.union(SECTION_WORDS).intersection(words))


def _short_item(item: str) -> bool:
    words = item.split()
    return 0 < len(words) <= _MAX_NAV_ITEM_WORDS and len(item) <= 50 and not _SENTENCE_END.search(item)


def is_block_start(line: str) -> bool:
    text = core(line)
    return len(text) <= 80 and BLOCK_START.fullmatch(text) is not None


def is_tail_start(line: str) -> bool:
    text = core(line)
    return len(text) <= 240 and TAIL_START.fullmatch(text) is not None


def remove_cruft(lines: list[str]) -> tuple[list[str], int]:
    """Return the kept lines (blank lines preserved) and how many non-blank lines were removed."""
    kept: list[str] = []
    removed = 0
    tail_from = _tail_start_index(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if i >= tail_from:
            if line.strip() and not _REFERENCE_LIKE.search(line):
                removed += 1
            else:
                kept.append(line)
            i += 1
            continue
        if not line.strip():
            kept.append(line)
            i += 1
            continue
        if is_block_start(line) and not _opens_reference_list(lines, i + 1, tail_from):
            end = _block_end(lines, i + 1, tail_from)
            removed += sum(1 for x in lines[i:end] if x.strip())
            i = end
            continue
        if cruft_rule(line):
            removed += 1
        else:
            kept.append(line)
        i += 1
    return kept, removed


def _tail_start_index(lines: list[str]) -> int:
    """First comment-section heading in the second half of the page, or len(lines)."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return len(lines)
    half = content[len(content) // 2]
    for i in content:
        if i >= half and is_tail_start(lines[i]):
            return i
    return len(lines)


def _opens_reference_list(lines: list[str], start: int, limit: int) -> bool:
    """'Further reading' over bibliographic entries heads a reference list: heading and entries stay."""
    following = next((line for line in lines[start:limit] if line.strip()), "")
    return bool(_REFERENCE_LIKE.search(following) or _CITATION_LINE.match(core(following)))


def _block_end(lines: list[str], start: int, limit: int) -> int:
    """Index after the short link lines that follow a block heading (one blank line may come first)."""
    i = start
    if i < limit and not lines[i].strip() and i + 1 < limit and _is_link_line(lines[i + 1]):
        i += 1
    while i < limit and lines[i].strip() and _is_link_line(lines[i]):
        i += 1
    return i


def _is_link_line(line: str) -> bool:
    text = core(line)
    return len(text) <= _MAX_LINK_LINE and not _REFERENCE_LIKE.search(text) and not text.endswith(".")
