"""Reference lists and inline journal mentions to Citation records.

The list entries become citations of kind "reference"; journal mentions in the body ("published in
JAMA in 2016 ... led by Daniel Cherkin") become "inline" citations unless they name a paper the list
already holds, in which case they are merged into that entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.extract.diacritics import without_diacritics
from pipelines.extract.identifier_citations import IdentifierMention, find_identifier_mentions
from pipelines.extract.inline_citations import (
    InlineMention,
    find_bracketed_references,
    find_inline_mentions,
    journals_match,
    lead_author_and_year,
)
from pipelines.extract.reference_fields import parse_reference, surname
from pipelines.extract.reference_list import ReferenceEntry, find_reference_list
from pipelines.extract.reference_metadata import MetadataBlock, find_metadata_block
from pipelines.extract.relative_dates import ArticleDate
from pipelines.extract.sentences import SentenceIndex
from pipelines.model import Citation


@dataclass
class CitationsFound:
    citations: list[Citation] = field(default_factory=list)
    # Offset where the reference list starts (its heading or first entry); None when there is none.
    reference_start: int | None = None
    # Offset where the reference list's last entry ends, when the article goes on after it.
    reference_end: int | None = None


def extract_citations(text: str, index: SentenceIndex, published: ArticleDate | None = None) -> CitationsFound:
    try:
        reference_list = find_reference_list(text)
        metadata = find_metadata_block(text)
    except Exception:  # a malformed article must never stop the extraction
        return CitationsFound()
    citations = [c for c in (_from_entry(text, index, entry) for entry in reference_list.entries) if not _is_prose(c)]
    reference_start = reference_list.start
    if metadata is not None and not any(c.doi and c.doi.lower() == (metadata.doi or "").lower() for c in citations):
        citations.append(_from_metadata(text, index, metadata))
        if metadata.start >= len(text) - metadata.end:  # a trailing block, like a reference list
            reference_start = metadata.start if reference_start is None else min(reference_start, metadata.start)
    body_end = reference_start if reference_start is not None else len(text)
    body = [s for s in index.sentences if s.end <= body_end]
    for mention in find_bracketed_references(body) + find_inline_mentions(body, published):
        _merge_or_add(citations, mention, text, index)
    for identifier in find_identifier_mentions(body):
        _add_identifier(citations, identifier, text, index, published)
    reference_end = max(e.end for e in reference_list.entries) if reference_list.entries else None
    if reference_end is None or reference_start is None or reference_start != reference_list.start:
        reference_end = None  # (a trailing metadata block, or no list: nothing after it is body text)
    return CitationsFound(citations=citations, reference_start=reference_start, reference_end=reference_end)


# "Study: doi.org/10...", "Read the preprint: https://doi.org/...": the link to the paper the article reports
_STUDY_LINK_LINE = re.compile(
    r"(?i)^\W*(?:(?:read|see|view|access)\s+(?:the\s+)?(?:full\s+)?)?(?:study|paper|preprint|research\s+paper"
    r"|journal\s+article|original\s+(?:study|paper|research))\s*[:–—-]\s*"
)

# "The paper is now online. You can read it here: doi.org/...": a pointer to the paper the story is about
_OWN_PAPER_LINK = re.compile(
    r"(?i)\b(?:the|our)\s+(?:full\s+)?(?:paper|study|report)\s+(?:is|has\s+been)\s+(?:now\s+)?(?:online|available"
    r"|published)\b|\bread\s+(?:it|the\s+(?:full\s+)?(?:paper|study|report))\s+(?:here|online|in\s+full)\b"
)

_OWN_PAPER = re.compile(
    r"(?i)\W*(?:the|this|our)\s+(?:new\s+|full\s+)?(?:study|trial|results|findings|paper|research)\b"
)

# "Read the review: ...", "Full trial report: ...": a link to the paper of the kind the section just told
_NAMED_LINK_LINE = re.compile(
    r"(?i)^\W*(?:(?:read|see|view|access)\s+(?:the\s+)?(?:full\s+)?)?(?:review|meta-analysis|trial(?:\s+report)?"
    r"|report|survey|case\s+report|abstract)\s*[:–—-]\s*"
)


def _add_identifier(
    citations: list[Citation],
    found: IdentifierMention,
    text: str,
    index: SentenceIndex,
    published: ArticleDate | None = None,
) -> None:
    """A DOI or PubMed number in the body is a citation of its own unless a citation already carries it."""
    for citation in citations:
        if (found.doi and citation.doi and citation.doi.lower() == found.doi.lower()) or (
            found.pmid and citation.pmid == found.pmid
        ):
            return
    line_start = text.rfind("\n", 0, found.start) + 1
    if _NAMED_LINK_LINE.match(text[line_start : found.start + 1]):
        # "Read the review: https://doi.org/...", under the section about that review: the paper told just before
        before = _paper_told_just_before(citations, found.start, text)
        if before is not None:
            before.doi = before.doi or found.doi
            before.pmid = before.pmid or found.pmid
            return
    if _STUDY_LINK_LINE.match(text[line_start : found.start + 1]):
        # a labelled link to "the study" completes the article's first inline mention that has no identifier
        lead = next((c for c in citations if c.kind == "inline" and not c.doi and not c.pmid), None)
        if lead is not None:
            lead.doi = lead.doi or found.doi
            lead.pmid = lead.pmid or found.pmid
            return
    if _OWN_PAPER_LINK.search(text, line_start, found.start):
        # "the paper is now online": the story's own paper, when one mention tells it ("The results, published in")
        own = [
            c
            for c in citations
            if c.kind == "inline" and not c.doi and not c.pmid and c.evidence and _OWN_PAPER.match(c.evidence.sentence)
        ]
        lead = own[0] if len(own) == 1 else None
        if lead is not None:
            lead.doi = lead.doi or found.doi
            lead.pmid = lead.pmid or found.pmid
            return
    if _identifier_alone(text, line_start, found):
        # "(Reference: PubMed ID 98314562)" on a line of its own, after the paragraphs about one paper
        before = _paper_told_just_before(citations, found.start, text)
        if before is not None:
            before.doi = before.doi or found.doi
            before.pmid = before.pmid or found.pmid
            return
    evidence = index.evidence(found.start, found.end)
    # "A 2024 meta-analysis led by Dr Arash Tehrani pooled 21 studies (doi.org/...)": the sentence names the paper
    author, year = lead_author_and_year(evidence.sentence, published)
    citations.append(
        Citation(
            raw=text[found.start : found.end],
            first_author=author if year else None,
            authors=[author] if author and year else [],
            year=year if author else None,
            doi=found.doi,
            pmid=found.pmid,
            kind="inline",
            evidence=evidence,
        )
    )


_KIND_LABEL = re.compile(r"(?i)\b(?:review|meta-analysis|trial|survey|analysis|audit|findings)\b")
# A short line of its own with no closing stop: a section heading
_HEADING_LINE = re.compile(r"\n[ \t]*(?:#+[ \t]*)?[A-Z][^\n.!?:]{2,70}[ \t]*\n")
_LABEL_WORD = re.compile(r"[^\W\d_]+")
_MAX_LABEL_WORDS = 4  # "(Reference: PubMed ID ...)", "Read the paper here: ..."
_PAPER_WINDOW = 2500  # characters back from the identifier in which the paper it belongs to must be told


# A line that gives the reference of what was just said ("(Reference: PubMed ID ...)", "Source: PMID ..."), unlike a
# call to read "the study", which points to the article's own
_REFERENCE_LABEL = re.compile(r"(?i)[\W_]*(?:references?|ref\b|sources?|citation|pubmed|pmid|doi)")


def _identifier_alone(text: str, line_start: int, found: IdentifierMention) -> bool:
    line_end = text.find("\n", found.end)
    rest = text[line_start : found.start] + text[found.end : len(text) if line_end < 0 else line_end]
    return _REFERENCE_LABEL.match(text, line_start) is not None and len(_LABEL_WORD.findall(rest)) <= _MAX_LABEL_WORDS


def _paper_told_just_before(citations: list[Citation], offset: int, text: str) -> Citation | None:
    """The inline mention nearest before an offset when it has no identifier, and no other citation and no heading
    stands between ("Flight socks on long-haul flights" opens another section, whose link is its own paper's)."""
    told = [c for c in citations if c.evidence is not None and c.evidence.start < offset]
    if not told:
        return None
    nearest = max(told, key=lambda c: c.evidence.start)
    if nearest.kind != "inline" or nearest.doi or nearest.pmid or offset - nearest.evidence.start > _PAPER_WINDOW:
        return None
    if _HEADING_LINE.search(text, nearest.evidence.end, offset):
        return None
    return nearest


# A numbered note that is a sentence, not a reference: "3. Since 2019, 9 child passengers have been injured ..."
_NOT_AN_AUTHOR = frozenset(
    "since in on at after before during from until by for over the a an this that these those our we it there".split()
)


def _is_prose(citation: Citation) -> bool:
    author = (citation.first_author or "").lower()
    return author in _NOT_AN_AUTHOR and not citation.doi and not citation.pmid


def _from_entry(text: str, index: SentenceIndex, entry: ReferenceEntry) -> Citation:
    raw = text[entry.start : entry.end]
    try:
        citation = parse_reference(raw)
    except Exception:  # keep the raw entry even when its fields cannot be read
        citation = Citation(raw=raw)
    citation.marker = entry.marker
    citation.evidence = index.evidence(entry.start, entry.end)
    return citation


def _from_metadata(text: str, index: SentenceIndex, block: MetadataBlock) -> Citation:
    authors = [a.strip() for a in re.split(r"[,;]|\band\b", block.values.get("authors", "")) if a.strip()]
    return Citation(
        raw=text[block.start : block.end],
        first_author=surname(authors[0]) if authors else None,
        authors=authors,
        year=block.year,
        title=block.values.get("title"),
        journal=block.values.get("journal"),
        doi=block.doi,
        evidence=index.evidence(block.start, block.end),
    )


def _merge_or_add(citations: list[Citation], mention: InlineMention, text: str, index: SentenceIndex) -> None:
    for citation in citations:
        if mention_matches(mention, citation, text):
            # The body names facts about the same paper that its reference may leave out.
            citation.first_author = citation.first_author or mention.first_author
            citation.year = citation.year or mention.year
            citation.journal = citation.journal or mention.journal
            citation.doi = citation.doi or mention.doi
            citation.pmid = citation.pmid or mention.pmid
            return
    citations.append(
        Citation(
            raw=text[mention.start : mention.end],
            first_author=mention.first_author,
            authors=[mention.first_author] if mention.first_author else [],
            year=mention.year,
            journal=mention.journal,
            doi=mention.doi,
            pmid=mention.pmid,
            kind="inline",
            evidence=index.evidence(mention.start, mention.end),
        )
    )


def mention_matches(mention: InlineMention, citation: Citation, text: str = "") -> bool:
    """Whether a body mention names the paper of a formal reference (same journal, author or year)."""
    author = _same_author(mention.first_author, citation.first_author)
    journal = journals_match(mention.journal, citation.journal)
    year = mention.year is not None and mention.year == citation.year
    # (an author read from a nearby sentence gives way to a reference with the same journal and year: "said Dr X,
    # lead author of the report ... A study published last fall in the Journal of Emergency Medicine")
    borrowed_author_only = not mention.author_in_sentence and journal and year
    if mention.first_author and citation.first_author and not author and not borrowed_author_only:
        return False
    if mention.year and citation.year and not year:
        return False
    if not citation.first_author and not citation.journal and citation.doi:
        # a bare DOI line: the paper the article is about, unless a heading parts them ("New boots, old problem" ...
        # "Flight socks on long-haul flights" ... "Full review: https://doi.org/...": that section's own paper)
        # (a line labelled with the kind of paper only: "Paper: https://doi.org/..." in show notes is the episode's)
        if citation.evidence is None or not text:
            return True
        label = text[text.rfind("\n", 0, citation.evidence.start) + 1 : citation.evidence.start]
        if not _KIND_LABEL.search(label):
            return True
        low, high = sorted((mention.end, citation.evidence.start))
        return not _HEADING_LINE.search(text, low, high)
    return author or journal or (year and citation.kind == "reference" and mention.journal is None)


def _same_author(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    # (with or without accents: prose writes "Nguyễn" where the reference list has "Nguyen")
    a, b = without_diacritics(a), without_diacritics(b)
    return a.split()[-1].lower().strip(".,") == b.split()[-1].lower().strip(".,") or a.lower() in b.lower()
