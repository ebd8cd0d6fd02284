"""Papers named in prose: journal + year + lead author."""

from __future__ import annotations

import pytest

from pipelines.extract.inline_citations import find_bracketed_references, find_inline_mentions, journals_match
from pipelines.extract.relative_dates import ArticleDate
from pipelines.extract.sentences import split_sentences


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The findings were published in Pediatrics in June 2019; the lead author was Hannah Kowalczyk of a "
            "children's hospital.",
            ("Pediatrics", 2019, "Kowalczyk"),
        ),
        (
            "Adults who walked more slept better, according to a trial published in The Lancet in 2021. The study, "
            "led by Samuel Adeyemi of a university in Lagos, enrolled 400 people between 2016 and 2018.",
            ("The Lancet", 2021, "Adeyemi"),
        ),
        (
            "In a 2017 study published in the journal Sleep Medicine Reviews, Rosa Delgado and colleagues pooled "
            "22 trials.",
            ("Sleep Medicine Reviews", 2017, "Delgado"),
        ),
        (
            "The report, published online in JAMA Pediatrics in March 2022, was headed by Prof. Lena Holm.",
            ("JAMA Pediatrics", 2022, "Holm"),
        ),
        (
            "The review appeared in the British Journal of Sports Medicine in 2015, said first author Tom Rhee.",
            ("British Journal of Sports Medicine", 2015, "Rhee"),
        ),
        (
            "Pain eased, according to a British trial published in the March 2024 issue of Annals of the Rheumatic "
            "Diseases. Lead author Dr Priyanka Oduya said the effect faded.",
            ("Annals of the Rheumatic Diseases", 2024, "Oduya"),
        ),
        # a name that lists its subjects, the last after "&"
        (
            "A survey published in 2025 in the Scandinavian Journal of Work, Environment & Health by a group led by "
            "Dr Anna Berg asked 900 workers about their hands.",
            ("Scandinavian Journal of Work, Environment & Health", 2025, "Berg"),
        ),
    ],
)
def test_mentions(text: str, expected: tuple) -> None:
    _assert_one_mention(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The results came out in March 2024 in the journal Allergy; the lead author is Professor Ivo Brandt.",
            ("Allergy", 2024, "Brandt"),
        ),
        ("Published in the journal Pediatrics in 2021, it was led by Dr. Ana Ruiz.", ("Pediatrics", 2021, "Ruiz")),
    ],
)
def test_a_one_word_journal_when_the_article_calls_it_a_journal(text: str, expected: tuple) -> None:
    _assert_one_mention(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the language is no journal, and a journal in another language joins its words with its own
        (
            "The survey was published in Spanish in the Revista de Salud Pública in 2024; Dr Ana Vera led it.",
            ("Revista de Salud Pública", 2024, "Vera"),
        ),
        (
            "It appeared in German in the Zeitschrift für Gerontologie in 2023, led by Dr Jan Roth.",
            ("Zeitschrift für Gerontologie", 2023, "Roth"),
        ),
    ],
)
def test_a_journal_in_another_language(text: str, expected: tuple) -> None:
    _assert_one_mention(text, expected)


def test_the_story_s_study_led_by_someone_and_published_in_a_journal() -> None:
    text = (
        "The study, led by Professor Helena Varga and published in the New England Journal of Medicine, enrolled "
        "912 adults."
    )
    mentions = find_inline_mentions(split_sentences(text), ArticleDate(year=2026, month=5))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [
        ("New England Journal of Medicine", 2026, "Varga")
    ]


def test_a_footnote_number_glued_to_the_year() -> None:
    text = "The trial, led by Dr Rowena Kwarteng-Sollis and published in The Journal of Pediatrics in 20221, was small."
    mentions = find_inline_mentions(split_sentences(text), ArticleDate(year=2026, month=2))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [
        ("The Journal of Pediatrics", 2022, "Kwarteng-Sollis")
    ]


def test_published_simultaneously_in_a_journal() -> None:
    text = (
        "The results were published simultaneously in The Lancet Rheumatology in 2026; the first author is Dr Ana Ruiz."
    )
    _assert_one_mention(text, ("The Lancet Rheumatology", 2026, "Ruiz"))


def _assert_one_mention(text: str, expected: tuple) -> None:
    mentions = find_inline_mentions(split_sentences(text))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [expected]
    for m in mentions:
        assert text[m.start : m.end] == m.journal


@pytest.mark.parametrize(
    "text",
    [
        # no author
        "The study was published in the New England Journal of Medicine in 2010.",
        # no year
        "The results were published in Nature Medicine; the lead author was Ana Silva.",
        # no journal cue at all
        "Maria Lopez and colleagues followed 800 toddlers from 2012 to 2019.",
        # a month is not a journal
        "It was published in March 2020 by a team led by Jon Park.",
        "",
    ],
)
def test_no_mention(text: str) -> None:
    assert find_inline_mentions(split_sentences(text)) == []


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("New England Journal of Medicine", "N Engl J Med", True),
        ("Annals of Internal Medicine", "Ann Intern Med", True),
        ("The BMJ", "BMJ", True),
        ("JAMA", "JAMA Network Open", False),
        ("PLoS ONE", "PLOS One", True),
        ("Pain", "Pain Medicine", False),
        (None, "BMJ", False),
    ],
)
def test_journals_match(a, b, expected: bool) -> None:
    assert journals_match(a, b) is expected


@pytest.mark.parametrize(
    ("text", "journal", "year", "author"),
    [
        (
            "The findings were published in The Lancet Public Health in 2024, with Dr Maribel Okonjo of the "
            "University of the Marches as lead author.",
            "The Lancet Public Health",
            2024,
            "Okonjo",
        ),
        (
            "There was this huge study in the New England Journal of Medicine in 2023. Dr. Liang's team ran it.",
            "New England Journal of Medicine",
            2023,
            "Liang",
        ),
        (
            "A trial published in the Journal of the American Heart Association in 2024 by a team led by cardiologist "
            "Priya Anand tested coffee.",
            "Journal of the American Heart Association",
            2024,
            "Anand",
        ),
        (
            "Published in JAMA Oncology on 3 June 2024, the analysis was headed by Dr Omar Farouk.",
            "JAMA Oncology",
            2024,
            "Farouk",
        ),
        (
            "The Lancet Public Health published the results in 2021; the lead researcher was Dr Sofia Ricci.",
            "The Lancet Public Health",
            2021,
            "Ricci",
        ),
        (
            "Her team's report in the American Journal of Epidemiology (2019) followed 5,000 nurses. Dr Jane Doyle "
            "led it.",
            "American Journal of Epidemiology",
            2019,
            "Doyle",
        ),
        (
            "Professor Anneliese Kortekaas-Bwalya presented a large international study she led, published in "
            "JAMA Pediatrics in 2024.",
            "JAMA Pediatrics",
            2024,
            "Kortekaas-Bwalya",
        ),
        (
            "In 2023 a team led by Dr Rūta Žemaitytė of the Kaunas Institute published the results of a school-year "
            "trial of sit-stand desks in the International Journal of Behavioral Nutrition and Physical Activity.",
            "International Journal of Behavioral Nutrition and Physical Activity",
            2023,
            "Žemaitytė",
        ),
        (
            "Nurse researcher Claudine Uwamahoro interviewed 43 patients and nurses. Her paper, published in 2025 in "
            "BMC Health Services Research, found that patients valued the clinics.",
            "BMC Health Services Research",
            2025,
            "Uwamahoro",
        ),
        (
            "The trial was published in 2026 in PLOS Neglected Tropical Diseases. It was good news, said María José "
            "Ferreyra Sosa, infectious diseases specialist at the Hospital de Enfermedades Tropicales del Norte in "
            "Santiago del Estero, who led the study.",
            "PLOS Neglected Tropical Diseases",
            2026,
            "Ferreyra Sosa",
        ),
        # a compound given name before one family name, and two family names after one given name
        (
            "It was published in The Lancet Rheumatology in 2026; the first author is Dr Ana Sofía Treviño.",
            "The Lancet Rheumatology",
            2026,
            "Treviño",
        ),
        (
            "It was published in Palliative Medicine in 2026 and led by nurse Montserrat Puig Ferrer.",
            "Palliative Medicine",
            2026,
            "Puig Ferrer",
        ),
    ],
)
def test_more_ways_to_name_the_lead_author(text: str, journal: str, year: int, author: str) -> None:
    [mention] = find_inline_mentions(split_sentences(text))
    assert (mention.journal, mention.year, mention.first_author) == (journal, year, author)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Adults in four cities (Pellegrini et al., Environmental Health Perspectives, 2023; doi:10.5555/EHP11872).",
            ("Pellegrini", "Environmental Health Perspectives", 2023, "10.5555/EHP11872"),
        ),
        ("A later trial agreed (Smith and Jones, JAMA Pediatrics, 2021).", ("Smith", "JAMA Pediatrics", 2021, None)),
        # author and year only: that is a citation marker, not a whole reference
        ("Pain fell (Massaro et al., 2009).", None),
        # author and year first, the DOI link after the bracket
        (
            "The trial (Okonkwo et al. 2023, npj Digital Medicine): https://doi.org/10.5555/npj.2023.7",
            ("Okonkwo", "npj Digital Medicine", 2023, "10.5555/npj.2023.7"),
        ),
        ("Worth a read (Haas & Ruiz 2021, The Lancet).", ("Haas", "The Lancet", 2021, None)),
        # a page, a table or a note in the journal's place
        ("As argued before (Haas and Ruiz 2021, p. 12), it works.", None),
        ("Shown earlier (Ito 2020, Table 2).", None),
        ("Not yet out (Ito 2022, unpublished).", None),
    ],
)
def test_whole_references_in_brackets(text: str, expected) -> None:
    found = find_bracketed_references(split_sentences(text))
    assert [(m.first_author, m.journal, m.year, m.doi) for m in found] == ([expected] if expected else [])


def test_a_lead_researcher_label_a_journal_subtitle_and_a_doi_in_the_sentence() -> None:
    text = (
        "Our summary: Walking and mood (https://doi.org/10.5555/wm.2025.7), published in Mental Health: Research "
        "& Practice (2025). Lead researcher: Dr Ines Okoro-Vale."
    )
    [mention] = find_inline_mentions(split_sentences(text))
    assert (mention.journal, mention.year, mention.first_author, mention.doi) == (
        "Mental Health: Research & Practice",
        2025,
        "Okoro-Vale",
        "10.5555/wm.2025.7",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was written up in Perspectives in Public Health in 2022 by Gwen Rhys-Tudor and colleagues.",
            ("Perspectives in Public Health", 2022, "Rhys-Tudor", None),
        ),
        (
            "The findings were reported in the Annals of Internal Medicine in 2023 by researchers led by Dr. Pieter "
            "van Aalst-Moreno.",
            ("Annals of Internal Medicine", 2023, "van Aalst-Moreno", None),
        ),
        (
            "The write-up appeared in Developmental Medicine & Child Neurology in 2021, by the clinic's director, "
            "Dr Tomasz Wielgosz-Harrington.",
            ("Developmental Medicine & Child Neurology", 2021, "Wielgosz-Harrington", None),
        ),
        (
            "The paper came out in the journal Appetite in 2024 (team led by Dr Rhiannon Vass-Ellery). "
            "It's on PubMed as PMID 97351208 if you want to read it.",
            ("Appetite", 2024, "Vass-Ellery", "97351208"),
        ),
        (
            "The results, published in the March 2024 issue of JAMA Ophthalmology, were mixed, said lead author "
            "Dr. Wei Tan.",
            ("JAMA Ophthalmology", 2024, "Tan", None),
        ),
        (
            "In a small study, a team led by Dr. Marisol Oyarzun-Vance randomly assigned 39 adults to two diets. "
            "It wasn't blinded. Microbes became more varied. Weight didn't change. "
            "It was published in the journal Cell in 2021.",
            ("Cell", 2021, "Oyarzun-Vance", None),
        ),
    ],
)
def test_more_publication_verbs_titles_and_a_pmid_nearby(text: str, expected: tuple) -> None:
    [mention] = find_inline_mentions(split_sentences(text))
    assert (mention.journal, mention.year, mention.first_author, mention.pmid) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "The trial was published last year in Heart by Dr Chiamaka Okonkwo-Barr and her team.",
            ArticleDate(2026, 2),
            ("Heart", 2025, "Okonkwo-Barr"),
        ),
        (
            "A research letter in JAMA Pediatrics earlier this year, led by pharmacist Tamsin Grant, looked at claims.",
            ArticleDate(2025, 6),
            ("JAMA Pediatrics", 2025, "Grant"),
        ),
        (
            # an absolute year nearer the journal wins over a relative one further off
            "Last year we read a paper published in Thorax in 2019 by Dr Ann Lee.",
            ArticleDate(2025, 6),
            ("Thorax", 2019, "Lee"),
        ),
    ],
)
def test_relative_years_dated_by_the_article(text: str, published: ArticleDate, expected: tuple) -> None:
    mentions = find_inline_mentions(split_sentences(text), published)
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [expected]


def test_a_relative_year_without_the_article_date_gives_no_mention() -> None:
    text = "The trial was published last year in Heart by Dr Chiamaka Okonkwo-Barr and her team."
    assert find_inline_mentions(split_sentences(text)) == []


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Older adults gained strength, researchers reported Wednesday in JAMA Network Open. "
            '"It was a clear result," said Marisol Quinn, a geriatrician at Coronado State University in '
            "Albuquerque, New Mexico, who led the study.",
            ArticleDate(2026, 3),
            ("JAMA Network Open", 2026, "Quinn"),
        ),
        (
            "Lead author Harriet Strand of the Bramwell School published the work in The Lancet Public Health "
            "this week.",
            ArticleDate(2026, 4),
            ("The Lancet Public Health", 2026, "Strand"),
        ),
        (
            "The study, led by the nursing researcher Dr Bethan Hale, appeared in the Journal of Advanced Nursing "
            "last year.",
            ArticleDate(2026, 3),
            ("Journal of Advanced Nursing", 2025, "Hale"),
        ),
        (
            "In 2023, a review led by Yusuf Moore and published in the Cochrane Database of Systematic Reviews "
            "pooled 17 trials.",
            None,
            ("Cochrane Database of Systematic Reviews", 2023, "Moore"),
        ),
    ],
)
def test_news_wordings_of_who_published_where_and_when(text: str, published, expected: tuple) -> None:
    mentions = find_inline_mentions(split_sentences(text), published)
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The trial, published today in European Urology, was led by researchers at Calder Valley Hospitals.",
        "A trial led by St Aldhelm's, published today in Age and Ageing, found less dizziness.",
        "A trial led by researchers at Northbridge University Medical Centre was published today in Addiction.",
    ],
)
def test_an_institution_is_not_a_lead_author(text: str) -> None:
    assert find_inline_mentions(split_sentences(text), ArticleDate(2025, 6)) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The analysis was uploaded to the preprint server medRxiv on Tuesday by a team led by the "
            "paediatrician Dr Ana Lindqvist-Moore.",
            ("medRxiv", 2026, "Lindqvist-Moore"),
        ),
        (
            "Led by Dr Omar Feld, the team posted the work on Research Square in 2025.",
            ("Research Square", 2025, "Feld"),
        ),
    ],
)
def test_preprint_servers_are_where_a_preprint_appeared(text: str, expected: tuple) -> None:
    mentions = find_inline_mentions(split_sentences(text), ArticleDate(2026, 3))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [expected]


def test_the_lead_author_of_the_report_named_with_their_job() -> None:
    text = (
        '"They fall backward," said Dr. Marisol Okoye-Bennett, an orthopedic surgeon at Desert Mercy and lead author '
        "of the report, which was published in May in the Orthopaedic Journal of Sports Medicine."
    )
    mentions = find_inline_mentions(split_sentences(text), ArticleDate(2026, 6))
    assert [(m.journal, m.year, m.first_author, m.author_in_sentence) for m in mentions] == [
        ("Orthopaedic Journal of Sports Medicine", 2026, "Okoye-Bennett", True)
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The findings appear in The Lancet Infectious Diseases, in a paper led by Professor Wei Tan.",
            ("The Lancet Infectious Diseases", 2026, "Tan"),
        ),
        (
            "A modelling study, published this month in PLOS Neglected Tropical Diseases, put the cost at $20m. Its "
            "lead author, Mr Gopal Rajaratnam, said it pays for itself.",
            ("PLOS Neglected Tropical Diseases", 2026, "Rajaratnam"),
        ),
    ],
)
def test_findings_that_appear_in_a_journal_and_a_lead_author_after_a_comma(text: str, expected: tuple) -> None:
    mentions = find_inline_mentions(split_sentences(text), ArticleDate(2026, 7))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [expected]


def test_led_by_a_four_word_job_title() -> None:
    text = (
        "It was published in Disability and Rehabilitation in 2026, led by speech and language therapist Dr Maeve "
        "Rourke."
    )
    mentions = find_inline_mentions(split_sentences(text))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [
        ("Disability and Rehabilitation", 2026, "Rourke")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # accented given names, and a given name with two family names
        (
            "The trial, led by Inés Garrido Ponce, was published last month in the Journal of Hand Therapy.",
            "Garrido Ponce",
        ),
        ("The review was published in 2025 in Pain Reports, led by Dr Joaquim Pereira Lobo.", "Pereira Lobo"),
        ("Its lead author, Ms Zoë Hartley, said so. It was published in 2024 in Clinical Rehabilitation.", "Hartley"),
        ("It was published in 2024 in Clinical Rehabilitation and led by Łukasz Nowicki.", "Nowicki"),
    ],
)
def test_lead_authors_with_accents_and_two_family_names(text: str, expected: str) -> None:
    mentions = find_inline_mentions(split_sentences(text), ArticleDate(2026, 3))
    assert [m.first_author for m in mentions] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Writing in BMJ Open in 2024, Professor Eva Lindqvist and colleagues reported that the scheme cut falls.",
            ("BMJ Open", 2024, "Lindqvist"),
        ),
        (
            "In a paper in the Journal of Hepatology last October, Haddad and colleagues described 40 cases.",
            ("Journal of Hepatology", 2025, "Haddad"),
        ),
        (
            '"It\'s a big step," said senior author Dr Linh Nguyen. The paper was published in Nature Medicine on '
            "3 February.",
            ("Nature Medicine", 2026, "Nguyen"),
        ),
        ("A 2023 study in Age and Ageing by Kowalski et al. found the same.", ("Age and Ageing", 2023, "Kowalski")),
        (
            "The trial, which Dr Marta Ruiz led, was reported in Diabetes Care in 2025.",
            ("Diabetes Care", 2025, "Ruiz"),
        ),
    ],
)
def test_papers_named_in_other_newsroom_wordings(text: str, expected: tuple) -> None:
    mentions = find_inline_mentions(split_sentences(text), ArticleDate(2026, 3))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The review, published in 2025 in Pain Reports, was led by Dr Hans van der Berg.", "van der Berg"),
        ("The trial, published in 2025 in Pain Reports, was led by Professor Maria de la Cruz.", "de la Cruz"),
        (
            "The study, published in 2025 in Pain Reports, was led by Dr Nurul Aisyah binti Kamaruddin.",
            "Kamaruddin",
        ),
        # a surname written first, settled by how the article addresses the person later
        (
            "The paper, published in 2025 in Pain Reports, was led by Associate Professor Ng Hui Min. "
            '"It works," said Prof Ng.',
            "Ng",
        ),
    ],
)
def test_particles_patronymics_and_surnames_written_first(text: str, expected: str) -> None:
    mentions = find_inline_mentions(split_sentences(text), ArticleDate(2026, 3))
    assert [m.first_author for m in mentions] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an author-year citation in brackets beats "appear", which alone dates a paper to the article's day
        (
            "The findings appear in the British Journal of Sports Medicine (Okafor et al., 2025).",
            ("British Journal of Sports Medicine", 2025, "Okafor"),
        ),
        # a team "under" its leader
        (
            "Details were published in Pediatrics in 2025 by a team under Dr Maria Souza.",
            ("Pediatrics", 2025, "Souza"),
        ),
    ],
)
def test_bracketed_years_and_teams_under_a_leader(text: str, expected: tuple) -> None:
    _assert_one_mention(text, expected)


def test_a_bracketed_year_beats_the_present_tense_of_appear() -> None:
    text = "The findings appear in the British Journal of Sports Medicine (Okafor et al., 2025)."
    mentions = find_inline_mentions(split_sentences(text), ArticleDate(2026, 3))
    assert [(m.year, m.first_author) for m in mentions] == [(2025, "Okafor")]


def test_the_one_lead_author_named_far_from_the_journal() -> None:
    text = (
        '"The hours count," said Dr. Francisca Sepúlveda Araya, intensive care specialist and head of the ECMO '
        "programme, who led the study. She said one day of ECMO costs a great deal. The team wants a network. "
        "Prevention matters too. The ministry reminded the public to air closed rooms. "
        "The study was published in 2026 in the journal Perfusion."
    )
    mentions = find_inline_mentions(split_sentences(text))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [("Perfusion", 2026, "Sepúlveda Araya")]


def test_a_lead_researcher_named_at_the_start_of_a_sentence_far_from_the_journal() -> None:
    text = (
        "In the study, published in 2026 in the journal Lasers in Surgery and Medicine, women used a real mask. "
        "Skin firmness did not change. The masks cost a lot. Shops sell many of them. Dermatologists are wary. "
        "Lead researcher Dr Fenella Osgood-Baptiste, of the Harwell Institute, said the effect was small."
    )
    mentions = find_inline_mentions(split_sentences(text))
    assert [(m.first_author, m.year) for m in mentions] == [("Osgood-Baptiste", 2026)]


def test_the_storys_own_study_published_without_a_date_is_from_the_storys_year():
    own = (
        "A trial randomly assigned 204 adults to tai chi or physiotherapy. The study was published in the Annals of "
        "Internal Medicine. Lead author Dr Chenchen Wang said the results gave patients another option."
    )
    other = "A study published in JAMA found the same. Lead author Dr Ann Lee said so."
    found = find_inline_mentions(split_sentences(own), ArticleDate.parse("2026-03-01"))
    assert [(m.first_author, m.journal, m.year) for m in found] == [("Wang", "Annals of Internal Medicine", 2026)]
    assert find_inline_mentions(split_sentences(other), ArticleDate.parse("2026-03-01")) == []
    appositive = (
        "Lead researcher Professor Helen Ward said music helped. The study, published in The Lancet Healthy "
        "Longevity, was funded by a charity."
    )
    found = find_inline_mentions(split_sentences(appositive), ArticleDate.parse("2026-03-04"))
    assert [(m.first_author, m.year) for m in found] == [("Ward", 2026)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # news of a paper told in the present carries the article's year
        (
            "Writing in BMJ Open, Professor Kwame Mensah and colleagues report that nurses in a cohort slept less.",
            ("BMJ Open", 2026, "Mensah"),
        ),
        (
            "The cohort study is reported in the latest issue of The Lancet Public Health by a team under Dr Hye-jin"
            " Park.",
            ("The Lancet Public Health", 2026, "Park"),
        ),
    ],
)
def test_a_paper_told_in_the_present_is_dated_by_the_article(text: str, expected: tuple) -> None:
    mentions = find_inline_mentions(split_sentences(text), ArticleDate.parse("2026-03-10"))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [expected]


def test_an_undated_paper_told_in_the_past_gets_no_year_from_the_article() -> None:
    text = "In a paper in Nature Medicine, researchers led by Prof. Luis Ortega described a trial of 450 patients."
    assert find_inline_mentions(split_sentences(text), ArticleDate.parse("2026-03-10")) == []


def test_a_companion_paper_in_the_same_issue_takes_that_issue_s_year() -> None:
    text = (
        "The trial was published in 2026 in Addiction, said lead author Dr Kadri Tamm-Kuusk. "
        "A companion qualitative study, published in the same issue of Addiction and led by Dr Liis Kõiv, "
        "interviewed 42 doctors."
    )
    mentions = find_inline_mentions(split_sentences(text))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [
        ("Addiction", 2026, "Tamm-Kuusk"),
        ("Addiction", 2026, "Kõiv"),
    ]


def test_a_role_before_the_name_is_no_given_name() -> None:
    text = (
        "A separate modelling study published in the Medical Journal of Australia in 2025, led by Associate "
        "Professor Fiona Lachlan-Tan, estimated the costs."
    )
    [mention] = find_inline_mentions(split_sentences(text))
    assert mention.first_author == "Lachlan-Tan"


def test_the_one_lead_author_goes_to_the_latest_paper_only() -> None:
    text = (
        "The team's earlier survey of 1,146 players was published in 2024 in the Journal of Aging and Physical "
        "Activity. Players liked the game. Coaches liked it too. Clubs grew. Leagues formed. "
        "The new paper is published in 2026 in BMJ Open Sport & Exercise Medicine. Fitness rose. "
        "Blood pressure fell. Falls were rare. Lead researcher Dr Hal Ashdown-Reyes said more clubs were needed."
    )
    mentions = find_inline_mentions(split_sentences(text))
    assert [(m.journal, m.year, m.first_author) for m in mentions] == [
        ("BMJ Open Sport & Exercise Medicine", 2026, "Ashdown-Reyes")
    ]


def test_the_lead_author_named_three_sentences_after_the_journal() -> None:
    text = (
        "A meta-analysis published in the International Journal of Dermatology in 2025 pooled nineteen trials. "
        "People taking collagen had slightly better skin hydration. Most trials were small. "
        "The review was led by Dr Hugo Lefèvre."
    )
    assert [(m.journal, m.first_author) for m in find_inline_mentions(split_sentences(text))] == [
        ("International Journal of Dermatology", "Lefèvre")
    ]
