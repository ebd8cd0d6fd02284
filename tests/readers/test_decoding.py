import codecs

import pytest

from pipelines.readers.decoding import decode
from pipelines.readers.errors import UnreadableFile

CAFE = "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve\u2026"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (CAFE.encode("utf-8"), CAFE, "utf-8"),
        (codecs.BOM_UTF8 + CAFE.encode("utf-8"), CAFE, "utf-8"),
        (codecs.BOM_UTF16_LE + CAFE.encode("utf-16-le"), CAFE, "utf-16-le"),
        (codecs.BOM_UTF16_BE + CAFE.encode("utf-16-be"), CAFE, "utf-16-be"),
        (codecs.BOM_UTF32_LE + CAFE.encode("utf-32-le"), CAFE, "utf-32-le"),
        (
            "A caf\u00e9 article about massage therapy".encode("utf-16-le"),
            "A caf\u00e9 article about massage therapy",
            "utf-16-le",
        ),
        (CAFE.encode("cp1252"), CAFE, "cp1252"),
        ("Caf\u00e9 na\u00efve \u00bd".encode("latin-1"), "Caf\u00e9 na\u00efve \u00bd", "cp1252"),
        # 0x81 is undefined in cp1252: Latin-1 reads it, normalisation later drops the control character.
        (b"caf\xe9 \x81", "caf\u00e9 \x81", "latin-1"),
    ],
)
def test_decodes_known_encodings(data, text, encoding):
    assert decode(data) == (text, encoding)


def test_bom_is_not_part_of_the_text():
    text, _ = decode(codecs.BOM_UTF8 + b"Title")
    assert not text.startswith("\ufeff")
    assert text == "Title"


@pytest.mark.parametrize(
    ("data", "rule"),
    [
        (bytes(range(256)) * 20, "binary"),
        (b"\x01\x02\x03\x04\x05\x06" * 500, "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "undecodable"),  # lone surrogate
    ],
)
def test_refuses_what_is_not_text(data, rule):
    with pytest.raises(UnreadableFile) as err:
        decode(data)
    assert err.value.rule == rule


def test_utf8_with_a_few_nul_bytes_is_still_text():
    text, encoding = decode(b"Some text\x00 with a NUL byte in the middle of a sentence.")
    assert encoding == "utf-8"
    assert "NUL byte" in text
