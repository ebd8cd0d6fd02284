"""Study design from the words an article uses for it ("randomly assigned", "cohort", "pooled").

A cue table maps phrases to designs with a rank: the most specific design stated wins, so a review that
"analysed 47 randomised trials" stays a review and a "pilot" that randomized is a randomized trial.
"""

from __future__ import annotations

import re

from pipelines.model import Sentence

# (rank, design, pattern): lower rank wins when a block states several designs.
_CUES: list[tuple[int, str, re.Pattern[str]]] = [
    (0, "meta_analysis", re.compile(r"(?i)\bmeta-?analy[sz]\w*|\bmetaanaly\w*|\bpooled\s+analysis\b")),
    (1, "systematic_review", re.compile(
        r"(?i)\b(?:systematic|cochrane|evidence|literature|scoping|umbrella|rapid|narrative)\s+review\b"
        r"|\b(?:a|the|this|their|new|large)\s+review\b(?!\s+(?:board|committee|panel|process))|\breview\s+of\s+(?:\d[\d,]*|[a-z]+)\s+(?:studies|trials)"
        r"|\breviewed\s+(?:\d[\d,]*|[a-z-]+)\s+(?:studies|trials|papers)"
    )),
    (2, "randomized_controlled_trial", re.compile(
        r"(?i)\brandomi[sz]ed\s+(?:controlled\s+|clinical\s+|comparative\s+|pragmatic\s+|noninferiority\s+)*trial"
        r"|(?<!mendelian\s)\brandomi[sz]ed\b"
        r"|\brandomly\s+(?:assigned|allocated|split|divided|placed|selected\s+to\s+receive)"
        r"|(?<!mendelian\s)\brandomi[sz]ation\b|\bRCT\b|\bplacebo-controlled\b"
    )),
    (3, "case_control", re.compile(r"(?i)\bcase[- ]control\b")),
    (4, "cross_sectional", re.compile(r"(?i)\bcross[- ]sectional\b")),
    (5, "cohort", re.compile(
        r"(?i)\bcohort\b|\blongitudinal\b|\bretrospective\b|\b(?:tracked|followed)\s+[^.;]{0,60}?\bfor\s+(?:\d+|[a-z]+)"
        r"\s+years\b|\bprospective(?:ly)?\s+(?:observational\s+)?(?:study|followed)"
        r"|\bobservational\b|\bfollowed\s+(?:them|participants|\d[\d,]*\s+\w+)\s+for\s+"
    )),
    (6, "non_randomized_trial", re.compile(
        r"(?i)\b(?:non-?randomi[sz]ed|single[- ]arm|uncontrolled|open[- ]label)"
        r"|\bone-group\s+(?:pre|design|study|trial)\b|\bpilot\s+(?:study|trial)\b|\bfeasibility\s+(?:study|trial)\b"
        r"|\bpre-?\s*(?:and|/|-)\s*post\b"
    )),
    (7, "case_series", re.compile(r"(?i)\bcase[- ](?:series|report|study\s+of\s+(?:a|one|two|three))\b")),
    (8, "qualitative", re.compile(r"(?i)\bqualitative\b|\bfocus\s+groups?\b|\bthematic\s+analysis\b")),
    (9, "survey", re.compile(r"(?i)\bsurvey(?:ed)?\b|\bquestionnaire\s+study\b|\bpoll\b")),
    (10, "randomized_controlled_trial", re.compile(
        r"(?i)\b(?:controlled|clinical|comparative(?:\s+effectiveness)?|dosing|efficacy)\s+trial\b"
        r"|\b(?:double|single|triple)[- ]?blind(?:ed)?,?\s+(?:[\w-]+\s+){0,2}trial\b"
    )),
    # A study with a control or placebo arm that a lay article does not call randomized is still, in practice, a trial.
    (11, "randomized_controlled_trial", re.compile(
        r"(?i)\b(?:divided|split|assigned|allocated)\s+(?:in)?to\s+(?:two|three|four|\d)\s+(?:\w+\s+)?groups"
        r"|\bcontrol\s+group\b|\bsham\b|\bplacebo\b"
    )),
]
# A review becomes a meta-analysis when the article says its results were pooled.
_POOLED = re.compile(r"(?i)\bpool(?:ed|ing)\s+(?:the\s+)?(?:results|data|estimates|effects|findings|the\s+different)"
                     r"|\bresults\s+were\s+pooled\b|\bcombined\s+(?:the\s+)?(?:results|data)\b")
# Design words in talk about research not done, or denied ("not every paper is a randomized trial").
_NEGATED_BEFORE = re.compile(
    r"(?i)\b(?:not|n't|no|never|without|future|would|could|should|need|needs|needed|call(?:ed|s)?\s+for|than|unlike"
    r"|rather\s+than|instead\s+of|if|whether|every|any|design)\b[^,;:.]{0,40}$"
)
_NEGATION_WINDOW = 60
_PLAN_AFTER = re.compile(r"(?i)\s*(?:is|are|would\s+be)\s+(?:needed|required|warranted)")

# Every cue contains one of these stems: a cheap first pass skips the many sentences that have none.
_STEMS = (
    "random", "meta", "review", "trial", "rct", "placebo", "case", "cross", "cohort", "longitud", "prospect", "observ",
    "pilot", "feasib", "arm", "control", "label", "group", "post", "qualitat", "themat", "survey", "poll",
    "questionnaire", "sham", "pool", "combined", "followed", "tracked", "retrospect", "focus", "divided", "split",
    "assigned", "allocated",
)
# All cues in one alternation, so each sentence is scanned once; the group name says which cue matched.
_CUE_OF_GROUP = {f"c{i}": (rank, design) for i, (rank, design, _) in enumerate(_CUES)} | {"pooled": (-1, "pooled")}
_ANY_CUE = re.compile(
    "|".join(f"(?P<c{i}>{pattern.pattern.removeprefix('(?i)')})" for i, (_, _, pattern) in enumerate(_CUES))
    + f"|(?P<pooled>{_POOLED.pattern.removeprefix('(?i)')})",
    re.IGNORECASE,
)


def classify_design(sentences: list[Sentence]) -> tuple[str, int, int] | None:
    """(design, start, end) for the best design cue in these sentences (offsets into the article text)."""
    best: tuple[int, str, int, int] | None = None
    pooled: tuple[int, int] | None = None
    for sentence in sentences:
        lowered = sentence.text.lower()
        if not any(stem in lowered for stem in _STEMS):
            continue
        for m in _ANY_CUE.finditer(sentence.text):
            rank, design = _CUE_OF_GROUP[m.lastgroup]
            if design == "pooled":
                if pooled is None:
                    pooled = (sentence.start + m.start(), sentence.start + m.end())
                continue
            if best is not None and rank >= best[0]:
                continue
            window = max(0, m.start() - _NEGATION_WINDOW)
            if _NEGATED_BEFORE.search(sentence.text, window, m.start()) or _PLAN_AFTER.match(sentence.text, m.end()):
                continue
            best = (rank, design, sentence.start + m.start(), sentence.start + m.end())
    if best is None:
        return None
    if best[1] == "systematic_review" and pooled is not None:
        return "meta_analysis", pooled[0], pooled[1]
    return best[1], best[2], best[3]
