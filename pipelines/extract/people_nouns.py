"""Nouns for the people a study counts, as data: one list that sample sizes, populations and segmentation read.

Each entry is (singular, plural). A noun that is its own plural ("people", "staff") has None for a singular.
Nouns for whole groups a body speaks for or employs are kept apart (STAFF_NOUNS): "5,600 massage therapists" or
"300 staff" are seldom a study's sample unless someone surveyed or recruited them, so the sample-size reader asks
for more evidence before it takes them, while a population is still described by them.
"""

from __future__ import annotations

PEOPLE_NOUNS: tuple[tuple[str | None, str], ...] = (
    # anyone
    ("adult", "adults"),
    ("patient", "patients"),
    ("participant", "participants"),
    (None, "people"),
    ("person", "persons"),
    ("individual", "individuals"),
    ("subject", "subjects"),
    ("volunteer", "volunteers"),
    ("respondent", "respondents"),
    ("outpatient", "outpatients"),
    ("inpatient", "inpatients"),
    ("user", "users"),
    ("client", "clients"),
    ("beneficiary", "beneficiaries"),
    # by sex and age
    ("woman", "women"),
    ("man", "men"),
    ("girl", "girls"),
    ("boy", "boys"),
    ("child", "children"),
    ("schoolchild", "schoolchildren"),
    ("schoolgirl", "schoolgirls"),
    ("schoolboy", "schoolboys"),
    ("preschooler", "preschoolers"),
    ("kid", "kids"),
    ("infant", "infants"),
    ("baby", "babies"),
    ("newborn", "newborns"),
    ("neonate", "neonates"),
    ("toddler", "toddlers"),
    ("adolescent", "adolescents"),
    ("teen", "teens"),
    ("teenager", "teenagers"),
    ("youth", "youths"),
    ("senior", "seniors"),
    ("elder", "elders"),
    ("retiree", "retirees"),
    ("pensioner", "pensioners"),
    # families and households
    ("mother", "mothers"),
    ("father", "fathers"),
    ("mum", "mums"),
    ("dad", "dads"),
    ("parent", "parents"),
    ("grandparent", "grandparents"),
    ("couple", "couples"),
    (None, "twins"),
    (None, "families"),
    (None, "dyads"),
    ("partner", "partners"),
    ("spouse", "spouses"),
    ("husband", "husbands"),
    (None, "wives"),
    ("caregiver", "caregivers"),
    ("carer", "carers"),
    # by what they do or where they live
    ("student", "students"),
    ("undergraduate", "undergraduates"),
    ("pupil", "pupils"),
    ("learner", "learners"),
    ("teacher", "teachers"),
    ("midwife", "midwives"),
    ("surgeon", "surgeons"),
    ("pharmacist", "pharmacists"),
    ("dentist", "dentists"),
    ("paramedic", "paramedics"),
    ("commuter", "commuters"),
    ("homeowner", "homeowners"),
    ("sufferer", "sufferers"),
    ("veteran", "veterans"),
    ("soldier", "soldiers"),
    (None, "personnel"),
    ("employee", "employees"),
    ("worker", "workers"),
    ("nurse", "nurses"),
    ("physician", "physicians"),
    ("doctor", "doctors"),
    ("resident", "residents"),
    ("tenant", "tenants"),
    ("smoker", "smokers"),
    ("drinker", "drinkers"),
    ("survivor", "survivors"),
    ("athlete", "athletes"),
    ("coach", "coaches"),
    ("runner", "runners"),
    ("swimmer", "swimmers"),
    ("cyclist", "cyclists"),
    ("player", "players"),
    ("passenger", "passengers"),
    ("traveller", "travellers"),
    ("traveler", "travelers"),
    ("driver", "drivers"),
    ("rider", "riders"),
    ("farmer", "farmers"),
    ("firefighter", "firefighters"),
    ("officer", "officers"),
    ("prisoner", "prisoners"),
    ("inmate", "inmates"),
)
STAFF_NOUNS: tuple[tuple[str | None, str], ...] = (
    ("clinician", "clinicians"),
    (None, "staff"),
    ("member", "members"),
)
# "2,450 twelve-year-olds", "300 16-year-olds"
AGED_PEOPLE = r"(?:[a-z]+|\d{1,2})-(?:year|month)-olds"


def plural_alternation(nouns: tuple[tuple[str | None, str], ...] = PEOPLE_NOUNS) -> str:
    """The plurals as one regular-expression alternation (no group, no boundaries), longest first."""
    return "|".join(sorted((plural for _, plural in nouns), key=lambda word: (-len(word), word)))


def noun_alternation(nouns: tuple[tuple[str | None, str], ...] = PEOPLE_NOUNS) -> str:
    """Singulars and plurals as one alternation, longest first."""
    words = {plural for _, plural in nouns} | {singular for singular, _ in nouns if singular}
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))
