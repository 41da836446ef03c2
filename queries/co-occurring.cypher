// name: co-occurring
// description: Entities mentioned in the same papers as an entity, by how many papers they share; optionally of one type.
// @param entity: string = "BERT"
// @param type: string = "" default
// @param limit: integer = 25 default
// row: one other entity with the number of papers that mention both (type '' = any type).
// Neo4j Browser: run these first
// :param entity => 'BERT'
// :param type => ''
// :param limit => 25
MATCH (e:Entity)
WHERE toLower($entity) IN e.aliases_lower
MATCH (e)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(o:Entity)
WHERE o <> e AND ($type = '' OR toLower(o.type) = toLower($type))
WITH e, o, count(DISTINCT p) AS papers
RETURN e.name AS entity, o.name AS other, o.type AS type, papers
ORDER BY papers DESC, other ASC, type ASC, entity ASC
LIMIT $limit
