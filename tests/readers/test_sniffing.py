import pytest

from pipelines.readers.errors import UnreadableFile
from pipelines.readers.sniffing import looks_binary, refuse_non_text


@pytest.mark.parametrize(
    ("data", "rule", "named"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "unsupported", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "unsupported", ".docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "unsupported", ".doc"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "binary", "GIF"),
        (b"\x1f\x8b\x08\x00\x00\x00", "binary", "gzip"),
    ],
)
def test_known_binary_formats_are_named(data, rule, named):
    with pytest.raises(UnreadableFile) as err:
        refuse_non_text(data)
    assert err.value.rule == rule
    assert named in err.value.reason


@pytest.mark.parametrize("data", [b"MZ is a text line", b"ID3 tags are discussed here", b"RIFF raff", b"Plain words"])
def test_text_starting_like_a_weak_magic_number_passes(data):
    refuse_non_text(data)


@pytest.mark.parametrize(
    ("data", "expected"),
    [(b"", False), (b"ordinary text\n\twith tabs\r\n", False), (b"\x00\x01\x02\x03" * 100, True)],
)
def test_looks_binary(data, expected):
    assert looks_binary(data) is expected
