import pytest

from pipelines.extract.design import classify_design
from pipelines.extract.sentences import split_sentences


def _design(text: str) -> str | None:
    found = classify_design(split_sentences(text))
    if found is None:
        return None
    design, start, end = found
    assert 0 <= start < end <= len(text)
    return design


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a test checked against a reference test in the same people: cross-sectional by nature
        ("Smartphone screening for neonatal jaundice: a diagnostic accuracy study.", "cross_sectional"),
        # a survey that examined people rather than asked them
        ("She led a national survey that examined the teeth of 2,311 twelve-year-olds.", "cross_sectional"),
        ("A survey that asked 2,000 parents found most were worried.", "survey"),
        # groups that chose, and groups not formed at random
        (
            "Fifty-eight women took part; 30 chose to join the walking group and 28 chose to carry on as usual.",
            "non_randomized_trial",
        ),
        ("The groups were not formed at random.", "non_randomized_trial"),
        # owners and non-owners counted after a colon are exposure groups, not cases and controls
        (
            "A study measured the daily steps of 1,640 adults with a wrist tracker: 512 dog owners and 1,128 people "
            "without a dog. It is a snapshot.",
            "cross_sectional",
        ),
        # uninjured controls
        (
            "It compared 94 runners with a stress fracture of the shin with 188 uninjured runners of the same age.",
            "case_control",
        ),
        # members' records followed over time
        (
            "Our data team followed the anonymised workout logs of 9,412 members for 12 months.",
            "cohort",
        ),
        # research on many trials is a review of them; one trial's own analysis is not
        ("Researchers analysed 18 randomised trials of acupuncture.", "systematic_review"),
        (
            "In the randomised trial, researchers analysed blood samples from 18 patients.",
            "randomized_controlled_trial",
        ),
        ("The researchers analysed one trial in depth and found it was randomised.", "randomized_controlled_trial"),
        # designs told by what was done
        ("They compared 300 people with lung cancer with 600 people of the same age without it.", "case_control"),
        ("Night nurses slept worse than day staff in a survey of 2,140 nurses.", "survey"),
        ("A total of 120 patients chose whether to have surgery or physiotherapy.", "non_randomized_trial"),
        ("Some 9,000 babies born in 2001 have been tracked ever since.", "cohort"),
        ("Some 400 patients were split into two groups by a computer.", "randomized_controlled_trial"),
        (
            "They tossed a digital coin to decide which of 160 patients got the new dressing.",
            "randomized_controlled_trial",
        ),
        ("Scientists tracked the health of 48,000 nurses over 20 years.", "cohort"),
        ("They followed 3,100 miners over the next two decades.", "cohort"),
        ("The team pulled together the results of 31 earlier trials into one analysis.", "meta_analysis"),
        ("Researchers held in-depth conversations with 26 young carers.", "qualitative"),
        ("An analysis of hospital records for 45,000 people linked night flights to admissions.", "cohort"),
        ("Using national registers, researchers followed every child born in Denmark from 2000.", "cohort"),
        ("Researchers measured vitamin D levels in 2,400 teenagers at a single visit.", "cross_sectional"),
        ("People who developed the disease were compared with healthy neighbours of the same age.", "case_control"),
        # historical comparisons
        (
            "Doctors compared 150 patients treated with the new protocol last year with 150 treated the year before.",
            "non_randomized_trial",
        ),
        ("The ward compared falls in the six months before and after the change.", "non_randomized_trial"),
        # towns set against towns without the scheme are an intervention's comparison, not cases and controls
        (
            "The scheme ran in 12 towns and was compared with 12 towns that did not get it; the towns were not picked"
            " at random.",
            "non_randomized_trial",
        ),
        # cases and controls counted side by side
        ("Dutch researchers looked at 1,500 people, 500 with Lyme disease and 1,000 without.", "case_control"),
        ("The records of 900 children, 300 with asthma and 600 without, were compared.", "case_control"),
        ("Forty women were interviewed at length about their experience of the treatment.", "qualitative"),
        ("The team searched the medical literature and found 22 studies that met their criteria.", "systematic_review"),
        ("They measured the blood pressure of 5,000 adults in one day.", "cross_sectional"),
        ("The screening accuracy study compared the app with a blood test in 1,318 babies.", "cross_sectional"),
        ("Volunteers were randomly assigned to acupuncture or sham needling.", "randomized_controlled_trial"),
        ("In this randomised controlled trial, 90 nurses took part.", "randomized_controlled_trial"),
        ("A small pilot study randomized 30 veterans to yoga or a wait list.", "randomized_controlled_trial"),
        ("This was an open-label pilot study in one clinic.", "non_randomized_trial"),
        ("The single-arm feasibility study enrolled 18 survivors.", "non_randomized_trial"),
        # a pilot told as research on people, and one that gave its arms by chance
        ("The company ran a small pilot with 38 patients at a private clinic.", "non_randomized_trial"),
        ("In that pilot, 30 carers tried the app for six weeks.", "non_randomized_trial"),
        ("In that pilot, 40 pupils were randomly given either a bright or a dim lamp.", "randomized_controlled_trial"),
        ("The pilot said the landing was smooth.", None),
        # a group that took up an offer against the rest who carried on
        ("Of these, 198 bought a stove; the other 214 kept cooking on an open fire.", "non_randomized_trial"),
        # a trial said not to be randomised, and people who decided for themselves
        ("This was not a randomised trial, and the app was offered to 5,295 members.", "non_randomized_trial"),
        ("Of 5,295 members, people decided for themselves whether to switch the coach on.", "non_randomized_trial"),
        # research wished for names no design
        ("A randomised trial would be stronger.", None),
        # the patients a search of the records turned up
        ("She searched the records of three U.S. centers and identified 11 patients treated for it.", "case_series"),
        ("The authors pooled the results of 21 trials.\nIt was a systematic review.", "meta_analysis"),
        ("A meta-analysis of 12 trials found modest benefits.", "meta_analysis"),
        ("A systematic review of 30 trials, which included 2,000 patients, found mixed evidence.", "systematic_review"),
        ("The reviewers analysed 14 randomized controlled trials in a Cochrane review.", "systematic_review"),
        ("The longitudinal study tracked 900 dockworkers for a decade.", "cohort"),
        ("A prospective cohort of 12,000 teachers was followed for 8 years.", "cohort"),
        ("The case-control study compared 200 cases with 400 controls.", "case_control"),
        ("A cross-sectional analysis of a national household survey.", "cross_sectional"),
        ("A national survey of 3,000 pharmacists asked about supplements.", "survey"),
        ("The authors describe a case series of three runners.", "case_series"),
        ("The team ran focus groups and a qualitative analysis of interviews.", "qualitative"),
        # denied or hypothetical designs are not the study's design
        ("Students learn that not every useful paper is a big randomized trial. This is a case report.", "case_series"),
        ("A larger randomized trial is needed. The pilot study enrolled 12 clients.", "non_randomized_trial"),
        ("Future work could use randomized trials. The survey reached 800 farmers.", "survey"),
        # a control group without the word "randomized" is still read as a controlled trial
        (
            "The participants were divided into two groups; the control group got a leaflet.",
            "randomized_controlled_trial",
        ),
        ("In a separate double-blind trial of 320 travellers, 5 mg worked better.", "randomized_controlled_trial"),
        ("The study was observational, so it cannot show cause.", "cohort"),
        ("A retrospective analysis of hospital records from 4 states.", "cohort"),
        ("Researchers tracked the nurses for 20 years.", "cohort"),
        ("The Linton Families project has followed 3,100 children since they were born.", "cohort"),
        ("Researchers have tracked the miners since 1998.", "cohort"),
        ("The team tracked them for an average of 6.2 years.", "cohort"),
        ("A second study followed 180 owners whose cats had just been treated.", "cohort"),
        # a randomised trial that follows its patients stays a trial
        ("The trial randomly assigned and then followed 300 patients for a year.", "randomized_controlled_trial"),
        ("The two wards were not chosen at random: managers picked the one to try it.", "non_randomized_trial"),
        ("A separate interview study with 22 parents asked how it felt.", "qualitative"),
        ("Nurses took part in semi-structured interviews about their shifts.", "qualitative"),
        # chosen by what happened to them, then compared with people it did not happen to
        (
            "The clinic compared 150 skiers who tore a knee ligament with 300 skiers who did not.",
            "case_control",
        ),
        (
            "They found 92 cyclists with a fracture and compared them with 184 riders who had not fallen.",
            "case_control",
        ),
        ("The survey asked 5,400 farmers about their backs, all at one point in time.", "cross_sectional"),
        ("The team interviewed 16 midwives about night shifts.", "qualitative"),
        ("Pollsters interviewed 2,000 adults by phone.", None),
        ("Researchers looked back at 8,100 people who had a hip replaced.", "cohort"),
        ("The authors analysed insurance claims for 40,000 children.", "cohort"),
        # a habit "every day" negates nothing that follows it
        ("Adults who ran every day were randomly split into two groups.", "randomized_controlled_trial"),
        ("A review combined the results of 30 experiments.", "meta_analysis"),
        ("It wasn't randomised: the 30 people who could make Tuesdays joined the choir.", "non_randomized_trial"),
        ("Because the groups weren't picked at random, it is hard to be sure.", "non_randomized_trial"),
        ("The crews were quite literally picked out of a hat.", "randomized_controlled_trial"),
        ("Forty blocks of flats were entered into a lottery.", "randomized_controlled_trial"),
        ("Researchers kept track of 2,104 people over 65 for seven and a half years.", "cohort"),
        ("A physiotherapist wrote up fourteen runners she had treated.", "case_series"),
        (
            "They took 312 women with a recent infection and compared them with twice as many women who had never been "
            "infected.",
            "case_control",
        ),
        ("A study by a rural health unit sat down with 26 farm women.", "qualitative"),
        ("In each session a different sheet was used; the order was decided at random.", "randomized_controlled_trial"),
        ("The patients were not picked by lottery: those referred first went first.", "non_randomized_trial"),
        (
            "Each rode their usual saddle for 4 weeks and a noseless one for 4 weeks, in random order.",
            "randomized_controlled_trial",
        ),
        # someone else's survey, analysed for one question, is a cross-sectional study
        ("An analysis of national health-survey data on 9,812 adults found few used aids.", "cross_sectional"),
        ("The team analysed census data from 2021 on 40,000 households.", "cross_sectional"),
        ("Another team compared 250 people with sciatica with 250 people without.", "case_control"),
        # pooled trials with two words before the noun
        ("The review pooled the results of 26 randomised controlled trials.", "meta_analysis"),
        ("A Mendelian randomization analysis used genetic variants.", None),
        ("The review board approved the consent form.", None),
        ("Researchers shared an opinion about exercise.", None),
        ("", None),
    ],
)
def test_classify_design(text, expected):
    assert _design(text) == expected


def test_evidence_span_holds_the_cue():
    text = "Back pain is common. The study was a double-blind randomized trial in Oslo."
    design, start, end = classify_design(split_sentences(text))
    assert design == "randomized_controlled_trial"
    assert "randomized" in text[start:end]


def test_pooled_span_is_evidence_for_meta_analysis():
    text = "A systematic review of 9 trials. The authors pooled the data from all of them."
    design, start, end = classify_design(split_sentences(text))
    assert design == "meta_analysis"
    assert text[start:end].startswith("pooled")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An earlier review pooled 14 trials involving 2,100 swimmers.", "meta_analysis"),
        ("The review combined data from nine studies of night-shift workers.", "meta_analysis"),
        ("A systematic review found 12 studies of ginger; the authors did not combine them.", "systematic_review"),
        # a trial being planned is not this study's design
        (
            "This was a single-arm feasibility study. The group is planning a randomised trial next.",
            "non_randomized_trial",
        ),
    ],
)
def test_pooled_counts_and_planned_research(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company reported results from its phase 3 vaccine trial in 9,000 adults.", "randomized_controlled_trial"),
        ("A Phase III study of the new inhaler met its main goal.", "randomized_controlled_trial"),
        ("An early phase 1 study checked the dose in 20 volunteers.", None),
    ],
)
def test_late_phase_trials(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a before-and-after study on four dialysis units.", "non_randomized_trial"),
        ("This uncontrolled before-after comparison covered two bakeries' staff.", "non_randomized_trial"),
        ("Surgeons described a series of 22 patients who had the new knee implant.", "case_series"),
        ("The clinic reported all 31 consecutive patients who underwent laser lithotripsy.", "case_series"),
        # trials still running report nothing: the design stated for the finished study wins
        ("The cohort study tracked 5,000 bakers. Two randomised trials are now under way in Chile.", "cohort"),
        ("A large randomized trial is ongoing. This retrospective study used insurance claims.", "cohort"),
    ],
)
def test_before_after_case_series_and_ongoing_trials(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An earlier analysis pooled individual data from six trials of zinc lozenges.", "meta_analysis"),
        ("A survey carried out in 2024 examined 3,216 people in 40 villages.", "cross_sectional"),
        ("The group pooled the raw results of 12 studies on night shifts.", "meta_analysis"),
    ],
)
def test_pooling_data_from_trials_is_a_meta_analysis(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    ("text", "design"),
    [
        # "non-randomized" is the opposite of randomized, however it is spelt
        ("Forty-one adults enrolled in her non-randomized pilot.", "non_randomized_trial"),
        ("It was a non randomised study of 30 wards.", "non_randomized_trial"),
        ("A nonrandomized trial compared two clinics.", "non_randomized_trial"),
        ("A randomized trial of 40 adults.", "randomized_controlled_trial"),
    ],
)
def test_non_randomized_spellings(text: str, design: str) -> None:
    assert classify_design(split_sentences(text))[0] == design


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volunteers were picked at random to take either the tablet or an identical dummy.",
            "randomized_controlled_trial",
        ),
        ("Families were assigned at random to the two clinics.", "randomized_controlled_trial"),
        ("Half the men got the spray and half got a dummy spray.", "randomized_controlled_trial"),
        # a random sample is not a random allocation
        (
            "A case-control study compared 900 patients with 1,800 controls picked at random from the roll.",
            "case_control",
        ),
        ("The survey went to 2,000 households chosen at random.", "survey"),
        # allocation by chance in lay words
        ("The 90 patients were put into two groups by chance.", "randomized_controlled_trial"),
        ("Half of them, chosen by lottery, got the new mattress.", "randomized_controlled_trial"),
        ("Which clinic each family used was decided by the toss of a coin.", "randomized_controlled_trial"),
        ("A computer picked, at random, which group each pupil joined.", "randomized_controlled_trial"),
        ("The 300 pupils were split, by a computer draw, into two groups.", "randomized_controlled_trial"),
        ("By the toss of a computerised coin, they were put into one of two groups.", "randomized_controlled_trial"),
        # chance that is not an allocation
        ("The link was found by chance in a cohort of 5,000 nurses.", "cohort"),
    ],
)
def test_allocation_at_random_and_dummy_treatments(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Each rider tried both saddles, a week apart, with the order drawn by lot.", "randomized_controlled_trial"),
        ("The order was decided by a coin toss for every rider.", "randomized_controlled_trial"),
        (
            "They used a random number list to put the 84 children into the two groups.",
            "randomized_controlled_trial",
        ),
        ("A computer decided which wards would get the new rota.", "randomized_controlled_trial"),
        ("A computer decided the menu for the week.", None),
        ("A questionnaire filled in by 2,310 allotment holders asked about back pain.", "survey"),
        ("A clinic in Leeds described 23 patients treated over nine years.", "case_series"),
    ],
)
def test_lay_allocation_surveys_and_case_series(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A Swedish team questioned and examined 1,904 bus drivers once about back pain.", "cross_sectional"),
        ("Because everything was measured at the same moment, it cannot show which came first.", "cross_sectional"),
        ("The team recorded the health of 2,130 pilgrims with asthma for a month after the journey.", "cohort"),
        ("Each sleeper had two nights, the order settled by a random draw.", "randomized_controlled_trial"),
        ("I examined the garden once a week.", None),
    ],
)
def test_one_time_measures_recorded_health_and_drawn_order(text, expected):
    assert _design(text) == expected


def test_an_analysis_that_pooled_trials_is_a_meta_analysis():
    assert _design("A 2024 analysis in Nutrients pooled 22 trials involving 1,075 older adults.") == "meta_analysis"


def test_meta_analyses_in_the_plural_are_research_in_general():
    text = (
        "The largest trial randomly assigned 872 adults to vitamin C or a placebo. "
        "And then the meta-analyses came along."
    )
    assert _design(text) == "randomized_controlled_trial"


def test_cases_compared_with_people_who_had_the_same_exposure_and_did_not():
    text = (
        "The researchers compared 140 women who developed it after surgery with 280 women who had the same kind "
        "of surgery and did not."
    )
    assert _design(text) == "case_control"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a test-negative design compares those who tested positive (cases) with those who tested negative
        ("The team used a test-negative design across 40 clinics.", "case_control"),
        ("Toddlers with flu (the cases) were compared with toddlers without it.", "case_control"),
        ("Patients who tested negative served as (the controls).", "case_control"),
        ("The children were negative on every test.", None),
    ],
)
def test_test_negative_designs_are_case_control(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Researchers compared cyclists who came in with a broken wrist with cyclists of the same age who had no "
            "injury.",
            "case_control",
        ),
        ("The study compared drivers who had crashed with drivers without a crash.", "case_control"),
        ("They compared patients who had surgery with physiotherapy.", None),
    ],
)
def test_people_chosen_by_what_happened_to_them(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Dentists examined 2,450 twelve-year-olds at school and found that about 1 in 6 had fluorosis.",
            "cross_sectional",
        ),
        ("Nurses screened 800 adults and found that 12% had high blood pressure.", "cross_sectional"),
    ],
)
def test_a_prevalence_read_off_one_examination(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Buyers wore the sleeve for four weeks. There was no comparison group.", "non_randomized_trial"),
        # weaker than any other design: a case series or survey has no comparison group either
        ("A clinic described 9 patients treated with the drug. There was no comparison group.", "case_series"),
    ],
)
def test_a_treatment_tried_with_nothing_to_compare_it_with(text, expected):
    assert _design(text) == expected


def test_a_clinics_audit_of_its_own_patients_is_a_case_series():
    assert _design("We audit every course of treatment we provide. We treated 47 patients.") == "case_series"


def test_every_patient_read_back_from_the_charts_is_a_case_series():
    text = "Doctors went back through the charts of every player treated in the emergency department."
    assert _design(text) == "case_series"


def test_following_each_one_for_months_is_a_cohort():
    text = "They analysed account data from 23,918 customers, following each one for 18 months."
    assert _design(text) == "cohort"


@pytest.mark.parametrize(
    "text",
    [
        "A blood-testing study of 3,409 residents found most had no antibodies.",
        "A seroprevalence survey of 900 adults.",
    ],
)
def test_how_many_carry_a_marker_at_one_time_is_cross_sectional(text):
    assert _design(text) == "cross_sectional"


def test_volunteers_set_against_others_are_a_non_randomised_trial():
    text = "Six homes that volunteered added drinks rounds and were compared with six similar homes nearby."
    assert _design(text) == "non_randomized_trial"


def test_people_who_took_part_in_interviews_are_a_qualitative_study():
    assert _design("Thirty-seven people took part in interviews for a study of voice banking.") == "qualitative"


def test_tracking_data_from_counted_people_is_a_cohort():
    assert _design("The team tracked sleep data from 31,204 people who wear fitness trackers.") == "cohort"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Since 2011 we have asked every guest to fill in a short questionnaire.", "survey"),
        ("Not every paper is a randomised trial.", None),
    ],
)
def test_a_questionnaire_every_guest_fills_in(text, expected):
    assert _design(text) == expected


def test_nobody_allocated_at_random_is_a_non_randomised_trial():
    text = "Nobody was allocated at random; patients simply picked, and everyone knew which they had."
    assert _design(text) == "non_randomized_trial"


def test_going_back_through_the_records_is_a_cohort():
    assert _design("Researchers went back through the records of 2,495 children treated for burns.") == "cohort"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Officers compared 86 passengers who fell ill with 172 who stayed well.", "case_control"),
        ("For each walker, a computer chose one foot to have a strip of tape.", "randomized_controlled_trial"),
    ],
)
def test_cases_against_those_who_stayed_well_and_a_randomly_chosen_foot(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # controls sampled from the people the cases came from
        (
            "A second team compared 310 drivers who had been injured in crashes with 620 drivers stopped at roadside "
            "checkpoints on the same roads.",
            "case_control",
        ),
        (
            "Doctors compared 150 children who had been admitted with burns with 300 children of the same age from "
            "the same neighbourhoods.",
            "case_control",
        ),
        # no one chosen by what happened to them
        ("The study compared 310 drivers who drink coffee with 620 drivers stopped at roadside checkpoints.", None),
    ],
)
def test_cases_against_controls_sampled_from_the_same_people(text, expected):
    assert _design(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted group examined once, and nothing said of time or comparison
        ("Health visitors examined 2,040 children in village schools last spring.", "cross_sectional"),
        ("Volunteers checked the eyes of 618 fishermen at the harbour.", "cross_sectional"),
        ("A team measured back pain among 356 cocoa workers on 11 farms.", "cross_sectional"),
        # any other cue says more
        ("Doctors examined 300 adults every month for five years in a cohort study.", "cohort"),
        ("They randomly assigned 300 adults and examined 300 adults afterwards.", "randomized_controlled_trial"),
        # things examined are not a group of people
        ("Inspectors checked 40 kitchens in the district.", None),
    ],
)
def test_a_counted_group_examined_is_a_cross_sectional_study_when_nothing_else_is_said(text, expected):
    assert _design(text) == expected
