"""Blinding as stated: double-blind, single-blind (including blinded assessors) or open-label.

Denials are checked first because they reuse the positive words ("this was not a double-blind study").
Nothing said means None, never a guess.
"""

from __future__ import annotations

import re

from pipelines.extract.corrected_spans import states_a_wrong_figure
from pipelines.extract.stems import Stems
from pipelines.model import Sentence

_BLIND = r"(?:blind(?:ed)?|mask(?:ed)?)"
_WHO = (
    r"(?:assessors?|interviewers?|evaluators?|raters?|examiners?|outcome\s+assessors?|researchers?|investigators?"
    r"|judges?|observers?|graders?|scorers?|coders?|testers?|fieldworkers?|field\s+workers?|nurses?"
    r"|research\s+assistants?|staff|clinicians?|statisticians?|data\s+collectors?|those\s+who\s+(?:collected|measured|assessed|rated)\s+\w+"
    r"|(?:people|researchers|staff)\s+who\s+(?:collected|measured|assessed|rated)\s+(?:the\s+)?\w+)"
)
# "the people scoring the scans", "staff reading the X-rays": the measurers named by what they did
_MEASURERS = (
    r"(?:people|staff|those|researchers|doctors|nurses|assistants|technicians|clinicians|assessors|examiners|raters"
    r"|therapists|physiotherapists|radiologists|audiologists|dermatologists|psychologists|pathologists)"
    r"\s+(?:scoring|measuring|assessing|rating|reading|marking"
    r"|analy[sz]ing|checking|testing|examining|judging|grading)\s+(?:the\s+|their\s+)?[\w-]+"
)
# What someone was kept from knowing: "which group", "whose scan", "how many hours each child patched"
_WHICH = r"(?:which|what|whose|who|whether|how\s+(?:many|much|long|often))"
# "were not told", "had not been told": the staff or people were kept from knowing
_NOT_TOLD = (
    r"(?:(?:were|was)\s+(?:not|never)\s+told|weren't\s+told|wasn't\s+told"
    r"|(?:had|have|has)\s+(?:not|never)\s+been\s+told|hadn't\s+been\s+told)"
)
# "kept in the dark", "unaware", "blinded": how a statement says someone did not know the groups
_KEPT_UNAWARE = (
    r"(?:(?:all\s+|both\s+)?(?:kept\s+)?(?:unaware|blind(?:ed)?|masked|in\s+the\s+dark)|not\s+told|never\s+told)"
)
_PARTICIPANTS = r"(?:participants|patients|volunteers|families|parents|children|women|men|people|residents|subjects)"
_STAFF = (
    r"(?:researchers?|doctors?|investigators?|clinicians?|staff|nurses?|physicians?|therapists?|assessors?|scientists?|team"
    r"|surgeons?|midwi(?:fe|ves)|teachers?|coaches|trainers?|vets?|dentists?|pharmacists?|carers?|helpers?"
    # "Neither the families nor the health workers knew which bottle they had"
    r"|workers?|agents?|counsell?ors?|officers?|practitioners?|aides?|volunteers?"
    # anyone named by what they did to the data: "the vets who examined the herds"
    # (one of them, too: "nor the technician who handed over the capsules")
    r"|[a-z]+(?:ists?|ians?)|[a-z]+(?=\s+who\s+[a-z]+ed\b))"
)
# A role named by its job ("radiologists", "hygienists", "pharmacists", "examiners") doing something to the data.
# (one of them too: "the doctor who checked for tears after the birth was not told which group ...")
_ROLE_WHO_ACTED = r"\b[a-z]+(?:ists?|ers|ors?|ians?|ives|wife)\s+who\s+[a-z]+\b[^.;]{0,100}?"
# "... knew which/whether ...", said of the people in the trial, at the start of a sentence or clause, with no word
# that denies it ("Neither participants nor doctors knew", "Only the pharmacist knew")
_UNDENIED_KNEW = (
    r"(?:^|(?<=[;:]\s))(?![^.;:]*\b(?:neither|nor|nobody|no\s+one|none|not|never|n't|only)\b)[^.;:]*?\bknew"
    # ("Staff knew, of course, which system their clinic had")
    r"(?:,\s+(?:of\s+course|obviously|naturally|inevitably|clearly),)?\s+"
)
_CUES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    (
        "open_label",
        re.compile(
            # "the capsules were only unmasked once the results were in" ends the blinding, it does not deny it
            r"(?i)\bopen[- ]label\b|(?<!only\s)\bun-?(?:blinded|masked)\b(?!\s+(?:once|after|when|at\s+the\s+end))"
            r"|\bnon-?blinded\b|\bno\s+blinding\b"
            r"|(?:\bnot|n't|\bnever)\s+(?:be\s+|been\s+)?(?:a\s+)?(?:double[- ]|single[- ]|triple[- ])?"
            + _BLIND
            + r"\b"
            r"|\bcould\s*(?:not|n't)\s+be\s+"
            + _BLIND
            + r"|\bcannot\s+be\s+"
            + _BLIND
            # "the families knew which one they had" (but "Neither participants nor doctors knew which pen they had")
            + r"|"
            + _UNDENIED_KNEW
            + r"(?:which|what)\s+(?:(?:treatment|group|therapy|arm)\s+(?:they|he|she)\b"
            # ("everyone knew which kind of appointment they were having")
            # ("which system their clinic had", "which treatment each patient got")
            r"|(?:\w+\s+){0,3}?(?:they|he|she|(?:their|the|each|every|his|her)\s+[\w-]+)\s+(?:had|got|were\s+(?:on|in|given|using|taking|getting|having|following|doing"
            r"|receiving|assigned\s+to|allocated\s+to)|received"
            r"|used|took)\b)"
            # "so the women and their doctors knew which treatment was given"
            r"|"
            + _UNDENIED_KNEW
            + r"(?:which|what)\s+(?:treatment|group|therapy|arm|tablets?|pills?|drug|one|care)\s+(?:was|were)\s+"
            r"(?:given|used|received|taken|being\s+(?:given|used))\b"
            # "everyone knew whether they were on the course or on the waiting list"
            r"|"
            + _UNDENIED_KNEW
            + r"whether\s+(?:they|he|she)\s+(?:were|was|had|got)\s+(?:on|in|given|getting)?\b[^.;]{0,60}?\bor\b"
            # "Patients obviously knew whether they were getting reminders"
            r"|"
            + _UNDENIED_KNEW
            + r"whether\s+(?:they|he|she)\s+(?:were|was)\s+(?:getting|receiving|having|using|taking|doing)\s"
            # "Students obviously knew whether there was a real dog in the room"
            r"|"
            + _UNDENIED_KNEW
            + r"whether\s+there\s+(?:was|were)\s+(?:a\s+|an\s+)?(?:real|actual|live|active|genuine)\b"
            r"|\bneither\b[^.;]{0,60}\bnor\b[^.;]{0,60}\b(?:could\s+be|were)\s+(?:kept\s+)?(?:"
            + _BLIND
            + r"|unaware|in\s+the\s+dark)"
            r"|\b(?:nobody|no\s+one|no-one|none\s+of\s+(?:us|them))\s+(?:was|were)\s+"
            + _BLIND
            # "Nobody could be kept in the dark - a red nose is hard to hide"
            + r"|\b(?:nobody|no\s+one|no-one)\s+could\s+be\s+(?:kept\s+)?(?:in\s+the\s+dark|"
            + _BLIND
            + r")"
            # "participants could not be kept in the dark about their group"
            r"|\b(?:could\s*(?:not|n't)|cannot|can't)\s+be\s+kept\s+(?:in\s+the\s+dark|unaware|" + _BLIND + r")"
        ),
        (),
    ),
    # Wordings found in fewer articles, each run only on sentences that hold one of its words.
    (
        "open_label",
        re.compile(
            r"(?i)"
            # "no attempt at blinding", "it was impossible to hide from the women which group they were in"
            r"\bno\s+(?:attempt|effort)\s+(?:was\s+made\s+)?(?:at|to)\s+(?:blind|mask)"
            r"|\b(?:impossible|not\s+possible)\s+to\s+(?:blind|mask\b|(?:hide|disguise|conceal)\b[^.;]{0,60}?"
            r"\b(?:which|who|whether)\b)"
            # "nobody could hide who had a cart"
            r"|\b(?:nobody|no\s+one|no-one)\s+could\s+(?:hide|disguise|conceal)\s+(?:who|which|whether)\b"
            # "both knew which treatment was being given", "everyone knew who was getting the classes"
            r"|"
            + _UNDENIED_KNEW
            + r"(?:which|what|who)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:being\s+)?(?:given|getting|receiving|"
            r"taking|having|using|on|in)\b"
            # "Families knew whether their child was in the app group"
            r"|"
            + _UNDENIED_KNEW
            + r"whether\s+(?:they|he|she|(?:their|the)\s+[\w-]+)\s+(?:was|were|had\s+been)\s+(?:in|on|given)\s+"
            r"[^.;]{0,40}?\b(?:group|arm|programme|program|course|treatment)\b"
            # "Both the participants and the coaches knew who was doing the training"
            r"|\b(?:both\s+)?(?:the\s+)?"
            + _PARTICIPANTS
            + r"\s+and\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?"
            + _STAFF
            + r"\s+(?:both\s+|all\s+)?knew\s+(?:who|which|what|whether)\b"
            # "Blinding wasn't possible because the exercise was obvious"
            r"|\bblinding\s+(?:was|is|would\s+have\s+been)\s*(?:not|n't)\s+(?:possible|feasible|practical)\b"
            # "Participants were aware of their allocation", "Participants were told which group they were in"
            r"|\b" + _PARTICIPANTS + r"\s+(?:were|was)\s+(?:fully\s+|all\s+)?(?:aware\s+of\s+(?:their|the|which)\s+"
            r"(?:[\w-]+\s+)?(?:allocation|group|assignment)\b|told\s+(?:which|what|whether)\b)"
            # "Everyone knew who got the app", "there was no way to hide it"
            r"|\b(?:everyone|everybody|all\s+of\s+them|both\s+sides)\s+knew\s+(?:who|which|what|whether)\b"
            r"|\bno\s+way\s+(?:to|of)\s+(?:hid(?:e|ing)|disguis(?:e|ing)|conceal(?:ing)?|blind(?:ing)?|mask(?:ing)?)\b"
        ),
        (
            "no attempt",
            "no effort",
            "impossible",
            "not possible",
            "knew",
            "aware",
            "blinding",
            "told",
            "no way",
            "could hide",
        ),
    ),
    (
        "double_blind",
        re.compile(
            r"(?i)"
            # "Patients and their doctors were kept in the dark", "Doctors and patients alike were unaware"
            r"\b(?:both\s+)?(?:the\s+|their\s+)?(?:[\w-]+\s+)?" + _PARTICIPANTS + r",?\s+(?:and|as\s+well\s+as)\s+"
            r"(?:the\s+|their\s+)?(?:[\w-]+\s+)?"
            + _STAFF
            # ("Patients and the doctors treating them were not told")
            + r"\b(?:\s+[a-z]+ing\s+(?:them|the\s+\w+))?(?:\s+alike)?\s+(?:were|was)\s+"
            + _KEPT_UNAWARE
            + r"\b"
            r"|\b(?:both\s+)?(?:the\s+)?(?:[\w-]+\s+)?" + _STAFF + r",?\s+(?:and|as\s+well\s+as)\s+"
            r"(?:the\s+|their\s+)?(?:[\w-]+\s+)?"
            + _PARTICIPANTS
            + r"\b(?:\s+alike)?\s+(?:were|was)\s+"
            + _KEPT_UNAWARE
            + r"\b"
            # "so neither side knew who got what"; "Nobody involved ... knew who had the real drug"
            r"|\bneither\s+side\b[^.;]{0,40}?\bknew\b"
            # "The capsules looked identical, so nobody knew who was taking the real thing"
            r"|\b(?:nobody|no\s+one|no-one)\s+knew\s+(?:who|which)\b[^.;]{0,60}?\b(?:real|active|dummy|placebo|sham|fake)\b"
            # "The pharmacist who packed the pills was the only person who knew which was which"
            r"|\bthe\s+only\s+(?:person|one|people|ones)\s+(?:who\s+)?(?:knew|could\s+tell)\s+(?:which|who)\b"
            r"|\b(?:nobody|no\s+one|no-one)\s+(?:involved|taking\s+part|in\s+the\s+(?:study|trial))\b[^.;]{0,100}?"
            r"\b(?:knew|was\s+told)\s+(?:who|which|what)\b"
            # "Nobody - not the volunteers, not the staff - knew who was getting the active spray"
            r"|\b(?:nobody|no\s+one|no-one)\b(?=[^.;]{0,80}?\b"
            + _PARTICIPANTS
            + r"\b)(?=[^.;]{0,80}?\b"
            + _STAFF
            + r"\b)[^.;]{0,100}?\bknew\s+(?:who|which|what)\b"
            # "The families and the doctors did not know which cream was real"
            r"|\b(?:both\s+)?(?:the\s+|their\s+)?(?:[\w-]+\s+)?" + _PARTICIPANTS + r",?\s+and\s+(?:the\s+|their\s+)?"
            r"(?:[\w-]+\s+)?" + _STAFF + r"\b(?:\s+alike)?\s+(?:did\s*(?:not|n't)\s+know|never\s+knew)\s+"
            r"(?:which|what|who|whether)\b"
        ),
        (
            "were unaware",
            "was unaware",
            "were blind",
            "was blind",
            "were masked",
            "were kept",
            "was kept",
            "in the dark",
            "not told",
            "never told",
            "alike were",
            "neither side",
            "nobody",
            "no one",
            "no-one",
            "not know",
            "n't know",
            "never knew",
            "only person",
            "only one",
            "only people",
        ),
    ),
    (
        "double_blind",
        re.compile(
            r"(?i)\b(?:double|triple|quadruple)[- ]?" + _BLIND + r"\b"
            r"|\bdouble[- ]dumm(?:y|ies)\b"
            # "Neither the volunteers nor the doctors assessing them knew": the staff may carry a qualifier.
            # The people taking part go by any plural: "Neither the workers nor the researchers who counted ... knew".
            # (a newsletter to the trial's own volunteers: "Neither you nor the midwives who phoned you knew")
            # ("so neither they nor their doctors knew which course they were on")
            r"|\bneither\s+(?:you\b|they\b|she\b|he\b|(?:the\s+|their\s+)?(?:[\w'’-]+\s+)?(?:"
            + _PARTICIPANTS
            # "Neither the teenagers, their parents nor the clinic doctors knew", "Neither the parents, the nurses
            # giving the injections nor the researchers ... knew"
            + r"|[a-z]+s))(?:,\s+[^,;.]{1,60}?)*,?\s+nor\s+(?:the\s+|their\s+)?"
            r"(?:[\w-]+\s+)?" + _STAFF + r"\b[^.;,]{0,80}?\b(?:knew|knowing|could\s+tell|(?:were|was)\s+told"
            r"|(?:were|was)\s+(?:supposed|meant|allowed)\s+to\s+know)\b"
            # the staff named first: "Neither the nurses nor the patients knew which treatment they got"
            r"|\bneither\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?"
            + _STAFF
            + r"\s+nor\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?"
            + _PARTICIPANTS
            + r"\b[^.;,]{0,40}?\b(?:knew|knowing|could\s+tell|(?:were|was)\s+told)\b"
            # "Everyone, including the people analysing the results, was kept unaware of who had which treatment"
            r"|\b(?:everyone|everybody|all\s+involved)\b[^.;]{0,80}?\b(?:was|were)\s+(?:kept\s+)?(?:unaware|blind(?:ed)?|masked"
            r"|in\s+the\s+dark)\b"
        ),
        (),
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
            + r"\b[^.;]{0,80}?\b(?:(?:did\s+not|didn't|never)\s+(?:know|knew|learn)|had\s+no\s+idea"
            r"|" + _NOT_TOLD + r")\s+(?:which|what|whose|who|the)\b"
            r"|\b" + _WHO + r"\b[^.;]{0,40}?\b(?:were|was|remained)\s+(?:kept\s+)?(?:unaware|blind(?:ed)?|masked)\b"
            r"|\bunaware\s+of\s+(?:the\s+)?(?:group|treatment|allocation|assignment)"
            r"|\b" + _PARTICIPANTS + r"\b[^.;]{0,40}?\b(?:(?:did\s+not|didn't)\s+know"
            r"|(?:were|was)\s+(?:not|never)\s+told|weren't\s+told|wasn't\s+told)\s+(?:whether|which|if)\b"
            # "so they could not tell which group a child was in"
            r"|\b(?:could\s*(?:not|n't)|were\s+unable\s+to)\s+tell\s+(?:which|what|whose|who)\s+(?:\w+\s+){0,2}?"
            # (within one person: "the medics couldn't tell which foot had been taped")
            r"(?:group|treatment|arm|therapy|programme|program|condition|foot|side|hand|eye|leg|cheek|knee|ear)\b"
            r"|\b[a-z]+s\s+who\s+had\s+no\s+idea\s+" + _WHICH + r"\b"
            r"|\b[a-z]+(?:ists|ers|ors|ians)\s+who\s+(?:did\s+not|didn't|never)\s+know\s+(?:which|what|whose)\s+"
            r"(?:group|treatment|arm|programme|program|therapy)"
            r"|\bwho\s+(?:collected|measured|assessed|rated|scored|evaluated|examined|timed|judged|[a-z]+ed)\b[^.;]{0,60}?"
            r"\b(?:did\s+not|didn't)"
            r"\s+know\s+" + _WHICH + r"\b"
            # "the radiologists who read the scans did not know", "pharmacists who scored the videos were blinded"
            r"|" + _ROLE_WHO_ACTED + r"\b(?:(?:(?:did\s+not|didn't|never)\s+know|had\s+no\s+idea)\s+" + _WHICH + r"\b"
            r"|(?:were|was)\s+(?:not\s+told|never\s+told|unaware|blind(?:ed)?|masked)\b"
            r"|(?:(?:had\s+)?(?:not|never)\s+been|hadn't\s+been)\s+told\s+" + _WHICH + r"\b)"
            # "The dietitians doing these visits weren't told which group each person was in"
            r"|\b[a-z]+(?:ists|ians|ives)\b[^.;]{0,60}?\b(?:(?:were|was)\s+(?:not|never)|weren't|wasn't)\s+told"
            r"\s+" + _WHICH + r"\b"
            # "Dental hygienists visited every home ..., and they were not told which homes had the programme"
            r"|\b[a-z]+(?:ists|ors|ians)\b[^.;]{0,100}?\band\s+they\s+(?:were\s+(?:not|never)\s+told|did\s+not\s+know)"
            r"\s+" + _WHICH + r"\b"
        ),
        (),
    ),
    (
        "single_blind",
        re.compile(
            r"(?i)"
            # "Neither group knew whether their capsules held the real supplement": the participants, on both sides
            r"\bneither\s+group\s+(?:knew|was\s+told)\b"
            # "a nurse blinded to allocation"
            r"|\b" + _WHO + r"\s+(?:who\s+(?:was|were)\s+)?(?:blind(?:ed)?|masked)\s+to\b"
            # "Only the people scoring the scans were kept unaware", "the assistants measuring jumps weren't told"
            r"|\b"
            + _MEASURERS
            + r"\b[^.;]{0,40}?\b(?:(?:were|was|remained)\s+(?:kept\s+)?(?:unaware|blind(?:ed)?|masked)\b"
            r"|(?:did\s+not|didn't)\s+know\b|" + _NOT_TOLD + r")"
            # "The surgeons knew which technique they used, but the patients did not"
            r"|\bknew\s+(?:which|what|who)\b[^.;]{0,80}?,?\s+but\s+(?:the\s+|their\s+)?"
            + _PARTICIPANTS
            + r"\s+(?:did\s*(?:not|n't)|were\s+not|weren't)\b"
            # "graded by a dermatologist who did not know which cream had been used"
            # (a role by its job, not "a mother who did not know what to do")
            r"|\b(?:an?|the)\s+(?:[a-z]+(?:ist|ian)|assessor|examiner|rater|grader|evaluator|nurse|researcher|technician)"
            r"\s+who\s+(?:did\s+not|didn't|never)\s+know\s+"
            r"" + _WHICH + r"\b"
            # "the nurses who measured their recovery were never told": whoever measured, kept from knowing
            r"|\b(?:[a-z]+s|people|staff)\s+who\s+(?:measured|assessed|examined|scored|rated|tested|checked|judged|graded"
            r"|read|marked|analy[sz]ed|collected|recorded|followed\s+up|processed|handled|coded|interpreted)\b[^.;]{0,100}?\b(?:"
            + _NOT_TOLD
            # "keep the people who processed the monitor data in the dark"
            + r"|in\s+the\s+dark|kept\s+(?:unaware|blind(?:ed)?))\b"
            # "graded by a dermatologist in Ganja who was not told which mattress had been used"
            r"|\b(?:an?|the)\s+(?:[a-z]+(?:ist|ian|er|or)|assessor|nurse|doctor)s?(?:\s+(?:in|at|from)\s+[A-Z][\w-]+)?"
            r"\s+who\s+(?:was|were)\s+(?:not|never)\s+told\s+" + _WHICH + r"\b"
            # "The answers were scored by a team that did not know which group each patient belonged to"
            r"|\b(?:by|with)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:team|panel|committee|group\s+of\s+[a-z]+s)\s+(?:that|who|which)\s+"
            r"(?:did\s+not|didn't|never)\s+know\s+" + _WHICH + r"\b"
            # "The pathologists who did the counting listened to the recordings without knowing which group ..."
            r"|\b(?:[a-z]+(?:ists|ians|ers|ors)|nurses|doctors|staff|researchers|assessors)\b[^.;]{0,100}?"
            r"\bwithout\s+(?:knowing|being\s+told)\s+" + _WHICH + r"\b"
            # "gave 60 volunteers a nasal spray or a salt-water spray, without telling them which": the people in it
            r"|\bwithout\s+(?:telling|letting\s+(?:them|\w+)\s+know|saying)\s+(?:them\s+|(?:the\s+)?[\w-]+s\s+)?"
            + _WHICH
            + r"\b"
            # "Readers of the scans did not know which patients had had the treatment"
            r"|\b(?:readers|scorers|graders|markers|assessors|raters)\s+of\s+(?:the\s+)?[\w-]+\b[^.;]{0,40}?\b"
            r"(?:(?:did\s+not|didn't)\s+know|(?:were|was)\s+(?:kept\s+)?(?:unaware|blind(?:ed)?|masked)|"
            + _NOT_TOLD
            + r")"
        ),
        (
            "neither group",
            "but the",
            "without knowing",
            "without being told",
            "without telling",
            "without letting",
            "without saying",
            "not told",
            "never told",
            "did not know",
            "didn't know",
            "never knew",
            "who did not know",
            "who didn't know",
            "who never knew",
            "blinded to",
            "blind to",
            "masked to",
            "scoring",
            "measuring",
            "assessing",
            "rating",
            "reading",
            "marking",
            "analysing",
            "analyzing",
            "checking",
            "testing",
            "examining",
            "judging",
            "grading",
            " told",
            "in the dark",
            "kept unaware",
            "kept blind",
            "readers of",
            "scorers of",
            "graders of",
            "markers of",
            "assessors of",
            "raters of",
        ),
    ),
    (
        "open_label",
        # "Parents knew whether their child had the lessons": the participants themselves knew
        re.compile(
            r"(?i)\b(?:the\s+)?"
            + _PARTICIPANTS
            + r"\s+(?:all\s+)?knew\s+(?:whether|which|what)\s+(?:their|they|each)\b"
            # (not when the sentence goes on to who did not: "..., but the doctors who assessed them did not")
            + r"(?![^.;]{0,80}?(?:\bbut\b|;))"
        ),
        ("knew whether", "knew which", "knew what"),
    ),
    (
        "double_blind",
        # "Staff had no idea whether they had the real insoles, and nor did the physiotherapists who measured their
        # pain": one side and then the other
        re.compile(
            r"(?i)\b(?:had\s+no\s+idea|did\s+not\s+know|didn't\s+know|were\s+not\s+told|weren't\s+told)\b[^.;]{0,100}?,?\s+"
            r"and\s+(?:nor|neither)\s+did\s+(?:the\s+|their\s+)?[a-z]+s\b"
            # "Patients were unaware whether their pill held the drug, as were their doctors"
            r"|\bunaware\b[^.;]{0,80}?,\s+as\s+were\s+(?:the\s+|their\s+)?[a-z]+s\b"
            # "Only the statistician knew which group was which": everyone else, on both sides, did not
            r"|\bonly\s+(?:the\s+|a\s+|an\s+|one\s+)?(?:[\w-]+\s+)?(?:statistician|pharmacist|pharmacy|coordinator|administrator"
            r"|manufacturer|computer|researcher|member\s+of\s+staff)s?"
            # ("Only the pharmacist preparing the injections knew what was in them")
            r"(?:\s+(?:who\s+(?:was\s+|were\s+)?)?[a-z]+ing\s+(?:the\s+|their\s+)?[\w-]+)?\s+knew\s+(?:which|who|what)\b"
        ),
        ("nor did", "neither did", "as were", "only"),
    ),
    (
        "single_blind",
        re.compile(
            r"(?i)"
            # "the runners themselves were never told which they had": one side told nothing
            r"\b[a-z]+s\s+(?:themselves\s+)?(?:were|was)\s+(?:never|not)\s+told\s+(?:which|whether|what)\b"
            # "Volunteers could not tell the real tea from the fake"
            r"|\b" + _PARTICIPANTS + r"\s+could\s*(?:not|n't)\s+tell\s+(?:the\s+)?(?:real|active|genuine|true)\b"
            # "The women could not tell which kind of needle they had had"
            r"|\b" + _PARTICIPANTS + r"\s+could\s*(?:not|n't)\s+tell\s+(?:which|whether)\s+"
            r"(?:kind\s+of\s+|type\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:they|he|she)\s+(?:had|got|were|was|took|received|wore|used)\b"
            # "The researchers, but not the participants, knew who got what"
            r"|\bbut\s+not\s+(?:the\s+)?" + _PARTICIPANTS + r",?\s+knew\b"
            # "read by radiologists who were not aware of the treatment"
            r"|\b[a-z]+s\s+who\s+(?:were|was)\s+(?:not|never)\s+aware\s+of\b"
            # "nobody said which one was meant to work, although the watch leaders knew"
            r"|\bnobody\s+(?:said|told\s+them)\s+which\b"
        ),
        (
            "never told",
            "not told",
            "nobody said",
            "nobody told",
            "tell the",
            "tell which",
            "tell whether",
            "but not",
            "not aware",
            "never aware",
        ),
    ),
    (
        "single_blind",
        re.compile(
            r"(?i)"
            # "Patients knew what they were getting, but the doctors who assessed them did not": the assessors
            r"\bknew\b[^.;]{0,60}?(?:,?\s+but|;)\s+(?:the\s+)?(?:[a-z]+s\s+who\s+(?:assessed|measured|examined|rated|scored|judged"
            r"|graded|tested|checked|read)\b[^.;]{0,40}?|(?:assessors|raters|examiners|evaluators|testers|graders)\s+)"
            r"(?:did\s*(?:not|n't)|were\s+not|weren't)\b"
            # "The volunteers were kept in the dark about which drink they had": the participants alone
            r"|\b"
            + _PARTICIPANTS
            + r"\s+(?:themselves\s+)?(?:were|was)\s+(?:all\s+)?(?:kept\s+in\s+the\s+dark|kept\s+unaware"
            r"|unaware)\s+(?:about|of|as\s+to)\s+(?:which|what|who|whether)\b"
            # "The people rating the videos had no idea which group a child was in"
            r"|\b" + _MEASURERS + r"\b[^.;]{0,40}?\bhad\s+no\s+idea\s+" + _WHICH + r"\b"
        ),
        ("but the", "in the dark", "unaware", "no idea", "; the", ";the"),
    ),
    (
        "open_label",
        re.compile(
            # "Patients could see which device they had, so the trial was open"
            r"(?i)\b(?:trial|study)\s+was\s+(?:therefore\s+|thus\s+|necessarily\s+)?open\b(?!\s+to\b|-)"
            r"|\b"
            + _PARTICIPANTS
            + r"\s+could\s+(?:see|tell|feel)\s+(?:which|what)\s+(?:\w+\s+)?(?:they|device|treatment"
            r"|group|drink|pill|app)\b"
        ),
        ("was open", "could see", "could tell", "could feel"),
    ),
]

_AFTER_OPEN_LABEL = [(blinding, pattern, hints) for blinding, pattern, hints in _CUES if blinding == "single_blind"]
# Every cue above contains one of these stems: sentences without any are skipped in one cheap pass.
_STEMS = Stems(
    (
        "blind",
        "mask",
        "label",
        "unaware",
        "were aware",
        "was aware",
        "fully aware",
        "all aware",
        "impossible to",
        "not possible to",
        "no attempt",
        "no effort",
        "know",
        "knew",
        "told",
        "dumm",
        "not tell",
        "without telling",
        "without saying",
        "n't tell",
        "to tell",
        "could tell",
        "in the dark",
        "no idea",
        "was open",
        "could see",
        "could feel",
        "nor did",
        "neither did",
        "nobody said",
        "as were",
        "not aware",
        "could hide",
    )
)


# a second side kept unaware, told right after the first: "... did not know either", "and neither did the nurses"
_EITHER_UNAWARE = re.compile(
    r"(?i)\b(?:did\s*(?:not|n't)\s+know|(?:were|was)\s+(?:not\s+told|(?:kept\s+)?(?:unaware|in\s+the\s+dark)))\s+either\b"
)


def _others_unaware_next(sentences: list[Sentence], sentence: Sentence) -> bool:
    following = [s for s in sentences if s.start >= sentence.end][:2]
    return any(_EITHER_UNAWARE.search(s.text) for s in following)


def classify_blinding(sentences: list[Sentence]) -> tuple[str, int, int] | None:
    """(blinding, start, end) for the first blinding statement in these sentences, or None.

    "Patients could not be blinded. The radiologists who read the scans did not know the groups" is a
    single-blind trial: blinded assessors stated after an open-label statement win over it.
    """
    open_label = None
    for sentence in sentences:
        # A question asserts nothing: "And the patients didn't know which one they'd had?" waits for its answer.
        if not _STEMS.found_in(sentence.text) or sentence.text.rstrip(" \"'”’*_)").endswith("?"):
            continue
        if states_a_wrong_figure(sentence.text):
            continue  # "An earlier version described the trial as double-blind": what a correction withdrew
        lowered = sentence.text.lower()
        for blinding, pattern, hints in _CUES if open_label is None else _AFTER_OPEN_LABEL:
            if hints and not any(hint in lowered for hint in hints):
                continue
            m = pattern.search(sentence.text)
            if m and blinding == "single_blind" and _others_unaware_next(sentences, sentence):
                # "The women could not tell which needle they had had. The doctors ... did not know either."
                return "double_blind", sentence.start + m.start(), sentence.start + m.end()
            if m and blinding != "open_label":
                return blinding, sentence.start + m.start(), sentence.start + m.end()
            if m:
                open_label = blinding, sentence.start + m.start(), sentence.start + m.end()
                # "The surgeons knew who was in which group, but the assessors were blinded": later in the sentence
                for later, later_pattern, _ in _AFTER_OPEN_LABEL:
                    after = later_pattern.search(sentence.text, m.end())
                    if after:
                        return later, sentence.start + after.start(), sentence.start + after.end()
                break
    return open_label
