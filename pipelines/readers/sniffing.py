"""Recognise files that are not text before decoding them: office documents, PDFs, images, archives.

Magic numbers are checked first so a PNG renamed .html is refused with a message naming what it is.
"""

from __future__ import annotations

from pipelines.readers.errors import UnreadableFile

# (leading bytes, format name, rule): documents we could read one day are "unsupported", the rest "binary".
_MAGIC = (
    (b"%PDF-", "PDF document", "unsupported"),
    (b"PK\x03\x04", "ZIP container (e.g. a .docx, .xlsx or .odt office document)", "unsupported"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Microsoft Office document (.doc, .xls)", "unsupported"),
    (b"{\\rtf", "RTF document", "unsupported"),
    (b"\x89PNG\r\n\x1a\n", "PNG image", "binary"),
    (b"\xff\xd8\xff", "JPEG image", "binary"),
    (b"GIF87a", "GIF image", "binary"),
    (b"GIF89a", "GIF image", "binary"),
    (b"RIFF", "RIFF media file (e.g. WebP, WAV, AVI)", "binary"),
    (b"\x1f\x8b", "gzip archive", "binary"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive", "binary"),
    (b"Rar!\x1a\x07", "RAR archive", "binary"),
    (b"\x7fELF", "ELF executable", "binary"),
    (b"MZ", "Windows executable", "binary"),
    (b"SQLite format 3\x00", "SQLite database", "binary"),
    (b"OggS", "Ogg media file", "binary"),
    (b"fLaC", "FLAC audio file", "binary"),
    (b"ID3", "MP3 audio file", "binary"),
)
# "MZ" and "ID3" are short enough to start real text ("MZ..." is unlikely, "ID3" is not a word);
# they only count when binary bytes follow, see _looks_binary.
_WEAK_MAGIC = {b"MZ", b"ID3", b"RIFF"}

# Control characters other than tab, LF, FF, CR, ESC never occur in text worth reading.
_CONTROL = frozenset(range(0x00, 0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_CONTROL_BYTES = bytes(sorted(_CONTROL))
_SAMPLE = 8192


def refuse_non_text(data: bytes) -> None:
    """Raise UnreadableFile when the bytes are a known binary format; return quietly otherwise."""
    for magic, what, rule in _MAGIC:
        if data.startswith(magic) and (magic not in _WEAK_MAGIC or looks_binary(data)):
            hint = " (save it as plain text, HTML or Markdown)" if rule == "unsupported" else ""
            raise UnreadableFile(f"{what}: not a text article{hint}", rule=rule)


def looks_binary(data: bytes) -> bool:
    """True when a sample holds too many control bytes for text in any 8-bit or UTF-8 encoding."""
    sample = data[:_SAMPLE]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # C speed, not a Python loop per byte
    return controls / len(sample) > 0.05
