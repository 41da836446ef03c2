// name: papers-by-author
// description: Papers by an author (name, any case, or author key), newest first.
// @param author: string = "Ashish Vaswani"
// @param limit: integer = 50 default
// row: one paper with its date ('' when unknown) and how many entities it proposes.
// Neo4j Browser: run these first
// :param author => 'Ashish Vaswani'
// :param limit => 50
MATCH (a:Author)
WHERE a.key = $author OR a.name_lower = toLower($author)
MATCH (a)-[:AUTHORED]->(p:Paper)
OPTIONAL MATCH (p)-[:PROPOSES]->(e:Entity)
WITH a, p, count(DISTINCT e) AS proposes
RETURN a.name AS author, p.key AS paper, p.title AS title, coalesce(p.date, '') AS date, proposes
ORDER BY date DESC, title ASC, paper ASC, author ASC, proposes DESC
LIMIT $limit
