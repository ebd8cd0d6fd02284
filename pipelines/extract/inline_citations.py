"""Papers named in running prose: "published in JAMA Network Open in May 2018 ... lead author Christine Goertz".

A mention needs a publication cue and a journal name; the year and the lead author are looked for in
the same sentence and its neighbours. Only mentions that give a lead author and a year are kept,
because without them no reader could tell which paper is meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.doi import LINKED_DOI, clean_doi
from pipelines.extract.east_asian_names import family_name_first
from pipelines.extract.identifier_citations import PMID_MENTION
from pipelines.extract.journal_names import WELL_KNOWN_JOURNAL_RE
from pipelines.extract.name_particles import PARTICLE_PATTERN, PARTICLES, PATRONYMICS, SECOND_GIVEN_NAMES
from pipelines.extract.relative_dates import ArticleDate, relative_years
from pipelines.extract.stems import Stems
from pipelines.model import Sentence

YEAR = r"(?:19[5-9]\d|20\d\d)"
_CAP = r"[A-Z][\w'’&-]*"
# (journals in other languages join their words too: "Annales de Dermatologie et de Vénéréologie")
_JOIN = r"(?:of|and|the|in|for|&|on|de|du|des|et|di|del|der|und|für)"
# A capitalized phrase such as "Musculoskeletal Science and Practice" or "Journal of the X".
_TITLE_CASE = rf"{_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP})*"
# A journal with a subtitle: "Fatigue: Biomedicine, Health & Behavior"
# ("Scandinavian Journal of Work, Environment & Health": a name that lists its subjects, the last after "&")
_JOURNAL_CASE = (
    rf"{_TITLE_CASE}(?:(?:,\s+{_CAP}(?:\s+{_CAP})*)+,?\s+(?:&|and)\s+{_CAP}(?:\s+{_CAP})*)?"
    rf"(?::\s+{_CAP}(?:,?\s+(?:{_JOIN}\s+)*{_CAP})*)?"
)
# Preprint servers, named as they print themselves: one-word names no capitalised-phrase rule would take.
_PREPRINT_SERVERS = (
    r"medRxiv|bioRxiv|arXiv|PsyArXiv|SportRxiv|ChemRxiv|SocArXiv|Research\s+Square|SSRN|Preprints\.org|OSF\s+Preprints"
)
_LANGUAGES = (
    r"(?:English|French|Spanish|German|Portuguese|Italian|Dutch|Russian|Chinese|Japanese|Korean|Arabic|Polish|Turkish"
    r"|Swedish|Norwegian|Danish|Finnish|Greek|Hebrew|Persian|Hindi|Indonesian|Vietnamese|Thai|Czech|Hungarian|Romanian)"
)
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_ISSUE_OF = rf"(?:(?:(?:{_MONTHS})\s+)?(?:{YEAR}\s+)?(?:issue|edition|number)\s+of\s+(?:the\s+)?)?"
_CUE = re.compile(
    # ("Published in JAMA Oncology on 3 June 2024, the analysis ...": a sentence may open with it)
    rf"\b(?:[Pp]ublished|appears?|appeared|reported|described|printed|out|written\s+up|came\s+out)\s+"
    # "published the work in", "reported Wednesday in", "published on Monday in"
    # ("published the results of a school-year trial of sit-stand desks in the International Journal of ...")
    rf"(?:(?:the|their|its|his|her)\s+(?:work|study|results|findings|paper|data)(?:\s+of\s+[^.;,]{{1,60}}?(?=\s+in\s))?\s+)?"
    rf"(?:online\s+|this\s+\w+\s+|today\s+|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|"
    rf"recently\s+|simultaneously\s+|jointly\s+|separately\s+|last\s+\w+\s+|earlier\s+\w+\s+"
    # the language it was written in is no journal: "published in French in the Annales de Dermatologie"
    rf"|in\s+{_LANGUAGES}\s+(?=in\s))?(?:in\s+(?:the\s+)?(?:(?:{_MONTHS})\s+)?(?:{YEAR}\s+)?"
    rf"(?:issue\s+of\s+)?in\s+)?"
    rf"(?:in\s+)?(?:the\s+)?"
    # "published in the March 2024 issue of JAMA Ophthalmology"
    rf"(?:(?:(?:{_MONTHS})\s+|(?:latest|current|newest|most\s+recent|same)\s+)?"
    rf"(?:{YEAR}\s+)?(?:issue|edition|number)\s+of\s+(?:the\s+)?)?"
    rf"(?:(?:peer-reviewed|medical|scientific|online|open-access)\s+)?(?:journal\s+)?"
    rf"(?P<journal>{_JOURNAL_CASE})"
    r"|\bin\s+the\s+(?:(?:peer-reviewed|medical|scientific)\s+)?journal\s+(?P<journal2>" + _JOURNAL_CASE + r")"
    # "Writing in BMJ Open in 2024, Professor Eva Lindqvist and colleagues reported ..."
    r"|\b[Ww]riting\s+in\s+(?:the\s+journal\s+)?(?P<journal4>" + _JOURNAL_CASE + r")"
    # ("Her team's report in the American Journal of Epidemiology (2019)")
    r"|\b(?:according\s+to\s+(?:an?|the)\s+[\w\s-]{0,40}?|(?:[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Hh]er|[Hh]is|[Tt]heir)\s+"
    r"(?:[\w'’-]+\s+){0,2}(?:study|trial|review"
    r"|analysis|meta-analysis|paper|letter|report)\s+)"
    # ("according to a British trial published in the March 2024 issue of Annals of ...": the issue is no journal)
    r"in\s+(?:the\s+)?" + _ISSUE_OF + r"(?P<journal3>" + _TITLE_CASE + r")"
    # the journal as the subject: "The Lancet Public Health published the results in 2021"
    r"|(?:^|(?<=[.;:]\s))(?P<journal5>" + _JOURNAL_CASE + r")\s+(?:published|carried|ran)\s+(?:the|their|its|these)\s+"
    r"(?:results|findings|study|paper|trial|work|report|analysis)\b"
    # a preprint: "uploaded to the preprint server medRxiv on Monday", "posted on Research Square"
    r"|\b(?:uploaded|posted|published|released|put|shared|deposited|appeared|appears)\s+"
    r"(?:(?:the|their|its|his|her)\s+(?:work|study|results|findings|paper|preprint|analysis)\s+)?(?:online\s+)?"
    r"(?:to|on|in|at)\s+"
    r"(?:the\s+)?(?:(?:preprint|open)\s+(?:server|site|platform|repository)\s+)?"
    r"(?P<preprint>" + _PREPRINT_SERVERS + r")\b"
)
_RANGE_START = re.compile(r"\b(?:between|from|since|until|through)\s+$")
# Cheap gate (plain substring tests) so the cue pattern only runs on sentences that can hold a cue.
_GATE_WORDS = (
    "publish",
    "writing in",
    "appear",
    "journal",
    "report",
    "describ",
    "print",
    " out in",
    "according",
    "written up",
    "came out",
    "study in",
    "trial in",
    "review in",
    "analysis in",
    "paper in",
    "letter in",
    "report in",
    "rxiv",
    "research square",
    "ssrn",
    "preprints",
)
_GATE_STEMS = Stems(_GATE_WORDS)  # one pass per sentence instead of a generator over the words
_YEAR_NEAR = re.compile(
    # ("published in The Journal of Pediatrics in 2022¹,": a footnote number glued to the year)
    rf"\b[Ii]n\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?)?(?P<year>{YEAR})(?:\d{{1,2}}(?=[,.;:)]))?\b"
    rf"(?!\s*(?:and|to|through|-|–)\s*\d)"
    rf"|\b(?P<year2>{YEAR})\s+(?:study|trial|paper|review|analysis|report|meta-analysis|survey)\b"
    # "(2025)", and an author-year citation in brackets: "(Okafor et al., 2025)", "(Lindqvist, 2023, BMJ Open)"
    rf"|\((?:[^()]{{1,60}}?,\s*)?(?P<year3>{YEAR})(?:,[^()]{{1,60}})?\)"
    rf"|\b(?:{_MONTHS})\s+(?P<year4>{YEAR})\s+(?:issue|edition)\b"
    # a full date: "on 3 June 2024", "on June 3, 2024"
    rf"|\bon\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+(?P<year5>{YEAR})\b"
)
# A person: "Christine Goertz", "Jane Q. Public", "Dr. Robert Saper", "Dr. Saper" (a title allows one word).
# Capitals and lowercase letters of the Latin alphabets, accents included ("Tomás", "Łukasz", "Zoë").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Žſ"
_LOWER = "a-zß-öø-ÿĀ-ž'’-"
# Name particles: "van der Berg", "de la Cruz", and the Malay and Arabic "binti Kamaruddin", "ibn Rashid"
_PARTICLE = PARTICLE_PATTERN
_NAME = (
    rf"(?:(?:Dr|Prof|Professor)\.?\s+(?P<titled>[{_UPPER}][\w'’-]+(?:\s+[A-Z]\.)?"
    rf"(?:(?:\s+[{_UPPER}][\w'’-]+)?(?:\s+{_PARTICLE}\b)+(?:\s+[{_UPPER}][\w'’-]+){{1,2}}|(?:\s+[{_UPPER}][\w'’-]+){{0,2}}))|"
    rf"(?P<name>[{_UPPER}][{_LOWER}]+(?:\s+[A-Z]\.)?(?:\s+[{_UPPER}][{_LOWER}]+)?(?:\s+{_PARTICLE}\b)*"
    rf"(?:\s+[{_UPPER}][\w'’-]+){{1,2}}))"
)
# "... in Santiago del Estero, who led the study": a place named before the relative clause, not its person
_NOT_A_PLACE = r"(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bfrom\s)"
_AUTHOR_CUES = [
    re.compile(rf"\b[Ll]ead\s+author,?\s+(?:was\s+|is\s+|of\s+the\s+\w+\s+(?:was|is)\s+)?(?:researcher\s+)?{_NAME}"),
    # "Lead researcher: Dr Priya Raman-Hale", "lead investigator Dr. Mark Ode"
    re.compile(rf"(?i:\b(?:lead|principal|chief)\s+(?:researcher|investigator|scientist))\s*(?::|was|is)?\s*{_NAME}"),
    # "led by cardiologist Priya Anand", "led by associate professor Jo Lee": a role in lower case may come first
    # (a role may come first, "led by the nursing researcher Dr ...", but not a place: "led by researchers at
    # Northbridge University", "led by St Aldhelm's")
    re.compile(
        rf"\b(?:led|headed|conducted|authored|coordinated|directed|supervised)\s+by\s+(?:(?!(?:at|from|of|in)\b)[a-z]+\s+){{0,4}}"
        rf"(?!(?:St|Saint|University|Hospital|Institute|Centre|Center)\b){_NAME}"
    ),
    re.compile(
        rf"\bwith\s+{_NAME}(?:\s+(?:of|at|from)\s+[^,.;]{{1,60}}?)?\s+as\s+(?:the\s+)?(?:lead|first|senior)\s+"
        rf"author"
    ),
    re.compile(rf"{_NAME}['’]s\s+(?:research\s+)?(?:team|group|lab)\b"),
    # "Dr Seán Brophy-Mensah of University College Shannon and colleagues"
    re.compile(
        rf"{_NAME}(?:\s+(?:of|at|from)\s+[^,.;]{{1,60}}?)?,?\s+(?:and|with)\s+(?:his|her|their)?\s*"
        rf"(?:colleagues|co-?authors|team|coworkers)\b"
    ),
    re.compile(rf"{_NAME},\s+(?:the\s+)?(?:study's\s+)?(?:lead|senior|first)\s+author"),
    # "Dr. Marisol Okoye-Bennett, an orthopedic surgeon at Desert Mercy and lead author of the report"
    re.compile(rf"{_NAME},\s+(?:an?|the)\s+[^.;]{{1,80}}?\band\s+(?:the\s+)?(?:lead|first|senior)\s+author\b"),
    re.compile(rf"\b(?:first|senior|corresponding|study|co-?)\s*author\s+(?:was\s+|is\s+)?{_NAME}"),
    re.compile(rf"\bby\s+(?=(?:Dr|Prof|Professor)\.?\s){_NAME}"),
    # "by a team under Dr Maria Souza", "a group under Professor Ng"
    re.compile(rf"\b(?:team|group|researchers)\s+(?:led\s+)?under\s+(?=(?:Dr|Prof|Professor)\.?\s){_NAME}"),
    # "by the clinic's director, Dr Tomasz Wielgosz-Harrington", "(team led by Dr Rhiannon Vass-Ellery)"
    re.compile(rf"\bby\s+(?:the|its|their|a|an)\s+[^,.;()]{{1,40}}?,\s+(?=(?:Dr|Prof|Professor)\.?\s){_NAME}"),
    # "Marisol Etxeberria-Quinn, a geriatrician at Coronado State University ..., who led the study"
    re.compile(
        # (a role may come without its article: "Francisca Sepúlveda Araya, intensive care specialist and head of the
        # ECMO programme, who led the study")
        rf"{_NOT_A_PLACE}{_NAME}(?:,?\s+(?:of|at|from)\s+[^.;]{{1,100}}?|,\s+(?:an?\s+|the\s+)?[a-z][^.;]{{1,140}}?),\s+who\s+"
        rf"(?:led|headed"
        rf"|directed)\s+the\s+(?:study|research|trial|work|team|review|analysis)"
    ),
    re.compile(rf"{_NOT_A_PLACE}{_NAME},?\s+who\s+(?:led|headed|directed)\s+the\s+(?:study|research|trial|work|team)"),
    # "Professor Anneliese Kortekaas-Bwalya presented a large international study she led"
    re.compile(
        rf"{_NAME}\s+(?:presented|described|discussed|reported|summarised|summarized|explained)\s+(?:the\s+|an?\s+|her\s+"
        rf"|his\s+)?[^.;]{{0,60}}?\b(?:study|trial|review|analysis|research|work)\s+(?:that\s+)?(?:she|he)\s+(?:led|headed|ran)\b"
    ),
    # "Dr Jane Doyle led it.", "Professor Ng led the work" (after the paper was told)
    re.compile(
        rf"{_NOT_A_PLACE}{_NAME}\s+(?:led|headed|directed|ran)\s+(?:it|the\s+(?:study|trial|work|research|team|review|analysis"
        rf"|project))\b"
    ),
    # "The trial, which Dr Marta Ruiz led, was reported in ..."
    re.compile(rf"\b(?:which|that)\s+{_NAME}\s+(?:led|headed|directed|ran)\b"),
    # a surname alone, as papers are cited: "by Kowalski et al.", "Haddad and colleagues described ..."
    re.compile(
        r"\b(?:by\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:et\s+al\b|and\s+(?:colleagues|co-?authors|co-?workers)\b)"
    ),
]
# Words a capitalized-phrase journal name never starts with.
_NOT_JOURNAL = frozenset(
    "The A An In This That These Those It He She They We I Our Your January February March April "
    "May June July August September October November December".split()
)


@dataclass(frozen=True)
class InlineMention:
    start: int  # span of the journal name
    end: int
    journal: str
    year: int | None
    first_author: str | None
    doi: str | None = None
    pmid: str | None = None
    # False when the author was read from a sentence nearby rather than the journal's own: a weaker reading
    author_in_sentence: bool = True


# "(Pellegrini et al., Environmental Health Perspectives, 2023; doi:10.5555/EHP11872)": a whole reference in brackets.
_BRACKETED_REFERENCE = re.compile(
    r"\((?P<author>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’-]+)?,\s+"
    r"(?P<journal>[A-Z][^,;()]{2,80}?),\s+(?P<year>" + YEAR + r")"
    r"(?:[;,]\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\d{4,9}/[^\s;)]+))?\)"
)


_NAMED_JOURNAL = re.compile(r"\b[A-Z][A-Za-z]")
_NOT_A_SOURCE = re.compile(r"(?i)(?:pp?\.|pages?|table|fig(?:ure)?\.?|chapter|appendix|see|cited|unpublished)\b")
# "(Lindahl et al. 2025, npj Digital Medicine): https://doi.org/10...": author and year first, the DOI after it.
_BRACKETED_AUTHOR_YEAR = re.compile(
    r"\((?P<author>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’-]+)?,?\s+"
    r"(?P<year>" + YEAR + r"),\s+(?P<journal>[A-Za-z][^,;()]{2,80}?)\)"
    r"(?:[\s:*_]*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\d{4,9}/[^\s;)]+))?"
)


def find_bracketed_references(sentences: list[Sentence]) -> list[InlineMention]:
    """References written whole inside brackets in the body: author, journal, year and perhaps a DOI."""
    mentions: list[InlineMention] = []
    for sentence in sentences:
        if "(" not in sentence.text:
            continue
        for m in (*_BRACKETED_REFERENCE.finditer(sentence.text), *_BRACKETED_AUTHOR_YEAR.finditer(sentence.text)):
            journal = m.group("journal").strip()
            # "(Smith 2020, p. 12)", "(Lee 2019, unpublished)", "(Ito 2021, Table 2)": a page or a note, not a journal
            words = journal.split()
            named_the = words[0] == "The" and len(words) > 1 and words[1][:1].isupper()  # "The Lancet", "The BMJ"
            if (words[0] in _NOT_JOURNAL and not named_the) or not _NAMED_JOURNAL.search(journal):
                continue
            if _NOT_A_SOURCE.match(journal):
                continue
            start = sentence.start + m.start("journal")
            doi = m.group("doi").rstrip(".") if m.group("doi") else None
            mentions.append(
                InlineMention(start, start + len(journal), journal, int(m.group("year")), m.group("author"), doi)
            )
    return mentions


def find_inline_mentions(sentences: list[Sentence], published: ArticleDate | None = None) -> list[InlineMention]:
    """Journal mentions with a lead author and a year in the given body sentences, one per distinct paper.

    `published` (the article's date) turns "published last year" into a year."""
    mentions: list[InlineMention] = []
    sole_lead: list[str | None] = []  # looked for once, and only when a mention needs it
    given_the_sole_lead: list[InlineMention] = []
    addressed: frozenset[str] | None = None
    journal_years: dict[str, int] = {}
    for i, sentence in enumerate(sentences):
        lowered = sentence.text.lower()
        if not _GATE_STEMS.found_in_lowercase(lowered):
            continue
        for cue in _CUE.finditer(sentence.text):
            group = next(
                g for g in ("journal", "journal2", "journal3", "journal4", "journal5", "preprint") if cue.group(g)
            )
            if group == "preprint":
                journal = cue.group(group)
            else:
                called_a_journal = "journal" in sentence.text[cue.start() : cue.start(group)].lower()
                journal = _journal_name(cue.group(group), called_a_journal)
            if journal is None:
                continue
            year = _year_near(sentence.text, cue.end(group), published)
            if year is None and published is not None and _OWN_STUDY_PUBLISHED.match(sentence.text, 0, cue.start()):
                # "The study was published in the Annals of Internal Medicine.": the story's own study, just out
                year = published.year
            if year is None and published is not None and _JUST_OUT.search(sentence.text):
                # "Writing in BMJ Open, Professor Kwame Mensah and colleagues report ...", "is reported in the latest
                # issue of": news of a paper told in the present, out in the article's year
                year = published.year
            if year is None and _SAME_ISSUE.search(sentence.text):
                # "A companion study, published in the same issue of Addiction": the year of that journal's paper
                year = journal_years.get(journal_key(journal))
            if year is not None:
                journal_years.setdefault(journal_key(journal), year)
            if year is None:
                continue
            # the lead author is often named a few sentences before the journal ("a team led by Dr X randomly
            # assigned ... It was published in the journal Cell in 2021.")
            window = sentences[max(0, i - 4) : i + 4]
            if addressed is None:
                addressed = addressed_names(sentences)
            author = _author_in(sentence.text, addressed)
            if author is None and i > 0 and _THEIR_PAPER.match(sentence.text):
                # "Nurse researcher Claudine Uwamahoro interviewed 43 people. Her paper, published in May in ..."
                author = _last_person_named(sentences[i - 1].text, addressed)
            author_in_sentence = author is not None
            from_afar = False
            if author is None:
                # (not from a sentence that names a journal of its own: that author is its paper's)
                author = next(
                    (
                        a
                        for s in window
                        if s is not sentence
                        for a in [_author_in(s.text, addressed)]
                        if a and not _names_a_journal(s.text)
                    ),
                    None,
                )
            if author is None:
                # "said lead author Dr X", ten sentences on: the one lead author the article names
                if not sole_lead:
                    sole_lead.append(_sole_lead_author(sentences))
                author = sole_lead[0]
                from_afar = author is not None
            if author is None:
                continue
            offset = sentence.start + cue.start(group)
            doi = LINKED_DOI.search(sentence.text)  # "[Title](https://doi.org/...), published in ..."
            # "It's on PubMed as PMID 97351208": the identifier in the same or the next sentence
            pmid = next((m for s in sentences[i : i + 2] for m in [PMID_MENTION.search(s.text)] if m), None)
            mention = InlineMention(
                offset,
                offset + len(journal),
                journal,
                year,
                author,
                clean_doi(doi.group(1)) if doi else None,
                pmid.group("pmid") if pmid else None,
                author_in_sentence,
            )
            if not any(m.first_author == author and m.year == year for m in mentions):
                mentions.append(mention)
                if from_afar:
                    given_the_sole_lead.append(mention)
    if len(given_the_sole_lead) > 1:
        # the one lead author the article names led its own study, the paper just out, not the team's earlier ones
        latest = max(given_the_sole_lead, key=lambda m: m.year or 0)
        mentions = [m for m in mentions if m is latest or m not in given_the_sole_lead]
    return mentions


_SAME_ISSUE = re.compile(r"(?i)\bsame\s+(?:issue|edition|number)\s+of\b")
_THEIR_PAPER = re.compile(
    r"\W*(?:Her|His)\s+(?:own\s+|new\s+|latest\s+|first\s+)?(?:paper|study|review|report|analysis|trial|findings|results"
    r"|research)\b"
)
_PERSON = re.compile(_NAME)


def _last_person_named(sentence: str, addressed: frozenset[str]) -> str | None:
    """The surname of the last person a sentence names, for a "Her paper" that opens the next one."""
    found = None
    for match in _PERSON.finditer(sentence):
        surname = _surname(match, addressed)
        found = surname or found
    return found


def _names_a_journal(sentence: str) -> bool:
    lowered = sentence.lower()
    if not _GATE_STEMS.found_in_lowercase(lowered):
        return False
    return any(
        _journal_name(cue.group(g), "journal" in sentence[cue.start() : cue.start(g)].lower()) is not None
        for cue in _CUE.finditer(sentence)
        for g in ("journal", "journal2", "journal3", "journal4", "journal5")
        if cue.group(g)
    )


def _sole_lead_author(sentences: list[Sentence]) -> str | None:
    """The lead author the article names, when it names exactly one ("said lead author Dr Niamh Kavanagh-Adeyemi",
    "Dr Francisca Sepúlveda Araya, ..., who led the study", ten sentences before the journal)."""
    names = set()
    for sentence in sentences:
        if "lead" in sentence.text or "Lead" in sentence.text:  # "Lead researcher Dr X, of ..., said"
            for cue in _AUTHOR_CUES[:2]:
                for match in cue.finditer(sentence.text):
                    names.add((match.group("name") or match.group("titled")).split()[-1])
        if "who led" in sentence.text or "who headed" in sentence.text:
            author = _author_in(sentence.text)
            if author:
                names.add(author.split()[-1])
    if len(names) != 1:
        return None
    # the surname as the sentence that named the person gives it ("Sepúlveda Araya", not "Araya")
    name = names.pop()
    full = next((a for s in sentences if name in s.text for a in [_author_in(s.text)] if a and a.endswith(name)), None)
    return full or name


def journal_key(name: str) -> str:
    return " ".join(w for w in re.findall(r"[a-z]+", name.lower()) if w not in {"the", "of", "and", "in", "for", "on"})


def journals_match(a: str | None, b: str | None) -> bool:
    """Same journal, also when one is the NLM abbreviation of the other ("N Engl J Med")."""
    if not a or not b:
        return False
    ka, kb = journal_key(a).split(), journal_key(b).split()
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, full = (ka, kb) if len(" ".join(ka)) <= len(" ".join(kb)) else (kb, ka)
    return len(short) == len(full) and all(f.startswith(s) for s, f in zip(short, full, strict=True))


def _journal_name(candidate: str, called_a_journal: bool = False) -> str | None:
    """The journal in a capitalized phrase; one word is a name only when known or called a journal ("the journal
    Allergy"), since "published in Nature" and "published in March" look alike otherwise."""
    known = WELL_KNOWN_JOURNAL_RE.match(candidate)
    # A known name is taken unless the capitalized phrase goes on ("Sleep" in "Sleep Medicine Reviews").
    if known and not re.match(r"\s+(?:(?:of|and|the|&|for|on)\s+)*[A-Z]", candidate[known.end() :]):
        return known.group(0)
    words = candidate.split()
    # "Musculoskeletal Science and Practice in May": stop before a trailing "in <Month/Year>".
    for i, word in enumerate(words[1:], start=1):
        if word == "in" and i + 1 < len(words) and words[i + 1] in _NOT_JOURNAL:
            words = words[:i]
            break
    while words and words[-1] in {"of", "and", "the", "in", "for", "&", "on"}:
        words.pop()
    # "The Lancet Public Health": after a publication cue, a leading "The" belongs to the name.
    if not words or (words[0] in _NOT_JOURNAL and not (words[0] == "The" and len(words) >= 3)):
        return None
    if len(words) < 2 and not called_a_journal:
        return None
    return " ".join(words)


# The story's own study, said to be out without saying when: "The study was published in ...", "The findings
# appear in ..." (not "A study published in JAMA", which may be years old)
_JUST_OUT = re.compile(
    r"(?i)\b(?:writing\s+in\b[^.;]{0,80}?\b(?:report|reports|say|says|describe|describes|find|finds|show|shows)"
    r"|(?:is|are)\s+(?:published|reported|described)\s+(?:today\s+|this\s+week\s+)?in"
    r"|appears?\s+(?:today\s+|this\s+week\s+)?in|(?:latest|current|this\s+(?:week|month)['’]s)\s+(?:issue|edition))\b"
)
_OWN_STUDY_PUBLISHED = re.compile(
    r"(?i)\W*(?:the|this|their|its|our)\s+(?:new\s+|latest\s+|full\s+)?(?:study|trial|research|findings|results|paper"
    r"|review|analysis|work)\b(?:[^.;]{0,40}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+|\s*,\s*(?:which\s+was\s+)?"
    # ("The study, led by Professor Helena Varga and published in the New England Journal of Medicine, enrolled")
    r"(?:led\s+by\s+[^,.;]{1,60}?\s+and\s+)?)"
    # ("The study, published in The Lancet Healthy Longevity, was funded by ...")
    r"(?:just\s+|now\s+|recently\s+)?$"
)


def _year_near(sentence: str, after: int, published: ArticleDate | None = None) -> int | None:
    candidates = relative_years(sentence, published)
    for match in _YEAR_NEAR.finditer(sentence):
        if _RANGE_START.search(sentence, max(0, match.start() - 12), match.start()):
            continue
        year = (
            match.group("year")
            or match.group("year2")
            or match.group("year3")
            or match.group("year4")
            or match.group("year5")
        )
        candidates.append((match.start(), int(year)))
    if not candidates:
        return None
    return min(candidates, key=lambda found: abs(found[0] - after))[1]


# A capitalised run that names a place of work, not a person: "a trial led by Calder Valley Hospitals"
_INSTITUTION_WORDS = frozenset(
    "Hospital Hospitals University Universities Trust Centre Center Institute College School Clinic Clinics "
    "Foundation Council Group Team Society Service Services Health NHS Department Agency Laboratory Lab".split()
)


_HONORIFICS = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Dr", "Prof", "Professor", "Associate", "Assistant", "Doctor"}
)


# "said Prof Ng", "Dr Lin added": a person called by title and one name, the name being their surname
_ADDRESSED = re.compile(
    rf"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+([{_UPPER}][\w'’-]+)\b(?!\s+(?:[{_UPPER}]|{_PARTICLE}\b|[A-Z]\.))"
)


def addressed_names(sentences: list[Sentence]) -> frozenset[str]:
    return frozenset(
        m.group(1)
        for s in sentences
        if "Dr" in s.text or "Pr" in s.text or "M" in s.text
        for m in _ADDRESSED.finditer(s.text)
    )


def lead_author_and_year(sentence: str, published: ArticleDate | None = None) -> tuple[str | None, int | None]:
    """The lead author and the year a sentence gives for the paper it links ("A 2024 meta-analysis led by Dr X ...")."""
    return _author_in(sentence), _year_near(sentence, len(sentence), published)


def _author_in(sentence: str, addressed: frozenset[str] = frozenset()) -> str | None:
    """The lead author's surname in a sentence; `addressed` holds the single names the article calls people by
    ("said Prof Ng"), which settle a surname written first ("Associate Professor Ng Hui Min")."""
    for cue in _AUTHOR_CUES:
        match = cue.search(sentence)
        if match:
            surname = _surname(match, addressed)
            if surname:
                return surname
    return None


def _surname(match: re.Match[str], addressed: frozenset[str]) -> str | None:
    """The surname in a matched name, as it is cited; None for a place of work."""
    name = (match.group("name") or match.group("titled")).split()
    if _INSTITUTION_WORDS.intersection(name):
        return None
    while name and name[0].rstrip(".") in _HONORIFICS:
        name = name[1:]  # "Associate Professor Fiona Lachlan-Tan"
    if not name:
        return None
    called = [word for word in name[:-1] if word in addressed]
    if called and name[-1] not in addressed:
        return called[0]
    if family_name_first(name):
        return name[0]  # "led by Professor Lin Xiaoyan"
    surname = name[-1]
    particles = []
    for word in reversed(name[:-1]):
        if word.lower() not in PARTICLES:
            break
        particles.insert(0, word)
    if particles and particles[-1].lower() in PATRONYMICS:
        pass  # "Nurul Aisyah binti Kamaruddin": cited by the father's name alone
    elif particles:
        surname = " ".join([*particles, surname])  # "van der Berg", "de la Cruz"
    elif (
        len(name) in (3, 4)
        and not any(word.endswith(".") for word in name[1:-1])
        and not (len(name) == 3 and name[1].lower() in SECOND_GIVEN_NAMES)
    ):
        # "Lucía Delgado Ferrer", "María José Ferreyra Sosa": one or two given names and two family names,
        # as Spanish and Portuguese names are written (a middle name is rarely spelt out in full in the press)
        surname = f"{name[-2]} {surname}"
    return surname
