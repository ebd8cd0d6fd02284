"""YAML (---) or TOML (+++) front matter at the top of a Markdown file: removed, its title kept."""

from __future__ import annotations

import re

_TITLE = re.compile(r"""^title\s*[:=]\s*(?P<q>["']?)(?P<title>.*?)(?P=q)\s*$""", re.IGNORECASE)
_MAX_FRONT_MATTER_LINES = 200


def split_front_matter(lines: list[str]) -> tuple[list[str], str | None, int]:
    """(lines after the front matter, its title or None, number of lines removed)."""
    if not lines or lines[0].strip() not in {"---", "+++"}:
        return lines, None, 0
    fence = lines[0].strip()
    for end in range(1, min(len(lines), _MAX_FRONT_MATTER_LINES)):
        if lines[end].strip() in {fence, "..."}:
            title = None
            for line in lines[1:end]:
                match = _TITLE.match(line.strip())
                if match and match.group("title").strip():
                    title = match.group("title").strip()
                    break
            return lines[end + 1 :], title, end + 1
    return lines, None, 0
