// name: datasets-used-by
// description: Datasets a method or model is evaluated or trained on, most papers first.
// @param entity: string = "FixMatch"
// @param limit: integer = 50 default
// row: one dataset, the relation (EVALUATED_ON or TRAINED_ON) and how many papers state it.
// Neo4j Browser: run these first
// :param entity => 'FixMatch'
// :param limit => 50
MATCH (m:Entity)-[r:EVALUATED_ON|TRAINED_ON]->(d:Dataset)
WHERE toLower($entity) IN m.aliases_lower
WITH m, d, type(r) AS relation, count(DISTINCT r.paper) AS papers
RETURN m.name AS entity, d.name AS dataset, relation, papers
ORDER BY papers DESC, dataset ASC, relation ASC, entity ASC
LIMIT $limit
