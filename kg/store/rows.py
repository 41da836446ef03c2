"""Turn resolved paper extractions into the flat rows the writers UNWIND.

One place decides what a node or an edge row holds, so the embedded store, Neo4j and
the neo4j-admin CSV export all write the same graph.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from pydantic import BaseModel, Field

from kg.models import ENTITY_TYPES, Evidence, PaperExtraction, Result, normalise_title
from kg.resources import schema_dir


class EntityInfo(BaseModel):
    """What the graph holds about one entity node."""

    key: str
    name: str
    type: str
    alias_keys: list[str] = Field(default_factory=list)  # base keys the resolver maps here
    family: str | None = None
    higher_is_better: bool | None = None


class GraphRows(BaseModel):
    """A batch of rows ready for the writers, grouped by statement."""

    papers: list[dict] = Field(default_factory=list)
    hashes: list[dict] = Field(default_factory=list)
    entities: dict[str, list[dict]] = Field(default_factory=dict)  # label -> rows
    paper_edges: dict[str, list[dict]] = Field(default_factory=dict)  # MENTIONS/PROPOSES -> rows
    entity_edges: dict[str, list[dict]] = Field(default_factory=dict)  # type -> rows
    variants: list[dict] = Field(default_factory=list)
    results: list[dict] = Field(default_factory=list)
    authors: list[dict] = Field(default_factory=list)


def _provenance(evidence: Evidence, count: int) -> dict:
    return {
        "paper": evidence.paper, "sentence": evidence.sentence, "field": evidence.field,
        "start": evidence.start, "end": evidence.end, "rule": evidence.rule,
        "confidence": round(evidence.confidence, 3), "count": count,
    }


def _best(edges: dict[tuple, list[Evidence]]) -> Iterable[tuple[tuple, Evidence, int]]:
    """For each edge, its most confident evidence (earliest on ties) and how often it was stated."""
    for edge_id, evidences in edges.items():
        best = min(evidences, key=lambda e: (-e.confidence, e.field != "title", e.start))
        yield edge_id, best, len(evidences)


@lru_cache(maxsize=1 << 16)  # names recur across papers; normalise_title's regexes are a hot spot
def author_key(name: str) -> str:
    return "a:" + normalise_title(name).replace(" ", "-")


def result_key(paper: str, res: Result) -> str:
    """One key per result: one number may be on each of several datasets ("10 points of MOTA on BDD100K
    and Waymo") or of several subjects, and a sentence may lack the metric."""
    ev = res.evidence
    raw = f"{paper}|{ev.field}|{ev.start}|{res.metric_key}|{res.value}|{res.kind}|{res.bound}|{res.dataset_key}|" \
          f"{res.subject_key}"
    return "r:" + hashlib.sha1(raw.encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def allowed_relationships() -> dict[str, tuple[set[str], set[str]]]:
    """(source labels, target labels) each relationship type may join, from schema/graph.json."""
    schema = json.loads((schema_dir() / "graph.json").read_text())
    out = {}
    for rel_type, spec in schema["relationships"].items():
        expand = lambda labels: set(ENTITY_TYPES) if "Entity" in labels else set(labels)  # noqa: E731
        out[rel_type] = (expand(spec["from"]), expand(spec["to"]))
    return out


def graph_rows(extractions: Iterable[PaperExtraction], entities: dict[str, EntityInfo],
               also: Iterable[str] = ()) -> GraphRows:
    """Rows for a batch of resolved extractions; `entities` maps entity key -> its node.
    Entities in `also` get a row even when no paper of the batch refers to them (the
    resolver's grown alias components)."""
    out = GraphRows()
    entity_rows: dict[str, dict] = {}
    paper_edges: dict[str, dict[tuple, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    entity_edges: dict[str, dict[tuple, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    variants: set[tuple[str, str]] = set()
    allowed = allowed_relationships()
    alias_sets: dict[str, set[str]] = {}  # key -> its row's aliases, for O(1) membership

    def use_entity(key: str, surface: str | None = None) -> None:
        row = entity_rows.get(key)
        if row is None:
            info = entities[key]
            row = entity_rows[key] = {
                "key": key, "name": info.name, "label": info.type,
                "aliases": [info.name],  # the surfaces of this batch's mentions join it below
                "alias_keys": info.alias_keys or [key],
                "family": info.family, "higher_is_better": info.higher_is_better,
            }
            alias_sets[key] = set(row["aliases"])
            if info.family and info.family in entities:
                use_entity(info.family)
                variants.add((key, info.family))
        if surface and surface not in alias_sets[key]:
            alias_sets[key].add(surface)
            row["aliases"].append(surface)

    for ex in extractions:
        paper = ex.paper
        out.papers.append({
            "key": paper.key, "title": paper.title, "abstract": paper.abstract,
            "title_norm": normalise_title(paper.title), "date": paper.date, "date_raw": paper.date_raw,
            "url": paper.url, "doi": paper.doi, "arxiv_id": paper.arxiv_id, "authors": paper.authors,
            "source_ids": [f"{k}:{v}" for k, v in sorted(paper.source_ids.items())],
            "sources": [paper.source] if paper.source else [],
        })
        out.hashes.append({"key": paper.key, "hash": paper.content_hash()})
        for name in dict.fromkeys(paper.authors):
            out.authors.append({"paper": paper.key, "key": author_key(name), "name": name})
        mentioned = set()
        for m in ex.entities:
            use_entity(m.key, m.text)
            mentioned.add(m.key)
        for rel in ex.relations:
            if rel.source_type == "Paper":
                use_entity(rel.target_key)
                paper_edges[rel.type][(paper.key, rel.target_key)].append(rel.evidence)
            elif rel.source_key in mentioned and rel.target_key in mentioned and rel.source_key != rel.target_key \
                    and entities[rel.source_key].type in allowed[rel.type][0] \
                    and entities[rel.target_key].type in allowed[rel.type][1]:
                use_entity(rel.source_key)
                use_entity(rel.target_key)
                entity_edges[rel.type][(rel.source_key, rel.target_key, paper.key)].append(rel.evidence)
        for res in ex.results:
            if not res.metric_key and (res.metric or not res.dataset_key):
                continue  # (a metric kg does not type as one, or neither metric nor dataset)
            for key in (res.metric_key, res.dataset_key, res.subject_key):
                if key:
                    use_entity(key)
            row = {
                "key": result_key(paper.key, res),
                "paper": paper.key, "value": res.value, "unit": res.unit, "kind": res.kind, "bound": res.bound,
                "metric": entities[res.metric_key].name if res.metric_key else None,
                "metric_key": res.metric_key or None,
                "dataset": entities[res.dataset_key].name if res.dataset_key else None,
                "dataset_key": res.dataset_key or None,
                "subject": entities[res.subject_key].name if res.subject_key else None,
                "subject_key": res.subject_key or None,
            }
            row.update(_provenance(res.evidence, 1))
            del row["count"]
            out.results.append(row)

    for key in also:
        use_entity(key)
    for key, row in entity_rows.items():
        row["aliases_lower"] = list(dict.fromkeys(a.lower() for a in row["aliases"]))
        out.entities.setdefault(row.pop("label"), []).append(row)
    for rel_type, edges in paper_edges.items():
        out.paper_edges[rel_type] = [
            {"paper": paper, "target": target, **_provenance(ev, n)}
            for (paper, target), ev, n in _best(edges)
        ]
    for rel_type, edges in entity_edges.items():
        out.entity_edges[rel_type] = [
            {"source": source, "target": target, **_provenance(ev, n)}
            for (source, target, _paper), ev, n in _best(edges)
        ]
    out.variants = [{"variant": v, "family": f} for v, f in sorted(variants)]
    assert set(out.entities) <= set(ENTITY_TYPES)
    return out


def entity_keys(rows: GraphRows) -> set[str]:
    """Keys of the entity nodes a batch of rows writes."""
    return {row["key"] for items in rows.entities.values() for row in items}
