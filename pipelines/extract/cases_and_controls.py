"""Cases and controls counted side by side ("412 with Lyme disease and 1,236 without"): the shape of a
case-control study, read by segmentation (a study starts here) and by design (which kind it is)."""

from __future__ import annotations

CASES_AND_CONTROLS = (
    r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?with\s+[^.;,():]{3,60}?\s+and\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}?without\b"
    r"(?!\s+(?:any\s+)?(?:help|support|treatment|a\s+placebo|the\s+(?:drug|app|programme|program)))"
)
