"""Results told by a verb or adjective that carries its own outcome ("slept longer", "felt less tired")."""

from __future__ import annotations

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.told_outcomes import told_outcomes


def _told(sentence: str) -> list[tuple[str, str]]:
    return [(t.name, t.effect) for t in told_outcomes(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Those who got the app slept about 40 minutes longer a night.", [("sleep duration", "improved")]),
        ("The night-shift nurses slept less.", [("sleep duration", "worsened")]),
        ("Patients on the new pillow slept much better.", [("sleep quality", "improved")]),
        ("Babies held skin to skin cried less.", [("crying", "improved")]),
        ("Some people on the spray sneezed more.", [("sneezing", "worsened")]),
        ("Smokers given the vouchers smoked less.", [("smoking", "improved")]),
        ("People in the walking group walked 300 metres further.", [("walking", "improved")]),
        ("Patients on the drug lived four months longer.", [("survival", "improved")]),
        ("They felt much less tired.", [("tiredness", "improved")]),
        ("The children were less anxious before surgery.", [("anxiety", "improved")]),
        ("Residents became more confident on the stairs.", [("confidence", "improved")]),
        ("Volunteers on the diet felt more hungry.", [("hunger", "worsened")]),
        ("Men in the control group grew less active.", [("physical activity", "worsened")]),
        # a comparative that belongs to a phrase of its own is no result
        ("Both had lived with neck pain for more than five years.", []),
        ("She slept through more of the night than before.", []),
        ("They walked more slowly than expected to the bus.", []),
        ("Nurses were more likely to be tired.", []),
        ("Patients who had keyhole surgery went back to work sooner.", [("return to work", "improved")]),
        # how soon people got better or went home
        ("Those given the spray recovered two days faster on average.", [("recovery", "improved")]),
        ("Wounds healed more quickly with the honey dressing.", [("healing", "improved")]),
        ("Patients on the new pathway went home a day earlier.", [("time to discharge", "improved")]),
        ("Patients given the old drug recovered more slowly.", [("recovery", "worsened")]),
        # what a reminder or invitation trial counts
        ("Men sent the letter were twice as likely to have been screened.", [("screening uptake", "improved")]),
        ("Families texted were more likely to get vaccinated.", [("vaccination uptake", "improved")]),
        ("Callers were less likely to be tested for HIV.", [("testing uptake", "worsened")]),
        ("Smokers paid in vouchers were more likely to quit smoking.", [("quitting smoking", "improved")]),
        ("People who got the leaflet were no more likely to be screened.", [("screening uptake", "no_difference")]),
        # how soon they fell asleep
        (
            "Children in the routine group fell asleep faster, about 23 minutes sooner.",
            [("time to fall asleep", "improved")],
        ),
        # what they needed, caught or had to see a doctor for is the outcome itself
        ("People who did yoga were less likely to need knee surgery within two years.", [("knee surgery", "improved")]),
        ("Children given the vaccine were half as likely to catch flu.", [("flu", "improved")]),
        ("Those in the yoga group were 40% less likely to see a GP about their knee.", [("visits to gp", "improved")]),
        ("They were more likely to take time off work.", [("time off work", "worsened")]),
        # (a joiner left after the object is no part of it)
        ("Those on the scheme were more likely to need a statin and to keep taking it.", [("statin", "worsened")]),
        # what a treatment left them feeling
        ("A light supper left the drivers less sleepy at dawn.", [("sleepiness", "improved")]),
        ("The course made parents more confident.", [("confidence", "improved")]),
        # people counted by a stay in hospital: the stay is the outcome
        ("Fewer patients in the nurse group were admitted to hospital.", [("hospital admissions", "improved")]),
        ("Fewer were hospitalised over the winter.", [("hospital admissions", "improved")]),
        ("More children in the app group had to be readmitted.", [("hospital readmissions", "worsened")]),
        # (an illness named after the stay is the outcome, read elsewhere; and a study is no hospital)
        ("Fewer babies in the cuddle group were hospitalised with bronchiolitis.", []),
        ("More patients were admitted to the study in spring.", []),
        # what people missed
        ("Patients who got the texts missed fewer clinic appointments.", [("missed clinic appointments", "improved")]),
        ("Pupils on the late timetable missed more classes.", [("missed classes", "worsened")]),
        # a quantity is no comparison
        ("All of them lived more than 10 km from a clinic.", []),
        ("Those on the drug lived longer than those on placebo.", [("survival", "improved")]),
        # (a phrasal verb names nothing; "develop" is read with a study's associations)
        ("Fitter people may be more likely to take on a dog.", []),
        ("Smokers were more likely to develop gum disease.", []),
    ],
)
def test_told_outcomes(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _told(sentence) == expected


def test_a_told_outcome_joins_the_study() -> None:
    text = (
        "A trial randomly assigned 200 adults with insomnia to the app or to sleep advice. "
        "Those who got the app slept about 40 minutes longer a night and felt less tired."
    )
    outcomes = [(o.name, o.direction) for s in extract_article(text, "H").studies for o in s.outcomes]
    assert outcomes == [("sleep duration", "improved"), ("tiredness", "improved")]


def test_an_observational_study_reports_no_direction() -> None:
    text = "A cohort study followed 2,000 nurses for ten years. Those on night shifts slept less."
    outcomes = [(o.name, o.direction) for s in extract_article(text, "H").studies for o in s.outcomes]
    assert ("sleep duration", None) in outcomes and ("sleep duration", "worsened") not in outcomes


def test_an_observational_study_names_the_outcome_its_verb_carries() -> None:
    text = "A cohort study followed 12,000 adults for ten years. Coffee drinkers lived longer."
    assert [(o.name, o.direction) for s in extract_article(text, "H").studies for o in s.outcomes] == [
        ("survival", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the comparative after the next verb is that verb's
        ("By three months, the two groups that had exercised reported less pain than the others.", []),
        ("People who walked 20 minutes more a day lived longer.", [("walking", "improved"), ("survival", "improved")]),
    ],
)
def test_a_comparative_belongs_to_the_nearest_verb(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _told(sentence) == expected
