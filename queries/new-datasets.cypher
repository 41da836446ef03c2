// name: new-datasets
// description: Datasets and benchmarks that papers introduce, newest papers first, with the sentence that says so.
// @param limit: integer = 50 default
// row: one introduced dataset with the paper that proposes it (date '' when unknown).
// Neo4j Browser: run these first
// :param limit => 50
MATCH (p:Paper)-[r:PROPOSES]->(d:Dataset)
RETURN d.name AS dataset, p.key AS paper, p.title AS title, coalesce(p.date, '') AS date, r.sentence AS evidence
ORDER BY date DESC, dataset ASC, paper ASC, title ASC, evidence ASC
LIMIT $limit
