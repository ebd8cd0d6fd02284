"""Years written relative to the article's date."""

from __future__ import annotations

import pytest

from pipelines.extract.relative_dates import ArticleDate, relative_years


@pytest.mark.parametrize(
    "sentence,published,expected",
    [
        ("It was published last year in Heart.", ArticleDate(2026, 2), [2025]),
        ("A letter in JAMA Pediatrics earlier this year.", ArticleDate(2025, 6), [2025]),
        ("Published in Cephalalgia this spring.", ArticleDate(2025, 10), [2025]),
        ("Published last spring in Age and Ageing.", ArticleDate(2025, None), [2025]),
        ("Published last spring in Age and Ageing.", ArticleDate(2025, 10), [2025]),
        ("Published last spring in Age and Ageing.", ArticleDate(2025, 3), [2024]),
        ("Published last winter.", ArticleDate(2025, 1), [2024]),
        ("It came out last month in The BMJ.", ArticleDate(2025, 9), [2025]),
        ("It came out last month in The BMJ.", ArticleDate(2025, 1), [2024]),
        ("A trial reported two years ago found ...", ArticleDate(2024, 5), [2022]),
        ("A trial reported 3 years ago found ...", ArticleDate(2024, 5), [2021]),
        ("Published in 2019 in Thorax.", ArticleDate(2025, 5), []),
        ("It was published last year in Heart.", None, []),
        # a day and a month, no year
        ("Published in Nature Medicine on 3 February.", ArticleDate(2026, 3), [2026]),
        ("Published in Nature Medicine on February 24.", ArticleDate(2026, 1), [2025]),
        ("Published on 3 February 2019.", ArticleDate(2026, 3), []),
        # a live blog's clock
        ("The results, published this afternoon in The New England Journal of Medicine", ArticleDate(2026, 5), [2026]),
        ("It appeared in The Lancet overnight.", ArticleDate(2026, 5), [2026]),
    ],
)
def test_relative_years(sentence: str, published: ArticleDate | None, expected: list[int]) -> None:
    assert [year for _, year in relative_years(sentence, published)] == expected


@pytest.mark.parametrize(
    "iso,expected",
    [
        ("2025-10-02", ArticleDate(2025, 10)),
        ("2025-10", ArticleDate(2025, 10)),
        ("2025", ArticleDate(2025, None)),
        ("", None),
        (None, None),
        ("October 2025", None),
    ],
)
def test_article_date_parse(iso: str | None, expected: ArticleDate | None) -> None:
    assert ArticleDate.parse(iso) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Researchers reported Wednesday in JAMA.", [2026]),
        ("It was published on Monday in Thorax.", [2026]),
        ("The study is published in Sleep Health.", [2026]),
        ("The results were released today.", [2026]),
        ("A wednesday market.", []),  # a weekday is a name, capitalised
    ],
)
def test_news_days_date_to_the_article_year(sentence: str, expected: list[int]) -> None:
    assert [year for _, year in relative_years(sentence, ArticleDate(2026, 3))] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "year"),
    [
        ("The report was published in May in the journal.", ArticleDate(2026, 6), 2026),
        ("The report was published in November in the journal.", ArticleDate(2026, 6), 2025),
        ("The report was published in May in the journal.", ArticleDate(2026), 2026),
    ],
)
def test_a_month_without_a_year_is_the_latest_such_month(sentence, published, year):
    assert [found for _, found in relative_years(sentence, published)] == [year]


def test_a_month_with_its_year_is_no_relative_date():
    assert relative_years("It was published in May 2019 in Thorax.", ArticleDate(2026, 6)) == []
