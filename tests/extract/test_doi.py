import pytest

from pipelines.extract.doi import ANY_DOI, DOI, LINKED_DOI, clean_doi


@pytest.mark.parametrize(
    ("text", "linked", "any_"),
    [
        ("See https://doi.org/10.5555/abc.2024.1 for more.", "10.5555/abc.2024.1", "10.5555/abc.2024.1"),
        ("doi: 10.1056/NEJMoa2307412.", "10.1056/NEJMoa2307412.", "10.1056/NEJMoa2307412."),
        ("DOI 10.1136/bmj.k851", "10.1136/bmj.k851", "10.1136/bmj.k851"),
        ("http://dx.doi.org/10.1001/jama.2020.1", "10.1001/jama.2020.1", "10.1001/jama.2020.1"),
        # a bare identifier has no link
        ("Sleep. 2020;1:1-2. 10.5555/sl.1", None, "10.5555/sl.1"),
        ("In 10.5 cases per 1,000", None, None),
    ],
)
def test_linked_and_bare_identifiers(text: str, linked: str | None, any_: str | None) -> None:
    found_linked, found_any = LINKED_DOI.search(text), ANY_DOI.search(text)
    assert (found_linked.group(1) if found_linked else None) == linked
    assert (found_any.group(1) if found_any else None) == any_
    assert bool(DOI.search(text)) == (any_ is not None)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("10.5555/abc.1.", "10.5555/abc.1"),
        ("10.5555/abc.1);", "10.5555/abc.1"),
        ("10.1016/S0140-6736(20)30183-5).", "10.1016/S0140-6736(20)30183-5"),
        ("10.5555/x]", "10.5555/x"),
    ],
)
def test_clean_doi_drops_the_sentence_around_it(raw: str, clean: str) -> None:
    assert clean_doi(raw) == clean
