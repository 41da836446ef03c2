// name: similar-papers
// description: Papers that mention the most of the same entities as a paper (key or exact title, any case).
// @param paper: string = "UL2: Unifying Language Learning Paradigms"
// @param limit: integer = 20 default
// row: one other paper with the number of entities both mention.
// Neo4j Browser: run these first
// :param paper => 'UL2: Unifying Language Learning Paradigms'
// :param limit => 20
WITH toLower($paper) AS lower
WITH lower, head([i IN range(0, size(lower) - 1)
       WHERE NOT ('abcdefghijklmnopqrstuvwxyz0123456789' CONTAINS substring(lower, i, 1)
                  OR (i > 0 AND substring(lower, i - 1, 2) <> '  ' AND substring(lower, i, 1) = ' '))]
       + [size(lower)]) AS stop
WITH lower, trim(substring(lower, 0, stop)) AS title_start
OPTIONAL MATCH (k:Paper {key: $paper})
WITH lower, title_start, collect(k) AS by_key
OPTIONAL MATCH (t:Paper)
WHERE t.title_norm >= title_start AND t.title_norm < title_start + '{' AND toLower(t.title) = lower
WITH by_key, collect(t) AS by_title
UNWIND by_key + by_title AS p
WITH DISTINCT p
MATCH (p)-[:MENTIONS]->(e:Entity)<-[:MENTIONS]-(q:Paper)
WHERE q <> p
WITH p, q, count(DISTINCT e) AS shared
RETURN p.key AS paper, q.key AS other, q.title AS title, shared
ORDER BY shared DESC, title ASC, other ASC, paper ASC
LIMIT $limit
