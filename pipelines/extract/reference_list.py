"""Where an article's reference list is, and its entries as spans.

Three shapes are found: a heading ("References", "Sources:", "## Further reading", an underlined
"SOURCES") followed by entries; labelled one-line references ("Source: ...", "Journal Reference – ...");
and a trailing numbered or bulleted list with no heading whose entries look like references.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract import doi

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# A heading line: at most six words, no digits, one of them a reference-list word ("Sources consulted",
# "Studies and reviews cited", "## Further reading", "**References:**"). It only counts when entries follow.
_HEADING_WORD = re.compile(
    r"(?i)\b(?:references?|r[ée]f[ée]rences|sources?|bibliograph(?:y|ie)|cited|reading|literat(?:ure|ur)|citations?|"
    r"notes|footnotes|endnotes|works|referenzen|quellen)\b"
)
_HEADING_SHAPE = re.compile(r"^\s*(?:#+\s*|\*\*|__)?[^\W\d_][^\d.!?]{0,58}?(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*$")
_RULE = re.compile(r"^\s*(?:[-=_*]\s*){3,}$")
# "Source: ...", "Journal Reference – ...", "**Study:** ...": one reference on a labelled line.
_LABEL = re.compile(
    # ("📄 Source: ...": a pictograph may open the line)
    r"(?i)^\s*(?:[^\w\s]{1,3}\s*)?(?:\*\*|__)?(?:(?:read|see|view|access)\s+(?:the\s+)?(?:full\s+)?(?=(?:study|paper|article|research|report)\b))?"
    r"(?:journal\s+)?(?:references?|refs?|sources?|study|citation|cite this(?: article)?|report|article|research|"
    r"original (?:study|article|research|paper)|full citation|paper|research paper|publication|further reading"
    r"|reading list|bibliography|(?:read|see)\s+it"
    # which of the article's studies the line cites: "Main results:", "Interview study:", "Pilot trial:"
    r"|(?:[\w-]+\s+){1,2}(?:study|trial|results?|paper|review|analysis|survey|findings)"
    # "Local study reference:", "Full reference:"
    r"|(?:[\w-]+\s+){1,2}references?"
    # "The evaluation is published as: Liburd, K., ...", "The full study was published as:"
    # ("The study appeared as:", "The study is:")
    r"|(?:the\s+)?(?:[\w-]+\s+)?(?:study|evaluation|paper|report|research|trial|review|results?)\s+(?:(?:is|are|was|were"
    r"|has\s+been)\s+(?:published|indexed|listed)\s+as|(?:appear(?:s|ed)\s+as|is|are|was|were)(?=\s*:))"
    # a congress abstract's number: "SA-PO112:", "OR-27:", "P-117:"
    r"|(?-i:[A-Z]{1,3}(?:-[A-Z]{1,3})?-?\d{1,4}[a-z]?)(?=:))(?:\*\*|__)?"
    # who added it: "Reference (added by the editor):"
    r"(?:\s+\([^()\d]{1,40}\))?"
    r"\s*[:–—-]\s*(?:\*\*|__)?\s*"
)
# A reference in brackets at the end of a paragraph: "(Reference: Palmqvist-Adu S, ... 2024;29(18):2300671.)"
_IN_BRACKETS = re.compile(
    r"(?i)\((?:full\s+)?(?:reference|ref|source|citation|study|paper)s?\s*:\s*(?P<body>(?:[^()]|\([^()]*\))+)\)"
)
# A line that is only a DOI: "DOI: 10.1001/jama.2020.1234", "https://doi.org/10.1136/bmj.k851", "🔗 doi.org/10...".
_LINK_SYMBOL = r"(?:[^\w\s]{1,3}\s*)?"  # an emoji or bullet before the identifier
_DOI_LINE = re.compile(r"(?i)^\s*" + _LINK_SYMBOL + doi.LINK + r"(?=10\.\d{4,9}/\S+\s*$)")
_IDENTIFIER_LINE = re.compile(r"(?i)^\s*" + _LINK_SYMBOL + r"(?:doi\b|" + doi.URL + r"|pmid\b|pmcid\b)")
# "[1]", "(2)", "3.", a bullet, and the lettered "[a]" or "(b)" some newsletters use
_MARKER = re.compile(r"^\s*(?:\[(\d{1,3}|[a-z])\]|\((\d{1,3}|[a-z])\)|(\d{1,3})[.)](?=\s)|([-•*·▪‣◦–]))\s*")
# An entry line that ends the way references end: a page range, a number, an identifier, a period.
_COMPLETE = re.compile(r"(?:\d|\.|\))\s*$")
# A line that opens with a person as references do: "Castree, N.", "Russell, Alison.", "J. Smith", "RUDERN,".
_AUTHOR_START = re.compile(
    r"[A-Z][\w'’-]+,\s+(?:[A-Z]\.|[A-Z][a-z]+[.,]|[A-Z]{1,3}[.,\s])|(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+,|[A-Z]{3,}[,\s]"
)
_APA_YEAR = re.compile(rf"\(\s*{YEAR}[a-z]?\s*\)\s*[.,:]")
_YEAR_RE = re.compile(rf"(?<!\d){YEAR}(?!\d)")
# A year as references print it: ", 2003,", "(2008)", ". 2017;", "2019:12" (not "first published in 1884.")
_LISTED_YEAR = re.compile(rf"(?:[,(.;]\s*|^){YEAR}[a-z]?(?!\d)|(?<!\d){YEAR}[a-z]?\s*[;:),]")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_ETAL = re.compile(r"(?i)\bet\.?\s*al")
_TIMESTAMP = re.compile(r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+")
_STRONG = [
    # 25(3):233 / 29(8), 703 / 33(1):taag004 / 25(2), pp. 612
    re.compile(r"\b\d+\s*\(\s*[\w ]{1,10}\)\s*[:,]?\s*(?:pp?\.\s*)?[A-Za-z]{0,4}\d+"),
    re.compile(rf"\b{YEAR}\s*[;,]\s*\d+"),  # 2010;363 / 2009, 48
    re.compile(r"\b\d+\s*:\s*[A-Za-z]?\d+"),  # 40: 319
    re.compile(r"(?i)\b(?:vol\.?|volume|pp\.|pages)\s*\d"),
    re.compile(r"\bPMID\b"),
    re.compile(r"\b\d+\s*[-–]\s*\d+\b"),
]
# "Next meeting: Tuesday 8 April 2025, 2.00pm, Zoom": a notice of an event, dated like a reference but never one.
_EVENT_NOTICE = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3}"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b"
    # a time on the 24-hour clock: "Results ... are due to be announced at 14:00" is no volume:page
    r"|\b(?:at|from|until|by|after|before)\s+(?:[01]?\d|2[0-3]):[0-5]\d\b(?!\s*[-–]\s*\d)"
)
_COPYRIGHT = re.compile(r"(?i)^\s*(?:copyright|©|\(c\))|(?:©|\(c\)|\bcopyright)\s*(?:19|20)\d\d")
_IN_PRESS = re.compile(r"(?i)\b(?:in\s+press|forthcoming|accepted\s+for\s+publication)\b")
_VANCOUVER_AUTHOR = re.compile(r"^[A-Z][\w'’-]+,? (?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})[,.]")


@dataclass(frozen=True)
class ReferenceEntry:
    start: int  # span of the reference string, label and marker excluded
    end: int
    marker: str | None = None


@dataclass(frozen=True)
class ReferenceList:
    start: int | None  # the heading, the labelled line or the first entry
    entries: tuple[ReferenceEntry, ...] = ()


def find_reference_list(text: str) -> ReferenceList:
    lines = _lines(text)
    best_start: int | None = None
    entries: list[ReferenceEntry] = []
    asides: list[ReferenceEntry] = []  # unlabelled references on lines of their own, inside the body
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        if _is_heading(text, lines, i):
            found, next_i = _entries_after(text, lines, i + 1)
            if found:
                best_start = start if best_start is None else min(best_start, start)
                entries.extend(found)
                i = next_i
                continue
        bracketed = _IN_BRACKETS.search(line) if "(" in line and ":" in line else None
        if bracketed and is_reference_like(bracketed.group("body"), strong=True):
            # "... the strongest link. (Reference: Palmqvist-Adu S, ... Euro Surveill. 2024;29(18):2300671.)"
            entries.append(_entry(text, start + bracketed.start("body"), start + bracketed.end("body"), None))
            i += 1
            continue
        stripped = line.strip()
        if (
            # (the forms asked for below hold a bracket or a semicolon, which most lines do not)
            ("(" in line or ";" in line)
            and stripped[:1].isupper()
            and (_VANCOUVER_AUTHOR.match(stripped) or _AUTHOR_START.match(stripped))
            # "Almonte J, Peña C, Reyes D. Soy isoflavones ... Maturitas. 2025;201:108377.": year;volume:pages
            and (_APA_YEAR.search(line) or _STRONG[0].search(line) or _STRONG[1].search(line))
            and is_reference_like(line, strong=True)
        ):
            # "Al-Mansoori, F., Haddad, S., & Varghese, T. (2026). Alternate-day versus ...": a reference printed on
            # its own line under the item it supports, with no label and no list around it
            asides.append(_entry(text, start, end, None))
            i += 1
            continue
        label = _LABEL.match(line) or _DOI_LINE.match(line)
        if label and label.re is _DOI_LINE and i > 0 and is_reference_like(text[lines[i - 1][0] : lines[i - 1][1]]):
            label = None  # the DOI of the reference on the line above, which the trailing list joins to it
        if label and (label.re is _DOI_LINE or is_reference_like(line[label.end() :], strong=True)):
            body_start = start if label.re is _DOI_LINE else start + label.end()
            # A labelled reference with more text after it than before is an aside: the body goes on after it.
            if start >= len(text) - end and not _report_goes_on(text, lines, i + 1):
                best_start = start if best_start is None else min(best_start, start)
            entries.extend(_run_on_entries(text, body_start, end))
        i += 1
    if not entries:
        block = _trailing_block(text, lines)
        if block:
            listed = [aside for aside in asides if aside.start < block[0].start] + list(block)
            return ReferenceList(block[0].start - _marker_width(text, block[0].start), tuple(listed))
        return ReferenceList(None, tuple(asides))
    return ReferenceList(best_start, tuple(sorted(set(entries + asides), key=lambda e: e.start)))


# "Further reading: Lindahl B ... pp. 640–646. · Okonkwo-Shaw, Nnamdi ... 103361.": references run on in one line
_RUN_ON_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def _run_on_entries(text: str, start: int, end: int) -> list[ReferenceEntry]:
    """The references of one labelled line: one entry, or one per piece when each piece is a reference."""
    cuts = [m for m in _RUN_ON_SEPARATOR.finditer(text, start, end)]
    if cuts:
        bounds = [start, *(p for m in cuts for p in (m.start(), m.end())), end]
        pieces = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
        if all(is_reference_like(text[a:b], strong=True) for a, b in pieces):
            return [_entry(text, a, b, None) for a, b in pieces]
    return [_entry(text, start, end, None)]


# A paragraph of the report itself: long, ending as a sentence ends. Bios and notices open with their label.
_PROSE_MIN_WORDS = 20
_NOT_REPORT = re.compile(
    r"(?i)\W*(?:about\b|©|copyright|disclaimer|disclosure|funding|conflicts?\b|this\s+article"
    # a mailing footer: "You are receiving this newsletter because ...", "To unsubscribe, ..."
    r"|you\s+(?:are\s+receiving|received|have\s+received)\s+this|(?:to\s+)?unsubscribe\b)"
)


_TRAILING_IDENTIFIER = re.compile(r"(?i)\s*[(\[]\s*(?:PMID|doi)\b[^()\[\]]*[)\]]\s*$")


def _report_goes_on(text: str, lines: list[tuple[int, int]], first: int) -> bool:
    """A labelled reference after each section of a roundup is an aside when another prose paragraph follows it."""
    for start, end in lines[first:]:
        # ("... no more common after a single visit. (PMID: 97104426)": the paper's number after the prose)
        line = _TRAILING_IDENTIFIER.sub("", text[start:end]).strip()
        if len(line.split()) < _PROSE_MIN_WORDS or not line.endswith((".", '."', ".”", ".)")):
            continue
        if _NOT_REPORT.match(line) or is_reference_like(line):
            continue
        label = _LABEL.match(line)
        if label and is_reference_like(line[label.end() :], strong=True):
            continue  # the next labelled reference
        return True
    return False


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, blank ones included, newline excluded."""
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    if spans and spans[-1][0] == len(text):
        spans.pop()  # the empty remainder after a final newline
    return spans


def is_reference_like(line: str, strong: bool = False) -> bool:
    """A line that reads as a bibliographic reference: a year plus, when strong, a structural cue."""
    # A transcript's timestamp ("[29:09] Ines: ...") is no volume:page.
    line = _TIMESTAMP.sub("", line, count=1) if ":" in line[:12] else line
    without_doi = doi.DOI.sub(" ", line) if "10." in line else line
    dated = _YEAR_RE.search(without_doi) and len(without_doi.strip()) >= 25
    # a paper not yet out has no year: "Midwifery. In press."
    if not dated and not (strong and (doi.DOI.search(line) or _IN_PRESS.search(line))):
        return False
    # a copyright line, also at the end of a footer: "... communications team. (c) 2026 Renal Association."
    if ("©" in line or "(c)" in line or "(C)" in line or "opyright" in line) and _COPYRIGHT.search(line):
        return False
    words = _WORDS.findall(line)
    # Running prose, not a reference, even when a DOI link ends the paragraph ("... (Oduya 2024) https://doi.org/...").
    if len(words) >= 8 and sum(w[0].islower() for w in words) > 0.6 * len(words) and not _has_form(without_doi):
        return False
    if not strong:
        return line.count(",") + line.count(".") >= 2 and not _EVENT_NOTICE.search(line)
    cues = sum(1 for p in _STRONG if p.search(line))
    cues += bool(_ETAL.search(line)) + bool(doi.DOI.search(line)) + bool(_VANCOUVER_AUTHOR.match(line.strip()))
    return cues >= 1 and line.count(",") + line.count(".") >= 3 and not _EVENT_NOTICE.search(line)


def _has_form(line: str) -> bool:
    """Bibliographic form that prose does not have: volume(issue), year;volume, et al., authors, DOI."""
    return (
        any(p.search(line) for p in _STRONG[:5])
        or bool(_ETAL.search(line))
        or bool(doi.DOI.search(line))
        or bool(_VANCOUVER_AUTHOR.match(line.strip()))
        or bool(_APA_YEAR.search(line))
        or bool(_AUTHOR_START.match(line.strip()))
    )


def _is_heading(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    line = text[lines[i][0] : lines[i][1]]
    if len(line) > 60 or len(line.split()) > 6 or not line.strip():
        return False
    return _HEADING_SHAPE.match(line) is not None and _HEADING_WORD.search(line) is not None


def _entries_after(text: str, lines: list[tuple[int, int]], i: int) -> tuple[list[ReferenceEntry], int]:
    found: list[ReferenceEntry] = []
    skipped = 0
    for entry, next_i in _logical_entries(text, lines, i):
        body = text[entry.start : entry.end]
        # "2. RESULTS FROM OUR 2024 SURVEY": the next numbered section in capitals, not another reference, even
        # when the paragraph under it ran on into the entry
        first_line = body.split("\n", 1)[0]
        heading = first_line.isupper() and len(first_line.split()) <= 12
        if not heading and (is_reference_like(body) or (found and entry.marker and _next_numbered_entry(body))):
            found.append(entry)
        elif found or skipped >= 2:
            return _with_strong_entry(text, found), next_i
        elif len(body.split()) >= _PROSE_MIN_WORDS:
            # "Notes / 1. The quit app. A trial in Jordan enrolled 1,018 ...": a podcast's show notes, the report
            # itself under a heading that can also open a bibliography
            return [], next_i
        else:
            skipped += 1
        i = next_i
    return _with_strong_entry(text, found), len(lines)


def _next_numbered_entry(body: str) -> bool:
    """A numbered entry after a reference is one too when it is dated or identified, in any shape; a note to
    editors after it is not ("2. Addiction is a monthly journal, first published in 1884.", "3. Interviews: Dr X is
    available on 15 and 16 April.")."""
    # (titles run in lower case as prose does: "2) Codou (Y.), Paysage religieux et habitat rural ..., 2003"; the
    # year is what tells them apart, set off by punctuation as prose does not set it off)
    return bool(_LISTED_YEAR.search(body) or doi.DOI.search(body) or _IN_PRESS.search(body) or "PMID" in body)


def _with_strong_entry(text: str, found: list[ReferenceEntry]) -> list[ReferenceEntry]:
    """A heading only opens a reference list if at least one entry is unmistakably a reference."""
    if any(is_reference_like(text[e.start : e.end], strong=True) for e in found):
        return found
    return []


def _logical_entries(text: str, lines: list[tuple[int, int]], i: int):
    """Entries from line i on, as (entry, index of the line after it); wrapped lines are joined."""
    current: ReferenceEntry | None = None
    numbered = False
    gap = False
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        if not line.strip() or _RULE.match(line):
            gap = True
            i += 1
            continue
        marker = _MARKER.match(line)
        # A numbered entry wraps onto unmarked lines; one that has no year yet cannot have ended, even at a full
        # stop ("1. Lund M. Title of the paper.\nJournal. 2024;8:44-52.").
        wrapped = (
            numbered
            and current is not None
            and (
                not _COMPLETE.search(text, current.start, current.end)
                or not _YEAR_RE.search(text, current.start, current.end)
            )
        )
        if current is not None and not gap and marker is None and _continues(line, wrapped):
            current = _entry(text, current.start, end, current.marker)
            i += 1
            continue
        if current is not None:
            yield current, i
        body_start = start + (marker.end() if marker else 0)
        # (matched on the line itself: the pattern's "^" holds only at the start of the string it is given)
        label = _LABEL.match(text[body_start:end])
        if label:
            body_start += label.end()
        numbered = marker is not None and not marker.group(4)
        current = _entry(text, body_start, end, _marker_text(marker))
        gap = False
        i += 1
    if current is not None:
        yield current, len(lines)


def _continues(line: str, wrapped: bool) -> bool:
    """Whether an unmarked line continues the entry above rather than starting a new one."""
    if _LABEL.match(line):
        return False
    if _IDENTIFIER_LINE.match(line):
        return True  # "doi: 10..." or "PMID: 123" on its own line under an entry
    return wrapped or line[:1].isspace() or line.lstrip()[:1].islower()


def _trailing_block(text: str, lines: list[tuple[int, int]]) -> list[ReferenceEntry]:
    """A list with no heading made of references: numbered, bulleted or one per line.

    Blank lines may separate entries. Late in the text one strong entry is enough ("1. Kutner JS, ...
    Annals of Internal Medicine 2008 | Volume 149"); earlier, a run of three strong entries is needed so a
    numbered list of findings in the body is not taken for a bibliography.
    """
    blocks: list[list[tuple[ReferenceEntry, bool]]] = [[]]
    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            continue
        if blocks[-1] and _IDENTIFIER_LINE.match(line):  # "doi.org/10..." on the line under an entry
            last, strong = blocks[-1][-1]
            blocks[-1][-1] = (_entry(text, last.start, end, last.marker), strong)
            continue
        marker = _MARKER.match(line)
        body = line[marker.end() :] if marker else line
        if "(" in body and ":" in body and _IN_BRACKETS.search(body):
            if blocks[-1]:
                blocks.append([])
            continue  # a paragraph of the report that ends with its reference in brackets: prose, not a list entry
        if is_reference_like(body):
            strong = is_reference_like(body, strong=True)
            if strong or marker or blocks[-1]:
                entry = _entry(text, start + (marker.end() if marker else 0), end, _marker_text(marker))
                blocks[-1].append((entry, strong))
                continue
        if blocks[-1]:
            blocks.append([])
    # (Late: in the second half. Earlier, a reference with the report going on after it is an aside in the body.)
    cutoff = len(text) // 2
    for block in blocks:
        strong = sum(1 for _, is_strong in block if is_strong)
        if not strong or strong * 2 < len(block):
            continue
        if strong >= 3:
            return [entry for entry, _ in block]
        if block[0][0].start >= cutoff and not _next_item_follows(text, lines, block[-1][0].end):
            return [entry for entry, _ in block]
    return []


_RESEARCH_WORD = re.compile(
    r"(?i)\b(?:stud(?:y|ies)|trials?|research|survey|data|review|analys[ie]s|followed|tracked|participants|volunteers)\b"
)
# A roundup's numbered section heading: "3. What our own data say about streaks" (an unnumbered heading after a
# late reference measured no better on the held-out sets, so it is left to end the body)
# ("3. How common is weight cutting?": a question may title the item)
_NUMBERED_HEADING = re.compile(r"\s*\d{1,2}[.)]\s+[A-Z][^.!?]{2,80}\??$")
_COMMENT_LINES = 2


def _next_item_follows(text: str, lines: list[tuple[int, int]], after: int) -> bool:
    """A roundup's next numbered item ("3. What our own data say about streaks") after a section's own reference,
    with the report going on under it: that reference is an aside, not the start of a bibliography."""
    following = [k for k, (start, _) in enumerate(lines) if start > after and text[start : lines[k][1]].strip()]
    # the next item's heading, perhaps after a line or two of the outlet's own comment on this one ("Our take: ...")
    first = next((k for k in following[: _COMMENT_LINES + 1] if _NUMBERED_HEADING.match(text, *lines[k])), None)
    if first is None:
        return False
    end = lines[first][1]
    if not _report_goes_on(text, lines, first + 1):
        return False
    # (an item about research, not "2. Rent and service charges" in a newsletter)
    item_end = next(
        (lines[k][0] for k in following if k > first and _NUMBERED_HEADING.match(text, *lines[k])), len(text)
    )
    return _RESEARCH_WORD.search(text, end, item_end) is not None


def _entry(text: str, start: int, end: int, marker: str | None) -> ReferenceEntry:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return ReferenceEntry(start, end, marker)


def _marker_text(marker: re.Match[str] | None) -> str | None:
    if marker is None or marker.group(4):
        return None
    return marker.group(0).strip().rstrip(".")


def _marker_width(text: str, entry_start: int) -> int:
    line_start = text.rfind("\n", 0, entry_start) + 1
    return entry_start - line_start
