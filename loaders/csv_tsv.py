"""CSV (comma or semicolon) and TSV files with a header row.

Columns are matched to `title`, `abstract`, `id`, `date`, `authors`, `url`, `doi`,
`arxiv_id` case-insensitively (common aliases such as `summary` or `paper_title` too);
`field_map` renames them. A row whose field count differs from the header's is a reject
(a missing or an unquoted extra column shifts every value after it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Iterator

from kg.models import Paper
from kg.rejects import RejectError, RejectSink

from loaders.common import (LATIN1_NOTE, GENERIC_ALIASES, extension, generic_paper,
                            iter_lines)

NAME = "csv"
EXTENSIONS = ("csv", "tsv", "tab")

# Abstracts longer than csv's default 131,072-character field limit must reach the
# "abstract too long" check instead of failing inside the csv module.
_FIELD_LIMIT = 64 * 1024 * 1024
if csv.field_size_limit() < _FIELD_LIMIT:
    csv.field_size_limit(min(_FIELD_LIMIT, sys.maxsize))

_KNOWN = {name for aliases in GENERIC_ALIASES.values() for name in aliases}


def delimiter_of(path: str | Path, header: str) -> str:
    """Tab for .tsv/.tab, comma for .csv, else whichever of tab/comma/semicolon the header uses most."""
    ext = extension(path)
    if ext in ("tsv", "tab"):
        return "\t"
    counts = {d: header.count(d) for d in ("\t", ",", ";")}
    if ext == "csv" and counts[","]:
        return ","
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header_fields(line: str, delimiter: str) -> list[str]:
    try:
        return [f.strip().strip('"').lower().lstrip("\ufeff") for f in next(csv.reader([line], delimiter=delimiter))]
    except (csv.Error, StopIteration):
        return []


def sniff(path: str | Path, head: str) -> float:
    """A header line naming a title column, separated by tabs, commas or semicolons."""
    first = next((l for l in head.lstrip("\ufeff").splitlines() if l.strip()), "")
    if not first or first.lstrip().startswith(("{", "[", "@")):
        return 0.0
    ext = extension(path)
    for d in ("\t", ",", ";"):
        if d in first:
            names = set(_header_fields(first, d))
            if names & {"title", "paper_title", "papertitle"}:
                return 0.9
            if len(names & _KNOWN) >= 2:
                return 0.7
    return 0.4 if ext in EXTENSIONS else 0.0


def read(path: str | Path, rejects: RejectSink, field_map: dict[str, str] | None = None,
         *, delimiter: str | None = None) -> Iterator[Paper]:
    """Papers from the rows of a CSV/TSV file with a header; `line` is the row's first line."""
    source = str(path)
    fallback_lines: set[int] = set()
    numbers = [0]

    def text_lines() -> Iterator[str]:
        for line in iter_lines(path, rejects):
            numbers[0] = line.number
            if line.fallback:
                fallback_lines.add(line.number)
            yield line.text + "\n"

    lines = text_lines()
    header_line = None
    for text in lines:
        if text.strip():
            header_line = text
            break
    if header_line is None:
        return
    header_number = numbers[0]
    if delimiter is None:
        delimiter = delimiter_of(path, header_line)
    header = [h.strip().lstrip("\ufeff") for h in _split_header(header_line, delimiter)]
    reader = csv.reader(lines, delimiter=delimiter)
    last = header_number
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except RejectError:
            raise
        except csv.Error as exc:
            rejects.add(source, last + 1, f"malformed CSV row ({exc})", "")
            last = numbers[0]
            continue
        start, last = last + 1, numbers[0]
        if not row or all(not cell.strip() for cell in row):
            continue
        raw = delimiter.join(row)
        if len(row) != len(header):
            rejects.add(source, start, f"row has {len(row)} fields, header has {len(header)}", raw)
            continue
        record = dict(zip(header, row))
        record = {k: (v if v.strip() else None) for k, v in record.items()}
        notes = (LATIN1_NOTE,) if any(n in fallback_lines for n in range(start, last + 1)) else ()
        try:
            paper = generic_paper(rejects, source, start, raw, record, field_map, notes)
        except RejectError:
            raise
        except Exception as exc:
            rejects.add(source, start, f"bad record ({type(exc).__name__}: {exc})", raw)
            continue
        if paper is not None:
            yield paper


def _split_header(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return line.rstrip("\n").split(delimiter)
