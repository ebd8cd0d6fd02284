"""One reference string to its fields: authors, year, title, journal, volume, issue, pages, doi, pmid.

The parse runs in four steps that hold across Vancouver, AMA, APA, Harvard, Nature, ACS, IEEE, MLA and
French styles: identifiers (DOI, PMID) are lifted out first; the author list is scanned token by token
until a title word, a quote, a year or "et al." ends it; the numeric "locator" (volume, issue, pages,
dates) is read backwards from the end; what lies between is the title and the journal, split at the
sentence boundary after which the rest looks like a journal name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extract.doi import ANY_DOI, clean_doi
from pipelines.extract.journal_names import ABBREVIATION_WORDS, JOURNAL_HEAD_WORDS
from pipelines.extract.name_particles import PARTICLES
from pipelines.extract.reference_locator import Locator, parse_locator, split_locator
from pipelines.model import Citation
from pipelines.pictographs import PICTOGRAPHS

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DOI_LABEL_LEFT = re.compile(r"(?i)\bdoi\s*:?\s*(?=[.,;]?\s*$)")
_PMID = re.compile(r"(?i)\[?\bPMID\s*:?\s*(\d{4,9})\]?")
# Trailing matter that is not part of the bibliographic record.
# Matter that is not part of the bibliographic record, each pattern with the cheap substrings that must be
# present for it to apply (checked on the lowercased string), so most references skip most patterns.
_NOISE = [
    (("pmc",), re.compile(r"(?i)\[?\bPMCID\s*:?\s*PMC\d+\]?")),
    (("pubmed",), re.compile(r"(?i)\bPubMed\b(?:\s*\[[^\]]*\])?")),
    (
        ("[",),
        re.compile(
            r"(?i)\[(?:Google Scholar|CrossRef|Ref list|Abstract|Full text|Free full text|PMC free article|"
            r"Link|Web of Science|Scopus)\]"
            # a publication status flag: "[RETRACTED]", "[Corrected]", "[Erratum in ...]"
            r"|\[(?:retracted|retraction(?:\s+in\b[^\]]*)?|corrected|correction|erratum(?:\s+in\b[^\]]*)?"
            r"|expression\s+of\s+concern|withdrawn)\]"
        ),
    ),
    (
        ("online", "print", "press", "advance"),
        re.compile(
            r"(?i)\b(?:published online(?: first)?|online ahead of print|ahead of print|in press|"
            r"advance online publication)\b[:.]?"
        ),
    ),
    (("impact factor",), re.compile(r"(?i)(?:\bJCR\b[^.]*?)?impact factor\s*:?\s*[\d.]+")),
    (("epub",), re.compile(r"(?i)\bEpub\b.*$")),
    (("http", "www."), re.compile(r"(?i)\bhttps?://\S+|\bwww\.\S+")),
    (
        ("available", "retrieved", "accessed"),
        re.compile(r"(?i)\b(?:Available (?:at|from|online)|Retrieved from|Accessed)\b:?"),
    ),
    (("*", "†", "‡", "§", "_"), re.compile(r"[*†‡§]+(?=\s|$)|(?<!\w)[*_]+(?=\w)|(?<=[\w.,])[*_]+(?!\w)")),
    (("<",), re.compile(r"</?\w+>")),
    (("nihms",), re.compile(r"(?i)\bNIHMSID\s*:?\s*NIHMS\d+|\bNIHMS\d+")),
    (("/", "[", "]", "|"), re.compile(r"(?<!\S)[/\[\]|]+(?!\S)")),
]
_SPACES = re.compile(r"\s+")
_YEAR_AFTER_AUTHORS = re.compile(
    rf"\s*[.,;]?\s*(?:\((?P<paren>[^()]{{0,20}}?\b(?P<y1>{YEAR})[a-z]?\b[^()]{{0,12}})\)|(?P<y2>{YEAR})[a-z]?(?![\d\w-]))"
    r"\s*[.,:;]?"
)
_ANY_YEAR = re.compile(rf"(?<![\d\-–‑—/])({YEAR})(?![\d\-–‑—/])")
# ': A qualitative study of ...' right after a closing quote: the quote was only the first part of the title.
_SUBTITLE_AFTER_QUOTE = re.compile(r":\s*[A-Za-z]")
_QUOTES = {'"': '"', "“": "”", "”": "”", "«": "»", "‘": "’", "'": "'", "„": "“"}
_JOINED_PARTICLES = frozenset({"al", "el", "ul", "bin", "ibn", "d", "de", "da", "di", "o"})
_JOINED_NAME = re.compile(r"([a-z]+)[-'’][A-Z][\w'’-]*")
# All-caps particles that are never initials ("DE HEERING", "VAN DEN HOOGEN"); "DA", "LE", "AL" can be.
_UPPER_PARTICLES = frozenset({"DE", "VAN", "VON", "DEN", "DER", "DEL", "DELLA", "TEN", "TER", "DOS", "DAS"})
_CONNECTORS = frozenset({"and", "et", "y", "und", "a", "e", "&"})
_AUTHOR_TOKEN = re.compile(
    r"(?P<etal>\bet\.?\s*al(?:l|ii)?\b\.?)"
    r"|(?P<yearparen>\((?=[^()]{0,20}\b" + YEAR + r"\b)[^()]{0,32}\))"
    r"|(?P<paren>\([^()]{0,12}\))"
    r"|(?P<quote>[\"“”«„]|(?<!\w)['‘])"
    r"|(?P<num>\d+)"
    r"|(?P<sep>[,;&])"
    r"|(?P<colon>:)"
    r"|(?P<word>[^\W\d_][^\s,;:()\"“”«»&]*)"
)
_INITIALS = re.compile(r"(?:[A-Z](?:\.-?|-|\b)\s?){1,4}\.?|[A-Z]\.?-[a-z]\.?|(?:[A-Z]\.){1,3}[a-z]?\.?|[A-Z]{1,3}\.?")
_BOUNDARY = re.compile(r"([.?!])[\"”’']?\s+(?=\S)")
_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")
_SEGMENT_STOPWORDS = frozenset("of and the in for on de des du la le et für und y an to at a & d l".split())
_ORGANIZATION = re.compile(
    r"\b(?:Clinic|Institutes?|Associations?|Organi[sz]ations?|Foundation|Society|Cent(?:er|re)s?|Agency|Department|"
    r"Ministry|University|Council|Services?|College|Academy|Hospital|Administration|Commission|Collaboration|"
    r"Consortium|Network|Trust|Board|Office|Group|NHS|CDC|NIH|NICE|WHO)\b"
)
_ORGANIZATION_AUTHOR = re.compile(
    r"((?:The\s+)?[A-Z][\w&'’-]*(?:\s+(?:for|of|and|on|the|&|in|[A-Z][\w&'’-]*|\([A-Z]{2,8}\)))*)\s*(?:[.,]\s+|(?=\s*\())"
)


# Vancouver authors: "Marr E, Thistlewood D," or "Harcourt JA, et al." (two names, or one and "et al").
_VANCOUVER_AUTHORS = (
    r"[A-Z][\w'’-]+(?:[\s-][A-Z][a-z][\w'’-]*)?\s+[A-Z]{1,3},\s+(?:et\s+al\b|[A-Z][\w'’-]+(?:[\s-][A-Z][a-z][\w'’-]*)?"
    r"\s+[A-Z]{1,3}[,.])"
)
# A show-notes or reading-list label before the reference: "PRIMA-3 randomised trial. Harcourt J, Bellamy S, ..."
_LEAD_IN = re.compile(r"(?P<label>[^.]{3,100}?)\.\s+(?=" + _VANCOUVER_AUTHORS + ")")
_STARTS_WITH_AUTHORS = re.compile(_VANCOUVER_AUTHORS)
_ONE_AUTHOR = re.compile(r"[A-Z][\w'’-]+(?:[\s-][A-Z][a-z][\w'’-]*)?\s+[A-Z]{1,3}")


def parse_reference(raw: str) -> Citation:
    """Fields of one reference string; fields that cannot be read stay None."""
    fields = Citation(raw=raw)
    work = _lift_identifiers(raw, fields)
    work = _SPACES.sub(" ", _remove_noise(work)).strip(" .,;")
    if not work:
        return fields
    lead_in = _LEAD_IN.match(work)
    if lead_in and not _STARTS_WITH_AUTHORS.match(work) and not _ONE_AUTHOR.fullmatch(lead_in.group("label")):
        work = work[lead_in.end() :]
    organization = _organization_first(work)
    authors_end, rest_start, author_text = organization or _scan_authors(work)
    fields.authors = [author_text] if organization else _split_authors(author_text)
    fields.first_author = surname(fields.authors[0]) if fields.authors else None
    year = _YEAR_AFTER_AUTHORS.match(work, rest_start)
    if year and authors_end > 0:
        fields.year = int(year.group("y1") or year.group("y2"))
        rest_start = year.end()
    rest = work[rest_start:].strip(" .,;:–—-")
    title, after_title = _take_quoted_title(rest)
    subtitle = title is not None and _SUBTITLE_AFTER_QUOTE.match(after_title) is not None
    body, locator_text = split_locator(after_title if title is not None and not subtitle else rest)
    if title is None or subtitle:
        # '"A quoted phrase": the rest of the title. Journal' -- the quote opens the title, it is not all of it.
        title, journal = _split_title_journal(body)
    else:
        journal = _clean_journal(body)
    fields.title = _clean_title(title)
    fields.journal = journal
    locator = parse_locator(locator_text) if locator_text else Locator()
    fields.volume, fields.issue, fields.pages = locator.volume, locator.issue, locator.pages
    if fields.year is None:
        fields.year = locator.year if locator.year is not None else _fallback_year(work, fields.title)
    _organization_as_author(fields, work)
    return fields


def surname(author: str) -> str | None:
    """The family name in one author string: "Smith, J." / "J. Smith" / "Kurth AE" / "ALLEN (J.P.)"."""
    author = re.sub(r"\([^()]*\)", " ", author).strip(" .,;")
    if not author:
        return None
    if _ORGANIZATION.search(author) and not any(_is_initials(w) for w in author.split()):
        return author
    if "," in author:
        head = author.split(",")[0].strip()
        return head or None
    words = author.split()
    names = [w for w in words if not _is_initials(w)]
    if not names:  # "LEE J": an all-caps surname short enough to pass for initials
        return words[0].strip(".") if words and len(words[0].strip(".")) > 1 else (words[-1].strip(".") or None)
    if _is_initials(words[0]) or len(names) == 1 or _is_initials(words[-1]):
        # "J. Smith", "AM Trinkoff", "Kurth AE": the non-initial words, particles kept; "Delgado Ferrer L",
        # "Figueiredo de Lima A": a double surname before the initials is the surname whole
        return " ".join(names).strip(".")
    # "Gary B Huang", "Pieter Blue", "Ludwig van Beethoven": the last word with any particles before it.
    last = len(names) - 1
    while last > 0 and names[last - 1].lower() in PARTICLES:
        last -= 1
    return " ".join(names[last:]).strip(".")


def _remove_noise(work: str) -> str:
    if not work.isascii():
        work = PICTOGRAPHS.sub(" ", work)  # "📄 Raman P, ...", "🔗 doi.org/..."
    lowered = work.lower()
    for triggers, pattern in _NOISE:
        if any(t in lowered for t in triggers):
            work = pattern.sub(" ", work)
    return work


def _lift_identifiers(raw: str, fields: Citation) -> str:
    work = raw
    doi = ANY_DOI.search(work) if "10." in work else None
    if doi:
        fields.doi = clean_doi(doi.group(1))
        work = work[: doi.start()] + " " + work[doi.start() + len(doi.group(0)) :]
    pmid = _PMID.search(work) if "pmid" in work.lower() else None
    if pmid:
        fields.pmid = pmid.group(1)
        work = work[: pmid.start()] + " " + work[pmid.end() :]
    if "doi" in work.lower():
        work = _DOI_LABEL_LEFT.sub(" ", work)
    return work


@lru_cache(maxsize=8192)
def _is_initials(word: str) -> bool:
    word = word.strip(",;")
    if word.lower() in PARTICLES and (not word.isupper() or word in _UPPER_PARTICLES):
        return False
    return bool(word) and _INITIALS.fullmatch(word) is not None


def _scan_authors(work: str) -> tuple[int, int, str]:
    """End of the author list, start of what follows, and the author text; (0, 0, "") when none is found."""
    last_boundary = 0  # offset just after the last ". " or "," seen inside the author list
    words_seen = 0
    for token in _AUTHOR_TOKEN.finditer(work):
        kind = token.lastgroup
        if kind == "etal":
            return token.end(), token.end(), work[: token.end()]
        if kind in ("yearparen", "num", "quote", "colon"):
            if kind == "num" and not re.fullmatch(YEAR, token.group(0)):
                return _cut(work, last_boundary)
            end = token.start()
            rest = token.end() if kind == "colon" else token.start()
            if not words_seen:
                return 0, 0, ""
            if kind in ("num", "yearparen"):
                trimmed = _drop_trailing_non_authors(work[:end].rstrip(" ,;"))
                if len(trimmed) < len(work[:end].rstrip(" ,;")):
                    return len(trimmed), len(trimmed), trimmed
            return end, rest, work[:end]
        if kind == "sep":
            last_boundary = token.end()
            continue
        if kind == "paren":
            continue
        word = token.group(0)
        bare = word.rstrip(".")
        # ("al-Masri", "el-Sayed", "d'Souza": a particle joined to its capitalised name is part of an author's name;
        # "d’isolement" in a French title is not)
        joined = _JOINED_NAME.fullmatch(bare)
        if (
            bare[:1].islower()
            and bare.lower() not in PARTICLES
            and bare.lower() not in _CONNECTORS
            and not (joined and joined.group(1).lower() in _JOINED_PARTICLES)
        ):
            return _cut(work, last_boundary)
        words_seen += 1
        if word.endswith(".") and ((len(bare) > 1 and not _is_initials(bare)) or _is_initials(bare)):
            last_boundary = token.end()
    return 0, 0, ""


def _organization_first(work: str) -> tuple[int, int, str] | None:
    """ "Centers for Disease Control and Prevention. (2020). ...": a corporate author before the first period."""
    match = _ORGANIZATION_AUTHOR.match(work)
    if not match or not _ORGANIZATION.search(match.group(1)):
        return None
    return match.end(1), match.end(1), match.group(1)


def _cut(work: str, boundary: int) -> tuple[int, int, str]:
    """The author list ends at a boundary; drop trailing chunks that break the list's initials style."""
    if boundary == 0:
        return 0, 0, ""
    authors = work[:boundary].rstrip(" ,;.")
    chunks = [c.strip() for c in re.split(r"[,;]", authors) if c.strip()]
    if chunks and _initials_after_surname(chunks):
        # Vancouver/APA lists: every person carries initials, so a sentence after the last initials that
        # has none ("Smith J, Jones K. Diet, ...") is the title.
        for dot in re.finditer(r"\.\s+", authors):
            tail = authors[dot.end() :]
            tail_chunks = [c.strip() for c in re.split(r"[,;]", tail) if c.strip()]
            no_initials = not any(_is_initials(w) for c in tail_chunks[:2] for w in c.split())
            if tail_chunks and no_initials and not re.match(r"(?i)et\.?\s*al", tail):
                boundary = dot.end()
                authors = work[:boundary].rstrip(" ,;.")
                break
    return len(authors), boundary, authors


def _initials_after_surname(chunks: list[str]) -> bool:
    """Vancouver "Smith J" or APA "Smith, J." lists, where a chunk with no initials cannot be a person."""
    first = chunks[0].split()
    if len(first) >= 2 and _is_initials(first[-1]) and not _is_initials(first[0]):
        return True
    return len(chunks) > 1 and len(first) == 1 and all(_is_initials(w) for w in chunks[1].split())


def _drop_trailing_non_authors(author_text: str) -> str:
    """ "E. Garnett, P. Yang, Nano Lett." before a year: chunks without initials after initialled ones."""
    chunks = author_text.split(",")
    if len(chunks) < 3:
        return author_text
    initialled = [any(_is_initials(w) for w in c.split()) for c in chunks]
    if not (initialled[0] or initialled[1]) or sum(initialled) < 2:
        return author_text
    keep = len(chunks)
    while keep > 1 and not initialled[keep - 1] and len(chunks[keep - 1].split()) >= 2:
        keep -= 1
    return ",".join(chunks[:keep])


def _split_authors(author_text: str) -> list[str]:
    text = re.sub(r"(?i)\bet\.?\s*al(?:l|ii)?\b\.?", " ", author_text).strip(" ,;.")
    if not text:
        return []
    parts = [p.strip(" .") for p in re.split(r"\s*(?:;|&|\band\b|\bet\b)\s*", text) if p.strip(" .,")]
    people: list[str] = []
    for part in parts:
        chunks = [c.strip() for c in part.split(",") if c.strip()]
        i = 0
        while i < len(chunks):
            chunk = chunks[i]
            # "Smith, J." (APA/Harvard): surname chunk followed by an initials-only chunk.
            if (
                i + 1 < len(chunks)
                and all(_is_initials(w) or w.lower() in PARTICLES for w in chunks[i + 1].split())
                and not any(_is_initials(w) for w in chunk.split())
            ):
                people.append(f"{chunk}, {chunks[i + 1]}")
                i += 2
                continue
            if (
                i + 1 < len(chunks)
                and len(chunk.split()) == 1
                and len(chunks[i + 1].split()) <= 3
                and not any(_is_initials(w) for w in chunk.split())
                and i == 0
                and len(chunks) == 2
            ):
                people.append(f"{chunk}, {chunks[i + 1]}")  # "Russell, Alison"
                i += 2
                continue
            people.append(chunk)
            i += 1
    return [p for p in people if p]


def _take_quoted_title(rest: str) -> tuple[str | None, str]:
    """A title in quotes and what follows it; the remainder keeps a leading ':' that joins a subtitle."""
    if not rest or rest[0] not in _QUOTES:
        return None, rest
    close = _QUOTES[rest[0]]
    if close == "'":
        match = re.compile(r"'(?=[\s,.;:]|$)").search(rest, 1)
        end = match.start() if match else -1
    else:
        end = rest.find(close, 1)
        if end < 0 and close == "”":
            end = rest.find('"', 1)
    if end < 0:
        return None, rest
    after = rest[end + 1 :].strip(" .,;")
    return rest[1:end], after if _SUBTITLE_AFTER_QUOTE.match(after) else after.strip(" :")


def _split_title_journal(body: str) -> tuple[str | None, str | None]:
    body = body.strip(" .,;:")
    if not body:
        return None, None
    periods, marks = [], []
    for match in _BOUNDARY.finditer(body):
        if match.group(1) == ".":
            word = re.search(r"([^\s.]+)\.?$", body[: match.start()])
            before = word.group(1).lower() if word else ""
            if before in ABBREVIATION_WORDS or len(before) == 1 or before in {"vs", "e.g", "i.e", "no", "st", "dr"}:
                continue
            periods.append(match)
        else:
            marks.append(match)
    for group in (periods, marks):
        for match in group:
            if _looks_like_journal(body[match.end() :]):
                return body[: match.end()].strip(), _clean_journal(body[match.end() :])
    boundaries = sorted(periods + marks, key=lambda m: m.start())
    if boundaries:
        last = boundaries[-1]
        return body[: last.end()].strip(), _clean_journal(body[last.end() :])
    # No sentence boundary: "Title, Journal" (IEEE/Harvard without quotes) or a journal alone.
    comma = re.search(r",\s*(?:[Ii]n:?\s+)?([^,]+)$", body)
    if comma and _looks_like_journal(comma.group(1)) and len(_WORD.findall(body[: comma.start()])) >= 3:
        return body[: comma.start()], _clean_journal(comma.group(1))
    if _looks_like_journal(body) and len(body.split()) <= 6:
        return None, _clean_journal(body)
    return body, None


def _looks_like_journal(segment: str) -> bool:
    segment = re.sub(r"^(?:[Ii]n:?\s+)", "", segment.strip())
    words = _WORD.findall(segment)
    if not words or len(words) > 14:
        return False
    if words[0].lower().rstrip(".") in JOURNAL_HEAD_WORDS:
        return True
    content = [w for w in words if w.lower() not in _SEGMENT_STOPWORDS]
    if not content:
        return False
    lower = sum(1 for w in content if w[0].islower())
    return lower == 0 or (len(content) >= 3 and lower <= 1)


def _clean_journal(journal: str | None) -> str | None:
    if journal is None:
        return None
    journal = re.sub(r"^(?:[Ii]n:?\s+)", "", journal.strip())
    journal = journal.strip(" .,;:")
    return journal or None


def _clean_title(title: str | None) -> str | None:
    if title is None:
        return None
    title = title.strip()
    opening = title[:1]
    # Quotes that wrap the whole title go; a quoted phrase that opens a longer title keeps its pair.
    if not (opening in _QUOTES and _QUOTES[opening] in title[1:-1] and _SUBTITLE_AFTER_QUOTE.search(title)):
        title = title.strip("\"“”«»'‘’").strip()
    title = re.sub(r"[.,;:\s]+$", "", title)
    return title or None


def _fallback_year(work: str, title: str | None) -> int | None:
    scope = work.replace(title, " ") if title else work
    match = _ANY_YEAR.search(scope)
    return int(match.group(1)) if match else None


def _organization_as_author(fields: Citation, work: str) -> None:
    """Web sources written "Page title, Organization, date": the organization is the author."""
    if any(_is_initials(w) for a in fields.authors for w in a.replace(",", " ").split()):
        return
    chunks = [c.strip() for c in work.split(",")]
    for i, chunk in enumerate(chunks[1:4], start=1):
        if _ORGANIZATION.search(chunk) and len(chunk.split()) <= 6 and not re.search(r"\d", chunk):
            fields.first_author = chunk.strip(" .")
            fields.authors = [fields.first_author]
            fields.title = ", ".join(chunks[:i]).strip(' ."“”') or None
            return
