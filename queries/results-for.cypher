// name: results-for
// description: Reported results that involve an entity: achieved by it (method or model), on it (dataset) or in it (metric).
// @param entity: string = "ImageNet"
// @param limit: integer = 100 default
// row: one result: who achieved it, on which dataset, in which metric, its value, unit, kind (score or gain) and bound ('', 'at least' for "over 95%", 'at most'), and the paper and sentence (subject, dataset or metric '' when the sentence does not say).
// Neo4j Browser: run these first
// :param entity => 'ImageNet'
// :param limit => 100
MATCH (e:Entity)
WHERE toLower($entity) IN e.aliases_lower
MATCH (e)<-[:ACHIEVED_BY|ON_DATASET|IN_METRIC]-(x:Result)
WITH DISTINCT x
OPTIONAL MATCH (x)-[:IN_METRIC]->(m:Metric)
OPTIONAL MATCH (x)-[:ON_DATASET]->(d:Dataset)
OPTIONAL MATCH (x)-[:ACHIEVED_BY]->(s:Entity)
WITH x, coalesce(s.name, '') AS subject, coalesce(d.name, '') AS dataset, coalesce(m.name, '') AS metric
ORDER BY metric ASC, dataset ASC, x.kind DESC, x.value DESC, subject ASC, x.paper ASC, x.unit ASC, x.sentence ASC
LIMIT $limit
MATCH (p:Paper {key: x.paper})
RETURN subject, dataset, metric, x.value AS value, x.unit AS unit, x.kind AS kind, coalesce(x.bound, '') AS bound,
       p.key AS paper, p.title AS title, x.sentence AS evidence
