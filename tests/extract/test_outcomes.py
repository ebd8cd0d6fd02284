"""Outcomes and directions from invented result sentences."""

from __future__ import annotations

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.outcomes import extract_outcomes
from pipelines.extract.sentences import SentenceIndex


def _run(text: str, design: str = "randomized_controlled_trial") -> list[tuple[str, str | None]]:
    index = SentenceIndex(text)
    return [(o.name, o.direction) for o in extract_outcomes(text, index, index.sentences, design, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The primary outcome was blood pressure. Secondary outcomes were weight and cholesterol.",
            [("blood pressure", None), ("weight", None), ("cholesterol", None)],
        ),
        # a state told by its adjective is one outcome by its noun, whichever reader finds it
        (
            "Drivers given the supper felt less sleepy and less anxious.",
            [("sleepiness", "improved"), ("anxiety", "improved")],
        ),
        # a summary's lead-in is no outcome
        ("In short: the course left parents less stressed.\n", [("stress", "improved")]),
        # an adverb closing the clause leaves the subject as the outcome
        (
            "Children's confidence in water improved too. Their sleep improved as well.",
            [("confidence in water", "improved"), ("sleep", "improved")],
        ),
        ("Overdoses were no less frequent under the new pathway.", [("overdoses", "no_difference")]),
        # a null result carried over by "neither did"; what fewer of them were still taking
        (
            "Memory tests showed no difference between the groups, and neither did reaction times.",
            [("memory tests", "no_difference"), ("reaction times", "no_difference")],
        ),
        ("Fewer of them were still taking sleeping pills.", [("sleeping pills", "improved")]),
        # a short gloss between commas; a span made an adjective; measures of the body and of performance
        (
            "Saliva cortisol, a stress hormone, was lower after the walks. Average 24-hour urine volume was higher in "
            "the bottle group. Aim accuracy was no worse.",
            [
                ("saliva cortisol", "improved"),
                ("average 24-hour urine volume", "improved"),
                ("aim accuracy", "no_difference"),
            ],
        ),
        # "and so was X" carries the verdict of the clause before
        (
            "Time in hospital was the same in both groups, and so was the number of patients who had any bleeding.",
            [("time in hospital", "no_difference"), ("bleeding", "no_difference")],
        ),
        ("Pain fell more in the yoga group, and so did fatigue.", [("pain", "improved"), ("fatigue", "improved")]),
        ("She liked it, and so did her husband.", []),
        # the measure fronted, the arms level
        ("On joint symptoms the tablets did about as well as the injections.", [("joint symptoms", "no_difference")]),
        ("For most people the app worked as well as the clinic.", []),
        # people counted by a multiple, and what befell them; how soon they went back
        ("Half as many children in the vaccine group caught flu.", [("flu", "improved")]),
        ("Twice as many patients in the drug group developed a rash.", [("rash", "worsened")]),
        ("Functional treatment led to a quicker return to sport than a cast.", [("return to sport", "improved")]),
        # a level both arms reached; breathing pauses and niggles are measures, niggles harms
        ("Satisfaction was high in both groups.", [("satisfaction", "no_difference")]),
        (
            "The number of breathing pauses was no different with or without tape.",
            [("breathing pauses", "no_difference")],
        ),
        ("The thin shoes brought more Achilles niggles.", [("achilles niggles", "worsened")]),
        # the posture it was felt in is no part of the name, time spent in it is
        ("People felt less back discomfort standing on mats.", [("back discomfort", "improved")]),
        ("The app reduced time spent sitting.", [("time spent sitting", "improved")]),
        # a verb left before the measure, or a relative clause read as one
        ("Ferritin, which shows the iron stores of the body, was lower.", [("ferritin", "worsened")]),
        # someone's words after the list are no part of it
        (
            'The authors say the early drop in cholesterol "faded as people went back to old habits".',
            [("cholesterol", "improved")],
        ),
        # how often a group told of an event, against the other group
        (
            "The app group reported waking at night less often. The app group reported feeling dizzy more often.",
            [("waking", "improved"), ("feeling dizzy", "worsened")],
        ),
        ("Many people reported feeling dizzy more often in winter.", []),
        # one outcome made of several events is one outcome
        (
            "The primary outcome was a composite of stroke, heart attack and death from any cause.",
            [("stroke, heart attack and death", None)],
        ),
        (
            "The main outcome was a combination of falls and fractures. Secondary outcomes were mood and sleep.",
            [("falls and fractures", None), ("mood", None), ("sleep", None)],
        ),
        (
            "Fatigue, sleep quality and anxiety were assessed at 6 and 12 weeks.",
            [("fatigue", None), ("sleep quality", None), ("anxiety", None)],
        ),
        (
            "The researchers also looked at hospital admissions, satisfaction and general health.",
            [("hospital admissions", None), ("satisfaction", None), ("general health", None)],
        ),
        # Lower is better for symptoms, higher is better for function.
        (
            "The acupuncture group reported less nausea and better quality of life than the control group.",
            [("nausea", "improved"), ("quality of life", "improved")],
        ),
        (
            "Exercise reduced depressive symptoms and improved walking speed.",
            [("depressive symptoms", "improved"), ("walking speed", "improved")],
        ),
        (
            "Patients on the drug had lower physical function than those on placebo.",
            [("physical function", "worsened")],
        ),
        ("Some programmes were associated with temporary increases in minor pain.", [("minor pain", "worsened")]),
        # Negation and explicit non-significance.
        (
            "There was no significant difference in migraine frequency between the groups.",
            [("migraine frequency", "no_difference")],
        ),
        ("Sleep duration did not improve significantly.", [("sleep duration", "no_difference")]),
        ("The drug did not change blood pressure either.", [("blood pressure", "no_difference")]),
        ("Headaches were no more common with the new tablet.", [("headaches", "no_difference")]),
        # a verb left at the end of the subject is not part of the name; a remark is no outcome
        (
            "Breathlessness on the standard MRC grading scale had improved by a point.",
            [("breathlessness on the standard mrc grading", "improved")],
        ),
        ("One encouraging finding: fewer falls in the exercise homes.", [("falls", "improved")]),
        ("Nausea was not less frequent in the ginger group.", [("nausea", "no_difference")]),
        ("The tablet group had less travel sickness than the placebo group.", [("travel sickness", "improved")]),
        # "better" judges the change even for a measure that is better lower
        ("The pump group had better glucose control.", [("glucose control", "improved")]),
        ("Patients on the drug had worse sleep.", [("sleep", "worsened")]),
        # a speaker's label in a transcript is no outcome
        (
            "DR AMIRA OKAFOR: Sixteen weeks. By then the pump group had better glucose control.",
            [("glucose control", "improved")],
        ),
        (
            "Neither diet produced significant improvements in fatigue or mood compared with usual care.",
            [("fatigue", "no_difference"), ("mood", "no_difference")],
        ),
        (
            "Both groups improved on stiffness and pain, but the differences between them were not statistically "
            "significant.",
            [("stiffness", "no_difference"), ("pain", "no_difference")],
        ),
        (
            "The groups differed significantly for pain and mobility, but not for anxiety.",
            [("pain", "improved"), ("mobility", "improved"), ("anxiety", "no_difference")],
        ),
        # Benefit at one point, none at another: mixed.
        (
            "At 8 weeks the yoga group had better balance. By 6 months there was no significant difference in balance.",
            [("balance", "mixed")],
        ),
        (
            "Patients were 20 percentage points less likely to be using opioid medication.",
            [("opioid medication", "improved")],
        ),
        # A benefit in one arm but not the other is mixed.
        (
            "Quality of life improved in the high-dose group but not in the low-dose group.",
            [("quality of life", "mixed")],
        ),
        # The outcome as the subject of a change verb; counts of bad days are better when lower.
        ("Monthly migraine days fell by two days with the drug.", [("monthly migraine days", "improved")]),
        ("The injections reduced the number of headache days.", [("headache days", "improved")]),
        ("Patients on the drug used less acute rescue medication.", [("acute rescue medication", "improved")]),
        # A benefit and a harm on similar names stay two findings.
        (
            "Exercise reduced pain but caused temporary increases in minor pain.",
            [("pain", "improved"), ("minor pain", "worsened")],
        ),
        # Ranking language from network meta-analyses.
        ("Resistance training ranked highest for physical function.", [("physical function", "improved")]),
        # "on both measures" refers back to the declared outcomes.
        (
            "The main outcomes were fatigue and sleep quality. The app was noninferior to therapy on both.",
            [("fatigue", "no_difference"), ("sleep quality", "no_difference")],
        ),
        ("Fewer of them had depressive episodes (12% versus 30%).", [("depressive episodes", "improved")]),
        ("Median survival was longer in the surgery group.", [("median survival", "improved")]),
        (
            "At 8 weeks the app group had less fatigue. By 6 months the advantage on fatigue had faded.",
            [("fatigue", "mixed")],
        ),
        # A faded advantage means there was one earlier: mixed even when the earlier result is not stated.
        ("By 6 months the advantage on anxiety had faded.", [("anxiety", "mixed")]),
        ("Vitamin D did not prevent fractures or falls.", [("fractures", "no_difference"), ("falls", "no_difference")]),
        ("Adverse events were more common after surgery.", [("adverse events", "worsened")]),
        # A concession after a comma starts another clause, not another item of the list.
        (
            "The yoga group used fewer painkillers, although falls were slightly more common.",
            [("painkillers", "improved"), ("falls", "worsened")],
        ),
        # A change the authors call not significant is no difference, however it was worded.
        (
            "Yoga lowered blood pressure slightly, but the change was not statistically significant.",
            [("blood pressure", "no_difference")],
        ),
        ("The drop in HbA1c did not reach significance.", [("hba1c", "no_difference")]),
        ("Average pain intensity barely moved.", [("average pain intensity", "no_difference")]),
        ("People taking magnesium had about as many cramps as those on placebo.", [("cramps", "no_difference")]),
        ("Side effects were a little more common with magnesium.", [("side effects", "worsened")]),
        ("Fewer women in the warm-cloth group had a severe tear.", [("severe tear", "improved")]),
        ("Asthma attacks were cut by almost half in the new-inhaler group.", [("asthma attacks", "improved")]),
        ("Those on the new inhaler needed their rescue inhaler less often.", [("rescue inhaler", "improved")]),
        ("There were more hoarse voices with the new inhaler.", [("hoarse voices", "worsened")]),
        ("Patients on the new inhaler were less likely to need steroid tablets.", [("steroid tablets", "improved")]),
        ("Night-time waking got worse in a few patients.", [("night-time waking", "worsened")]),
        # "while" before a gerund says when, inside the outcome's name
        ("With the real unit, pain while walking was lower than with the sham.", [("pain while walking", "improved")]),
        ("The pressure inside the eye was no different.", [("pressure inside the eye", "no_difference")]),
        # a "but" that confirms there was no difference is no contrast
        (
            "The number of cramps fell in both groups, but there was no difference between magnesium and placebo.",
            [("cramps", "no_difference")],
        ),
        # a label whose aside names the outcome, and the span it was counted over
        (
            "The primary endpoint - the number of severe attacks over a year - was lower with the app.",
            [("severe attacks", "improved")],
        ),
        ("The primary outcome, asthma control, improved more with the app.", [("asthma control", "improved")]),
        # a colon after the verb of measuring, and time off work as a measure
        (
            "What the team measured: lung function, symptoms and time off work.",
            [("lung function", None), ("symptoms", None), ("time off work", None)],
        ),
        ("- Bedtime tantrums were no better than in the leaflet group.", [("bedtime tantrums", "no_difference")]),
        # how it compared is no part of its name
        (
            "Those who lifted weights rated their quality of life no differently.",
            [("quality of life", "no_difference")],
        ),
        # what was needed less is the outcome, told once
        ("People who did yoga needed fewer painkillers.", [("painkillers", "improved")]),
        # whose measure it was is no part of its name
        ("The yoga group's blood pressure was unchanged.", [("blood pressure", "no_difference")]),
        # less fear is good news
        (
            "- Fear of movement: people who had the education were less afraid of moving.",
            [("fear of movement", "improved")],
        ),
    ],
)
def test_outcomes_and_directions(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


def test_observational_outcomes_have_no_direction() -> None:
    text = "The primary outcome was hip fracture. Smokers had higher rates of hip fracture and lower bone density."
    found = _run(text, "cohort")
    assert found == [("hip fracture", None)]


def test_headlines_are_not_results() -> None:
    text = "Yoga Reduces Back Pain In Older Adults\nA new study tested yoga."
    assert _run(text) == []


def test_result_words_without_a_clinical_measure_are_ignored() -> None:
    text = "The clinic reduced waiting lists and improved its website."
    assert _run(text) == []


def test_evidence_span_holds_the_name() -> None:
    text = "Tai chi improved balance and reduced falls in older adults."
    index = SentenceIndex(text)
    for fact in extract_outcomes(text, index, index.sentences, "randomized_controlled_trial", []):
        assert 0 <= fact.evidence.start < fact.evidence.end <= len(text)
        assert fact.name in text[fact.evidence.start : fact.evidence.end].lower()


@pytest.mark.parametrize("text", ["", "improved", "no significant difference in", "less " * 300, "(((( were measured"])
def test_never_raises(text: str) -> None:
    assert isinstance(_run(text), list)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Amounts between the copula and the comparative.
        ("Asthma attacks were about 40% lower in the inhaler group.", [("asthma attacks", "improved")]),
        ("Bleeding was three times higher with the new drug.", [("bleeding", "worsened")]),
        # "rates of", "episodes of" are not part of the outcome's name; a copula ends the subject.
        ("Rates of wound infection were similar in the two groups.", [("wound infection", "no_difference")]),
        ("Episodes of dizziness were rare and did not differ between groups.", [("dizziness", "no_difference")]),
        # An adverb after a negated verb is not an outcome.
        (
            "Cholesterol and waist size did not change meaningfully.",
            [("cholesterol", "no_difference"), ("waist size", "no_difference")],
        ),
        # Disease outcomes: less disease is good news.
        (
            "The vaccine reduced severe kidney disease by 60% compared with placebo.",
            [("severe kidney disease", "improved")],
        ),
        ("At 12 weeks, HbA1c fell by 0.9 points.", [("hba1c", "improved")]),
        # Every arm improved: no difference between them.
        ("Anxiety improved in both groups and the groups did not differ.", [("anxiety", "no_difference")]),
        # Every arm improved, but one more: the contrast decides.
        ("Anxiety improved in all groups, but more than twice as much with therapy.", [("anxiety", "improved")]),
        # A negated comparative.
        ("Dropping out was not more common in the yoga group.", [("dropping out", "no_difference")]),
        # A result that later faded.
        (
            "Blood pressure was lower in the app group at 6 months, but by 12 months the gap had disappeared.",
            [("blood pressure", "mixed")],
        ),
        (
            "Platelet counts rose faster with the extract by day three, but by day five the groups were level.",
            [("platelet counts", "mixed")],
        ),
        # blood counts and time in care are measures
        ("Time in hospital was the same in both groups.", [("time in hospital", "no_difference")]),
        ("Stomach upset was more common with the extract.", [("stomach upset", "worsened")]),
        (
            "Stretching breaks cut musculoskeletal complaints at six months.",
            [("musculoskeletal complaints", "improved")],
        ),
        ("The checklist cut medication errors on the ward.", [("medication errors", "improved")]),
        ("Pain scores had fallen by similar amounts in both groups.", [("pain", "no_difference")]),
        ("Blood pressure had fallen further in the app group.", [("blood pressure", "improved")]),
        (
            "Those who did tai chi had as much pain relief as those who had physiotherapy.",
            [("pain relief", "no_difference")],
        ),
        (
            "Walking speed improved in the exercise group but not in the control group.",
            [("walking speed", "improved")],
        ),
        (
            "Blood pressure was higher in the salt group, although the difference could have been due to chance.",
            [("blood pressure", "no_difference")],
        ),
        # more weight lost is good news in a weight-loss trial
        ("Weight loss was greater with the diet than with advice alone.", [("weight loss", "improved")]),
        # scores on a test name what the test measured
        ("Scores on a memory test improved by 12% compared with placebo.", [("memory", "improved")]),
        ("Results on the anxiety questionnaire were similar in both groups.", [("anxiety", "no_difference")]),
        ("The drug reduced pain but not stiffness.", [("pain", "improved"), ("stiffness", "no_difference")]),
        ("Probiotics shortened diarrhoea by about a day.", [("diarrhoea", "improved")]),
        # what a device in the treatment tracks is no outcome of the study
        ("Patients used an app that tracked their heart rate and steps.", []),
        # A question about the future is not a result.
        ("We need to know whether this leads to fewer strokes.", []),
        # Instruments are not outcomes.
        ("Nurses assessed sleep diaries.", []),
    ],
)
def test_general_result_phrasing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy drinkers had 30% higher odds of liver cancer.", [("liver cancer", None)]),
        (
            "The highest intake was tied to a lower risk of developing dementia and stroke.",
            [("dementia", None), ("stroke", None)],
        ),
        ("Night shifts were linked to a higher hazard ratio for breast cancer.", [("breast cancer", None)]),
        ("The association with wrist fractures was weaker.", [("wrist fractures", None)]),
        ("More screen time went with poorer sleep.", [("sleep", None)]),
    ],
)
def test_observational_associations_name_outcomes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text, "case_control") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "What they found\n\n- Wheezing episodes: fewer with the inhaler than with placebo.\n"
            "- Side effects: no more common than with placebo.\n",
            [("wheezing episodes", "improved"), ("side effects", "no_difference")],
        ),
        (
            "Results\n\n- Night-time coughing: less coughing with honey in younger children. "
            "In older children the results were inconsistent.\n",
            [("night-time coughing", "mixed")],
        ),
        ("- Walking distance: the two groups found no difference.\n", [("walking distance", "no_difference")]),
        ("- Quality of life: only two trials measured it.\n", [("quality of life", None)]),
        # furniture labels and clauses are not outcomes
        ("- Bottom line: the spray reduced pain.\n", [("pain", "improved")]),
        ("Here is the honest answer: nothing changed.\n", []),
        ("- Dosing: two puffs a day, less often than before.\n", []),
        # who speaks in a Q&A or a transcript is no outcome
        ("Dr Okafor: Fewer children complained of it by the summer.\n", []),
        ("Health Weekly: Fewer children complained of it?\n", []),
        # a bullet naming its measure in lower case, with how it was measured as an aside
        (
            "The team measured:\n- tiredness at work, on a 10-point scale: lower with the new rota;\n"
            "- total water drunk over 24 hours: the same either way.\n",
            [("tiredness at work", "improved"), ("total water drunk over 24 hours", "no_difference")],
        ),
        ("Results:\n- 6-minute walk distance: no different between the groups\n", []),
        # what the measure is, in brackets before the colon; a gap that shrank later in the line
        (
            "- Ferritin (the blood test of iron stores): higher in the iron group at 12 weeks. By 24 weeks the gap "
            "had narrowed to almost nothing.\n",
            [("ferritin", "mixed")],
        ),
        (
            "- Ferritin (the blood test of iron stores): higher in the iron group at 12 weeks. By 24 weeks the gap "
            "had narrowed a little but was still clear.\n",
            [("ferritin", "improved")],
        ),
        # a capitalised label with how it was measured as an aside, or naming the events of a composite
        (
            "* Fatigue, scored with the Fatigue Severity Scale: lower in the iron group by 12 weeks.\n"
            "* Sleep quality, on the Pittsburgh Sleep Quality Index: no difference.\n"
            "- The combined outcome of death or transplant: no difference between the groups.\n",
            [("fatigue", "improved"), ("sleep quality", "no_difference"), ("death or transplant", "no_difference")],
        ),
        # how often, then the arm by its treatment's name; the comparator standing still is no null result
        (
            "- Stomach side effects: more common with iron.\n"
            "- Ferritin: rose clearly in the iron group and hardly moved with the dummy tablets.\n",
            [("stomach side effects", "worsened"), ("ferritin", "improved")],
        ),
        # two shares set against each other, the treatment's first unless its name says otherwise; a change in
        # both groups; a label with "the" in it
        (
            "- Unplanned readmission, the main outcome: 22% in the nurse programme against 35% with usual care.\n"
            "- Falls: 9% with usual care against 4% with the exercise class.\n"
            "- Grip strength: went up in both groups, by about the same amount.\n"
            "- Visits to the emergency department: no significant difference.\n",
            [
                ("unplanned readmission", "improved"),
                ("falls", "improved"),
                ("grip strength", "no_difference"),
                ("visits to the emergency department", "no_difference"),
            ],
        ),
        # a long label names its measure whole; a difference that could be chance is none
        (
            "- Stillbirths and deaths of babies in their first week: slightly fewer with the homes, but the numbers "
            "were small and the difference could be due to chance.\n",
            [("stillbirths and deaths of babies in their first week", "no_difference")],
        ),
        # (a label must open with a letter) and a bullet without a verdict, or a clause, is no result
        ("Who took part:\n- age: 18 to 65\n- the results, which were clear: better in the snack group\n", []),
    ],
)
def test_labelled_result_lines(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb between the verb and its qualifier still reports the result
        ("Grip strength improved markedly after the course.", [("grip strength", "improved")]),
        ("Nausea fell sharply in the ginger group.", [("nausea", "improved")]),
        # "better" and "worse" judge the change whatever the outcome's polarity
        ("Their heel pain had faded or was much better.", [("heel pain", "improved")]),
        ("Itching was worse in the cream group.", [("itching", "worsened")]),
        ("Hearing was slightly better with the new implant.", [("hearing", "improved")]),
    ],
)
def test_judging_words_and_adverbs(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eye redness was less common with the new drops.", [("eye redness", "improved")]),
        ("Headaches were about equally common in both groups.", [("headaches", "no_difference")]),
        ("Clinic attendance was also recorded.", [("clinic attendance", None)]),
        ("Daytime tiredness fell in the light-therapy group.", [("daytime tiredness", "improved")]),
    ],
)
def test_more_measures_and_equal_frequency(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine of the 12 patients reported that their ankle swelling had gone or was much better.",
            [("ankle swelling", "improved")],
        ),
        ("Most parents said that their child's sleep was better.", [("sleep", "improved")]),
    ],
)
def test_reported_that_starts_the_subject_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text, "case_series") == expected


def test_abbreviated_species_name_ends_the_outcome() -> None:
    assert _run("Four trials found less itching with B. infantis than with placebo.") == [("itching", "improved")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wound infections on the four surgical wards fell sharply.", [("wound infections", "improved")]),
        ("Falls in the three care homes dropped after the programme.", [("falls", "improved")]),
    ],
)
def test_place_of_measurement_is_not_part_of_the_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text, "non_randomized_trial") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "made no difference to", "showed no difference between the groups" (the outcome as subject)
        ("Supplements made no meaningful difference to child IQ.", [("child iq", "no_difference")]),
        (
            "Everyday functioning showed no meaningful difference between the groups.",
            [("everyday functioning", "no_difference")],
        ),
        # an aside between the subject and its verb names no other outcome
        (
            "Foot function - how easily people could walk and climb stairs - was better in the physio group.",
            [("foot function", "improved")],
        ),
        (
            "Everyday functioning, such as managing medications and money, showed no difference between the groups.",
            [("everyday functioning", "no_difference")],
        ),
        # "were also similar", "were strikingly similar"
        ("Quality of life scores were also similar.", [("quality of life", "no_difference")]),
        # "half as likely to report", "twice as likely to need"
        ("Patients on the short course were about half as likely to report diarrhoea.", [("diarrhoea", "improved")]),
        ("Smokers were twice as likely to need hospital admission.", [("hospital admission", "worsened")]),
        # the instrument is not part of the outcome's name
        ("Mothers reported less anxiety on a questionnaire.", [("anxiety", "improved")]),
        # measurement verbs beyond "measured"
        ("Vaccine uptake was checked in GP records eight weeks later.", [("vaccine uptake", None)]),
        (
            "Observers counted errors and lapses of attention in every lesson.",
            [("errors", None), ("lapses of attention", None)],
        ),
    ],
)
def test_generalized_result_and_declaration_phrasing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Higher intake was linked to slightly fewer attention problems.", [("attention problems", None)]),
        ("Green space was tied to lower rates of depression.", [("depression", None)]),
    ],
)
def test_observational_phrasing_names_outcomes_without_direction(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _run(text, design="cohort") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verdicts in labelled lines
        (
            "- Relapse: the infection came back in a similar number of people in each group.",
            [("relapse", "no_difference")],
        ),
        ("- Body mass index: no meaningful difference between the groups.", [("body mass index", "no_difference")]),
        (
            "- Physical activity: pupils gained 11 minutes a day during the programme, but the gain had disappeared "
            "by the summer.",
            [("physical activity", "mixed")],
        ),
        # "did not outperform ... on", a benefit that faded into "much the same"
        (
            "The program did not outperform usual routines on shuttle-run fitness.",
            [("shuttle-run fitness", "no_difference")],
        ),
        (
            "Depression symptoms were lower in the app group at 8 weeks, "
            "but by 16 weeks the groups looked much the same.",
            [("depression symptoms", "mixed")],
        ),
        # less rumination is good news
        ("The woodland group reported less rumination than the roadside group.", [("rumination", "improved")]),
    ],
)
def test_verdicts_fading_and_polarity(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two shares, the comparator's named second: more of a harm is worse, less of it better
        ("Nausea was reported by 22% of glucatide users and 6% of those on placebo.", [("nausea", "worsened")]),
        ("Headaches were seen in 5% of the drug group versus 9% of the placebo group.", [("headaches", "improved")]),
        ("Rashes were reported by 4% and 4% of the control group.", [("rashes", "no_difference")]),
        # without a comparator word, which share is whose is not said
        ("Nausea was reported by 22% of men and 6% of women.", []),
        # "confirmed" declares a measure as "measured" does
        ("Abstinence was confirmed with a breath test at 6 and 12 months.", [("abstinence", None)]),
    ],
)
def test_shares_in_two_arms_and_confirmed_measures(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


def test_qualitative_themes_are_its_outcomes() -> None:
    text = (
        "Three main themes came out of the conversations:\n"
        "* Feeling disbelieved. Many were told it was anxiety.\n"
        "* Loss of work and identity.\n"
        "* The hard work of pacing.\n"
        "The authors stress that this cannot tell us how common these are."
    )
    assert _run(text, "qualitative") == [
        ("feeling disbelieved", None),
        ("loss of work and identity", None),
        ("hard work of pacing", None),
    ]
    assert _run("Three themes emerged: guilt, exhaustion and isolation.", "qualitative") == [
        ("guilt", None),
        ("exhaustion", None),
        ("isolation", None),
    ]
    # a trial's list of findings is not read as themes
    assert _run("Three themes emerged: guilt, exhaustion and isolation.") == []


def test_equal_frequency_and_examples_after_such_as() -> None:
    assert _run("Side effects such as dizziness were reported about equally often.") == [
        ("side effects", "no_difference")
    ]


def test_much_the_same_in_both_groups_is_no_difference():
    assert _run("The number of new asthma diagnoses was much the same in both groups.") == [
        ("new asthma diagnoses", "no_difference")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nor was there any difference in hip fractures.", [("hip fractures", "no_difference")]),
        ("The coached group scored better on the driving test.", [("driving test", "improved")]),
        ("Reaction times were faster after the training.", [("reaction times", "improved")]),
        ("Patients on the drug saw their body-mass index fall by 12%.", [("body-mass index", "improved")]),
        (
            "Mothers in the clinic group were more likely to be breastfeeding at eight weeks.",
            [("breastfeeding", "improved")],
        ),
        ("The group rated their satisfaction with care more highly.", [("satisfaction with care", None)]),
        ("The app did not reduce the number of babies born preterm.", [("babies born preterm", "no_difference")]),
        ("Blisters under the cast were more frequent in the sealed group.", [("blisters under the cast", "worsened")]),
        # when it was measured is not part of the name
        ("Relapse at 18 months was similar in both groups.", [("relapse", "no_difference")]),
        ("Students felt better about their appearance after the break.", [("appearance", "improved")]),
        ("Sleep was a little better with the app.", [("sleep", "improved")]),
        ("Lung function was no worse after the switch.", [("lung function", "no_difference")]),
        ("Carbon emissions from travel fell by half.", [("carbon emissions from travel", "improved")]),
        # a relative clause explaining the outcome is not part of its name
        ("Ferritin, which is a measure of iron stores, got better on the tablets.", [("ferritin", "improved")]),
        # every arm changed alike
        ("Memory declined at about the same rate in both groups.", [("memory", "no_difference")]),
        (
            "Days missed from work fell by a similar amount in the two groups.",
            [("days missed from work", "no_difference")],
        ),
        (
            "Remission rates were almost identical in the two arms, as were rates of relapse and death.",
            [("remission rates", "no_difference"), ("relapse", "no_difference"), ("death", "no_difference")],
        ),
        ("The pooled results showed no clear effect on hearing.", [("hearing", "no_difference")]),
        ("Singing improved quality of life a little.", [("quality of life", "improved")]),
        ("The chance of a stroke roughly doubled in the month after.", [("stroke", "worsened")]),
        ("The homes using the cream had roughly half as many skin tears.", [("skin tears", "improved")]),
        (
            "The kefir group had lower levels of several inflammation markers in their blood.",
            [("inflammation markers", "improved")],
        ),
        # a benefit that was gone by a later check
        ("Pain was better at 6 weeks, but by a year the groups were the same.", [("pain", "mixed")]),
    ],
)
def test_lay_result_phrasings(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smokers were more likely to develop gum disease.", [("gum disease", None)]),
        ("Night workers tended to have slightly higher blood pressure.", [("blood pressure", None)]),
        ("Those who kept walking had a lower risk of dying.", [("death", None)]),
        (
            "Dog owners were less likely to lose the ability to manage everyday tasks such as dressing.",
            [("ability to manage everyday tasks", None)],
        ),
        # an exposure, not an outcome
        ("People with dementia were less likely to have been vaccinated.", []),
    ],
)
def test_association_phrasings_in_observational_studies(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text, "cohort") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported speech without "that": the outcome starts after the verb and its subject
        ("It found the risk of a stroke was about 6% higher in the week after.", [("stroke", "worsened")]),
        ("The review concluded the rate of falls was lower with exercise.", [("falls", "improved")]),
    ],
)
def test_reported_speech_without_that(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause that says what a score measures names no outcome of its own
        "Scores on the knee score, which measures pain and function, were similar in the two groups.",
        # "no more frequent with X": X is the treatment, not an outcome
        "Re-ruptures were uncommon and no more frequent with early weight-bearing.",
    ],
)
def test_asides_and_treatments_after_more_are_no_outcomes(text: str) -> None:
    names = [name for name, _ in _run(text)]
    assert not any("which" in name or "measures" in name or "weight-bearing" in name for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conditions named with a clinical suffix are outcomes, and fewer of them is better
        ("There were fewer cases of gastroenteritis reported to clinics.", [("gastroenteritis", "improved")]),
        ("Keratitis was less common in the daily-lens group.", [("keratitis", "improved")]),
        # a second cue inside a list item, and a comparative after a rated measure
        (
            "There was no difference in eye-strain symptoms, and no difference in headaches.",
            [("eye-strain symptoms", "no_difference"), ("headaches", "no_difference")],
        ),
    ],
)
def test_clinical_suffixes_second_cues_and_trailing_comparatives(text: str, expected) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each change takes its own subject
        (
            "UTIs treated with antibiotics fell by 36 per cent and average daily fluid intake rose by 250 ml.",
            [("utis treated with antibiotics", "improved"), ("average daily fluid intake", "improved")],
        ),
        # a second cue inside the first cue's list
        (
            "CBT reduced inattention symptoms and helped with emotional regulation.",
            [("inattention symptoms", "improved"), ("emotional regulation", "improved")],
        ),
        (
            "The group had fewer ear infections and needed fewer courses of antibiotics.",
            [("ear infections", "improved"), ("courses of antibiotics", "improved")],
        ),
        # "flu" is no part of "fluid"
        ("Fluid intake rose.", [("fluid intake", "improved")]),
    ],
)
def test_second_changes_and_second_cues_in_one_sentence(text: str, expected) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Releasing mosquitoes cut dengue cases by nearly 70 per cent.", [("dengue cases", "improved")]),
        ("There were 69 per cent fewer dengue cases than in the comparison areas.", [("dengue cases", "improved")]),
        ("Quality-of-life scores did not differ between the two periods.", [("quality-of-life", "no_difference")]),
    ],
)
def test_cases_of_a_disease_and_hyphenated_quality_of_life(text: str, expected) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "had similar X", "the same number of X": no difference, said of the groups' outcomes
        (
            "People who did the classes had similar knee function and quality of life six months after surgery.",
            [("knee function", "no_difference"), ("quality of life", "no_difference")],
        ),
        ("Both groups had the same number of asthma attacks.", [("asthma attacks", "no_difference")]),
        # an adjective before the verdict
        (
            "Dizziness and ankle swelling were uncommon and similar in both groups.",
            [("dizziness", "no_difference"), ("ankle swelling", "no_difference")],
        ),
        (
            "Side effects were mild and no more common with the capsules than with placebo.",
            [("side effects", "no_difference")],
        ),
        # skin measures
        (
            "Wrinkle depth and elasticity were no different between the groups.",
            [("wrinkle depth", "no_difference"), ("elasticity", "no_difference")],
        ),
        # "similar outcomes to X" still names its outcomes after "for"
        (
            "The therapy gave similar outcomes to the usual care, both for pain relief and for function.",
            [("pain relief", "no_difference"), ("function", "no_difference")],
        ),
    ],
)
def test_similar_and_the_same_told_of_the_groups(text, expected):
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Their blood sugar and their weight ended up much the same as the control group's.",
            [("blood sugar", "no_difference"), ("weight", "no_difference")],
        ),
        ("The two groups took the same number of days off work.", [("days off work", "no_difference")]),
        ("Both groups lost a similar amount of weight.", [("weight", "no_difference")]),
        (
            "Neither hay fever symptoms nor sleep differed between the groups.",
            [("hay fever symptoms", "no_difference"), ("sleep", "no_difference")],
        ),
        ("More children in the app group reported eye strain.", [("eye strain", "worsened")]),
        ("Fewer patients in the exercise group had falls.", [("falls", "improved")]),
    ],
)
def test_results_told_of_both_groups_or_of_the_people_in_one(text, expected):
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those on the drug were less likely to be admitted to hospital.", [("admitted to hospital", "improved")]),
        ("Pain scores fell further in the acupuncture group than in the sham group.", [("pain", "improved")]),
        ("Patients who exercised spent fewer days in hospital.", [("days in hospital", "improved")]),
        # "halved the risk of ...": the object, not the subject, is the outcome
        ("The injection halved the risk of a second heart attack.", [("second heart attack", "improved")]),
        ("Walking speed went up by about 10% in the training group.", [("walking speed", "improved")]),
        ("Hot flushes became less frequent with the herbal remedy.", [("hot flushes", "improved")]),
        ("The stockings prevented blood clots.", [("blood clots", "improved")]),
        # fewer episodes of a harm is good news
        ("There were fewer episodes of delirium in the music group.", [("delirium", "improved")]),
    ],
)
def test_results_in_everyday_verbs(text, expected):
    assert _run(text) == expected


def test_an_observational_outcome_more_common_in_the_exposed_group():
    text = "Dry eye and headaches were a lot more common in the heavy screen users."
    assert _run(text, design="cross_sectional") == [("dry eye", None), ("headaches", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The drug lowered blood pressure at first, although the effect wore off after a year.",
            [("blood pressure", "mixed")],
        ),
        ("Sleep was better after one month but no different at three months.", [("sleep", "mixed")]),
        ("Depression scores improved at 8 weeks; at 6 months the groups were similar.", [("depression", "mixed")]),
        # a second outcome's verdict is not the first one's fading
        (
            "Pain improved, but function was no better.",
            [("pain", "improved"), ("function", "no_difference")],
        ),
    ],
)
def test_a_benefit_that_wore_off_is_mixed(text, expected):
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("People who drank the most coffee had a 15% lower risk of type 2 diabetes.", [("type 2 diabetes", None)]),
        ("Children who ate breakfast were less likely to be overweight.", [("overweight", None)]),
        ("Those who walked 7,000 steps a day were less likely to die during follow-up.", [("death", None)]),
        ("Regular sauna users had fewer strokes.", [("strokes", None)]),
        ("Vaping was associated with wheezing in teenagers.", [("wheezing", None)]),
    ],
)
def test_associations_an_observational_study_reports(text, expected):
    assert _run(text, design="cohort") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the exposed people were more likely to report, become, end up needing or be doing
        ("Shift workers were more likely to report back pain at the later surveys.", [("back pain", None)]),
        ("Babies born by caesarean were more likely to become overweight.", [("overweight", None)]),
        ("Heavy drinkers were more likely to end up needing a liver transplant.", [("liver transplant", None)]),
        ("Mothers who gave birth at home were more likely to be breastfeeding at 3 months.", [("breastfeeding", None)]),
        ("Smokers were twice as likely to have a stroke.", [("stroke", None)]),
        ("Women who slept badly were three times as likely to develop diabetes.", [("diabetes", None)]),
        ("Older adults on sleeping pills were more likely to fall.", [("falls", None)]),
        # the admissions themselves are the finding
        ("Residents of the busiest streets were admitted more often for heart attacks.", [("heart attacks", None)]),
        # what defines the exposed group is no finding ("who slept less")
        ("Adults who slept less were more likely to report depressive symptoms.", [("depressive symptoms", None)]),
        ("Teenagers who drank more were more likely to report poor sleep.", [("poor sleep", None)]),
        # no link found is still the outcome that was measured
        ("Death rates were similar in the two sets of hospitals.", [("death rates", None)]),
        ("Hip fractures were no more common among the tablet users.", [("hip fractures", None)]),
        # who the exposed people were, not what befell them
        ("Coffee drinkers were more likely to be men.", []),
        ("Walkers were more likely to be retired.", []),
        ("Night-shift nurses were more likely to report that their sleep suffered.", []),
    ],
)
def test_observational_findings_in_everyday_wordings(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text, "cohort") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Researchers interviewed 30 nurses and carers about night-time checks.", [("night-time checks", None)]),
        (
            "The team held focus groups with 18 parents about what makes bedtime hard, and found that most felt tired.",
            [("what makes bedtime hard", None)],
        ),
        # too long to be the name of a measure
        (
            "We interviewed 12 of you about what it was like to live with the illness and to take part in our trial.",
            [],
        ),
    ],
)
def test_what_a_qualitative_study_s_interviews_were_about(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text, "qualitative") == expected


def test_a_change_left_at_the_end_of_a_name_leaves_it() -> None:
    text = (
        "A study followed 8,755 employees for five years. It found that the chance of a clot roughly tripled in the "
        "weeks after a long flight."
    )
    assert [o.name for s in extract_article(text, "H").studies for o in s.outcomes] == ["clot"]
