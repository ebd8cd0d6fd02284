import pytest

from pipelines.extract.sentences import split_sentences
from pipelines.extract.sessions import find_session_count


def _sessions(text: str):
    found = find_session_count(text, split_sentences(text))
    if found is None:
        return None
    assert 0 <= found.start < found.end <= len(text)
    assert str(found.value) in text[found.start : found.end] or not text[found.start].isdigit()
    return found.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each patient got twelve acupuncture treatments over 6 weeks.", 12),
        # the treatments compared are the arms, not sittings
        ("The study compared the two treatments head to head.", None),
        ("The two treatments did not boost each other.", None),
        ("Researchers compared two modules in a prison.", None),
        ("Peer educators ran four one-hour group talks about TB.", 4),
        ("The manoeuvre took just one single session, about five minutes.", 1),
        ("Patients had the ten treatments at home.", 10),
        ("Clients could book up to 5 massages in a month.", 5),
        ("The program consisted of nine weekly 90-minute group sessions.", 9),
        ("Children were offered 16 weekly swimming lessons.", 16),
        ("One arm received eight 45-minute massage treatments from licensed therapists.", 8),
        ("Patients had 20 physiotherapy visits, 10 chiropractic visits or a booklet.", 20),
        ("It was a 6-session program delivered online.", 6),
        # the planned dose, not attendance
        ("The course had ten sessions; 40 of 70 people attended at least seven of the ten sessions.", 10),
        ("Only 22 completed all four sessions.", None),
        # the total a share of sessions is taken from, and all the sessions planned, are the plan
        ("Each of the ten sessions lasted 45 minutes.", 10),
        ("All ten sessions were delivered by nurses.", 10),
        ("Most attended 7 of the 12 sessions.", 12),
        ("Volunteers attended 14 weekly dance classes.", 14),
        # a frequency times a length is not a stated count
        ("Groups met twice a week for 10 weeks.", None),
        ("Each 60-minute session was led by a nurse.", None),
        ("Two groups had 30-minute sessions.", None),
        ("Staff held a few one-on-one coaching sessions.", None),
        ("The clinic has 12 therapists and 7 exercise videos.", None),
        ("", None),
    ],
)
def test_find_session_count(text, expected):
    assert _sessions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each caregiver received six 15-minute telephone calls from a pharmacist.", 6),
        ("Mothers had three weekly video check-ins with a lactation nurse.", 3),
        ("Volunteers made 500 calls to local surgeries.", None),
        # workouts and treatment cycles are counted like sessions
        ("The app group did 24 guided workouts in all.", 24),
        ("Patients received six cycles of chemotherapy.", 6),
    ],
)
def test_calls_and_check_ins_are_sessions(text, expected):
    assert _sessions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each person was to receive a single infusion of the edited cells.", 1),
        ("Everyone took the drug in a single eight-hour dosing session supported by a therapist.", 1),
        ("Patients had a one-off injection into the knee.", 1),
        ("Most research tests a single treatment schedule.", None),
        ("Students had a single 20-minute session stroking and playing with a therapy dog.", 1),
        ("They had a single session every week.", None),
        ("Children had a single class a week for ten weeks.", None),
        ("Commit to a course of massage, not a single session.", None),
        ("Patients had four sessions; some missed a single session.", 4),  # a stated count comes first
        # a single dose, procedure or test is one sitting
        ("Contacts were given a single dose of rifampicin.", 1),
        ("Each woman had a single scratch in the month before IVF.", 1),
        ("Each worker had a single 15-minute fit test with a technician.", 1),
        ("Take a single dose a day.", None),
    ],
)
def test_a_single_session_is_a_stated_count_of_one(text, expected):
    assert _sessions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Researchers randomly assigned 48 adults to one 90-minute walk, either in a park or by a road.", 1),
        ("Patients received just one injection into the knee.", 1),
        ("Nurses attended a single two-hour workshop on hand care.", 1),
        ("Each patient had a single consultation with the pharmacist.", 1),
        ("They had one session a week for eight weeks.", None),
    ],
)
def test_one_stated_session(text, expected):
    assert _sessions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Course of three sessions | £525",
        "A block of six classes costs $240.",
    ],
)
def test_a_price_list_gives_no_session_count(text):
    assert find_session_count(text, split_sentences(text)) is None


def test_walks_are_sessions():
    text = "Everyone did four walks of two hours each, spread over a fortnight."
    found = find_session_count(text, split_sentences(text))
    assert found is not None and found.value == 4


@pytest.mark.parametrize(
    "text",
    [
        "The children took part in four play sessions a week for a month.",
        "Patients had three sessions per week for eight weeks.",
        "Participants had two sessions weekly.",
    ],
)
def test_sessions_a_week_are_a_frequency_not_a_count(text):
    assert find_session_count(text, split_sentences(text)) is None


def test_a_programme_delivered_over_twelve_sessions_has_twelve():
    text = "It was delivered over 12 sessions."
    found = find_session_count(text, split_sentences(text))
    assert found is not None and found.value == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # visits counted by how many times someone came back, and treatment days
        ("The volunteer then came back three times to check the water.", 3),
        ("A nurse visited each home four times over the month.", 4),
        ("Pupils took tablets on three treatment days, one at the start of each term.", 3),
        ("Babies in either group could need up to eight casts before the foot was corrected.", 8),
        # how often is no count, and a time point is no count
        ("Nurses visited them four times a week.", None),
        ("Nurses measured blood pressure at 3-, 6- and 12-month visits.", None),
    ],
)
def test_visits_by_how_many_times_someone_came_and_treatment_days(text, expected):
    assert _sessions(text) == expected
