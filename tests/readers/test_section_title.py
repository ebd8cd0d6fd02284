"""The research item's heading as the title of a bulletin of several items."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.readers.dispatch import read_article
from pipelines.readers.section_title import section_headline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BULLETIN = """THE COMPOST HEAP
Autumn 2025 newsletter

IN THIS ISSUE
Chair's notes
Can gardening lift your mood?
Seed swap

CHAIR'S NOTES

The new water butts are in. Thanks to everyone who came to the work party.

CAN GARDENING LIFT YOUR MOOD? WHAT THE RESEARCH SAYS

A trial in Leeds gave 120 adults an allotment plot or a place on a waiting list, and found the gardeners felt calmer.

SEED SWAP

Bring your spare seeds on Saturday.
"""


@pytest.mark.parametrize(
    "text,title,expected",
    [
        # a masthead above a contents list is not the item's headline
        (BULLETIN, "THE COMPOST HEAP", "CAN GARDENING LIFT YOUR MOOD? WHAT THE RESEARCH SAYS"),
        # no title at all
        (BULLETIN, None, "CAN GARDENING LIFT YOUR MOOD? WHAT THE RESEARCH SAYS"),
        # a headline the page repeats after its contents list stays
        (BULLETIN.replace("CHAIR'S NOTES\n", "Chair's notes\n"), "Chair's notes", "Chair's notes"),
        # a single article keeps its title
        (
            "Gardening and mood\n\nA trial in Leeds gave 120 adults an allotment plot and found they felt calmer.\n",
            "Gardening and mood",
            "Gardening and mood",
        ),
    ],
)
def test_section_headline(text: str, title: str | None, expected: str | None) -> None:
    assert section_headline(text, title) == expected


@pytest.mark.parametrize(
    "above",
    [
        "Dr Hesketh Moyo, Fleet Surgeon (and a lifelong sufferer)",
        "Can gardening lift your mood? 2",  # a contents entry with its page number
        "Consultant physician | Digital health | Views my own",
        "By Jane Okafor",
    ],
)
def test_bylines_contents_entries_and_metadata_are_not_headings(above: str) -> None:
    text = f"GARDENING AND YOUR MOOD\n\n{above}\n\nA trial in Leeds gave 120 adults a plot and found them calmer.\n"
    assert section_headline(text, None) == "GARDENING AND YOUR MOOD"


def test_the_reader_gives_the_research_items_heading_as_the_title() -> None:
    # a parish newsletter: masthead, contents list, notices, then the research item under its own heading
    path = FIXTURES / "generalization_check11" / "articles" / "07-holme-green-parish-news-antenatal-groups.txt"
    title = read_article(path.name, path.read_bytes()).title
    assert title is not None and title.startswith("Antenatal classes: does meeting in a group")


def test_a_reference_list_heading_is_not_the_title() -> None:
    text = (
        "Health research rarely moves in a straight line, and every new study is read against what came before.\n\n"
        "Notes and references\n\n"
        "1. Smith J. A randomised trial of walking. BMJ. 2020;1:1-2.\n"
    )
    assert section_headline(text, None) is None
