"""The arXiv metadata snapshot (Kaggle's arxiv-metadata-oai-snapshot.json): JSON lines.

Fields: id, title, abstract, authors (a LaTeX string), authors_parsed ([[last, first,
suffix]]), doi, versions ([{"version": "v1", "created": RFC 2822 date}]), update_date,
categories. Titles and abstracts lose their line breaks and indentation and LaTeX
accents/escapes/text commands; inline math ($...$) is kept as written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from kg.models import Paper
from kg.rejects import RejectSink

from loaders import jsonl
from loaders.bibtex import delatex
from loaders.common import (author_names, build_paper, normalise_arxiv_id, normalise_doi,
                            safe_records, split_authors, to_iso_date)

NAME = "arxiv"
EXTENSIONS = ("json", "jsonl")


def sniff(path: str | Path, head: str) -> float:
    if jsonl.json_layout(head) == "none":
        return 0.0
    if '"authors_parsed"' in head:
        return 0.95
    if '"update_date"' in head and '"versions"' in head:
        return 0.9
    if '"categories"' in head and '"abstract"' in head and '"submitter"' in head:
        return 0.8
    return 0.0


def _text(value: Any) -> Any:
    return delatex(value, keep_math=True) if isinstance(value, str) else value


def _authors(record: dict) -> list[str]:
    parsed = record.get("authors_parsed")
    names: list[str] = []
    if isinstance(parsed, list):
        for item in parsed:
            if isinstance(item, list) and item and all(isinstance(p, str) for p in item):
                last = item[0]
                first = item[1] if len(item) > 1 else ""
                suffix = item[2] if len(item) > 2 else ""
                names.append(" ".join(p for p in (first, last, suffix) if p.strip()))
    if not names and isinstance(record.get("authors"), str):
        names = split_authors(record["authors"])
    return author_names([delatex(n) for n in names])


def _date(record: dict) -> tuple[str | None, str | None]:
    versions = record.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[0], dict):
        created = versions[0].get("created")
        iso = to_iso_date(created) if isinstance(created, str) else None
        if iso:
            return iso, created
    update = record.get("update_date")
    if isinstance(update, str):
        return to_iso_date(update), update
    return None, None


def paper(rejects: RejectSink, path: str | Path, rec: jsonl.Record) -> Paper | None:
    r = rec.value
    arxiv_id = normalise_arxiv_id(r.get("id")) if isinstance(r.get("id"), str) else None
    date, date_raw = _date(r)
    notes = list(rec.notes)
    if r.get("id") is not None and arxiv_id is None:
        notes.append("id is not an arXiv id")
    return build_paper(
        rejects, path, rec.line, rec.raw,
        title=_text(r.get("title")), abstract=_text(r.get("abstract")),
        arxiv_id=arxiv_id, doi=normalise_doi(r.get("doi")), notes=notes,
        date=date, date_raw=date_raw, authors=_authors(r),
        url=f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None,
        source_ids={"arxiv": arxiv_id} if arxiv_id else {},
    )


def read(path: str | Path, rejects: RejectSink, field_map: dict[str, str] | None = None
         ) -> Iterator[Paper]:
    """Papers from an arXiv metadata snapshot (JSON lines, plain or compressed)."""
    return safe_records(path, rejects, jsonl.objects(path, rejects),
                        lambda rec: paper(rejects, path, rec))


