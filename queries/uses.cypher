// name: uses
// description: What an entity uses, and what uses it (USES relationships), with how many papers say so.
// @param entity: string = "LoRA"
// @param limit: integer = 50 default
// row: one counterpart, the direction ('uses' or 'used by') and how many papers state it.
// Neo4j Browser: run these first
// :param entity => 'LoRA'
// :param limit => 50
MATCH (e:Entity)
WHERE toLower($entity) IN e.aliases_lower
MATCH (e)-[r:USES]-(o:Entity)
WHERE o <> e
WITH e, o, CASE WHEN startNode(r) = e THEN 'uses' ELSE 'used by' END AS direction, count(DISTINCT r.paper) AS papers
RETURN e.name AS entity, direction, o.name AS counterpart, o.type AS type, papers
ORDER BY direction DESC, papers DESC, counterpart ASC, type ASC, entity ASC
LIMIT $limit
