// name: paper-graph
// description: Everything extracted from one paper (key or exact title), with evidence sentences.
// @param paper: string = "arxiv:1810.04805"
// row: one relationship from the paper or between entities it mentions, with its sentence and rule.
// :param paper => 'arxiv:1810.04805'
MATCH (p:Paper)
WHERE p.key = $paper OR toLower(p.title) = toLower($paper)
MATCH (p)-[r:MENTIONS|PROPOSES]->(e:Entity)
RETURN p.key AS paper, type(r) AS relation, 'Paper' AS source, e.name AS target, e.type AS target_type,
       r.sentence AS evidence, r.rule AS rule, r.confidence AS confidence
UNION ALL
MATCH (p:Paper)
WHERE p.key = $paper OR toLower(p.title) = toLower($paper)
MATCH (p)-[:MENTIONS]->(a:Entity)-[r]->(b:Entity)
WHERE r.paper = p.key
RETURN p.key AS paper, type(r) AS relation, a.name AS source, b.name AS target, b.type AS target_type,
       r.sentence AS evidence, r.rule AS rule, r.confidence AS confidence
