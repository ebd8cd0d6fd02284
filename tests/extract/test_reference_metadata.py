"""Press-release metadata blocks: key lines with values below or after a colon."""

from __future__ import annotations

import pytest

from pipelines.extract.reference_metadata import find_metadata_block

STACKED = (
    "Story text about naps and memory in 2023.\n\n###\n\nJournal\nSleep Health\n\nDOI\n10.1016/j.sleh.2023.01.002\n\n"
    "Method of Research\nRandomized controlled/clinical trial\n\nArticle Title\nNaps and memory in older adults\n\n"
    "Article Publication Date\n3-Mar-2023\n"
)
INLINE = (
    "Story text.\n\n**Journal:** Heart Rhythm\n**DOI:** 10.1016/j.hrthm.2022.05.001\n"
    "**Article Title:** Coffee and arrhythmia\n**Publication date:** May 12, 2022\n"
)


@pytest.mark.parametrize(
    "text,journal,doi,title,year",
    [
        (STACKED, "Sleep Health", "10.1016/j.sleh.2023.01.002", "Naps and memory in older adults", 2023),
        (INLINE, "Heart Rhythm", "10.1016/j.hrthm.2022.05.001", "Coffee and arrhythmia", 2022),
    ],
)
def test_metadata_block(text: str, journal: str, doi: str, title: str, year: int) -> None:
    block = find_metadata_block(text)
    assert block is not None
    assert (block.values["journal"], block.doi, block.values["title"], block.year) == (journal, doi, title, year)
    assert text[block.start : block.end].startswith(("Journal", "**Journal"))


@pytest.mark.parametrize(
    "text",
    [
        "Journal: my notes from the week, in 2020.",  # one key only
        "The DOI\nis not given here.\nArticle Title\n",  # a DOI key without a DOI value
        "",
    ],
)
def test_no_metadata_block(text: str) -> None:
    assert find_metadata_block(text) is None
