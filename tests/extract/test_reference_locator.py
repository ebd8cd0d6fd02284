"""The numeric tail of a reference: splitting it off, then reading volume, issue, pages and year."""

from __future__ import annotations

import pytest

from pipelines.extract.reference_locator import parse_locator, split_locator


@pytest.mark.parametrize(
    "text,body,locator",
    [
        ("Ann Intern Med. 2011;155(1):1-9.", "Ann Intern Med. ", "2011;155(1):1-9."),
        ("Clinical Journal of Pain 25(3): 233–238.", "Clinical Journal of Pain ", "25(3): 233–238."),
        ("Medicine (Baltimore). 2023 Apr 14; 102.", "Medicine (Baltimore). ", "2023 Apr 14; 102."),
        ("Front Public Health. 2023 Jan 11:10.", "Front Public Health. ", "2023 Jan 11:10."),
        ("J Pain Symptom Manage. 2022 Apr;63(4):599-609.", "J Pain Symptom Manage. ", "2022 Apr;63(4):599-609."),
        ("Journal of X, vol. 9, no. 2, pp. 10–20, 2001.", "Journal of X, ", "vol. 9, no. 2, pp. 10–20, 2001."),
        ("Infant Behavior and Development.", "Infant Behavior and Development.", ""),
        ("Rev Sci. 12.3 (2004): 5-9.", "Rev Sci. ", "12.3 (2004): 5-9."),
        ("Soins, mars 2015, n°793. p. 40-43.", "Soins, ", "mars 2015, n°793. p. 40-43."),
        (
            "Annals of X, volume 7, pages 101–130. Elsevier, 2011.",
            "Annals of X, ",
            "volume 7, pages 101–130. Elsevier, 2011.",
        ),
        ("Acoust Lett 128(5), EL342-EL346. 2010.", "Acoust Lett ", "128(5), EL342-EL346. 2010."),
        # an Oxford journal's article number: four letters, then digits
        ("Age Ageing. 2024;53(3):afae041.", "Age Ageing. ", "2024;53(3):afae041."),
    ],
)
def test_split_locator(text: str, body: str, locator: str) -> None:
    assert split_locator(text) == (body, locator)


@pytest.mark.parametrize(
    "text,volume,issue,pages,year",
    [
        ("2008;149(6):369-379", "149", "6", "369-379", 2008),
        ("2021;31(4):ckab123.", "31", "4", "ckab123", 2021),
        ("2012 Jan 3;156(1 Pt 1):1-10.", "156", "1 Pt 1", "1-10", 2012),
        ("2010 Mar 18;29(11): 1611-21.", "29", "11", "1611-21", 2010),
        ("16 September 2008 | Volume 149 Issue 6 | Pages 369-379", "149", "6", "369-379", 2008),
        ("2009, 48, 6932–6939.", "48", None, "6932-6939", 2009),
        ("vol. 93, no. 2, pp. 195–215, 2002", "93", "2", "195-215", 2002),
        ("36.2 (1990): 167–79", "36", "2", "167-79", 1990),
        ("2021; 51: 102307", "51", None, "102307", 2021),
        ("2018;360:k851.", "360", None, "k851", 2018),
        ("octobre 2009, n°141. p. 52-56.", None, "141", "52-56", 2009),
        ("43:17: 6691.", "43", "17", "6691", None),
        ("127: 1607, 2000.", "127", None, "1607", 2000),
        ("19, 4 (July 1988): 195–201.", "19", "4", "195-201", 1988),
        ("Vol. XV, No. 3 (1958), pp. 1-10.", "XV", "3", "1-10", 1958),
        ("p. 1734 ‑ 1739, 2012.", None, None, "1734-1739", 2012),
        ("117, No. B10, B10307,", "117", "B10", "B10307", None),
        ("24 (1998) 17–21", "24", None, "17-21", 1998),
        # a four-digit issue number glued to its volume is no year
        ("2026;139(1641):38-47.", "139", "1641", "38-47", 2026),
    ],
)
def test_parse_locator(text: str, volume, issue, pages, year) -> None:
    locator = parse_locator(text)
    assert (locator.volume, locator.issue, locator.pages, locator.year) == (volume, issue, pages, year)


@pytest.mark.parametrize("text", ["", " ", ";;", "()", "vol.", "n°", "2019-2020", "((((1", "|||", "p. -", "XIV"])
def test_parse_locator_never_raises(text: str) -> None:
    locator = parse_locator(text)
    assert locator.year is None or 1500 <= locator.year <= 2099


@pytest.mark.parametrize(
    ("text", "volume", "pages", "year"),
    [
        ("2019;365:l2001", "365", "l2001", 2019),
        ("2020;12:e1998.", "12", "e1998", 2020),
    ],
)
def test_article_numbers_that_look_like_years(text: str, volume, pages, year) -> None:
    found = parse_locator(text)
    assert (found.volume, found.pages, found.year) == (volume, pages, year)
