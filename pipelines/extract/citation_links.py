"""Which citation reports a study: markers ("[1]", "(2)", "months.1"), author-year mentions
("(Ferber et al., 2002)", "Wang and colleagues"), lead-author names, and journal + year mentions.

Each cue votes for citations; the strongest total wins. Numbered markers are the most explicit cue, a
surname shared by several citations is settled by a year or journal named nearby.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from pipelines.extract.inline_citations import journals_match
from pipelines.model import Citation, Sentence

# "[1]", "[1, 3]", "[2-4]", "(2)"; and a bare number glued to the end of a word or clause: "distress.4".
_BRACKETED = re.compile(r"\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]|(?<=[\w.,;:”\"’)])\s?\((\d{1,2})\)(?![\w(])")
_GLUED = re.compile(r"(?<=[a-z%)”\"’])[.,;:]?(\d{1,2})(?=[\s,;:.)]|$)")
_AUTHOR_YEAR = re.compile(
    r"(?P<name>[A-Z][\w'’-]+)(?:\s+(?:et\s+al\.?|and\s+colleagues|and\s+[A-Z][\w'’-]+|&\s+[A-Z][\w'’-]+))?,?\s*"
    r"\(?(?P<year>(?:19|20)\d\d)[a-z]?\)?"
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_DIGIT = re.compile(r"\d")
_PUBLISHED_IN = re.compile(
    r"\b(?:published|appeared|appears|reported)\s+in\s+(?:the\s+)?(?:journal\s+)?"
    r"((?:[A-Z][\w&'-]*)(?:\s+(?:of|and|the|in|&)?\s*[A-Z][\w&'-]*)*)"
)

_UNPUBLISHED = re.compile(r"(?i)\b(?:has|have|was|were|is|are)\s+not\s+(?:yet\s+)?been\s+published\b|\bunpublished\b")
_MARKER_WEIGHT = 5
_AUTHOR_YEAR_WEIGHT = 4
_AUTHOR_WEIGHT = 2
_JOURNAL_WEIGHT = 2
_YEAR_WEIGHT = 1
_TITLE_BIGRAM_WEIGHT = 1
_STOP = frozenset("a an the of and or in on for to with by at from as is are was were its their vs versus".split())


def link_citation(text: str, sentences: list[Sentence], citations: list[Citation]) -> int | None:
    """Index into citations of the paper the given study sentences cite, or None."""
    if not citations or not sentences:
        return None
    votes: Counter[int] = Counter()
    first_seen: dict[int, int] = {}
    by_number = _numbering(citations)
    for position, sentence in enumerate(sentences):
        for number in _markers(sentence.text):
            index = by_number.get(number)
            if index is not None:
                votes[index] += _MARKER_WEIGHT
                first_seen.setdefault(index, position)
    block = " ".join(s.text for s in sentences)
    if not votes and "publish" in block and _UNPUBLISHED.search(block):
        return None  # "This poll is ours and has not been published anywhere else": no paper to link
    years = {int(y) for y in _YEAR.findall(block)}
    published_in = [m.group(1) for m in _PUBLISHED_IN.finditer(block)] if " in " in block else []
    for index, citation in enumerate(citations):
        surname = _surname_word(citation.first_author)
        if surname and surname in block and _surname_pattern(surname).search(block):
            named_years = {int(m.group("year")) for m in _AUTHOR_YEAR.finditer(block) if m.group("name") == surname}
            if citation.year is not None and citation.year in named_years:
                votes[index] += _AUTHOR_YEAR_WEIGHT
            votes[index] += _AUTHOR_WEIGHT
            first_seen.setdefault(index, _first_position(sentences, surname))
        if citation.journal and _journal_named(block, citation.journal, published_in):
            votes[index] += _JOURNAL_WEIGHT
            first_seen.setdefault(index, len(sentences))
        if votes[index] and citation.year is not None and citation.year in years:
            votes[index] += _YEAR_WEIGHT
    # A paper cited in the body by its identifier alone ("PMID 98455106" ending the paragraph) belongs to the study
    # whose sentences hold it.
    for index, citation in enumerate(citations):
        evidence = citation.evidence
        if (
            evidence is not None
            and not (citation.first_author or citation.journal or citation.title)
            and (citation.doi or citation.pmid)
            and any(s.start <= evidence.start < s.end for s in sentences)
        ):
            votes[index] += _MARKER_WEIGHT
            first_seen.setdefault(index, 0)
    for index, count in _distinctive_title_bigrams(block, citations).items():
        votes[index] += min(count, 3) * _TITLE_BIGRAM_WEIGHT
        first_seen.setdefault(index, len(sentences))
    if not votes:
        return None
    best = max(votes.values())
    tied = [i for i, v in votes.items() if v == best]
    if len(tied) > 1:
        return min(tied, key=lambda i: (first_seen.get(i, len(sentences)), i))
    return tied[0]


@lru_cache(maxsize=1024)
def _surname_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")


def _distinctive_title_bigrams(block: str, citations: list[Citation]) -> Counter[int]:
    """Title word pairs found in the block that belong to one citation's title only ("pilot study")."""
    pairs = [_title_bigrams(c.title) for c in citations]
    seen = Counter(p for ps in pairs for p in ps)
    words = _bigrams(block)
    found: Counter[int] = Counter()
    for index, ps in enumerate(pairs):
        found[index] = sum(1 for p in ps if seen[p] == 1 and p in words)
    return +found


@lru_cache(maxsize=1024)
def _title_bigrams(title: str | None) -> frozenset[tuple[str, str]]:
    return frozenset(_bigrams(title))


def _bigrams(text: str | None) -> set[tuple[str, str]]:
    if not text:
        return set()
    words = [w for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in _STOP]
    return set(pairwise(words))


def _numbering(citations: list[Citation]) -> dict[int, int]:
    """Printed number -> citation index; list position when the printed numbers are missing or repeated."""
    references = [i for i, c in enumerate(citations) if c.kind == "reference"]
    printed = [_marker_number(citations[i].marker) for i in references]
    if all(n is not None for n in printed) and len(set(printed)) == len(printed):
        return {n: i for n, i in zip(printed, references, strict=True) if n is not None}
    return {position + 1: i for position, i in enumerate(references)}


def _marker_number(marker: str | None) -> int | None:
    match = re.search(r"\d+", marker or "")
    return int(match.group(0)) if match else None


def _markers(sentence: str) -> list[int]:
    numbers: list[int] = []
    if not _DIGIT.search(sentence):
        return numbers
    for match in _BRACKETED.finditer(sentence):
        if match.group(1):
            numbers.extend(_expand(match.group(1)))
        else:
            numbers.append(int(match.group(2)))
    for match in _GLUED.finditer(sentence):
        numbers.append(int(match.group(1)))
    return numbers


def _expand(group: str) -> list[int]:
    numbers: list[int] = []
    for part in re.split(r"\s*,\s*", group):
        bounds = [int(b) for b in re.split(r"\s*[–-]\s*", part) if b]
        if len(bounds) == 2 and 0 < bounds[1] - bounds[0] < 20:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return numbers


def _surname_word(first_author: str | None) -> str | None:
    """The surname as it would appear in prose; organisation names and initials-only strings give None."""
    if not first_author:
        return None
    word = first_author.split(",")[0].strip()
    if len(word) < 2 or (" " in word and not re.match(r"(?i)(?:van|von|de|der|di|da|le|la)\s", word)):
        return None
    return word[:1].upper() + word[1:].lower() if word.isupper() and len(word) > 3 else word


def _first_position(sentences: list[Sentence], word: str) -> int:
    for position, sentence in enumerate(sentences):
        if word in sentence.text:
            return position
    return len(sentences)


def _journal_named(block: str, journal: str, published_in: list[str]) -> bool:
    """published_in: the names after "published in" in the block, found once for every citation."""
    if len(journal) >= 3 and journal in block:
        return True
    return any(journals_match(name, journal) for name in published_in)
