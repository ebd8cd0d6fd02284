import pytest

from pipelines.readers.front_matter import split_front_matter
from pipelines.readers.markdown import read_markdown
from pipelines.readers.markdown_markup import inline, strip_html_comments, strip_markup

DOC = """---
title: "Front Matter Title"
tags: [back pain]
---

<!-- editor note:
remove before publishing -->
# Guidelines Said "Try Non-Drug Care First." Did People Listen?

**TL;DR:** Only a *minority* used [chiropractic care](https://example.com/chiro) after 2016.

![chart](https://example.com/chart.png)

## The data

| Finding | Detail |
|---|---|
| Overall use | Fewer than one in three |
| Trend | Flat from 2002 until 2016 |

```
code block line
```

* bullet one
+ bullet two

> A quoted sentence from the lead author.

References

1. Roseen EJ, et al. Trends in chiropractic care. *J Gen Intern Med* 2023;39(4):578-586.
2. Patel KV, et al. Prevalence of pain. _Pain_. 2013;154(12):2649-2657.

[1]: https://example.com/ref

---
*Thanks for reading! You're one of 1,204 subscribers.* [Subscribe](https://example.com/s) · [Archive](https://x.y)
"""


def test_markdown_document():
    article = read_markdown(DOC)
    lines = article.text.split("\n")
    assert article.title == 'Guidelines Said "Try Non-Drug Care First." Did People Listen?'
    assert lines[0] == article.title
    assert "TL;DR: Only a minority used chiropractic care after 2016." in lines
    assert "The data" in lines
    assert "Overall use | Fewer than one in three" in lines
    assert "code block line" in lines
    assert "- bullet one" in lines and "- bullet two" in lines
    assert "A quoted sentence from the lead author." in lines
    assert "1. Roseen EJ, et al. Trends in chiropractic care. J Gen Intern Med 2023;39(4):578-586." in lines
    assert "2. Patel KV, et al. Prevalence of pain. Pain. 2013;154(12):2649-2657." in lines


@pytest.mark.parametrize(
    "gone", ["editor note", "title:", "chart", "https://", "---", "|---", "```", "subscribers", "Archive", "**", "# "]
)
def test_markup_and_cruft_are_gone(gone):
    assert gone not in read_markdown(DOC).text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("---\ntitle: Only Front Matter\n---\n\nBody text here.", "Only Front Matter"),
        ("Setext Headline Here\n====================\n\nBody text.", "Setext Headline Here"),
        (
            "Plain First Line Headline Here\n\nBody text of the article, a full sentence here.",
            "Plain First Line Headline Here",
        ),
        ("Body text of the article starts right away with a sentence.\n\n## Section", None),
        # heading attributes are not part of the heading
        ("# Walking and mood {#walking .lead}\n\nBody text.", "Walking and mood"),
        # a masthead as the level-one heading gives way to the headline below it
        (
            "# The Kitchen Table Letter — Issue 112\n\n## Olive oil and your heart: the big trial explained\n\n"
            "Body text of the article, a full sentence here.",
            "Olive oil and your heart: the big trial explained",
        ),
    ],
)
def test_markdown_title(text, title):
    assert read_markdown(text).title == title


def test_section_heading_deep_in_the_page_is_not_the_headline():
    body = "\n\n".join(f"Paragraph {i} of body text, a sentence with enough words." for i in range(20))
    assert read_markdown(body + "\n\n# References\n\n1. Ref.").title is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[text](https://a.b/c_(d))", "text"),
        ("see <https://doi.org/10.1/x>", "see https://doi.org/10.1/x"),
        ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
        ("__strong__ and _em_ and ~~gone~~", "strong and em and gone"),
        ("a `code` span", "a code span"),
        ("footnote[^1]", "footnote[1]"),
        (r"escaped \* star", "escaped * star"),
        ("x<br/>y <sup>2</sup>", "xy 2"),
        ("AT&amp;T", "AT&T"),
    ],
)
def test_inline(text, expected):
    assert inline(text) == expected


def test_strip_html_comments_keeps_line_count_and_handles_unclosed():
    assert strip_html_comments("a<!-- x\ny -->b") == "a\nb"
    assert strip_html_comments("a<!-- never closed") == "a"


def test_front_matter_without_end_is_left_alone():
    lines = ["---", "title: x", "no end"]
    assert split_front_matter(lines) == (lines, None, 0)


def test_strip_markup_returns_first_h1_only():
    _, headline = strip_markup(["# First", "text", "# Second"])
    assert headline == "First"


def test_footnote_definitions_stay_as_numbered_references():
    text = (
        "# Gene therapy update\n\nThe trial enrolled 44 people.[^1]\n\n"
        "[^1]: Ashworth K, Mensah A. Gene therapy for sickle cell. *N Engl J Med*. 2025;392(9):861-872.\n"
        "[docs]: https://example.org/docs\n"
    )
    article = read_markdown(text)
    assert "people.[1]" in article.text
    assert "[1] Ashworth K, Mensah A. Gene therapy for sickle cell. N Engl J Med. 2025;392(9):861-872." in article.text
    assert "example.org" not in article.text  # a link definition is still dropped


def test_a_link_to_a_doi_keeps_its_target() -> None:
    assert (
        inline("[Walking and mood](https://doi.org/10.5555/wm.7)") == "Walking and mood (https://doi.org/10.5555/wm.7)"
    )
    assert inline("[the charity](https://example.org/report)") == "the charity"
