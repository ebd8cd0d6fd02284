import pytest

from pipelines.extract.sentences import SentenceIndex
from pipelines.extract.statements import extract_statements
from pipelines.model import DurationFact, Evidence, StudyFacts


def _statements(text: str, studies: list[StudyFacts] | None = None, body_end: int | None = None):
    end = len(text) if body_end is None else body_end
    return extract_statements(text, SentenceIndex(text), end, studies or [])


@pytest.mark.parametrize(
    ("text", "kind", "value", "shown"),
    [
        ("About 12% of adults have gout.", "percentage", 12, "12%"),
        ("Rates rose by 7.5 percent last year.", "percentage", 7.5, "7.5 percent"),
        ("The gap was 21 percentage points.", "percentage", 21, "21 percentage points"),
        ("A class costs $25 at the door.", "money", 25, "$25"),
        ("The program cost 40 million dollars to run.", "money", 40_000_000, "40 million"),
        ("Participants were aged 30 and over.", "age", 30, "30"),
        ("My father is 92 years old.", "age", 92, "92"),
        ("Patients in their 70s were included.", "age", 70, "70"),
        ("The clinic was founded in 1987.", "calendar_year", 1987, "1987"),
        ("Babies weighed under 2,000 grams at birth.", "measure", 2000, "2,000"),
        ("Our team has 15 therapists.", "count", 15, "15"),
    ],
)
def test_statement_kinds(text, kind, value, shown):
    statements = _statements(text)
    assert [(s.kind, s.value, s.text) for s in statements] == [(kind, value, shown)]
    for s in statements:
        assert text[s.evidence.start : s.evidence.end] == s.text


def test_study_facts_and_time_spans_are_not_statements():
    text = "The trial enrolled 240 adults for 12 weeks; 30% were men."
    sample = text.index("240")
    span = text.index("12 weeks")
    study = StudyFacts(sample_size=240, sample_unit="participants")
    study.evidence["sample_size"] = Evidence(sample, sample + len("240 adults"), text)
    study.durations = [DurationFact(12, "week", "intervention", Evidence(span, span + 8, text))]
    assert [(s.kind, s.value) for s in _statements(text, [study])] == [("percentage", 30)]


def test_reference_list_after_body_end_is_skipped():
    text = "Half of adults, 52%, report pain.\nReferences\nDoe J. Pain. 2013;154:2649-57."
    statements = _statements(text, body_end=text.index("References"))
    assert [(s.kind, s.value) for s in statements] == [("percentage", 52)]


@pytest.mark.parametrize("text", ["", "no numbers here", "$", "%%%", "1999-2000 2,3,4 $$5 12.5% ~7"])
def test_never_raises_and_spans_stay_inside(text):
    for s in _statements(text):
        assert 0 <= s.evidence.start < s.evidence.end <= len(text)
        assert s.kind in ("percentage", "money", "age", "count", "calendar_year", "measure", "other")
