// name: compared-with
// description: What a method or model is compared with, and in how many of those papers it is said to win.
// @param entity: string = "AdamW"
// @param limit: integer = 50 default
// row: one counterpart, how many papers compare them, and how many of those say the entity outperforms it.
// Neo4j Browser: run these first
// :param entity => 'AdamW'
// :param limit => 50
MATCH (m:Entity)-[r:COMPARED_WITH]-(other:Entity)
WHERE toLower($entity) IN m.aliases_lower
OPTIONAL MATCH (m)-[w:OUTPERFORMS {paper: r.paper}]->(other)
WITH m, other, count(DISTINCT r.paper) AS papers, count(DISTINCT w.paper) AS outperforms
RETURN m.name AS entity, other.name AS counterpart, other.type AS type, papers, outperforms
ORDER BY papers DESC, outperforms DESC, counterpart ASC, type ASC, entity ASC
LIMIT $limit
