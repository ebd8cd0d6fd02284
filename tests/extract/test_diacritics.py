"""Names compared with and without their accents and tone marks."""

from __future__ import annotations

import pytest

from pipelines.extract.diacritics import without_diacritics


@pytest.mark.parametrize(
    ("name", "plain"),
    [("Nguyễn Thị Hồng", "Nguyen Thi Hong"), ("Đặng", "Dang"), ("Sepúlveda Araya", "Sepulveda Araya"), ("Lin", "Lin")],
)
def test_without_diacritics(name: str, plain: str) -> None:
    assert without_diacritics(name) == plain
