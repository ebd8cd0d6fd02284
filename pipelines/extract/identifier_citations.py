"""Papers the body cites by an identifier alone: "Paper: https://doi.org/10...", "PMID 98455106", "(PubMed ID ...)".

Threads, posts and newsletters often end a paragraph with the link or the PubMed number of the study it
describes and nothing else; each such identifier is one citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.doi import IDENTIFIER, LINKED_DOI, clean_doi
from pipelines.model import Sentence

# "PMID 98455106", "PubMed ID: 98120457": the identifier in group "pmid" (inline mentions use it too)
# ("PubMed: 98844127", "PubMed 98005512": the database's name alone before the number)
PMID_MENTION = re.compile(r"(?i)\b(?:PMID|PubMed(?:\s+(?:ID|number))?)\s*:?\s*(?P<pmid>\d{6,9})\b")


@dataclass(frozen=True)
class IdentifierMention:
    start: int
    end: int
    doi: str | None = None
    pmid: str | None = None


# A DOI written bare after a label that points to the paper: "Read it: 10.5555/clim.2026.0077"
_LABELLED_BARE_DOI = re.compile(
    r"(?i)\b(?:read\s+(?:it|the\s+(?:study|paper|review|trial))|(?:the\s+)?(?:study|paper|source|reference|doi)\b)\s*[:–—-]\s*"
    r"(" + IDENTIFIER + r")"
)


def find_identifier_mentions(sentences: list[Sentence]) -> list[IdentifierMention]:
    """DOI links and PubMed numbers in body sentences, in order, each identifier once."""
    found: list[IdentifierMention] = []
    seen: set[str] = set()
    for sentence in sentences:
        text = sentence.text
        if "10." in text:
            for match in (*LINKED_DOI.finditer(text), *_LABELLED_BARE_DOI.finditer(text)):
                doi = clean_doi(match.group(1))
                if doi.lower() not in seen:
                    seen.add(doi.lower())
                    found.append(IdentifierMention(sentence.start + match.start(), sentence.start + match.end(), doi))
        if "PMID" in text or "PubMed" in text:
            for match in PMID_MENTION.finditer(text):
                pmid = match.group("pmid")
                if pmid not in seen:
                    seen.add(pmid)
                    start = sentence.start + match.start()
                    found.append(IdentifierMention(start, sentence.start + match.end(), pmid=pmid))
    return sorted(found, key=lambda m: m.start)
