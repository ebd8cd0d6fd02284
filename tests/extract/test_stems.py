import pytest

from pipelines.extract.stems import HintBits, Stems


@pytest.mark.parametrize(
    ("stems", "text", "found"),
    [
        (("cohort", "compared", "case"), "A Cohort study", True),
        (("cohort", "compared", "case"), "They COMPARED two groups", True),
        (("cohort", "compared", "case"), "nothing here", False),
        # a stem that is the prefix of another still counts on its own
        (("random", "randomi"), "at random", True),
        (("co", "cohort"), "c o", False),
        (("out of a hat",), "picked out of a hat", True),
        (("out of a hat",), "that hat", False),
        ((), "anything", False),
    ],
)
def test_found_in_any_case(stems: tuple[str, ...], text: str, found: bool) -> None:
    assert Stems(stems).found_in(text) is found
    assert Stems(stems).found_in_lowercase(text.lower()) is found


def test_stems_must_be_lowercase() -> None:
    with pytest.raises(ValueError):
        Stems(("Cohort",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hint inside a longer one that starts at the same place, and one that starts later inside it
        ("it was more likely", 0b0111),
        ("no more", 0b0001),
        ("nothing", 0),
        ("likely more", 0b0101),
    ],
)
def test_hint_bits_find_every_hint_present(text: str, expected: int) -> None:
    hints = HintBits({"more": 0b0001, "more likely": 0b0100, "more ": 0b0010, "likely": 0b0100})
    assert hints.found_in_lowercase(text) == expected


def test_hint_bits_agree_with_testing_each_hint() -> None:
    bits = {"fall": 1, "fall by": 2, "all": 4, "by ": 8, "as many": 16, "many": 32}
    hints = HintBits(bits)
    for text in ["it fell", "falls by half", "as many as all", "by and by", "small fall by a bit", ""]:
        expected = 0
        for hint, value in bits.items():
            if hint in text:
                expected |= value
        assert hints.found_in_lowercase(text) == expected
