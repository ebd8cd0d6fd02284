"""Headline detection in plain text: the first title-like line of the page header, else None.

A page header is what comes before the first prose paragraph: kickers ("OPINION", "NEWS RELEASE"),
site names followed by their menu, breadcrumbs, bylines. The headline is the first line there that
reads like a title; site names are usually shorter than headlines, so a line of five words or more
wins over a shorter one.
"""

from __future__ import annotations

import re

from pipelines.pictographs import LEADING_PICTOGRAPHS, TRAILING_PICTOGRAPHS
from pipelines.readers.cruft import core, cruft_rule, is_navigation

# Headlines rarely exceed this; longer lines are prose.
_MAX_TITLE_CHARS = 200
_MIN_HEADLINE_WORDS = 5
# How far into the page the header may reach, in non-blank lines.
_HEADER_LINES = 15
# A sentence of this many words is body text: the header is over.
_PROSE_WORDS = 6

_LABEL_PREFIX = re.compile(r"^(?:thread|subject|title|re|fwd?|headline|segment|item)\s*:\s*", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^(?:[-*+•]|\d{1,3}[.)]|\(?[a-z]\))\s+")
_RULE_LINE = re.compile(r"^[-=_*#~·•.\s]{3,}$")
_SENTENCE_END = re.compile(r"[.;,]$")
# "with Dr Callum Ferriday, consultant in sport medicine": a column's byline
_BYLINE_START = re.compile(
    r"^(?:by|posted|published|written|updated|from|released|aired|broadcast|recorded|with\s+(?:Dr|Prof|Professor)\b)",
    re.IGNORECASE,
)
# Press-release and newsletter furniture: "Embargoed until 00:01 ...", "In this issue: ...".
_FURNITURE = re.compile(
    r"(?i)^(?:embargo(?:ed)?\b|under\s+embargo|for\s+(?:immediate\s+)?release|in\s+this\s+(?:issue|edition)\b"
    # a registration line at the top of a charity's or company's page: "Registered charity no. 1167420 ..."
    r"|registered\s+(?:charity|company|office)\b|(?:charity|company)\s+(?:no|number|reg)\b"
    # a call to install the outlet's app: "Download the KVPX 12 app for breaking news alerts"
    r"|(?:download|get|install)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}app\b"
    # an offer with its price: "Go ad-free with SkyCast Premium: £1.49 a month", "Subscribe for $2 a week"
    # ("Subscribe to the e-edition for BDS$45 a quarter": a currency with letters before its sign)
    r"|(?:go\s+ad-free|subscribe|upgrade|join|unlock|sign\s+up|try|get|save)\b[^.]{0,80}?[A-Z]{0,3}[£$€₹]\s?\d"
    # where a wire release came from: "Source: Addiction journal press office, Wexcombe Academic Publishing"
    r"|source\s*:)"
)
_LETTER = re.compile(r"[^\W\d_]")
# E-mail headers ("To: All staff") and a chat export's stamp ("[03/06/2025, 21:14] Lorraine: ...") frame the
# message; the subject line ("Subject: ...") is the one header that may hold the headline.
_MESSAGE_HEADER = re.compile(
    r"(?i)^(?:(?:to|cc|bcc|date|sent|reply-to|classification|importance|attachments?)\s*:"
    r"|\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\])"
)
# "Health Corner: Antenatal classes ..... 4", "Page 4  It's good to talk": a table of contents entry and its page.
_CONTENTS_ENTRY = re.compile(r"(?:\.\s?){3,}\s*\d{0,3}$|…\s*\d{1,3}$|^(?i:page|p\.)\s*\d{1,3}\b")
# "24-hour emergency line: 01632 960418": a phone number is a service line, never a headline.
_PHONE = re.compile(r"(?<![\d.,])(?:\+\d{1,3}\s?)?\(?0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
# "Newsletter - March 2025", "Bulletin, Spring 2024": an issue's name and date.
_ISSUE_DATE = re.compile(
    r"(?i)^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:newsletter|bulletin|digest|update|magazine|e-?news)\s*[-–—:|,·]?\s*"
    r"(?:(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\s+)?(?:19|20)\d\d$"
)
# An offer above the article: a price, a discount or a code
_PROMOTION = re.compile(
    r"(?i)[£$€₹]\s?\d[\d.,]*\s*(?:/|a|per)\s*(?:month|mo|year|yr|week|wk|quarter)\b|\b\d+%\s+off\b|\bwith\s+(?:the\s+)?code\b"
    # ("Subscribe to the e-edition for BDS$45 a quarter": a currency with letters before its sign)
    r"|\bsubscribe\b[^.]{0,60}?[A-Z]{0,3}[£$€₹]\s?\d"
    # a postal address: "Unit 4, Ferrybridge Works, Canal Street, Derby DE1 3QP"
    r"|,\s*(?-i:[A-Z][\w'’-]+)\s+(?-i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$"
    r"|\b(?:street|road|avenue|lane|square|house|works|unit|suite|floor)\b[^.]{0,40},[^.]{0,40}\b(?-i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b"
)
# "THE JOURNAL > HAIR LOSS", "Home › Health": a breadcrumb trail
_BREADCRUMB = re.compile(r"\s[>›»]\s")
# "[Transcript excerpt, lightly edited.]": an editor's note in brackets, never the headline.
_BRACKETED_NOTE = re.compile(r"^\[[^\[\]]*\]$|^(?:\[[^\[\]]*\]\s*){2,}$")  # "[ Home ]  [ Treatments & prices ]"
_SALUTATION = re.compile(
    r"(?i)^(?:hello|hi|hey|dear|greetings|good\s+(?:morning|afternoon|evening|day))\b.*[,!]$"
    r"|\bdear\s+(?:readers?|customers?|members?|friends?|parents?|all|colleagues?|patients?|subscribers?|listeners?)\b"
)
# "Westbrook Academy Parent Bulletin", "The Riverside Health Digest": a publication's name, capitalised words
# ending in what it is.
_NAMED_PUBLICATION = re.compile(
    # "Hollybrook Medical Practice — Patient Newsletter": the publisher's name may stand before a dash
    r"^(?:The\s+)?(?:[A-Z][\w'’&.-]*:?\s+|[-–—|:]\s+){1,7}(?:Bulletin|Newsletter|E-?newsletter|Digest|Gazette|Magazine|Briefing"
    r"|Chronicle|Courier|Herald)$"
)
_DATE_ONLY = re.compile(r"^[\w ,.]*\b(?:19|20)\d{2}\b[\w ,.]*$")
# "Sunday, 25 January 2026, 07:30", "Public release: 15 April 2026", "Bulletin no. 9/2026 - Monday, 2 March 2026":
# a date with a time, a label or an issue number, and nothing else
_DATELINE_PART = re.compile(
    r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|public|release|released|published"
    r"|updated|posted|bulletin|issue|edition|no|vol|volume|am|pm|gmt|bst|utc|cet|local|time)\b|[\d:./,\-–—()]+"
)
# A publication naming itself: "Health Matters - the monthly bulletin of ...", "The Letter — Issue 112",
# "The Recovery Room -- a blog about ...". The headline of the piece comes after it.
_PUBLICATION_NAME = re.compile(
    r"(?i)\s(?:-{1,2}|–|—|:|·|\()\s*(?:(?:the|a|an|your|our)\s+(?:[\w'’-]+\s+){0,3}(?:bulletin|newsletter|e-?newsletter"
    r"|blog|magazine|digest|podcast|column|journal|gazette|update|briefing|network|charity|society|association"
    r"|community|support\s+group|foundation|alliance|collective|hub|channel|station|radio|fm|tv|television)\b"
    r"|(?:issue|vol(?:ume)?\.?|no\.|week)\s*\d+"
    r"|[\w'’-]+\s+(?:edition|issue)\b|(?:media|press|news)\s+(?:office|room|centre|center|relations)\b|newsroom\b)"
    # "The newsletter of the Lakeside Walkers' Club", "A weekly bulletin for parents": the masthead's tagline.
    r"|(?i:^(?:the|a|an|your|our)\s+(?:(?:monthly|weekly|fortnightly|biweekly|daily|quarterly|free|official)\s+)?"
    r"(?:bulletin|newsletter|e-?newsletter|e-?mail|letter|update|round-?up|magazine|digest|podcast|gazette|briefing)"
    r"\s+(?:(?:of|for|from)\s+(?:the\s+)?(?-i:[A-Z])|for\s+\w))"
)


# "CLAIMCHECK - independent health fact-checking", "BUMP & BEYOND :: Research Bites": a name in capitals and its
# tagline or section.
_CAPITALS_MASTHEAD = re.compile(
    r"^[A-Z][A-Z0-9&'’. ]{2,40}\s(?:[-–—]\s+[a-z]|::\s|[-–—|]\s+.{0,60}\b(?:Radio|FM|TV|Podcast|Newsletter|Magazine"
    r"|Gazette|News)\b)"
)
# "Carver Institute for Population Health": an organisation's name, capitalised words around an institution noun.
# "ASHBOURNE VALE UNIVERSITY HOSPITALS NHS TRUST", "THE WEXCOMBE GAZETTE": a body's name set in capitals.
_CAPITALS_ORGANISATION = re.compile(
    r"^(?=[^a-z]*$)[A-Z0-9&'’.,:\- ]*\b(?:TRUST|COUNCIL|GAZETTE|HOSPITALS?|UNIVERSITY|INSTITUTE|FOUNDATION|SOCIETY"
    r"|ASSOCIATION|COLLEGE|MINISTRY|DEPARTMENT|AGENCY|NETWORK|CHARITY|TIMES|HERALD|POST|NEWS|CHRONICLE|RADIO|FM"
    # "LIGHTS OUT: THE SLEEP SCIENCE PODCAST": a show or publication naming itself in capitals
    r"|PODCAST|NEWSLETTER|BULLETIN|MAGAZINE|DIGEST|SHOW|TELEVISION|TV|CHANNEL)"
    # (the noun ends the name, or "of ..." follows it: not "... NEWS FROM THE DENTAL CHAIR")
    # ("VALE ONE TELEVISION - WAKE UP WESSEX": or a dash and the show's name)
    r"(?:\s+(?:OF|FOR|AND|&)\s+[A-Z0-9&'’.,\- ]{0,50}|\s+[A-Z]{2,4}|\s+[-–—|]\s+[A-Z0-9&'’.,\- ]{0,60})?\s*$"
)
# "Wellbeing Wednesday #63 - Tired eyes at work?": a series' name and number before the headline.
_SERIES_NUMBER = re.compile(r"^(?:[A-Z][\w'’&-]*\s+){1,4}#\d+\s*[-–—:|]\s+(?=\S)")
# "Your health questions answered by Dr Miriam Okonjo, a GP": a column's byline, however long.
_BYLINE_INSIDE = re.compile(
    r"(?i)\b(?:answered|written|edited|compiled|curated|presented)\s+by\s+(?:the\s+)?(?-i:[A-Z])"
)
_ORGANISATION = re.compile(
    r"^(?:(?:[A-Z][\w'’.&-]*|of|for|and|the|&)\s+){0,6}(?:Institute|University|Foundation|Trust|Society|Association"
    r"|Council|Centre|Center|Hospital|College|School|Department|Ministry|Agency|Network|Alliance|Charity|Clinic"
    r"|Laboratory|Lab|Club)(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|the|&))*$"
)


def plain_text_title(lines: list[str]) -> str | None:
    """Pick the headline among the header lines, or None when the page starts straight with prose."""
    found = find_headline(lines)
    return found[1] if found else None


def find_headline(lines: list[str]) -> tuple[int, str] | None:
    """(index of the headline's line, headline), or None."""
    found = _header_headline(lines)
    if found is not None and _is_email(lines):
        return _email_body_headline(lines, found[0]) or found
    return found


_EMAIL_FIELD = re.compile(r"(?i)^(?:from|to|subject|date|sent)\s*:")
_EMAIL_BODY_LINES = 40  # non-blank lines after the headers in which a newsletter prints its own headline
_TWO_SENTENCES = re.compile(r"\.\s+[A-Z]")
_BYLINE_LINE = re.compile(r"(?i)^(?:by\s|(?:answered|written|edited)\s+by\b)")


def _is_email(lines: list[str]) -> bool:
    """A message whose headers ("From:", "Subject:") open the file: its subject line is not the only headline."""
    fields = [line for line in lines[:12] if _EMAIL_FIELD.match(line.strip())]
    return len(fields) >= 2 and any(line.strip().lower().startswith("subject") for line in fields)


def _email_body_headline(lines: list[str], subject_index: int) -> tuple[int, str] | None:
    """The headline a newsletter prints in its body, set off by a rule, a kicker or a byline; it names the piece
    better than the subject line, which is often a teaser ("😴 Should you tape your mouth shut at night?")."""
    filled = [i for i in range(subject_index + 1, len(lines)) if lines[i].strip()][:_EMAIL_BODY_LINES]
    found = None
    for position, index in enumerate(filled):
        line = lines[index].strip()
        if _is_prose(line) and found is not None:
            break
        if _EMAIL_FIELD.match(line) or _is_prose(line):
            continue
        title = _headline(line)
        if title is None or len(title.split()) < _MIN_HEADLINE_WORDS or title.endswith(":"):
            continue
        if _TWO_SENTENCES.search(title):
            continue  # "Q: My hygienist says ... in my sleep. I wake with ...?": a reader's question, not a headline
        if sum(c.isupper() for c in title) >= sum(c.islower() for c in title):
            continue  # "THE SLEEP LETTER, No. 58": a masthead in capitals
        neighbours = [lines[filled[j]].strip() for j in (position - 1, position + 1) if 0 <= j < len(filled)]
        if any(_RULE_LINE.match(n) or _BYLINE_LINE.match(n) or is_kicker(core(n)) for n in neighbours):
            found = index, title  # the last such line before the letter starts: a tagline comes before the headline
    return found


def _header_headline(lines: list[str]) -> tuple[int, str] | None:
    candidates: list[tuple[int, str]] = []
    # "Headline | Site name" lines: their headline part is used only when no cleaner line exists.
    piped: list[tuple[int, str]] = []
    seen = 0
    in_contents = False
    tagline = None  # the line under a capitals masthead that opens the page: the outlet's motto, not a headline
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        if seen == 1 and _OPENING_MASTHEAD.fullmatch(line) and index + 1 < len(lines) and lines[index + 1].strip():
            # (set directly under it: "FOR IMMEDIATE RELEASE", a blank line, then the headline is a label and its story)
            tagline = index + 1
        if _BYLINE_INSIDE.search(line) and not candidates:
            continue  # a column's standfirst names its author; the question comes after it
        if _is_prose(line) and _PROMOTION.search(line):
            continue  # "Hair plans from £24/month; first month £9 with code HAIR9.": an offer, not the body yet
        if _is_prose(line) and cruft_rule(line):
            continue  # "Cookies: this page uses none ...": a notice above the headline, not the body yet
        if _NOTE_ABOVE_HEADLINE.match(line):
            continue  # "CORRECTION (12 June): An earlier version ...", "Original title: « ... »": not the headline
        if _is_prose(line):
            if "|" in line:  # "OPINION | Two short sentences. As the headline." reads as prose but is not
                piped.extend((index, title) for title in _piped_headline(line))
            break
        if _PAGE_NUMBERED.match(line) and (in_contents or _next_page_numbered(lines, index)):
            in_contents = True  # a contents list: "2 Welcome from our Chief Executive" over "4 How often can ..."
            continue
        if _followed_by_menu(lines, index):
            if "|" in line:  # "Episode 47 | The headline" above "Released 11 February | 38 min"
                piped.extend((index, title) for title in _piped_headline(line))
            continue
        title = _headline(line)
        if title:
            candidates.append((index, title))
        elif "|" in line:
            piped.extend((index, title) for title in _piped_headline(line))
    for index, title in candidates:
        if len(title.split()) >= _MIN_HEADLINE_WORDS and index != tagline:
            return index, title
    for index, title in candidates:
        if len(title.split()) >= _MIN_HEADLINE_WORDS:
            return index, title
    if candidates:
        return candidates[0]
    return piped[0] if piped else None


_PAGE_NUMBERED = re.compile(r"^(\d{1,3})\s+[A-Z]")
# A correction printed above the story, or a translation's original title
_NOTE_ABOVE_HEADLINE = re.compile(
    r"(?i)^\W*(?:corrections?|clarifications?|updated?|editor['’]s\s+note)\b[^:.]{0,40}:\s+\S"
    r"|^original\s+(?:title|headline)\s*:"
)
# "THE QUIET ROOM", "MOUNT CAMEROON HERALD": an outlet's name in capitals as the page's first line (two words or
# more: a single capitalised word is a section label, and the headline may follow it)
_OPENING_MASTHEAD = re.compile(r"[A-Z][A-Z0-9&'’.-]*(?:\s+[A-Z][A-Z0-9&'’.-]*){1,5}")


def _next_page_numbered(lines: list[str], index: int) -> bool:
    """Whether the next non-blank line also opens with a page number, a larger one."""
    first = int(_PAGE_NUMBERED.match(lines[index].strip()).group(1))
    following = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    after = _PAGE_NUMBERED.match(following)
    return after is not None and int(after.group(1)) > first


def _piped_headline(line: str) -> list[str]:
    """The headline part of "Headline | Site": one long part, every other part a short name."""
    parts = sorted((p.strip() for p in core(line).split("|") if p.strip()), key=lambda p: -len(p.split()))
    if len(parts) < 2 or len(parts[0].split()) < _MIN_HEADLINE_WORDS or any(len(p.split()) > 4 for p in parts[1:]):
        return []
    # Beside a kicker ("OPINION | ..."), the headline may be two short sentences with a full stop.
    bare = parts[0].rstrip(".")
    title = _headline(bare)
    return [parts[0] if title == bare else title] if title else []


def _is_prose(line: str) -> bool:
    text = TRAILING_PICTOGRAPHS.sub("", core(line))  # "... in their lungs. 🫁" is still a sentence
    return len(text.split()) >= _PROSE_WORDS and text.endswith((".", '."', ".”", ".)", ".'", ".’"))


def _headline(line: str) -> str | None:
    """The line as a title, or None when it is a kicker, menu, byline, list item or sentence."""
    if _RULE_LINE.match(line) or _LIST_ITEM.match(line) or cruft_rule(line) or _MESSAGE_HEADER.match(line):
        return None
    if _CONTENTS_ENTRY.search(line) or _PHONE.search(line) or _ISSUE_DATE.match(core(line)):
        return None
    text = _LABEL_PREFIX.sub("", core(line).strip("#").strip())
    # "🌸 SOCIAL MEDIA & HOW OUR GIRLS SEE THEMSELVES 🌸": decoration, not wording
    text = TRAILING_PICTOGRAPHS.sub("", LEADING_PICTOGRAPHS.sub("", text))
    text = _SERIES_NUMBER.sub("", text)
    words = text.split()
    if not text or len(text) > _MAX_TITLE_CHARS or len(words) < 2:
        return None
    if _SENTENCE_END.search(text) or "|" in text or ";" in text or is_navigation(text) or _BYLINE_START.match(text):
        return None
    # "3d • Edited • 🌐", "Dr Priya Raman • 2nd": a post's metadata, fields set apart by bullets
    # ("PARENTS' BULLETIN · July 2026", "Majeedhee Magu, Malé · Open Saturday to Thursday": or by middle dots)
    if "•" in text or " · " in text or _BRACKETED_NOTE.match(text) or _BREADCRUMB.search(text):
        return None
    if _SALUTATION.search(text):
        return None  # "Góðan dag, dear customers!": a newsletter greeting its readers
    if _DATE_ONLY.match(text) or _is_dateline(text) or not _LETTER.search(text) or _FURNITURE.match(text):
        return None
    if _PROMOTION.search(text):
        return None  # an offer or a postal address above the article
    if is_kicker(text) or is_publication_name(text) or _CAPITALS_MASTHEAD.match(text) or _ORGANISATION.match(text):
        return None
    if _CAPITALS_ORGANISATION.match(text) or _BYLINE_INSIDE.search(text):
        return None
    return text


def _is_dateline(text: str) -> bool:
    """A line that is a date and what dates it: weekday, time, issue number or a release label, nothing else."""
    return bool(re.search(r"(?:19|20)\d\d", text)) and not _DATELINE_PART.sub(" ", text).strip(" :")


def is_publication_name(text: str) -> bool:
    """'Health Matters - the monthly bulletin of ...', 'The Letter — Issue 112': a masthead, not a headline."""
    text = core(text).strip("#").strip()
    return bool(_PUBLICATION_NAME.search(text) or _NAMED_PUBLICATION.match(text))


def is_kicker(text: str) -> bool:
    """A section label in capitals such as "RESEARCH NEWS" or "CASE STUDY CORNER"."""
    return text.isupper() and len(text.split()) <= _MIN_HEADLINE_WORDS and not text.endswith(("?", "!"))


def is_masthead(lines: list[str], index: int) -> bool:
    """A header line that is never content: kicker, menu, breadcrumb, "Site | Section", rule, site name."""
    text = core(lines[index])
    return (
        not text
        or bool(_RULE_LINE.match(lines[index]))
        or "|" in text
        or is_navigation(text)
        or is_kicker(text)
        or _followed_by_menu(lines, index)
    )


def _followed_by_menu(lines: list[str], index: int) -> bool:
    """A site name sits directly above its menu or breadcrumb, with no blank line between."""
    if index + 1 >= len(lines) or not lines[index + 1].strip():
        return False
    following = core(lines[index + 1])
    if _BYLINE_START.match(following):
        return False  # "By Name | Desk | Paper" under a headline is its byline, not a menu
    return "|" in following or is_navigation(following) or following.startswith(">")
