// name: proposed-by
// description: What a paper (key or exact title, any case) proposes: its new methods, models, datasets, metrics or tasks.
// @param paper: string = "UL2: Unifying Language Learning Paradigms"
// row: one proposed entity with its type and the sentence that introduces it.
// Neo4j Browser: run these first
// :param paper => 'UL2: Unifying Language Learning Paradigms'
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
MATCH (p)-[r:PROPOSES]->(e:Entity)
RETURN p.key AS paper, e.name AS entity, e.type AS type, r.sentence AS evidence, r.confidence AS confidence
ORDER BY paper ASC, type ASC, entity ASC, evidence ASC, confidence DESC
