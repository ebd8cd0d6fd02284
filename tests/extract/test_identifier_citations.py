"""Papers cited in the body by a DOI link or a PubMed number alone."""

from __future__ import annotations

from pipelines.extract.citation_links import link_citation
from pipelines.extract.citations import extract_citations
from pipelines.extract.identifier_citations import find_identifier_mentions
from pipelines.extract.sentences import SentenceIndex, split_sentences

THREAD = (
    "3/8 A big trial put 900 people on one of three eye drops. The combined drop won. "
    "Paper: https://doi.org/10.5555/eye.2231.\n\n"
    "4/8 One team watched 120 people put in their own drops. Only 9 did it right. PMID 98455106\n\n"
    "5/8 A survey of pharmacies (PubMed ID 98120457) found most sold the wrong size.\n"
)


def test_each_identifier_is_found_once_in_order():
    text = THREAD + "As I said, the drops paper (https://doi.org/10.5555/eye.2231) is worth a read.\n"
    found = find_identifier_mentions(split_sentences(text))
    assert [(m.doi, m.pmid) for m in found] == [
        ("10.5555/eye.2231", None),
        (None, "98455106"),
        (None, "98120457"),
    ]
    for m in found:
        assert (m.doi or m.pmid) in text[m.start : m.end]


def test_identifiers_become_citations_unless_a_citation_already_has_them():
    text = (
        "A trial published in The Lancet in 2024, led by Dr Amy Soto, enrolled 300 adults "
        "(https://doi.org/10.5555/lancet.77). Eye drops sold well.\n\n"
        "Separately, a survey of 2,000 pharmacies found most stocked them. PMID 98455106\n\n"
        "References\n"
        "1. Soto A, Lee B. Drops for dry eye: a randomised trial. Lancet. 2024;403:1-9. doi:10.5555/lancet.77\n"
    )
    found = extract_citations(text, SentenceIndex(text))
    identifiers = [(c.doi, c.pmid, c.kind) for c in found.citations if not c.first_author]
    assert identifiers == [(None, "98455106", "inline")]
    assert sum(1 for c in found.citations if c.doi == "10.5555/lancet.77") == 1


def test_an_identifier_only_citation_links_to_the_study_whose_sentences_hold_it():
    index = SentenceIndex(THREAD)
    citations = extract_citations(THREAD, index).citations
    sentences = index.sentences
    second = [s for s in sentences if "120 people" in s.text or "Only 9" in s.text or "PMID" in s.text]
    linked = link_citation(THREAD, second, citations)
    assert linked is not None and citations[linked].pmid == "98455106"


def test_a_reference_line_completes_the_paper_told_just_before_it():
    text = (
        "1) THE SLEEP STUDY\n\n"
        "Forty adults slept in a lab for a month, in a trial published in Sleep Medicine in 2025 and led by Dr Ana "
        "Kovač.\n\n(Reference: PubMed ID 98100001)\n\n"
        "2) THE DIET STUDY\n\n"
        "This one followed 9,000 nurses. It was published in 2024 in the Journal of Nutrition by a team led by "
        "Dr Sam Oduya.\n\nSource: PMID 98100002\n"
    )
    found = extract_citations(text, SentenceIndex(text))
    assert [(c.first_author, c.year, c.pmid) for c in found.citations] == [
        ("Kovač", 2025, "98100001"),
        ("Oduya", 2024, "98100002"),
    ]


def test_a_call_to_read_the_study_is_not_a_reference_line_for_the_paper_before_it():
    text = (
        "The trial was published in 2026 in the Journal of Hand Therapy and led by Dr Ines Vale. An earlier review, "
        "published in 2023 in Clinical Rehabilitation and led by Dr Tom Reyes, found little.\n\n"
        "Read the study » https://doi.org/10.5555/jht.2026.1\n"
    )
    found = extract_citations(text, SentenceIndex(text))
    assert [(c.first_author, c.doi) for c in found.citations if c.first_author == "Reyes"] == [("Reyes", None)]


def test_a_link_to_the_review_completes_the_review_told_just_before_it():
    text = (
        "Study 1: the trial was published in 2026 in the Journal of Hand Therapy and led by Dr Ines Vale.\n\n"
        "Study 2: a meta-analysis, published in Sports Medicine in 2025; first author Dr Eka Nadiradze.\n\n"
        "Found: walking after meals lowered blood sugar peaks compared with sitting.\n\n"
        "Read the review: https://doi.org/10.5555/s40279-025-02190-3\n\n"
        "So should you walk after dinner? A diabetologist said the three studies agree on one modest thing.\n\n"
        "Sources\n\n1. Vale I, Cruz T. Splint or no splint after a wrist fracture. J Hand Ther. 2026;39(1):12-19. "
        "doi:10.5555/jht.2026.1\n"
    )
    found = extract_citations(text, SentenceIndex(text))
    assert [(c.first_author, c.doi) for c in found.citations] == [
        ("Vale", "10.5555/jht.2026.1"),
        ("Nadiradze", "10.5555/s40279-025-02190-3"),
    ]


def test_a_linked_paper_takes_the_lead_author_and_year_its_sentence_gives():
    text = (
        "A 2024 meta-analysis led by Dr Arash Tehrani pooled 21 studies and found a small benefit "
        "(doi.org/10.5555/fphys.2024.01287)."
    )
    found = extract_citations(text, SentenceIndex(text))
    assert [(c.first_author, c.year, c.doi) for c in found.citations] == [("Tehrani", 2024, "10.5555/fphys.2024.01287")]


def test_a_bare_doi_after_a_label_pointing_to_the_paper_is_found():
    text = (
        "Everyone knew which group they were in. Read it: 10.5555/clim.2026.0077\n\n"
        "A doi-like 10.5555/x alone is not.\n"
    )
    found = find_identifier_mentions(split_sentences(text))
    assert [m.doi for m in found] == ["10.5555/clim.2026.0077"]


def test_pubmed_named_alone_before_its_number():
    text = "Women who had missed periods were at much higher risk. PubMed: 98844127\n\nSource: PubMed 98005512\n"
    found = find_identifier_mentions(split_sentences(text))
    assert [m.pmid for m in found] == ["98844127", "98005512"]
