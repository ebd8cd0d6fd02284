"""Correct the format the file name claims when the text plainly says otherwise.

Scrapers save whole HTML pages as .txt and plain text as .html; reading markup as prose (or prose as
markup) would put tags in the article text or lose its headline.
"""

from __future__ import annotations

import re

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--(?:(?!-->).){0,2000}-->\s*)*<(?:!doctype\s+html|html[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_ANY_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9-]{0,30}[\s/>]|/[a-zA-Z]|!--|!doctype)", re.IGNORECASE)
_SNIFF_CHARS = 65536


def effective_format(claimed: str, text: str) -> str:
    head = text[:_SNIFF_CHARS]
    if claimed in {"txt", "md"} and _HTML_START.match(head):
        return "html"
    if claimed == "html" and not _ANY_TAG.search(head):
        return "txt"
    return claimed
