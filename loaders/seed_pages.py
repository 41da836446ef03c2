"""Seed pages: the text of a Hugging Face daily-papers page as copied from a browser.

Layout: page chrome at the top ("new", "Get trending papers in your email inbox!",
"Subscribe", "byAK and the research community"), then groups that each start with a date
line ("Mar 14"), each followed by title and abstract paragraphs separated by blank lines.

Irregularities handled:
- chrome anywhere (top, bottom, between groups) is skipped when it is a known chrome line
  (navigation, footer, upvote counts, "Submitted by …");
- several date lines start several groups; a paper before any date line has no date_raw;
- a title followed directly by another title (or a date line, or the end of the file) is a
  reject "missing abstract";
- an abstract split over several paragraphs: a paragraph that does not look like a title
  and follows an abstract is appended to it;
- a paragraph whose first line is a title and the following lines the abstract (no blank
  line between them) is split;
- an abstract with no title before it is a reject "abstract without title".

Keys are title hashes (`paper_key(title=...)`); `date_raw` is the date line as written
("Mar 14"), `date` is None unless the line carries a year ("Mar 14, 2024"): a year is
never guessed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, NamedTuple

from kg.models import Paper
from kg.rejects import RejectSink

from loaders.common import LATIN1_NOTE, build_paper, iter_lines, to_iso_date

NAME = "seed_pages"
EXTENSIONS = ("txt", "text", "md")

CHROME = {
    "new", "get trending papers in your email inbox!", "get trending papers in your email inbox",
    "subscribe", "byak and the research community", "by ak and the research community",
    "daily papers", "trending papers", "trending", "papers", "load more", "show more",
    "previous", "next", "search", "submit", "submit paper", "view all", "see all",
    "back to top", "hugging face", "models", "datasets", "spaces", "docs", "pricing",
    "enterprise", "posts", "solutions", "log in", "sign up", "login", "website", "company",
    "about", "jobs", "tos", "privacy", "system theme", "theme", "collections",
    "upvote", "upvoted", "daily", "weekly", "monthly", "search by arxiv id or title",
}
_CHROME_PATTERNS = [
    re.compile(r"^\d{1,6}$"),  # upvote / comment counts
    re.compile(r"^\d+\s+(upvotes?|comments?|authors?)$", re.I),
    re.compile(r"^(submitted by|published on|·)\b", re.I),
    re.compile(r"^(previous|next)\s*(page|day|week|month)?$", re.I),
]
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
DATE_LINE = re.compile(rf"^{MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? (\d{{4}}))?$")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z(]")
TITLE_MAX = 300


class Para(NamedTuple):
    line: int
    lines: list[str]
    fallback: bool

    @property
    def text(self) -> str:
        return " ".join(l.strip() for l in self.lines)


def is_chrome(text: str) -> bool:
    t = text.strip().lower()
    return t in CHROME or any(p.search(text.strip()) for p in _CHROME_PATTERNS)


def is_date_line(text: str) -> bool:
    return bool(DATE_LINE.match(text.strip()))


def title_like(text: str) -> bool:
    """Short, one sentence: what a title looks like (abstracts are long and end in '.')."""
    text = text.strip()
    if len(text) > TITLE_MAX or not text:
        return False
    if _SENTENCE_BREAK.search(text) and text.endswith("."):
        return False
    return not (text.endswith(".") and len(text.split()) > 25)


def paragraphs(path: str | Path, rejects: RejectSink | None = None) -> Iterator[Para]:
    """Blank-line separated paragraphs with the line they start on."""
    cur: list[str] = []
    start, fallback = 0, False
    for line in iter_lines(path, rejects):
        if line.text.strip():
            if not cur:
                start, fallback = line.number, False
            cur.append(line.text)
            fallback |= line.fallback
        elif cur:
            yield Para(start, cur, fallback)
            cur = []
    if cur:
        yield Para(start, cur, fallback)


def _units(path: str | Path, rejects: RejectSink) -> Iterator[tuple[str, Para]]:
    """('date'|'title'|'text', paragraph), chrome dropped, fused title+abstract split."""
    for para in paragraphs(path, rejects):
        text = para.text
        if is_chrome(text):
            continue
        if is_date_line(text):
            yield "date", para
            continue
        if len(para.lines) > 1 and title_like(para.lines[0]) and not title_like(
                " ".join(l.strip() for l in para.lines[1:])):
            yield "title", Para(para.line, para.lines[:1], para.fallback)
            yield "text", Para(para.line + 1, para.lines[1:], para.fallback)
            continue
        yield ("title" if title_like(text) else "text"), para


def sniff(path: str | Path, head: str) -> float:
    lines = [l.strip() for l in head.lstrip("\ufeff").splitlines() if l.strip()]
    if not lines or lines[0].startswith(("{", "[", "@")):
        return 0.0
    if any(is_date_line(l) for l in lines[:50]) and any(len(l) > 300 for l in lines):
        return 0.95
    if sum(1 for l in lines[:10] if l.lower() in CHROME) >= 2:
        return 0.9
    blank_separated = "\n\n" in head.replace("\r\n", "\n")
    from loaders.common import extension

    if extension(path) in EXTENSIONS and blank_separated:
        return 0.5
    return 0.0


def read(path: str | Path, rejects: RejectSink, field_map: dict[str, str] | None = None
         ) -> Iterator[Paper]:
    """Papers from a seed page; `line` is the line of the title."""
    source = str(path)
    date_raw: str | None = None
    title: Para | None = None  # a title waiting for its abstract
    paper: tuple[Para, list[Para], str | None] | None = None  # (title, abstract paragraphs, date)

    def emit() -> Paper | None:
        nonlocal paper
        if paper is None:
            return None
        t, parts, d = paper
        paper = None
        abstract = " ".join(p.text for p in parts)
        notes = [LATIN1_NOTE] if t.fallback or any(p.fallback for p in parts) else []
        raw = t.text + "\n\n" + "\n\n".join(p.text for p in parts)
        iso = None
        if d:
            m = DATE_LINE.match(d)
            iso = to_iso_date(d) if m and m.group(1) else None
        return build_paper(rejects, source, t.line, raw, title=t.text, abstract=abstract,
                           date=iso, date_raw=d, notes=notes)

    units = _units(path, rejects)
    pending = next(units, None)
    while pending is not None:
        kind, para = pending
        pending = next(units, None)
        if kind == "date":
            if (p := emit()) is not None:
                yield p
            if title is not None:
                rejects.add(source, title.line, "missing abstract", title.text)
                title = None
            date_raw = para.text.strip()
            continue
        if title is not None:
            # The paragraph after a title is its abstract, unless it is itself a title
            # followed by an abstract (then the waiting title had none).
            if kind == "title" and pending is not None and pending[0] == "text":
                rejects.add(source, title.line, "missing abstract", title.text)
                title = para
                continue
            paper = (title, [para], date_raw)
            title = None
            continue
        if kind == "text":
            if paper is not None:
                paper[1].append(para)  # a further paragraph of the same abstract
            else:
                rejects.add(source, para.line, "abstract without title", para.text)
            continue
        # a title
        if (p := emit()) is not None:
            yield p
        title = para
    if (p := emit()) is not None:
        yield p
    if title is not None:
        rejects.add(source, title.line, "missing abstract", title.text)
