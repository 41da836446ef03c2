"""One paper, one node: recognising the same paper read from several sources.

Keys already agree when sources share an arXiv id (kg.models.paper_key prefers it).
Beyond that, a record is the same paper as one seen earlier in the run when its key,
DOI or normalised title (four words or more, so "Introduction" never merges two
papers) matches. The first record wins the title and abstract; later ones only fill
properties it lacks and add their sources (`merge_row`, written by
kg.store.writer.merge_duplicates).

Memory is one 64-bit number per identifier plus the key of the paper it maps to.
"""

from __future__ import annotations

import hashlib

from kg.models import Paper, normalise_title
from kg.store.rows import author_key

MIN_TITLE_WORDS = 4


def _id(kind: str, value: str) -> int:
    digest = hashlib.blake2b(f"{kind}\x00{value}".encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def identifiers(paper: Paper) -> list[int]:
    ids = [_id("key", paper.key)]
    if paper.doi:
        ids.append(_id("doi", paper.doi.lower()))
    if paper.arxiv_id:
        ids.append(_id("arxiv", paper.arxiv_id.lower()))
    title = normalise_title(paper.title)
    if title.count(" ") + 1 >= MIN_TITLE_WORDS:
        ids.append(_id("title", title))
    return ids


class PaperIdentity:
    """Identifiers seen in this run -> the key of the paper that first had them."""

    def __init__(self):
        self._keys: dict[int, str] = {}

    def known_as(self, paper: Paper) -> str | None:
        """The key of an earlier record of the same paper, or None when it is new."""
        for ident in identifiers(paper):
            key = self._keys.get(ident)
            if key is not None:
                return key
        return None

    def add(self, paper: Paper) -> None:
        for ident in identifiers(paper):
            self._keys.setdefault(ident, paper.key)


def merge_row(paper: Paper, key: str) -> dict:
    """What a later record of paper `key` adds to it."""
    return {
        "key": key, "doi": paper.doi, "arxiv_id": paper.arxiv_id, "date": paper.date, "url": paper.url,
        "date_raw": paper.date_raw, "authors": paper.authors,
        "source_ids": [f"{k}:{v}" for k, v in sorted(paper.source_ids.items())]
        + ([f"key:{paper.key}"] if paper.key != key else []),
        "sources": [paper.source] if paper.source else [],
        "author_rows": [{"key": author_key(name), "name": name} for name in dict.fromkeys(paper.authors)],
    }
