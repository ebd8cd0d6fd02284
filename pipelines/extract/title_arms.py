"""Arms named by a cited paper's title: "Tai chi versus aerobic exercise for fibromyalgia: a randomized trial".

Trial reports put their comparison in the title in a few set shapes, and name the arms there as their
authors do, where a lay article often says only "the app group" or "those on the drug". studies.py prefers these arms to
the ones read from the article's sentences.
"""

from __future__ import annotations

import re

from pipelines.extract.dose_units import DOSE_AMOUNT
from pipelines.extract.noun_phrases import Span, strip_edges, strip_leading

# What a title says before the first arm: "Effect of", "A comparison of the effects of", "Comparing".
_LEAD = re.compile(
    r"(?i)(?:(?:the|a|an)\s+)?(?:(?:positive|beneficial|short-term|long-term)\s+)?"
    r"(?:(?:effects?|efficacy|effectiveness|safety|impact|benefits?|comparison|comparative\s+effectiveness)"
    r"(?:\s+and\s+(?:safety|efficacy|cost-effectiveness|effectiveness|tolerability))?\s+of\s+|comparing\s+)"
    r"|(?:the|an?)\s+"
    # a schedule is not part of a treatment's name: "once-weekly glucatide"
    r"|(?:once|twice|three\s+times)[-\s](?:daily|weekly|monthly|yearly|a\s+(?:day|week|month))\s+"
)
_VERSUS = re.compile(r"(?i)\s+(?:versus|vs\.?|v\.|compared\s+(?:with|to))\s+")
# Where the second arm ends: the condition, population or design that follows it.
_AFTER_ARM = re.compile(
    r"(?i)\s+(?:for|in|on|among|amongst|after|before|during|to|at|as|with(?:in)?|among|by|and\s+(?:its|their))\s"
    r"|\s*[:(\[,;?]|\s+[-–—]\s"
)
# Words that modify a noun the title leaves to the second arm: "True versus sham acupuncture", "Five versus ten
# days of ...", "Home-based telemonitored versus centre-based cardiac rehabilitation".
_MODIFIER = re.compile(
    r"(?i)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|true|real|active|high|low|higher|lower|"
    r"short|long|shorter|longer|early|late|single|double|full|partial|standard|intensive|immediate|delayed|"
    r"fresh|frozen|warm|cold|hot|dry|wet|hard|soft|firm|thick|thin|heavy|light|fast|slow|new|old|"
    # ("Minimalist versus conventional running shoes", "Hard versus soft occlusal splints")
    r"[\w-]+-based|[\w-]+(?:ed|ive|al|ward|wards|wise|ist|ous|ful|less|able|ible))$"
)
# A clause, not a name: "Parents who read aloud versus parents who do not".
_CLAUSE = re.compile(r"(?i)\b(?:who|which|that|whose|do|does|did|not|is|are|was|were)\b")
_MAX_WORDS = 6  # a longer first arm is a sentence-like title ("Mothers massaging their newborns ..."), not a name


def title_arms(text: str, span: Span) -> list[tuple[Span, str, str]]:
    """(span, name, role) for the arms a title at text[span] compares; [] when it compares none."""
    start, end = strip_leading(text, span, _LEAD)
    versus = _VERSUS.search(text, start, end)
    if versus is None:
        return []
    first_end = _AFTER_ARM.search(text, start, versus.start())
    first = strip_edges(text, (start, first_end.start() if first_end else versus.start()))
    second_end = _AFTER_ARM.search(text, versus.end(), end)
    second = strip_leading(text, (versus.end(), second_end.start() if second_end else end), _LEAD)
    first_words, second_words = text[first[0] : first[1]].split(), text[second[0] : second[1]].split()
    if not first_words or not second_words or len(first_words) > _MAX_WORDS or len(second_words) > _MAX_WORDS:
        return []
    if _CLAUSE.search(text, first[0], first[1]) or _CLAUSE.search(text, second[0], second[1]):
        return []
    # "Spironolactone 50 mg vs 100 mg vs placebo": a third arm and more follow the second
    later = _split_chain(text, second)
    if len(later) > 1:
        second_words = text[later[0][0] : later[0][1]].split()
    first_name = " ".join(first_words)
    if len(second_words) > 1 and all(_MODIFIER.fullmatch(word) for word in first_words):
        first_name = " ".join(first_words + second_words[min(len(first_words), len(second_words) - 1) :])
    arms = [(first, first_name.lower(), "intervention")]
    dosed = _DOSED.fullmatch(first_name)
    for number, arm in enumerate(later):
        name = " ".join(text[arm[0] : arm[1]].split())
        if dosed and _DOSE.fullmatch(name):
            name = f"{dosed.group('drug')} {name}"  # "100 mg" is the first arm's drug at another dose
        arms.append((arm, name.lower(), "comparator" if number == len(later) - 1 else "intervention"))
    return arms


_DOSE = re.compile(rf"(?i){DOSE_AMOUNT}")
# "Spironolactone 50 mg": a drug named with its dose (one or two words before the amount)
_DOSED = re.compile(rf"(?i)(?P<drug>[^\d\s][\w-]*(?:\s+[^\d\s][\w-]*)?)\s+{DOSE_AMOUNT}")


def _split_chain(text: str, span: Span) -> list[Span]:
    """The arms of "B vs C vs D" at text[span], each stripped; one span when there is no further "vs"."""
    parts: list[Span] = []
    start = span[0]
    for versus in _VERSUS.finditer(text, span[0], span[1]):
        parts.append(strip_edges(text, (start, versus.start())))
        start = versus.end()
    parts.append(strip_edges(text, (start, span[1])))
    return parts


# A title about a risk, an exposure or a question names no treatment: "Coffee intake and risk of ...", "Why is ...?"
_NOT_A_TREATMENT = re.compile(
    r"(?i)^(?:why|how|what|which|when|who|does|do|is|are|can|should)\b|\?"
    r"|\b(?:risk|association|associations|prevalence|incidence|exposure|experiences?|barriers|trends|outcomes\s+of)\b"
)


_AND_MEASURE = re.compile(
    r"(?i)\s+and\s+(?:[\w-]+\s+){0,3}?(?:time|times|rates?|risk|survival|mortality|scores?|function|quality|symptoms"
    r"|recovery|pain|fatigue|levels?|outcomes?|reactions?|events?|episodes?|complications?)\b"
)


def title_treatment(text: str, span: Span) -> tuple[Span, str] | None:
    """The treatment a trial's title is about, for a title that names one without a comparison:
    "Once-daily tarvopril in adults with resistant hypertension: a randomised trial" -> tarvopril."""
    if _NOT_A_TREATMENT.search(text, span[0], span[1]) or _VERSUS.search(text, span[0], span[1]):
        return None
    start, end = strip_leading(text, span, _LEAD)
    stop = _AFTER_ARM.search(text, start, end)
    if stop is None:
        return None  # nothing follows the name, so nothing shows where it ends
    name_span = strip_edges(text, (start, stop.start()))
    # "Cool dialysate and post-dialysis recovery time in ...": the treatment and what it was measured against
    joined = _AND_MEASURE.search(text, name_span[0], name_span[1])
    if joined:
        name_span = strip_edges(text, (name_span[0], joined.start()))
    words = text[name_span[0] : name_span[1]].split()
    if not words or len(words) > _MAX_WORDS or _CLAUSE.search(text, name_span[0], name_span[1]):
        return None
    return name_span, " ".join(words).lower()
