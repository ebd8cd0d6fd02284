"""Which sentences of an article speak about which study.

A study starts where the body first mentions it ("a 2023 study", "researchers randomly assigned 151
patients"); later sentences stay with it until another study is introduced ("another trial", "an earlier
review", a new numbered section) or the article moves on to boilerplate ("About us", "References").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from pipelines.extract.cases_and_controls import CASES_AND_CONTROLS
from pipelines.extract.chance_allocation import ALLOCATION_BY_CHANCE, CHANCE_STEMS
from pipelines.extract.citation_links import link_citation
from pipelines.extract.corrected_spans import UPDATE_NOTE
from pipelines.extract.doi import LINKED_DOI
from pipelines.extract.people_nouns import AGED_PEOPLE, plural_alternation
from pipelines.extract.reference_list import is_reference_like
from pipelines.extract.sentences import SentenceIndex
from pipelines.extract.stems import HintBits, Stems
from pipelines.extract.study_mentions import COUNTED_ACTION, LINKING, StudyMention, find_study_mentions
from pipelines.model import Citation, Sentence

# Sentences that show a study being run even when no study noun is used.
# Sentences that show a study being run even when no study noun is used, each pattern behind the stems one of which
# it needs (one pattern for all of them ran on most sentences).
# A count in words, as lay articles write a group's size: "twenty-six", "Nineteen", "a hundred"
_COUNT_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|eleven|twelve|[a-z]+teen)"
# A counted group of people: "1,600 runners", "Two hundred pregnant women", "60 volunteers with psoriasis"
_COUNTED_GROUP = (
    r"\b(?:\d[\d,]*|"
    + _COUNT_WORD
    + r"(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,3}?(?:"
    + plural_alternation()
    + r"|[a-z]+ers|[a-z]+ists)\b"
)
# A study introduced by its name and its enrolment: "VICTORY-S, which enrolled 872 adults with sepsis"
_NAMED_ENROLMENT = re.compile(
    r"\b(?P<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)+|[A-Z][A-Z0-9]{3,})(?:\s+(?:trial|study))?,?\s+which\s+"
    r"(?:enrolled|recruited|randomi[sz]ed|followed|included|involved|tracked)\s+(?:more\s+than\s+|over\s+|almost\s+"
    r"|nearly\s+)?(?:\d|" + _COUNT_WORD + r"\b)"
)
# Research the outlet did itself: "we treated 47 patients", "we have asked every guest to fill in ..."
_WE_TREATED = r"(?:treated|audited|saw)\s+\d"
_WE_ASKED_EVERY = r"(?:have\s+)?asked\s+(?:every|all|our|each)"
# A survey sent out, which is research of its own beside a trial: "we sent a questionnaire to every therapist"
_SENT_A_SURVEY = re.compile(
    r"(?i)\b(?:we|they|researchers|the\s+team)\s+(?:also\s+)?sent\s+(?:out\s+)?(?:a|an|our|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:questionnaire|survey)\s+to\b"
)
_POOLED_COUNT = re.compile(
    r"(?i)\b(?:pooled|combined|brought\s+together|included|analy[sz]ed)\s+(?:the\s+(?:results|data)\s+(?:of|from)\s+)?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}(?:studies|trials|RCTs|cohorts)\b"
)
_SURVEY_WORD = re.compile(r"(?i)\b(?:survey|questionnaire|poll)")
# Two counted groups set against each other: "officers compared 86 passengers who fell ill with 172 who stayed well"
# ("412 with Lyme disease and 1,236 without": cases and controls counted side by side)
_COMPARED_GROUPS = re.compile(r"(?i)\bcompared\s+\d[\d,]*\s[^.;]{0,80}?\bwith\s+\d[\d,]*\s|" + CASES_AND_CONTROLS)
# an outlet's own questionnaire, told by who answered it: "Thank you to the 1,832 Care Card members who answered our
# online questionnaire in February" (members and readers are counted here, as they are not elsewhere)
_ANSWERED_OUR_SURVEY = re.compile(
    r"(?i)\b(?P<count>\d[\d,]*)\s+(?:[\w&'’-]+\s+){0,3}?(?:members|customers|readers|subscribers|listeners|followers"
    # ("In July, 1,380 members answered our online poll")
    r"|patients|parents|residents|people|staff|clients|users|guests|families)\s+(?:who\s+)?(?:answered|completed|filled\s+in"
    r"|returned|took)\s+(?:our|the|this)\s+(?:[\w-]+\s+){0,2}?(?:questionnaire|survey|poll)\b"
)
_RESEARCH_ACTIONS: list[tuple[Stems, re.Pattern[str]]] = [
    (
        Stems(("random",)),
        re.compile(
            r"(?i)\b(?:randomly\s+(?:assigned|allocated|split|divided|given|offered|handed)|were\s+randomi[sz]ed"
            r"|randomi[sz]ed\s+(?:them|\d)"
            # "140 adults were given either the vaccine or a placebo at random"
            r"|(?:given|offered|handed|allocated|assigned|put\s+on)\s+(?:either\s+)?[^.;]{1,80}?\bat\s+random\b)"
        ),
    ),
    (
        # "we" is a researcher quoted or interviewed: "We recruited 180 adults who ..."
        Stems(
            (
                "enrol",
                "recruit",
                "random",
                "followed",
                "tracked",
                "monitored",
                "surveyed",
                "interviewed",
                "studied",
                "sat down",
                "spoke",
                "talked",
                "we treated",
                "we audited",
                "we saw",
                "we have asked",
                "we asked",
                "looked at",
                "looked back at",
                "held",
                "sent",
                "examined",
                "checked",
                "screened",
                "tested",
                "measured",
            )
        ),
        re.compile(
            # ("she surveyed 1,007 parents", "I interviewed 19 of them": a researcher the article has already named)
            # (or the doctors who ran it, placed where they work: "Surgeons at three teaching hospitals recruited 486
            # adults", not a hospital's own staff at their routine: "our research nurses recruited 612 participants")
            # ("They recruited 24 long-distance drivers", the researchers the sentence before named)
            r"(?i)\b(?:researchers|investigators|scientists|team|(?:same|research|study)\s+group|authors|we"
            r"|(?-i:she|he|She|He|I|They)"
            # ("three Spanish prisons tested 2,418 people on arrival": places that examined the people they took in)
            r"|(?:prisons|hospitals|clinics|practices|pharmacies|surgeries|health\s+centres|health\s+centers)"
            r"(?=\s+(?:tested|examined|checked|screened|measured)\s+(?:more\s+than\s+|over\s+|nearly\s+)?\d)"
            r"|(?:surgeons|doctors|physicians|clinicians|nurses|midwives|pharmacists|dentists|physiotherapists"
            r"|psychologists|[a-z]+ologists|paediatricians|pediatricians)(?=\s+(?:at|in|from)\s"
            # (or following a counted group over time, which a clinic's routine is not: "Doctors followed up 320 women")
            r"|\s+(?:then\s+)?(?:followed(?:\s+up)?|tracked|monitored)\s+\d)"
            # ("nurse researcher Claudine Uwamahoro interviewed 43 people")
            r"|(?:(?-i:Dr|Prof|Professor)\.?|researcher|lecturer|scientist|[a-z]+ologist)\s+(?-i:[A-Z])[\w'’-]+"
            r"(?:\s+[A-Z][\w'’-]+)?)\b[^.;]{0,60}?\b(?:enrolled|recruited"
            r"|randomi[sz]ed|(?:followed(?:\s+up)?|tracked|monitored)\s+\d|surveyed|interviewed|studied\s+\d|sat\s+down\s+with"
            r"|spoke\s+(?:to|with)"
            # people examined where they live or are treated: "nurses from the health observatory examined 1,106
            # adults at home", "Nurses at the hospital checked the feet of 512 adults with diabetes"
            r"|(?:examined|checked|screened|tested|measured)\s+(?:the\s+[\w-]+\s+(?:of|in)\s+"
            r"|[\w-]+(?:\s+[\w-]+)?\s+(?:among|in)\s+)?(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d"
            # "Our records team looked at 5,306 first-time mothers", "held in-depth interviews with 18 fathers"
            r"|looked\s+(?:back\s+)?at\s+(?:the\s+(?:records|notes|data)\s+(?:of|for)\s+)?\d"
            r"|held\s+(?:[\w-]+\s+){0,2}?(?:interviews|conversations|focus\s+groups|discussions)\s+with\s+\d"
            # a clinic's own patients: "we treated 47 patients for acne scarring"
            r"|(?<=we\s)"
            + _WE_TREATED
            # an outlet's own questionnaire: "we have asked every guest to fill in a short questionnaire"
            + r"|(?<=we\s)"
            + _WE_ASKED_EVERY
            + r"\s+[^.;]{0,40}?\b(?:questionnaire|survey|form)"
            # the outlet asking its own customers: "In February we asked 2,000 Drift & Dune customers about their sleep"
            r"|(?<=we\s)(?:also\s+)?(?:asked|polled|questioned)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d"
            r"|(?:talked|spoke)\s+(?:at\s+length\s+)?(?:to|with)"
            # "In 2023 we sent a questionnaire to every speech therapist in the country"
            r"|sent\s+(?:out\s+)?(?:a|an|our|the)\s+(?:[\w-]+\s+){0,2}?(?:questionnaire|survey)\s+to)"
        ),
    ),
    (
        Stems(tuple(f"compared {digit}" for digit in "123456789")),
        _COMPARED_GROUPS,
    ),
    (
        # a review described by what it did: "put together 92 randomised trials ... and pooled the results",
        # "The Cochrane team pulled together nine trials", "Pooling the results of 18 studies"
        Stems(
            (
                "put together",
                "pulled together",
                "brought together",
                "pooled",
                "pooling",
                "combined",
                "combining",
                "gathered",
                "rounded up",
                "reviewed",
                "analysed",
                "analyzed",
            )
        ),
        re.compile(
            r"(?i)\b(?:(?:put|pulled|brought)\s+together|pool(?:ed|ing)|combin(?:ed|ing)|gathered|rounded\s+up|reviewed"
            r"|analy[sz]ed)\s+(?:(?:the\s+)?(?:results|data|findings)\s+(?:of|from)\s+)?"
            r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}(?:trials|studies|RCTs)\b"
        ),
    ),
    (
        # "The council later surveyed 3,000 commuters about why they drove": whoever asks, a counted group surveyed
        Stems(("surveyed", "polled")),
        re.compile(
            r"(?i)\b(?:surveyed|polled)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d[\d,]*\s+(?:[\w&-]+\s+){0,3}?"
            r"(?:people|adults|women|men|children|parents|[a-z]+s)\b"
        ),
    ),
    (
        # a counted group choosing its own treatment: "A total of 120 patients chose whether to have surgery or physio"
        Stems(("chose", "picked", "decided")),
        re.compile(
            r"(?i)\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:patients|people|participants|adults|women|men|parents|families)\s+"
            r"(?:themselves\s+)?(?:chose|picked|decided)\s+(?:whether\s+to\s+have|between|which\s+(?:treatment|group"
            r"|programme|program|option))\b"
        ),
    ),
    (
        # the counted group after its count: "Nearly 4 in 10 of the 3,000 adults surveyed said they slept badly"
        Stems(("surveyed", "polled", "questioned", "interviewed")),
        re.compile(
            r"(?i)\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:people|adults|women|men|children|parents|[a-z]+(?:ers|ists|ants|ents))"
            r"\s+(?:we\s+|they\s+)?(?:surveyed|polled|questioned|interviewed)\b(?!\s+(?:about|by|on)\s+(?:the\s+)?(?:phone|radio|tv))"
        ),
    ),
    (
        # the counted group as the subject of the passive: "Twenty-one fathers in Libreville were interviewed about how
        # they deal with toddler meltdowns"
        Stems(("were interviewed", "were surveyed", "were questioned", "were polled")),
        re.compile(
            r"(?i)(?:\b\d[\d,]*|\b(?:[a-z]+-)?(?:[a-z]*"
            + _COUNT_WORD
            + r"|one|two|three|four|five|six|seven|eight|nine|ten))"
            r"\s+(?:[\w-]+\s+){0,6}?were\s+(?:interviewed|surveyed|questioned|polled)\b"
            r"(?!\s+(?:about|by|on)\s+(?:the\s+)?(?:phone|radio|tv))"
        ),
    ),
    (
        # a review told by its search: "searched medical databases covering nearly 30 years and found 9 randomised
        # trials", "combed the literature and selected fourteen trials"
        Stems(("searched", "combed", "scoured", "trawled")),
        re.compile(
            r"(?i)\b(?:searched|combed|scoured|trawled)\b[^.;]{0,100}?\b(?:found|identified|included|selected|pooled)\s+"
            r"(?:\d[\d,]*|"
            + _COUNT_WORD
            + r"|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}?(?:trials|studies|RCTs|papers)\b"
        ),
    ),
    (
        # "Reviewers found 22 eligible studies": a review told by what its authors found
        Stems(("reviewers", "review authors")),
        re.compile(
            r"(?i)\b(?:reviewers|review\s+authors)\s+(?:found|identified|included|looked\s+at|analy[sz]ed)\s+"
            r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}(?:trials|studies|RCTs)\b"
        ),
    ),
    (
        # researchers handing a counted group what is tested: "Researchers gave 848 recreational runners one of two
        # versions of the same shoe", "the team fitted 40 older drivers with ..."
        # ("Researchers in Busan asked 88 students to wear amber glasses")
        Stems(("gave", "handed", "offered", "fitted", "provided", "supplied", "asked", "instructed")),
        re.compile(
            r"(?i)\b(?:researchers|investigators|scientists|(?:the|a|her|his|their)\s+(?:research\s+)?team)\b[^.;]{0,40}?"
            r"\b(?:gave|handed|offered|fitted|provided|supplied|(?=(?:asked|instructed)\s[^.;]{0,40}?\bto\s)asked"
            r"|(?=(?:asked|instructed)\s[^.;]{0,40}?\bto\s)instructed)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?"
            r"(?:\d[\d,]*|"
            + _COUNT_WORD
            + r"(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}?"
            + r"(?:"
            + plural_alternation()
            + r"|[a-z]+ers)\b"
        ),
    ),
    (
        # a counted group put a question: "It asked 2,031 workers in Luanda how they would like to work", "polled 800
        # parents about screen time"
        Stems(("asked", "polled", "questioned")),
        re.compile(
            r"(?i)\b(?:asked|polled|questioned)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d[\d,]*\s+"
            r"(?:[\w-]+\s+){0,2}?(?:" + plural_alternation() + r"|[a-z]+ers)\b"
            r"(?:\s+[^.;]{0,50}?)?\s+(?:how|whether|if|what|which|about|why)\b"
        ),
    ),
    (
        # an outlet's own questionnaire, told by who answered it: "Thank you to the 1,832 Care Card members who
        # answered our online questionnaire in February"
        Stems(("questionnaire", "survey", "poll")),
        _ANSWERED_OUR_SURVEY,
    ),
    (
        # research named without a study noun, with its counted group: "research from the University of Otago involving
        # 2,140 adults", "Data from 11,000 American children suggest", "Work presented at a dental congress showed that
        # 88 volunteers ...", "An analysis of hospital records for 45,000 people"
        Stems(("research", "work", "data", "records")),
        re.compile(
            # (records and data only where they are analysed: "Medical records of 2,000 patients are stolen" is news)
            r"(?i)(?:\b(?:research|work)|\b(?:analysis\s+of|analy[sz]ed|studied|looked\s+at|reviewed|using|used"
            # "went back through its records of 137 people treated for stings"
            r"|(?:went|looked|combed|searched|trawled)\s+(?:back\s+)?through)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:data|records)|^\W*data(?=\s+(?:from|on)\s[^.;]{0,80}?\b(?:suggest|show|found|indicate"
            # (not a count in a clause of its own: "reading the research that piled up while I was busy cooking for
            # 40 people at Christmas")
            r"|reveal)))\b(?:(?!\b(?:while|whilst|when|because|since)\b)[^.;]){0,100}?\b(?:involving|including|covering|from|on"
            r"|for|of|that)\s+"
            r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?\d[\d,]*(?!\s*(?:in\s+\d|million|billion|%))"
            r"\s+(?:[\w-]+\s+){0,3}?(?:people|adults|children|women|men|patients|participants|volunteers|[a-z]+ers"
            r"|[a-z]+ists)\b"
        ),
    ),
    (
        # a counted group joining what is tested: "Forty-three people signed up for six weekly sessions"
        Stems(("signed up", "enrolled in", "enrolled on", "registered for")),
        re.compile(
            r"(?i)\b(?:\d[\d,]*|" + _COUNT_WORD + r"(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:people|patients|participants|adults|women|men|children|parents|[a-z]+ers)"
            r"\s+(?:signed\s+up\s+(?:for|to)|enrolled\s+(?:in|on)|registered\s+for)\b"
        ),
    ),
    (
        # "Thirty-six patients with hand osteoarthritis joined an eight-week programme of group classes": a counted
        # group starting a treatment programme, which a single-arm study tells instead of an allocation
        Stems(("joined a", "joined an", "started a", "started an", "began a", "began an")),
        re.compile(
            r"(?i)"
            + _COUNTED_GROUP
            + r"(?:\s+(?:with|who\s+had)\s+[^.;,]{1,50}?)?\s+(?:joined|started|began)\s+an?\s+(?:[\w-]+\s+){0,3}?"
            r"(?:programme|program|course)\s+of\b"
        ),
    ),
    (
        # "In a snapshot of 2,000 adults, those who slept less ...": a cross-sectional study without the name
        Stems(("snapshot of",)),
        re.compile(r"(?i)\bsnapshot\s+of\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d[\d,]*\s+"),
    ),
    (
        # a counted group taking part, answering a questionnaire, tested on, or handed one of two treatments: "Two
        # hundred pregnant women took part", "Some 1,600 runners filled in an online questionnaire", "tested the cream
        # on 60 volunteers", "Half of the 400 volunteers got the app; the other half", "followed either X or Y"
        Stems(
            ("took part", "filled in", "filled out", "completed", "answered", "tested", "other half", "either", "given")
        ),
        re.compile(
            r"(?i)"
            + _COUNTED_GROUP
            + r"\s+took\s+part(?=\s*[,.;]|\s+in\s+(?:the|this|a|an)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|research"
            r"|experiment|survey|project|pilot)\b)"
            r"|"
            + _COUNTED_GROUP
            + r"\s+(?:filled\s+(?:in|out)|completed|answered|returned)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:questionnaire|survey)\b"
            r"|\btested\s+[^.;]{1,60}?\s+on\s+"
            + _COUNTED_GROUP
            + r"|\bhalf\s+(?:of\s+)?the\s+"
            + _COUNTED_GROUP
            + r"\s+(?:got|were\s+given|received|used|took|were\s+offered)\b[^.;]{0,80}?[;,]\s+(?:and\s+|while\s+)?"
            r"(?:the\s+other\s+half|the\s+rest|the\s+others)\b"
            r"|"
            + _COUNTED_GROUP
            + r"\s+(?:[^.;]{0,40}?\s)?(?:were\s+(?:given|offered|assigned)|followed|received|took|used)\s+(?:either\s+"
            r"[^.;]{1,60}?\s+or\s|[^.;]{1,60}?\s+or\s+(?:an?\s+|the\s+)?(?:placebo|dummy|sham|saline|look-alike|usual"
            r"|standard|no\s)|either\s)"
        ),
    ),
    (
        # "Sixty patients tried the new inhaler for a month, with no comparison group"
        Stems(("no comparison", "no control")),
        re.compile(r"(?i)\b(?:with|there\s+was|had)\s+no\s+(?:comparison|control)\s+(?:group|arm)\b"),
    ),
    (
        # a counted group taken into a study, said in the passive: "A total of 250 women ... were enrolled"
        # ("4,200 office workers were followed for three years")
        Stems(
            (
                "enrolled",
                "recruited",
                "randomised",
                "randomized",
                "signed up",
                "followed",
                "tracked",
                "monitored",
                "surveyed",
                "polled",
                "questioned",
            )
        ),
        re.compile(
            r"(?i)\b(?:\d[\d,]*|"
            + _COUNT_WORD
            + r"(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,6}?(?:were|had\s+been|have\s+been)\s+"
            # ("the town's 1,200 GPs were surveyed about prescribing")
            r"(?:enrolled|recruited|randomi[sz]ed|signed\s+up|(?:surveyed|polled|questioned)\s+(?:about|on|in|online|by)\b"
            r"|(?:followed|tracked|monitored)(?:\s+up)?\s+(?:for\s|over\s|until\s"
            r"|(?:ever\s+)?since\b))"
        ),
    ),
    (
        # "Using health records from 75,000 Danish women": records of a counted group, read for research
        # ("Our data team followed the anonymised workout logs of 9,412 members")
        Stems(("records of", "records from", "records for", "records on", "logs of", "logs from")),
        re.compile(
            r"(?i)\b(?:using|used|analy[sz]ed|analy[sz]ing|examined|studied|looked\s+(?:at|through)|went\s+through|drew\s+on"
            r"|drawing\s+on|linked|linking|combed\s+through|reviewed|searched|followed|tracked)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:records|logs)\s+(?:of|from|for|on)\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|some\s+)?"
            r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:[a-z]+s|women|men|children|people)\b"
            # "searched the records of three centres and identified 11 patients treated for ...": who the search found
            r"|\b(?:searched|reviewed|went\s+through|combed\s+through|looked\s+(?:back\s+)?through|trawled\s+through)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:records|logs|notes)\s+(?:of|from|at|in)\b(?:[^.;]|(?<=[A-Z])\.){0,80}?\b(?:identified|found)\s+"
            r"(?:more\s+than\s+|over\s+|about\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:[a-z]+s|women|men|children|people)\b"
        ),
    ),
    (
        # a case series reported without a study noun: "results for all 14 consecutive patients", "a series of 9"
        Stems(("results for", "results of", "results in", "outcomes for", "outcomes of", "outcomes in", "series of")),
        re.compile(
            r"(?i)\b(?:results|outcomes)\s+(?:for|of|in)\s+(?:all\s+)?(?:the\s+)?(?:first\s+)?\d[\d,]*\s+(?:consecutive\s+)?"
            r"(?:patients|people|children|adults|women|men|cases)\b"
            # "have published the results of every patient with severe hantavirus who was connected to ECMO"
            r"|\b(?:published|reported|described)\s+the\s+(?:results|outcomes)\s+(?:for|of)\s+(?:every\s+|each\s+|all\s+(?:the\s+)?)"
            r"(?:[\w-]+\s+){0,2}?(?:patients?|people|person|child(?:ren)?|adults?|cases?)\b"
            r"|\ba\s+series\s+of\s+(?:\d[\d,]*|[a-z]+)\s+"
            r"(?:consecutive\s+)?(?:patients|people|children|adults|women|men|cases)\b"
        ),
    ),
    (
        Stems(("researchers", "investigators", "scientists", "team", "authors")),
        re.compile(
            r"(?i)\b(?:researchers|investigators|scientists)\s+(?:at|from|in|led\s+by)\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,80}?"
            r"\b(?:found|report(?:ed)?|showed|discovered|concluded|compared|studied|tracked|went\s+looking"
            r"|looked\s+(?:at|for)|tested|examined|measured|screened|kept\s+track\s+of|followed|calculated|estimated"
            r"|modell?ed|went\s+from)\b"
            # "Researchers looked back at 13,702 people", "A team in Leeds looked back through the records of 3,480 ..."
            r"|\b(?:researchers|investigators|scientists|(?:research|study)\s+team|an?\s+team\s+(?:at|from|in|of|led)"
            r"|the\s+authors)\b[^.;]{0,60}?\b(?:looked\s+back|looked\s+at|went\s+(?:back\s+)?through|combed\s+through"
            r"|kept\s+track\s+of|tracked|compared|analy[sz]ed)\b[^.;]{0,60}?\d"
        ),
    ),
    (
        # a case series without the name: "A sports physician wrote up fourteen rowers she had looked after",
        # "A hospital dental department in Glasgow described 17 patients seen over six years"
        Stems(("wrote up", "described", "describes", "reported on")),
        re.compile(
            r"(?i)\b(?:wrote\s+up|describe[sd]|reported\s+on)\s+(?:all\s+|every\s+one\s+of\s+)?(?:the\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+)?(?:patients|people|cases"
            r"|children|adults|women|men|[a-z]+ers|[a-z]+ists)\b"
        ),
    ),
    (
        # allocation by chance without the word: "Forty-seven blocks were entered into a lottery", "out of a hat"
        Stems(("lottery", "draw", "ballot", "of a hat")),
        re.compile(r"(?i)\b(?:into|by|in)\s+a\s+(?:lottery|draw|ballot)\b|\bout\s+of\s+a\s+hat\b"),
    ),
    (
        # a study introduced by its name and its enrolment: "VICTORY-S, which enrolled 872 adults"
        Stems(("which enrolled", "which recruited", "which randomi", "which followed", "which included")),
        _NAMED_ENROLMENT,
    ),
    (
        # "Focus groups with 33 women who use insulin", "interviews with 19 carers"
        Stems(("focus group", "interviews with")),
        re.compile(
            # ("focus groups with about 40 mothers": a rounded count of who talked)
            r"(?i)\b(?:focus\s+groups?|(?:in-depth\s+|long\s+)?interviews)\s+(?:with|of|among)\s+"
            r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?(?:\d|" + _COUNT_WORD + r"\b)"
        ),
    ),
    (
        # an organisation's own survey: "Halvard Securities, which surveyed 250 paediatricians"
        Stems(("surveyed", "polled", "interviewed")),
        re.compile(
            r"(?i)\b(?:which|who)\s+(?:had\s+)?(?:surveyed|polled|interviewed)\s+(?:more\s+than\s+|over\s+|nearly\s+)?\d"
        ),
    ),
]
# "2. ...", "IV. ...", "b) ..." and a keycap emoji digit ("2️⃣ ...") number a section.
# What may stand before an item's first sentence on its line: nothing, or an abstract's number
_ITEM_LABEL = re.compile(
    r"(?:[\s#*_]*(?:[-•]\s*)?(?:Abstract|Poster|Oral)\s+(?:[A-Z]{1,3}-?)?\d{1,4}[a-z]?(?:[.:]\s*|\s+[^.!?\n]{1,60}[.:!?]\s+)"
    # a short title of the item's own before its first sentence: "2. Two diets, one sensor. In a crossover study, ..."
    # (a title that names its study has opened it already: "1. The big UK online trial (2023). They recruited ...")
    r"|[\s#*_]*\d{1,2}[.)]\s+(?![^.!?\n]{0,60}?\b(?:trials?|stud(?:y|ies)|reviews?|meta-analys[ie]s|surveys?|analys[ie]s"
    r"|papers?|experiments?|cohorts?|pilots?)\b)[^.!?\n]{1,60}[.:!?]\s+)?"
)
_NUMBERED_LINE = re.compile(
    r"[\s#*_]*(?:\d{1,2}[.)]|[IVX]{1,4}\.|\(?[a-h]\)|\d\ufe0f?\u20e3"
    # a congress wrap's items by their abstract numbers: "Abstract OP-112.", "Poster P-045:", "- Poster P-22 The ..."
    r"|(?:[-•]\s*)?(?:Abstract|Poster|Oral)\s+(?:[A-Z]{1,3}-?)?\d{1,4}[a-z]?[.:]?)\s+[*_]*(?:[^\w\s]\s*)?[A-Z\"“]"
)
# Headings after which the text is no longer about the study: organisation blurbs, reference lists, comments.
_CLOSING_LINE = re.compile(
    r"\s*(?:About\s+(?!(?:the|this|our)\s+(?:study|studies|research|trial|survey|review|data)\b)"
    r"(?:the\b|us\b|our\b|[A-Z])|(?i:references?\b|sources?\b|bibliography|related\b|comments?\b"
    r"|\d+\s+comments|share\b|contact\b|media\s+contact|subscribe\b|more\s+in\b|most\s+read|you\s+might\s+also"
    r"|disclaimer|discussion\s+questions|tags?:|categories|further\s+reading|read\s+more|sign\s+up|leave\s+a"
    r"|copyright|©|follow\s+us|advertisement|funding|disclosures?|conflicts?\s+of\s+interest"
    # a press release's tail: "Notes to editors", "Editor's notes", "Ends"
    r"|notes?\s+(?:to|for)\s+editors?|editors?['’]?s?\s+notes?|-*\s*ends\s*-*\s*$"
    # a recipe card after a food blog's evidence section
    r"|ingredients\b|jump\s+to\s+recipe|nutrition\s+facts))"
)
_PUBLISHED_IN = re.compile(r"(?i)\b(?:was|were|has\s+been|have\s+been|is)\s+published\s+(?:in|last|this|on|online)\b")
# ("Full reference:", "Local study reference:")
_REFERENCE_LABEL = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,2}(?:references?|sources?)\s*:")
_MARKER = re.compile(r"\[(\d{1,3})\]")
# A bibliographic entry left in the body ("A randomized trial of tai chi. N Engl J Med. 2010;363:743") names a
# paper, not a study the article reports on.
_REFERENCE_MARKS = re.compile(
    r"(?:19|20)\d\d\s*[;:]\s*\d|doi\s*:|doi\.org/|PMID|\d\s*\(\d+\)\s*:\s*\d"
    # Nature's style: "Lancet Respir. Med. 14, 388–397 (2026)."
    r"|\b\d+,\s*\d+\s*[–-]\s*\d+\s*\((?:19|20)\d\d\)",
    re.IGNORECASE,
)
_AUTHOR_YEAR_START = re.compile(
    r"\W*(?:\d{1,3}[.)\]]\s*)?[A-Z][\w'’-]+,?\s+(?:[A-Z]\.\s*){1,3}[^.]{0,200}\(\s*(?:19|20)\d\d\s*\)"
)
# A line that opens with its authors: "Takahashi, R. et al.", "Kutner JS, Smith MC,", "Ng W, Lee K &"
_AUTHOR_LIST_START = re.compile(
    r"\W*(?:\d{1,3}[.)\]]\s*)?(?-i:[A-Z])[\w'’-]+,?\s+(?:(?-i:[A-Z])\.?\s*){1,3}(?:,|\bet\s+al\b|\band\b|&)"
)
_PROSE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PROSE_MIN_WORDS = 25
_SUBSTANCE = re.compile(
    r"(?i)\d|\b(?:random|enrol|recruit|particip|patients|found|find|show|report|improv|reduc|increas|signific"
    r"|conclu|suggest|effect|meta-analy|review|survey|compar)"
    # a count in words: "A study in Bergen put thirty-six volunteers in a simulator"
    r"|\b" + _COUNT_WORD + r"\b"
)
# Research whose recruitment is still to begin has nothing to report.
_NOT_STARTED = re.compile(
    r"(?i)\b(?:(?:hope|hopes|plan|plans|aim|aims|intend|intends|expect|expects)\s+to|will|is\s+due\s+to|are\s+due\s+to)"
    r"\s+(?:start|begin)\s+(?:recruiting|enrolling|recruitment|enrolment|enrollment)\b"
    r"|\b(?:recruitment|enrolment|enrollment)\s+(?:will|is\s+due\s+to)\s+(?:start|begin|open)\b"
)
_DONE = re.compile(
    r"(?i)\b(?:found|showed|took\s+part|enrolled|recruited|randomi[sz]ed|assigned|allocated|followed|tracked|reported"
    r"|improved|reduced|cut|fell|rose|lowered|surveyed|interviewed|pooled|included|published)\b"
)
_MAX_HEADING_WORDS = 14
_MAX_LEADIN = 4  # sentences between a section heading and the study's first mention that move with it
_MAX_NUMBERED_LEADIN = 8  # the same under a numbered item's heading, whose item is one study


@dataclass
class StudyBlock:
    """The sentences about one study, in text order (they need not be contiguous)."""

    sentences: list[Sentence] = field(default_factory=list)
    citation_index: int | None = None


@dataclass
class _Line:
    heading: bool
    numbered: bool
    closing: bool
    reference: bool


@dataclass
class _Open:
    """A study being collected: sentence ownership itself lives in segment_studies' owner list."""

    has_body: bool = False
    marker: str | None = None
    passing: bool = False  # introduced in passing by the study under discussion ("that echoes an earlier review")
    heading_intro: bool = False  # introduced by a headline or section title ("A new review pools 25 years of trials")
    body_mention: bool = False  # named again in the body text
    cited: int | None = None  # citation printed right after the study's section ("Reference: ...")
    research: str | None = None  # "trial", "observational" or "review", from the first mention that says which
    counted: bool = False  # a count of people has been given: the study's sample is known
    count_checked: int = 0  # body sentences before this index have been looked at for such a count
    sources: set[int] = field(default_factory=set)  # citations mentioned inline in the study's sentences
    qualifiers: frozenset[str] = frozenset()  # words its first mention set it apart by ("consumer", "published")


def segment_studies(
    text: str, index: SentenceIndex, body_end: int, citations: list[Citation], resume_at: int | None = None
) -> list[StudyBlock]:
    """resume_at: where a reference list printed inside the article ends; what follows it is body text again when
    it reports research of its own (a survey section after "The results were published in ...: <reference>")."""
    body = [s for s in index.sentences if s.end <= body_end] + _body_after_references(index.sentences, resume_at)
    owner: list[int | None] = [None] * len(body)
    blocks: list[_Open] = []
    current: int | None = None
    heading_since_body = numbered_since_body = closed = question_since_body = False
    heading_at = 0  # where the headings since the study's last body text began
    section_start = 0
    mentioned = [False] * len(body)
    lines: dict[int, _Line] = {}
    # Where the body names a paper ("published in the BMJ last year and led by Dr X"): (offset, citation number)
    named_at = [
        (c.evidence.start, number)
        for number, c in enumerate(citations)
        if c.evidence is not None and c.evidence.start < body_end
    ]

    def told_so_far(number: int) -> list[str]:
        """The sentences the study has been given so far."""
        return [body[j].text for j in range(i) if owner[j] == number]

    def is_counted(number: int) -> bool:
        """Whether the study's sentences so far give a count of people (looked for only when a rule asks)."""
        block = blocks[number]
        while not block.counted and block.count_checked < i:
            j = block.count_checked
            block.count_checked += 1
            block.counted = owner[j] == number and _counts_people(body[j].text)
        return block.counted

    for i, sentence in enumerate(body):
        line_start = _line_start(text, sentence.start)
        line = lines.get(line_start)
        if line is None:
            line = lines[line_start] = _line_of(text, sentence)
        if current is not None and line_start == sentence.start and UPDATE_NOTE.match(sentence.text):
            # "Update, 4 June: Since this article was published, the full study has appeared ...": a note appended to
            # the story corrects the study the story is about, even below its reference line
            current, closed = 0, False
        elif line.heading or line.closing:
            at_line_start = line_start == sentence.start
            if line.heading and (line.numbered or not line.closing) and at_line_start:
                section_start = i
            # A plain heading after a study mentioned in passing returns to the main one; a numbered heading is
            # the next item of a roundup, so it opens the way for a new study instead.
            if (
                current is not None
                and blocks[current].passing
                and blocks[current].has_body
                and not line.closing
                and not line.numbered
            ):
                current = _main_block(blocks)
                heading_since_body = True  # (a new study may still open the section: "a pilot study from ...")
                heading_at = i
            elif (
                current is not None
                and current != 0
                and _THE_STUDY_HEADING.fullmatch(_line_text(text, sentence))
                and is_counted(current)
                and not is_counted(0)
            ):
                # "The study" as a section heading, after a background study that gave its own count: the article
                # returns to the study it opened with, whose details are still to come
                current = 0
            elif current is not None and blocks[current].has_body:
                if not heading_since_body:
                    heading_at = i
                heading_since_body = True
                numbered_since_body = numbered_since_body or line.numbered
            if line.closing:
                if line.reference and current is not None and not closed and blocks[current].cited is None:
                    blocks[current].cited = _citation_on_line(text, sentence, citations)
                closed = True
                continue
        mentions = [] if line.reference else find_study_mentions(sentence.text)
        if any(m.kind == "labelled" for m in mentions):
            # A fact box's "Design: meta-analysis" opens a study as a roundup's item or the article's first; under a
            # study already told ("The study in brief / - Design: randomised trial") it describes that one.
            labelled = "new" if current is None or numbered_since_body else None
            mentions = [replace(m, kind=labelled) for m in mentions if m.kind != "labelled" or labelled]
        kinds = {m.kind for m in mentions}
        if (
            current is not None
            and sentence.text.rstrip().endswith("?")
            and _line_start(text, sentence.start) == sentence.start
            and len(sentence.text) <= _QUESTION_SUBHEAD_CHARS
        ):
            question_since_body = True  # "Can grinding really damage my teeth?": a question used as a subhead
        named = next((m.ordinal for m in mentions if m.ordinal is not None), None)
        action = _has_research_action(sentence.text)
        if current is not None and not closed and _names_other_research(sentence.text, mentions, blocks[current]):
            kinds.add("distinct")  # "The FASTFIX trial did exactly that", inside a section about a cohort study
        elif (
            current is not None
            and not closed
            and kinds == {"ref", "new"}
            and any(m.kind == "new" and sentence.text[m.start : m.end].lower().endswith("pilot") for m in mentions)
            and _counts_people(sentence.text)
            and is_counted(current)
        ):
            kinds.add("distinct")  # "The trial did not grow out of nothing: a randomised pilot with 210 patients ..."
        elif (
            current is not None
            and not closed
            and kinds == {"ref"}
            and blocks[current].research == "trial"
            and any(_research_of(sentence.text[m.start : m.end]) == "review" for m in mentions)
            and _POOLED_COUNT.search(sentence.text) is not None
        ):
            kinds.add("distinct")  # "Callum brings up the meta-analysis that pooled 17 trials", after the trial
        elif (
            current is not None
            and not closed
            and line.heading
            and kinds == {"ref"}
            and sentence.text[:1].isalpha()  # (not a contents line: "11:30 The Danish registry study")
            and _heads_other_research(sentence.text, mentions, blocks)
            and blocks[current].has_body
        ):
            kinds = {"distinct"}  # "Your donor survey results", a section heading after a trial
        elif (
            current is not None
            and not closed
            and kinds == {"ref"}
            and blocks[current].research == "observational"
            and _names_a_trial(sentence.text, mentions)
            and is_counted(current)
            and not any(block.research == "trial" for block in blocks)
        ):
            kinds = {"distinct"}  # "She walks through the trial that ...", after the survey she ran
        if (
            current is not None
            and not closed
            and heading_since_body
            and kinds == {"ref"}
            and _unheard_name(sentence.text, mentions, body, owner, i, current)
            and is_counted(current)
        ):
            kinds = {"distinct"}  # "What did this study do? / The FIT-EAR trial took place ...", after an earlier study
        if (
            current is not None
            and not closed
            and kinds == {"ref"}
            and _TITLED_STUDY_DOING.search(sentence.text) is not None
            and _unheard_title(sentence.text, body, owner, i, current)
            and is_counted(current)
            and _counts_new_people(sentence.text, told_so_far(current))
        ):
            kinds = {"distinct"}  # "The Tri-County Food and Health Study followed 23,114 adults", after a trial of 39
        if (
            current is not None
            and not closed
            and _introduces_other_research(sentence.text, mentions, blocks[current], partial(is_counted, current))
        ):
            kinds.add("distinct")  # "A survey of 1,150 parents found ...", after a randomised trial
        elif (
            current is not None
            and not closed
            and "new" in kinds
            and "ref" not in kinds
            and is_counted(current)
            and _counts_new_people(sentence.text, told_so_far(current))
        ):
            kinds.add("distinct")  # "A study of 10,000 Swedish twins found ...", after a trial of 420 adults
        elif (
            current is not None
            and not closed
            and not kinds
            and action
            and _ELSEWHERE.search(sentence.text) is not None
            and is_counted(current)
            and _counts_new_people(sentence.text, told_so_far(current))
        ):
            kinds.add(
                "distinct"
            )  # "In Norway, meanwhile, 1,200 adults were randomly assigned ...", after a trial of 420
        elif (
            current is not None
            and not closed
            and not kinds
            and action
            and _ANOTHER_TEAM.match(sentence.text) is not None
            and is_counted(current)
        ):
            kinds.add("distinct")  # "A second team compared 310 injured drivers with 620 ...", after a simulator trial
        elif (
            current is not None
            and not closed
            and not kinds
            and _OTHER_WORK.match(sentence.text)
            and _REPORTED.search(sentence.text) is not None
            and _counts_people(sentence.text)
            and is_counted(current)
        ):
            kinds.add("distinct")  # "Other work has followed 2,000 people with back pain since 2010."
        elif (
            current is not None
            and not closed
            and not kinds
            and blocks[current].research is not None
            and _SENT_A_SURVEY.search(sentence.text) is not None
            # (after research of another kind: a survey's own story may tell how its questionnaire went out)
            and not any(_SURVEY_WORD.search(told) for told in told_so_far(current))
        ):
            kinds.add("distinct")  # "In 2023 we sent a questionnaire to every speech therapist", after the trial
        # "2. The coping programme trial": a numbered section title naming a study introduces it, "the" or not.
        # "2. The 2022 meta-analysis." is one too: a forum list item that is nothing but the study's name.
        titled = line.heading or (line.numbered and _names_only(sentence.text, mentions))
        if titled and line.numbered and kinds == {"ref"} and named is None:
            kinds = {"distinct"} if current is not None else {"new"}
        introduced_by_ordinal = False
        if named is not None and current is not None and not closed:
            if kinds & {"new", "distinct"}:
                # "The second study, the HANDS-ON trial": the next study in the article's own order, not an aside
                introduced_by_ordinal = named > len(blocks)
            elif named <= len(blocks):
                current = named - 1  # "the first trial" returns to a study already described
            else:
                introduced_by_ordinal = True  # "the second trial" before there is a second one introduces it
                kinds.add("distinct")
        if current is not None and not closed and action:
            research = blocks[current].research
            done = _research_done(sentence.text)
            # "We also interviewed 26 of you about ... taking part in the trial": the study named only as the object
            # of a preposition is not what the sentence is doing
            unnamed = not kinds or (kinds == {"ref"} and _refs_as_objects(sentence.text, mentions))
            if unnamed and (
                (
                    done is not None
                    and research is not None
                    and done != research
                    and (done != "people" or research == "review")
                )
                # a review recruits no one: research on a counted group after it is another study (but not the
                # people in the trials it pooled: "eleven trials, involving 1,487 infants")
                or (
                    research == "review"
                    and _counts_people(sentence.text)
                    and _POOLED_RESEARCH.search(sentence.text) is None
                )
                or _ORGANISATION_SURVEY.search(sentence.text)
            ):
                # "..., and a 2022 review found similar effects. / The participants were randomly assigned ...": the
                # participants of the trial told earlier, not a new study
                back = (
                    next((n for n in range(len(blocks)) if n != current and blocks[n].research == done), None)
                    if _THE_PARTICIPANTS.match(sentence.text)
                    else None
                )
                if back is not None:
                    current = back
                else:
                    kinds.add("distinct")  # "Halvard Securities, which surveyed 250 paediatricians", after a trial
            elif _ALONGSIDE.match(sentence.text):
                kinds.add("distinct")  # "Alongside REACH-R, our researchers interviewed 31 people"
            elif (
                not kinds
                and _OWN_WORK.search(sentence.text)
                and not _QUOTED.search(sentence.text)
                and is_counted(current)
            ):
                kinds.add("distinct")  # "And in our own garment clinic, we followed 58 people", after another study
            elif not kinds and _named_elsewhere(sentence.text, body, owner, i, current) and is_counted(current):
                kinds.add("distinct")  # "The largest was VICTORY-S, which enrolled 872 adults", after another study
        sources = {n for at, n in named_at if sentence.start <= at < sentence.end} if named_at else set()
        if (
            current is not None
            and not closed
            and kinds == {"ref"}
            and sources
            and blocks[current].sources
            and not sources & blocks[current].sources
        ):
            kinds.add("distinct")  # "the study ... reported in Community Dental Health in 2022 by Dr X": its own paper
        if current is not None and not closed and kinds == {"ref"} and named is None:
            # "the consumer trial", "the published trial": the study first introduced with that word
            earlier = _qualified_block(sentence.text, mentions, blocks)
            if earlier is None:
                earlier = _earlier_of_kind(sentence.text, mentions, blocks, current)
            if earlier is not None:
                current = earlier  # "The trial", after a survey quoted inside the trial's story, returns to it
        marker = _MARKER.search(sentence.text) if "[" in sentence.text else None
        mentioned[i] = bool(mentions) or action
        if current is None or closed:
            starts = bool(kinds) or action
            if closed and current is not None:
                # After a closing line ("Source: ..."), the next numbered item of a roundup may name its study
                # as "our online survey": its first mention, whatever the determiner.
                starts = (
                    bool(kinds & {"new", "distinct"})
                    or (numbered_since_body and ("ref" in kinds or action))
                    # "SKIN-TO-SKIN IN THE FIRST HOUR / Our records team looked at 5,306 first-time mothers": a team's
                    # research on a counted group under the next heading
                    or (heading_since_body and action and not kinds and _counts_people(sentence.text))
                    # "Reference: ... / The second trial, from Canada, tested prazosin": the next study by its number
                    # (counting the studies told with their people, not a passing "the study" in the introduction)
                    or ("ref" in kinds and named is not None and named > sum(is_counted(k) for k in range(len(blocks))))
                )
        else:
            starts = (
                "distinct" in kinds
                or ("new" in kinds and heading_since_body and "ref" not in kinds)
                # "2. Antenatal perineal massage: it depends who you are / This is the big review everyone quotes.":
                # the first mention under a roundup's next numbered heading, after a study that gave its own sample,
                # is the next item's study
                or (
                    numbered_since_body
                    and kinds == {"ref"}
                    and mentions[0].start <= 12
                    and _research_of(sentence.text[mentions[0].start : mentions[0].end]) is not None
                    and is_counted(current)
                )
                # "3. Finally, a small interview study with 24 carers found ...": the list's next item
                or (
                    ("new" in kinds or (action and not kinds and _counts_people(sentence.text)))
                    and line.numbered
                    # (the item's first sentence: "Abstract OP-207. Interviews with 27 night-shift cleaners ...")
                    and _ITEM_LABEL.fullmatch(text, _line_start(text, sentence.start), sentence.start) is not None
                )
                # "2. ADHD medication and injuries / This registry cohort followed 52,416 children": the next item of a
                # roundup, whose study the article names as "this", after a study that gave its own sample
                # ("Vitamin D at school / ... The cluster trial involved 31 schools and 4,406 pupils" under a plain
                # heading, when the count is new: a digest's next item, not the same study's section "The trial
                # involved 420 adults" after a lede that gave the 420)
                or (
                    (numbered_since_body or heading_since_body)
                    and any(m.kind == "ref" and re.match(COUNTED_ACTION, sentence.text[m.end :]) for m in mentions)
                    and is_counted(current)
                    and (
                        numbered_since_body
                        # (counted before the heading: "How the study worked / They identified 1,540 people ... In
                        # all, the study included 7,700" gives its own count after it)
                        or (
                            any(owner[j] == current and _counts_people(body[j].text) for j in range(heading_at))
                            and not _restates_a_count(sentence.text, told_so_far(current))
                        )
                    )
                )
                # "What you told us / Thank you to the 1,832 members who answered our online questionnaire": research
                # on a newly counted group under a heading, after a study that gave its own sample
                or (
                    heading_since_body
                    and action
                    and not kinds
                    # (after a study counted, or one whose paper was told: "... was published in the journal Cancers";
                    # not a lede's "according to a trial led by dermatologists at ..." before the trial's own account)
                    and (
                        # (counted before the heading: "The team screened 412 women" under it is the same study's
                        # account, whose enrolled count follows)
                        any(owner[j] == current and _counts_people(body[j].text) for j in range(heading_at))
                        or any(_PUBLISHED_IN.search(told) for told in told_so_far(current))
                    )
                    and (
                        _answered_anew(sentence.text, told_so_far(current))
                        # "DADS IN THE BIRTH ROOM / ... Our social work team held in-depth interviews with 18 fathers"
                        # (not under "How the study was done", a heading about the study at hand)
                        or (
                            _counts_new_people(sentence.text, told_so_far(current))
                            and not any(find_study_mentions(body[j].text) for j in range(heading_at, i))
                        )
                    )
                )
                # "Researchers in Scotland kept track of 2,104 people ...": a team named by its place, after a study
                # that has already given its own sample
                or (
                    action
                    and not kinds
                    and _PLACED_TEAM.match(sentence.text) is not None
                    and _counts_people(sentence.text)
                    and is_counted(current)
                )
                # "Can compression stockings help? A meta-analysis pooled 12 trials": a question as an inline subhead
                or ("new" in kinds and i > 0 and body[i - 1].text.rstrip().endswith("?") and _opens_with_new(mentions))
                # "Can grinding really damage my teeth? ... A hospital department described 17 patients ...": research
                # done on a counted group, under a question subhead, after a study that gave its own sample
                or (
                    question_since_body
                    and not kinds
                    and (
                        action
                        or _COUNT_SUBJECT.match(sentence.text) is not None
                        or _TOOK_PART.search(sentence.text) is not None
                    )
                    and _counts_people(sentence.text)
                    and is_counted(current)
                )
                # "Does video physio work? A private clinic network in the Midlands compared patients who ...": a
                # placed team doing research under a question subhead; its count may come in the next sentence
                or (
                    action
                    and question_since_body
                    and not kinds
                    and _PLACED_TEAM_DOING.search(sentence.text) is not None
                    and is_counted(current)
                )
                or ("new" in kinds and marker is not None and blocks[current].marker not in (None, marker.group(1)))
                # "First, ... their own consumer trial. ... Third, they referred to a published randomised trial"
                or ("new" in kinds and _ENUMERATED.match(sentence.text) is not None and blocks[current].has_body)
                # "Separately, writing in the journal Addiction, Dr X and colleagues analysed data from 23,918 ..."
                or (
                    sentence.text[:1] in "SsMmEeIi"
                    and _SEPARATELY.match(sentence.text) is not None
                    and (action or "new" in kinds or _counts_people(sentence.text))
                    and is_counted(current)
                )
                or (action and numbered_since_body and not kinds)
                # "3. Weekend lie-ins / The study: 4,200 office workers were followed for three years", after a study
                # that gave its own count
                or (
                    action
                    and numbered_since_body
                    and kinds == {"ref"}
                    and is_counted(current)
                    and _counts_new_people(sentence.text, told_so_far(current))
                )
            )
            # The first body mention after a headline that announced a study is that same study, told in full.
            # (Not once the headline's study has given its own sample: "📊 THE RESET TRIAL ... 412 adults took part",
            # then "A study that followed 41,238 people ..." under the next heading.)
            if (
                starts
                and blocks[current].heading_intro
                and not blocks[current].body_mention
                and not line.heading
                and not is_counted(current)
                and not introduced_by_ordinal
                # (nor once a numbered heading has opened the roundup's next item)
                and not numbered_since_body
                # (nor research of another kind, told without a name: "What a cocoa trial means for our backs / How
                # bad is it here? / A team from the national hospital measured back pain among 356 cocoa workers")
                and not (
                    not kinds
                    and blocks[current].research is not None
                    # (recruiting people is what any study does)
                    and _research_done(sentence.text) not in (None, "people", blocks[current].research)
                )
            ):
                starts = False
        if starts:
            passing = (
                current is not None
                and not introduced_by_ordinal
                # (a section heading of its own, "HOW THE TRIAL WORKED", opens a study told in full)
                and not line.heading
                and "distinct" in kinds
                and ("ref" in kinds or LINKING.search(sentence.text))
            )
            blocks.append(
                _Open(
                    passing=bool(passing),
                    heading_intro=line.heading
                    or _headline_style(sentence.text, mentions)
                    # "Key takeaways: - In a randomized trial, ...": a summary bullet above the body, like a standfirst
                    or (current is None and _BULLET_LINE.match(_line_text(text, sentence)) is not None)
                    # "A new trial puts numbers on it.": a short teaser in the standfirst, told in full below
                    or (
                        current is None
                        and len(sentence.text.split()) <= _TEASER_WORDS
                        and _NEW_STUDY.match(sentence.text) is not None
                        and not _counts_people(sentence.text)
                    ),
                    count_checked=i,
                    qualifiers=_qualifiers(sentence.text, mentions),
                )
            )
            numbered_section = _NUMBERED_LINE.match(_line_text(text, body[section_start]))
            if current is not None or numbered_since_body or numbered_section:
                _take_leadin(text, body, owner, mentioned, len(blocks) - 1, section_start, i)
            current = len(blocks) - 1
            closed = heading_since_body = numbered_since_body = question_since_body = False
        elif closed or current is None:
            continue
        block = blocks[current]
        owner[i] = current
        if question_since_body and not starts and not line.heading and _counts_people(sentence.text):
            # "What did the study do? Researchers ... recruited 184 children": the question led into this study's own
            # account, so a later count ("Eleven families dropped out") is no new study under it
            question_since_body = False
        block.sources |= sources
        if block.research is None:
            # the mention that introduced the study says what it is ("The trial had been one of 12 included in a 2024
            # meta-analysis": a meta-analysis), before any back-reference in the same sentence
            ordered = sorted(mentions, key=lambda m: m.kind == "ref")
            said = (_research_of(sentence.text[m.start : m.end]) for m in ordered)
            block.research = next((research for research in said if research), None)
            if (
                block.research is None
                and _CHANCE_STEMS.found_in(sentence.text)
                and _ASSIGNED_AT_RANDOM.search(sentence.text)
            ):
                block.research = "trial"  # "A computer decided, at random, which group each child joined."
            if (
                block.research is None
                and action
                and (_SURVEYED.search(sentence.text) or _EXAMINED.search(sentence.text))
            ):
                block.research = _research_done(sentence.text)  # "In 2019 she surveyed 1,007 parents ..."
        if marker and block.marker is None:
            block.marker = marker.group(1)
        if not line.heading:
            block.has_body = True
        # "This is the one we liked best, because it was an actual experiment": a predicate only describes; the
        # section heading above still waits for the study it introduces.
        if not line.heading and kinds - {"predicate"}:
            heading_since_body = numbered_since_body = question_since_body = False
            # (a standfirst in headline style, "Trial across 30 clusters adds weight to ...", is not the body yet)
            block.body_mention = block.body_mention or not (starts and block.heading_intro)
    grouped: list[list[Sentence]] = [[] for _ in blocks]
    for i, number in enumerate(owner):
        if number is not None:
            grouped[number].append(body[i])
    # A headline whose study the body never takes up again ("..., and the review that leaned on it is corrected",
    # then only "A widely cited trial ...") is no study of its own.
    headline_end = text.find("\n")
    # (a first line that ends as a sentence ends is body text, not a headline)
    if headline_end < 0 or text[:headline_end].rstrip().endswith((".", "!", '."', ".”")):
        headline_end = 0
    kept = [
        (block, sentences)
        for block, sentences in zip(blocks, grouped, strict=True)
        if block.has_body
        and any(_SUBSTANCE.search(s.text) for s in sentences)
        and not _not_started(sentences)
        and not all(s.end <= headline_end for s in sentences)
    ]
    out = [StudyBlock(sentences=sentences) for _, sentences in kept]
    # A reference printed under one study's section belongs to that study, whatever words others share with it.
    claimed = {opened.cited for opened, _ in kept if opened.cited is not None}
    for (opened, _), block in zip(kept, out, strict=True):
        if opened.cited is not None:
            block.citation_index = opened.cited
            continue
        linked = link_citation(text, block.sentences, citations)
        block.citation_index = None if linked in claimed else linked
    if len(out) == 1 and len(citations) == 1 and out[0].citation_index is None:
        out[0].citation_index = 0
    return out


# Allocation by chance, in the words lay articles use; chance in picking a sample ("chosen at random from the
# electoral roll") is not it.
# Segmentation asks only whether a sentence tells people being allocated (a counted group is checked apart), so a
# bare "at random" counts too: "were given one of the two creams at random" (but not a sample "picked at random").
_BY_CHANCE = (
    ALLOCATION_BY_CHANCE
    + r"|(?<!selected\s)(?<!chosen\s)(?<!sampled\s)(?<!drawn\s)(?<!picked\s)\bat\s+random\b(?!\s+from\b)"
)
_ASSIGNED_AT_RANDOM = re.compile(r"(?i)\brandomi[sz]ed\b|" + _BY_CHANCE)
_CHANCE_STEMS = Stems(CHANCE_STEMS)
# A counted group put into groups by chance, or given treatments in a random order, is a study being run, named or not:
# "Half of the 500 schoolchildren were picked at random to get free glasses"
_CHANCE_ALLOCATION = re.compile(r"(?i)\brandomi[sz]ed\b|" + ALLOCATION_BY_CHANCE)
_TRIAL_WORDS = re.compile(r"(?i)\b(?:trial|RCT)\b")
_OBSERVATIONAL_WORDS = re.compile(
    r"(?i)\b(?:cohort|survey|poll|questionnaire|registry|observational|case-control|cross-sectional|qualitative)\b"
)
# Research on other research: it recruits no one.
_REVIEW_WORDS = re.compile(r"(?i)\b(?:review|meta-?analysis)\b")
# A study's own name: "FASTFIX", "PRIMA-3", "BRUSH-UP" (capitals, digits and hyphens, three characters or more).
_STUDY_NAME = re.compile(r"\b[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*\b")
# A study named in title case as the subject of its own research: "The Tri-County Food and Health Study followed ..."
_TITLED_STUDY_DOING = re.compile(
    r"\b(?:The\s+)?(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:and|of|for|&|on)\s+)?){1,6}(?:Study|Trial|Survey|Cohort))"
    r"\s+(?:has\s+)?(?:followed|tracked|enrolled|recruited|included|involved|surveyed|monitored)\s+(?:more\s+than\s+"
    r"|over\s+|nearly\s+|almost\s+)?\d"
)


# People being allocated, not trials being counted ("identified eleven randomised controlled trials").
_ALLOCATED = re.compile(r"(?i)\b(?:were|was|been)\s+randomi[sz]ed\b|\brandomi[sz]ed\s+(?:them|\d)|" + _BY_CHANCE)
_WROTE_UP = re.compile(
    r"(?i)\b(?:wrote\s+up|described|reported\s+on)\s+(?:the\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+)?"
    r"(?:patients|people|cases)\b"
)
# People taken into a study: whatever its design, research of this kind is not a review.
_RECRUITED = re.compile(r"(?i)\b(?:recruited|enrolled|signed\s+up)\b")
_SURVEYED = re.compile(r"(?i)\b(?:surveyed|polled|interviewed|asked)\b")
_INTERVIEWED = re.compile(r"(?i)\binterviewed\b")
# Someone introduced with the survey they ran: "Halvard Securities, which surveyed 250 paediatricians"
_ORGANISATION_SURVEY = re.compile(r"(?i),\s+(?:which|who)\s+(?:had\s+)?(?:surveyed|polled|interviewed)\s+\D{0,12}\d")
# A team introduced, not referred back to: "Researchers in Scotland ...", "Researchers compared ...", "A team led by
# Dr X looked at ..." (but "The researchers compared ...")
_PLACED_TEAM = re.compile(
    r"(?:(?:[A-Z][\w,]*\s+){0,3}?(?:[Rr]esearchers|[Ss]cientists|[Ii]nvestigators)\s+(?:in|at|from)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+(?:of\s+)?){0,2}[A-Z]"
    # clinicians placed somewhere, writing up their patients: "Surgeons at the regional burns centre described 37"
    r"|(?:Doctors|Clinicians|Surgeons|Physicians|Dentists|Nurses)\s+(?:in|at|from)\s+(?:the\s+|a\s+)?"
    r"|(?:Researchers|Scientists|Investigators|(?:An?|One|Another)\s+(?:research\s+)?(?:team|group))\b(?!\s+of\b))"
)
# "2,104 people", "312 pregnant women", "fourteen rowers": a count of people (a sample, or a group of one)
_PEOPLE_COUNT = re.compile(
    # (not a prevalence: "up to 1 in 5 babies")
    r"(?i)(?<!\bin\s)\b(?:\d[\d,]*|" + _COUNT_WORD + r"(?:-[a-z]+)?)"
    # (not a population figure: "about 6 million adults in the UK still smoke")
    # ("26 of our volunteer counsellors": some of the outlet's own people)
    r"\s+(?!(?:million|billion|thousand|hundred|in\s+\d)\b)(?:of\s+(?:our|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
    # two kinds sharing the noun: "24 long-distance lorry and bus drivers"
    r"(?:(?:and|or)\s+[\w-]+\s+)?"
    # (an outlet's audience is no one's sample: "welcome to the 212 new readers who joined")
    r"(?!(?:read|subscrib|follow|listen|view|memb|support|donat)ers\b)"
    # (nor are things that end in -ers: "30 clusters of estates", "12 centers")
    r"(?!(?:clust|cent|met|lett|pap|numb|ord|quart|filt|lay|mark|chapt|regist|tow|comput|contain|fold|wat|lit)ers\b)"
    r"(?:" + plural_alternation() + r"|staff|colleagues|trainees|households|[a-z]+ers"
    r"|counsellors|counselors|mentors|tutors|instructors|supervisors|educators|visitors|donors"
    # ("1,200 five-year-olds", "300 12-year-olds")
    r"|" + AGED_PEOPLE + r""
    # ("500 schoolchildren", "40 fishermen")
    r"|[a-z]+(?:children|women|men)"
    # ("18 cyclists", "40 paediatricians"; not the professionals a body speaks for: "5,600 massage therapists")
    r"|(?!(?:therap|scient|special|journal|econom)ists\b)[a-z]+ists|(?!statisticians\b)[a-z]+ians"
    # any group described by its condition or age: "3,250 Muslims with diabetes", "812 Danes aged over 70"
    r"|[a-z]+s(?=\s+(?:with|aged|who)\b))\b"
)
_COUNT_STEMS = Stems(
    ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "teen", "ty", "hundred", "thousand", "eleven", "twelve")
)


def _counts_people(sentence: str) -> bool:
    return _COUNT_STEMS.found_in(sentence) and (
        _PEOPLE_COUNT.search(sentence) is not None or _COUNTED_IN_RECORDS.search(sentence) is not None
    )


# Members and customers counted as a study's people when their records are what is studied: "followed the anonymised
# workout logs of 9,412 members" (a club's "9,000 members" alone is no sample)
_COUNTED_IN_RECORDS = re.compile(
    r"(?i)\b(?:records|logs|data|accounts)\s+(?:of|from|on|for)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d[\d,]*\s+"
    r"(?:[\w-]+\s+){0,2}?(?:members|users|customers|subscribers|clients|players|account\s+holders)\b"
)


_TEAM_STEMS = Stems(
    (
        "researchers",
        "scientists",
        "investigators",
        "team",
        "group",
        "doctors",
        "clinicians",
        "surgeons",
        "physicians",
        "dentists",
        # an organisation only where it is placed: "A private clinic network in the Midlands compared ..."
        "clinic in",
        "clinic at",
        "clinic from",
        "hospital in",
        "hospital at",
        "hospital from",
        "network in",
        "network at",
        "network from",
        "practice in",
        "practice at",
        "practice from",
        "service in",
        "service at",
        "service from",
        "unit in",
        "unit at",
        "unit from",
        "department in",
        "department at",
        "department from",
        "charity in",
        "charity at",
        "charity from",
        "council in",
        "council at",
        "council from",
    )
)
# Every stem of the actions above as bits: bit i for action i, then the chance allocation and the placed team
_CHANCE_BIT = 1 << len(_RESEARCH_ACTIONS)
_TEAM_BIT = _CHANCE_BIT << 1


def _action_bits() -> dict[str, int]:
    bits: dict[str, int] = {}
    for i, (stems, _) in enumerate(_RESEARCH_ACTIONS):
        for stem in stems.stems:
            bits[stem] = bits.get(stem, 0) | 1 << i
    for stem in _CHANCE_STEMS.stems:
        bits[stem] = bits.get(stem, 0) | _CHANCE_BIT
    for stem in _TEAM_STEMS.stems:
        bits[stem] = bits.get(stem, 0) | _TEAM_BIT
    return bits


_ACTION_HINTS = HintBits(_action_bits())
_ACTION_STEMS = Stems(tuple(sorted(_action_bits())))
_PLACED_RESEARCHERS = re.compile(
    r"\b(?:[Rr]esearchers|[Ss]cientists|[Ii]nvestigators|(?<![Tt]he\s)(?:research\s+)?(?:team|group)"
    # clinicians looking at their own patients: "Doctors at Desert Mercy Medical Center went back through the charts"
    r"|[Dd]octors|[Cc]linicians|[Ss]urgeons|[Pp]hysicians|[Dd]entists"
    # an organisation placed somewhere: "A private clinic network in the Midlands compared patients who ..."
    r"|(?<![Tt]he\s)(?:clinic|hospital|network|practice|service|unit|department|charity|council))\s+(?:in|at|from)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?){0,2}[A-Z]"
)
_PLACED_TEAM_DOING = re.compile(
    _PLACED_RESEARCHERS.pattern
    + r"[^.;]{0,60}?\b(?:compared|followed|tracked|studied|surveyed|analy[sz]ed|examined|recruited|enrolled"
    r"|went\s+(?:back\s+)?through|looked\s+back|combed\s+through|described|wrote\s+up|reported\s+on)\b"
)
_SEPARATELY = re.compile(r"(?i)^(?:separately|meanwhile|elsewhere|in\s+a\s+separate\s+(?:study|analysis|paper)),")
_ENUMERATED = re.compile(r"(?i)^\W*(?:second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next|finally|lastly),")
# "At the senior center, 299 regular players took part in a 16-week program": a counted group joining something
_TOOK_PART = re.compile(
    r"(?i)\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:took\s+part|participated|enrolled|signed\s+up|volunteered)\b"
)
_TEASER_WORDS = 10
_NEW_STUDY = re.compile(r"(?i)\W*(?:now\s+)?an?\s+new\s+(?:[\w-]+\s+)?(?:study|trial|review|analysis|paper|survey)\b")
_BULLET_LINE = re.compile(r"[ \t]*[-•*·▪][ \t]+")
_QUOTED = re.compile(r"[\"“”]")  # a researcher quoted ("We surveyed 3,000 people," she said) speaks for the study
_QUESTION_SUBHEAD_CHARS = 120
# The outlet's own work, told after someone else's: "in our own nurse-led clinic, we followed 58 people"
_OWN_WORK = re.compile(
    r"(?i)\b(?:in|at|from)\s+our\s+own\b|\bwe\s+" + _WE_TREATED + r"|\bwe\s+" + _WE_ASKED_EVERY + r"\b"
    # "Last autumn we surveyed 3,406 Pantry Lane customers": the outlet's own poll, told in its own voice
    r"|(?<![\"“‘'])\bwe\s+(?:also\s+)?(?:surveyed|polled|asked|questioned)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?"
    r"\d[\d,]*\s"
)


def _unheard_name(
    sentence: str, mentions: list[StudyMention], body: list[Sentence], owner: list[int | None], i: int, current: int
) -> bool:
    """Whether a mention names a study ("The FIT-EAR trial") by a name the current study's sentences never used."""
    for mention in mentions:
        name = _STUDY_NAME.search(sentence, mention.start, mention.end)
        if name is not None and "RCT" not in name.group(0):
            return not any(owner[j] == current and name.group(0) in body[j].text for j in range(i))
    return False


def _unheard_title(sentence: str, body: list[Sentence], owner: list[int | None], i: int, current: int) -> bool:
    """Whether the sentence's titled study ("The Tri-County Food and Health Study") was never named by the current
    study's sentences."""
    name = _TITLED_STUDY_DOING.search(sentence).group("name")
    return not any(owner[j] == current and name in body[j].text for j in range(i))


def _named_elsewhere(sentence: str, body: list[Sentence], owner: list[int | None], i: int, current: int) -> bool:
    """Whether the sentence introduces a study by a name the current study's sentences never used."""
    found = _NAMED_ENROLMENT.search(sentence) if "which" in sentence else None
    if found is None:
        return False
    name = found.group("name")
    return not any(owner[j] == current and name in body[j].text for j in range(i))


_POOLED_RESEARCH = re.compile(r"(?i)\b(?:trials|studies|RCTs|papers|reviews)\b")
_TEAM_SUBJECT = re.compile(
    r"\W*(?:(?:An?|One|Another)\s+(?:second\s+|third\s+|separate\s+|different\s+|other\s+)?(?:research\s+)?(?:team|group)"
    r"\b(?!\s+of\b)"
    # "Researchers also examined 900 office workers": researchers as the subject, doing something to a counted group
    r"|(?:Researchers|Scientists|Investigators)\s+(?:also\s+|then\s+|later\s+|separately\s+)?[a-z]+ed\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+)?\d"
    # "Professor Tomasz Wielgosz's team reported ... on forty-two healthy volunteers"
    r"|(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?['’]s\s+(?:research\s+)?(?:team|group|lab)\b)"
)
# "Nineteen people who had had a stroke squeezed a bulb ...": a counted group as the sentence's subject
_COUNT_SUBJECT = re.compile(
    r"\W*(?:\d[\d,]*|"
    + _COUNT_WORD
    # (not a result: "33 of the 36 people had no crises")
    + r"(?:-[a-z]+)?|(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and\s+[a-z-]+)?)"
    r"\s+(?!(?:of|out|in)\b)",
    re.IGNORECASE,
)
_ALONGSIDE = re.compile(r"(?i)^\W*alongside\s+[^,.;]{1,60},")


_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:in|about|of|from|during|after|before|into|through|throughout|within|for|on|at|with)\s+$"
)


def _refs_as_objects(sentence: str, mentions: list[StudyMention]) -> bool:
    return all(_PREPOSITION_BEFORE.search(sentence, max(0, m.start - 12), m.start) for m in mentions)


def _research_done(sentence: str) -> str | None:
    """What kind of research a sentence shows being done, without naming it: allocation or a survey."""
    if _CHANCE_STEMS.found_in(sentence) and _ALLOCATED.search(sentence):
        return "trial"
    if _WROTE_UP.search(sentence):
        return "cases"  # a case series: told apart from a survey or a cohort before it
    if _COMPARED_GROUPS.search(sentence):
        return "observational"  # "compared 86 passengers who fell ill with 172 who stayed well"
    if _SURVEYED.search(sentence):
        # talking to a few people at length is not the survey that follows it: "I interviewed 19 of them ... When we
        # surveyed 212 neonatal nurses"
        return "interviews" if _INTERVIEWED.search(sentence) else "observational"
    if _EXAMINED.search(sentence):
        return "observational"  # "measured back pain among 356 cocoa workers", "checked the feet of 512 adults"
    return "people" if _RECRUITED.search(sentence) else None


# people examined where they are (not a treatment "tested in 1,200 adults", nor people "screened" for a trial)
_EXAMINED = re.compile(
    r"(?i)\b(?:(?:examined|checked)\s+(?:the\s+[\w-]+\s+of\s+)?|measured\s+[\w-]+(?:\s+[\w-]+)?\s+among\s+"
    r"|(?<=s\s)tested\s+)"
    r"(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d[\d,]*\s+[a-z]"
)


def _earlier_of_kind(sentence: str, mentions: list[StudyMention], blocks: list[_Open], current: int) -> int | None:
    """The earlier study that "the trial" (or "the survey") names when the one under discussion is of another kind."""
    said = {_research_of(sentence[m.start : m.end]) for m in mentions} - {None}
    if len(said) != 1 or blocks[current].research is None or blocks[current].research in said:
        return None
    # "Without the retracted trial, the benefit shrank": a study left out of the one under discussion
    if all(_LEFT_OUT_BEFORE.search(sentence, max(0, m.start - 14), m.start) for m in mentions):
        return None
    # the latest study of that kind, whichever side of the current one it was introduced
    for number in range(len(blocks) - 1, -1, -1):
        if number != current and blocks[number].research in said:
            return number
    return None


_LEFT_OUT_BEFORE = re.compile(r"(?i)\b(?:without|excluding|minus|besides|apart\s+from|except(?:\s+for)?)\s+$")


# Words a mention's phrase has besides its determiner and noun that do not tell one study from another
_PLAIN_WORDS = frozenset(
    """a an the this that these those its their our his her my your one new same main whole latest recent study
    studies trial trials review survey poll experiment pilot analysis meta-analysis paper research report""".split()
)


def _qualifiers(sentence: str, mentions: list[StudyMention]) -> frozenset[str]:
    words: set[str] = set()
    for mention in mentions:
        words.update(w for w in re.findall(r"[a-z][a-z-]+", sentence[mention.start : mention.end].lower()))
    return frozenset(words - _PLAIN_WORDS)


def _qualified_block(sentence: str, mentions: list[StudyMention], blocks: list[_Open]) -> int | None:
    """The one study whose first mention had every word that sets this mention apart, if there is exactly one."""
    words = _qualifiers(sentence, mentions)
    if not words:
        return None
    matching = [number for number, block in enumerate(blocks) if words <= block.qualifiers]
    return matching[0] if len(matching) == 1 else None


def _research_of(phrase: str) -> str | None:
    if _REVIEW_WORDS.search(phrase):
        return "review"
    if _OBSERVATIONAL_WORDS.search(phrase):
        return "observational"
    return "trial" if _TRIAL_WORDS.search(phrase) else None


_ITEM_NUMBER = re.compile(r"^\W*(?:\d{1,2}[.)]|\(?[a-h]\))\s+")
_ITEM_TAIL = re.compile(r"\s*(?:\(\s*(?:19|20)\d\d\s*\))?\s*[.:]?\s*$")


def _opens_with_new(mentions: list[StudyMention]) -> bool:
    return any(m.kind == "new" and m.start <= 2 for m in mentions)


def _names_only(sentence: str, mentions: list[StudyMention]) -> bool:
    """A list item that is nothing but one study's name, perhaps with its year: "2. The 2022 meta-analysis."."""
    if len(mentions) != 1:
        return False
    number = _ITEM_NUMBER.match(sentence)
    tail = _ITEM_TAIL.search(sentence)
    return bool(number and tail) and (number.end(), tail.start()) == (mentions[0].start, mentions[0].end)


def _names_other_research(sentence: str, mentions: list[StudyMention], block: _Open) -> bool:
    """A named trial in a section about a cohort or survey (or the other way round) is another study.

    Only a name counts: lay articles call one study "the study" and "the trial" in turn.
    """
    for mention in mentions:
        phrase = sentence[mention.start : mention.end]
        if mention.kind != "ref" or not _STUDY_NAME.search(phrase) or "RCT" in phrase.split():
            continue
        research = _research_of(phrase)
        if research is not None and block.research is not None and research != block.research:
            return True
    return False


def _heads_other_research(sentence: str, mentions: list[StudyMention], blocks: list[_Open]) -> bool:
    """A heading that names research of a kind no study so far has been ("Your donor survey results")."""
    said = {_research_of(sentence[m.start : m.end]) for m in mentions} - {None}
    return len(said) == 1 and not any(block.research in said for block in blocks)


def _headline_style(sentence: str, mentions: list[StudyMention]) -> bool:
    """A line that names its study headline-fashion, with no article: "Trial across 30 clusters adds weight to ..."."""
    return any(
        m.kind == "new" and m.start == 0 and sentence[: m.end].split()[0].lower() not in _ARTICLES for m in mentions
    )


_ARTICLES = frozenset({"a", "an", "one", "the", "this", "that", "its", "their", "our", "my", "your", "his", "her"})


def _names_a_trial(sentence: str, mentions: list[StudyMention]) -> bool:
    return any(_research_of(sentence[m.start : m.end]) == "trial" for m in mentions)


def _introduces_other_research(
    sentence: str, mentions: list[StudyMention], block: _Open, counted: Callable[[], bool]
) -> bool:
    """A study introduced as new ("a survey", "a large Cochrane review") that is research of another kind than the
    one under discussion is another study: the same study is not first a trial and then a survey."""
    for mention in mentions:
        if mention.kind == "new":
            research = _research_of(sentence[mention.start : mention.end])
            # (a study whose kind was never said but whose sample was: "results for 57 children", then "a trial")
            if research is not None and research != block.research and (block.research is not None or counted()):
                return True
    return False


def _take_leadin(
    text: str,
    body: list[Sentence],
    owner: list[int | None],
    mentioned: list[bool],
    new: int,
    section_start: int,
    i: int,
) -> None:
    """A section heading and the lead-in of the paragraph that introduces a study belong to that study; under a
    numbered heading, the whole item up to it does ("2. A course run here / ... Sixty-four adults started ...
    There was no comparison group")."""
    numbered = _NUMBERED_LINE.match(_line_text(text, body[section_start])) is not None
    if i - section_start > (_MAX_NUMBERED_LEADIN if numbered else _MAX_LEADIN) or any(mentioned[section_start:i]):
        return
    paragraph = _line_start(text, body[i].start)
    for j in range(section_start, i):
        if not (numbered or _line_of(text, body[j]).heading or _line_start(text, body[j].start) == paragraph):
            return
    for j in range(section_start, i):
        owner[j] = new


def _citation_on_line(text: str, sentence: Sentence, citations: list[Citation]) -> int | None:
    """The citation whose reference entry is printed on this sentence's line, if any."""
    start = _line_start(text, sentence.start)
    end = text.find("\n", sentence.end)
    end = len(text) if end < 0 else end
    for number, citation in enumerate(citations):
        evidence = citation.evidence
        if evidence is not None and start <= evidence.start < end:
            return number
    return None


_MIN_PROSE_WORDS = 8


def _body_after_references(sentences: list[Sentence], resume_at: int | None) -> list[Sentence]:
    """The sentences after a mid-article reference list, when a counted study is introduced there in prose (not the
    footer or a related-links teaser, which follow most lists)."""
    if resume_at is None:
        return []
    tail = [s for s in sentences if s.start >= resume_at]
    for sentence in tail:
        prose = sentence.text.rstrip().endswith(".") and len(sentence.text.split()) >= _MIN_PROSE_WORDS
        if (
            prose
            and _counts_people(sentence.text)
            and (
                any(m.kind in ("new", "distinct") for m in find_study_mentions(sentence.text))
                # "Researchers interviewed twenty-two women who raise poultry": research named by what was done
                or (_RESEARCHERS_DID.match(sentence.text) is not None and _has_research_action(sentence.text))
            )
        ):
            return tail
    return []


# Words that set research apart from the study just told: "Researchers also examined 900 office workers",
# "In Norway, meanwhile, ...", "A second team tracked ..."
_ELSEWHERE = re.compile(
    r"(?i)\b(?:also|meanwhile|separately|elsewhere|another|second|third|other|earlier|previously|later|too"
    # "Closer to home, surgeons at a Lviv hospital looked back at ...": research done here, after research abroad
    r"|(?:closer|nearer)\s+to\s+home)\b"
    r"|\b(?:researchers|scientists|investigators|doctors|team)\s+(?:in|at|from)\s+(?:the\s+)?(?-i:[A-Z])"
)
# "Other work has followed 2,000 people", "Earlier research tracked ...": research set apart from the study at hand
_OTHER_WORK = re.compile(
    r"(?i)\W*(?:other|earlier|previous|separate|related|older|more\s+recent)\s+(?:work|research)\b"
)
_COUNT_DIGITS = re.compile(r"\d[\d,]*")


_REPORTED = re.compile(
    r"(?i)\b(?:found|showed|finds|suggested|reported|concluded|linked|tracked|followed|enrolled|recruited|compared"
    r"|looked\s+(?:back\s+)?at|involved|included|studied|surveyed|asked|assigned|allocated|randomi[sz]ed|split|divided|examined"
    r"|measured|tested|interview(?:s|ed)|held|signed\s+up|reviewed|analy[sz]ed|(?:went|looked|combed|searched|trawled)\s+"
    r"(?:back\s+)?through)\b"
)
# A sentence whose subject is researchers: "Researchers interviewed ...", "A team at the university followed ..."
_RESEARCHERS_DID = re.compile(
    r"(?i)^\W*(?:(?:the|a|an|another|other)\s+)?(?:[\w-]+\s+){0,2}?(?:researchers|scientists|investigators|team)\b"
)
# Research by other people than the study's: "A second team compared ...", "Another research group followed ..."
_ANOTHER_TEAM = re.compile(
    r"(?i)^\W*(?:(?:a|the)\s+(?:second|third|fourth|different|separate|rival)|another)\s+(?:research\s+)?"
    r"(?:team|group\s+of\s+(?:researchers|scientists|doctors)|set\s+of\s+researchers)\b"
)
_ROUGHLY = re.compile(r"(?i)\b(?:about|around|some|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least)\s+$")


def _answered_anew(sentence: str, told: list[str]) -> bool:
    """Whether the sentence counts those who answered the outlet's own questionnaire by a number not told before."""
    if "who" not in sentence:
        return False
    answered = _ANSWERED_OUR_SURVEY.search(sentence)
    return answered is not None and not any(answered.group("count") in text for text in told)


def _counts_new_people(sentence: str, told: list[str]) -> bool:
    """Whether the sentence reports research on a group counted exactly by a number the study's sentences so far
    never gave ("A study of 10,000 Swedish twins found ...", not "a proper trial with about 150 people" to come)."""
    if not _counts_people(sentence) or not _REPORTED.search(sentence):
        return False
    counts = [
        m.group(0)
        for pattern in (_PEOPLE_COUNT, _COUNTED_IN_RECORDS)
        for m in pattern.finditer(sentence)
        if not _ROUGHLY.search(sentence, max(0, m.start() - 12), m.start())
    ]
    # (a count in words is its own key: "Forty-three people signed up")
    numbers = [d.group(0) if d else count.split()[0].lower() for count in counts for d in [_COUNT_DIGITS.search(count)]]
    return bool(numbers) and not any(number in text or number in text.lower() for number in numbers for text in told)


def _has_research_action(sentence: str) -> bool:
    # Most sentences hold none of the actions' stems: one plain search says so; for the rest, one pass finds which.
    lowered = sentence.lower()
    if not _ACTION_STEMS.found_in_lowercase(lowered):
        return False
    found = _ACTION_HINTS.found_in_lowercase(lowered)
    if any(found >> i & 1 and pattern.search(sentence) for i, (_, pattern) in enumerate(_RESEARCH_ACTIONS)):
        return True
    if found & _CHANCE_BIT and _CHANCE_ALLOCATION.search(sentence) and _counts_people(sentence):
        return True
    # "Researchers in the north of England put thermometers in the bedrooms of 3,827 people": a team placed
    # somewhere, doing anything to a counted group
    # "One team filmed 150 people using their own spray": a team introduced as the subject, with its counted group
    if not found & _TEAM_BIT:
        return False
    # "Researchers at a London eye hospital compared lens wearers who ...": a placed team doing research, whose
    # count may come in the next sentence
    if _PLACED_RESEARCHERS.search(sentence) is not None and _PLACED_TEAM_DOING.search(sentence) is not None:
        return True
    return (
        _PLACED_RESEARCHERS.search(sentence) is not None or _TEAM_SUBJECT.match(sentence) is not None
    ) and _counts_people(sentence)


def _is_reference_like(line: str) -> bool:
    if not any(mark in line for mark in (";", ":", "(", "PMID")):
        return False
    if not (_REFERENCE_MARKS.search(line) or _AUTHOR_YEAR_START.match(line)):
        return False
    if _AUTHOR_LIST_START.match(line):
        return True  # "Takahashi, R. et al. Sublingual grass pollen ... trial. Lancet Respir. Med. 14, 388–397 (2026)."
    # A paragraph of the report that ends with a link to its paper ("... (read the earlier study: https://doi.org/...)")
    # is still prose: its study mentions count.
    words = _PROSE_WORD.findall(LINKED_DOI.sub(" ", line))
    lowercase = sum(w[0].islower() for w in words)
    if len(words) < _PROSE_MIN_WORDS and _PROSE_VERB.search(line) and lowercase > 0.7 * len(words) >= 8:
        # "... did not reduce colds. The cluster trial involved 31 schools and 4,406 pupils. Doi: 10.5555/...": a
        # digest's short paragraph, told in sentences with verbs, that ends with its paper's identifier
        return False
    return len(words) < _PROSE_MIN_WORDS or lowercase <= 0.6 * len(words)


_PROSE_VERB = re.compile(r"\b(?:did|was|were|found|showed|involved|enrolled|followed|reduced|cut|took|had|said)\s")
_THE_PARTICIPANTS = re.compile(
    r"(?i)\W*(?:the|these|those|all\s+the)\s+(?:\d[\d,]*\s+)?(?:participants|volunteers|patients|people|children|women|men"
    r"|adults|pupils|students|nurses|workers|babies|infants|residents)\b|\W*they\s+were\b"
)
_THE_STUDY_HEADING = re.compile(
    r"(?i)[#*_\s]*(?:the|about\s+the|inside\s+the|our|this)\s+(?:main\s+|new\s+|full\s+)?(?:study|trial|research)"
    r"[\s:.*_]*"
)


_COUNT = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\b")


def _restates_a_count(sentence: str, told: list[str]) -> bool:
    """Whether a number of the sentence was already given in the study's earlier sentences."""
    earlier = " ".join(told)
    return any(re.search(rf"(?<![\d,.]){re.escape(m.group(0))}(?![\d,])", earlier) for m in _COUNT.finditer(sentence))


def _not_started(sentences: list[Sentence]) -> bool:
    """ "A pilot trial of a quit programme. We hope to start recruiting 120 students next year": research still to
    begin, said before anything was done in it ("A larger trial will start recruiting next year" after a study's
    results is another study's plan)."""
    for number, sentence in enumerate(sentences):
        lowered = sentence.text.lower()
        # (the plan is found first: most blocks never speak of recruiting, and then no verb need be read)
        if ("recruit" in lowered or "enrol" in lowered) and _NOT_STARTED.search(sentence.text):
            return not any(_DONE.search(earlier.text) for earlier in sentences[:number])
    return False


def _main_block(blocks: list[_Open]) -> int:
    """The latest study not introduced in passing: the one the article returns to."""
    for number in range(len(blocks) - 1, -1, -1):
        if not blocks[number].passing:
            return number
    return len(blocks) - 1


def _line_text(text: str, sentence: Sentence) -> str:
    start = _line_start(text, sentence.start)
    end = text.find("\n", sentence.end)
    return text[start : len(text) if end < 0 else end]


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _line_of(text: str, sentence: Sentence) -> _Line:
    line = _line_text(text, sentence).strip()
    words = line.split()
    numbered = bool(_NUMBERED_LINE.match(line))
    # Numbered section titles run longer than plain ones ("2. Which exercise works best? A network meta-analysis").
    limit = _MAX_HEADING_WORDS + (6 if numbered else 0)
    heading = bool(words) and len(words) <= limit and not line.endswith((".", "!", ".”", '."', ";", ","))
    # "Reference: Morea, J., Tau, P. and Ainui, R. (2026) 'Warm perineal compresses ...'", "Full reference: ...": a
    # reference line of any length, under any label that calls it one
    labelled_reference = (
        ":" in line[:40]
        and _REFERENCE_LABEL.match(line) is not None
        and is_reference_like(line[line.index(":") + 1 :], strong=True)
    )
    closing = labelled_reference or (
        bool(_CLOSING_LINE.match(line)) and (heading or len(words) <= 30 or line.startswith("About"))
    )
    return _Line(
        heading=heading,
        numbered=numbered,
        closing=closing,
        reference=_is_reference_like(line),
    )
