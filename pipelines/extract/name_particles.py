"""The small words inside family names ("van der Berg", "de la Cruz", "binti Kamaruddin"), shared by the reference
parser and the reader of lead authors named in prose."""

from __future__ import annotations

PARTICLES = frozenset("van von de der den di da du del della dos das le la ter ten al st bin binti bint ibn".split())
# A patronymic marker: "Nurul Aisyah binti Kamaruddin" is cited by the name after it alone.
PATRONYMICS = frozenset({"bin", "binti", "bint", "ibn"})
# The particles as a regex alternation, longest first.
PARTICLE_PATTERN = "(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")"
# Given names that often come second in a Spanish or Portuguese compound given name ("Ana Sofía Treviño", "Juan
# Carlos Pérez"): before a single family name they are not the first of two family names.
SECOND_GIVEN_NAMES = frozenset(
    "maría maria josé jose sofía sofia luisa isabel elena carmen teresa paula fernanda eugenia victoria andrea beatriz"
    " cristina pilar lucía lucia laura inés ines rosa clara marta ana luis carlos antonio manuel miguel ángel angel"
    " juan pablo eduardo francisco javier alejandro alberto andrés andres ignacio josefina gabriela valentina"
    " camila daniela mercedes dolores".split()
)
