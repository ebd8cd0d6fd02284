"""One reference string per citation style -> its fields. All strings are invented for these tests."""

from __future__ import annotations

import pytest

from pipelines.extract.reference_fields import parse_reference, surname

CASES = [
    # Vancouver / NLM with DOI and "et al."
    (
        "Nguyen TH, Okafor CE, Lindqvist A, et al. Acupressure for chemotherapy-induced nausea: a pilot randomized "
        "trial. J Clin Oncol. 2019;37(15):1120-1128. doi:10.1200/JCO.18.01234",
        dict(
            first_author="Nguyen",
            year=2019,
            journal="J Clin Oncol",
            volume="37",
            issue="15",
            pages="1120-1128",
            doi="10.1200/JCO.18.01234",
            title="Acupressure for chemotherapy-induced nausea: a pilot randomized trial",
        ),
    ),
    # NLM with a date and a day before the volume, abbreviated page range, PMID
    (
        "Ortega JL, Brandt K. Massage for low back pain in nurses. Int J Nurs Stud. 2018 Jun 4;82:14-21. "
        "PMID: 29567324.",
        dict(
            first_author="Ortega",
            year=2018,
            journal="Int J Nurs Stud",
            volume="82",
            issue=None,
            pages="14-21",
            pmid="29567324",
        ),
    ),
    # Supplement / part issue kept as printed
    (
        "Lund I, Svensson E. Reliability of pressure algometry. Scand J Pain. 2012;3(1 Pt 2):12-18.",
        dict(first_author="Lund", volume="3", issue="1 Pt 2", pages="12-18"),
    ),
    # AMA with a space after the semicolon and an e-page
    (
        "Haddad M, Ruiz-Perez F. Yoga for anxiety in adolescents. BMJ Open 2020; 10: e034567.",
        dict(first_author="Haddad", year=2020, journal="BMJ Open", volume="10", pages="e034567"),
    ),
    # APA with https DOI and an ampersand
    (
        "Brennan, P. A., & Mackey, R. (2017). Walking programs and knee osteoarthritis: A meta-analysis. "
        "Arthritis Care & Research, 69(4), 512–520. https://doi.org/10.1002/acr.23001",
        dict(
            first_author="Brennan",
            year=2017,
            journal="Arthritis Care & Research",
            volume="69",
            issue="4",
            pages="512-520",
            doi="10.1002/acr.23001",
            title="Walking programs and knee osteoarthritis: A meta-analysis",
        ),
    ),
    # Harvard with quoted title and "pp."
    (
        "Keller, S. and Yamamoto, T. (2015) 'Sleep duration and pain sensitivity', Pain Medicine, 16(3), pp. 455-463.",
        dict(
            first_author="Keller",
            year=2015,
            title="Sleep duration and pain sensitivity",
            journal="Pain Medicine",
            volume="16",
            issue="3",
            pages="455-463",
        ),
    ),
    # Nature: volume, pages, (year) at the end
    (
        "Okonkwo, A. et al. Gut microbiota shifts after fasting. Nature 512, 77–81 (2014).",
        dict(
            first_author="Okonkwo",
            year=2014,
            journal="Nature",
            volume="512",
            pages="77-81",
            title="Gut microbiota shifts after fasting",
        ),
    ),
    # ACS: journal year, volume, pages
    (
        "Fischer, R. M.; Lopez, D. Catalytic mechanism of a novel hydrolase. Biochemistry 2011, 50, 4412–4420.",
        dict(first_author="Fischer", year=2011, journal="Biochemistry", volume="50", issue=None, pages="4412-4420"),
    ),
    # IEEE: initials first, quoted title with comma inside the quotes
    (
        'A. Kumar, B. Singh, and C. Zhao, "Wearable sensors for gait analysis," IEEE Trans. Biomed. Eng., '
        "vol. 64, no. 7, pp. 1503–1512, 2017.",
        dict(
            first_author="Kumar",
            year=2017,
            journal="IEEE Trans. Biomed. Eng",
            volume="64",
            issue="7",
            pages="1503-1512",
            title="Wearable sensors for gait analysis",
        ),
    ),
    # MLA: volume.issue (year): pages
    (
        'Marchetti, Laura. "Memory and the Novel." Modern Fiction Studies 48.3 (2002): 512–40.',
        dict(
            first_author="Marchetti",
            year=2002,
            journal="Modern Fiction Studies",
            volume="48",
            issue="3",
            pages="512-40",
            title="Memory and the Novel",
        ),
    ),
    # French nursing-magazine style: month name, n° issue and "p."
    (
        "DUPONT, Claire. Le soin palliatif à domicile. Soins, mars 2015, n°793. p. 40-43.",
        dict(first_author="DUPONT", year=2015, journal="Soins", volume=None, issue="793", pages="40-43"),
    ),
    # Chicago: volume, issue (Season year): pages
    (
        "Ferreira, Paulo. “Rivers and Empire.” Colonial History Review 12, no. 3 (Spring 1999): 201–225.",
        dict(
            first_author="Ferreira",
            year=1999,
            journal="Colonial History Review",
            volume="12",
            issue="3",
            pages="201-225",
            title="Rivers and Empire",
        ),
    ),
    # Roman numeral volume
    (
        'Hale, Martin. "On Queues." Operations Quarterly, Vol. XII, No. 2 (1961), pp. 33-47.',
        dict(first_author="Hale", year=1961, volume="XII", issue="2", pages="33-47"),
    ),
    # Astrophysics short form without a title
    (
        "Moreau P.J., Ivanova K.L., 2004, MNRAS, 351, 1120",
        dict(first_author="Moreau", year=2004, journal="MNRAS", volume="351", pages="1120", title=None),
    ),
    # Title-case title with no lowercase word before the journal
    (
        "Smith J, Jones K. Diet, Exercise and Sleep in Adults. Am J Med. 2010;123(4):300-9.",
        dict(first_author="Smith", title="Diet, Exercise and Sleep in Adults", journal="Am J Med", pages="300-9"),
    ),
    # A title that ends with a question mark and goes on with a lowercase subtitle
    (
        "Park S, Lee H. Does walking help? Results from a community cohort of older adults. Age Ageing. "
        "2016;45(2):234-240.",
        dict(title="Does walking help? Results from a community cohort of older adults", journal="Age Ageing"),
    ),
    # Particles in the surname
    (
        "van der Berg, H., & de Vries, M. (2019). Cycling to work and mortality. European Journal of "
        "Epidemiology, 34, 101–110.",
        dict(first_author="van der Berg", year=2019, volume="34", pages="101-110"),
    ),
    # Full names, "and", a journal in "In ... volume ..., pages ..." form followed by a publisher
    (
        "Clara Weiss and Tomas Ruiz. Spectral bounds for random graphs. In Annals of Discrete Maths, volume 7, "
        "pages 101–130. Elsevier, 2011.",
        dict(first_author="Weiss", year=2011, journal="Annals of Discrete Maths", volume="7", pages="101-130"),
    ),
    # Corporate author
    (
        "Centers for Disease Control and Prevention. (2020). Chronic pain among adults. Retrieved from "
        "https://www.cdc.gov/pain",
        dict(first_author="Centers for Disease Control and Prevention", year=2020, title="Chronic pain among adults"),
    ),
    # Web page "Title, Organization, date"
    (
        "Knee Pain Basics, Mayo Clinic, Reviewed March 2021.",
        dict(first_author="Mayo Clinic", year=2021, title="Knee Pain Basics"),
    ),
    # Trailing database notes are ignored
    (
        "Berg T, Amundsen L. Balance training in stroke survivors. Clin Rehabil. 2014 39(2) 45-51. "
        "NIHMSID NIHMS123456 PubMed [journal] PMID 24561234, PMCID PMC4012345",
        dict(journal="Clin Rehabil", volume="39", issue="2", pages="45-51", pmid="24561234"),
    ),
    # Markdown emphasis around the journal
    (
        "Ito K, Sato Y. Green tea and blood pressure. *Hypertens Res*. 2013;36(4):310-315.",
        dict(journal="Hypertens Res", volume="36", issue="4", pages="310-315"),
    ),
    # DOI inside parentheses keeps its balanced parentheses and loses the trailing ones
    (
        "Ahmed R. Salt intake and stroke. Lancet Neurol. 2020;19(3):200-9 (doi:10.1016/S1474-4422(20)30001-2).",
        dict(doi="10.1016/S1474-4422(20)30001-2", volume="19", issue="3", pages="200-9"),
    ),
    # AMA online-first: "Published online <date>" is not part of the journal
    (
        "Rivera M, Chen L, Patel S, et al. Remote physical therapy for knee replacement. JAMA Netw Open. Published "
        "online March 3, 2021. doi:10.1001/jamanetworkopen.2021.0123",
        dict(
            first_author="Rivera",
            year=2021,
            journal="JAMA Netw Open",
            volume=None,
            doi="10.1001/jamanetworkopen.2021.0123",
        ),
    ),
    # Database link labels after the reference
    (
        "Fox A, Kim B. Sleep and pain in teens. Pediatrics. 2019;144(2):e20183456. [PubMed] [Google Scholar]",
        dict(journal="Pediatrics", volume="144", issue="2", pages="e20183456"),
    ),
    # All-caps short surname that looks like initials
    ("LEE J, PARK S. Acupuncture in stroke. Stroke. 2015;46(3):800-805.", dict(first_author="LEE", journal="Stroke")),
    # Harvard with "pp." glued to the pages
    (
        "Smith, J., 2019. Walking and mood. Journal of Health Psychology, 12(3), pp.45-67.",
        dict(first_author="Smith", year=2019, title="Walking and mood", volume="12", issue="3", pages="45-67"),
    ),
    # Dotted ISO abbreviations in the journal, hyphenated and accented names
    (
        "Al-Khatib S, O'Connor D, Müller-Lüdenscheidt K. Heart rhythm monitoring at home. Eur. J. Cardiovasc. Nurs. "
        "2022; 21(1): 10–18.",
        dict(
            first_author="Al-Khatib",
            title="Heart rhythm monitoring at home",
            journal="Eur. J. Cardiovasc. Nurs",
            volume="21",
            issue="1",
            pages="10-18",
        ),
    ),
    # A 4-digit page range is not a year
    (
        "Wu Q, Hart D. Enzyme kinetics revisited. Proc Natl Acad Sci USA 1999; 96: 2017-2022.",
        dict(year=1999, volume="96", pages="2017-2022"),
    ),
]


@pytest.mark.parametrize("raw,expected", CASES)
def test_parse_reference_fields(raw: str, expected: dict) -> None:
    fields = parse_reference(raw)
    for name, value in expected.items():
        assert getattr(fields, name) == value, (name, getattr(fields, name))


@pytest.mark.parametrize(
    "author,expected",
    [
        ("Smith, J.", "Smith"),
        ("J. Smith", "Smith"),
        ("Gary B Huang", "Huang"),
        ("Kurth AE", "Kurth"),
        ("Bruggen M.", "Bruggen"),
        ("ALLEN (J.P.)", "ALLEN"),
        ("Ludwig van Beethoven", "van Beethoven"),
        ("DE HEERING", "DE HEERING"),
        ("Taylor AL", "Taylor"),
        ("World Health Organization", "World Health Organization"),
        # two family names before the initials, as Spanish and Portuguese authors are listed
        ("Garrido Ponce MJ", "Garrido Ponce"),
        ("Pereira da Costa A", "Pereira da Costa"),
    ],
)
def test_surname(author: str, expected: str) -> None:
    assert surname(author) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        ".",
        "2019",
        "(",
        "et al.",
        "doi:",
        "«»",
        "PMID: 1",
        "1-2-3-4",
        "A. B. C. D.",
        "“unclosed title",
        "Smith J. " * 50,
        "vol. no. pp.",
        "10.1000/xyz",
    ],
)
def test_parse_reference_never_raises(raw: str) -> None:
    fields = parse_reference(raw)
    assert fields.year is None or 1500 <= fields.year <= 2099


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # BMJ style: year;volume:article number, with a letter-prefixed article number that looks like a year
        (
            "Ferris P, Nkemelu O. Bike lanes and commuter injuries: cohort study. BMJ 2022;377:e2011. "
            "doi:10.1136/bmj-2021-000001",
            dict(year=2022, volume="377", pages="e2011", journal="BMJ"),
        ),
        # a quoted phrase that opens a longer title keeps its quotes; the journal is only the journal
        (
            'Ames, R., & Oduya, F. (2021). "I just kept going": A qualitative study of night-shift cleaners. '
            "Work and Stress, 35(2), 101-118.",
            dict(
                title='"I just kept going": A qualitative study of night-shift cleaners',
                journal="Work and Stress",
                year=2021,
            ),
        ),
        # a title wholly in quotes loses them
        (
            'Ames, R. (2020). "Sleep on the night shift". Work and Stress, 34(1), 1-9.',
            dict(title="Sleep on the night shift", journal="Work and Stress"),
        ),
    ],
)
def test_bmj_locators_and_quoted_title_openings(raw: str, expected: dict) -> None:
    fields = parse_reference(raw)
    for name, value in expected.items():
        assert getattr(fields, name) == value, (name, getattr(fields, name))


@pytest.mark.parametrize(
    ("raw", "first_author", "title"),
    [
        (
            "HALO cohort (n = 2,113). Ferris P, Adeyemi T, Wu L, et al. Ten-year outcomes of watchful waiting: the "
            "HALO cohort. Eur Urol 2022; 81: 12-20.",
            "Ferris",
            "Ten-year outcomes of watchful waiting: the HALO cohort",
        ),
        (
            "Trial discussed in the episode. Ng K, et al. Knee braces after surgery. BMJ 2021; 372: n12.",
            "Ng",
            "Knee braces after surgery",
        ),
        # No label: the authors open the reference and nothing is cut.
        (
            "Kutner JS, Smith MC, et al. Massage therapy versus simple touch. Ann Intern Med. 2008;149:369-79.",
            "Kutner",
            "Massage therapy versus simple touch",
        ),
    ],
)
def test_a_label_before_the_authors_is_not_part_of_the_reference(raw: str, first_author: str, title: str) -> None:
    fields = parse_reference(raw)
    assert (fields.first_author, fields.title) == (first_author, title)


def test_emoji_and_a_schemeless_doi_link_are_not_part_of_the_fields() -> None:
    fields = parse_reference("📄 Ortiz M, Lund K, et al. Eur Respir J 2024\n🔗 doi.org/10.5555/erj.2024.0042")
    assert (fields.first_author, fields.year, fields.journal, fields.doi) == (
        "Ortiz",
        2024,
        "Eur Respir J",
        "10.5555/erj.2024.0042",
    )


def test_a_volume_with_a_lettered_series_keeps_its_letter() -> None:
    fields = parse_reference(
        "Okafor, J., & Lind, P. (2023). Hip fracture care. The Bone & Joint Journal, 105-B(2), 120–128."
    )
    assert (fields.journal, fields.volume, fields.issue, fields.pages) == (
        "The Bone & Joint Journal",
        "105-B",
        "2",
        "120-128",
    )


@pytest.mark.parametrize(
    "flag",
    ["[RETRACTED]", "[Corrected]", "[Erratum in: Lancet. 2024;403:12]", "[Expression of Concern]"],
)
def test_a_publication_status_flag_is_no_part_of_the_journal(flag: str) -> None:
    raw = f"Ng, T. & Holm, A. Drops for ear infections: a trial. J. Pediatr. 241, 88–95 (2022). {flag}"
    fields = parse_reference(raw)
    assert (fields.journal, fields.volume, fields.pages, fields.year) == ("J. Pediatr", "241", "88-95", 2022)


def test_a_particle_joined_to_an_authors_name_is_part_of_the_author_list():
    ref = (
        "El-Sayed, M.A., Abdel-Rahman, H. and al-Masri, H. (2026) 'Oral bovine lactoferrin versus ferrous sulphate "
        "in pregnancy', International Journal of Gynecology & Obstetrics, 173(2), pp. 488–496."
    )
    parsed = parse_reference(ref)
    assert (parsed.first_author, parsed.year) == ("El-Sayed", 2026)
    assert parsed.title.startswith("Oral bovine lactoferrin")
    # (a lower-case word with an apostrophe in a French title is no author)
    french = parse_reference(
        "PECHILLON, Eric. Chambre d’isolement : quelle protection juridique du patient. Santé Mentale, 2015, n°203."
    )
    assert french.title.startswith("Chambre d’isolement")
