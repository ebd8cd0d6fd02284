"""Print rows as an aligned plain-text table."""

from __future__ import annotations

import sys
from collections.abc import Sequence

MAX_CELL = 60


def format_table(names: Sequence[str], rows: Sequence[Sequence]) -> str:
    def cell(value) -> str:
        text = "NULL" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines)


def print_table(names: Sequence[str], rows: Sequence[Sequence], out=None) -> None:
    print(format_table(names, rows), file=out or sys.stdout)
