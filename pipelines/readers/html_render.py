"""Render trafilatura's main-text tree (head, p, list/item, table/row/cell, quote, lb) as lines of plain text.

One block per line: headings and paragraphs alone on their line, list items each on their own line
with the number they showed ("1." for ordered lists, "-" otherwise), table rows as cells joined by " | ".
"""

from __future__ import annotations

from lxml import etree

_BLOCKS = {"p", "head", "quote", "code", "item", "row"}
_MAX_DEPTH = 200  # trafilatura flattens deep trees, but a hostile page must not exhaust the stack


def render_tree(body: etree._Element) -> list[str]:
    """Lines of the main-text tree trafilatura extracted (its `Document.body`)."""
    lines: list[str] = []
    _render(body, lines, 0)
    return lines


def _render(element: etree._Element, lines: list[str], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "list":
            _render_list(child, lines, depth)
        elif tag == "table":
            _render_table(child, lines, depth)
            lines.append("")
        elif tag in _BLOCKS:
            lines.extend(_inline_lines(child))
            lines.append("")
        elif tag in {"comments", "graphic"}:
            continue
        else:
            _render(child, lines, depth + 1)


def _render_list(element: etree._Element, lines: list[str], depth: int) -> None:
    ordered = (element.get("rend") or "").lower() in {"ol", "ordered"}
    number = 0
    for item in element:
        if item.tag != "item":
            continue
        number += 1
        marker = f"{number}." if ordered else "-"
        nested = [c for c in item if c.tag == "list"]
        for c in nested:
            item.remove(c)  # render the item's own text first, its sub-list after
        text_lines = _inline_lines(item) or [""]
        lines.append(f"{marker} {text_lines[0]}".rstrip())
        lines.extend(text_lines[1:])
        for c in nested:
            _render_list(c, lines, depth + 1)
    lines.append("")


def _render_table(element: etree._Element, lines: list[str], depth: int) -> None:
    for row in element.iter("row"):
        row_cells = list(row.iter("cell"))
        # A layout table (e-mail newsletters, old sites) holds headings and paragraphs in its cells, not data:
        # its blocks are rendered one per line, never glued into a row.
        if any(_holds_blocks(cell) for cell in row_cells):
            for cell in row_cells:
                _render(cell, lines, depth + 1)
                lines.append("")
            continue
        cells = [" ".join("".join(cell.itertext()).split()) for cell in row_cells]
        cells = [c for c in cells if c]
        if cells:
            lines.append(" | ".join(cells))


def _holds_blocks(cell: etree._Element) -> bool:
    return any(isinstance(child.tag, str) and child.tag in _BLOCKS | {"list", "table"} for child in cell)


def _inline_lines(element: etree._Element) -> list[str]:
    """The element's text with <lb/> as a line break; nested blocks are flattened into the text."""
    parts: list[str] = []
    for piece in _walk(element, 0):
        parts.append(piece)
    text = "".join(parts)
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _walk(element: etree._Element, depth: int):
    if element.text:
        yield element.text
    for child in element:
        if depth < _MAX_DEPTH:
            if child.tag == "lb":
                yield "\n"
            else:
                yield from _walk(child, depth + 1)
                if child.tag in _BLOCKS or child.tag in {"list", "table"}:
                    yield "\n"
        if child.tail:
            yield child.tail
