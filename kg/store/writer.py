"""Writing a graph through any store: bounded batches, incremental clears, stats.

Order matters for crash safety: a changed paper's hash is cleared together with its old
edges, its new rows are merged (MERGE makes every statement idempotent), and the hashes
of a batch's papers are set last, in one statement. A build killed at any point leaves
whole batches without hashes, which the next build treats as changed and extracts and
writes again as the same batches.
"""

from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator

from kg.store import GraphStore, cypher
from kg.store.rows import GraphRows

BATCH_SIZE = 1000


def batched(rows: Iterable, size: int = BATCH_SIZE) -> Iterator[list]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def paper_hashes(store: GraphStore, keys: list[str]) -> dict[str, str | None]:
    """Stored content hash of each known paper (None: present but half-written)."""
    found: dict[str, str | None] = {}
    for batch in batched(keys, 5000):
        for row in store.read(cypher.PAPER_HASHES, {"keys": batch}):
            found[row["key"]] = row["hash"]
    return found


def clear_papers(store: GraphStore, keys: list[str]) -> None:
    """Remove the edges and results of papers about to be rewritten."""
    for batch in batched(keys, 500):
        store.write(cypher.CLEAR_PAPERS, {"keys": batch})
        store.write(cypher.FLAG_PAPER_ENTITIES, {"keys": batch})
        store.write(cypher.CLEAR_PAPER_LINKS, {"keys": batch})


# An entity no paper mentions any more, unless it is the family (VARIANT_OF target) of one
# that is still mentioned: a clean build writes such family nodes too (kg/store/rows.py), so
# deleting them made an incremental build differ from a clean one.
def remove_orphans(store: GraphStore) -> None:
    """After rewriting changed papers: drop results and entities nothing refers to any more."""
    store.write(cypher.DELETE_ORPHAN_RESULTS)
    store.write(cypher.DELETE_ORPHAN_ENTITIES)


def refresh_paper_counts(store: GraphStore, page: int = 1000) -> int:
    """Recount the papers (in all and per month) of every entity written or flagged since
    the last refresh. Run once at the end of a build or load, not per batch, where a hub
    such as ImageNet would be recounted every time. Returns the entities recounted."""
    total = 0
    while True:
        rows = store.write(cypher.REFRESH_PAPER_COUNTS, {"limit": page})
        refreshed = rows[0]["refreshed"] if rows else 0
        if not refreshed:
            return total
        total += refreshed


def delete_all(store: GraphStore, page: int = 10000) -> None:
    """Empty the graph (tests and benchmarks), in pages any store's transaction can hold."""
    for statement in (cypher.DELETE_RELATIONSHIPS_PAGE, cypher.DELETE_NODES_PAGE):
        while store.write(statement, {"limit": page})[0]["deleted"]:
            pass


def write_rows(store: GraphStore, rows: GraphRows, batch_size: int = BATCH_SIZE) -> int:
    """Merge a batch of rows; returns the number of rows written."""
    written = 0

    def run(statement: str, items: list[dict], then: str | None = None) -> None:
        nonlocal written
        for batch in batched(items, batch_size):
            store.write(statement, {"rows": batch})
            if then is not None:  # a second statement over the same rows, which count once
                store.write(then, {"rows": batch})
            written += len(batch)

    run(cypher.MERGE_PAPERS, rows.papers)
    for label, items in sorted(rows.entities.items()):
        # existing nodes are updated, then the others created
        run(cypher.UPDATE_ENTITIES, items, then=cypher.create_entities(label))
    run(cypher.MERGE_VARIANTS, rows.variants)
    for rel_type, items in sorted(rows.paper_edges.items()):
        run(cypher.merge_paper_edges(rel_type, store.name), items)
    for rel_type, items in sorted(rows.entity_edges.items()):
        run(cypher.merge_entity_edges(rel_type, store.name), items)
    run(cypher.merge_results(store.name), rows.results)
    run(cypher.MERGE_AUTHORS, rows.authors)
    # Last, and in one statement: a batch's papers are complete all together or not at all.
    # Set in parts, a build stopped between them left part of a batch complete, and the
    # next build extracted the rest as a smaller batch, whose second pass (names the batch
    # introduced, kg.extract) finds less than the whole batch's did.
    if rows.hashes:
        store.write(cypher.SET_PAPER_HASHES, {"rows": rows.hashes})
        written += len(rows.hashes)
    return written


def add_sources(store: GraphStore, rows: list[dict]) -> None:
    """Record further files an unchanged paper was read from."""
    for batch in batched(rows):
        store.write(cypher.ADD_PAPER_SOURCES, {"rows": batch})


def merge_duplicates(store: GraphStore, rows: list[dict]) -> None:
    """Fold later records of already written papers into them (kg.identity)."""
    for batch in batched(rows):
        store.write(cypher.MERGE_DUPLICATE_PAPERS, {"rows": batch})
        store.write(cypher.FLAG_PAPER_ENTITIES, {"keys": [row["key"] for row in batch]})


def stored_entities(store: GraphStore, page: int = 10000) -> Iterator[dict]:
    """Every entity node, in key order, read a page at a time."""
    after = ""
    while True:
        rows = store.read(cypher.ENTITY_PAGE, {"after": after, "limit": page})
        yield from rows
        if len(rows) < page:
            return
        after = rows[-1]["key"]


def stats(store: GraphStore) -> dict:
    """`kg stats`: papers, nodes per label, relationships per type."""
    nodes = {r["label"]: r["count"] for r in store.read(cypher.STATS_NODES)}
    rels = {r["type"]: r["count"] for r in store.read(cypher.STATS_RELATIONSHIPS)}
    return {"papers": nodes.get("Paper", 0), "nodes": nodes, "relationships": rels}
