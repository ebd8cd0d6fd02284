"""Blinding as stated: double-blind, single-blind (including blinded assessors) or open-label.

Denials are checked first because they reuse the positive words ("this was not a double-blind study").
Nothing said means None, never a guess.
"""

from __future__ import annotations

import re

from pipelines.extract.stems import Stems
from pipelines.model import Sentence

_BLIND = r"(?:blind(?:ed)?|mask(?:ed)?)"
_WHO = (
    r"(?:assessors?|interviewers?|evaluators?|raters?|examiners?|outcome\s+assessors?|researchers|investigators"
    r"|judges|observers|graders|scorers|coders|testers|fieldworkers|field\s+workers|nurses|research\s+assistants"
    r"|staff|clinicians|statisticians|data\s+collectors|those\s+who\s+(?:collected|measured|assessed|rated)\s+\w+"
    r"|(?:people|researchers|staff)\s+who\s+(?:collected|measured|assessed|rated)\s+(?:the\s+)?\w+)"
)
_CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        "open_label",
        re.compile(
            r"(?i)\bopen[- ]label\b|\bun-?blinded\b|\bun-?masked\b|\bnon-?blinded\b|\bno\s+blinding\b"
            r"|\b(?:not|n't|never)\s+(?:be\s+|been\s+)?(?:a\s+)?(?:double[- ]|single[- ]|triple[- ])?" + _BLIND + r"\b"
            r"|\bcould\s*(?:not|n't)\s+be\s+"
            + _BLIND
            + r"|\bcannot\s+be\s+"
            + _BLIND
            + r"|\bknew\s+(?:which|what)\s+(?:treatment|group|therapy)\s+they\b"
            r"|\bneither\b[^.;]{0,60}\bnor\b[^.;]{0,60}\b(?:could\s+be|were)\s+" + _BLIND
        ),
    ),
    (
        "double_blind",
        re.compile(
            r"(?i)\b(?:double|triple|quadruple)[- ]?" + _BLIND + r"\b"
            r"|\bdouble[- ]dumm(?:y|ies)\b"
            r"|\bneither\s+(?:the\s+)?(?:participants|patients|volunteers)\s+nor\s+(?:the\s+)?(?:[\w-]+\s+)?(?:researchers"
            r"|doctors|investigators|clinicians|staff|nurses|physicians|therapists)\s+knew\b"
        ),
    ),
    (
        "single_blind",
        re.compile(
            r"(?i)\bsingle[- ]?" + _BLIND + r"\b|\b(?:assessor|evaluator|rater|observer|examiner)[- ]" + _BLIND + r"\b"
            r"|\b"
            + _BLIND
            + r"\s+(?:outcome\s+)?"
            + _WHO
            + r"|\b"
            + _WHO
            + r"\b[^.;]{0,80}?\b(?:(?:did\s+not|didn't|never)\s+(?:know|knew|learn)"
            r"|(?:were|was)\s+(?:not|never)\s+told)\s+(?:which|what|whose|who|the)\b"
            r"|\b" + _WHO + r"\b[^.;]{0,40}?\b(?:were|was|remained)\s+(?:unaware|blind(?:ed)?|masked)\b"
            r"|\bunaware\s+of\s+(?:the\s+)?(?:group|treatment|allocation|assignment)"
            r"|\b(?:participants|patients|volunteers|subjects)\b[^.;]{0,40}?\b(?:did\s+not|didn't)\s+know\s+"
            r"(?:whether|which|if)\b"
            r"|\b[a-z]+(?:ists|ers|ors|ians)\s+who\s+(?:did\s+not|didn't|never)\s+know\s+(?:which|what|whose)\s+"
            r"(?:group|treatment|arm|programme|program|therapy)"
            r"|\bwho\s+(?:collected|measured|assessed|rated|scored|evaluated|examined|timed|judged|[a-z]+ed)\b[^.;]{0,60}?"
            r"\b(?:did\s+not|didn't)"
            r"\s+know\s+(?:which|what|whose|who)\b"
        ),
    ),
]

# Every cue above contains one of these stems: sentences without any are skipped in one cheap pass.
_STEMS = Stems(("blind", "mask", "label", "unaware", "know", "knew", "told", "dumm"))


def classify_blinding(sentences: list[Sentence]) -> tuple[str, int, int] | None:
    """(blinding, start, end) for the first blinding statement in these sentences, or None."""
    for sentence in sentences:
        if not _STEMS.found_in(sentence.text):
            continue
        for blinding, pattern in _CUES:
            m = pattern.search(sentence.text)
            if m:
                return blinding, sentence.start + m.start(), sentence.start + m.end()
    return None
