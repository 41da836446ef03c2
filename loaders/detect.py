"""Which loader reads a file: its extension and its first bytes, together.

Each format module scores the decoded head (`sniff(path, head) -> float`, 0..1); a
matching extension adds a little, so content decides and the extension breaks ties
(a `.json` file that holds JSON lines is still JSON lines; a `.txt` holding JSON is JSON).
"""

from __future__ import annotations

from pathlib import Path

from loaders import arxiv, bibtex, csv_tsv, huggingface, jsonl, openalex, seed_pages, semantic_scholar
from loaders.common import extension

MODULES = (arxiv, openalex, semantic_scholar, huggingface, jsonl, csv_tsv, bibtex, seed_pages)
EXTENSION_BONUS = 0.1
MIN_SCORE = 0.3


def decode_head(head: bytes) -> str:
    """The head as text (a cut multi-byte character at the end is dropped)."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            return head[: exc.start].decode("utf-8", "replace")
        return head.decode("latin-1")


def scores(path: str | Path, head: bytes | str) -> dict[str, float]:
    """Every format's score for this file."""
    text = head if isinstance(head, str) else decode_head(head)
    ext = extension(path)
    out = {}
    for module in MODULES:
        try:
            score = float(module.sniff(path, text))
        except Exception:  # a sniffer must never stop detection
            score = 0.0
        if score > 0 and ext in module.EXTENSIONS:
            score += EXTENSION_BONUS
        out[module.NAME] = score
    return out


def detect_format(path: str | Path, head: bytes | str) -> str | None:
    """The best-scoring format's name, or None when nothing recognises the file."""
    s = scores(path, head)
    name, best = max(s.items(), key=lambda kv: kv[1])
    if best < MIN_SCORE:
        # an unrecognised text file with a known extension still goes to that loader
        ext = extension(path)
        if ext in ("csv", "tsv", "tab"):
            return csv_tsv.NAME
        if ext in ("bib", "bibtex"):
            return bibtex.NAME
        if ext in ("json", "jsonl", "ndjson", "jsonlines"):
            return jsonl.NAME
        return None
    return name
