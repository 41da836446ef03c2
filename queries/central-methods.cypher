// name: central-methods
// description: The most central methods and models by PageRank (written by `kg analyze`; 0.0 before it runs), then by papers mentioning them; or of one type.
// @param type: string = "" default
// @param limit: integer = 25 default
// row: one entity with its PageRank (0.0 when not analysed) and the number of papers that mention it (as counted by `kg analyze`, live before it runs); type '' = Method and Model.
// Neo4j Browser: run these first
// :param type => ''
// :param limit => 25
MATCH (e:Entity)
WHERE ($type = '' AND e.type IN ['Method', 'Model']) OR toLower(e.type) = toLower($type)
WITH coalesce(e.pagerank, 0.0) AS pagerank
ORDER BY pagerank DESC
LIMIT $limit
WITH min(pagerank) AS threshold
MATCH (e:Entity)
WHERE (($type = '' AND e.type IN ['Method', 'Model']) OR toLower(e.type) = toLower($type))
  AND coalesce(e.pagerank, 0.0) >= threshold
OPTIONAL MATCH (e)<-[:MENTIONS]-(p)
WHERE e.degree IS NULL
WITH e, count(p) AS counted
RETURN e.name AS name, e.type AS type, coalesce(e.pagerank, 0.0) AS pagerank, coalesce(e.degree, counted) AS papers
ORDER BY pagerank DESC, papers DESC, name ASC, type ASC
LIMIT $limit
