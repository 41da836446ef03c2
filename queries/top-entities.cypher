// name: top-entities
// description: The entities of one type mentioned by the most papers.
// @param type: string = "Dataset"
// @param limit: integer = 20 default
// row: one entity with the number of papers that mention it.
// :param type => 'Dataset'
// :param limit => 20
MATCH (p:Paper)-[:MENTIONS]->(e:Entity)
WHERE e.type = $type
RETURN e.name AS name, e.type AS type, count(DISTINCT p) AS papers
ORDER BY papers DESC, name ASC
LIMIT $limit
