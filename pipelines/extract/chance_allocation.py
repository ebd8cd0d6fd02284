"""Allocation by chance in lay words, as one pattern that the design classifier and study segmentation both read.

"Randomised" names the method; lay articles more often tell it: "put into two groups by chance", "names drawn
from a hat", "a computer decided who would get the drug", "in a random order". A group picked at random *from*
somewhere is a sample, not an allocation ("controls picked at random from the electoral roll"), and chance
alone is no allocation ("I met 300 nurses by chance at a conference").
"""

from __future__ import annotations

_PLACED = r"(?:assigned|allocated|split|divided|placed|put|sorted|decided|determined|given)"
# (picked or chosen at random is how samples are drawn; picked by lottery is how places are handed out)
_VERB = r"(?:assigned|allocated|split|divided|placed|put|sorted|chosen|picked|selected|decided|determined|given)"

ALLOCATION_BY_CHANCE = (
    r"\brandomly\s+(?:assigned|allocated|split|divided|placed|put|given(?!\s+(?:an?\s+)?(?:questionnaires?|surveys?|numbers?|codes?|forms?)\b)"
    # "randomly gave half the real manoeuvre and half a fake one"
    r"|gave\s+(?=half\b|some\b|one\s+group\b|each\b)"
    # "Twenty schools were randomly chosen to get the new lunches"
    r"|(?:chosen|picked|selected)\s+to\s+(?:receive|get|have|take|use|try|join|start|be\s+given|follow|wear))\b"
    # "Volunteers were assigned, at random, to ...", "split at random" (not "selected at random from the roll")
    + rf"|\b{_PLACED}[\s,]+(?:\w+[\s,]+){{0,3}}?at\s+random\b(?!\s+from\b)"
    + r"|\b(?:picked|chosen|selected)\s+at\s+random\s+to\s+(?:take|receive|get|be\s+given|use|try|have|follow|join"
    r"|wear)\b"
    # "Half of them, picked at random, put two fingers on the device": a share of the group picked by chance
    r"|\bhalf\s+(?:of\s+)?(?:them|the\s+[\w-]+(?:\s+[\w-]+)?)\s*,?\s+(?:picked|chosen|selected)\s+at\s+random\b"
    # "put into two groups by chance", "chosen by lottery", "allocated by the toss of a coin", "by a computerised draw"
    # ("divided in two groups by a public lottery": the lottery may be described)
     + rf"|\b{_VERB}[\s,]+(?:[\w,]+\s+){{0,4}}?by\s+(?:(?:a|the)\s+(?:[\w-]+\s+)?(?=lottery\b|draw\b|ballot\b))?"
    r"(?:chance|lottery|lot|ballot|drawing\s+lots"
    r"|(?:the\s+)?(?:toss|flip)\s+of\s+an?\s+(?:[\w-]+\s+)?coin|(?:an?\s+)?coin\s+(?:toss|flip)"
    r"|(?:an?\s+)?(?:computeri[sz]ed\s+|computer\s+)?draw"
    # "split into two groups by a computer"
    r"|(?:a\s+)?computer(?:\s+program(?:me)?)?)\b"
    r"|\bby\s+(?:the\s+)?(?:toss|flip)\s+of\s+an?\s+(?:[\w-]+\s+)?coin\b"
    r"|\b(?:coin\s+toss|toss\s+of\s+a\s+coin)\s+(?:decided|determined|settled)\b"
    # "Allocation was by coin toss", "assignment was made by drawing lots", "they tossed a coin to decide"
    r"|\b(?:allocation|assignment)\s+(?:was\s+)?(?:(?:made|done|decided)\s+)?(?:by|through|using|with)\s+(?:a\s+|the\s+)?"
    r"(?:coin\s+(?:toss|flip)|(?:toss|flip)\s+of\s+a\s+coin|lottery|lot|ballot|(?:computeri[sz]ed\s+)?draw|drawing\s+lots"
    r"|computer)\b"
    r"|\b(?:tossed|flipped|tossing|flipping)\s+an?\s+(?:[\w-]+\s+)?coin\s+(?:to\s+(?:decide|choose|pick|see)|for\s+each)\b"
    # "picked out of a hat", "entered into a lottery", "drawing names", "pulled straws"
    r"|\b(?:out\s+of|from|(?:put|placed)\s+(?:in|into))\s+a\s+hat\b|\b(?:entered|put|into|by|in)\s+(?:into\s+)?a\s+(?:lottery|ballot)\b"
    r"|\b(?:entered|put)\s+into\s+a\s+draw\b"
    r"|\b(?:drawing|drew|pulling|pulled)\s+(?:names|lots|numbers|straws)\b"
    r"|\b(?:allocated|assigned|randomi[sz]ed|split)\s+by\s+(?:a\s+)?computer\b"
    # concealed allocation: "allocated them by sealed, randomly ordered envelopes", "opaque envelopes decided"
    r"|\b(?:allocated|assigned|divided|split|put)\b[^.;]{0,60}?\b(?:sealed|opaque|numbered)\b[^.;]{0,30}?\benvelopes?\b"
    # ("A sealed envelope, opened in front of the parents, decided whether ...")
    r"|\b(?:sealed|opaque)\s+envelopes?(?:,[^,.;]{1,60},)?\s+(?:decided|determined|said)\b"
    # "A computer decided, at random, which group each child joined"
    r"|\bat\s+random,?\s+(?:which|who|whether)\s+(?:\w+\s+){0,3}?(?:group|arm|treatment|got|received|would)\b"
    # "A separate Dutch trial gave 620 adults a free bike or nothing, at random."
    r"|,\s+(?:allocated\s+|assigned\s+|chosen\s+|decided\s+)?at\s+random\s*[.;]"
    # a crossover: "each rode their usual saddle for 4 weeks and a noseless one for 4 weeks, in random order"
    r"|\bin\s+(?:a\s+)?random(?:i[sz]ed)?\s+order\b"
    # "used a random number list to put them into one of three groups", "a computer decided who would ..."
    r"|\brandom[- ]number\s+(?:list|table|generator|sequence)\b"
    r"|\bcomputer\s+(?:decided|picked|chose|deciding|picking|choosing)\s+(?:who|which|whether)\b"
    # "A computer split them into two equal groups", "A computer assigned 182 of them to the sensor mattress"
    r"|\bcomputer\s+(?:then\s+)?(?:split|divided|assigned|allocated|put|sorted|placed)\s+(?:them|the|each|half|everyone"
    r"|those|these|\d)(?=[^.;]{0,40}?\b(?:into|to|between)\b)"
    # within one person: "for each walker, a computer chose one foot to have a strip of tape"
    r"|\bcomputer\s+(?:randomly\s+)?(?:chose|picked|selected)\s+(?:one|a|the)\s+(?:foot|side|arm|leg|eye|hand|knee"
    r"|cheek|ear|tooth|half)\b"
    # "with the order drawn by lot", "the order decided by a coin toss"
    r"|\border\s+(?:was\s+)?(?:drawn|decided|chosen|set|settled|picked)\s+(?:by\s+(?:lot|lottery|chance"
    r"|(?:an?\s+)?(?:random\s+)?(?:coin|draw))|at\s+random)\b"
)
# Each alternative above holds one of these (lowercase): a cheap substring test decides whether the pattern runs.
CHANCE_STEMS: tuple[str, ...] = (
    "random",
    "chance",
    "lotter",
    "lots",
    "by lot",
    "coin",
    "ballot",
    "a hat",
    "computer",
    "draw",
    "drew",
    "pull",
    "envelope",
)
