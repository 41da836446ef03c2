// name: compared-with
// description: What a method or model is compared with, and whether the paper says it wins.
// @param entity: string = "AdamW"
// row: one counterpart, how many papers compare them, and how many say the entity outperforms it.
// :param entity => 'AdamW'
MATCH (m:Entity)-[r:COMPARED_WITH]-(other:Entity)
WHERE toLower(m.name) = toLower($entity) OR toLower($entity) IN m.aliases_lower
OPTIONAL MATCH (m)-[w:OUTPERFORMS {paper: r.paper}]->(other)
RETURN other.name AS counterpart, other.type AS type, count(DISTINCT r.paper) AS papers,
       count(DISTINCT w.paper) AS outperforms
ORDER BY papers DESC, counterpart ASC
