"""Cheap prefilters run before costly patterns: does a text contain any of a few lowercase stems?

Python's `re` scans a case-insensitive alternation about six times slower than a case-sensitive one over the
lowercased text, and these filters run on every sentence of every article.
"""

from __future__ import annotations

import re


class Stems:
    """A set of lowercase stems, matched anywhere in a text regardless of case."""

    def __init__(self, stems: tuple[str, ...]) -> None:
        if any(stem != stem.lower() for stem in stems):
            raise ValueError(f"stems must be lowercase: {stems}")
        self.stems = stems
        self._pattern = re.compile(_trie(stems))

    def found_in(self, text: str) -> bool:
        return self._pattern.search(text.lower()) is not None

    def found_in_lowercase(self, lowered: str) -> bool:
        """For callers that test several stem sets on one text and lowercase it once."""
        return self._pattern.search(lowered) is not None


def _trie(stems: tuple[str, ...]) -> str:
    """The stems as one pattern with shared prefixes factored out ("c(?:ohort|ompared)"): `re` tries an
    alternation branch by branch at every position, so a flat list of 70 stems costs twice a trie's time."""
    root: dict = {}
    for stem in stems:
        node = root
        for char in stem:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(root) if stems else "(?!)"  # no stems: found in nothing


def _node_pattern(node: dict) -> str:
    # A stem ending here already matches: what follows can only lengthen the match, so it is left out.
    if "" in node:
        return ""
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
