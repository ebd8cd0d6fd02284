import pytest

from pipelines.extract.citations import extract_citations
from pipelines.extract.segmentation import segment_studies
from pipelines.extract.sentences import SentenceIndex
from pipelines.extract.studies import extract_study

ARTICLE = """Can a grip change make cooks faster?
A study of 40 line cooks tested a new knife grip. Half were randomly assigned to learn it in four 30-minute lessons.
Judges who timed the cooks did not know which grip each cook used. Cooks with the new grip cut faster.
References
1. Doe J, Roe R. Knife grips and speed: a randomized controlled trial. J Chef Med. 2020;1(2):1-9.
"""


def _studies(text: str):
    index = SentenceIndex(text)
    found = extract_citations(text, index)
    body_end = found.reference_start if found.reference_start is not None else len(text)
    blocks = segment_studies(text, index, body_end, found.citations)
    return [extract_study(text, index, block, found.citations) for block in blocks]


def test_core_facts_and_their_evidence():
    (study,) = _studies(ARTICLE)
    assert study.design == "randomized_controlled_trial"
    assert study.blinding == "single_blind"
    assert (study.sample_size, study.sample_unit) == (40, "participants")
    assert study.sessions == 4
    for name, number in (("sample_size", "40"), ("sessions", "four")):
        evidence = study.evidence[name]
        assert number in ARTICLE[evidence.start : evidence.end]
        assert ARTICLE[evidence.start : evidence.end] in evidence.sentence


def test_design_falls_back_to_the_cited_title():
    text = ARTICLE.replace("Half were randomly assigned to learn it", "Half learned it")
    (study,) = _studies(text)
    assert study.design == "randomized_controlled_trial"
    assert study.evidence["design"].start > text.index("References")


def test_a_trial_the_article_never_calls_randomized_takes_the_design_its_cited_title_names():
    text = ARTICLE.replace("Half were randomly assigned to learn it", "It was an open-label trial; half learned it")
    (study,) = _studies(text)
    assert study.design == "randomized_controlled_trial"
    assert study.evidence["design"].start > text.index("References")


def test_a_survey_keeps_its_own_design_whatever_its_citation_says():
    text = ARTICLE.replace(
        "A study of 40 line cooks tested a new knife grip. Half were randomly assigned to learn it",
        "A survey of 40 line cooks asked about a new knife grip. Half had learned it",
    )
    (study,) = _studies(text)
    assert study.design == "survey"


def test_review_counts_studies_and_skips_sessions():
    text = "A systematic review pooled the results of 14 trials with 2,300 runners; most had 10 sessions.\n"
    (study,) = _studies(text)
    assert study.design == "meta_analysis"
    assert (study.sample_size, study.sample_unit) == (14, "studies")
    assert study.sessions is None


def test_a_study_that_assigns_nothing_has_no_sessions():
    text = (
        "Our team held in-depth interviews with 18 fathers. Antenatal classes cost K20 for a course of four classes.\n"
    )
    (study,) = _studies(text)
    assert study.design == "qualitative"
    assert study.sessions is None


def test_a_study_with_no_design_and_no_count_is_a_passing_remark():
    from pipelines.extract.article import extract_article

    remark = (
        "Care homes are changing.\nOne study in the Journal of Ageing found that residents liked the gardens more.\n"
    )
    assert extract_article(remark, "H").studies == []
    counted = "Care homes are changing.\nOne study of 412 residents found that they liked the gardens more.\n"
    assert [s.sample_size for s in extract_article(counted, "H").studies] == [412]


def test_a_questionnaire_sent_out_beside_a_trial_is_a_survey_of_its_own():
    text = (
        "Dr Kovac has published a trial of video therapy. We randomised 188 children who stuttered to video calls or "
        "clinic visits. Stuttering fell equally in both groups.\n\n"
        "Why did you start it? In 2023 we sent a questionnaire to every speech therapist in the country. There were 61 "
        "of us at the time, and 54 answered. Most said families waited months.\n"
    )
    trial, survey = _studies(text)
    assert (trial.design, trial.sample_size) == ("randomized_controlled_trial", 188)
    assert (survey.design, survey.sample_size) == ("survey", 54)


def test_a_counted_group_joining_a_programme_is_a_single_arm_study():
    text = (
        "A poster from a hand clinic caught our eye. Thirty-six patients with hand osteoarthritis joined an eight-week "
        "programme of group classes. There was no control group. Grip strength went up.\n"
    )
    (study,) = _studies(text)
    assert (study.design, study.sample_size) == ("non_randomized_trial", 36)


def test_members_joining_a_club_are_no_study():
    text = "Our club is growing. Forty new members joined the club this spring; the walking group meets on Sundays.\n"
    assert _studies(text) == []


def test_surgeons_recruiting_and_a_computer_splitting_them_make_a_trial():
    text = (
        "What did the new study do?\n"
        "Surgeons at three hospitals recruited 486 adults with gallstones. A computer split them into two equal "
        "groups. One group had keyhole surgery; the other waited.\n"
        "Is this the first study of its kind?\n"
        "No. Long-term data come from a Danish registry study that tracked 15,880 people with gallstones.\n"
    )
    trial, registry = _studies(text)
    assert (trial.design, trial.sample_size) == ("randomized_controlled_trial", 486)
    assert (registry.design, registry.sample_size) == ("cohort", 15880)


@pytest.mark.parametrize(
    ("body", "reference", "arms"),
    [
        # doses told in the sentences beat the cited title's two drugs
        (
            "A trial enrolled 612 adults with heartburn. Participants were randomly given ralaprazan 10 mg, "
            "ralaprazan 20 mg or omeprazole 20 mg, once a day for eight weeks.",
            "Haddad RM, Okonjo T. Ralaprazan versus omeprazole for erosive oesophagitis: a randomised trial. "
            "Aliment Pharmacol Ther. 2025;62(9):1012-24.",
            ["ralaprazan 10 mg", "ralaprazan 20 mg", "omeprazole 20 mg"],
        ),
        # a title that counts more arms than it names leaves the arms to the sentences
        (
            "A trial took 90 adults who ground their teeth and used a random number list to put them into one of "
            "three groups: a hard acrylic guard, a soft rubbery guard, or a leaflet of jaw stretches.",
            "Darrow E, Finch L. Hard versus soft occlusal splints for sleep bruxism: a three-arm randomized trial. "
            "J Oral Rehabil. 2024;51(8):1410-9.",
            ["hard acrylic guard", "soft rubbery guard", "leaflet of jaw stretches"],
        ),
    ],
)
def test_arms_told_in_more_detail_than_the_cited_title(body: str, reference: str, arms: list[str]) -> None:
    (study,) = _studies(f"Headline\n\n{body}\n\nReferences\n1. {reference}\n")
    assert [arm.name for arm in study.arms] == arms


def test_the_cited_title_names_the_population_only_when_the_sentences_name_no_one() -> None:
    reference = (
        "\n\nReferences\n1. Lindgren-Obi S, Carraway M. Daytime napping and memory in healthy young adults: "
        "a systematic review. Sleep Med Rev. 2022;61:101-110.\n"
    )
    silent = "A systematic review brought together 11 studies of short naps and found better recall [1]." + reference
    [study] = _studies(silent)
    assert study.population == "healthy young adults"
    assert study.evidence["population"].sentence.startswith("1. Lindgren-Obi")
    told = "A systematic review brought together 11 studies of short naps in night-shift nurses [1]." + reference
    [study] = _studies(told)
    assert study.population == "night-shift nurses"
