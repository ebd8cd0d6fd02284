"""What a survey measured, read from the shares it reports: "41% had smoked a waterpipe in the past month".

A survey's results are prevalences: each share names, in its verb phrase, the thing the survey asked about. The
outcome is that phrase without the auxiliary ("smoked a waterpipe in the past month") or, after "said", the belief
it reports ("a waterpipe was less harmful than cigarettes"). Only a survey's or a cross-sectional study's own
sentences are read this way: in a trial, "22% had headaches" is a harm compared between arms, read elsewhere.
"""

from __future__ import annotations

import re

from pipelines.extract.noun_phrases import Span
from pipelines.extract.number_words import TENS, UNITS

# (a share spelled out at the head of a sentence: "Sixty-three per cent said ...")
_SPELLED_PERCENT = (
    rf"(?:(?:{'|'.join(TENS)})(?:-(?:{'|'.join(UNITS[1:10])}))?|{'|'.join(UNITS[10:])})\s+(?:per\s*cent|percent)"
)
_SHARE = (
    r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|"
    + _SPELLED_PERCENT
    + r"|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+"
    r"(?:three|four|five|ten|\d+)"
    r"|(?:about\s+|almost\s+|nearly\s+)?(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters)"
    # a case series tells its few patients as a whole: "Almost all had vomiting or diarrhoea in the first days"
    r"|(?-i:[Aa]lmost\s+all|[Nn]early\s+all|Most|Many|All))"
)
# "41% had smoked ...", "six in ten had texted at the wheel", "63% said a waterpipe was less harmful ..."
_SHARE_THEN_VERB = re.compile(
    rf"(?i)\b{_SHARE}\s+(?:of\s+(?:them|respondents|those\s+(?:who\s+)?(?:asked|surveyed|who\s+answered)|the\s+[\w-]+)\s+)?"
    r"(?P<verb>had\s+had|had|have|has|said|reported|believed|thought|felt|used|were|was|ate|drank|smoked|worried|agreed"
    r"|supported|wanted|skipped|knew|owned|exercised|took|did|got|slept)\s+"
    r"(?P<phrase>[^.;:,()]{6,80})"
)
# Where the phrase stops: a comparison with another share or a reason given for it.
_PHRASE_END = re.compile(r"(?i)\s+(?:compared\s+with|against|versus|vs\.?|while|whereas|but|mostly|because|and\s+\d)\b")
_MAX_WORDS = 9


def survey_outcomes(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """(name, span) for each thing a reported share in text[start:end] (one sentence) measured."""
    if "%" not in text[start:end] and not _HAS_WORD_SHARE.search(text, start, end):
        return []
    found: list[tuple[str, Span]] = []
    for m in _SHARE_THEN_VERB.finditer(text, start, end):
        phrase_start, phrase_end = m.span("phrase")
        if m.group("verb").lower() in _VERB_IS_THE_MEASURE:
            phrase_start = m.start("verb")  # "40% worried about their child's weight": the worry is what was asked
        stop = _PHRASE_END.search(text, phrase_start, phrase_end)
        if stop:
            phrase_end = stop.start()
        lead = _LEAD.match(text, phrase_start, phrase_end)
        if lead:
            phrase_start = lead.end()
        words = text[phrase_start:phrase_end].split()
        # one word says how they were ("were hesitant"), a pronoun points elsewhere ("were still doing it")
        if 2 <= len(words) <= _MAX_WORDS and not _POINTS_ELSEWHERE.search(text, phrase_start, phrase_end):
            name = _QUOTES.sub("", " ".join(words)).lower().rstrip(".,;: ")
            found.append((name, (phrase_start, phrase_end)))
    return found


# "said they would support ...", "said that a waterpipe was ...": the reporting words are not what was measured
_LEAD = re.compile(r"(?i)(?:that\s+)?(?:they|he|she|it)\s+(?:would\s+|had\s+|were\s+|was\s+)?|(?:that|still)\s+")
_QUOTES = re.compile('["“”‘’]')
_POINTS_ELSEWHERE = re.compile(r"(?i)\b(?:it|them|this|that|these|those|so)\s*$")


_VERB_IS_THE_MEASURE = frozenset({"worried", "agreed", "supported", "wanted", "skipped", "exercised"})
_HAS_WORD_SHARE = re.compile(
    r"(?i)\b(?:in\s+(?:three|four|five|ten|\d+)|half|third|quarter|all|most|many|per\s*cent|percent)\b"
)
