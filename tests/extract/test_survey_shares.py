import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.survey_shares import survey_outcomes


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Just over 41% had smoked a waterpipe in the past month.", ["smoked a waterpipe in the past month"]),
        (
            "And 63% said a waterpipe was less harmful than cigarettes.",
            ["a waterpipe was less harmful than cigarettes"],
        ),
        ("Six in ten had texted at the wheel in the past month.", ["texted at the wheel in the past month"]),
        (
            "About half said they would support a sugar tax, mostly because of children's teeth.",
            ["support a sugar tax"],
        ),
        ("Some 38% felt lonely “most or all of the time”.", ["lonely most or all of the time"]),
        # one word says how they were, a pronoun points elsewhere, and a comparison ends the phrase
        ("Nearly 30% were hesitant.", []),
        ("Only 12% were still doing it.", []),
        ("About 41% had smoked a waterpipe, compared with 12% who had smoked a cigarette.", ["smoked a waterpipe"]),
        ("The survey ran in spring.", []),
        # a case series tells its few patients as a whole
        ("Almost all had vomiting or diarrhoea in the first days.", ["vomiting or diarrhoea in the first days"]),
        ("Most had tingling in the hands and feet.", ["tingling in the hands and feet"]),
        ("It was the most common reason.", []),
        ("In all, 40% worried about their child's weight.", ["worried about their child's weight"]),
        ("Three in four said they hand over a phone at least once a day.", ["hand over a phone at least once a day"]),
        # a share spelled out at the head of a sentence
        ("Forty-two per cent said they skipped breakfast on school days.", ["skipped breakfast on school days"]),
        ("Seventeen percent had used a sunbed in the past year.", ["used a sunbed in the past year"]),
        ("Twenty people had used a sunbed.", []),
    ],
)
def test_survey_outcomes(sentence, names):
    assert [name for name, _ in survey_outcomes(sentence, 0, len(sentence))] == names


def test_only_a_survey_reads_its_shares_as_outcomes():
    survey = "A survey of 3,906 students at six universities found that 41% had smoked a waterpipe in the past month."
    trial = (
        "A trial randomly assigned 300 students to a quit app or a leaflet. "
        "In all, 41% had smoked a waterpipe in the past month."
    )
    names = [o.name for s in extract_article(survey, "H").studies for o in s.outcomes]
    assert "smoked a waterpipe in the past month" in names
    assert "smoked a waterpipe in the past month" not in [
        o.name for s in extract_article(trial, "H").studies for o in s.outcomes
    ]
