"""Research told by what was done to a counted group, with no study noun: one study, its sample and its design."""

from __future__ import annotations

import pytest

from pipelines.extract.article import extract_article
from pipelines.store.fact_rows import fact_rows


def _studies(text: str) -> list[tuple[int | None, str]]:
    return [(study.sample_size, study.design) for study in extract_article(text, "Headline").studies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # allocation by chance, the count in the same sentence
        (
            "In the experiment, 1,200 commuters were split by lottery into two groups: one got free bus passes.",
            (1200, "randomized_controlled_trial"),
        ),
        ("Half of the 500 schoolchildren were picked at random to get glasses.", (500, "randomized_controlled_trial")),
        (
            "Thirty volunteers tried both mattresses, a fortnight on each, in a random order.",
            (30, "randomized_controlled_trial"),
        ),
        # people taken in, said in the passive
        (
            "Sixty-four stroke survivors were randomised to robot-assisted therapy or usual care.",
            (64, "randomized_controlled_trial"),
        ),
        # reviews told by what they did with the trials
        ("The Cochrane team pulled together nine trials comparing the two creams.", (9, "systematic_review")),
        ("Pooling the results of 18 studies, the authors found that zinc shortened colds.", (18, "meta_analysis")),
        ("Researchers pooled data from eight trials involving 2,100 patients.", (8, "meta_analysis")),
        # records of a counted group, and a counted group followed
        (
            "Using health records from 75,000 Danish women, the team looked at whether the pill was linked to mood.",
            (75000, "cohort"),
        ),
        ("Over 10 years, researchers followed 1,047 teenagers to see who started vaping.", (1047, "cohort")),
        # a counted group set against healthy people, and a few dozen interviewed
        (
            "Scientists compared 170 people with motor neurone disease with 170 healthy neighbours, 340 people in all.",
            (340, "case_control"),
        ),
        ("Interviews with 48 nurses revealed how night shifts affected their families.", (48, "qualitative")),
        # names from a hat, a computer's allocation, no comparison group, reviewers' finds, combined data, a series
        (
            "The researchers split 250 volunteers into two groups by drawing names from a hat.",
            (250, "randomized_controlled_trial"),
        ),
        (
            "150 smokers were allocated by computer to nicotine patches or counselling.",
            (150, "randomized_controlled_trial"),
        ),
        (
            "Sixty patients tried the new inhaler for a month, with no comparison group.",
            (60, "non_randomized_trial"),
        ),
        ("Reviewers found 22 eligible studies but did not combine their results.", (22, "systematic_review")),
        ("Combining data from 19 trials, the analysis found a modest benefit.", (19, "meta_analysis")),
        ("The paper describes 82 consecutive patients treated at one clinic.", (82, "case_series")),
    ],
)
def test_research_told_by_what_was_done_is_one_study(text, expected):
    assert _studies(text)[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "I met 300 nurses by chance at a conference in Leeds last spring.",
        "The names of 40 volunteers were drawn at random from the electoral roll to sit on the citizens' panel.",
        "Medical records of 2,000 patients are stolen every year, the regulator warns.",
        "The charity has pulled together nine leaflets about dementia.",
        "Pooling money from 30 families, the school built a playground.",
    ],
)
def test_chance_records_and_pooling_outside_research_start_no_study(text):
    assert _studies(text) == []


def test_the_outlet_asking_its_own_customers_after_a_reported_trial_is_a_survey():
    text = (
        "A small trial randomised 26 adults who snore to tape or no tape for two nights.\n\n"
        "WHAT OUR CUSTOMERS SAY\n"
        "In February we asked 2,000 Drift & Dune customers about their sleep habits. One in eight had tried taping.\n"
    )
    assert _studies(text) == [(26, "randomized_controlled_trial"), (2000, "survey")]


FIRST = "A randomised trial of 420 adults with back pain found that yoga eased pain more than a booklet. "


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("A study of 10,000 Swedish twins found that back pain runs in families.", (10000, "other")),
        ("Other work has followed 2,000 people with back pain since 2010.", (2000, "cohort")),
        (
            "In Norway, meanwhile, 1,200 adults were randomly assigned to Pilates or walking.",
            (1200, "randomized_controlled_trial"),
        ),
        ("A second team tracked 350 yoga teachers over five years.", (350, "cohort")),
        ("Using GP records, researchers in Scotland followed 2,300 people who had started yoga.", (2300, "cohort")),
        (
            "Researchers also examined 900 office workers once and found that those who sat most had more pain.",
            (900, "cross_sectional"),
        ),
    ],
)
def test_a_second_study_told_by_its_own_count(second, expected):
    assert _studies(FIRST + second) == [(420, "randomized_controlled_trial"), expected]


@pytest.mark.parametrize(
    "second",
    [
        "We are now applying for funding for a proper randomised trial with about 150 people.",
        "Eleven families dropped out before the end.",
        "A study like this one, with 420 adults, is rare.",
        "The researchers also followed the 420 adults for a year.",
    ],
)
def test_a_planned_trial_a_dropout_count_or_the_same_count_is_no_second_study(second):
    assert len(_studies(FIRST + second)) == 1


COHORT_FIRST = (
    "Researchers in Bristol followed 5,200 office workers for eight years and found that those who cycled to work "
    "had fewer heart attacks. "
)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The council later surveyed 3,000 commuters about why they drove.", (3000, "survey")),
        (
            "A separate Dutch trial gave 620 adults a free bike or nothing, at random.",
            (620, "randomized_controlled_trial"),
        ),
        ("Another team measured the fitness of 1,500 commuters on a single day.", (1500, "cross_sectional")),
    ],
)
def test_a_second_study_after_a_cohort(second, expected):
    assert _studies(COHORT_FIRST + second) == [(5200, "cohort"), expected]


def test_a_trial_that_screened_and_then_randomised_stays_one_study():
    text = (
        "The trial screened 1,390 smokers at 9 clinics. A total of 824 adult smokers were then randomised to the "
        "tablet or a patch."
    )
    assert _studies(text) == [(824, "randomized_controlled_trial")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # research told by the records it read, or a group watched over a span told first
        (
            "A Danish registry analysis of 120,400 births found that babies born by caesarean had a slightly higher "
            "risk of asthma.",
            [(120400, "cohort")],
        ),
        (
            "Over five years, the investigators monitored 1,100 women who had had breast cancer surgery.",
            [(1100, "cohort")],
        ),
        (
            "Using data from the UK Biobank, investigators looked at 500,000 adults and found that people who walked "
            "faster lived longer.",
            [(500000, "cohort")],
        ),
        # the patients a search of the records turned up: a case series
        (
            "She and two colleagues searched the records of three U.S. centers and identified 11 patients treated for "
            "splenic injury after colonoscopy.",
            [(11, "case_series")],
        ),
        # a team that screened people where they were, with nobody taken on for a trial: a screening study
        (
            "A team from the university hospital screened 1,104 mothers at six health centres when their babies were "
            "6 weeks old. About 19% had signs of depression.",
            [(1104, "cross_sectional")],
        ),
        (
            "Researchers screened 2,030 people and enrolled 518 adults, who were randomly assigned to yoga or usual "
            "care.",
            [(518, "randomized_controlled_trial")],
        ),
        # a share of the people given each arm by chance
        (
            "A new trial took eighty-four people with vertigo and randomly gave half the real manoeuvre and half a "
            "fake one.",
            [(84, "randomized_controlled_trial")],
        ),
        # the records of people who died, read back: a cohort, the dead its people
        (
            "We went through the records of 9,412 people who died with heart failure between 2019 and 2023, and "
            "only 12% had been seen by a palliative care team.",
            [(9412, "cohort")],
        ),
        # a cohort named by an appositive or told by what it looked back at
        (
            "A large British cohort, the Thames Valley Diet Cohort, followed 51,706 adults for an average of 16.9 "
            "years.",
            [(51706, "cohort")],
        ),
        (
            "A retrospective cohort looked back at 1,054 patients treated for carbon monoxide poisoning.",
            [(1054, "cohort")],
        ),
        # every patient a team treated, described
        (
            "The chamber team described all 47 recreational divers it treated for decompression sickness over ten "
            "years.",
            [(47, "case_series")],
        ),
        # an outlet's survey counted by who answered, but not a thank-you for answering
        (
            "Last month we asked you about curls in our listener survey. 1,214 of you answered: 62% never do them.",
            [(1214, "survey")],
        ),
        # places that tested everyone they took in: a cross-sectional study
        (
            "Over 18 months, three Spanish prisons tested 2,418 people on arrival. 31% had a latent infection.",
            [(2418, "cross_sectional")],
        ),
        # a pilot with its people counted, and a review's experiments
        ("The company ran a small pilot with 38 patients at a private clinic.", [(38, "non_randomized_trial")]),
        ("A big review combined the results of 41 experiments.", [(41, "meta_analysis")]),
        # the people of a second, qualitative study drawn from the first
        (
            "Our nurse lead also led a separate interview study with 22 of the parents.",
            [(22, "qualitative")],
        ),
        # a registry named as where people were found, not research of its own
        ("The hospital registry lists 312 patients with the condition.", []),
    ],
)
def test_records_read_and_groups_watched_over_years(text, expected):
    assert _studies(text) == expected


def _told(text: str) -> list[tuple[str, int | None, str | None]]:
    article = "Coffee and gout\n\nBy a reporter\n\n" + text + "\n\nThe lead author said more work was needed.\n"
    return [(s.design, s.sample_size, s.population) for s in extract_article(article, "Coffee and gout").studies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a study told with a rounded count of who took part is research a reader can weigh: no sample size, but
        # the count still says who they were
        (
            "A new study of more than 500 adults with gout found that coffee drinkers had fewer flares.",
            [("other", None, "adults with gout")],
        ),
        (
            "A study of roughly 700 trekkers on the Annapurna Circuit in Nepal recorded every blister.",
            [("other", None, "trekkers on the annapurna circuit")],
        ),
        # a passing remark, an estimate or a plan is not
        ("Research suggests that coffee drinkers have fewer flares.", []),
        ("The researchers estimated that about 86,000 people went to an emergency room with gout.", []),
        ("A bigger trial will include about 600 women and should start next year.", []),
    ],
)
def test_a_study_told_with_a_rounded_count(text, expected):
    assert _told(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted group as the subject of the passive, asked about how they live
        (
            "Twenty-one fathers in Libreville were interviewed about how they deal with toddler meltdowns.",
            [(21, "qualitative")],
        ),
        # someone interviewed on the radio is no study
        ("In 2019 two ministers were interviewed on the radio about it.", []),
    ],
)
def test_a_counted_group_interviewed_in_the_passive(text, expected):
    assert _studies(text) == expected


def test_focus_groups_with_a_rounded_count_are_a_qualitative_study():
    text = "Focus groups with about 40 mothers in Gonaives found that sachets are often shared with older children."
    assert _studies(text) == [(None, "qualitative")]


def test_a_study_told_with_a_rounded_count_has_the_evidence_a_warehouse_row_needs():
    text = "Coffee and gout\n\nA study of more than 500 adults with gout found that coffee drinkers had fewer flares.\n"
    facts = extract_article(text, "Coffee and gout")
    assert [(s.design, s.sample_size) for s in facts.studies] == [("other", None)]
    # the rounded count is why the sample size is null: its sentence is the study row's anchor
    evidence = facts.studies[0].evidence["sample_size"]
    assert text[evidence.start : evidence.end] == "500 adults"
    study_row = fact_rows("a1", facts)["studies"][0]
    assert study_row["sample_size"] is None and study_row["char_start"] == evidence.start


def test_a_review_gives_no_rounded_count_of_the_people_in_its_trials():
    text = "Zinc and colds\n\nA systematic review of trials with more than 9,000 patients found that zinc helped.\n"
    (study,) = extract_article(text, "Zinc and colds").studies
    assert study.design == "systematic_review" and study.sample_size is None
    assert "sample_size" not in study.evidence
