import pytest

from pipelines.pictographs import PICTOGRAPHS, TRAILING_PICTOGRAPHS, is_pictograph


@pytest.mark.parametrize(
    ("char", "expected"),
    [
        ("🫁", True),
        ("✅", True),
        ("🌐", True),
        ("\ufe0f", True),
        ("é", False),
        ("a", False),
        ("—", False),
        ("£", False),
    ],
)
def test_is_pictograph(char: str, expected: bool) -> None:
    assert is_pictograph(char) is expected


def test_stripping_keeps_the_words() -> None:
    assert PICTOGRAPHS.sub(" ", "📄 Raman P, et al.").strip() == "Raman P, et al."
    assert TRAILING_PICTOGRAPHS.sub("", "in their lungs. 🫁 ") == "in their lungs."
