// name: similar-papers
// description: Papers that mention the most of the same entities as a paper (key or exact title, any case).
// @param paper: string = "UL2: Unifying Language Learning Paradigms"
// @param limit: integer = 20 default
// row: one other paper with the number of entities both mention.
// Neo4j Browser: run these first
// :param paper => 'UL2: Unifying Language Learning Paradigms'
// :param limit => 20
MATCH (p:Paper)
WHERE p.key = $paper OR toLower(p.title) = toLower($paper)
MATCH (p)-[:MENTIONS]->(e:Entity)<-[:MENTIONS]-(q:Paper)
WHERE q <> p
WITH p, q, count(DISTINCT e) AS shared
RETURN p.key AS paper, q.key AS other, q.title AS title, shared
ORDER BY shared DESC, title ASC, other ASC, paper ASC
LIMIT $limit
