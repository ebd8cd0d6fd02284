"""A synthetic corpus made by recombining the sample articles and varying their numbers and names."""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

from pipelines.settings import PROJECT_ROOT

TEMPLATE_DIRS = (PROJECT_ROOT / "raw", PROJECT_ROOT / "tests" / "fixtures" / "generalization" / "articles")
SURNAMES = (
    "Okafor Lindqvist Moreau Tanaka Petrov Haddad Novak Silva Brennan Kowalski Nguyen Rossi Fischer Alvarez "
    "Sato Mensah Larsen Dubois Costa Ibrahim Schultz Murphy Yilmaz Andersson Chen Patel Garcia Müller"
).split()
_NUMBER = re.compile(r"(?<![\w.,])(\d{2,5})(?![\w.,]\d)")
_SURNAME_IN_REFERENCE = re.compile(r"(?m)^(\s*(?:\d+[.)]\s*|[-•*]\s*)?)([A-Z][a-z]{2,})(?=,? [A-Z])")


def _templates() -> list[str]:
    texts = []
    for folder in TEMPLATE_DIRS:
        for path in sorted(folder.glob("*")):
            if path.suffix in (".txt", ".md"):
                texts.append(path.read_text(encoding="utf-8"))
    return texts


def _vary(text: str, rng: random.Random) -> str:
    def number(m: re.Match) -> str:
        value = int(m.group(1))
        if 1900 <= value <= 2030:  # keep years plausible
            return str(rng.randint(1995, 2025))
        return str(max(2, int(value * rng.uniform(0.6, 1.6))))

    text = _NUMBER.sub(number, text)
    return _SURNAME_IN_REFERENCE.sub(lambda m: m.group(1) + rng.choice(SURNAMES), text)


def _as_html(title: str, body: str) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line.strip())
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)} | Health Desk</title>"
        "<script>var ads=[1,2,3];</script></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>'
        '<div class="cookie-banner">We use cookies. <button>Accept all</button></div>'
        f"<main><article><h1>{html.escape(title)}</h1>\n{paragraphs}\n</article></main>"
        "<footer>© 2026 Health Desk. All rights reserved.</footer></body></html>"
    )


def write_corpus(folder: Path, count: int, seed: int = 7, start: int = 0) -> list[Path]:
    """Write `count` articles of 3-15 KB (two thirds .txt, one third .html) into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    templates = _templates()
    written = []
    for i in range(start, start + count):
        rng = random.Random(seed * 1_000_003 + i)
        parts = [_vary(rng.choice(templates), rng) for _ in range(rng.choice((1, 1, 2, 3)))]
        body = "\n\n".join(parts)
        while len(body.encode()) > 15_000 and len(parts) > 1:
            parts.pop()
            body = "\n\n".join(parts)
        body = body[:15_000] if len(body) < 3_000 else body
        if len(body.encode()) < 3_000:
            body = body + "\n\n" + _vary(rng.choice(templates), rng)
        title = f"Study roundup {i}: what the research says"
        path = folder / f"a{i // 1000:03d}" / (f"article-{i:06d}" + (".html" if i % 3 == 2 else ".txt"))
        path.parent.mkdir(exist_ok=True)
        path.write_text(_as_html(title, body) if path.suffix == ".html" else f"{title}\n\n{body}", encoding="utf-8")
        written.append(path)
    return written


def edit_files(paths: list[Path], seed: int = 11) -> None:
    """Change a number in each file so its hash changes, as an editor's correction would."""
    rng = random.Random(seed)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        path.write_text(_vary(text, rng), encoding="utf-8")
