"""Parse HTML text into an lxml tree that never raises: broken markup still gives a tree, or None."""

from __future__ import annotations

import lxml.html
from lxml import etree

# Comments, processing instructions and blank text carry no article content.
_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, remove_blank_text=False)


def parse_html(text: str) -> lxml.html.HtmlElement | None:
    """The document root, or None when there is nothing to parse."""
    if not text.strip():
        return None
    try:
        # Bytes, because lxml refuses str input that carries an XML encoding declaration.
        root = lxml.html.document_fromstring(text.encode("utf-8", errors="replace"), parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


def element_text(element: etree._Element) -> str:
    """Visible text of an element, whitespace collapsed."""
    return " ".join("".join(element.itertext()).split())
