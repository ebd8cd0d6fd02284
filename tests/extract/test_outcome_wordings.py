"""Results in everyday wordings, each after one invented trial sentence: the outcome named and its direction."""

from __future__ import annotations

import pytest

from pipelines.extract.article import extract_article

_TRIAL = "A trial randomly assigned 200 adults to the treatment or to usual care. "


def _outcomes(result: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.direction) for s in extract_article(_TRIAL + result, "H").studies for o in s.outcomes]


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # people counted by what happened to them
        ("Fewer children in the vitamin group caught a cold over the winter.", [("cold", "improved")]),
        ("Nobody in the gel group needed a blood transfusion.", [("blood transfusion", "improved")]),
        ("More women in the induction group needed a caesarean.", [("caesarean", "worsened")]),
        # an amount with its unit before the comparative
        (
            "Hospital stays were two days shorter on average in the early-discharge group.",
            [("hospital stays", "improved")],
        ),
        # the outcome as the subject of "eased"
        ("Symptoms of depression eased more in the therapy group.", [("symptoms of depression", "improved")]),
        ("The spray eased congestion within 15 minutes.", [("congestion", "improved")]),
        # a second clause that leaves its verb out
        (
            "The children's reading improved, but their behaviour in class did not.",
            [("reading", "improved"), ("behaviour in class", "no_difference")],
        ),
        # two changes joined by "and", each with its own verb
        (
            "Grip strength went up and falls went down in the strength-training group.",
            [("grip strength", "improved"), ("falls", "improved")],
        ),
        # a qualifier is not part of the name, nor is when it was measured
        (
            "More side effects, mostly nausea, were reported with the higher dose.",
            [("side effects", "worsened"), ("nausea", "worsened")],
        ),
        (
            "Rates of infection after surgery were lower with the new antiseptic.",
            [("infection after surgery", "improved")],
        ),
        ("Those on the diet lost an average of 5 kg more than the others.", [("weight", "improved")]),
        # two counts, each with its group, and what happened to them
        (
            "21 people in the vaccine group and 97 in the placebo group developed confirmed Lyme disease.",
            [("lyme disease", "improved")],
        ),
        (
            "Four patients in the placebo group and one in the drug group died of heart failure.",
            [("heart failure", "improved")],
        ),
        (
            "By 12 months, 30 children in the control group and 14 in the spray group had needed antibiotics.",
            [("antibiotics", "improved")],
        ),
        (
            "12% of children in the tablet group and 14% in the placebo group had been diagnosed with asthma, "
            "a difference that could have been due to chance.",
            [("asthma", "no_difference")],
        ),
        # "as likely to" with a verb that carries the outcome
        ("Sealed teeth were less than half as likely to have decayed.", [("decay", "improved")]),
        ("Mothers in the support group were more likely to breastfeed at six months.", [("breastfeeding", "improved")]),
        ("Patients on the drug were no more likely to relapse.", [("relapse", "no_difference")]),
        # "get", "catch" and "suffer" carry what befell people as well as "develop" does
        ("Patients on the drug were less likely to get an infection.", [("infection", "improved")]),
        ("Children given the vaccine were less likely to catch flu.", [("flu", "improved")]),
        ("Runners in the new shoes were more likely to suffer a knee injury.", [("knee injury", "worsened")]),
        ("Walkers were less likely to suffer from back pain.", [("back pain", "improved")]),
        # "no more likely to" with what follows as the outcome, not the people before it
        (
            "Travellers on the probiotic were no less likely to get diarrhoea than those on the dummy capsule.",
            [("diarrhoea", "no_difference")],
        ),
        ("Women in the yoga group were no more likely to need a caesarean.", [("caesarean", "no_difference")]),
        # how a group did on a measure: the measure follows "on"
        (
            "The cyclists were no worse than the swimmers and runners on erection problems or urinary symptoms.",
            [("erection problems", "no_difference"), ("urinary symptoms", "no_difference")],
        ),
        ("Children in the app group did worse on the reading test.", [("reading test", "worsened")]),
        ("Patients on the drug fared slightly better on memory tests.", [("memory tests", "improved")]),
        # drugs against a harm are counted like painkillers: fewer is better
        (
            "Spa patients used fewer anti-inflammatory tablets than the others.",
            [("anti-inflammatory tablets", "improved")],
        ),
        ("Inflammatory markers fell in the diet group.", [("inflammatory markers", "improved")]),
        # a verb left before the measure is no part of its name
        (
            "Where the home programme clearly did better was completion: 81% of patients finished.",
            [("completion", "improved")],
        ),
        # how much it improved is no measure, nor are the places compared, nor a clause before the measure
        ("Their pain improved quite a lot too.", []),
        ("HbA1c fell more in the home-visit clinics than in the usual-care clinics.", [("hba1c", "improved")]),
        (
            "The home-visit programme ran for a year, and blood sugar fell more with the visits.",
            [("blood sugar", "improved")],
        ),
        # an outcome named with what follows it, and when told by the treatment
        ("Bleeding after the birth was similar in the two groups.", [("bleeding after the birth", "no_difference")]),
        (
            "Straight after the session, stress ratings had fallen further in the dog group.",
            [("stress", "improved")],
        ),
        ("Loneliness scores after the ten workshops were lower than before.", [("loneliness", "improved")]),
        # more people who stopped is the good news
        ("More people in the app group had stopped smoking.", [("stopped smoking", "improved")]),
        # measures of skill and performance
        ("Finger dexterity, measured with a peg-board test, was no better.", [("finger dexterity", "no_difference")]),
        ("Jump height was the same in all three groups.", [("jump height", "no_difference")]),
        # a word left governing what was cut away, a change left at the end, a measure told "as" an aside
        ("The risk of a clot roughly tripled with the pill.", [("clot", "worsened")]),
        (
            "Diarrhoea, as reported by the families themselves, was about the same in the two groups.",
            [("diarrhoea", "no_difference")],
        ),
        # how much more before the arm compared; a disease that advanced less; a measure as good in one place as another
        (
            "Pain and swelling improved much more with the new tablet, and joint damage on the X-rays progressed less.",
            [("pain", "improved"), ("swelling", "improved"), ("joint damage on the x-rays", "improved")],
        ),
        ("Skin clearance was just as good at home as in hospital.", [("skin clearance", "no_difference")]),
        # a gloss between commas right before the verb names no outcome
        ("Saliva cortisol, a blood marker of stress damage, fell in the dog group.", [("saliva cortisol", "improved")]),
        # people counted by what they were still doing
        (
            "More mothers in the counsellor areas were still breastfeeding at 6 months.",
            [("breastfeeding", "improved")],
        ),
        ("Fewer patients in the app group were still smoking at a year.", [("smoking", "improved")]),
        # how fast it changed is no part of the name
        (
            "A single steroid injection relieved arthritis pain faster than a dummy injection.",
            [("arthritis pain", "improved")],
        ),
        # the comparison told from the comparator's side
        ("Pain scores were higher in the control group.", [("pain", "improved")]),
        ("Side effects were more common among those on placebo.", [("side effects", "improved")]),
        ("Pain was lower in the placebo group than in the drug group.", [("pain", "worsened")]),
        ("Pain was lower in the drug group than in the placebo group.", [("pain", "improved")]),
        # the outcome as the subject of two group counts
        (
            "The incidence of delirium was 15% in the melatonin group compared with 24% in the placebo group.",
            [("delirium", "improved")],
        ),
        # how soon, how quickly
        ("It cut the time to recovery by two days.", [("time to recovery", "improved")]),
        ("The injections shortened recovery by a week.", [("recovery", "improved")]),
        ("Patients returned to work a week earlier.", [("return to work", "improved")]),
        # no help, no improvement
        ("The drug did not help with sleep.", [("sleep", "no_difference")]),
        ("The gel did not stop the itching.", [("itching", "no_difference")]),
        ("No improvement was seen in quality of life.", [("quality of life", "no_difference")]),
        (
            "Side effects such as flushing or a flare of pain were rare and occurred at similar rates in both groups.",
            [("side effects", "no_difference")],
        ),
        ("The number of people who needed surgery fell by a third.", [("needed surgery", "improved")]),
        # the comparison group left without its verb is no result of its own
        ("Women who chewed gum went home sooner than women who did not.", [("time to discharge", "improved")]),
    ],
)
def test_everyday_result_wordings(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    "result",
    [
        # a comparison group, not a result left without its verb
        "Women who chewed gum asked for food sooner than women who did not.",
        # a GP practice is a surgery; that is no outcome
        "Patients at Riverside Surgery were invited by text message.",
    ],
)
def test_no_outcome(result: str) -> None:
    assert _outcomes(result) == []


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # "no difference between <the arms, however named> in <outcomes>"
        (
            "The study found no difference between the two splints in pain, stiffness or grip strength.",
            [("pain", "no_difference"), ("stiffness", "no_difference"), ("grip strength", "no_difference")],
        ),
        (
            "There was no real difference between tablets and injections in fatigue.",
            [("fatigue", "no_difference")],
        ),
        # symptoms the outcome vocabulary names
        ("Cough and phlegm fell more in the inhaler group.", [("cough", "improved"), ("phlegm", "improved")]),
        ("Sleep problems were less common with the patch.", [("sleep problems", "improved")]),
        ("Dry mouth was more common with the spray.", [("dry mouth", "worsened")]),
        # how often events happened in the two arms
        (
            "Serious reactions were rare and happened about equally often in the two groups.",
            [("serious reactions", "no_difference")],
        ),
        ("Falls occurred as often in the exercise group.", [("falls", "no_difference")]),
        # a rise and fall that matched
        ("Ferritin rose and fell just the same in both groups.", [("ferritin", "no_difference")]),
        # less of a harm, however much less
        ("Episodes of breathlessness roughly halved with the device.", [("breathlessness", "improved")]),
        ("Daytime sleepiness dropped a lot in the light-therapy group.", [("daytime sleepiness", "improved")]),
        (
            "By week 16 the number of seizures had fallen much more in the drug group than with placebo.",
            [("seizures", "improved")],
        ),
        # how long a symptom lasted
        (
            "Soreness after each session lasted about a day longer with the cream.",
            [("soreness after each session", "worsened")],
        ),
        ("Fever lasted a day shorter in children given the syrup.", [("fever", "improved")]),
        # a change smaller than the comparison arm's
        ("Bone density increased less with the new drug than with the old one.", [("bone density", "worsened")]),
        ("Pain fell less with the new drug.", [("pain", "worsened")]),
        # (the smaller change was the comparator's: the treatment did better)
        ("Pain fell less in the sham group.", [("pain", "improved")]),
        # people counted by what they complained of or reported
        ("More people on the combination complained about a bitter taste.", [("bitter taste", "worsened")]),
        ("Fewer women in the yoga group reported hot flushes.", [("hot flushes", "improved")]),
        # a second clause with a verdict of its own
        (
            "Wheeze was lower during the treatment weeks, and lung function in a standard test was no worse.",
            [("wheeze", "improved"), ("lung function", "no_difference")],
        ),
    ],
)
def test_result_wordings_second_round(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (
            "Taken together, the trials did not show a clear difference in how often people got chest infections.",
            [("chest infections", "no_difference")],
        ),
        ("The patch made no clear difference to lower-body strength.", [("lower-body strength", "no_difference")]),
        ("Perceived loudness didn't change any differently in the groups.", [("perceived loudness", "no_difference")]),
        (
            "Short naps improved alertness and memory for the rest of the afternoon.",
            [("alertness", "improved"), ("memory", "improved")],
        ),
        ("The splint cut the number of clenching episodes at night.", [("clenching episodes", "improved")]),
    ],
)
def test_reviews_telling_what_did_and_did_not_differ(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ("The size of the cysts did not change in either group.", [("size of the cysts", "no_difference")]),
        ("The itch score was clearly lower in the gel group.", [("itch", "improved")]),
        ("Children who used the spray had milder nasal symptoms.", [("nasal symptoms", "improved")]),
        (
            "A year later, the share of people with infected wounds had fallen from 9% to 2%.",
            [("infected wounds", "improved")],
        ),
    ],
)
def test_sizes_adverbs_milder_harms_and_shares_of_people(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    "result",
    [
        # who the people were, not a result
        "Earlier research mostly involved people with milder pain.",
    ],
)
def test_milder_as_a_description_is_no_result(result: str) -> None:
    assert _outcomes(result) == []


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # the favourable word is not the head: "pain in recovery" is pain
        (
            "The music group had less pain in recovery and needed less morphine.",
            [("pain in recovery", "improved"), ("morphine", "improved")],
        ),
        ("Pain relief was better with the app.", [("pain relief", "improved")]),
        (
            "Itching, dryness and stinging were reported equally often with both creams.",
            [("itching", "no_difference"), ("dryness", "no_difference"), ("stinging", "no_difference")],
        ),
    ],
)
def test_heads_of_names_and_skin_complaints(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ("Children on the inhaler missed fewer days of school.", [("days of school", "improved")]),
        ("Headaches were reported in similar numbers in both groups.", [("headaches", "no_difference")]),
        (
            "The number of people reporting crashes after exercise was similar.",
            [("crashes after exercise", "no_difference")],
        ),
        ("Fewer residents in the garden homes were given sleeping tablets.", [("sleeping tablets", "improved")]),
        ("Residents in the brushing homes had less dental plaque.", [("dental plaque", "improved")]),
    ],
)
def test_days_missed_similar_numbers_people_reporting_and_given(
    result: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (
            "Hospital admissions for diarrhoea among young children fell by about forty per cent.",
            [("hospital admissions for diarrhoea", "improved")],
        ),
        ("Patients' own ratings of comfort were similar on both mattresses.", [("comfort", "no_difference")]),
        ("Confirmed cholera among household members was roughly halved with the kit.", [("cholera", "improved")]),
        ("More of them started a healthy diet.", [("healthy diet", "improved")]),
        ("The syrup shortens a bout of diarrhoea by about half a day.", [("bout of diarrhoea", "improved")]),
        (
            "The responses cut the spread of malaria around a patient's home by 40 per cent.",
            [("spread of malaria around a patient's home", "improved")],
        ),
    ],
)
def test_generalist_reporters_results(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # set between the study's own groups, a name is a measure even when the vocabulary does not know it
        ("There was no difference in tinnitus between the two groups.", [("tinnitus", "no_difference")]),
        ("Gum bleeding scores were similar in both groups.", [("gum bleeding", "no_difference")]),
        ("Biopsies showed no difference in gut damage between the groups.", [("gut damage", "no_difference")]),
        # how common a thing unknown to the vocabulary was: an event to avoid
        (
            "Hiccups were more common in the treatment group than in the usual care group.",
            [("hiccups", "worsened")],
        ),
        (
            "Hiccups were less frequent in the treatment group than in the usual care group.",
            [("hiccups", "improved")],
        ),
        ("Hiccups were about as common across all three arms.", [("hiccups", "no_difference")]),
        # a known measure keeps its own polarity
        ("Remission was more common in the treatment group than in the usual care group.", [("remission", "improved")]),
    ],
)
def test_a_name_set_between_the_groups_is_a_measure(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    "result",
    [
        # traits the groups were balanced on, and words that name nothing
        "The two groups were similar in age and sex.",
        "However, the numbers were similar in both groups.",
        "On the other hand, there was no difference between the two groups.",
        # no comparison of the groups: the vocabulary still decides
        "Hiccups were more common after lunch.",
        # too long to be a name the vocabulary missed
        "The way the nurses on the night shift filled in the charts was similar in both groups.",
    ],
)
def test_no_outcome_from_a_comparison_that_names_no_measure(result: str) -> None:
    assert _outcomes(result) == []


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a change too small to count
        ("The spray made little difference to nasal congestion.", [("nasal congestion", "no_difference")]),
        ("The drops did nothing for eye pressure.", [("eye pressure", "no_difference")]),
        ("The cream did little to ease the itching.", [("itching", "no_difference")]),
        ("Blood sugar was largely unaffected.", [("blood sugar", "no_difference")]),
        # memories in the plural, and flashbacks; an appositive explaining the name names nothing new
        ("The players recorded fewer intrusive memories.", [("intrusive memories", "improved")]),
        (
            "The players recorded fewer intrusive memories, those unwanted flashbacks that come from nowhere.",
            [("intrusive memories", "improved")],
        ),
        ("Flashbacks were less frequent in the treatment group.", [("flashbacks", "improved")]),
        ("It had hardly any effect on how often people got colds.", [("colds", "no_difference")]),
        # a slower fall is a relative rise, and a slower rise a relative fall
        ("Kidney function declined more slowly in the treatment group.", [("kidney function", "improved")]),
        ("Bone density fell much less quickly with the treatment.", [("bone density", "improved")]),
        ("Blood pressure rose more slowly in the treatment group.", [("blood pressure", "improved")]),
        ("Memory got worse more slowly in the treatment group.", [("memory", "improved")]),
        ("The treatment slowed the decline in lung function.", [("lung function", "improved")]),
        # an activity people kept up
        (
            "People in the treatment group were more likely to still be exercising a year later.",
            [("still exercising", "improved")],
        ),
    ],
)
def test_small_changes_slower_declines_and_what_people_kept_up(
    result: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    "result",
    [
        # whom a treatment did nothing for is no outcome
        "Patients should not feel they have failed if it does nothing for them.",
        "The treatment did little for most of them.",
    ],
)
def test_no_outcome_from_whom_it_did_nothing_for(result: str) -> None:
    assert _outcomes(result) == []


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # each group's own count of what it had, the outcome named once
        (
            "The treatment group had 12 chest infections; the usual care group had 30.",
            [("chest infections", "improved")],
        ),
        ("The trained schools had 19 sprains; the others had 41, a clear drop.", [("sprains", "improved")]),
        ("The control wards had 8 falls, while the treatment wards had 21.", [("falls", "worsened")]),
        ("The treatment group had 10 relapses; the usual care group had 10.", [("relapses", "no_difference")]),
        # how much, after the name
        ("The treatment cut chest infections roughly in half.", [("chest infections", "improved")]),
    ],
)
def test_counts_per_group_and_halves(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


def test_two_groups_counts_with_neither_a_comparison_give_no_direction() -> None:
    assert _outcomes("The morning group had 12 chest infections; the evening group had 30.") == []


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # set against those in the other arm's places, a name is a measure the vocabulary need not know
        (
            "Their end-of-year exam marks were no different from those in the usual care schools.",
            [("end-of-year exam marks", "no_difference")],
        ),
        # people counted by what they still needed: the need is the outcome
        (
            "The number of people who still needed pain tablets afterwards was about the same in both groups.",
            [("need for pain tablets", "no_difference")],
        ),
    ],
)
def test_set_against_those_in_the_other_places_and_people_counted_by_a_need(
    result: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # the next sentence says the difference did not last
        (
            "At 6 weeks, agitation scores had fallen more in the treatment group than in the usual care group. By 12 "
            "weeks, however, the difference had faded.",
            [("agitation", "mixed")],
        ),
        (
            "Working memory improved more in the treatment group. But when everybody was tested again at 12 months, "
            "six months after the lessons stopped, the difference was gone.",
            [("working memory", "mixed")],
        ),
        (
            "Walking speed improved in the treatment group, but at a year the benefit was gone.",
            [("walking speed", "mixed")],
        ),
        # a difference said to hold is no fading
        (
            "Pain fell more in the treatment group. The difference was still there at a year.",
            [("pain", "improved")],
        ),
        # a programme's name is no outcome
        ("Straight after the programme, pain had fallen more in the treatment group.", [("pain", "improved")]),
    ],
)
def test_a_benefit_that_faded(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # healing counted by what healed: more of it is the good news, whatever was counted
        ("Clearly more ulcers had healed by 12 weeks in the treatment group.", [("ulcer healing", "improved")]),
        ("Fewer wounds had closed after a month in the treatment group.", [("wound healing", "worsened")]),
        # stones are to be avoided
        (
            "Patients in the treatment group were about a third less likely to develop a new kidney stone.",
            [("new kidney stone", "improved")],
        ),
    ],
)
def test_healing_counted_and_stones(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # how much, before "in both groups"
        (
            "Blood pressure fell a little in both groups, with no difference between them.",
            [("blood pressure", "no_difference")],
        ),
        # unless the groups are set apart after all
        ("Pain fell sharply in both groups, but more with the treatment.", [("pain", "improved")]),
    ],
)
def test_a_change_of_some_size_in_both_groups(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a labelled result line whose verdict is a bare comparative or a bare "no different"
        ("\n- Quality of life: better in the treatment group, at both time points.", [("quality of life", "improved")]),
        ("\n- Pain: lower in the treatment group.", [("pain", "improved")]),
        ("\n- Falls: fewer with the treatment.", [("falls", "improved")]),
        ("\n- Mood: no different in the two groups.", [("mood", "no_difference")]),
        ("\n- Weight: unchanged.", [("weight", "no_difference")]),
    ],
)
def test_bare_verdicts_on_labelled_lines(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # what people rated, and which way
        (
            "People in the treatment group rated their quality of life slightly higher.",
            [("quality of life", "improved")],
        ),
        ("Patients in the treatment group rated their pain lower.", [("pain", "improved")]),
        (
            "They lost more weight and rated their quality of life higher.",
            [("weight", "improved"), ("quality of life", "improved")],
        ),
    ],
)
def test_what_people_rated_and_which_way(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # the groups as the subject, so the measure follows the verdict
        ("The groups did not differ in pain scores.", [("pain", "no_difference")]),
        (
            "The two groups didn't differ on anxiety or depression.",
            [("anxiety", "no_difference"), ("depression", "no_difference")],
        ),
        ("The groups did not differ significantly in falls.", [("falls", "no_difference")]),
        (
            "The arms were similar in blood pressure and weight.",
            [("blood pressure", "no_difference"), ("weight", "no_difference")],
        ),
        # traits the groups were matched on are not measures
        ("The groups were similar in age and sex.", []),
    ],
)
def test_groups_as_the_subject_of_no_difference(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a vaccine's efficacy names what it protects against
        ("The vaccine was 80% effective against severe illness.", [("severe illness", "improved")]),
        ("The vaccine was highly effective at preventing hospital admission.", [("hospital admission", "improved")]),
        ("Efficacy against symptomatic infection was 62%.", [("symptomatic infection", "improved")]),
        ("The vaccine offered 90% protection against hospitalisation.", [("hospitalisation", "improved")]),
        ("The vaccine was not effective against mild infection.", [("mild infection", "no_difference")]),
        ("It offered no protection against infection.", [("infection", "no_difference")]),
        ("The spray was ineffective at preventing colds.", [("colds", "no_difference")]),
        # how much it prevented is no part of the name
        ("The vaccine prevented 85% of severe cases.", [("severe cases", "improved")]),
        ("The vaccine prevented about 85 per cent of infections.", [("infections", "improved")]),
        ("The vaccine prevented most infections.", [("infections", "improved")]),
    ],
)
def test_efficacy_and_shares_prevented(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # visits to doctors and hospitals are care people needed: fewer is the good news
        ("Those on the drug needed fewer hospital visits.", [("hospital visits", "improved")]),
        ("Those on the drug made fewer visits to the doctor.", [("visits to the doctor", "improved")]),
        ("The upgraded group made fewer visits to their GP.", [("visits to their gp", "improved")]),
        ("Patients made fewer trips to the emergency department.", [("trips to the emergency department", "improved")]),
    ],
)
def test_visits_to_care_keep_where_they_went(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a change told by its two ends: which way is read from the numbers
        ("The rate of infection went from 8% to 3%.", [("infection", "improved")]),
        (
            "In the schools that took part, absenteeism went from 12 per cent to nine per cent.",
            [("absenteeism", "improved")],
        ),
        ("Hours of sleep went from six to seven a night.", [("hours of sleep", "improved")]),
        ("Pain scores went from 6 to 6 on average.", [("pain", "no_difference")]),
        # both arms' numbers in one sentence: whose change it was is unclear
        ("The infection rate went from 8% to 3% in the placebo group and 2% in the treatment group.", []),
    ],
)
def test_a_change_from_one_number_to_another(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # who the people were is no result
        (
            "The team recruited adults with mildly raised blood pressure. Baobab did not lower blood pressure.",
            [("blood pressure", "no_difference")],
        ),
        ("People with higher cholesterol were not helped: their weight did not change.", [("weight", "no_difference")]),
        # a review's verdict on every trial it gathered
        (
            "The reviewers concluded that none showed a convincing effect on blood pressure.",
            [("blood pressure", "no_difference")],
        ),
        ("None of the trials found any benefit for pain.", [("pain", "no_difference")]),
    ],
)
def test_who_the_people_were_and_a_verdict_on_every_trial(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # an aside between the outcome and its verdict, with clause words of its own
        (
            "Dry mouth, the complaint that makes so many women give up older tablets, was no more common than on "
            "placebo.",
            [("dry mouth", "no_difference")],
        ),
        # a list whose middle item starts with "the" is no aside
        (
            "Pain, the number of falls, and mood were similar in both groups.",
            [("pain", "no_difference"), ("falls", "no_difference"), ("mood", "no_difference")],
        ),
    ],
)
def test_an_aside_with_clause_words_before_the_verdict(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a benefit at some doses and not others is mixed
        (
            "Urgency episodes fell more than on placebo with 50 mg and 100 mg, but not with 25 mg.",
            [("urgency episodes", "mixed")],
        ),
        ("Leaking episodes were reduced only at 100 mg.", [("leaking episodes", "mixed")]),
        ("Pain improved only with the highest dose.", [("pain", "mixed")]),
        # the comparison arm after "but not" leaves the benefit whole
        ("Pain fell in the yoga group but not in the control group.", [("pain", "improved")]),
    ],
)
def test_a_benefit_at_some_doses_only(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # fat named by where it sits is a measure, and better lower
        ("Visceral fat fell more in all three exercise groups than in the controls.", [("visceral fat", "improved")]),
        ("Liver fat dropped by a third.", [("liver fat", "improved")]),
        # losing more weight or fat is the aim; losing more of anything else is a harm
        ("All three exercise groups had lost more visceral fat than the controls.", [("visceral fat", "improved")]),
        ("The diet group lost less weight.", [("weight", "worsened")]),
        ("Women on the drug lost more bone density.", [("bone density", "worsened")]),
        # a crossover's conditions set side by side
        (
            "But the power they actually produced was the same under all three conditions.",
            [("power they actually produced", "no_difference")],
        ),
    ],
)
def test_fat_by_where_it_sits_what_was_lost_and_conditions(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a second item opening with an article, and no "and" to join a list, explains the first
        (
            "The main measure was visceral fat, the deep fat packed around the organs, measured by MRI.",
            [("visceral fat", None)],
        ),
        # a list joined by "and" keeps every item
        (
            "The main outcomes were pain, the number of falls and mood.",
            [("pain", None), ("falls", None), ("mood", None)],
        ),
    ],
)
def test_an_appositive_explains_the_outcome_before_it(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a feeling people reported is a measure by its wording, and keeps its "how"
        (
            "How close parents felt to their child was no different across the three groups.",
            [("how close parents felt to their child", "no_difference")],
        ),
        ("How tired they felt was no different between the groups.", [("how tired they felt", "no_difference")]),
        # the saying is how it was measured
        (
            "Interestingly, how sleepy they said they felt was no different between the two nights.",
            [("how sleepy they felt", "no_difference")],
        ),
        # how hard an effort felt is better lower
        ("How hard the workout felt dropped with music.", [("how hard the workout felt", "improved")]),
        # how well people slept is their sleep
        ("How well they slept was no different.", [("sleep", "no_difference")]),
    ],
)
def test_how_people_felt(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # leaks and the feelings people hide are better fewer
        (
            "\n- Leaks and embarrassment: girls in the product groups reported fewer leaks and less shame.",
            [("leaks and embarrassment", "improved")],
        ),
        ("Urinary incontinence fell by a third in the training group.", [("urinary incontinence", "improved")]),
    ],
)
def test_leaks_and_shame_are_better_lower(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a labelled line whose verdict is "just as good" or a bare pace
        ("\n- Recovery: just as good on one sachet as on two.", [("recovery", "no_difference")]),
        ("\n- Weight gain: a little slower on the reduced dose.", [("weight gain", "worsened")]),
        ("\n- Healing: faster with the new dressing.", [("healing", "improved")]),
        # an arm named by its dose is no result; a lower dose of a medicine needed is
        ("Patients on the reduced dose had less nausea.", [("nausea", "improved")]),
        ("Patients in the yoga group needed lower doses of painkillers.", [("painkillers", "improved")]),
    ],
)
def test_as_good_as_a_bare_pace_and_arms_named_by_dose(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected


def test_sunburn_is_a_measure_and_better_rarer() -> None:
    assert _outcomes("What happened: sunburn was clearly less common in the package villages.") == [
        ("sunburn", "improved")
    ]


@pytest.mark.parametrize(
    "result",
    [
        "Fewer people had falls, but the trial was too small to tell.",
        "Fewer people had falls, but the study was too small for that difference to count as real.",
        "There were slightly fewer falls, but the numbers were too small to show a real difference.",
    ],
)
def test_a_difference_the_study_was_too_small_to_trust_is_none(result: str) -> None:
    assert _outcomes(result) == [("falls", "no_difference")]


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # how births went
        ("Women who ate dates needed induction less often.", [("induction", "improved")]),
        ("Labour was two hours shorter in the date group.", [("labour", "improved")]),
        # a question asks about a result; its answer tells it
        (
            "Did fewer women need their labour induced? No. Induction rates were much the same.",
            [("induction rates", "no_difference")],
        ),
    ],
)
def test_births_and_questions(result: str, expected: list[tuple[str, str | None]]) -> None:
    assert _outcomes(result) == expected
