"""Hugging Face daily papers API JSON (https://huggingface.co/api/daily_papers).

A list of {"paper": {"id": "2401.12345", "title", "summary", "publishedAt",
"authors": [{"name"}], …}, "publishedAt", "title", …}; also bare paper objects as
/api/papers/{id} returns them. The paper id is an arXiv id.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from kg.models import Paper
from kg.rejects import RejectSink

from loaders import jsonl
from loaders.common import (author_names, build_paper, normalise_arxiv_id, safe_records,
                            scalar_text, to_iso_date)

NAME = "huggingface"
EXTENSIONS = ("json", "jsonl")


def sniff(path: str | Path, head: str) -> float:
    if jsonl.json_layout(head) == "none":
        return 0.0
    if '"paper"' in head and '"summary"' in head:
        return 0.95
    if '"summary"' in head and '"publishedAt"' in head:
        return 0.85
    return 0.0


def paper(rejects: RejectSink, path: str | Path, rec: jsonl.Record) -> Paper | None:
    outer = rec.value
    inner = outer.get("paper") if isinstance(outer.get("paper"), dict) else outer

    def pick(name: str) -> Any:
        value = inner.get(name)
        return value if value is not None else outer.get(name)

    hf_id = scalar_text(inner.get("id"))
    arxiv_id = normalise_arxiv_id(hf_id)
    date_raw = scalar_text(pick("publishedAt"))
    return build_paper(
        rejects, path, rec.line, rec.raw, title=pick("title"), abstract=pick("summary"),
        arxiv_id=arxiv_id, source_id=f"hf:{hf_id}" if hf_id else None, notes=rec.notes,
        date=to_iso_date(date_raw), date_raw=date_raw,
        authors=author_names(inner.get("authors") if isinstance(inner.get("authors"), list) else []),
        url=f"https://huggingface.co/papers/{hf_id}" if hf_id else None,
        source_ids={"huggingface": hf_id} if hf_id else {},
    )


def read(path: str | Path, rejects: RejectSink, field_map: dict[str, str] | None = None
         ) -> Iterator[Paper]:
    """Papers from Hugging Face daily-papers JSON."""
    return safe_records(path, rejects, jsonl.objects(path, rejects),
                        lambda rec: paper(rejects, path, rec))
