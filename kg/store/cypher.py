"""Every Cypher statement kg's writers run, in one module (both stores run them as-is,
except that the embedded store's edge writes intern their repeated strings: `shared_text`).

Writes are `UNWIND $rows AS row MERGE …` over bounded batches. Labels and relationship
types cannot be parameters in Cypher, so there is one statement per label and per
relationship type, generated from the lists in kg.models and checked by `make lint`.
"""

from __future__ import annotations

from kg.models import ENTITY_RELATIONS, ENTITY_TYPES, PAPER_RELATIONS


def shared_text(expr: str, store_name: str) -> str:
    """`expr` as the value of a string property that many edges repeat: a sentence is the
    evidence of several edges, a paper key and a rule id of many. FalkorDB keeps one copy
    of a string written through its intern(), which takes about a fifth off the embedded
    server's memory (BENCHMARKS.md); Neo4j has no such function, and keeps the graph on
    disk."""
    return f"intern({expr})" if store_name == "embedded" else expr


def provenance_set(var: str, store_name: str) -> str:
    """SET items of an edge's or result's evidence (`var` is its variable)."""
    def text(name):
        return shared_text(f"row.{name}", store_name)

    return (f"{var}.sentence = {text('sentence')}, {var}.field = {text('field')}, "
            f"{var}.start = row.start, {var}.end = row.end, {var}.rule = {text('rule')}, "
            f"{var}.confidence = row.confidence")


# Every entity-entity edge's source is mentioned by the edge's paper (kg/store/rows.py makes
# sure of it), so a paper's entity edges are found through its MENTIONS.
# Papers whose content hash differs (or is missing) get their old edges removed first.
# The hash is cleared in the same statement and set again only after all their rows are
# written, so a paper interrupted half-way is recognised and redone by the next build.
CLEAR_PAPERS = """
UNWIND $keys AS key
MATCH (p:Paper {key: key})
SET p.content_hash = null
WITH p, key
OPTIONAL MATCH (p)-[:MENTIONS]->(:Entity)-[r]->(:Entity)
WHERE r.paper = key
DELETE r
""".strip()

# Entities whose mentions are about to change (a changed paper's, or one whose date a
# duplicate record fills in) are flagged, so writer.refresh_paper_counts recounts them.
FLAG_PAPER_ENTITIES = """
UNWIND $keys AS key
MATCH (p:Paper {key: key})-[:MENTIONS]->(e:Entity)
SET e.counts_stale = true
""".strip()

CLEAR_PAPER_LINKS = """
UNWIND $keys AS key
MATCH (p:Paper {key: key})-[r:MENTIONS|PROPOSES|REPORTS]->(x)
DELETE r
""".strip()

DELETE_ORPHAN_RESULTS = """
MATCH (x:Result)
WHERE NOT (x)<-[:REPORTS]-(:Paper)
DETACH DELETE x
""".strip()

# An entity no paper mentions any more goes, unless it is the family of one that is
# mentioned, or that family's family (families are created from their variants' names,
# never mentioned themselves: FLAN-PaLM 62B -> FLAN-PaLM -> PaLM).
DELETE_ORPHAN_ENTITIES = """
MATCH (e:Entity)
WHERE NOT (e)<-[:MENTIONS]-(:Paper) AND NOT (e)<-[:VARIANT_OF*1..4]-(:Entity)<-[:MENTIONS]-(:Paper)
DETACH DELETE e
""".strip()

# Everything, a page at a time, relationships first: one DETACH DELETE of a big graph
# (or of a page holding a hub with 50,000 edges) outgrows Neo4j's transaction memory.
DELETE_RELATIONSHIPS_PAGE = """
MATCH ()-[r]->()
WITH r
LIMIT $limit
DELETE r
RETURN count(*) AS deleted
""".strip()

DELETE_NODES_PAGE = """
MATCH (n)
WITH n
LIMIT $limit
DELETE n
RETURN count(*) AS deleted
""".strip()

PAPER_HASHES = """
UNWIND $keys AS key
MATCH (p:Paper {key: key})
RETURN p.key AS key, p.content_hash AS hash
""".strip()

MERGE_PAPERS = """
UNWIND $rows AS row
MERGE (p:Paper {key: row.key})
SET p.title = row.title, p.abstract = row.abstract, p.title_norm = row.title_norm,
    p.date = row.date, p.date_raw = row.date_raw, p.url = row.url, p.doi = row.doi,
    p.arxiv_id = row.arxiv_id, p.authors = row.authors, p.source_ids = row.source_ids,
    p.sources = CASE WHEN p.sources IS NULL THEN row.sources
                     ELSE p.sources + [s IN row.sources WHERE NOT s IN p.sources] END
""".strip()

SET_PAPER_HASHES = """
UNWIND $rows AS row
MATCH (p:Paper {key: row.key})
SET p.content_hash = row.hash
""".strip()

# A later record of a paper (same DOI or title from another source) fills what the
# first record lacked; title, abstract and content hash stay the first record's.
MERGE_DUPLICATE_PAPERS = """
UNWIND $rows AS row
MATCH (p:Paper {key: row.key})
SET p.doi = coalesce(p.doi, row.doi), p.arxiv_id = coalesce(p.arxiv_id, row.arxiv_id),
    p.date = coalesce(p.date, row.date), p.date_raw = coalesce(p.date_raw, row.date_raw),
    p.url = coalesce(p.url, row.url),
    p.authors = CASE WHEN size(coalesce(p.authors, [])) = 0 THEN row.authors ELSE p.authors END,
    p.source_ids = coalesce(p.source_ids, []) + [s IN row.source_ids WHERE NOT s IN coalesce(p.source_ids, [])],
    p.sources = coalesce(p.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(p.sources, [])]
WITH p, row
UNWIND row.author_rows AS author
MERGE (a:Author {key: author.key})
SET a.name = author.name, a.name_lower = toLower(author.name)
MERGE (a)-[:AUTHORED]->(p)
""".strip()

ADD_PAPER_SOURCES = """
UNWIND $rows AS row
MATCH (p:Paper {key: row.key})
SET p.sources = coalesce(p.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(p.sources, [])]
""".strip()


# An entity keeps the type and name it was created with; aliases accumulate. Only nodes
# that exist are updated; create_entities then makes the others. A node is written only
# when its row adds something or it is not flagged for the count refresh yet: a hub is
# in every batch, and FalkorDB re-indexes every node written, leaving index garbage that
# its server forks itself to collect (11 forks in a 40,000-paper build, 5 with this).
UPDATE_ENTITIES = """
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
WITH e, row,
     [a IN row.aliases WHERE NOT a IN e.aliases] AS aliases,
     [a IN row.aliases_lower WHERE NOT a IN e.aliases_lower] AS aliases_lower,
     [k IN row.alias_keys WHERE NOT k IN coalesce(e.alias_keys, [])] AS alias_keys
WHERE coalesce(e.counts_stale, false) = false OR size(aliases) > 0 OR size(aliases_lower) > 0
   OR size(alias_keys) > 0 OR (row.family IS NOT NULL AND coalesce(e.family <> row.family, true))
   OR (row.higher_is_better IS NOT NULL AND coalesce(e.higher_is_better <> row.higher_is_better, true))
SET e.aliases = e.aliases + aliases,
    e.aliases_lower = e.aliases_lower + aliases_lower,
    e.alias_keys = coalesce(e.alias_keys, []) + alias_keys,
    e.family = coalesce(row.family, e.family),
    e.higher_is_better = coalesce(row.higher_is_better, e.higher_is_better),
    e.counts_stale = true
""".strip()


def create_entities(label: str) -> str:
    """Create the entity nodes of one type that do not exist yet, complete in one step (a
    build killed after it leaves no half-made node) and with both labels at once. Made by
    MERGE and labelled afterwards (ON CREATE SET e:Method), they cost FalkorDB far more:
    each such statement took 0.1 to 0.5 s of the server's CPU in a 40,000-paper build,
    however few its rows, and more as the graph grew: a third of the server's CPU."""
    assert label in ENTITY_TYPES
    return f"""
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {{key: row.key}})
WITH row WHERE old IS NULL
CREATE (:Entity:{label} {{key: row.key, type: '{label}', name: row.name, aliases: row.aliases,
    aliases_lower: row.aliases_lower, alias_keys: row.alias_keys, family: row.family,
    higher_is_better: row.higher_is_better, counts_stale: true}})
""".strip()


def merge_paper_edges(rel_type: str, store_name: str) -> str:
    """Paper -> entity edges (MENTIONS, PROPOSES) with their best evidence."""
    assert rel_type in PAPER_RELATIONS
    return f"""
UNWIND $rows AS row
MATCH (p:Paper {{key: row.paper}})
MATCH (e:Entity {{key: row.target}})
MERGE (p)-[r:{rel_type}]->(e)
SET r.paper = {shared_text("row.paper", store_name)}, {provenance_set("r", store_name)}, r.count = row.count
""".strip()


def merge_entity_edges(rel_type: str, store_name: str) -> str:
    """Entity -> entity edges: one per (source, target, paper), so a changed paper's
    edges can be found and replaced without touching other papers' evidence."""
    assert rel_type in ENTITY_RELATIONS
    return f"""
UNWIND $rows AS row
MATCH (a:Entity {{key: row.source}})
MATCH (b:Entity {{key: row.target}})
MERGE (a)-[r:{rel_type} {{paper: {shared_text("row.paper", store_name)}}}]->(b)
SET {provenance_set("r", store_name)}, r.count = row.count
""".strip()


MERGE_VARIANTS = """
UNWIND $rows AS row
MATCH (v:Entity {key: row.variant})
MATCH (f:Entity {key: row.family})
MERGE (v)-[:VARIANT_OF]->(f)
""".strip()


def merge_results(store_name: str) -> str:
    """Results, each linked to its paper and (when known) its metric, dataset and subject."""
    return f"""
UNWIND $rows AS row
MATCH (p:Paper {{key: row.paper}})
MERGE (x:Result {{key: row.key}})
SET x.paper = {shared_text("row.paper", store_name)}, x.value = row.value, x.unit = row.unit, x.kind = row.kind,
    x.bound = row.bound,
    x.metric = row.metric, x.dataset = row.dataset, x.subject = row.subject,
    {provenance_set("x", store_name)}
MERGE (p)-[:REPORTS]->(x)
WITH x, row
OPTIONAL MATCH (m:Entity {{key: row.metric_key}})
OPTIONAL MATCH (d:Entity {{key: row.dataset_key}})
OPTIONAL MATCH (s:Entity {{key: row.subject_key}})
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | MERGE (x)-[:IN_METRIC]->(m))
FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (x)-[:ON_DATASET]->(d))
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (x)-[:ACHIEVED_BY]->(s))
""".strip()

MERGE_AUTHORS = """
UNWIND $rows AS row
MATCH (p:Paper {key: row.paper})
MERGE (a:Author {key: row.key})
SET a.name = row.name, a.name_lower = toLower(row.name)
MERGE (a)-[:AUTHORED]->(p)
""".strip()

# Entities in key order, a page at a time (the resolver's seed for incremental builds).
ENTITY_PAGE = """
MATCH (e:Entity)
WHERE e.key > $after
RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases, e.alias_keys AS alias_keys,
       e.family AS family, e.higher_is_better AS higher_is_better
ORDER BY key
LIMIT $limit
""".strip()

# What `top-entities` and `trending` read instead of every MENTIONS edge: each entity's
# papers (how many mention it), paper_months (the months of the dated ones, "YYYY-MM", or
# "YYYY" for a year-only date, ascending), papers_per_month (how many in each) and
# last_month. trending relies on the order: the months inside its two windows are the
# list's last entries. Entities written or flagged since the last refresh, and any never
# counted, are recounted, a page at a time.
REFRESH_PAPER_COUNTS = """
MATCH (e:Entity)
WHERE e.counts_stale = true OR e.papers IS NULL
WITH e
LIMIT $limit
OPTIONAL MATCH (p:Paper)-[:MENTIONS]->(e)
WITH e, left(p.date, 7) AS month, count(p) AS papers
ORDER BY month
WITH e, toInteger(sum(papers)) AS papers,
     [pair IN collect(CASE WHEN month IS NULL THEN null ELSE [month, papers] END) WHERE pair IS NOT NULL] AS dated
SET e.papers = papers, e.paper_months = [pair IN dated | pair[0]], e.papers_per_month = [pair IN dated | pair[1]],
    e.last_month = dated[-1][0],
    e.counts_stale = null
RETURN count(e) AS refreshed
""".strip()

STATS_NODES = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label"
STATS_RELATIONSHIPS = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type"


def all_statements() -> list[tuple[str, str, dict]]:
    """(id, text, example parameters) of every writer statement, for `make lint`: the Neo4j
    form, since Neo4j's grammar knows no intern(); the embedded form differs only by it."""
    keys = {"keys": ["p1"]}
    rows = {"rows": [{}]}
    statements = [
        ("writer:clear_papers", CLEAR_PAPERS, keys),
        ("writer:flag_paper_entities", FLAG_PAPER_ENTITIES, keys),
        ("writer:clear_paper_links", CLEAR_PAPER_LINKS, keys),
        ("writer:refresh_paper_counts", REFRESH_PAPER_COUNTS, {"limit": 1000}),
        ("writer:delete_orphan_results", DELETE_ORPHAN_RESULTS, {}),
        ("writer:delete_orphan_entities", DELETE_ORPHAN_ENTITIES, {}),
        ("writer:delete_relationships_page", DELETE_RELATIONSHIPS_PAGE, {"limit": 10000}),
        ("writer:delete_nodes_page", DELETE_NODES_PAGE, {"limit": 10000}),
        ("writer:paper_hashes", PAPER_HASHES, keys),
        ("writer:merge_papers", MERGE_PAPERS, rows),
        ("writer:set_paper_hashes", SET_PAPER_HASHES, rows),
        ("writer:add_paper_sources", ADD_PAPER_SOURCES, rows),
        ("writer:merge_duplicate_papers", MERGE_DUPLICATE_PAPERS, rows),
        ("writer:merge_variants", MERGE_VARIANTS, rows),
        ("writer:merge_results", merge_results("neo4j"), rows),
        ("writer:merge_authors", MERGE_AUTHORS, rows),
        ("writer:update_entities", UPDATE_ENTITIES, rows),
        ("reader:entity_page", ENTITY_PAGE, {"after": "", "limit": 10000}),
        ("stats:nodes", STATS_NODES, {}),
        ("stats:relationships", STATS_RELATIONSHIPS, {}),
    ]
    statements += [(f"writer:create_entities:{t}", create_entities(t), rows) for t in ENTITY_TYPES]
    statements += [(f"writer:merge_paper_edges:{t}", merge_paper_edges(t, "neo4j"), rows) for t in PAPER_RELATIONS]
    statements += [(f"writer:merge_entity_edges:{t}", merge_entity_edges(t, "neo4j"), rows) for t in ENTITY_RELATIONS]
    return statements
