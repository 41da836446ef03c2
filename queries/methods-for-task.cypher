// name: methods-for-task
// description: Methods and models that address a task (ADDRESSES), most papers first.
// @param task: string = "question answering"
// @param limit: integer = 50 default
// row: one method or model with how many papers say it addresses the task.
// Neo4j Browser: run these first
// :param task => 'question answering'
// :param limit => 50
MATCH (t:Entity:Task)
WHERE toLower($task) IN t.aliases_lower
MATCH (m:Entity)-[r:ADDRESSES]->(t)
WHERE m.type IN ['Method', 'Model']
WITH t, m, count(DISTINCT r.paper) AS papers
RETURN t.name AS task, m.name AS method, m.type AS type, papers
ORDER BY papers DESC, method ASC, type ASC, task ASC
LIMIT $limit
