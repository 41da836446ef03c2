// name: datasets-used-by
// description: Datasets a method or model is evaluated or trained on.
// @param entity: string = "GPT-2"
// row: one dataset, the relation (EVALUATED_ON or TRAINED_ON) and how many papers state it.
// :param entity => 'GPT-2'
MATCH (m:Entity)-[r:EVALUATED_ON|TRAINED_ON]->(d:Dataset)
WHERE toLower(m.name) = toLower($entity) OR toLower($entity) IN m.aliases_lower
RETURN d.name AS dataset, type(r) AS relation, count(DISTINCT r.paper) AS papers
ORDER BY papers DESC, dataset ASC, relation ASC
