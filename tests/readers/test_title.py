import pytest

from pipelines.readers.title import plain_text_title

BODY = "The study enrolled 64 adults with chronic neck pain and followed them for 26 weeks in total."


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # The headline is the first line.
        ("Massage Eases Neck Pain in a Seattle Trial", "Massage Eases Neck Pain in a Seattle Trial"),
        # A menu line above it is skipped.
        (
            "Home | About Me | Recipes | Contact\n\nCan a Massage Really Fix a Stiff Neck?",
            "Can a Massage Really Fix a Stiff Neck?",
        ),
        # Kickers in capitals are skipped.
        (
            "OPINION\n\nMassage therapists, let's stop promising what we can't deliver",
            "Massage therapists, let's stop promising what we can't deliver",
        ),
        (
            "FOR IMMEDIATE RELEASE\n\nAlliance Highlights Research on Tai Chi for Fibromyalgia",
            "Alliance Highlights Research on Tai Chi for Fibromyalgia",
        ),
        # A site name directly above its breadcrumb is a masthead, not the headline.
        (
            "Lakeshore Family Chiropractic\nHome > Patient Education > Blog\n\n"
            "Who Uses Chiropractic Care in Later Life?",
            "Who Uses Chiropractic Care in Later Life?",
        ),
        # A short site name loses to a longer headline below it.
        (
            "NEWS RELEASE\nCascadia Massage Council\n\nResearch Brief: How much massage does a sore neck need?",
            "Research Brief: How much massage does a sore neck need?",
        ),
        # Forum labels are dropped.
        ("Thread: Is there actual evidence massage helps fibro?", "Is there actual evidence massage helps fibro?"),
        # All-caps headlines with a question are headlines, not kickers.
        ("RESEARCH CORNER: DOES MASSAGE HELP?", "RESEARCH CORNER: DOES MASSAGE HELP?"),
        # "Headline | Site" lines give their headline part when nothing cleaner exists.
        ("Massage Helps Neck Pain In Older Adults | Health News", "Massage Helps Neck Pain In Older Adults"),
        (
            "Brightwater School of Massage Therapy | Alumni Newsletter\n\nCASE STUDY CORNER\n"
            "Learning from the literature: a case series",
            "Learning from the literature: a case series",
        ),
        # A short headline alone is still taken.
        ("Yoga for Back Pain", "Yoga for Back Pain"),
        # The byline is not the headline.
        (
            "By Dr. Ann Marlow, Special to the Tribune\n\nDoes adding a chiropractor actually help a bad back?",
            "Does adding a chiropractor actually help a bad back?",
        ),
    ],
)
def test_headline_found(header, title):
    assert plain_text_title((header + "\n\n" + BODY).split("\n")) == title


@pytest.mark.parametrize(
    "text",
    [
        BODY + "\n\nThe Results\n\nBoth groups improved.",  # starts with prose: section headings are not titles
        "I've had several readers write to me over the years and ask my opinion on massage therapy.\n\nThe Results",
        "1. First numbered item\n2. Second item",
        "-----\n\n" + BODY,
        "Health | Science\n\n" + BODY,
        "SELECT * FROM users; DROP TABLE articles;--",
        "March 14, 2024\n\n" + BODY,
        "",
    ],
)
def test_no_headline(text):
    assert plain_text_title(text.split("\n")) is None


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a publication naming itself sits above the piece's headline
        (
            "Harbour Health Notes - the weekly bulletin of the Eastport Clinics\nAutumn edition\n\n"
            "Why the new flu jab matters this winter",
            "Why the new flu jab matters this winter",
        ),
        (
            "The Garden Gazette — Issue 48\n\nCompost, soil and your back: what a small study found",
            "Compost, soil and your back: what a small study found",
        ),
        (
            "Night Owl Notes -- a blog about living with insomnia\n\nThree sleep studies worth reading this month",
            "Three sleep studies worth reading this month",
        ),
        # press-office mastheads, embargo lines and "Week 12" issue names are furniture
        (
            "NEWS RELEASE\nHillcrest Dental School - Press Office\nEmbargoed until 09:00 BST, Monday 3 June 2024\n\n"
            "Flossing app cuts gum bleeding in six-week trial",
            "Flossing app cuts gum bleeding in six-week trial",
        ),
        (
            "GARDEN CLUB NOTES -- Week 12\nWhat a small study says about kneeling pads and sore knees\n=====",
            "What a small study says about kneeling pads and sore knees",
        ),
        (
            "The monthly newsletter of the Bayside Cyclists' Association\n----------\n\n"
            "Do padded shorts really prevent saddle sores? A trial weighs in",
            "Do padded shorts really prevent saddle sores? A trial weighs in",
        ),
        # a byline with pipes under the headline is not a menu under a site name
        (
            "Cold water swimming may lift mood, small trial suggests\nBy Ana Ruiz | Science Desk | The Daily Tide",
            "Cold water swimming may lift mood, small trial suggests",
        ),
    ],
)
def test_headline_below_a_publication_name(header, title):
    assert plain_text_title((header + "\n\n" + BODY).split("\n")) == title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # fields set apart by middle dots, a cookie notice, a bracketed menu and a greeting are no headlines
        (
            "HOHOLA WOMEN'S HOSPITAL · MATERNITY UNIT\nPARENTS' BULLETIN · July 2026\n"
            "Port Moresby · Labour ward 24 hours\n\nCookies: this page uses none, except one to remember your language."
            "\n\nWarm cloths and dads in the birth room: what our research team found",
            "Warm cloths and dads in the birth room: what our research team found",
        ),
        (
            "MALÉ SMILE DENTAL STUDIO\n[ Home ]  [ Treatments & prices ]  [ Newsletter ]\n\n"
            "BRUSHING AT SCHOOL, GUMS AND BLOOD SUGAR: NEWS FROM THE DENTAL CHAIR",
            "BRUSHING AT SCHOOL, GUMS AND BLOOD SUGAR: NEWS FROM THE DENTAL CHAIR",
        ),
        (
            "HEILSUBÚÐIN · Tórshavn's health-food shop\nGóðan dag, dear customers!\n\n"
            "Stiff joints in the dark months? Our guide to turmeric",
            "Stiff joints in the dark months? Our guide to turmeric",
        ),
        # an organisation's name above a press release
        (
            "FOR IMMEDIATE RELEASE\nCarver Institute for Population Health\n\n"
            "Activity breaks got kids moving but did not improve fitness, trial finds",
            "Activity breaks got kids moving but did not improve fitness, trial finds",
        ),
        # a name in capitals with its tagline or section
        (
            "CLAIMCHECK - independent health fact-checking\n\nNo, a walk in the woods won't cure depression",
            "No, a walk in the woods won't cure depression",
        ),
        (
            "BUMP & BEYOND :: Research Bites\n\nCan an app full of other mums ease the loneliness?",
            "Can an app full of other mums ease the loneliness?",
        ),
        # a menu joined by tildes
        (
            "glowwithjade.blog ~ Wellness ~ Recipes ~ Shop my faves ~ Work with me\n\n16:8 changed my life (and the "
            "science agrees!!)",
            "16:8 changed my life (and the science agrees!!)",
        ),
        # a body's name in capitals, a radio show's masthead, a column's standfirst naming its author
        (
            "ASHBOURNE VALE UNIVERSITY HOSPITALS NHS TRUST\n\nSeeing clearly, falling less: a cataract study",
            "Seeing clearly, falling less: a cataract study",
        ),
        (
            "THE HEALTH HOUR - Carrowmore Community Radio 94.6 FM\n\nCan exercise slow Parkinson's disease?",
            "Can exercise slow Parkinson's disease?",
        ),
        (
            "ASK THE DOCTOR\nYour health questions answered by Dr Miriam Okonjo, a GP in Wexcombe for 19 years.\n\n"
            "Is flossing really worth the bother?",
            "Is flossing really worth the bother?",
        ),
        # a menu of four or more short items, whatever they say
        (
            "Step Challenge results · Evidence corner · EAP reminder · Dates for your diary\n\n"
            "Can walking lift your mood? What a new review found",
            "Can walking lift your mood? What a new review found",
        ),
        # beside a kicker, a headline of two short sentences
        (
            "OPINION | Enough with the optimisation. Most of what keeps you healthy is boring.",
            "Enough with the optimisation. Most of what keeps you healthy is boring.",
        ),
        # the frame of an e-mail or a chat export; the subject line keeps its headline
        (
            "From: Staff Wellbeing <wellbeing@example.org>\nTo: All staff\nDate: Tue, 4 Mar 2025 09:00\n"
            "Subject: Health Matters #41 | Does standing at work help your back?",
            "Does standing at work help your back?",
        ),
        (
            "[12/05/2025, 08:02] Priya (Class 4 parents): Forwarded\n\n"
            "*🍎 LUNCHBOXES AND FOCUS: what the studies say 🍎*",
            "LUNCHBOXES AND FOCUS: what the studies say",
        ),
        # a table of contents entry is not the headline
        ("Vicar's letter ..... 2\nHealth Corner: sleep and screens ..... 4", None),
        ("Page 4  Why farmers should talk more\nPage 6  Mart prices", None),
        # service lines, an issue's name and date, a club's name, a compiler's credit
        ("24-hour emergency line: 01632 960418", None),
        ("Newsletter - March 2025", None),
        ("Harbour Rowing Club: Weekly Bulletin\nWeek 41 · Winter block · compiled by the Club Captain", None),
        (
            "Northgate Sixth Form Science Club\n\nDo energy drinks help you revise? A journal club",
            "Do energy drinks help you revise? A journal club",
        ),
    ],
)
def test_headline_below_an_organisation_or_masthead(header, title):
    assert plain_text_title((header + "\n\n" + BODY).split("\n")) == title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("# The Porch Light Health Letter — Issue 31", True),
        ("Valley Voices - the quarterly newsletter of the Valley Clinic", True),
        ("Walking Notes -- a blog about hiking after surgery", True),
        ("Olive oil, nuts and your knees: the new trial explained", False),
        ("Issue of the week: why sleep matters", False),
        ("The newsletter of the Riverbank Rowing Club", True),
        ("Harbourside Hospital - Media Office", True),
        ("The newsletter of a doctor who changed her mind", False),
        ("BREATHE AGAIN - the long Covid support network", True),
        ("Members' Newsletter, Spring 2024 (Issue 17)", True),
        ("A fortnightly email for midwives, health visitors and volunteers", True),
    ],
)
def test_is_publication_name(line, expected):
    from pipelines.readers.title import is_publication_name

    assert is_publication_name(line) is expected


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a social post: author, headline-free metadata with bullets, then prose ending in an emoji
        (
            "Dr Ana Ruiz • 2nd\nPaediatric nurse | Views my own\n3d • Edited • 🌐\n\n"
            "Most children with eczema are under-moisturised. Our clinic audit found it again. 🧴\n",
            None,
        ),
        # a podcast page: show name over "Episode | Headline" over "Released | length"
        (
            "THE CLINIC HOUR: talks about evidence\nEpisode 12 | Should you stretch before running?\n"
            "Released 3 May 2025 | 41 min\n\n[Transcript excerpt, lightly edited.]\n\n"
            "HOST: Welcome back to the show, where we look at the research behind everyday advice.\n",
            "Should you stretch before running?",
        ),
        (
            "Hillside Primary Parent Bulletin\n\nNits: what actually works\n\nDear parents, it is that time again.\n",
            "Nits: what actually works",
        ),
        # a show's name in capitals, then the episode over its release line
        (
            "BODY WORKS: THE PHYSIO PODCAST\nEpisode 9: Is running bad for your knees?\n"
            "Released 2 June 2025 | Transcript (lightly edited)\n\nHOST: Welcome back, everyone, to the show.\n",
            "Episode 9: Is running bad for your knees?",
        ),
        # a channel's name in capitals, a broadcast line, then the segment's label
        (
            "RIVERSIDE TELEVISION - MORNING LIVE\nBroadcast transcript, Monday 3 March 2025\n"
            "SEGMENT: Can a smart watch spot a stroke early?\n\nANNA: Good morning, and welcome to the programme.\n",
            "Can a smart watch spot a stroke early?",
        ),
        # a column's byline under its headline
        (
            "Sore shins, big miles? What runners should know about stress fractures\n"
            "with Dr Ola Berg, consultant in sport and exercise medicine\n\n"
            "Q. I run 60 miles a week and my shins ache.\n",
            "Sore shins, big miles? What runners should know about stress fractures",
        ),
        # a series' name and number before the headline
        (
            "Feel Good Friday #12 - Why your back aches after gardening\n\nSpring is here and so are the twinges.\n",
            "Why your back aches after gardening",
        ),
    ],
)
def test_posts_podcasts_and_named_bulletins(header, title):
    assert plain_text_title(header.split("\n")) == title


@pytest.mark.parametrize(
    "registration",
    ["Registered charity no. 1098843 (England and Wales)", "Company number 04417732", "Registered office: 1 High St"],
)
def test_a_registration_line_above_the_headline_is_skipped(registration):
    header = registration + "\n\nResearch round-up: four studies that shaped our year"
    assert (
        plain_text_title((header + "\n\n" + BODY).split("\n")) == "Research round-up: four studies that shaped our year"
    )


def test_a_contents_list_with_page_numbers_and_an_app_banner_are_no_headline():
    header = (
        "Download the KVPX 12 app for breaking news alerts\n\n"
        "2 Welcome from our Chief Executive\n4 How often can you safely give?\n12 Awards: 50, 75 and 100 donations\n\n"
        "Our interval trial reports"
    )
    assert plain_text_title((header + "\n\n" + BODY).split("\n")) == "Our interval trial reports"


def test_a_headline_that_starts_with_a_number_is_still_one():
    assert plain_text_title(("5 Ways to Sleep Better This Winter\n\n" + BODY).split("\n")) == (
        "5 Ways to Sleep Better This Winter"
    )


NEWSLETTER_EMAIL = (
    "From: Harbour Pantry <hello@harbourpantry.example>\n"
    "To: reader@example.com\n"
    "Subject: 🥦 Is frozen veg as good as fresh?\n"
    "Date: Tue, 3 Mar 2026 07:00:00 +0000\n\n"
    "View this email in your browser\n\n"
    "Your box is being packed! Edit your recipes by Sunday at midnight, as usual.\n\n"
    "=====================\n"
    "THE PANTRY LETTER, No. 12\n"
    "=====================\n\n"
    "Our monthly look at the science of your supper\n"
    "By Amira Shah, dietitian\n\n"
    "Frozen or fresh: what the nutrient studies really show\n\n"
    "Hi there,\n\n" + BODY
)


def test_a_newsletters_own_headline_beats_its_teaser_subject_line():
    assert plain_text_title(NEWSLETTER_EMAIL.split("\n")) == "Frozen or fresh: what the nutrient studies really show"


def test_an_email_without_a_headline_of_its_own_keeps_its_subject():
    email = (
        "From: Clinical Lead <lead@care.example>\nTo: All staff\n"
        "Subject: New skin care routine from 1 July (read before your next shift)\n\n"
        "Hi everyone,\n\n" + BODY
    )
    assert plain_text_title(email.split("\n")) == "New skin care routine from 1 July (read before your next shift)"


@pytest.mark.parametrize(
    "offer",
    [
        "Go ad-free with SkyCast Premium: £1.49 a month or £11.99 a year",
        "Trusted by 410,000 men. Hair plans from £24/month; first month £9 with code HAIR9.",
    ],
)
def test_an_offer_and_a_breadcrumb_above_the_headline_are_skipped(offer):
    header = offer + "\n\nTHE JOURNAL > HAIR LOSS\n\nOral minoxidil vs the foam: what a head-to-head trial found"
    assert plain_text_title((header + "\n\n" + BODY).split("\n")) == (
        "Oral minoxidil vs the foam: what a head-to-head trial found"
    )


@pytest.mark.parametrize(
    "dateline",
    ["Sunday, 25 January 2026, 07:30", "Public release: 15 April 2026", "Bulletin no. 9/2026 - Monday, 2 March 2026"],
)
def test_a_dateline_above_the_headline_is_not_the_title(dateline):
    header = f"{dateline}\n\nHot tea and cancer: what the evidence really says"
    assert plain_text_title((header + "\n\n" + BODY).split("\n")) == "Hot tea and cancer: what the evidence really says"


@pytest.mark.parametrize(
    "line",
    ["Subscribe to the e-edition for BDS$45 a quarter", "Unit 4, Ferrybridge Works, Canal Street, Derby DE1 3QP"],
)
def test_an_offer_or_a_postal_address_above_the_headline_is_not_the_title(line):
    header = f"{line}\n\nLifting the weight: how your gifts are changing what we tell patients"
    expected = "Lifting the weight: how your gifts are changing what we tell patients"
    assert plain_text_title((header + "\n\n" + BODY).split("\n")) == expected


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # the motto under a masthead in capitals is the outlet's, not the story's
        (
            "THE HARBOUR LAMP\nStories about health, work and the sea\n\nEPISODE 9 · 2 March 2026\n"
            "Why the night shift hurts your back",
            "Why the night shift hurts your back",
        ),
        # a correction or a translation's original title printed above the headline
        (
            "HEALTH\n\nCORRECTION (3 May 2026): An earlier version of this story gave the wrong number of patients.\n\n"
            "Night-time inhalers cut asthma attacks, trial finds",
            "Night-time inhalers cut asthma attacks, trial finds",
        ),
        (
            "Original title: « La marche après le repas »\nIssued by CHU Nord on 3 May 2026\n\n"
            "A walk after meals lowers blood sugar",
            "A walk after meals lowers blood sugar",
        ),
    ],
)
def test_mottoes_corrections_and_original_titles_are_not_the_headline(header, title):
    assert plain_text_title((header + "\n\n" + BODY).split("\n")) == title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a label in capitals, a blank line, then the headline
        ("ASK THE NURSE\n\nIs zinc worth taking for colds?\n\nBy A. Writer", "Is zinc worth taking for colds?"),
    ],
)
def test_a_label_in_capitals_above_a_blank_line_leaves_the_headline(header, title):
    assert plain_text_title((header + "\n\n" + BODY).split("\n")) == title
