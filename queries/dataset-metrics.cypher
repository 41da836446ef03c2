// name: dataset-metrics
// description: Metrics used on a dataset: reported results, stated MEASURED_WITH edges and co-mentions in the same papers.
// @param dataset: string = "ImageNet"
// @param limit: integer = 25 default
// row: one metric with the number of results on the dataset in it, the papers stating the dataset is measured with it, and the papers mentioning both.
// Neo4j Browser: run these first
// :param dataset => 'ImageNet'
// :param limit => 25
MATCH (d:Entity:Dataset)
WHERE toLower($dataset) IN d.aliases_lower
OPTIONAL MATCH (d)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(m1:Metric)
WITH d, m1, count(DISTINCT p) AS papers
WITH d, collect(CASE WHEN m1 IS NULL THEN null ELSE {key: m1.key, papers: papers, results: 0} END) AS mentioned
OPTIONAL MATCH (d)<-[:ON_DATASET]-(x:Result)-[:IN_METRIC]->(m2:Metric)
WITH d, mentioned, m2, count(DISTINCT x) AS results
WITH d, mentioned, collect(CASE WHEN m2 IS NULL THEN null ELSE {key: m2.key, papers: 0, results: results} END) AS reported
UNWIND mentioned + reported AS row
WITH d, row.key AS key, sum(row.papers) AS papers, sum(row.results) AS results
MATCH (m:Metric {key: key})
OPTIONAL MATCH (d)-[r:MEASURED_WITH]->(m)
WITH d, m, results, papers, count(DISTINCT r.paper) AS stated
RETURN d.name AS dataset, m.name AS metric, coalesce(m.higher_is_better, true) AS higher_is_better, results,
       stated, papers
ORDER BY results DESC, stated DESC, papers DESC, metric ASC, dataset ASC, higher_is_better ASC
LIMIT $limit
