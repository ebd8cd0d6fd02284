"""The pattern table of web cruft: boilerplate lines that are never part of an article's content.

Each pattern must match a whole line (after list markers are stripped), so a sentence that merely
mentions cookies or subscriptions is kept. Add rows here, not code elsewhere.
"""

from __future__ import annotations

import re

# Lines longer than this are prose, never boilerplate, whatever words they contain.
MAX_CRUFT_LINE = 320

_LINE_PATTERNS = {
    "cookie_banner": [
        r".{0,120}\b(we|this (web)?site|our (web)?site|our partners|we and our partners)\b.{0,60}\b(use|uses|store)\b"
        r".{0,80}\bcookies\b.*",
        r".{0,200}\bby (clicking|continuing|using)\b.{0,120}\b(you (consent|agree|accept))\b.*",
        r"(accept|reject|allow|decline)( all| non-essential| necessary)?( cookies)?\.?",
        r"(cookie|privacy) (settings|preferences|policy|notice|choices)",
        r"(manage|customi[sz]e) (options|preferences|cookies|settings|choices)",
        r"your privacy choices",
        # a labelled notice: "Cookies: this page uses none, except one to remember your language"
        r"cookies?\s*:.{0,240}",
        # "Cookies help us understand how readers use this site. [Accept] [Decline]"
        r"cookies\b.{0,80}\b(help|let|allow|enable)s?\s+us\b.*",
        r".{0,200}\bcookies?\b.{0,200}\[\s*(accept|ok|okay|decline|reject|agree|i agree|got it|no thanks)\s*\].*",
        r"(got it|ok|okay|i accept|i agree)!?",
        r"do not sell( or share)? my personal information",
    ],
    "share_buttons": [
        r"share( this( article| post| story| page)?)?\s*[:\-–]?",
        r"(share|follow us|follow)( on| this)?\s*[:\-–]?\s*((facebook|twitter|x|linkedin|pinterest|whatsapp|reddit|"
        r"email|e-mail|print|instagram|threads|bluesky|tumblr|telegram|copy link)[\s,|·•/]*)+",
        r"like this:?",
        r"(follow|listen|full story|save|bookmark|clap|claps)",
        r"(listen|play) to (this|the) (article|story|episode)( now)?.{0,20}",
        r"like loading\.*",
        r"(print|email this( article| story)?|print this( article| page)?|back to top|report post|quick reply)",
        r"(comments? \(\d+\)\s*\|?\s*)?(print\s*\|?\s*)?email this (article|story|page)",
    ],
    "comment_form": [
        r"leave a (reply|comment)( to .{0,80})?( cancel reply)?",
        r"cancel reply",
        r"your email address will not be published\.?.{0,80}",
        r"required fields are marked \*?\.?",
        r"(name|e-?mail|website|comment|url)\s*\*?(\s+(name|e-?mail|website|url)\s*\*?)*",
        r"post( your)? comment",
        r"(\[ ?\] )?save my name, email,? and website in this browser.*",
        r"this site uses akismet to reduce spam\..*",
        r"(sign|log) in to (comment|reply|post).*",
        r"you must be logged in to (reply|comment|post).*",
        r"comments are (moderated|closed).*",
        r"reply",
        r"[\w .'-]{1,40} says:",
        r"\[?(thanked|liked|upvoted) by \d[\d,]* (members?|people|users?)\]?",
    ],
    "newsletter_signup": [
        r"success!? you'?re on the list\.?",
        r"subscribe( now| today| for free| here)?[.!]?",
        r"sign (me )?up( now| today)?[.!]?",
        r"(join|subscribe|sign up)\b.{0,60}\b(newsletter|mailing list|our list|inbox)\b.{0,120}",
        r"(get|receive)\b.{0,60}\b(newsletter|by email|in your inbox|weekly email)\b.{0,120}",
        r".{0,80}\bjoin (more than |over |nearly |almost )?[\d,.]+k?\+? (other )?(readers|subscribers|parents|people|"
        r"members|others|fans)\b.{0,80}",
        r"view (this email|it) in (your|a) browser\.?",
        r"view (this email |it )?(in|on) (your |a )?(web )?browser\.?( \| forward( this)? to a (friend|colleague))?",
        r"(update|manage) (your )?(email )?(preferences|subscription).{0,40}",
        r"unsubscribe.{0,60}",
        r"you are receiving this (email|message|newsletter) because.*",
        r".{0,80}\bto (stop receiving|unsubscribe from) (this|these|our) (newsletter|emails?).*",
        r"not a subscriber( yet)?\?.*",
        r"(thanks|thank you) for reading\b.{0,200}",
        r".{0,60}you'?re one of [\d,]+ subscribers.*",
        r"no spam[,.!]? (ever[.!]? )?unsubscribe (at )?any ?time\.?",
        r"(enter|type) your e-?mail( address)?.{0,30}",
        r"subscribe to [\w ’'&:-]{1,60}(?<![.!?])",
        r"subscribe to (the|our) (print|digital) edition.*",
    ],
    "advertisement": [
        r"(advertisement|advertising|sponsored( content)?|ad|ads by \w+|paid content|promoted( content)?)",
        r"(story|article) continues (below|after) (the )?(advertisement|ad)",
    ],
    "paywall": [
        r"you have \d+ free (articles?|stories|stor(y|ies)) (left|remaining).*",
        r"(subscribe|sign up|log in) to (continue|keep) reading.*",
        r"already a (subscriber|member)\?.*",
        r"this (article|story|content) is (only )?(for|available to) (subscribers|members)( only)?\.?",
        r"members: log in to .*",
    ],
    "byline_meta": [
        r"\d+\s*(-\s*)?min(ute)?s?\.? read",
        r".{0,100}\|\s*\d+\s*min(ute)?s?\.? read",
        r"(.{0,80}\|\s*)?reading time:?\s*\d+\s*min(ute)?s?\.?",
        r".{0,160}\b\d+\s*min(ute)?s?\.? read\b.{0,80}",
        r"posted (by|in|on)\b.{0,140}(?<![.!?])",
        r"published (in|on):.{0,100}(?<![.!?])",
        r"(tags?|tagged|categories|category|filed under|topics)\s*:.{0,200}",
        r"(last )?updated( on)?:? .{0,40}\d.{0,30}",
        r"related( content| posts?| articles?| stories| coverage)?\s*:\s*.{1,250}",
    ],
    "copyright_footer": [
        r"(©|\(c\)|copyright)\s*(\d{4}|[A-Z]).{0,250}",
        r".{0,120}\ball rights reserved\b.{0,160}",
    ],
    "press_markers": [
        r"for immediate release",
        r"(#{3}|-\s*ends?\s*-|\[?end\]?)",
        r"(media|press) (contact|inquiries|enquiries)s?:.{0,120}",
        r"contact:\s*\S+@\S+",
    ],
    "separator": [
        r"[-=_*~#·•.–—|]{1,}",
    ],
    "syndication_note": [
        r"(story source|materials provided by|note: content may be edited for style and length)\b.{0,200}",
    ],
    "media_placeholder": [
        r"\[(photo|image|video|graphic|illustration|figure|caption|gallery)\b.{0,300}\]",
    ],
    "forum_meta": [
        r".{0,80}\(member since \d{4}.{0,60}\)",
    ],
    # A podcast's or video's chapter list ("02:45 Why local anaesthesia?"): navigation, not the episode's content
    # (a transcript's timed turns name their speaker, "[06:10] BARAKA MOLLEL: ...", and stay)
    "media_chapters": [
        r"\(?\d{1,2}:\d{2}(:\d{2})?\)?\s*[-–—]?\s+(?![A-Z][A-Z .'’-]+:)[^\n]{1,80}(?<![.!])",
    ],
}

# Headings that open a block of links (related stories, popular lists): the heading and the short
# lines under it, up to the next blank line or prose line, are removed.
# Bylines are matched case-sensitively: "By Jane Doe" is a byline, "By contrast" is prose.
_BYLINES = [
    r"[Bb]y [A-Z][\w.'’-]*( [A-Z][\w.'’-]*| (van|de|von|da|del|la|le|di)){0,5}(,? [\w.,&' -]{0,80})?"
    r"(\s*[|·•]\s*[\w ,.&'-]{0,60})*",
]

_BLOCK_STARTS = [
    r"related( content| posts?| articles?| stories| coverage| reading| links)?\s*[:\-–—]?",
    r"(you|we think you) (may|might) (also )?(like|enjoy)\s*:?",
    r"more (in|from|on) .{1,60}",
    r"(most|top) (read|popular|viewed|shared)( stories| articles)?( this week| today| this month| now)?\s*:?",
    r"recommended( for you| reading| stories)?\s*:?",
    r"(read|up) next\s*:?",
    r"(read more|also read|further reading|see also)\s*:?",
    r"trending( now| stories)?\s*:?",
    r"(don'?t|do not) miss\s*:?",
    r"popular (posts|stories|articles)\s*:?",
    r"cite this (page|article|story)\s*:?",
]

# Headings after which the rest of the page is reader comments; only reference lines survive.
_TAIL_STARTS = [
    r"leave a (reply|comment)",
    r"\d+ (thoughts|responses|comments|replies) (on|to) .{0,200}",
    r"\d+ comments?",
    r"comments \(\d+\)",
    r"join the (discussion|conversation)",
    r"(show|view|load) comments",
    r"what do you think\? leave a comment.*",
]


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*", re.IGNORECASE)


LINE_RULES = {rule: _compile(patterns) for rule, patterns in _LINE_PATTERNS.items()}
BYLINE = re.compile("(?:" + "|".join(_BYLINES) + r")\s*")
BLOCK_START = _compile(_BLOCK_STARTS)
TAIL_START = _compile(_TAIL_STARTS)

# Words that mark a line of short " | "-separated items as site navigation or footer links.
NAV_WORDS = frozenset(
    """home about contact privacy terms login log register sign subscribe newsletter donate careers jobs
    blog search menu shop store faq help share facebook twitter x linkedin pinterest whatsapp email
    print book call enroll advertise accessibility policy cookies sitemap archive archives corrections
    comments reply report back top forum forums rules membership""".split()
)
# Section names: a menu when several come together ("Health | Science"), but also words a table row may hold.
SECTION_WORDS = frozenset(
    """news opinion science health wellness lifestyle events services team locations directions hours members
    research sports business politics world local video podcasts""".split()
)
