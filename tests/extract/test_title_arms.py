"""Arms read from invented trial titles, and a study whose cited title overrides its article's wording."""

from __future__ import annotations

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.title_arms import title_arms, title_treatment


def _names(title: str) -> list[tuple[str, str]]:
    return [(name, role) for _, name, role in title_arms(title, (0, len(title)))]


@pytest.mark.parametrize(
    ("title", "arms"),
    [
        (
            "Yoga versus physiotherapy for chronic neck pain: a randomised controlled trial",
            [("yoga", "intervention"), ("physiotherapy", "comparator")],
        ),
        # an adjective alone borrows the second arm's noun
        (
            "Hard versus soft occlusal splints for sleep bruxism: a three-arm randomized trial",
            [("hard occlusal splints", "intervention"), ("soft occlusal splints", "comparator")],
        ),
        (
            "Clockwise versus anticlockwise shift rotation in nurses: a cluster randomised trial",
            [("clockwise shift rotation", "intervention"), ("anticlockwise shift rotation", "comparator")],
        ),
        (
            "Effect of a walking programme vs usual care on fatigue in breast cancer survivors",
            [("walking programme", "intervention"), ("usual care", "comparator")],
        ),
        (
            "A comparison of the effects of cold water immersion and compared with rest",
            [("cold water immersion and", "intervention"), ("rest", "comparator")],
        ),
        (
            "Once-daily tarvopril compared with placebo in adults with resistant hypertension",
            [("tarvopril", "intervention"), ("placebo", "comparator")],
        ),
        # The first arm borrows the noun the title gives only once.
        (
            "Real versus sham laser therapy for heel pain",
            [("real laser therapy", "intervention"), ("sham laser therapy", "comparator")],
        ),
        (
            "Three versus six weeks of casting after ankle fracture",
            [("three weeks of casting", "intervention"), ("six weeks of casting", "comparator")],
        ),
        (
            "Group-based supervised versus home exercise after knee surgery (STRIDE): a pragmatic trial",
            [("group-based supervised exercise", "intervention"), ("home exercise", "comparator")],
        ),
        # A drug name is a noun: it takes nothing from the second arm.
        (
            "Melvotide vs insulin glargine in type 2 diabetes",
            [("melvotide", "intervention"), ("insulin glargine", "comparator")],
        ),
        (
            "Smartphone-delivered mindfulness for anxiety versus waiting list: a randomised trial",
            [("smartphone-delivered mindfulness", "intervention"), ("waiting list", "comparator")],
        ),
        # Three arms in a chain; a bare dose is the first arm's drug at that dose.
        (
            "Spironolactone 50 mg vs 100 mg vs placebo for adult acne: a randomized clinical trial",
            [
                ("spironolactone 50 mg", "intervention"),
                ("spironolactone 100 mg", "intervention"),
                ("placebo", "comparator"),
            ],
        ),
        (
            "Yoga vs physiotherapy vs education for chronic low back pain",
            [("yoga", "intervention"), ("physiotherapy", "intervention"), ("education", "comparator")],
        ),
        (
            "Vitamin D 1000 IU versus 4000 IU in older adults",
            [("vitamin d 1000 iu", "intervention"), ("vitamin d 4000 iu", "comparator")],
        ),
    ],
)
def test_titles_that_compare_two_arms(title: str, arms: list[tuple[str, str]]) -> None:
    assert _names(title) == arms


@pytest.mark.parametrize(
    "title",
    [
        "Vitamin D supplementation and fracture risk in older women: a cohort study",
        "Vaccination against influenza in care home staff",
        # A sentence of a title is not an arm name.
        "Parents who read aloud to their toddlers every single evening versus parents who do not",
        "",
    ],
)
def test_titles_that_compare_nothing(title: str) -> None:
    assert _names(title) == []


@pytest.mark.parametrize(
    ("title", "treatment"),
    [
        ("Once-daily tarvopril in adults with resistant hypertension: a randomised trial", "tarvopril"),
        ("A nurse-led falls clinic for people with Parkinson's disease: a pilot trial", "nurse-led falls clinic"),
        ("Home-based balance training after hip fracture", "home-based balance training"),
        ("Weekly text messages to support breastfeeding: a cluster randomized trial", "weekly text messages"),
        # Titles about a risk, an exposure or a question, or with nothing after the name, name no treatment.
        ("Tea drinking and risk of stroke: a meta-analysis of cohort studies", None),
        ("Does massage help after surgery? A randomised trial", None),
        ("Parents who sing to their babies: a trial", None),
        ("Acupressure wristbands", None),
        # A comparison is title_arms's to read.
        ("Yoga versus physiotherapy for chronic neck pain", None),
    ],
)
def test_titles_that_name_only_the_treatment(title: str, treatment: str | None) -> None:
    found = title_treatment(title, (0, len(title)))
    assert (found[1] if found else None) == treatment
    if found:
        assert title[found[0][0] : found[0][1]].lower() == treatment


def test_title_spans_point_into_the_text() -> None:
    text = "Reference: Ortega L. Yoga versus stretching for back pain. Spine. 2021;4:1-9."
    start = text.index("Yoga")
    found = title_arms(text, (start, text.index(".", start)))
    assert [text[a:b] for (a, b), _, _ in found] == ["Yoga", "stretching"]


ARTICLE = """New trial backs swimming for stiff knees

Swimming helped people with knee arthritis more than gym sessions did, a trial of 240 adults found.
Half of them were put in the pool group at random and the rest in the gym group, for 12 weeks.
Pain fell further in the pool group.

Reference
1. Marsh K, Obi T. Aquatic exercise versus land-based exercise for knee osteoarthritis: a randomised
controlled trial. J Rheumatol Rehab. 2023;12(4):201-210.
"""


def test_a_cited_title_names_the_arms_of_its_study() -> None:
    study = extract_article(ARTICLE).studies[0]
    assert [(arm.name, arm.role) for arm in study.arms] == [
        ("aquatic exercise", "intervention"),
        ("land-based exercise", "comparator"),
    ]
    assert [ARTICLE[arm.evidence.start : arm.evidence.end] for arm in study.arms] == [
        "Aquatic exercise",
        "land-based exercise",
    ]


PLACEBO_ONLY = """Weekly jab cuts migraine days

In a randomised trial of 410 adults, migraine days fell more on the new jab than on placebo.

Reference
1. Ferreira P, Lund M. Monthly dalvetumab for the prevention of episodic migraine: a randomised trial.
Headache Med. 2024;8(2):44-52.
"""


def test_a_cited_title_names_the_treatment_the_article_left_unnamed() -> None:
    study = extract_article(PLACEBO_ONLY).studies[0]
    assert [(arm.name, arm.role) for arm in study.arms] == [
        ("monthly dalvetumab", "intervention"),
        ("placebo", "comparator"),
    ]


@pytest.mark.parametrize(
    ("title", "treatment"),
    [
        # the treatment and the measure it was tested on
        ("Warm footbaths and sleep onset time in older adults: a crossover trial", "warm footbaths"),
        ("Night splints and pain in plantar fasciitis: a randomised trial", "night splints"),
        # two treatments joined by "and" stay together
        ("Diet and exercise in adults with prediabetes: a randomised trial", "diet and exercise"),
    ],
)
def test_a_title_joining_the_treatment_and_its_measure(title: str, treatment: str) -> None:
    found = title_treatment(title, (0, len(title)))
    assert found is not None and found[1] == treatment


def test_a_title_joining_the_treatment_and_the_reactions_it_was_tested_on() -> None:
    title = "Pre-donation water loading and vasovagal reactions in young donors: a randomised crossover trial"
    found = title_treatment(title, (0, len(title)))
    assert found is not None and found[1] == "pre-donation water loading"
