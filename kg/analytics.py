"""`kg analyze`: PageRank, degree and communities of entities, computed with networkx
and written back onto the Entity nodes.

1. `read_mentions` pages through the papers by key and reads their MENTIONS, building the
   paper–entity bipartite graph (undirected; entities no paper mentions are isolated nodes).
2. `analyze_graph` computes, for every entity:
   - `pagerank`: PageRank on the bipartite graph (a paper passes its score to the entities it
     mentions and back), so an entity ranks high when mentioned by many, well-connected papers;
   - `degree`: the number of papers that mention it;
   - `community`: Louvain communities of the entity projection (two entities joined with the
     weight = number of papers mentioning both), with a fixed seed; numbered by size, 0 being
     the largest (ties broken by the smallest entity key), so reruns give the same numbers.
3. `write_back` sets the three properties in batched `UNWIND $rows` statements.

Every statement is a module constant; `all_statements()` lists them for the Cypher linter.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx
import numpy as np
from networkx.algorithms.community import louvain_communities

from kg.store import GraphStore

PAGE_SIZE = 1000  # papers (or entities) per read
WRITE_BATCH = 1000  # entities per write
SEED = 42  # Louvain's random seed: fixed for deterministic communities

MENTIONS_PAGE = """
MATCH (p:Paper)
WHERE p.key > $after
WITH p
ORDER BY p.key
LIMIT $limit
OPTIONAL MATCH (p)-[:MENTIONS]->(e:Entity)
RETURN p.key AS paper, e.key AS entity
""".strip()

ENTITIES_PAGE = """
MATCH (e:Entity)
WHERE e.key > $after
RETURN e.key AS key, e.name AS name, e.type AS type
ORDER BY e.key
LIMIT $limit
""".strip()

SET_ENTITY_METRICS = """
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
SET e.pagerank = row.pagerank, e.degree = row.degree, e.community = row.community
""".strip()

TOP_ENTITIES = """
MATCH (e:Entity)
WHERE e.pagerank IS NOT NULL
RETURN e.key AS key, e.name AS name, e.type AS type, e.pagerank AS pagerank, e.degree AS degree,
       e.community AS community
ORDER BY e.pagerank DESC, e.key
LIMIT $limit
""".strip()


def all_statements() -> list[tuple[str, str, dict]]:
    """(id, text, example parameters) of every statement of this module, for kg.cypher_lint."""
    page = {"after": "", "limit": PAGE_SIZE}
    return [
        ("analytics:mentions_page", MENTIONS_PAGE, page),
        ("analytics:entities_page", ENTITIES_PAGE, page),
        ("analytics:set_entity_metrics", SET_ENTITY_METRICS,
         {"rows": [{"key": "bert", "pagerank": 0.01, "degree": 3, "community": 0}]}),
        ("analytics:top_entities", TOP_ENTITIES, {"limit": 10}),
    ]


@dataclass
class Mentions:
    """The paper–entity bipartite graph: papers, entities and which papers mention which."""

    papers: set[str] = field(default_factory=set)
    entities: dict[str, dict] = field(default_factory=dict)  # key -> {name, type}
    edges: set[tuple[str, str]] = field(default_factory=set)  # (paper, entity)


def _paged(store: GraphStore, statement: str, key: str, page_size: int):
    """Rows of a statement paged by `$after`/`$limit` on the column `key` (ordered by it).

    MENTIONS_PAGE limits papers, not rows: a page ends when fewer than `page_size` distinct
    keys came back.
    """
    after = ""
    while True:
        rows = store.read(statement, {"after": after, "limit": page_size})
        yield from rows
        keys = {row[key] for row in rows}
        if len(keys) < page_size:
            return
        after = max(keys)


def read_mentions(store: GraphStore, page_size: int = PAGE_SIZE) -> Mentions:
    """All entities and MENTIONS edges, read `page_size` papers (entities) at a time."""
    out = Mentions()
    for row in _paged(store, ENTITIES_PAGE, "key", page_size):
        out.entities[row["key"]] = {"name": row["name"], "type": row["type"]}
    for row in _paged(store, MENTIONS_PAGE, "paper", page_size):
        out.papers.add(row["paper"])
        if row["entity"] is not None:
            out.edges.add((row["paper"], row["entity"]))
            out.entities.setdefault(row["entity"], {"name": row["entity"], "type": None})
    return out


def bipartite_graph(mentions: Mentions) -> nx.Graph:
    """Undirected graph; node ids ('paper', key) and ('entity', key), added in sorted order."""
    graph = nx.Graph()
    graph.add_nodes_from((("paper", p) for p in sorted(mentions.papers)), bipartite=0)
    graph.add_nodes_from((("entity", e) for e in sorted(mentions.entities)), bipartite=1)
    graph.add_edges_from((("paper", p), ("entity", e)) for p, e in sorted(mentions.edges))
    return graph


def pagerank(graph: nx.Graph, alpha: float = 0.85, tol: float = 1e-12, max_iter: int = 500) -> dict:
    """PageRank by power iteration, as networkx defines it (undirected edges count both ways;
    a node without edges gives its score to all nodes evenly).

    On numpy arrays (spaCy's dependency): networkx's own `nx.pagerank` needs scipy, which kg
    does not depend on, and a plain Python loop takes minutes at 100k papers."""
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    # each undirected edge both ways: a node passes its share to each neighbour
    ends = np.array([(index[u], index[v]) for u, v in graph.edges()], dtype=np.int64).reshape(-1, 2)
    source = np.concatenate([ends[:, 0], ends[:, 1]])
    target = np.concatenate([ends[:, 1], ends[:, 0]])
    degree = np.bincount(source, minlength=n).astype(float)
    dangling = degree == 0
    spread = np.divide(alpha, degree, out=np.zeros(n), where=~dangling)
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = np.bincount(target, weights=(rank * spread)[source], minlength=n)
        new += (1.0 - alpha) / n + alpha * rank[dangling].sum() / n
        error = np.abs(new - rank).sum()
        rank = new
        if error < n * tol:
            break
    # digits past the 12th are noise of summation order: rounded away, entities placed
    # alike in the graph tie (and are ordered by key) instead of by that noise
    return {node: float(f"{value:.12g}") for node, value in zip(nodes, rank.tolist())}


def entity_projection(graph: nx.Graph) -> nx.Graph:
    """The weighted entity projection of the paper–entity graph: two entities joined with
    weight = the number of papers mentioning both, as `bipartite.weighted_projected_graph`
    defines it. Nodes and edges are added in sorted order: Louvain's result depends on it.

    Counted paper by paper (k²/2 pairs for a paper of k entities) rather than networkx's
    entity by entity, which intersects the paper sets of every pair of neighbours and so
    takes tens of minutes at 100k papers, when an entity such as "accuracy" has tens of
    thousands of papers."""
    weights: Counter[tuple[tuple, tuple]] = Counter()
    for node, neighbours in graph.adjacency():
        if node[0] == "paper":
            weights.update(combinations(sorted(neighbours), 2))
    projection = nx.Graph()
    projection.add_nodes_from(sorted(n for n in graph if n[0] == "entity"))
    projection.add_weighted_edges_from(sorted((a, b, weight) for (a, b), weight in weights.items()))
    return projection


def communities(graph: nx.Graph, seed: int = SEED) -> dict[str, int]:
    """Entity key -> community number (0 = largest) from Louvain on the weighted entity projection."""
    found = louvain_communities(entity_projection(graph), weight="weight", seed=seed)
    ranked = sorted((sorted(key for _, key in c) for c in found), key=lambda keys: (-len(keys), keys[0]))
    return {key: number for number, keys in enumerate(ranked) for key in keys}


def analyze_graph(mentions: Mentions, seed: int = SEED) -> list[dict]:
    """One row per entity: {key, name, type, pagerank, degree, community}, best PageRank first."""
    graph = bipartite_graph(mentions)
    if graph.number_of_nodes() == 0:
        return []
    ranks = pagerank(graph)
    groups = communities(graph, seed)
    rows = []
    for key, info in mentions.entities.items():
        node = ("entity", key)
        rows.append({"key": key, "name": info["name"], "type": info["type"],
                     "pagerank": float(ranks[node]), "degree": int(graph.degree(node)),
                     "community": groups[key]})
    rows.sort(key=lambda r: (-r["pagerank"], r["key"]))
    return rows


def write_back(store: GraphStore, rows: list[dict], batch_size: int = WRITE_BATCH) -> int:
    """Set pagerank, degree and community on the Entity nodes; returns the number written."""
    written = 0
    for start in range(0, len(rows), batch_size):
        batch = [{"key": r["key"], "pagerank": r["pagerank"], "degree": r["degree"], "community": r["community"]}
                 for r in rows[start:start + batch_size]]
        store.write(SET_ENTITY_METRICS, {"rows": batch})
        written += len(batch)
    return written


def analyze(store: GraphStore, seed: int = SEED, page_size: int = PAGE_SIZE, write: bool = True) -> dict:
    """Read MENTIONS, compute the entity metrics, write them back (unless `write` is False).

    Returns {papers, entities, mentions, communities, written, top: the 10 best by PageRank}.
    """
    mentions = read_mentions(store, page_size)
    rows = analyze_graph(mentions, seed)
    written = write_back(store, rows) if write else 0
    return {"papers": len(mentions.papers), "entities": len(mentions.entities), "mentions": len(mentions.edges),
            "communities": len({r["community"] for r in rows}), "written": written, "top": rows[:10]}
