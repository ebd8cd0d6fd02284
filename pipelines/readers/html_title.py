"""The headline of an HTML page: publisher metadata, the article's <h1>, or <title> minus the site name."""

from __future__ import annotations

import json
import re

import lxml.html

from pipelines.readers.html_tree import element_text

# "Headline | Site", "Headline - Site", "Headline — Site", "Site :: Headline".
_SITE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
_META_TITLES = (
    "og:title",
    "twitter:title",
    "dc.title",
    "citation_title",
    "parsely-title",
    "sailthru.title",
)
_MAX_TITLE_CHARS = 300
_MIN_HEADLINE_WORDS = 6


def html_title(root: lxml.html.HtmlElement) -> str | None:
    """Prefer an <h1> confirmed by the page title or metadata, then metadata, then <h1>, then <title>."""
    page_title = _page_title(root)
    meta = _meta_title(root) or _json_ld_headline(root)
    site_names = _site_names(page_title)
    headings = [
        h
        for h in (element_text(e) for e in root.iter("h1") if not _in_site_header(e))
        if _usable(h) and h.casefold() not in site_names
    ]
    # A blog theme that spends its <h1> on the site's name titles the post in a classed <h2>.
    if not headings:
        headings = [h for h in (element_text(e) for e in root.xpath(_POST_TITLE, namespaces=_EXSLT)) if _usable(h)]
    references = [t for t in (meta, page_title) if t]
    for heading in headings:
        if any(_same_title(heading, ref) for ref in references):
            return heading
    # One headline-length <h1> is what the reader sees; metadata often carries a shorter SEO variant of it.
    if len(headings) == 1 and len(headings[0].split()) >= _MIN_HEADLINE_WORDS:
        return headings[0]
    if meta and _usable(meta):
        return _strip_site_name(meta)
    main_headings = [h for h in (element_text(e) for e in root.xpath("//article//h1|//main//h1")) if _usable(h)]
    if main_headings:
        return main_headings[0]
    if len(headings) == 1:
        return headings[0]
    if page_title:
        return _strip_site_name(page_title)
    return headings[0] if headings else None


# The site's name as a heading: in the page header, or in an element named for the site or its logo.
_SITE_HEADER = re.compile(r"(?i)site[-_]?(?:title|name|branding|header)|\blogo\b|\bbrand\b|masthead")
# A post's own title in a blog theme: "entry-title", "post-title", "article-title", "story-headline".
_POST_TITLE = (
    "//*[self::h1 or self::h2 or self::h3][re:test(@class, '(?:entry|post|article|story)[-_]?(?:title|headline)', 'i')]"
)


_EXSLT = {"re": "http://exslt.org/regular-expressions"}


def _in_site_header(element: lxml.html.HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag == "header" and not any(a.tag in ("article", "main") for a in ancestor.iterancestors()):
            return True
        if _SITE_HEADER.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return True
    return bool(_SITE_HEADER.search(f"{element.get('class', '')} {element.get('id', '')}"))


def _usable(text: str | None) -> bool:
    return bool(text) and len(text) <= _MAX_TITLE_CHARS and any(ch.isalpha() for ch in text)


def _page_title(root: lxml.html.HtmlElement) -> str | None:
    for element in root.iter("title"):
        text = element_text(element)
        if _usable(text):
            return text
    return None


def _meta_title(root: lxml.html.HtmlElement) -> str | None:
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        if key in _META_TITLES:
            content = " ".join((element.get("content") or "").split())
            if _usable(content):
                return content
    return None


def _json_ld_headline(root: lxml.html.HtmlElement) -> str | None:
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for item in data if isinstance(data, list) else [data]:
            headline = item.get("headline") if isinstance(item, dict) else None
            if isinstance(headline, str) and _usable(headline.strip()):
                return " ".join(headline.split())
    return None


def _site_names(page_title: str | None) -> set[str]:
    """The parts of "Headline | Site name" other than the headline: an <h1> equal to one is a logo."""
    parts = [p.strip() for p in _SITE_SEPARATORS.split(page_title or "") if p.strip()]
    if len(parts) < 2:
        return set()
    headline = max(parts, key=len)
    return {p.casefold() for p in parts if p != headline}


def _strip_site_name(title: str) -> str:
    """Keep the longest part of "Headline | Site name": site names are shorter than headlines."""
    parts = [p for p in _SITE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    return max(parts, key=len).strip()


def _same_title(heading: str, reference: str) -> bool:
    """The heading is the reference itself or its headline part."""
    h, r = heading.casefold(), reference.casefold()
    short = _strip_site_name(reference).casefold()
    # Metadata often carries the headline without its second part ("Knee surgery first?" for the <h1>
    # "Knee surgery first? What a new trial says").
    extends = len(short) >= 10 and h.startswith(short) and not h[len(short) : len(short) + 1].isalnum()
    return h in (r, short) or (len(h) >= 10 and r.startswith(h)) or extends
