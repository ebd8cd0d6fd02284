import pytest

from pipelines.extract.blinding import classify_blinding
from pipelines.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a double-blind, placebo-controlled trial.", "double_blind"),
        ("The trial was triple blinded.", "double_blind"),
        ("Neither the patients nor the researchers knew who got the real pill.", "double_blind"),
        # the staff named by their work, and the people in it who could not tell
        ("Neither the families nor the health workers knew which bottle they had.", "double_blind"),
        ("The women could not tell which kind of needle they had had.", "single_blind"),
        (
            "The women could not tell which kind of needle they had had. The doctors who did the transfers did not "
            "know either.",
            "double_blind",
        ),
        ("Doctors could not tell which patients improved.", None),
        ("As the authors point out, nobody could hide who had a cart.", "open_label"),
        ("The single-blind study enrolled 80 teachers.", "single_blind"),
        ("Assessor-blinded outcomes were collected at 6 weeks.", "single_blind"),
        ("Blinded outcome assessors rated each video.", "single_blind"),
        ("The physiotherapists who measured strength did not know which group each runner was in.", "single_blind"),
        ("The evaluators were unaware of group assignment.", "single_blind"),
        ("Judges who timed the dancers did not know which shoes each dancer wore.", "single_blind"),
        ("This was an open-label trial.", "open_label"),
        ("Outcomes were rated by unblinded staff.", "open_label"),
        ("It was not a double-blind study, so bias is possible.", "open_label"),
        ("Neither participants nor therapists could be blinded to the exercise program.", "open_label"),
        ("Because of the treatment, the surgeons could not be blinded.", "open_label"),
        ("Participants did not know whether they got the real device.", "single_blind"),
        # in other words
        ("Patients were never told which of the two sprays was the real one.", "single_blind"),
        ("The dentist who checked the fillings did not know which group each child was in.", "single_blind"),
        ("The scans were anonymised so the radiographers could not tell which group a patient was in.", "single_blind"),
        ("Neither the farmers nor the vets who examined the herds knew which feed was which.", "double_blind"),
        ("They took dummy tablets, so neither they nor their doctors knew which course they were on.", "double_blind"),
        ("The women knew which schedule they were following.", "open_label"),
        ("Patients obviously knew whether they were getting reminders.", "open_label"),
        ("The capsules looked identical, so nobody knew who was taking the real thing.", "double_blind"),
        ("Because the exercise was obvious, participants could not be kept in the dark.", "open_label"),
        ("The pharmacist who packed the pills was the only person who knew which was which.", "double_blind"),
        ("Neither the dog owners nor the vets knew which food was the test diet.", "double_blind"),
        # one assessor, kept from knowing
        (
            "The midwives knew which care they were giving, but the doctor who checked for tears after the birth was"
            " not told which group the mother had been in.",
            "single_blind",
        ),
        ("So nobody was blinded, neither the families nor us.", "open_label"),
        ("Neither the pupils nor their teachers could be kept unaware of who had the tablets.", "open_label"),
        ("Could the runners tell which shoe they had on?", None),
        ("And the patients didn't know which one they'd had?", None),
        ("Of course the parents knew which one they had: you cannot hide a pump.", "open_label"),
        ("It was not blinded, so the women and their doctors knew which treatment was given.", "open_label"),
        ("Only the pharmacist preparing the injections knew what was in them.", "double_blind"),
        ("Students obviously knew whether there was a real dog in the room.", "open_label"),
        ("Neither the pupils nor their doctors knew which pen they had been given.", "double_blind"),
        ("Neither the men nor the doctors and nurses treating them were told which pill it was.", "double_blind"),
        ("The dietitians doing the home visits weren't told which group each person was in.", "single_blind"),
        ("The midwives who weighed the babies were not told which group each mother was in.", "single_blind"),
        ("Participants were followed for a year.", None),
        ("The blinds were drawn during sessions.", None),
        ("", None),
    ],
)
def test_classify_blinding(text, expected):
    found = classify_blinding(split_sentences(text))
    assert (found[0] if found else None) == expected
    if found:
        _, start, end = found
        assert 0 <= start < end <= len(text)
        cues = ("blind", "label", "unaware", "know", "knew", "told", "tell", "dark", "hide")
        assert any(cue in text[start:end].lower() for cue in cues)


def test_denial_wins_over_the_word_it_denies():
    text = "Reviewers noted it was not a double-blind trial."
    assert classify_blinding(split_sentences(text))[0] == "open_label"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The field workers were not told which villages had received the stoves.", "single_blind"),
        ("Research assistants who weighed the babies were never told which ward they came from.", "single_blind"),
        ("The nurses told patients which group they were in.", None),
    ],
)
def test_assessors_not_told_the_allocation(text, expected):
    found = classify_blinding(split_sentences(text))
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pills and inhalers were given in a double-dummy design.", "double_blind"),
        ("Neither the patients nor the ward nurses knew who got the real spray.", "double_blind"),
        ("Neither the volunteers nor the study doctors knew which tea was active.", "double_blind"),
        ("Strength was scored by therapists who did not know which group each runner was in.", "single_blind"),
        ("Reading tests were given by examiners who did not know which programme the child followed.", "single_blind"),
    ],
)
def test_double_dummy_and_unaware_staff(text, expected):
    found = classify_blinding(split_sentences(text))
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neither the volunteers nor the doctors assessing them knew who was getting the real thing.", "double_blind"),
        ("Neither the children nor the therapists rating their speech knew which app they used.", "double_blind"),
        ("Neither the parents nor the dentists scoring the photos knew which paste was which.", "double_blind"),
        ("The radiologists who read the scans did not know which group each patient was in.", "single_blind"),
        ("The two pharmacists who scored the videos were blinded to which group each patient was in.", "single_blind"),
        (
            "Dental hygienists visited every home at six months, and they were not told which homes had the programme.",
            "single_blind",
        ),
        ("Neither the patients nor the surgeons could be blinded.", "open_label"),
        ("Smokers who tried the app said they knew it was working.", None),
        # whoever measured, kept from knowing, with nothing after "told"
        (
            "The patients knew their treatment, but the nurses who measured their recovery were never told.",
            "single_blind",
        ),
        ("Readers of the scans did not know which patients had had the treatment.", "single_blind"),
        ("The families and the doctors did not know which cream was real until the end.", "double_blind"),
        # everyone knew
        ("Everyone knew who got the app; there was no way to hide it.", "open_label"),
        ("Participants were told which group they were in.", "open_label"),
        ("Participants were told to follow the program at home.", None),
        # kept from knowing how much, not which
        ("The orthoptists who tested their vision did not know how many hours each child patched.", "single_blind"),
        # a list of three, each with its own words
        (
            "Neither the parents, the nurses giving the injections nor the researchers who watched the videos knew "
            "which cream a baby had received.",
            "double_blind",
        ),
    ],
)
def test_blinding_said_in_other_words(text, expected):
    found = classify_blinding(split_sentences(text))
    assert (found[0] if found else None) == expected


def test_blinded_assessors_after_unblinded_patients_make_a_single_blind_trial():
    text = (
        "Because patients knew whether they had a bottle, they could not be blinded. "
        "However, the radiologists who read the CT scans did not know which group each patient was in."
    )
    blinding, start, _ = classify_blinding(split_sentences(text))
    assert blinding == "single_blind"
    assert text[start:].startswith("radiologists")
    assert classify_blinding(split_sentences("This was an open-label trial. Everyone knew their group."))[0] == (
        "open_label"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The technicians who ran the scans weren't told which group anyone was in.", "single_blind"),
        ("Scars were rated by two surgeons who had no idea which dressing had been used.", "single_blind"),
        ("Neither the pupils, their teachers nor the school nurses knew who had the real spray.", "double_blind"),
        # unmasking at the end closes the blinding, it does not deny it
        (
            "Neither the patients nor the doctors knew who got which; codes were only unmasked after the analysis.",
            "double_blind",
        ),
        ("Naturally, everyone knew whether they were in the class or on the waiting list.", "open_label"),
        ("Nobody knew whether they were on the drug or placebo.", None),
        ("Neither the students nor the researcher running the tests knew which drink was which.", "double_blind"),
        ("It wasn't blinded; you know whether you are eating kimchi.", "open_label"),
        (
            "Physiotherapists who measured everyone's breathing and walking at 12 weeks and again at six months were "
            "not told who had sung.",
            "single_blind",
        ),
    ],
)
def test_lay_wordings_of_who_knew_what(text, expected):
    found = classify_blinding(split_sentences(text))
    assert (found[0] if found else None) == expected


def test_a_single_member_of_staff_with_a_long_description_can_be_blinded():
    text = "Neither the cyclists nor the nurse who mixed the drinks and wrote down every reading knew which was which."
    found = classify_blinding(split_sentences(text))
    assert found is not None and found[0] == "double_blind"


@pytest.mark.parametrize(
    "text",
    [
        "Because the two inhalers look different, the patients knew which one they were using each time.",
        "Nobody could be kept in the dark - a clown is hard to hide - so the nurses knew who had met one.",
    ],
)
def test_open_label_told_by_what_everyone_could_see(text):
    found = classify_blinding(split_sentences(text))
    assert found is not None and found[0] == "open_label"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a newsletter written to the trial's own volunteers
        ("Neither you nor the nurses who rang you each fortnight knew which inhaler you had.", "double_blind"),
        ("Neither you nor your GP knew.", None),
    ],
)
def test_a_letter_to_the_volunteers_says_who_knew(text, expected):
    found = classify_blinding(split_sentences(text))
    assert (found[0] if found else None) == expected


def test_neither_knowing_is_double_blind():
    text = "Children got one of three medicines, with neither parents nor researchers knowing which."
    found = classify_blinding(split_sentences(text))
    assert found is not None and found[0] == "double_blind"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Neither parents nor the research team were supposed to know who got which.", "double_blind"),
        ("Everyone knew which kind of appointment they were having.", "open_label"),
        ("The tape came off each evening, so the medics couldn't tell which foot had been taped.", "single_blind"),
    ],
)
def test_who_was_meant_to_know_what_kind_of_appointment_and_which_foot(text, expected):
    found = classify_blinding(split_sentences(text))
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # both sides kept from knowing, named together
        ("Both the patients and their doctors were kept in the dark about who took the real tablets.", "double_blind"),
        ("Participants and investigators were unaware of group assignment.", "double_blind"),
        ("Surgeons and patients alike were blinded to the type of mesh.", "double_blind"),
        ("It was placebo-controlled, so neither side knew who got what.", "double_blind"),
        ("Nobody involved - patients, surgeons or analysts - knew who had received the real drug.", "double_blind"),
        # only the people measuring
        ("Outcomes were assessed by a nurse blinded to allocation.", "single_blind"),
        ("Tests were run by audiologists who had not been told which hearing aid each person wore.", "single_blind"),
        ("Only the people scoring the scans were kept unaware of who had had which operation.", "single_blind"),
        ("Patients knew what they were getting, but the doctors who assessed them did not.", "single_blind"),
        ("The volunteers were kept in the dark about which drink they had.", "single_blind"),
        ("The people rating the videos had no idea which group a child was in.", "single_blind"),
        ("Patients could see which device they had, so the trial was open.", "open_label"),
        (
            "Each runner's shoe was drawn at random, and the runners themselves were never told which they had.",
            "single_blind",
        ),
        (
            "Staff had no idea whether they had the real insoles, and nor did the physiotherapists who measured pain.",
            "double_blind",
        ),
        ("Trainees were told only of 'two designs' and nobody said which one was meant to work.", "single_blind"),
        ("Only the statistician knew which group was which.", "double_blind"),
        ("Volunteers could not tell the real tea from the fake.", "single_blind"),
        ("The researchers, but not the participants, knew who got what.", "single_blind"),
        ("Because the exercise was obvious, participants knew their group; the assessors did not.", "single_blind"),
        ("Patients were unaware whether their pill contained the drug, as were their doctors.", "double_blind"),
        (
            "Everyone, including the people analysing the results, was kept unaware of who had which treatment.",
            "double_blind",
        ),
        ("The x-rays were read by radiologists who were not aware of the treatment.", "single_blind"),
        ("Parents knew whether their child had the lessons.", "open_label"),
        (
            "The people who analysed the tracker data were kept in the dark about which homes had the heaters.",
            "single_blind",
        ),
        (
            "We could keep the staff who processed the samples in the dark: they were not told which ward was which.",
            "single_blind",
        ),
        ("The assistants measuring jumps and sprints weren't told which condition each man had done.", "single_blind"),
        # everyone knew
        ("Patients and doctors both knew which treatment was being given.", "open_label"),
        ("Everyone knew who was getting the exercise classes.", "open_label"),
        ("There was no placebo and no attempt at blinding.", "open_label"),
        ("It was impossible to hide from the women which group they were in.", "open_label"),
        ("Participants were aware of their allocation from the first visit.", "open_label"),
        ("Families knew whether their child was in the app group.", "open_label"),
        # not statements about the groups
        ("Patients were aware of the treatment options before they enrolled.", None),
        ("It is impossible to hide from the fact that obesity is rising.", None),
        ("Nobody involved knew the study would take six years.", None),
        ("Doctors and patients were told about the results at a meeting.", None),
    ],
)
def test_who_knew_said_in_other_words(text, expected):
    found = classify_blinding(split_sentences(text))
    assert (found[0] if found else None) == expected


def test_assessors_blinded_later_in_the_sentence_that_says_the_staff_knew():
    text = "The surgeons obviously knew who was in which group, but the assessors were blinded to allocation."
    found = classify_blinding(split_sentences(text))
    assert found is not None and found[0] == "single_blind"
    assert text[found[1] : found[2]].startswith("assessors")


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The tablets were identical, so neither the children's parents nor the researchers could tell them apart.",
            "double_blind",
        ),
        ("Nobody - not the volunteers, not the staff - knew who was getting the active spray.", "double_blind"),
        ("Patients and the doctors treating them were not told which injection was which.", "double_blind"),
        ("Neither group knew whether their capsules held the real supplement.", "single_blind"),
        ("The surgeons knew which technique they used, but the patients did not.", "single_blind"),
        ("The children did not know whether they had the real or the dummy app.", "single_blind"),
        ("Photographs were graded by a dermatologist who did not know which cream had been used.", "single_blind"),
        ("Both the participants and the coaches knew who was doing the training.", "open_label"),
        ("Blinding wasn't possible because the exercise was obvious.", "open_label"),
        ("A mother who did not know what to do called the helpline.", None),
        # the measurers at work, kept from knowing
        ("The nurses scored the photos without knowing which group each patient was in.", "single_blind"),
        ("Two physiotherapists timed the walks without being told who had had the injection.", "single_blind"),
        ("Patients left the clinic without knowing what to expect.", None),
        ("The answers were scored by a team that did not know which group each patient belonged to.", "single_blind"),
        (
            "Nurses could see which mattress a patient had, so the trial could not be blinded for staff. But the "
            "photographs were graded by a dermatologist in Ganja who was not told which mattress had been used.",
            "single_blind",
        ),
    ],
)
def test_who_knew_said_in_yet_other_words(text, expected):
    found = classify_blinding(split_sentences(text))
    assert (found[0] if found else None) == expected


def test_nobody_knowing_which_treatment_was_given_is_not_open_label():
    text = "Nobody knew which treatment was given until the end."
    found = classify_blinding(split_sentences(text))
    assert found is None or found[0] != "open_label"


def test_a_blinding_a_correction_withdrew_is_not_read():
    text = (
        "The earlier version also described the trial as double-blind. That was wrong: families knew which pots they "
        "had, and only the laboratory staff who measured blood lead were not told which group a sample came from."
    )
    found = classify_blinding(split_sentences(text))
    assert found is not None and found[0] == "single_blind"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside after "knew", and whose treatment named by a noun
        ("Staff knew, of course, which system their clinic had; there is no placebo for an app.", "open_label"),
        ("The nurses knew which treatment each patient got.", "open_label"),
        # denied, it says the opposite
        ("Neither the nurses nor the patients knew which treatment each patient got.", "double_blind"),
    ],
)
def test_who_knew_whose_treatment(text: str, expected: str) -> None:
    found = classify_blinding(split_sentences(text))
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The team gave 60 volunteers a nasal spray or a salt-water spray, without telling them which.",
        "Researchers swapped the pills without letting patients know which was which.",
        "The pharmacist handed out the pills without saying whether they were real.",
    ],
)
def test_treatments_handed_out_without_telling_which(text: str) -> None:
    found = classify_blinding(split_sentences(text))
    assert found is not None and found[0] == "single_blind"
