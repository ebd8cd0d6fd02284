"""find_numbers / parse_number: values, kinds, hedges, ranges and the phrases that are not counts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("380", 380),
        ("1,161", 1161),
        ("146,087", 146087),
        ("1,500", 1500),
        ("1.5", 1.5),
        ("5.3", 5.3),
        ("forty-four", 44),
        ("Seventy-six", 76),
        ("twenty six", 26),
        ("two hundred and twelve", 212),
        ("Seven hundred and fifty", 750),
        ("one hundred", 100),
        ("a hundred and twenty", 120),
        ("hundred and twenty", 120),
        ("a dozen", 12),
        ("two dozen", 24),
        ("2.5 million", 2_500_000),
        ("1,200 thousand", 1_200_000),
        ("zero", 0),
        # Not a single cardinal: None rather than a wrong value.
        ("first seven", None),
        ("2012–13", None),
        ("2012-13", None),
        ("one of the", None),
        ("one-third", None),
        ("two-thirds", None),
        ("2,3", None),
        ("1,5", None),
        ("one two", None),
        ("and", None),
        ("a", None),
        ("", None),
        ("   ", None),
        ("12a", None),
        ("third", None),
        ("seven and", None),
        ("1.2.3", None),
    ],
)
def test_parse_number(phrase, expected):
    assert parse_number(phrase) == expected


def _found(text):
    return [(m.text, m.value, m.kind) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We enrolled 380 adults.", [("380", 380, "cardinal")]),
        ("Of 1,161 women, 44% improved.", [("1,161", 1161, "cardinal"), ("44", 44, "percent")]),
        ("Forty-four percent said yes.", [("Forty-four", 44, "percent")]),
        ("Thirty-one per cent of users", [("Thirty-one", 31, "percent")]),
        ("one-on-one sessions", []),
        ("It rose by 12 percentage points.", [("12", 12, "percent")]),
        ("Two hundred and twelve nurses took part.", [("Two hundred and twelve", 212, "cardinal")]),
        ("A budget of $1.5 million was set.", [("1.5 million", 1_500_000, "money")]),
        ("Each visit cost 85 dollars.", [("85", 85, "money")]),
        ("a £2.3bn budget and $40k grants", [("2.3bn", 2_300_000_000, "money"), ("40k", 40_000, "money")]),
        ("$85 more per visit", [("85", 85, "money")]),
        ("Since 2012 researchers have", [("2012", 2012, "year")]),
        ("In March 2015 nurses", [("2015", 2015, "year")]),
        ("In 2017, researchers found", [("2017", 2017, "year")]),
        ("a 2019 survey of nurses", [("2019", 2019, "year")]),
        ("2000 participants joined", [("2000", 2000, "cardinal")]),
        ("the 3rd visit", [("3rd", 3, "ordinal")]),
        ("the twenty-first patient", [("twenty-first", 21, "ordinal")]),
        ("the first seven patients", [("first", 1, "ordinal"), ("seven", 7, "cardinal")]),
        ("one-third of them", [("one-third", 0.3333, "fraction")]),
        ("About two-thirds were women", [("two-thirds", 0.6667, "fraction")]),
        ("groups (n = 14 and n=20)", [("14", 14, "n_equals"), ("20", 20, "n_equals")]),
        ("N=1,024 respondents", [("1,024", 1024, "n_equals")]),
        ("a list of 2,3 and 5", [("2", 2, "cardinal"), ("3", 3, "cardinal"), ("5", 5, "cardinal")]),
        ("in 2.5 million people", [("2.5 million", 2_500_000, "cardinal")]),
        ("a dozen clinics", [("a dozen", 12, "cardinal")]),
        ("one of the groups", []),
        ("no one knew, and each one left", []),
        ("they helped one another", []),
        ("COVID-19 and H1N1 and vitamin B12", []),
        ("a 3D scan at 10am with 5mg", []),
        ("the 1990s", []),
    ],
)
def test_find_numbers_values_and_kinds(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "number", "approximate"),
    [
        ("about 20 mothers", "20", True),
        ("approximately 300 clients", "300", True),
        ("roughly 1,000 people", "1,000", True),
        ("nearly 40 sites", "40", True),
        ("more than 100 studies", "100", True),
        ("fewer than 50 nurses", "50", True),
        ("up to 10 massages", "10", True),
        ("at least 18 adults", "18", True),
        ("over 250 million days", "250 million", True),
        ("some 300 patients", "300", True),
        ("~45 respondents", "45", True),
        ("30-plus years", "30", True),
        ("seniors 65+ receive", "65", True),
        ("50 or more visits", "50", True),
        ("several thousand people", "thousand", True),
        ("hundreds of patients", "hundreds", True),
        ("dozens of clinics", "dozens", True),
        ("exactly 380 adults", "380", False),
        ("the 64 people", "64", False),
    ],
)
def test_approximate(text, number, approximate):
    mentions = [m for m in find_numbers(text) if m.text == number]
    assert len(mentions) == 1
    assert mentions[0].approximate is approximate


@pytest.mark.parametrize(
    ("text", "ranged"),
    [
        ("babies 10 to 14 days old", [("10", True), ("14", True)]),
        ("pain for 2-12 weeks", [("2", True), ("12", True)]),
        ("pain for 2–12 weeks", [("2", True), ("12", True)]),
        ("between 20 and 30 people", [("20", True), ("30", True)]),
        ("between two and four visits", [("two", True), ("four", True)]),
        ("20 men and 30 women", [("20", False), ("30", False)]),
        ("at 4, 10 and 26 weeks", [("4", False), ("10", False), ("26", False)]),
    ],
)
def test_ranges(text, ranged):
    assert [(m.text, m.in_range) for m in find_numbers(text)] == ranged


def test_year_range_is_two_years_never_one_number():
    mentions = find_numbers("during the 2012–13 season")
    assert [(m.value, m.kind) for m in mentions] == [(2012, "year"), (2013, "year")]
    assert all(m.value != 201213 for m in mentions)


def test_window_and_offsets():
    text = "Intro 5 cats. Then 12 dogs and seven birds."
    start = text.index("Then")
    mentions = find_numbers(text, start, len(text))
    assert [m.value for m in mentions] == [12, 7]
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_offsets_survive_text_whose_lower_case_changes_length():
    text = "İİ İzmir: Seventy nurses and 12 doctors"
    assert [(m.text, text[m.start : m.end]) for m in find_numbers(text)] == [("Seventy", "Seventy"), ("12", "12")]


def test_span_excludes_hedge():
    text = "approximately 20 mothers"
    (mention,) = find_numbers(text)
    assert text[mention.start : mention.end] == "20"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-–$%~+nN=abtwoefuhrsixdnzyl")), max_size=60))
def test_never_raises_and_spans_are_inside(text):
    for m in find_numbers(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_parse_number_never_raises(text):
    value = parse_number(text)
    assert value is None or isinstance(value, int | float)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.integers(0, 90), st.integers(0, 90))
def test_window_mentions_stay_inside_window_on_any_text(text, a, b):
    start, end = min(a, b), max(a, b)
    for m in find_numbers(text, start, end):
        assert start <= m.start < m.end <= min(end, len(text))
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # South Asian English: lakh and crore after digits, and digits grouped by two above the thousands
        ("3 lakh women", [(300000, "3 lakh")]),
        ("2.5 crore people", [(25000000, "2.5 crore")]),
        ("1,20,000 children", [(120000, "1,20,000")]),
        ("12,34,567 voters", [(1234567, "12,34,567")]),
        # western grouping is unchanged
        ("1,234,567 people and 10,500 adults", [(1234567, "1,234,567"), (10500, "10,500")]),
    ],
)
def test_lakh_crore_and_two_digit_grouping(text, expected):
    assert [(m.value, m.text) for m in find_numbers(text)] == expected
