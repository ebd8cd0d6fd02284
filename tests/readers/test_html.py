import pytest

from pipelines.readers.errors import UnreadableFile
from pipelines.readers.html import read_html
from pipelines.readers.html_title import html_title
from pipelines.readers.html_tree import parse_html

PARA = (
    "<p>Researchers enrolled 226 adults with fibromyalgia and randomly assigned them to tai chi or aerobic "
    "exercise, meeting twice weekly for 24 weeks, and followed them for a full year afterwards.</p>"
)

PAGE = f"""<!DOCTYPE html><html><head><title>Tai Chi Eases Fibromyalgia | Health Site</title>
<script>var tracking = "We use cookies";</script><style>body {{ color: red }}</style></head>
<body>
<div id="cookie-banner"><p>We use cookies to personalise content and ads. By clicking Accept you consent.</p>
<button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article>
<h1>Tai Chi Eases Fibromyalgia</h1>
<p class="byline">By Jane Roe &middot; 7 min read</p>
{PARA}
<h2>1. What the researchers did</h2>
{PARA.replace("226", "66")}
<table><tr><th>Group</th><th>n</th></tr><tr><td>Tai chi</td><td>151</td></tr></table>
<p>Second paragraph with more detail on the trial outcomes and how the symptom scores changed over time.</p>
<h3>References</h3>
<ol><li>Wang C, et al. Effect of tai chi versus aerobic exercise. BMJ. 2018;360:k851. doi:10.1136/bmj.k851</li>
<li>Wang C, et al. A randomized trial of tai chi for fibromyalgia. N Engl J Med. 2010;363(8):743-54.</li></ol>
<ul class="references"><li>Extra reference one. J Pain. 2001;1:1-2.</li><li>Extra reference two.</li></ul>
<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">Email</a></div>
</article>
<aside><h3>You might also like</h3><ul><li><a href="/x">Another story</a></li></ul></aside></main>
<footer><p>&copy; 2024 Health Site. All rights reserved.</p></footer>
<script>document.write("script text")</script>
</body></html>"""


def test_main_text_keeps_content_and_structure():
    article = read_html(PAGE)
    lines = article.text.split("\n")
    assert article.title == "Tai Chi Eases Fibromyalgia"
    assert "1. What the researchers did" in lines
    first_reference = (
        "1. Wang C, et al. Effect of tai chi versus aerobic exercise. BMJ. 2018;360:k851. doi:10.1136/bmj.k851"
    )
    assert first_reference in lines
    assert any(line.startswith("2. Wang C, et al. A randomized trial") for line in lines)
    assert "- Extra reference one. J Pain. 2001;1:1-2." in lines
    assert "Tai chi | 151" in lines
    assert any("226 adults" in line for line in lines)


@pytest.mark.parametrize(
    "cruft",
    [
        "cookies",
        "Accept all",
        "script text",
        "tracking",
        "color: red",
        "Another story",
        "All rights reserved",
        "Facebook",
        "7 min read",
        "Home",
    ],
)
def test_main_text_drops_cruft(cruft):
    assert cruft not in read_html(PAGE).text


def test_text_has_one_paragraph_per_line():
    text = read_html(PAGE).text
    paragraph = [line for line in text.split("\n") if "226 adults" in line]
    assert len(paragraph) == 1 and paragraph[0].endswith("afterwards.")
    assert "\r" not in text


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        ("<title>Headline Here | Site</title>", "<h1>Headline Here</h1>", "Headline Here"),
        (
            "<title>Good Company &ndash; Autumn Newsletter &ndash; Cedar Valley Hospice</title>",
            "<article><h1>What the Research Says About Massage</h1></article>",
            "What the Research Says About Massage",
        ),
        ('<meta property="og:title" content="The OG Headline">', "<h1>Site Logo</h1><h1>Other</h1>", "The OG Headline"),
        ("<title>Only A Title Headline - Site Name</title>", "<p>x</p>", "Only A Title Headline"),
        ('<script type="application/ld+json">{"headline": "LD Headline"}</script>', "<p>x</p>", "LD Headline"),
        ("", "<p>no title at all</p>", None),
        ("<title>Massage Helps Neck Pain | Health Site</title>", "<h1>Health Site</h1>", "Massage Helps Neck Pain"),
        # the one headline-length <h1> the reader sees beats a shorter SEO headline in the metadata
        (
            '<meta property="og:title" content="Zinc and colds">',
            "<h1>Sucking sweets and sniffles: what a zinc trial tells us about colds</h1>",
            "Sucking sweets and sniffles: what a zinc trial tells us about colds",
        ),
        (
            '<meta property="og:title" content="Zinc and colds in students">',
            "<h1>Latest news</h1>",
            "Zinc and colds in students",
        ),
    ],
)
def test_html_title(head, body, title):
    root = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert html_title(root) == title


def test_broken_html_still_yields_text():
    article = read_html("<html><body><div><p>Unclosed paragraph about a massage trial <b>bold <i>italic<p>Second para")
    assert "Unclosed paragraph about a massage trial bold italic" in article.text
    assert "Second para" in article.text


def test_fallback_when_trafilatura_finds_nothing():
    # A short page without article markup: trafilatura keeps little or nothing, the fallback reads it.
    article = read_html("<html><body><div>Massage helped 64 adults.</div><div>Second block.</div></body></html>")
    assert article.text.split("\n")[0] == "Massage helped 64 adults."
    assert "Second block." in article.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><script>var a = 1;</script></head><body><script>alert('x')</script></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav><footer>Privacy</footer></body></html>",
        "   ",
    ],
)
def test_pages_without_text_are_refused(page):
    with pytest.raises(UnreadableFile) as err:
        read_html(page)
    assert err.value.rule == "no_main_text"


def test_xml_declaration_is_accepted():
    article = read_html('<?xml version="1.0" encoding="utf-8"?><html><body><h1>Hi there</h1><p>Body.</p></body></html>')
    assert article.title == "Hi there"
    assert "Body." in article.text


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        # metadata carries only the first part of the <h1>
        (
            '<meta property="og:title" content="Hip surgery or exercise first?">',
            "<h1>Hip surgery or exercise first? What a new trial tells us</h1>",
            "Hip surgery or exercise first? What a new trial tells us",
        ),
        # only a whole-word extension counts: "Sleep tips" is not the start of "Sleep tipsters ranked"
        (
            '<meta property="og:title" content="Sleep tips">',
            "<h1>Logo</h1><h1>Sleep tipsters ranked</h1>",
            "Sleep tips",
        ),
    ],
)
def test_html_title_h1_extends_metadata(head, body, title):
    root = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert html_title(root) == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a blog theme that spends its <h1> on the site's name and titles the post in a classed <h2>
        (
            "<html><head><title>Home - Riverside Clinic Blog</title></head><body>"
            "<div class='site-title'><h1>Riverside Clinic Blog</h1></div><div class='post'>"
            "<h2 class='entry-title'>Acupuncture for hot flushes: our physio explains the latest trial</h2>"
            "<p>A trial of 209 women found acupuncture helped.</p></div></body></html>",
            "Acupuncture for hot flushes: our physio explains the latest trial",
        ),
        # the site's name in the page header, the headline in the article
        (
            "<html><head><title>Health news</title></head><body><header><h1>The Daily Dose</h1></header>"
            "<article><h1>Zinc lozenges shorten colds by a day, review finds</h1><p>Text.</p></article></body></html>",
            "Zinc lozenges shorten colds by a day, review finds",
        ),
        # an article's own header holds its headline
        (
            "<html><head><title>Health news</title></head><body><article><header>"
            "<h1>Zinc lozenges shorten colds by a day, review finds</h1></header><p>Text.</p></article></body></html>",
            "Zinc lozenges shorten colds by a day, review finds",
        ),
    ],
)
def test_the_sites_name_as_a_heading_is_no_headline(page: str, title: str) -> None:
    assert html_title(parse_html(page)) == title
