"""OpenAlex works: JSON lines (snapshot / `works` exports) or API pages {"meta", "results"}.

The abstract is rebuilt from `abstract_inverted_index` ({word: [positions]}); the key is the
arXiv id (from `ids`, locations' landing-page/PDF urls or an arXiv DataCite DOI), else the
DOI, else "openalex:W…".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from kg.models import Paper
from kg.rejects import RejectSink

from loaders import jsonl
from loaders.common import (author_names, build_paper, find_arxiv_id, normalise_arxiv_id,
                            normalise_doi, safe_records, scalar_text, to_iso_date)

NAME = "openalex"
EXTENSIONS = ("json", "jsonl")
MAX_POSITIONS = 200_000  # an inverted index claiming more word positions is malformed


class MalformedIndex(ValueError):
    pass


def sniff(path: str | Path, head: str) -> float:
    if jsonl.json_layout(head) == "none":
        return 0.0
    if '"abstract_inverted_index"' in head or "openalex.org/W" in head:
        return 0.95
    if '"authorships"' in head or ('"display_name"' in head and '"publication_year"' in head):
        return 0.8
    return 0.0


def rebuild_abstract(index: Any) -> str | None:
    """The text of an abstract_inverted_index; None when there is none."""
    if index is None:
        return None
    if not isinstance(index, dict):
        raise MalformedIndex(f"abstract_inverted_index is {type(index).__name__}")
    words: dict[int, str] = {}
    for word, positions in index.items():
        if not isinstance(positions, list):
            raise MalformedIndex("positions are not a list")
        for pos in positions:
            if isinstance(pos, bool) or not isinstance(pos, int) or pos < 0:
                raise MalformedIndex(f"bad position {pos!r}")
            words[pos] = word
            if len(words) > MAX_POSITIONS:
                raise MalformedIndex("too many positions")
    return " ".join(words[p] for p in sorted(words))


def short_id(value: Any) -> str | None:
    """'https://openalex.org/W2741809807' -> 'W2741809807'."""
    text = scalar_text(value)
    if not text:
        return None
    return text.rstrip("/").rsplit("/", 1)[-1]


def _location_urls(r: dict) -> list[str]:
    urls: list[str] = []
    locs: list[Any] = []
    for key in ("primary_location", "best_oa_location"):
        locs.append(r.get(key))
    if isinstance(r.get("locations"), list):
        locs.extend(r["locations"])
    for loc in locs:
        if isinstance(loc, dict):
            for key in ("landing_page_url", "pdf_url"):
                if isinstance(loc.get(key), str):
                    urls.append(loc[key])
    return urls


def paper(rejects: RejectSink, path: str | Path, rec: jsonl.Record) -> Paper | None:
    r = rec.value
    try:
        abstract = rebuild_abstract(r.get("abstract_inverted_index"))
    except MalformedIndex as exc:
        rejects.add(str(path), rec.line, f"malformed abstract_inverted_index ({exc})", rec.raw)
        return None
    if abstract is None and isinstance(r.get("abstract"), str):
        abstract = r["abstract"]
    ids = r.get("ids") if isinstance(r.get("ids"), dict) else {}
    work_id = short_id(r.get("id") or ids.get("openalex"))
    doi = normalise_doi(r.get("doi") or ids.get("doi"))
    urls = _location_urls(r)
    arxiv_id = (normalise_arxiv_id(ids.get("arxiv")) or find_arxiv_id(doi, *urls)
                or find_arxiv_id(*(v for v in ids.values() if isinstance(v, str))))
    title = r.get("title") if r.get("title") is not None else r.get("display_name")
    date_raw = scalar_text(r.get("publication_date")) or scalar_text(r.get("publication_year"))
    url = next((u for u in urls if u), None) or (f"https://doi.org/{doi}" if doi else None) \
        or (r.get("id") if isinstance(r.get("id"), str) else None)
    return build_paper(
        rejects, path, rec.line, rec.raw, title=title, abstract=abstract,
        arxiv_id=arxiv_id, doi=doi, source_id=f"openalex:{work_id}" if work_id else None,
        notes=rec.notes, date=to_iso_date(date_raw), date_raw=date_raw,
        authors=author_names(r.get("authorships") if isinstance(r.get("authorships"), list) else []),
        url=url, source_ids={"openalex": work_id} if work_id else {},
    )


def read(path: str | Path, rejects: RejectSink, field_map: dict[str, str] | None = None
         ) -> Iterator[Paper]:
    """Papers from OpenAlex works (JSON lines or API result pages)."""
    return safe_records(path, rejects, jsonl.objects(path, rejects),
                        lambda rec: paper(rejects, path, rec))
