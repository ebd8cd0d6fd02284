"""Visible text of an HTML page without trafilatura, for pages it finds no main text in.

Scripts, styles, navigation, headers, footers, asides and forms are dropped; block elements end a line.
"""

from __future__ import annotations

import lxml.html

_DROP = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "svg",
    "iframe",
    "object",
    "embed",
    "head",
)
_BLOCK_TAGS = frozenset(
    "p div section article main li tr h1 h2 h3 h4 h5 h6 blockquote pre dd dt figcaption table ul ol dl br hr "
    "address caption summary details".split()
)


def fallback_lines(root: lxml.html.HtmlElement) -> list[str]:
    for element in list(root.iter(*_DROP)):
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()
    body = root.find("body")
    pieces: list[str] = []
    _collect(body if body is not None else root, pieces)
    return [" ".join(line.split()) for line in "".join(pieces).split("\n")]


def _collect(root: lxml.html.HtmlElement, pieces: list[str]) -> None:
    """Iterative walk (no recursion limit on deeply nested hostile pages)."""
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if closing:
            if tag in _BLOCK_TAGS:
                pieces.append("\n")
            if node.tail:
                pieces.append(node.tail)
            continue
        if tag in _BLOCK_TAGS:
            pieces.append("\n")
        if tag == "li":
            pieces.append("- ")
        if node.text and isinstance(node.tag, str):
            pieces.append(node.text)
        stack.append((node, True))
        for child in reversed(node):
            stack.append((child, False))
