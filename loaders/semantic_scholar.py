"""Semantic Scholar Graph API paper records: a JSON array, JSON lines or {"data": [...]}.

Fields: paperId, title, abstract, externalIds {"ArXiv", "DOI", "CorpusId", …},
publicationDate, year, authors [{"authorId", "name"}], url. The datasets API's lower-case
spellings (corpusid, externalids, publicationdate) are accepted too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from kg.models import Paper
from kg.rejects import RejectSink

from loaders import jsonl
from loaders.common import (author_names, build_paper, find_arxiv_id, normalise_arxiv_id,
                            normalise_doi, safe_records, scalar_text, to_iso_date)

NAME = "semantic_scholar"
EXTENSIONS = ("json", "jsonl")


def sniff(path: str | Path, head: str) -> float:
    if jsonl.json_layout(head) == "none":
        return 0.0
    if '"paperId"' in head or '"externalIds"' in head:
        return 0.95
    if '"corpusid"' in head and '"externalids"' in head:
        return 0.9
    return 0.0


def _get(r: dict, *names: str) -> Any:
    for name in names:
        if r.get(name) is not None:
            return r[name]
    return None


def paper(rejects: RejectSink, path: str | Path, rec: jsonl.Record) -> Paper | None:
    r = rec.value
    ext = _get(r, "externalIds", "externalids")
    ext = {str(k).lower(): v for k, v in ext.items()} if isinstance(ext, dict) else {}
    paper_id = scalar_text(_get(r, "paperId", "paperid"))
    corpus_id = scalar_text(_get(r, "corpusId", "corpusid")) or scalar_text(ext.get("corpusid"))
    doi = normalise_doi(ext.get("doi"))
    url = r.get("url") if isinstance(r.get("url"), str) else None
    arxiv_id = normalise_arxiv_id(ext.get("arxiv")) or find_arxiv_id(doi)
    s2_id = paper_id or (f"corpus:{corpus_id}" if corpus_id else None)
    date_raw = scalar_text(_get(r, "publicationDate", "publicationdate")) or scalar_text(r.get("year"))
    source_ids = {}
    if paper_id:
        source_ids["s2"] = paper_id
    if corpus_id:
        source_ids["s2_corpus"] = corpus_id
    return build_paper(
        rejects, path, rec.line, rec.raw, title=r.get("title"), abstract=r.get("abstract"),
        arxiv_id=arxiv_id, doi=doi, source_id=f"s2:{s2_id}" if s2_id else None,
        notes=rec.notes, date=to_iso_date(date_raw), date_raw=date_raw,
        authors=author_names(r.get("authors") if isinstance(r.get("authors"), list) else []),
        url=url or (f"https://www.semanticscholar.org/paper/{paper_id}" if paper_id else None),
        source_ids=source_ids,
    )


def read(path: str | Path, rejects: RejectSink, field_map: dict[str, str] | None = None
         ) -> Iterator[Paper]:
    """Papers from Semantic Scholar Graph API records."""
    return safe_records(path, rejects, jsonl.objects(path, rejects),
                        lambda rec: paper(rejects, path, rec))
