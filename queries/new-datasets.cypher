// name: new-datasets
// description: Datasets and benchmarks that papers introduce, with the paper and its sentence.
// @param limit: integer = 50 default
// row: one introduced dataset with the paper that proposes it.
// :param limit => 50
MATCH (p:Paper)-[r:PROPOSES]->(d:Dataset)
RETURN d.name AS dataset, p.title AS paper, p.date AS date, r.sentence AS evidence
ORDER BY dataset ASC, paper ASC
LIMIT $limit
