"""Names written family name first ("Professor Lin Xiaoyan") against Western order ("Dr Grace Lin")."""

from __future__ import annotations

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.east_asian_names import family_name_first


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lin Xiaoyan", True),
        ("Zhou Yiming", True),
        ("Chan Wing-kei", True),
        ("Park Ji-hoon", True),
        ("Nguyen Thi Lan", True),
        ("Tan Siew Hoon", True),
        ("Nguyễn Thị Hồng", True),
        # Western order, or either reading
        ("Grace Lin", False),
        ("Wang Li", False),
        ("Kim Jones", False),
        ("Lee Anne Smith", False),
        ("Kim Ann Lee", False),
        ("Lin", False),
    ],
)
def test_family_name_first(name: str, expected: bool) -> None:
    assert family_name_first(name.split()) is expected


@pytest.mark.parametrize(
    ("lead", "first_author"),
    [("Professor Lin Xiaoyan", "Lin"), ("Dr Chan Wing-kei", "Chan"), ("Dr Grace Lin", "Lin"), ("Dr Anna Berg", "Berg")],
)
def test_the_lead_author_of_an_inline_mention(lead: str, first_author: str) -> None:
    text = f"The study, published in the BMJ in 2019 and led by {lead}, followed 450,000 adults."
    assert [c.first_author for c in extract_article(text, "Tea").citations] == [first_author]
