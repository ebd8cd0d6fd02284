"""Letters without their accents and tone marks, for comparing names spelt both ways ("Nguyễn" and "Nguyen")."""

from __future__ import annotations

import unicodedata


def without_diacritics(text: str) -> str:
    """'Nguyễn Thị Hồng' -> 'Nguyen Thi Hong'; 'đ', which has no decomposition, becomes 'd'."""
    letters = (c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "".join(letters).replace("đ", "d").replace("Đ", "D")
