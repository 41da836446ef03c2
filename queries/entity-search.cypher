// name: entity-search
// description: Entities whose name or any alias contains the text (case-insensitive), most-mentioned first.
// @param text: string = "bert"
// @param limit: integer = 25 default
// row: one entity, its type, aliases and how many papers mention it.
// Neo4j Browser: run these first
// :param text => 'bert'
// :param limit => 25
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS toLower($text)
   OR any(alias IN e.aliases_lower WHERE alias CONTAINS toLower($text))
OPTIONAL MATCH (p:Paper)-[:MENTIONS]->(e)
WITH e, count(DISTINCT p) AS papers
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, papers
ORDER BY papers DESC, name ASC, type ASC
LIMIT $limit
