// name: tasks-for-dataset
// description: Tasks a dataset is used for: stated (the dataset ADDRESSES the task) and co-mentioned in the same papers.
// @param dataset: string = "SQuAD"
// @param limit: integer = 25 default
// row: one task, the papers stating the dataset addresses it, and the papers mentioning both.
// Neo4j Browser: run these first
// :param dataset => 'SQuAD'
// :param limit => 25
MATCH (d:Entity:Dataset)
WHERE toLower($dataset) IN d.aliases_lower
MATCH (d)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(t:Task)
WITH d, t, count(DISTINCT p) AS papers
OPTIONAL MATCH (d)-[r:ADDRESSES]->(t)
WITH d, t, papers, count(DISTINCT r.paper) AS stated
RETURN d.name AS dataset, t.name AS task, stated, papers
ORDER BY stated DESC, papers DESC, task ASC, dataset ASC
LIMIT $limit
