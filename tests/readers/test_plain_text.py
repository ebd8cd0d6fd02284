from pipelines.readers.plain_text import read_plain_text
from pipelines.readers.unwrap import unwrap_paragraphs

PAGE = """Home | About Me | Recipes | Contact

Can a Massage Really Fix a Stiff Neck? What One Seattle Study Found

Posted by Jenna R. | Filed under: Desk Life, Wellness | 14 Comments

Sixty-four adults were randomly split into two groups. The first group could get up to 10 massages over 10 weeks.

Then the researchers phoned everyone at 4, 10 and 26 weeks to ask how their necks were doing that day.

Source: Sherman, K.J. et all. (2009) Randomized Trial of Therapeutic Massage. Clin J Pain 25(3): 233-238.

Share this:
Facebook | Twitter | Pinterest | Email

Related
10 Desk Stretches I Actually Do
Standing Desk: Six Months Later

14 thoughts on "Can a Massage Really Fix a Stiff Neck?"

Mark says:
My therapist does trigger point work and it helps for a week or so.
Reply

Leave a Reply
Your email address will not be published. Required fields are marked *
"""


def test_blog_page():
    article = read_plain_text(PAGE)
    assert article.title == "Can a Massage Really Fix a Stiff Neck? What One Seattle Study Found"
    assert article.text == (
        "Can a Massage Really Fix a Stiff Neck? What One Seattle Study Found\n\n"
        "Sixty-four adults were randomly split into two groups. The first group could get up to 10 massages over 10 "
        "weeks.\n\n"
        "Then the researchers phoned everyone at 4, 10 and 26 weeks to ask how their necks were doing that day.\n\n"
        "Source: Sherman, K.J. et all. (2009) Randomized Trial of Therapeutic Massage. Clin J Pain 25(3): 233-238."
    )
    assert article.removed_lines == 13
    assert article.format == "txt"


def test_reading_is_deterministic():
    assert read_plain_text(PAGE) == read_plain_text(PAGE)


WRAPPED = """Massage for neck pain: a newsletter

The research team in Seattle recruited sixty-four adults who had been
living with neck pain for a long time and split them into two groups at
random. The first group could get up to ten massages over ten weeks
from licensed therapists, the second got a self-care book instead.

At ten weeks the massage group was clearly ahead on neck function and
on how bothersome the symptoms were, but by twenty-six weeks the gap
had mostly closed and only the function benefit remained in the data.

References:
1. Sherman KJ, et al. Randomized trial of therapeutic massage for neck
pain. Clin J Pain. 2009;25(3):233-238.
2. Short reference two.
"""


def test_hard_wrapped_paragraphs_are_rejoined():
    lines = unwrap_paragraphs(WRAPPED.split("\n"))
    assert lines[2].startswith("The research team") and lines[2].endswith("self-care book instead.")
    assert lines[4].endswith("remained in the data.")
    assert "References:" in lines
    reference = (
        "1. Sherman KJ, et al. Randomized trial of therapeutic massage for neck pain. Clin J Pain. 2009;25(3):233-238."
    )
    assert reference in lines
    assert "2. Short reference two." in lines


def test_unwrapped_text_is_left_alone():
    lines = PAGE.split("\n")
    assert unwrap_paragraphs(lines) == lines


def test_masthead_above_the_headline_is_dropped():
    page = (
        "Lakeshore Family Chiropractic\nHome > Patient Education > Blog\n\nNEWS RELEASE\n\n"
        "Who Uses Chiropractic Care in Later Life?\n\n"
        "The researchers interviewed 5,510 older adults and linked the interviews to Medicare claims.\n"
    )
    article = read_plain_text(page)
    assert article.text.startswith("Who Uses Chiropractic Care in Later Life?\n\nThe researchers")
    assert article.removed_lines == 3


def test_lines_above_the_headline_that_are_not_masthead_are_kept():
    page = "Short Label\n\nSome text with NUL bytes.\n\nMassage Study Results From a Large Trial\n\nBody text here."
    article = read_plain_text(page)
    assert article.title == "Massage Study Results From a Large Trial"
    assert article.text == page
    assert article.removed_lines == 0


def test_no_headline_keeps_everything_above_the_body():
    page = (
        "The study enrolled 64 adults with neck pain and followed them for 26 weeks.\n\nThe Results\n\nBoth improved."
    )
    article = read_plain_text(page)
    assert article.title is None
    assert article.text == page
