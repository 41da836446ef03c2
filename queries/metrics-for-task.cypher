// name: metrics-for-task
// description: Metrics a task is measured with: stated (the task is MEASURED_WITH the metric) and co-mentioned in the same papers.
// @param task: string = "question answering"
// @param limit: integer = 25 default
// row: one metric, its direction (higher_is_better, true when unknown), the papers stating it for the task and the papers mentioning both.
// Neo4j Browser: run these first
// :param task => 'question answering'
// :param limit => 25
MATCH (t:Entity:Task)
WHERE toLower($task) IN t.aliases_lower
MATCH (t)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(m:Metric)
WITH t, m, count(DISTINCT p) AS papers
OPTIONAL MATCH (t)-[r:MEASURED_WITH]->(m)
WITH t, m, papers, count(DISTINCT r.paper) AS stated
RETURN t.name AS task, m.name AS metric, coalesce(m.higher_is_better, true) AS higher_is_better, stated, papers
ORDER BY stated DESC, papers DESC, metric ASC, task ASC, higher_is_better ASC
LIMIT $limit
