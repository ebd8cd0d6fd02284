"""Locating reference lists: headings, numbering styles, labelled lines, lists with no heading."""

from __future__ import annotations

import pytest

from pipelines.extract.reference_list import find_reference_list, is_reference_like

BODY = (
    "A new trial looked at whether stretching helps people with stiff hips. Researchers enrolled 120 adults "
    "and followed them for six months. Pain scores fell in both groups.\n\n"
)
REF_A = "Moreno L, Adeyemi T. Stretching for hip stiffness: a randomized trial. Clin Rehabil. 2021;35(4):512-520."
REF_B = "Kowalski, P., & Ng, W. (2018). Hip mobility in older adults. Journal of Aging Research, 12(2), 44-51."
REF_C = "Ibrahim S, et al. Home exercise and hip pain. BMJ Open 2019;9:e025111. doi:10.1136/bmjopen-2018-025111"


def _refs(text: str) -> list[str]:
    found = find_reference_list(text)
    return [text[e.start : e.end] for e in found.entries]


@pytest.mark.parametrize(
    "heading",
    [
        "References",
        "REFERENCES",
        "Sources:",
        "Further reading",
        "Bibliography",
        "Works cited",
        "## References",
        "**References**",
        "Literature cited",
        "Selected sources",
        "Studies and reviews cited",
        "Notes and references",
    ],
)
def test_headings(heading: str) -> None:
    text = BODY + heading + "\n" + REF_A + "\n" + REF_B + "\n"
    found = find_reference_list(text)
    assert found.start == text.index(heading)
    assert _refs(text) == [REF_A, REF_B]


def test_underlined_heading() -> None:
    text = BODY + "SOURCES\n-------\n" + REF_A + "\n" + REF_B + "\n"
    assert find_reference_list(text).start == text.index("SOURCES")
    assert _refs(text) == [REF_A, REF_B]


@pytest.mark.parametrize(
    "first,second,markers",
    [
        ("1. ", "2. ", ["1", "2"]),
        ("[1] ", "[2] ", ["[1]", "[2]"]),
        ("1) ", "2) ", ["1)", "2)"]),
        ("(1) ", "(2) ", ["(1)", "(2)"]),
        ("- ", "- ", [None, None]),
        ("• ", "• ", [None, None]),
        ("* ", "* ", [None, None]),
        ("", "", [None, None]),
    ],
)
def test_numbering_styles(first: str, second: str, markers: list) -> None:
    text = BODY + "References\n" + first + REF_A + "\n" + second + REF_B + "\n"
    found = find_reference_list(text)
    assert _refs(text) == [REF_A, REF_B]
    assert [e.marker for e in found.entries] == markers


def test_footer_after_blank_line_is_not_an_entry() -> None:
    text = BODY + "References\n1. " + REF_A + "\n2. " + REF_B + "\n\nPrepared by the editorial team. Share it!\n"
    assert _refs(text) == [REF_A, REF_B]


def test_wrapped_entry_is_joined() -> None:
    text = (
        BODY + "References\n1. Moreno L, Adeyemi T. Stretching for hip stiffness: a\nrandomized trial. "
        "Clin Rehabil. 2021;35(4):512-520.\n2. " + REF_B + "\n"
    )
    refs = _refs(text)
    assert len(refs) == 2
    assert refs[0].endswith("512-520.") and refs[0].startswith("Moreno L")


def test_an_entry_wrapped_after_its_title_is_joined() -> None:
    """The line ends at a full stop, but an entry with no year yet has not ended."""
    text = (
        BODY + "References\n1. Moreno L, Adeyemi T. Stretching for hip stiffness: a randomized trial.\n"
        "Clin Rehabil. 2021;35(4):512-520.\n2. " + REF_B + "\n"
    )
    assert _refs(text) == [
        "Moreno L, Adeyemi T. Stretching for hip stiffness: a randomized trial.\nClin Rehabil. 2021;35(4):512-520.",
        REF_B,
    ]


@pytest.mark.parametrize(
    "label",
    [
        "Source: ",
        "Reference: ",
        "Study: ",
        "Citation: ",
        "Journal Reference – ",
        "**Source:** ",
        "Original study: ",
        "Read the full study: ",
        "**Read the paper:** ",
        "See the full report: ",
        # who added it, in brackets
        "Reference (added by the editor): ",
        "The evaluation is published as: ",
        "The study appeared as: ",
        "Full reference: ",
        "Local study reference: ",
        "The study is: ",
    ],
)
def test_labelled_single_reference(label: str) -> None:
    text = BODY + "More discussion of the results follows here.\n\n" + label + REF_C + "\n\nShare this article\n"
    found = find_reference_list(text)
    assert found.start == text.index(label)
    assert _refs(text) == [REF_C]


def test_headingless_numbered_reference_at_the_end() -> None:
    ref = (
        "1. Tanaka, HR. et all. Tai Chi versus Brisk Walking for Knee Pain, A Randomized Trial. Annals of "
        "Rheumatology. 3 March 2015 | Volume 22 Issue 4 | Pages 101-110"
    )
    text = BODY + "Until next time,\n\n" + ref + "\n"
    found = find_reference_list(text)
    assert found.start == text.index("1. Tanaka")
    assert _refs(text) == [ref[3:]]


def test_numbered_list_without_years_is_not_a_bibliography() -> None:
    text = BODY + "MOST READ\n1. Ten tips for better sleep\n2. Is coffee good for you?\n3. Salary survey results\n"
    assert find_reference_list(text).start is None
    assert _refs(text) == []


def test_numbered_findings_early_in_the_body_are_not_references() -> None:
    text = (
        "What we learned:\n1. Pain fell by 30% in 2019, 2020 and 2021, the team said.\n"
        "2. Costs, staff and rooms were the same.\n\n" + BODY * 3
    )
    assert find_reference_list(text).start is None


def test_no_reference_list() -> None:
    assert find_reference_list(BODY).start is None
    assert find_reference_list("").entries == ()


@pytest.mark.parametrize(
    "line,strong,expected",
    [
        (REF_A, True, True),
        (REF_B, True, True),
        ("Copyright 2016. All rights reserved. Do not copy.", False, False),
        ("Ten tips for better sleep, rest and mood.", False, False),
        ("Posted in 2020 by the editors, in News.", True, False),
    ],
)
def test_is_reference_like(line: str, strong: bool, expected: bool) -> None:
    assert is_reference_like(line, strong=strong) is expected


def test_prose_under_a_heading_like_line_is_not_a_reference_list() -> None:
    text = (
        BODY + "Reading the results\nIn 2019, the team, led by Dr. Lee, found that pain fell by 30% in the group "
        "that walked, compared with 12-15% in the control group.\nMore text follows here.\n"
    )
    assert find_reference_list(text).start is None


def test_unmarked_references_without_heading_after_a_short_intro() -> None:
    text = "A few papers worth reading on hips.\n\n" + REF_A + "\n" + REF_B + "\n" + REF_C + "\n"
    found = find_reference_list(text)
    assert found.start == text.index(REF_A)
    assert _refs(text) == [REF_A, REF_B, REF_C]


@pytest.mark.parametrize(
    "line",
    [
        "Castree, N. 2000: What kind of critical geography for what kind of politics? Environment and Planning A 32, "
        "2091–2095.",
        "Osei, Kwame. The long walk home: memory and migration in the city. Urban Studies 41 (2004): 12-30.",
    ],
)
def test_sentence_case_titles_are_not_prose(line: str) -> None:
    assert is_reference_like(line)


def test_labelled_references_between_sections_do_not_end_the_body() -> None:
    text = (
        BODY + "Reference: " + REF_A + "\n\n2. Hip mobility\n\n"
        "A second study looked at how well older adults could move their hips after a six-week class, and it "
        "found that flexibility improved in most of the people who kept going to the sessions.\n\n"
        "Reference: " + REF_B + "\n"
    )
    found = find_reference_list(text)
    assert len(found.entries) == 2
    assert found.start == text.index("Reference: " + REF_B)


def test_a_doi_link_under_a_headingless_reference_joins_it() -> None:
    ref = "📄 Ortiz M, Lund K, et al. Eur Respir J 2024"
    link = "🔗 doi.org/10.5555/erj.2024.0042"
    text = BODY + "Thanks to everyone who took part!\n\n" + ref + "\n" + link + "\n\n#asthma #research\n"
    assert _refs(text) == [ref + "\n" + link]


def test_a_doi_line_on_its_own_is_still_a_reference() -> None:
    text = BODY + "Read the paper:\nhttps://doi.org/10.5555/abc.123\n"
    assert _refs(text) == ["https://doi.org/10.5555/abc.123"]


def test_a_numbered_section_in_capitals_ends_the_list() -> None:
    text = (
        BODY + "1. WHAT THE RESEARCH SAYS\n\nSources:\n* " + REF_A + "\n\n----------\n"
        "2. RESULTS FROM OUR 2024 LIFESTYLE SURVEY\n----------\n\nOur own survey had 2,018 replies.\n"
    )
    assert _refs(text) == [REF_A]


def test_a_prose_paragraph_ending_with_a_doi_link_is_not_a_reference() -> None:
    paragraph = (
        "Nice summary. For context, a review last year pooled 20 trials of sleep apps and found a small "
        "benefit compared with waiting lists, which was smaller against a sham app. (Ruiz & Haas 2024, Sleep Health) "
        "https://doi.org/10.5555/sh.2024.1"
    )
    assert not is_reference_like(paragraph, strong=True)
    assert find_reference_list(BODY + paragraph + "\n").start is None


def test_lettered_markers_and_a_capital_section_after_a_rule_end_the_list() -> None:
    text = (
        BODY + "REFERENCES\n[a] " + REF_B + "\n[b] " + REF_A + "\n\n----------\n\n"
        "2. CYCLE TO WORK SCHEME: NEW DATES\nThe scheme reopens on 3 May 2025, 09:00-17:00, for 120 places.\n"
    )
    assert _refs(text) == [REF_B, REF_A]


def test_a_pictograph_before_a_source_label() -> None:
    text = BODY + "📄 Source: Ng W et al, J Aging Res 2018, doi: 10.5555/jar.2018.44\n\nShare if useful.\n"
    assert _refs(text) == ["Ng W et al, J Aging Res 2018, doi: 10.5555/jar.2018.44"]


def test_an_event_notice_is_no_reference() -> None:
    assert not is_reference_like("Next meeting: Tuesday 8 April 2025, 2.00pm, Zoom (link in the chat)", strong=True)


def test_a_live_blog_entry_with_a_time_on_the_24_hour_clock_is_no_reference() -> None:
    line = (
        "Good morning. Results of a Lyme disease vaccine trial are due to be announced at 14:00. The last Lyme "
        "vaccine to reach the market, in the United States, was withdrawn in 2002."
    )
    assert not is_reference_like(line)
    # (a volume:page after a year stays one)
    reference = "Kutner JS, et al. Massage for cancer pain. Ann Intern Med. 2008;149:369-379."
    assert is_reference_like(reference, strong=True)


def test_a_lone_reference_in_the_first_half_with_the_report_going_on_is_an_aside() -> None:
    rest = "".join(f"Item {n}: members discussed the plan and agreed to meet again in spring.\n" for n in range(12))
    text = BODY + "- Our paper: " + REF_A + "\n\n" + rest
    assert find_reference_list(text).start is None


def test_a_ref_label_in_a_forum_post_is_a_reference_aside() -> None:
    text = (
        BODY
        + "Ref: "
        + REF_A
        + "\n\nNumbness is worth sorting even if it goes away, so do try a cut-out saddle first.\n"
    )
    found = find_reference_list(text)
    assert [text[e.start : e.end] for e in found.entries] == [REF_A]


def test_references_run_on_in_one_labelled_line_are_split():
    text = (
        "Gloves helped a little, the review found.\n\n"
        "Further reading: Berg, A. and Moss, T. (2020) 'Tool vibration and white finger in gardeners', "
        "Occupational Medicine, 70(2), pp. 101–108. · Achebe, Ngozi, and Lars Holm. \u201cGloves and Vibration: "
        "A Review.\u201d Applied Ergonomics 88 (2021): 103150.\n"
    )
    found = find_reference_list(text)
    assert [text[e.start : e.end].split(",")[0] for e in found.entries] == ["Berg", "Achebe"]
    single = "Further reading: Berg, A. (2020) 'Tool vibration in gardeners', Occupational Medicine, 70(2), pp. 1–8.\n"
    assert len(find_reference_list("Intro text.\n\n" + single).entries) == 1


def test_a_transcript_line_with_a_timestamp_is_not_a_reference():
    line = (
        "[29:09] Ines: The one I'd point listeners to was published in Critical Care in 2023. It pooled 18 trials "
        "with 3,364 patients. Vitamin C made no difference to deaths."
    )
    assert not is_reference_like(line, strong=True)
    text = "Intro.\n\n" + "Some talk about sepsis and what doctors did next in the unit.\n\n" * 3 + line + "\n"
    assert find_reference_list(text).entries == ()


def test_references_labelled_by_the_study_they_cite_and_one_in_press():
    text = (
        "Thank you for taking part in the trial. Itching eased with the cream.\n\n"
        + "What the nurses saw at each visit is summed up in the paper, with the diaries you kept.\n\n" * 4
        + "Main results: Ruiz P, Holm K. A cream for itch: randomised trial. Br J Dermatol. 2026;194(2):200-208.\n"
        "Interview study: Okafor T, Ruiz P. Living with itch. Health Expect. In press.\n\n"
        + "You are receiving this newsletter because you took part in the ITCH trial. To stop receiving it, reply "
        "STOP to the trial office and we will take you off the list straight away.\n"
    )
    found = find_reference_list(text)
    assert [text[e.start : e.end].split(",")[0] for e in found.entries] == ["Ruiz P", "Okafor T"]
    assert found.start == text.index("Main results")
    assert not is_reference_like("Okafor T, Ruiz P. Living with itch. Health Expect.", strong=True)


def test_congress_abstracts_cited_by_their_number_and_a_copyright_footer():
    text = (
        "The poster (P-12) and the oral presentation (OR-3) both looked at foot ulcers.\n\n"
        + "Delegates discussed the two results at length over the afternoon sessions.\n\n" * 4
        + "ABSTRACTS CITED IN THIS ISSUE\n"
        "P-12: Ward K, Lim S. Honey dressings for foot ulcers: a pilot trial. Diabet Med. 2026;43(Suppl 1):88.\n"
        "OR-3: Osei A, Berg T, et al. Offloading boots and ulcer healing: a cohort study. Diabet Med. "
        "2026;43(Suppl 1):12.\n\n"
        "The Congress Daily is written by the society's press office. (c) 2026 Diabetes Foot Society.\n"
    )
    found = find_reference_list(text)
    assert [text[e.start : e.end].split(",")[0] for e in found.entries] == ["Ward K", "Osei A"]
    assert not is_reference_like("The Daily is written by the press office. (c) 2026 Diabetes Foot Society.")


def test_read_it_labels_a_reference():
    text = (
        "Velostarine did not slow the disease in 312 people.\n\n"
        + "The Trust funded the work, which ran in 18 centres over two years of follow-up.\n\n" * 4
        + "Read it: Ferreira P, Lund K. Velostarine in ALS: a phase 2 trial. Lancet Neurol. 2026;25(3):214-25.\n"
    )
    found = find_reference_list(text)
    assert [text[e.start : e.end].split(",")[0] for e in found.entries] == ["Ferreira P"]


def test_a_paragraph_ending_with_its_reference_in_brackets_stays_in_the_body():
    text = (
        "A large trial on eight ships found fewer cases with soap and water.\n\n"
        "Officers compared 86 passengers who fell ill with 172 who stayed well, 258 people in all. Eating from the "
        "buffet was the strongest link with becoming ill. (Reference: Palmqvist S, Reyes J. Norovirus on a cruise "
        "ship: a case-control study. Euro Surveill. 2024;29(18):2300671.)\n\n"
        "And in a separate study, our team swabbed around 400 surfaces on three ships.\n"
    )
    found = find_reference_list(text)
    assert [text[e.start : e.end].split(",")[0] for e in found.entries] == ["Palmqvist S"]
    assert found.start is None


def test_notes_to_editors_after_a_reference_are_not_references() -> None:
    notes = (
        "2. Addiction is a monthly peer-reviewed journal, first published in 1884. Journalists can request the text.\n"
        "3. Interviews: Dr Moreno is available in English and Spanish on 15 and 16 April.\n"
    )
    assert _refs(BODY + "Notes to editors\n1. " + REF_A + "\n" + notes) == [REF_A]


def test_a_dated_entry_after_a_reference_is_one_whatever_its_shape() -> None:
    odd = "Codou (Y.), Paysage religieux et habitat rural en Provence, Archeologie du Midi medieval, 2003, p. 33-69."
    assert _refs(BODY + "References\n1) " + REF_A + "\n2) " + odd + "\n") == [REF_A, odd]


def test_an_unlabelled_reference_on_its_own_line_inside_the_body() -> None:
    # under the item it supports, with prose before and after it: an entry, and the body goes on
    text = BODY + REF_B + "\n\nWhat you told us\n\nThank you to the 1,832 members who answered our questionnaire.\n"
    found = find_reference_list(text)
    assert [text[e.start : e.end] for e in found.entries] == [REF_B]
    assert found.start is None


def test_a_listed_reference_is_not_also_an_aside() -> None:
    text = BODY + "References\n" + REF_A + "\n" + REF_B + "\n"
    found = find_reference_list(text)
    assert _refs(text) == [REF_A, REF_B]
    assert found.start == len(BODY)


def test_an_e_locator_after_volume_and_issue_is_bibliographic_form() -> None:
    line = (
        "Hendriksen L, Okafor C, Sato K, et al. Probiotic prophylaxis for travellers' diarrhoea: a randomised trial. "
        "J Travel Med. 2026;33(1):taag004. doi: 10.5555/jtm.2026.004. PMID: 98550321."
    )
    body = "A trial of 1,032 travellers found nothing.\n" + line + "\n\nNew boots\n" + "More text follows here. " * 30
    assert [body[e.start : e.end] for e in find_reference_list(body).entries] == [line]


_ROUNDUP_WITH_OWN_REFERENCES = (
    "1. Intervals or steady cardio\n\n"
    + "A randomised trial enrolled 184 inactive adults and both groups gained fitness over twelve weeks. " * 3
    + "\n\n2. Lifting weights after 65\n\n"
    + "A meta-analysis pooled 27 randomised trials of resistance training and found fewer falls in older adults. " * 3
    + "\n\nNovak, T., Šimko, R. and Lindqvist, A. (2025) 'Resistance training and falls: a meta-analysis', "
    "Age and Ageing, 54(2), 101-112.\n\n"
)


def test_a_section_s_reference_before_the_next_numbered_research_item_is_an_aside() -> None:
    text = (
        _ROUNDUP_WITH_OWN_REFERENCES
        + "3. What our own data say\n\n"
        + "Our data team followed the workout logs of 9,412 members for twelve months and kept the study simple. " * 2
    )
    found = find_reference_list(text)
    assert found.start is None and [text[e.start : e.end][:5] for e in found.entries] == ["Novak"]


def test_the_outlet_s_comment_may_sit_between_a_section_s_reference_and_the_next_numbered_item() -> None:
    text = (
        _ROUNDUP_WITH_OWN_REFERENCES
        + "Our take: lift something heavy twice a week.\n\n"
        + "3. What our own data say\n\n"
        + "Our data team followed the workout logs of 9,412 members for twelve months and kept the study simple. " * 2
    )
    found = find_reference_list(text)
    assert found.start is None and [text[e.start : e.end][:5] for e in found.entries] == ["Novak"]


def test_a_reference_before_a_numbered_item_that_is_no_research_still_ends_the_body() -> None:
    text = (
        _ROUNDUP_WITH_OWN_REFERENCES
        + "3. Rent and service charges\n\n"
        + "Rents will rise by 2.7% from April, and our money advice team can help anyone who is worried about it. " * 2
    )
    assert find_reference_list(text).start == text.index("Novak")


def test_a_vancouver_reference_without_brackets_on_its_own_line_in_the_body_is_an_entry() -> None:
    line = (
        "Almonte J, Peña C, Reyes D. Soy isoflavones for vasomotor symptoms: an updated meta-analysis. "
        "Maturitas. 2025;201:108377. doi: 10.5555/maturitas.2025.108377"
    )
    text = (
        "A meta-analysis pooled 17 trials.\n\n" + line + "\n\n" + "The walking study came next and it was small. " * 40
    )
    assert [text[e.start : e.end] for e in find_reference_list(text).entries] == [line]


def test_a_harvard_reference_with_pp_pages_on_its_own_line_in_the_body_is_an_entry() -> None:
    line = (
        "Restrepo, L., Gómez, A. and Duarte, S. (2026) 'Topical niacinamide 4% versus vehicle for facial melasma', "
        "Journal of Cosmetic Dermatology, 25(2), pp. 612–620. doi: 10.5555/jocd.2026.0612."
    )
    text = "A trial of 120 women with melasma.\n\n" + line + "\n\n" + "Collagen powders sell well in pharmacies. " * 40
    assert [text[e.start : e.end] for e in find_reference_list(text).entries] == [line]


def test_show_notes_under_a_notes_heading_are_the_report_not_a_bibliography() -> None:
    text = (
        "Ep. 12: Apps and the control-group problem\n\nNotes\n\n"
        "1. The quit app. A trial in Oman enrolled 900 adult smokers who wanted to stop. Everyone got nicotine "
        "patches; one group also got the app and the other a printed leaflet.\n\n"
        "2. Two diets. In a crossover study, 40 adults ate a low-carbohydrate diet for two weeks and a Mediterranean "
        "diet for two weeks, in random order, and glucose spikes were smaller on the first.\n\n"
        "Lee, T. et al. Glucose during two diets in adults with prediabetes: a randomized crossover trial. "
        "Nutrients 18, 811 (2026).\n\n"
        "3. Step trackers. A meta-analysis pooled 31 randomised trials of activity trackers. Paper: "
        "https://doi.org/10.5555/ijbnpa.2025.0177\n"
    )
    found = find_reference_list(text)
    assert found.start is None or found.start > text.index("2. Two diets")
    # (a heading with its references straight under it still opens the list)
    listed = "Notes\n\n1. Lee T, Kim S. Glucose and diets: a randomized trial. Nutrients. 2026;18:811.\n"
    assert find_reference_list("Body text.\n\n" + listed).start == len("Body text.\n\n")


def test_a_section_s_reference_before_a_numbered_item_titled_by_a_question_is_an_aside() -> None:
    text = (
        "Three studies for the mat\n\n1. Does a warm-up prevent injuries?\n\n"
        + "A cluster randomised trial in Sweden drew 54 judo clubs into two groups and counted injuries. " * 5
        + "\n\nKoskinen, A., Virtanen, S. & Makela, J. Judo-based fall training for older adults: a randomised "
        "controlled trial. Age Ageing 54, afaf118 (2025).\n\n"
        "2. How common is weight cutting?\n\n"
        "A survey of 1,205 competitive judoka from 11 European countries asked how much weight they had lost in the "
        "week before their last competition. Six in ten had cut weight. It was published in the Journal of Sports "
        "Sciences last autumn by a team led by Dr Pekka Hirvonen.\n\nWhat we will do\n\n- A warm-up on the wall.\n"
    )
    assert find_reference_list(text).start is None


def test_a_paragraph_ending_with_its_paper_s_pmid_is_still_the_report_going_on() -> None:
    text = (
        "One visit or two?\n\n"
        + "In a trial in Brazil, 286 adults were randomly assigned to one visit or two visits a week apart. " * 4
        + "\n\nReference: Fahmy H, Saad N. Preoperative ibuprofen and pain after root canal treatment: a randomized "
        "clinical trial. J Endod. 2025;51(6):733-739. doi:10.5555/joen.2025.0733\n\nTHE BIG PICTURE\n"
        "A systematic review brought together 24 studies comparing one visit with several, published over 35 years. "
        "None found better healing with more visits. (PMID: 97104426)\n"
    )
    assert find_reference_list(text).start is None
