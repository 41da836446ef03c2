"""The records that flow between kg's stages.

loaders -> Paper -> extract -> PaperExtraction -> resolve -> PaperGraph -> store.
Every stage takes and returns these pydantic models, so each stage is testable
without a database and `kg extract` output is simply their JSON form.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Literal

from pydantic import BaseModel, Field

ENTITY_TYPES: tuple[str, ...] = ("Method", "Model", "Dataset", "Metric", "Task")
EntityType = Literal["Method", "Model", "Dataset", "Metric", "Task"]

# Relationship types that come from text; each carries provenance.
PAPER_RELATIONS: tuple[str, ...] = ("MENTIONS", "PROPOSES")
ENTITY_RELATIONS: tuple[str, ...] = (
    "USES",
    "EVALUATED_ON",
    "TRAINED_ON",
    "FINE_TUNED_FROM",
    "BASED_ON",
    "COMPARED_WITH",
    "OUTPERFORMS",
    "ADDRESSES",
    "MEASURED_WITH",
)
RelationType = Literal[
    "MENTIONS",
    "PROPOSES",
    "USES",
    "EVALUATED_ON",
    "TRAINED_ON",
    "FINE_TUNED_FROM",
    "BASED_ON",
    "COMPARED_WITH",
    "OUTPERFORMS",
    "ADDRESSES",
    "MEASURED_WITH",
]
Field_ = Literal["title", "abstract"]


_WORDS = re.compile(r"[a-z0-9]+")


def normalise_title(title: str) -> str:
    """Lower-case, accent-free, punctuation-free title used to recognise one paper in many files."""
    text = title
    if not text.isascii():  # ASCII has nothing to decompose and no combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_WORDS.findall(text.lower()))


def title_key(title: str) -> str:
    """Key of a paper that has no source id: a short hash of its normalised title."""
    return "t:" + hashlib.sha1(normalise_title(title).encode()).hexdigest()[:16]


def paper_key(*, arxiv_id: str | None = None, doi: str | None = None,
              source_id: str | None = None, title: str = "") -> str:
    """A paper's graph key: arXiv id, else DOI, else the source's own id, else a title hash.

    arXiv ids and DOIs come first because they are shared across sources, so the same
    paper read from arXiv and from OpenAlex gets one key.
    """
    if arxiv_id:
        return "arxiv:" + re.sub(r"v\d+$", "", arxiv_id.strip().lower())
    if doi:
        return "doi:" + re.sub(r"^https?://(dx\.)?doi\.org/", "", doi.strip().lower())
    if source_id:
        return str(source_id).strip()
    return title_key(title)


class Paper(BaseModel):
    """One paper as a loader read it. `key` is its identity in the graph."""

    key: str
    title: str
    abstract: str
    date: str | None = None  # ISO date (YYYY-MM-DD) when the source gives one
    date_raw: str | None = None  # the date text as the source wrote it ("Mar 14")
    authors: list[str] = Field(default_factory=list)
    url: str | None = None
    doi: str | None = None
    arxiv_id: str | None = None
    source_ids: dict[str, str] = Field(default_factory=dict)  # {"openalex": "W…", "s2": "…"}
    source: str = ""  # file path it was read from
    line: int | None = None  # line or record number in that file
    notes: list[str] = Field(default_factory=list)  # e.g. "decoded latin-1 fallback"

    def content_hash(self) -> str:
        """Hash of what extraction reads; a changed hash means re-extract and replace edges."""
        h = hashlib.sha1()
        for part in (self.title, "\x00", self.abstract):
            h.update(part.encode("utf-8", "surrogatepass"))
        return h.hexdigest()


class Mention(BaseModel):
    """A span of a paper's title or abstract that names an entity."""

    text: str
    type: EntityType
    start: int  # character offsets into the paper's own `field` string
    end: int
    field: Field_
    canonical: str  # display name of the entity it refers to
    rule: str
    confidence: float
    key: str = ""  # entity key, filled by resolution
    sentence: int = 0  # index of its sentence within the field


class Evidence(BaseModel):
    """Where an edge comes from: the sentence that states it."""

    paper: str
    sentence: str
    field: Field_
    start: int  # offsets of the sentence within the field
    end: int
    rule: str
    confidence: float


class Relation(BaseModel):
    """A typed link stated in a paper. For PROPOSES/MENTIONS `source` is the paper key."""

    type: RelationType
    source: str  # canonical name (entity) or paper key (PROPOSES, MENTIONS)
    source_type: str  # "Paper" or an entity type
    target: str
    target_type: str
    evidence: Evidence
    source_key: str = ""  # filled by resolution
    target_key: str = ""


class Result(BaseModel):
    """A reported number: `value` `unit` of `metric` on `dataset` by `subject`."""

    value: float
    unit: str = ""  # "%", "points", "dB", "" for plain numbers
    kind: Literal["score", "gain"] = "score"
    bound: Literal["", "at least", "at most"] = ""  # "a success rate of over 95%" is at least 95
    metric: str | None = None  # none when the sentence names none ("79.8% on ImageNet-1K")
    dataset: str | None = None
    subject: str | None = None  # the model or method that achieved it
    subject_type: str | None = None
    evidence: Evidence
    metric_key: str = ""
    dataset_key: str = ""
    subject_key: str = ""


class PaperExtraction(BaseModel):
    """Everything extracted from one paper; the JSON lines `kg extract` writes."""

    paper_id: str
    title: str
    paper: Paper
    entities: list[Mention] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    results: list[Result] = Field(default_factory=list)
    introduced: list[Mention] = Field(default_factory=list)  # names this paper defines
    abbreviations: list[tuple[str, str]] = Field(default_factory=list)  # (long form, short form)


class Reject(BaseModel):
    """An input record kg could not use, and why. Written to <data-dir>/rejects.jsonl."""

    source: str
    line: int | None = None
    reason: str
    raw: str = ""
