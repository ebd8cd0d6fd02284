import pytest

from pipelines.readers.cruft import cruft_rule, is_navigation, remove_cruft


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("We use cookies to personalise content and ads. By clicking Accept you consent to cookies.", "cookie_banner"),
        ("This website uses cookies to ensure you get the best experience. Learn more", "cookie_banner"),
        ("Accept all", "cookie_banner"),
        ("Cookie settings", "cookie_banner"),
        ("Cookies help us understand how readers use this site. [Accept] [Decline]", "cookie_banner"),
        ("Our pages remember your language with one cookie [OK] [No thanks]", "cookie_banner"),
        ("Share this:", "share_buttons"),
        ("Share: LinkedIn | X | Email | Print", "share_buttons"),
        ("Like Loading...", "share_buttons"),
        ("Leave a Reply", "comment_form"),
        ("Your email address will not be published. Required fields are marked *", "comment_form"),
        ("Name* Email* Website", "comment_form"),
        ("Post Comment", "comment_form"),
        ("Jane Doe says:", "comment_form"),
        ("Success! You're on the list.", "newsletter_signup"),
        ("Subscribe", "newsletter_signup"),
        ("Get our free sleep guide! Join 48,000 parents who get our weekly email.", "newsletter_signup"),
        ("Join more than 20,000 readers.", "newsletter_signup"),
        ("View this email in your browser", "newsletter_signup"),
        ("You are receiving this email because you signed up for our newsletter.", "newsletter_signup"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("You have 3 free articles left this month. Subscribe", "paywall"),
        ("7 min read", "byline_meta"),
        ("Dr. Jane Roe, DC | 6 min read", "byline_meta"),
        ("Posted by Jenna R. | Filed under: Desk Life | 14 Comments", "byline_meta"),
        ("By Harold Finch | Health News", "byline_meta"),
        ("by Colette Braddock, LMT, MS", "byline_meta"),
        ("Tags: low back pain, massage", "byline_meta"),
        ("Copyright 2016. All rights reserved. This material may not be published.", "copyright_footer"),
        ("\u00a9 2024 Little Sprouts Parenting. All rights reserved.", "copyright_footer"),
        ("FOR IMMEDIATE RELEASE", "press_markers"),
        ("###", "press_markers"),
        ("Media contact: press@example.org", "press_markers"),
        ('[Photo: a woman at a desk. Caption: "Me at 3 p.m."]', "media_placeholder"),
        ("Home | About Me | Recipes | Contact", "navigation"),
        ("Forums > Treatments & Therapies > Massage", "navigation"),
        ("Health | Science", "navigation"),
        ("* Share this article", "share_buttons"),
        ("-----------------", "separator"),
        ("·", "separator"),
        ("* * *", "separator"),
        ("--", "separator"),
        ("Follow", "share_buttons"),
        ("Listen to this article", "share_buttons"),
        ("Type your email...", "newsletter_signup"),
        ("Subscribe to Back Notes", "newsletter_signup"),
        ("Materials provided by Group Health. Note: Content may be edited for style and length.", "syndication_note"),
        # a podcast's chapter list
        ("02:45 Why local anaesthesia? A bit of history", "media_chapters"),
        ("(1:02:10) Listener questions", "media_chapters"),
    ],
)
def test_cruft_lines(line, rule):
    assert cruft_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The study involved 380 adults with advanced cancer who were experiencing moderate-to-severe pain.",
        "Participants who subscribe to the idea of daily exercise reported less pain.",
        "By contrast, the control group received usual care",
        "By 2030, a fifth of adults will be over 65",
        "Share of patients improving: 39% versus 14%",
        "Cookies and other snacks were not allowed during the sessions.",
        "Cookies helped us keep the children calm, one nurse said.",
        "Reference: Weigel P. et al. A longitudinal study. Chiropractic & Osteopathy, 2010, 18:34.",
        "1. Kutner JS. Massage therapy versus simple touch. Ann Intern Med. 2008;149(6):369-379.",
        "Journal Reference \u2013 Wun A, et al. Musculoskeletal Science and Practice, 2021; 51: 102307",
        "Group | n | Mean age",
        "Overall use | Fewer than one in three adults with back pain used chiropractic care",
        "The Results",
        "What they found",
        "Advertisement spending on supplements has doubled since 2010, the authors noted.",
        "Massage was given for 30 minutes; participants read a booklet.",
        "Participants were told to follow the program at home.",
        "- 2",
        # a transcript's timed turn names its speaker and is content
        "[06:14] NEEMA MWAKYUSA-KIMARO: We recruited men aged 18 to 80",
        "06:14 The trial enrolled 612 men.",
    ],
)
def test_content_lines_are_kept(line):
    assert cruft_rule(line) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home | About | Contact", True),
        ("Blog | Neck Pain | Evidence", True),
        ("Trend before guidelines | Essentially flat from 2002 until 2016", False),
        ("Yoga | 12 | 0.5", False),
        ("Finding | Detail", False),
        ("Pain | Function | Health", False),
        ("News | Opinion | Sports", True),
        ("PhysioPulse | News | Research | CPD | Jobs | Members", True),
        # a menu scraped without its separators, from "Home" to a closing menu item
        ("Home Fact checks Explainers Methodology About us Support our work", True),
        ("Home News Sport Health Contact us", True),
        ("Home remedies for a cold do not work", False),
        ("Home care news you can use: subscribe", False),
    ],
)
def test_is_navigation(text, expected):
    assert is_navigation(text) is expected


def _remove(text: str) -> tuple[str, int]:
    kept, removed = remove_cruft(text.split("\n"))
    return "\n".join(kept).strip(), removed


def test_related_block_is_removed_up_to_the_blank_line():
    text = (
        "Body paragraph that says something about the trial and its participants.\n\n"
        "Related Content \u2013\nDoes Trauma Increase Injury Risk?\nBone Fracture Risk For Vegans\n\n"
        "Journal Reference \u2013 Wun A. Why is exercise prescribed? Musc Sci Pract, 2021; 51: 102307"
    )
    cleaned, removed = _remove(text)
    assert "Vegans" not in cleaned and "Related" not in cleaned
    assert cleaned.endswith("2021; 51: 102307")
    assert removed == 3


def test_block_stops_at_prose():
    text = (
        "You might also like\n"
        "A long paragraph of real prose follows the heading directly, and it goes on to describe the trial in detail.\n"
        + "\n".join([f"Filler sentence of content number {i}." for i in range(6)])
    )
    cleaned, removed = _remove(text)
    assert cleaned.startswith("A long paragraph")
    assert removed == 1


def test_numbered_most_read_list_is_removed_but_references_are_not():
    text = (
        "Body text of the article, long enough to be content, about spinal manipulation.\n\n"
        "Reference\nRubinstein SM, et al. Benefits and harms of SMT. BMJ 2019;364:l689.\n\n"
        "MOST READ THIS WEEK\n1. Hamstring injuries in sprinters\n2. Is dry needling worth it?\n3. Salary survey"
    )
    cleaned, _ = _remove(text)
    assert "Rubinstein SM" in cleaned
    assert "Hamstring" not in cleaned and "MOST READ" not in cleaned


def test_comment_section_tail_is_removed_but_reference_lines_survive():
    body = "\n\n".join(f"Paragraph {i} of the article body, with enough words to count as content." for i in range(6))
    text = (
        body + '\n\n14 thoughts on "Can a Massage Fix a Stiff Neck?"\n\nMark says:\n'
        "My therapist does trigger point work and it helps for a week.\nReply\n\n"
        "Sherman KJ, et al. Clin J Pain. 2009;25(3):233-238. doi:10.1097/AJP.0b013e31818b7912"
    )
    cleaned, removed = _remove(text)
    assert "trigger point" not in cleaned and "thoughts on" not in cleaned
    assert "doi:10.1097/AJP.0b013e31818b7912" in cleaned
    assert "Paragraph 5" in cleaned
    assert removed == 4


def test_comment_heading_in_the_first_half_is_not_a_tail():
    text = "3 comments\n\n" + "\n\n".join(f"Paragraph {i} of real article content here." for i in range(6))
    cleaned, removed = _remove(text)
    assert "Paragraph 5" in cleaned
    assert removed == 0


@pytest.mark.parametrize(
    "entry",
    [
        "Okonjo B, Varga L (2018) Standing desks and back pain: a pilot trial",
        "Marsh, T. and Ito, K. 2020. Walking meetings at work. Occupational Health",
        "Delacroix P. Stair climbing and fitness. Heart J. 2017;12:44-50.",
    ],
)
def test_further_reading_heading_over_references_keeps_every_entry(entry):
    second = "Quinn A, Soto R (2021) Cycling to work and mood: a cohort study"
    body = "The trial was small but the results were promising for office staff."
    text = body + "\n\nFurther reading\n" + entry + "\n" + second
    cleaned, removed = _remove(text)
    assert entry in cleaned and second in cleaned and "Further reading" in cleaned
    assert removed == 0


def test_further_reading_over_links_is_still_removed():
    cleaned, removed = _remove("Body text that ends here.\n\nFurther reading\nTen ways to sit less\nWhy we slouch")
    assert "slouch" not in cleaned and removed == 3
