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

from dataclasses import dataclass, field

import networkx as nx
from networkx.algorithms import bipartite
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
    a node without edges gives its score to all nodes evenly). Plain Python: networkx's own
    `nx.pagerank` needs scipy, which kg does not depend on."""
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    rank = dict.fromkeys(nodes, 1.0 / n)
    degree = dict(graph.degree())
    for _ in range(max_iter):
        dangling = alpha * sum(rank[v] for v in nodes if degree[v] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for v in nodes:
            if degree[v]:
                share = alpha * rank[v] / degree[v]
                for w in graph[v]:
                    new[w] += share
        error = sum(abs(new[v] - rank[v]) for v in nodes)
        rank = new
        if error < n * tol:
            break
    return rank


def communities(graph: nx.Graph, seed: int = SEED) -> dict[str, int]:
    """Entity key -> community number (0 = largest) from Louvain on the weighted entity projection."""
    entity_nodes = sorted(n for n in graph if n[0] == "entity")
    projection = bipartite.weighted_projected_graph(graph, entity_nodes)
    # a fresh graph with sorted nodes and edges: Louvain's result depends on insertion order
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(projection))
    ordered.add_weighted_edges_from(sorted((min(a, b), max(a, b), d["weight"])
                                           for a, b, d in projection.edges(data=True)))
    found = louvain_communities(ordered, weight="weight", seed=seed)
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
