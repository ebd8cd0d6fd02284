import pytest

from pipelines.extract.stems import Stems


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
