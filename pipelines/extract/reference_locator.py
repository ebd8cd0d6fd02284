"""The numeric tail of a reference ("2010;363(8):743-54", "vol. 93, no. 2, pp. 195-215, 2002") to its fields.

`split_locator` reads tokens backwards from the end of a reference while they look like locator tokens
(numbers, ranges, dates, "vol."/"no."/"pp." labels), so titles with numbers in them are never touched.
`parse_locator` then applies a table of patterns, most specific first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre|januar|februar|märz|juni|juli|oktober|dezember|spring|summer|fall|autumn|winter"
)
_MONTH_WORD = re.compile(rf"(?i)(?:{_MONTHS})\.?")
_LABELS = re.compile(
    r"(?i)(?:vol|vols|volume|v|no|nos|nr|n°|nº|issue|iss|num|number|p|pp|pages?|pt|part|suppl|supplement|art|"
    r"article|e|s|sup)\.?"
)
_ROMAN = re.compile(r"[IVXLC]+")
_DASH = r"\s*[-–‑—−]\s*"
# Up to four letters before the digits: Oxford journals number articles "afaf017", "ckab123".
_PAGE = r"[A-Za-z]{0,4}\d+[A-Za-z]?"
_RANGE = re.compile(rf"{_PAGE}(?:{_DASH}{_PAGE})?")

# Dates inside the locator, consumed before volume/issue/pages are read (the first gives the year).
_DATES = [
    re.compile(rf"(?i)\b(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?({YEAR})\b"),
    re.compile(rf"(?i)\b({YEAR})\s+(?:{_MONTHS})\.?(?:\s*\d{{1,2}}\b)?(?:\s*[-–]\s*(?:{_MONTHS})\.?)?"),
    # (not an issue number in brackets after its volume: "2026;139(1641):38-47")
    re.compile(rf"(?<!\d)\(\s*({YEAR})[a-z]?\s*\)"),
    # Not glued to a letter: "n1923" and "e2021" are article numbers (BMJ 2021;374:n1923).
    re.compile(rf"(?<![\w\-–‑—(/:.])({YEAR})[a-z]?(?![\d\-–‑—(/])"),
]
_STANDALONE = _DATES[-1]
_LETTERS = re.compile(r"[^\W\d_]{3}")

# (pattern, fields) in order: labelled forms first, then punctuation-shaped forms.
_VOLUME_LABEL = re.compile(r"(?i)\b(?:vol(?:ume)?s?\.?|v\.)\s*([0-9]+[A-Za-z]?|[IVXLC]+\b)")
_ISSUE_LABEL = re.compile(
    r"(?i)(?:\b(?:no|nos|nr|issue|iss|num|number)\.?|n°|nº)\s*([A-Za-z]?\d+(?:[-–/]\d+)?|[IVXLC]+\b)"
)
_PAGES_LABEL = re.compile(rf"(?i)(?:\bpp?\.|\bpages?\b|\bp\b)\s*({_PAGE}(?:{_DASH}{_PAGE})?)")
_VOL_ISSUE = re.compile(r"\b(\d+(?:-[A-Z]\b|[A-Za-z])?)\s*\(\s*([^()]{0,10}?\w[^()]{0,10}?)\s*\)")  # "106-B(4)" too
_VOL_ISSUE_COLON = re.compile(r"\b(\d+)\s*:\s*(\d+)\s*:\s*(?=\S)")
_VOL_DOT_ISSUE = re.compile(r"\b(\d+)\.(\d+)(?=\s*(?:\(|:|$))")
# A page, article or volume number: short letter prefix/suffix per part ("e89304", "EL342-EL346", "1/2").
_PAGE_PIECE = re.compile(r"[A-Za-z]{0,4}\d+[A-Za-z]{0,2}(?:[-–‑—/.][A-Za-z]{0,2}\d*[A-Za-z]{0,2})*")
_LABEL_PREFIX = re.compile(r"(?i)^(?:pp?|vol|no|n°|nº)\.\s*")
_NUMBER = re.compile(rf"{_PAGE}(?:{_DASH}{_PAGE})?")


@dataclass
class Locator:
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    year: int | None = None


def split_locator(text: str) -> tuple[str, str]:
    """Split "Journal Name. 2010;363(8):743-54." into ("Journal Name.", "2010;363(8):743-54.")."""
    tokens = list(re.finditer(r"\S+", text))
    start = len(text)
    i = len(tokens) - 1
    while i >= 0:
        token = tokens[i].group(0)
        previous = tokens[i - 1].group(0) if i > 0 else ""
        if not _is_locator_token(token, previous):
            # "..., pages 1349-1385. Springer, 2011.": a publisher name between the pages and the year.
            if (
                start < len(text)
                and token.endswith(",")
                and re.fullmatch(r"[A-Z][\w&-]+,", token)
                and i > 0
                and previous.endswith(".")
                and _is_locator_token(previous, "")
            ):
                i -= 1
                continue
            break
        start = tokens[i].start()
        i -= 1
    # A run made only of labels or punctuation ("p.") is not a locator.
    locator = text[start:]
    if not re.search(r"\d", locator):
        return text, ""
    return text[:start], locator


@lru_cache(maxsize=8192)
def _is_locator_token(token: str, previous: str) -> bool:
    bare = token.strip(".,;:|()[]")
    if not bare or re.fullmatch(r"[-–‑—|/]+", bare):
        return True
    if _ROMAN.fullmatch(bare) and (re.fullmatch(r"(?i)vol(?:ume)?\.?|no\.?", previous) or previous.endswith(",")):
        return True
    # "Apr;63(4):599-609" or "n°141": every piece must be a number, a month or a label.
    pieces = [p for p in re.split(r"[;:(),|]+", bare) if p]
    return bool(pieces) and all(_is_locator_piece(p) for p in pieces)


def _is_locator_piece(piece: str) -> bool:
    piece = _LABEL_PREFIX.sub("", piece.strip("."))
    if piece.startswith(("n°", "nº")):
        piece = piece[2:] or "0"
    if not piece or _MONTH_WORD.fullmatch(piece) or _LABELS.fullmatch(piece):
        return True
    if not re.search(r"\d", piece):
        return False
    # Page and article numbers carry at most a short letter prefix or suffix per part: e89304, EL342-EL346.
    return _PAGE_PIECE.fullmatch(piece) is not None


def parse_locator(text: str) -> Locator:
    locator = Locator()
    work = f" {text} "
    match = _first_date(work)
    if match:
        locator.year = int(match.group(1))
        work = work[: match.start()] + " ; " + work[match.end() :]
    work = re.sub(r"\(\s*[;,\s]*\)", " ", work)
    work = re.sub(r"\|", " , ", work)
    volume = _VOLUME_LABEL.search(work)
    if volume:
        locator.volume = volume.group(1)
        work = _blank(work, volume)
    issue = _ISSUE_LABEL.search(work)
    if issue:
        locator.issue = issue.group(1)
        work = _blank(work, issue)
    pages = _PAGES_LABEL.search(work)
    if pages:
        locator.pages = _clean_pages(pages.group(1))
        work = _blank(work, pages)
    if locator.volume is None:
        for pattern in (_VOL_ISSUE, _VOL_ISSUE_COLON, _VOL_DOT_ISSUE):
            match = pattern.search(work)
            if match and not re.fullmatch(rf"{YEAR}[a-z]?", match.group(2)):
                locator.volume = match.group(1)
                if locator.issue is None:
                    locator.issue = match.group(2).strip()
                work = _blank(work, match)
                break
    if locator.volume is None:
        roman = re.search(r"(?<![\w.])([IVXLC]{1,7})(?=\s*[,(;]|\s*$)", work)
        if roman:
            locator.volume = roman.group(1)
            work = _blank(work, roman)
    numbers = [m.group(0) for m in _NUMBER.finditer(work)]
    if (
        locator.volume is None
        and numbers
        and (len(numbers) > 1 or locator.pages is not None or not re.search(_DASH, numbers[0]))
    ):
        locator.volume = numbers.pop(0)
    if locator.pages is None and numbers:
        ranges = [n for n in numbers if re.search(_DASH, n)]
        locator.pages = _clean_pages(ranges[0] if ranges else numbers[-1])
        numbers.remove(ranges[0] if ranges else numbers[-1])
    if locator.issue is None and numbers and locator.volume is not None:
        locator.issue = numbers[0]
    return locator


def _first_date(work: str) -> re.Match[str] | None:
    # Month names need letters; most locators are digits and punctuation only.
    patterns = _DATES[:-1] if _LETTERS.search(work) else _DATES[2:-1]
    for pattern in patterns:
        match = pattern.search(work)
        if match:
            return match
    # A bare year: not part of a page range ("2017-2022", "1734 - 1739") and not after ":" or "p.",
    # where it is a page. The last one wins: "127: 1607, 2000".
    found = None
    for match in _STANDALONE.finditer(work):
        before, after = work[: match.start()], work[match.end() :]
        if re.search(r"(?:[-–‑—:]|\bpp?\.?)\s*$", before) or re.match(r"\s*[-–‑—]\s*\d", after):
            continue
        found = match
    return found


def _blank(work: str, match: re.Match[str]) -> str:
    return work[: match.start()] + " , " + work[match.end() :]


def _clean_pages(pages: str) -> str:
    return re.sub(_DASH, "-", pages.strip())
