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
