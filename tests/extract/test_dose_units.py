"""Dose amounts: which spellings count as a dose, and which numbers do not."""

from __future__ import annotations

import re

import pytest

from pipelines.extract.dose_units import DOSE_AMOUNT, SPELLED_DOSE_AMOUNT

_DOSE = re.compile(rf"(?i)^{DOSE_AMOUNT}$")
_SPELLED_DOSE = re.compile(rf"(?i)^{SPELLED_DOSE_AMOUNT}$")


@pytest.mark.parametrize("text", ["20 mg", "62.5mg", "1000 IU", "5 mcg", "10 µg", "2 g", "3 ml", "40 units", "1 unit"])
def test_abbreviated_doses_are_doses_in_both_spellings(text: str) -> None:
    assert _DOSE.match(text)
    assert _SPELLED_DOSE.match(text)


@pytest.mark.parametrize("text", ["62.5 micrograms", "20 milligrams", "2 grams", "1 gram"])
def test_spelled_units_are_doses_only_where_running_text_is_read(text: str) -> None:
    assert _SPELLED_DOSE.match(text)
    assert not _DOSE.match(text)


@pytest.mark.parametrize("text", ["20 weeks", "380 adults", "30 minutes", "mg", "12 %", "5 kg"])
def test_other_quantities_are_not_doses(text: str) -> None:
    assert not _DOSE.match(text)
    assert not _SPELLED_DOSE.match(text)
