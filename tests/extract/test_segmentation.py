import re

import pytest

from pipelines.extract import segmentation
from pipelines.extract.article import extract_article
from pipelines.extract.segmentation import segment_studies
from pipelines.extract.sentences import SentenceIndex
from pipelines.extract.study_mentions import find_study_mentions
from pipelines.model import Citation


def _blocks(text: str, citations: list[Citation] | None = None, body_end: int | None = None):
    index = SentenceIndex(text)
    end = len(text) if body_end is None else body_end
    return segment_studies(text, index, end, citations or [])


def _texts(text: str) -> list[str]:
    return [" ".join(s.text for s in block.sentences) for block in _blocks(text)]


ROUNDUP = """Three studies on sleep and screens

1. Phones at bedtime
A team in Oslo wondered whether phones delay sleep. They randomly assigned 120 students to keep or hand in their phones.
Students without phones slept 20 minutes longer.

2. Blue light glasses
In a randomized trial, 64 office workers wore amber or clear glasses for two weeks.
Sleep quality improved with amber glasses.

3. A national picture
A survey of 5,000 parents found that most children use screens after 9 p.m.

References
Smith J. Phones and sleep. Sleep. 2020;1:1-2.
"""

LINKED = """Tai chi eased knee pain in a trial published last year [1].
Researchers enrolled 204 adults with knee arthritis and randomly assigned them to tai chi or physical therapy.
Both groups improved by week 12.
That trial built on an earlier, smaller study from the same team [2]. In that study, 40 adults were randomized.
Pain fell more with tai chi.
"""

OPINION = """Why I stopped promising miracles

Research has shown that massage helps some people, and some encouraging studies exist.
But one study is not enough, and a bigger trial is needed before anyone makes claims.
Clients deserve honesty.
"""

SINGLE = """Walking helps back pain

For years doctors have guessed. A study published in March followed 700 adults for a year.
The researchers found fewer flare-ups in walkers.
What it means
This was a prospective cohort study, so it cannot prove cause.
Patients who walked also reported better mood.

About the Back Health Society
The society represents 3,000 clinicians since 1990.
"""


def test_roundup_gives_one_block_per_numbered_section():
    texts = _texts(ROUNDUP)
    assert len(texts) == 3
    assert "Oslo" in texts[0] and "120 students" in texts[0]
    assert "64 office workers" in texts[1] and "120" not in texts[1]
    assert "5,000 parents" in texts[2]
    assert "Smith J" not in " ".join(texts)


def test_numbered_heading_and_leadin_move_with_the_study():
    first = _texts(ROUNDUP)[0]
    assert first.startswith("1.")
    assert "Phones at bedtime" in first


def test_earlier_study_introduced_in_passing_gets_its_own_block():
    texts = _texts(LINKED)
    assert len(texts) == 2
    assert "204 adults" in texts[0] and "40 adults" not in texts[0]
    assert texts[1].startswith("That trial built on an earlier")
    assert "40 adults" in texts[1] and "Pain fell more" in texts[1]


def test_a_companion_study_run_alongside_the_trial_gets_its_own_block():
    text = (
        "A trial in 40 schools tested a reading programme. Pupils in 20 schools got it; the rest did not.\n"
        "Reading scores rose in the programme schools.\n"
        "Alongside the trial, the team carried out a qualitative study, interviewing 30 teachers.\n"
        "Teachers said the programme needed more time.\n"
    )
    trial, interviews = _texts(text)
    assert trial.startswith("A trial in 40 schools") and "interviewing" not in trial
    assert interviews.startswith("Alongside the trial") and "more time" in interviews


def test_a_roundup_item_after_a_source_line_may_name_its_study_with_the():
    text = (
        "1. A new injection\n"
        "A large trial tested a new injection in 900 women. Fractures were halved.\n"
        "Source: Okafor C, et al. J Bone Miner Res. 2024.\n"
        "2. Ready for summer?\n"
        "Last month we asked 500 members about hot weather. Most answered our online survey by phone.\n"
        "Few had a plan for heatwaves.\n"
    )
    trial, survey = _texts(text)
    assert "900 women" in trial and "Okafor" not in trial
    assert "our online survey" in survey and "Few had a plan" in survey


def test_a_named_trial_inside_a_section_about_a_cohort_is_another_study():
    text = (
        "A national cohort study used records of 60,000 patients. Those who waited longer were more likely to die.\n"
        "The HASTE trial (Lee et al., 2024) tested that directly. It randomly assigned 2,900 patients.\n"
        "Deaths were the same in both groups.\n"
    )
    cohort, trial = _texts(text)
    assert "60,000" in cohort and "HASTE" not in cohort
    assert trial.startswith("The HASTE trial") and "Deaths were the same" in trial


def test_one_study_called_the_study_and_the_named_trial_stays_one():
    text = (
        "A new study of 300 nurses tested a sleep app. The NAPS trial ran for eight weeks.\n"
        "Nurses who used the app slept longer.\n"
    )
    assert len(_texts(text)) == 1


def test_an_identical_survey_run_earlier_is_another_study():
    text = (
        "A national survey asked 2,000 parents about the vaccine. A third were hesitant.\n"
        "The same team had run an almost identical survey in 2019. In that survey of 1,700 parents, a quarter were.\n"
    )
    latest, earlier = _texts(text)
    assert "2,000" in latest and "1,700" not in latest
    assert earlier.startswith("The same team") and "1,700" in earlier


def test_a_forum_list_item_that_is_only_a_study_name_introduces_it():
    text = (
        "Two papers worth knowing about:\n"
        "1. The big online trial (2023).\n"
        "They recruited 228 adults and randomised them to the app or a waiting list. Distress fell more with the app.\n"
        "2. The 2022 meta-analysis.\n"
        "This pooled 31 randomised trials. The therapy reduced distress.\n"
        "3. The trial also cut costs.\n"
    )
    trial, review = _texts(text)
    assert "228 adults" in trial and "pooled" not in trial
    # "The trial" of item 3 is item 1's trial: the meta-analysis of item 2 is no trial
    assert review.startswith("2. The 2022 meta-analysis.") and "cut costs" in trial


def test_opinion_without_a_specific_study_has_no_block():
    assert _texts(OPINION) == []


def test_single_study_keeps_later_sections_and_drops_boilerplate():
    texts = _texts(SINGLE)
    assert len(texts) == 1
    assert "700 adults" in texts[0]
    assert "prospective cohort study" in texts[0]  # a predicate mention after a heading is the same study
    assert "3,000 clinicians" not in texts[0]
    assert "For years doctors have guessed" not in texts[0]


def test_reference_list_after_body_end_is_ignored():
    text = "A trial randomized 50 adults.\nA second trial randomized 80 children.\nReferences\nA trial of 9 rats."
    body_end = text.index("References")
    blocks = _blocks(text, body_end=body_end)
    assert len(blocks) == 2
    assert all(s.end <= body_end for b in blocks for s in b.sentences)


def test_single_study_single_citation_links_to_it():
    citation = Citation(raw="Doe A. A trial. J Pain. 2020.")
    blocks = _blocks("A trial randomized 50 adults with migraine.\nPain improved.", [citation])
    assert len(blocks) == 1
    assert blocks[0].citation_index == 0


def test_a_second_study_in_a_new_section_without_ordinal_words():
    text = (
        "Yoga for neck pain\nA 2021 study randomly assigned 90 adults to yoga or advice. Yoga helped.\n"
        "Massage for headaches\nA recent study compared massage with rest in 50 nurses. Massage helped.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    assert "Massage for headaches" in texts[1] and "50 nurses" in texts[1]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("A recent study followed 300 miners.", ["new"]),
        # a dated or "more recent" study is told apart from the one under discussion
        ("A 2023 study followed 300 miners.", ["distinct"]),
        ("A more recent review of 40 trials disagreed.", ["distinct"]),
        ("In another, 50 dancers were tested.", ["distinct"]),
        ("Another trial tested music therapy.", ["distinct"]),
        ("That trial grew out of a small pilot study.", ["ref", "distinct"]),
        ("The researchers used the National Health and Nutrition Examination Survey.", []),
        ("This was a retrospective study.", ["predicate"]),
        # "there is" introduces: it has no subject for the noun to describe
        ("There's a meta-analysis from this year that pooled nine trials.", ["new"]),
        ("There was a survey of 800 midwives too.", ["new"]),
        # the outlet's own study beside the one it reports
        ("Our own survey of 1,200 members found the same.", ["new"]),
        ("Our survey shows that, too.", ["ref"]),
        # a charity's survey of its members is research; a reader survey is a feedback form
        ("Last year 900 parents answered our members' survey.", ["ref"]),
        ("Results of our 2024 member survey are below.", ["ref"]),
        ("The study used a registry, a nationwide survey of clinics.", ["ref", "predicate"]),
        ("One study is not enough to prove anything.", []),
        ("What we need now is a larger trial.", []),
        ("The authors say a randomised trial is now needed.", []),
        # a later clause's "is needed" leaves the study it follows alone
        ("A 2023 trial found that yoga helps, but more research is needed.", ["distinct"]),
        ("How would you design a study to test this?", []),
        ("Many studies and two trials have looked at this.", []),
        ("Its pilot showed the approach was feasible.", ["distinct"]),
        # a pilot told apart by size or time, or named as a run, is research too
        ("The results build on a smaller pilot run at the trust.", ["distinct"]),
        ("An earlier pilot enrolled 20 nurses.", ["distinct"]),
        # a person's own pilot, named as research by its design word
        ("Forty-one adults with gout enrolled in her non-randomized pilot.", ["new"]),
        ("Her randomized trial enrolled 80 women.", ["new"]),
        ("The pilot in which 30 wards took part ended early.", ["ref"]),
        # a sentence adverb before the comma is not an appositive
        ("Finally, a meta-analysis pooled 40 cohort studies.", ["new"]),
        ("Separately, a survey of 900 nurses found the same.", ["new"]),
        # a roundup moving to its next item through a predicate
        ("The other paper everyone sends me is a meta-analysis.", ["distinct"]),
        ("The second one was a cohort study of 2,000 twins.", ["distinct"]),
        # a questionnaire sent out is a survey; one filled in is a measure
        ("In a questionnaire sent out by their chamber, most of the 131 pharmacists who answered agreed.", ["new"]),
        ("Patients filled in a questionnaire about their sleep.", []),
        # a quoted name is one modifier; a pilot tried out is research, not someone flying
        ('Last year the centre tried an "arts on prescription" pilot.', ["new"]),
        ("The centre ran a “walk and talk” trial with 40 people.", ["new"]),
        ("The pilot said the landing was smooth.", []),
        # a pilot with people counted in it, or whose people follow "In that pilot,"
        ("A small pilot of the app involved 30 patients.", ["new"]),
        ("In that pilot, 40 pupils were given a lamp.", ["ref"]),
        ("The pilot of the plane carried 30 passengers.", []),
        # research wished for
        ("A randomised trial would be stronger.", []),
        ("A bigger study could settle it.", []),
        # a negation inside a bracket already closed governs nothing after it
        ("The centre (a charity, not a clinic) ran a small trial with 40 people.", ["new"]),
        # an online or opinion poll someone ran is a survey, whoever ran it; the outlet's own is already told
        ("The recruitment site ran an online poll in March.", ["new"]),
        ("An opinion poll for the union found the same.", ["new"]),
        ("Our online poll closed on Friday.", []),
        # the evidence on a question, named before the study that gives it
        ("The best answer so far is a meta-analysis that pooled 33 trials.", ["distinct"]),
        ("But the strongest evidence is a cohort study of 9,000 nurses.", ["distinct"]),
        ("The study is a randomised trial.", ["ref", "predicate"]),
        # headline style leaves the article out
        ("Study finds coffee drinkers live longer", ["new"]),
        ("New Harvard trial shows benefit of naps", ["new"]),
        ("Study 2: naps and memory", ["new"]),
        ("Study participants were older than expected.", []),
        # a footnote number run into the noun, and a study the reader is asked about
        ("The new trial2 tested treated uniforms.", ["ref"]),
        ("So tell us about your study.", ["ref"]),
        # a speaker's team's own study, and one introduced by the size it pooled
        ("Dr Osei presented her group's meta-analysis of sleep apps.", ["new"]),
        ("He described his review, which pooled 14 trials of cold water swimming.", ["new"]),
        ("She said her study showed a benefit.", ["ref"]),
        # publications and posters that report research of their own
        ("A 2023 paper in Thorax followed 900 bakers.", ["distinct"]),
        ("Poster B-12 from a team in Leeds compared two splints.", ["new"]),
        ("The results appear in a paper published in The Lancet.", []),
        ("Put the poster on your fridge.", []),
        # research not done on people
        ("A life-cycle assessment compared the footprints of two nappies.", ["new"]),
        # the noun left out of an ordinal subject
        ("The second is a large randomised trial from Norway.", ["distinct"]),
        ("The first comes from prescription records.", ["distinct"]),
        # administrative reviews and research still being designed
        ("Staff will be consulted before the rota review in May.", []),
        ("The group is now designing a trial of shorter courses.", []),
        # a cohort named without "study", and the biggest study so far
        ("One strong piece of evidence comes from a birth cohort in Leeds.", ["new"]),
        ("The biggest study so far is SLEEPWELL.", ["new"]),
        ("But the best trial found no difference.", ["ref"]),
        # the biggest piece of work the speaker knows of
        ("The biggest piece of work I know of put together 92 randomised trials.", ["new"]),
        # one study singled out of many
        ("One of the most careful single studies was carried out in Leeds.", ["distinct"]),
        ("One of the studies found nothing.", []),
        # what any study of a kind does
        ("But an observational study always has that limitation.", []),
        # everyday senses of the research nouns
        ("Start a free trial today!", []),
        ("The review board approved the plan.", []),
        ("Our annual reader survey is out.", []),
        # a show of hands on social media, without a count
        ("In a poll on our Instagram last year, 71% of you said you roll every week.", []),
        ("In a poll of 2,000 adults, most said they rolled.", ["new"]),
        ("The pilot said the landing was rough.", []),
        ("A total of 64 stroke survivors took part in the pilot.", ["ref"]),
        ("We ran a controlled before-and-after evaluation of the pathway.", ["new"]),
        # an outlet's own survey, dated and counted, is a study of its own; undated and uncounted it is the one told
        ("In our 2024 member survey, 1,020 people told us about their emergency care.", ["new"]),
        # the same team's other study, dated or called earlier and counted where it is named
        ("The trial follows the team's 2024 cohort study of 1,160 women on the drug.", ["ref", "distinct"]),
        ("It builds on the group's earlier survey of 900 nurses.", ["distinct"]),
        # a bracketed appositive says what kind of study the one told is
        ("A study like this (a case-control study) cannot prove that the drinks caused the stones.", ["predicate"]),
        # undated and uncounted, the team's study is the one told
        ("The team's cohort study was funded by the council.", ["ref"]),
        ("Our survey found that readers liked it.", ["ref"]),
        ("Our own 2024 Residents' Health Survey, completed by 1,212 people, found that most were happy.", ["new"]),
        ("An evaluation compared 296 patients on the two pathways.", ["new"]),
        ("The evaluation of the website is ongoing.", []),
        ("Students bought a study guide.", []),
        # a named study is a data source, unless it does the research on a counted group itself
        # what a paper already named holds, and a fact-check's verdict on the study it checked
        ("The paper is real. It describes a double-blind randomised trial led by Dr Claes.", ["predicate"]),
        ("The results of the trials were pooled in a meta-analysis.", ["predicate"]),
        ("The video uses a genuine study but exaggerates its result.", ["ref"]),
        ("This was the one we liked best, because it was an actual experiment.", ["predicate"]),
        # a group set against another in the same study is no comparison with another study
        ("Night nurses slept worse than day staff in a survey of 2,140 nurses.", ["new"]),
        ("Rates were higher than 12% in a 2019 survey.", []),
        ("Researchers used data from the National Health and Aging Trends Study.", []),
        ("The Framingham Heart Study followed 5,209 adults for decades.", ["ref"]),
        ("The Lakeside Food and Health Study followed 23,114 adults for 11 years.", ["ref"]),
        ("This registry cohort followed 52,416 children for five years.", ["ref"]),
        ("", []),
    ],
)
def test_study_mentions(sentence, kinds):
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


@pytest.mark.parametrize(
    "text",
    ["", "\n\n\n", "1.\n2.\n3.", "References", "?!.", "A study" * 50, "Study trial review survey.\n" * 20],
)
def test_never_raises_and_spans_stay_inside(text):
    for block in _blocks(text):
        for s in block.sentences:
            assert 0 <= s.start < s.end <= len(text)


def test_a_numbered_item_named_by_what_was_done_is_a_study_of_its_own():
    # after a reference line closes the first item, the second names no study, only what was done in it
    text = (
        "1. A big review\nA systematic review gathered 31 trials of pain education. Pain barely changed.\n"
        "Reference: Hendricks L. Pain education: a systematic review. Physiother Theory Pract. 2025;41:1822-40.\n"
        "2. A course run here\nOur partner clinic has run a group programme for three years. Its physiotherapist wrote"
        " up the 2024 groups. Sixty-four adults with chronic pain started the programme. Fifty-one finished all the"
        " sessions. Everyone filled in questionnaires on the first day and three months later. There was no comparison"
        " group, so we cannot be sure the course caused the change.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    assert texts[1].startswith("2. A course run here") and "Sixty-four adults" in texts[1]


def test_the_outlets_own_questionnaire_under_a_heading_is_a_study_of_its_own():
    text = (
        "Iron every other day\nIn a trial, 150 women were randomly assigned to daily or alternate-day iron. Side"
        " effects were less common every other day.\nWhat you told us\nThank you to the 1,832 Care Card members who"
        " answered our online questionnaire in February. Nearly half take a supplement every day.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and texts[1].startswith("What you told us")


def test_sections_after_a_long_reference_line_start_their_own_studies():
    # a bulletin: each section tells one study; the reference line closes the first
    text = (
        "WARM CLOTHS\nIn a randomised trial, 808 women took part. Fewer women in the warm-cloth group had a severe"
        " tear.\nReference: Morea, J., Tau, P. and Ainui, R. (2026) 'Warm perineal compresses during the second stage"
        " of labour and severe perineal trauma in first births: a randomised trial in Papua New Guinea', Women and"
        " Birth, 39(3), 101876. Available at: https://doi.org/10.5555/wombi.2026.101876\n"
        "SKIN-TO-SKIN\nOur records team looked at 5,306 first-time mothers who gave birth here. Mothers who had"
        " skin-to-skin early were more likely to be breastfeeding at six weeks.\n"
        "DADS IN THE BIRTH ROOM\nUntil recently, fathers waited outside. Our social work team held in-depth interviews"
        " with 18 fathers who stayed with their partner.\n"
    )
    texts = _texts(text)
    assert len(texts) == 3
    assert "5,306" in texts[1] and "18 fathers" in texts[2] and "18 fathers" not in texts[1]


def test_the_outlets_own_course_after_a_published_study_is_a_study_of_its_own():
    # the cohort before it gave no exact count, but named its paper
    text = (
        "STAYING ACTIVE\nResearchers followed nearly 400 people for five years. The most active had less cancer"
        " come back. The study was published in the journal Cancers in June.\nOUR OWN MINDFULNESS COURSE\nLast spring"
        " we ran our first course. Forty-three people signed up for six weekly sessions of 90 minutes. There was no"
        " comparison group.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and "Forty-three people" in texts[1]


def test_interviews_with_some_of_the_outlets_own_people_under_a_heading_are_a_study():
    text = (
        "A big review\nA meta-analysis pooled 42 randomised trials with 9,780 participants. Lay therapy reduced"
        " depression.\nWhat our own volunteers told us\nOur evaluation team held in-depth interviews with 26 of our"
        " volunteer counsellors about what helps.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and "26 of our volunteer counsellors" in texts[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to research from the University of Otago involving 2,140 adults, coffee drinkers had fewer"
        " heart rhythm problems.",
        "Data from 11,000 American children suggest that more screen time goes with poorer sleep.",
        "A Japanese team tracked 4,800 office workers for five years.",
        "Work presented at a dental congress last week showed that 88 volunteers who rinsed daily had less plaque.",
        "An analysis of hospital records for 45,000 people living near airports linked night flights to admissions.",
    ],
)
def test_research_told_without_a_study_noun_starts_a_study(sentence):
    assert len(_texts("Health news\n" + sentence + "\n")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Research shows 1 in 4 adults sleep badly.",
        "Data on 6 million adults show that obesity is rising.",
    ],
)
def test_shares_and_population_figures_start_no_study(sentence):
    assert _texts("Health news\n" + sentence + "\n") == []


def test_a_lede_and_the_account_under_its_heading_are_one_study():
    # the people screened under the heading are the same study's, whose enrolled count follows
    text = (
        "Women who take a lower dose do as well, according to a trial led by dermatologists in Split.\n"
        "Three groups, one question\nThe team screened 412 women at three clinics. In total, 285 women were enrolled"
        " and split by chance into three groups.\n"
    )
    assert len(_texts(text)) == 1


def test_ordinal_reference_introduces_then_returns_to_a_study():
    text = (
        "Two trials disagree.\n"
        "In the first trial, researchers randomly assigned 70 women to acupuncture or nothing. Flashes fell.\n"
        "The second trial, run in Perth, enrolled 327 women and found no difference.\n"
        "Critics of the first trial note that it had no sham arm.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    assert "70 women" in texts[0] and "no sham arm" in texts[0]
    assert "327 women" in texts[1] and "no sham arm" not in texts[1]


def test_about_the_study_heading_does_not_close_the_study():
    text = "A trial enrolled 90 cyclists with knee pain.\nAbout the study\nThe trial was double-blind, 8 weeks long.\n"
    texts = _texts(text)
    assert len(texts) == 1
    assert "double-blind" in texts[0]


def test_named_research_team_starts_a_study_without_a_study_noun():
    text = "Walk more.\nResearchers at Lakeside University found that 2,000 walkers slept better.\nSleep matters."
    texts = _texts(text)
    assert len(texts) == 1 and "2,000 walkers" in texts[0]


def test_study_numbered_headings_split_a_roundup():
    text = (
        "Study 1: naps and memory\nResearchers randomized 40 students to nap or not. Nappers recalled more words.\n"
        "Study 2: naps and mood\nA trial with 60 nurses found naps lifted mood.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    assert "40 students" in texts[0] and "60 nurses" in texts[1]


def test_reference_entries_left_in_the_body_start_no_study():
    text = (
        "Tai chi may help.\nReferences\n"
        "Wang C, Schmid CH. A randomized trial of tai chi for fibromyalgia. N Engl J Med. 2010;363(8):743-54.\n"
        "Doe J. (2019). A survey of runners. J Run, 4(2):1-9.\n"
    )
    assert _texts(text) == []


def test_markdown_numbered_headings_and_numbered_findings():
    text = (
        "## 1. Yoga and sleep\nA trial randomized 80 adults to yoga or waiting. Yoga helped.\n"
        "1. Sleep improved by week 4.\n2. Researchers randomly assigned nobody else.\n"
        "## 2. Tai chi and balance\nA trial randomized 120 seniors to tai chi or stretching. Falls dropped.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    assert "Sleep improved" in texts[0] and "80 adults" in texts[0]
    assert "120 seniors" in texts[1] and texts[1].startswith("## 2.")


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # research not done yet introduces nothing
        ("A larger trial in 4,000 bakers is under way.", []),
        ("A follow-up study will report next spring.", []),
        ("The team is now planning a randomised trial in ten towns.", []),
        # a figure borrowed from another study for comparison
        ("Some 40% were anxious, up from 25% in a similar survey in 2015.", []),
        ("That is higher than the 12% seen in a previous trial.", []),
        ("A trial in 2019 found that naps help.", ["new"]),
        # an analysis told apart by when it was done is another study; "analysis of the data" is not
        ("That echoes an earlier analysis that pooled five trials of zinc.", ["distinct"]),
        ("An analysis published last year that pooled eight screening trials found the same.", ["distinct"]),
        # the name a design goes by describes the study already told
        ("It was what scientists call an open-label study.", ["predicate"]),
        ("A 2019 analysis of six cohorts found the same.", ["distinct"]),
        ("An analysis of the data showed no harm.", []),
        # a care appointment called a review is not research
        ("The usual-care group had an occasional review with a nurse.", []),
        ("Everyone kept a regular medication review at the surgery.", []),
    ],
)
def test_mentions_of_research_not_reported(sentence, kinds):
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_headline_and_body_introducing_the_same_study_give_one_block():
    text = (
        "Do naps help memory? A new review weighs 30 years of trials\n\n"
        "Many people swear by an afternoon nap.\n\n"
        "A new systematic review of 18 trials found that short naps improved recall in adults."
        " The authors pooled the results."
    )
    blocks = _texts(text)
    assert len(blocks) == 1 and "18 trials" in blocks[0]


def test_reference_printed_after_a_section_links_that_section():
    text = (
        "1. Walking and mood\n\nA trial in Oslo enrolled 80 walkers and mood improved.\n\n"
        "Reference: Berg T. Walking and mood: a trial. Scand J Psychol. 2020;61(2):100-8.\n\n"
        "2. Tea and sleep\n\nA cohort study followed 3,000 tea drinkers and found no sleep change.\n\n"
        "Reference: Ito K. Tea and sleep: a cohort study. Sleep Med. 2021;80:10-7.\n\n"
        "3. A poll\n\nA national survey asked 500 commuters about walking and mood, and most were happier."
    )
    first = text.index("Reference: Berg")
    second = text.index("Reference: Ito")
    citations = [
        Citation(raw="a", first_author="Berg", year=2020, evidence=_evidence(text, first)),
        Citation(raw="b", first_author="Ito", year=2021, evidence=_evidence(text, second)),
    ]
    blocks = _blocks(text, citations)
    # the third study shares title words with the first reference, which already belongs to the first study
    assert [b.citation_index for b in blocks] == [0, 1, None]


def _evidence(text: str, start: int):
    from pipelines.model import Evidence

    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return Evidence(start=start, end=end, sentence=text[start:end])


@pytest.mark.parametrize(
    "sentence",
    [
        "The surgeons have published the results for all 23 consecutive patients treated since 2015.",
        "Doctors in Temuco have published the results of every patient with hantavirus who was connected to ECMO.",
        "The unit described a series of nine children who had the new valve fitted.",
    ],
)
def test_case_series_without_a_study_noun_starts_a_study(sentence):
    text = "Hip pain is common.\n" + sentence + "\nMost reported less pain a year later."
    texts = _texts(text)
    assert len(texts) == 1 and sentence in texts[0]


def test_numbered_heading_after_a_study_mentioned_in_passing_opens_the_next_item():
    text = """Three studies on naps

1. Naps at work
In a randomized trial, 80 nurses napped or rested during night shifts, building on an earlier pilot study.
Nurses who napped made fewer errors.

2. Naps at school
A study of 300 pupils found that a 20-minute nap improved reading.
"""
    blocks = _texts(text)
    assert len(blocks) == 2
    assert "300 pupils" in blocks[-1] and "300 pupils" not in blocks[0]


def test_a_predicate_under_a_numbered_heading_does_not_swallow_the_next_study():
    text = """Two studies on tea

1. The big cohort
Researchers followed 9,000 adults for ten years. Tea drinkers lived longer.

2. The experiment
This is the one we liked best, because it was an actual experiment.
In a randomised trial, 60 adults drank tea or water for two weeks.
Blood pressure fell with tea.
"""
    blocks = _texts(text)
    assert len(blocks) == 2
    assert "60 adults" in blocks[1] and "60 adults" not in blocks[0]


def test_numbered_section_titles_naming_a_study_open_it():
    text = """Respite for carers: what the research says

1. The interview study: "You feel guilty the whole time"
This was a qualitative study of 24 carers. The main themes were guilt and exhaustion.

2. The coping programme trial
This was a randomised controlled trial of a coping programme in 260 carers.
Carers in the programme reported less anxiety.
"""
    blocks = _texts(text)
    assert len(blocks) == 2
    assert "24 carers" in blocks[0] and "260 carers" in blocks[1]


def test_a_new_study_of_another_kind_after_a_randomised_trial_is_another_study():
    text = (
        "Headsets calmed children at the dentist, a study found. It involved 212 children aged 4 to 11. "
        "A computer decided, at random, which group each child joined. Distress scores were lower with headsets.\n"
        "A survey of 1,150 parents found that one in three children is scared of the dentist.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    assert texts[1].startswith("A survey of 1,150 parents")


def test_a_new_study_of_the_same_kind_stays_with_the_trial():
    text = (
        "In a randomised trial, 300 adults took tablets or dummy pills for a year. "
        "A trial like this one is rare, said the lead author. Fewer people had colds on the tablets.\n"
    )
    assert len(_texts(text)) == 1


def test_a_study_introduced_by_its_ordinal_is_not_an_aside():
    """ "The second study, the HANDS-ON trial" opens the article's next study; the findings under the heading that
    follows are that study's, not the first one's."""
    text = (
        "Two new studies looked at hand eczema.\n"
        "The first, a cross-sectional study, asked 2,903 apprentices about their skin. Almost half had eczema.\n"
        "The second study, the GLOVE-UP trial, tested a workshop. Sixty salons were randomly split into two groups.\n"
        "What they found\n"
        "Eczema was less common after a year in the workshop salons.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    assert "less common after a year" in texts[1]


def test_we_recruited_starts_the_interviewed_researchers_study():
    text = (
        "HOST: So what did you do?\n"
        "GUEST: We recruited 180 adults who had insomnia. Half of them got a heavy blanket.\n"
    )
    texts = _texts(text)
    assert len(texts) == 1 and texts[0].startswith("GUEST: We recruited 180 adults")


def test_a_paragraph_ending_with_a_link_to_its_paper_still_introduces_a_study():
    text = (
        "A trial of 400 smokers found that text reminders helped. They were randomly assigned to texts or leaflets.\n\n"
        "Keeping people in touch matters. An earlier study of national records followed 9,800 people who quit "
        "smoking and tracked them for three years. Those who kept in touch with services relapsed less often "
        "(read the earlier study: https://doi.org/10.5555/abc.2022.1).\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    assert texts[1].startswith("Keeping people in touch matters.") or texts[1].startswith("An earlier study")


def test_keycap_and_lettered_items_number_a_roundup():
    text = (
        "1\ufe0f\u20e3 Screens and sleep\nA review combined 20 experiments on screens at night.\n"
        "2\ufe0f\u20e3 Taking a break\nResearchers took 120 students and randomly split them into two groups.\n"
        "a) The PAUSE trial.\n80 nurses were randomly allocated to breaks or none.\n"
        "b) The union's members' survey.\n3,000 nurses answered the survey in spring.\n"
    )
    texts = _texts(text)
    assert len(texts) == 4
    assert "120 students" in texts[1] and "3,000 nurses" in texts[3]


def test_a_survey_run_by_someone_else_after_a_trial_is_another_study():
    text = (
        "In the trial, 300 teenagers were randomly assigned to the jab or a placebo. Weight fell on the jab.\n"
        "A bank, which surveyed 120 paediatricians in May, said most would prescribe it.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and texts[1].startswith("A bank, which surveyed")


def test_interviews_run_alongside_a_trial_are_another_study():
    text = (
        "A smaller study tested a glove at home. 12 people used it for a month. Grip did not change.\n"
        "What users said\n"
        "Alongside the glove study, researchers interviewed 20 users about the device. Most liked it.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and "Alongside the glove study" in texts[1] and "20 users" not in texts[0]


def test_the_trial_after_a_survey_quoted_in_its_story_returns_to_it():
    text = (
        "What a new trial tells us about teenage acne\n"
        "My sister sent me a new trial of a cream for acne, so I read it.\n"
        "How common is acne?\n"
        "A national survey of 2,100 pupils found that one in four had acne. Few had seen a doctor.\n"
        "The trial\n"
        "The new study recruited 140 teenagers. Half used the cream and half a dummy cream.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    assert "2,100 pupils" in texts[1] and "140 teenagers" in texts[0]


def test_a_team_named_by_its_place_after_a_study_with_its_own_sample_is_another_study():
    text = (
        "A study in six countries took 300 pregnant women with a recent infection and compared them with others.\n"
        "Eating raw meat was the main risk.\nNow for the dog owners.\n"
        "Researchers in Scotland kept track of 2,104 people aged over 65 for seven years. Dog owners walked more.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and texts[1].startswith("Researchers in Scotland")


def test_a_lede_then_its_researchers_stay_one_study():
    text = (
        "Older adults who got the vaccine were less likely to get dementia, according to a large study.\n"
        "Researchers in Canada analyzed the records of 284,903 people aged 65 and older.\n"
    )
    assert len(_texts(text)) == 1


def test_numbered_items_and_questions_introduce_the_next_study():
    text = (
        "1. The main reason is a trial across 40 care homes. Homes were randomly allocated to a cream or not.\n"
        "2. A team at a university in York looked back through the records of 3,480 residents. Tears preceded falls.\n"
        "Can stockings help? A meta-analysis pooled 12 trials of stockings on long flights.\n"
    )
    texts = _texts(text)
    assert len(texts) == 3
    assert texts[1].startswith("2. A team") and "pooled 12" in texts[2] and "pooled 12" not in texts[1]


def test_a_case_series_written_up_then_a_review_then_a_trial_that_recruited():
    text = (
        "A sports doctor wrote up fourteen rowers with rib fractures. Most were back within 3 to 14 weeks.\n"
        "What raises the risk?\nA review found eleven studies that met its standards.\n"
        "Can strength work prevent it?\nA coaching group recruited 22 crews (176 rowers in total) from local clubs. "
        "The crews were picked out of a hat. Injuries were 3 against 7.\n"
    )
    texts = _texts(text)
    assert len(texts) == 3 and "176 rowers" in texts[2]


def test_a_trial_after_a_case_series_that_gave_its_sample_is_another_study():
    text = (
        "The clinic has published results for 57 children who came for therapy blocks. Most improved.\n"
        "Then there's a proper randomised trial from the Netherlands. Thirty-six children were split at random.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and texts[1].startswith("Then there's a proper randomised trial")


def test_a_recipe_card_after_the_evidence_is_not_the_study():
    text = (
        "A meta-analysis pooled 14 trials of fermented milk. Blood pressure fell by 3 points.\n"
        "Ingredients\n- 1 large cabbage\nInstructions\n1. Leave for 2 hours, turning every 30 minutes.\n"
    )
    [block] = _texts(text)
    assert "2 hours" not in block


def test_teams_introduced_one_after_another_are_separate_studies():
    text = (
        "Researchers in the north of England put thermometers in the bedrooms of 3,827 people aged 60 and over. "
        "Cold bedrooms went with more strokes.\n"
        "Researchers compared 1,048 patients whose homes were upgraded with 1,052 similar patients. "
        "The upgraded group made fewer GP visits.\n"
        "A team led by Dr Ines Carr looked at 612 people aged 65 and over admitted with hypothermia.\n"
    )
    texts = _texts(text)
    assert len(texts) == 3 and texts[1].startswith("Researchers compared") and texts[2].startswith("A team led")


def test_a_population_figure_is_not_a_study_sample():
    text = (
        "What a new trial found\nAbout 6 million adults in the UK still smoke. A trial published this year gives "
        "answers.\nWhat did the trial do?\nResearchers recruited 1,246 adults who smoked. Half were given a vape.\n"
    )
    assert len(_texts(text)) == 1


def test_a_headline_study_that_gave_its_sample_does_not_swallow_the_next_one():
    text = (
        "THE RESET TRIAL\n62 practices were randomly allocated to a soup diet or usual care. 412 adults took part.\n"
        "TIMING MATTERS\nA study that followed 41,238 people on a register for 5 years found earlier was better.\n"
        "WHAT IS IT LIKE?\nResearchers sat down with 21 people who had done the diet and let them talk.\n"
    )
    texts = _texts(text)
    assert len(texts) == 3 and "41,238" in texts[1] and "21 people" in texts[2]


def test_a_case_series_written_up_after_a_trial_is_another_study():
    text = (
        "Three hundred and eighty patients were randomly split into two groups. The music group had less pain.\n"
        "She wrote up nine patients who had lost some speech after a stroke and joined a choir. All nine improved.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and texts[1].startswith("She wrote up nine patients")


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("The most useful study I know recruited eighty adults who snored.", ["new"]),
        ("The best trial I have seen put 64 nurses on a new rota.", ["new"]),
        ("The most careful study was small.", ["ref"]),
        ("Most good studies agree on this.", []),
        ("A questionnaire filled in by 2,310 allotment holders asked about back pain.", ["new"]),
        ("The questionnaire was long.", []),
        ("The nurse who checked everyone at the trial visits did not know the groups.", []),
    ],
)
def test_superlatives_questionnaires_and_visits(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_a_team_placed_somewhere_opens_the_first_study():
    text = (
        "Does caffeine help on night shifts?\n\n"
        "A team in Turku put forty-two volunteers through two night shifts in a sleep lab. They drank coffee on one "
        "night and decaf on the other, in an order drawn by lot. They found alertness was better after coffee.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 1 and "forty-two volunteers" in blocks[0]


def test_a_counted_action_under_a_question_subhead_opens_another_study():
    text = (
        "A randomised trial gave 90 adults a hard or a soft splint. The hard splint eased morning jaw ache.\n\n"
        "Can grinding crack a tooth?\n\n"
        "Sadly, yes. A hospital clinic in Cardiff described 23 patients seen over nine years, all heavy grinders.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "23 patients" in blocks[1] and "90 adults" in blocks[0]


def test_staff_counts_give_a_headline_study_its_own_sample():
    text = (
        "The insole trial\n\n"
        "Sixty-one staff got gel insoles and 59 got foam ones, 120 staff in total. Foot pain eased with gel.\n\n"
        "Does standing matter?\n\n"
        "A Danish study examined 2,306 warehouse workers once and linked standing with foot pain.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "2,306" in blocks[1]


def test_a_team_as_subject_with_its_counted_group_opens_another_study():
    text = (
        "A big trial randomly put 1,180 people with hay fever on one of three sprays. The combination did best.\n\n"
        "Technique matters more than brand, though. One team filmed 150 people using their own spray at a counter. "
        "Only 11 of them got every step right.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "150 people" in blocks[1]


def test_counted_groups_under_question_subheads_open_studies_but_results_do_not():
    text = (
        "In the FLOW trial, 162 patients were randomised to stimulation or a sham. Fewer needed a feeding tube.\n\n"
        "Does a tongue workout help later on?\n\n"
        "Nineteen people who had had a stroke years before squeezed a bulb daily for 8 weeks. Strength rose.\n\n"
        "What do families think?\n\n"
        "Dr Ana Ruiz talked at length with 24 family carers about thickened drinks. Most disliked them.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 3 and "Nineteen people" in blocks[1] and "24 family carers" in blocks[2]
    results = (
        "In the FLOW trial, 162 patients were randomised to stimulation or a sham.\n\n"
        "What did it find?\n\n"
        "33 of the 162 patients no longer needed a tube at 3 months.\n"
    )
    assert len(_texts(results)) == 1


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("A study like this shows a link, not a cause.", []),
        ("Book a medication review with your pharmacist.", []),
        ("A study of 900 bakers found more asthma.", ["new"]),
    ],
)
def test_generic_and_imperative_mentions(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_focus_groups_under_a_question_after_a_counted_study_open_another():
    text = (
        "What happens to people who fast?\n\n"
        "An international study recorded the health of 3,250 Muslims with diabetes who fasted, and found hypos.\n\n"
        "Why do people fast against advice? Focus groups with 33 women who use insulin found that many felt "
        "fasting mattered more than the risk.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "33 women" in blocks[1]


def test_a_named_teams_counted_study_after_a_review_is_another_study_but_the_reviews_own_people_are_not():
    text = (
        "A review that pooled 26 studies of road noise found heart disease was more common in louder homes.\n"
        "Professor Tom Wiel's team reported last spring on forty-two volunteers who slept with recorded noise; "
        "their blood pressure was 5 points higher.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "forty-two volunteers" in blocks[1]
    pooled = (
        "A systematic review searched databases up to 2024. The authors identified eleven trials, involving 1,487 "
        "infants with colic, and found less crying.\n"
    )
    assert len(_texts(pooled)) == 1


def test_a_trial_a_survey_and_a_case_series_are_three_studies():
    text = (
        "In the study, women aged 35 to 65 were picked at random to use a real or a dummy mask. "
        "Ninety-six women took part. Fine lines looked smoother at 8 weeks.\n\n"
        "ONE IN SIX OWN ONE\n\n"
        "A survey of 2,000 UK adults found one in six now own a device.\n\n"
        "Eye doctors at the Royal Eye Hospital described nine patients who came to their clinic with sore eyes.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 3 and "2,000" in blocks[1] and "nine patients" in blocks[2]


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("A poll of 2,000 adults for a retailer found one in six own a mask.", ["new"]),
        ("Turnout at the poll was low.", []),
        ("A poll by the union found anger.", []),
    ],
)
def test_a_poll_of_counted_people_is_a_study(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_a_study_introduced_by_its_name_and_enrolment_after_another_is_another_study():
    text = (
        "In a small study, Dr Reed gave every sepsis patient the cocktail. Forty-seven got it and forty-seven were in "
        "the earlier group, so 94 patients in all. Deaths dropped sharply.\n\n"
        "So people did proper trials. The largest was VICTORY-S, which enrolled 872 adults with sepsis in 35 "
        "hospitals. Deaths were no lower with vitamin C.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "VICTORY-S" in blocks[1]
    same = (
        "The VICTORY-S trial tested vitamin C in sepsis. In the end VICTORY-S, which enrolled 872 adults, found no "
        "benefit.\n"
    )
    assert len(_texts(same)) == 1


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("This winter we need to raise £180,000 to fund the next stage: a trial of weight training for legs.", []),
        ("Your gift could help us fund a trial of home visits.", []),
    ],
)
def test_research_an_appeal_asks_money_for_is_not_a_study(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_the_outlets_own_work_after_another_study_is_another_study():
    text = (
        "A second study compared 140 women who developed swelling with 280 who did not - 420 women in all. "
        "Weight gain was linked to swelling.\n\n"
        "And in our own nurse-led clinic, we followed 58 people who were fitted with new sleeves. Most had less "
        "swelling after 6 months.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "58 people" in blocks[1]


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        # the study under discussion set beside, or grown from, another one: "the"/"our" names that other study
        ("The figures fit broadly with the large trial that got the drug approved.", ["distinct"]),
        ("These results are consistent with the national survey.", ["distinct"]),
        ("The project grew out of our feasibility study in 2021.", ["distinct"]),
        ("It builds on their earlier trial of the same patch.", ["distinct"]),
        # but the same study's own hypothesis, or a plain back-reference, stays the same study
        ("The results were in line with the study's hypothesis.", ["ref"]),
        ("The trial ran in 12 clinics.", ["ref"]),
    ],
)
def test_a_study_set_beside_the_one_discussed_is_another(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_interviews_that_mention_the_trial_only_as_their_topic_are_another_study():
    text = (
        "WHAT WE FOUND\n"
        "In total 300 patients joined the trial. A computer decided at random who got the new cream. "
        "Itching eased more with the new cream.\n\n"
        "WHAT YOU TOLD US\n"
        "We also interviewed 20 of you about what it was like to take part in the trial. "
        "Most said the diary was easy.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "interviewed 20" in blocks[1]


def test_an_earlier_trial_set_beside_a_preprint_is_another_study():
    text = (
        "The study, not yet peer reviewed, compared 900 children who tested positive with 1,800 who tested "
        "negative (the controls).\n\n"
        "Earlier work\n"
        "The findings agree with the multinational trial that led to approval. That study randomly assigned "
        "5,000 adults to the vaccine or a dummy jab.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "5,000 adults" in blocks[1] and "900 children" in blocks[0]


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("Earlier in the day, an oral presentation (OR-27) looked at the same question.", ["distinct"]),
        ("An abstract (P-114) compared two kinds of dressing.", ["new"]),
        ("Her presentation was clear and well received.", []),
    ],
)
def test_congress_talks_and_abstracts_are_studies(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_a_new_study_after_a_heading_that_closed_a_study_mentioned_in_passing():
    text = (
        "A small crossover trial found that cooler fluid eased fatigue in 40 adults.\n\n"
        "Registry data\n"
        "Earlier, an oral presentation (OR-2) followed 9,000 patients for three years. Deaths did not differ.\n\n"
        "Bikes on the ward\n"
        "In a late session, a pilot study randomly allocated eight units to exercise bikes or usual care. "
        "In total, 96 patients took part.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 3 and "96 patients" in blocks[2] and "9,000" in blocks[1]


def test_a_control_group_alongside_the_arms_is_the_same_study():
    text = (
        "A 2023 study looked at baby massage for eczema.\n"
        "In a randomised controlled trial, 66 infants with eczema were split into two groups, alongside a healthy "
        "control group. Eczema eased with massage.\n"
    )
    assert len(_texts(text)) == 1


def test_a_placed_team_comparing_people_starts_a_study_before_its_count():
    text = (
        "Sleeping in lenses is the big risk.\n"
        "Researchers at a Dublin eye hospital compared wearers who came in with an infection with wearers who had "
        "none. They questioned 90 people with the infection and 180 without.\n\n"
        "An online survey of 800 wearers found most slept in their lenses.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "Dublin" in blocks[0] and "800 wearers" in blocks[1]


def test_the_study_with_its_own_paper_is_another_study():
    text = (
        "I point to the LARK study, published in the BMJ in 2023 and led by Professor Ann Hale. Her team followed "
        "4,000 children for five years. Decay fell.\n"
        "Is he aware of the study in his own county, reported in Caries Research in 2021 by Dr Omar Voss, in which "
        "dentists examined 900 ten-year-olds?\n"
    )
    index = SentenceIndex(text)
    from pipelines.extract.citations import extract_citations

    found = extract_citations(text, index)
    assert [c.first_author for c in found.citations] == ["Hale", "Voss"]
    blocks = segment_studies(text, index, len(text), found.citations)
    assert len(blocks) == 2 and "900 ten-year-olds" in blocks[1].sentences[0].text


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        # a question about one published study is no rhetorical question
        ("Has she read the trial published in Thorax in 2019 by Dr Kemp?", ["ref"]),
        ("Does the trial prove anything?", []),
    ],
)
def test_questions_about_a_published_study(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_enumerated_pieces_of_evidence_and_references_back_by_their_qualifier():
    text = (
        "The company said its claims rested on three pieces of evidence.\n"
        "First, it supplied a report of its own consumer trial. 90 buyers wore the insoles for a month. Pain fell.\n"
        "Second, it supplied a laboratory report showing the gel absorbed shocks.\n"
        "Third, it cited a published randomised trial of gel insoles.\n"
        "Assessment\n"
        "We noted that the consumer trial had no control group.\n"
        "We read the published trial. It found no difference in pain.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 3
    assert "no control group" in blocks[0] and "laboratory report" in blocks[1]
    assert "no difference in pain" in blocks[2]


def test_a_named_trial_under_a_heading_after_an_earlier_counted_study_is_another():
    text = (
        "Why was this needed?\n"
        "An earlier study by the same team measured the protection 412 workers got from their earplugs.\n\n"
        "What did this study do?\n"
        "The FIT-EAR trial took place in 36 workplaces. In total, 1,204 workers took part.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "FIT-EAR" in blocks[1]


def test_an_outlets_readers_are_no_studys_sample():
    text = (
        "Olive oil and your heart: the big diet trial, explained\n"
        "Welcome to the 212 new readers who joined last month!\n\n"
        "The trial in a nutshell\n"
        "The OLIVA trial, published in The Lancet in 2019, followed 7,400 adults.\n"
    )
    assert len(_texts(text)) == 1


def test_the_trial_a_survey_author_walks_through_is_another_study():
    text = (
        "In 2019 she surveyed 1,007 parents in two emergency departments about fever.\n"
        "She walks through the trial that changed practice, run by Dr Omar Kane. In it, 174 children with fever "
        "were randomly assigned to paracetamol or ibuprofen.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "174 children" in blocks[1]


def test_a_numbered_trial_heading_after_an_interview_study_is_no_aside():
    text = (
        "1. The interview study\n"
        "Researchers interviewed 26 carers. This was a qualitative study.\n\n"
        "2. The coping trial\n"
        "This was a randomised controlled trial. It included 318 carers.\n\n"
        "Carers were followed up at 6 and 12 months.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "followed up" in blocks[1]


def test_a_clinics_own_treated_patients_after_a_review_are_another_study():
    text = (
        "A 2025 meta-analysis pooled 18 studies with 1,138 patients. Results were similar.\n\n"
        "Our own results\n"
        "We audit every course we provide. Between January and December 2025 we treated 47 patients for scars.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "47 patients" in blocks[1]


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        # a study told apart by when it was published, like "a 2003 study"
        ("In a study published in the BMJ in 2003, she followed 1,290 people.", ["distinct"]),
        ("A trial reported in 2019 found the same.", ["distinct"]),
        ("A study published recently found the same.", ["new"]),
        # the news the article reports is no other study
        ("Walkers did better, according to a UK trial published this month in The BMJ.", ["new"]),
    ],
)
def test_a_study_dated_by_its_publication_is_told_apart(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_a_retracted_trial_and_the_review_that_pooled_it():
    text = (
        "Toddler drops trial retracted, and the review that leaned on it is corrected\n"
        "A widely cited trial of probiotic drops has been retracted. The trial enrolled 240 toddlers.\n\n"
        "The knock-on correction\n"
        "The trial had been one of 12 trials included in a 2024 meta-analysis. At the time, that review reported a "
        "benefit. Without the retracted trial, the benefit shrank. The review's finding on side effects was "
        "unchanged.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2
    assert "240 toddlers" in blocks[0] and "Without the retracted trial" in blocks[1]
    assert "side effects" in blocks[1]


def test_a_heading_naming_research_of_a_new_kind_opens_it_but_a_contents_line_does_not():
    text = (
        "Our interval trial reports\n"
        "In the GAPS trial, 18,942 donors were randomly allocated to a shorter or standard gap.\n\n"
        "Your donor survey results\n"
        "Thank you to the 9,130 donors who completed our survey last autumn.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "9,130" in blocks[1]
    contents = (
        "A new trial of diet in kidney disease, and a big Danish study.\n"
        "03:40 The GREENPLATE trial\n"
        "11:30 The Danish registry study\n"
        "So, the GREENPLATE trial recruited 240 adults.\n"
    )
    assert len(_texts(contents)) == 1


def test_clinicians_reading_their_charts_and_a_study_dated_last_fall_are_two_studies():
    text = (
        "Doctors at Mercy Medical Center went back through the charts of every player treated over two years and "
        "counted 212 patients. A third had broken a bone.\n"
        "Nationally, the picture is similar. A study published last fall in the Journal of Emergency Medicine "
        "analyzed 3,118 visits. It estimated that 86,000 people went to an ER in 2024.\n\n"
        "CAN A WARM-UP HELP?\n"
        "At the Sunland Senior Center, 299 regular players took part in a 16-week program.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 3 and "212 patients" in blocks[0] and "3,118" in blocks[1] and "299" in blocks[2]


def test_separately_introduces_another_study():
    text = (
        "In the pilot trial, 64 adults were randomly assigned to a card block or counselling alone.\n"
        "Separately, writing in the journal Addiction, Dr Sean Brophy and colleagues analysed data from 23,918 "
        "online customers of a bookmaker, following each one for 18 months.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "23,918" in blocks[1]


def test_a_standfirst_in_headline_style_and_the_body_are_one_study():
    text = (
        "Mosquito releases cut dengue cases: Study\n"
        "Trial across 30 clusters of estates adds weight to a roll-out, but experts warn against complacency\n"
        "Published Jul 21, 2026, 05:00 AM\n"
        "SINGAPORE - Releasing mosquitoes cut dengue cases, according to a study. The clusters were home to "
        "618,437 residents.\n"
    )
    assert len(_texts(text)) == 1


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("The trial grew out of a council-run pilot in Leeds called Sip Up.", ["ref", "distinct"]),
        ("A council-run pilot said it went well.", []),
    ],
)
def test_a_pilot_a_study_grew_out_of_is_a_study(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        # a description of the study at hand, whatever linking word comes later in the sentence
        ("Because this was an observational study, it cannot prove that earlier tubes helped.", ["predicate"]),
        # a trial still to be run reports nothing
        ("We have committed £1.2m to PACE, a trial of home exercise that plans to recruit 250 people.", []),
    ],
)
def test_descriptions_and_planned_trials(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_the_outlets_own_questionnaire_or_survey_after_a_trial_is_another_study():
    text = (
        "In the trial, 240 office workers were randomly assigned to walks in a forest or in a city.\n\n"
        "What our own guests tell us\n"
        "Since 2011 we have asked every guest to fill in a short questionnaire. Of the 1,126 guests who completed it "
        "in 2025, 89% felt more rested.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "1,126" in blocks[1]


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("In our survey of 3,408 members this June, 29% owned a pair.", ["new"]),
        ("In our survey, most members agreed.", ["ref"]),
    ],
)
def test_our_survey_with_its_count_introduces_it(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_a_placed_organisation_comparing_patients_under_a_question_subhead():
    text = (
        "The team recruited 1,012 adults and a computer decided which group each person joined.\n\n"
        "Does video physio work as well as a clinic visit?\n"
        "A private clinic network in the Midlands compared patients who chose video physiotherapy with those who "
        "waited. Of the 948 patients in total, 436 went for video.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "948" in blocks[1]


def test_surgeons_placed_somewhere_writing_up_patients_after_a_cohort_are_another_study():
    text = (
        "Researchers went back through the records of 2,495 children treated for burns at four units.\n\n"
        "E-BIKES AND E-SCOOTERS\n"
        "Surgeons at the regional burns centre described 37 people they treated after battery fires.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "37 people" in blocks[1]


def test_interviews_then_a_survey_are_two_studies_and_a_persons_trial_returns_to_it():
    text = (
        "In my first study we recruited 24 babies, and a computer decided which day came first.\n"
        "That's why my second study was about parents. I interviewed 19 of them about reading aloud.\n"
        "When we surveyed 212 neonatal nurses, only 1 in 3 said their unit encouraged reading.\n"
        "THE RESEARCH BEHIND THE TALK\n"
        "Kemi's pilot trial was published last year in Archives of Disease in Childhood.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 3
    assert "19 of them" in blocks[1] and "212" in blocks[2] and "Kemi's pilot trial" in blocks[0]


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("The council's own Residents' Panel survey asked 2,071 people about road safety.", ["new"]),
        ("Kemi's pilot trial was published last year.", ["ref"]),
    ],
)
def test_an_organisations_own_survey_and_a_persons_trial(sentence: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_study_mentions(sentence)] == kinds


def test_two_counted_groups_compared_after_a_trial_are_a_case_control_study():
    text = (
        "A large study of eight ships put it to the test. Each ship spent six months with soap stations, and a "
        "computer decided which came first. The study covered 143,208 passengers.\n\n"
        "After an outbreak, public-health officers compared 86 passengers who fell ill with 172 who stayed well.\n"
    )
    blocks = _texts(text)
    assert len(blocks) == 2 and "86 passengers" in blocks[1]


def test_a_key_takeaways_bullet_and_the_body_tell_one_new_study():
    text = (
        "Key takeaways\n"
        "- In a randomized trial, a cheap brace helped as much as surgery.\n"
        "- Costs were far lower.\n\n"
        "Wrist fractures are common. But do braces work?\n\n"
        "A new study suggests they do. The randomized trial enrolled 412 adults with a broken wrist.\n"
    )
    assert len(_blocks(text)) == 1


def test_the_outlets_own_poll_after_a_reported_study_is_another_study():
    text = (
        "A cohort study followed 118,406 adults for seven years and linked ready meals to low mood.\n\n"
        "Last autumn we surveyed 3,406 of our customers about their cooking habits. Most cooked twice a week.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and texts[1].startswith("Last autumn we surveyed")


def test_a_researcher_quoted_on_their_own_survey_stays_with_it():
    text = (
        "A survey of 3,000 nurses found that most skipped breaks.\n\n"
        '"We surveyed 3,000 nurses across the country," said Dr Ann Lowe.\n'
    )
    assert len(_blocks(text)) == 1


def test_a_survey_section_after_a_reference_printed_mid_article_is_body_again():
    text = (
        "A trial enrolled 812 children with hay fever and gave them a daily tablet.\n\n"
        "The results were published in The Lancet:\n"
        "Tanaka R. et al. Grass tablets for asthma prevention. Lancet 14, 388-397 (2026).\n\n"
        "WHAT OUR USERS TOLD US\n"
        "In April we ran an in-app survey and 6,048 users with hay fever replied to our questions.\n\n"
        "© 2026 Pollen Media Ltd. Terms | Privacy\n"
    )
    index = SentenceIndex(text)
    reference = text.index("Tanaka")
    after = text.index("\n", reference)
    blocks = segment_studies(text, index, reference, [], resume_at=after)
    assert len(blocks) == 2 and "6,048" in blocks[1].sentences[-1].text
    footer = "Related: Study finds 2,000 steps a day help\n© 2026 Pollen Ltd.\n"
    footer_only = text[: text.index("WHAT OUR USERS")] + footer
    index = SentenceIndex(footer_only)
    assert len(segment_studies(footer_only, index, reference, [], resume_at=after)) == 1  # a footer stays out


def test_a_short_new_study_teaser_above_the_body_is_the_study_the_body_tells():
    text = (
        "That roller session feels like it's doing something. A new trial puts numbers on it.\n\n"
        "Walk through any gym and you'll see them rolling. In a poll on our Instagram, 71% of you said you roll.\n\n"
        "The study\n"
        "Eighteen trained men took part in a trial led by Dr Tomás Solís, published last month in the Journal of "
        "Sports Science.\n"
    )
    assert len(_blocks(text)) == 1


@pytest.mark.parametrize(
    ("sentence", "starts"),
    [
        ("Researchers gave 640 recreational cyclists one of two saddles.", True),
        ("The team fitted forty older drivers with a camera on the dashboard.", True),
        ("A research team in Oslo offered 1,200 smokers free nicotine patches.", True),
        # a charity or a council giving something out is no research
        ("The charity gave 300 families a food parcel last winter.", False),
        ("Researchers gave a talk to 300 parents in the town hall.", False),
    ],
)
def test_researchers_handing_a_counted_group_what_is_tested_start_a_study(sentence, starts):
    text = "Saddle pain is common.\n" + sentence + "\nMost riders reported less pain a month later."
    assert bool(_texts(text)) is starts


def test_cases_and_controls_counted_side_by_side_start_a_study():
    text = "Ticks are spreading.\nEarlier research compared 1,500 people, 500 with Lyme disease and 1,000 without.\n"
    assert len(_texts(text)) == 1


def test_a_trial_arm_without_its_treatment_is_no_case_control_shape():
    from pipelines.extract.cases_and_controls import CASES_AND_CONTROLS

    assert re.search(CASES_AND_CONTROLS, "120 with the app and 118 without any help") is None
    assert re.search(CASES_AND_CONTROLS, "40 with diabetes and 80 without") is not None


def test_the_next_numbered_item_may_name_its_study_as_this():
    text = (
        "Two studies this week.\n\n1. Scooter injuries\n\n"
        "A case series from two trauma centres describes 1,037 patients injured on e-scooters.\n\n"
        "2. Medication and injuries\n\n"
        "This registry cohort followed 52,416 children with ADHD for five years. Injuries were less frequent.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and texts[1].startswith("2. Medication and injuries This registry cohort")


def test_the_study_heading_returns_to_the_study_the_article_opened_with():
    text = (
        "What the clinic study showed\n\n"
        "A study published in March found that people treated close to home had fewer seizures.\n\n"
        "The size of the problem\n\n"
        "A national prevalence study of 24,718 people found that 2.9% had epilepsy.\n\n"
        "The study\n\n"
        "The study enrolled four hundred and fifty people with epilepsy. Nobody was blinded.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    assert "four hundred and fifty" in texts[0] and "24,718" in texts[1]


def test_a_researcher_named_by_role_and_name_starts_the_interview_study():
    text = (
        "A trial of nurse-led clinics enrolled 450 people with epilepsy.\n\n"
        "Alongside the main study, nurse researcher Claudine Mukasa interviewed 43 people about the clinics.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and texts[1].startswith("Alongside the main study")


def test_an_update_note_corrects_the_study_the_story_is_about():
    text = (
        "A phone camera study screened about 1,100 people with diabetes at 14 health centres.\n\n"
        "A 2024 survey of 1,512 members of the national diabetes association found that few had eye checks.\n\n"
        "Update, 4 June 2026: Since this article was published, the full study has appeared in the journal Eye. "
        "It reports that 1,086 people took part.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2 and "1,086" in texts[0] and "1,086" not in texts[1]


def test_research_still_to_start_recruiting_is_no_study():
    planned = (
        "What next?\n\nA pilot trial of a quit programme by text message. "
        "We hope to start recruiting 120 students next year.\n"
    )
    assert _texts(planned) == []
    done = (
        "A trial randomly assigned 300 smokers to text messages or leaflets. More of the texted smokers quit. "
        "A larger trial will start recruiting next year.\n"
    )
    assert len(_texts(done)) == 1


DIGEST = """Friday Research Digest

Walking football
Men aged 60 to 80 who played walking football twice a week for 12 weeks improved their balance, in a pilot trial \
of 96 men. Allocation was by coin toss. Source: PMID 91234567

Vitamin D at school
Giving schoolchildren a daily vitamin D tablet over one winter did not reduce colds. The cluster trial involved 31 \
schools and 4,406 pupils. Doi: 10.5555/vitd.2026.01
"""


def test_a_digest_item_under_a_plain_heading_whose_study_gives_a_new_count_is_another_study():
    texts = _texts(DIGEST)
    assert len(texts) == 2 and "4,406" in texts[1] and "96 men" in texts[0]


def test_a_short_paragraph_ending_with_its_papers_doi_is_still_prose():
    from pipelines.extract.segmentation import _is_reference_like

    assert not _is_reference_like(
        "Giving children vitamin D did not reduce colds. The cluster trial involved 31 schools and 4,406 pupils. "
        "Doi: 10.5555/vitd.2026.01"
    )
    assert _is_reference_like("Kowalska A, Nowak B. Shift work and sleep in nurses. Occup Med. 2026;76:112-118.")


LISTICLE = """5 things new research says about sleep

1. Short naps help night-shift nurses

A Korean trial gave 310 night-shift nurses either a 20-minute nap break or their usual break, chosen at random. \
Nurses who napped made fewer medication errors. (Kim et al., 2025)

2. Blue-light glasses don't do much

Researchers in Busan asked 88 students to wear amber glasses or clear ones for two weeks. Sleep quality was \
no different.

3. Weekend lie-ins may not repay the debt

The study: 4,200 office workers were followed for three years.
What it found: those who slept late at weekends still had higher blood pressure.

4. Apps can help insomnia

- Design: meta-analysis of 14 randomised trials
- Result: digital CBT apps improved insomnia symptoms compared with sleep hygiene advice.

5. Quiet wards

A before-and-after study at one hospital found that dimming lights at 10 pm reduced waking among 150 patients.
"""


def test_each_item_of_a_listicle_is_its_own_study():
    texts = _texts(LISTICLE)
    assert len(texts) == 5
    assert ["310" in texts[0], "88 students" in texts[1], "4,200" in texts[2], "14 randomised" in texts[3]] == [
        True
    ] * 4


def test_a_design_label_in_the_fact_box_of_a_study_already_told_describes_it():
    text = (
        "A trial randomly assigned 300 adults with back pain to yoga or to stretching. Pain fell more with yoga.\n\n"
        "The study in brief\n\n- Design: randomised controlled trial\n- Who: 300 adults with back pain\n"
    )
    assert len(_texts(text)) == 1


def test_a_congress_wrap_gives_each_abstract_its_own_study():
    text = (
        "Congress wrap\n\n"
        "Abstract OP-112. A Dutch team followed 2,318 bus drivers for five years and found more back pain.\n\n"
        "Abstract P-045. In a cluster randomised trial across 24 warehouses, stretching breaks cut complaints. "
        "The trial enrolled 1,102 workers.\n\n"
        "Abstract OP-207. Interviews with 27 night-shift cleaners described fatigue and isolation.\n"
    )
    texts = _texts(text)
    assert len(texts) == 3 and "27 night-shift cleaners" in texts[2]


def test_a_counted_group_surveyed_after_its_count_starts_a_study():
    assert (
        len(_texts("Sleep is getting worse.\nNearly 4 in 10 of the 3,000 adults surveyed said they slept badly.\n"))
        == 1
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A total of 120 patients chose whether to have surgery or physiotherapy, and the two groups were compared.",
        "Families were followed from pregnancy: 9,000 babies born in 2001 have been tracked ever since.",
    ],
)
def test_a_counted_group_choosing_its_treatment_or_tracked_ever_since_starts_a_study(sentence):
    assert len(_texts("Knee pain is common.\n" + sentence + "\n")) == 1


def test_a_review_told_by_its_search_and_then_pooled_is_one_study():
    text = (
        "A new analysis has gathered the evidence on mastic.\n\n"
        "A team led by Dr Eleni Karra searched medical databases covering nearly 30 years and found 9 randomised "
        "trials that compared mastic with placebo. The results of the trials were pooled in a meta-analysis.\n\n"
        "Mastic reduced symptoms compared with placebo.\n"
    )
    texts = _texts(text)
    assert len(texts) == 1 and "found 9 randomised trials" in texts[0] and "pooled in a meta-analysis" in texts[0]


def test_the_participants_after_an_aside_about_a_review_return_to_the_trial():
    text = (
        "A short walk after dinner lowered blood sugar, a randomised trial of 120 adults has found.\n\n"
        "Previous research has suggested that light activity helps, and a 2022 review found similar effects.\n\n"
        "The participants were randomly assigned to a 15-minute walk after dinner or to sitting.\n"
    )
    texts = _texts(text)
    assert any("120 adults" in t and "The participants were randomly assigned" in t for t in texts)


def test_a_press_releases_notes_to_editors_are_not_the_study():
    text = (
        "A cluster randomised trial involved 32 care homes and 412 residents. Agitation fell with music therapy.\n\n"
        "Notes to editors\n\nThe University of Northfield is a research university with 28,000 students.\n"
    )
    texts = _texts(text)
    assert len(texts) == 1 and "28,000" not in texts[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Lyon, 140 healthy adults aged 65 or older were randomly given the vaccine or a placebo.",
        "In Lyon, 140 healthy adults were given either the vaccine or a placebo at random.",
    ],
)
def test_a_group_given_treatments_at_random_is_a_study(sentence: str) -> None:
    assert len(_blocks("Flu jabs for older people\n\n" + sentence + " Fewer caught flu.\n")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Two hundred pregnant women took part, and half were taught breathing exercises.",
        "In all, 1,600 runners filled in an online questionnaire about injuries.",
        "The team tested the cream on 60 volunteers with psoriasis.",
        "Half of the 400 volunteers got the app; the other half got a leaflet.",
        "For six months, 220 people with type 2 diabetes followed either a low-carb diet or their usual diet.",
        "Across 14 hospitals, 5,100 patients having knee surgery were given tranexamic acid or saline.",
    ],
)
def test_a_counted_group_taking_part_answering_or_given_one_of_two_treatments_is_a_study(sentence: str) -> None:
    assert len(_blocks("Health notes\n\n" + sentence + " The results were mixed.\n")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "About 3,000 runners took part in the city marathon on Sunday.",
        "Scientists tested the new scanner on Tuesday.",
        "Patients can be given paracetamol or ibuprofen for the pain.",
    ],
)
def test_events_and_advice_with_the_same_words_are_no_study(sentence: str) -> None:
    assert _blocks("Health notes\n\n" + sentence + " More next week.\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In a snapshot of 2,000 adults, those who slept less were more likely to be obese.",
        "Before and after the campaign, the town's 1,200 GPs were surveyed about prescribing.",
    ],
)
def test_a_snapshot_or_a_counted_group_surveyed_is_a_study(sentence: str) -> None:
    assert len(_blocks("Health notes\n\n" + sentence + " More work is planned.\n")) == 1


def test_an_outlet_following_its_members_logs_is_a_study_under_its_own_heading() -> None:
    text = (
        "1. Lifting weights after 65\n\n"
        "A meta-analysis pooled 27 randomised trials with 2,860 participants. Falls were fewer.\n\n"
        "2. What our own data say about streaks\n\n"
        "We also looked at our own numbers. Our data team followed the anonymised workout logs of 9,412 members who "
        "joined in 2024 for 12 months. Early streaks predicted who kept going.\n"
    )
    assert len(_blocks(text)) == 2


def test_members_answering_the_outlet_s_poll_under_the_next_heading_start_a_study() -> None:
    text = (
        "3. Nordic walking\n\n"
        "Fifty-eight women took part; 30 chose to join the walking group and 28 chose to carry on as usual.\n\n"
        "4. What you told us\n\n"
        "In July, 1,380 members answered our online poll. Most said hot flushes bothered them.\n"
    )
    assert len(_blocks(text)) == 2


def test_a_nature_style_reference_line_in_the_body_is_no_study() -> None:
    text = (
        "GRASS TABLETS\n\nA randomised trial of 812 children with hay fever found fewer asthma diagnoses.\n\n"
        "Takahashi, R. et al. Sublingual grass pollen immunotherapy tablets for asthma prevention in children with "
        "allergic rhinitis: a randomized, double-blind, placebo-controlled trial. Lancet Respir. Med. 14, 388–397 "
        "(2026).\n\nWHAT USERS TOLD US\n\nIn April we ran an in-app survey and 6,048 users with hay fever replied.\n"
    )
    assert len(_blocks(text)) == 2


def test_a_count_in_a_clause_of_its_own_after_research_is_no_study() -> None:
    text = (
        "Hola, friends. I have been reading the nutrition research that piled up while I was busy cooking for 40 "
        "people at Christmas. Three studies stayed with me.\n"
    )
    assert _blocks(text) == []


def test_the_best_answer_to_a_new_question_after_a_trial_is_another_study() -> None:
    text = (
        "The trial\n\nForty-two adults were randomly assigned to play a puzzle game or to keep a diary. The players "
        "had fewer flashbacks.\n\nDo action games make you smarter?\n\nThe best answer so far is a meta-analysis "
        "that pooled 33 studies of action games against slower games.\n"
    )
    assert len(_blocks(text)) == 2


@pytest.mark.parametrize(
    "occupation",
    ["coaches", "nurses", "doctors", "midwives", "paramedics", "physicians", "teachers", "pharmacists"],
)
def test_any_counted_occupation_answering_a_questionnaire_after_a_review_is_a_survey(occupation: str) -> None:
    text = (
        "A review that pooled 15 trials found the exercise halved injuries.\n\n"
        f"Why does nobody do it?\n\nTwo hundred and eighteen {occupation} answered the questionnaire, and only 21% "
        "said they used it every week.\n"
    )
    assert len(_blocks(text)) == 2


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("It asked 2,031 workers in two cities how they would like to work.", True),
        # doctors following a counted group over time are doing research; treating patients is their routine
        ("Doctors followed up 320 women who had had a caesarean.", True),
        ("Doctors treated 320 patients last year.", False),
        # "They", the researchers just named, taking in a group counted with two kinds sharing its noun
        ("They recruited 24 long-distance lorry and bus drivers.", True),
        # records gone back through, with the counted group they hold
        ("A hospital went back through its records of 137 people treated for stings.", True),
        ("The clinic combed through the medical records of 412 children seen for burns.", True),
        ("The union polled 800 parents about screen time.", True),
        ("The platform questioned 1,200 drivers about whether they nap.", True),
        # asked to do something is not a question put to them
        ("The club asked 20 players to try the new boots.", False),
        ("Doctors asked about her symptoms.", False),
        # people examined where they live or are treated, by staff placed there
        ("Last year, midwives from the district team examined 640 pregnant women at home.", True),
        ("Nurses at the city clinic checked the feet of 388 adults with diabetes.", True),
        ("Doctors at the port screened more than 900 dock workers for hearing loss.", True),
        ("Nurses examined her twice.", False),
        # a research group named again
        ("The same group also interviewed twelve carers.", True),
        ("A support group also met twelve times.", False),
    ],
)
def test_a_question_put_to_a_counted_group_is_research(sentence: str, action: bool) -> None:
    assert segmentation._has_research_action(sentence) is action


def test_records_gone_through_under_a_new_heading_after_a_trial_are_another_study() -> None:
    text = (
        "Hot water beats ice\n\nResearchers randomly assigned 96 people who had been stung to hot water or ice packs. "
        "Pain went down more with hot water.\n\nBigger stings\n\nAn emergency department went back through its "
        "records of 137 people treated for stings over six years. Most went home the same day.\n"
    )
    assert len(_blocks(text)) == 2


def test_a_second_team_after_a_counted_trial_is_another_study() -> None:
    text = (
        "THE SIMULATOR STUDY\n\nResearchers at a driving centre put it to the test. They recruited 24 lorry and bus "
        "drivers. The order of the drinks was decided at random.\n\nTHE CRASH STUDY\n\nThe bigger worry is real "
        "roads. A second team compared 310 drivers injured in crashes with 620 drivers stopped at checkpoints.\n"
    )
    assert len(_blocks(text)) == 2


def test_researchers_interviewing_a_counted_group_after_a_mid_article_reference_are_body_again() -> None:
    text = (
        "What happened in Ecuador\n\nA study from the Andes helps explain why. Researchers followed 402 babies from "
        "birth until their second birthday.\n\nVásconez, P., Guamán, L. and Ortiz, D. (2023) 'Animal faeces in "
        "the home and growth faltering among infants', Maternal and Child Nutrition, 19(2), e13456.\n\n"
        "What the women say\n\nMost flocks here are run by women. Researchers interviewed twenty-two women who "
        "raise poultry in two provinces.\n"
    )
    index = SentenceIndex(text)
    body_end = text.index("Vásconez")
    blocks = segment_studies(text, index, body_end, [], text.index("What the women say"))
    assert len(blocks) == 2
    assert "twenty-two" in " ".join(s.text for s in blocks[1].sentences)


def test_a_trial_counting_children_by_their_age_is_counted_so_a_separate_study_after_it_opens() -> None:
    text = (
        "Ten years on: what happened to the children in the varnish trial\n\nIn 2014, dentists randomly assigned "
        "1,200 five-year-olds to fluoride varnish or no varnish. After three years, the varnish group had fewer "
        "cavities.\n\nA separate study that tried to repeat the trial in Norway, with 900 children, found no "
        "benefit at all.\n"
    )
    assert len(_blocks(text)) == 2


def test_a_titled_study_doing_its_own_research_after_a_trial_is_another_study() -> None:
    text = (
        "Kimchi and your gut\n\nResearchers randomly assigned 39 healthy adults to fermented or high-fibre foods for "
        "ten weeks. Inflammation fell in the fermented group.\n\nYogurt and diabetes. The Tri-County Food and Health "
        "Study followed 23,114 adults for a median of 11 years.\n"
    )
    assert len(_blocks(text)) == 2


def test_a_titled_study_told_again_is_the_same_study() -> None:
    text = (
        "The Tri-County Food and Health Study followed 23,114 adults for 11 years. Yogurt eaters had less diabetes. "
        "The Tri-County Food and Health Study followed 23,114 adults, so its size is its strength.\n"
    )
    assert len(_blocks(text)) == 1


def test_research_closer_to_home_after_a_registry_study_is_another_study() -> None:
    text = (
        "Is this the first study of its kind?\n\nLong-term data come from a Danish registry study that tracked 15,880 "
        "people with gallstones. Only one in five needed surgery. Closer to home, surgeons at a Lviv hospital looked "
        "back at the records of 74 patients who had waited more than a year for an operation.\n"
    )
    assert len(_blocks(text)) == 2


def test_a_trial_opened_by_its_own_section_heading_keeps_its_results_section() -> None:
    text = (
        "School period trial gives a mixed answer\n\n"
        "Its 2024 survey of 1,480 girls in Gitega found that 23% had missed school during their last period. So hopes "
        "were high for a study that many families here took part in.\n\n"
        "HOW THE TRIAL WORKED\n\n"
        "Thirty-six schools were allocated by lottery to cups, pads or lessons only. "
        "In total, 3,126 girls took part.\n\n"
        "WHAT IT FOUND\n\n"
        "There was no difference in school absence between any of the three groups.\n"
    )
    blocks = [" ".join(s.text for s in block.sentences) for block in _blocks(text)]
    assert len(blocks) == 2
    assert "3,126 girls" in blocks[1] and "school absence" in blocks[1]
    assert "school absence" not in blocks[0]


def test_research_of_another_kind_after_a_headline_trial_is_its_own_study() -> None:
    text = (
        "Carts or nothing?\n\nWhat a cocoa trial in Ghana means for our backs\n\n"
        "Anyone who has carried a full sack up from the river knows it. Now we have some numbers, from our own "
        "district and from a careful trial next door.\n\n"
        "How bad is it here?\n\n"
        "A team from the district hospital measured back pain among 410 cocoa workers on nine farms. Of them, 58% "
        "had had low back pain in the past month. The study was published in BMC Public Health in 2025.\n\n"
        "The trial in Ghana\n\n"
        "In the Ashanti region, 36 farmer groups were randomly allocated to carts or carrying on as usual. In all, "
        "540 farm workers took part.\n"
    )
    texts = _texts(text)
    assert len(texts) == 2
    survey = next(t for t in texts if "410" in t)
    assert "540" not in survey and "randomly allocated" not in survey


def test_a_headline_trial_whose_body_recruits_or_screens_people_is_still_one_study() -> None:
    text = (
        "A well-known trial gives a clear answer\n\n"
        "Researchers at a health system screened 1,161 people who answered their letters. "
        "Each person was randomly assigned to massage or usual care.\n"
    )
    assert len(_blocks(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second trial after the first one's reference line
        (
            "Back pain and bad dreams: two trials\n\n"
            "Before the results, a word on what the study really asked.\n\n"
            "A trial at 12 clinics enrolled 480 veterans with back pain. Each was randomly assigned to yoga or usual "
            "care.\n\n"
            "Reference: Doe JA, Roe DR, Poe T, et al. Yoga for back pain in veterans: a randomized clinical trial. "
            "JAMA Netw Open. 2025;8(10):e2541187. doi:10.5555/jamanetwopen.2025.41187\n\n"
            "Bad dreams\n\n"
            "The second trial, from Ontario, tested a sleep pill. It enrolled 204 veterans with nightmares. Half took "
            "the pill at bedtime for 12 weeks; the other half took dummy pills.\n",
            [(480, "randomized_controlled_trial"), (204, "randomized_controlled_trial")],
        ),
        # a numbered item's short title before its first sentence
        (
            "Three studies, three comparisons\n\nNotes\n\n"
            "1. The quit app. A trial in Oman enrolled 900 adult smokers. Everyone got nicotine patches; one group "
            "also "
            "got the app and the other a leaflet. More people in the app group stopped smoking.\n\n"
            "2. Two diets, one sensor. In a crossover study from Muscat, 38 adults with prediabetes ate two diets for "
            "two "
            "weeks each, in random order.\n\n"
            "3. The big UK online trial. They recruited 228 adults with tinnitus and split them into two arms.\n",
            [(900, "other"), (38, "randomized_controlled_trial"), (228, "other")],
        ),
        # a full reference line in the body opens no study with its title
        (
            "Red noses, calmer children\n\n"
            "Our anaesthetists wanted to know whether the clowns helped, so they ran a proper trial. Between May 2024 "
            "and June 2025, 104 children having day surgery took part. A sealed envelope decided at random whether a "
            "child would get a visit from the clowns or the usual preparation.\n\n"
            "Full reference: Quarshie E, Brandt M, Oyelowo T, et al. Hospital clowns to reduce preoperative anxiety in "
            "children having day surgery: a randomised controlled trial. Paediatr Anaesth. 2026;36(1):44-52.\n\n"
            "STARLIGHT GALA 2026\n\n"
            "Friday 12 June, The Assembly Rooms. Tickets £85 (tables of 10 available). This year we hope to raise "
            "£60,000 to keep the clowns visiting three days a week, with your help and your friends' help too.\n",
            [(104, "randomized_controlled_trial")],
        ),
        # a questionnaire sent out after research of another kind
        (
            "Four myths\n\nMYTH 3: Soy will feminise men.\n\nA meta-analysis pooled 38 clinical studies in which men "
            "ate "
            "soy protein or took a placebo. Hormone levels did not change.\n\nMYTH 4: Nobody sticks with it.\n\n"
            "In January we sent a short questionnaire to our members. 187 of our 412 members replied. Seven in ten had "
            "been vegan for more than five years.\n",
            [(38, "meta_analysis"), (187, "survey")],
        ),
        # the meta-analysis that pooled trials, inside a trial's section
        (
            "Episode notes\n\n[03:40] The trial\n\nLiam's team randomly allocated 48 football clubs to a Nordic "
            "programme "
            "or their usual warm-up. In total 1,637 players took part. Hamstring injuries were 51% lower.\n\n"
            "[21:15] Does it hold up across sports?\n\nCallum brings up the meta-analysis published this year that "
            "pooled "
            "17 trials in 8,459 athletes. Programmes with Nordics cut hamstring injuries by half.\n",
            [(1637, "randomized_controlled_trial"), (17, "meta_analysis")],
        ),
        # a congress digest's bulleted abstracts
        (
            "Five abstracts from Jeju\n\n"
            "- Oral O-15 Carbon monoxide and the brain. A retrospective cohort looked back at 1,054 patients treated "
            "for "
            "carbon monoxide poisoning. Those given hyperbaric oxygen had fewer memory problems.\n"
            "- Poster P-41 Ten years of bent divers. The chamber team described all 47 recreational divers it treated "
            "for "
            "decompression sickness over ten years. Thirty-eight recovered fully.\n",
            [(1054, "cohort"), (47, "case_series")],
        ),
        # the first mention under a roundup's next numbered heading, after a study with its own sample
        (
            "Three papers\n\n1. Warm compresses\n\nA trial enrolled 1,104 women and allocated them to warm "
            "compresses or usual care. An earlier non-randomised pilot of 40 women had shown the pads stayed warm.\n\n"
            "2. Antenatal perineal massage: it depends who you are\n\nThis is the big review everyone quotes. It "
            "pooled 11 trials with 3,467 women.\n",
            [(1104, "other"), (40, "non_randomized_trial"), (11, "meta_analysis")],
        ),
        # a pilot told in a sentence about the trial it led to
        (
            "Oxygen targets\n\nA trial randomly assigned 1,200 patients in 40 units to lower or usual oxygen targets. "
            "Fewer died in the lower group. The trial did not grow out of nothing: a randomised pilot with 210 "
            "patients "
            "in 16 units had shown that nurses could keep patients inside the lower range.\n",
            [(1200, "randomized_controlled_trial"), (210, "randomized_controlled_trial")],
        ),
    ],
)
def test_where_one_study_ends_and_the_next_begins(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(s.sample_size, s.design) for s in extract_article(text, "Headline").studies] == expected
