"""Bytes to str: BOMs, UTF-8, then a detected legacy encoding; binary data is refused."""

from __future__ import annotations

import codecs

from pipelines.readers.errors import UnreadableFile

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise UnreadableFile."""
    if not data.strip():
        raise UnreadableFile("empty file: no bytes other than whitespace", rule="empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise UnreadableFile("binary data: NUL bytes and not valid UTF-8 or UTF-16", rule="binary")
    return data.decode("cp1252", errors="replace"), "cp1252"
