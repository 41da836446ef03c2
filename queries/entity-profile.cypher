// name: entity-profile
// description: One entity at a glance: type, aliases, family, direction (metrics), PageRank, papers mentioning and proposing it, results.
// @param entity: string = "BERT"
// row: one matched entity (family '' when none, pagerank 0.0 before `kg analyze`, higher_is_better null except for metrics).
// Neo4j Browser: run these first
// :param entity => 'BERT'
MATCH (e:Entity)
WHERE toLower($entity) IN e.aliases_lower
OPTIONAL MATCH (p:Paper)-[:MENTIONS]->(e)
WITH e, count(DISTINCT p) AS papers
OPTIONAL MATCH (q:Paper)-[:PROPOSES]->(e)
WITH e, papers, count(DISTINCT q) AS proposed_in
OPTIONAL MATCH (e)<-[:ACHIEVED_BY|ON_DATASET|IN_METRIC]-(x:Result)
WITH e, papers, proposed_in, count(DISTINCT x) AS results
OPTIONAL MATCH (e)-[:VARIANT_OF]->(f:Entity)
WITH e, papers, proposed_in, results, min(f.name) AS family
RETURN e.name AS name, e.type AS type, e.key AS key, e.aliases AS aliases, coalesce(family, '') AS family,
       e.higher_is_better AS higher_is_better, coalesce(e.pagerank, 0.0) AS pagerank, papers, proposed_in, results
ORDER BY papers DESC, name ASC, type ASC, key ASC
