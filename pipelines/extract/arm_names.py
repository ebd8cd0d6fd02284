"""A bare object noun as an arm ("kit", "bottle", "workshop") takes the word the article names it by elsewhere.

Lay articles introduce a treatment once in full ("a home self-sampling kit", "Smart water bottles cut ...") and
then say "women sent a kit" or "a bottle that pairs with a phone app". The sentence that sets up the groups is
often the short one, and "kit" alone tells a reader nothing. A name is widened only when its one word is a made
thing or a service, never a substance or an activity ("zinc", "massage"), which names a treatment whole.
"""

from __future__ import annotations

import re
from collections import Counter

# Singular forms. Things handed to people or fitted on them, and services or courses given to them.
_OBJECT_HEADS = frozenset(
    """kit bottle app device headset vest blanket glove sock band bracelet watch tracker sensor monitor cuff mask
    pillow mattress insole brace splint patch spray gel cream lozenge capsule tablet pill inhaler pen pump lamp light
    glasses lens helmet chair desk toothbrush uniform suit garment shoe boot exoskeleton robot game voucher booklet
    leaflet letter text message call visit workshop class course programme program service scheme session package
    checklist diary planner website platform portal tool toolkit dressing bandage stocking collar belt implant
    injection vaccine supplement drink bar snack meal""".split()
)
# Words before the noun that describe one kit rather than say what it is, or turn it into a control.
_NOT_A_NAME = frozenset(
    """same other new own first second third last next single simple small large big special little whole entire
    extra free usual different similar each every any some more most less such this that these those their its his
    her our your my one two three four five six seven eight nine ten real sham dummy fake placebo inactive identical
    matching active standard regular ordinary normal control study trial research actual separate further
    additional individual personal basic plain short long the a an to of in on at by with for from and or as""".split()
)
# A name is taken where it stands as a noun phrase: after a determiner, a preposition, a verb of giving or
# using, or a line's start.
_BEFORE = (
    r"(?:^|(?<![\w-])(?:a|an|the|their|its|his|her|our|your|with|of|for|by|on|to|from|and|or|use|used|using|"
    r"given|received|receiving|got|wore|worn|wearing|offered|sent|took|taking)\s+)"
)
_MODIFIER = r"([A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)*)"


def fuller_name(text: str, name: str) -> str:
    """ "kit" -> "self-sampling kit" when the article calls it that; any other name unchanged."""
    if " " in name or _singular(name) not in _OBJECT_HEADS:
        return name
    head = re.escape(_singular(name))
    # (the head in any case: a headline writes "Smart Water Bottles")
    # (the nearest of up to two words before the noun: "a home self-sampling kit" is a "self-sampling kit")
    pattern = re.compile(rf"(?im){_BEFORE}(?:[A-Za-z][\w-]*\s+)?{_MODIFIER}\s+(?:{head}|{head}s|{head}es)(?![\w-])")
    found = Counter(modifier.lower() for modifier in pattern.findall(text) if _names_a_kind(modifier.lower()))
    if not found:
        return name
    best = max(found.values())
    modifier = next(word for word in found if found[word] == best)  # (Counter keeps first-seen order)
    return f"{modifier} {name}"


# "a two-hour workshop", "a six-week course": a schedule, not a kind of workshop
_SCHEDULE = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|single|multi)-|"
    r"-(?:minute|hour|day|night|week|month|year|session)s?$"
)


def _names_a_kind(modifier: str) -> bool:
    return modifier not in _NOT_A_NAME and not modifier.endswith("ly") and _SCHEDULE.search(modifier) is None


def _singular(word: str) -> str:
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
