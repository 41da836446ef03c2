// name: top-entities
// description: The entities of one type (Method, Model, Dataset, Metric or Task) mentioned by the most papers.
// @param type: string = "Dataset"
// @param limit: integer = 20 default
// row: one entity with the number of papers that mention it.
// Neo4j Browser: run these first
// :param type => 'Dataset'
// :param limit => 20
MATCH (e:Entity)
WHERE toLower(e.type) = toLower($type) AND e.papers > 0
RETURN e.name AS name, e.type AS type, e.papers AS papers
ORDER BY papers DESC, name ASC
LIMIT $limit
