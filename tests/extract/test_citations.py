"""extract_citations end to end: list entries, inline mentions, merging, evidence spans."""

from __future__ import annotations

import random

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.citations import extract_citations
from pipelines.extract.sentences import SentenceIndex

ARTICLE = (
    "Walking after meals lowers blood sugar\n\n"
    "A trial published in Diabetes Care in 2020 found that a short walk after dinner helped. The study, led by "
    "Priya Raman of a clinic in Leeds, enrolled 90 adults [1]. An older review agreed [2].\n\n"
    "References\n"
    "1. Raman P, Holt S, Evans D. Post-meal walking and glucose control: a randomized trial. Diabetes Care. "
    "2020;43(9):2100-2107. doi:10.2337/dc20-0001\n"
    "2. Brooks, A., & Lee, C. (2016). Activity after eating: A systematic review. Sports Medicine, 46(2), "
    "200–215.\n"
)


def _found(text: str):
    return extract_citations(text, SentenceIndex(text))


def test_reference_list_with_merged_inline_mention() -> None:
    found = _found(ARTICLE)
    assert found.reference_start == ARTICLE.index("References")
    assert [(c.first_author, c.year, c.kind) for c in found.citations] == [
        ("Raman", 2020, "reference"),
        ("Brooks", 2016, "reference"),
    ]
    first = found.citations[0]
    assert first.journal == "Diabetes Care" and first.volume == "43" and first.issue == "9"
    assert first.pages == "2100-2107" and first.doi == "10.2337/dc20-0001"
    assert first.marker == "1" and first.authors[:2] == ["Raman P", "Holt S"]
    assert found.citations[1].pages == "200-215"


def test_evidence_spans_the_reference_string() -> None:
    found = _found(ARTICLE)
    for citation in found.citations:
        assert citation.evidence is not None
        assert ARTICLE[citation.evidence.start : citation.evidence.end] == citation.raw
        assert citation.raw in citation.evidence.sentence or citation.evidence.sentence in citation.raw


def test_inline_mention_without_reference_list() -> None:
    text = (
        "Chiropractic care helped soldiers with back pain. The results were published in JAMA Network Open in "
        "May 2018; the lead author was Christine Goertz of a research center.\n\nMore news below.\n"
    )
    found = _found(text)
    assert found.reference_start is None
    assert [(c.first_author, c.year, c.journal, c.kind) for c in found.citations] == [
        ("Goertz", 2018, "JAMA Network Open", "inline")
    ]
    evidence = found.citations[0].evidence
    assert text[evidence.start : evidence.end] == "JAMA Network Open"


def test_inline_mention_of_another_paper_is_added() -> None:
    text = ARTICLE.replace(
        "An older review agreed [2].",
        "A 2011 trial published in the journal Obesity Research, led by Marta Sousa, had found the same.",
    )
    found = _found(text)
    assert [(c.first_author, c.kind) for c in found.citations] == [
        ("Raman", "reference"),
        ("Brooks", "reference"),
        ("Sousa", "inline"),
    ]


def test_single_labelled_reference_line() -> None:
    text = (
        "Exercise helps back pain, a review says. It looked at 40 trials.\n\n"
        "Journal Reference – Lina Park, Omar Haddad, Jo Kim. Why does exercise help back pain? A review of "
        "mechanisms. Physical Therapy Reviews, 2022; 27: 104411 DOI: 10.1016/j.ptr.2022.104411\n\nLeave a Reply\n"
    )
    found = _found(text)
    assert found.reference_start == text.index("Journal Reference")
    (citation,) = found.citations
    assert (citation.first_author, citation.year, citation.volume, citation.pages) == ("Park", 2022, "27", "104411")
    assert citation.title == "Why does exercise help back pain? A review of mechanisms"
    assert citation.journal == "Physical Therapy Reviews"
    assert citation.doi == "10.1016/j.ptr.2022.104411"


def test_no_citations_in_plain_text() -> None:
    found = _found("Massage feels good. Many people enjoy it in 2024.")
    assert found.citations == [] and found.reference_start is None


@pytest.mark.parametrize("seed", range(40))
def test_random_text_never_raises_and_spans_stay_inside(seed: int) -> None:
    rng = random.Random(seed)
    pieces = [
        "References\n",
        "1. ",
        "[2] ",
        "Smith J, ",
        "et al. ",
        "(2019). ",
        "Title here. ",
        "J Med. ",
        "2010;3(4):5-6. ",
        "doi:10.1000/x1 ",
        "PMID: 123456 ",
        "\n",
        "published in JAMA in 2015 ",
        "led by Ann Lee ",
        "«",
        "“",
        "'",
        "n°",
        "vol. ",
        "pp. ",
        "—",
        "|",
        " ",
        "é",
    ]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 80)))
    found = _found(text)
    assert found.reference_start is None or 0 <= found.reference_start <= len(text)
    for citation in found.citations:
        assert citation.evidence is not None
        assert 0 <= citation.evidence.start <= citation.evidence.end <= len(text)


def test_press_release_metadata_block_is_a_citation() -> None:
    text = (
        "Naps help memory, a trial finds. The team enrolled 120 adults.\n\n###\n\nJournal\nSleep Health\n\nDOI\n"
        "10.1016/j.sleh.2023.01.002\n\nArticle Title\nNaps and memory in older adults\n\n"
        "Article Publication Date\n3-Mar-2023\n"
    )
    found = _found(text)
    assert found.reference_start == text.index("Journal\n")
    (citation,) = found.citations
    assert (citation.journal, citation.doi, citation.year) == ("Sleep Health", "10.1016/j.sleh.2023.01.002", 2023)
    assert citation.title == "Naps and memory in older adults"


def test_bare_doi_line_merges_with_the_inline_mention() -> None:
    text = (
        "Coffee drinkers had healthier livers in a cohort of 9,000 adults. The work was published in the journal "
        "Hepatology Communications in 2021; the lead author was Oliver Kennedy.\n\nDOI: 10.1002/hep4.1234\n"
    )
    found = _found(text)
    assert found.reference_start == text.index("DOI:")
    (citation,) = found.citations
    assert (citation.first_author, citation.year, citation.journal, citation.doi) == (
        "Kennedy",
        2021,
        "Hepatology Communications",
        "10.1002/hep4.1234",
    )


def test_doi_line_under_a_numbered_entry_belongs_to_it() -> None:
    text = (
        "Body about a trial.\n\nReferences\n1. Smith J, Jones K. A trial of things. Pain Med. 2010;4(2):5-6.\n"
        "doi: 10.1093/pm/pnq001\n2. Doe A. Another title. BMJ 2012;344:e123.\n"
    )
    found = _found(text)
    assert [c.doi for c in found.citations] == ["10.1093/pm/pnq001", None]


def test_an_author_borrowed_from_a_nearby_sentence_gives_way_to_the_matching_reference() -> None:
    from pipelines.extract.relative_dates import ArticleDate

    text = (
        "Pickleball falls are common, said Dr. Ana Reyes-Holt, a surgeon at Mercy and lead author of the report, which "
        "was published in May in the Orthopaedic Journal of Sports Medicine.\n"
        "A study published last fall in the Journal of Emergency Medicine analyzed 3,118 visits.\n\n"
        "SOURCES\n"
        "Lund-Okafor P, Bright S. Pickleball injuries in emergency departments. J Emerg Med. 2025;69(4):402-410.\n"
    )
    found = extract_citations(text, SentenceIndex(text), ArticleDate(2026, 6))
    assert sorted((c.first_author, c.year) for c in found.citations) == [("Lund-Okafor", 2025), ("Reyes-Holt", 2026)]


def test_a_labelled_link_to_the_study_completes_the_first_inline_mention() -> None:
    from pipelines.extract.relative_dates import ArticleDate

    text = (
        "A card block helped, according to a small study published this week in BMJ Open.\n"
        "Writing in the journal Addiction last month, Dr Sean Brophy and colleagues analysed 23,918 accounts.\n"
        "It was a small study, said lead author Dr Niamh Kavanagh.\n"
        "Study: doi.org/10.5555/bmjopen-2025-104417\n"
    )
    found = extract_citations(text, SentenceIndex(text), ArticleDate(2026, 3))
    assert [(c.first_author, c.journal, c.doi) for c in found.citations] == [
        ("Kavanagh", "BMJ Open", "10.5555/bmjopen-2025-104417"),
        ("Brophy", "Addiction", None),
    ]


def test_an_inline_mention_with_accents_merges_with_its_reference() -> None:
    text = (
        "A trial of 3,406 farmers, led by Dr. Nguyễn Thị Hồng, was published in 2026 in The Lancet. "
        '"They come," she said.\n\n'
        "References\n"
        "Nguyen TH, Tran VM, Le TTH, et al. Mobile clinics for hypertension in rural communes: a controlled "
        "before-and-after study. Lancet Reg Health West Pac. 2026;64:101518. doi:10.5555/lanwpc.2026.101518\n"
    )
    citations = extract_article(text, "Mobile clinics").citations
    assert [(c.first_author, c.year, c.kind) for c in citations] == [("Nguyen", 2026, "reference")]


def test_a_pointer_to_the_paper_being_online_completes_the_story_s_inline_mention() -> None:
    from pipelines.extract.relative_dates import ArticleDate

    text = (
        "The paper is now online. You can read it here: doi.org/10.5555/nejmoa2601184\n"
        "The results, published this afternoon in The New England Journal of Medicine, come from a trial of 9,437 "
        "volunteers.\n"
        "Lead investigator Prof. Reto Müller-Brönnimann said 21 people in the vaccine group fell ill.\n"
    )
    found = extract_citations(text, SentenceIndex(text), ArticleDate(2026, 4))
    assert [(c.first_author, c.year, c.doi) for c in found.citations] == [
        ("Müller-Brönnimann", 2026, "10.5555/nejmoa2601184")
    ]


def test_a_pointer_to_the_paper_goes_to_no_background_paper() -> None:
    from pipelines.extract.relative_dates import ArticleDate

    text = (
        "In focus groups with 60 girls, published in BMC Public Health in 2024, Dr Nandini Raghavachari and colleagues "
        "heard why tablets were skipped.\n"
        "The full paper is now online: doi.org/10.5555/ijph.2025.0912\n"
    )
    found = extract_citations(text, SentenceIndex(text), ArticleDate(2026, 2))
    assert [(c.first_author, c.doi) for c in found.citations] == [
        ("Raghavachari", None),
        (None, "10.5555/ijph.2025.0912"),
    ]


def test_a_review_link_under_its_own_heading_is_not_the_previous_section_s_paper() -> None:
    from pipelines.extract.relative_dates import ArticleDate

    text = (
        "New boots, old problem\n\n"
        "A study of 700 trekkers counted blisters. The study was published in Wilderness & Environmental Medicine "
        "in 2025 and led by Dr Anil Gurung.\n\n"
        "Flight socks on long-haul flights\n\n"
        "A systematic review brought together 11 randomised trials of compression stockings.\n\n"
        "Full review: https://doi.org/10.5555/tmid.2025.0417\n"
    )
    found = extract_citations(text, SentenceIndex(text), ArticleDate(2026, 5))
    assert sorted((c.first_author or "", c.doi or "") for c in found.citations) == [
        ("", "10.5555/tmid.2025.0417"),
        ("Gurung", ""),
    ]


def test_a_paper_link_in_show_notes_is_the_episode_s_paper_across_headings() -> None:
    from pipelines.extract.relative_dates import ArticleDate

    text = (
        "SHOW NOTES\n\nPaper: https://doi.org/10.5555/lgh.2026.0217\n\n"
        "PARTIAL TRANSCRIPT\n\n"
        "The MSAADA results were published last month in The Lancet Global Health, led by Dr Neema Mwakyusa-Kimaro.\n"
    )
    found = extract_citations(text, SentenceIndex(text), ArticleDate(2026, 3))
    assert [(c.first_author, c.doi) for c in found.citations] == [("Mwakyusa-Kimaro", "10.5555/lgh.2026.0217")]


def test_a_numbered_note_that_is_a_sentence_is_no_reference() -> None:
    text = (
        "Car seats cut injuries, an evaluation found.\n\nNotes to editors\n"
        "1. Liburd K, Browne T. A car seat loan scheme on Nevis. West Indian Med J. 2026;75(2):118-26.\n"
        "2. Since 2019, 9 child passengers have been seriously injured in road crashes, according to the police.\n"
    )
    assert [c.first_author for c in _found(text).citations] == ["Liburd"]
