"""Time-unit words to the singular units of the model, and the idioms that carry their own value.

Decades and centuries are left out on purpose: lay articles use them for vague history ("after
decades of research", "over the past two decades"), not for a study's stated span.
"""

from __future__ import annotations

import re

UNIT_FORMS = {
    "minute": ("minutes", "minute", "mins", "min"),
    "hour": ("hours", "hour", "hrs", "hr"),
    "day": ("days", "day"),
    "week": ("weeks", "week", "wks", "wk"),
    "month": ("months", "month", "mos", "mo"),
    "year": ("years", "year", "yrs", "yr"),
}
_CANONICAL = {form: unit for unit, forms in UNIT_FORMS.items() for form in forms}

UNIT_PATTERN = "|".join(sorted(_CANONICAL, key=len, reverse=True))

# Units short enough to be the length of one sitting; longer ones describe periods.
SESSION_UNITS = frozenset({"minute", "hour"})

# Spelled idioms whose value is implicit: (pattern, value, unit).
IDIOMS: tuple[tuple[str, float, str], ...] = (
    (r"half[-\s]an[-\s]hour|half[-\s]hour", 30, "minute"),
    (r"an\s+hour\s+and\s+a\s+half|hour[-\s]and[-\s]a[-\s]half", 90, "minute"),
    (r"three[-\s]quarters\s+of\s+an\s+hour", 45, "minute"),
    (r"(?:a\s+)?quarter\s+of\s+an\s+hour|quarter[-\s]hour", 15, "minute"),
    # "a year and a half later", "a month and a half of treatment"
    (r"a\s+year\s+and\s+a\s+half", 1.5, "year"),
    (r"a\s+month\s+and\s+a\s+half", 1.5, "month"),
    (r"a\s+week\s+and\s+a\s+half", 1.5, "week"),
    (r"a\s+day\s+and\s+a\s+half", 1.5, "day"),
    (r"hour[-\s]long|an\s+hour", 1, "hour"),
    (r"day[-\s]long", 1, "day"),
    (r"week[-\s]long", 1, "week"),
    (r"month[-\s]long", 1, "month"),
    (r"year[-\s]long", 1, "year"),
    # "a fortnight on each diet", "a fortnight-long course": two weeks, as British articles write it
    (r"(?:a|one)\s+fortnight|fortnight[-\s]long", 2, "week"),
)


def canonical_unit(word: str) -> str | None:
    """'Weeks' -> 'week', 'hrs' -> 'hour'; None for anything that is not a time unit."""
    return _CANONICAL.get(word.lower().rstrip("."))


def compile_idioms(flags: int = re.IGNORECASE) -> tuple[re.Pattern, dict[str, tuple[float, str]]]:
    """One pattern for all idioms (group name -> (value, unit)): one scan instead of one per idiom."""
    groups = {f"idiom{i}": (value, unit) for i, (_, value, unit) in enumerate(IDIOMS)}
    alternatives = "|".join(f"(?P<idiom{i}>{pattern})" for i, (pattern, _, _) in enumerate(IDIOMS))
    return re.compile(r"\b(?:" + alternatives + r")\b", flags), groups
