"""Population phrases from invented sentences about many health topics."""

from __future__ import annotations

import re

import pytest

from pipelines.extract.numbers import find_numbers
from pipelines.extract.population import extract_population, population_in_title
from pipelines.extract.sentences import SentenceIndex


def _run(text: str, design: str = "randomized_controlled_trial"):
    index = SentenceIndex(text)
    return extract_population(text, index, index.sentences, design)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the researchers' next step ends the condition
        ("They took 84 people with vertigo and randomly gave half the real manoeuvre.", "people with vertigo"),
        ("The trial enrolled 412 adults with type 2 diabetes from three clinics.", "adults with type 2 diabetes"),
        (
            "Investigators recruited 88 pregnant women with gestational diabetes.",
            "pregnant women with gestational diabetes",
        ),
        ("In all, 1,204 adult smokers who were trying to quit took part.", "adult smokers"),
        ("Ninety-six children with asthma were randomized.", "children with asthma"),
        (
            "Two hundred and ten veterans with post-traumatic stress disorder enrolled.",
            "veterans with post-traumatic stress disorder",
        ),
        # A bounded age range is summarised away; "who had" reads as "with".
        (
            "They enrolled 150 adults aged 40 to 75 who had knee osteoarthritis without prior surgery.",
            "adults with knee osteoarthritis",
        ),
        # An open age range defines the group and stays.
        ("The survey interviewed 3,000 adults aged 65 and older about falls.", "adults aged 65 and older"),
        ("We followed 57 patients who had recently been diagnosed with heart failure.", "patients with heart failure"),
        ("The study included 40 stroke survivors and their caregivers.", "stroke survivors and their caregivers"),
        ("Participants were 120 mothers of preterm infants.", "mothers of preterm infants"),
        # the study's next verb ends the group's clause
        (
            "A randomised trial of 310 smokers who wanted to quit compared vaping with patches.",
            "smokers who wanted to quit",
        ),
        # nouns for pupils, parents and professionals
        ("Two hundred schoolchildren with mild asthma were assigned by lottery.", "schoolchildren with mild asthma"),
        ("The pilot recruited 64 first-time mums with postnatal anxiety.", "first-time mums with postnatal anxiety"),
        ("The survey reached 930 midwives working night shifts.", "midwives working night shifts"),
        ("A total of 48 hay fever sufferers aged 18 to 60 tried the spray.", "hay fever sufferers aged 18 to 60"),
        # "moderate to severe" is one condition, not a clause boundary.
        ("We enrolled 67 adults with moderate to severe depression.", "adults with moderate to severe depression"),
        ("The trial involved 85 patients at the end of life in hospice care.", "patients at the end of life"),
        ("The study followed 1,200 men and women with hypertension.", "men and women with hypertension"),
        ("Researchers recruited 48 adults (mean age 62) with type 1 diabetes.", "adults with type 1 diabetes"),
        ("In total, 300 women who were pregnant took part.", "women who were pregnant"),
        # No count: the scope of a review is the fallback.
        ("The review pooled trials in adults with chronic insomnia.", "adults with chronic insomnia"),
    ],
)
def test_population_phrase(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None
    name, evidence = found
    assert name == expected
    assert 0 <= evidence.start < evidence.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sixty-four of them were randomly split into two groups.",  # a count of something already named
        "The clinic has 12 therapists and 400 members.",  # no people noun with a condition or modifier
        "Researchers screened 900 people.",  # a bare people noun is not a population
        "A study measured the daily steps of 1,640 adults with a wrist tracker.",  # an instrument is no condition
        "In most of them, people who wore the stockings had less ankle swelling.",  # a pronoun is no modifier
        "",
        "No numbers here at all.",
    ],
)
def test_no_population(text: str) -> None:
    assert _run(text) is None


def test_condition_prefers_counted_phrase_over_scope() -> None:
    text = "Trials in people with gout were reviewed. The main trial enrolled 300 men with recurrent gout attacks."
    assert _run(text)[0] == "men with recurrent gout attacks"


def test_acronym_defined_elsewhere_is_expanded() -> None:
    text = "Chronic obstructive pulmonary disease (COPD) is common. The trial enrolled 90 adults with COPD."
    assert _run(text)[0] == "adults with chronic obstructive pulmonary disease"


def test_counted_group_beats_scope_phrase() -> None:
    text = "Pain was more common in people with obesity. The survey reached 2,000 older adults."
    assert _run(text, "survey")[0] == "older adults"


def test_evidence_covers_phrase_words() -> None:
    text = "Overall, 75 office workers with chronic neck pain joined the study."
    name, evidence = _run(text)
    span = text[evidence.start : evidence.end].lower()
    assert all(word in span for word in name.split())


@pytest.mark.parametrize("text", ["((((", "with with with", "12 " * 500, "adults with " * 50 + "."])
def test_never_raises(text: str) -> None:
    _run(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphenated severity range is one condition.
        (
            "The trial enrolled 230 patients with mild-to-moderate psoriasis.",
            "patients with mild-to-moderate psoriasis",
        ),
        # A verb after "and" starts a new clause.
        (
            "The review pooled 12 trials involving 1,310 people with gout and concluded that diet matters.",
            "people with gout",
        ),
        ("They assigned 90 adults with tinnitus either to sound therapy or to counselling.", "adults with tinnitus"),
        # Prepositions and study nouns are not modifiers of the people noun.
        (
            "Flu causes 9,000 admissions each year among adults over 75. "
            "The trial enrolled 400 adults aged 75 and older.",
            "adults aged 75 and older",
        ),
        ("Only five studies followed participants for a year, in adults with asthma.", "adults with asthma"),
        # "whose parents ..." names other people, so the counted group stands alone (school year kept).
        ("Of the 640 Grade 4 pupils in those schools, 512 pupils whose parents agreed took part.", "grade 4 pupils"),
        # An open age band defines a scoped group even without a condition.
        ("The phase 3 trial tested the vaccine in adults aged 50 years and older.", "adults aged 50 years and older"),
        # an aside after a bare count says who they were
        (
            "The trial's 180 participants, all adults with severe asthma, were given the injection or a placebo.",
            "adults with severe asthma",
        ),
        # the group's next verb, or the next group's count, ends the condition
        (
            "For six months, 220 people with type 2 diabetes followed either a low-carb diet or their usual diet.",
            "people with type 2 diabetes",
        ),
        # an age band in words stays whole; an instrument is no condition; when and how long are not who
        ("The trial signed up 318 families with a child aged two to four.", "families with a child aged two to four"),
        # what the group was booked for, or whom it looks after
        (
            "The randomised trial enrolled 640 patients scheduled for hip replacement surgery.",
            "patients scheduled for hip replacement surgery",
        ),
        ("The study interviewed 24 young carers looking after a parent.", "young carers looking after a parent"),
        # where their care put them
        ("The randomised trial looked at 260 people on dialysis for kidney failure.", "people on dialysis"),
        (
            "The trial enrolled 120 patients admitted to intensive care with sepsis.",
            "patients admitted to intensive care with sepsis",
        ),
    ],
)
def test_population_general_phrasing(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people word used as a modifier ("adult", "child") is not the head noun
        ("In all, 610 adult night-shift workers were enrolled.", "adult night-shift workers"),
        (
            "The team recruited 95 adult heavy drinkers with fatty liver disease.",
            "adult heavy drinkers with fatty liver disease",
        ),
        ("We followed 140 patients and their partners.", "patients and their partners"),
    ],
)
def test_people_word_as_modifier(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None and found[0] == expected


def test_bare_noun_keeps_its_bounded_age_band() -> None:
    found = _run("Researchers invited 900 pupils aged 11 to 14 from 12 schools.")
    assert found is not None and found[0] == "pupils aged 11 to 14"


def test_age_band_alone_loses_to_a_scoped_condition() -> None:
    text = "The trial enrolled 200 adults aged 30 to 60. It was set in clinics for adults with chronic migraine."
    found = _run(text)
    assert found is not None and found[0] == "adults with chronic migraine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # something the people did is not a condition they have (and a bare "patients" names no group)
        ("At 12 months the 80 patients who had done the exercises reported less pain.", None),
        ("Researchers identified 1,236 adults over 40 who had broken a hip after a fall.", "adults over 40"),
        # ...but a condition after "who had" still is
        ("The trial enrolled 60 adults who had limited mobility.", "adults with limited mobility"),
        # an action reads without "with"; a clause or a companion condition ends the phrase
        ("In all 640 adults who had been taking statins for a year were included.", "adults taking statins"),
        ("We recruited 90 adults who had asthma alongside hay fever.", "adults with asthma"),
        ("A further 32 patients with chronic gout tried the same diet at home.", "patients with chronic gout"),
        ("In one trial, 60 women with melasma applied a serum to one side of the face.", "women with melasma"),
        # a bounded age band with no condition is what defines the group
        ("The study recruited 418 drivers aged 72 to 89 and split them by lottery.", "drivers aged 72 to 89"),
        # "who'd had", a habit in the past tense, where the group was born, what it was waiting for
        ("They recruited 228 adults who'd had bothersome tinnitus for a year.", "adults with bothersome tinnitus"),
        (
            "Researchers recruited 1,246 adults who smoked at least 10 cigarettes a day and came to a clinic.",
            "adults who smoked at least 10 cigarettes a day",
        ),
        ("Researchers followed 3,905 children born in Malmö between 2003 and 2008.", "children born in malmö"),
        # where the group lives, but not when or in what
        ("This one followed 118,406 adults in France who filled in food diaries.", "adults in france"),
        ("A survey of 2,000 people in the UK found most slept badly.", "people in the uk"),
        ("Researchers studied 500 children in January 2024.", None),
        (
            "A study followed 214 people who were waiting for a knee replacement.",
            "people who were waiting for a knee replacement",
        ),
        ("The trial involved 420 adults who were using heroin.", "adults who were using heroin"),
        # a ratio counts no one
        ("A poll of 900 parents found that two in five said their child snored.", None),
        ("Only about 1 in 6 adults with measurable hearing loss used hearing aids.", None),
        # the past perfect of a condition, and a count of episodes that defines the group
        ("The trial enrolled 300 patients who had had a stroke in the previous year.", "patients with a stroke"),
        (
            "Doctors recruited 95 children who had had at least three ear infections in a year.",
            "children with at least three ear infections",
        ),
        # "without" defines the group as much as "with"
        ("Some 2,318 adults aged 65 to 89 without dementia were enrolled.", "adults without dementia"),
        # an age range inside the condition stays whole; "about" starts a new idea
        (
            "The survey asked 2,046 parents of children aged 9 to 14 about their plans.",
            "parents of children aged 9 to 14",
        ),
        # a time span before the noun is not a count of people
        ("By six months the patients in the yoga group slept better.", None),
    ],
)
def test_condition_boundaries(text: str, expected: str | None) -> None:
    found = _run(text)
    assert (found[0] if found else None) == expected


def test_the_noun_the_sample_size_counts_wins() -> None:
    text = (
        "One hundred and twelve adults with heel pain were randomly assigned to physiotherapy or an injection. "
        "Pain returned in 14 injection patients with diabetes."
    )
    index = SentenceIndex(text)
    without = extract_population(text, index, index.sentences, "randomized_controlled_trial")
    assert without[0] == "adults with heel pain"
    sample_at = text.index("One hundred")
    counted = extract_population(text, index, index.sentences, "randomized_controlled_trial", sample_at)
    assert counted[0] == "adults with heel pain"
    text = "Pain returned in 14 injection patients with diabetes. In all, 112 adults aged 25 to 70 took part."
    index = SentenceIndex(text)
    counted = extract_population(text, index, index.sentences, "randomized_controlled_trial", text.index("112"))
    assert counted[0] == "adults aged 25 to 70"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The study compared 6,114 people with and without dementia in Denmark.", "people with and without dementia"),
        (
            "It pooled 14 trials of 3,912 women with or at risk of postnatal depression.",
            "women with or at risk of postnatal depression",
        ),
        ("It followed 900 children with or without asthma.", "children with or without asthma"),
    ],
)
def test_with_and_without_is_one_group(text: str, expected: str) -> None:
    index = SentenceIndex(text)
    name, _ = extract_population(text, index, index.sentences, "cohort")
    assert name == expected


def test_something_they_did_is_not_a_condition() -> None:
    text = "Researchers interviewed 26 family carers who had used, or had tried to use, respite care."
    index = SentenceIndex(text)
    name, _ = extract_population(text, index, index.sentences, "qualitative")
    assert name == "family carers"


@pytest.mark.parametrize(
    ("text", "sample", "expected"),
    [
        # people named by what they do count where the count is the study's sample size...
        ("The researchers recruited 462 adult climbers on the route.", "462", "adult climbers"),
        ("It tested samples from 845 cat owners at one point in time.", "845", "cat owners"),
        # ...and nowhere else
        ("The port handled 300 containers a day while 120 dockers were studied.", None, None),
    ],
)
def test_people_named_by_what_they_do(text: str, sample: str | None, expected: str | None) -> None:
    index = SentenceIndex(text)
    sample_at = next((m.start for m in find_numbers(text) if m.text == sample), None)
    found = extract_population(text, index, index.sentences, "cohort", sample_at)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team interviewed 14 mothers and partners who had been to the baby clinic.", "mothers and partners"),
        (
            "A trial of 96 fire and ambulance staff with back pain tested a new stretch.",
            "fire and ambulance staff with back pain",
        ),
        ("In all, 640 people with psoriasis answered the questionnaire in June.", "people with psoriasis"),
    ],
)
def test_partners_shared_modifiers_and_what_the_group_did_next(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Researchers followed 2,104 people aged over 65 for seven years.", "people aged over 65"),
        ("They enrolled 318 adults flying eastbound across six time zones.", "adults flying eastbound"),
        ("They recruited 212 older women whose scans showed a recent fracture.", "older women"),
        (
            "The team set up a choir for 30 people with lung conditions and offered it to everyone.",
            "people with lung conditions",
        ),
        ("Altogether 410 children with asthma lived in the flats.", "children with asthma"),
        ("The trial recruited 780 adults whose asthma was well controlled on an inhaler.", "adults with asthma"),
    ],
)
def test_open_ages_what_the_group_was_doing_and_clauses_that_are_not_conditions(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial took eighty adults who snore loudly and gave half a mouth guard.", "adults who snore loudly"),
        ("Interviews with 25 women who use insulin pumps found most fasted.", "women who use insulin pumps"),
        ("A cohort followed 3,900 adults living near two ports for six years.", "adults living near two ports"),
        ("A trial took 600 people with hay fever and randomly split them into two groups.", "people with hay fever"),
        # what they did in the study is not who they are
        ("The trial enrolled 300 adults who completed a diary.", None),
    ],
)
def test_habits_homes_and_the_next_clause(text: str, expected: str | None) -> None:
    found = _run(text)
    assert (found[0] if found else None) == expected


def test_agents_ending_in_ors_or_ees_are_people_when_they_are_the_sample() -> None:
    text = "A questionnaire filled in by 1,147 offshore sailors found most had been seasick."
    index = SentenceIndex(text)
    found = extract_population(text, index, index.sentences, "survey", text.index("1,147"))
    assert found is not None and found[0] == "offshore sailors"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the care that defines the group, a compound word, and how often the care is given
        (
            "Thirty-two adults having in-centre haemodialysis twice a week took part.",
            "adults having in-centre haemodialysis",
        ),
        ("In all, 150 patients receiving chemotherapy joined.", "patients receiving chemotherapy"),
        ("The trial enrolled 90 women taking iron tablets.", "women taking iron tablets"),
    ],
)
def test_groups_defined_by_the_care_they_have(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None and found[0] == expected


def test_a_verb_ends_a_count_before_a_people_noun() -> None:
    assert _run("Warming the room by one degree helped people with dementia sleep.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A burns unit described 21 patients treated for scalds over six years.", "patients treated for scalds"),
        ("They asked 140 people with gout and 280 without, 420 people in all.", "people with gout"),
    ],
)
def test_what_brought_patients_in_and_where_the_next_group_starts(text: str, expected: str) -> None:
    found = _run(text, design="case_series")
    assert found is not None and found[0] == expected


def test_the_groups_next_action_ends_its_condition() -> None:
    text = "Sixty adults with hand arthritis each wore a copper glove and a plain glove, in random order."
    found = _run(text)
    assert found is not None and found[0] == "adults with hand arthritis"


def test_a_pronoun_starts_a_clause_not_a_group() -> None:
    assert _run("Between January and December 2025 we treated 47 patients.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a crossover trial, 46 adults with ADHD drove a simulator twice.", "adults with adhd"),
        ("The trial enrolled 3,200 women giving birth vaginally in hospitals.", "women giving birth vaginally"),
    ],
)
def test_an_irregular_verb_ends_the_condition_and_giving_birth_defines_the_group(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None and found[0] == expected


def test_a_second_count_after_and_is_no_modifier() -> None:
    assert _run("We interviewed 14 mothers and 5 fathers about reading.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age band in words is summarised away like one in digits
        ("In it, 174 children aged six months to six years with fever were randomised.", "children with fever"),
        ("Researchers recruited 240 children aged one to three attending nurseries.", "children attending nurseries"),
    ],
)
def test_age_bands_in_words(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It included 412 pregnant women at high risk of pre-eclampsia.",
            "pregnant women at high risk of pre-eclampsia",
        ),
        ("The trial involved 150 teenagers who were vaping daily.", "teenagers who were vaping daily"),
        ("The trial involved 150 adults who vaped.", "adults who vaped"),
    ],
)
def test_risk_and_habits_define_the_group(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    ("text", "sample", "expected"),
    [
        # a bare noun counted as the sample takes its whole relative clause...
        (
            "The team talked at length with 18 people who had been through a hospital weight-loss course.",
            "18",
            "people who had been through a hospital weight-loss course",
        ),
        (
            "In 2024, 230 women who were between 10 and 14 weeks pregnant joined the study.",
            "230",
            "women who were between 10 and 14 weeks pregnant",
        ),
        (
            "The trial enrolled 75 adults who had been in hospital with a chest infection.",
            "75",
            "adults who had been in hospital with a chest infection",
        ),
        # (the researchers' next step ends the clause)
        (
            "The paper followed up 64 children who had finished their treatment five years earlier and looked at "
            "how well they walked.",
            "64",
            "children who had finished their treatment five years earlier",
        ),
        # ...but not what the researchers did to them, nor a clause a comma leaves unfinished
        ("The trial enrolled 75 adults who were then randomly split into two groups.", "75", None),
        ("It described 9 patients who developed itchy, swollen eyelids.", "9", None),
        # ...and only where its count is the sample
        ("Some 75 adults who had been through the course wrote to the clinic.", None, None),
    ],
)
def test_a_bare_noun_counted_as_the_sample_takes_its_clause(
    text: str, sample: str | None, expected: str | None
) -> None:
    index = SentenceIndex(text)
    sample_at = next((m.start for m in find_numbers(text) if m.text == sample), None)
    found = extract_population(text, index, index.sentences, "cohort", sample_at)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trial took 228 adults aged 18 to 65 who were admitted with dengue and low platelets.",
            "adults who were admitted with dengue and low platelets",
        ),
        (
            "It enrolled 300 adults who were admitted to hospital with pneumonia.",
            "adults who were admitted to hospital with pneumonia",
        ),
        # what the group did or wanted, with its quantity or infinitive
        (
            "Researchers recruited 150 office workers who sat for more than six hours a day.",
            "office workers who sat for more than six hours a day",
        ),
        ("The team enrolled 300 smokers aged 18 to 65 who wanted to quit.", "smokers who wanted to quit"),
        ("Walking lowered blood sugar, a trial of 120 adults in Leeds has found.", "adults in leeds"),
        # the headline's verb after its study is not part of the group
        ("Tai chi eased knee pain, a study of 204 adults in Boston suggests.", "adults in boston"),
    ],
)
def test_people_admitted_with_a_condition(text: str, expected: str) -> None:
    index = SentenceIndex(text)
    found = extract_population(text, index, index.sentences, "randomized_controlled_trial")
    assert found is not None and found[0] == expected


def test_the_sample_told_again_with_only_its_ages_keeps_the_condition_told_first():
    text = (
        "Doctors described 38 patients treated for ciguatera between 2021 and 2025. "
        "The 38 patients, aged 19 to 77, were followed for nine months."
    )
    index = SentenceIndex(text)
    sample_at = text.index("38 patients, aged")
    found = extract_population(text, index, index.sentences, "case_series", sample_at)
    assert found is not None and found[0] == "patients treated for ciguatera"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rough count, no sample size, still says who was studied
        (
            "A cohort study followed nearly 400 people who had finished treatment for bowel cancer for five years.",
            "people who had finished treatment for bowel cancer",
        ),
        ("A survey of about 2,000 adults who drive to work found little.", "adults who drive to work"),
        # an age band in months, and a group due some care
        (
            "The trial recruited 286 babies aged 2 to 6 months who were due routine vaccinations.",
            "babies who were due routine vaccinations",
        ),
        ("The trial recruited 286 babies aged 2 to 6 months at six clinics.", "babies aged 2 to 6 months"),
    ],
)
def test_rough_counts_and_age_bands_in_months(text: str, expected: str) -> None:
    index = SentenceIndex(text)
    sample_at = None if "about" in text or "nearly" in text else text.index("286")
    found = extract_population(text, index, index.sentences, "cohort", sample_at)
    assert found is not None and found[0] == expected


def test_cases_treated_here_then_matched_with_controls() -> None:
    text = (
        "Researchers looked back at 212 adults treated here for a first kidney stone and matched each of them with "
        "two people of the same age and sex."
    )
    index = SentenceIndex(text)
    found = extract_population(text, index, index.sentences, "case_control", text.index("212"))
    assert found is not None and found[0] == "adults treated here for a first kidney stone"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what happened to them, or what they never did: the clause keeps its own words
        ("The trial enrolled 96 people who had been stung by jellyfish.", "people who had been stung by jellyfish"),
        (
            "It recruited 86 adults aged 64 to 78 who had never played an instrument.",
            "adults who had never played an instrument",
        ),
        (
            "It enrolled 120 women who had been treated for breast cancer.",
            "women who had been treated for breast cancer",
        ),
        # a condition they had still reads with "with"
        ("The trial enrolled 96 adults who had had a stroke.", "adults with a stroke"),
        ("It enrolled 120 women who had been diagnosed with breast cancer.", "women with breast cancer"),
    ],
)
def test_what_happened_to_them_is_told_in_their_own_words(text: str, expected: str) -> None:
    index = SentenceIndex(text)
    count = next(word for word in text.split() if word.isdigit())
    found = extract_population(text, index, index.sentences, "randomized_controlled_trial", text.index(count))
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people a survey asked, without a count, told by their age or where they live
        (
            "So last August we asked members aged 65 and over about their plans for hot weather.",
            "members aged 65 and over",
        ),
        (
            "The council surveyed residents living near the airport about their sleep.",
            "residents living near the airport",
        ),
    ],
)
def test_the_people_a_survey_asked_without_a_count(text: str, expected: str) -> None:
    index = SentenceIndex(text)
    found = extract_population(text, index, index.sentences, "survey")
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named place or route the group was on
        (
            "A study of 700 trekkers on the Annapurna Circuit in Nepal recorded every blister.",
            "trekkers on the annapurna circuit",
        ),
        ("A study of 300 children on the Isle of Wight found more asthma.", "children on the isle of wight"),
        # what the study did with them is no part of who they were
        ("A study of 700 hikers in Nepal recorded every blister and fall.", "hikers in nepal"),
        # a month after "on the" is a date, not a place
        ("The trial enrolled 120 adults with asthma on the March register.", "adults with asthma"),
    ],
)
def test_a_named_place_the_group_was_on_and_what_was_recorded(text: str, expected: str) -> None:
    index = SentenceIndex(text)
    # (where the sample size was read: a noun for people by what they do counts only there)
    sample_at = re.search(r"\d", text).start()
    found = extract_population(text, index, index.sentences, "cohort", sample_at)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    ("text", "sample", "expected"),
    [
        # the sample counted with a bare noun, then described in the next sentence
        (
            "Sixty-two drivers took part. They were working night shifts for two haulage firms.",
            "Sixty-two",
            "drivers working night shifts",
        ),
        (
            "The trial enrolled 140 adults. All had been diagnosed with coeliac disease as children.",
            "140",
            "adults with coeliac disease",
        ),
        # (a condition they have says more than where they came from)
        (
            "In all, 310 women took part. Everyone was of Tongan heritage, had been diagnosed with gestational "
            "diabetes and was under 40.",
            "310",
            "women with gestational diabetes",
        ),
        # what was done to them, or a noun already described, is left alone
        ("The trial enrolled 140 adults. They were then split into two groups.", "140", None),
        (
            "The trial enrolled 140 adults with asthma. They were working in bakeries.",
            "140",
            "adults with asthma",
        ),
        # only the sample's own count is described
        ("Researchers asked 12 nurses. They were working in a clinic that had 140 adults.", "140", None),
    ],
)
def test_a_bare_sample_described_in_the_next_sentence(text: str, sample: str, expected: str | None) -> None:
    index = SentenceIndex(text)
    sample_at = next((m.start for m in find_numbers(text) if m.text == sample), None)
    found = extract_population(text, index, index.sentences, "randomized_controlled_trial", sample_at)
    assert (found[0] if found else None) == expected


def test_a_modal_ends_the_condition() -> None:
    found = _run("Twenty-two health workers in Koumra district will take part in the trial.")
    assert found is not None and found[0] == "health workers in koumra district"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of theirs keeps its own words, without "had"; a passive reads as a participle
        (
            "The trial enrolled 74 patients who had waited more than a year for an operation.",
            "patients who waited more than a year",
        ),
        ("Doctors described 12 adults who had developed tetanus.", "adults who developed tetanus"),
        ("The trial enrolled 300 women who had been prescribed spironolactone.", "women prescribed spironolactone"),
        # an adjective in -ed is a condition, which "with" stands for
        ("The trial enrolled 120 adults who had limited mobility.", "adults with limited mobility"),
        ("The trial enrolled 120 adults who had had a stroke.", "adults with a stroke"),
    ],
)
def test_a_verb_of_theirs_is_told_in_its_own_words(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact about them in the present ends the phrase
        ("About 16,000 people in the UK live with sickle cell disease.", "people in the uk"),
        # but not a noun that holds the word
        ("The trial enrolled 210 adults with opioid use disorder.", "adults with opioid use disorder"),
    ],
)
def test_a_present_fact_about_them_ends_the_phrase(text: str, expected: str) -> None:
    found = _run(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a relative pronoun, a conjunction or a quantifier is no modifier of the people counted
        "It was a trial in which people with scabies were given a pill.",
        "The drug worked in both groups, but fewer patients stopped it.",
        "Next year 12 more specialist nurses will join.",
    ],
)
def test_a_pronoun_conjunction_or_quantifier_is_no_modifier(text: str) -> None:
    found = _run(text)
    assert found is None or not found[0].startswith(("which", "groups", "more", "but"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review counts studies: whom they were done in comes after what they tested
        (
            "A systematic review brought together 11 studies of short afternoon naps in healthy young adults.",
            "healthy young adults",
        ),
        ("A review of 14 trials of food fortification for older adults found similar results.", "older adults"),
        (
            "The meta-analysis pooled 23 trials of vitamin D among older women with osteoporosis.",
            "older women with osteoporosis",
        ),
        ("A Cochrane review found nine RCTs of acupuncture in pregnant women.", "pregnant women"),
        # two nouns sharing one condition, in any study's scope
        (
            "The authors searched for studies of tinted lenses in children and adults with reading difficulties.",
            "children and adults with reading difficulties",
        ),
        # a bare noun says nothing a reader could use; a list after "in all," is no modifier
        ("A review of 12 trials of compression stockings in people found fewer clots.", None),
        ("A meta-analysis pooled 31 trials, with 8,413 participants in all, comparing people given a tracker.", None),
    ],
)
def test_whom_a_reviews_studies_were_done_in(text: str, expected: str | None) -> None:
    found = _run(text, design="systematic_review")
    assert (found[0] if found else None) == expected


def test_the_reviewed_in_scope_is_for_reviews_only() -> None:
    # a trial names its people by their count; "studies of ... in older adults" there is background
    text = "Earlier studies of balance training in older adults were small."
    assert _run(text, design="randomized_controlled_trial") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Daytime napping and cognitive performance in healthy young adults: a systematic review.",
            "healthy young adults",
        ),
        (
            "Singing for adults with chronic obstructive pulmonary disease.",
            "adults with chronic obstructive pulmonary disease",
        ),
        ("Vitamin D supplements among older women: a randomised trial.", "older women"),
        ("Hip protectors for people aged 80 and over in care homes.", "people aged 80 and over"),
        # a bare noun, or no group at all, is no population
        ("Compression stockings in passengers: a meta-analysis.", None),
        ("Zinc for the common cold.", None),
    ],
)
def test_whom_a_cited_title_names(title: str, expected: str | None) -> None:
    text = f"Background sentence.\n\n1. Smith J. {title} BMJ. 2020;1:1-2."
    index = SentenceIndex(text)
    start = text.index(title)
    found = population_in_title(text, index, (start, start + len(title)))
    assert (found[0] if found else None) == expected
    if found:
        assert found[1].sentence in text and title[:20] in found[1].sentence
