"""Dose amounts ("20 mg", "62.5 micrograms"): one spelling of the units for every rule that steps over a dose."""

from __future__ import annotations

# Abbreviations only, as titles and drug names print them ("Spironolactone 50 mg").
DOSE_UNIT_PATTERN = r"mg|g|mcg|µg|ml|iu|units?"
# Running text also spells the unit out ("acetazolamide 62.5 milligrams").
SPELLED_DOSE_UNIT_PATTERN = r"mg|g|mcg|µg|micrograms?|milligrams?|grams?|ml|iu|units?"

DOSE_AMOUNT = rf"\d+(?:\.\d+)?\s*(?:{DOSE_UNIT_PATTERN})"
SPELLED_DOSE_AMOUNT = rf"\d+(?:\.\d+)?\s*(?:{SPELLED_DOSE_UNIT_PATTERN})"
