"""How articles print a DOI: the identifier, and the link or label that may stand before it.

One definition serves the reference parser, the reference-list finder, segmentation and inline mentions.
"""

from __future__ import annotations

import re

IDENTIFIER = r"10\.\d{4,9}/[^\s\"<>]+"
# "https://doi.org/", "http://dx.doi.org/", "www.doi.org/"
URL = r"(?:https?://)?(?:dx\.|www\.)?doi\.org/"
# A resolver link or a label: "https://doi.org/", "doi:", "DOI "
LINK = rf"(?:{URL}|\bdoi\s*:?\s*)"

DOI = re.compile(rf"\b({IDENTIFIER})")
# A DOI with or without its link, the identifier in group 1
ANY_DOI = re.compile(rf"(?i){LINK}?\b({IDENTIFIER})")
# A DOI printed as a link or after a label, the identifier in group 1: "[Title](https://doi.org/10...)"
LINKED_DOI = re.compile(rf"(?i){LINK}({IDENTIFIER})")


def clean_doi(identifier: str) -> str:
    """The identifier without the punctuation of the sentence around it ("... 10.1/abc).", "10.1/x;")."""
    value = identifier.rstrip(".,;:]")
    while value.endswith(")") and value.count(")") > value.count("("):
        value = value[:-1]
    return value.rstrip(".,;:")
