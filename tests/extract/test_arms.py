"""Arms read from invented assignment sentences."""

from __future__ import annotations

import pytest

from pipelines.extract.arms import extract_arms
from pipelines.extract.sentences import SentenceIndex


def _run(text: str, design: str = "randomized_controlled_trial"):
    index = SentenceIndex(text)
    return extract_arms(text, index, index.sentences, design)


def _by_role(text: str, design: str = "randomized_controlled_trial") -> tuple[list[str], list[str]]:
    arms = _run(text, design)
    return [a.name for a in arms if a.role == "intervention"], [a.name for a in arms if a.role == "comparator"]


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        (
            "Patients were randomly assigned to acupuncture, sham acupuncture or usual care.",
            ["acupuncture"],
            ["sham acupuncture", "usual care"],
        ),
        # a share of a counted sample, a group counted in its own name, and a treatment that starts like "who"
        (
            "Half the 300 patients got the new antibiotic and half got the standard one.",
            ["new antibiotic"],
            ["standard antibiotic"],
        ),
        (
            "One group of 150 adults did strength training; the other did stretching.",
            ["strength training"],
            ["stretching"],
        ),
        ("Children were randomised to whole milk or skimmed milk.", ["whole milk"], ["skimmed milk"]),
        # two counted groups side by side
        ("Of the 150 patients, 75 had acupuncture and 75 had sham acupuncture.", ["acupuncture"], ["sham acupuncture"]),
        ("Some 500 women were randomised: 250 to the app and 250 to usual care.", ["app"], ["usual care"]),
        ("The 240 children were divided into those who received the vaccine and those who did not.", ["vaccine"], []),
        # two groups named by what they did, set side by side in a result
        (
            "Adults who did tai chi twice a week had as much pain relief as those who had standard physiotherapy.",
            ["tai chi"],
            ["standard physiotherapy"],
        ),
        # an age range's "to" is not the allocation's, with the condition after it or not
        (
            "The trial randomly assigned 977 adults aged 70 to 84 with hearing loss to hearing aids or to a health "
            "education programme.",
            ["hearing aids"],
            ["health education"],
        ),
        (
            "The trial randomly assigned 977 adults aged 70 to 84 to hearing aids or to a health education programme.",
            ["hearing aids"],
            ["health education"],
        ),
        (
            "Volunteers were randomized to a Mediterranean diet or a low-fat diet; "
            "40 people were assigned to each arm.",
            ["mediterranean diet"],
            ["low-fat diet"],
        ),
        # Appositives after semicolon-separated items are not arms.
        (
            "They were assigned to one of three groups: walking, a program of brisk daily walks (50 people); "
            "strength training, which uses weights (52 people); or a waitlist (49 people).",
            ["walking", "strength training"],
            ["waitlist"],
        ),
        # Durations, counts and session nouns are not part of an arm's name.
        (
            "Participants were randomly assigned to 10 weekly yoga classes, 12 physiotherapy visits, "
            "or an education booklet.",
            ["yoga", "physiotherapy"],
            ["education booklet"],
        ),
        # A non-drug trial: the drug arm is the comparator.
        (
            "Patients were randomly assigned to cognitive behavioral therapy or medication.",
            ["cognitive behavioral therapy"],
            ["medication"],
        ),
        (
            "Adults were allocated either to keep their usual diet, which varied, "
            "or to a ketogenic diet, which was strict.",
            ["ketogenic diet"],
            ["usual diet"],
        ),
        (
            "One group received daily probiotic capsules, while the control group received placebo capsules.",
            ["probiotic capsules"],
            ["placebo capsules"],
        ),
        (
            "The first group took fish oil capsules daily, while the control group took olive oil capsules.",
            ["fish oil capsules"],
            ["olive oil capsules"],
        ),
        (
            "Infants were randomly assigned to a massage group or to a control group that kept its usual routine.",
            ["massage"],
            ["usual routine"],
        ),
        # a number with a thousands comma is one word of the arm's name, not a list of two
        (
            "Teenagers were assigned at random to a 10,000-lux light box or to a dim red lamp.",
            ["10,000-lux light box"],
            ["dim red lamp"],
        ),
        (
            "Adults were randomised to 2,000 IU vitamin D, 1,000 IU vitamin D or a placebo.",
            ["2,000 iu vitamin d", "1,000 iu vitamin d"],
            ["placebo"],
        ),
        # how often the arms were taken is no arm, but a list may go on after a schedule
        (
            "Women were randomly allocated either to exercise classes, 60 minutes long, twice a week for 16 weeks, "
            "or to usual care.",
            ["exercise"],
            ["usual care"],
        ),
        # people put into a counted number of groups, the groups listed after a colon
        (
            "They used a random number list to put them into one of three groups: a hard guard, a soft guard, or "
            "simply a leaflet of jaw stretches.",
            ["hard guard", "soft guard"],
            ["leaflet of jaw stretches"],
        ),
        (
            "The trial randomly put them on the combination spray, the steroid spray or the antihistamine spray.",
            ["combination spray"],
            ["steroid spray", "antihistamine spray"],
        ),
        # An acronym is expanded to the long form the article defines.
        (
            "The study tested progressive muscle relaxation (PMR). Students were randomized to PMR or no intervention.",
            ["progressive muscle relaxation"],
            ["no intervention"],
        ),
    ],
)
def test_assignment_lists(text: str, interventions: list[str], comparators: list[str]) -> None:
    assert _by_role(text) == (interventions, comparators)


def test_bullet_list_right_after_to_and_a_colon() -> None:
    text = (
        "A trial took 45 players and randomly assigned them to:\n"
        "- a cold-water tub at 12 °C;\n"
        "- compression tights worn for 24 hours;\n"
        "- a sports drink.\n"
    )
    assert [a.name for a in _run(text, "randomized_controlled_trial")] == [
        "cold-water tub",
        "compression tights",
        "sports drink",
    ]


def test_bullet_list_after_colon() -> None:
    text = (
        "Each patient was randomly assigned to one of three groups:\n"
        "- laser therapy, delivered twice a week,\n"
        "- splinting at night, or\n"
        "- no treatment.\n"
    )
    assert _by_role(text) == (["laser therapy", "splinting at night"], ["no treatment"])


def test_featured_arm_is_the_most_mentioned() -> None:
    text = (
        "Adults were randomized to swimming or to pilates. Pilates improved posture. Pilates classes were popular. "
        "Pilates teachers were certified. Pilates is low impact."
    )
    assert _by_role(text) == (["pilates"], ["swimming"])


def test_observational_designs_have_no_arms() -> None:
    text = "Patients were randomly assigned to surgery or physiotherapy."
    assert _run(text, "cohort") == []
    assert _run(text, "survey") == []


def test_review_intervention() -> None:
    text = "The meta-analysis of acupuncture for migraine pooled 22 trials."
    assert _by_role(text, "meta_analysis") == (["acupuncture"], [])


def test_single_arm_study() -> None:
    text = "Each patient received up to 5 hypnotherapy sessions at home."
    assert _by_role(text, "non_randomized_trial") == (["hypnotherapy"], [])


def test_evidence_inside_text() -> None:
    text = "Patients were randomized to aspirin or placebo."
    for arm in _run(text):
        assert 0 <= arm.evidence.start < arm.evidence.end <= len(text)
        assert arm.name in text[arm.evidence.start : arm.evidence.end].lower()


@pytest.mark.parametrize("text", ["", "assigned to", "randomized to ,,, or ;;; :", "split into " * 40])
def test_never_raises(text: str) -> None:
    assert isinstance(_run(text), list)


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # A relative clause describing the last arm is not an arm; a leading "with" is not part of a name.
        (
            "Patients were randomly assigned to either laser therapy or sham laser, in which the device stayed off.",
            ["laser therapy"],
            ["sham laser"],
        ),
        # "Half ... the other half": shares of the sample stand for the groups; "followed by" joins one arm.
        (
            "Half were randomly assigned to have hip surgery, followed by physiotherapy; the other half received "
            "a home exercise plan of gentle stretches, for 10 weeks.",
            ["hip surgery"],
            ["home exercise plan of gentle stretches"],
        ),
        (
            "Clinics were randomly allocated: half delivered the QuitStrong coaching service and half carried on "
            "with their standard advice.",
            ["quitstrong coaching service"],
            ["standard advice"],
        ),
        # "Half of them (60)" and "Half of them, chosen by lottery," still stand for their group.
        (
            "Half of them (60) were given a cooling vest to wear; the other 60 got a cotton vest.",
            ["cooling vest"],
            ["cotton vest"],
        ),
        (
            "Half of them, chosen by lottery, got a standing desk, and the other half got a footrest.",
            ["standing desk"],
            ["footrest"],
        ),
        # "assigned to wear ...", and an item that shows or is made of something ends before it
        (
            "Nurses were randomly assigned to wear a wristband showing their heart rate or a plain watch.",
            ["wristband"],
            ["plain watch"],
        ),
        # a dose after a drug's name is not part of it; the people are not the arm
        (
            "Walkers were randomly assigned to melatonin 3 mg at night or a placebo.",
            ["melatonin"],
            ["placebo"],
        ),
        (
            "Across the 12 weeks, the voucher group gave more clean samples than those receiving usual support.",
            ["usual support"],
            [],
        ),
        # An item's name ends before a timing phrase.
        (
            "Volunteers received either the nasal spray or a saline placebo spray before the start of the winter.",
            ["nasal spray"],
            ["saline placebo spray"],
        ),
        # "compared with" in a result names the comparator, not the outcome before it.
        (
            "Overall, tutoring raised reading scores compared with usual teaching, with a small effect size.",
            ["usual teaching"],
            [],
        ),
    ],
)
def test_general_assignment_phrasing(text: str, interventions: list[str], comparators: list[str]) -> None:
    found = _by_role(text)
    assert sorted(found[0] + found[1]) == sorted(interventions + comparators)
    assert all(c in found[1] for c in comparators) or len(found[0] + found[1]) == 1


def test_numbered_list_lines_cut_into_sentences() -> None:
    text = (
        "Households were randomly assigned to one of three groups:\n\n"
        "1. A high-fibre diet. Meals were delivered weekly.\n"
        "2. A high-protein diet with extra eggs.\n"
        "3. A control diet, with general advice.\n\n"
        "Everyone was weighed monthly."
    )
    interventions, comparators = _by_role(text)
    assert interventions == ["high-fibre diet", "high-protein diet with extra eggs"]
    assert comparators == ["control diet"]


def test_programme_components_are_all_interventions() -> None:
    text = (
        "There was no control group. The programme had two parts:\n\n"
        "- A breathing app that sent daily reminders.\n"
        "- Weekly singing classes held at the library.\n"
    )
    interventions, comparators = _by_role(text, "non_randomized_trial")
    assert interventions == ["breathing app", "singing"] and comparators == []


def test_review_finding_names_its_treatment() -> None:
    text = "The review pooled 14 trials and concluded that melatonin reduced jet lag compared with placebo."
    interventions, comparators = _by_role(text, "meta_analysis")
    assert "melatonin" in interventions + comparators


def test_share_of_people_in_a_result_is_not_an_arm() -> None:
    text = "The single-arm pilot gave everyone a pedometer. Fewer than half used the online forum at all."
    assert all("forum" not in a.name for a in _run(text, "non_randomized_trial"))


def test_labelled_list_lines_name_the_arm_before_the_colon() -> None:
    text = (
        "The 90 gardeners were randomly assigned to one of two groups:\n"
        "- Stretching group: ten minutes of stretches before each shift.\n"
        "- Waitlist group: no stretches until the study ended.\n"
    )
    assert _by_role(text) == (["stretching"], ["waitlist"])


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # double-dummy: the inactive copy of the other treatment is not part of the arm's name
        (
            "The 300 patients were randomly assigned to receive either rivastin capsules plus a dummy inhaler, "
            "or a real inhaler plus dummy capsules, for 8 weeks.",
            ["rivastin capsules"],
            ["real inhaler"],
        ),
        # a schedule left over after the list is not an arm
        (
            "Gardeners were randomly assigned to kneeling pads or foam mats, for six months.",
            ["kneeling pads"],
            ["foam mats"],
        ),
    ],
)
def test_double_dummy_arms_and_trailing_schedules(text, interventions, comparators):
    found = _run(text)
    assert sorted(a.name for a in found) == sorted(interventions + comparators)


def test_compared_results_is_not_an_arm() -> None:
    text = "The nurses compared results during the new rota with results from the year before."
    assert all(a.name != "results" for a in _run(text, "non_randomized_trial"))


def test_review_comparing_many_drugs_with_each_other_and_placebo() -> None:
    text = "The team pooled 60 trials that compared 11 widely used sleeping pills with each other and with placebo."
    assert _by_role(text, "meta_analysis") == (["sleeping pills"], ["placebo"])


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # a dose or a length before the treatment is not part of its name
        (
            "Women were randomly assigned to take 800 mg of DHA a day or a placebo capsule.",
            ["dha"],
            ["placebo capsule"],
        ),
        (
            "Patients were then randomly allocated to a further five days of coravicillin or to placebo capsules.",
            ["coravicillin"],
            ["placebo capsules"],
        ),
    ],
)
def test_doses_and_lengths_are_trimmed(text: str, interventions: list[str], comparators: list[str]) -> None:
    assert _by_role(text) == (interventions, comparators)


@pytest.mark.parametrize(
    "text",
    [
        "Schools were randomly assigned to run Move15 from 40 elementary schools in Wisconsin.",
        "Mothers were randomly assigned to use it on average 4.2 days a week.",
    ],
)
def test_places_pronouns_and_clauses_are_not_arms(text: str) -> None:
    names = [a.name for a in _run(text)]
    assert not any(name.startswith(("from ", "it ")) for name in names)


def test_picked_at_random_to_take_either_and_a_trailing_participle() -> None:
    text = (
        "Children were picked at random to take either a fluoride rinse or a dummy rinse every week for a year, "
        "starting in September."
    )
    assert _by_role(text) == (["fluoride rinse"], ["dummy rinse"])


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # an allocation ratio, and how the arms were given, around the list
        (
            "Adults were randomized 3:1 to dapravir or placebo, injected once a month for a year.",
            ["dapravir"],
            ["placebo"],
        ),
        # what every arm had besides is not an arm, and a matching placebo is a placebo
        (
            "Patients were randomly assigned to lumetide or a matching placebo, on top of dietary advice.",
            ["lumetide"],
            ["placebo"],
        ),
        (
            "Schools were randomly assigned either to switch to a later start time or to keep their current timetable.",
            ["later start time"],
            ["current timetable"],
        ),
    ],
)
def test_ratios_co_treatments_and_switches(text: str, interventions: list[str], comparators: list[str]) -> None:
    assert _by_role(text) == (interventions, comparators)


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        (
            "A team randomly assigned 40 adults to add either nuts or dried fruit to their diet for 8 weeks.",
            ["nuts"],
            ["dried fruit"],
        ),
        (
            "The review pooled 9 trials that compared probiotic drinks with plain yogurt or a placebo drink.",
            ["probiotic drinks"],
            ["plain yogurt", "placebo drink"],
        ),
        ("A lottery decided who got a free hearing aid straight away.", ["free hearing aid"], []),
        (
            "On one visit they drank strong coffee; on the other, decaffeinated coffee that tasted the same.",
            ["strong coffee"],
            ["decaffeinated coffee"],
        ),
        # "a dummy pill" is the placebo already listed, and the plain word wins
        (
            "Patients were randomly assigned to tarvopril, a dummy pill or placebo.",
            ["tarvopril"],
            ["placebo"],
        ),
    ],
)
def test_diets_lotteries_crossovers_and_placebo_synonyms(
    text: str, interventions: list[str], comparators: list[str]
) -> None:
    assert _by_role(text) == (interventions, comparators)


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        (
            "They were randomly split into two groups: 150 took 3 grams of beetroot powder every day, and 149 took "
            "a placebo powder that tasted the same.",
            ["beetroot powder"],
            ["placebo powder"],
        ),
        (
            "Drivers were picked at random to use either a real DAB headset or a dummy one.",
            ["real dab headset"],
            ["dummy dab headset"],
        ),
        (
            "Ten wards were randomly assigned either to hand out a bedtime kit - earplugs and a sign - or to carry "
            "on as usual.",
            ["bedtime kit"],
            ["usual care"],
        ),
        (
            "Six units were randomly allocated either to offer mint tea after surgery or to continue their usual care.",
            ["mint tea"],
            ["usual care"],
        ),
        (
            "In a randomised crossover trial, 20 adults wore blue-blocking glasses for two hours before bed for one "
            "week and clear glasses for another week, in random order.",
            ["blue-blocking glasses"],
            ["clear glasses"],
        ),
        (
            "In a crossover trial, 19 adults had a 20-minute hot bath on one day and sat resting in a cool room on "
            "another, in random order.",
            ["hot bath"],
            ["resting in a cool room"],
        ),
    ],
)
def test_lay_allocations_crossovers_and_elided_nouns(text: str, interventions: list[str], comparators: list[str]):
    assert _by_role(text) == (interventions, comparators)


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # a clause after a semicolon is no arm
        (
            "They randomly assigned 900 adults to the spray or a dummy spray; neither the adults nor the staff "
            "knew which.",
            ["spray"],
            ["dummy spray"],
        ),
        # two adjectives sharing one noun, and the study's purpose, are not arm names
        (
            "In 2021 we randomised 50 women to real or sham wristbands to see whether a bigger trial would work.",
            ["real wristbands"],
            ["sham wristbands"],
        ),
        ("They were randomly assigned to yoga or usual care.", ["yoga"], ["usual care"]),
    ],
)
def test_clauses_after_the_arms_and_shared_nouns(text: str, interventions: list[str], comparators: list[str]):
    assert _by_role(text) == (interventions, comparators)


def test_being_willing_to_be_randomised_assigns_nothing():
    assert _by_role("Women were willing to be randomised and to wear the bands daily.") == ([], [])


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # a group named by what it had gives the arm; a comparison group gives what it had
        (
            "In the fit-testing group, each worker had a single 15-minute session with a technician. In the "
            "comparison group, workers had the usual toolbox talk.",
            ["fit-testing"],
            ["usual toolbox talk"],
        ),
    ],
)
def test_groups_named_by_their_treatment(text: str, interventions: list[str], comparators: list[str]):
    assert _by_role(text) == (interventions, comparators)


def test_who_knew_what_after_the_arms_is_no_arm():
    text = (
        "In it, 174 children were randomly assigned to paracetamol alone, ibuprofen alone, or both together, with "
        "neither parents nor researchers knowing which they were getting."
    )
    interventions, comparators = _by_role(text)
    assert interventions == ["paracetamol"] and comparators[0] == "ibuprofen"
    assert not any("neither" in name or "knowing" in name for name in interventions + comparators)


def test_randomised_as_an_adjective_assigns_nothing():
    text = (
        "A Cochrane review pooled 22 randomised trials and concluded that functional treatment led to a quicker "
        "return to work than immobilisation."
    )
    index = SentenceIndex(text)
    arms = extract_arms(text, index, index.sentences, "meta_analysis")
    assert [(a.name, a.role) for a in arms] == [("functional treatment", "intervention")]


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # a treatment period of two or more digits ends the arm's name
        (
            "People were randomly assigned to velostarine tablets or identical-looking dummy tablets for 48 weeks.",
            ["velostarine tablets"],
            ["dummy tablets"],
        ),
        # how a treatment was prepared is no part of its name (but what supplements a diet is)
        (
            "Half were assigned at random to wear gloves and socks chilled to minus 25 degrees in a freezer.",
            ["gloves and socks"],
            [],
        ),
        (
            "They were randomly assigned to a Mediterranean diet supplemented with olive oil or a low-fat diet.",
            ["mediterranean diet supplemented with olive oil"],
            ["low-fat diet"],
        ),
        # "to switch on X": X is the arm
        (
            "Half were chosen at random to switch on a gambling block with their bank; the other half got counselling.",
            ["gambling block with their bank"],
            ["counselling"],
        ),
        # two periods with different treatments, in a random order
        (
            "Each ship spent six months with staffed handwashing stations and six months with only the usual gel "
            "dispensers, and a computer decided which came first.",
            ["staffed handwashing stations"],
            ["usual gel dispensers"],
        ),
    ],
)
def test_periods_preparations_and_switched_on_treatments(
    text: str, interventions: list[str], comparators: list[str]
) -> None:
    assert _by_role(text) == (interventions, comparators)


def test_a_crossover_told_as_once_on_each():
    text = (
        "In a crossover trial, 46 adults drove a simulator twice: once after two weeks on methylphenidate and once "
        "after two weeks on a placebo, in random order."
    )
    assert _by_role(text) == (["methylphenidate"], ["placebo"])


def test_a_result_told_for_a_group_names_no_arm():
    text = "By five years, 12% of children in the tablet group and 14% in the placebo group had been diagnosed."
    assert _by_role(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        (
            "Participants took either vitamin D or a placebo every day for a year.",
            ["vitamin d"],
            ["placebo"],
        ),
        (
            "Wounds were treated with the new dressing or with standard gauze, chosen at random.",
            ["new dressing"],
            ["standard gauze"],
        ),
    ],
)
def test_arms_taken_either_way_or_treated_with_one_or_the_other(text, interventions, comparators):
    assert _by_role(text) == (interventions, comparators)


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        ("The trial pitted ibuprofen against paracetamol.", ["ibuprofen"], ["paracetamol"]),
        ("The app was tested against a paper diary in a randomised trial.", ["app"], ["paper diary"]),
        ("Smokers were randomly offered e-cigarettes or nicotine patches.", ["e-cigarettes"], ["nicotine patches"]),
        (
            "One group took vitamin D tablets and the other took identical-looking placebo tablets.",
            ["vitamin d tablets"],
            ["placebo tablets"],
        ),
        # an offer that is no allocation
        ("Participants were offered a voucher or a gift card for their time.", [], []),
    ],
)
def test_arms_in_everyday_wordings(text: str, interventions: list[str], comparators: list[str]) -> None:
    assert _by_role(text) == (interventions, comparators)


def test_a_review_of_the_evidence_on_a_treatment_names_the_treatment() -> None:
    text = "A team published a systematic review of the evidence on balneotherapy for osteoarthritis of the knee."
    assert _by_role(text, "systematic_review") == (["balneotherapy"], [])


@pytest.mark.parametrize(
    ("text", "arms"),
    [
        # what the counted studies were of, and what the review looked at
        ("A review of 17 studies of pharmacist-led deprescribing found less use.", ["pharmacist-led deprescribing"]),
        ("A review of nine randomised trials of zinc lozenges found shorter colds.", ["zinc lozenges"]),
        (
            "A review of 26 studies from the UK, Europe and North America looked at 20mph limits and zones.",
            ["20mph limits and zones"],
        ),
    ],
)
def test_what_a_reviews_counted_studies_were_of(text: str, arms: list[str]) -> None:
    interventions, comparators = _by_role(text, "systematic_review")
    assert interventions + comparators == arms


def test_a_name_pointing_back_at_one_already_given_is_no_arm() -> None:
    text = "A meta-analysis pooled 42 trials of this approach. Compared with usual care, lay therapy cut depression."
    assert [arm.name for arm in _run(text, "meta_analysis")] == ["usual care"]


def test_a_group_split_between_two_arms() -> None:
    text = "The team randomly split 300 adults between a Mediterranean diet and a low-fat diet."
    assert [arm.name for arm in _run(text)] == ["mediterranean diet", "low-fat diet"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Some were given melatonin at bedtime while others got a look-alike pill.", ["melatonin", "look-alike pill"]),
        ("The volunteers were put on either a vegan diet or their usual diet.", ["vegan diet", "usual diet"]),
        ("140 adults were given either the vaccine or a placebo at random.", ["vaccine", "placebo"]),
        (
            "Researchers enrolled 1,032 travellers: 517 took a daily probiotic capsule and 515 an identical dummy "
            "capsule.",
            ["probiotic capsule", "dummy capsule"],
        ),
        (
            "Each player spent two weeks taking a five-minute stretch break every hour of practice and two weeks "
            "practising as normal, in random order.",
            ["stretch break", "practising as normal"],
        ),
        (
            "The randomised trial gave 500 pregnant women vitamin D supplements or dummy pills.",
            ["vitamin d supplements", "dummy pills"],
        ),
        (
            "Half of the 240 pupils in the randomised trial were taught mindfulness; the rest did normal lessons.",
            ["mindfulness", "normal lessons"],
        ),
        (
            "In the trial, 80 stroke patients received mirror therapy on top of rehabilitation, while 80 received "
            "rehabilitation alone.",
            ["mirror therapy on top of rehabilitation", "rehabilitation"],
        ),
        (
            "Half were offered a course of physiotherapy; the other half were given one advice session and went home "
            "with a booklet.",
            ["physiotherapy", "advice"],
        ),
    ],
)
def test_some_and_others_and_diets_put_on(text: str, names: list[str]) -> None:
    assert [arm.name for arm in _run(text)] == names


def test_a_denied_allocation_names_no_arms() -> None:
    text = "Patients were not allocated to wards at random, so the comparison is not perfect."
    assert _run(text, "non_randomized_trial") == []


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # the second half's verb is left out
        (
            "Half were assigned by chance to warm compresses and half to our usual care.",
            ["warm compresses"],
            ["usual care"],
        ),
        (
            "Half were randomly assigned to a nasal spray, and half to a saline spray.",
            ["nasal spray"],
            ["saline spray"],
        ),
        # an adverb before what the other group got
        (
            "One group was given a step counter. The other group simply got a leaflet about walking.",
            ["step counter"],
            ["leaflet about walking"],
        ),
        # what a letter asked is no part of its name
        (
            "One group got a text message. The other group received the usual reminder letter asking them to call.",
            ["text message"],
            ["usual reminder letter"],
        ),
    ],
)
def test_elided_halves_adverbs_and_letters(text: str, interventions: list[str], comparators: list[str]) -> None:
    assert _by_role(text) == (interventions, comparators)


def test_a_question_assigns_no_arms() -> None:
    assert _by_role("Were people randomly assigned to the treatment, or only observed?") == ([], [])


def test_what_a_comparison_found_is_no_arm() -> None:
    text = "A systematic review compared ibuprofen with paracetamol and found no extra bleeding."
    assert _by_role(text, "systematic_review") == (["ibuprofen"], ["paracetamol"])


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # two counted groups with a comma alone between them
        (
            "Randomised: 150 got the breathing app, 148 got a control app with music.",
            ["breathing app"],
            ["control app with music"],
        ),
        # an age band and "either" between the people and the two treatments
        (
            "The trial gave 200 adults aged 50 to 70 either a fish-oil capsule or an olive-oil capsule.",
            ["fish-oil capsule"],
            ["olive-oil capsule"],
        ),
        # what one group was asked to do
        (
            "One group was asked to walk for 20 minutes after lunch. The other group got a leaflet.",
            ["walk"],
            ["leaflet"],
        ),
    ],
)
def test_comma_counted_groups_either_after_ages_and_what_a_group_was_asked(
    text: str, interventions: list[str], comparators: list[str]
) -> None:
    assert _by_role(text) == (interventions, comparators)


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # "with either", after any verb
        (
            "Participants injected themselves with either the drug, semaglutide, or a dummy injection once a week.",
            ["semaglutide"],
            ["dummy injection"],
        ),
        # what a sealed envelope decided, with the piece after "with" describing an arm, and "one" naming its noun
        (
            "A sealed envelope decided whether a baby followed the usual schedule, with a new cast every week, or a "
            "faster one, with a new cast every three days.",
            ["faster schedule"],
            ["usual schedule"],
        ),
        # the second count of a split, and how the usual care was given
        (
            "A computer assigned 182 of them to the sensor mattress and 182 to the standard foam mattress, with nurses "
            "turning patients every two hours.",
            ["sensor mattress"],
            ["standard foam mattress"],
        ),
    ],
)
def test_either_after_any_verb_envelopes_and_split_counts(
    text: str, interventions: list[str], comparators: list[str]
) -> None:
    assert _by_role(text) == (interventions, comparators)


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # the second group's verb left out
        ("Half got a daily kefir drink, the other half a plain milk drink.", ["kefir drink"], ["plain milk drink"]),
        ("Half wore the new insoles while the rest their usual shoes.", ["new insoles"], ["usual shoes"]),
        # "the other" with a verb of carrying on
        ("One group used a smart inhaler; the other kept their usual inhaler.", ["smart inhaler"], ["usual inhaler"]),
    ],
)
def test_the_other_half_without_its_verb(text: str, interventions: list[str], comparators: list[str]) -> None:
    assert _by_role(text) == (interventions, comparators)


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # a schedule that is the whole arm, not a length before its treatment
        (
            "Firms were randomly assigned to a four-day week or to the usual five-day week.",
            ["four-day week"],
            ["usual five-day week"],
        ),
        (
            "Offices were randomly assigned to a four-day week or to carry on as usual.",
            ["four-day week"],
            ["usual care"],
        ),
    ],
)
def test_a_schedule_that_is_the_whole_arm(text: str, interventions: list[str], comparators: list[str]) -> None:
    assert _by_role(text) == (interventions, comparators)


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # each turn of a crossover named by what came before it, with the dose that tells two look-alikes apart
        (
            "Each driver did two night drives, a week apart: once after a drink containing 200 mg of caffeine, about "
            "two cups of coffee, and once after a decaffeinated drink that tasted the same.",
            ["drink containing 200 mg of caffeine"],
            ["decaffeinated drink"],
        ),
        # what an item shows still describes it
        (
            "Children were randomly assigned to a headset showing a cartoon or to usual care.",
            ["headset"],
            ["usual care"],
        ),
    ],
)
def test_crossover_turns_named_by_what_came_before_and_doses(
    text: str, interventions: list[str], comparators: list[str]
) -> None:
    assert _by_role(text) == (interventions, comparators)


@pytest.mark.parametrize(
    ("text", "interventions", "comparators"),
    [
        # the places a cluster trial allocated, and who in them had what
        (
            "Researchers randomly split 40 schools. In half of them, pupils got a daily fruit snack; the other schools "
            "carried on as usual.",
            ["fruit snack"],
            ["usual care"],
        ),
        (
            "The villages were split by lottery. In half, families received a water filter; the other villages "
            "carried on as before.",
            ["water filter"],
            ["usual care"],
        ),
    ],
)
def test_places_of_a_cluster_trial_and_carrying_on_as_usual(
    text: str, interventions: list[str], comparators: list[str]
) -> None:
    assert _by_role(text) == (interventions, comparators)


def test_a_list_of_arms_set_off_by_semicolons() -> None:
    text = (
        "Farmer groups were randomly allocated to one of three arms: two-wheeled carts plus training; the training "
        "alone; or carrying on as usual."
    )
    assert _by_role(text) == (["two-wheeled carts plus training", "training"], ["usual care"])


def test_a_group_split_some_ways_lists_its_arms_after_the_colon() -> None:
    text = "The adults were randomly split three ways: high-intensity interval training, steady cardio or weights."
    interventions, comparators = _by_role(text)
    assert interventions + comparators == ["high-intensity interval training", "steady cardio", "weights"]


@pytest.mark.parametrize(
    ("text", "arms"),
    [
        # a crossover's two turns named after "in random order:" or after "tried both"
        (
            "Sixteen children tried two ways of reading, each for four weeks, in random order: a handheld magnifier "
            "and a phone camera with zoom.",
            ["handheld magnifier", "phone camera with zoom"],
        ),
        (
            "Each of the 20 volunteers tried both a standing desk and a normal desk, in random order.",
            ["standing desk", "normal desk"],
        ),
        # each turn's length told, then what was done in it, by any verb, with a time of day inside
        (
            "Each driver spent two weeks drinking a cup of cocoa at 7 p.m. and two weeks drinking warm water, "
            "in random order.",
            ["cup of cocoa", "warm water"],
        ),
    ],
)
def test_a_crossover_told_by_its_random_order(text: str, arms: list[str]) -> None:
    interventions, comparators = _by_role(text)
    assert interventions + comparators == arms


@pytest.mark.parametrize(
    ("text", "arms"),
    [
        # the next groups by their order, their verb left out
        (
            "In the first group, patients received acupuncture; in the second, sham acupuncture.",
            ["acupuncture", "sham acupuncture"],
        ),
        (
            "One group drank a baobab drink every morning; the second drank a look-alike dummy drink and took "
            "a tablet.",
            ["baobab drink", "look-alike dummy drink"],
        ),
        # the other half, as before
        ("Half got a probiotic drink, the other half a dummy drink.", ["probiotic drink", "dummy drink"]),
    ],
)
def test_groups_in_turn_with_their_verb_left_out(text: str, arms: list[str]) -> None:
    interventions, comparators = _by_role(text)
    assert interventions + comparators == arms


@pytest.mark.parametrize(
    ("text", "arms"),
    [
        # a dose naming a made thing stays with its unit, a decimal one too
        (
            "Half took a 60 mg zinc tablet every day; the other half took a dummy tablet.",
            ["60 mg zinc tablet", "dummy tablet"],
        ),
        (
            "Researchers randomly assigned 300 adults to a 2.5 mg ramipril tablet or placebo.",
            ["2.5 mg ramipril tablet", "placebo"],
        ),
        # a dose of a substance is the substance
        ("Researchers randomly assigned 300 adults to 2.5 mg of ramipril or placebo.", ["ramipril", "placebo"]),
        # the other group named by its verb after the colon's list
        (
            "They were split at random into two groups: one group ate two plums a day, and the other took one sachet "
            "of bran.",
            ["plums", "sachet of bran"],
        ),
        # the other places of a cluster trial, counted in digits or words
        (
            "Half of the villages, chosen by lottery, received solar lamps. The other 12 villages carried on as usual.",
            ["solar lamps", "usual care"],
        ),
        (
            "A cluster trial split 14 schools: the other seven carried on with their normal timetable.",
            ["normal timetable"],
        ),
        # infinitives in turn, the last one hedged, and what they were taught
        (
            "It randomly assigned 96 parents to learn praise, to learn ignoring, or simply to receive a booklet.",
            ["praise", "ignoring", "booklet"],
        ),
        # a second counted arm told at length
        (
            'Randomised: 244 got CalmPath, 242 got a "control" app with relaxing nature sounds and a mood diary.',
            ["calmpath", "control app with relaxing nature sounds and a mood diary"],
        ),
        # a count before the arm is still no part of it
        ("Of the 300 adults, 150 got the app and 150 got a leaflet.", ["app", "leaflet"]),
    ],
)
def test_a_dose_before_the_treatment_stays_whole(text: str, arms: list[str]) -> None:
    interventions, comparators = _by_role(text)
    assert interventions + comparators == arms


@pytest.mark.parametrize(
    ("text", "arms"),
    [
        # a verb after an arm's name is cut off
        (
            "A review pooled 12 trials. Its finding that probiotics caused no more side effects than placebo was "
            "unchanged.",
            ["placebo"],
        ),
        # a clause read as an arm is no arm ("all of their ...")
        (
            "The trial randomly assigned 3,212 adults to take all of their blood pressure medicines either at bedtime "
            "or on waking.",
            ["waking"],
        ),
    ],
)
def test_a_clause_is_no_arm(text: str, arms: list[str]) -> None:
    interventions, comparators = _by_role(text)
    assert interventions + comparators == arms


def test_two_doses_of_one_drug_are_two_arms_and_every_arm_keeps_its_dose() -> None:
    text = (
        "A trial tested ralaprazan. Adults were randomly given ralaprazan 10 mg, ralaprazan 20 mg or omeprazole "
        "20 mg, once a day for eight weeks."
    )
    assert [a.name for a in _run(text, "randomized_controlled_trial")] == [
        "ralaprazan 10 mg",
        "ralaprazan 20 mg",
        "omeprazole 20 mg",
    ]
    # (one dose per drug: the dose is no part of the name)
    one_dose = "Adults were randomly given ralaprazan 20 mg or omeprazole 20 mg."
    assert [a.name for a in _run(one_dose, "randomized_controlled_trial")] == ["ralaprazan", "omeprazole"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive arm loses its verb, but a count after it stays
        (
            "Patients were randomly assigned to switch to the new inhaler or to carry on with their usual inhaler.",
            ["new inhaler", "usual inhaler"],
        ),
        (
            "Branches were randomly assigned either to a four-day week or to carry on with five days.",
            ["four-day week", "carry on with five days"],
        ),
        # a word left governing what was cut away
        (
            "Both groups were randomly assigned to the same leg exercises either with or without a cuff.",
            ["same leg exercises", "without a cuff"],
        ),
    ],
)
def test_arm_names_are_cleaned_at_both_ends(text: str, expected: list[str]) -> None:
    assert [a.name for a in _run(text, "randomized_controlled_trial")] == expected


@pytest.mark.parametrize(
    ("text", "design", "absent"),
    [
        # the arms counted, not named
        (
            "Twenty-four workers each wore two kinds of liner under their rubber gloves, for two weeks at a time: "
            "heated liners for one period and ordinary cotton liners for the other.",
            "randomized_controlled_trial",
            "kinds of liner under their rubber gloves",
        ),
        # a lone verb or a span of time left from the clause
        (
            "Half the clubs were randomly assigned to begin every training with a 15-minute warm-up.",
            "randomized_controlled_trial",
            "begin",
        ),
        (
            "Workers were randomly given a weekly vitamin D capsule or a dummy capsule, through the darkest part of "
            "the winter.",
            "randomized_controlled_trial",
            "through the darkest part of the winter",
        ),
        # a name cut before the dose it governs
        (
            "The review compared aspirin doses of 100 mg or more with doses below 100 mg.",
            "meta_analysis",
            "aspirin doses of",
        ),
    ],
)
def test_a_counted_kind_or_a_dangling_preposition_is_no_arm(text: str, design: str, absent: str) -> None:
    assert absent not in [a.name for a in _run(text, design)]


def test_table_rows_under_an_assignment_are_the_arms() -> None:
    text = (
        "Each was randomly assigned to one of three groups:\n\n"
        "Group | What they got\n"
        "A | Acupuncture: 10 weekly sessions of 30 minutes\n"
        "B | Yoga: 10 weekly classes\n"
        "C | Usual care: their normal appointments, nothing added\n"
    )
    assert [a.name for a in _run(text, "randomized_controlled_trial")] == ["acupuncture", "yoga", "usual care"]


def test_a_crossover_told_as_one_thing_for_one_period_and_another_for_the_other() -> None:
    text = (
        "Twenty-four workers each wore two kinds of liner under their rubber gloves, for two weeks at a time: "
        "heated liners for one period and ordinary cotton liners for the other."
    )
    assert [a.name for a in _run(text, "randomized_controlled_trial")] == ["heated liners", "ordinary cotton liners"]


def test_an_offer_some_took_up_against_the_rest_who_carried_on() -> None:
    text = (
        "Researchers enrolled 412 women who cooked for their households. Of these, 198 bought a stove and used it; "
        "the other 214 kept cooking on a traditional three-stone fire."
    )
    arms = {(a.name, a.role) for a in _run(text, "non_randomized_trial")}
    assert arms == {("stove", "intervention"), ("traditional three-stone fire", "comparator")}
