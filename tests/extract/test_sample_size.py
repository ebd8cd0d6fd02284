import pytest

from pipelines.extract.sample_size import find_sample_size
from pipelines.extract.sentences import split_sentences


def _sample(text: str, review: bool = False):
    found = find_sample_size(text, split_sentences(text), review)
    if found is None:
        return None
    assert 0 <= found.start < found.end <= len(text)
    return found.value, found.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial enrolled 412 nurses with shoulder pain.", (412, "participants")),
        ("Researchers screened 2,030 people and enrolled 518 adults aged 40 to 70.", (518, "participants")),
        ("A total of 96 patients and their partners were randomized.", (96, "participants")),
        ("Eighty-four teenagers took part in the program.", (84, "participants")),
        # members who answered the outlet's own questionnaire are its sample
        ("Thank you to the 1,832 Care Card members who answered our online questionnaire.", (1832, "participants")),
        # those who started a programme are its sample; places offered are no people
        (
            "Sixty-four adults started the programme. The course cost BZ$40, with 20 places a year funded.",
            (64, "participants"),
        ),
        ("The study involved two hundred and twelve office workers.", (212, "participants")),
        # pairs of things are no people
        ("We have ordered 40 pairs of heated liners for the plant.", None),
        # whoever a survey is of, in any noun
        ("A survey of 1,205 competitive judoka from 11 countries asked about weight.", (1205, "participants")),
        ("A survey of 300 hospitals found that most had no policy.", None),
        ("We surveyed our members about B12. 187 of our 412 members replied.", (187, "participants")),
        ("Listener survey: 1,450 of you replied, thank you.", None),
        # what the people ate is no count of them
        ("In a crossover study, 38 adults ate two diets for two weeks each, in random order.", (38, "participants")),
        # a school year's number is no count, and a group described between commas is still the one allocated
        ("In all, 1,962 pupils in Years 3 and 4 took part.", (1962, "participants")),
        (
            "The 640 children, aged six to eight and attending 11 schools, were each randomly allocated to one of "
            "four groups.",
            (640, "participants"),
        ),
        ("Their sample: 58,311 adults who reported knee pain.", (58311, "participants")),
        ("In total (N = 150), patients were followed for a year.", (150, "participants")),
        ("The study (n=250) found lower blood pressure.", (250, "participants")),
        ("Groups were yoga (n = 40) and stretching (n = 41).", None),
        ("Infants were split into groups, n = 15 per group.", None),
        # nouns outside the participant vocabulary count only with enrolment words around them
        ("In a separate trial of 320 travellers, a higher dose worked better.", (320, "participants")),
        # staff are the sample when a study is said to be in them
        ("A team ran a factorial trial in 248 primary-school teachers with voice problems.", (248, "participants")),
        ("The union represents 5,600 teachers.", None),
        # those included in the results are the analysed part of the group counted first
        (
            "The study took 1,318 newborn babies at 4 hospitals. 1,290 babies were included in the results.",
            (1318, "participants"),
        ),
        ("In total, 1,290 babies were included in the analysis.", (1290, "participants")),
        # those who started are the sample, those who finished a subset
        ("Of the 640 people who started, 512 completed the six-month programme.", (640, "participants")),
        # a later count that is a result leaves the first as the sample
        ("Of 19 patients treated between 2014 and 2025, 14 left the hospital alive.", (19, "participants")),
        # a ratio of the whole group counts the group
        ("Nearly 4 in 10 of the 3,000 adults surveyed said they slept badly.", (3000, "participants")),
        # members of a named body are a surveyed group, not part of an earlier count
        (
            "A 2024 survey of 1,512 members of the Island Diabetes Association found few had eye checks.",
            (1512, "participants"),
        ),
        ("Sixty patients of the 120 enrolled finished the course.", None),
        # places a cluster trial counts are not its sample
        (
            "A cluster trial across 24 warehouses cut complaints. The trial enrolled 1,102 workers.",
            (1102, "participants"),
        ),
        # a relative word ends the count's own noun phrase: the centres are counted, not the patients
        ("They compared them with eight similar health centres where patients were referred.", None),
        # the group set against the one described is part of the trial, not all of it
        (
            "Men who played twice a week improved compared with 48 men who kept their routine, in a trial of 96 men.",
            (96, "participants"),
        ),
        # a share of the whole group counts the group
        ("About 18% of the 2,000 adults surveyed said they used supplements.", (2000, "participants")),
        # a registry's millions, taken in by its verb; a country's are a population
        ("The study included 1.2 million Danish adults.", (1200000, "participants")),
        ("About 6 million adults in the UK still smoke.", None),
        # one arm of a cluster trial is no total, "in total" or not
        (
            "The trial involved 14,862 household contacts. In total, 7,390 contacts were in the rifampicin units and "
            "7,472 in the comparison units.",
            (14862, "participants"),
        ),
        ("Crews made 250 flights a year.", None),
        # two modifiers sharing one noun; a cluster count beside the people in the clusters
        ("It was a survey of 1,304 dairy and arable workers in Wales.", (1304, "participants")),
        (
            "Forty clubs were randomly split into two groups, and 655 players from them took part.",
            (655, "participants"),
        ),
        # "for more than a year" says how long, not a yearly count about the world
        ("In total 740 adults who had used inhalers for more than a year were included.", (740, "participants")),
        ("About 2,000 children are admitted each year in the UK.", None),
        # the members an organisation surveyed are its sample; its membership is not
        ("Our own survey of 3,150 members, carried out in May, found the same.", (3150, "participants")),
        ("The charity has 3,150 members across Wales.", None),
        ("In autumn we asked members about their breaks, and 1,212 carers replied.", (1212, "participants")),
        ("The lab tested blood samples from 640 horse owners at one point in time.", (640, "participants")),
        ("They were randomly assigned to one of three 12-week programs.", None),
        # per-arm, subset and outcome counts never win over the total
        ("Of 300 people recruited, 150 were assigned to each arm.", (300, "participants")),
        (
            "They randomized 120 runners; 61 were placed in the yoga arm and 59 in the control arm.",
            (120, "participants"),
        ),
        (
            "The trial recruited 240 smokers. Of these, 31 patients dropped out and 12 patients died.",
            (240, "participants"),
        ),
        ("Investigators enrolled 88 veterans, and 40 of them were women.", (88, "participants")),
        ("Of the 1,200 people invited, 800 agreed to take part.", (800, "participants")),
        ("Overall, 15 completed the program.", None),
        # approximate counts are not a sample size
        ("They worked with approximately 30 families in the pilot.", None),
        ("More than 1,000 people answered the survey.", None),
        ("Several thousand patients were included.", None),
        # distractors: money, percentages, ages, years, staff and audiences
        ("A session costs $80 and 45% of clients come back.", None),
        ("The clinic employs 14 therapists and has 3,200 subscribers.", None),
        ("Participants were aged 18 to 65 and were recruited between 2015 and 2018.", None),
        ("In 2019, 806 people in the sample used the service.", None),
        ("About 18.7 million people live with the condition.", None),
        ("Each year 4,000 women die of the disease in the U.S.", None),
        ("The disease kills 4,000 women a year.", None),
        # members counted by the records studied, not a club's membership
        ("Our data team followed the anonymised workout logs of 9,412 members for a year.", (9412, "participants")),
        ("The club now has 9,412 members across the country.", None),
        ("In July, 1,380 members answered our online poll.", (1380, "participants")),
        ("The survey reached 3,210 households in five provinces.", (3210, "participants")),
        ("", None),
    ],
)
def test_participant_sample(text, expected):
    assert _sample(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team analysed 31 randomised controlled trials with 4,500 participants.", (31, "studies")),
        ("From 6,120 records they identified 57 studies, involving 9,000 patients.", (57, "studies")),
        ("They assessed 210 trials in full text; only eleven RCTs made it into the analysis.", (11, "studies")),
        ("Twelve trials involving 640 patients met their criteria.", (12, "studies")),
        ("More than 100 studies were analyzed; in the end they analyzed 104 research studies.", (104, "studies")),
        ("Each of those two analyses drew on 6 RCTs.", None),
        # a review's participant total is not its sample size
        ("The pooled trials included 3,400 adults.", None),
    ],
)
def test_review_sample(text, expected):
    assert _sample(text, review=True) == expected


def test_span_covers_number_and_noun():
    text = "After screening, the researchers enrolled 305 office workers with neck pain."
    found = find_sample_size(text, split_sentences(text), review=False)
    assert text[found.start : found.end] == "305 office workers"


def test_hyphenated_count_names_participants():
    text = "This is a three-patient case series."
    found = find_sample_size(text, split_sentences(text), review=False)
    assert (found.value, found.unit) == (3, "participants")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pool a sample was drawn from is not the sample
        ("Of 250 people who answered the screening survey, 90 were eligible and enrolled.", (90, "participants")),
        (
            "The team mailed a letter to 5,000 retired miners. In total, 1,204 miners returned it.",
            (1204, "participants"),
        ),
        # an explicit total beats a subgroup that also has enrolment words
        ("They identified 300 patients with gout. In all, the study included 1,500 people.", (1500, "participants")),
        # a label is not a count; a ratio is not a count
        ("Of the 900 Grade 4 pupils, 610 pupils took part.", (610, "participants")),
        ("Roughly one in four adults snores.", None),
        # sites are not participants
        ("Next they will run a randomised trial across 30 pharmacies.", None),
        (
            "A postal questionnaire went to 8,000 farmers; 2,311 farmers completed the questionnaire.",
            (2311, "participants"),
        ),
    ],
)
def test_sample_size_pools_totals_and_labels(text, expected):
    assert _sample(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A bare count with an assignment verb is the randomised total.
        ("Of these, 2,310 were randomly assigned to the new inhaler or to their usual one.", 2310),
        ("After screening, 412 were allocated to the two diets.", 412),
        # Attrition is never the sample.
        ("The trial enrolled 640 adults. A total of 57 participants left the study before the last visit.", 640),
        # Sites are not people, even when the verb of taking part comes late in the sentence.
        (
            "Seventy-two patients with early Parkinson disease, treated at 9 specialist clinics and 6 nursing "
            "homes across the region, took part.",
            72,
        ),
    ],
)
def test_assignment_verbs_attrition_and_sites(sentence: str, expected: int):
    assert _sample(sentence) == (expected, "participants")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count after "of" is the pool the sample was drawn from
        (
            "Researchers recruited through 24 centres; of 3,412 people who answered ads, 2,318 adults were enrolled.",
            2318,
        ),
        ("Of 1,036 patients who answered the advert, 418 adults enrolled in the trial.", 418),
        # pairs joined by an en dash, and survey verbs
        ("The cohort followed 5,912 mother–child pairs.", 5912),
        ("The online survey asked 2,046 parents of children aged 9 to 14 about their plans.", 2046),
        ("Pollsters questioned 1,200 adults in March.", 1200),
        # the sum stated after the group counts
        ("It compared 90 runners who were injured with 180 who were not: 270 runners in all.", 270),
        ("They matched 310 cases to 620 controls, 930 patients in total.", 930),
        # a country's abbreviation between the count and the noun
        ("The firm, which surveyed 410 U.S. dermatologists in June, said most agreed.", 410),
        # a total with its noun left out, and people who filled in the questionnaire
        ("Thirty who could came, and 30 who couldn't were used for comparison, 60 in all.", 60),
        ("In the end 1,572 farmers filled in the questionnaire.", 1572),
        # crews are clusters; the total in brackets is the sample
        ("A coaching group recruited 22 crews (176 rowers in total) from local clubs.", 176),
        # staff are the sample when the study is said to be of them
        ("A trial of 96 fire and ambulance staff tested a new stretch.", 96),
    ],
)
def test_pools_pairs_and_survey_verbs(text: str, expected: int) -> None:
    found = find_sample_size(text, split_sentences(text), review=False)
    assert found is not None and found.value == expected


def test_some_of_the_trials_patients_interviewed_are_the_interview_studys_sample() -> None:
    text = "The research team also interviewed nineteen of the patients who had attended the classes."
    found = find_sample_size(text, split_sentences(text), review=False)
    assert found is not None and (found.value, found.unit) == (19, "participants")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In one trial, 60 women with melasma applied a serum to one side of the face.", 60),
        ("Of 3,000 people who applied to take part, 410 were enrolled.", 410),
    ],
)
def test_applying_a_treatment_is_not_applying_to_take_part(text: str, expected: int) -> None:
    found = find_sample_size(text, split_sentences(text), review=False)
    assert found is not None and found.value == expected


def test_a_review_whose_studies_are_counted_without_their_noun() -> None:
    text = "The review looked for every study of nasal strips. There were just 12, involving 480 people in total."
    found = find_sample_size(text, split_sentences(text), review=True)
    assert found is not None and (found.value, found.unit) == (12, "studies")


def test_a_review_that_found_eleven_that_met_its_standards() -> None:
    text = "The review searched the literature from 25 years and found eleven that met its standards."
    found = find_sample_size(text, split_sentences(text), review=True)
    assert found is not None and (found.value, found.unit) == (11, "studies")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A questionnaire filled in by 2,310 allotment holders asked about back pain.", (2310, "participants")),
        ("The survey was completed by 418 bus drivers in the spring.", (418, "participants")),
        ("A clinic in Leeds described 23 patients treated over nine years.", (23, "participants")),
    ],
)
def test_counts_of_who_answered_or_was_described(text: str, expected: tuple) -> None:
    assert _sample(text) == expected


def test_staff_counted_as_the_total_of_their_groups_are_the_sample() -> None:
    text = "Forty-two staff wore the new boots and 38 wore their old ones, 80 staff in total."
    assert _sample(text) == (80, "participants")
    assert _sample("The depot has 40 staff in total.") is None


def test_a_year_before_analysis_is_no_sample() -> None:
    text = "A 2024 analysis in Nutrients pooled 22 trials involving 1,075 older adults."
    assert _sample(text) != (2024, "participants")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a study's newsletter to its volunteers counts the sample of its next study among them
        ("We also interviewed 31 of you by phone about the diaries.", (31, "participants")),
        ("We spoke with 12 of you at the open day.", (12, "participants")),
        # a subset of a sample is still no sample
        ("Only 9 of them dropped out.", None),
    ],
)
def test_a_count_of_the_readers_who_were_studied(text: str, expected) -> None:
    assert _sample(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Dentists examined 2,450 twelve-year-olds at school.", (2450, "participants")),
        ("A survey of 310 16-year-olds asked about vaping.", (310, "participants")),
    ],
)
def test_children_counted_by_their_age(text: str, expected: tuple) -> None:
    assert _sample(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In the trial, 18,942 donors agreed to be randomly allocated to a shorter gap.", (18942, "participants")),
        ("Thank you to the 9,130 donors who completed our survey last autumn.", (9130, "participants")),
        # "the" before a count still marks a subset when nothing says these are the whole sample
        ("Of the 9,130 donors, the 412 donors who fainted were excluded.", None),
    ],
)
def test_counts_of_people_who_agreed_to_be_randomised_or_completed_a_survey(text: str, expected) -> None:
    assert _sample(text) == expected


def test_the_residents_of_a_trials_clusters_are_its_sample() -> None:
    text = "The trial covered 30 clusters of estates. The clusters were home to 618,437 residents."
    assert _sample(text) == (618437, "participants")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Of the 1,126 guests who completed it in 2025, 89% said they felt rested.", (1126, "participants")),
        ("Of the 400 adults who responded, most agreed.", (400, "participants")),
        ("In May, 980 members filled in the association's housing survey.", (980, "participants")),
        ("Last spring 2,315 readers completed our annual reader questionnaire.", (2315, "participants")),
        ("In 2025, 77 members answered the club's short online poll.", (77, "participants")),
    ],
)
def test_everyone_who_answered_a_questionnaire_is_its_sample(text: str, expected: tuple) -> None:
    assert _sample(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # those who answered, not those asked
        ("We surveyed the Council's 640 registered coaches late last year and 401 replied.", (401, "participants")),
        # an age band before the verb is no second count
        ("A hundred and twenty donors aged 18 to 24 took part in the study.", (120, "participants")),
    ],
)
def test_respondents_beat_the_people_asked(text: str, expected: tuple) -> None:
    assert _sample(text) == expected


def test_the_people_interviewed_among_them_are_the_interview_studys_sample() -> None:
    assert _sample("I interviewed 19 of them - 14 mothers and 5 fathers - about reading.") == (19, "participants")


def test_ships_are_no_sample_and_the_passengers_they_covered_are() -> None:
    text = "A large study of eight ships in our fleet tested soap stations. The study covered 143,208 passengers."
    assert _sample(text) == (143208, "participants")


@pytest.mark.parametrize(
    "text",
    [
        "We ran focus groups with twenty-six teachers from the pilot schools.",
        "The team held interviews with 26 teachers about the new timetable.",
    ],
)
def test_staff_talked_with_in_a_qualitative_study_are_its_sample(text):
    assert _sample(text) == (26, "participants")


def test_a_trial_randomising_its_children_outranks_a_count_of_those_who_answered():
    text = "We randomised 188 children aged three to six. We sent a form to 61 therapists and 54 answered."
    assert _sample(text) == (188, "participants")


@pytest.mark.parametrize(
    "text",
    [
        "CORRECTION: An earlier version of this story said that the study included 4,100 children. It included 410 "
        "children.",
        "We wrongly reported that 4,100 children took part. The study included 410 children.",
    ],
)
def test_the_figure_a_correction_says_was_wrong_is_no_sample(text: str) -> None:
    assert _sample(text) == (410, "participants")


def test_a_ratio_with_every_is_no_sample():
    assert _sample("Clubfoot affects about one in every 1,000 babies born each year.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Altogether, one thousand and twelve children were followed over a full year.", (1012, "participants")),
        ("One thousand two hundred nurses took part.", (1200, "participants")),
        # a rounded scale is a population, not a count
        ("Two thousand children die of it each year.", None),
    ],
)
def test_counts_in_words_with_thousand(text, expected):
    assert _sample(text) == expected


def test_people_watched_rather_than_asked():
    text = "Trained observers recorded how 1,264 children under eight were travelling in cars."
    assert _sample(text) == (1264, "participants")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun after "of" is no plural noun: the branches are clusters, the employees the sample
        (
            "An insurer randomly assigned 26 of its branch offices to a shorter week, and the trial covered 1,184 "
            "employees.",
            1184,
        ),
        ("The council randomly allocated 30 of its libraries to longer opening hours.", None),
        # staff a trial allocated are its sample
        ("A bank randomly assigned 1,200 staff to a four-day week or to the usual week.", 1200),
        ("The hospital has 1,200 staff and a new car park.", None),
    ],
)
def test_clusters_counted_with_a_pronoun_and_staff_a_trial_allocated(text: str, expected: int | None) -> None:
    found = _sample(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a programme was made of, totalled, is no sample
        (
            "Researchers recruited 86 adults and randomly assigned them to piano or music classes. Both groups met "
            "weekly for six months, 24 lessons in all.",
            86,
        ),
        ("The course ran for ten weeks, 20 workshops altogether.", None),
        ("Drivers had two cups a day, 14 drinks in total.", None),
    ],
)
def test_parts_of_a_programme_totalled_are_no_sample(text: str, expected: int | None) -> None:
    found = _sample(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people whose X-rays or records were read are the sample, however they came to be screened
        (
            "Researchers ran the program on the chest X-rays of 5,112 adults screened in two regions, each of whom "
            "also gave a sputum sample.",
            5112,
        ),
        ("In all, 900 women were screened and 300 were enrolled.", 300),
        # animals kept or met are no sample
        ("For a family with a flock of 15 hens, is a corral worth it? The trial enrolled 1,320 children.", 1320),
        ("A farm with 40 cows and 200 chickens.", None),
    ],
)
def test_data_read_of_screened_people_and_animals(text: str, expected: int | None) -> None:
    found = _sample(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # equal groups told by their number and size: the total is their product
        ("The trial had two groups of 150 patients each.", 300),
        ("Two groups of 40 students took part in the trial.", 80),
        ("In the trial, 150 patients were assigned to each of two groups.", 300),
        # a total stated first still wins
        ("The trial enrolled 310 adults; two groups of 150 patients finished it.", 310),
    ],
)
def test_equal_groups_multiply(text, expected):
    assert _sample(text) == (expected, "participants")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number inside an adjective counts no one
        ("Farms were randomly allocated to two-wheeled carts or to training.", None),
        ("The trial randomly assigned families to a three-arm comparison.", None),
        # ages joined by hyphens are people
        ("The trial enrolled 96 two-year-olds.", (96, "participants")),
    ],
)
def test_numbers_inside_adjectives(text, expected):
    assert _sample(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rounding before a list of counts covers every count in it
        ("The team held focus groups with about 60 women and 20 husbands.", None),
        ("The team held focus groups with 60 women and 20 husbands.", (60, "participants")),
        # a plan for people is not a sample of them
        ("Our 22 community health workers in the district will receive a refresher day.", None),
        ("The trial enrolled 300 adults who will be followed for ten years.", (300, "participants")),
    ],
)
def test_rounded_lists_and_plans_count_no_one(text: str, expected) -> None:
    assert _sample(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people a treatment was handed to are its sample
        ("Last year the cooperative lent carts to 46 members on five farms.", (46, "participants")),
        ("The charity gave vouchers to 200 families.", (200, "participants")),
        # (advice given every year is the union's routine, not a study's)
        ("The union offered advice to 1,200 members every year.", None),
    ],
)
def test_the_people_a_treatment_was_handed_to(text: str, expected) -> None:
    assert _sample(text) == expected
