// name: coauthors
// description: Who an author (name, any case, or author key) writes papers with, most shared papers first.
// @param author: string = "Ashish Vaswani"
// @param limit: integer = 50 default
// row: one co-author with the number of papers they share.
// Neo4j Browser: run these first
// :param author => 'Ashish Vaswani'
// :param limit => 50
MATCH (a:Author)
WHERE a.key = $author OR a.name_lower = toLower($author)
MATCH (a)-[:AUTHORED]->(p:Paper)<-[:AUTHORED]-(c:Author)
WHERE c <> a
WITH a, c, count(DISTINCT p) AS papers
RETURN a.name AS author, c.name AS coauthor, papers
ORDER BY papers DESC, coauthor ASC, author ASC
LIMIT $limit
