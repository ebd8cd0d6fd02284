import pytest

from pipelines.extract.sentence_numbers import numbers_by_sentence, numbers_in
from pipelines.extract.sentences import split_sentences

TEXT = "The trial enrolled 120 adults. Nothing here. They met 8 times over 6 weeks."


def test_numbers_in_keeps_text_order():
    sentences = split_sentences(TEXT)
    assert [n.text for n in numbers_in(TEXT, sentences)] == ["120", "8", "6"]


@pytest.mark.parametrize("shared", [False, True])
def test_pairs_are_the_same_with_or_without_shared_numbers(shared):
    sentences = split_sentences(TEXT)
    numbers = numbers_in(TEXT, sentences) if shared else None
    pairs = [(s.text[:8], n.text) for s, n in numbers_by_sentence(TEXT, sentences, numbers)]
    assert pairs == [("The tria", "120"), ("They met", "8"), ("They met", "6")]


def test_numbers_outside_the_given_sentences_are_dropped():
    sentences = split_sentences(TEXT)
    everything = numbers_in(TEXT, sentences)
    last_only = [s for s in sentences if "met" in s.text]
    assert [n.text for _, n in numbers_by_sentence(TEXT, last_only, everything)] == ["8", "6"]
