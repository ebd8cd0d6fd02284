"""Span arithmetic that trims clause text down to the short noun phrases a reader would write.

Every function works on (start, end) offsets into the article text, so a trimmed phrase keeps an
exact evidence span. Nothing here knows about studies; callers pass the cut tables that fit them.
"""

from __future__ import annotations

import re

from pipelines.pictographs import is_pictograph

Span = tuple[int, int]

# Words that open a list item without being part of its name ("to a control group", "or usual care").
_LEADING_FILLER = re.compile(
    r"(?:(?:a|an|the|their|its|his|her|our|both|either|neither|each|also|only|or|and|nor|to|then|just|"
    r"plus|=)(?![\w-])[\s.]*|(?:\d{1,2}|[a-z])[.)]\s+|[-*•·>–—:]+\s*|\.{2,}|…)",
    re.IGNORECASE,
)
# Superscript digits at an edge are footnote markers ("child IQ.²"), never part of a name.
_EDGE = " \t\n\r,;:.!?\"'“”‘’()[]{}-–—*•·…¹²³⁴⁵⁶⁷⁸⁹⁰"
_PARENTHETICAL = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_SPACES = re.compile(r"\s+")
# a list cut off before its last item ("a statin and"): the joiner is not part of the phrase
TRAILING_JOINER = re.compile(r"(?i)\s+(?:and|or|but)$")
_QUOTES = re.compile(r"[\"“”‘’*]|'(?!s\b)")


def strip_edges(text: str, span: Span) -> Span:
    """The span without punctuation, brackets that pair with nothing inside, or emoji at its edges."""
    start, end = span
    while start < end and (text[start] in _EDGE or is_pictograph(text[start])):
        start += 1
    while end > start and (text[end - 1] in _EDGE or is_pictograph(text[end - 1])):
        closing = text[end - 1]
        # A closing bracket that pairs with one inside belongs to the phrase: "diet (low fat)".
        if closing in ")]" and text.count("(["[closing == "]"], start, end) >= text.count(closing, start, end):
            break
        end -= 1
    # An opening bracket with no partner left inside is punctuation, not part of the phrase.
    inner = text[start:end]
    if inner.count("(") > inner.count(")"):
        cut = inner.rfind("(")
        return strip_edges(text, (start, start + cut))
    return start, end


def strip_leading(text: str, span: Span, pattern: re.Pattern[str] = _LEADING_FILLER) -> Span:
    """Drop filler words from the front, repeatedly ("or to a control group" -> "control group")."""
    start, end = strip_edges(text, span)
    while start < end:
        m = pattern.match(text, start, end)
        if not m or m.end() == start:
            break
        start, end = strip_edges(text, (m.end(), end))
    return start, end


def cut_at(text: str, span: Span, pattern: re.Pattern[str]) -> Span:
    """Keep the part before the first match of pattern (a clause boundary such as ", which")."""
    start, end = span
    m = pattern.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    return strip_edges(text, (start, end))


def strip_trailing(text: str, span: Span, pattern: re.Pattern[str]) -> Span:
    """Drop trailing words matched by an end-anchored pattern ("massage group" -> "massage")."""
    start, end = strip_edges(text, span)
    m = pattern.search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    return strip_edges(text, (start, end))


def split_items(text: str, span: Span, separator: re.Pattern[str]) -> list[Span]:
    """Split a list at separators that are not inside brackets ("A (n = 12), B, or C")."""
    start, end = span
    piece = text[start:end]
    if "(" in piece or "[" in piece:
        piece = _mask_brackets(piece)
    items: list[Span] = []
    last = 0
    for m in separator.finditer(piece):
        items.append((start + last, start + m.start()))
        last = m.end()
    items.append((start + last, end))
    stripped = (strip_edges(text, item) for item in items)
    return [item for item in stripped if item[1] > item[0]]


def _mask_brackets(piece: str) -> str:
    """Hide bracketed text from separators, keeping offsets ("A (n = 12, ITT), B")."""
    depth = 0
    masked = []
    for ch in piece:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            masked.append(" ")
            continue
        masked.append("x" if depth and not ch.isspace() else ch)
    return "".join(masked)


def phrase_name(text: str, span: Span) -> str:
    """The lowercase name a reader would write for text[span]: no brackets, quotes or extra spaces."""
    raw = _PARENTHETICAL.sub("", text[span[0] : span[1]])
    raw = _QUOTES.sub("", raw)
    return _SPACES.sub(" ", raw).strip(_EDGE).lower()


def word_count(text: str, span: Span) -> int:
    return len(text[span[0] : span[1]].split())
