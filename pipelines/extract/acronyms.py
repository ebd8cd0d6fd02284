"""Acronyms an article defines ("spinal manipulative therapy (SMT)"), so names can use the long form.

Readers name treatments and conditions in words; articles switch to the acronym after its first use.
A definition is accepted only when the initials of the words before the bracket spell the acronym.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipelines.model import Sentence

_DEFINITION = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7}s?)\s*\)")
_WORD = re.compile(r"[A-Za-z][\w'’]*(?:-[A-Za-z][\w'’]*)*")
_MAX_WORDS = 9


def _initials(words: list[str], split_hyphens: bool) -> str:
    parts = [p for w in words for p in (w.split("-") if split_hyphens else [w])]
    return "".join(p[0].lower() for p in parts if p)


def find_acronyms(text: str, sentences: list[Sentence]) -> dict[str, str]:
    """Lowercase acronym -> lowercase long form, for every definition in the sentences."""
    found: dict[str, str] = {}
    if "(" not in text:
        return found
    starts = [sentence.start for sentence in sentences]
    # One scan of the whole text: definitions are rare, and a scan per sentence cost more than the rest of this.
    for m in _DEFINITION.finditer(text):
        position = bisect_right(starts, m.start()) - 1
        if position < 0 or m.end() > sentences[position].end:
            continue  # outside the given sentences, or running across a sentence break
        sentence = sentences[position]
        acronym = m.group(1)
        letters = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
        letters = letters.lower()
        before = _WORD.findall(text[max(sentence.start, m.start() - 120) : m.start()])[-_MAX_WORDS:]
        for n in range(1, len(before) + 1):
            words = before[-n:]
            if _initials(words, False) == letters or _initials(words, True) == letters:
                found.setdefault(letters, " ".join(words).lower())
                break
    return found


def expand_acronym(name: str, acronyms: dict[str, str]) -> str:
    """Replace whole-word acronyms in a lowercase name by their long forms."""
    if not acronyms:
        return name
    return " ".join(acronyms.get(word, word) for word in name.split())
