"""Properties of the whole extraction: never raises, every evidence span lies inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extract.article import extract_article

WORDS = st.sampled_from(
    "The trial study review randomised randomly assigned 120 adults patients with pain sessions weeks "
    "months follow-up placebo versus usual care improved no difference 12-week twenty-four n = 14 "
    "et al. 2019;364:l689 doi:10.1000/xyz PMID 123 References 1. Smith J. ( ) [1] , . ; : % $ \n".split(" ")
)
TEXTS = st.one_of(st.text(max_size=2000), st.lists(WORDS, max_size=400).map(" ".join))


def _spans(facts):
    for study in facts.studies:
        yield from study.evidence.values()
        yield from (a.evidence for a in study.arms)
        yield from (d.evidence for d in study.durations)
        yield from (o.evidence for o in study.outcomes)
    yield from (c.evidence for c in facts.citations if c.evidence)
    yield from (s.evidence for s in facts.statements)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_extraction_never_raises_and_spans_stay_inside(text: str):
    facts = extract_article(text)
    for evidence in _spans(facts):
        assert 0 <= evidence.start < evidence.end <= len(text)
        assert text[evidence.start : evidence.end] in evidence.sentence
