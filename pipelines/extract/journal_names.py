"""Vocabulary of journal names: abbreviation words and well-known titles.

Two uses: telling a journal segment of a reference from a title segment ("J. Med. Chem." is a journal,
"A randomized trial" is not), and spotting journals named in running prose ("published in JAMA").
"""

from __future__ import annotations

import re

# Words that start or make up journal names in full or NLM/ISO abbreviated form. A period after one of
# these is an abbreviation period, never the end of a title.
ABBREVIATION_WORDS = frozenset(
    """j jr am ann annu arch acad adv appl assoc aust biol biochem bioinform biomed br bull can cardiol
    chem chim clin commun comp compr conf crit curr dermatol dev dis ecol econ educ endocrinol engl environ
    epidemiol eur exp fam gastroenterol gen geophys genet gerontol gynecol hist hosp hum immunol infect
    inf int intern invest jpn lett manage mat math mech med microbiol mol nat natl neurol neurosci nucl
    nurs nutr obstet occup oncol ophthalmol opin orthop paediatr palliat pathol pediatr perinatol pharm
    pharmacol philos phys physiol pract prev proc prog psychiatr psychol psychosom q radiol rehabil rep
    res resp rev rheumatol scand sch sci soc stat stud surg symp syst technol ther toxicol transl trans
    trop univ urol vet virol z zool assn jama bmj ieee""".split()
)

# Words whose presence at the start of a segment marks it as a journal name.
JOURNAL_HEAD_WORDS = frozenset(
    """journal j annals ann proceedings proc archives arch bulletin bull review reviews rev transactions
    trans letters lett acta revue zeitschrift american am british br european eur international int
    nature science cell lancet bmj jama plos bmc frontiers front""".split()
)

# Journals often named in lay articles, as written in prose. Matched case-sensitively on word boundaries,
# so a name must be written with its capitals ("the Lancet" is found, "lancet" is not).
WELL_KNOWN_JOURNALS = (
    "New England Journal of Medicine",
    "NEJM",
    "JAMA Network Open",
    "JAMA Internal Medicine",
    "JAMA Pediatrics",
    "JAMA Psychiatry",
    "JAMA Neurology",
    "JAMA Oncology",
    "JAMA Cardiology",
    "JAMA Surgery",
    "JAMA Dermatology",
    "JAMA Ophthalmology",
    "JAMA Health Forum",
    "JAMA",
    "Journal of the American Medical Association",
    "The Lancet",
    "Lancet Oncology",
    "Lancet Neurology",
    "Lancet Psychiatry",
    "Lancet Public Health",
    "Lancet Global Health",
    "Lancet Diabetes & Endocrinology",
    "Lancet Respiratory Medicine",
    "Lancet",
    "The BMJ",
    "BMJ Open",
    "BMJ",
    "British Medical Journal",
    "British Journal of Sports Medicine",
    "Annals of Internal Medicine",
    "Annals of Family Medicine",
    "Annals of Oncology",
    "Annals of Neurology",
    "Nature Medicine",
    "Nature Communications",
    "Nature Neuroscience",
    "Nature Human Behaviour",
    "Nature",
    "Science Translational Medicine",
    "Science Advances",
    "Science",
    "Cell",
    "PLoS ONE",
    "PLOS ONE",
    "PLOS Medicine",
    "PLoS Medicine",
    "PNAS",
    "Proceedings of the National Academy of Sciences",
    "Pediatrics",
    "Pain",
    "Spine",
    "Circulation",
    "Neurology",
    "Diabetes Care",
    "Cancer",
    "Journal of Clinical Oncology",
    "Journal of Pain",
    "The Journal of Pain",
    "Clinical Journal of Pain",
    "European Journal of Pain",
    "Pain Medicine",
    "Journal of General Internal Medicine",
    "Archives of Internal Medicine",
    "Archives of Physical Medicine and Rehabilitation",
    "American Journal of Public Health",
    "American Journal of Psychiatry",
    "American Journal of Medicine",
    "American Journal of Epidemiology",
    "American Journal of Clinical Nutrition",
    "Journal of Alternative and Complementary Medicine",
    "Complementary Therapies in Medicine",
    "Evidence-Based Complementary and Alternative Medicine",
    "Journal of Manipulative and Physiological Therapeutics",
    "Chiropractic & Manual Therapies",
    "Cochrane Database of Systematic Reviews",
    "Cochrane Library",
    "Journal of Palliative Medicine",
    "Journal of Pain and Symptom Management",
    "Supportive Care in Cancer",
    "Arthritis Care & Research",
    "Arthritis & Rheumatology",
    "Rheumatology",
    "Sleep",
    "Obesity",
    "Journal of Physiotherapy",
    "Physical Therapy",
    "Musculoskeletal Science and Practice",
    "International Journal of Therapeutic Massage & Bodywork",
    "International Journal of Therapeutic Massage and Bodywork",
    "Journal of Bodywork and Movement Therapies",
    "Journal of Perinatology",
    "Infant Behavior and Development",
    "Mayo Clinic Proceedings",
    "Canadian Medical Association Journal",
    "CMAJ",
    "Medical Journal of Australia",
    "Journal of the American Geriatrics Society",
    "Journal of the American Heart Association",
    "European Heart Journal",
    "Psychological Medicine",
    "Psychological Science",
    "Health Psychology",
    "Scientific Reports",
    "eLife",
    "Frontiers in Psychology",
    "Frontiers in Public Health",
    "Journal of Developmental and Behavioral Pediatrics",
    "Journal of Affective Disorders",
    "Journal of Sport and Health Science",
    "Sports Medicine",
    "Medicine & Science in Sports & Exercise",
    "Journal of Clinical Psychiatry",
    "Journal of Neuroscience",
    "Brain",
    "Gut",
    "Thorax",
    "Hypertension",
    "Heart",
    "Stroke",
    "Chest",
    "Blood",
    "Diabetes",
    "Diabetologia",
    "Allergy",
    "Addiction",
    "Headache",
    "Cephalalgia",
    "Epilepsia",
    "Gastroenterology",
    "Hepatology",
    "Ophthalmology",
    "Radiology",
    "Anaesthesia",
    "Anesthesiology",
    "Menopause",
    "Maturitas",
    "Vaccine",
    "Nutrients",
    "Appetite",
)

_ALTERNATION = "|".join(re.escape(name) for name in sorted(set(WELL_KNOWN_JOURNALS), key=len, reverse=True))
WELL_KNOWN_JOURNAL_RE = re.compile(rf"(?<![\w-])(?:{_ALTERNATION})(?![\w-])")
