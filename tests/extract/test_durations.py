"""extract_durations: which time spans are a study's, their values, units and roles, and their evidence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extract.durations import extract_durations
from pipelines.extract.sentences import SentenceIndex


def _durations(text):
    index = SentenceIndex(text)
    return extract_durations(text, index, index.sentences)


def _triples(text):
    return [(d.value, d.unit, d.role) for d in _durations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second time point after "again", and hours that open a result
        (
            "They visited the homes after six months and again after a year.",
            [(6, "month", "follow_up"), (1, "year", "follow_up")],
        ),
        ("At 48 hours, the cold-water group reported less muscle soreness.", [(48, "hour", "follow_up")]),
        (
            "The course ran twice a week for 11 weeks, 45 minutes a time.",
            [(11, "week", "intervention"), (45, "minute", "session")],
        ),
        ("Everyone was tested at the end of the course and again a year later.", [(1, "year", "follow_up")]),
        # a result told at the end of the treatment period is also a time point
        (
            "After 12 months of treatment, the researchers found that pain was lower.",
            [(12, "month", "intervention"), (12, "month", "follow_up")],
        ),
        # a treatment taken for the last weeks of pregnancy (but not a window people were recruited in)
        (
            "They were randomly assigned to eat six dates a day or no dates for the last four weeks of pregnancy.",
            [(4, "week", "intervention")],
        ),
        # a sitting named by what was done in it
        ("Each driver did two 90-minute night drives in a simulator, a week apart.", [(90, "minute", "session")]),
        # a heading that names the time point of its results
        (
            "A trial followed 240 adults.\nTHE RESULTS AT SIX MONTHS\nFewer were readmitted.",
            [(6, "month", "follow_up")],
        ),
        # two spans side by side share what follows the second
        (
            "The men were randomly assigned to 7 days or 14 days of the same antibiotic.",
            [(7, "day", "intervention"), (14, "day", "intervention")],
        ),
        (
            "Symptoms were checked two weeks and again six weeks after the tablets finished.",
            [(2, "week", "follow_up"), (6, "week", "follow_up")],
        ),
        # one sitting "spent" somewhere; a difference between groups is a result, not a span
        (
            "Volunteers spent half an hour in the sauna, four times a week, for three months.",
            [(30, "minute", "session"), (3, "month", "intervention")],
        ),
        ("Pupils with sit-stand desks spent about 38 minutes less per school day sitting.", []),
        # a visit "by" a time point is an assessment, as one "at" it is
        ("Infections coming back by the six-week visit were as common in both groups.", [(6, "week", "follow_up")]),
        # sessions and treatment periods
        (
            "One arm had eight 45-minute acupuncture treatments over three weeks.",
            [(45, "minute", "session"), (3, "week", "intervention")],
        ),
        (
            "Volunteers attended 90-minute yoga classes twice weekly for 16 weeks.",
            [(90, "minute", "session"), (16, "week", "intervention")],
        ),
        ("Each visit lasted about 25 minutes.", [(25, "minute", "session")]),
        ("Sessions were 50 minutes long and ran weekly.", [(50, "minute", "session")]),
        ("Groups met once a week for nine weeks.", [(9, "week", "intervention")]),
        ("Families massaged their toddlers for 10 minutes at bedtime.", [(10, "minute", "session")]),
        ("The course included weekly 2.5-hour classes.", [(2.5, "hour", "session")]),
        ("Classes met for one and a half hours each week.", [(1.5, "hour", "session")]),
        ("Each visit took half an hour.", [(30, "minute", "session")]),
        ("Members joined monthly hour-long refresher sessions.", [(1, "hour", "session")]),
        ("a single half-hour appointment", [(30, "minute", "session")]),
        ("Patients received 6 weeks of aquatic therapy.", [(6, "week", "intervention")]),
        ("The drug was taken daily for three months.", [(3, "month", "intervention")]),
        ("The exercise programme lasted 14 days.", [(14, "day", "intervention")]),
        ("Treatment continued for between 6 and 9 weeks.", [(6, "week", "intervention"), (9, "week", "intervention")]),
        ("Participants took part in a ten-day retreat.", [(10, "day", "intervention")]),
        (
            "A 3-week induction phase was followed by a 24-week maintenance phase.",
            [(3, "week", "intervention"), (24, "week", "intervention")],
        ),
        ("Clinics offered either 4- or 8-week programs.", [(4, "week", "intervention"), (8, "week", "intervention")]),
        # follow-up time points
        (
            "Outcomes were recorded at 3, 6 and 18 months.",
            [(3, "month", "follow_up"), (6, "month", "follow_up"), (18, "month", "follow_up")],
        ),
        (
            "Scores were compared at one, three and nine months.",
            [(1, "month", "follow_up"), (3, "month", "follow_up"), (9, "month", "follow_up")],
        ),
        ("At the end of 16 weeks, sleep had improved.", [(16, "week", "follow_up")]),
        ("Walkers were reassessed 8 weeks later.", [(8, "week", "follow_up")]),
        ("They were contacted again 2 months after discharge.", [(2, "month", "follow_up")]),
        ("Patients had a median follow-up of 6.1 years.", [(6.1, "year", "follow_up")]),
        ("Children were followed for 7 years.", [(7, "year", "follow_up")]),
        ("A 9-month follow-up found no change.", [(9, "month", "follow_up")]),
        ("By the 20-week check, most had recovered.", [(20, "week", "follow_up")]),
        ("At week 16, fatigue was lower.", [(16, "week", "follow_up")]),
        (
            "Symptoms were rated at weeks 2, 6 and 10.",
            [(2, "week", "follow_up"), (6, "week", "follow_up"), (10, "week", "follow_up")],
        ),
        # a time point named by its day, each with or without the unit again
        (
            "Patients were checked on day 4, day 7 and day 28.",
            [(4, "day", "follow_up"), (7, "day", "follow_up"), (28, "day", "follow_up")],
        ),
        (
            "Ulcers were examined on days 7, 14 and 21.",
            [(7, "day", "follow_up"), (14, "day", "follow_up"), (21, "day", "follow_up")],
        ),
        ("Nurses phoned on day 7 and again on day 14.", [(7, "day", "follow_up"), (14, "day", "follow_up")]),
        (
            "They compared platelet counts on the third day and again on the fifth day.",
            [(3, "day", "follow_up"), (5, "day", "follow_up")],
        ),
        # the first day is the start, and a day of something else is no time point
        ("On day 1 of the trial everyone got a leaflet.", []),
        ("On the second day of the festival the stalls were busy.", []),
        (
            "Questionnaires were filled in 1 week, 1 month and 6 months after the last visit.",
            [(1, "week", "follow_up"), (1, "month", "follow_up"), (6, "month", "follow_up")],
        ),
        ("Data were gathered over 3- and 9-month intervals.", [(3, "month", "follow_up"), (9, "month", "follow_up")]),
        (
            "Measures were taken at baseline, 4 months and 10 months.",
            [(4, "month", "follow_up"), (10, "month", "follow_up")],
        ),
        ("Dementia was tracked over the next 11 years.", [(11, "year", "follow_up")]),
        # study periods
        ("The whole project ran over seven months in 2019.", [(7, "month", "study_period")]),
        ("It was a registry analysis covering 12 years of claims.", [(12, "year", "study_period")]),
        ("Researchers pooled records from a 20-year period.", [(20, "year", "study_period")]),
        ("Enrolment took place over 18 months.", [(18, "month", "study_period")]),
        ("The pilot, which lasted for a year, enrolled 40 nurses.", [(1, "year", "intervention")]),
        ("Partners gave massages once a week for a month.", [(1, "month", "intervention")]),
        ("Everyone was followed for a year.", [(1, "year", "follow_up")]),
        (
            "Pupils got 20 minutes of yoga, three times a week, for six weeks.",
            [(20, "minute", "session"), (6, "week", "intervention")],
        ),
        (
            "Those who fasted for 6 weeks felt calmer 3 months on.",
            [(6, "week", "intervention"), (3, "month", "follow_up")],
        ),
        ("Over a period of 9 years, the team logged hospital visits.", [(9, "year", "study_period")]),
        (
            "Acupuncture (25-minute sessions, twice weekly) was given for 7 wks.",
            [(25, "minute", "session"), (7, "week", "intervention")],
        ),
        ("TWELVE WEEKS LATER, Scores Were Lower.", [(12, "week", "follow_up")]),
        ("Runners trained for six consecutive weeks.", [(6, "week", "intervention")]),
        ("At 12 weeks more walkers than sitters had improved.", [(12, "week", "follow_up")]),
        ("The 12-week program, which cost $300 per patient in the trial, cut pain.", [(12, "week", "intervention")]),
        ("Therapists used 40- to 50-minute sessions.", [(40, "minute", "session"), (50, "minute", "session")]),
        (
            "Mood was measured at the end of the 9-week program.",
            [(9, "week", "intervention"), (9, "week", "follow_up")],
        ),
        (
            "After the 9-week program, members moved to a 20-week maintenance phase.",
            [(9, "week", "intervention"), (20, "week", "intervention")],
        ),
        # one entry per distinct (value, unit, role)
        (
            "The 6-week course ended. At 6 weeks and again at 6 weeks, pain fell.",
            [(6, "week", "intervention"), (6, "week", "follow_up")],
        ),
        # people asked how they were, hours after the treatment
        (
            "Parents were phoned 24 hours after each visit and again one week later.",
            [(24, "hour", "follow_up"), (1, "week", "follow_up")],
        ),
        ("The team called each patient 48 hours after surgery.", [(48, "hour", "follow_up")]),
        # a span of doing something is how long it was done, even where it was checked
        (
            "Children were checked at 6 weeks and after 16 weeks of patching.",
            [(6, "week", "follow_up"), (16, "week", "intervention")],
        ),
        ("Blood pressure was checked after 12 weeks of monitoring.", [(12, "week", "follow_up")]),
        # "a year" after a measurement verb is a time point, as "for a year" is a span
        (
            "The programme ran for six months, and everyone was checked again a year after it ended.",
            [(6, "month", "intervention"), (1, "year", "follow_up")],
        ),
    ],
)
def test_study_durations(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # eligibility symptom lengths
        "Adults with knee pain for at least 3 months were eligible.",
        "People who had had neck pain lasting 2 to 12 weeks could join.",
        "Participants had been living with migraines for an average of 11.2 years.",
        # how long people had done what the study asks about: an exposure, not a span of the study
        "Those who had worked nights for more than ten years were more likely to develop diabetes.",
        "Women were recruited in the first 12 weeks of pregnancy.",
        "Eligible patients had shoulder pain of at least 6 weeks' duration.",
        "Most reported that back pain generally lasts three months or longer.",
        "Pain of 6 months or more was required.",
        # ages and gestational ages
        "Infants aged 3 to 9 months took part.",
        "When the babies were 5 to 20 days old, mothers began.",
        "Toddlers, 18 months old, were observed.",
        "Women over 70 years of age were excluded.",
        "Preterm infants born at 30 weeks' gestation were studied.",
        "The 6-week-old infants slept more.",
        "Adults between 25 and 55 years old were recruited.",
        # recall windows, distances, frequencies
        "In the past 12 months, 30% had seen a physiotherapist.",
        "Pain in the previous 7 days was rated.",
        "Patients had started to feel pain within the previous 4 to 10 weeks.",
        "All homes were within 20 minutes of the clinic.",
        "Diaries were completed every 2 weeks.",
        # outcome values and comparisons
        "Median survival was 9.4 months in the early group compared with 7.7 months.",
        "Pain relief lasted about 3 hours.",
        "Patients waited an average of 11 weeks for surgery.",
        "Those treated were discharged 2 days sooner.",
        # weekly totals, calendar years, vague spans
        "Guidelines advise 150 minutes of activity per week.",
        "The survey pooled the years 2003 to 2017.",
        "Over the past few decades, research has grown.",
        "The study followed people for a decade and a half.",
        "It held up well over a full year.",
        "Few could say how they felt a year later.",
        # careers, prices, personal asides, headings, page chrome
        "Dr. Ortiz has been in practice for 22 years.",
        "Our profession has spent 40 years seeking recognition.",
        "A 60-minute session costs $95.",
        "I have had sciatica for nine years.",
        "My knees ached for about four days.",
        "Walking Poles: Three Months Later",
        "Reading time: 6 minutes",
        "Claim 1.5 CE hours for reading this article.",
        "Grab our free 6-week sleep planner!",
        "Comments may take up to 48 hours to appear.",
        "It only helps for a week or so.",
        "Twice a week, the group met.",
        "Patients had been hospitalized for 4 days on average.",
        "The clinic has served the town for 30 years.",
        "Offer valid for 30 days.",
        "Subscribe for 12 months and save 20%.",
        # ordinals and things that are not spans
        "By the third week, mood had lifted.",
        "In their second year of training, students learn this.",
        "There were 12 events per 1,000 person-years.",
        # a gestational age told by birth
        "Babies who were very unwell, or born before 35 weeks, were not included.",
        "Infants born at 32 to 36 weeks took part.",
        # an anecdote's "a year later" is no time point
        "A year later she was back at work.",
        # a history told in the present perfect, and research still being planned
        '"For thirty years we have told patients they must take the tablets," said the doctor.',
        "The research team now plans a longer study of one year in 15 clinics.",
    ],
)
def test_not_study_durations(text):
    assert _triples(text) == []


def test_evidence_is_the_duration_phrase():
    text = "Intro sentence. Patients did six 30-minute massages over two weeks."
    durations = _durations(text)
    phrases = [text[d.evidence.start : d.evidence.end] for d in durations]
    assert phrases == ["30-minute", "two weeks"]
    assert all(d.evidence.sentence == "Patients did six 30-minute massages over two weeks." for d in durations)


def test_list_evidence_holds_each_number():
    text = "Pain was rated at 2, 5 and 11 weeks."
    for d, number in zip(_durations(text), ["2", "5", "11"], strict=True):
        phrase = text[d.evidence.start : d.evidence.end]
        assert phrase.startswith(number)
        assert phrase.endswith("weeks")


def test_offsets_survive_text_whose_lower_case_changes_length():
    text = "İİ İstanbul clinic. Patients were seen at 12 weeks."
    (duration,) = _durations(text)
    assert text[duration.evidence.start : duration.evidence.end] == "12 weeks"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # how long each person was followed, in a cohort as in a trial (as the fixture corpora's gold has it, 30 to 3)
        ("The cohort study followed 4,000 nurses for 20 years.", "follow_up"),
        ("The cohort followed 4,000 nurses for a median of 20 years.", "follow_up"),
        ("The randomized trial followed 400 nurses for 20 years.", "follow_up"),
        ("Researchers followed 400 nurses for 20 years.", "follow_up"),
        # the window over which a cohort was watched
        ("The cohort study tracked 4,000 nurses over 20 years.", "study_period"),
    ],
)
def test_following_a_cohort_for_years_is_follow_up_and_over_years_its_study_period(text, role):
    assert _triples(text) == [(20, "year", role)]


def test_a_cohort_has_no_sessions_or_treatment_periods():
    text = "A cohort study tracked 9,000 adults. Those who walked 30 minutes a day for 10 years lived longer."
    assert _triples(text) == []


def test_reversed_time_point_evidence_holds_unit_and_number():
    text = "Pain fell by week 6."
    (duration,) = _durations(text)
    assert text[duration.evidence.start : duration.evidence.end] == "week 6"


def test_only_given_sentences_are_read():
    text = "Patients were seen at 12 weeks. Unrelated trial ran for 30 weeks."
    index = SentenceIndex(text)
    durations = extract_durations(text, index, index.sentences[:1])
    assert [(d.value, d.unit) for d in durations] == [(12, "week")]


_VOCAB = st.sampled_from(
    "at for over 12 3 2- and 5-month weeks minutes hour-long half-hour years old of pain had , . ; aged "
    "follow-up later after the session program 2012 $ I my every past lasting 6.5 days study".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_VOCAB, max_size=25))
def test_never_raises_and_evidence_inside_text(words):
    text = " ".join(words)
    for d in _durations(text):
        assert 0 <= d.evidence.start < d.evidence.end <= len(text)
        assert d.unit in ("minute", "hour", "day", "week", "month", "year")
        assert d.role in ("session", "intervention", "follow_up", "study_period")
        assert d.value > 0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_never_raises_on_arbitrary_text(text):
    for d in _durations(text):
        assert 0 <= d.evidence.start < d.evidence.end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period noun used as a modifier gives way to the session noun it qualifies
        ("Cooks attended two 45-minute training sessions.", [(45, "minute", "session")]),
        ("Pupils joined four 20-minute exercise classes.", [(20, "minute", "session")]),
        ("Nurses did a 12-week training programme.", [(12, "week", "intervention")]),
        ("They were offered one 30-minute training.", []),
    ],
)
def test_modifier_nouns_before_the_session_noun(text, expected):
    assert _triples(text) == expected


def test_checking_on_people_after_treatment_stopped_is_follow_up():
    text = (
        "Volunteers took the tablet every day for three years. After that the tablets stopped, and the researchers "
        "kept checking their symptoms for another two years."
    )
    assert _triples(text) == [(3, "year", "intervention"), (2, "year", "follow_up")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The programme ran for 12 months. Nurses measured blood pressure at 3-, 6- and 12-month visits.",
            [
                (12, "month", "intervention"),
                (3, "month", "follow_up"),
                (6, "month", "follow_up"),
                (12, "month", "follow_up"),
            ],
        ),
        ("Patients came back at the 6-month visit.", [(6, "month", "follow_up")]),
        ("The review pooled 28 trials published over nearly 40 years.", [(40, "year", "study_period")]),
        ("The review took in trials published over the past 25 years.", [(25, "year", "study_period")]),
        # a recall window is still no duration
        ("Adults who had smoked in the past 30 days were excluded.", []),
    ],
)
def test_visits_at_time_points_and_a_review_s_publication_window(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how long a treatment was taken, counted from an event that is not the study's
        ("They were assigned to take melatonin at bedtime for five days after landing.", [(5, "day", "intervention")]),
        ("Patients were followed for two years after surgery.", [(2, "year", "follow_up")]),
    ],
)
def test_a_treatment_taken_for_days_after_an_event(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outcome assessed within a window is a time point, not a recall window
        (
            "Protection was measured within 60 days and within 120 days of birth.",
            [(60, "day", "follow_up"), (120, "day", "follow_up")],
        ),
        ("Falls were counted within 6 months of discharge.", [(6, "month", "follow_up")]),
        ("People admitted within 30 days were left out.", []),
        # how long records are held is no study span
        ("Your anonymised records will be stored securely for 25 years.", []),
        # a diary records outcomes as they happen: its span is follow-up
        ("Participants kept a sleep diary for 3 weeks.", [(3, "week", "follow_up")]),
    ],
)
def test_windows_of_assessment_and_of_record_keeping(text, expected):
    assert _triples(text) == expected


def test_a_case_series_spans_the_years_its_patients_were_seen():
    text = "A skin clinic in Leeds described 19 patients treated for the rash over four years."
    assert _triples(text) == [(4, "year", "study_period")]


def test_the_top_of_an_age_band_is_no_duration():
    assert _triples("Children aged six months to six years were assigned to drops for 5 days.") == [
        (5, "day", "intervention")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the session noun four words after the span
        ("They added two 30-minute trunk and hip conditioning sessions a week.", [(30, "minute", "session")]),
        # a season or a term is a treatment period
        ("The programme ran through one 20-week summer season.", [(20, "week", "intervention")]),
        # a cohort that logged what people did, for a span
        (
            "The researchers enrolled 212 bowlers and logged every delivery they bowled, in matches, for 24 months.",
            [(24, "month", "follow_up")],
        ),
    ],
)
def test_long_session_nouns_seasons_and_logging(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cohort verb well before the span
        (
            "It followed 6,438 children who carried the genes linked to coeliac disease from birth, for a median of "
            "9.2 years.",
            [(9.2, "year", "follow_up")],
        ),
        # a treatment programme followed is no follow-up
        (
            "Everyone followed the same supervised strength-training program, three times a week for 24 weeks.",
            [(24, "week", "intervention")],
        ),
        # a period spent with a treatment
        ("Each ship spent six months with handwashing stations.", [(6, "month", "intervention")]),
    ],
)
def test_follow_up_verbs_far_back_programmes_followed_and_periods_spent(text, expected):
    assert _triples(text) == expected


def test_a_study_known_to_assign_nothing_has_an_observation_window_not_a_treatment_period():
    text = (
        "Researchers compared 88 children who had drowned with 352 who had not, identified over six years "
        "from coroners' records."
    )
    index = SentenceIndex(text)
    told = [(d.value, d.unit, d.role) for d in extract_durations(text, index, index.sentences, assigns_nothing=True)]
    assert told == [(6, "year", "study_period")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The team measured soreness and sprint time at 24, 48 and 72 hours.",
            [(24, "hour", "follow_up"), (48, "hour", "follow_up"), (72, "hour", "follow_up")],
        ),
        ("Pain was assessed 24 hours after surgery.", [(24, "hour", "follow_up")]),
        # when the tablets were taken, and how often staff looked in, are no assessment time points
        ("The drug was taken 2 hours after dinner.", []),
        ("Patients were checked every 4 hours.", []),
    ],
)
def test_assessments_hours_after_the_treatment_are_follow_up(text, expected):
    assert _triples(text) == expected


def test_a_fortnight_is_two_weeks():
    assert _triples("Volunteers spent a fortnight on each diet.") == [(2, "week", "intervention")]


@pytest.mark.parametrize(
    "text",
    ["Leon found it made him anxious and stopped after a fortnight.", "She gave up after 3 months."],
)
def test_when_someone_quit_is_no_study_span(text):
    assert _triples(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a check "again at the end" makes the treatment's length a time point too
        (
            "The women took the tablets for eight weeks, and their haemoglobin was checked after four weeks and "
            "again at the end.",
            [(8, "week", "intervention"), (8, "week", "follow_up"), (4, "week", "follow_up")],
        ),
        # a rating at the start and at the end is a before/after comparison, not a time point of its own
        (
            "112 customers wore the sleeve every day for four weeks and rated their pain at the start and at the end.",
            [(4, "week", "intervention")],
        ),
    ],
)
def test_a_check_again_at_the_end_of_the_treatment(text, expected):
    assert sorted(_triples(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a result that opens with its time point
        ("After a year, the phone group slept better.", [(1, "year", "follow_up")]),
        ("ANA: After a year, the phone group slept better.", [(1, "year", "follow_up")]),
        # but not a span of something else
        ("After a year of trying, she quit.", []),
    ],
)
def test_a_result_opening_with_after_a_year(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Injuries were recorded for a year.", [(1, "year", "follow_up")]),
        ("Falls were counted for six months.", [(6, "month", "follow_up")]),
    ],
)
def test_outcomes_counted_over_a_span_make_it_follow_up(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of sessions before a hyphenated length: the hyphen binds only the word next to the unit
        ("The programme had seven one-hour sessions at home.", [(1, "hour", "session")]),
        ("The carers attended twenty one-hour group sessions.", [(1, "hour", "session")]),
        ("Staff ran three two-hour workshops for the parents.", [(2, "hour", "session")]),
        # the length given after the sessions and whoever ran them
        ("They had six sessions with a dietitian, each about 45 minutes.", [(45, "minute", "session")]),
        ("The volunteer came back three times, each visit taking about 20 minutes.", [(20, "minute", "session")]),
    ],
)
def test_session_lengths_after_counts_and_providers(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of the calendar after "of" is no programme: the verb says what the span was
        (
            "The trial enrolled 1,208 residents, and they were followed for four months of the hot season.",
            [(4, "month", "follow_up")],
        ),
        ("Pupils had tutoring for six weeks of the autumn term.", [(6, "week", "intervention")]),
        # a programme after "of" still is one
        ("Players did 12 weeks of football training.", [(12, "week", "intervention")]),
    ],
)
def test_spans_of_the_calendar(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spelled fractions of a unit
        ("Participants were checked again a year and a half later.", [(1.5, "year", "follow_up")]),
        ("Each session took three quarters of an hour.", [(45, "minute", "session")]),
        ("Each session lasted a quarter of an hour.", [(15, "minute", "session")]),
        ("Treatment lasted a month and a half.", [(1.5, "month", "intervention")]),
        # one time point said twice: the whole number in the smaller unit stands for both
        (
            "Patients were checked after six months and again after a year and a half. At 18 months, pain was lower.",
            [(6, "month", "follow_up"), (18, "month", "follow_up")],
        ),
    ],
)
def test_spelled_fractions_and_one_time_point_said_twice(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _triples(text) == expected
