"""Span trimming helpers."""

from __future__ import annotations

import re

import pytest

from pipelines.extract.noun_phrases import cut_at, phrase_name, split_items, strip_edges, strip_leading, strip_trailing


def _text(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  (usual care),  ", "usual care"),
        ("“placebo”.", "placebo"),
        ("massage (n = 20", "massage"),  # an unclosed bracket is cut away
        ("...", ""),
        ("reading age.²", "reading age"),  # a footnote marker
        ("³ blood pressure", "blood pressure"),
    ],
)
def test_strip_edges(text: str, expected: str) -> None:
    assert _text(text, strip_edges(text, (0, len(text)))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("or to a control group", "control group"),
        ("- either the diet", "diet"),
        ("2) home exercise", "home exercise"),
        ("anterior hip surgery", "anterior hip surgery"),  # "an" inside a word is not an article
    ],
)
def test_strip_leading(text: str, expected: str) -> None:
    assert _text(text, strip_leading(text, (0, len(text)))) == expected


def test_cut_and_trailing() -> None:
    text = "laser therapy, which was painless"
    assert _text(text, cut_at(text, (0, len(text)), re.compile(r",\s*which"))) == "laser therapy"
    text = "yoga classes"
    assert _text(text, strip_trailing(text, (0, len(text)), re.compile(r"\s+classes$"))) == "yoga"


def test_split_items_ignores_separators_inside_brackets() -> None:
    text = "diet (low fat, high fibre), exercise, or both"
    items = [_text(text, s) for s in split_items(text, (0, len(text)), re.compile(r",\s*(?:or\s+)?"))]
    assert items == ["diet (low fat, high fibre)", "exercise", "both"]


def test_phrase_name_drops_brackets_and_quotes() -> None:
    text = 'The "Healthy Steps" programme (HSP)'
    assert phrase_name(text, (0, len(text))) == "the healthy steps programme"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("🤷 Asthma control", "Asthma control"), ("✅️ fewer attacks ", "fewer attacks"), ("naïve users", "naïve users")],
)
def test_emoji_at_the_edges_are_not_part_of_a_phrase(text: str, expected: str) -> None:
    start, end = strip_edges(text, (0, len(text)))
    assert text[start:end] == expected
