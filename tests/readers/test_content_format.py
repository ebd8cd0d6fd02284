import time

import pytest

from pipelines.readers.content_format import effective_format


@pytest.mark.parametrize(
    ("claimed", "text", "fmt"),
    [
        ("txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("txt", '  <?xml version="1.0"?>\n<!-- saved page --><html lang="en"><p>x</p></html>', "html"),
        ("md", "<html>\n<body>x</body></html>", "html"),
        ("txt", "The <html> element is mentioned in prose.", "txt"),
        ("md", "# Title\n\nText with <br> tags.", "md"),
        ("html", "Plain headline\n\nNo markup at all, 3 < 4 and 5 > 2.", "txt"),
        ("html", "<p>Some text</p>", "html"),
        ("html", "Text then </div> only", "html"),
    ],
)
def test_effective_format(claimed, text, fmt):
    assert effective_format(claimed, text) == fmt


def test_many_comments_do_not_backtrack():
    text = "<!-- a -->" * 6000 + "plain text"
    start = time.perf_counter()
    assert effective_format("txt", text) == "txt"
    assert time.perf_counter() - start < 1.0
