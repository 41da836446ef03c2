"""Loaders: every input format becomes a stream of `kg.models.Paper`.

    from loaders import read_papers
    with RejectSink(path) as rejects:
        for paper in read_papers(["data/"], rejects):
            ...

`read_papers` walks directories (sorted, hidden files skipped), detects each file's format
from its extension and first bytes, opens .gz/.bz2/.xz transparently and yields Papers
lazily. Bad records, unreadable, empty, binary and unrecognised files become rejects;
only a missing path or an unknown forced format raises `LoaderError`.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Iterable, Iterator

from kg.models import Paper
from kg.rejects import RejectError, RejectSink

from loaders import (arxiv, bibtex, csv_tsv, huggingface, jsonl, openalex, seed_pages,
                     semantic_scholar)
from loaders.common import DECOMPRESS_ERRORS, LoaderError, is_binary, read_head
from loaders.detect import detect_format

FORMATS: dict[str, ModuleType] = {
    seed_pages.NAME: seed_pages,
    jsonl.NAME: jsonl,
    csv_tsv.NAME: csv_tsv,
    "tsv": csv_tsv,
    arxiv.NAME: arxiv,
    openalex.NAME: openalex,
    semantic_scholar.NAME: semantic_scholar,
    bibtex.NAME: bibtex,
    huggingface.NAME: huggingface,
}
ALIASES = {"json": "jsonl", "ndjson": "jsonl", "seed": "seed_pages", "txt": "seed_pages",
           "s2": "semantic_scholar", "bib": "bibtex", "hf": "huggingface", "tab": "tsv"}


def format_module(name: str) -> ModuleType:
    """The module of a format name (or alias); LoaderError for an unknown one."""
    key = ALIASES.get(name.strip().lower(), name.strip().lower())
    if key not in FORMATS:
        known = ", ".join(sorted(set(FORMATS) | set(ALIASES)))
        raise LoaderError(f"unknown format {name!r} (known: {known})")
    return FORMATS[key]


def parse_field_map(text: str | None) -> dict[str, str]:
    """'title=paper_title,abstract=summary' -> {'title': 'paper_title', 'abstract': 'summary'}."""
    out: dict[str, str] = {}
    if not text:
        return out
    for part in text.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise LoaderError(f"field map entry {part.strip()!r} is not name=column")
        name, column = part.split("=", 1)
        if not name.strip() or not column.strip():
            raise LoaderError(f"field map entry {part.strip()!r} is not name=column")
        out[name.strip().lower()] = column.strip()
    return out


def iter_files(path: Path) -> Iterator[Path]:
    """A file itself, or a directory's non-hidden files, recursively, in sorted order."""
    if not path.is_dir():
        yield path
        return
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError:
        yield path  # unreadable directory: _read_file turns it into a reject
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from iter_files(child)
        elif entry.is_file():
            yield child


def read_papers(paths: Iterable[str | Path], rejects: RejectSink, fmt: str | None = None,
                field_map: dict[str, str] | None = None) -> Iterator[Paper]:
    """Papers from files and directories, lazily; bad input goes to `rejects`.

    Raises LoaderError now (not on first `next`) for a path that does not exist or an
    unknown forced `fmt`.
    """
    forced = format_module(fmt) if fmt else None
    paths = [Path(p) for p in paths]
    for p in paths:
        if not p.exists():
            raise LoaderError(f"{p}: no such file or directory")
    if field_map:
        field_map = {k.strip().lower(): v for k, v in field_map.items()}
    return _read_all(paths, rejects, fmt, forced, field_map)


def _read_all(paths: list[Path], rejects: RejectSink, fmt: str | None,
              forced: ModuleType | None, field_map: dict[str, str] | None) -> Iterator[Paper]:
    for root in paths:
        for path in iter_files(root):
            yield from read_file(path, rejects, fmt=fmt, field_map=field_map, _forced=forced)


def read_file(path: str | Path, rejects: RejectSink, fmt: str | None = None,
              field_map: dict[str, str] | None = None, _forced: ModuleType | None = None
              ) -> Iterator[Paper]:
    """Papers from one file; every problem with it is a reject."""
    source = str(path)
    forced = _forced or (format_module(fmt) if fmt else None)
    try:
        head = read_head(path)
    except IsADirectoryError:
        rejects.add(source, None, "unreadable: is a directory", "")
        return
    except DECOMPRESS_ERRORS as exc:
        rejects.add(source, None, f"unreadable file ({type(exc).__name__}: {exc})", "")
        return
    if not head.strip(b" \t\r\n\x0b\x0c") or head.strip() == b"\xef\xbb\xbf":
        rejects.add(source, None, "empty file", "")
        return
    if is_binary(head):
        rejects.add(source, None, "binary file", head[:200])
        return
    module = forced
    if module is None:
        name = detect_format(path, head)
        if name is None:
            rejects.add(source, None, "unrecognised format", head[:200])
            return
        module = FORMATS[name]
    kwargs = {}
    if module is csv_tsv and fmt and fmt.strip().lower() in ("tsv", "tab"):
        kwargs["delimiter"] = "\t"
    try:
        yield from module.read(path, rejects, field_map=field_map, **kwargs)
    except RejectError:
        raise
    except Exception as exc:  # a loader bug must not end the run: the rest of the file is lost, said so
        rejects.add(source, None, f"loader error, rest of file skipped ({type(exc).__name__}: {exc})", "")


__all__ = ["read_papers", "read_file", "parse_field_map", "format_module", "iter_files",
           "FORMATS", "ALIASES", "LoaderError"]
