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


ISSUE = """{masthead}
{under}

Notices from the committee: the hall is booked for the spring fair.

Cold homes and your heart: what the research tells us

Every winter more older people fall ill.

What the research says

Researchers put thermometers in the bedrooms of 3,827 people aged 60 and over and followed them for two winters.

From the Chair

Thank you all.
"""


@pytest.mark.parametrize(
    "masthead,under",
    [
        # the publication's name over its issue line
        ("SILVER VOICE", "The magazine of the Tarnside Pensioners' Association · Winter 2025 · No. 88"),
        ("Lusitania Life", "For English speakers in Portugal · Issue 58 · €3.50"),
        # a title that is itself an issue line, a dated transcript header or a handbook's cover line
        ("Members' Newsletter - Spring 2026 (March to May)", "Run by the council's leisure services"),
        ("TRANSCRIPT: The Tuesday Teatime Show, 18 March 2025 (17:20-17:34)", "Presenter: Colin Braithwaite"),
        ("VOLUNTEER HANDBOOK, version 7.2", "Voluntary Services Office"),
        # a page's furniture: a subscription offer, a motto, an extension number, a bulletin's time slot
        ("Subscribe to the e-paper: FBu 60,000 a year", "Home | Local | Sport"),
        ("The island's voice since 1998", "Listen live"),
        ("Voluntary Services Office, Ground Floor. Ext. 5120", "Welcome"),
        ("Midday News, Tuesday 19 May, 12:00", "Read by Teretia"),
    ],
)
def test_a_masthead_gives_way_to_the_research_items_heading(masthead: str, under: str) -> None:
    # (the subheading "What the research says" is passed over for the item's own headline)
    text = ISSUE.format(masthead=masthead, under=under)
    assert section_headline(text, masthead) == "Cold homes and your heart: what the research tells us"


@pytest.mark.parametrize(
    "title,under",
    [
        # a headline followed by its dateline or a reprint note stays
        ("Hospital trial finds warm homes ease chest infections", "For immediate release - Thursday, 23 April 2026"),
        (
            "What the research says about warm homes",
            "From the Autumn issue of Good Company, the newsletter of Cedar Valley Hospice",
        ),
        # a headline's own "for a month" is no price
        ("Dry January: what happens when you stop drinking for a month?", "By our health reporter"),
    ],
)
def test_a_headline_over_its_dateline_stays(title: str, under: str) -> None:
    assert section_headline(ISSUE.format(masthead=title, under=under), title) == title


@pytest.mark.parametrize(
    "above",
    [
        "CB: And I hear we've done some research of our own here?",  # a speaker's line in a transcript
        "[JINGLE: Radio Wardside, your station by your bed]",
        "Thursday 11 June 2026, Great Hall",  # a date line: no headline to offer
    ],
)
def test_transcript_lines_and_date_lines_are_not_the_items_heading(above: str) -> None:
    text = f"Radio Wardside · Issue 4\n\n{above}\n\nAP: We ran the SOUNDCHECK trial with 380 patients.\n"
    assert section_headline(text, "Radio Wardside · Issue 4") == "Radio Wardside · Issue 4"


def test_a_section_number_with_two_levels_is_not_part_of_the_heading() -> None:
    text = "6.2 Why mealtimes matter for patients\n\nA study of 1,015 inpatients found they ate too little.\n"
    assert section_headline(text, None) == "Why mealtimes matter for patients"


@pytest.mark.parametrize(
    "item",
    [
        # research told vaguely still marks the item that is about it
        "MAKING A SPLASH: WHY AQUA FIT IS KIND TO ACHING JOINTS\n\nResearch suggests that warm water eases stiffness.",
        # a heading that says what research tells is the item's own headline
        "IT'S GOOD TO TALK: WHAT THE RESEARCH SAYS ABOUT FARMERS' MOODS\n\nA mart chat can help, say farm charities.",
    ],
)
def test_the_item_about_research_under_a_contents_list(item: str) -> None:
    text = f"Members' Newsletter\n\nIN THIS ISSUE\nThe item\nPrices\n\nPrices from 1 April go up.\n\n{item}\n"
    assert section_headline(text, "Members' Newsletter") == item.split("\n", 1)[0]


def test_a_subheading_naming_a_study_is_not_the_items_headline() -> None:
    text = (
        "GUIDE · Issue 3\n\nBACK-SUPPORT EXOSKELETONS: ARE THEY WORTH IT?\n\nThey are sold to every warehouse.\n\n"
        "The biggest study so far\n\nA trial gave 300 pickers an exoskeleton for six months.\n"
    )
    assert section_headline(text, "GUIDE · Issue 3") == "BACK-SUPPORT EXOSKELETONS: ARE THEY WORTH IT?"
