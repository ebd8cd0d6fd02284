"""Strip Markdown markup line by line so offsets point at the words a reader sees.

Headings lose their #, emphasis and code marks go, links keep their text, images and link
definitions go, table rows become cells joined by " | ", list numbering stays ("1." for references).
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# A trailing "{#id .class}" is a heading attribute (Pandoc, kramdown), not text.
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?(?:\s*\{[#.][^{}]*\})?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[(?!\^)[^\]]{1,200}\]:\s+\S+.*$")
# "[^1]: Ashworth K, et al. ..." is a footnote's text (often the reference itself), not a link target: it stays,
# numbered like its marker in the body ("[1]").
_FOOTNOTE_DEFINITION = re.compile(r"^\s{0,3}\[\^([^\]\s]{1,40})\]:\s*")
_BLOCKQUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_BULLET = re.compile(r"^(\s*)[*+]\s+")
_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)|!\[[^\]\n]{0,500}\]\[[^\]\n]{0,200}\]")
_LINK = re.compile(r"\[([^\]\n]{0,1000})\]\(((?:[^()\n]|\([^()\n]{0,500}\)){0,2000})\)")
# A link to a paper's DOI is the reference's identifier: "[Title](https://doi.org/10...)" keeps it in brackets.
_DOI_TARGET = re.compile(r"(?i)^\s*<?((?:https?://)?(?:dx\.)?doi\.org/10\.\d{4,9}/[^\s>\"]+)>?(?:\s+\"[^\"]*\")?\s*$")
_REF_LINK = re.compile(r"\[([^\]\n]{1,1000})\]\[[^\]\n]{0,200}\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]{1,2000})>")
_FOOTNOTE = re.compile(r"\[\^([^\]\s]{1,40})\]")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,1000})?/?>")
_CODE = re.compile(r"`{1,3}([^`\n]{1,2000})`{1,3}")
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{0,2000}?\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{0,2000}?\S)\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)([^_\n]{0,2000}?\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)([^~\n]{0,2000}?\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# A "# " heading further down is a section title ("# References"), not the headline.
_HEADLINE_WITHIN = 15
_HTML_ENTITY = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
_ENTITY = re.compile("|".join(map(re.escape, _HTML_ENTITY)))


def strip_html_comments(text: str) -> str:
    """Remove <!-- ... --> with a linear scan (an unclosed comment runs to the end)."""
    out: list[str] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            out.append(text[pos:])
            return "".join(out)
        out.append(text[pos:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(out)
        # Keep the line count: a multi-line comment becomes blank lines, not a merged line.
        out.append("\n" * text.count("\n", start, end))
        pos = end + 3


def strip_markup(lines: list[str]) -> tuple[list[str], str | None]:
    """Plain lines and the first level-one heading (the headline), if any."""
    out: list[str] = []
    headline: str | None = None
    in_fence = False
    seen = 0
    for index, line in enumerate(lines):
        seen += 1 if line.strip() else 0
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        heading = _HEADING.match(line)
        if heading:
            text = inline(heading.group(1))
            if headline is None and seen <= _HEADLINE_WITHIN and line.lstrip().startswith("# "):
                headline = text
            out.append(text)
            continue
        if _SETEXT_UNDERLINE.match(line) and out and out[-1].strip():
            if headline is None and line.strip().startswith("=") and index == _first_text_index(lines) + 1:
                headline = out[-1].strip()
            out.append("")
            continue
        if _RULE.match(line) or _TABLE_SEPARATOR.match(line) or _LINK_DEFINITION.match(line):
            out.append("")
            continue
        out.append(inline(_block_markers(_FOOTNOTE_DEFINITION.sub(r"[\1] ", line))))
    return out, headline


def _first_text_index(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), -1)


def _block_markers(line: str) -> str:
    line = _BLOCKQUOTE.sub("", line)
    line = _BULLET.sub(r"\1- ", line)
    stripped = line.strip()
    if stripped.startswith("|") or (stripped.endswith("|") and "|" in stripped[:-1]):
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        return " | ".join(c for c in cells if c)
    return line


def inline(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(_link_text, text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _FOOTNOTE.sub(r"[\1]", text)
    text = _HTML_TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    text = _STRIKE.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return _ENTITY.sub(lambda m: _HTML_ENTITY[m.group(0)], text)


def _link_text(link: re.Match[str]) -> str:
    doi = _DOI_TARGET.match(link.group(2))
    if doi and doi.group(1) not in link.group(1):
        return f"{link.group(1)} ({doi.group(1)})"
    return link.group(1)
