"""Bytes to str: BOMs, UTF-16/32 without BOM, UTF-8, then Windows-1252 / Latin-1; binary data is refused."""

from __future__ import annotations

import codecs

from pipelines.readers.errors import UnreadableFile
from pipelines.readers.sniffing import looks_binary

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes cp1252 leaves undefined; Latin-1 maps them to C1 controls, which normalisation drops.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise UnreadableFile. The BOM is never part of the text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding), encoding
    utf16 = _bomless_utf16(data)
    if utf16:
        return _strict(data, utf16), utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if looks_binary(data.replace(b"\x00", b"")):
            raise UnreadableFile("binary data: control bytes throughout, not text", rule="binary")
        return text, "utf-8"
    if looks_binary(data):
        raise UnreadableFile("binary data: not valid UTF-8 and full of control bytes", rule="binary")
    if _CP1252_HOLES.isdisjoint(data):
        return data.decode("cp1252"), "cp1252"
    return data.decode("latin-1"), "latin-1"


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        reason = f"undecodable: looks like {encoding} but byte {err.start} is invalid there"
        raise UnreadableFile(reason, rule="undecodable") from None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM shows as NUL in every other byte of ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None
